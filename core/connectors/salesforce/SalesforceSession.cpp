#include "core/connectors/salesforce/SalesforceSession.h"

#include "core/connectors/Connector.h"
#include "core/net/HttpClient.h"
#include "core/util/LogCategories.h"

#include <QJsonObject>
#include <QXmlStreamReader>

namespace LeadBridge {

namespace {
const QString kSystem = QStringLiteral("Salesforce");
// SOAP login() is not offered in API 65.0 and later and is supported in 62.0-64.0 until its
// retirement in Summer '27 (SOAP API End-of-Life Policy; help article 005132110). 62.0 is
// the version the reference describes.
const QString kSoapVersion = QStringLiteral("62.0");
/// Account setting: the org refuses the OAuth password grant, SOAP login() comes first.
const QString kSoapLoginFirst = QStringLiteral("soapLoginFirst");

QString xmlEscape(const QString &s)
{
    return s.toHtmlEscaped();
}

/// Text of the first element named @p name (any namespace prefix).
QHash<QString, QString> soapFields(const QByteArray &xml, const QStringList &names)
{
    QHash<QString, QString> out;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QString name = reader.name().toString();
        if (names.contains(name) && !out.contains(name))
            out.insert(name, reader.readElementText(QXmlStreamReader::SkipChildElements));
    }
    return out;
}
} // namespace

