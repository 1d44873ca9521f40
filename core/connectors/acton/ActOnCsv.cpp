#include "core/connectors/acton/ActOnCsv.h"

#include <QStringDecoder>

namespace LeadBridge {

namespace {
/// One field's bytes as text. QString::fromUtf8 drops a leading U+FEFF; inside a document
/// (the document's own BOM is skipped before) it is data and stays (found by fuzz_acton_csv).
QString fieldText(const QByteArray &utf8)
{
    QStringDecoder decode(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decode(utf8);
}
} // namespace

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
    qsizetype i = csv.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const qsizetype n = csv.size();
    QStringList record;
    QByteArray field;
    int line = 1;
    bool inQuotes = false;
    bool fieldStarted = false;
    int quoteLine = 0;
    auto endField = [&] {
        record.append(fieldText(field));
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        if (!(record.size() == 1 && record.first().isEmpty()))
            rows->append(record);
        record.clear();
    };
    for (; i < n; ++i) {
        const char c = csv.at(i);
        if (inQuotes) {
            if (c == '"') {
                if (i + 1 < n && csv.at(i + 1) == '"') {
                    field.append('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == '\n')
                    ++line;
                field.append(c);
            }
            continue;
        }
        switch (c) {
        case '"':
            if (!fieldStarted && field.isEmpty()) {
                inQuotes = true;
                fieldStarted = true;
                quoteLine = line;
            } else {
                field.append(c);
            }
            break;
        case ',':
            endField();
            break;
        case '\r':
            if (i + 1 < n && csv.at(i + 1) == '\n')
                ++i;
            Q_FALLTHROUGH();
        case '\n':
            endRecord();
            ++line;
            break;
        default:
            field.append(c);
            fieldStarted = true;
        }
    }
    if (inQuotes) {
        if (error)
            *error = QStringLiteral("unterminated quoted field starting on line %1").arg(quoteLine);
        return false;
    }
    if (fieldStarted || !field.isEmpty() || !record.isEmpty())
        endRecord();
    return true;
}

} // namespace LeadBridge
