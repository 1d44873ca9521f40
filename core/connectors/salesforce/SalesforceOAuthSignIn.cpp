#include "core/connectors/salesforce/SalesforceOAuthSignIn.h"

#include "core/net/BoundedNetworkAccessManager.h"
#include "core/util/LogCategories.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>

namespace LeadBridge {

namespace {
const QString kSystem = QStringLiteral("Salesforce");
/// A token answer is a few hundred bytes; anything near this is not one.
constexpr qint64 kTokenAnswerCap = 1024 * 1024;

QString hostLabel(const QUrl &url)
{
    return url.port() >= 0 ? url.host() + u':' + QString::number(url.port()) : url.host();
}
}

SalesforceOAuthSignIn::SalesforceOAuthSignIn(QObject *parent)
    : QObject(parent)
    , m_nam(new BoundedNetworkAccessManager(kTokenAnswerCap, this))
    , m_timer(new QTimer(this))
{
    qRegisterMetaType<LeadBridge::SalesforceOAuthSignIn::Result>();
    qRegisterMetaType<LeadBridge::ApiError>();
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        fail(ApiError(ApiError::Kind::Timeout,
            tr("The Salesforce sign-in for %1 was not completed within %2. Start it again and "
               "approve LeadBridge in the browser window that opens.")
                .arg(label(), ApiError::humanDuration(m_timeoutMs)),
            QStringLiteral("OAuth authorization code flow: no redirect within %1 ms")
                .arg(m_timeoutMs)));
    });
    // HTTP errors of the token call are not reported by Qt NetworkAuth 6.4 (its reply
    // handler only warns), so the answer is inspected here.
    connect(m_nam, &QNetworkAccessManager::finished, this, &SalesforceOAuthSignIn::onTokenReply);
}

SalesforceOAuthSignIn::~SalesforceOAuthSignIn()
{
    m_running = false;
    cleanup();
}

QString SalesforceOAuthSignIn::label() const
{
    return m_accountLabel.isEmpty() ? tr("this account") : m_accountLabel;
}

