#include "core/connectors/acton/ActOnConnector.h"
#include "core/net/ApiJob.h"
#include "core/net/AuthProvider.h"
#include "core/net/HttpClient.h"
#include "core/net/RateLimiter.h"
#include "core/sandbox/Emulator.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace LeadBridge;
using namespace LeadBridge::Sandbox;
using Kind = ApiError::Kind;

namespace {

const QString kSystem = QStringLiteral("Test API");
const QString kAccount = QStringLiteral("anna@example.com");
const QString kClientSecret = QStringLiteral("cs-SECRET-42");
const QByteArray kStaleToken = QByteArrayLiteral("tok-stale-SECRET-0000");
const QByteArray kSessionId = QByteArrayLiteral("sess-SECRET-77");

/// A small API on the sandbox base: plain reads, a validated write, a bearer-protected
/// resource with a token endpoint, and 429 + Retry-After as its rate-limit answer.
class TestApi : public Emulator
{
public:
    TestApi()
        : Emulator(QStringLiteral("testapi"))
    {
        addRoute(
            "GET", QStringLiteral("/items"), QStringLiteral("items"), [](const SandboxRequest &) {
                return SandboxResponse::json(
                    200, QJsonObject { { QStringLiteral("items"), QJsonArray { 1, 2, 3 } } });
            });
        addRoute("POST", QStringLiteral("/items"), QStringLiteral("items create"),
            [](const SandboxRequest &r) {
                if (r.json().object().value(QStringLiteral("email")).toString().isEmpty()) {
                    return SandboxResponse::json(400,
                        QJsonObject { { QStringLiteral("errorCode"),
                                          QStringLiteral("REQUIRED_FIELD_MISSING") },
                            { QStringLiteral("message"), QStringLiteral("Email is required") } });
                }
                return SandboxResponse::json(
                    201, QJsonObject { { QStringLiteral("id"), QStringLiteral("7") } });
            });
        addRoute(
            "GET", QStringLiteral("/ping"), QStringLiteral("ping"), [this](const SandboxRequest &) {
                arrivals.append(clock.elapsed());
                return SandboxResponse::json(200, QJsonObject { { QStringLiteral("ok"), true } });
            });
        addRoute("GET", QStringLiteral("/events"), QStringLiteral("events"),
            [this](const SandboxRequest &) {
                if (quota403Left > 0) {
                    --quota403Left;
                    return SandboxResponse::json(403,
                        QJsonObject { { QStringLiteral("message"),
                            QStringLiteral(
                                "You have reached the maximum number of calls for this api.") } });
                }
                return SandboxResponse::json(
                    200, QJsonObject { { QStringLiteral("events"), QJsonArray { 311512 } } });
            });
        addRoute("GET", QStringLiteral("/secure"), QStringLiteral("secure"),
            [this](const SandboxRequest &r) {
                if (!validToken.isEmpty() && r.header("Authorization") == "Bearer " + validToken)
                    return SandboxResponse::json(
                        200, QJsonObject { { QStringLiteral("secret"), QStringLiteral("data") } });
                return SandboxResponse::json(401,
                    QJsonObject { { QStringLiteral("error"), QStringLiteral("invalid_token") } });
            });
        addRoute("POST", QStringLiteral("/token"), QStringLiteral("token"),
            [this](const SandboxRequest &r) {
                if (r.form(QStringLiteral("client_secret")) != kClientSecret) {
                    return SandboxResponse::json(400,
                        QJsonObject { { QStringLiteral("error"), QStringLiteral("invalid_client") },
                            { QStringLiteral("error_description"),
                                QStringLiteral("client secret mismatch") } });
                }
                const QByteArray token = "tok-live-SECRET-" + QByteArray::number(++tokensIssued);
                issuedTokens.append(token);
                if (!refreshBroken)
                    validToken = token;
                return SandboxResponse::json(200,
                    QJsonObject { { QStringLiteral("access_token"), QString::fromLatin1(token) },
                        { QStringLiteral("token_type"), QStringLiteral("Bearer") } });
            });
        clock.start();
    }

    int calls(const QString &endpoint) const
    {
        return counters().value(QStringLiteral("calls")).toObject().value(endpoint).toInt();
    }
    int total() const { return counters().value(QStringLiteral("total")).toInt(); }
    void setFault(const std::function<void(FaultSettings &)> &change)
    {
        FaultSettings f = faults();
        change(f);
        setFaults(f);
    }

