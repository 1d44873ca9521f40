#pragma once

#include <QList>
#include <QNetworkAccessManager>
#include <QUrl>

namespace LeadBridge::Test {

/// A network access manager that records the URL of every request sent through it, so that
/// a connector test can see on the wire what the connector asked for.
class RequestSpy : public QNetworkAccessManager
{
public:
    /// Every URL sent, in order.
    QList<QUrl> urls;

protected:
    QNetworkReply *createRequest(
        Operation op, const QNetworkRequest &request, QIODevice *data) override;
};

} // namespace LeadBridge::Test
