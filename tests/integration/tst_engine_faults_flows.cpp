// F1 (webinar import), F3 (list sync) and F4 (lead hand-off) soaked under a hostile network, as
// tst_engine_faults does for F2: every emulator answers with 5xx errors, rate-limit answers,
// latency spikes, truncated bodies, same-origin redirects, oversized answers and expiring
// tokens. Each flow must end in exactly the state of a clean run of the same world, with every
// retry bounded and the extra calls visible in the run history (runs.calls_used).
#include "core/connectors/on24/On24Connector.h"
#include "core/engine/SyncEngine.h"
#include "core/engine/flows/LeadHandoffRunner.h"
#include "core/engine/flows/ListSyncRunner.h"
#include "core/engine/flows/WebinarImportRunner.h"
#include "core/net/HttpClient.h"
#include "core/net/RetryPolicy.h"
#include "core/sandbox/FaultSettings.h"
#include "core/sandbox/on24/On24Emulator.h"
#include "tests/support/DemoPeople.h"
#include "tests/support/EngineFixture.h"
#include "tests/support/FlowFieldMaps.h"

#include <QElapsedTimer>

using namespace LeadBridge;
using namespace LeadBridge::Sandbox;
using namespace Qt::StringLiterals;
using LeadBridge::Test::EngineFixture;

namespace {

/// Runs a flow needs at most before it ends where a clean run ends (a run whose calls ran out
/// of retries fails with a sentence; the next run picks up from the journal).
constexpr int kMaxRuns = 3;
/// Scheduled F1 runs per soak (a webinar import needs few calls per run).
constexpr int kWebinarRounds = 5;

FaultSettings soakFaults(quint32 seed)
{
    FaultSettings f;
    f.errorRate = 0.10;
    f.rateLimitRate = 0.02;
    f.latencyMs = 2;
    f.latencyJitterMs = 60; // spikes up to 60 ms
    f.truncateRate = 0.02;
    f.redirectRate = 0.05;
    f.oversizeRate = 0.02;
    f.tokenExpiryEvery = 25; // per emulator: runs here make tens of calls, not hundreds
    f.seed = seed;
    return f;
}

struct SoakFigures
{
    qint64 calls = 0;
    QMap<QString, qint64> faults;
    void add(const Emulator &emu)
    {
        const QJsonObject c = emu.counters();
        calls += c.value(u"total"_s).toInteger();
        const QJsonObject f = c.value(u"faults"_s).toObject();
        for (auto it = f.begin(); it != f.end(); ++it)
            faults[it.key()] += it.value().toInteger();
    }
    qint64 faultTotal() const
    {
        qint64 n = 0;
        for (qint64 v : faults)
            n += v;
        return n;
    }
    QString describe() const
    {
        QStringList parts;
        for (auto it = faults.cbegin(); it != faults.cend(); ++it)
            parts.append(u"%1 %2"_s.arg(it.key()).arg(it.value()));
        return u"%1 calls, %2 faults (%3)"_s.arg(calls).arg(faultTotal()).arg(parts.join(u", "_s));
    }
};

DemoPerson person(int i, DemoCrmRole role = DemoCrmRole::None)
{
    DemoPerson p = Test::DemoPeople::person(
        i, u"First%1"_s.arg(i), u"Last%1"_s.arg(i), u"person%1@soak.example"_s.arg(i));
    p.company = u"Company %1"_s.arg(i % 17);
    p.title = i % 3 ? u"Engineer"_s : u"Buyer"_s;
    p.country = u"United States"_s;
    p.salesforceRole = role;
    p.score = 20;
    return p;
}

/// What a person would check after a run, independent of generated ids.
using EndState = QMap<QString, QString>;

void addLinks(EndState &s, const QHash<QString, LinkSnapshot> &links, const QString &prefix)
{
    QStringList keys = links.keys();
    keys.sort();
    s.insert(prefix + u"links"_s, keys.join(u' '));
}

/// Runs @p flow until it succeeds (at most kMaxRuns); returns the runs made.
QList<RunOutcome> runUntilDone(EngineFixture &h, qint64 flow)
{
    QList<RunOutcome> runs;
    for (int i = 0; i < kMaxRuns; ++i) {
        runs.append(h.runFull(flow));
        if (runs.last().summary.status == RunStatus::Succeeded)
            break;
        qInfo().noquote() << "soak: run" << i + 1 << "ended:" << runs.last().message;
    }
    return runs;
}

/// Calls recorded in the run history (the runs table, as History shows it) for @p runId.
qint64 callsInHistory(Journal &journal, qint64 runId)
{
    RunRepository repo(journal);
    const auto row = repo.get(runId);
    return row ? row.value().callsUsed : -1;
}

/// As above, summed over @p runs.
qint64 callsInHistory(Journal &journal, const QList<RunOutcome> &runs)
{
    qint64 n = 0;
    for (const RunOutcome &r : runs)
        n += callsInHistory(journal, r.summary.id);
    return n;
}

/// F1 needs ON24, which EngineFixture does not serve: the ON24 and Act-On emulators, a
/// SyncEngine and one webinar-import flow, set up as tst_engine_f1 does.
class WebinarWorld
{
public:
    explicit WebinarWorld(const DemoDataset &world)
    {
        m_on24.seed(world);
        m_acton.seed(world);
        m_ok = m_on24.listen(0) && m_acton.listen(0);
        m_engine = std::make_unique<SyncEngine>(&m_nam);
        m_ok = m_ok && m_engine->open().ok();
    }
    bool ok() const { return m_ok; }
    On24Emulator &on24() { return m_on24; }
    ActOnEmulator &acton() { return m_acton; }
    Journal &journal() { return *m_engine->journal(); }

