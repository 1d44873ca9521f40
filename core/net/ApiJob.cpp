#include "core/net/ApiJob.h"

#include "core/net/AuthProvider.h"
#include "core/net/HttpClient.h"
#include "core/net/RateLimiter.h"
#include "core/util/LogCategories.h"
#include "core/util/Redactor.h"

#include <QDateTime>
#include <QDir>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

#include <atomic>

namespace LeadBridge {

namespace {
std::atomic<quint64> g_nextJobId { 1 };
constexpr qsizetype kLoggedBodyBytes = 2000;
// Qt opens at most six connections to one host; further requests wait in its queue.
constexpr int kConnectionsPerHost = 6;

QString bodyForLog(const QByteArray &body)
{
    if (body.isEmpty())
        return QStringLiteral("(empty)");
    QString text = QString::fromUtf8(body.left(kLoggedBodyBytes));
    if (body.size() > kLoggedBodyBytes)
        text += QStringLiteral("… (%1 bytes)").arg(body.size());
    return Redactor::redact(text);
}

int effectivePort(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.port(scheme == QLatin1String("https") ? 443 : scheme == QLatin1String("http") ? 80
                                                                                             : -1);
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && effectivePort(a) == effectivePort(b);
}

/// "api.acton.com", "127.0.0.1:8080", "http://api.acton.com" (scheme shown when it differs).
QString originLabel(const QUrl &url, const QUrl &reference)
{
    QString label = url.host().isEmpty() ? url.toString(QUrl::RemoveUserInfo | QUrl::RemovePath
                                                   | QUrl::RemoveQuery | QUrl::RemoveFragment)
                                         : url.host();
    if (url.port() >= 0)
        label += u':' + QString::number(url.port());
    if (url.scheme().compare(reference.scheme(), Qt::CaseInsensitive) != 0)
        label = url.scheme() + u"://" + label;
    return label;
}

bool isRedirectStatus(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}
} // namespace

ApiJob::ApiJob(HttpClient *client, const ApiRequest &request)
    : QObject(client)
    , m_client(client)
    , m_request(request)
    , m_target(request.url)
    , m_method(request.method)
    , m_sendBody(request.body)
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

    QNetworkRequest req(m_target);
    for (const auto &h : m_request.headers) {
        if (m_sendBody.isEmpty() && h.first.compare("Content-Type", Qt::CaseInsensitive) == 0
            && !m_request.body.isEmpty())
            continue; // a 303 turned the call into a GET without body
        req.setRawHeader(h.first, h.second);
    }
    // Qt would follow redirects itself (to any host, re-sending our headers and body):
    // ApiJob looks at each one instead (followRedirect()).
    req.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
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
                   .arg(QString::number(m_id), QString::fromLatin1(m_method),
                       Redactor::redact(m_target.toString(QUrl::RemoveUserInfo)),
                       QString::number(m_response.attempts),
                       m_request.operation.isEmpty() ? QString() : u", " + m_request.operation,
                       HttpClient::describeHeaders(headers), bodyForLog(m_sendBody));
    }

    m_timedOut = false;
    m_overCap = false;
    m_received.clear();
    m_receivedTotal = 0;
    m_spool.reset();
    m_spoolError.clear();
    m_spoolDecided = false;
    m_bodyCap = m_request.maxBodyBytes;
    // When the server counts the call (RateLimiter::callSent()): a body is reported sent by
    // uploadProgress reaching its total (Qt 6.4's requestSent() comes after the first chunk
    // of a large body, and never for a request without one). A request without a body is
    // written when Qt gets it, on a free connection: its grant stamp stands, unless Qt must
    // queue it behind busy connections (it opens 6 per host), where the answer moves it.
    m_stampAtSend = m_grantedAt >= 0 && m_sendBody.isEmpty()
        && m_client->m_attemptsInFlight < kConnectionsPerHost - 1;
    m_reply = m_client->m_nam->sendCustomRequest(req, m_method, m_sendBody);
    ++m_client->m_attemptsInFlight;
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &ApiJob::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &ApiJob::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
    if (!m_sendBody.isEmpty())
        connect(m_reply, &QNetworkReply::uploadProgress, this, &ApiJob::onUploadProgress);
    m_attemptTimer->start(m_request.timeoutMs);
}

void ApiJob::onAttemptTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort(); // emits finished() → onReplyFinished()
}

void ApiJob::onMetaDataChanged()
{
    if (!m_reply || m_overCap || !m_spoolError.isEmpty())
        return;
    spooling(); // a 2xx download goes to a file, under the larger cap
    if (!m_reply || !m_spoolError.isEmpty())
        return;
    // A declared length over the cap is refused before a single body byte is buffered.
    bool ok = false;
    const qint64 declared = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
    if (ok && declared > m_bodyCap) {
        m_receivedTotal = declared;
        stopOverCap();
    }
}

