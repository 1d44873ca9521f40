#pragma once

#include "core/connectors/ConnectorTypes.h"
#include "core/net/ApiError.h"
#include "core/net/AuthProvider.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace LeadBridge {

class HttpClient;
class ApiResponse;

/// Act-On OAuth2 sign-in for one account (reference §2.2): password grant, refresh grant
/// before the access token runs out, a new password grant when the refresh token is gone
/// or rejected. Act-On allows 5 authentication calls per hour, so tokens are reused for as
/// long as they last, also across connector instances of the same account in this process
/// (an in-memory cache keyed by host, user, client and a hash of the secrets). Every /token
/// call made from this process is logged per user; a call that would be the 6th within an
/// hour is not made and ends in a QuotaExhausted error with a plain sentence instead.
///
/// Act-On rotates the refresh token on every grant; tokensChanged() reports every grant so
/// the access token, its expiry and the new refresh token can be kept in the keychain and
/// used by the next process (a cron run) instead of another password sign-in.
class ActOnSession : public QObject, public AuthProvider
{
    Q_OBJECT
public:
    /// What the account page stores (Connector.h: settings username, clientId, baseUrl;
    /// secrets password, clientSecret, refreshToken).
    struct Credentials
    {
        QUrl baseUrl; ///< without trailing slash; /token and /api/1 hang off it
        QString username;
        QString password;
        QString clientId;
        QString clientSecret;
        QString refreshToken; ///< optional, from an earlier grant
        QString accessToken; ///< optional, from an earlier grant (used while it lasts)
        QDateTime accessTokenExpiry; ///< when accessToken runs out (UTC); invalid = unknown
    };

    /// Authentication calls Act-On allows per hour.
    static constexpr int kAuthCallsPerHour = 5;

    ActOnSession(
        const Credentials &credentials, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~ActOnSession() override;

    /// Adds "Authorization: Bearer <access token>".
    void applyTo(QNetworkRequest &request) const override;
    /// After a 401: the access token was refused; renew it (refresh grant, else password).
    void refresh(RefreshDone done) override;
    /// Makes sure a usable access token exists: the current one while it has more than a
    /// tenth of its lifetime (at most a minute) left, else a refresh or password grant.
    /// @p done runs once; synchronously when the token is still good.
    void ensureToken(RefreshDone done);
    /// Cancels a grant in flight (waiters get Cancelled).
    void abort();

    bool hasAccessToken() const { return !m_access.isEmpty(); }
    /// The current refresh token (rotated by every grant); empty when none is known.
    QString refreshToken() const { return m_refresh; }
    /// When the access token runs out (UTC); invalid without one.
    QDateTime accessTokenExpiry() const;
    /// /token calls made by this session.
    int authCallsMade() const { return m_authCalls; }
    /// The client used for /token calls (its stats count the auth calls sent).
    HttpClient *authHttp() const { return m_authHttp; }

    /// /token calls this process made for @p username at @p baseUrl within the last hour.
    static int authCallsLastHour(const QUrl &baseUrl, const QString &username);
    /// Forgets every cached token and the auth-call log (tests: "the app restarted").
    static void clearProcessCache();

    /// The access token, its expiry and the refresh token as secrets ("accessToken",
    /// "accessTokenExpiry" as ISO 8601 UTC, "refreshToken"); empty ones are left out.
    CredentialBundle tokenBundle() const;

Q_SIGNALS:
    /// A grant succeeded: new access token, and usually a rotated refresh token
    /// (tokenBundle() has them).
    void tokensChanged();

private:
    enum class Grant { Password, Refresh };

    void startGrant();
    void sendGrant(Grant grant);
    void grantFinished(Grant grant, const ApiResponse &response);
    void finishWaiters(const ApiError &error);
    void finishWaitersLater(const ApiError &error);
    ApiError grantError(Grant grant, const ApiResponse &response) const;
    QString tokenKey() const;
    QString authKey() const;
    void storeInCache() const;

    Credentials m_cred;
    HttpClient *m_authHttp;
    QString m_access;
    qint64 m_expiresAtMs = 0;
    qint64 m_lifetimeMs = 0;
    QString m_refresh;
    QList<RefreshDone> m_waiters;
    bool m_granting = false;
    int m_authCalls = 0;
    bool m_announce = false; ///< tokens from the process cache not reported yet
};

} // namespace LeadBridge
