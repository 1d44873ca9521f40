#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace LeadBridge {

/// Reads Act-On CSV (the rules of ActOnCsv::parse: UTF-8 with an optional BOM, CRLF/LF/CR,
/// quoted fields with doubled quotes and line breaks, blank lines skipped) one record at a
/// time from a device, a megabyte at a time, so a list download of any size is read in
/// little memory. A quote opens quoting only as a field's first byte; after the closing quote,
/// and anywhere in a bare field, a quote is an ordinary character.
class ActOnCsvStream
{
public:
    /// Reads from @p device (open, positioned where the document starts; not owned).
    explicit ActOnCsvStream(QIODevice *device);

    /// Reads the next record into @p row. Returns false at the end of the document or on an
    /// error (then error() says which).
    bool next(QStringList *row);
    /// Passes over the next record without making text of it: what next() would do, at a
    /// fraction of the cost, for a pass that only checks or counts.
    bool skip();
    /// Why next() stopped early ("unterminated quoted field starting on line 3"); empty at a
    /// clean end.
    QString error() const { return m_error; }

private:
    /// Where one field of the record just scanned lies, from the record's first byte.
    struct FieldSpan
    {
        qsizetype begin;
        qsizetype end;
        bool quoted; ///< starts with the opening quote; end is past any bytes after the close
    };

    /// Finds the next record that is not blank: its fields in m_fields, its first byte at
    /// m_record. Returns false at the end or on an error.
    bool scan();
    /// Whether the record just scanned is a blank line (one field with nothing in it).
    bool blank() const;
    /// Reads more of the device behind what is buffered, first dropping what lies before
    /// @p keep (moved to 0; the return value is how far everything moved, -1 at the end).
    qsizetype readMore(qsizetype keep);

    QIODevice *m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qsizetype m_record = 0;
    QList<FieldSpan> m_fields;
    int m_line = 1;
    bool m_started = false;
    bool m_atEnd = false;
    QString m_error;
};

} // namespace LeadBridge
