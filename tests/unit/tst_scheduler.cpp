// The scheduler over a real journal: interval and daily schedules, first-run times, due
// runs started with trigger Schedule, busy and disabled flows skipped, missed periods
// collapsed into one run, the "Next run" text; the schedule rules (minimum intervals,
// default schedules of new flows); daily times across both daylight-saving changes; retries
// after 1, 5 and 30 minutes, "Needs attention" after three failed scheduled runs and its
// clearing by a successful run. Time is the test's: tick(now) and setClock(), no waiting.
#include "core/engine/FlowLock.h"
#include "core/engine/FlowSetup.h"
#include "core/engine/Scheduler.h"
#include "core/model/ScheduleRules.h"
#include "core/store/AccountRepository.h"
#include "core/store/FlowRepository.h"
#include "core/store/Journal.h"
#include "core/store/RunRepository.h"
#include "core/store/ScheduleRepository.h"
#include "tests/support/TestEnv.h"

#include <QFileInfo>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace LeadBridge;
using namespace Qt::StringLiterals;

namespace {
// Local time is Berlin's for the whole test (before any QDateTime is made), so the daily
// schedules and their daylight-saving days are the same on every machine.
const bool kZoneSet = [] {
    qputenv("TZ", "Europe/Berlin");
    tzset();
    return true;
}();

const QString kSalesforceSentence = u"Salesforce allows a sync at most every 4 hours. Choose 4 "
                                    "hours or more, or a daily time."_s;

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

RunOutcome outcome(qint64 flowId, RunStatus status, RunTrigger trigger,
    const QString &message = QString(), RunMode mode = RunMode::Incremental)
{
    RunOutcome o;
    o.summary.id = 1;
    o.summary.flowId = flowId;
    o.summary.status = status;
    o.summary.trigger = trigger;
    o.summary.mode = mode;
    o.summary.errorSummary = message;
    o.message = message;
    return o;
}

/// A journal of its own with an ON24, an Act-On and a Salesforce account.
struct World
{
    QTemporaryDir dir;
    Journal journal;
    qint64 on24 = 0;
    qint64 acton = 0;
    qint64 salesforce = 0;

    bool open()
    {
        static int n = 0;
        if (!journal.open(dir.filePath(u"journal.sqlite"_s), u"world-%1"_s.arg(++n)))
            return false;
        AccountRepository accounts(journal);
        const auto add = [&accounts](AccountKind kind, const QString &name) {
            Account a;
            a.kind = kind;
            a.name = name;
            const auto added = accounts.add(a);
            return added ? added->id : 0;
        };
        on24 = add(AccountKind::On24, u"Webinars"_s);
        acton = add(AccountKind::ActOn, u"Marketing"_s);
        salesforce = add(AccountKind::Salesforce, u"Sales"_s);
        return on24 && acton && salesforce;
    }
    Flow addFlow(FlowKind kind, const QString &name)
    {
        Flow f;
        f.kind = kind;
        f.name = name;
        switch (kind) {
        case FlowKind::WebinarImport:
            f.sourceAccountId = on24;
            f.targetAccountId = acton;
            break;
        case FlowKind::CrmContactSync:
        case FlowKind::ListSync:
            f.sourceAccountId = salesforce;
            f.targetAccountId = acton;
            break;
        case FlowKind::LeadHandoff:
            f.sourceAccountId = acton;
            f.targetAccountId = salesforce;
            break;
        }
        const auto added = FlowRepository(journal).add(f);
        return added ? added.value() : Flow();
    }
};
} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void nextAfterInterval();
    void nextAfterDaily();
    void dailyAcrossSpringForward();
    void dailyAcrossFallBack();
    void dailyRunsOnceOnChangeDays_data();
    void dailyRunsOnceOnChangeDays();
    void repositoryRoundTripAndRefusals();
    void rulesRefuseShortIntervals();
    void defaultSchedules();
    void applyDefaultScheduleToNewFlows();
    void firstTickPlansWithoutRunning();
    void dueRunsStartWithTriggerSchedule();
    void busyAndDisabledFlowsAreSkipped();
    void timerTicksOnItsOwn();
    void retriesAndNeedsAttention();
    void successClearsAttention();
    void outcomesThatDoNotCount();

private:
    qint64 addFlow(const QString &name, FlowKind kind);

    std::unique_ptr<Test::ScopedDataDir> m_dataDir;
    Journal m_journal;
    qint64 m_source = 0;
    qint64 m_target = 0;
    qint64 m_on24 = 0;
    qint64 m_hourly = 0;
    qint64 m_daily = 0;
    QList<RunRequest> m_launched;
    QSet<qint64> m_busy;
};

qint64 TestScheduler::addFlow(const QString &name, FlowKind kind)
{
    Flow f;
    f.kind = kind;
    f.name = name;
    f.sourceAccountId = kind == FlowKind::WebinarImport ? m_on24 : m_source;
    f.targetAccountId = m_target;
    const auto added = FlowRepository(m_journal).add(f);
    return added ? added->id : 0;
}