    QByteArray retryAfter = "1";
    QByteArray validToken;
    bool refreshBroken = false;
    int quota403Left = 0;
    int tokensIssued = 0;
    QList<QByteArray> issuedTokens;
    QElapsedTimer clock;
    QList<qint64> arrivals;

protected:
    SandboxResponse rateLimitResponse(const SandboxRequest &) override
    {
        SandboxResponse r = SandboxResponse::json(429,
            QJsonObject { { QStringLiteral("message"), QStringLiteral("Too many requests") } });
        r.setHeader("Retry-After", retryAfter);
        return r;
    }
};

/// Bearer-token sign-in against TestApi's /token, the way a connector would plug it in.
class TestAuth : public AuthProvider
{
public:
    TestAuth(HttpClient *client, const QUrl &tokenUrl)
        : m_client(client)
        , m_tokenUrl(tokenUrl)
    { }

    void applyTo(QNetworkRequest &request) const override
    {
        request.setRawHeader("Authorization", "Bearer " + token);
        request.setRawHeader("X-Session-Id", kSessionId);
    }

    void refresh(RefreshDone done) override
    {
        ++refreshes;
        ApiRequest r = ApiRequest::form(m_tokenUrl,
            { { QStringLiteral("grant_type"), QStringLiteral("client_credentials") },
                { QStringLiteral("client_id"), QStringLiteral("leadbridge") },
                { QStringLiteral("client_secret"), secret } });
        r.useAuth = false;
        m_client->send(r, m_client, [this, done](const ApiResponse &response) {
            if (response.ok())
                token = response.json.object()
                            .value(QStringLiteral("access_token"))
                            .toString()
                            .toLatin1();
            done(response.error);
        });
    }

    QByteArray token = kStaleToken;
    QString secret = kClientSecret;
    int refreshes = 0;

private:
    HttpClient *m_client;
    QUrl m_tokenUrl;
};

// Log capture for the redaction test.
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;
void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log.append(
            QString::fromLatin1(context.category ? context.category : "") + u": " + message);
    }
    if (type != QtDebugMsg && g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void retriesOn503ThenSucceeds();
    void givesUpAfterMaxAttempts();
    void rateLimitAnswerHonoursRetryAfter();
    void retryAfterBeyondCapStopsAndCoolsDown();
    void validationIsNotRetried();
    void timeoutGivesTimeoutError();
    void malformedJsonRetriedOnce();
    void truncatedBodyIsRetried();
    void abortDuringBackoffIsPrompt();
    void abortWhileWaitingForLimiterOrReply();
    void limiterKeepsFivePerSecond();
    void quotaExhaustedFailsFast();
    void reauthenticatesOnceThenSucceeds();
    void reauthStillRejectedEndsWithoutLoop();
    void reauthRefreshRejected();
    void concurrent401sShareOneRefresh();
    void connectionRefusedIsNetworkError();
    void vendorClassifierTurns403IntoRateLimit();
    void runsOnAnEngineThread();
    void logHasNoSecrets();

private:
    ApiResponse run(const ApiRequest &request, int timeoutMs = 15000);
    QUrl url(const QString &path) const { return QUrl(m_api->baseUrl().toString() + path); }
    RetryPolicy fastPolicy(int attempts = 4) const;

    std::unique_ptr<TestApi> m_api;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<HttpClient> m_client;
    std::unique_ptr<RateLimiter> m_limiter;
};

void TestHttpClient::init()
{
    m_api = std::make_unique<TestApi>();
    QVERIFY2(m_api->listen(), qPrintable(m_api->errorString()));
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<HttpClient>(m_nam.get());
    m_client->setSystemName(kSystem);
    m_client->setAccountLabel(kAccount);
    m_client->setCredentialKind(ApiError::Credential::Password);
    m_client->setRetryPolicy(fastPolicy());
}

void TestHttpClient::cleanup()
{
    m_client.reset();
    m_limiter.reset();
    m_nam.reset();
    m_api.reset();
}

RetryPolicy TestHttpClient::fastPolicy(int attempts) const
{
    RetryPolicy p;
    p.maxAttempts = attempts;
    p.baseDelayMs = 50;
    p.maxDelayMs = 400;
    p.maxRetryAfterMs = 10'000;
    p.jitter = RetryPolicy::Jitter::None;
    return p;
}

