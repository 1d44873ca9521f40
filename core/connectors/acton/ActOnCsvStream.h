#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class QIODevice;

namespace LeadBridge {

/// Reads Act-On CSV (the rules of ActOnCsv::parse: UTF-8 with an optional BOM, CRLF/LF/CR,
/// quoted fields with doubled quotes and line breaks, blank lines skipped) one record at a
/// time from a device, a megabyte at a time, so a list download of any size is read in
/// little memory.
class ActOnCsvStream
{
public:
    /// Reads from @p device (open, positioned where the document starts; not owned).
    explicit ActOnCsvStream(QIODevice *device);

    /// Reads the next record into @p row. Returns false at the end of the document or on an
    /// error (then error() says which).
    bool next(QStringList *row);
    /// Why next() stopped early ("unterminated quoted field starting on line 3"); empty at a
    /// clean end.
    QString error() const { return m_error; }

private:
    /// Whether at least @p count bytes are buffered from m_pos on, reading more if needed.
    bool fill(qsizetype count);

    QIODevice *m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    int m_line = 1;
    bool m_started = false;
    bool m_atEnd = false;
    QString m_error;
};

} // namespace LeadBridge