void TestScheduler::initTestCase()
{
    QVERIFY(kZoneSet);
    QCOMPARE(QTimeZone::systemTimeZoneId(), "Europe/Berlin"_ba);
    m_dataDir = std::make_unique<Test::ScopedDataDir>();
    QVERIFY(m_journal.open());
    AccountRepository accounts(m_journal);
    Account sf;
    sf.kind = AccountKind::Salesforce;
    sf.name = u"Sales"_s;
    Account acton;
    acton.kind = AccountKind::ActOn;
    acton.name = u"Marketing"_s;
    Account on24;
    on24.kind = AccountKind::On24;
    on24.name = u"Webinars"_s;
    m_source = accounts.add(sf)->id;
    m_target = accounts.add(acton)->id;
    m_on24 = accounts.add(on24)->id;
    m_hourly = addFlow(u"Hourly webinars"_s, FlowKind::WebinarImport);
    m_daily = addFlow(u"Nightly contacts"_s, FlowKind::CrmContactSync);
    QVERIFY(m_hourly && m_daily);
}

void TestScheduler::nextAfterInterval()
{
    Schedule s;
    s.kind = Schedule::Kind::Interval;
    s.intervalMinutes = 90;
    const QDateTime now(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
    QCOMPARE(s.nextAfter(now), QDateTime(QDate(2026, 3, 1), QTime(11, 30), Qt::UTC));
    // An interval is elapsed time: a daylight-saving change does not move it.
    QCOMPARE(s.nextAfter(utc(2026, 3, 29, 0, 45)), utc(2026, 3, 29, 2, 15));
}

void TestScheduler::nextAfterDaily()
{
    Schedule s;
    s.kind = Schedule::Kind::Daily;
    s.dailyTime = QTime(6, 0);
    const QDateTime morning(QDate(2026, 3, 1), QTime(5, 0), Qt::LocalTime);
    QCOMPARE(s.nextAfter(morning).toLocalTime(),
        QDateTime(QDate(2026, 3, 1), QTime(6, 0), Qt::LocalTime));
    const QDateTime atSix(QDate(2026, 3, 1), QTime(6, 0), Qt::LocalTime);
    QCOMPARE(
        s.nextAfter(atSix).toLocalTime(), QDateTime(QDate(2026, 3, 2), QTime(6, 0), Qt::LocalTime));
    QCOMPARE(s.nextAfter(morning).timeSpec(), Qt::UTC);
}

void TestScheduler::dailyAcrossSpringForward()
{
    // Berlin, Sunday 29 March 2026: at 02:00 CET (01:00 UTC) clocks go to 03:00 CEST.
    const QTimeZone berlin("Europe/Berlin");
    QVERIFY(berlin.isValid());
    Schedule s;
    s.kind = Schedule::Kind::Daily;

    // 02:30 does not exist that day: the run is at the first valid time after it, 03:00.
    s.dailyTime = QTime(2, 30);
    const QDateTime midnight = utc(2026, 3, 28, 23, 0); // 00:00 CET on the 29th
    const QDateTime first = s.nextAfter(midnight, berlin);
    QCOMPARE(first, utc(2026, 3, 29, 1, 0));
    QCOMPARE(first.toTimeZone(berlin).time(), QTime(3, 0));
    QCOMPARE(first.toTimeZone(berlin).date(), QDate(2026, 3, 29));
    // The system zone (TZ=Europe/Berlin) gives the same.
    QCOMPARE(s.nextAfter(midnight), first);
    // Once it ran, the next is 02:30 CEST the day after.
    QCOMPARE(s.nextAfter(first, berlin), utc(2026, 3, 30, 0, 30));

    // Times either side of the gap keep their wall-clock time and offset.
    s.dailyTime = QTime(1, 30);
    QCOMPARE(s.nextAfter(midnight, berlin), utc(2026, 3, 29, 0, 30)); // 01:30 CET
    s.dailyTime = QTime(3, 30);
    QCOMPARE(s.nextAfter(midnight, berlin), utc(2026, 3, 29, 1, 30)); // 03:30 CEST
    // 06:00 local every day: the day is 23 hours long.
    s.dailyTime = QTime(6, 0);
    const QDateTime saturday = s.nextAfter(utc(2026, 3, 28, 0, 0), berlin);
    QCOMPARE(saturday, utc(2026, 3, 28, 5, 0));
    const QDateTime sunday = s.nextAfter(saturday, berlin);
    QCOMPARE(sunday, utc(2026, 3, 29, 4, 0));
    QCOMPARE(saturday.secsTo(sunday), 23 * 3600);
}

void TestScheduler::dailyAcrossFallBack()
{
    // Berlin, Sunday 25 October 2026: at 03:00 CEST (01:00 UTC) clocks go back to 02:00 CET,
    // so 02:00–02:59 happens twice.
    const QTimeZone berlin("Europe/Berlin");
    Schedule s;
    s.kind = Schedule::Kind::Daily;
    s.dailyTime = QTime(2, 30);
    const QDateTime midnight = utc(2026, 10, 24, 22, 0); // 00:00 CEST on the 25th
    const QDateTime first = s.nextAfter(midnight, berlin);
    QCOMPARE(first, utc(2026, 10, 25, 0, 30)); // the first 02:30 (CEST)
    QCOMPARE(s.nextAfter(midnight), first);
    // Once run, not again at the second 02:30 (01:30 UTC): tomorrow.
    QCOMPARE(s.nextAfter(first, berlin), utc(2026, 10, 26, 1, 30));
    // Asked during the repeated hour, after the first 02:30: tomorrow too.
    QCOMPARE(s.nextAfter(utc(2026, 10, 25, 1, 15), berlin), utc(2026, 10, 26, 1, 30));
    // 06:00 local every day: that day is 25 hours long.
    s.dailyTime = QTime(6, 0);
    const QDateTime saturday = s.nextAfter(utc(2026, 10, 24, 0, 0), berlin);
    QCOMPARE(saturday, utc(2026, 10, 24, 4, 0));
    const QDateTime sunday = s.nextAfter(saturday, berlin);
    QCOMPARE(sunday, utc(2026, 10, 25, 5, 0));
    QCOMPARE(saturday.secsTo(sunday), 25 * 3600);
}

void TestScheduler::dailyRunsOnceOnChangeDays_data()
{
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("spring forward: 02:30 runs at 03:00")
        << utc(2026, 3, 28, 22, 0) << utc(2026, 3, 29, 1, 0);
    QTest::newRow("fall back: 02:30 runs once, the first time")
        << utc(2026, 10, 24, 21, 0) << utc(2026, 10, 25, 0, 30);
}

void TestScheduler::dailyRunsOnceOnChangeDays()
{
    // The scheduler ticking every five minutes through the night starts exactly one run.
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, expected);
    World world;
    QVERIFY(world.open());
    const Flow flow = world.addFlow(FlowKind::ListSync, u"Nightly list"_s);
    Schedule s;
    s.flowId = flow.id;
    s.kind = Schedule::Kind::Daily;
    s.dailyTime = QTime(2, 30);
    s.nextRunAt = s.nextAfter(from);
    QVERIFY(ScheduleRepository(world.journal).set(s));
    QList<QDateTime> starts;
    QDateTime now = from;
    Scheduler scheduler(world.journal, [&starts, &now](const RunRequest &) { starts.append(now); });
    for (; now < from.addSecs(8 * 3600); now = now.addSecs(300))
        scheduler.tick(now);
    QCOMPARE(starts, QList<QDateTime>({ expected }));
}

