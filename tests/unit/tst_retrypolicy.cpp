#include "core/net/ApiError.h"
#include "core/net/HttpClient.h"
#include "core/net/RetryPolicy.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace LeadBridge;
using Kind = ApiError::Kind;

Q_DECLARE_METATYPE(LeadBridge::ApiError::Kind)
Q_DECLARE_METATYPE(LeadBridge::RetryPolicy::Jitter)

namespace {

ApiError errorOf(Kind kind, qint64 retryAfterMs = -1)
{
    ApiError e(kind, QStringLiteral("sentence"));
    e.setRetryAfterMs(retryAfterMs);
    return e;
}

} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backoff_data();
    void backoff();
    void decide_data();
    void decide();
    void retryableStatus_data();
    void retryableStatus();
    void retryableNetworkError_data();
    void retryableNetworkError();
    void parseRetryAfter_data();
    void parseRetryAfter();
    void classify_data();
    void classify();
    void sentences();
    void technicalDetailIsRedacted();
};

void TestRetryPolicy::backoff_data()
{
    QTest::addColumn<RetryPolicy::Jitter>("jitter");
    QTest::addColumn<int>("nextAttempt");
    QTest::addColumn<double>("random");
    QTest::addColumn<qint64>("expected");
    const auto none = RetryPolicy::Jitter::None;
    const auto full = RetryPolicy::Jitter::Full;
    // base 500 ms, cap 30 s
    QTest::newRow("first retry") << none << 2 << 0.7 << qint64(500);
    QTest::newRow("second retry doubles") << none << 3 << 0.7 << qint64(1000);
    QTest::newRow("fifth retry") << none << 6 << 0.0 << qint64(8000);
    QTest::newRow("capped") << none << 8 << 0.0 << qint64(30000);
    QTest::newRow("huge attempt stays capped") << none << 500 << 0.0 << qint64(30000);
    QTest::newRow("full jitter low") << full << 3 << 0.0 << qint64(0);
    QTest::newRow("full jitter half") << full << 3 << 0.5 << qint64(500);
    QTest::newRow("full jitter high") << full << 2 << 0.999 << qint64(499);
    QTest::newRow("full jitter capped") << full << 20 << 0.5 << qint64(15000);
}

void TestRetryPolicy::backoff()
{
    QFETCH(RetryPolicy::Jitter, jitter);
    QFETCH(int, nextAttempt);
    QFETCH(double, random);
    QFETCH(qint64, expected);
    RetryPolicy p;
    p.baseDelayMs = 500;
    p.maxDelayMs = 30000;
    p.jitter = jitter;
    QCOMPARE(p.backoffMs(nextAttempt, random), expected);
}

void TestRetryPolicy::decide_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<int>("attemptsMade");
    QTest::addColumn<bool>("retry");
    QTest::addColumn<qint64>("delay");
    QTest::addColumn<bool>("tooLong");
    // policy: 4 attempts, base 1000, no jitter, Retry-After cap 60 s
    QTest::newRow("503 first failure")
        << errorOf(Kind::Server) << 1 << true << qint64(1000) << false;
    QTest::newRow("503 third failure")
        << errorOf(Kind::Server) << 3 << true << qint64(4000) << false;
    QTest::newRow("503 out of attempts")
        << errorOf(Kind::Server) << 4 << false << qint64(0) << false;
    QTest::newRow("timeout") << errorOf(Kind::Timeout) << 1 << true << qint64(1000) << false;
    QTest::newRow("network") << errorOf(Kind::Network) << 2 << true << qint64(2000) << false;
    QTest::newRow("malformed") << errorOf(Kind::Malformed) << 1 << true << qint64(1000) << false;
    QTest::newRow("429 Retry-After 7 s")
        << errorOf(Kind::RateLimited, 7000) << 1 << true << qint64(7000) << false;
    QTest::newRow("429 Retry-After 0")
        << errorOf(Kind::RateLimited, 0) << 1 << true << qint64(0) << false;
    QTest::newRow("429 without Retry-After backs off")
        << errorOf(Kind::RateLimited) << 2 << true << qint64(2000) << false;
    QTest::newRow("429 Retry-After beyond the cap")
        << errorOf(Kind::RateLimited, 3600'000) << 1 << false << qint64(3600'000) << true;
    QTest::newRow("auth never") << errorOf(Kind::Auth) << 1 << false << qint64(0) << false;
    QTest::newRow("validation never")
        << errorOf(Kind::Validation) << 1 << false << qint64(0) << false;
    QTest::newRow("permission never")
        << errorOf(Kind::Permission) << 1 << false << qint64(0) << false;
    QTest::newRow("not found never") << errorOf(Kind::NotFound) << 1 << false << qint64(0) << false;
    QTest::newRow("quota never") << errorOf(Kind::QuotaExhausted) << 1 << false << qint64(0)
                                 << false;
    QTest::newRow("cancelled never")
        << errorOf(Kind::Cancelled) << 1 << false << qint64(0) << false;
    QTest::newRow("no error") << ApiError() << 1 << false << qint64(0) << false;
    ApiError unretryable = errorOf(Kind::Server);
    unretryable.setRetryable(false); // e.g. 501 Not Implemented
    QTest::newRow("server marked final") << unretryable << 1 << false << qint64(0) << false;
}