ApiResponse TestHttpClient::run(const ApiRequest &request, int timeoutMs)
{
    ApiJob *job = m_client->send(request);
    QSignalSpy spy(job, &ApiJob::finished);
    if (!spy.wait(timeoutMs)) {
        qWarning("job did not finish in time");
        return {};
    }
    return spy.first().first().value<ApiResponse>();
}

void TestHttpClient::retriesOn503ThenSucceeds()
{
    m_api->setFault([](FaultSettings &f) { f.failNext = 2; });
    const ApiResponse r = run(ApiRequest::get(url(QStringLiteral("/items"))));
    QVERIFY2(r.ok(), qPrintable(r.error.toLogString()));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.attempts, 3);
    QCOMPARE(r.json.object().value(QStringLiteral("items")).toArray().size(), 3);
    QCOMPARE(m_api->calls(QStringLiteral("items")), 3); // what the server saw
    QVERIFY2(r.backoffWaitMs >= 50 + 100, qPrintable(QString::number(r.backoffWaitMs)));
    const auto s = m_client->stats();
    QCOMPARE(s.requests, 1);
    QCOMPARE(s.attempts, 3);
    QCOMPARE(s.retries, 2);
    QCOMPARE(s.failures, 0);
}

void TestHttpClient::givesUpAfterMaxAttempts()
{
    m_client->setRetryPolicy(fastPolicy(3));
    m_api->setFault([](FaultSettings &f) { f.failNext = 10; });
    const ApiResponse r = run(ApiRequest::get(url(QStringLiteral("/items"))));
    QVERIFY(!r.ok());
    QCOMPARE(r.error.kind(), Kind::Server);
    QCOMPARE(r.error.httpStatus(), 503);
    QCOMPARE(r.attempts, 3);
    QCOMPARE(m_api->calls(QStringLiteral("items")), 3);
    QCOMPARE(r.error.userMessage(),
        QStringLiteral("Test API had a problem on its side and did not complete the request "
                       "for anna@example.com. LeadBridge will try again at the next sync; if "
                       "this keeps happening, check Test API's status page."));
    QVERIFY(r.error.technicalDetail().contains(QStringLiteral("HTTP 503 GET")));
    QVERIFY(r.error.technicalDetail().contains(QStringLiteral("sandbox fault")));
    QCOMPARE(m_client->stats().failures, 1);
}

void TestHttpClient::rateLimitAnswerHonoursRetryAfter()
{
    m_limiter = std::make_unique<RateLimiter>(
        QList<RateLimiter::Window> { { 100, 1000, QStringLiteral("per second") } });
    m_client->setRateLimiter(m_limiter.get());
    m_api->retryAfter = "1";
    m_api->setFault([](FaultSettings &f) { f.rateLimitNext = 1; });
    QElapsedTimer t;
    t.start();
    const ApiResponse r = run(ApiRequest::get(url(QStringLiteral("/items"))));
    const qint64 elapsed = t.elapsed();
    QVERIFY2(r.ok(), qPrintable(r.error.toLogString()));
    QCOMPARE(r.attempts, 2);
    QVERIFY2(elapsed >= 1000, qPrintable(QString::number(elapsed)));
    QVERIFY2(r.backoffWaitMs >= 1000, qPrintable(QString::number(r.backoffWaitMs)));
    QCOMPARE(m_api->calls(QStringLiteral("items")), 2);
    QCOMPARE(m_client->stats().rateLimitAnswers, 1);
    // The account's limiter cooled down too, so other jobs paused with this one.
    QCOMPARE(m_limiter->usage().callsGranted, 2);
}

