#include "core/connectors/acton/ActOnMultipart.h"

#include <QRandomGenerator>

namespace LeadBridge {

namespace {
QByteArray quotedName(const QString &name)
{
    QByteArray out = name.toUtf8();
    out.replace('"', "%22");
    out.replace('\r', "%0D");
    out.replace('\n', "%0A");
    return out;
}
} // namespace

void ActOnMultipart::addField(const QString &name, const QString &value)
{
    m_parts.append({ name, {}, {}, value.toUtf8() });
    m_boundary.clear();
}

void ActOnMultipart::addFile(const QString &name, const QString &fileName,
    const QByteArray &contentType, const QByteArray &data)
{
    m_parts.append({ name, fileName, contentType, data });
    m_boundary.clear();
}

QByteArray ActOnMultipart::contentType() const
{
    return "multipart/form-data; boundary=" + m_boundary;
}

QByteArray ActOnMultipart::body()
{
    for (;;) {
        m_boundary = "LeadBridge-"
            + QByteArray::number(QRandomGenerator::global()->generate64(), 16)
            + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
        bool clash = false;
        for (const Part &p : std::as_const(m_parts))
            clash = clash || p.data.contains(m_boundary);
        if (!clash)
            break;
    }
    qsizetype size = 64;
    for (const Part &p : std::as_const(m_parts))
        size += p.data.size() + 200;
    QByteArray out;
    out.reserve(size);
    for (const Part &p : std::as_const(m_parts)) {
        out += "--" + m_boundary + "\r\n";
        out += "Content-Disposition: form-data; name=\"" + quotedName(p.name) + '"';
        if (!p.fileName.isNull())
            out += "; filename=\"" + quotedName(p.fileName) + '"';
        out += "\r\n";
        if (!p.contentType.isEmpty())
            out += "Content-Type: " + p.contentType + "\r\n";
        out += "\r\n";
        out += p.data;
        out += "\r\n";
    }
    out += "--" + m_boundary + "--\r\n";
    return out;
}

} // namespace LeadBridge
