#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace LeadBridge::Sandbox {

/// One stored record of an Act-On list: its id suffix, timestamps and the
/// field values as UTF-8 joined by the unit separator (0x1F), in the list's
/// column order. One allocation per row keeps a million rows compact.
struct ActOnRecord
{
    quint32 seq = 0; ///< hex suffix of the record id "l-0001:<seq>"
    bool deleted = false;
    qint64 createdMs = 0;
    qint64 modifiedMs = 0;
    QByteArray data;
};

/// An Act-On contact list held by the emulator: headings, rows in insertion
/// order (sequence numbers ascend, so a record is found by binary search) and
/// an index of the first record per lower-case email.
class ActOnList
{
public:
    static constexpr char kSep = '\x1f';

    QString id;
    QString name;
    QString folder;
    QString description = QStringLiteral("Uploaded Marketing List");
    qint64 createdMs = 0;
    qint64 modifiedMs = 0;

    const QStringList &headings() const { return m_headings; }
    /// Column of a heading: exact (case-insensitive), then ignoring punctuation
    /// and spaces ("EMAIL" ~ "E-mail Address"), then common aliases. -1 if none.
    int columnOf(QStringView heading) const;
    /// Adds a heading (or returns the existing column of it).
    int addColumn(const QString &heading);
    /// Column holding the email address, or -1.
    int emailColumn() const { return m_emailColumn; }
    void setEmailColumn(int column);

    /// Live (not deleted) records.
    qsizetype size() const { return qsizetype(m_rows.size()) - m_deleted; }
    /// Live records in order; compacts deleted rows first.
    const std::vector<ActOnRecord> &rows();
    /// Makes room for @p n records (rows and email index) ahead of a bulk import.
    void reserve(qsizetype n);

    QString recordId(quint32 seq) const;
    /// Parses "l-0001:1f" for this list; false if the prefix or hex is wrong.
    bool parseRecordId(const QString &recordId, quint32 *seq) const;
    ActOnRecord *find(quint32 seq);
    ActOnRecord *findByEmail(QByteArrayView email);

    /// Appends a record built from @p data (joined fields); returns its seq.
    quint32 append(QByteArray data, qint64 nowMs, qint64 createdMs = -1);
    /// Replaces the data of @p record, keeping the email index in step.
    void update(ActOnRecord &record, QByteArray data, qint64 nowMs);
    bool remove(quint32 seq);
    void clear();

    /// Stored rows as they are, deleted ones included (state file; does not compact).
    const std::vector<ActOnRecord> &storedRows() const { return m_rows; }
    /// Sequence number the next append() gives.
    quint32 nextSeq() const { return m_nextSeq; }
    /// Puts back a live record read from a state file, keeping its sequence number; records
    /// must come in ascending @p seq order. The next append() gets a higher number.
    void restore(quint32 seq, qint64 createdMs, qint64 modifiedMs, QByteArray data);
    /// Raises the next sequence number to at least @p next (a state file's counter).
    void raiseNextSeq(quint32 next) { m_nextSeq = std::max(m_nextSeq, next); }

    /// Lower-cases an email (ASCII fast path) for the index.
    static QByteArray emailKey(QByteArrayView email);
    /// Field @p column of joined @p data (empty if missing).
    static QByteArrayView field(QByteArrayView data, int column);
    /// Splits joined @p data into @p out, padded to @p columns entries.
    static void split(QByteArrayView data, int columns, std::vector<QByteArrayView> &out);
    /// Joins @p fields with the separator (separators inside values become spaces).
    static QByteArray join(const std::vector<QByteArrayView> &fields);
    /// All values of @p record as strings, padded to the headings.
    QStringList values(const ActOnRecord &record) const;

private:
    void indexEmail(const ActOnRecord &record);
    void unindexEmail(const ActOnRecord &record);
    void compact();

    QStringList m_headings;
    QHash<QString, int> m_exact; ///< lower-case heading -> column
    QHash<QString, int> m_loose; ///< letters and digits only -> column
    int m_emailColumn = -1;
    std::vector<ActOnRecord> m_rows;
    qsizetype m_deleted = 0;
    quint32 m_nextSeq = 0;
    QHash<QByteArray, quint32> m_byEmail;
    qsizetype m_duplicateEmails = 0;
};

} // namespace LeadBridge::Sandbox