void ApiJob::onReadyRead()
{
    if (!m_reply || m_overCap || !m_spoolError.isEmpty())
        return;
    const bool toFile = spooling();
    if (!m_reply || !m_spoolError.isEmpty())
        return;
    const qint64 available = m_reply->bytesAvailable();
    m_receivedTotal = (toFile ? m_spool->size() : m_received.size()) + available;
    if (m_receivedTotal > m_bodyCap) {
        stopOverCap();
        return;
    }
    if (!toFile) {
        m_received += m_reply->readAll();
        return;
    }
    const QByteArray chunk = m_reply->readAll();
    if (m_spool->write(chunk) != chunk.size())
        stopSpoolFailed(m_spool->errorString());
}

bool ApiJob::spooling()
{
    if (!m_request.spoolBody)
        return false;
    if (!m_spoolDecided) {
        const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status < 200 || status > 299)
            return false; // error answers are small and read as text; decide again later
        m_spoolDecided = true;
        // QTemporaryFile creates the file readable by its owner only (0600).
        auto file = std::make_shared<QTemporaryFile>(
            QDir(QDir::tempPath()).filePath(QStringLiteral("leadbridge-download-XXXXXX")));
        if (!file->open()) {
            stopSpoolFailed(file->errorString());
            return false;
        }
        m_spool = std::move(file);
        m_bodyCap = ApiRequest::kSpooledMaxBodyBytes;
    }
    return m_spool != nullptr;
}

void ApiJob::stopSpoolFailed(const QString &reason)
{
    m_spoolError = reason.isEmpty() ? QStringLiteral("write error") : reason;
    qCWarning(lcNet).noquote() << QStringLiteral("#%1 could not save the answer in %2: %3; "
                                                 "aborting the transfer")
                                      .arg(QString::number(m_id),
                                          QDir::toNativeSeparators(QDir::tempPath()), m_spoolError);
    m_spool.reset();
    if (m_reply)
        m_reply->abort(); // emits finished() → onReplyFinished()
}

void ApiJob::stopOverCap()
{
    m_overCap = true;
    qCWarning(lcNet).noquote() << QStringLiteral("#%1 answer over the %2-byte cap (%3 bytes so "
                                                 "far); aborting the transfer")
                                      .arg(m_id)
                                      .arg(m_bodyCap)
                                      .arg(m_receivedTotal);
    m_received.clear();
    m_received.squeeze();
    m_spool.reset();
    m_reply->abort(); // emits finished() → onReplyFinished()
}

void ApiJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_finished)
        return;
    if (!m_timedOut && !m_overCap && m_spoolError.isEmpty() && reply->isOpen())
        onReadyRead(); // the rest, under the same cap
    m_attemptTimer->stop();
    m_reply = nullptr;
    --m_client->m_attemptsInFlight;
    reply->deleteLater();
    if (m_grantedAt >= 0 && !m_stampAtSend && m_client->m_limiter)
        m_client->m_limiter->callAnswered(m_grantedAt);
    m_grantedAt = -1;
    m_stampAtSend = false;

    ApiResponse answer;
    answer.status
        = m_timedOut ? 0 : reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.headers = reply->rawHeaderPairs();
    if (m_overCap) {
        const QString where = QString::fromLatin1(m_method) + u' '
            + m_target.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
        ApiError e(ApiError::Kind::Malformed,
            ApiError::answerTooLarge(m_client->m_systemName, m_client->m_accountLabel, m_bodyCap),
            QStringLiteral("HTTP %1 %2: answer body over the %3-byte cap (%4 bytes seen); "
                           "transfer aborted")
                .arg(answer.status)
                .arg(where)
                .arg(m_bodyCap)
                .arg(m_receivedTotal));
        e.setHttpStatus(answer.status);
        e.setRetryable(true); // once, under RetryPolicy::maxMalformedRetries
        m_response.status = answer.status;
        m_response.headers = answer.headers;
        m_response.body.clear();
        handleFailure(e);
        return;
    }
    if (!m_spoolError.isEmpty()) {
        const QString folder = QDir::toNativeSeparators(QDir::tempPath());
        ApiError e(ApiError::Kind::Storage,
            ApiError::downloadNotSaved(
                m_client->m_systemName, m_client->m_accountLabel, folder, m_spoolError),
            QStringLiteral("HTTP %1 %2 %3: answer not saved in %4: %5")
                .arg(QString::number(answer.status), QString::fromLatin1(m_method),
                    m_target.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery), folder,
                    m_spoolError));
        e.setHttpStatus(answer.status);
        m_response.status = answer.status;
        m_response.headers = answer.headers;
        finish(e);
        return;
    }
    answer.body = std::exchange(m_received, {});
    m_response.status = answer.status;
    m_response.headers = answer.headers;
    m_response.body = answer.body;

    qCDebug(lcNet).noquote()
        << QStringLiteral("#%1 ← %2 after %3 ms, %4 bytes; headers: %5; body: %6")
               .arg(QString::number(m_id),
                   answer.status == 0 ? reply->errorString() : QString::number(answer.status),
                   QString::number(m_elapsed.elapsed()),
                   QString::number(m_spool ? m_spool->size() : answer.body.size()),
                   HttpClient::describeHeaders(answer.headers),
                   m_spool ? QStringLiteral("(saved to a temporary file)")
                           : bodyForLog(answer.body));

    if (answer.status != 0 && m_client->m_observer)
        m_client->m_observer(answer);

    if (!m_timedOut && isRedirectStatus(answer.status)) {
        const QByteArray location = answer.header("Location");
        if (!location.isEmpty()) {
            followRedirect(answer.status, location);
            return;
        }
    }

    ApiError error
        = m_client->classify(m_request, answer, reply->error(), reply->errorString(), m_timedOut);
    if (!error.isError()) {
        if (m_request.expectJson && !answer.body.trimmed().isEmpty())
            m_response.json = QJsonDocument::fromJson(answer.body);
        if (m_spool) {
            if (!m_spool->flush() || !m_spool->seek(0)) {
                stopSpoolFailed(m_spool->errorString());
                m_response.status = answer.status;
                ApiError e(ApiError::Kind::Storage,
                    ApiError::downloadNotSaved(m_client->m_systemName, m_client->m_accountLabel,
                        QDir::toNativeSeparators(QDir::tempPath()), m_spoolError),
                    QStringLiteral("answer not saved: %1").arg(m_spoolError));
                finish(e);
                return;
            }
            m_response.bodyFile = std::exchange(m_spool, {});
        }
        finish(ApiError());
        return;
    }
    handleFailure(error);
}

