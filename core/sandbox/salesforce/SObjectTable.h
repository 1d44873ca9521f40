#pragma once

#include "core/sandbox/salesforce/SalesforceSchema.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace LeadBridge::Sandbox {

/// One stored record, kept compact for million-row stores: every stored
/// field value is UTF-8 inside one blob (slots separated by 0x1F, empty =
/// null, as Salesforce stores empty strings as null); the Id comes from the
/// row number and the audit dates are plain integers.
struct SfRecord
{
    QByteArray data;
    qint64 created = 0; ///< ms since epoch (UTC)
    qint64 modified = 0; ///< LastModifiedDate and SystemModstamp
    qint64 deleted = 0; ///< 0 = live; else deletion time (recycle bin)
};

/// All records of one sObject type, addressed by row; ids encode the row.
class SObjectTable
{
public:
    explicit SObjectTable(const SfObject *def);

    const SfObject &def() const { return *m_def; }
    void clear();
    void reserve(qsizetype rows) { m_rows.reserve(size_t(rows)); }
    int rowCount() const { return int(m_rows.size()); }
    int liveCount() const { return m_live; }

    const SfRecord &record(int row) const { return m_rows[size_t(row)]; }
    /// 18-character id of @p row.
    QString idOf(int row) const;
    /// Row of a 15- or 18-character id of this type (18-char ids match in any
    /// case, as Salesforce does); -1 when malformed, another type or unknown.
    int rowOf(QStringView id) const;

    /// Raw UTF-8 value of a data slot (empty = null).
    QByteArrayView value(int row, int slot) const;
    QString text(int row, int slot) const { return QString::fromUtf8(value(row, slot)); }
    /// All slot values of @p row, in slot order.
    QList<QByteArrayView> values(int row) const;

    /// A record with every slot null.
    QByteArray blankData() const { return QByteArray(qMax(0, m_def->slotCount - 1), '\x1f'); }
    /// Stores a new record and returns its row.
    int append(SfRecord record);
    /// Replaces one slot of @p row (keeps external-id indexes current).
    void setValue(int row, int slot, QByteArrayView utf8);
    void setModified(int row, qint64 ms) { m_rows[size_t(row)].modified = ms; }
    void markDeleted(int row, qint64 ms);

    /// Live rows whose external-id field (slot) equals @p value (case-insensitive).
    QList<int> findByExternal(int slot, const QString &value);

    /// 18-char id from a key prefix and a sequence number (with the case checksum).
    static QString makeId(const QString &prefix, qint64 sequence);
    /// Appends the 3-character case checksum to a 15-character id.
    static QString withChecksum(const QString &id15);

private:
    void indexRow(int row);
    void unindexRow(int row);

    const SfObject *m_def;
    std::vector<SfRecord> m_rows;
    int m_live = 0;
    /// slot -> lower-case value -> rows; built on first use.
    QHash<int, QMultiHash<QString, int>> m_extIndexes;
};

} // namespace LeadBridge::Sandbox
