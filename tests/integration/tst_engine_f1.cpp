// F1 webinar import (ON24 → Act-On) end to end through SyncEngine against the in-process
// ON24 and Act-On emulators: the folder per client, one list per webinar, contact values
// record by record, Registered → Attended after late attendance (clock moved), no writes on
// a rerun with nothing new, preview sends nothing, a 14-month backfill in six-month windows,
// and ON24 quota answers during a run. Every test also reads the journal (runs,
// record_changes, links, cursors).
#include "core/connectors/on24/On24Connector.h"
#include "core/engine/RunRecorder.h"
#include "core/engine/SyncEngine.h"
#include "core/engine/flows/WebinarImportPlanner.h"
#include "core/engine/flows/WebinarImportRunner.h"
#include "core/net/HttpClient.h"
#include "core/sandbox/acton/ActOnEmulator.h"
#include "core/sandbox/on24/On24Emulator.h"
#include "core/store/AccountRepository.h"
#include "core/store/FlowRepository.h"
#include "core/store/Journal.h"
#include "core/store/LinkRepository.h"
#include "core/store/RunRepository.h"
#include "tests/support/RawHttp.h"
#include "tests/support/TestEnv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace LeadBridge;
using namespace LeadBridge::Sandbox;

namespace {

constexpr qint64 kClient = 22921;
constexpr qint64 kBackfillClient = 22923;
const QString kFolder = QStringLiteral("22921");

DemoPerson person(int i)
{
    DemoPerson p;
    p.index = i;
    p.firstName = QStringLiteral("Ada%1").arg(i);
    p.lastName = QStringLiteral("Lovelace%1").arg(i);
    p.email = QStringLiteral("Person%1@Example.com").arg(i);
    p.company = QStringLiteral("Analytical Engines %1").arg(i);
    p.title = QStringLiteral("Engineer");
    p.phone = QStringLiteral("+1 555 01%1").arg(i, 2, 10, QLatin1Char('0'));
    p.street1 = QStringLiteral("%1 Main Street").arg(i + 1);
    p.street2 = QStringLiteral("Suite %1").arg(100 + i);
    p.postalCode = QStringLiteral("94%1").arg(100 + i);
    p.companySize = QStringLiteral("51-200");
    p.jobFunction = QStringLiteral("Marketing");
    p.country = QStringLiteral("United States");
    return p;
}

DemoRegistration reg(int personIndex, const QDateTime &at, const QString &ref)
{
    DemoRegistration r;
    r.personIndex = personIndex;
    r.partnerRef = ref;
    r.registeredAt = at;
    return r;
}

DemoEvent makeEvent(qint64 id, const QString &title, const QDateTime &start)
{
    DemoEvent e;
    e.eventId = id;
    e.title = title;
    e.start = start;
    e.end = start.addSecs(3600);
    return e;
}

} // namespace

