#pragma once

#include "core/net/ApiRequest.h"
#include "core/net/ApiResponse.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QNetworkReply;
class QTimer;

namespace LeadBridge {

class HttpClient;

/// One logical API call (in the style of Nextcloud's AbstractNetworkJob): waits for the
/// rate limiter, sends, times each attempt out, retries per the client's RetryPolicy,
/// re-authenticates once on 401, and reports exactly one ApiResponse through finished().
/// Created by HttpClient::send(); deletes itself after finishing.
class ApiJob : public QObject
{
    Q_OBJECT
public:
    ~ApiJob() override;

    const ApiRequest &request() const { return m_request; }
    /// The result; complete once isFinished().
    const ApiResponse &response() const { return m_response; }
    bool isFinished() const { return m_finished; }
    /// Sequence number for log lines ("#12").
    quint64 id() const { return m_id; }

    /// Stops the job now: the reply is aborted, pending limiter and backoff timers are
    /// dropped, and finished() reports Cancelled before abort() returns.
    void abort();

Q_SIGNALS:
    /// Emitted exactly once.
    void finished(const LeadBridge::ApiResponse &response);

private:
    friend class HttpClient;
    ApiJob(HttpClient *client, const ApiRequest &request);

    void start();
    void nextAttempt();
    void sendAttempt(qint64 limiterWaitMs);
    void onReplyFinished();
    void onAttemptTimeout();
    void handleFailure(ApiError error);
    void finish(const ApiError &error);
    void dropReply();

    HttpClient *m_client;
    ApiRequest m_request;
    ApiResponse m_response;
    quint64 m_id;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_attemptTimer;
    QTimer *m_backoffTimer;
    QElapsedTimer m_elapsed;
    QElapsedTimer m_backoffClock;
    quint64 m_limiterTicket = 0;
    qint64 m_grantedAt = -1; ///< limiter stamp of the attempt in flight (-1: none)
    int m_retryAttempts = 0; ///< attempts counted against RetryPolicy::maxAttempts
    int m_malformed = 0;
    bool m_reauthenticated = false;
    bool m_timedOut = false;
    bool m_finished = false;
};

} // namespace LeadBridge
