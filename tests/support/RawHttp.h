#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>

namespace LeadBridge::Test {

/// The answer to one raw HTTP call, captured whole.
struct RawReply
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;

    QByteArray header(QByteArrayView name) const;
    QJsonDocument jsonDoc() const { return QJsonDocument::fromJson(body); }
    QJsonObject json() const { return jsonDoc().object(); }
    QJsonArray jsonArray() const { return jsonDoc().array(); }
};

/// Plain QNetworkAccessManager calls for sandbox tests, written from the API
/// references (never through LeadBridge's connectors). Waits with an event
/// loop so in-process emulators keep serving.
class RawHttp
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    /// Sends @p verb to @p url with @p headers and @p body; waits up to @p timeoutMs.
    RawReply send(const QByteArray &verb, const QUrl &url, const Headers &headers = {},
                  const QByteArray &body = {}, int timeoutMs = 30000);
    RawReply get(const QUrl &url, const Headers &headers = {}) { return send("GET", url, headers); }

private:
    QNetworkAccessManager m_nam;
};

} // namespace LeadBridge::Test
