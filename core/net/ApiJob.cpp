#include "core/net/ApiJob.h"

#include "core/net/AuthProvider.h"
#include "core/net/HttpClient.h"
#include "core/net/RateLimiter.h"
#include "core/util/LogCategories.h"
#include "core/util/Redactor.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

#include <atomic>

namespace LeadBridge {

namespace {
std::atomic<quint64> g_nextJobId { 1 };
constexpr qsizetype kLoggedBodyBytes = 2000;

QString bodyForLog(const QByteArray &body)
{
    if (body.isEmpty())
        return QStringLiteral("(empty)");
    QString text = QString::fromUtf8(body.left(kLoggedBodyBytes));
    if (body.size() > kLoggedBodyBytes)
        text += QStringLiteral("… (%1 bytes)").arg(body.size());
    return Redactor::redact(text);
}
} // namespace

ApiJob::ApiJob(HttpClient *client, const ApiRequest &request)
    : QObject(client)
    , m_client(client)
    , m_request(request)
    , m_id(g_nextJobId++)
    , m_attemptTimer(new QTimer(this))
    , m_backoffTimer(new QTimer(this))
{
    m_attemptTimer->setSingleShot(true);
    m_backoffTimer->setSingleShot(true);
    // Coarse timers may fire 5% early; a Retry-After must never be cut short.
    m_backoffTimer->setTimerType(Qt::PreciseTimer);
    connect(m_attemptTimer, &QTimer::timeout, this, &ApiJob::onAttemptTimeout);
    connect(m_backoffTimer, &QTimer::timeout, this, [this] {
        const qint64 waited = m_backoffClock.elapsed();
        m_response.backoffWaitMs += waited;
        m_client->m_stats.backoffWaitMs += waited;
        ++m_client->m_stats.retries;
        nextAttempt();
    });
}

ApiJob::~ApiJob()
{
    if (m_limiterTicket && m_client->m_limiter)
        m_client->m_limiter->cancel(m_limiterTicket);
}

void ApiJob::start()
{
    if (m_finished)
        return;
    m_elapsed.start();
    nextAttempt();
}

void ApiJob::nextAttempt()
{
    RateLimiter *limiter = m_client->m_limiter;
    if (!limiter || !m_request.useLimiter) {
        sendAttempt(0);
        return;
    }
    const qint64 wait = limiter->nextSlotIn();
    if (wait > m_client->m_maxLimiterWaitMs) {
        // Waiting hours inside a job helps nobody: report it and let the scheduler
        // come back when the limit allows.
        const QString reason = limiter->blockingReason();
        if (limiter->quotaExhausted()) {
            const auto u = limiter->usage();
            qint64 limit = u.serverLimit;
            for (const auto &w : u.windows) {
                if (w.label == reason)
                    limit = w.limit;
            }
            const QDateTime resumeAt = reason == QLatin1String("server")
                ? QDateTime()
                : QDateTime::currentDateTime().addMSecs(wait);
            ApiError e(ApiError::Kind::QuotaExhausted,
                ApiError::quotaUsedUp(
                    m_client->m_systemName, m_client->m_accountLabel, limit, resumeAt),
                QStringLiteral("rate limiter: %1 limit reached, next slot in %2 ms")
                    .arg(reason, QString::number(wait)));
            finish(e);
        } else {
            ApiError e(ApiError::Kind::RateLimited, {},
                QStringLiteral("rate limiter: %1, next slot in %2 ms (longer than %3 ms)")
                    .arg(reason, QString::number(wait),
                        QString::number(m_client->m_maxLimiterWaitMs)));
            e.setRetryAfterMs(wait);
            finish(e);
        }
        return;
    }
    m_limiterTicket = limiter->acquire(this, [this, limiter](qint64 waited) {
        m_limiterTicket = 0;
        m_grantedAt = limiter->lastGrantAt();
        sendAttempt(waited);
    });
}

void ApiJob::sendAttempt(qint64 limiterWaitMs)
{
    if (m_finished)
        return;
    HttpClient::Stats &stats = m_client->m_stats;
    if (limiterWaitMs > 0) {
        m_response.limiterWaitMs += limiterWaitMs;
        ++stats.limiterWaits;
        stats.limiterWaitMs += limiterWaitMs;
    }

    QNetworkRequest req(m_request.url);
    for (const auto &h : m_request.headers)
        req.setRawHeader(h.first, h.second);
    if (m_request.useAuth && m_client->m_auth)
        m_client->m_auth->applyTo(req);
    // The job's own timer covers the whole attempt; Qt's transfer timeout stays off.
    req.setTransferTimeout(0);

    ++m_response.attempts;
    ++m_retryAttempts;
    ++stats.attempts;
    Q_EMIT m_client->statsChanged();

    if (lcNet().isDebugEnabled()) {
        QList<QPair<QByteArray, QByteArray>> headers;
        const auto names = req.rawHeaderList();
        for (const QByteArray &name : names)
            headers.append({ name, req.rawHeader(name) });
        qCDebug(lcNet).noquote()
            << QStringLiteral("#%1 → %2 %3 (attempt %4%5) headers: %6; body: %7")
                   .arg(QString::number(m_id), QString::fromLatin1(m_request.method),
                       Redactor::redact(m_request.url.toString(QUrl::RemoveUserInfo)),
                       QString::number(m_response.attempts),
                       m_request.operation.isEmpty() ? QString() : u", " + m_request.operation,
                       HttpClient::describeHeaders(headers), bodyForLog(m_request.body));
    }

    m_timedOut = false;
    m_reply = m_client->m_nam->sendCustomRequest(req, m_request.method, m_request.body);
    connect(m_reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
    m_attemptTimer->start(m_request.timeoutMs);
}

void ApiJob::onAttemptTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort(); // emits finished() → onReplyFinished()
}

void ApiJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_finished)
        return;
    m_attemptTimer->stop();
    m_reply = nullptr;
    reply->deleteLater();
    if (m_grantedAt >= 0 && m_client->m_limiter) {
        m_client->m_limiter->callAnswered(m_grantedAt);
        m_grantedAt = -1;
    }

    ApiResponse answer;
    answer.status
        = m_timedOut ? 0 : reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.headers = reply->rawHeaderPairs();
    if (!m_timedOut && reply->isOpen())
        answer.body = reply->readAll();
    m_response.status = answer.status;
    m_response.headers = answer.headers;
    m_response.body = answer.body;

    qCDebug(lcNet).noquote()
        << QStringLiteral("#%1 ← %2 after %3 ms, %4 bytes; headers: %5; body: %6")
               .arg(QString::number(m_id),
                   answer.status == 0 ? reply->errorString() : QString::number(answer.status),
                   QString::number(m_elapsed.elapsed()), QString::number(answer.body.size()),
                   HttpClient::describeHeaders(answer.headers), bodyForLog(answer.body));

    if (answer.status != 0 && m_client->m_observer)
        m_client->m_observer(answer);

    ApiError error
        = m_client->classify(m_request, answer, reply->error(), reply->errorString(), m_timedOut);
    if (!error.isError()) {
        if (m_request.expectJson && !answer.body.trimmed().isEmpty())
            m_response.json = QJsonDocument::fromJson(answer.body);
        finish(ApiError());
        return;
    }
    handleFailure(error);
}