    qint64 addFlow(qint64 clientId)
    {
        AccountRepository accounts(journal());
        Account on24;
        on24.kind = AccountKind::On24;
        static int worlds = 0;
        ++worlds; // account names are unique per kind in the (shared) test journal
        on24.name = u"ON24 %1 (%2)"_s.arg(clientId).arg(worlds);
        on24.settings = { { u"clientId"_s, QString::number(clientId) },
            { u"dataCentre"_s, u"custom"_s }, { u"baseUrl"_s, m_on24.baseUrl().toString() } };
        Account acton;
        acton.kind = AccountKind::ActOn;
        acton.name = u"Act-On demo (%1)"_s.arg(worlds);
        acton.settings = { { u"username"_s, ActOnEmulator::defaultUsername() },
            { u"clientId"_s, ActOnEmulator::defaultClientId() },
            { u"baseUrl"_s, m_acton.baseUrl().toString() } };
        const auto a = accounts.add(on24);
        const auto b = accounts.add(acton);
        if (!a || !b)
            return 0;
        m_on24Account = a->id;
        m_actonAccount = b->id;
        Flow f;
        f.kind = FlowKind::WebinarImport;
        f.name = u"Webinars (%1)"_s.arg(worlds);
        f.sourceAccountId = a->id;
        f.targetAccountId = b->id;
        f.settings = { { u"backfillFrom"_s,
            m_on24.now().addDays(-60).date().toString(Qt::ISODate) } };
        FlowRepository flows(journal());
        const auto added = flows.add(f);
        return added ? added->id : 0;
    }

    RunOutcome run(qint64 flowId)
    {
        RunRequest r;
        r.flowId = flowId;
        r.trigger = RunTrigger::Cli;
        CredentialBundle on24;
        on24.secrets.insert(u"tokenKey"_s, On24Emulator::demoTokenKey().toUtf8());
        on24.secrets.insert(u"tokenSecret"_s, On24Emulator::demoTokenSecret().toUtf8());
        CredentialBundle acton;
        acton.secrets.insert(u"password"_s, ActOnEmulator::defaultPassword().toUtf8());
        acton.secrets.insert(u"clientSecret"_s, ActOnEmulator::defaultClientSecret().toUtf8());
        r.credentials.insert(m_on24Account, on24);
        r.credentials.insert(m_actonAccount, acton);
        QSignalSpy spy(m_engine.get(), &SyncEngine::runFinished);
        m_engine->requestRun(r);
        if (!spy.wait(120000) && spy.isEmpty())
            return {};
        return spy.first().first().value<RunOutcome>();
    }


    /// Every Act-On list with its records: "list/email" → name fields.
    EndState actonState()
    {
        EndState s;
        const QJsonArray lists
            = m_http.get(QUrl(m_acton.baseUrl().toString() + u"/_sandbox/records/lists"_s))
                  .jsonArray();
        for (const QJsonValue &l : lists) {
            const QString name = l.toObject().value(u"name"_s).toString();
            const QString id = l.toObject().value(u"id"_s).toString();
            const QJsonObject j = m_http
                                      .get(QUrl(m_acton.baseUrl().toString()
                                          + u"/_sandbox/records/"_s + id + u"?limit=10000"_s))
                                      .json();
            int n = 0;
            for (const QJsonValue &v : j.value(u"records"_s).toArray()) {
                const QJsonObject o = v.toObject();
                ++n;
                s.insert(name + u'/' + o.value(u"E-mail Address"_s).toString().toLower(),
                    QStringList { o.value(u"First Name"_s).toString(),
                        o.value(u"Last Name"_s).toString(), o.value(u"Company"_s).toString() }
                        .join(u'|'));
            }
            s.insert(name + u" rows"_s, QString::number(n)); // duplicates would show here
        }
        return s;
    }

private:
    On24Emulator m_on24;
    ActOnEmulator m_acton;
    QNetworkAccessManager m_nam;
    std::unique_ptr<SyncEngine> m_engine;
    Test::RawHttp m_http;
    qint64 m_on24Account = 0;
    qint64 m_actonAccount = 0;
    bool m_ok = false;
};

} // namespace