void TestRetryPolicy::decide()
{
    QFETCH(ApiError, error);
    QFETCH(int, attemptsMade);
    QFETCH(bool, retry);
    QFETCH(qint64, delay);
    QFETCH(bool, tooLong);
    RetryPolicy p;
    p.maxAttempts = 4;
    p.baseDelayMs = 1000;
    p.maxDelayMs = 30000;
    p.maxRetryAfterMs = 60000;
    p.jitter = RetryPolicy::Jitter::None;
    const auto d = p.decide(error, attemptsMade, 0.5);
    QCOMPARE(d.retry, retry);
    QCOMPARE(d.delayMs, delay);
    QCOMPARE(d.retryAfterTooLong, tooLong);
}

void TestRetryPolicy::retryableStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("retryable");
    const QList<QPair<int, bool>> table = { { 400, false }, { 401, false }, { 403, false },
        { 404, false }, { 405, false }, { 408, true }, { 409, false }, { 422, false },
        { 429, true }, { 500, true }, { 501, false }, { 502, true }, { 503, true }, { 504, true },
        { 505, false }, { 520, true }, { 200, false }, { 302, false } };
    for (const auto &[status, retryable] : table)
        QTest::addRow("%d", status) << status << retryable;
}

void TestRetryPolicy::retryableStatus()
{
    QFETCH(int, status);
    QFETCH(bool, retryable);
    QCOMPARE(RetryPolicy::isRetryableStatus(status), retryable);
}

void TestRetryPolicy::retryableNetworkError_data()
{
    QTest::addColumn<QNetworkReply::NetworkError>("error");
    QTest::addColumn<bool>("retryable");
    QTest::newRow("refused") << QNetworkReply::ConnectionRefusedError << true;
    QTest::newRow("reset/closed") << QNetworkReply::RemoteHostClosedError << true;
    QTest::newRow("dns") << QNetworkReply::HostNotFoundError << true;
    QTest::newRow("timeout") << QNetworkReply::TimeoutError << true;
    QTest::newRow("temporary") << QNetworkReply::TemporaryNetworkFailureError << true;
    QTest::newRow("proxy refused") << QNetworkReply::ProxyConnectionRefusedError << true;
    QTest::newRow("tls") << QNetworkReply::SslHandshakeFailedError << false;
    QTest::newRow("cancelled") << QNetworkReply::OperationCanceledError << false;
    QTest::newRow("auth required") << QNetworkReply::AuthenticationRequiredError << false;
    QTest::newRow("protocol") << QNetworkReply::ProtocolUnknownError << false;
}

void TestRetryPolicy::retryableNetworkError()
{
    QFETCH(QNetworkReply::NetworkError, error);
    QFETCH(bool, retryable);
    QCOMPARE(RetryPolicy::isRetryableNetworkError(error), retryable);
}