void TestHttpClient::retryAfterBeyondCapStopsAndCoolsDown()
{
    m_limiter = std::make_unique<RateLimiter>(RateLimiter::actOnWindows());
    m_client->setRateLimiter(m_limiter.get());
    m_api->retryAfter = "3600";
    m_api->setFault([](FaultSettings &f) { f.rateLimitNext = 1; });
    const ApiResponse r = run(ApiRequest::get(url(QStringLiteral("/items"))));
    QCOMPARE(r.error.kind(), Kind::RateLimited);
    QCOMPARE(r.attempts, 1);
    QCOMPARE(r.error.retryAfterMs(), 3600'000);
    QCOMPARE(r.error.userMessage(),
        QStringLiteral("Test API asked LeadBridge to slow down (too many calls for "
                       "anna@example.com). It will try again in 60 minutes."));
    QVERIFY(m_limiter->nextSlotIn() > 3500'000);
    // The next job does not hammer the API: it fails fast on the cool-down.
    const ApiResponse next = run(ApiRequest::get(url(QStringLiteral("/items"))));
    QCOMPARE(next.error.kind(), Kind::RateLimited);
    QCOMPARE(next.attempts, 0);
    QCOMPARE(m_api->calls(QStringLiteral("items")), 1);
}

void TestHttpClient::validationIsNotRetried()
{
    const ApiResponse r = run(ApiRequest::json("POST", url(QStringLiteral("/items")),
        QJsonDocument(QJsonObject { { QStringLiteral("name"), QStringLiteral("Bob") } })));
    QCOMPARE(r.error.kind(), Kind::Validation);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.attempts, 1);
    QCOMPARE(m_api->calls(QStringLiteral("items create")), 1);
    QCOMPARE(r.error.vendorCode(), QStringLiteral("REQUIRED_FIELD_MISSING"));
    QCOMPARE(r.error.userMessage(),
        QStringLiteral("Test API refused the data sent for anna@example.com: \"Email is "
                       "required\". Correct the record or the field mapping, then sync again."));
    QVERIFY(!r.error.isRetryable());

    const ApiResponse ok = run(ApiRequest::json("POST", url(QStringLiteral("/items")),
        QJsonDocument(
            QJsonObject { { QStringLiteral("email"), QStringLiteral("bob@example.com") } })));
    QVERIFY(ok.ok());
    QCOMPARE(ok.status, 201);
    QCOMPARE(ok.json.object().value(QStringLiteral("id")).toString(), QStringLiteral("7"));
}

void TestHttpClient::timeoutGivesTimeoutError()
{
    m_client->setRetryPolicy(fastPolicy(2));
    m_api->setFault([](FaultSettings &f) { f.latencyMs = 1500; });
    ApiRequest req = ApiRequest::get(url(QStringLiteral("/items")));
    req.timeoutMs = 200;
    QElapsedTimer t;
    t.start();
    const ApiResponse r = run(req);
    const qint64 elapsed = t.elapsed();
    QCOMPARE(r.error.kind(), Kind::Timeout);
    QCOMPARE(r.attempts, 2);
    QCOMPARE(r.status, 0);
    // Two attempts cut at 200 ms each, never the server's 1.5 s each (3 s); the upper bound
    // leaves room for a loaded machine.
    QVERIFY2(elapsed >= 400 && elapsed < 2900, qPrintable(QString::number(elapsed)));
    QCOMPARE(r.error.userMessage(),
        QStringLiteral("Test API did not answer within 1 second for anna@example.com. "
                       "LeadBridge will try again at the next sync."));
    QVERIFY(r.error.technicalDetail().contains(QStringLiteral("no complete answer within 200 ms")));
}

void TestHttpClient::malformedJsonRetriedOnce()
{
    m_client->setRetryPolicy(fastPolicy(5));
    m_api->setFault([](FaultSettings &f) { f.malformedNext = 1; });
    ApiResponse r = run(ApiRequest::get(url(QStringLiteral("/items"))));
    QVERIFY2(r.ok(), qPrintable(r.error.toLogString()));
    QCOMPARE(r.attempts, 2);

    m_api->resetCounters();
    m_api->setFault([](FaultSettings &f) { f.malformedNext = 3; });
    r = run(ApiRequest::get(url(QStringLiteral("/items"))));
    QCOMPARE(r.error.kind(), Kind::Malformed);
    QCOMPARE(r.attempts, 2); // once more, not up to maxAttempts
    QCOMPARE(m_api->calls(QStringLiteral("items")), 2);
    QVERIFY(r.body.startsWith("{\"sandbox\": malformed"));
    QCOMPARE(r.error.userMessage(),
        QStringLiteral("Test API sent an answer for anna@example.com that LeadBridge could not "
                       "read. LeadBridge will try again at the next sync; if this keeps "
                       "happening, send the log to support."));
    QVERIFY(r.error.technicalDetail().contains(QStringLiteral("not valid JSON")));
}

void TestHttpClient::truncatedBodyIsRetried()
{
    m_api->setFault([](FaultSettings &f) { f.truncateNext = 1; });
    const ApiResponse r = run(ApiRequest::get(url(QStringLiteral("/items"))));
    QVERIFY2(r.ok(), qPrintable(r.error.toLogString()));
    QCOMPARE(r.attempts, 2);
    QCOMPARE(r.json.object().value(QStringLiteral("items")).toArray().size(), 3);
}

void TestHttpClient::abortDuringBackoffIsPrompt()
{
    RetryPolicy p = fastPolicy(3);
    p.baseDelayMs = 3000;
    p.maxDelayMs = 3000;
    m_client->setRetryPolicy(p);
    m_api->setFault([](FaultSettings &f) { f.failNext = 5; });
    QPointer<ApiJob> job = m_client->send(ApiRequest::get(url(QStringLiteral("/items"))));
    QSignalSpy spy(job.data(), &ApiJob::finished);
    QTRY_COMPARE(m_api->total(), 1);
    QTest::qWait(200); // now in the 3 s backoff
    QVERIFY(spy.isEmpty());
    QElapsedTimer t;
    t.start();
    job->abort();
    QVERIFY(spy.count() == 1 || spy.wait(1500));
    // Well inside the 3 s backoff: the abort did not wait for it.
    QVERIFY2(t.elapsed() < 1500, qPrintable(QString::number(t.elapsed())));
    const auto r = spy.first().first().value<ApiResponse>();
    QCOMPARE(r.error.kind(), Kind::Cancelled);
    QCOMPARE(r.attempts, 1);
    QCOMPARE(r.error.userMessage(),
        QStringLiteral("The request to Test API for anna@example.com was cancelled."));
    QTRY_VERIFY(job.isNull()); // deleted itself, timers with it
    QTest::qWait(300);
    QCOMPARE(m_api->total(), 1); // no further attempt
    QCOMPARE(m_client->stats().failures, 0); // cancelling is not a failure
}

void TestHttpClient::abortWhileWaitingForLimiterOrReply()
{
    // Waiting for a limiter slot.
    m_limiter = std::make_unique<RateLimiter>(
        QList<RateLimiter::Window> { { 1, 5000, QStringLiteral("per 5 s") } });
    m_client->setRateLimiter(m_limiter.get());
    QVERIFY(m_limiter->tryAcquire());
    ApiJob *job = m_client->send(ApiRequest::get(url(QStringLiteral("/items"))));
    QSignalSpy spy(job, &ApiJob::finished);
    QTRY_COMPARE(m_limiter->usage().queued, 1);
    job->abort();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().value<ApiResponse>().error.kind(), Kind::Cancelled);
    QCOMPARE(m_limiter->usage().queued, 0);
    QCOMPARE(m_api->total(), 0);

    // Waiting for a slow reply.
    m_client->setRateLimiter(nullptr);
    m_api->setFault([](FaultSettings &f) { f.latencyMs = 2000; });
    ApiJob *slow = m_client->send(ApiRequest::get(url(QStringLiteral("/items"))));
    QSignalSpy slowSpy(slow, &ApiJob::finished);
    QTRY_COMPARE(m_api->total(), 1);
    QElapsedTimer t;
    t.start();
    slow->abort();
    QCOMPARE(slowSpy.count(), 1);
    QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed()))); // not the 2 s reply
    QCOMPARE(slowSpy.first().first().value<ApiResponse>().error.kind(), Kind::Cancelled);
}

