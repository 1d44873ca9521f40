#include "core/connectors/acton/ActOnSession.h"

#include "core/net/ApiJob.h"
#include "core/net/ApiRequest.h"
#include "core/net/ApiResponse.h"
#include "core/net/HttpClient.h"
#include "core/util/LogCategories.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonObject>
#include <QLocale>
#include <QMutex>
#include <QMutexLocker>
#include <QNetworkRequest>
#include <QTimeZone>

#include <deque>

namespace LeadBridge {

namespace {

constexpr qint64 kHourMs = 3600 * 1000;

/// Tokens and the auth-call log shared by every session of this process, so that a new
/// connector for the same account does not spend one of Act-On's 5 sign-ins per hour.
struct ProcessCache
{
    struct Token
    {
        QString access;
        qint64 expiresAtMs = 0;
        qint64 lifetimeMs = 0;
        QString refresh;
    };
    QMutex mutex;
    QHash<QString, Token> tokens;
    QHash<QString, std::deque<qint64>> authCalls;
};

ProcessCache &processCache()
{
    static ProcessCache cache;
    return cache;
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString hostKey(const QUrl &baseUrl, const QString &username)
{
    return baseUrl.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash) + u'\n'
        + username.trimmed().toLower();
}

void pruneCalls(std::deque<qint64> &calls, qint64 now)
{
    while (!calls.empty() && calls.front() <= now - kHourMs)
        calls.pop_front();
}

} // namespace

ActOnSession::ActOnSession(
    const Credentials &credentials, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_cred(credentials)
    , m_authHttp(new HttpClient(nam, this))
    , m_refresh(credentials.refreshToken)
{
    m_authHttp->setSystemName(QStringLiteral("Act-On"));
    m_authHttp->setAccountLabel(m_cred.username);
    m_authHttp->setCredentialKind(ApiError::Credential::Password);
    // Every /token attempt costs one of the 5 sign-ins per hour: one retry at most, and
    // never after a rate-limit answer.
    RetryPolicy policy;
    policy.maxAttempts = 2;
    policy.baseDelayMs = 1000;
    m_authHttp->setRetryPolicy(policy);
    m_authHttp->setErrorClassifier([](const ApiResponse &answer, ApiError &error) {
        if (answer.status == 403 && !error.vendorCode().isEmpty())
            error.setKind(ApiError::Kind::Auth).setRetryable(false);
        if (answer.status == 429)
            error.setKind(ApiError::Kind::QuotaExhausted).setRetryable(false);
    });

    ProcessCache &cache = processCache();
    QMutexLocker lock(&cache.mutex);
    const auto it = cache.tokens.constFind(tokenKey());
    if (it != cache.tokens.constEnd()) {
        m_access = it->access;
        m_expiresAtMs = it->expiresAtMs;
        m_lifetimeMs = it->lifetimeMs;
        if (!it->refresh.isEmpty())
            m_refresh = it->refresh;
        // Tokens another connector of this process obtained: announce them once in use, so
        // an account that only ever sees cached tokens (a new link of the same user) keeps
        // them too.
        m_announce = m_access != m_cred.accessToken || m_refresh != m_cred.refreshToken;
    } else if (!m_cred.accessToken.isEmpty() && m_cred.accessTokenExpiry.isValid()) {
        // Tokens an earlier process kept in the keychain: no sign-in while they last.
        const qint64 expiresAt = m_cred.accessTokenExpiry.toMSecsSinceEpoch();
        if (expiresAt > nowMs()) {
            m_access = m_cred.accessToken;
            m_expiresAtMs = expiresAt;
            m_lifetimeMs = expiresAt - nowMs();
        }
    }
}

CredentialBundle ActOnSession::tokenBundle() const
{
    CredentialBundle bundle;
    if (!m_access.isEmpty()) {
        bundle.secrets.insert(QStringLiteral("accessToken"), m_access.toUtf8());
        bundle.secrets.insert(QStringLiteral("accessTokenExpiry"),
            QDateTime::fromMSecsSinceEpoch(m_expiresAtMs, Qt::UTC)
                .toString(Qt::ISODateWithMs)
                .toUtf8());
    }
    if (!m_refresh.isEmpty())
        bundle.secrets.insert(QStringLiteral("refreshToken"), m_refresh.toUtf8());
    return bundle;
}

ActOnSession::~ActOnSession()
{
    m_authHttp->abortAll();
}

QString ActOnSession::tokenKey() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QByteArray secrets = m_cred.clientId.toUtf8() + '\n' + m_cred.clientSecret.toUtf8() + '\n'
        + m_cred.password.toUtf8();
    hash.addData(secrets);
    return hostKey(m_cred.baseUrl, m_cred.username) + u'\n'
        + QString::fromLatin1(hash.result().toHex());
}

QString ActOnSession::authKey() const
{
    return hostKey(m_cred.baseUrl, m_cred.username);
}

void ActOnSession::storeInCache() const
{
    ProcessCache &cache = processCache();
    QMutexLocker lock(&cache.mutex);
    cache.tokens.insert(tokenKey(), { m_access, m_expiresAtMs, m_lifetimeMs, m_refresh });
}

int ActOnSession::authCallsLastHour(const QUrl &baseUrl, const QString &username)
{
    ProcessCache &cache = processCache();
    QMutexLocker lock(&cache.mutex);
    auto it = cache.authCalls.find(hostKey(baseUrl, username));
    if (it == cache.authCalls.end())
        return 0;
    pruneCalls(*it, nowMs());
    return int(it->size());
}

void ActOnSession::clearProcessCache()
{
    ProcessCache &cache = processCache();
    QMutexLocker lock(&cache.mutex);
    cache.tokens.clear();
    cache.authCalls.clear();
}

QDateTime ActOnSession::accessTokenExpiry() const
{
    return m_access.isEmpty() ? QDateTime()
                              : QDateTime::fromMSecsSinceEpoch(m_expiresAtMs, Qt::UTC);
}

void ActOnSession::applyTo(QNetworkRequest &request) const
{
    if (!m_access.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_access.toLatin1());
}

void ActOnSession::ensureToken(RefreshDone done)
{
    const qint64 margin = qMin<qint64>(60'000, m_lifetimeMs / 10);
    if (!m_access.isEmpty() && nowMs() < m_expiresAtMs - margin) {
        if (std::exchange(m_announce, false))
            Q_EMIT tokensChanged();
        done(ApiError());
        return;
    }
    m_waiters.append(std::move(done));
    startGrant();
}

void ActOnSession::refresh(RefreshDone done)
{
    // The server refused the access token (expired early, revoked): renew it.
    qCInfo(lcConnectors) << "Act-On refused the access token; renewing it for" << m_cred.username;
    m_access.clear();
    m_waiters.append(std::move(done));
    startGrant();
}

void ActOnSession::abort()
{
    m_authHttp->abortAll();
}

void ActOnSession::startGrant()
{
    if (m_granting)
        return;
    m_granting = true;
    sendGrant(m_refresh.isEmpty() ? Grant::Password : Grant::Refresh);
}

void ActOnSession::sendGrant(Grant grant)
{
    const QString user = m_cred.username;
    if (grant == Grant::Password && m_cred.password.isEmpty()) {
        finishWaitersLater(ApiError(ApiError::Kind::Auth,
            tr("No Act-On password is saved for %1. Enter it in Accounts → Act-On.").arg(user),
            QStringLiteral("password grant skipped: no password in the credential bundle")));
        return;
    }

    // Act-On allows 5 authentication calls per hour; the 6th would be refused and only
    // delay the moment sign-in works again.
    {
        ProcessCache &cache = processCache();
        QMutexLocker lock(&cache.mutex);
        std::deque<qint64> &calls = cache.authCalls[authKey()];
        const qint64 now = nowMs();
        pruneCalls(calls, now);
        if (int(calls.size()) >= kAuthCallsPerHour) {
            const qint64 resumeMs = calls.front() + kHourMs;
            lock.unlock();
            const QString at = QLocale().toString(
                QDateTime::fromMSecsSinceEpoch(resumeMs).time(), QLocale::ShortFormat);
            ApiError e(ApiError::Kind::QuotaExhausted,
                tr("Act-On allows 5 sign-ins per hour and they are used up for %1. LeadBridge "
                   "will be able to sign in again after %2; nothing is lost in the meantime.")
                    .arg(user, at),
                QStringLiteral("local auth-call log: %1 /token calls within the last hour")
                    .arg(kAuthCallsPerHour));
            e.setRetryAfterMs(resumeMs - now);
            finishWaitersLater(e);
            return;
        }
        calls.push_back(now);
    }

    QList<QPair<QString, QString>> fields;
    if (grant == Grant::Refresh) {
        fields = { { QStringLiteral("grant_type"), QStringLiteral("refresh_token") },
            { QStringLiteral("refresh_token"), m_refresh },
            { QStringLiteral("client_id"), m_cred.clientId },
            { QStringLiteral("client_secret"), m_cred.clientSecret } };
    } else {
        fields = { { QStringLiteral("grant_type"), QStringLiteral("password") },
            { QStringLiteral("username"), m_cred.username },
            { QStringLiteral("password"), m_cred.password },
            { QStringLiteral("client_id"), m_cred.clientId },
            { QStringLiteral("client_secret"), m_cred.clientSecret } };
    }
    QUrl url = m_cred.baseUrl;
    url.setPath(url.path() + QStringLiteral("/token"));
    ApiRequest request = ApiRequest::form(url, fields);
    request.useAuth = false;
    request.useLimiter = false;
    request.operation = grant == Grant::Refresh ? QStringLiteral("refresh grant")
                                                : QStringLiteral("password grant");
    ++m_authCalls;
    qCInfo(lcConnectors).noquote()
        << QStringLiteral("Act-On %1 for %2").arg(request.operation, user);
    m_authHttp->send(request, this,
        [this, grant](const ApiResponse &response) { grantFinished(grant, response); });
}

void ActOnSession::grantFinished(Grant grant, const ApiResponse &response)
{
    if (response.attempts > 1) {
        // A retried /token call costs one sign-in per attempt.
        ProcessCache &cache = processCache();
        QMutexLocker lock(&cache.mutex);
        std::deque<qint64> &calls = cache.authCalls[authKey()];
        for (int i = 1; i < response.attempts; ++i)
            calls.push_back(nowMs());
        m_authCalls += response.attempts - 1;
    }
    if (!response.ok()) {
        const ApiError e = grantError(grant, response);
        if (grant == Grant::Refresh && e.kind() == ApiError::Kind::Auth) {
            // The refresh token was rotated away, expired or revoked: sign in again.
            qCInfo(lcConnectors)
                << "Act-On refused the refresh token; signing in with the password";
            m_refresh.clear();
            storeInCache();
            sendGrant(Grant::Password);
            return;
        }
        finishWaiters(e);
        return;
    }
    const QJsonObject obj = response.json.object();
    const QString access = obj.value(QStringLiteral("access_token")).toString();
    if (access.isEmpty()) {
        finishWaiters(ApiError(ApiError::Kind::Malformed,
            ApiError::sentence(
                ApiError::Kind::Malformed, QStringLiteral("Act-On"), m_cred.username),
            QStringLiteral("token answer without access_token (HTTP %1, %2 bytes)")
                .arg(response.status)
                .arg(response.body.size())));
        return;
    }
    const double expiresIn = obj.value(QStringLiteral("expires_in")).toDouble(3600);
    m_access = access;
    m_lifetimeMs = qint64(expiresIn * 1000);
    m_expiresAtMs = nowMs() + m_lifetimeMs;
    const QString refresh = obj.value(QStringLiteral("refresh_token")).toString();
    if (!refresh.isEmpty())
        m_refresh = refresh;
    storeInCache();
    m_announce = false;
    Q_EMIT tokensChanged();
    finishWaiters(ApiError());
}

ApiError ActOnSession::grantError(Grant grant, const ApiResponse &response) const
{
    ApiError e = response.error;
    const QString user = m_cred.username;
    if (e.kind() == ApiError::Kind::Auth) {
        if (response.status == 401 || e.vendorCode() == QLatin1String("access_denied")) {
            e.setUserMessage(tr("Act-On did not accept the client ID and client secret saved "
                                "for %1. Check them in Accounts → Act-On.")
                                 .arg(user));
        } else if (grant == Grant::Password) {
            e.setUserMessage(ApiError::credentialsRejected(
                QStringLiteral("Act-On"), user, ApiError::Credential::Password));
        }
    } else if (e.kind() == ApiError::Kind::QuotaExhausted) {
        e.setUserMessage(tr("Act-On allows 5 sign-ins per hour and they are used up for %1. "
                            "LeadBridge will be able to sign in again within the hour; nothing "
                            "is lost in the meantime.")
                             .arg(user));
        e.setRetryAfterMs(kHourMs);
    }
    return e;
}

void ActOnSession::finishWaitersLater(const ApiError &error)
{
    // Callers are told from the event loop, never inside the call that asked.
    QMetaObject::invokeMethod(
        this, [this, error] { finishWaiters(error); }, Qt::QueuedConnection);
}

void ActOnSession::finishWaiters(const ApiError &error)
{
    m_granting = false;
    const auto waiters = std::exchange(m_waiters, {});
    for (const auto &done : waiters) {
        if (done)
            done(error);
    }
}

} // namespace LeadBridge
