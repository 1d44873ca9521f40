// One flow never runs in two LeadBridge processes at once. A second process (this test's own
// executable started with --hold-lock) holds a flow's lock as a running engine would; this
// process then sees the lock held, its engine ends a run of that flow at once as not started
// (nothing recorded), its recovery leaves the other process's "running" run alone, and its
// scheduler skips the flow. Once the holder is killed (kill -9), the lock is stale: recovery
// ends the left-over run and the lock can be taken.
#include "core/engine/FlowLock.h"
#include "core/engine/Scheduler.h"
#include "core/engine/SyncEngine.h"
#include "core/model/ScheduleRules.h"
#include "core/store/AccountRepository.h"
#include "core/store/FlowRepository.h"
#include "core/store/Journal.h"
#include "core/store/RunRepository.h"
#include "core/store/ScheduleRepository.h"
#include "core/util/AppPaths.h"
#include "tests/support/TestEnv.h"

#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTest>

#include <cstdio>
#include <iostream>

using namespace LeadBridge;
using namespace Qt::StringLiterals;

namespace {

/// Child mode: takes the lock of flow argv[3] in data folder argv[2], says "locked", and
/// keeps it until standard input closes (or the process is killed).
int holdLock(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    FlowLock lock(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toLongLong());
    if (!lock.tryLock()) {
        std::cout << "busy" << std::endl;
        return 1;
    }
    std::cout << "locked " << QCoreApplication::applicationPid() << std::endl;
    std::string line;
    while (std::getline(std::cin, line)) { }
    return 0;
}

QString statusOf(Journal &journal, qint64 runId)
{
    QSqlQuery q(journal.database());
    q.prepare(u"SELECT status FROM runs WHERE id = ?"_s);
    q.addBindValue(runId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

int runCount(Journal &journal)
{
    QSqlQuery q(journal.database());
    return q.exec(u"SELECT COUNT(*) FROM runs"_s) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestFlowLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void lockIsExclusiveInOneProcess();
    void heldByAnotherProcess();
    void staleAfterTheHolderIsKilled();
    void staleWithOurOwnProcessId();

private:
    /// Starts the holder process for @p flowId; true once it holds the lock.
    bool startHolder(QProcess &holder, qint64 flowId);
    QString dataDir() const { return QFileInfo(AppPaths::journalPath()).absolutePath(); }

    std::unique_ptr<Test::ScopedDataDir> m_dataDir;
    std::unique_ptr<Journal> m_journal;
    qint64 m_flow = 0;
    qint64 m_other = 0;
};

void TestFlowLock::init()
{
    m_dataDir = std::make_unique<Test::ScopedDataDir>();
    m_journal = std::make_unique<Journal>();
    QVERIFY(m_journal->open());
    AccountRepository accounts(*m_journal);
    Account on24;
    on24.kind = AccountKind::On24;
    on24.name = u"Webinars"_s;
    Account acton;
    acton.kind = AccountKind::ActOn;
    acton.name = u"Marketing"_s;
    const qint64 source = accounts.add(on24)->id;
    const qint64 target = accounts.add(acton)->id;
    FlowRepository flows(*m_journal);
    for (const QString &name : { u"Webinar import"_s, u"Other import"_s }) {
        Flow f;
        f.kind = FlowKind::WebinarImport;
        f.name = name;
        f.sourceAccountId = source;
        f.targetAccountId = target;
        const auto added = flows.add(f);
        QVERIFY(added);
        (m_flow ? m_other : m_flow) = added->id;
    }
}

void TestFlowLock::cleanup()
{
    m_journal.reset();
    m_dataDir.reset();
    m_flow = m_other = 0;
}

bool TestFlowLock::startHolder(QProcess &holder, qint64 flowId)
{
    holder.setProgram(QCoreApplication::applicationFilePath());
    holder.setArguments({ u"--hold-lock"_s, dataDir(), QString::number(flowId) });
    holder.start();
    if (!holder.waitForStarted(10000))
        return false;
    // Bounded: the holder answers as soon as it has the lock.
    while (!holder.canReadLine()) {
        if (!holder.waitForReadyRead(10000))
            return false;
    }
    return holder.readLine().startsWith("locked ");
}

void TestFlowLock::lockIsExclusiveInOneProcess()
{
    FlowLock first(dataDir(), m_flow);
    FlowLock second(dataDir(), m_flow);
    QVERIFY(!FlowLock::isHeld(dataDir(), m_flow));
    QVERIFY(first.tryLock());
    QVERIFY(first.isLocked());
    QCOMPARE(first.path(), dataDir() + u"/locks/flow-%1.lock"_s.arg(m_flow));
    QVERIFY(QFile::exists(first.path()));
    QVERIFY(FlowLock::isHeld(dataDir(), m_flow));
    QCOMPARE(FlowLock::holderPid(dataDir(), m_flow), QCoreApplication::applicationPid());
    QVERIFY(!second.tryLock());
    QVERIFY(!FlowLock::isHeld(dataDir(), m_other)); // locks are per flow
    first.unlock();
    QVERIFY(!QFile::exists(first.path()));
    QVERIFY(!FlowLock::isHeld(dataDir(), m_flow));
    QVERIFY(second.tryLock());
}

void TestFlowLock::heldByAnotherProcess()
{
    // The other process's run in progress, as its engine recorded it.
    RunRepository runs(*m_journal);
    const auto theirs = runs.startRun(m_flow, RunTrigger::Cli, RunMode::Full);
    QVERIFY(theirs);
    // A run of another flow left "running" by a process that is gone.
    const auto orphan = runs.startRun(m_other, RunTrigger::Schedule, RunMode::Incremental);
    QVERIFY(orphan);

    QProcess holder;
    QVERIFY2(startHolder(holder, m_flow), holder.readAllStandardError().constData());
    QVERIFY(FlowLock::isHeld(dataDir(), m_flow));
    QCOMPARE(FlowLock::holderPid(dataDir(), m_flow), holder.processId());
    FlowLock mine(dataDir(), m_flow);
    QVERIFY(!mine.tryLock());

    // This process's engine: recovery ends the orphan only; a run of the flow does not start.
    QNetworkAccessManager nam;
    SyncEngine engine(&nam, AppPaths::journalPath());
    QVERIFY(engine.open());
    QCOMPARE(statusOf(*m_journal, theirs->id), u"running"_s);
    QCOMPARE(statusOf(*m_journal, orphan->id), u"failed"_s);
    QSignalSpy finished(&engine, &SyncEngine::runFinished);
    QSignalSpy started(&engine, &SyncEngine::runStarted);
    const int before = runCount(*m_journal);
    RunRequest request;
    request.flowId = m_flow;
    request.trigger = RunTrigger::Manual;
    engine.requestRun(request);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    const auto outcome = finished.at(0).at(0).value<RunOutcome>();
    QVERIFY(outcome.notStarted);
    QVERIFY(!outcome.succeeded());
    QCOMPARE(outcome.summary.id, 0);
    QCOMPARE(outcome.summary.flowId, m_flow);
    QCOMPARE(
        outcome.message, u"“Webinar import” is already running in another LeadBridge process."_s);
    QCOMPARE(started.size(), 0);
    QCOMPARE(runCount(*m_journal), before); // nothing recorded
    QCOMPARE(statusOf(*m_journal, theirs->id), u"running"_s);
    QVERIFY(engine.isIdle());

    // The scheduler skips the due flow with the same sentence and starts nothing.
    ScheduleRepository schedules(*m_journal);
    Schedule s = ScheduleRules::defaultFor(FlowKind::WebinarImport, m_flow);
    s.nextRunAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    QVERIFY(schedules.set(s));
    QList<RunRequest> launched;
    Scheduler scheduler(*m_journal, [&launched](const RunRequest &r) { launched.append(r); });
    QSignalSpy skipped(&scheduler, &Scheduler::runSkipped);
    QVERIFY(scheduler.tick().isEmpty());
    QVERIFY(launched.isEmpty());
    QCOMPARE(skipped.size(), 1);
    QCOMPARE(skipped.at(0).at(1).toString(), outcome.message);
    QCOMPARE(schedules.get(m_flow)->failures, 0); // skipped is not failed

    // The holder ends normally: its lock goes with it.
    holder.closeWriteChannel();
    QVERIFY(holder.waitForFinished(10000));
    QCOMPARE(holder.exitCode(), 0);
    QVERIFY(!FlowLock::isHeld(dataDir(), m_flow));
    QVERIFY(mine.tryLock());
}

void TestFlowLock::staleAfterTheHolderIsKilled()
{
    RunRepository runs(*m_journal);
    const auto theirs = runs.startRun(m_flow, RunTrigger::Cli, RunMode::Full);
    QVERIFY(theirs);
    QProcess holder;
    QVERIFY2(startHolder(holder, m_flow), holder.readAllStandardError().constData());
    const qint64 pid = holder.processId();
    holder.kill(); // as kill -9: no chance to remove its lock file
    QVERIFY(holder.waitForFinished(10000));
    const QString path = FlowLock::lockPath(dataDir(), m_flow);
    QVERIFY(QFile::exists(path));
    QCOMPARE(FlowLock::holderPid(dataDir(), m_flow), pid);
    QVERIFY(!FlowLock::isHeld(dataDir(), m_flow)); // its process is gone

    // Recovery now ends the killed process's run.
    QNetworkAccessManager nam;
    SyncEngine engine(&nam, AppPaths::journalPath());
    QVERIFY(engine.open());
    QCOMPARE(statusOf(*m_journal, theirs->id), u"failed"_s);
    // And the lock is taken over.
    FlowLock mine(dataDir(), m_flow);
    QVERIFY(mine.tryLock());
    QCOMPARE(FlowLock::holderPid(dataDir(), m_flow), QCoreApplication::applicationPid());
}

void TestFlowLock::staleWithOurOwnProcessId()
{
    // A lock file left by an earlier process that had this process's id (containers often
    // reuse ids): not held, since this process does not hold it.
    const QString path = FlowLock::lockPath(dataDir(), m_flow);
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::number(QCoreApplication::applicationPid()) + '\n'
        + QFileInfo(QCoreApplication::applicationFilePath()).fileName().toUtf8() + '\n'
        + QSysInfo::machineHostName().toUtf8() + '\n');
    file.close();
    QVERIFY(!FlowLock::isHeld(dataDir(), m_flow));
    FlowLock mine(dataDir(), m_flow);
    QVERIFY(mine.tryLock());
    QVERIFY(FlowLock::isHeld(dataDir(), m_flow));
}

int main(int argc, char **argv)
{
    if (argc == 4 && qstrcmp(argv[1], "--hold-lock") == 0)
        return holdLock(argc, argv);
    QCoreApplication app(argc, argv);
    TestFlowLock test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_flowlock.moc"