void TestHttpClient::limiterKeepsFivePerSecond()
{
    // The windows the Act-On connector keeps to: a call is stamped when it has been sent and
    // counted by the server when it arrives, so the local second is a little longer.
    m_limiter = std::make_unique<RateLimiter>(ActOnConnector::limiterWindows());
    m_client->setRateLimiter(m_limiter.get());
    QElapsedTimer t;
    t.start();
    QList<ApiResponse> results;
    for (int i = 0; i < 12; ++i) {
        m_client->send(ApiRequest::get(url(QStringLiteral("/ping"))), this,
            [&results](const ApiResponse &r) { results.append(r); });
    }
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 12, 10000);
    const qint64 elapsed = t.elapsed();
    for (const auto &r : results)
        QVERIFY2(r.ok(), qPrintable(r.error.toLogString()));
    QVERIFY2(elapsed >= 2000, qPrintable(QString::number(elapsed)));
    QVERIFY2(elapsed < 6000, qPrintable(QString::number(elapsed))); // no needless waits
    QCOMPARE(m_api->calls(QStringLiteral("ping")), 12);
    // Server side: never more than 5 arrivals inside any 1 s stretch.
    const auto &a = m_api->arrivals;
    for (qsizetype i = 0; i < a.size(); ++i) {
        int inWindow = 0;
        for (qsizetype j = i; j < a.size() && a.at(j) - a.at(i) < 1000; ++j)
            ++inWindow;
        QVERIFY2(inWindow <= 5, qPrintable(QStringLiteral("%1 calls within 1000 ms").arg(inWindow)));
    }
    const auto s = m_client->stats();
    QCOMPARE(s.attempts, 12);
    QVERIFY(s.limiterWaits >= 7);
    QVERIFY2(
        s.limiterWaitMs >= 5 * 1000 + 2 * 2000 - 100, qPrintable(QString::number(s.limiterWaitMs)));
    const auto u = m_limiter->usage();
    QCOMPARE(u.windows.at(1).used, 12);
    QCOMPARE(u.windows.at(1).limit, 30000);
    qInfo("12 calls at 5/s took %lld ms; limiter waits %lld (total %lld ms)", elapsed,
        s.limiterWaits, s.limiterWaitMs);
}

