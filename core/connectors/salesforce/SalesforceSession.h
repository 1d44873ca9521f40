#pragma once

#include "core/connectors/ConnectorTypes.h"
#include "core/net/ApiResponse.h"
#include "core/net/AuthProvider.h"

#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>

namespace LeadBridge {

class HttpClient;

/// The signed-in state of one Salesforce account and how to (re)gain it: refresh-token
/// grant for OAuth accounts; OAuth password grant for legacy accounts, falling back to the
/// SOAP partner login() when there is no client secret, when the org refuses the password
/// grant as unsupported, or when it answers invalid_grant "authentication failure" (what an
/// org that blocks the username-password flow answers, the same as for a wrong password).
/// Once SOAP worked where the password grant was refused, the session (and, through
/// ConnectionInfo::details "soapLoginFirst", the account setting of that name) goes
/// to SOAP first. Plugs into HttpClient as its AuthProvider, so a 401 INVALID_SESSION_ID
/// leads to exactly one sign-in and one replay.
class SalesforceSession : public QObject, public AuthProvider
{
    Q_OBJECT
public:
    /// How the last sign-in was made (for ConnectionInfo::details).
    enum class Method { None, RefreshToken, OAuthPassword, SoapLogin };

    SalesforceSession(const ConnectorConfig &config, HttpClient *http, QObject *parent = nullptr);

    /// The login host (production, test.salesforce.com, My Domain or the sandbox); an
    /// invalid URL with @p error (a sentence) makes every sign-in fail with it.
    void setLoginUrl(const QUrl &url, const QString &error = {})
    {
        m_loginUrl = url;
        m_loginUrlError = error;
    }
    QUrl loginUrl() const { return m_loginUrl; }
    bool isSignedIn() const { return !m_accessToken.isEmpty(); }
    QUrl instanceUrl() const { return m_instanceUrl; }
    /// {loginUrl}/id/{orgId}/{userId} (OAuth) or built from the SOAP answer.
    QUrl identityUrl() const { return m_identityUrl; }
    QString organizationId() const { return m_orgId; }
    QString userId() const { return m_userId; }
    Method method() const { return m_method; }
    static QString methodName(Method method);
    /// A refresh token Salesforce issued in place of the stored one (empty = unchanged).
    QString rotatedRefreshToken() const { return m_rotatedRefreshToken; }
    /// Whether this session learned that the org refuses the OAuth password grant while
    /// SOAP login() accepts the same password (or the account setting said so already).
    bool passwordGrantBlocked() const { return m_passwordGrantBlocked; }
    /// Number of sign-ins made (first and re-authentications).
    int signIns() const { return m_signIns; }
    /// Forgets the session (the next call signs in again).
    void reset();

    /// Signs in unless already signed in; concurrent callers share one sign-in.
    void ensure(RefreshDone done);

    // AuthProvider
    void applyTo(QNetworkRequest &request) const override;
    void refresh(RefreshDone done) override;

Q_SIGNALS:
    /// Salesforce answered a refresh-token sign-in with a new refresh token
    /// (rotatedRefreshToken()); it replaces the stored one.
    void refreshTokenRotated();

private:
    void signIn();
    void refreshTokenGrant(const QUrl &login);
    void passwordGrant(const QUrl &login);
    void soapLogin(const QUrl &login, bool afterRefusedGrant = false);
    bool acceptToken(const ApiResponse &r, Method method);
    ApiError tokenError(const ApiResponse &r, Method method) const;
    void complete(const ApiError &error);
    QString label() const;

    ConnectorConfig m_config;
    HttpClient *m_http;
    QUrl m_loginUrl;
    QString m_loginUrlError;
    QString m_accessToken;
    QUrl m_instanceUrl;
    QUrl m_identityUrl;
    QString m_orgId;
    QString m_userId;
    QString m_rotatedRefreshToken;
    Method m_method = Method::None;
    int m_signIns = 0;
    bool m_busy = false;
    bool m_passwordGrantBlocked = false;
    QList<RefreshDone> m_waiters;
};

} // namespace LeadBridge
