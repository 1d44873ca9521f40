// The scheduler over a real journal: interval and daily schedules, first-run times, due
// runs started with trigger Schedule, busy and disabled flows skipped, missed periods
// collapsed into one run, and the "Next run" text.
#include "core/engine/Scheduler.h"
#include "core/store/AccountRepository.h"
#include "core/store/FlowRepository.h"
#include "core/store/Journal.h"
#include "core/store/RunRepository.h"
#include "core/store/ScheduleRepository.h"
#include "tests/support/TestEnv.h"

#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace LeadBridge;
using namespace Qt::StringLiterals;

class TestScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void nextAfterInterval();
    void nextAfterDaily();
    void repositoryRoundTripAndRefusals();
    void firstTickPlansWithoutRunning();
    void dueRunsStartWithTriggerSchedule();
    void busyAndDisabledFlowsAreSkipped();
    void timerTicksOnItsOwn();

private:
    qint64 addFlow(const QString &name);

    std::unique_ptr<Test::ScopedDataDir> m_dataDir;
    Journal m_journal;
    qint64 m_source = 0;
    qint64 m_target = 0;
    qint64 m_hourly = 0;
    qint64 m_daily = 0;
    QList<RunRequest> m_launched;
    QSet<qint64> m_busy;
};

qint64 TestScheduler::addFlow(const QString &name)
{
    Flow f;
    f.kind = FlowKind::CrmContactSync;
    f.name = name;
    f.sourceAccountId = m_source;
    f.targetAccountId = m_target;
    const auto added = FlowRepository(m_journal).add(f);
    return added ? added->id : 0;
}

void TestScheduler::initTestCase()
{
    m_dataDir = std::make_unique<Test::ScopedDataDir>();
    QVERIFY(m_journal.open());
    AccountRepository accounts(m_journal);
    Account sf;
    sf.kind = AccountKind::Salesforce;
    sf.name = u"Sales"_s;
    Account acton;
    acton.kind = AccountKind::ActOn;
    acton.name = u"Marketing"_s;
    m_source = accounts.add(sf)->id;
    m_target = accounts.add(acton)->id;
    m_hourly = addFlow(u"Hourly contacts"_s);
    m_daily = addFlow(u"Nightly contacts"_s);
    QVERIFY(m_hourly && m_daily);
}

void TestScheduler::nextAfterInterval()
{
    Schedule s;
    s.kind = Schedule::Kind::Interval;
    s.intervalMinutes = 90;
    const QDateTime now(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
    QCOMPARE(s.nextAfter(now), QDateTime(QDate(2026, 3, 1), QTime(11, 30), Qt::UTC));
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
    QVERIFY(!repo.set(missingFlow)); // foreign key

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
    QCOMPARE(repo.list()->size(), 2);
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
    QVERIFY2(scheduler.nextRunText().startsWith(u"Next run: “Hourly contacts”"_s),
        qPrintable(scheduler.nextRunText()));
}

void TestScheduler::dueRunsStartWithTriggerSchedule()
{
    Scheduler scheduler(
        m_journal, [this](const RunRequest &r) { m_launched.append(r); },
        [this](qint64 id) { return m_busy.contains(id); });
    const QDateTime start(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    QVERIFY(scheduler.tick(start.addSecs(1800)).isEmpty()); // not due yet
    // Five hours later (the computer slept): one run, not five.
    const QDateTime late = start.addSecs(5 * 3600);
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
    QCOMPARE(repo.get(m_hourly)->nextRunAt, due.addSecs(3600));
    m_busy.clear();

    // Running in another process (a row left running in the journal): skipped too.
    RunRepository runs(m_journal);
    const auto other = runs.startRun(m_hourly, RunTrigger::Cli, RunMode::Incremental);
    QVERIFY(other);
    QVERIFY(scheduler.tick(due.addSecs(3600)).isEmpty());
    QCOMPARE(skipped.size(), 2);
    QVERIFY(runs.finishRun(other->id, RunStatus::Succeeded, 0));

    // A disabled schedule never runs and is not "next".
    Schedule s = repo.get(m_hourly).value();
    s.enabled = false;
    QVERIFY(repo.set(s));
    QVERIFY(scheduler.tick(due.addSecs(10 * 3600)).isEmpty());
    QVERIFY(m_launched.isEmpty());
    QVERIFY(!scheduler.nextRunText().contains(u"Hourly"_s));
    // A disabled flow neither.
    QSqlQuery q(m_journal.database());
    QVERIFY(q.exec(u"UPDATE flows SET enabled = 0 WHERE id = %1"_s.arg(m_daily)));
    QVERIFY(scheduler.tick(due.addDays(3)).isEmpty());
    QCOMPARE(scheduler.nextRunText(), u"No scheduled runs"_s);
    QVERIFY(m_launched.isEmpty());
    QVERIFY(q.exec(u"UPDATE flows SET enabled = 1 WHERE id = %1"_s.arg(m_daily)));
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

QTEST_MAIN(TestScheduler)
#include "tst_scheduler.moc"