class TestEngineFaultsFlows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listSyncSoak();
    void leadHandoffSoak();
    void webinarImportSoak();

private:
    /// One soak: a clean run for the reference, then the same world under faults.
    template<typename Setup, typename Capture>
    void soak(const QString &name, const DemoDataset &world, Setup setup, Capture capture,
        quint32 seed, int rounds);
};

void TestEngineFaultsFlows::initTestCase()
{
    registerListSyncRunner();
    registerLeadHandoffRunner();
    registerWebinarImportRunner();
}

template<typename Setup, typename Capture>
void TestEngineFaultsFlows::soak(const QString &name, const DemoDataset &world, Setup setup,
    Capture capture, quint32 seed, int rounds)
{
    // @p rounds scheduled runs one after the other (a flow that needs few calls per run gets
    // several, so that the faults have calls to hit); the clean reference makes as many.
    EndState clean;
    qint64 cleanCalls = 0;
    {
        EngineFixture h(world);
        QVERIFY(h.ok());
        const qint64 flow = setup(h);
        QVERIFY(flow > 0);
        for (int round = 0; round < rounds; ++round) {
            const RunOutcome out = h.runFull(flow);
            QVERIFY2(out.summary.status == RunStatus::Succeeded, qPrintable(out.message));
            cleanCalls += callsInHistory(h.journal(), out.summary.id);
        }
        clean = capture(h, flow);
    }
    EngineFixture h(world);
    QVERIFY(h.ok());
    const qint64 flow = setup(h);
    QVERIFY(flow > 0);
    for (Emulator *e : { static_cast<Emulator *>(&h.acton()), static_cast<Emulator *>(&h.salesforce()),
             static_cast<Emulator *>(&h.pipeliner()) }) {
        e->resetCounters();
        e->setFaults(soakFaults(seed));
    }
    QElapsedTimer clock;
    clock.start();
    QList<RunOutcome> runs;
    int failedRuns = 0;
    for (int round = 0; round < rounds; ++round) {
        const QList<RunOutcome> more = runUntilDone(h, flow);
        runs += more;
        failedRuns += int(more.size()) - 1;
        QVERIFY2(more.last().summary.status == RunStatus::Succeeded, qPrintable(more.last().message));
    }
    const qint64 elapsed = clock.elapsed();
    SoakFigures figures;
    for (Emulator *e : { static_cast<Emulator *>(&h.acton()), static_cast<Emulator *>(&h.salesforce()),
             static_cast<Emulator *>(&h.pipeliner()) }) {
        figures.add(*e);
        e->setFaults(FaultSettings());
    }
    const qint64 history = callsInHistory(h.journal(), runs);
    qInfo().noquote() << u"soak %1: %2 run(s) (%8 ended early and were run again), %3 ms; %4; "
                         "clean runs: %5 calls; run history: %6 calls (%7 more than clean)"_s
                             .arg(name)
                             .arg(runs.size())
                             .arg(elapsed)
                             .arg(figures.describe())
                             .arg(cleanCalls)
                             .arg(history)
                             .arg(history - cleanCalls)
                             .arg(failedRuns);
    QVERIFY2(figures.faultTotal() > 0, "no fault was injected");
    QVERIFY2(figures.faults.value(u"serverError"_s) > 0, qPrintable(figures.describe()));
    // Retries are visible in the history: the runs used more calls than the clean one …
    QVERIFY2(history > cleanCalls, qPrintable(u"%1 vs %2"_s.arg(history).arg(cleanCalls)));
    // … and bounded: never more than every attempt of every call of every run allows.
    const int maxAttempts = RetryPolicy().maxAttempts;
    QVERIFY2(figures.calls <= qint64(runs.size()) * cleanCalls / rounds * maxAttempts * 2,
        qPrintable(figures.describe()));
    // Name the entries that differ (QCOMPARE would cut the maps off after a few hundred bytes).
    const EndState faulted = capture(h, flow);
    QStringList differences;
    for (auto it = clean.cbegin(); it != clean.cend(); ++it) {
        if (faulted.value(it.key()) != it.value())
            differences << u"%1: clean [%2], with faults [%3]"_s.arg(
                it.key(), it.value(), faulted.value(it.key(), u"(missing)"_s));
    }
    for (auto it = faulted.cbegin(); it != faulted.cend(); ++it) {
        if (!clean.contains(it.key()))
            differences << u"%1: only with faults [%2]"_s.arg(it.key(), it.value());
    }
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u"; "_s)));
}