void TestHttpClient::quotaExhaustedFailsFast()
{
    m_limiter = std::make_unique<RateLimiter>(RateLimiter::salesforceWindows());
    m_client->setRateLimiter(m_limiter.get());
    // Salesforce-style: the server reports usage; the observer feeds it to the limiter.
    m_client->setResponseObserver(
        [this](const ApiResponse &) { m_limiter->applyServerUsage(5000, 5000); });
    const ApiResponse first = run(ApiRequest::get(url(QStringLiteral("/items"))));
    QVERIFY(first.ok());
    const ApiResponse second = run(ApiRequest::get(url(QStringLiteral("/items"))));
    QCOMPARE(second.error.kind(), Kind::QuotaExhausted);
    QCOMPARE(second.attempts, 0);
    QCOMPARE(m_api->calls(QStringLiteral("items")), 1);
    QCOMPARE(second.error.userMessage(),
        QStringLiteral("Test API's limit of 5,000 API calls for anna@example.com is used up. "
                       "LeadBridge will continue at the next scheduled sync."));
}

void TestHttpClient::reauthenticatesOnceThenSucceeds()
{
    TestAuth auth(m_client.get(), url(QStringLiteral("/token")));
    m_client->setAuthProvider(&auth);
    const ApiResponse r = run(ApiRequest::get(url(QStringLiteral("/secure"))));
    QVERIFY2(r.ok(), qPrintable(r.error.toLogString()));
    QCOMPARE(r.json.object().value(QStringLiteral("secret")).toString(), QStringLiteral("data"));
    QCOMPARE(r.attempts, 2);
    QCOMPARE(m_api->calls(QStringLiteral("secure")), 2);
    QCOMPARE(m_api->calls(QStringLiteral("token")), 1);
    QCOMPARE(auth.refreshes, 1);
    QCOMPARE(m_client->stats().authRefreshes, 1);
    // The fresh token is used from now on: no more refreshes.
    const ApiResponse again = run(ApiRequest::get(url(QStringLiteral("/secure"))));
    QVERIFY(again.ok());
    QCOMPARE(again.attempts, 1);
    QCOMPARE(m_api->calls(QStringLiteral("token")), 1);
}

void TestHttpClient::reauthStillRejectedEndsWithoutLoop()
{
    TestAuth auth(m_client.get(), url(QStringLiteral("/token")));
    m_client->setAuthProvider(&auth);
    m_api->refreshBroken = true; // issues tokens the resource never accepts
    const ApiResponse r = run(ApiRequest::get(url(QStringLiteral("/secure"))));
    QCOMPARE(r.error.kind(), Kind::Auth);
    QCOMPARE(r.error.httpStatus(), 401);
    QCOMPARE(r.attempts, 2);
    QTest::qWait(200);
    QCOMPARE(m_api->calls(QStringLiteral("secure")), 2); // exactly two, no loop
    QCOMPARE(m_api->calls(QStringLiteral("token")), 1);
    QCOMPARE(r.error.userMessage(),
        QStringLiteral("Test API rejected the password for anna@example.com. Check it in "
                       "Accounts → Test API."));
}

