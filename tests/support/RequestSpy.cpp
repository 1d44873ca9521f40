#include "tests/support/RequestSpy.h"

#include <QNetworkRequest>

namespace LeadBridge::Test {

QNetworkReply *RequestSpy::createRequest(
    Operation op, const QNetworkRequest &request, QIODevice *data)
{
    urls.append(request.url());
    return QNetworkAccessManager::createRequest(op, request, data);
}

} // namespace LeadBridge::Test
