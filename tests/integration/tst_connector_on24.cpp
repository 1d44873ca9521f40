// On24Connector against the in-process ON24 emulator: every call the connector makes,
// paging edges (0, exactly 100, 250), six-month windows of a 14-month backfill (seen on
// the wire through a request spy), wrong and deactivated keys, the 403 quota answer and
// 429, 5xx bursts, malformed and cut bodies, late attendance after a clock move, writes
// (REST registration) and abort.
#include "core/connectors/on24/On24Connector.h"
#include "core/net/HttpClient.h"
#include "core/sandbox/on24/On24Emulator.h"
#include "tests/support/ConnectorTestCase.h"
#include "tests/support/sandbox/On24DemoWorld.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

#include <memory>
#include <optional>

using namespace LeadBridge;
using namespace LeadBridge::Sandbox;
using Kind = ApiError::Kind;
using LeadBridge::Test::ConnectorTestCase;
using LeadBridge::Test::On24DemoWorld;
using LeadBridge::Test::RequestSpy;

namespace {

/// The ON24 world of tst_sandbox_on24 (clients 1001 to 1005) and 1006: events 13, 8 and
/// 2 months back, one registrant each.
DemoDataset dataset(const QDateTime &now)
{
    DemoDataset d = On24DemoWorld::dataset(now);
    DemoOn24Client c6;
    c6.clientId = 1006;
    int p = 0;
    for (int months : { 13, 8, 2 }) {
        DemoEvent e = On24DemoWorld::event(9000 + months, now.addMonths(-months));
        e.registrations.append(On24DemoWorld::registration(p++, e.start.addDays(-3)));
        c6.events.append(e);
    }
    d.on24Clients.append(c6);
    return d;
}

} // namespace

class TestConnectorOn24 : public ConnectorTestCase
{
    Q_OBJECT

private:
    std::unique_ptr<On24Emulator> m_emu;
    QDateTime m_now;

    Emulator &emulator() const override { return *m_emu; }

    ConnectorConfig config(qint64 clientId, const QString &key = On24Emulator::demoTokenKey(),
        const QString &secret = On24Emulator::demoTokenSecret()) const
    {
        ConnectorConfig c;
        c.account.kind = AccountKind::On24;
        c.account.name = QStringLiteral("Demo NA");
        c.account.settings.insert(QStringLiteral("clientId"), QString::number(clientId));
        c.account.settings.insert(QStringLiteral("dataCentre"), QStringLiteral("custom"));
        c.account.settings.insert(QStringLiteral("baseUrl"), m_emu->baseUrl().toString());
        c.credentials.secrets.insert(QStringLiteral("tokenKey"), key.toUtf8());
        c.credentials.secrets.insert(QStringLiteral("tokenSecret"), secret.toUtf8());
        return c;
    }
    std::unique_ptr<On24Connector> connector(qint64 clientId)
    {
        auto c = std::make_unique<On24Connector>(config(clientId), m_nam.get());
        fastRetries(*c);
        return c;
    }
    static QString pacificDay(const QDateTime &t)
    {
        return t.toTimeZone(QTimeZone(QByteArrayLiteral("America/Los_Angeles")))
            .date()
            .toString(Qt::ISODate);
    }

private slots:
    void init()
    {
        m_emu = std::make_unique<On24Emulator>();
        m_now = QDateTime::currentDateTimeUtc();
        m_emu->seed(dataset(m_now));
        QVERIFY(m_emu->listen(0));
        m_nam = std::make_unique<RequestSpy>();
    }
    void cleanup()
    {
        m_nam.reset();
        m_emu.reset();
    }

    // ------------------------------------------------------------ settings

