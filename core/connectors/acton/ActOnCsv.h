#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace LeadBridge {

/// CSV as Act-On uploads and downloads it: RFC 4180 (comma separator, double quotes,
/// CRLF line ends), UTF-8.
class ActOnCsv
{
public:
    /// Appends one field to @p out, quoted only when it holds a comma, a quote, a line
    /// break or leading/trailing spaces; quotes inside are doubled.
    static void appendField(QByteArray &out, const QString &value);
    /// Appends one record (fields joined by commas) and CRLF.
    static void appendRow(QByteArray &out, const QStringList &fields);
    /// The header row alone.
    static QByteArray headerRow(const QStringList &headings);

    /// Appends rows[@p from …] to @p out until the next row would take it past @p maxBytes
    /// (at least one row is always taken). Returns the index of the first row not taken.
    static qsizetype appendRows(
        QByteArray &out, const QList<QStringList> &rows, qsizetype from, qsizetype maxBytes);

    /// Parses a whole CSV document (header row included). Handles a UTF-8 BOM, CRLF/LF/CR,
    /// quoted fields with doubled quotes and line breaks; blank lines are skipped. Returns
    /// false and sets @p error (with the line number) on an unterminated quote.
    static bool parse(const QByteArray &csv, QList<QStringList> *rows, QString *error = nullptr);
};

} // namespace LeadBridge
