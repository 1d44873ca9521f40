#pragma once

#include "core/engine/SideRecord.h"
#include "core/model/LinkSnapshot.h"

#include <QHash>
#include <QList>

namespace LeadBridge {

class FieldMap;

/// The snapshots a full F2 run committed, one digest per person, so that the
/// read-back of the run's own Act-On writes (OwnWritesReadBack) can pass over a row that
/// still says exactly what the snapshot says without loading the snapshot or planning it.
///
/// A row passes when every mapped field has the snapshot's fingerprint (a field the snapshot
/// has none for must be empty) and, when the snapshot knows the person's Act-On record id,
/// the row has that id. With no CRM record at hand the planner plans nothing for such a row
/// (SyncPlanner::reconcile), so the read-back's result is the same. About 24 bytes a person.
class OwnWriteDigests
{
public:
    /// Digests for the fields of @p map, in its row order (SideRecord::values order).
    explicit OwnWriteDigests(const FieldMap &map);

    /// Keeps the digest of @p snapshot, committed just now (replacing an earlier one).
    void note(const LinkSnapshot &snapshot);
    /// True when @p row (an Act-On record as FieldNormaliser::fromMarketing made it) has the
    /// e-mail address, record id and field values of the last snapshot noted for its person.
    bool matches(const SideRecord &row) const;
    /// People noted.
    qsizetype size() const { return m_digests.size(); }

private:
    struct Noted
    {
        quint64 fields = 0; ///< the fingerprints in map row order, mixed
        quint64 id = 0; ///< valueHash of the Act-On record id; 0 when the snapshot has none
    };
    static quint64 mix(quint64 digest, quint64 value);
    Noted notedOf(const LinkSnapshot &snapshot) const;

    QList<quint32> m_fieldKeys; ///< LinkSnapshot::fieldKey of each map row's Act-On heading
    QHash<quint64, Noted> m_digests; ///< valueHash(e-mail key) → what was committed
};

} // namespace LeadBridge
