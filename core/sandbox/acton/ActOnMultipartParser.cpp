#include "core/sandbox/acton/ActOnMultipartParser.h"

#include <QByteArrayMatcher>

namespace LeadBridge::Sandbox {

namespace {
// Value of parameter @p key in a header like `form-data; name="x"; filename="y"`.
QByteArray headerParam(QByteArrayView header, QByteArrayView key)
{
    qsizetype i = 0;
    const qsizetype n = header.size();
    while (i < n) {
        // skip to after ';'
        while (i < n && header[i] != ';')
            ++i;
        if (i >= n)
            break;
        ++i;
        while (i < n && (header[i] == ' ' || header[i] == '\t'))
            ++i;
        qsizetype eq = i;
        while (eq < n && header[eq] != '=' && header[eq] != ';')
            ++eq;
        if (eq >= n || header[eq] != '=') {
            i = eq;
            continue;
        }
        const QByteArrayView k = header.sliced(i, eq - i).trimmed();
        qsizetype v = eq + 1;
        QByteArray value;
        if (v < n && header[v] == '"') {
            ++v;
            while (v < n && header[v] != '"') {
                if (header[v] == '\\' && v + 1 < n)
                    ++v;
                value.append(header[v]);
                ++v;
            }
            if (v < n)
                ++v;
        } else {
            qsizetype e = v;
            while (e < n && header[e] != ';')
                ++e;
            value = header.sliced(v, e - v).trimmed().toByteArray();
            v = e;
        }
        if (k.compare(key, Qt::CaseInsensitive) == 0)
            return value;
        i = v;
    }
    return {};
}
} // namespace

QByteArray ActOnMultipartParser::boundaryOf(const QByteArray &contentTypeHeader)
{
    return headerParam(contentTypeHeader, "boundary");
}

bool ActOnMultipartParser::parse(const QByteArray &contentTypeHeader, const QByteArray &body)
{
    m_parts.clear();
    m_error.clear();
    const QByteArray boundary = boundaryOf(contentTypeHeader);
    if (boundary.isEmpty()) {
        m_error = QStringLiteral("multipart body without a boundary parameter");
        return false;
    }
    const QByteArray dash = "--" + boundary;
    const QByteArrayMatcher delimiter("\r\n" + dash);
    const QByteArrayMatcher delimiterLf("\n" + dash);

    qsizetype pos;
    if (body.startsWith(dash)) {
        pos = dash.size();
    } else {
        const qsizetype first = delimiterLf.indexIn(body);
        if (first < 0) {
            m_error = QStringLiteral("multipart body does not contain its boundary");
            return false;
        }
        pos = first + 1 + dash.size();
    }
    for (;;) {
        // after a delimiter: "--" closes, otherwise CRLF then headers
        if (body.mid(pos, 2) == "--")
            return true;
        while (pos < body.size() && (body[pos] == ' ' || body[pos] == '\t'))
            ++pos;
        if (body.mid(pos, 2) == "\r\n")
            pos += 2;
        else if (body.mid(pos, 1) == "\n")
            pos += 1;
        else {
            m_error = QStringLiteral("malformed multipart delimiter line");
            return false;
        }
        Part part;
        bool sawDisposition = false;
        // headers
        for (;;) {
            qsizetype eol = body.indexOf('\n', pos);
            if (eol < 0) {
                m_error = QStringLiteral("multipart part headers are not terminated");
                return false;
            }
            QByteArrayView line(body.constData() + pos, eol - pos);
            if (line.endsWith('\r'))
                line.chop(1);
            pos = eol + 1;
            if (line.isEmpty())
                break;
            const qsizetype colon = line.indexOf(':');
            if (colon < 0) {
                m_error = QStringLiteral("malformed multipart part header");
                return false;
            }
            const QByteArrayView hname = line.first(colon).trimmed();
            const QByteArrayView hvalue = line.sliced(colon + 1).trimmed();
            if (hname.compare("content-disposition", Qt::CaseInsensitive) == 0) {
                sawDisposition = true;
                part.name = headerParam(hvalue, "name");
                part.filename = headerParam(hvalue, "filename");
            } else if (hname.compare("content-type", Qt::CaseInsensitive) == 0) {
                part.contentType = hvalue.toByteArray();
            }
        }
        if (!sawDisposition || part.name.isEmpty()) {
            m_error = QStringLiteral("multipart part without a Content-Disposition name");
            return false;
        }
        qsizetype end = delimiter.indexIn(body, pos);
        qsizetype next;
        if (end >= 0) {
            next = end + 2 + dash.size();
        } else {
            end = delimiterLf.indexIn(body, pos);
            if (end < 0) {
                m_error = QStringLiteral("multipart body is not closed by its boundary");
                return false;
            }
            next = end + 1 + dash.size();
        }
        part.data = QByteArrayView(body.constData() + pos, end - pos);
        m_parts.append(part);
        pos = next;
    }
}

const ActOnMultipartParser::Part *ActOnMultipartParser::part(QByteArrayView name) const
{
    for (const Part &p : m_parts) {
        if (QByteArrayView(p.name).compare(name, Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

const ActOnMultipartParser::Part *ActOnMultipartParser::firstFile() const
{
    for (const Part &p : m_parts) {
        if (!p.filename.isEmpty())
            return &p;
    }
    return nullptr;
}

QString ActOnMultipartParser::value(QByteArrayView name, const QString &fallback) const
{
    const Part *p = part(name);
    return p ? QString::fromUtf8(p->data) : fallback;
}

} // namespace LeadBridge::Sandbox