    void dataCentresAndBaseUrl()
    {
        ConnectorConfig c = config(1001);
        c.account.settings.remove(QStringLiteral("baseUrl"));
        c.account.settings.insert(QStringLiteral("dataCentre"), QStringLiteral("na"));
        QCOMPARE(On24Connector(c, m_nam.get()).clientRoot().toString(),
            QStringLiteral("https://api.on24.com/v2/client/1001"));
        c.account.settings.insert(QStringLiteral("dataCentre"), QStringLiteral("eu"));
        QCOMPARE(On24Connector(c, m_nam.get()).clientRoot().toString(),
            QStringLiteral("https://api.eu.on24.com/v2/client/1001"));
        c.account.settings.insert(
            QStringLiteral("baseUrl"), QStringLiteral("https://on24.example.com/v2/"));
        QCOMPARE(On24Connector(c, m_nam.get()).clientRoot().toString(),
            QStringLiteral("https://on24.example.com/v2/client/1001"));

        // Plain http to a remote host is refused before any call.
        c.account.settings.insert(
            QStringLiteral("baseUrl"), QStringLiteral("http://on24.example.com"));
        On24Connector insecure(c, m_nam.get());
        auto [info, error] = runResult<ConnectionInfo>(
            [&](Connector::Result<ConnectionInfo> d) { insecure.checkConnection(d); });
        QCOMPARE(error.kind(), Kind::Validation);
        QCOMPARE(error.userMessage(),
            QStringLiteral("LeadBridge only connects to on24.example.com over an encrypted "
                           "connection. Use an https:// address."));
        QVERIFY(m_nam->urls.isEmpty());
    }

    void missingSettingsAreSentences()
    {
        ConnectorConfig c = config(1001);
        c.credentials.secrets.remove(QStringLiteral("tokenSecret"));
        On24Connector noSecret(c, m_nam.get());
        auto r1 = runResult<ConnectionInfo>(
            [&](Connector::Result<ConnectionInfo> d) { noSecret.checkConnection(d); });
        QCOMPARE(r1.second.userMessage(),
            QStringLiteral("The ON24 token key or token secret for Demo NA is missing. Enter both "
                           "in Accounts → ON24."));
        c = config(1001);
        c.account.settings.insert(QStringLiteral("clientId"), QStringLiteral("acme"));
        On24Connector badId(c, m_nam.get());
        const FetchOutcome f
            = runFetch([&](auto p, auto d) { badId.registrants(m_now.addDays(-1), m_now, p, d); });
        QCOMPARE(f.error->userMessage(),
            QStringLiteral("The ON24 client id for Demo NA is missing or not a number. Enter the "
                           "numeric client id from ON24 in Accounts → ON24."));
        QCOMPARE(f.doneCalls, 1);
        QCOMPARE(m_emu->counters().value(QStringLiteral("total")).toInt(), 0);
    }

    // ------------------------------------------------------------ check connection

    void checkConnectionHappy()
    {
        auto c = connector(1001);
        auto [info, error] = runResult<ConnectionInfo>(
            [&](Connector::Result<ConnectionInfo> d) { c->checkConnection(d); });
        QVERIFY2(!error.isError(), qPrintable(error.toLogString()));
        QCOMPARE(info.details.value(QStringLiteral("clientId")).toString(), QStringLiteral("1001"));
        QVERIFY(info.displayName.startsWith(QStringLiteral("ON24 client 1001 (")));
        QCOMPARE(info.instanceUrl, m_emu->baseUrl().toString());
        QCOMPARE(calls(QStringLiteral("event.list")), 1);
        // The last day only, as dates.
        const QUrlQuery q = spiedQueries(QStringLiteral("/event")).value(0);
        QCOMPARE(q.queryItemValue(QStringLiteral("endDate")),
            pacificDay(QDateTime::currentDateTimeUtc()));
        QCOMPARE(q.queryItemValue(QStringLiteral("startDate")),
            pacificDay(QDateTime::currentDateTimeUtc().addDays(-1)));
        // Key and secret went out as headers, never in the URL.
        QVERIFY(!m_nam->urls.value(0).toString().contains(On24Emulator::demoTokenKey()));
    }

    void wrongKeysSentenceWithoutRetry()
    {
        On24Connector c(config(1001, QStringLiteral("0123456789abcdef0123456789abcdef"),
                            QStringLiteral("nope")),
            m_nam.get());
        auto [info, error] = runResult<ConnectionInfo>(
            [&](Connector::Result<ConnectionInfo> d) { c.checkConnection(d); });
        QCOMPARE(error.kind(), Kind::Auth);
        QCOMPARE(error.httpStatus(), 401);
        QCOMPARE(error.userMessage(),
            QStringLiteral(
                "ON24 rejected the access token for Demo NA. Check it in Accounts → ON24."));
        QCOMPARE(error.vendorMessage(),
            QStringLiteral("AccessTokenKey and AccessTokenSecret are wrong or invalid."));
        QCOMPARE(calls(QStringLiteral("event.list")), 1); // keys: no re-login, no retry
        QVERIFY(!error.technicalDetail().contains(On24Emulator::demoTokenSecret()));
    }

