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
/// Redirects are never followed by Qt: a redirect to another origin (scheme, host, port) fails
/// with ApiError::redirectRefused, a same-origin one is re-issued through the normal path
/// (limiter, AuthProvider), so credentials only ever go to the request's own origin. Answer
/// bodies are read as they arrive and the attempt is aborted once ApiRequest::maxBodyBytes
/// is exceeded.
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
    void onMetaDataChanged();
    void onReadyRead();
    /// Moves the limiter stamp to the end of the upload once Qt reports the whole body sent.
    void onUploadProgress(qint64 sent, qint64 total);
    void stopOverCap();
    /// Whether this attempt's body goes to a file: a spooling request answered with 2xx.
    bool spooling();
    void stopSpoolFailed(const QString &reason);
    void followRedirect(int status, const QByteArray &location);
    void onAttemptTimeout();
    void handleFailure(ApiError error);
    void finish(const ApiError &error);
    void dropReply();

    HttpClient *m_client;
    ApiRequest m_request;
    ApiResponse m_response;
    QUrl m_target; ///< where the next attempt goes (m_request.url until a redirect)
    QByteArray m_method; ///< m_request.method until a 303 turns it into GET
    QByteArray m_sendBody; ///< m_request.body until a 303 drops it
    QByteArray m_received; ///< answer body of the attempt in flight, read as it arrives
    qint64 m_receivedTotal = 0; ///< bytes of the attempt in flight, including any over the cap
    std::shared_ptr<QTemporaryFile> m_spool; ///< the body of this attempt (spoolBody, 2xx)
    QString m_spoolError; ///< why the spool file could not be written (attempt aborted)
    qint64 m_bodyCap = 0; ///< cap of this attempt's body (the spool cap once it goes to a file)
    quint64 m_id;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_attemptTimer;
    QTimer *m_backoffTimer;
    QElapsedTimer m_elapsed;
    QElapsedTimer m_backoffClock;
    quint64 m_limiterTicket = 0;
    qint64 m_grantedAt = -1; ///< limiter stamp of the attempt in flight (-1: none)
    /// Whether m_grantedAt already marks the moment the request was sent completely (else
    /// the answer moves it, RateLimiter::callAnswered()).
    bool m_stampAtSend = false;
    int m_retryAttempts = 0; ///< attempts counted against RetryPolicy::maxAttempts
    int m_malformed = 0;
    int m_redirects = 0;
    bool m_overCap = false;
    bool m_spoolDecided = false; ///< whether spooling() has looked at this attempt's status
    bool m_reauthenticated = false;
    bool m_timedOut = false;
    bool m_finished = false;
};

} // namespace LeadBridge
