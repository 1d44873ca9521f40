#pragma once

#include <QByteArray>
#include <QStringList>

namespace LeadBridge {

/// RFC 4180 CSV: fields separated by commas, records ended by CRLF, a field that
/// holds a comma, a double quote, CR or LF enclosed in double quotes with inner
/// quotes doubled. Text is UTF-8.
class CsvWriter
{
public:
    /// One field, quoted when needed.
    static QString field(const QString &value);
    /// One record (fields joined by commas) with its CRLF, as UTF-8.
    static QByteArray record(const QStringList &fields);
};

} // namespace LeadBridge