void TestEngineFaultsFlows::listSyncSoak()
{
    DemoDataset world;
    world.users = { DemoUser { u"Sam"_s, u"Seller"_s, u"sam@leadbridge-demo.com"_s } };
    DemoList list { u"Soak list"_s, u"Sync"_s, {} };
    for (int i = 0; i < 160; ++i) {
        world.people.append(person(i, i % 4 == 0 ? DemoCrmRole::Contact : DemoCrmRole::Lead));
        if (i % 2 == 0)
            list.members.append(i);
    }
    world.actOnLists = { list };
    auto setup = [](EngineFixture &h) -> qint64 {
        const qint64 acton = h.link(AccountKind::ActOn);
        const qint64 sf = h.link(AccountKind::Salesforce);
        return h.addFlow(FlowKind::ListSync, sf, acton,
            { { u"source"_s, u"leads"_s }, { u"listName"_s, u"Soak list"_s },
                { u"pullAddNew"_s, true } },
            Test::FlowFieldMaps::listSyncColumns(false));
    };
    auto capture = [](EngineFixture &h, qint64 flow) {
        EndState s;
        const auto rows = h.listRows(u"Soak list"_s);
        for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
            s.insert(u"acton/"_s + it.key(),
                QStringList { it.value().value(u"First Name"_s).toString(),
                    it.value().value(u"Last Name"_s).toString(),
                    it.value().value(u"Job Title"_s).toString() }
                    .join(u'|'));
        }
        for (const QString &object : { u"Lead"_s, u"Contact"_s }) {
            const auto recs = h.sfRecords(object);
            for (auto it = recs.cbegin(); it != recs.cend(); ++it) {
                s.insert(object + u'/' + it.key(),
                    QStringList { it.value().value(u"FirstName"_s).toString(),
                        it.value().value(u"LastName"_s).toString(),
                        it.value().value(u"Title"_s).toString() }
                        .join(u'|'));
            }
        }
        addLinks(s, h.links(flow, CrmKind::Salesforce), u"sf "_s);
        return s;
    };
    soak(u"F3 list sync"_s, world, setup, capture, 31, 8);
}

void TestEngineFaultsFlows::leadHandoffSoak()
{
    DemoDataset world;
    world.users = { DemoUser { u"Olga"_s, u"Owner"_s, u"olga@demo.example"_s },
        DemoUser { u"Sam"_s, u"Seller"_s, u"sam@demo.example"_s } };
    DemoList webinar { u"Webinar"_s, u"Events"_s, {} };
    DemoList news { u"Newsletter"_s, u"Mail"_s, {} };
    for (int i = 0; i < 90; ++i) {
        DemoPerson p = person(i);
        p.score = 30 + (i * 7) % 70; // about half over the threshold of 60
        p.inPipeliner = i % 3 == 0;
        world.people.append(p);
        webinar.members.append(i);
        if (i % 4 == 0)
            news.members.append(i);
    }
    world.actOnLists = { webinar, news };
    QString owner;
    auto setup = [&owner](EngineFixture &h) -> qint64 {
        const qint64 acton = h.link(AccountKind::ActOn);
        const qint64 pl = h.link(AccountKind::Pipeliner);
        const auto clients = h.plRecordList(u"Clients"_s);
        if (clients.size() < 2)
            return 0;
        owner = clients.at(1).value(u"id"_s).toString();
        return h.addFlow(FlowKind::LeadHandoff, acton, pl,
            { { u"scoreThreshold"_s, 60 }, { u"ownerId"_s, owner } });
    };
    auto capture = [](EngineFixture &h, qint64 flow) {
        EndState s;
        QHash<QString, QString> contactEmail;
        for (const QJsonObject &c : h.plRecordList(u"Contacts"_s)) {
            const QString email = c.value(u"email1"_s).toString();
            contactEmail.insert(c.value(u"id"_s).toString(), email);
            s.insert(u"contact/"_s + email,
                QStringList { c.value(u"first_name"_s).toString(), c.value(u"last_name"_s).toString() }
                    .join(u'|'));
        }
        int leads = 0;
        for (const QJsonObject &l : h.plRecordList(u"Leads"_s)) {
            ++leads;
            s.insert(u"lead/"_s + l.value(u"name"_s).toString(),
                QStringList { QString::number(l.value(u"cf_acton_score"_s).toInt()),
                    contactEmail.value(l.value(u"primary_contact_id"_s).toString()) }
                    .join(u'|'));
        }
        s.insert(u"lead count"_s, QString::number(leads)); // duplicates would show here
        addLinks(s, h.links(flow, CrmKind::Pipeliner), u"pl "_s);
        return s;
    };
    soak(u"F4 lead hand-off"_s, world, setup, capture, 41, 1);
}

