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

    /// Sets (replaces) a header.
    SandboxResponse &setHeader(const QByteArray &name, const QByteArray &value);
    /// Header value (case-insensitive) or empty.
    QByteArray header(QByteArrayView name) const;
};

} // namespace LeadBridge::Sandbox