class TestEngineF1 : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::ScopedDataDir> m_dir;
    std::unique_ptr<On24Emulator> m_on24;
    std::unique_ptr<ActOnEmulator> m_acton;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<SyncEngine> m_engine;
    Test::RawHttp m_http;
    QDateTime m_now;
    qint64 m_on24Account = 0;
    qint64 m_actonAccount = 0;
    qint64 m_flow = 0;

    /// Client 22921: "Cloud Security Summit" (5001, 10 days ago: people 0–6 and a blank
    /// e-mail, 0 attended live, 1 on demand), "Data Pipelines 101" (5002, ended 30 min ago:
    /// people 10–12, 10 attended live) and "Roadmap 2027" (5003, in 5 days: 20, 21).
    /// Client 22923: one webinar each 13, 8 and 2 months back (people 30–32).
    DemoDataset dataset() const
    {
        DemoDataset d;
        for (int i = 0; i < 40; ++i)
            d.people.append(person(i));
        d.people[7].email.clear(); // the blank-email registrant

        DemoOn24Client c;
        c.clientId = kClient;
        c.name = QStringLiteral("Acme Webinars");
        DemoEvent e1 = makeEvent(5001, QStringLiteral("Cloud Security Summit"), m_now.addDays(-10));
        for (int i = 0; i < 8; ++i)
            e1.registrations.append(reg(i, m_now.addDays(-20).addSecs(i * 600),
                i % 2 ? QStringLiteral("linkedin") : QStringLiteral("newsletter")));
        e1.registrations[0].attended = true;
        e1.registrations[0].attendedLive = true;
        e1.registrations[0].attendedAt = e1.start.addSecs(120);
        e1.registrations[0].liveMinutes = 42;
        e1.registrations[0].engagementScore = 8.5;
        e1.registrations[0].pollResponses = 3;
        e1.registrations[0].questionsAsked = 2;
        e1.registrations[0].surveysSubmitted = 1;
        e1.registrations[0].resourcesViewed = 4;
        e1.registrations[1].attended = true;
        e1.registrations[1].attendedAt = e1.end.addDays(1);
        e1.registrations[1].archiveMinutes = 25;
        e1.registrations[1].engagementScore = 4;

        DemoEvent e2 = makeEvent(5002, QStringLiteral("Data Pipelines 101"),
            m_now.addSecs(-5400)); // ended 30 minutes ago
        for (int i = 10; i < 13; ++i)
            e2.registrations.append(
                reg(i, m_now.addDays(-3).addSecs(i * 60), QStringLiteral("partner-x")));
        e2.registrations[0].attended = true;
        e2.registrations[0].attendedLive = true;
        e2.registrations[0].attendedAt = e2.start.addSecs(60);
        e2.registrations[0].liveMinutes = 55;
        e2.registrations[0].engagementScore = 9.5;
        e2.registrations[0].questionsAsked = 5;

        DemoEvent e3 = makeEvent(5003, QStringLiteral("Roadmap 2027"), m_now.addDays(5));
        e3.registrations = { reg(20, m_now.addDays(-1), QStringLiteral("ads")),
            reg(21, m_now.addDays(-1).addSecs(60), QStringLiteral("ads")) };
        c.events = { e1, e2, e3 };
        d.on24Clients.append(c);

        DemoOn24Client b;
        b.clientId = kBackfillClient;
        int p = 30;
        for (int months : { 13, 8, 2 }) {
            DemoEvent e = makeEvent(9000 + months, QStringLiteral("Archive webinar %1").arg(months),
                m_now.addMonths(-months));
            e.registrations.append(reg(p++, e.start.addDays(-3), QStringLiteral("archive")));
            b.events.append(e);
        }
        d.on24Clients.append(b);
        return d;
    }

    void makeEngine()
    {
        m_engine = std::make_unique<SyncEngine>(m_nam.get());
        if (!m_engine->open().ok())
            qFatal("engine did not open");
        On24Emulator *emu = m_on24.get();
        WebinarImportRunner::setClock([emu] { return emu->now(); });
        m_engine->setConnectorFactory(
            [emu](const ConnectorConfig &config, QNetworkAccessManager *nam) -> Connector * {
                if (config.account.kind != AccountKind::On24)
                    return nullptr;
                auto *c = new On24Connector(config, nam);
                c->setClock([emu] { return emu->now(); });
                RetryPolicy p;
                p.baseDelayMs = 20;
                p.maxDelayMs = 200;
                p.jitter = RetryPolicy::Jitter::None;
                c->http()->setRetryPolicy(p);
                return c;
            });
    }

    Journal &journal() { return *m_engine->journal(); }

    qint64 addFlow(qint64 clientId, const QVariantMap &settings)
    {
        AccountRepository accounts(journal());
        Account on24;
        on24.kind = AccountKind::On24;
        on24.name = QStringLiteral("ON24 %1").arg(clientId);
        on24.settings = { { QStringLiteral("clientId"), QString::number(clientId) },
            { QStringLiteral("dataCentre"), QStringLiteral("custom") },
            { QStringLiteral("baseUrl"), m_on24->baseUrl().toString() } };
        const auto a = accounts.add(on24);
        if (!a)
            qFatal("account: %s", qPrintable(a.errorString()));
        m_on24Account = a->id;
        if (m_actonAccount == 0) {
            Account acton;
            acton.kind = AccountKind::ActOn;
            acton.name = QStringLiteral("Act-On demo");
            acton.settings = { { QStringLiteral("username"), ActOnEmulator::defaultUsername() },
                { QStringLiteral("clientId"), ActOnEmulator::defaultClientId() },
                { QStringLiteral("baseUrl"), m_acton->baseUrl().toString() } };
            const auto b = accounts.add(acton);
            if (!b)
                qFatal("account: %s", qPrintable(b.errorString()));
            m_actonAccount = b->id;
        }
        FlowRepository flows(journal());
        Flow f;
        f.kind = FlowKind::WebinarImport;
        f.name = QStringLiteral("Webinars %1").arg(clientId);
        f.sourceAccountId = m_on24Account;
        f.targetAccountId = m_actonAccount;
        f.settings = settings;
        const auto added = flows.add(f);
        if (!added)
            qFatal("flow: %s", qPrintable(added.errorString()));
        return added->id;
    }

    RunOutcome run(qint64 flowId, bool preview = false, bool full = false)
    {
        RunRequest r;
        r.flowId = flowId;
        r.preview = preview;
        r.full = full;
        r.trigger = RunTrigger::Cli;
        CredentialBundle on24;
        on24.secrets.insert(QStringLiteral("tokenKey"), On24Emulator::demoTokenKey().toUtf8());
        on24.secrets.insert(
            QStringLiteral("tokenSecret"), On24Emulator::demoTokenSecret().toUtf8());
        CredentialBundle acton;
        acton.secrets.insert(QStringLiteral("password"), ActOnEmulator::defaultPassword().toUtf8());
        acton.secrets.insert(
            QStringLiteral("clientSecret"), ActOnEmulator::defaultClientSecret().toUtf8());
        FlowRepository flows(journal());
        const Flow f = flows.get(flowId).value();
        r.credentials.insert(f.sourceAccountId, on24);
        r.credentials.insert(f.targetAccountId, acton);
        QSignalSpy spy(m_engine.get(), &SyncEngine::runFinished);
        m_engine->requestRun(r);
        if (!spy.wait(60000) && spy.isEmpty())
            qWarning("run did not finish");
        return spy.isEmpty() ? RunOutcome() : spy.first().first().value<RunOutcome>();
    }

    QJsonObject actonControl(const QString &path)
    {
        const Test::RawReply reply = m_http.get(
            QUrl(m_acton->baseUrl().toString() + QStringLiteral("/_sandbox/records/") + path));
        return reply.json();
    }
    /// Lists of the emulator: name → {id, folderName, headings, emailColumn}.
    QHash<QString, QJsonObject> actonLists()
    {
        QHash<QString, QJsonObject> out;
        const Test::RawReply reply = m_http.get(
            QUrl(m_acton->baseUrl().toString() + QStringLiteral("/_sandbox/records/lists")));
        for (const QJsonValue &v : reply.jsonArray())
            out.insert(v.toObject().value(QStringLiteral("name")).toString(), v.toObject());
        return out;
    }
    /// Records of a list keyed by lower-cased e-mail.
    QHash<QString, QJsonObject> records(const QString &listId)
    {
        QHash<QString, QJsonObject> out;
        const QJsonObject j = actonControl(listId + QStringLiteral("?limit=10000"));
        for (const QJsonValue &v : j.value(QStringLiteral("records")).toArray()) {
            const QJsonObject o = v.toObject();
            out.insert(o.value(QStringLiteral("E-mail Address")).toString().toLower(), o);
        }
        return out;
    }
    qint64 actonCalls(const QString &endpoint = QString()) const
    {
        const QJsonObject c = m_acton->counters();
        if (endpoint.isEmpty())
            return c.value(QStringLiteral("total")).toInteger();
        return c.value(QStringLiteral("calls")).toObject().value(endpoint).toInteger();
    }
    /// Act-On calls that change data (list creation, merges, record writes, deletes).
    qint64 actonWrites() const
    {
        qint64 n = 0;
        const QJsonObject calls = m_acton->counters().value(QStringLiteral("calls")).toObject();
        for (auto it = calls.begin(); it != calls.end(); ++it) {
            const QString k = it.key().toLower();
            if (k.contains(QStringLiteral("create")) || k.contains(QStringLiteral("merge"))
                || k.contains(QStringLiteral("upsert")) || k.contains(QStringLiteral("insert"))
                || k.contains(QStringLiteral("update")) || k.contains(QStringLiteral("delete")))
                n += it.value().toInteger();
        }
        return n;
    }
    QList<RecordChange> changes(qint64 runId)
    {
        RunRepository runs(journal());
        return runs.changes(runId).value();
    }
    QString cursor(qint64 flowId, const QString &object)
    {
        LinkRepository links(journal(), flowId, CrmKind::Salesforce);
        return links.cursor(QStringLiteral("on24"), object).value();
    }
    qint64 linkCount(qint64 flowId)
    {
        LinkRepository links(journal(), flowId, CrmKind::Salesforce);
        return links.count().value();
    }
    static const RecordChange *find(const QList<RecordChange> &rows, const QString &key,
        const QString &field, ChangeOperation op)
    {
        for (const RecordChange &r : rows) {
            if (r.recordKey == key && r.field == field && r.operation == op)
                return &r;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        registerWebinarImportRunner();
        QVERIFY(SyncEngine::hasRunner(FlowKind::WebinarImport));
    }

    void init()
    {
        m_dir = std::make_unique<Test::ScopedDataDir>();
        m_now = QDateTime::currentDateTimeUtc();
        m_on24 = std::make_unique<On24Emulator>();
        m_on24->seed(dataset());
        QVERIFY(m_on24->listen(0));
        m_acton = std::make_unique<ActOnEmulator>();
        QVERIFY(m_acton->listen(0));
        m_nam = std::make_unique<QNetworkAccessManager>();
        makeEngine();
        m_actonAccount = 0;
        m_flow = addFlow(kClient,
            { { QStringLiteral("backfillFrom"),
                m_now.addDays(-60).date().toString(Qt::ISODate) } });
    }

    void cleanup()
    {
        m_engine.reset();
        m_nam.reset();
        m_acton.reset();
        m_on24.reset();
        WebinarImportRunner::setClock({});
        m_dir.reset();
    }

    void firstRunCreatesFolderListsAndContacts()
    {
        const RunOutcome o = run(m_flow);
        QVERIFY2(o.succeeded(), qPrintable(o.message));
        QCOMPARE(o.summary.mode, RunMode::Full);

        // One folder (the client id), one list per webinar, named "<title> (<eventid>)".
        const auto lists = actonLists();
        const QStringList names = { QStringLiteral("Cloud Security Summit (5001)"),
            QStringLiteral("Data Pipelines 101 (5002)"), QStringLiteral("Roadmap 2027 (5003)") };
        QCOMPARE(lists.size(), 3);
        for (const QString &n : names) {
            QVERIFY2(lists.contains(n), qPrintable(n));
            QCOMPARE(lists.value(n).value(QStringLiteral("folderName")).toString(), kFolder);
        }
        const QString l1 = m_acton->listIdByName(names[0]);
        const QString l2 = m_acton->listIdByName(names[1]);
        const QString l3 = m_acton->listIdByName(names[2]);
        QCOMPARE(m_acton->listSize(l1), 7); // 8 registrants, one without e-mail
        QCOMPARE(m_acton->listSize(l2), 3);
        QCOMPARE(m_acton->listSize(l3), 2);
        // The list carries the seed's headings.
        const QJsonArray headings
            = lists.value(names[0]).value(QStringLiteral("headings")).toArray();
        for (const QString &h : WebinarImportPlanner::headings()) {
            QVERIFY2(headings.contains(QJsonValue(h)), qPrintable(h));
        }

        // Record by record.
        const auto r1 = records(l1);
        const QJsonObject p2 = r1.value(QStringLiteral("person2@example.com"));
        QCOMPARE(p2.value(QStringLiteral("E-mail Address")).toString(),
            QStringLiteral("Person2@Example.com"));
        QCOMPARE(p2.value(QStringLiteral("First Name")).toString(), QStringLiteral("Ada2"));
        QCOMPARE(p2.value(QStringLiteral("Last Name")).toString(), QStringLiteral("Lovelace2"));
        QCOMPARE(p2.value(QStringLiteral("Work Phone Number")).toString(),
            QStringLiteral("+1 555 0102"));
        QCOMPARE(p2.value(QStringLiteral("Street Address 1")).toString(),
            QStringLiteral("3 Main Street"));
        QCOMPARE(
            p2.value(QStringLiteral("Street Address 2")).toString(), QStringLiteral("Suite 102"));
        QCOMPARE(p2.value(QStringLiteral("Postal Code")).toString(), QStringLiteral("94102"));
        QCOMPARE(
            p2.value(QStringLiteral("Company")).toString(), QStringLiteral("Analytical Engines 2"));
        QCOMPARE(p2.value(QStringLiteral("Company Size")).toString(), QStringLiteral("51-200"));
        QCOMPARE(p2.value(QStringLiteral("Job Function")).toString(), QStringLiteral("Marketing"));
        QCOMPARE(p2.value(QStringLiteral("Lead Source")).toString(), QStringLiteral("newsletter"));
        QCOMPARE(p2.value(QStringLiteral("Status")).toString(), QStringLiteral("Registered"));
        const QDateTime regAt = QDateTime::fromString(
            p2.value(QStringLiteral("Registration Date/Time")).toString(), Qt::ISODate);
        QVERIFY(regAt.isValid());
        QVERIFY(qAbs(regAt.secsTo(m_now.addDays(-20).addSecs(1200))) <= 1);
        QCOMPARE(p2.value(QStringLiteral("Attendance Date/Time")).toString(), QString());
        QCOMPARE(p2.value(QStringLiteral("Live Duration")).toString(), QString());
        QCOMPARE(r1.value(QStringLiteral("person3@example.com"))
                     .value(QStringLiteral("Lead Source"))
                     .toString(),
            QStringLiteral("linkedin"));

        // Attendance already published: Attended with the activity fields.
        const QJsonObject p0 = r1.value(QStringLiteral("person0@example.com"));
        QCOMPARE(p0.value(QStringLiteral("Status")).toString(), QStringLiteral("Attended"));
        QCOMPARE(p0.value(QStringLiteral("Live Duration")).toString(), QStringLiteral("42"));
        QCOMPARE(p0.value(QStringLiteral("Engagement Score")).toString(), QStringLiteral("8.5"));
        QCOMPARE(p0.value(QStringLiteral("# of Poll Responses")).toString(), QStringLiteral("3"));
        QCOMPARE(p0.value(QStringLiteral("# of Questions Asked")).toString(), QStringLiteral("2"));
        QCOMPARE(
            p0.value(QStringLiteral("# of Surveys Submitted")).toString(), QStringLiteral("1"));
        QCOMPARE(
            p0.value(QStringLiteral("Number of Resources Viewed")).toString(), QStringLiteral("4"));
        const QDateTime attAt = QDateTime::fromString(
            p0.value(QStringLiteral("Attendance Date/Time")).toString(), Qt::ISODate);
        QVERIFY(qAbs(attAt.secsTo(m_now.addDays(-10).addSecs(120))) <= 1);
        const QJsonObject p1 = r1.value(QStringLiteral("person1@example.com"));
        QCOMPARE(p1.value(QStringLiteral("Status")).toString(), QStringLiteral("Attended"));
        QCOMPARE(p1.value(QStringLiteral("Archive Duration")).toString(), QStringLiteral("25"));
        // The webinar that ended 30 minutes ago: attendance is visible at once here (no delay).
        const auto r2 = records(l2);
        QCOMPARE(r2.size(), 3);
        QCOMPARE(r2.value(QStringLiteral("person10@example.com"))
                     .value(QStringLiteral("Status"))
                     .toString(),
            QStringLiteral("Attended"));
        QCOMPARE(r2.value(QStringLiteral("person11@example.com"))
                     .value(QStringLiteral("Status"))
                     .toString(),
            QStringLiteral("Registered"));
        const auto r3 = records(l3);
        QCOMPARE(r3.value(QStringLiteral("person21@example.com"))
                     .value(QStringLiteral("Lead Source"))
                     .toString(),
            QStringLiteral("ads"));

        // Journal: counts, rows, the skip with its reason, links and cursors.
        QCOMPARE(o.summary.counts.created, 3 + 12);
        QCOMPARE(o.summary.counts.skipped, 1);
        QCOMPARE(o.summary.counts.errors, 0);
        const auto rows = changes(o.summary.id);
        // One history row per new contact, saying what it was added with; no field rows.
        const RecordChange *created = find(
            rows, QStringLiteral("person2@example.com"), QString(), ChangeOperation::Create);
        QVERIFY(created);
        QCOMPARE(created->reason,
            QStringLiteral("Added to the webinar's list with the ON24 registration."));
        QCOMPARE(created->system, QStringLiteral("acton"));
        QCOMPARE(created->object, QStringLiteral("list:Cloud Security Summit (5001)"));
        QVERIFY(!find(rows, QStringLiteral("person2@example.com"), QStringLiteral("Status"),
            ChangeOperation::Create));
        int contactRows = 0;
        for (const RecordChange &r : rows) {
            if (r.operation == ChangeOperation::Create && r.object.startsWith(u"list:"))
                ++contactRows;
        }
        QCOMPARE(contactRows, 12);
        const RecordChange *list
            = find(rows, names[1], QStringLiteral("Folder"), ChangeOperation::Create);
        QVERIFY(list);
        QCOMPARE(list->newValue, kFolder);
        int skips = 0;
        for (const RecordChange &r : rows) {
            if (r.operation == ChangeOperation::Skip) {
                ++skips;
                QCOMPARE(r.system, QStringLiteral("on24"));
                QVERIFY2(
                    r.reason.contains(QStringLiteral("no e-mail address")), qPrintable(r.reason));
            }
        }
        QCOMPARE(skips, 1);
        QCOMPARE(linkCount(m_flow), 12);
        QVERIFY(!cursor(m_flow, WebinarImportRunner::registrantCursorObject(kFolder)).isEmpty());
        QVERIFY(!cursor(m_flow, WebinarImportRunner::attendeeCursorObject(kFolder)).isEmpty());
    }

    void lateAttendanceFlipsStatus()
    {
        // ON24 publishes live attendance two hours after the webinar.
        m_on24->setAttendanceDelay(2 * 3600);
        const RunOutcome first = run(m_flow);
        QVERIFY2(first.succeeded(), qPrintable(first.message));
        const QString l2 = m_acton->listIdByName(QStringLiteral("Data Pipelines 101 (5002)"));
        QVERIFY(!l2.isEmpty());
        QCOMPARE(records(l2)
                     .value(QStringLiteral("person10@example.com"))
                     .value(QStringLiteral("Status"))
                     .toString(),
            QStringLiteral("Registered"));

        // A late attendee added in ON24, and three hours pass: attendance is now published.
        const Test::RawReply added = m_http.send("POST",
            QUrl(m_on24->baseUrl().toString() + QStringLiteral("/_sandbox/records/attendee")),
            { { "Content-Type", "application/json" } },
            QJsonDocument(
                QJsonObject { { QStringLiteral("eventid"), 5002 },
                    { QStringLiteral("email"), QStringLiteral("person11@example.com") },
                    { QStringLiteral("live"), true },
                    { QStringLiteral("attendedat"), m_now.addSecs(-5000).toString(Qt::ISODate) },
                    { QStringLiteral("liveminutes"), 30 },
                    { QStringLiteral("engagementscore"), 6.5 },
                    { QStringLiteral("answeredpolls"), 2 }, { QStringLiteral("askedquestions"), 1 },
                    { QStringLiteral("answeredsurveys"), 1 },
                    { QStringLiteral("resourcesdownloaded"), 3 } })
                .toJson());
        QVERIFY2(added.status == 200 || added.status == 201, added.body.constData());
        m_on24->advanceClock(3 * 3600);

        const RunOutcome second = run(m_flow);
        QVERIFY2(second.succeeded(), qPrintable(second.message));
        QCOMPARE(second.summary.mode, RunMode::Incremental);
        const auto r2 = records(l2);
        QCOMPARE(r2.size(), 3); // updated in place, no duplicates
        const QJsonObject p10 = r2.value(QStringLiteral("person10@example.com"));
        QCOMPARE(p10.value(QStringLiteral("Status")).toString(), QStringLiteral("Attended"));
        QCOMPARE(p10.value(QStringLiteral("Live Duration")).toString(), QStringLiteral("55"));
        QCOMPARE(p10.value(QStringLiteral("Engagement Score")).toString(), QStringLiteral("9.5"));
        QCOMPARE(p10.value(QStringLiteral("# of Questions Asked")).toString(), QStringLiteral("5"));
        QVERIFY(QDateTime::fromString(
            p10.value(QStringLiteral("Attendance Date/Time")).toString(), Qt::ISODate)
                    .isValid());
        QCOMPARE(p10.value(QStringLiteral("First Name")).toString(), QStringLiteral("Ada10"));
        const QJsonObject p11 = r2.value(QStringLiteral("person11@example.com"));
        QCOMPARE(p11.value(QStringLiteral("Status")).toString(), QStringLiteral("Attended"));
        QCOMPARE(p11.value(QStringLiteral("Live Duration")).toString(), QStringLiteral("30"));
        QCOMPARE(p11.value(QStringLiteral("Number of Resources Viewed")).toString(),
            QStringLiteral("3"));
        QCOMPARE(r2.value(QStringLiteral("person12@example.com"))
                     .value(QStringLiteral("Status"))
                     .toString(),
            QStringLiteral("Registered"));

        // History: the Registered → Attended change, field by field.
        const auto rows = changes(second.summary.id);
        const RecordChange *flip = find(rows, QStringLiteral("person10@example.com"),
            QStringLiteral("Status"), ChangeOperation::Update);
        QVERIFY(flip);
        QCOMPARE(flip->oldValue, QStringLiteral("Registered"));
        QCOMPARE(flip->newValue, QStringLiteral("Attended"));
        const RecordChange *minutes = find(rows, QStringLiteral("person10@example.com"),
            QStringLiteral("Live Duration"), ChangeOperation::Update);
        QVERIFY(minutes);
        QCOMPARE(minutes->oldValue, QString());
        QCOMPARE(minutes->newValue, QStringLiteral("55"));
        QVERIFY(find(rows, QStringLiteral("person11@example.com"), QStringLiteral("Status"),
            ChangeOperation::Update));
        QCOMPARE(second.summary.counts.updated, 2);
        QCOMPARE(second.summary.counts.created, 0);
        // Unchanged fields are not rewritten in history.
        QVERIFY(!find(rows, QStringLiteral("person10@example.com"), QStringLiteral("First Name"),
            ChangeOperation::Update));
        QCOMPARE(linkCount(m_flow), 12);

        // A registration change later never takes Status back to Registered.
        m_on24->advanceClock(60);
        const QJsonArray regs
            = m_http
                  .get(QUrl(m_on24->baseUrl().toString()
                      + QStringLiteral(
                          "/_sandbox/records/registrant?eventid=5002&email=person10@example.com")))
                  .jsonDoc()
                  .object()
                  .value(QStringLiteral("records"))
                  .toArray();
        QVERIFY(!regs.isEmpty());
        const QString userId = QString::number(
            regs.first().toObject().value(QStringLiteral("eventuserid")).toInteger());
        const Test::RawReply patched = m_http.send("PATCH",
            QUrl(m_on24->baseUrl().toString() + QStringLiteral("/_sandbox/records/registrant/")
                + userId),
            { { "Content-Type", "application/json" } },
            QJsonDocument(
                QJsonObject { { QStringLiteral("company"), QStringLiteral("New Co") },
                    { QStringLiteral("lastactivity"), m_on24->now().toString(Qt::ISODate) } })
                .toJson());
        QVERIFY2(patched.status == 200, patched.body.constData());
        const RunOutcome third = run(m_flow);
        QVERIFY2(third.succeeded(), qPrintable(third.message));
        const QJsonObject again = records(l2).value(QStringLiteral("person10@example.com"));
        QCOMPARE(again.value(QStringLiteral("Company")).toString(), QStringLiteral("New Co"));
        QCOMPARE(again.value(QStringLiteral("Status")).toString(), QStringLiteral("Attended"));
    }

    void rerunWithNothingNewWritesNothing()
    {
        const RunOutcome first = run(m_flow);
        QVERIFY2(first.succeeded(), qPrintable(first.message));
        const QString regCursor
            = cursor(m_flow, WebinarImportRunner::registrantCursorObject(kFolder));
        m_acton->resetCounters();
        m_on24->resetCounters();

        const RunOutcome second = run(m_flow);
        QVERIFY2(second.succeeded(), qPrintable(second.message));
        QCOMPARE(second.summary.mode, RunMode::Incremental);
        QCOMPARE(actonWrites(), 0);
        QCOMPARE(actonCalls(), 0); // nothing differs from the snapshots: Act-On is not even read
        QVERIFY(m_on24->counters().value(QStringLiteral("total")).toInteger() > 0);
        QCOMPARE(second.summary.counts, RunCounts());
        QVERIFY(changes(second.summary.id).isEmpty());
        QCOMPARE(cursor(m_flow, WebinarImportRunner::registrantCursorObject(kFolder)), regCursor);
        QCOMPARE(m_acton->listSize(
                     m_acton->listIdByName(QStringLiteral("Cloud Security Summit (5001)"))),
            7);

        // A forced full run re-reads everything and still writes nothing.
        m_acton->resetCounters();
        const RunOutcome full = run(m_flow, false, true);
        QVERIFY2(full.succeeded(), qPrintable(full.message));
        QCOMPARE(full.summary.mode, RunMode::Full);
        QCOMPARE(actonWrites(), 0);
        // Only the registration without an e-mail address is reported again (as a skip).
        QCOMPARE(full.summary.counts.created + full.summary.counts.updated, 0);
        QCOMPARE(full.summary.counts.skipped, 1);
        QCOMPARE(full.summary.counts.errors, 0);
    }

    void previewSendsNothing()
    {
        const RunOutcome preview = run(m_flow, true);
        QVERIFY2(preview.succeeded(), qPrintable(preview.message));
        QCOMPARE(preview.summary.mode, RunMode::Preview);
        QCOMPARE(m_acton->listIds().size(), 0);
        QCOMPARE(actonWrites(), 0);
        QVERIFY(actonCalls(QStringLiteral("list.listing")) >= 1); // reads only
        QCOMPARE(linkCount(m_flow), 0);
        QVERIFY(cursor(m_flow, WebinarImportRunner::registrantCursorObject(kFolder)).isEmpty());
        // The plan is the run's history.
        const auto rows = changes(preview.summary.id);
        const RecordChange *created = find(
            rows, QStringLiteral("person2@example.com"), QString(), ChangeOperation::Create);
        QVERIFY(created);
        QCOMPARE(created->reason,
            QStringLiteral("Added to the webinar's list with the ON24 registration."));
        QVERIFY(find(rows, QStringLiteral("Roadmap 2027 (5003)"), QStringLiteral("Folder"),
            ChangeOperation::Create));
        QCOMPARE(preview.summary.counts.created, 3 + 12);

        // The real run afterwards does what the preview said.
        const RunOutcome real = run(m_flow);
        QVERIFY2(real.succeeded(), qPrintable(real.message));
        QCOMPARE(real.summary.counts.created, 3 + 12);
        QCOMPARE(m_acton->listIds().size(), 3);

        // A preview after the run plans nothing.
        m_acton->resetCounters();
        const RunOutcome nothing = run(m_flow, true);
        QVERIFY(nothing.succeeded());
        QCOMPARE(nothing.summary.counts.created + nothing.summary.counts.updated, 0);
        QCOMPARE(actonWrites(), 0);
    }

    void backfillOverFourteenMonths()
    {
        const qint64 flow = addFlow(kBackfillClient,
            { { QStringLiteral("backfillFrom"),
                m_now.addMonths(-14).date().toString(Qt::ISODate) } });
        m_on24->resetCounters();
        const RunOutcome o = run(flow);
        QVERIFY2(o.succeeded(), qPrintable(o.message));
        const auto lists = actonLists();
        for (int months : { 13, 8, 2 }) {
            const QString name
                = QStringLiteral("Archive webinar %1 (%2)").arg(months).arg(9000 + months);
            QVERIFY2(lists.contains(name), qPrintable(name));
            QCOMPARE(lists.value(name).value(QStringLiteral("folderName")).toString(),
                QString::number(kBackfillClient));
            QCOMPARE(m_acton->listSize(m_acton->listIdByName(name)), 1);
        }
        QCOMPARE(o.summary.counts.created, 3 + 3);
        // ON24 refuses ranges over six months; the 14 months went out as three windows.
        const QJsonObject calls = m_on24->counters().value(QStringLiteral("calls")).toObject();
        qint64 registrantLists = 0;
        for (auto it = calls.begin(); it != calls.end(); ++it) {
            if (it.key().contains(QStringLiteral("registrant")))
                registrantLists += it.value().toInteger();
        }
        QVERIFY2(registrantLists >= 3, qPrintable(QString::number(registrantLists)));
        QCOMPARE(linkCount(flow), 3);
    }

    void on24QuotaDuringRunStillCompletes()
    {
        QString error;
        m_on24->setFaults(FaultSettings::fromJson(
            QJsonObject { { QStringLiteral("rateLimitNext"), 3 } }, m_on24->faults(), &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const RunOutcome o = run(m_flow);
        QVERIFY2(o.succeeded(), qPrintable(o.message));
        QCOMPARE(o.summary.counts.created, 3 + 12);
        QCOMPARE(m_acton->listSize(
                     m_acton->listIdByName(QStringLiteral("Cloud Security Summit (5001)"))),
            7);
        QCOMPARE(m_on24->faults().rateLimitNext, 0);
    }

    void killedMidApplyResumesWithoutDuplicates()
    {
        m_engine->setKillHook(
            [](const QString &checkpoint) { return checkpoint == QLatin1String("mid-apply"); });
        QSignalSpy killed(m_engine.get(), &SyncEngine::runKilled);
        RunRequest r;
        r.flowId = m_flow;
        CredentialBundle on24;
        on24.secrets.insert(QStringLiteral("tokenKey"), On24Emulator::demoTokenKey().toUtf8());
        on24.secrets.insert(
            QStringLiteral("tokenSecret"), On24Emulator::demoTokenSecret().toUtf8());
        CredentialBundle acton;
        acton.secrets.insert(QStringLiteral("password"), ActOnEmulator::defaultPassword().toUtf8());
        acton.secrets.insert(
            QStringLiteral("clientSecret"), ActOnEmulator::defaultClientSecret().toUtf8());
        r.credentials.insert(m_on24Account, on24);
        r.credentials.insert(m_actonAccount, acton);
        m_engine->requestRun(r);
        QVERIFY(killed.wait(60000));
        QCOMPARE(killed.first().at(1).toString(), QStringLiteral("mid-apply"));
        // One list was written and committed before the "crash" (the others were in flight
        // beside it and may be in Act-On without their links); no cursor yet.
        QVERIFY(m_acton->listIds().size() >= 1);
        const qint64 committed = linkCount(m_flow);
        QVERIFY2(committed == 7 || committed == 3 || committed == 2,
            qPrintable(QString::number(committed)));
        QVERIFY(cursor(m_flow, WebinarImportRunner::registrantCursorObject(kFolder)).isEmpty());

        // A new engine (as after a restart) resumes: same final state, no duplicates.
        m_engine.reset();
        makeEngine();
        const RunOutcome o = run(m_flow);
        QVERIFY2(o.succeeded(), qPrintable(o.message));
        QCOMPARE(m_acton->listIds().size(), 3);
        QCOMPARE(m_acton->listSize(
                     m_acton->listIdByName(QStringLiteral("Cloud Security Summit (5001)"))),
            7);
        QCOMPARE(
            m_acton->listSize(m_acton->listIdByName(QStringLiteral("Data Pipelines 101 (5002)"))),
            3);
        QCOMPARE(
            m_acton->listSize(m_acton->listIdByName(QStringLiteral("Roadmap 2027 (5003)"))), 2);
        // The contacts not linked before the crash: created, or found in Act-On already.
        QVERIFY2(o.summary.counts.created <= 2 + 12 - committed,
            qPrintable(QString::number(o.summary.counts.created)));
        QCOMPARE(linkCount(m_flow), 12);
        QVERIFY(!cursor(m_flow, WebinarImportRunner::registrantCursorObject(kFolder)).isEmpty());
    }

    void badBackfillDateFailsWithSentence()
    {
        const qint64 flow = addFlow(
            kBackfillClient, { { QStringLiteral("backfillFrom"), QStringLiteral("last spring") } });
        const RunOutcome o = run(flow);
        QCOMPARE(o.summary.status, RunStatus::Failed);
        QVERIFY2(o.message.contains(QStringLiteral("is not a date")), qPrintable(o.message));
        QCOMPARE(m_acton->listIds().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEngineF1)
#include "tst_engine_f1.moc"