void ApiJob::followRedirect(int status, const QByteArray &location)
{
    const QUrl target = m_target.resolved(QUrl::fromEncoded(location.trimmed()));
    const QString from = m_target.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    const QString to = target.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    if (!target.isValid() || !sameOrigin(m_target, target)) {
        // Never follow: the redirect would carry Basic auth, token headers or a password
        // grant body to a host the account was not set up for.
        ApiError e(ApiError::Kind::Permission,
            ApiError::redirectRefused(m_client->m_systemName, originLabel(m_target, m_target),
                originLabel(target, m_target)),
            QStringLiteral("HTTP %1 %2 %3 → %4 (redirect to another origin refused)")
                .arg(status)
                .arg(QString::fromLatin1(m_method), from, to));
        e.setHttpStatus(status);
        e.setRetryable(false);
        finish(e);
        return;
    }
    if (++m_redirects > ApiRequest::kMaxRedirects) {
        ApiError e(ApiError::Kind::Validation,
            ApiError::tooManyRedirects(m_client->m_systemName, ApiRequest::kMaxRedirects),
            QStringLiteral("HTTP %1 %2 → %3: more than %4 redirects")
                .arg(status)
                .arg(from, to)
                .arg(ApiRequest::kMaxRedirects));
        e.setHttpStatus(status);
        e.setRetryable(false);
        finish(e);
        return;
    }
    // RFC 9110 §15.4: 303 (and, as every client does, 301/302 after a POST) continue as GET
    // without the body; 307/308 repeat the method and body (same origin only, see above).
    if (status == 303 || ((status == 301 || status == 302) && m_method == "POST")) {
        m_method = QByteArrayLiteral("GET");
        m_sendBody.clear();
    }
    qCInfo(lcNet).noquote() << QStringLiteral("#%1 HTTP %2: following the same-host redirect to "
                                              "%3 (%4 of at most %5)")
                                   .arg(m_id)
                                   .arg(status)
                                   .arg(Redactor::redact(to))
                                   .arg(m_redirects)
                                   .arg(ApiRequest::kMaxRedirects);
    m_target = target;
    ++m_response.redirects;
    ++m_client->m_stats.redirects;
    --m_retryAttempts; // a redirect hop is not a retry
    nextAttempt(); // through the limiter and the AuthProvider again
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
    if (error.kind() == ApiError::Kind::Malformed && !m_request.repeatAfterAnswer
        && error.httpStatus() >= 200 && error.httpStatus() <= 299) {
        error.setRetryable(false);
        error.setTechnicalDetail(error.technicalDetail()
            + QStringLiteral("; not sent again: the server accepted the write, and a repeat "
                             "could apply it twice"));
    }

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

void ApiJob::onUploadProgress(qint64 sent, qint64 total)
{
    if (total <= 0 || sent < total || m_stampAtSend || m_grantedAt < 0 || !m_client->m_limiter)
        return;
    const qint64 stamp = m_client->m_limiter->callSent(m_grantedAt);
    if (stamp >= 0) {
        m_grantedAt = stamp;
        m_stampAtSend = true;
    }
}

void ApiJob::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    --m_client->m_attemptsInFlight;
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
