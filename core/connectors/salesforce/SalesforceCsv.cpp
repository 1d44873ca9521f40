#include "core/connectors/salesforce/SalesforceCsv.h"

#include <QStringDecoder>

namespace LeadBridge {

QList<QStringList> SalesforceCsv::parse(const QByteArray &csv)
{
    QList<QStringList> rows;
    QStringList row;
    QByteArray cell;
    bool quoted = false;
    bool cellStarted = false;
    const qsizetype n = csv.size();
    auto endCell = [&] {
        // Not QString::fromUtf8, which drops a cell's leading U+FEFF (as in ActOnCsv).
        QStringDecoder decode(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
        row.append(decode(cell));
        cell.clear();
        cellStarted = false;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const char c = csv.at(i);
        if (quoted) {
            if (c == '"') {
                if (i + 1 < n && csv.at(i + 1) == '"') {
                    cell.append('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell.append(c);
            }
            continue;
        }
        switch (c) {
        case '"':
            quoted = true;
            cellStarted = true;
            break;
        case ',':
            endCell();
            cellStarted = true;
            break;
        case '\r':
            break;
        case '\n':
            if (cellStarted || !cell.isEmpty() || !row.isEmpty()) {
                endCell();
                rows.append(row);
            }
            row.clear();
            break;
        default:
            cell.append(c);
            cellStarted = true;
            break;
        }
    }
    if (cellStarted || !cell.isEmpty() || !row.isEmpty()) {
        endCell();
        rows.append(row);
    }
    return rows;
}

QByteArray SalesforceCsv::line(const QStringList &cells)
{
    QByteArray out;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i)
            out.append(',');
        QByteArray v = cells.at(i).toUtf8();
        v.replace("\"", "\"\"");
        out.append('"').append(v).append('"');
    }
    out.append('\n');
    return out;
}

} // namespace LeadBridge
