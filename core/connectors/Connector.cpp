#include "core/connectors/Connector.h"

#include "core/net/ApiRequest.h"
#include "core/net/ApiResponse.h"
#include "core/net/HttpClient.h"
#include "core/net/RateLimiter.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

namespace LeadBridge {

namespace {
QList<RateLimiter::Window> windowsFor(AccountKind kind)
{
    switch (kind) {
    case AccountKind::On24:
        return RateLimiter::on24Windows();
    case AccountKind::ActOn:
        return RateLimiter::actOnWindows();
    case AccountKind::Salesforce:
        return RateLimiter::salesforceWindows();
    case AccountKind::Pipeliner:
        return RateLimiter::pipelinerWindows();
    }
    return {};
}
} // namespace

QString Connector::systemName(AccountKind kind)
{
    switch (kind) {
    case AccountKind::On24:
        return QStringLiteral("ON24");
    case AccountKind::ActOn:
        return QStringLiteral("Act-On");
    case AccountKind::Salesforce:
        return QStringLiteral("Salesforce");
    case AccountKind::Pipeliner:
        return QStringLiteral("Pipeliner");
    }
    return {};
}

Connector::Connector(const ConnectorConfig &config, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_nam(nam)
    , m_http(new HttpClient(nam, this))
    , m_limiter(new RateLimiter(windowsFor(config.account.kind), this))
{
    m_http->setSystemName(systemName(config.account.kind));
    m_http->setAccountLabel(config.account.name);
    m_http->setRateLimiter(m_limiter);
}

QString Connector::describeAccount(const QString &unnamedLabel, ApiError::Credential credential,
    std::function<void(const ApiResponse &answer, ApiError &error)> classify)
{
    const QString label = m_config.account.name.isEmpty() ? unnamedLabel : m_config.account.name;
    m_http->setAccountLabel(label);
    m_http->setCredentialKind(credential);
    m_http->setErrorClassifier(std::move(classify));
    return label;
}

QString Connector::baseUrlSetting() const
{
    return m_config.account.settings.value(QStringLiteral("baseUrl")).toString().trimmed();
}

QUrl Connector::apiRoot(const QString &base, const std::function<QString(QString path)> &trimPath,
    const QString &apiPath, QString *error)
{
    QUrl url = checkedBaseUrl(base, error);
    if (url.isValid())
        url.setPath(trimPath(url.path()) + apiPath);
    return url;
}

Connector::~Connector()
{
    // Jobs reference the limiter; stop them while both still exist.
    m_http->abortAll();
}

void Connector::abort()
{
    ++m_generation;
    m_http->abortAll();
}

ApiError Connector::cancelledError(const QString &technical) const
{
    return ApiError(ApiError::Kind::Cancelled,
        ApiError::sentence(ApiError::Kind::Cancelled, m_http->systemName(), m_http->accountLabel()),
        technical);
}

void Connector::failSoon(const std::function<void()> &report)
{
    QMetaObject::invokeMethod(this, report, Qt::QueuedConnection);
}

void Connector::sendForObject(const ApiRequest &request, JsonDone done)
{
    m_http->send(request, this, [this, done = std::move(done)](const ApiResponse &r) {
        if (!r.ok()) {
            done({}, r.error);
            return;
        }
        if (!r.json.isObject()) {
            ApiError e(ApiError::Kind::Malformed,
                ApiError::sentence(
                    ApiError::Kind::Malformed, m_http->systemName(), m_http->accountLabel()),
                QStringLiteral("HTTP %1: expected a JSON object, got %2")
                    .arg(r.status)
                    .arg(QString::fromUtf8(r.body.left(200))));
            e.setHttpStatus(r.status);
            done({}, e);
            return;
        }
        done(r.json.object(), ApiError());
    });
}

QUrl Connector::urlUnder(const QUrl &root, const QString &path, const QUrlQuery &query)
{
    QUrl u = root;
    u.setPath(root.path() + path);
    if (!query.isEmpty())
        u.setQuery(query);
    return u;
}

bool Connector::configOk(ApiError *error) const
{
    if (m_configError.isEmpty())
        return true;
    *error = ApiError(ApiError::Kind::Validation, m_configError,
        QStringLiteral("%1 account settings incomplete").arg(m_http->systemName()));
    return false;
}

bool Connector::settingsReady(const std::function<void(const ApiError &error)> &fail)
{
    ApiError error;
    if (configOk(&error))
        return true;
    failSoon([fail, error] { fail(error); });
    return false;
}

QUrl Connector::checkedBaseUrl(const QString &url, QString *error)
{
    QUrl u(url.trimmed());
    if (!u.isValid() || u.host().isEmpty()
        || (u.scheme() != QLatin1String("https") && u.scheme() != QLatin1String("http"))) {
        if (error)
            *error = tr("“%1” is not a web address. Enter it as https://host.example.com.").arg(url);
        return {};
    }
    if (u.scheme() == QLatin1String("http")) {
        const QHostAddress host(u.host() == QLatin1String("localhost")
                                    ? QStringLiteral("127.0.0.1")
                                    : u.host());
        if (!host.isLoopback()) {
            if (error)
                *error = tr("LeadBridge only connects to %1 over an encrypted connection. Use an "
                            "https:// address.")
                             .arg(u.host());
            return {};
        }
    }
    while (u.path().endsWith(QLatin1Char('/')))
        u.setPath(u.path().chopped(1));
    return u;
}

} // namespace LeadBridge