    void deactivatedTokenSentence()
    {
        auto c = connector(1001);
        QNetworkAccessManager raw;
        QUrl u = m_emu->baseUrl();
        u.setPath(QStringLiteral("/_sandbox/tokens/expire"));
        QNetworkReply *reply = raw.post(QNetworkRequest(u), QByteArray());
        QTRY_VERIFY(reply->isFinished());
        reply->deleteLater();
        const FetchOutcome f = runFetch([&](auto p, auto d) { c->eventRegistrants(5001, p, d); });
        QCOMPARE(f.error->kind(), Kind::Auth);
        QCOMPARE(f.error->userMessage(),
            QStringLiteral("ON24 has deactivated the API token of Demo NA (ON24 turns tokens off "
                           "after 60 days without use). Create a new token in ON24 under Platform "
                           "Tools → Integrations → API Tokens and enter it in Accounts → ON24."));
        QVERIFY(f.pages.isEmpty());
    }

    // ------------------------------------------------------------ describe

    void describeFields()
    {
        auto c = connector(1001);
        auto [schemas, error] = runResult<QList<CrmObjectSchema>>(
            [&](Connector::Result<QList<CrmObjectSchema>> d) { c->describe({}, d); });
        QVERIFY(!error.isError());
        QCOMPARE(schemas.size(), 2);
        QCOMPARE(schemas[0].name, QStringLiteral("registrant"));
        QCOMPARE(schemas[0].field(QStringLiteral("email"))->type, QStringLiteral("email"));
        QVERIFY(schemas[0].field(QStringLiteral("email"))->createable);
        QVERIFY(!schemas[0].field(QStringLiteral("eventuserid"))->createable);
        QVERIFY(schemas[0].contains(QStringLiteral("std10")));
        QCOMPARE(schemas[1].name, QStringLiteral("attendee"));
        QCOMPARE(
            schemas[1].field(QStringLiteral("engagementscore"))->type, QStringLiteral("double"));
        QCOMPARE(schemas[1].field(QStringLiteral("liveminutes"))->type, QStringLiteral("int"));
        QCOMPARE(m_emu->counters().value(QStringLiteral("total")).toInt(), 0); // static lists

        auto [none, bad]
            = runResult<QList<CrmObjectSchema>>([&](Connector::Result<QList<CrmObjectSchema>> d) {
                  c->describe({ QStringLiteral("poll") }, d);
              });
        QCOMPARE(bad.kind(), Kind::Validation);
        QCOMPARE(bad.userMessage(),
            QStringLiteral(
                "ON24 has no “poll” records that LeadBridge can read for Demo NA. Choose "
                "registrants, attendees or events."));
    }

    // ------------------------------------------------------------ event level

    void eventRegistrantsAndAttendees()
    {
        auto c = connector(1001);
        FetchOutcome f = runFetch([&](auto p, auto d) { c->eventRegistrants(5001, p, d); });
        QVERIFY(!f.error->isError());
        QCOMPARE(f.pages.size(), 1);
        QCOMPARE(f.records(), 3);
        QVERIFY(f.pages[0].last);
        QCOMPARE(f.pages[0].totalKnown, 3);
        const ConnectorRecord &r0 = f.pages[0].records[0];
        QCOMPARE(r0.object, QStringLiteral("registrant"));
        QCOMPARE(r0.id, r0.fields.value(QStringLiteral("eventuserid")).toString());
        QVERIFY(r0.fields.value(QStringLiteral("email")).toString().endsWith(u"@example.com"));
        QVERIFY(r0.modifiedAt.isValid());

        f = runFetch([&](auto p, auto d) { c->eventAttendees(5001, p, d); });
        QVERIFY(!f.error->isError());
        QCOMPARE(f.records(), 2);
        QHash<QString, QVariantMap> byEmail;
        for (const auto &r : f.pages[0].records)
            byEmail.insert(r.fields.value(QStringLiteral("email")).toString(), r.fields);
        QCOMPARE(byEmail.value(QStringLiteral("person0@example.com"))
                     .value(QStringLiteral("liveminutes"))
                     .toInt(),
            40);
        QCOMPARE(byEmail.value(QStringLiteral("person1@example.com"))
                     .value(QStringLiteral("archiveminutes"))
                     .toInt(),
            25);
        QCOMPARE(calls(QStringLiteral("event.attendee.list")), 1);

        // Unknown event: ON24's own message in the sentence.
        f = runFetch([&](auto p, auto d) { c->eventRegistrants(999, p, d); });
        QCOMPARE(f.error->kind(), Kind::NotFound);
        QVERIFY2(f.error->userMessage().contains(QStringLiteral("The event 999 doesn't exist.")),
            qPrintable(f.error->userMessage()));
    }