void TestHttpClient::reauthRefreshRejected()
{
    TestAuth auth(m_client.get(), url(QStringLiteral("/token")));
    auth.secret = QStringLiteral("wrong-SECRET");
    m_client->setAuthProvider(&auth);
    const ApiResponse r = run(ApiRequest::get(url(QStringLiteral("/secure"))));
    QCOMPARE(r.error.kind(), Kind::Auth);
    QCOMPARE(r.attempts, 1);
    QCOMPARE(m_api->calls(QStringLiteral("secure")), 1);
    QCOMPARE(m_api->calls(QStringLiteral("token")), 1);
    QCOMPARE(r.error.vendorCode(), QStringLiteral("invalid_client"));
    QVERIFY(r.error.technicalDetail().contains(QStringLiteral("re-authentication failed")));
    QVERIFY(!r.error.technicalDetail().contains(QStringLiteral("wrong-SECRET")));
    QCOMPARE(r.error.userMessage(),
        QStringLiteral("Test API rejected the password for anna@example.com. Check it in "
                       "Accounts → Test API."));
}

void TestHttpClient::concurrent401sShareOneRefresh()
{
    TestAuth auth(m_client.get(), url(QStringLiteral("/token")));
    m_client->setAuthProvider(&auth);
    QList<ApiResponse> results;
    for (int i = 0; i < 3; ++i) {
        m_client->send(ApiRequest::get(url(QStringLiteral("/secure"))), this,
            [&results](const ApiResponse &r) { results.append(r); });
    }
    QTRY_COMPARE(results.size(), 3);
    for (const auto &r : results)
        QVERIFY2(r.ok(), qPrintable(r.error.toLogString()));
    QCOMPARE(m_api->calls(QStringLiteral("token")), 1);
    QCOMPARE(auth.refreshes, 1);
    QCOMPARE(m_api->calls(QStringLiteral("secure")), 6);
}

void TestHttpClient::connectionRefusedIsNetworkError()
{
    const QUrl dead = url(QStringLiteral("/items"));
    m_api.reset(); // nobody listens on that port any more
    m_client->setRetryPolicy(fastPolicy(2));
    const ApiResponse r = run(ApiRequest::get(dead));
    QCOMPARE(r.error.kind(), Kind::Network);
    QCOMPARE(r.attempts, 2); // refused connections are retried
    QCOMPARE(r.error.userMessage(),
        QStringLiteral("LeadBridge could not reach Test API for anna@example.com. Check the "
                       "internet connection and proxy settings, then sync again."));
    m_api = std::make_unique<TestApi>(); // for cleanup()
}

void TestHttpClient::vendorClassifierTurns403IntoRateLimit()
{
    m_api->quota403Left = 1;
    // Without a classifier a 403 is a permission problem and is not retried.
    ApiResponse r = run(ApiRequest::get(url(QStringLiteral("/events"))));
    QCOMPARE(r.error.kind(), Kind::Permission);
    QCOMPARE(r.attempts, 1);
    QVERIFY(r.error.userMessage().contains(QStringLiteral("Ask your Test API administrator")));

    // ON24 answers "maximum number of calls" with 403: a connector reclassifies it.
    m_client->setErrorClassifier([](const ApiResponse &answer, ApiError &error) {
        if (answer.status == 403
            && error.vendorMessage().contains(QStringLiteral("maximum number of calls"))) {
            error.setKind(Kind::RateLimited);
            error.setRetryable(true);
        }
    });
    m_api->quota403Left = 1;
    m_api->resetCounters();
    r = run(ApiRequest::get(url(QStringLiteral("/events"))));
    QVERIFY2(r.ok(), qPrintable(r.error.toLogString()));
    QCOMPARE(r.attempts, 2);
    QCOMPARE(m_api->calls(QStringLiteral("events")), 2);
    QCOMPARE(m_client->stats().rateLimitAnswers, 1);
}

