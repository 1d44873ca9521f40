// The ON24 emulator's synthetic world (leadbridge-sandbox --synthetic-registrants):
// counts per webinar, client-level paging by last activity, the attendee share, and values
// that follow from the index (so a benchmark can recompute them).
#include "core/sandbox/on24/On24Emulator.h"
#include "core/sandbox/on24/On24SyntheticWorld.h"
#include "tests/support/RawHttp.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace LeadBridge::Sandbox;
using LeadBridge::Test::RawHttp;
using LeadBridge::Test::RawReply;

class TestSandboxOn24Synthetic : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 kClient = 4242;
    static constexpr qint64 kRegistrants = 1003;
    static constexpr int kWebinars = 7;

    RawReply get(const QString &path, const QString &query = {})
    {
        QUrl u = m_emu->baseUrl();
        u.setPath(u"/v2/client/%1%2"_qs.arg(kClient).arg(path));
        u.setQuery(query);
        return m_http.get(u,
            { { "accessTokenKey", On24Emulator::demoTokenKey().toLatin1() },
                { "accessTokenSecret", On24Emulator::demoTokenSecret().toLatin1() } });
    }
    QString window() const
    {
        const QTimeZone pacific(QByteArrayLiteral("America/Los_Angeles"));
        return u"startDate=%1&endDate=%2"_qs.arg(
            m_now.addDays(-90).toTimeZone(pacific).toString(u"yyyy-MM-dd"_qs),
            m_now.addDays(1).toTimeZone(pacific).toString(u"yyyy-MM-dd"_qs));
    }

    RawHttp m_http;
    std::unique_ptr<On24Emulator> m_emu;
    std::unique_ptr<On24SyntheticWorld> m_world;
    QDateTime m_now;

private slots:
    void init()
    {
        m_emu = std::make_unique<On24Emulator>();
        m_now = m_emu->now();
        m_world = std::make_unique<On24SyntheticWorld>(kRegistrants, kWebinars, m_now);
        m_emu->seedSynthetic(kClient, *m_world);
        QVERIFY(m_emu->listen(0));
    }
    void cleanup() { m_emu.reset(); }

    void countsPerWebinarAndAttendeeShare()
    {
        QCOMPARE(m_emu->registrantCount(), int(kRegistrants));
        qint64 attended = 0;
        for (qint64 i = 0; i < kRegistrants; ++i)
            attended += On24SyntheticWorld::attended(i) ? 1 : 0;
        QCOMPARE(m_emu->attendeeCount(), int(attended));
        // 40 % within rounding of the last, partial hundred.
        QVERIFY(attended >= kRegistrants * 40 / 100 && attended <= kRegistrants * 40 / 100 + 3);
        qint64 sum = 0;
        for (int w = 0; w < kWebinars; ++w) {
            const RawReply r = get(u"/event/%1/registrant"_qs.arg(m_world->eventId(w)));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json().value(u"totalregistrants"_qs).toInteger(), m_world->registrantsOf(w));
            sum += m_world->registrantsOf(w);
            const RawReply e = get(u"/event/%1"_qs.arg(m_world->eventId(w)));
            QCOMPARE(e.json().value(u"description"_qs).toString().isNull(), false);
        }
        QCOMPARE(sum, kRegistrants);
        const RawReply events = get(u"/event"_qs, window());
        QCOMPARE(events.status, 200);
        QCOMPARE(events.json().value(u"totalevents"_qs).toInt(), kWebinars);
    }

    void clientPagingByLastActivitySeesEveryoneOnce()
    {
        QSet<QString> emails;
        qint64 attendees = 0;
        for (int page = 0;; ++page) {
            const RawReply r = get(u"/registrant"_qs,
                window()
                    + u"&dateFilterMode=lastActivity&itemsPerPage=100&pageOffset=%1"_qs.arg(page));
            QCOMPARE(r.status, 200);
            const QJsonObject o = r.json();
            QCOMPARE(o.value(u"totalregistrants"_qs).toInteger(), kRegistrants);
            const QJsonArray items = o.value(u"registrants"_qs).toArray();
            for (const QJsonValue &v : items)
                emails.insert(v.toObject().value(u"email"_qs).toString());
            if (page + 1 >= o.value(u"pagecount"_qs).toInt())
                break;
        }
        QCOMPARE(emails.size(), int(kRegistrants));
        QVERIFY(emails.contains(On24SyntheticWorld::email(kRegistrants - 1)));
        for (int page = 0;; ++page) {
            const RawReply r
                = get(u"/attendee"_qs, window() + u"&itemsPerPage=100&pageOffset=%1"_qs.arg(page));
            QCOMPARE(r.status, 200);
            attendees += r.json().value(u"attendees"_qs).toArray().size();
            if (page + 1 >= r.json().value(u"pagecount"_qs).toInt())
                break;
        }
        QCOMPARE(attendees, qint64(m_emu->attendeeCount()));
    }

    void valuesFollowFromTheIndex()
    {
        const qint64 i = 123; // webinar 123 % 7 = 4, attended (23 < 40)
        const RawReply r = get(u"/registrant/%1"_qs.arg(On24SyntheticWorld::email(i)));
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json().value(u"registrant"_qs).toObject();
        const QMap<QString, QString> f
            = On24SyntheticWorld::fields(On24SyntheticWorld::variantOf(i));
        QCOMPARE(o.value(u"firstname"_qs).toString(), f.value(u"firstname"_qs));
        QCOMPARE(o.value(u"company"_qs).toString(), f.value(u"company"_qs));
        QCOMPARE(o.value(u"eventid"_qs).toInteger(), m_world->eventId(4));
        QCOMPARE(QDateTime::fromString(o.value(u"createtimestamp"_qs).toString(), Qt::ISODate),
            m_world->registeredAt(i));
        const RawReply a = get(u"/attendee/%1"_qs.arg(On24SyntheticWorld::email(i)));
        QCOMPARE(a.status, 200);
        const QJsonObject at = a.json();
        QCOMPARE(at.value(u"liveminutes"_qs).toInt(), On24SyntheticWorld::liveMinutes(i));
        QCOMPARE(
            at.value(u"engagementscore"_qs).toDouble(), On24SyntheticWorld::engagementScore(i));
        QCOMPARE(at.value(u"answeredpolls"_qs).toInt(), On24SyntheticWorld::polls(i));
        // Not attended (50 % 100 >= 40): registered, but no attendee answer.
        QCOMPARE(get(u"/registrant/%1"_qs.arg(On24SyntheticWorld::email(50))).status, 200);
        QCOMPARE(get(u"/attendee/%1"_qs.arg(On24SyntheticWorld::email(50))).status, 404);
    }

    void seedingAgainReplacesTheWorld()
    {
        m_emu->seedSynthetic(kClient, On24SyntheticWorld(10, 2, m_now));
        QCOMPARE(m_emu->registrantCount(), 10);
        const RawReply r
            = get(u"/event/%1/registrant"_qs.arg(On24SyntheticWorld::kFirstEventId + 2));
        QCOMPARE(r.status, 404);
    }
};

QTEST_GUILESS_MAIN(TestSandboxOn24Synthetic)
#include "tst_sandbox_on24_synthetic.moc"
