#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

class QHttpServerRequest;

namespace LeadBridge::Sandbox {

/// One HTTP request as an emulator sees it: a plain value, with
/// case-insensitive look-ups for headers and query parameters (several vendor
/// docs disagree on the case, so the emulators accept every plausible form).
class SandboxRequest
{
public:
    SandboxRequest() = default;
    /// Copies what the emulators need out of a Qt HttpServer request.
    static SandboxRequest fromQt(const QHttpServerRequest &request);
    /// The parameters of a URL query as sent on the wire (percent-encoded, '+' for a space),
    /// decoded, in order: how every emulator reads a query.
    static QList<QPair<QString, QString>> decodeQuery(const QByteArray &encoded);

    QByteArray method; ///< upper case: GET, POST, PUT, PATCH, DELETE
    QString path; ///< decoded path, without query
    QUrl url; ///< full URL as received
    QList<QPair<QString, QString>> queryItems; ///< decoded, in order
    QList<QPair<QByteArray, QByteArray>> headers; ///< as received
    QByteArray body;
    QHostAddress peer;
    QHash<QString, QString> pathParams; ///< filled by the router: {name} -> value

    /// Header value by case-insensitive name; empty if absent.
    QByteArray header(QByteArrayView name) const;
    /// Whether a header is present (case-insensitive).
    bool hasHeader(QByteArrayView name) const;
    /// First query value by case-insensitive name; @p fallback if absent.
    QString query(QStringView name, const QString &fallback = {}) const;
    /// All values of a query parameter (case-insensitive name).
    QStringList queryAll(QStringView name) const;
    /// Whether the parameter is present (case-insensitive).
    bool hasQuery(QStringView name) const;
    /// Path parameter captured by the route pattern.
    QString param(const QString &name) const { return pathParams.value(name); }
    /// Body parsed as JSON; sets @p ok.
    QJsonDocument json(bool *ok = nullptr) const;
    /// Body parsed as application/x-www-form-urlencoded, names kept as sent.
    QList<QPair<QString, QString>> formItems() const;
    /// First form value by case-insensitive name.
    QString form(QStringView name, const QString &fallback = {}) const;
    /// Content type without parameters, lower case (e.g. "multipart/form-data").
    QByteArray contentType() const;
};

} // namespace LeadBridge::Sandbox