void TestEngineFaultsFlows::webinarImportSoak()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    DemoDataset world;
    for (int i = 0; i < 150; ++i)
        world.people.append(person(i));
    DemoOn24Client client;
    client.clientId = 22921;
    client.name = u"Soak Webinars"_s;
    for (int e = 0; e < 3; ++e) {
        DemoEvent event;
        event.eventId = 5001 + e;
        event.title = u"Soak webinar %1"_s.arg(e + 1);
        event.start = now.addDays(-20 + e * 7);
        event.end = event.start.addSecs(3600);
        for (int i = e * 40; i < e * 40 + 60 && i < 150; ++i) {
            DemoRegistration r;
            r.personIndex = i;
            r.partnerRef = u"newsletter"_s;
            r.registeredAt = event.start.addDays(-5).addSecs(i * 60);
            r.attended = i % 3 == 0;
            r.attendedLive = r.attended;
            r.attendedAt = event.start.addSecs(300);
            r.liveMinutes = r.attended ? 30 : 0;
            event.registrations.append(r);
        }
        client.events.append(event);
    }
    world.on24Clients.append(client);

    EndState clean;
    qint64 cleanCalls = 0;
    {
        WebinarWorld w(world);
        QVERIFY(w.ok());
        const qint64 flow = w.addFlow(client.clientId);
        QVERIFY(flow > 0);
        for (int round = 0; round < kWebinarRounds; ++round) {
            const RunOutcome out = w.run(flow);
            QVERIFY2(out.succeeded(), qPrintable(out.message));
            cleanCalls += callsInHistory(w.journal(), out.summary.id);
        }
        clean = w.actonState();
    }
    QVERIFY(clean.size() > 100);

    WebinarWorld w(world);
    QVERIFY(w.ok());
    const qint64 flow = w.addFlow(client.clientId);
    QVERIFY(flow > 0);
    for (Emulator *e : { static_cast<Emulator *>(&w.on24()), static_cast<Emulator *>(&w.acton()) }) {
        e->resetCounters();
        e->setFaults(soakFaults(51));
    }
    QElapsedTimer clock;
    clock.start();
    QList<RunOutcome> runs;
    int failedRuns = 0;
    for (int round = 0; round < kWebinarRounds; ++round) {
        for (int i = 0; i < kMaxRuns; ++i) {
            runs.append(w.run(flow));
            if (runs.last().succeeded())
                break;
            ++failedRuns;
            qInfo().noquote() << "soak: run" << i + 1 << "ended:" << runs.last().message;
        }
        QVERIFY2(runs.last().succeeded(), qPrintable(runs.last().message));
    }
    const qint64 elapsed = clock.elapsed();
    SoakFigures figures;
    for (Emulator *e : { static_cast<Emulator *>(&w.on24()), static_cast<Emulator *>(&w.acton()) }) {
        figures.add(*e);
        e->setFaults(FaultSettings());
    }
    const qint64 history = callsInHistory(w.journal(), runs);
    qInfo().noquote() << u"soak F1 webinar import: %1 run(s) (%7 ended early and were run "
                         "again), %2 ms; %3; clean runs: %4 calls; run history: %5 calls (%6 more "
                         "than clean)"_s
                             .arg(runs.size())
                             .arg(elapsed)
                             .arg(figures.describe())
                             .arg(cleanCalls)
                             .arg(history)
                             .arg(history - cleanCalls)
                             .arg(failedRuns);
    QVERIFY2(figures.faults.value(u"serverError"_s) > 0, qPrintable(figures.describe()));
    QVERIFY2(history > cleanCalls, qPrintable(u"%1 vs %2"_s.arg(history).arg(cleanCalls)));
    QVERIFY2(figures.calls
            <= qint64(runs.size()) * cleanCalls / kWebinarRounds * RetryPolicy().maxAttempts * 2,
        qPrintable(figures.describe()));
    QCOMPARE(w.actonState(), clean);
}

QTEST_GUILESS_MAIN(TestEngineFaultsFlows)
#include "tst_engine_faults_flows.moc"