void TestHttpClient::runsOnAnEngineThread()
{
    // The engine creates its QNAM, limiter and client inside its own thread; the result
    // comes back there without any event loop of the main thread being involved beyond the
    // emulator's.
    m_api->setFault([](FaultSettings &f) { f.failNext = 1; });
    QThread engine;
    engine.start();
    QObject anchor;
    anchor.moveToThread(&engine);
    const QUrl target = url(QStringLiteral("/items"));
    std::atomic<int> attempts { -1 };
    std::atomic<bool> onEngineThread { false };
    std::atomic<bool> done { false };
    QMetaObject::invokeMethod(&anchor, [&] {
        auto *nam = new QNetworkAccessManager(&anchor);
        auto *limiter = new RateLimiter(RateLimiter::actOnWindows(), &anchor);
        auto *client = new HttpClient(nam, &anchor);
        client->setRateLimiter(limiter);
        client->setRetryPolicy(fastPolicy());
        client->send(ApiRequest::get(target), &anchor, [&](const ApiResponse &r) {
            attempts = r.ok() ? r.attempts : -2;
            onEngineThread = QThread::currentThread() == &engine;
            done = true;
        });
    });
    QTRY_VERIFY_WITH_TIMEOUT(done.load(), 10000);
    QCOMPARE(attempts.load(), 2);
    QVERIFY(onEngineThread.load());
    QMetaObject::invokeMethod(
        &anchor,
        [&] {
            qDeleteAll(anchor.children());
            anchor.moveToThread(QCoreApplication::instance()->thread());
        },
        Qt::BlockingQueuedConnection);
    engine.quit();
    engine.wait();
    QCOMPARE(m_api->calls(QStringLiteral("items")), 2);
}

void TestHttpClient::logHasNoSecrets()
{
    QLoggingCategory::setFilterRules(QStringLiteral("leadbridge.net.debug=true"));
    {
        QMutexLocker lock(&g_logMutex);
        g_log.clear();
    }
    g_previousHandler = qInstallMessageHandler(captureLog);

    TestAuth auth(m_client.get(), url(QStringLiteral("/token")));
    m_client->setAuthProvider(&auth);
    const ApiResponse secure = run(ApiRequest::get(url(QStringLiteral("/secure"))));
    QVERIFY(secure.ok());
    // ON24-style token headers, a password in a JSON body and a token in the query.
    ApiRequest on24
        = ApiRequest::json("POST", url(QStringLiteral("/items?access_token=qtok-SECRET-5")),
            QJsonDocument(QJsonObject { { QStringLiteral("email"), QStringLiteral("a@b.c") },
                { QStringLiteral("password"), QStringLiteral("pw-SECRET-9") } }));
    on24.useAuth = false;
    on24.setHeader("accesstokenkey", "on24key-SECRET");
    on24.setHeader("accesstokensecret", "on24secret-SECRET");
    on24.setHeader("Cookie", "JSESSIONID=jsess-SECRET");
    const ApiResponse posted = run(on24);
    QVERIFY(posted.ok());
    // A failure is logged as a warning with its technical detail.
    const ApiResponse failed = run(ApiRequest::json("POST", url(QStringLiteral("/items")),
        QJsonDocument(QJsonObject { { QStringLiteral("client_secret"), kClientSecret } })));
    QCOMPARE(failed.error.kind(), Kind::Validation);

    qInstallMessageHandler(g_previousHandler);
    QLoggingCategory::setFilterRules(QString());

    QStringList log;
    {
        QMutexLocker lock(&g_logMutex);
        log = g_log;
    }
    const QString all = log.join(u'\n');
    // The log says what happened...
    QVERIFY2(all.contains(QStringLiteral("→ GET ") + url(QStringLiteral("/secure")).toString()),
        qPrintable(all));
    QVERIFY(all.contains(QStringLiteral("← 401")));
    QVERIFY(all.contains(QStringLiteral("re-authenticating")));
    QVERIFY(all.contains(QStringLiteral("→ POST ") + url(QStringLiteral("/token")).toString()));
    QVERIFY(all.contains(QStringLiteral("failed after 1 attempt(s)")));
    QVERIFY(all.contains(QStringLiteral("[REDACTED]")));
    QVERIFY(all.contains(QStringLiteral("grant_type=client_credentials")));
    // ...and no secret at all.
    QStringList secrets = { kClientSecret, QString::fromLatin1(kStaleToken),
        QString::fromLatin1(kSessionId), QStringLiteral("qtok-SECRET-5"),
        QStringLiteral("pw-SECRET-9"), QStringLiteral("on24key-SECRET"),
        QStringLiteral("on24secret-SECRET"), QStringLiteral("jsess-SECRET") };
    for (const QByteArray &t : std::as_const(m_api->issuedTokens))
        secrets.append(QString::fromLatin1(t));
    QVERIFY(m_api->issuedTokens.size() == 1);
    for (const QString &secret : std::as_const(secrets))
        QVERIFY2(!all.contains(secret), qPrintable(secret + u" leaked:\n" + all));
    QVERIFY2(!all.contains(QStringLiteral("SECRET")), qPrintable(all));
}

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
