#include "core/net/BoundedNetworkAccessManager.h"

#include "core/util/LogCategories.h"

#include <QNetworkReply>
#include <QPointer>

namespace LeadBridge {

namespace {
const char *const kOverCapProperty = "leadbridgeOverCap";
}

BoundedNetworkAccessManager::BoundedNetworkAccessManager(qint64 maxBodyBytes, QObject *parent)
    : QNetworkAccessManager(parent)
    , m_maxBodyBytes(maxBodyBytes)
{
    setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

bool BoundedNetworkAccessManager::wasOverCap(const QNetworkReply *reply)
{
    return reply && reply->property(kOverCapProperty).toBool();
}

QNetworkReply *BoundedNetworkAccessManager::createRequest(
    Operation op, const QNetworkRequest &request, QIODevice *outgoingData)
{
    QNetworkRequest req = request;
    req.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = QNetworkAccessManager::createRequest(op, req, outgoingData);
    const qint64 cap = m_maxBodyBytes;
    auto stop = [reply, cap](qint64 seen) {
        if (reply->property(kOverCapProperty).toBool())
            return;
        reply->setProperty(kOverCapProperty, true);
        qCWarning(lcNet).noquote() << QStringLiteral("%1: answer over the %2-byte cap (%3 bytes "
                                                     "so far); aborting the transfer")
                                          .arg(reply->url().toString(
                                              QUrl::RemoveUserInfo | QUrl::RemoveQuery))
                                          .arg(cap)
                                          .arg(seen);
        reply->abort();
    };
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, cap, stop] {
        bool ok = false;
        const qint64 declared
            = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
        if (ok && declared > cap)
            stop(declared);
    });
    // Whoever reads the reply reads it at finished(); until then Qt buffers it, so the
    // buffered amount is what the answer costs.
    connect(reply, &QNetworkReply::readyRead, reply, [reply, cap, stop] {
        if (reply->bytesAvailable() > cap)
            stop(reply->bytesAvailable());
    });
    return reply;
}

} // namespace LeadBridge