QByteArray SalesforceOAuthSignIn::makeCodeVerifier()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(
        reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / int(sizeof(quint32)));
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray SalesforceOAuthSignIn::codeChallenge(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

void SalesforceOAuthSignIn::start(const QUrl &loginUrl, const QString &clientId)
{
    if (m_running)
        cancel();
    m_running = true;

    QUrl base = loginUrl;
    while (base.path().endsWith(QLatin1Char('/')))
        base.setPath(base.path().chopped(1));
    QUrl authorize = base;
    authorize.setPath(base.path() + QStringLiteral("/services/oauth2/authorize"));
    m_tokenUrl = base;
    m_tokenUrl.setPath(base.path() + QStringLiteral("/services/oauth2/token"));

    m_handler = new QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, m_port, this);
    if (!m_handler->isListening()) {
        fail(ApiError(ApiError::Kind::Network,
            tr("LeadBridge could not open the local sign-in port %1 for Salesforce. Close the "
               "program using it (or another LeadBridge window), then try again.")
                .arg(m_port),
            QStringLiteral("QOAuthHttpServerReplyHandler could not listen on 127.0.0.1:%1")
                .arg(m_port)));
        return;
    }
    m_handler->setCallbackPath(m_callbackPath);
    m_handler->setCallbackText(tr("LeadBridge is signed in to Salesforce. You can close this "
                                  "browser tab and return to LeadBridge."));
    m_redirectUri = QUrl(m_handler->callback());

    m_flow = new QOAuth2AuthorizationCodeFlow(this);
    m_flow->setNetworkAccessManager(m_nam);
    m_flow->setAuthorizationUrl(authorize);
    m_flow->setAccessTokenUrl(m_tokenUrl);
    m_flow->setClientIdentifier(clientId);
    m_flow->setScope(m_scope);
    m_flow->setReplyHandler(m_handler);

    m_verifier = makeCodeVerifier();
    const QByteArray challenge = codeChallenge(m_verifier);
    m_flow->setModifyParametersFunction([this, challenge](QAbstractOAuth::Stage stage,
                                            QMultiMap<QString, QVariant> *params) {
        switch (stage) {
        case QAbstractOAuth::Stage::RequestingAuthorization:
            params->replace(QStringLiteral("code_challenge"), QString::fromLatin1(challenge));
            params->replace(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
            break;
        case QAbstractOAuth::Stage::RequestingAccessToken: {
            params->replace(QStringLiteral("code_verifier"), QString::fromLatin1(m_verifier));
            // "Require Secret for Web Server Flow" wants the secret even with PKCE.
            if (!m_clientSecret.isEmpty())
                params->replace(QStringLiteral("client_secret"), m_clientSecret);
            // Qt 6.4 percent-encodes the code once more before building the form body;
            // Salesforce codes end in "==", so hand it over decoded exactly once.
            const QString code = params->value(QStringLiteral("code")).toString();
            if (code.contains(QLatin1Char('%')))
                params->replace(QStringLiteral("code"), QUrl::fromPercentEncoding(code.toUtf8()));
            break;
        }
        default:
            break;
        }
    });

    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, [this](const QUrl &url) {
        qCInfo(lcConnectors) << "Salesforce sign-in: waiting for approval in the browser";
        Q_EMIT authorizeUrl(url);
    });
    connect(m_flow, &QAbstractOAuth2::authorizationCallbackReceived, this,
        [this](const QVariantMap &data) {
            // Anything on this machine can load the loopback callback: only a redirect that
            // carries this sign-in's state may end it (Qt checks the state of successful
            // redirects itself, but hands on errors unchecked).
            const QString state = QUrl::fromPercentEncoding(
                data.value(QStringLiteral("state")).toString().toUtf8());
            if (!m_flow || state.isEmpty() || state != m_flow->state()) {
                qCWarning(lcConnectors)
                    << "Salesforce sign-in: ignored a callback whose state does not match this "
                       "sign-in"
                    << (data.contains(QStringLiteral("error")) ? "(with an error)" : "");
                return;
            }
            const QString error = data.value(QStringLiteral("error")).toString();
            if (error.isEmpty())
                return;
            const QString description = QUrl::fromPercentEncoding(
                data.value(QStringLiteral("error_description")).toString().toUtf8());
            const bool denied = error == QLatin1String("access_denied");
            ApiError e(ApiError::Kind::Auth,
                denied ? tr("The Salesforce sign-in for %1 was declined in the browser. Start it "
                            "again and choose Allow.")
                             .arg(label())
                       : tr("Salesforce did not complete the sign-in for %1 (%2). Check the "
                            "connected app's callback URL and OAuth settings, then try again.")
                             .arg(label(), description.isEmpty() ? error : description),
                QStringLiteral("authorize redirect: error=%1 %2").arg(error, description));
            e.setVendorCode(error);
            e.setVendorMessage(description);
            fail(e);
        });
    connect(m_flow, &QAbstractOAuth::granted, this, &SalesforceOAuthSignIn::succeed);

    m_timer->start(m_timeoutMs);
    m_flow->grant();
}