void TestRetryPolicy::parseRetryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expected"); // -1 = unreadable
    QTest::newRow("seconds") << QByteArray("120") << qint64(120000);
    QTest::newRow("seconds with spaces") << QByteArray(" 5 ") << qint64(5000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("negative") << QByteArray("-3") << qint64(-1);
    QTest::newRow("IMF-fixdate") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << qint64(60000);
    QTest::newRow("RFC 850") << QByteArray("Wednesday, 21-Oct-15 07:28:00 GMT") << qint64(60000);
    QTest::newRow("asctime") << QByteArray("Wed Oct 21 07:28:00 2015") << qint64(60000);
    QTest::newRow("date in the past") << QByteArray("Wed, 21 Oct 2015 07:00:00 GMT") << qint64(0);
    QTest::newRow("words") << QByteArray("soon") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
    QTest::newRow("fraction") << QByteArray("1.5") << qint64(-1);
    // Hostile values are clamped to a day, never overflowed into a negative wait.
    const qint64 day = RetryPolicy::kMaxRetryAfterMs;
    QCOMPARE(day, qint64(24) * 3600 * 1000);
    QTest::newRow("two days") << QByteArray("172800") << day;
    QTest::newRow("qint64 max seconds") << QByteArray("9223372036854775807") << day;
    QTest::newRow("overflows qint64") << QByteArray("99999999999999999999999") << day;
    QTest::newRow("huge negative") << QByteArray("-9223372036854775807") << qint64(-1);
    QTest::newRow("date far ahead") << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT") << day;
    QTest::newRow("nan") << QByteArray("nan") << qint64(-1);
    QTest::newRow("inf") << QByteArray("inf") << qint64(-1);
}

void TestRetryPolicy::parseRetryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expected);
    const QDateTime now(QDate(2015, 10, 21), QTime(7, 27, 0), Qt::UTC);
    const auto parsed = RetryPolicy::parseRetryAfter(value, now);
    if (expected < 0) {
        QVERIFY(!parsed.has_value());
        return;
    }
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, expected);
}