    void eventPagingEdges_data()
    {
        QTest::addColumn<qint64>("clientId");
        QTest::addColumn<qint64>("eventId");
        QTest::addColumn<int>("expected");
        QTest::addColumn<int>("expectedCalls");
        QTest::newRow("empty") << qint64(1001) << qint64(5002) << 0 << 1;
        QTest::newRow("exactly 100") << qint64(1003) << qint64(7001) << 100 << 1;
        QTest::newRow("250") << qint64(1004) << qint64(8001) << 250 << 3;
    }
    void eventPagingEdges()
    {
        QFETCH(qint64, clientId);
        QFETCH(qint64, eventId);
        QFETCH(int, expected);
        QFETCH(int, expectedCalls);
        auto c = connector(clientId);
        const FetchOutcome f
            = runFetch([&](auto p, auto d) { c->eventRegistrants(eventId, p, d); });
        QVERIFY(!f.error->isError());
        QCOMPARE(f.records(), expected);
        QCOMPARE(calls(QStringLiteral("event.registrant.list")), expectedCalls);
        QVERIFY(f.pages.last().last);
        QSet<QString> ids;
        for (const auto &p : f.pages)
            for (const auto &r : p.records)
                ids.insert(r.id);
        QCOMPARE(int(ids.size()), expected);
    }

    // ------------------------------------------------------------ client level

    void clientPagingEdges_data()
    {
        QTest::addColumn<qint64>("clientId");
        QTest::addColumn<int>("expected");
        QTest::addColumn<QList<int>>("pageSizes");
        QTest::newRow("empty") << qint64(1005) << 0 << QList<int> { 0 };
        QTest::newRow("exactly 100") << qint64(1003) << 100 << QList<int> { 100 };
        QTest::newRow("250") << qint64(1004) << 250 << QList<int> { 100, 100, 50 };
    }
    void clientPagingEdges()
    {
        QFETCH(qint64, clientId);
        QFETCH(int, expected);
        QFETCH(QList<int>, pageSizes);
        auto c = connector(clientId);
        const FetchOutcome f
            = runFetch([&](auto p, auto d) { c->registrants(m_now.addDays(-30), m_now, p, d); });
        QVERIFY2(!f.error->isError(), qPrintable(f.error->toLogString()));
        QCOMPARE(f.records(), expected);
        QList<int> sizes;
        for (const auto &p : f.pages)
            sizes.append(int(p.records.size()));
        QCOMPARE(sizes, pageSizes);
        QCOMPARE(calls(QStringLiteral("client.registrant.list")), qint64(pageSizes.size()));
        QVERIFY(f.pages.last().last);
        for (int i = 0; i < f.pages.size(); ++i)
            QCOMPARE(f.pages[i].pageNumber, i + 1);
        // Zero-based page offsets, 100 per page.
        const auto queries = spiedQueries(QStringLiteral("/registrant"));
        for (int i = 0; i < queries.size(); ++i) {
            QCOMPARE(queries[i].queryItemValue(QStringLiteral("pageOffset")), QString::number(i));
            QCOMPARE(
                queries[i].queryItemValue(QStringLiteral("itemsPerPage")), QStringLiteral("100"));
        }
        if (expected > 0)
            QVERIFY(!f.pages.last().cursor.isEmpty());
    }

    void clientAttendees()
    {
        auto c = connector(1001);
        const FetchOutcome f
            = runFetch([&](auto p, auto d) { c->attendees(m_now.addDays(-30), m_now, p, d); });
        QVERIFY(!f.error->isError());
        QCOMPARE(f.records(), 2);
        QCOMPARE(f.pages[0].records[0].object, QStringLiteral("attendee"));
        QCOMPARE(f.pages[0].records[0].fields.value(QStringLiteral("eventid")).toInt(), 5001);
        QCOMPARE(calls(QStringLiteral("client.attendee.list")), 1);
    }

