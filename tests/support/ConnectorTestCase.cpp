#include "tests/support/ConnectorTestCase.h"

#include "core/net/HttpClient.h"
#include "core/sandbox/FaultSettings.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace LeadBridge::Test {

int ConnectorTestCase::FetchOutcome::records() const
{
    int n = 0;
    for (const auto &p : pages)
        n += int(p.records.size());
    return n;
}

void ConnectorTestCase::fastRetries(Connector &c)
{
    RetryPolicy p;
    p.baseDelayMs = 20;
    p.maxDelayMs = 100;
    p.jitter = RetryPolicy::Jitter::None;
    c.http()->setRetryPolicy(p);
}

qint64 ConnectorTestCase::calls(const QString &endpoint) const
{
    return emulator()
        .counters()
        .value(QStringLiteral("calls"))
        .toObject()
        .value(endpoint)
        .toInteger();
}

qint64 ConnectorTestCase::totalCalls() const
{
    return emulator().counters().value(QStringLiteral("total")).toInteger();
}

void ConnectorTestCase::setFaults(const QJsonObject &json)
{
    QString error;
    emulator().setFaults(Sandbox::FaultSettings::fromJson(json, emulator().faults(), &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

QJsonObject ConnectorTestCase::control(
    const QByteArray &verb, const QString &path, const QJsonValue &body)
{
    QUrl u = emulator().baseUrl();
    const qsizetype q = path.indexOf(QLatin1Char('?'));
    u.setPath(q < 0 ? path : path.left(q));
    if (q >= 0)
        u.setQuery(path.mid(q + 1));
    QNetworkRequest req(u);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    const QByteArray data
        = body.isObject() ? QJsonDocument(body.toObject()).toJson() : QByteArray();
    QNetworkReply *reply = m_control.sendCustomRequest(req, verb, data);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 5000))
        return {};
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

QList<QUrlQuery> ConnectorTestCase::spiedQueries(const QString &pathEnd) const
{
    QList<QUrlQuery> out;
    for (const QUrl &u : m_nam->urls) {
        if (u.path().endsWith(pathEnd))
            out.append(QUrlQuery(u));
    }
    return out;
}

ConnectorTestCase::FetchOutcome ConnectorTestCase::runFetch(
    const std::function<void(Connector::PageHandler, Connector::Done)> &start)
{
    auto out = std::make_shared<FetchOutcome>();
    start([out](const FetchPage &p) { out->pages.append(p); },
        [out](const ApiError &e) {
            ++out->doneCalls;
            out->error = e;
        });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(out->error.has_value(), 20000); }();
    QTest::qWait(20); // a second done() would show up here
    return *out;
}

ConnectorTestCase::FetchOutcome ConnectorTestCase::runFetchAbortedInFlight(Connector &connector,
    const std::function<void(Connector::PageHandler, Connector::Done)> &start, int settleMs)
{
    auto out = std::make_shared<FetchOutcome>();
    start([out](const FetchPage &p) { out->pages.append(p); },
        [out](const ApiError &e) {
            ++out->doneCalls;
            out->error = e;
        });
    QTest::qWait(100);
    connector.abort();
    [&] { QTRY_VERIFY(out->error.has_value()); }();
    QTest::qWait(settleMs);
    return *out;
}

ConnectorTestCase::FetchOutcome ConnectorTestCase::runFetchAbortedOnFirstPage(
    Connector &connector, const std::function<void(Connector::PageHandler, Connector::Done)> &start)
{
    auto out = std::make_shared<FetchOutcome>();
    Connector *raw = &connector;
    start(
        [out, raw](const FetchPage &p) {
            out->pages.append(p);
            raw->abort();
        },
        [out](const ApiError &e) {
            ++out->doneCalls;
            out->error = e;
        });
    [&] { QTRY_VERIFY(out->error.has_value()); }();
    QTest::qWait(50);
    return *out;
}

} // namespace LeadBridge::Test
