#include "core/connectors/Connector.h"

#include "core/net/HttpClient.h"
#include "core/net/RateLimiter.h"

#include <QHostAddress>
#include <QUrl>

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

QString systemName(AccountKind kind)
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
} // namespace

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

Connector::~Connector()
{
    // Jobs reference the limiter; stop them while both still exist.
    m_http->abortAll();
}

void Connector::abort()
{
    m_http->abortAll();
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