    void sixMonthWindowsArithmetic()
    {
        const auto w = On24Connector::sixMonthWindows(QDate(2025, 1, 15), QDate(2026, 3, 15));
        QCOMPARE(w.size(), 3);
        QCOMPARE(w[0].first, QDate(2025, 1, 15));
        QCOMPARE(w[0].second, QDate(2025, 7, 13));
        QCOMPARE(w[1].first, QDate(2025, 7, 14));
        QCOMPARE(w[1].second, QDate(2026, 1, 12));
        QCOMPARE(w[2].first, QDate(2026, 1, 13));
        QCOMPARE(w[2].second, QDate(2026, 3, 15));
        // Summer into winter time: the window must stay under six months in UTC too.
        const auto dst = On24Connector::sixMonthWindows(QDate(2026, 5, 3), QDate(2026, 11, 2));
        QCOMPARE(dst.size(), 2);
        QCOMPARE(dst[0].second, QDate(2026, 11, 1));
        QCOMPARE(On24Connector::sixMonthWindows(QDate(2026, 1, 1), QDate(2026, 1, 1)).size(), 1);
        QVERIFY(On24Connector::sixMonthWindows(QDate(2026, 2, 1), QDate(2026, 1, 1)).isEmpty());
    }

    void backfillFourteenMonthsInSixMonthWindows()
    {
        auto c = connector(1006);
        const QDateTime from = m_now.addMonths(-14);
        // Client-level registrants: the emulator refuses any range over six months.
        const FetchOutcome f = runFetch([&](auto p, auto d) { c->registrants(from, m_now, p, d); });
        QVERIFY2(!f.error->isError(), qPrintable(f.error->toLogString()));
        QCOMPARE(f.records(), 3);
        QCOMPARE(calls(QStringLiteral("client.registrant.list")), 3);
        const auto queries = spiedQueries(QStringLiteral("/registrant"));
        QCOMPARE(queries.size(), 3);
        QDate expectStart = QDate::fromString(pacificDay(from), Qt::ISODate);
        for (const QUrlQuery &q : queries) {
            const QDate s
                = QDate::fromString(q.queryItemValue(QStringLiteral("startDate")), Qt::ISODate);
            const QDate e
                = QDate::fromString(q.queryItemValue(QStringLiteral("endDate")), Qt::ISODate);
            QCOMPARE(s, expectStart); // contiguous, no gap, no overlap
            QVERIFY(e >= s);
            QVERIFY(e < s.addMonths(6));
            expectStart = e.addDays(1);
        }
        QCOMPARE(expectStart.addDays(-1), QDate::fromString(pacificDay(m_now), Qt::ISODate));
        QVERIFY(f.pages.last().last);
        QVERIFY(!f.pages.first().last);

        // Events over the same range: three windows again, all three events.
        m_nam->urls.clear();
        auto [events, error] = runResult<On24Connector::Records>(
            [&](Connector::Result<On24Connector::Records> d) { c->listEvents(from, m_now, d); });
        QVERIFY2(!error.isError(), qPrintable(error.toLogString()));
        QCOMPARE(events.size(), 3);
        QCOMPARE(calls(QStringLiteral("event.list")), 3);
        QStringList ids;
        for (const auto &e : events)
            ids.append(e.id);
        ids.sort();
        QCOMPARE(ids,
            (QStringList {
                QStringLiteral("9002"), QStringLiteral("9008"), QStringLiteral("9013") }));
    }

    void fetchInterfaceObjects()
    {
        auto c = connector(1001);
        FetchRequest r;
        r.object = QStringLiteral("event");
        r.options.insert(QStringLiteral("from"), m_now.addDays(-20)); // by start (goodafter)
        r.until = m_now.addDays(10);
        FetchOutcome f = runFetch([&](auto p, auto d) { c->fetch(r, p, d); });
        QVERIFY2(!f.error->isError(), qPrintable(f.error->toLogString()));
        QCOMPARE(f.records(), 2);
        QCOMPARE(f.pages.last().records.value(0).object, QStringLiteral("event"));
        QVERIFY(!spiedQueries(QStringLiteral("/event"))
                     .last()
                     .hasQueryItem(QStringLiteral("dateFilterMode")));
        // since = changed since: the events' metadata edits (lastmodified).
        r.options.clear();
        r.since = m_now.addDays(-1);
        f = runFetch([&](auto p, auto d) { c->fetch(r, p, d); });
        QVERIFY(!f.error->isError());
        QCOMPARE(spiedQueries(QStringLiteral("/event"))
                     .last()
                     .queryItemValue(QStringLiteral("dateFilterMode")),
            QStringLiteral("modified"));

        r = {};
        r.object = QStringLiteral("attendee");
        r.options.insert(QStringLiteral("eventId"), 5001);
        f = runFetch([&](auto p, auto d) { c->fetch(r, p, d); });
        QCOMPARE(f.records(), 2);

        r = {};
        r.object = QStringLiteral("registrant");
        r.since = m_now.addDays(-30);
        f = runFetch([&](auto p, auto d) { c->fetch(r, p, d); });
        QCOMPARE(f.records(), 3);
        QCOMPARE(spiedQueries(QStringLiteral("/registrant"))
                     .last()
                     .queryItemValue(QStringLiteral("dateFilterMode")),
            QStringLiteral("lastActivity"));

        r.object = QStringLiteral("webinar");
        f = runFetch([&](auto p, auto d) { c->fetch(r, p, d); });
        QCOMPARE(f.error->kind(), Kind::Validation);
        QVERIFY(f.error->userMessage().startsWith(QStringLiteral("ON24 has no “webinar” records")));
    }

