#include "core/sandbox/SandboxResponse.h"

namespace LeadBridge::Sandbox {

SandboxResponse SandboxResponse::json(int status, const QJsonDocument &doc)
{
    return raw(status, QByteArrayLiteral("application/json;charset=UTF-8"),
               doc.toJson(QJsonDocument::Compact));
}

SandboxResponse SandboxResponse::json(int status, const QJsonObject &obj)
{
    return json(status, QJsonDocument(obj));
}

SandboxResponse SandboxResponse::json(int status, const QJsonArray &arr)
{
    return json(status, QJsonDocument(arr));
}

SandboxResponse SandboxResponse::raw(int status, const QByteArray &contentType,
                                     const QByteArray &body)
{
    SandboxResponse r;
    r.status = status;
    r.body = body;
    if (!contentType.isEmpty())
        r.headers.append({QByteArrayLiteral("Content-Type"), contentType});
    return r;
}

SandboxResponse SandboxResponse::empty(int status)
{
    SandboxResponse r;
    r.status = status;
    return r;
}

SandboxResponse SandboxResponse::message(int status, const QString &text)
{
    return json(status, QJsonObject { { QStringLiteral("message"), text } });
}

SandboxResponse SandboxResponse::oauthError(
    int status, const QString &error, const QString &description)
{
    return json(status,
        QJsonObject { { QStringLiteral("error"), error },
            { QStringLiteral("error_description"), description } });
}

SandboxResponse SandboxResponse::recordList(const QJsonArray &records)
{
    return json(200,
        QJsonObject {
            { QStringLiteral("total"), records.size() }, { QStringLiteral("records"), records } });
}

SandboxResponse &SandboxResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return *this;
        }
    }
    headers.append({name, value});
    return *this;
}

QByteArray SandboxResponse::header(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

} // namespace LeadBridge::Sandbox