void ApiJob::handleFailure(ApiError error)
{
    const RetryPolicy policy = m_client->m_policy;
    if (error.kind() == ApiError::Kind::Auth && m_request.useAuth && m_client->m_auth
        && !m_reauthenticated) {
        m_reauthenticated = true;
        m_client->refreshAuth(this, [this](const ApiError &refreshError) {
            if (m_finished)
                return;
            if (!refreshError.isError()) {
                --m_retryAttempts; // the replay is not a retry
                nextAttempt();
                return;
            }
            switch (refreshError.kind()) {
            case ApiError::Kind::Network:
            case ApiError::Kind::Timeout:
            case ApiError::Kind::Server:
            case ApiError::Kind::RateLimited:
            case ApiError::Kind::QuotaExhausted:
            case ApiError::Kind::Malformed:
            case ApiError::Kind::Cancelled: {
                // The sign-in call itself could not be made: say that, not "wrong password".
                ApiError e = refreshError;
                e.setRetryable(false);
                finish(e);
                return;
            }
            default:
                break;
            }
            ApiError e(ApiError::Kind::Auth,
                refreshError.kind() == ApiError::Kind::Auth ? refreshError.userMessage()
                                                            : QString(),
                QStringLiteral("re-authentication failed: %1").arg(refreshError.technicalDetail()));
            e.setHttpStatus(refreshError.httpStatus());
            e.setVendorCode(refreshError.vendorCode());
            finish(e);
        });
        return;
    }

    if (error.kind() == ApiError::Kind::RateLimited)
        ++m_client->m_stats.rateLimitAnswers;
    if (error.kind() == ApiError::Kind::Malformed && ++m_malformed > policy.maxMalformedRetries)
        error.setRetryable(false);

    const RetryPolicy::Decision d
        = policy.decide(error, m_retryAttempts, QRandomGenerator::global()->generateDouble());
    if (error.kind() == ApiError::Kind::RateLimited && m_client->m_limiter) {
        // Every job of this account pauses, not just this one.
        m_client->m_limiter->coolDown(error.retryAfterMs() >= 0 ? error.retryAfterMs() : d.delayMs);
    }
    if (!d.retry) {
        finish(error);
        return;
    }
    qCInfo(lcNet).noquote() << QStringLiteral("#%1 %2 (%3); attempt %4 of %5 in %6 ms")
                                   .arg(QString::number(m_id),
                                       ApiError::kindName(error.kind()),
                                       error.technicalDetail().left(300),
                                       QString::number(m_retryAttempts + 1),
                                       QString::number(policy.maxAttempts),
                                       QString::number(d.delayMs));
    m_backoffClock.start();
    m_backoffTimer->start(int(qMin<qint64>(d.delayMs, std::numeric_limits<int>::max())));
}

void ApiJob::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->abort();
    reply->deleteLater();
}

void ApiJob::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_attemptTimer->stop();
    m_backoffTimer->stop();
    if (m_limiterTicket && m_client->m_limiter)
        m_client->m_limiter->cancel(m_limiterTicket);
    m_limiterTicket = 0;
    dropReply();

    ApiError e = error;
    m_client->composeSentence(e, m_request);
    m_response.error = e;
    m_response.elapsedMs = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;

    if (e.kind() == ApiError::Kind::Cancelled)
        qCDebug(lcNet).noquote() << QStringLiteral("#%1 cancelled").arg(m_id);
    else if (e.isError())
        qCWarning(lcNet).noquote() << QStringLiteral("#%1 failed after %2 attempt(s): %3")
                                          .arg(m_id)
                                          .arg(m_response.attempts)
                                          .arg(e.toLogString());

    m_client->jobFinished(this);
    Q_EMIT finished(m_response);
    deleteLater();
}

void ApiJob::abort()
{
    if (m_finished)
        return;
    finish(ApiError(ApiError::Kind::Cancelled, {},
        QStringLiteral("%1 %2: aborted by the caller")
            .arg(QString::fromLatin1(m_request.method),
                m_request.url.toString(QUrl::RemoveUserInfo))));
}

} // namespace LeadBridge