SalesforceSession::SalesforceSession(
    const ConnectorConfig &config, HttpClient *http, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_http(http)
{ }

QString SalesforceSession::label() const
{
    return m_config.account.name;
}

QString SalesforceSession::methodName(Method method)
{
    switch (method) {
    case Method::None:
        return QString();
    case Method::RefreshToken:
        return QStringLiteral("oauth-refresh-token");
    case Method::OAuthPassword:
        return QStringLiteral("oauth-password");
    case Method::SoapLogin:
        return QStringLiteral("soap-login");
    }
    return QString();
}

void SalesforceSession::reset()
{
    m_accessToken.clear();
}

void SalesforceSession::applyTo(QNetworkRequest &request) const
{
    if (!m_accessToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_accessToken.toUtf8());
}

void SalesforceSession::ensure(RefreshDone done)
{
    if (isSignedIn()) {
        // Callbacks always come from the event loop, never inside this call.
        QMetaObject::invokeMethod(
            this, [done = std::move(done)] { done(ApiError()); }, Qt::QueuedConnection);
        return;
    }
    refresh(std::move(done));
}

void SalesforceSession::refresh(RefreshDone done)
{
    m_waiters.append(std::move(done));
    if (m_busy)
        return;
    m_busy = true;
    m_accessToken.clear();
    signIn();
}

void SalesforceSession::complete(const ApiError &error)
{
    m_busy = false;
    if (!error.isError())
        ++m_signIns;
    const auto waiters = std::exchange(m_waiters, {});
    for (const auto &w : waiters)
        w(error);
}

void SalesforceSession::signIn()
{
    const QUrl login = m_loginUrl;
    if (!login.isValid()) {
        complete(ApiError(ApiError::Kind::Validation,
            m_loginUrlError.isEmpty()
                ? tr("The Salesforce login address of %1 is missing.").arg(label())
                : m_loginUrlError,
            QStringLiteral("bad login URL")));
        return;
    }
    const QString method = m_config.account.settings.value(QStringLiteral("authMethod")).toString();
    const CredentialBundle &c = m_config.credentials;
    const bool oauth = method == QLatin1String("oauth")
        || (method.isEmpty() && c.has(QStringLiteral("refreshToken")));
    if (oauth) {
        if (!c.has(QStringLiteral("refreshToken")) && m_rotatedRefreshToken.isEmpty()) {
            complete(ApiError(ApiError::Kind::Auth,
                tr("LeadBridge is not signed in to Salesforce for %1. Open Accounts → Salesforce "
                   "and choose Sign in.")
                    .arg(label()),
                QStringLiteral("authMethod oauth without a refresh token")));
            return;
        }
        refreshTokenGrant(login);
        return;
    }
    if (m_config.account.settings.value(QStringLiteral("username")).toString().isEmpty()
        || !c.has(QStringLiteral("password"))) {
        complete(ApiError(ApiError::Kind::Auth,
            tr("The Salesforce account %1 has no user name or password. Enter them in Accounts → "
               "Salesforce.")
                .arg(label()),
            QStringLiteral("password login without username/password")));
        return;
    }
    if (m_config.account.settings.value(kSoapLoginFirst).toBool())
        m_passwordGrantBlocked = true;
    if (m_passwordGrantBlocked) {
        soapLogin(login); // learned earlier: the org refuses the password grant
        return;
    }
    if (c.has(QStringLiteral("clientSecret"))
        && !m_config.account.settings.value(QStringLiteral("clientId")).toString().isEmpty())
        passwordGrant(login);
    else
        soapLogin(login);
}

void SalesforceSession::refreshTokenGrant(const QUrl &login)
{
    QUrl url = login;
    url.setPath(login.path() + QStringLiteral("/services/oauth2/token"));
    const CredentialBundle &c = m_config.credentials;
    QList<QPair<QString, QString>> form {
        { QStringLiteral("grant_type"), QStringLiteral("refresh_token") },
        { QStringLiteral("refresh_token"),
            m_rotatedRefreshToken.isEmpty() ? c.text(QStringLiteral("refreshToken"))
                                            : m_rotatedRefreshToken },
        { QStringLiteral("client_id"),
            m_config.account.settings.value(QStringLiteral("clientId")).toString() },
    };
    if (c.has(QStringLiteral("clientSecret")))
        form.append({ QStringLiteral("client_secret"), c.text(QStringLiteral("clientSecret")) });
    ApiRequest req = ApiRequest::form(url, form);
    req.useAuth = false;
    req.operation = QStringLiteral("refresh-token sign-in");
    m_http->send(req, this, [this](const ApiResponse &r) {
        if (!r.ok()) {
            complete(tokenError(r, Method::RefreshToken));
            return;
        }
        const QString rotated = r.json.object().value(QStringLiteral("refresh_token")).toString();
        const QString previous = m_rotatedRefreshToken.isEmpty()
            ? m_config.credentials.text(QStringLiteral("refreshToken"))
            : m_rotatedRefreshToken;
        const bool changed = !rotated.isEmpty() && rotated != previous;
        if (changed)
            m_rotatedRefreshToken = rotated;
        if (acceptToken(r, Method::RefreshToken)) {
            if (changed)
                Q_EMIT refreshTokenRotated();
            complete(ApiError());
        }
    });
}

void SalesforceSession::passwordGrant(const QUrl &login)
{
    QUrl url = login;
    url.setPath(login.path() + QStringLiteral("/services/oauth2/token"));
    const CredentialBundle &c = m_config.credentials;
    ApiRequest req = ApiRequest::form(url,
        {
            { QStringLiteral("grant_type"), QStringLiteral("password") },
            { QStringLiteral("username"),
                m_config.account.settings.value(QStringLiteral("username")).toString() },
            { QStringLiteral("password"),
                c.text(QStringLiteral("password")) + c.text(QStringLiteral("securityToken")) },
            { QStringLiteral("client_id"),
                m_config.account.settings.value(QStringLiteral("clientId")).toString() },
            { QStringLiteral("client_secret"), c.text(QStringLiteral("clientSecret")) },
        });
    req.useAuth = false;
    req.operation = QStringLiteral("password sign-in");
    m_http->send(req, this, [this, login](const ApiResponse &r) {
        if (!r.ok()) {
            const QString code = r.error.vendorCode();
            if (r.error.httpStatus() == 400 && code == QLatin1String("unsupported_grant_type")) {
                qCInfo(lcConnectors) << "Salesforce refused the OAuth password grant; using SOAP "
                                        "login() for"
                                     << label();
                soapLogin(login);
                return;
            }
            // Orgs that block the username-password flow (default for orgs created since
            // Summer '23) answer exactly as for a wrong password; Login History alone says
            // "Username-Password Flow Disabled". SOAP login() tells the two apart: once.
            if (r.error.httpStatus() == 400 && code == QLatin1String("invalid_grant")
                && r.error.vendorMessage().trimmed().compare(
                       QLatin1String("authentication failure"), Qt::CaseInsensitive)
                    == 0) {
                qCInfo(lcConnectors) << "Salesforce refused the OAuth password grant with "
                                        "\"authentication failure\"; trying SOAP login() for"
                                     << label();
                soapLogin(login, true);
                return;
            }
            complete(tokenError(r, Method::OAuthPassword));
            return;
        }
        if (acceptToken(r, Method::OAuthPassword))
            complete(ApiError());
    });
}

bool SalesforceSession::acceptToken(const ApiResponse &r, Method method)
{
    const QJsonObject o = r.json.object();
    const QString token = o.value(QStringLiteral("access_token")).toString();
    const QUrl instance(o.value(QStringLiteral("instance_url")).toString());
    const QUrl id(o.value(QStringLiteral("id")).toString());
    if (token.isEmpty() || !instance.isValid() || instance.host().isEmpty()) {
        complete(ApiError(ApiError::Kind::Malformed,
            ApiError::sentence(ApiError::Kind::Malformed, kSystem, label()),
            QStringLiteral("token answer lacks access_token or instance_url")));
        return false;
    }
    m_accessToken = token;
    m_instanceUrl = instance.adjusted(QUrl::StripTrailingSlash);
    m_identityUrl = id;
    const QStringList parts = id.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() >= 2) {
        m_orgId = parts.at(parts.size() - 2);
        m_userId = parts.last();
    }
    m_method = method;
    qCInfo(lcConnectors) << "Salesforce signed in" << label() << "via" << methodName(method)
                         << "instance" << m_instanceUrl.host();
    return true;
}

