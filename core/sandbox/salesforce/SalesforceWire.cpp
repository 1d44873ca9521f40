#include "core/sandbox/salesforce/SalesforceWire.h"

#include <QDateTime>
#include <QRegularExpression>

#include <cmath>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace LeadBridge::Sandbox::SalesforceWire {

void appendJsonString(QByteArray &out, QByteArrayView s)
{
    out.append('"');
    qsizetype start = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(s.sliced(start, i - start));
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default: {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out.append(buf);
        }
        }
        start = i + 1;
    }
    out.append(s.sliced(start));
    out.append('"');
}

QString base62Token(QRandomGenerator &rng, int n)
{
    static const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    QString s;
    s.reserve(n);
    for (int i = 0; i < n; ++i)
        s.append(QLatin1Char(alphabet[rng.bounded(62)]));
    return s;
}

QByteArray csvQuote(QByteArrayView v)
{
    QByteArray out;
    out.reserve(v.size() + 2);
    out.append('"');
    for (char c : v) {
        if (c == '"')
            out.append('"');
        out.append(c);
    }
    out.append('"');
    return out;
}

char delimiterChar(const QString &name)
{
    if (name == u"TAB")
        return '\t';
    if (name == u"SEMICOLON")
        return ';';
    if (name == u"PIPE")
        return '|';
    if (name == u"CARET")
        return '^';
    if (name == u"BACKQUOTE")
        return '`';
    return ',';
}

// RFC 4180 reader: quoted fields, doubled quotes, LF or CRLF rows.
QList<QList<QByteArray>> parseCsv(const QByteArray &data, char delim, bool *ok)
{
    QList<QList<QByteArray>> rows;
    QList<QByteArray> row;
    QByteArray field;
    bool quoted = false;
    bool fieldStarted = false;
    *ok = true;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data.at(i);
        if (quoted) {
            if (c == '"') {
                if (i + 1 < data.size() && data.at(i + 1) == '"') {
                    field.append('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
            continue;
        }
        if (c == '"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == delim) {
            row.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < data.size() && data.at(i + 1) == '\n')
                ++i;
            row.append(field);
            field.clear();
            fieldStarted = false;
            rows.append(row);
            row.clear();
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (quoted)
        *ok = false;
    if (fieldStarted || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

bool validEmail(const QString &s)
{
    static const QRegularExpression re(
        u"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"_s);
    return re.match(s).hasMatch();
}

QString jsonValueText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::floor(d) == d && std::fabs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    return {};
}

QString seasonLabel(int v)
{
    static const char *seasons[] = { "Winter", "Spring", "Summer" };
    const int off = v - 50;
    const int idx = ((off % 3) + 3) % 3;
    const int year = 21 + int(std::floor(off / 3.0));
    return QString::fromLatin1(seasons[idx]) + u" '"_s
        + QString::number(year).rightJustified(2, u'0');
}

qint64 parseDateTimeMs(const QString &text, bool *ok)
{
    QString s = text;
    static const QRegularExpression compactOffset(u"([+-]\\d{2})(\\d{2})$"_s);
    if (!s.endsWith(u'Z') && s.size() > 19)
        s.replace(compactOffset, u"\\1:\\2"_s);
    QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(s, Qt::ISODate);
    *ok = dt.isValid();
    return dt.isValid() ? dt.toMSecsSinceEpoch() : 0;
}

qint64 parseIsoMs(QString s, bool *ok)
{
    s.replace(u' ', u'+'); // an unencoded '+' arrives as a space
    return parseDateTimeMs(s, ok);
}

QString soapEscape(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace LeadBridge::Sandbox::SalesforceWire
