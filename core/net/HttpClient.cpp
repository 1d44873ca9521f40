#include "core/net/HttpClient.h"

#include "core/net/ApiJob.h"
#include "core/net/AuthProvider.h"
#include "core/net/RateLimiter.h"
#include "core/util/LogCategories.h"
#include "core/util/Redactor.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace LeadBridge {

namespace {

QString stringOf(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble());
    return {};
}

// Vendors disagree on error envelopes: {"message"}, {"error","error_description"},
// {"errorCode","message"} or [{"errorCode","message"}] (Salesforce), {"error":{"message"}}.
void vendorFields(const QJsonDocument &doc, QString *code, QString *message)
{
    QJsonObject obj;
    if (doc.isArray() && !doc.array().isEmpty())
        obj = doc.array().first().toObject();
    else if (doc.isObject())
        obj = doc.object();
    if (obj.isEmpty())
        return;
    const QJsonValue err = obj.value(QStringLiteral("error"));
    if (err.isObject()) {
        const QJsonObject e = err.toObject();
        *message = stringOf(e.value(QStringLiteral("message")));
        *code = stringOf(e.value(QStringLiteral("code")));
    }
    for (const char *key : { "errorCode", "error_code", "statusCode", "code", "error" }) {
        if (code->isEmpty())
            *code = stringOf(obj.value(QLatin1StringView(key)));
    }
    for (const char *key : { "message", "error_description", "errorMessage", "detail", "msg" }) {
        if (message->isEmpty())
            *message = stringOf(obj.value(QLatin1StringView(key)));
    }
}

ApiError::Kind kindForStatus(int status)
{
    if (status == 401)
        return ApiError::Kind::Auth;
    if (status == 403)
        return ApiError::Kind::Permission;
    if (status == 404 || status == 410)
        return ApiError::Kind::NotFound;
    if (status == 408)
        return ApiError::Kind::Timeout;
    if (status == 429)
        return ApiError::Kind::RateLimited;
    if (status >= 500)
        return ApiError::Kind::Server;
    return ApiError::Kind::Validation;
}

} // namespace

HttpClient::HttpClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_systemName(tr("the service"))
    , m_accountLabel(tr("this account"))
{
    Q_ASSERT(nam);
}

HttpClient::~HttpClient()
{
    // Jobs are children; make sure none calls back into a half-destroyed client.
    const auto jobs = m_jobs;
    for (const auto &job : jobs) {
        if (job)
            job->abort();
    }
    // Delete them now, while every member they might touch still exists.
    qDeleteAll(findChildren<ApiJob *>(Qt::FindDirectChildrenOnly));
}

void HttpClient::setRateLimiter(RateLimiter *limiter)
{
    m_limiter = limiter;
}

RateLimiter *HttpClient::rateLimiter() const
{
    return m_limiter;
}

ApiJob *HttpClient::send(const ApiRequest &request)
{
    auto *job = new ApiJob(this, request);
    m_jobs.append(job);
    ++m_stats.requests;
    QMetaObject::invokeMethod(job, &ApiJob::start, Qt::QueuedConnection);
    return job;
}

ApiJob *HttpClient::send(const ApiRequest &request, QObject *context, Callback done)
{
    ApiJob *job = send(request);
    connect(job, &ApiJob::finished, context, [done = std::move(done)](const ApiResponse &r) {
        if (done)
            done(r);
    });
    return job;
}

void HttpClient::abortAll()
{
    const auto jobs = m_jobs;
    for (const auto &job : jobs) {
        if (job)
            job->abort();
    }
}

void HttpClient::jobFinished(ApiJob *job)
{
    m_jobs.removeAll(QPointer<ApiJob>(job));
    m_jobs.removeAll(QPointer<ApiJob>());
    const ApiError &e = job->response().error;
    if (e.isError() && e.kind() != ApiError::Kind::Cancelled)
        ++m_stats.failures;
    Q_EMIT statsChanged();
}

void HttpClient::refreshAuth(QObject *context, std::function<void(const ApiError &)> done)
{
    m_refreshWaiters.append({ context, std::move(done) });
    if (m_refreshing)
        return;
    m_refreshing = true;
    ++m_stats.authRefreshes;
    qCInfo(lcNet).noquote() << m_systemName << "answered 401; re-authenticating" << m_accountLabel;
    QPointer<HttpClient> self(this);
    m_auth->refresh([self](const ApiError &error) {
        if (!self)
            return;
        self->m_refreshing = false;
        const auto waiters = std::exchange(self->m_refreshWaiters, {});
        for (const auto &w : waiters) {
            if (w.context && w.done)
                w.done(error);
        }
    });
}

