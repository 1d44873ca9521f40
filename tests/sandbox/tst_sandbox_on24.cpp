// The ON24 v2 emulator over raw HTTP, written from reference/api-on24-acton.md §1:
// auth headers, every list endpoint with its date windows and paging edges,
// REST registration, by-email reads, quota/5xx/body faults and late attendance.
#include "core/sandbox/on24/On24Emulator.h"
#include "tests/support/RawHttp.h"
#include "tests/support/sandbox/On24DemoWorld.h"

#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using namespace LeadBridge::Sandbox;
using LeadBridge::Test::On24DemoWorld;
using LeadBridge::Test::RawHttp;
using LeadBridge::Test::RawReply;

namespace {

const QRegularExpression kIsoWithOffset(
    QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2}$"));

} // namespace

class TestSandboxOn24 : public QObject
{
    Q_OBJECT

private:
    RawHttp::Headers auth() const
    {
        return { { "accessTokenKey", On24Emulator::demoTokenKey().toLatin1() },
            { "accessTokenSecret", On24Emulator::demoTokenSecret().toLatin1() },
            { "Accept", "application/json" } };
    }
    QUrl url(const QString &path, const QString &query = {}) const
    {
        QUrl u = m_emu->baseUrl();
        u.setPath(path);
        if (!query.isEmpty())
            u.setQuery(query);
        return u;
    }
    RawReply get(const QString &path, const QString &query = {})
    {
        return m_http.get(url(path, query), auth());
    }
    RawReply control(const QByteArray &verb, const QString &path, const QJsonObject &body = {})
    {
        const qsizetype q = path.indexOf(QLatin1Char('?'));
        const QUrl u = q < 0 ? url(path) : url(path.left(q), path.mid(q + 1));
        return m_http.send(verb, u, { { "Content-Type", "application/json" } },
            body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    RawReply postForm(const QString &path, const QByteArray &form, const QString &query = {})
    {
        RawHttp::Headers h = auth();
        h.append(
            qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
        return m_http.send("POST", url(path, query), h, form);
    }
    static QString msg(const RawReply &r)
    {
        return r.json().value(QStringLiteral("message")).toString();
    }
    /// The Pacific-time calendar day of @p utc (ON24 reads bare dates in Pacific time).
    static QString day(const QDateTime &utc)
    {
        return utc.toTimeZone(QTimeZone(QByteArrayLiteral("America/Los_Angeles")))
            .toString(QStringLiteral("yyyy-MM-dd"));
    }

    RawHttp m_http;
    std::unique_ptr<On24Emulator> m_emu;
    QDateTime m_now;

private slots:
    void init()
    {
        m_emu = std::make_unique<On24Emulator>();
        m_now = QDateTime::currentDateTimeUtc();
        m_emu->seed(On24DemoWorld::dataset(m_now));
        QVERIFY(m_emu->listen(0));
    }
    void cleanup() { m_emu.reset(); }

    // ------------------------------------------------------------ auth

    void missingHeadersAre401()
    {
        RawReply r = m_http.get(url(QStringLiteral("/v2/client/1001/event")));
        QCOMPARE(r.status, 401);
        QCOMPARE(msg(r),
            QStringLiteral("Header must contain both accessTokenKey and accessTokenSecret."));
        QVERIFY(r.header("content-type").startsWith("application/json"));
        r = m_http.get(url(QStringLiteral("/v2/client/1001/event")),
            { { "accessTokenKey", On24Emulator::demoTokenKey().toLatin1() } });
        QCOMPARE(r.status, 401);
        QCOMPARE(msg(r),
            QStringLiteral("Header must contain both accessTokenKey and accessTokenSecret."));
    }

    void wrongPairIs401()
    {
        const RawReply r = m_http.get(url(QStringLiteral("/v2/client/1001/event")),
            { { "accessTokenKey", On24Emulator::demoTokenKey().toLatin1() },
                { "accessTokenSecret", "nope" } });
        QCOMPARE(r.status, 401);
        QCOMPARE(
            msg(r), QStringLiteral("AccessTokenKey and AccessTokenSecret are wrong or invalid."));
    }

    void headerNamesAreCaseInsensitive()
    {
        for (const QByteArray &k : { QByteArray("accesstokenkey"), QByteArray("ACCESSTOKENKEY"),
                 QByteArray("AccessTokenKey") }) {
            QByteArray s = k;
            s.replace("key", "secret").replace("KEY", "SECRET").replace("Key", "Secret");
            const RawReply r = m_http.get(url(QStringLiteral("/v2/client/1001/event")),
                { { k, On24Emulator::demoTokenKey().toLatin1() },
                    { s, On24Emulator::demoTokenSecret().toLatin1() } });
            QCOMPARE(r.status, 200);
        }
        QCOMPARE(On24Emulator::demoTokenKey().size(), 32);
        QCOMPARE(On24Emulator::demoTokenSecret().size(), 128);
    }

    void tokenOfAnotherClientIs403()
    {
        m_emu->setCredentials(1002, QStringLiteral("k2"), QStringLiteral("s2"));
        RawReply r = get(QStringLiteral("/v2/client/1002/event"));
        QCOMPARE(r.status, 403);
        QCOMPARE(msg(r),
            QStringLiteral("You do not have permission to perform the requested operation."));
        const RawHttp::Headers k2 = { { "accesstokenkey", "k2" }, { "accesstokensecret", "s2" } };
        r = m_http.get(url(QStringLiteral("/v2/client/1001/event")), k2);
        QCOMPARE(r.status, 403);
        r = m_http.get(url(QStringLiteral("/v2/client/1002/event/6001/registrant")), k2);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("totalregistrants")).toInt(), 1);
    }

    void expiredAndIdleTokensAreDeactivated()
    {
        QCOMPARE(get(QStringLiteral("/v2/client/1001/event")).status, 200);
        // 60 days without activity disable a token.
        QCOMPARE(control("POST", QStringLiteral("/_sandbox/clock"),
                     { { QStringLiteral("advanceSeconds"), 61 * 24 * 3600 } })
                     .status,
            200);
        RawReply r = get(QStringLiteral("/v2/client/1001/event"));
        QCOMPARE(r.status, 401);
        QCOMPARE(msg(r), QStringLiteral("AccessTokenKey and AccessTokenSecret are deactivated."));
        m_emu->setCredentials(1001, QStringLiteral("fresh"), QStringLiteral("pair"));
        r = m_http.get(url(QStringLiteral("/v2/client/1001/event")),
            { { "accesstokenkey", "fresh" }, { "accesstokensecret", "pair" } });
        QCOMPARE(r.status, 200);
        QCOMPARE(control("POST", QStringLiteral("/_sandbox/tokens/expire")).status, 200);
        r = m_http.get(url(QStringLiteral("/v2/client/1001/event")),
            { { "accesstokenkey", "fresh" }, { "accesstokensecret", "pair" } });
        QCOMPARE(r.status, 401);
        QCOMPARE(msg(r), QStringLiteral("AccessTokenKey and AccessTokenSecret are deactivated."));
    }

    void unknownClientAndEventAre404()
    {
        RawReply r = get(QStringLiteral("/v2/client/9999/event"));
        QCOMPARE(r.status, 404);
        QCOMPARE(msg(r), QStringLiteral("The client 9999 doesn't exist."));
        for (const QString &suffix : { QStringLiteral("registrant"), QStringLiteral("attendee") }) {
            r = get(QStringLiteral("/v2/client/1001/event/123/") + suffix);
            QCOMPARE(r.status, 404);
            QCOMPARE(msg(r), QStringLiteral("The event 123 doesn't exist."));
            // An event of another client does not exist for this one.
            r = get(QStringLiteral("/v2/client/1001/event/6001/") + suffix);
            QCOMPARE(r.status, 404);
        }
        r = get(QStringLiteral("/v2/client/1001/nothing"));
        QCOMPARE(r.status, 404);
        QVERIFY(!msg(r).isEmpty());
        r = m_http.send("DELETE", url(QStringLiteral("/v2/client/1001/event")), auth());
        QCOMPARE(r.status, 405);
    }

    // ------------------------------------------------------------ events

    void eventsDefaultWindowAndShape()
    {
        const RawReply r = get(QStringLiteral("/v2/client/1001/event"));
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("totalevents")).toInt(), 1); // 5002 is in the future
        QVERIFY(!o.contains(QStringLiteral("pagecount")));
        const QJsonObject e = o.value(QStringLiteral("events")).toArray().at(0).toObject();
        QCOMPARE(e.value(QStringLiteral("eventid")).toInteger(), 5001);
        QCOMPARE(e.value(QStringLiteral("clientid")).toInteger(), 1001);
        QVERIFY(e.value(QStringLiteral("isactive")).isBool());
        QVERIFY(kIsoWithOffset.match(e.value(QStringLiteral("goodafter")).toString()).hasMatch());
        QVERIFY(kIsoWithOffset.match(e.value(QStringLiteral("liveend")).toString()).hasMatch());
        QCOMPARE(e.value(QStringLiteral("description")).toString(), QStringLiteral("Webinar 5001"));
        QCOMPARE(e.value(QStringLiteral("campaigncode")).toString(), QStringLiteral("CMP-5001"));
        QCOMPARE(e.value(QStringLiteral("eventlocation")), e.value(QStringLiteral("campaigncode")));
        QCOMPARE(e.value(QStringLiteral("contenttype")).toString(), QStringLiteral("webcast"));
        const QJsonObject a = e.value(QStringLiteral("eventanalytics")).toObject();
        QCOMPARE(a.value(QStringLiteral("totalregistrants")).toInt(), 3);
        QCOMPARE(a.value(QStringLiteral("totalattendees")).toInt(), 2);
        QCOMPARE(a.value(QStringLiteral("liveattendees")).toInt(), 1);
        QCOMPARE(a.value(QStringLiteral("totalcumulativeliveminutes")).toInt(), 40);
        QVERIFY(e.value(QStringLiteral("partnerrefstats")).isArray());