ApiError SalesforceSession::tokenError(const ApiResponse &r, Method method) const
{
    ApiError e = r.error;
    const QString code = e.vendorCode();
    if (e.httpStatus() != 400 && e.httpStatus() != 401)
        return e; // network, server, quota: say that, not "wrong password"
    e.setKind(ApiError::Kind::Auth).setRetryable(false);
    if (code == QLatin1String("invalid_client_id")) {
        e.setUserMessage(tr("Salesforce does not know the connected app (consumer key) entered "
                            "for %1. Check the consumer key in Accounts → Salesforce.")
                             .arg(label()));
    } else if (code == QLatin1String("invalid_client") && method == Method::RefreshToken
        && !m_config.credentials.has(QStringLiteral("clientSecret"))) {
        // No secret was sent: the connected app has "Require Secret for Refresh Token Flow".
        e.setUserMessage(tr("Salesforce wants the connected app's consumer secret to keep %1 "
                            "signed in (the app has “Require Secret for Refresh Token Flow” "
                            "turned on). Enter the consumer secret in Accounts → Salesforce, or "
                            "ask your Salesforce admin to turn that setting off.")
                             .arg(label()));
    } else if (code == QLatin1String("invalid_client")) {
        e.setUserMessage(tr("Salesforce rejected the connected app's consumer secret for %1. "
                            "Check it in Accounts → Salesforce.")
                             .arg(label()));
    } else if (method == Method::RefreshToken) {
        e.setUserMessage(tr("Salesforce no longer accepts LeadBridge's sign-in for %1 (it may "
                            "have been revoked or expired). Open Accounts → Salesforce and sign "
                            "in again.")
                             .arg(label()));
    } else if (code == QLatin1String("unsupported_grant_type")) {
        e.setUserMessage(tr("Salesforce does not allow password sign-in for %1. Use “Sign in "
                            "with Salesforce” in Accounts → Salesforce instead.")
                             .arg(label()));
    } else {
        e.setUserMessage(
            ApiError::credentialsRejected(kSystem, label(), ApiError::Credential::Password) + u' '
            + tr("Salesforce needs the password followed by the user's security token unless "
                 "LeadBridge's address is trusted by the org."));
    }
    return e;
}