void SalesforceOAuthSignIn::onTokenReply(QNetworkReply *reply)
{
    if (!m_running || reply->url().adjusted(QUrl::RemoveQuery) != m_tokenUrl)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300 && status < 400) {
        // Never followed (BoundedNetworkAccessManager): the code and verifier stay here.
        const QUrl target = m_tokenUrl.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
        ApiError e(ApiError::Kind::Permission,
            ApiError::redirectRefused(kSystem, hostLabel(m_tokenUrl), hostLabel(target)),
            QStringLiteral("token exchange: HTTP %1 redirect to %2 refused")
                .arg(status)
                .arg(target.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
        e.setHttpStatus(status);
        fail(e);
        return;
    }
    if (BoundedNetworkAccessManager::wasOverCap(reply)) {
        ApiError e(ApiError::Kind::Malformed,
            ApiError::answerTooLarge(kSystem, label(), kTokenAnswerCap),
            QStringLiteral("token exchange: answer over the %1-byte cap").arg(kTokenAnswerCap));
        e.setHttpStatus(status);
        fail(e);
        return;
    }
    if (reply->error() == QNetworkReply::NoError)
        return; // the flow reads it and emits granted()
    const QByteArray body = reply->readAll();
    const QJsonObject obj = QJsonDocument::fromJson(body).object();
    const QString code = obj.value(QStringLiteral("error")).toString();
    const QString description = obj.value(QStringLiteral("error_description")).toString();
    const QString detail = QStringLiteral("token exchange: HTTP %1 [%2] %3 (%4)")
                               .arg(status)
                               .arg(code, description, reply->errorString());
    ApiError e;
    if (status == 0) {
        e = ApiError(ApiError::Kind::Network,
            ApiError::sentence(ApiError::Kind::Network, kSystem, label()), detail);
    } else if (status >= 500) {
        e = ApiError(ApiError::Kind::Server,
            ApiError::sentence(ApiError::Kind::Server, kSystem, label()), detail);
    } else if (code == QLatin1String("invalid_client_id")) {
        e = ApiError(ApiError::Kind::Auth,
            tr("Salesforce does not know the connected app (consumer key) entered for %1. Check "
               "the consumer key in Accounts → Salesforce.")
                .arg(label()),
            detail);
    } else if (code == QLatin1String("invalid_client") && m_clientSecret.isEmpty()) {
        // The browser approved the app, so the consumer key is known: the app wants its
        // secret ("Require Secret for Web Server Flow").
        e = ApiError(ApiError::Kind::Auth,
            tr("Salesforce wants the connected app's consumer secret to finish the sign-in for "
               "%1 (the app has “Require Secret for Web Server Flow” turned on). Enter the "
               "consumer secret, then sign in again — or ask your Salesforce admin to turn that "
               "setting off.")
                .arg(label()),
            detail);
    } else if (code == QLatin1String("invalid_client")) {
        e = ApiError(ApiError::Kind::Auth,
            tr("Salesforce rejected the consumer secret entered for %1. Copy it again from the "
               "connected app (Setup → App Manager → your app → View → Manage Consumer "
               "Details), then sign in again.")
                .arg(label()),
            detail);
    } else {
        e = ApiError(ApiError::Kind::Auth,
            tr("Salesforce refused the sign-in for %1 (%2). Start the sign-in again; if it keeps "
               "failing, check the connected app's callback URL %3.")
                .arg(label(), description.isEmpty() ? code : description, m_redirectUri.toString()),
            detail);
    }
    e.setHttpStatus(status);
    e.setVendorCode(code);
    e.setVendorMessage(description);
    fail(e);
}

void SalesforceOAuthSignIn::succeed()
{
    if (!m_running || !m_flow)
        return;
    Result r;
    r.accessToken = m_flow->token();
    r.refreshToken = m_flow->refreshToken();
    const QVariantMap extra = m_flow->extraTokens();
    r.instanceUrl = QUrl(extra.value(QStringLiteral("instance_url")).toString());
    r.identityUrl = QUrl(extra.value(QStringLiteral("id")).toString());
    if (r.accessToken.isEmpty() || !r.instanceUrl.isValid() || r.instanceUrl.host().isEmpty()) {
        fail(ApiError(ApiError::Kind::Malformed,
            ApiError::sentence(ApiError::Kind::Malformed, kSystem, label()),
            QStringLiteral("token answer lacks access_token or instance_url (keys: %1)")
                .arg(extra.keys().join(QLatin1Char(',')))));
        return;
    }
    if (r.refreshToken.isEmpty()) {
        fail(ApiError(ApiError::Kind::Permission,
            tr("Salesforce signed %1 in but gave no refresh token, so LeadBridge could not stay "
               "signed in. In the connected app, allow the scope “Perform requests at any time "
               "(refresh_token, offline_access)”, then sign in again.")
                .arg(label()),
            QStringLiteral("token answer without refresh_token")));
        return;
    }
    m_running = false;
    cleanup();
    qCInfo(lcConnectors) << "Salesforce sign-in completed for" << r.instanceUrl.host();
    Q_EMIT finished(r, ApiError());
}

void SalesforceOAuthSignIn::cancel()
{
    if (!m_running)
        return;
    fail(ApiError(ApiError::Kind::Cancelled,
        tr("The Salesforce sign-in for %1 was cancelled.").arg(label()),
        QStringLiteral("OAuth authorization code flow cancelled")));
}

void SalesforceOAuthSignIn::fail(const ApiError &error)
{
    if (!m_running)
        return;
    m_running = false;
    cleanup();
    qCWarning(lcConnectors).noquote() << "Salesforce sign-in failed:" << error.toLogString();
    Q_EMIT finished(Result(), error);
}

void SalesforceOAuthSignIn::cleanup()
{
    m_timer->stop();
    if (m_flow) {
        m_flow->disconnect(this);
        m_flow->deleteLater();
    }
    if (m_handler) {
        m_handler->close();
        m_handler->deleteLater();
    }
    m_flow = nullptr;
    m_handler = nullptr;
    m_verifier.clear();
}

} // namespace LeadBridge