        const RawReply one = get(QStringLiteral("/v2/client/1001/event/5001"));
        QCOMPARE(one.status, 200);
        QCOMPARE(one.json().value(QStringLiteral("eventid")).toInteger(), 5001);
    }

    void eventsWindowsAndFilters()
    {
        const QString from = day(m_now.addDays(-30)), to = day(m_now.addDays(30));
        RawReply r = get(QStringLiteral("/v2/client/1001/event"),
            QStringLiteral("startDate=%1&endDate=%2").arg(from, to));
        QCOMPARE(r.json().value(QStringLiteral("totalevents")).toInt(), 2);
        r = get(QStringLiteral("/v2/client/1001/event"),
            QStringLiteral("STARTDATE=%1&enddate=%2&filterOrder=DESC").arg(from, to));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()
                     .value(QStringLiteral("events"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("eventid"))
                     .toInteger(),
            5002);
        // Full ISO date-times with an offset are accepted too.
        r = get(QStringLiteral("/v2/client/1001/event"),
            QStringLiteral("startDate=") + from + QStringLiteral("T00:00:00-07:00&endDate=") + to
                + QStringLiteral("T00:00:00%2B00:00"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("totalevents")).toInt(), 2);
        // Content type and inactive events.
        r = get(QStringLiteral("/v2/client/1001/event"),
            QStringLiteral("startDate=%1&endDate=%2&contentType=PDF").arg(from, to));
        QCOMPARE(r.json().value(QStringLiteral("totalevents")).toInt(), 0);
        QCOMPARE(control("PATCH", QStringLiteral("/_sandbox/records/event/5002"),
                     { { QStringLiteral("isactive"), false } })
                     .status,
            200);
        r = get(QStringLiteral("/v2/client/1001/event"),
            QStringLiteral("startDate=%1&endDate=%2").arg(from, to));
        QCOMPARE(r.json().value(QStringLiteral("totalevents")).toInt(), 1);
        r = get(QStringLiteral("/v2/client/1001/event"),
            QStringLiteral("startDate=%1&endDate=%2&includeInactive=Y").arg(from, to));
        QCOMPARE(r.json().value(QStringLiteral("totalevents")).toInt(), 2);
        // dateFilterMode=creation: both created 30 days before their start.
        r = get(QStringLiteral("/v2/client/1001/event"),
            QStringLiteral("startDate=%1&endDate=%2&dateFilterMode=Creation&includeinactive=Y")
                .arg(day(m_now.addDays(-45)), day(m_now.addDays(-30))));
        QCOMPARE(r.json().value(QStringLiteral("totalevents")).toInt(), 1);
        // includesubaccounts=Y adds paging fields.
        r = get(QStringLiteral("/v2/client/1001/event"),
            QStringLiteral("startDate=%1&endDate=%2&includesubaccounts=Y&itemsPerPage=1&pageOffset="
                           "1&includeinactive=Y")
                .arg(from, to));
        QCOMPARE(r.json().value(QStringLiteral("pagecount")).toInt(), 2);
        QCOMPARE(r.json().value(QStringLiteral("currentpage")).toInt(), 1);
        QCOMPARE(r.json().value(QStringLiteral("totalevents")).toInt(), 2);
        QCOMPARE(r.json().value(QStringLiteral("events")).toArray().size(), 1);
    }

    void eventsErrors_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("message");
        const QString bad = QStringLiteral("Error, incorrect date formats.");
        QTest::newRow("bad date") << QStringLiteral("startDate=2024-13-45&endDate=2024-12-01")
                                  << bad;
        QTest::newRow("garbage") << QStringLiteral("startDate=yesterday") << bad;
        QTest::newRow("reversed") << QStringLiteral("startDate=2024-06-01&endDate=2024-05-01")
                                  << bad;
        QTest::newRow("bad tz")
            << QStringLiteral("startDate=2024-01-01T00:00:00%2B25:00&endDate=2024-02-01")
            << QStringLiteral("Invalid Date format for params startdate and enddate. Incorrect "
                              "timezone value provided.");
        QTest::newRow("over 6 months")
            << QStringLiteral("startDate=2024-01-01&endDate=2024-07-02")
            << QStringLiteral(
                   "The range between startDate and endDate can not be greater than 6 months.");
        QTest::newRow("subaccounts")
            << QStringLiteral("subaccounts=1,2")
            << QStringLiteral(
                   "You have to set includesubaccounts='Y' in order to filter by subaccounts.");
        QTest::newRow("mode") << QStringLiteral("dateFilterMode=yesterday")
                              << QStringLiteral("Invalid value for the datefiltermode parameter.");
        QTest::newRow("content") << QStringLiteral("contentType=podcast")
                                 << QStringLiteral("Invalid value for the contenttype parameter.");
        QTest::newRow("order") << QStringLiteral("filterOrder=up")
                               << QStringLiteral("Invalid value for the filterorder parameter.");
    }
    void eventsErrors()
    {
        QFETCH(QString, query);
        QFETCH(QString, message);
        const RawReply r = get(QStringLiteral("/v2/client/1001/event"), query);
        QCOMPARE(r.status, 400);
        QCOMPARE(msg(r), message);
    }

    void exactlySixMonthsIsAllowed()
    {
        const RawReply r = get(QStringLiteral("/v2/client/1001/event"),
            QStringLiteral("startDate=2024-01-01&endDate=2024-06-30"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("totalevents")).toInt(), 0);
    }

    // ------------------------------------------------------------ event level

    void eventRegistrantsShape()
    {
        const RawReply r = get(QStringLiteral("/v2/client/1001/event/5001/registrant"));
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("eventid")).toInteger(), 5001);
        QCOMPARE(o.value(QStringLiteral("totalregistrants")).toInt(), 3);
        const QJsonArray regs = o.value(QStringLiteral("registrants")).toArray();
        QCOMPARE(regs.size(), 3);
        const QJsonObject g = regs.at(0).toObject();
        QVERIFY(g.value(QStringLiteral("eventuserid")).isDouble());
        QCOMPARE(
            g.value(QStringLiteral("email")).toString(), QStringLiteral("person0@example.com"));
        QCOMPARE(g.value(QStringLiteral("firstname")).toString(), QStringLiteral("First0"));
        QCOMPARE(g.value(QStringLiteral("lastname")).toString(), QStringLiteral("Last0"));
        QCOMPARE(g.value(QStringLiteral("company")).toString(), QStringLiteral("Company 0"));
        QCOMPARE(g.value(QStringLiteral("jobtitle")).toString(), QStringLiteral("Engineer"));
        QCOMPARE(g.value(QStringLiteral("workphone")).toString(), QStringLiteral("+1 555 0100"));
        QCOMPARE(g.value(QStringLiteral("addressstreet1")).toString(), QStringLiteral("0 Main St"));
        QCOMPARE(g.value(QStringLiteral("addressstreet2")).toString(), QStringLiteral("Suite 0"));
        QCOMPARE(g.value(QStringLiteral("zip")).toString(), QStringLiteral("90000"));
        QCOMPARE(g.value(QStringLiteral("companysize")).toString(), QStringLiteral("1 - 49"));
        QCOMPARE(g.value(QStringLiteral("jobfunction")).toString(), QStringLiteral("Manager"));
        QCOMPARE(g.value(QStringLiteral("partnerref")).toString(), QStringLiteral("newsletter"));
        QCOMPARE(g.value(QStringLiteral("eventid")).toInteger(), 5001);
        QCOMPARE(g.value(QStringLiteral("userstatus")).toString(), QStringLiteral("active"));
        QVERIFY(
            kIsoWithOffset.match(g.value(QStringLiteral("createtimestamp")).toString()).hasMatch());
        QVERIFY(!g.contains(QStringLiteral("clientid")));
        // Filters.
        RawReply f = get(QStringLiteral("/v2/client/1001/event/5001/registrant"),
            QStringLiteral("email=PERSON1@example.com"));
        QCOMPARE(f.json().value(QStringLiteral("totalregistrants")).toInt(), 1);
        f = get(QStringLiteral("/v2/client/1001/event/5001/registrant"),
            QStringLiteral("partnerref=newsletter"));
        QCOMPARE(f.json().value(QStringLiteral("totalregistrants")).toInt(), 2);
        f = get(
            QStringLiteral("/v2/client/1001/event/5001/registrant"), QStringLiteral("noshow=Y"));
        QCOMPARE(f.json().value(QStringLiteral("totalregistrants")).toInt(), 1);
        f = get(QStringLiteral("/v2/client/1001/event/5001/registrant"),
            QStringLiteral("startDate=%1&endDate=%2")
                .arg(m_now.addSecs(-(11 * 24 + 12) * 3600).toString(Qt::ISODate), day(m_now)));
        QCOMPARE(f.status, 200);
        QCOMPARE(f.json().value(QStringLiteral("totalregistrants")).toInt(), 2);
        f = get(QStringLiteral("/v2/client/1001/event/5001/registrant"),
            QStringLiteral("startDate=bad"));
        QCOMPARE(f.status, 400);
        QCOMPARE(msg(f), QStringLiteral("Error, incorrect date formats."));
        f = get(QStringLiteral("/v2/client/1001/event/5002/registrant"));
        QCOMPARE(f.json().value(QStringLiteral("totalregistrants")).toInt(), 0);
        QCOMPARE(f.json().value(QStringLiteral("registrants")).toArray().size(), 0);
    }

    void eventAttendeesShape()
    {
        const RawReply r = get(QStringLiteral("/v2/client/1001/event/5001/attendee"));
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("eventid")).toInteger(), 5001);
        QCOMPARE(o.value(QStringLiteral("totalattendees")).toInt(), 2);
        const QJsonArray list = o.value(QStringLiteral("attendees")).toArray();
        QCOMPARE(list.size(), 2);
        QJsonObject live, od;
        for (const QJsonValue &v : list) {
            const QJsonObject a = v.toObject();
            (a.value(QStringLiteral("email")).toString() == QLatin1String("person0@example.com")
                    ? live
                    : od)
                = a;
        }
        QCOMPARE(live.value(QStringLiteral("liveminutes")).toInt(), 40);
        QCOMPARE(live.value(QStringLiteral("archiveminutes")).toInt(), 0);
        QCOMPARE(live.value(QStringLiteral("engagementscore")).toDouble(), 8.5);
        QCOMPARE(live.value(QStringLiteral("answeredpolls")).toInt(), 2);
        QCOMPARE(live.value(QStringLiteral("askedquestions")).toInt(), 1);
        QCOMPARE(live.value(QStringLiteral("answeredsurveys")).toInt(), 1);
        QCOMPARE(live.value(QStringLiteral("resourcesdownloaded")).toInt(), 3);
        QCOMPARE(live.value(QStringLiteral("polls")).toArray().size(), 2);
        QCOMPARE(live.value(QStringLiteral("questions")).toArray().size(), 1);
        QCOMPARE(live.value(QStringLiteral("surveys")).toArray().size(), 1);
        QCOMPARE(live.value(QStringLiteral("resources")).toArray().size(), 3);
        QCOMPARE(live.value(QStringLiteral("cumulativeliveminutes")).toInt(), 40);
        QCOMPARE(live.value(QStringLiteral("partnerref")).toString(), QStringLiteral("newsletter"));
        QVERIFY(kIsoWithOffset.match(live.value(QStringLiteral("firstliveactivity")).toString())
                    .hasMatch());
        QVERIFY(live.contains(QStringLiteral("lastliveactivity")));
        QVERIFY(!live.contains(QStringLiteral("firstarchiveactivity")));
        QVERIFY(!live.contains(QStringLiteral("polls_count")));
        QCOMPARE(od.value(QStringLiteral("archiveminutes")).toInt(), 25);
        QVERIFY(!od.contains(QStringLiteral("firstliveactivity")));
        QVERIFY(od.contains(QStringLiteral("firstarchiveactivity")));
        QCOMPARE(od.value(QStringLiteral("archiveviewed")).toInt(), 1);
        // TAP-style paging: accepted, empty past the end.
        RawReply p = get(QStringLiteral("/v2/client/1001/event/5001/attendee"),
            QStringLiteral("itemsPerPage=1&pageOffset=1"));
        QCOMPARE(p.json().value(QStringLiteral("attendees")).toArray().size(), 1);
        p = get(QStringLiteral("/v2/client/1001/event/5001/attendee"),
            QStringLiteral("itemsPerPage=1&pageOffset=2"));
        QCOMPARE(p.status, 200);
        QCOMPARE(p.json().value(QStringLiteral("attendees")).toArray().size(), 0);
        p = get(QStringLiteral("/v2/client/1001/event/5001/attendee"),
            QStringLiteral("partnerref=linkedin"));
        QCOMPARE(p.json().value(QStringLiteral("totalattendees")).toInt(), 1);
    }

    // ------------------------------------------------------------ client level

    void clientRegistrantsPagingEdges()
    {
        // Empty client.
        RawReply r = get(QStringLiteral("/v2/client/1005/registrant"));
        QCOMPARE(r.status, 200);
        QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("clientid")).toInteger(), 1005);
        QCOMPARE(o.value(QStringLiteral("totalregistrants")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("pagecount")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("currentpage")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("registrants")).toArray().size(), 0);
        // Exactly one page of 100.
        o = get(QStringLiteral("/v2/client/1003/registrant")).json();
        QCOMPARE(o.value(QStringLiteral("totalregistrants")).toInt(), 100);
        QCOMPARE(o.value(QStringLiteral("pagecount")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("registrants")).toArray().size(), 100);
        const QJsonObject first = o.value(QStringLiteral("registrants")).toArray().at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("clientid")).toInteger(), 1003);
        QCOMPARE(first.value(QStringLiteral("eventid")).toInteger(), 7001);
        QCOMPARE(
            first.value(QStringLiteral("email")).toString(), QStringLiteral("person0@example.com"));
        o = get(QStringLiteral("/v2/client/1003/registrant"), QStringLiteral("pageoffset=1"))
                .json();
        QCOMPARE(o.value(QStringLiteral("currentpage")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("registrants")).toArray().size(), 0);
        // 250 -> 100, 100, 50 (name case does not matter).
        QSet<qint64> seen;
        for (int page = 0; page < 3; ++page) {
            o = get(QStringLiteral("/v2/client/1004/registrant"),
                QStringLiteral("PageOffset=%1&ITEMSPERPAGE=100").arg(page))
                    .json();
            QCOMPARE(o.value(QStringLiteral("totalregistrants")).toInt(), 250);
            QCOMPARE(o.value(QStringLiteral("pagecount")).toInt(), 3);
            QCOMPARE(o.value(QStringLiteral("currentpage")).toInt(), page);
            const QJsonArray items = o.value(QStringLiteral("registrants")).toArray();
            QCOMPARE(items.size(), page < 2 ? 100 : 50);
            for (const QJsonValue &v : items)
                seen.insert(v.toObject().value(QStringLiteral("eventuserid")).toInteger());
        }
        QCOMPARE(seen.size(), 250);
        // Over 100 per page is capped at 100.
        o = get(QStringLiteral("/v2/client/1004/registrant"), QStringLiteral("itemsPerPage=500"))
                .json();
        QCOMPARE(o.value(QStringLiteral("registrants")).toArray().size(), 100);
        QCOMPARE(o.value(QStringLiteral("pagecount")).toInt(), 3);
        o = get(QStringLiteral("/v2/client/1004/registrant"),
            QStringLiteral("itemsPerPage=40&pageOffset=6"))
                .json();
        QCOMPARE(o.value(QStringLiteral("pagecount")).toInt(), 7);
        QCOMPARE(o.value(QStringLiteral("registrants")).toArray().size(), 10);
        r = get(QStringLiteral("/v2/client/1004/registrant"), QStringLiteral("itemsPerPage=0"));
        QCOMPARE(r.status, 400);
        QCOMPARE(msg(r), QStringLiteral("Invalid value for the itemsperpage parameter."));
        r = get(QStringLiteral("/v2/client/1004/registrant"), QStringLiteral("pageOffset=-1"));
        QCOMPARE(r.status, 400);
        QCOMPARE(msg(r), QStringLiteral("Invalid value for the pageoffset parameter."));
    }

    void clientRegistrantsWindow()
    {
        // A registration 40 days old is outside the default 30-day window.
        QCOMPARE(control("POST", QStringLiteral("/_sandbox/records/registrant"),
                     { { QStringLiteral("eventid"), 5001 },
                         { QStringLiteral("email"), QStringLiteral("old@example.com") },
                         { QStringLiteral("createtimestamp"),
                             m_now.addDays(-40).toString(Qt::ISODate) } })
                     .status,
            201);
        RawReply r = get(QStringLiteral("/v2/client/1001/registrant"));
        QCOMPARE(r.json().value(QStringLiteral("totalregistrants")).toInt(), 3);
        r = get(QStringLiteral("/v2/client/1001/registrant"),
            QStringLiteral("startDate=%1&endDate=%2").arg(day(m_now.addDays(-60)), day(m_now)));
        QCOMPARE(r.json().value(QStringLiteral("totalregistrants")).toInt(), 4);
        r = get(QStringLiteral("/v2/client/1001/registrant"),
            QStringLiteral("startDate=2023-01-01&endDate=2023-12-31"));
        QCOMPARE(r.status, 400);
        QCOMPARE(msg(r),
            QStringLiteral(
                "The range between startDate and endDate can not be greater than 6 months."));
        r = get(QStringLiteral("/v2/client/1001/registrant"),
            QStringLiteral("subaccounts=1&excludeSubaccounts=Y"));
        QCOMPARE(r.status, 400);
        m_emu->setStrictClientRange(false);
        r = get(QStringLiteral("/v2/client/1001/registrant"),
            QStringLiteral("startDate=2023-01-01&endDate=2023-12-31"));
        QCOMPARE(r.status, 200);
    }

    void clientAttendees()
    {
        RawReply r = get(QStringLiteral("/v2/client/1001/attendee"));
        QCOMPARE(r.status, 200);
        QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("clientid")).toInteger(), 1001);
        QCOMPARE(o.value(QStringLiteral("totalattendees")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("pagecount")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("currentpage")).toInt(), 0);
        const QJsonObject a = o.value(QStringLiteral("attendees")).toArray().at(0).toObject();
        QCOMPARE(a.value(QStringLiteral("clientid")).toInteger(), 1001);
        QCOMPARE(a.value(QStringLiteral("eventid")).toInteger(), 5001);
        QVERIFY(a.contains(QStringLiteral("engagementscore")));
        o = get(QStringLiteral("/v2/client/1001/attendee"), QStringLiteral("realtimeOnly=Y"))
                .json();
        const QJsonObject rt = o.value(QStringLiteral("attendees")).toArray().at(0).toObject();
        QVERIFY(!rt.contains(QStringLiteral("engagementscore")));
        QVERIFY(!rt.contains(QStringLiteral("answeredpolls")));
        QVERIFY(!rt.contains(QStringLiteral("cumulativeliveminutes")));
        QVERIFY(rt.contains(QStringLiteral("liveminutes")));
        o = get(QStringLiteral("/v2/client/1001/attendee"),
            QStringLiteral("itemsperpage=1&pageoffset=1"))
                .json();
        QCOMPARE(o.value(QStringLiteral("pagecount")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("attendees")).toArray().size(), 1);
        o = get(QStringLiteral("/v2/client/1005/attendee")).json();
        QCOMPARE(o.value(QStringLiteral("totalattendees")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("attendees")).toArray().size(), 0);
        r = get(QStringLiteral("/v2/client/1001/attendee"), QStringLiteral("endDate=31/12/2024"));
        QCOMPARE(r.status, 400);
    }

    void dateIntervalWindow()
    {
        RawReply r
            = get(QStringLiteral("/v2/client/1001/registrant"), QStringLiteral("dateInterval=11"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("totalregistrants")).toInt(), 2);
        r = get(QStringLiteral("/v2/client/1001/registrant"),
            QStringLiteral("dateInterval=5&dateIntervalTimezone=Mars/Olympus"));
        QCOMPARE(r.status, 400);
    }

    // ------------------------------------------------------------ REST registration

    void registerCreatesThenUpdates()
    {
        const QString path = QStringLiteral("/v2/client/1001/event/5002/registrant");
        RawReply r = postForm(
            path, "email=john%40acme.com&firstName=John&lastname=Smith&company=Acme&partnerref=PR");
        QCOMPARE(r.status, 200);
        QJsonObject o = r.json();
        const qint64 id = o.value(QStringLiteral("eventuserid")).toInteger();
        QVERIFY(id > 0);
        QCOMPARE(o.value(QStringLiteral("email")).toString(), QStringLiteral("john@acme.com"));
        QCOMPARE(o.value(QStringLiteral("firstname")).toString(), QStringLiteral("John"));
        QCOMPARE(o.value(QStringLiteral("eventid")).toInteger(), 5002);
        QCOMPARE(o.value(QStringLiteral("partnerref")).toString(), QStringLiteral("PR"));
        QCOMPARE(o.value(QStringLiteral("isblocked")).toString(), QStringLiteral("N"));
        QCOMPARE(o.value(QStringLiteral("eventemail")).toString(), QStringLiteral("Y"));
        QVERIFY(o.contains(QStringLiteral("userprofileurl")));
        // Same email again (other case): the registration is updated, not duplicated.
        r = postForm(path, "email=JOHN%40acme.com&company=Acme+Corp");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("eventuserid")).toInteger(), id);
        QCOMPARE(r.json().value(QStringLiteral("company")).toString(), QStringLiteral("Acme Corp"));
        QCOMPARE(r.json().value(QStringLiteral("lastname")).toString(), QStringLiteral("Smith"));
        o = get(path).json();
        QCOMPARE(o.value(QStringLiteral("totalregistrants")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("registrants"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("company"))
                     .toString(),
            QStringLiteral("Acme Corp"));
        // Visible at client level too.
        o = get(QStringLiteral("/v2/client/1001/registrant/john@acme.com")).json();
        QCOMPARE(o.value(QStringLiteral("registrant"))
                     .toObject()
                     .value(QStringLiteral("eventuserid"))
                     .toInteger(),
            id);
    }

    void registerErrors()
    {
        const QString path = QStringLiteral("/v2/client/1001/event/5002/registrant");
        RawReply r = postForm(path, "firstname=NoMail");
        QCOMPARE(r.status, 400);
        QCOMPARE(msg(r), QStringLiteral("The email parameter is missing."));
        r = postForm(path, "email=a%40b.com", QStringLiteral("honorrequired=maybe"));
        QCOMPARE(r.status, 400);
        QCOMPARE(msg(r), QStringLiteral("Invalid value for the honorrequired parameter."));
        r = postForm(path, "firstname=Anon", QStringLiteral("honorrequired=N"));
        QCOMPARE(r.status, 200);
        r = postForm(QStringLiteral("/v2/client/1001/event/999/registrant"), "email=a%40b.com");
        QCOMPARE(r.status, 404);
        QCOMPARE(msg(r), QStringLiteral("The event 999 doesn't exist."));
        r = postForm(path, "email=ghost%40b.com&isDeleted=Y");
        QCOMPARE(r.status, 412);
        QCOMPARE(
            msg(r), QStringLiteral("You're trying to soft delete the registrant you're creating."));
        // Soft delete before the event starts.
        QCOMPARE(postForm(path, "email=gone%40b.com").status, 200);
        r = postForm(path, "email=gone%40b.com&isdeleted=Y");
        QCOMPARE(r.status, 200);
        QCOMPARE(
            r.json().value(QStringLiteral("userstatus")).toString(), QStringLiteral("deleted"));
        QJsonObject o = get(path).json();
        QCOMPARE(o.value(QStringLiteral("totalregistrants")).toInt(), 1); // only "Anon"
        o = get(path, QStringLiteral("userstatus=deleted")).json();
        QCOMPARE(o.value(QStringLiteral("totalregistrants")).toInt(), 1);
        // Not allowed once the event has started.
        r = postForm(QStringLiteral("/v2/client/1001/event/5001/registrant"),
            "email=person0%40example.com&isDeleted=Y");
        QCOMPARE(r.status, 403);
        // Inactive event.
        control("PATCH", QStringLiteral("/_sandbox/records/event/5002"),
            { { QStringLiteral("isactive"), false } });
        r = postForm(path, "email=late%40b.com");
        QCOMPARE(r.status, 403);
        QCOMPARE(msg(r), QStringLiteral("The event id 5002 is inactive."));
        // Inactive client.
        control("PATCH", QStringLiteral("/_sandbox/records/client/1001"),
            { { QStringLiteral("active"), false } });
        r = get(QStringLiteral("/v2/client/1001/event"));
        QCOMPARE(r.status, 403);
        QCOMPARE(msg(r), QStringLiteral("The client id 1001 is inactive."));
    }

    // ------------------------------------------------------------ by email

    void byEmailReads()
    {
        RawReply r = get(QStringLiteral("/v2/client/1001/registrant/Person1@Example.com"));
        QCOMPARE(r.status, 200);
        QJsonObject reg = r.json().value(QStringLiteral("registrant")).toObject();
        QCOMPARE(
            reg.value(QStringLiteral("email")).toString(), QStringLiteral("person1@example.com"));
        QCOMPARE(reg.value(QStringLiteral("clientid")).toInteger(), 1001);
        r = get(QStringLiteral("/v2/client/1001/registrant/person1@example.com"),
            QStringLiteral("eventid=5002"));
        QCOMPARE(r.status, 404);
        QCOMPARE(msg(r), QStringLiteral("No registrant was found for that email address"));
        r = get(QStringLiteral("/v2/client/1001/attendee/person0@example.com"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("liveminutes")).toInt(), 40);
        r = get(QStringLiteral("/v2/client/1001/attendee/person2@example.com"));
        QCOMPARE(r.status, 404);
        QCOMPARE(msg(r), QStringLiteral("The attendant person2@example.com doesn't exist."));
        r = get(QStringLiteral("/v2/client/1001/registrant/person0@example.com/allevents"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("totalregistrants")).toInt(), 1);
        QCOMPARE(r.json().value(QStringLiteral("pagecount")).toInt(), 1);
        QCOMPARE(r.json().value(QStringLiteral("registrants")).toArray().size(), 1);
        r = get(QStringLiteral("/v2/client/1001/attendee/person0@example.com/allevents"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("attendees")).toArray().size(), 1);
        r = get(QStringLiteral("/v2/client/1001/attendee/nobody@example.com/allevents"));
        QCOMPARE(r.status, 404);
    }

    // ------------------------------------------------------------ limits and faults

    void quotaAnswer403Then429()
    {
        QCOMPARE(control("PATCH", QStringLiteral("/_sandbox/faults"),
                     { { QStringLiteral("rateLimitNext"), 1 } })
                     .status,
            200);
        RawReply r = get(QStringLiteral("/v2/client/1001/event"));
        QCOMPARE(r.status, 403);
        QCOMPARE(
            msg(r), QStringLiteral("You have reached the maximum number of calls for this api."));
        QVERIFY(r.header("retry-after").isEmpty());
        QCOMPARE(get(QStringLiteral("/v2/client/1001/event")).status, 200);
        // Same answer as 429 once switched (over the control API).
        RawReply s = control("PATCH", QStringLiteral("/_sandbox/records/settings"),
            { { QStringLiteral("quotaStatus"), 429 } });
        QCOMPARE(s.status, 200);
        QCOMPARE(s.json().value(QStringLiteral("quotaStatus")).toInt(), 429);
        control("PATCH", QStringLiteral("/_sandbox/faults"),
            { { QStringLiteral("rateLimitNext"), 1 } });
        r = get(QStringLiteral("/v2/client/1001/event"));
        QCOMPARE(r.status, 429);
        QCOMPARE(
            msg(r), QStringLiteral("You have reached the maximum number of calls for this api."));
        QCOMPARE(control("PATCH", QStringLiteral("/_sandbox/records/settings"),
                     { { QStringLiteral("quotaStatus"), 500 } })
                     .status,
            400);
        QCOMPARE(control("PATCH", QStringLiteral("/_sandbox/records/settings"),
                     { { QStringLiteral("bogus"), 1 } })
                     .status,
            400);
    }

    void dailyCapIsEnforcedAndCounted()
    {
        m_emu->setDailyCallLimit(2);
        QCOMPARE(get(QStringLiteral("/v2/client/1001/event")).status, 200);
        QCOMPARE(get(QStringLiteral("/v2/client/1001/registrant")).status, 200);
        RawReply r = get(QStringLiteral("/v2/client/1001/attendee"));
        QCOMPARE(r.status, 403);
        QCOMPARE(
            msg(r), QStringLiteral("You have reached the maximum number of calls for this api."));
        const QJsonObject limits = control("GET", QStringLiteral("/_sandbox/counters"))
                                       .json()
                                       .value(QStringLiteral("limits"))
                                       .toObject();
        QCOMPARE(limits.value(QStringLiteral("dailyUsed")).toInt(), 2);
        QCOMPARE(limits.value(QStringLiteral("dailyMax")).toInt(), 2);
        // A new Pacific day resets the count.
        control("POST", QStringLiteral("/_sandbox/clock"),
            { { QStringLiteral("advanceSeconds"), 86400 } });
        QCOMPARE(get(QStringLiteral("/v2/client/1001/attendee")).status, 200);
        // Per-minute cap through the control API.
        control("PATCH", QStringLiteral("/_sandbox/records/settings"),
            { { QStringLiteral("dailyCallLimit"), 0 }, { QStringLiteral("minuteCallLimit"), 1 } });
        control("POST", QStringLiteral("/_sandbox/clock"),
            { { QStringLiteral("advanceSeconds"), 60 } });
        QCOMPARE(get(QStringLiteral("/v2/client/1001/event")).status, 200);
        QCOMPARE(get(QStringLiteral("/v2/client/1001/event")).status, 403);
    }

    void serverErrorAndBodyFaults()
    {
        control("PATCH", QStringLiteral("/_sandbox/faults"), { { QStringLiteral("failNext"), 1 } });
        RawReply r = get(QStringLiteral("/v2/client/1001/event"));
        QCOMPARE(r.status, 500);
        QVERIFY(!msg(r).isEmpty());
        QCOMPARE(r.json().keys(), QStringList { QStringLiteral("message") });
        control(
            "PATCH", QStringLiteral("/_sandbox/faults"), { { QStringLiteral("truncateNext"), 1 } });
        r = get(QStringLiteral("/v2/client/1001/event"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.jsonDoc().isNull());
        control("PATCH", QStringLiteral("/_sandbox/faults"),
            { { QStringLiteral("malformedNext"), 1 } });
        r = get(QStringLiteral("/v2/client/1001/event"));
        QVERIFY(r.jsonDoc().isNull());
        QVERIFY(!get(QStringLiteral("/v2/client/1001/event")).jsonDoc().isNull());
        const QJsonObject calls = control("GET", QStringLiteral("/_sandbox/counters"))
                                      .json()
                                      .value(QStringLiteral("calls"))
                                      .toObject();
        QCOMPARE(calls.value(QStringLiteral("event.list")).toInt(), 4);
    }

    // ------------------------------------------------------------ late data

    void lateAttendanceFollowsTheClock()
    {
        QCOMPARE(control("PATCH", QStringLiteral("/_sandbox/records/settings"),
                     { { QStringLiteral("attendanceDelaySeconds"), 7200 } })
                     .status,
            200);
        // Seeded attendance ended days ago: still visible.
        QCOMPARE(get(QStringLiteral("/v2/client/1001/event/5001/attendee"))
                     .json()
                     .value(QStringLiteral("totalattendees"))
                     .toInt(),
            2);
        // A webinar that ended 10 minutes ago, with one late attendee.
        RawReply e = control("POST", QStringLiteral("/_sandbox/records/event"),
            { { QStringLiteral("clientid"), 1001 }, { QStringLiteral("eventid"), 5003 },
                { QStringLiteral("start"), m_now.addSecs(-4200).toString(Qt::ISODate) },
                { QStringLiteral("end"), m_now.addSecs(-600).toString(Qt::ISODate) } });
        QCOMPARE(e.status, 201);
        RawReply a = control("POST", QStringLiteral("/_sandbox/records/attendee"),
            { { QStringLiteral("eventid"), 5003 },
                { QStringLiteral("email"), QStringLiteral("late@example.com") },
                { QStringLiteral("firstname"), QStringLiteral("Late") },
                { QStringLiteral("live"), true },
                { QStringLiteral("attendedat"), m_now.addSecs(-4000).toString(Qt::ISODate) },
                { QStringLiteral("liveminutes"), 30.4 }, { QStringLiteral("engagementscore"), 6.5 },
                { QStringLiteral("answeredpolls"), 1 } });
        QCOMPARE(a.status, 201);
        QCOMPARE(a.json().value(QStringLiteral("attendancevisible")).toBool(), false);
        const QString path = QStringLiteral("/v2/client/1001/event/5003/attendee");
        QCOMPARE(get(path).json().value(QStringLiteral("totalattendees")).toInt(), 0);
        QCOMPARE(get(QStringLiteral("/v2/client/1001/attendee"))
                     .json()
                     .value(QStringLiteral("totalattendees"))
                     .toInt(),
            2);
        QCOMPARE(get(QStringLiteral("/v2/client/1001/attendee/late@example.com")).status, 404);
        // The registration itself is visible, realtimeonly shows the activity already.
        QCOMPARE(get(QStringLiteral("/v2/client/1001/event/5003/registrant"))
                     .json()
                     .value(QStringLiteral("totalregistrants"))
                     .toInt(),
            1);
        QCOMPARE(get(QStringLiteral("/v2/client/1001/attendee"), QStringLiteral("realtimeonly=Y"))
                     .json()
                     .value(QStringLiteral("totalattendees"))
                     .toInt(),
            3);
        // One hour later: still hidden. Two hours after the end: visible.
        control("POST", QStringLiteral("/_sandbox/clock"),
            { { QStringLiteral("advanceSeconds"), 3600 } });
        QCOMPARE(get(path).json().value(QStringLiteral("totalattendees")).toInt(), 0);
        control("POST", QStringLiteral("/_sandbox/clock"),
            { { QStringLiteral("advanceSeconds"), 3000 } });
        const QJsonObject o = get(path).json();
        QCOMPARE(o.value(QStringLiteral("totalattendees")).toInt(), 1);
        const QJsonObject late = o.value(QStringLiteral("attendees")).toArray().at(0).toObject();
        QCOMPARE(late.value(QStringLiteral("liveminutes")).toInt(), 30);
        QCOMPARE(late.value(QStringLiteral("answeredpolls")).toInt(), 1);
        QCOMPARE(get(QStringLiteral("/v2/client/1001/attendee"))
                     .json()
                     .value(QStringLiteral("totalattendees"))
                     .toInt(),
            3);
        QCOMPARE(get(QStringLiteral("/v2/client/1001/attendee/late@example.com")).status, 200);
    }

    void registrantDelayHidesNewRegistrations()
    {
        m_emu->setRegistrantDelay(900);
        const QString path = QStringLiteral("/v2/client/1001/event/5002/registrant");
        QCOMPARE(postForm(path, "email=new%40b.com").status, 200);
        QCOMPARE(get(path).json().value(QStringLiteral("totalregistrants")).toInt(), 0);
        control("POST", QStringLiteral("/_sandbox/clock"),
            { { QStringLiteral("advanceSeconds"), 901 } });
        QCOMPARE(get(path).json().value(QStringLiteral("totalregistrants")).toInt(), 1);
    }

    void minuteRoundingOfAttendance()
    {
        const RawReply a = control("POST", QStringLiteral("/_sandbox/records/attendee"),
            { { QStringLiteral("eventid"), 5001 },
                { QStringLiteral("email"), QStringLiteral("person2@example.com") },
                { QStringLiteral("live"), false }, { QStringLiteral("archiveminutes"), 0.3 } });
        QCOMPARE(a.status, 200); // existing registrant gains attendance
        const QJsonObject att = a.json().value(QStringLiteral("attendance")).toObject();
        QCOMPARE(att.value(QStringLiteral("archiveminutes")).toInt(), 1);
        QCOMPARE(get(QStringLiteral("/v2/client/1001/event/5001/attendee"))
                     .json()
                     .value(QStringLiteral("totalattendees"))
                     .toInt(),
            3);
    }

    // ------------------------------------------------------------ control records

    void controlRecordsRoundTrip()
    {
        RawReply r = control("GET", QStringLiteral("/_sandbox/records/registrant?eventid=5001"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("total")).toInt(), 3);
        const QJsonArray recs = r.json().value(QStringLiteral("records")).toArray();
        const qint64 id = recs.at(2).toObject().value(QStringLiteral("eventuserid")).toInteger();
        r = control("PATCH", QStringLiteral("/_sandbox/records/registrant/%1").arg(id),
            { { QStringLiteral("firstname"), QStringLiteral("Renamed") } });
        QCOMPARE(r.status, 200);
        QCOMPARE(get(QStringLiteral("/v2/client/1001/event/5001/registrant"),
                     QStringLiteral("email=person2@example.com"))
                     .json()
                     .value(QStringLiteral("registrants"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("firstname"))
                     .toString(),
            QStringLiteral("Renamed"));
        QCOMPARE(control("GET", QStringLiteral("/_sandbox/records/attendee?clientid=1001"))
                     .json()
                     .value(QStringLiteral("total"))
                     .toInt(),
            2);
        // Removing attendance keeps the registration.
        const qint64 liveId
            = recs.at(0).toObject().value(QStringLiteral("eventuserid")).toInteger();
        QCOMPARE(
            control("DELETE", QStringLiteral("/_sandbox/records/attendee/%1").arg(liveId)).status,
            204);
        QCOMPARE(get(QStringLiteral("/v2/client/1001/event/5001/attendee"))
                     .json()
                     .value(QStringLiteral("totalattendees"))
                     .toInt(),
            1);
        QCOMPARE(
            control("DELETE", QStringLiteral("/_sandbox/records/registrant/%1").arg(id)).status,
            204);
        QCOMPARE(get(QStringLiteral("/v2/client/1001/event/5001/registrant"))
                     .json()
                     .value(QStringLiteral("totalregistrants"))
                     .toInt(),
            2);
        QCOMPARE(
            control("GET", QStringLiteral("/_sandbox/records/registrant/%1").arg(id)).status, 404);
        QCOMPARE(control("GET", QStringLiteral("/_sandbox/records/event?clientid=1001"))
                     .json()
                     .value(QStringLiteral("total"))
                     .toInt(),
            2);
        QCOMPARE(control("DELETE", QStringLiteral("/_sandbox/records/event/5001")).status, 204);
        QCOMPARE(get(QStringLiteral("/v2/client/1001/event/5001/registrant")).status, 404);
        // A new client through the control API gets the demo token.
        r = control("POST", QStringLiteral("/_sandbox/records/client"),
            { { QStringLiteral("clientid"), 2002 },
                { QStringLiteral("name"), QStringLiteral("New") } });
        QCOMPARE(r.status, 201);
        QCOMPARE(get(QStringLiteral("/v2/client/2002/event")).status, 200);
        QCOMPARE(control("GET", QStringLiteral("/_sandbox/records/widgets")).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestSandboxOn24)
#include "tst_sandbox_on24.moc"
