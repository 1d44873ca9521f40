#pragma once

#include "core/net/ApiError.h"
#include "core/net/ApiRequest.h"
#include "core/net/ApiResponse.h"
#include "core/net/RetryPolicy.h"

#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;

namespace LeadBridge {

class ApiJob;
class AuthProvider;
class RateLimiter;

/// Sends API calls for one account of one system over a QNetworkAccessManager it is
/// given (created in the engine thread): rate limiting, per-attempt timeouts, retries with
/// backoff and Retry-After, one re-authentication on 401, typed errors with a sentence for
/// people and redacted request logging (category leadbridge.net, debug level).
/// Everything is asynchronous; nothing blocks or spins an event loop.
class HttpClient : public QObject
{
    Q_OBJECT
public:
    /// Counts for progress and telemetry ("calls used, rate-limit waits").
    struct Stats
    {
        qint64 requests = 0; ///< jobs started
        qint64 attempts = 0; ///< HTTP calls sent (what the API counts)
        qint64 retries = 0; ///< attempts after a failure
        qint64 failures = 0; ///< jobs that ended in an error (Cancelled excluded)
        qint64 rateLimitAnswers = 0; ///< 429 (or vendor equivalents) received
        qint64 authRefreshes = 0; ///< re-authentications run
        qint64 redirects = 0; ///< same-origin redirects followed (cross-origin ones fail)
        qint64 limiterWaits = 0; ///< attempts that had to wait for the limiter
        qint64 limiterWaitMs = 0; ///< time spent waiting for the limiter
        qint64 backoffWaitMs = 0; ///< time spent waiting between attempts
    };

    /// Adjusts the generic classification of a failed (or suspicious) answer: vendor codes
    /// such as ON24's 403 "maximum number of calls" (→ RateLimited) or Salesforce's
    /// REQUEST_LIMIT_EXCEEDED (→ QuotaExhausted). @p error is None for a 2xx answer.
    using ErrorClassifier = std::function<void(const ApiResponse &answer, ApiError &error)>;
    /// Sees every HTTP answer (each attempt), e.g. to read Sforce-Limit-Info.
    using ResponseObserver = std::function<void(const ApiResponse &answer)>;
    using Callback = std::function<void(const ApiResponse &response)>;

    /// @p nam must live in this object's thread and outlive it.
    explicit HttpClient(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~HttpClient() override;

    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

    /// Product name used in sentences, e.g. "Act-On".
    void setSystemName(const QString &name) { m_systemName = name; }
    QString systemName() const { return m_systemName; }
    /// Account label used in sentences, e.g. "anna@example.com".
    void setAccountLabel(const QString &label) { m_accountLabel = label; }
    QString accountLabel() const { return m_accountLabel; }
    /// Which credential an Auth error names ("rejected the password for …").
    void setCredentialKind(ApiError::Credential kind) { m_credentialKind = kind; }

    /// Shared per account; not owned, and must outlive the jobs waiting on it.
    /// nullptr = no limiting.
    void setRateLimiter(RateLimiter *limiter);
    RateLimiter *rateLimiter() const;
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    RetryPolicy retryPolicy() const { return m_policy; }
    /// Not owned; must outlive the client. nullptr = requests go out as given.
    void setAuthProvider(AuthProvider *provider) { m_auth = provider; }
    void setErrorClassifier(ErrorClassifier classifier) { m_classifier = std::move(classifier); }
    void setResponseObserver(ResponseObserver observer) { m_observer = std::move(observer); }
    /// Longest wait for a limiter slot before a job gives up with RateLimited or
    /// QuotaExhausted (default 5 minutes).
    void setMaxLimiterWaitMs(qint64 ms) { m_maxLimiterWaitMs = ms; }
    qint64 maxLimiterWaitMs() const { return m_maxLimiterWaitMs; }

    /// Starts @p request (from the event loop, so connecting to the job first is safe).
    /// The job deletes itself after ApiJob::finished.
    ApiJob *send(const ApiRequest &request);
    /// As send(), calling @p done with the result unless @p context is gone by then.
    ApiJob *send(const ApiRequest &request, QObject *context, Callback done);

    /// Aborts every running job (each reports Cancelled).
    void abortAll();

    Stats stats() const { return m_stats; }
    void resetStats() { m_stats = {}; }

    /// Classifies one HTTP answer or transport failure (used by ApiJob; public for
    /// connectors that want the same mapping for their own parsing failures).
    ApiError classify(const ApiRequest &request, const ApiResponse &answer,
        QNetworkReply::NetworkError networkError, const QString &networkErrorString,
        bool timedOut) const;
    /// Fills in the user sentence of @p error from its kind, this client's system name and
    /// account label when the classifier did not write one.
    void composeSentence(ApiError &error, const ApiRequest &request) const;

    /// Header list for a log line, sensitive header values masked.
    static QString describeHeaders(const QList<QPair<QByteArray, QByteArray>> &headers);
    /// Whether a header carries a credential (Authorization, Cookie, *token*, *secret*,
    /// *session*, *password*, *api-key*, ON24 accesstokenkey/accesstokensecret).
    static bool isSensitiveHeader(QByteArrayView name);

Q_SIGNALS:
    void statsChanged();

private:
    friend class ApiJob;

    /// Runs one AuthProvider::refresh for any number of waiting jobs.
    void refreshAuth(QObject *context, std::function<void(const ApiError &)> done);
    void jobFinished(ApiJob *job);

    QNetworkAccessManager *m_nam;
    QString m_systemName;
    QString m_accountLabel;
    ApiError::Credential m_credentialKind = ApiError::Credential::Credentials;
    QPointer<RateLimiter> m_limiter;
    RetryPolicy m_policy;
    AuthProvider *m_auth = nullptr;
    ErrorClassifier m_classifier;
    ResponseObserver m_observer;
    qint64 m_maxLimiterWaitMs = 5 * 60 * 1000;
    QList<QPointer<ApiJob>> m_jobs;
    int m_attemptsInFlight = 0; ///< replies open right now (ApiJob::sendAttempt .. answer)
    Stats m_stats;

    struct RefreshWaiter
    {
        QPointer<QObject> context;
        std::function<void(const ApiError &)> done;
    };
    QList<RefreshWaiter> m_refreshWaiters;
    bool m_refreshing = false;
};

} // namespace LeadBridge
