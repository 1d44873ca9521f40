#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace LeadBridge::Sandbox {

/// One HTTP answer of an emulator: status, headers and body as plain values.
class SandboxResponse
{
public:
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool faultExempt = false; ///< control answers are never truncated or delayed
    /// Content-Length to announce instead of body.size() (oversize fault); -1 = the body's.
    qint64 declaredLength = -1;

    /// JSON answer (compact) with Content-Type application/json;charset=UTF-8.
    static SandboxResponse json(int status, const QJsonDocument &doc);
    static SandboxResponse json(int status, const QJsonObject &obj);
    static SandboxResponse json(int status, const QJsonArray &arr);
    /// Any body with the given content type.
    static SandboxResponse raw(int status, const QByteArray &contentType, const QByteArray &body);
    /// Empty body (e.g. 204).
    static SandboxResponse empty(int status);
    /// JSON {"message": text}: ON24's error body and the error answer of every control call.
    static SandboxResponse message(int status, const QString &text);
    /// JSON {"error": error, "error_description": description}: the OAuth 2.0 error response
    /// (RFC 6749 §5.2) of Salesforce's and Act-On's token endpoints.
    static SandboxResponse oauthError(int status, const QString &error, const QString &description);
    /// 200 with JSON {"total": n, "records": [...]}: the control API's record lists.
    static SandboxResponse recordList(const QJsonArray &records);

    /// Sets (replaces) a header.
    SandboxResponse &setHeader(const QByteArray &name, const QByteArray &value);
    /// Header value (case-insensitive) or empty.
    QByteArray header(QByteArrayView name) const;
};

} // namespace LeadBridge::Sandbox