void SalesforceSession::soapLogin(const QUrl &login, bool afterRefusedGrant)
{
    QUrl url = login;
    url.setPath(login.path() + QStringLiteral("/services/Soap/u/") + kSoapVersion);
    const CredentialBundle &c = m_config.credentials;
    const QString envelope
        = QStringLiteral(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
            "<se:Envelope xmlns:se=\"http://schemas.xmlsoap.org/soap/envelope/\"><se:Header/>"
            "<se:Body><login xmlns=\"urn:partner.soap.sforce.com\"><username>%1</username>"
            "<password>%2</password></login></se:Body></se:Envelope>")
              .arg(
                  xmlEscape(m_config.account.settings.value(QStringLiteral("username")).toString()),
                  xmlEscape(c.text(QStringLiteral("password"))
                      + c.text(QStringLiteral("securityToken"))));
    ApiRequest req(QByteArrayLiteral("POST"), url);
    req.setHeader("Content-Type", "text/xml; charset=UTF-8");
    req.setHeader("SOAPAction", "login");
    req.body = envelope.toUtf8();
    req.expectJson = false;
    req.useAuth = false;
    req.operation = QStringLiteral("SOAP login");
    m_http->send(req, this, [this, login, afterRefusedGrant](const ApiResponse &r) {
        const auto f = soapFields(r.body,
            { QStringLiteral("serverUrl"), QStringLiteral("sessionId"), QStringLiteral("userId"),
                QStringLiteral("organizationId"), QStringLiteral("passwordExpired"),
                QStringLiteral("faultcode"), QStringLiteral("faultstring"),
                QStringLiteral("exceptionCode") });
        if (!r.ok()) {
            ApiError e = r.error;
            QString code = f.value(QStringLiteral("exceptionCode"));
            if (code.isEmpty())
                code = f.value(QStringLiteral("faultcode")).section(QLatin1Char(':'), -1);
            if (!code.isEmpty()) {
                e.setVendorCode(code);
                e.setVendorMessage(f.value(QStringLiteral("faultstring")));
            }
            if (code == QLatin1String("INVALID_LOGIN")
                || code == QLatin1String("LOGIN_MUST_USE_SECURITY_TOKEN")) {
                e.setKind(ApiError::Kind::Auth).setRetryable(false);
                QString sentence = ApiError::credentialsRejected(
                    kSystem, label(), ApiError::Credential::Password);
                if (code == QLatin1String("LOGIN_MUST_USE_SECURITY_TOKEN"))
                    sentence += u' '
                        + tr("Salesforce wants the user's security token as well: enter it in "
                             "Accounts → Salesforce.");
                else if (afterRefusedGrant)
                    sentence = tr("Salesforce refused the password for %1 with both sign-in "
                                  "methods LeadBridge tried (OAuth and SOAP). Check the password "
                                  "and security token in Accounts → Salesforce. If they are "
                                  "right, the org probably blocks password sign-in (its Login "
                                  "History shows “Username-Password Flow Disabled”): choose "
                                  "“In the browser” in Accounts → Salesforce and sign in there.")
                                   .arg(label());
                else
                    sentence += u' '
                        + tr("Salesforce needs the password followed by the user's security "
                             "token unless LeadBridge's address is trusted by the org.");
                e.setUserMessage(sentence);
            }
            complete(e);
            return;
        }
        if (f.value(QStringLiteral("passwordExpired")) == QLatin1String("true")) {
            complete(ApiError(ApiError::Kind::Auth,
                tr("The Salesforce password for %1 has expired. Set a new one in Salesforce, "
                   "then enter it (and the new security token) in Accounts → Salesforce.")
                    .arg(label()),
                QStringLiteral("SOAP login: passwordExpired=true")));
            return;
        }
        const QUrl server(f.value(QStringLiteral("serverUrl")));
        const QString session = f.value(QStringLiteral("sessionId"));
        if (!server.isValid() || server.host().isEmpty() || session.isEmpty()
            || f.value(QStringLiteral("userId")).isEmpty()
            || f.value(QStringLiteral("organizationId")).isEmpty()) {
            complete(ApiError(ApiError::Kind::Malformed,
                ApiError::sentence(ApiError::Kind::Malformed, kSystem, label()),
                QStringLiteral("SOAP login answer lacks serverUrl/sessionId/userId/"
                               "organizationId (%1 bytes)")
                    .arg(r.body.size())));
            return;
        }
        m_accessToken = session;
        QUrl instance = server;
        instance.setPath(QString());
        instance.setQuery(QString());
        m_instanceUrl = instance;
        m_orgId = f.value(QStringLiteral("organizationId"));
        m_userId = f.value(QStringLiteral("userId"));
        m_identityUrl = login;
        m_identityUrl.setPath(login.path() + QStringLiteral("/id/%1/%2").arg(m_orgId, m_userId));
        m_method = Method::SoapLogin;
        if (afterRefusedGrant) {
            m_passwordGrantBlocked = true;
            qCInfo(lcConnectors) << "Salesforce accepted SOAP login() where the OAuth password "
                                    "grant was refused: the org blocks the username-password "
                                    "flow; SOAP comes first from now on for"
                                 << label();
        }
        qCInfo(lcConnectors) << "Salesforce signed in" << label() << "via SOAP login(), instance"
                             << m_instanceUrl.host();
        complete(ApiError());
    });
}

} // namespace LeadBridge