void TestRetryPolicy::classify_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("networkError");
    QTest::addColumn<bool>("timedOut");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<QString>("vendorCode");
    QTest::addColumn<qint64>("retryAfterMs");
    QTest::addColumn<QString>("sentencePart");

    const int none = int(QNetworkReply::NoError);
    QTest::newRow("200 JSON") << 200 << QByteArray("{\"ok\":true}") << QByteArray() << none << false
                              << Kind::None << false << QString() << qint64(-1) << QString();
    QTest::newRow("204 empty") << 204 << QByteArray() << QByteArray() << none << false << Kind::None
                               << false << QString() << qint64(-1) << QString();
    QTest::newRow("200 broken JSON")
        << 200 << QByteArray("{\"items\": [1, 2") << QByteArray() << none << false
        << Kind::Malformed << true << QString() << qint64(-1)
        << QStringLiteral("sent an answer for anna@example.com that LeadBridge could not read");
    QTest::newRow("400 Salesforce array")
        << 400
        << QByteArray(
               R"([{"message":"Email: invalid email address: bob@","errorCode":"INVALID_EMAIL_ADDRESS"}])")
        << QByteArray() << int(QNetworkReply::ProtocolInvalidOperationError) << false
        << Kind::Validation << false << QStringLiteral("INVALID_EMAIL_ADDRESS") << qint64(-1)
        << QStringLiteral("Act-On refused the data sent for anna@example.com: \"Email: invalid "
                          "email address: bob@\".");
    QTest::newRow("401 OAuth") << 401 << QByteArray(R"({"error":"invalid_token"})") << QByteArray()
                               << int(QNetworkReply::AuthenticationRequiredError) << false
                               << Kind::Auth << false << QStringLiteral("invalid_token")
                               << qint64(-1)
                               << QStringLiteral("Act-On rejected the password for "
                                                 "anna@example.com. Check it in Accounts → "
                                                 "Act-On.");
    QTest::newRow("403") << 403 << QByteArray(R"({"message":"Insufficient access"})")
                         << QByteArray() << int(QNetworkReply::ContentAccessDenied) << false
                         << Kind::Permission << false << QString() << qint64(-1)
                         << QStringLiteral("Ask your Act-On administrator");
    QTest::newRow("404") << 404 << QByteArray("<html>nope</html>") << QByteArray()
                         << int(QNetworkReply::ContentNotFoundError) << false << Kind::NotFound
                         << false << QString() << qint64(-1)
                         << QStringLiteral("could not find what LeadBridge asked for");
    QTest::newRow("408") << 408 << QByteArray() << QByteArray() << none << false << Kind::Timeout
                         << true << QString() << qint64(-1) << QStringLiteral("did not answer");
    QTest::newRow("422") << 422 << QByteArray(R"({"error":{"message":"bad field","code":"E1"}})")
                         << QByteArray() << none << false << Kind::Validation << false
                         << QStringLiteral("E1") << qint64(-1) << QStringLiteral("\"bad field\"");
    QTest::newRow("429 Retry-After")
        << 429 << QByteArray(R"({"message":"slow down"})") << QByteArray("30") << none << false
        << Kind::RateLimited << true << QString() << qint64(30000)
        << QStringLiteral("It will try again in 30 seconds.");
    QTest::newRow("500") << 500 << QByteArray("oops") << QByteArray() << none << false
                         << Kind::Server << true << QString() << qint64(-1)
                         << QStringLiteral("Act-On had a problem on its side");
    QTest::newRow("501") << 501 << QByteArray() << QByteArray() << none << false << Kind::Server
                         << false << QString() << qint64(-1) << QString();
    QTest::newRow("503 Retry-After")
        << 503 << QByteArray() << QByteArray("2") << none << false << Kind::Server << true
        << QString() << qint64(2000) << QString();
    QTest::newRow("refused") << 0 << QByteArray() << QByteArray()
                             << int(QNetworkReply::ConnectionRefusedError) << false << Kind::Network
                             << true << QString() << qint64(-1)
                             << QStringLiteral("LeadBridge could not reach Act-On");
    QTest::newRow("tls") << 0 << QByteArray() << QByteArray()
                         << int(QNetworkReply::SslHandshakeFailedError) << false << Kind::Network
                         << false << QString() << qint64(-1) << QString();
    QTest::newRow("our timeout") << 0 << QByteArray() << QByteArray()
                                 << int(QNetworkReply::OperationCanceledError) << true
                                 << Kind::Timeout << true << QString() << qint64(-1)
                                 << QStringLiteral("did not answer within 3 seconds");
    QTest::newRow("caller abort") << 0 << QByteArray() << QByteArray()
                                  << int(QNetworkReply::OperationCanceledError) << false
                                  << Kind::Cancelled << false << QString() << qint64(-1)
                                  << QStringLiteral("was cancelled");
}

void TestRetryPolicy::classify()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, networkError);
    QFETCH(bool, timedOut);
    QFETCH(Kind, kind);
    QFETCH(bool, retryable);
    QFETCH(QString, vendorCode);
    QFETCH(qint64, retryAfterMs);
    QFETCH(QString, sentencePart);

    QNetworkAccessManager nam;
    HttpClient client(&nam);
    client.setSystemName(QStringLiteral("Act-On"));
    client.setAccountLabel(QStringLiteral("anna@example.com"));
    client.setCredentialKind(ApiError::Credential::Password);
    ApiRequest request = ApiRequest::get(QUrl(QStringLiteral("https://api.example.com/x")));
    request.timeoutMs = 3000;
    ApiResponse answer;
    answer.status = status;
    answer.body = body;
    if (!retryAfter.isEmpty())
        answer.headers.append({ QByteArray("Retry-After"), retryAfter });
    ApiError e = client.classify(request, answer, QNetworkReply::NetworkError(networkError),
        QStringLiteral("net error text"), timedOut);
    client.composeSentence(e, request);
    QCOMPARE(ApiError::kindName(e.kind()), ApiError::kindName(kind));
    QCOMPARE(e.isRetryable(), retryable);
    QCOMPARE(e.vendorCode(), vendorCode);
    QCOMPARE(e.retryAfterMs(), retryAfterMs);
    if (kind != Kind::None) {
        QVERIFY(!e.userMessage().isEmpty());
        QVERIFY(!e.technicalDetail().isEmpty());
        QCOMPARE(e.httpStatus(), status);
    }
    if (!sentencePart.isEmpty())
        QVERIFY2(e.userMessage().contains(sentencePart), qPrintable(e.userMessage()));
}