ApiError HttpClient::classify(const ApiRequest &request, const ApiResponse &answer,
    QNetworkReply::NetworkError networkError, const QString &networkErrorString,
    bool timedOut) const
{
    const QString where
        = QString::fromLatin1(request.method) + u' ' + request.url.toString(QUrl::RemoveUserInfo);
    ApiError error;

    if (answer.status == 0) {
        // No HTTP answer at all.
        if (timedOut) {
            error = ApiError(ApiError::Kind::Timeout, {},
                QStringLiteral("%1: no complete answer within %2 ms")
                    .arg(where, QString::number(request.timeoutMs)));
            error.setRetryable(true);
        } else if (networkError == QNetworkReply::OperationCanceledError) {
            error = ApiError(ApiError::Kind::Cancelled, {}, where + u": cancelled");
        } else {
            error = ApiError(ApiError::Kind::Network, {},
                QStringLiteral("%1: %2 (QNetworkReply error %3)")
                    .arg(where, networkErrorString, QString::number(int(networkError))));
            error.setRetryable(RetryPolicy::isRetryableNetworkError(networkError));
        }
    } else if (answer.status >= 400) {
        bool ok = false;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(answer.body, &parseError);
        ok = parseError.error == QJsonParseError::NoError;
        QString code;
        QString message;
        if (ok)
            vendorFields(doc, &code, &message);
        error = ApiError(kindForStatus(answer.status), {},
            QStringLiteral("HTTP %1 %2%3%4; body: %5")
                .arg(answer.status)
                .arg(where, code.isEmpty() ? QString() : u" [" + code + u']',
                    message.isEmpty() ? QString() : u": " + message,
                    QString::fromUtf8(answer.body.left(1000))));
        error.setHttpStatus(answer.status);
        error.setVendorCode(code);
        error.setVendorMessage(message);
        error.setRetryable(RetryPolicy::isRetryableStatus(answer.status));
        const QByteArray retryAfter = answer.header("Retry-After");
        if (!retryAfter.isEmpty()) {
            if (const auto ms = RetryPolicy::parseRetryAfter(retryAfter))
                error.setRetryAfterMs(*ms);
        }
    } else if (request.expectJson && !answer.body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        QJsonDocument::fromJson(answer.body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            error = ApiError(ApiError::Kind::Malformed, {},
                QStringLiteral("HTTP %1 %2: body is not valid JSON (%3 at offset "
                               "%4, %5 bytes); starts: %6")
                    .arg(QString::number(answer.status), where, parseError.errorString(),
                        QString::number(parseError.offset), QString::number(answer.body.size()),
                        QString::fromUtf8(answer.body.left(200))));
            error.setHttpStatus(answer.status);
        }
    }

    if (m_classifier && error.kind() != ApiError::Kind::Cancelled)
        m_classifier(answer, error);
    return error;
}

void HttpClient::composeSentence(ApiError &error, const ApiRequest &request) const
{
    if (!error.isError() || !error.userMessage().isEmpty())
        return;
    QString detail;
    switch (error.kind()) {
    case ApiError::Kind::Auth:
        error.setUserMessage(
            ApiError::credentialsRejected(m_systemName, m_accountLabel, m_credentialKind));
        return;
    case ApiError::Kind::Validation:
    case ApiError::Kind::NotFound:
    case ApiError::Kind::Permission:
        detail = error.vendorMessage();
        break;
    case ApiError::Kind::RateLimited:
        if (error.retryAfterMs() > 0)
            detail = ApiError::humanDuration(error.retryAfterMs());
        break;
    case ApiError::Kind::Timeout:
        if (error.httpStatus() == 0)
            detail = ApiError::humanDuration(request.timeoutMs);
        break;
    default:
        break;
    }
    error.setUserMessage(ApiError::sentence(error.kind(), m_systemName, m_accountLabel, detail));
}

bool HttpClient::isSensitiveHeader(QByteArrayView name)
{
    const QByteArray lower = name.toByteArray().toLower();
    static const char *const parts[] = { "authorization", "cookie", "token", "secret", "session",
        "password", "passwd", "api-key", "apikey", "api_key", "signature", "credential" };
    for (const char *part : parts) {
        if (lower.contains(part))
            return true;
    }
    return false;
}

QString HttpClient::describeHeaders(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QStringList parts;
    for (const auto &h : headers) {
        const QString value
            = isSensitiveHeader(h.first) ? Redactor::mask() : QString::fromLatin1(h.second);
        parts.append(QString::fromLatin1(h.first) + u": " + value);
    }
    return Redactor::redact(parts.join(QStringLiteral("; ")));
}

} // namespace LeadBridge
