#include "core/sandbox/SandboxRequest.h"

#include <QHttpServerRequest>

namespace LeadBridge::Sandbox {

namespace {
QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

} // namespace

QList<QPair<QString, QString>> SandboxRequest::decodeQuery(const QByteArray &encoded)
{
    QList<QPair<QString, QString>> items;
    // '+' means space in query strings and forms; QUrlQuery leaves it alone.
    QByteArray plusFixed = encoded;
    plusFixed.replace('+', "%20");
    const QUrlQuery q(QString::fromLatin1(plusFixed));
    const auto raw = q.queryItems(QUrl::FullyDecoded);
    for (const auto &item : raw)
        items.append({item.first, item.second});
    return items;
}

SandboxRequest SandboxRequest::fromQt(const QHttpServerRequest &request)
{
    SandboxRequest r;
    r.method = methodName(request.method());
    r.url = request.url();
    r.path = request.url().path(QUrl::FullyDecoded);
    r.queryItems = decodeQuery(request.url().query(QUrl::FullyEncoded).toLatin1());
    const auto hs = request.headers();
    for (const auto &h : hs)
        r.headers.append({h.first, h.second});
    r.body = request.body();
    r.peer = request.remoteAddress();
    return r;
}

QByteArray SandboxRequest::header(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool SandboxRequest::hasHeader(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString SandboxRequest::query(QStringView name, const QString &fallback) const
{
    for (const auto &item : queryItems) {
        if (QStringView(item.first).compare(name, Qt::CaseInsensitive) == 0)
            return item.second;
    }
    return fallback;
}

QStringList SandboxRequest::queryAll(QStringView name) const
{
    QStringList values;
    for (const auto &item : queryItems) {
        if (QStringView(item.first).compare(name, Qt::CaseInsensitive) == 0)
            values.append(item.second);
    }
    return values;
}

bool SandboxRequest::hasQuery(QStringView name) const
{
    for (const auto &item : queryItems) {
        if (QStringView(item.first).compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QJsonDocument SandboxRequest::json(bool *ok) const
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (ok)
        *ok = err.error == QJsonParseError::NoError;
    return doc;
}

QList<QPair<QString, QString>> SandboxRequest::formItems() const
{
    return decodeQuery(body);
}

QString SandboxRequest::form(QStringView name, const QString &fallback) const
{
    const auto items = formItems();
    for (const auto &item : items) {
        if (QStringView(item.first).compare(name, Qt::CaseInsensitive) == 0)
            return item.second;
    }
    return fallback;
}

QByteArray SandboxRequest::contentType() const
{
    QByteArray ct = header("content-type");
    const qsizetype semi = ct.indexOf(';');
    if (semi >= 0)
        ct.truncate(semi);
    return ct.trimmed().toLower();
}

} // namespace LeadBridge::Sandbox