void TestRetryPolicy::sentences()
{
    QCOMPARE(ApiError::credentialsRejected(QStringLiteral("Act-On"),
                 QStringLiteral("anna@example.com"), ApiError::Credential::Password),
        QStringLiteral("Act-On rejected the password for anna@example.com. Check it in "
                       "Accounts → Act-On."));
    QCOMPARE(ApiError::credentialsRejected(QStringLiteral("ON24"), QStringLiteral("Client 22317"),
                 ApiError::Credential::Token),
        QStringLiteral("ON24 rejected the access token for Client 22317. Check it in "
                       "Accounts → ON24."));
    QCOMPARE(
        ApiError::sentence(Kind::Auth, QStringLiteral("Salesforce"), QStringLiteral("acme prod")),
        QStringLiteral("Salesforce rejected the sign-in details for acme prod. Check them in "
                       "Accounts → Salesforce."));
    const QString quota = ApiError::quotaUsedUp(
        QStringLiteral("Act-On"), QStringLiteral("anna@example.com"), 30000);
    QVERIFY2(quota.startsWith(QStringLiteral("Act-On's limit of 30,000 API calls for "
                                             "anna@example.com is used up.")),
        qPrintable(quota));
    QCOMPARE(ApiError::humanDuration(1), QStringLiteral("1 second"));
    QCOMPARE(ApiError::humanDuration(45'000), QStringLiteral("45 seconds"));
    QCOMPARE(ApiError::humanDuration(120'000), QStringLiteral("2 minutes"));
    QCOMPARE(ApiError::humanDuration(3 * 3600'000), QStringLiteral("3 hours"));
    // Every kind has a sentence that names the system.
    for (Kind k : { Kind::Auth, Kind::Permission, Kind::NotFound, Kind::Validation,
             Kind::RateLimited, Kind::QuotaExhausted, Kind::Server, Kind::Network, Kind::Timeout,
             Kind::Malformed, Kind::Cancelled }) {
        const QString s = ApiError::sentence(k, QStringLiteral("Pipeliner"), QStringLiteral("EU"));
        QVERIFY2(s.contains(QStringLiteral("Pipeliner")) && s.endsWith(u'.'), qPrintable(s));
    }
}

void TestRetryPolicy::technicalDetailIsRedacted()
{
    QNetworkAccessManager nam;
    HttpClient client(&nam);
    ApiResponse answer;
    answer.status = 400;
    answer.body
        = R"({"error":"invalid_grant","access_token":"tok-SECRET-123","password":"hunter2"})";
    const ApiError e = client.classify(
        ApiRequest::get(QUrl(QStringLiteral("https://x.example/t?client_secret=abcSECRET"))),
        answer, QNetworkReply::ProtocolInvalidOperationError, {}, false);
    QCOMPARE(e.vendorCode(), QStringLiteral("invalid_grant"));
    QVERIFY(!e.technicalDetail().contains(QStringLiteral("tok-SECRET-123")));
    QVERIFY(!e.technicalDetail().contains(QStringLiteral("hunter2")));
    QVERIFY(!e.technicalDetail().contains(QStringLiteral("abcSECRET")));
    QVERIFY(e.technicalDetail().contains(QStringLiteral("HTTP 400")));
    QVERIFY(!e.toLogString().contains(QStringLiteral("hunter2")));
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
