#include "core/net/ApiRequest.h"

namespace LeadBridge {

ApiRequest::ApiRequest(const QByteArray &method, const QUrl &url)
    : method(method)
    , url(url)
{ }

ApiRequest ApiRequest::get(const QUrl &url)
{
    return ApiRequest(QByteArrayLiteral("GET"), url);
}

ApiRequest ApiRequest::json(const QByteArray &method, const QUrl &url, const QJsonDocument &body)
{
    ApiRequest r(method, url);
    r.body = body.toJson(QJsonDocument::Compact);
    r.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    return r;
}

ApiRequest ApiRequest::form(const QUrl &url, const QList<QPair<QString, QString>> &fields)
{
    ApiRequest r(QByteArrayLiteral("POST"), url);
    for (const auto &field : fields) {
        if (!r.body.isEmpty())
            r.body += '&';
        r.body
            += QUrl::toPercentEncoding(field.first) + '=' + QUrl::toPercentEncoding(field.second);
    }
    r.setHeader(
        QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded"));
    return r;
}

ApiRequest &ApiRequest::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return *this;
        }
    }
    headers.append({ name, value });
    return *this;
}

QByteArray ApiRequest::header(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

} // namespace LeadBridge
