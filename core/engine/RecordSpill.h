#pragma once

#include "core/engine/SideRecord.h"
#include "core/model/LinkSnapshot.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

class QFile;
class QTemporaryDir;

namespace LeadBridge {

/// Normalised records of a big run, parked on disk in buckets by person so that a run of a
/// million records never holds more than one bucket in memory.
///
/// Every record and snapshot of one person must land in the same bucket (the caller picks
/// the bucket from the person's link key); a bucket is then read back whole, planned and
/// applied. Files live in a private temporary folder removed with the object.
class RecordSpill
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::RecordSpill)
public:
    /// What one bucket holds.
    struct Bucket
    {
        QList<SideRecord> crm;
        QList<SideRecord> marketing;
        QList<LinkSnapshot> snapshots;
    };

    /// @p buckets ≥ 1.
    explicit RecordSpill(int buckets);
    ~RecordSpill();

    /// False (with errorString()) when the temporary folder could not be made.
    bool isValid() const;
    QString errorString() const { return m_error; }
    int bucketCount() const { return m_buckets; }

    /// The bucket of a person key (stable within a process).
    int bucketOf(QStringView key) const;

    /// Parks @p record in @p bucket (system and object are kept per record).
    bool add(int bucket, const SideRecord &record);
    /// Parks @p snapshot in @p bucket.
    bool add(int bucket, const LinkSnapshot &snapshot);

    /// Records parked so far (both sides).
    qint64 recordCount() const { return m_records; }

    /// Reads bucket @p bucket back and deletes its files. False with errorString() on a
    /// read error.
    bool take(int bucket, Bucket *out);

private:
    enum Kind { Crm = 0, Marketing = 1, Snapshot = 2 };
    QFile *file(Kind kind, int bucket);

    int m_buckets = 1;
    std::unique_ptr<QTemporaryDir> m_dir;
    QList<QFile *> m_files; ///< kind * m_buckets + bucket
    QString m_error;
    qint64 m_records = 0;
};

} // namespace LeadBridge