void TestScheduler::repositoryRoundTripAndRefusals()
{
    ScheduleRepository repo(m_journal);
    Schedule bad;
    bad.flowId = m_hourly;
    bad.intervalMinutes = 0;
    QVERIFY(!repo.set(bad));
    bad.kind = Schedule::Kind::Daily;
    bad.dailyTime = QTime();
    QCOMPARE(repo.set(bad).errorString(), u"Choose the time of day the flow runs."_s);
    Schedule missingFlow;
    missingFlow.flowId = 9999;
    QCOMPARE(repo.set(missingFlow).errorString(),
        u"The flow of this schedule no longer exists. Refresh the list of flows."_s);

    Schedule hourly;
    hourly.flowId = m_hourly;
    hourly.intervalMinutes = 60;
    QVERIFY(repo.set(hourly));
    Schedule daily;
    daily.flowId = m_daily;
    daily.kind = Schedule::Kind::Daily;
    daily.dailyTime = QTime(6, 0);
    QVERIFY(repo.set(daily));
    const auto read = repo.get(m_daily);
    QVERIFY(read);
    QCOMPARE(read->kind, Schedule::Kind::Daily);
    QCOMPARE(read->dailyTime, QTime(6, 0));
    QVERIFY(!read->nextRunAt.isValid());
    QCOMPARE(read->failures, 0);
    QVERIFY(!read->retryAt.isValid());
    QCOMPARE(repo.list()->size(), 2);

    // The retry state round-trips through set() and setRetry()/clearFailures().
    World world;
    QVERIFY(world.open());
    const Flow flow = world.addFlow(FlowKind::WebinarImport, u"Retrying"_s);
    ScheduleRepository other(world.journal);
    Schedule s = ScheduleRules::defaultFor(flow.kind, flow.id);
    s.failures = 2;
    s.retryAt = utc(2026, 5, 1, 10, 5);
    QVERIFY(other.set(s));
    QCOMPARE(other.get(flow.id)->failures, 2);
    QCOMPARE(other.get(flow.id)->retryAt, utc(2026, 5, 1, 10, 5));
    QVERIFY(other.setRetry(flow.id, 3, utc(2026, 5, 1, 10, 35)));
    QSqlQuery q(world.journal.database());
    QVERIFY(q.exec(u"SELECT failures, retry_at FROM schedules WHERE flow_id = %1"_s.arg(flow.id)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 3);
    QCOMPARE(q.value(1).toString(), u"2026-05-01T10:35:00.000Z"_s);
    QVERIFY(other.clearFailures(flow.id));
    QCOMPARE(other.get(flow.id)->failures, 0);
    QVERIFY(!other.get(flow.id)->retryAt.isValid());
}

void TestScheduler::rulesRefuseShortIntervals()
{
    World world;
    QVERIFY(world.open());
    const Flow contacts = world.addFlow(FlowKind::CrmContactSync, u"Contacts"_s);
    const Flow webinars = world.addFlow(FlowKind::WebinarImport, u"Webinars"_s);
    ScheduleRepository repo(world.journal);

    // A flow with a Salesforce account: every 4 hours at most, with the same sentence
    // everywhere (ScheduleRules, the repository, its problem() check).
    Schedule s;
    s.flowId = contacts.id;
    s.kind = Schedule::Kind::Interval;
    s.intervalMinutes = 60;
    QCOMPARE(repo.problem(s), kSalesforceSentence);
    QCOMPARE(repo.set(s).errorString(), kSalesforceSentence);
    s.intervalMinutes = 239;
    QCOMPARE(repo.set(s).errorString(), kSalesforceSentence);
    QVERIFY(!repo.get(contacts.id)); // nothing stored
    s.intervalMinutes = 240;
    QVERIFY(repo.problem(s).isEmpty());
    QVERIFY(repo.set(s));
    QCOMPARE(repo.get(contacts.id)->intervalMinutes, 240);
    // A daily time is always fine.
    Schedule daily;
    daily.flowId = contacts.id;
    daily.kind = Schedule::Kind::Daily;
    daily.dailyTime = QTime(2, 0);
    QVERIFY(repo.set(daily));

    // The overload for callers that hold the flow and its accounts says the same.
    const QList<Account> accounts = AccountRepository(world.journal).list().value();
    QCOMPARE(repo.set(s, contacts, {}).ok(), true); // no Salesforce account given: 60 min rule
    s.intervalMinutes = 60;
    QCOMPARE(repo.set(s, contacts, accounts).errorString(), kSalesforceSentence);

    // Without Salesforce: at least an hour, at most a week.
    Schedule w;
    w.flowId = webinars.id;
    w.intervalMinutes = 59;
    QVERIFY2(repo.set(w).errorString().startsWith(u"Choose an interval of at least 1 hour"_s),
        qPrintable(repo.set(w).errorString()));
    w.intervalMinutes = 90;
    QVERIFY(repo.set(w));
    w.intervalMinutes = 7 * 24 * 60 + 1;
    QCOMPARE(repo.set(w).errorString(),
        u"Choose an interval of at most 7 days (168 hours), or a daily time."_s);
    QCOMPARE(repo.get(webinars.id)->intervalMinutes, 90);
    QCOMPARE(ScheduleRules::minimumIntervalMinutes(contacts, accounts), 240);
    QCOMPARE(ScheduleRules::minimumIntervalMinutes(webinars, accounts), 60);
}

void TestScheduler::defaultSchedules()
{
    const Schedule f1 = ScheduleRules::defaultFor(FlowKind::WebinarImport, 7);
    QCOMPARE(f1.flowId, 7);
    QCOMPARE(f1.kind, Schedule::Kind::Interval);
    QCOMPARE(f1.intervalMinutes, 6 * 60);
    QVERIFY(f1.enabled);
    const Schedule f2 = ScheduleRules::defaultFor(FlowKind::CrmContactSync);
    QCOMPARE(f2.kind, Schedule::Kind::Interval);
    QCOMPARE(f2.intervalMinutes, 4 * 60);
    const Schedule f3 = ScheduleRules::defaultFor(FlowKind::ListSync);
    QCOMPARE(f3.kind, Schedule::Kind::Daily);
    QCOMPARE(f3.dailyTime, QTime(2, 0));
    const Schedule f4 = ScheduleRules::defaultFor(FlowKind::LeadHandoff);
    QCOMPARE(f4.kind, Schedule::Kind::Daily);
    QCOMPARE(f4.dailyTime, QTime(8, 0));
}

void TestScheduler::applyDefaultScheduleToNewFlows()
{
    World world;
    QVERIFY(world.open());
    ScheduleRepository repo(world.journal);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    struct Case
    {
        FlowKind kind;
        Schedule::Kind scheduleKind;
        int minutes;
        QTime time;
    };
    const QList<Case> cases {
        { FlowKind::WebinarImport, Schedule::Kind::Interval, 360, {} },
        { FlowKind::CrmContactSync, Schedule::Kind::Interval, 240, {} },
        { FlowKind::ListSync, Schedule::Kind::Daily, 0, QTime(2, 0) },
        { FlowKind::LeadHandoff, Schedule::Kind::Daily, 0, QTime(8, 0) },
    };
    for (const Case &c : cases) {
        const Flow flow = world.addFlow(c.kind, Flow::kindToString(c.kind));
        QVERIFY(flow.id > 0);
        QVERIFY(!repo.get(flow.id));
        const Status applied = FlowSetup::applyDefaultSchedule(world.journal, flow);
        QVERIFY2(applied, qPrintable(applied.errorString()));
        const auto s = repo.get(flow.id);
        QVERIFY(s);
        QCOMPARE(s->kind, c.scheduleKind);
        if (c.scheduleKind == Schedule::Kind::Interval) {
            QCOMPARE(s->intervalMinutes, c.minutes);
            QVERIFY(s->nextRunAt >= before.addSecs(c.minutes * 60 - 5));
        } else {
            QCOMPARE(s->dailyTime, c.time);
            // The next occurrence of that local time (whatever day the test runs on).
            const QDate day = s->nextRunAt.toLocalTime().date();
            QCOMPARE(
                s->nextRunAt, Schedule::firstInstantOf(day, c.time, QTimeZone::systemTimeZone()));
            QVERIFY(s->nextRunAt <= before.addSecs(25 * 3600));
        }
        QVERIFY(s->nextRunAt > before);
        QVERIFY(s->enabled);
        QCOMPARE(s->failures, 0);
    }
    // A flow that has a schedule (chosen by the person, or copied) keeps it.
    const Flow copy = world.addFlow(FlowKind::WebinarImport, u"Copy"_s);
    Schedule chosen;
    chosen.flowId = copy.id;
    chosen.intervalMinutes = 90;
    QVERIFY(repo.set(chosen));
    QVERIFY(FlowSetup::applyDefaultSchedule(world.journal, copy));
    QCOMPARE(repo.get(copy.id)->intervalMinutes, 90);
    // With a Salesforce account the interval is at least the 4-hour minimum; the first run
    // is one period after the time given.
    const auto f2 = FlowSetup::defaultSchedule(
        world.journal, world.addFlow(FlowKind::CrmContactSync, u"F2"_s), utc(2026, 1, 1, 0, 0));
    QVERIFY(f2);
    QCOMPARE(f2->intervalMinutes, ScheduleRules::kSalesforceMinimumMinutes);
    QCOMPARE(f2->nextRunAt, utc(2026, 1, 1, 4, 0));
    // A flow that was never saved has no id to hang a schedule on.
    QVERIFY(!FlowSetup::applyDefaultSchedule(world.journal, Flow()));
}

void TestScheduler::firstTickPlansWithoutRunning()
{
    Scheduler scheduler(
        m_journal, [this](const RunRequest &r) { m_launched.append(r); },
        [this](qint64 id) { return m_busy.contains(id); });
    const QDateTime now(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    QVERIFY(scheduler.tick(now).isEmpty());
    QVERIFY(m_launched.isEmpty());
    ScheduleRepository repo(m_journal);
    QCOMPARE(repo.get(m_hourly)->nextRunAt, now.addSecs(3600));
    QVERIFY(repo.get(m_daily)->nextRunAt > now);
    // The hourly run is the earliest (the daily one is at 06:00 local tomorrow or later).
    QCOMPARE(scheduler.nextRunAt(), now.addSecs(3600));
    QVERIFY2(scheduler.nextRunText().startsWith(u"Next run: “Hourly webinars”"_s),
        qPrintable(scheduler.nextRunText()));
}

void TestScheduler::dueRunsStartWithTriggerSchedule()
{
    Scheduler scheduler(
        m_journal, [this](const RunRequest &r) { m_launched.append(r); },
        [this](qint64 id) { return m_busy.contains(id); });
    const QDateTime start(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    QVERIFY(scheduler.dueFlowIds(start.addSecs(1800)).isEmpty());
    QVERIFY(scheduler.tick(start.addSecs(1800)).isEmpty()); // not due yet
    // Five hours later (the computer slept): one run, not five.
    const QDateTime late = start.addSecs(5 * 3600);
    QCOMPARE(scheduler.dueFlowIds(late), QList<qint64>({ m_hourly }));
    QCOMPARE(scheduler.tick(late), QList<qint64>({ m_hourly }));
    QCOMPARE(m_launched.size(), 1);
    QCOMPARE(m_launched.constFirst().flowId, m_hourly);
    QCOMPARE(m_launched.constFirst().trigger, RunTrigger::Schedule);
    QVERIFY(!m_launched.constFirst().preview);
    QCOMPARE(ScheduleRepository(m_journal).get(m_hourly)->nextRunAt, late.addSecs(3600));
    QVERIFY(scheduler.tick(late.addSecs(60)).isEmpty());
    m_launched.clear();
}

void TestScheduler::busyAndDisabledFlowsAreSkipped()
{
    Scheduler scheduler(
        m_journal, [this](const RunRequest &r) { m_launched.append(r); },
        [this](qint64 id) { return m_busy.contains(id); });
    ScheduleRepository repo(m_journal);
    const QDateTime due = repo.get(m_hourly)->nextRunAt;
    QSignalSpy skipped(&scheduler, &Scheduler::runSkipped);

    // Busy in this process: skipped, and the next period is planned.
    m_busy.insert(m_hourly);
    QVERIFY(scheduler.tick(due).isEmpty());
    QCOMPARE(skipped.size(), 1);
    QCOMPARE(skipped.at(0).at(1).toString(),
        u"“Hourly webinars” was already queued or running, so its scheduled run was skipped."_s);
    QCOMPARE(repo.get(m_hourly)->nextRunAt, due.addSecs(3600));
    m_busy.clear();

    // Its flow lock held (here by this process; tst_flowlock holds it from another one):
    // skipped with the sentence.
    {
        FlowLock lock(QFileInfo(m_journal.path()).absolutePath(), m_hourly);
        QVERIFY(lock.tryLock());
        QVERIFY(scheduler.tick(due.addSecs(3600)).isEmpty());
        QCOMPARE(skipped.size(), 2);
        QCOMPARE(skipped.at(1).at(1).toString(),
            u"“Hourly webinars” is already running in another LeadBridge process."_s);
    }
    QVERIFY(m_launched.isEmpty());

    // A disabled schedule never runs and is not "next".
    Schedule s = repo.get(m_hourly).value();
    s.enabled = false;
    QVERIFY(repo.set(s));
    QVERIFY(scheduler.tick(due.addSecs(10 * 3600)).isEmpty());
    QVERIFY(m_launched.isEmpty());
    QVERIFY(!scheduler.nextRunText().contains(u"Hourly"_s));
    // A disabled flow neither.
    QVERIFY(FlowRepository(m_journal).setEnabled(m_daily, false));
    QVERIFY(scheduler.dueFlowIds(due.addDays(3)).isEmpty());
    QVERIFY(scheduler.tick(due.addDays(3)).isEmpty());
    QCOMPARE(scheduler.nextRunText(), u"No scheduled runs"_s);
    QVERIFY(m_launched.isEmpty());
    QVERIFY(FlowRepository(m_journal).setEnabled(m_daily, true));
}

void TestScheduler::timerTicksOnItsOwn()
{
    ScheduleRepository repo(m_journal);
    Schedule s = repo.get(m_daily).value();
    s.nextRunAt = QDateTime::currentDateTimeUtc().addSecs(-1); // due now
    QVERIFY(repo.set(s));
    Scheduler scheduler(m_journal, [this](const RunRequest &r) { m_launched.append(r); });
    QSignalSpy texts(&scheduler, &Scheduler::nextRunTextChanged);
    scheduler.start(50);
    QTRY_COMPARE(m_launched.size(), 1);
    QCOMPARE(m_launched.constFirst().flowId, m_daily);
    QVERIFY(texts.size() >= 1);
    QVERIFY2(scheduler.nextRunText().contains(u"Nightly contacts"_s),
        qPrintable(scheduler.nextRunText()));
    QTest::qWait(200); // more ticks, no second run
    QCOMPARE(m_launched.size(), 1);
}

void TestScheduler::retriesAndNeedsAttention()
{
    World world;
    QVERIFY(world.open());
    const Flow flow = world.addFlow(FlowKind::WebinarImport, u"Webinar import"_s);
    ScheduleRepository repo(world.journal);
    FlowRepository flows(world.journal);
    const QDateTime t0 = utc(2026, 5, 4, 6, 0);
    Schedule s = ScheduleRules::defaultFor(flow.kind, flow.id); // every 6 hours
    s.nextRunAt = t0;
    QVERIFY(repo.set(s));

    QDateTime now = t0;
    QList<RunRequest> launched;
    Scheduler scheduler(world.journal, [&launched](const RunRequest &r) { launched.append(r); });
    scheduler.setClock([&now] { return now; });
    QSignalSpy retries(&scheduler, &Scheduler::retryPlanned);
    QSignalSpy attention(&scheduler, &Scheduler::flowNeedsAttention);
    const QString error = u"Act-On refused the password of “Marketing”. Link it again."_s;
    const auto failAt = [&](const QDateTime &when) {
        now = when;
        scheduler.runFinished(outcome(flow.id, RunStatus::Failed, RunTrigger::Schedule, error));
    };

    // The regular run fails: retried a minute later.
    QCOMPARE(scheduler.tick(now), QList<qint64>({ flow.id }));
    failAt(t0.addSecs(20));
    QCOMPARE(repo.get(flow.id)->failures, 1);
    QCOMPARE(repo.get(flow.id)->retryAt, t0.addSecs(20 + 60));
    QCOMPARE(repo.get(flow.id)->nextRunAt, t0.addSecs(6 * 3600)); // the regular slot stays
    QCOMPARE(retries.size(), 1);
    QCOMPARE(scheduler.nextRunAt(), t0.addSecs(80));
    QVERIFY2(scheduler.nextRunText().endsWith(u"(retry)"_s), qPrintable(scheduler.nextRunText()));
    QVERIFY(scheduler.tick(t0.addSecs(79)).isEmpty());

    // First retry fails: next one 5 minutes later.
    QCOMPARE(scheduler.tick(t0.addSecs(80)), QList<qint64>({ flow.id }));
    QVERIFY(!repo.get(flow.id)->retryAt.isValid()); // used up while it runs
    QCOMPARE(repo.get(flow.id)->failures, 1);
    QVERIFY(scheduler.tick(t0.addSecs(90)).isEmpty()); // no second start meanwhile
    failAt(t0.addSecs(100));
    QCOMPARE(repo.get(flow.id)->failures, 2);
    QCOMPARE(repo.get(flow.id)->retryAt, t0.addSecs(100 + 5 * 60));
    QVERIFY(flows.get(flow.id)->attention.isEmpty());
    QCOMPARE(attention.size(), 0);

    // Second retry fails: three in a row, the flow needs attention; last retry in 30 min.
    QCOMPARE(scheduler.tick(t0.addSecs(400)), QList<qint64>({ flow.id }));
    failAt(t0.addSecs(410));
    const QString sentence = u"The last 3 scheduled runs failed: Act-On refused the password of "
                             "“Marketing”. Link it again. Fix it, then click Sync Now."_s;
    QCOMPARE(repo.get(flow.id)->failures, 3);
    QCOMPARE(repo.get(flow.id)->retryAt, t0.addSecs(410 + 30 * 60));
    QCOMPARE(flows.get(flow.id)->attention, sentence);
    QCOMPARE(attention.size(), 1);
    QCOMPARE(attention.at(0).at(0).toLongLong(), flow.id);
    QCOMPARE(attention.at(0).at(1).toString(), sentence);

    // The 30-minute retry fails too: no more retries until the next regular run.
    QCOMPARE(scheduler.tick(t0.addSecs(410 + 1800)), QList<qint64>({ flow.id }));
    failAt(t0.addSecs(2300));
    QCOMPARE(repo.get(flow.id)->failures, 4);
    QVERIFY(!repo.get(flow.id)->retryAt.isValid());
    QVERIFY(flows.get(flow.id)->attention.startsWith(u"The last 4 scheduled runs failed: "_s));
    QCOMPARE(attention.size(), 1); // told once
    QCOMPARE(retries.size(), 3);
    QVERIFY(scheduler.tick(t0.addSecs(3 * 3600)).isEmpty());
    QCOMPARE(scheduler.nextRunAt(), t0.addSecs(6 * 3600));
    QCOMPARE(launched.size(), 4);

    // The next regular run comes; it fails again: still no retry, still needs attention.
    QCOMPARE(scheduler.tick(t0.addSecs(6 * 3600)), QList<qint64>({ flow.id }));
    failAt(t0.addSecs(6 * 3600 + 30));
    QCOMPARE(repo.get(flow.id)->failures, 5);
    QVERIFY(!repo.get(flow.id)->retryAt.isValid());
    QCOMPARE(launched.size(), 5);
    for (const RunRequest &r : std::as_const(launched))
        QCOMPARE(r.trigger, RunTrigger::Schedule);

    // A retry never goes past the next regular run (an hourly schedule, 30 minutes left).
    const Flow hourly = world.addFlow(FlowKind::WebinarImport, u"Hourly"_s);
    Schedule h;
    h.flowId = hourly.id;
    h.intervalMinutes = 60;
    h.failures = 2;
    h.nextRunAt = t0.addSecs(7 * 3600 + 20 * 60);
    QVERIFY(repo.set(h));
    now = t0.addSecs(7 * 3600);
    scheduler.runFinished(outcome(hourly.id, RunStatus::Failed, RunTrigger::Schedule, error));
    QCOMPARE(repo.get(hourly.id)->failures, 3);
    QVERIFY(!repo.get(hourly.id)->retryAt.isValid());
}

void TestScheduler::successClearsAttention()
{
    World world;
    QVERIFY(world.open());
    const Flow flow = world.addFlow(FlowKind::CrmContactSync, u"Contacts"_s);
    ScheduleRepository repo(world.journal);
    FlowRepository flows(world.journal);
    Schedule s = ScheduleRules::defaultFor(flow.kind, flow.id);
    s.nextRunAt = utc(2026, 5, 4, 12, 0);
    s.failures = 4;
    s.retryAt = utc(2026, 5, 4, 8, 30);
    QVERIFY(repo.set(s));
    QVERIFY(flows.setAttention(flow.id,
        u"The last 4 scheduled runs failed: x. Fix it, then "
        "click Sync Now."_s));
    Scheduler scheduler(world.journal, {});
    scheduler.setClock([] { return utc(2026, 5, 4, 8, 0); });
    QSignalSpy cleared(&scheduler, &Scheduler::flowAttentionCleared);

    // A preview that succeeds proves nothing about writing: nothing changes.
    scheduler.runFinished(
        outcome(flow.id, RunStatus::Succeeded, RunTrigger::Manual, QString(), RunMode::Preview));
    QCOMPARE(repo.get(flow.id)->failures, 4);
    QVERIFY(!flows.get(flow.id)->attention.isEmpty());

    // Sync Now succeeds (with some record errors): failures, retry and attention go.
    scheduler.runFinished(outcome(flow.id, RunStatus::SucceededWithErrors, RunTrigger::Manual));
    QCOMPARE(repo.get(flow.id)->failures, 0);
    QVERIFY(!repo.get(flow.id)->retryAt.isValid());
    QVERIFY(flows.get(flow.id)->attention.isEmpty());
    QCOMPARE(cleared.size(), 1);
    QCOMPARE(repo.get(flow.id)->nextRunAt, utc(2026, 5, 4, 12, 0)); // the regular slot stays
    QSqlQuery q(world.journal.database());
    QVERIFY(q.exec(u"SELECT failures, retry_at, (SELECT attention FROM flows WHERE id = %1) "
                   "FROM schedules WHERE flow_id = %1"_s.arg(flow.id)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(q.value(1).isNull());
    QVERIFY(q.value(2).toString().isEmpty());
    // Nothing to clear: no second signal.
    scheduler.runFinished(outcome(flow.id, RunStatus::Succeeded, RunTrigger::Schedule));
    QCOMPARE(cleared.size(), 1);
}

void TestScheduler::outcomesThatDoNotCount()
{
    World world;
    QVERIFY(world.open());
    const Flow flow = world.addFlow(FlowKind::WebinarImport, u"Webinars"_s);
    ScheduleRepository repo(world.journal);
    Schedule s = ScheduleRules::defaultFor(flow.kind, flow.id);
    s.nextRunAt = utc(2026, 5, 4, 6, 0);
    QVERIFY(repo.set(s));
    QList<RunRequest> launched;
    Scheduler scheduler(world.journal, [&launched](const RunRequest &r) { launched.append(r); });
    scheduler.setClock([] { return utc(2026, 5, 4, 6, 1); });
    QSignalSpy skipped(&scheduler, &Scheduler::runSkipped);

    // Sync Now failing is the person's to see, not a scheduled failure.
    scheduler.runFinished(outcome(flow.id, RunStatus::Failed, RunTrigger::Manual, u"x"_s));
    scheduler.runFinished(outcome(flow.id, RunStatus::Failed, RunTrigger::Cli, u"x"_s));
    // A cancelled scheduled run neither.
    scheduler.runFinished(outcome(flow.id, RunStatus::Cancelled, RunTrigger::Schedule, u"x"_s));
    QCOMPARE(repo.get(flow.id)->failures, 0);

    // A scheduled run that did not start because another process runs the flow: skipped.
    QCOMPARE(scheduler.tick(utc(2026, 5, 4, 6, 0)), QList<qint64>({ flow.id }));
    RunOutcome busy = outcome(flow.id, RunStatus::Failed, RunTrigger::Schedule,
        u"“Webinars” is already running in another LeadBridge process."_s);
    busy.summary.id = 0;
    busy.notStarted = true;
    scheduler.runFinished(busy);
    QCOMPARE(repo.get(flow.id)->failures, 0);
    QVERIFY(!repo.get(flow.id)->retryAt.isValid());
    QCOMPARE(skipped.size(), 1);
    QCOMPARE(skipped.at(0).at(1).toString(), busy.message);

    // A launch that failed (e.g. the keychain could not be read) counts, for runs the
    // scheduler asked for only.
    scheduler.launchFailed(flow.id, u"The keychain is locked."_s);
    QCOMPARE(repo.get(flow.id)->failures, 0); // not ours: its outcome already came
    QCOMPARE(scheduler.tick(utc(2026, 5, 4, 12, 0)), QList<qint64>({ flow.id }));
    scheduler.launchFailed(flow.id, u"The keychain is locked."_s);
    QCOMPARE(repo.get(flow.id)->failures, 1);
    QCOMPARE(repo.get(flow.id)->retryAt, utc(2026, 5, 4, 6, 2));
}

QTEST_MAIN(TestScheduler)
#include "tst_scheduler.moc"