    // ------------------------------------------------------------ faults

    void quotaAnswerWaitsAndRetries_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("403 maximum number of calls") << 403;
        QTest::newRow("429") << 429;
    }
    void quotaAnswerWaitsAndRetries()
    {
        QFETCH(int, status);
        m_emu->setQuotaStatus(status);
        auto c = connector(1001);
        setFaults({ { QStringLiteral("rateLimitNext"), 2 } });
        const FetchOutcome f = runFetch([&](auto p, auto d) { c->eventRegistrants(5001, p, d); });
        QVERIFY2(!f.error->isError(), qPrintable(f.error->toLogString()));
        QCOMPARE(f.records(), 3);
        QCOMPARE(m_nam->urls.size(), 3);
        QCOMPARE(c->http()->stats().rateLimitAnswers, 2);
        QCOMPARE(c->http()->stats().retries, 2);
    }

    void quotaThatDoesNotClearIsASentence()
    {
        auto c = connector(1001);
        setFaults({ { QStringLiteral("rateLimitNext"), 10 } });
        const FetchOutcome f = runFetch([&](auto p, auto d) { c->eventRegistrants(5001, p, d); });
        QCOMPARE(f.error->kind(), Kind::RateLimited);
        QCOMPARE(f.error->httpStatus(), 403);
        QCOMPARE(f.error->userMessage(),
            QStringLiteral("ON24 asked LeadBridge to slow down (too many calls for Demo NA). It "
                           "will try again at the next scheduled sync."));
        QCOMPARE(m_nam->urls.size(), 4); // bounded attempts
        QCOMPARE(f.doneCalls, 1);
    }

    void serverErrorBurst()
    {
        auto c = connector(1004);
        setFaults({ { QStringLiteral("failNext"), 2 } });
        FetchOutcome f
            = runFetch([&](auto p, auto d) { c->registrants(m_now.addDays(-30), m_now, p, d); });
        QVERIFY(!f.error->isError());
        QCOMPARE(f.records(), 250);
        QCOMPARE(c->http()->stats().retries, 2);

        setFaults({ { QStringLiteral("failNext"), 10 } });
        f = runFetch([&](auto p, auto d) { c->eventAttendees(5001, p, d); });
        QCOMPARE(f.error->kind(), Kind::Server);
        QCOMPARE(f.error->userMessage(),
            QStringLiteral("ON24 had a problem on its side and did not complete the request for "
                           "Demo NA. LeadBridge will try again at the next sync; if this keeps "
                           "happening, check ON24's status page."));
    }

    void malformedBodies()
    {
        auto c = connector(1001);
        setFaults({ { QStringLiteral("malformedNext"), 1 } });
        FetchOutcome f = runFetch([&](auto p, auto d) { c->eventRegistrants(5001, p, d); });
        QVERIFY(!f.error->isError()); // one unreadable answer is tried again
        QCOMPARE(f.records(), 3);

        setFaults({ { QStringLiteral("truncateNext"), 2 } });
        f = runFetch([&](auto p, auto d) { c->eventRegistrants(5001, p, d); });
        QCOMPARE(f.error->kind(), Kind::Malformed);
        QCOMPARE(f.error->userMessage(),
            QStringLiteral("ON24 sent an answer for Demo NA that LeadBridge could not read. "
                           "LeadBridge will try again at the next sync; if this keeps happening, "
                           "send the log to support."));
        QVERIFY(f.pages.isEmpty());
    }

    // ------------------------------------------------------------ late attendance

    void lateAttendanceAppearsAfterClockMove()
    {
        m_emu->setAttendanceDelay(7200);
        auto c = connector(1001);
        qint64 offset = 0;
        c->setClock([&offset] { return QDateTime::currentDateTimeUtc().addSecs(offset); });
        QNetworkAccessManager raw;
        auto control = [&](const QString &path, const QJsonObject &body) -> int {
            QUrl u = m_emu->baseUrl();
            u.setPath(path);
            QNetworkRequest req(u);
            req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
            QNetworkReply *reply = raw.post(req, QJsonDocument(body).toJson());
            if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 5000))
                return -1;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply->deleteLater();
            return status;
        };
        QCOMPARE(control(QStringLiteral("/_sandbox/records/event"),
                     { { QStringLiteral("clientid"), 1001 }, { QStringLiteral("eventid"), 5003 },
                         { QStringLiteral("start"), m_now.addSecs(-4200).toString(Qt::ISODate) },
                         { QStringLiteral("end"), m_now.addSecs(-600).toString(Qt::ISODate) } }),
            201);
        QCOMPARE(
            control(QStringLiteral("/_sandbox/records/attendee"),
                { { QStringLiteral("eventid"), 5003 },
                    { QStringLiteral("email"), QStringLiteral("late@example.com") },
                    { QStringLiteral("live"), true },
                    { QStringLiteral("attendedat"), m_now.addSecs(-4000).toString(Qt::ISODate) },
                    { QStringLiteral("liveminutes"), 30 } }),
            201);

        // The look-back finds the webinar that just ended (not 5001, ten days ago).
        auto [ended, error]
            = runResult<On24Connector::Records>([&](Connector::Result<On24Connector::Records> d) {
                  c->recentlyEndedEvents(2 * 86400, d);
              });
        QVERIFY2(!error.isError(), qPrintable(error.toLogString()));
        QCOMPARE(ended.size(), 1);
        QCOMPARE(ended[0].id, QStringLiteral("5003"));
        QCOMPARE(spiedQueries(QStringLiteral("/event"))
                     .last()
                     .queryItemValue(QStringLiteral("dateFilterMode")),
            QStringLiteral("liveend"));

        FetchOutcome f = runFetch([&](auto p, auto d) { c->eventAttendees(5003, p, d); });
        QVERIFY(!f.error->isError());
        QCOMPARE(f.records(), 0); // not processed by ON24 yet

        m_emu->advanceClock(7200);
        offset = 7200;
        auto [still, error2]
            = runResult<On24Connector::Records>([&](Connector::Result<On24Connector::Records> d) {
                  c->recentlyEndedEvents(2 * 86400, d);
              });
        QVERIFY(!error2.isError());
        QCOMPARE(still.size(), 1);
        f = runFetch([&](auto p, auto d) { c->eventAttendees(5003, p, d); });
        QCOMPARE(f.records(), 1);
        QCOMPARE(f.pages[0].records[0].fields.value(QStringLiteral("email")).toString(),
            QStringLiteral("late@example.com"));
        QCOMPARE(f.pages[0].records[0].fields.value(QStringLiteral("liveminutes")).toInt(), 30);

        // Outside a short look-back the event is no longer "recent".
        auto [none, error3] = runResult<On24Connector::Records>(
            [&](Connector::Result<On24Connector::Records> d) { c->recentlyEndedEvents(3600, d); });
        QVERIFY(!error3.isError());
        QVERIFY(none.isEmpty());
    }

    // ------------------------------------------------------------ write

    void registerPeople()
    {
        auto c = connector(1001);
        const int before = m_emu->registrantCount();
        WriteRequest w;
        w.object = QStringLiteral("registrant");
        w.operation = WriteRequest::Operation::Create;
        w.options.insert(QStringLiteral("eventId"), 5002);
        ConnectorRecord ok;
        ok.fields = { { QStringLiteral("email"), QStringLiteral("new.person@example.com") },
            { QStringLiteral("firstName"), QStringLiteral("Zoë") },
            { QStringLiteral("lastname"), QStringLiteral("Jørgensen") },
            { QStringLiteral("marketingemail"), true } };
        ConnectorRecord noEmail;
        noEmail.fields = { { QStringLiteral("firstname"), QStringLiteral("Nobody") } };
        w.records = { ok, noEmail };
        auto [result, error]
            = runResult<WriteResult>([&](Connector::Result<WriteResult> d) { c->write(w, d); });
        QVERIFY2(!error.isError(), qPrintable(error.toLogString()));
        QCOMPARE(result.outcomes.size(), 2);
        QVERIFY(result.outcomes[0].ok);
        QVERIFY(!result.outcomes[0].id.isEmpty());
        QVERIFY(!result.outcomes[1].ok);
        QCOMPARE(result.outcomes[1].index, 1);
        QCOMPARE(result.outcomes[1].error.kind(), Kind::Validation);
        QCOMPARE(result.outcomes[1].error.userMessage(),
            QStringLiteral(
                "ON24 refused the data sent for Demo NA: \"The email parameter is "
                "missing.\". Correct the record or the field mapping, then sync again."));
        QCOMPARE(result.callsUsed, 2);
        QCOMPARE(m_emu->registrantCount(), before + 1);

        // What reached ON24, read back through the connector.
        const FetchOutcome f = runFetch([&](auto p, auto d) { c->eventRegistrants(5002, p, d); });
        QCOMPARE(f.records(), 1);
        const QVariantMap &stored = f.pages[0].records[0].fields;
        QCOMPARE(stored.value(QStringLiteral("firstname")).toString(), QStringLiteral("Zoë"));
        QCOMPARE(stored.value(QStringLiteral("lastname")).toString(), QStringLiteral("Jørgensen"));
        QCOMPARE(stored.value(QStringLiteral("marketingemail")).toString(), QStringLiteral("Y"));
        QCOMPARE(f.pages[0].records[0].id, result.outcomes[0].id);
    }

    void writesOtherThanRegistrationAreRefused()
    {
        auto c = connector(1001);
        WriteRequest w;
        w.object = QStringLiteral("registrant");
        w.operation = WriteRequest::Operation::Update;
        w.records = { ConnectorRecord {} };
        auto [result, error]
            = runResult<WriteResult>([&](Connector::Result<WriteResult> d) { c->write(w, d); });
        QCOMPARE(error.kind(), Kind::Validation);
        QCOMPARE(error.userMessage(),
            QStringLiteral("LeadBridge can only add registrations to ON24 (for Demo NA); it cannot "
                           "change or delete ON24 records. Use ON24 as a source in this flow, or "
                           "register people instead."));
        QCOMPARE(m_emu->counters().value(QStringLiteral("total")).toInt(), 0);

        // A registration without a webinar is a per-record outcome, no call made.
        w.operation = WriteRequest::Operation::Create;
        ConnectorRecord r;
        r.fields = { { QStringLiteral("email"), QStringLiteral("a@b.com") } };
        w.records = { r };
        auto [res2, error2]
            = runResult<WriteResult>([&](Connector::Result<WriteResult> d) { c->write(w, d); });
        QVERIFY(!error2.isError());
        QCOMPARE(res2.outcomes.size(), 1);
        QCOMPARE(res2.outcomes[0].error.userMessage(),
            QStringLiteral("LeadBridge could not register a@b.com in ON24 (Demo NA) because no "
                           "webinar was chosen. Choose the ON24 webinar in the flow's settings."));
        QCOMPARE(m_emu->counters().value(QStringLiteral("total")).toInt(), 0);
    }

    // ------------------------------------------------------------ abort

    void abortInFlight()
    {
        auto c = connector(1004);
        setFaults({ { QStringLiteral("latencyMs"), 400 } });
        const FetchOutcome out = runFetchAbortedInFlight(
            *c, [&](auto p, auto d) { c->registrants(m_now.addDays(-30), m_now, p, d); }, 600);
        QCOMPARE(out.doneCalls, 1);
        QCOMPARE(out.error->kind(), Kind::Cancelled);
        QVERIFY(out.pages.isEmpty());
    }

    void abortBetweenPages()
    {
        auto c = connector(1004);
        const FetchOutcome out = runFetchAbortedOnFirstPage(
            *c, [&](auto p, auto d) { c->registrants(m_now.addDays(-30), m_now, p, d); });
        QCOMPARE(out.doneCalls, 1);
        QCOMPARE(out.error->kind(), Kind::Cancelled);
        QCOMPARE(out.pages.size(), 1);
        QCOMPARE(calls(QStringLiteral("client.registrant.list")), 1);
    }
};

QTEST_GUILESS_MAIN(TestConnectorOn24)
#include "tst_connector_on24.moc"
