#include "core/connectors/acton/ActOnCsv.h"

#include "core/connectors/acton/ActOnCsvStream.h"

#include <QBuffer>

namespace LeadBridge {

void ActOnCsv::appendField(QByteArray &out, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    // A leading U+FEFF is quoted, so that it is never taken for the document's BOM.
    bool quote = !utf8.isEmpty()
        && (utf8.front() == ' ' || utf8.back() == ' ' || utf8.startsWith("\xEF\xBB\xBF"));
    if (!quote) {
        for (const char c : utf8) {
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                quote = true;
                break;
            }
        }
    }
    if (!quote) {
        out.append(utf8);
        return;
    }
    out.append('"');
    for (const char c : utf8) {
        if (c == '"')
            out.append('"');
        out.append(c);
    }
    out.append('"');
}

void ActOnCsv::appendRow(QByteArray &out, const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out.append(',');
        appendField(out, fields.at(i));
    }
    out.append("\r\n");
}

QByteArray ActOnCsv::headerRow(const QStringList &headings)
{
    QByteArray out;
    appendRow(out, headings);
    return out;
}

qsizetype ActOnCsv::appendRows(
    QByteArray &out, const QList<QStringList> &rows, qsizetype from, qsizetype maxBytes)
{
    qsizetype i = from;
    QByteArray line;
    while (i < rows.size()) {
        line.clear();
        appendRow(line, rows.at(i));
        if (i > from && out.size() + line.size() > maxBytes)
            break;
        out.append(line);
        ++i;
    }
    return i;
}

bool ActOnCsv::parse(const QByteArray &csv, QList<QStringList> *rows, QString *error)
{
    QBuffer buffer;
    buffer.setData(csv); // shares the bytes, no copy
    buffer.open(QIODevice::ReadOnly);
    ActOnCsvStream stream(&buffer);
    QStringList row;
    while (stream.next(&row))
        rows->append(row);
    if (!stream.error().isEmpty()) {
        if (error)
            *error = stream.error();
        return false;
    }
    return true;
}

} // namespace LeadBridge
