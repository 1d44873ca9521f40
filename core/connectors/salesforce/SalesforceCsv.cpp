#include "core/connectors/salesforce/SalesforceCsv.h"

#include <QStringDecoder>

#include <cstring>
#include <utility>

namespace LeadBridge {

namespace {

QString cellText(const char *data, qsizetype size)
{
    // QString::fromUtf8 drops a cell's leading U+FEFF; keep it (as ActOnCsv does).
    if (size >= 3 && uchar(data[0]) == 0xEF && uchar(data[1]) == 0xBB && uchar(data[2]) == 0xBF) {
        QStringDecoder decode(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
        return decode(QByteArrayView(data, size));
    }
    return QString::fromUtf8(data, size);
}

bool endsCell(const char *s, qsizetype n, qsizetype at)
{
    return at == n || s[at] == ',' || s[at] == '\n';
}

} // namespace

QList<QStringList> SalesforceCsv::parse(const QByteArray &csv)
{
    // Cells are cut straight out of the input where they can be (no doubled quotes, no stray
    // quote or CR inside): that is nearly every cell of a Bulk API download. Any other cell
    // is read byte by byte: quotes toggle quoting anywhere, a doubled quote inside quotes is
    // one quote, CR outside quotes is dropped.
    QList<QStringList> rows;
    QStringList row;
    QByteArray bytes;
    const char *const s = csv.constData();
    const qsizetype n = csv.size();
    qsizetype i = 0;
    while (i < n) {
        if (row.isEmpty()) {
            // A line with nothing but CRs is no row.
            qsizetype j = i;
            while (j < n && s[j] == '\r')
                ++j;
            if (j == n)
                break;
            if (s[j] == '\n') {
                i = j + 1;
                continue;
            }
        }
        qsizetype end = -1; // the cell's delimiter: ',' or '\n' at end, or n
        if (s[i] == '"') {
            const char *close = static_cast<const char *>(memchr(s + i + 1, '"', n - i - 1));
            if (close) {
                const qsizetype q = close - s;
                if (endsCell(s, n, q + 1)) {
                    row.append(cellText(s + i + 1, q - i - 1));
                    end = q + 1;
                }
            }
        } else {
            qsizetype j = i;
            while (j < n && s[j] != ',' && s[j] != '\n' && s[j] != '"' && s[j] != '\r')
                ++j;
            if (endsCell(s, n, j)) {
                row.append(cellText(s + i, j - i));
                end = j;
            }
        }
        if (end < 0) {
            bytes.clear();
            bool quoted = false;
            qsizetype j = i;
            for (; j < n; ++j) {
                const char c = s[j];
                if (quoted) {
                    if (c != '"')
                        bytes.append(c);
                    else if (j + 1 < n && s[j + 1] == '"')
                        bytes.append('"'), ++j;
                    else
                        quoted = false;
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',' || c == '\n') {
                    break;
                } else if (c != '\r') {
                    bytes.append(c);
                }
            }
            row.append(cellText(bytes.constData(), bytes.size()));
            end = j;
        }
        if (end < n && s[end] == ',') {
            i = end + 1;
            if (i < n)
                continue;
            row.append(QString()); // a comma at the very end still opens one last, empty cell
        }
        rows.append(std::exchange(row, QStringList()));
        i = end + 1;
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
