#include "tests/support/RawHttp.h"

#include <QSignalSpy>

namespace LeadBridge::Test {

QByteArray RawReply::header(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

RawReply RawHttp::send(const QByteArray &verb, const QUrl &url, const Headers &headers,
                       const QByteArray &body, int timeoutMs)
{
    QNetworkRequest req(url);
    req.setTransferTimeout(timeoutMs);
    for (const auto &h : headers)
        req.setRawHeader(h.first, h.second);
    QNetworkReply *reply = m_nam.sendCustomRequest(req, verb, body);
    if (!reply->isFinished()) {
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(timeoutMs + 1000);
    }
    RawReply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.error = reply->error();
    const auto pairs = reply->rawHeaderPairs();
    for (const auto &p : pairs)
        r.headers.append({p.first, p.second});
    reply->deleteLater();
    return r;
}

} // namespace LeadBridge::Test
