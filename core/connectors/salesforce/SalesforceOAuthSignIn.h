#pragma once

#include "core/net/ApiError.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QOAuth2AuthorizationCodeFlow;
class QOAuthHttpServerReplyHandler;
class QTimer;

namespace LeadBridge {

/// Interactive Salesforce sign-in: OAuth 2.0 authorization code with PKCE (S256) through
/// the system browser and a loopback redirect on 127.0.0.1 (Qt NetworkAuth). Runs on the
/// GUI thread: start() emits authorizeUrl(), the GUI opens it with QDesktopServices, the
/// person approves in the browser, Salesforce redirects to the loopback handler and the code
/// is exchanged for tokens. Reports finished() exactly once per start(): with the refresh
/// token, access token and instance URL, or with an ApiError (refused, cancelled, timed out).
class SalesforceOAuthSignIn : public QObject
{
    Q_OBJECT
public:
    /// What a successful sign-in yields. The refresh token goes to the keychain.
    struct Result
    {
        QString refreshToken;
        QString accessToken;
        QUrl instanceUrl;
        QUrl identityUrl; ///< {loginUrl}/id/{orgId}/{userId}
    };

    explicit SalesforceOAuthSignIn(QObject *parent = nullptr);
    ~SalesforceOAuthSignIn() override;

    /// Loopback port for the redirect (0 = any free port). Salesforce matches the
    /// connected app's callback URL exactly, so a real app registers a fixed one, e.g.
    /// http://127.0.0.1:1717/callback (the default port of this class).
    void setPort(quint16 port) { m_port = port; }
    quint16 port() const { return m_port; }
    /// Path of the redirect ("callback" by default).
    void setCallbackPath(const QString &path) { m_callbackPath = path; }
    /// How long to wait for the person to approve in the browser (default 5 minutes).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    /// Scopes asked for (default "api refresh_token").
    void setScope(const QString &scope) { m_scope = scope; }
    /// The connected app's consumer secret (optional). Needed when the app has "Require
    /// Secret for Web Server Flow" on: then it is sent as client_secret with the code
    /// exchange, next to the PKCE code_verifier. Empty = not sent.
    void setClientSecret(const QString &secret) { m_clientSecret = secret; }
    /// Account label used in error sentences.
    void setAccountLabel(const QString &label) { m_accountLabel = label; }
    /// The redirect URI actually used (valid after start()).
    QUrl redirectUri() const { return m_redirectUri; }
    bool isRunning() const { return m_running; }

    /// Starts a sign-in against @p loginUrl (https://login.salesforce.com,
    /// https://test.salesforce.com, a My Domain URL or the sandbox base URL) for the
    /// connected app @p clientId. A running sign-in is cancelled first.
    void start(const QUrl &loginUrl, const QString &clientId);
    /// Stops waiting; finished() reports Cancelled.
    void cancel();

    /// A PKCE code verifier: 43 characters of base64url from 32 random bytes (RFC 7636).
    static QByteArray makeCodeVerifier();
    /// S256 code challenge of @p verifier: base64url(SHA-256(verifier)) without padding.
    static QByteArray codeChallenge(const QByteArray &verifier);

Q_SIGNALS:
    /// Open this address in the system browser.
    void authorizeUrl(const QUrl &url);
    /// Exactly once per start(). @p error is None on success.
    void finished(
        const LeadBridge::SalesforceOAuthSignIn::Result &result, const LeadBridge::ApiError &error);

private:
    void fail(const ApiError &error);
    void succeed();
    void cleanup();
    void onTokenReply(QNetworkReply *reply);
    QString label() const;

    QNetworkAccessManager *m_nam;
    QPointer<QOAuth2AuthorizationCodeFlow> m_flow;
    QPointer<QOAuthHttpServerReplyHandler> m_handler;
    QTimer *m_timer;
    QUrl m_tokenUrl;
    QUrl m_redirectUri;
    QByteArray m_verifier;
    QString m_scope = QStringLiteral("api refresh_token");
    QString m_callbackPath = QStringLiteral("callback");
    QString m_accountLabel;
    QString m_clientSecret;
    quint16 m_port = 1717;
    int m_timeoutMs = 5 * 60 * 1000;
    bool m_running = false;
};

} // namespace LeadBridge

Q_DECLARE_METATYPE(LeadBridge::SalesforceOAuthSignIn::Result)
