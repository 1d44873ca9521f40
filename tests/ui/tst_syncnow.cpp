// Sync Now and Preview driven as a person would: a sandbox F2 flow (Salesforce ↔ Act-On)
// selected on the Flows page, the toolbar buttons clicked with QTest, the run on the engine
// thread while a QTimer on the GUI thread keeps ticking (the window never freezes), the
// "Queued"/"Running" words and the progress bar, the final status, and the runs in History.
// Real keychain, real engine thread, real HTTP to the in-process sandbox.
#include "core/engine/AccountService.h"
#include "core/engine/EngineHost.h"
#include "core/engine/RunLauncher.h"
#include "core/secrets/CredentialStore.h"
#include "core/store/FlowRepository.h"
#include "core/store/Journal.h"
#include "tests/support/AppTestEnvironment.h"
#include "tests/support/TestEnv.h"
#include "tests/support/ui/AppWindowFixture.h"
#include "ui/FlowsPage.h"
#include "ui/HistoryPage.h"
#include "ui/MainWindow.h"
#include "ui/RunController.h"
#include "ui/flows/FlowListModel.h"
#include "ui/history/ChangeListModel.h"
#include "ui/history/RunListModel.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolBar>

using namespace LeadBridge;
using namespace Qt::StringLiterals;

class TestSyncNow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void buttonsFollowTheSelection();
    void previewRunsOffTheGuiThread();
    void syncNowWritesAndShowsInHistory();
    void cancelStopsTheRun();
    void missingFieldMapIsRefusedWithASentence();

private:
    struct Watch
    {
        int ticks = 0;
        qint64 maxGapMs = 0;
        bool sawRunning = false;
        bool sawQueued = false;
        bool sawProgressBar = false;
        bool sawRowBar = false;
        bool cancelWasEnabled = false;
        bool syncWasDisabled = false;
    };
    /// Clicks the toolbar button of @p action, then runs the event loop until a run ends,
    /// watching a 10 ms timer and what the window shows meanwhile.
    RunOutcome clickAndWait(QAction *action, Watch &watch, bool cancelWhenRunning = false);
    QAction *action(const QString &name) const
    {
        return m_app.window()->findChild<QAction *>(name);
    }
    qint64 count(const QString &sql) { return m_app.count(sql); }

    Test::AppWindowFixture m_app;
    qint64 m_flowId = 0;
    qint64 m_unmappedId = 0;
    qint64 m_previewCreated = 0;
};

void TestSyncNow::initTestCase()
{
    LEADBRIDGE_START_APP_TEST(m_app.env(), u"tst_syncnow"_s, m_app.store());

    const AccountOperationResult sandbox = m_app.openWithSandbox();
    QVERIFY2(sandbox.ok, qPrintable(sandbox.message));

    // An F2 flow between the sandbox Salesforce org and the sandbox Act-On account.
    const auto f = Test::AppTestEnvironment::addSandboxContactSync(m_app.journal(),
        *m_app.accounts(), u"Sandbox contacts"_s,
        { { "E-mail Address", "Email", "Email" }, { "First Name", "FirstName", "FirstName" },
            { "Last Name", "LastName", "LastName" }, { "Company", "Company", "" },
            { "Business Phone", "Phone", "Phone" }, { "Score", "Score__c", "Score__c" } });
    QVERIFY(f);
    m_flowId = f->id;
    Flow unmapped = *f;
    unmapped.id = 0;
    unmapped.name = u"Unmapped contacts"_s;
    const auto second = FlowRepository(m_app.journal()).add(unmapped);
    QVERIFY(second);
    m_unmappedId = second->id;

    QVERIFY(m_app.showWindow(QSize(1200, 760)));
    m_app.window()->setCurrentPage(u"flows"_s);
    QVERIFY(m_app.history()->isShowingEmptyState());
}

void TestSyncNow::cleanupTestCase()
{
    m_app.close();
}

RunOutcome TestSyncNow::clickAndWait(QAction *action, Watch &watch, bool cancelWhenRunning)
{
    QSignalSpy ended(m_app.controller(), &RunController::runEnded);
    QElapsedTimer clock;
    qint64 last = 0;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this, [&] {
        const qint64 now = clock.elapsed();
        watch.maxGapMs = qMax(watch.maxGapMs, now - last);
        last = now;
        ++watch.ticks;
        const QString state = m_app.window()->engineStateText();
        watch.sawRunning |= state.startsWith(u"Running"_s);
        watch.sawQueued |= state.startsWith(u"Queued"_s);
        watch.sawProgressBar |= m_app.window()->runProgressBar()->isVisible();
        watch.sawRowBar
            |= m_app.flows()
                   ->model()
                   ->index(m_app.flows()->model()->rowOf(m_flowId), FlowListModel::StatusColumn)
                   .data(FlowListModel::RunActiveRole)
                   .toBool();
        if (m_app.controller()->runningFlowId() > 0) {
            watch.cancelWasEnabled |= this->action(u"cancelAction"_s)->isEnabled();
            watch.syncWasDisabled |= !this->action(u"syncNowAction"_s)->isEnabled();
            if (cancelWhenRunning && this->action(u"cancelAction"_s)->isEnabled()) {
                cancelWhenRunning = false;
                auto *bar = m_app.window()->findChild<QToolBar *>(u"syncToolBar"_s);
                QTest::mouseClick(
                    bar->widgetForAction(this->action(u"cancelAction"_s)), Qt::LeftButton);
            }
        }
    });
    clock.start();
    ticker.start();
    auto *bar = m_app.window()->findChild<QToolBar *>(u"syncToolBar"_s);
    QWidget *button = bar->widgetForAction(action);
    if (!button || !action->isEnabled())
        return {};
    QTest::mouseClick(button, Qt::LeftButton);
    if (!ended.wait(180000))
        return {};
    ticker.stop();
    return ended.constFirst().constFirst().value<RunOutcome>();
}

void TestSyncNow::buttonsFollowTheSelection()
{
    QVERIFY(m_app.flows()->selectFlow(m_flowId));
    QVERIFY(action(u"syncNowAction"_s)->isEnabled());
    QVERIFY(action(u"previewAction"_s)->isEnabled());
    QVERIFY(!action(u"cancelAction"_s)->isEnabled());
    QCOMPARE(m_app.window()->engineStateText(), u"Idle"_s);
    QVERIFY(!m_app.window()->runProgressBar()->isVisible());
}

void TestSyncNow::previewRunsOffTheGuiThread()
{
    QVERIFY(m_app.flows()->selectFlow(m_flowId));
    Watch watch;
    const RunOutcome outcome = clickAndWait(action(u"previewAction"_s), watch);
    QVERIFY2(outcome.summary.id > 0, qPrintable(outcome.message));
    QCOMPARE(outcome.summary.mode, RunMode::Preview);
    QCOMPARE(outcome.summary.trigger, RunTrigger::Manual);
    QVERIFY2(outcome.succeeded(), qPrintable(outcome.message));
    QVERIFY(outcome.summary.counts.created > 0);
    m_previewCreated = outcome.summary.counts.created;
    // The GUI thread kept running: the 10 ms timer ticked all along.
    qInfo("preview: %d ticks, longest GUI gap %lld ms", watch.ticks, watch.maxGapMs);
    // (How long the longest gap is, is a figure: `bash scripts/bench.sh gui-stall` prints it.)
    QVERIFY(watch.ticks > 5);
    QVERIFY(watch.sawRunning || watch.sawQueued);
    QVERIFY(watch.cancelWasEnabled);
    // Nothing written: no link, no cursor.
    QCOMPARE(count(u"SELECT COUNT(*) FROM record_links WHERE flow_id = %1"_s.arg(m_flowId)), 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM sync_cursors WHERE flow_id = %1"_s.arg(m_flowId)), 0);
    // Idle again, and History shows the preview.
    QCOMPARE(m_app.window()->engineStateText(), u"Idle"_s);
    QVERIFY(!m_app.window()->runProgressBar()->isVisible());
    QVERIFY(action(u"syncNowAction"_s)->isEnabled());
    QVERIFY(!m_app.history()->isShowingEmptyState());
    RunListModel *runs = m_app.history()->runModel();
    QCOMPARE(runs->rowCount(), 1);
    QCOMPARE(runs->index(0, RunListModel::ModeColumn).data().toString(), u"Preview"_s);
    QCOMPARE(runs->index(0, RunListModel::FlowColumn).data().toString(), u"Sandbox contacts"_s);
    QCOMPARE(runs->index(0, RunListModel::TriggerColumn).data().toString(), u"Manual"_s);
    QVERIFY(m_app.window()->statusBar()->currentMessage().contains(
        u"Last run of “Sandbox contacts”"_s));
}

void TestSyncNow::syncNowWritesAndShowsInHistory()
{
    QVERIFY(m_app.flows()->selectFlow(m_flowId));
    Watch watch;
    const RunOutcome outcome = clickAndWait(action(u"syncNowAction"_s), watch);
    QVERIFY2(outcome.summary.id > 0, qPrintable(outcome.message));
    QVERIFY2(outcome.succeeded(), qPrintable(outcome.message));
    QCOMPARE(outcome.summary.mode, RunMode::Full); // a new flow's first run reads everything
    qInfo("sync: %d ticks, longest GUI gap %lld ms, %d created, %d calls", watch.ticks,
        watch.maxGapMs, outcome.summary.counts.created, outcome.summary.callsUsed);
    QVERIFY(watch.ticks > 5);
    QVERIFY(watch.sawRunning);
    QVERIFY(watch.sawProgressBar);
    QVERIFY(watch.sawRowBar);
    QVERIFY(watch.cancelWasEnabled);
    QVERIFY(watch.syncWasDisabled);
    // The same plan as the preview, now applied: links written.
    QCOMPARE(outcome.summary.counts.created, m_previewCreated);
    QVERIFY(count(u"SELECT COUNT(*) FROM record_links WHERE flow_id = %1"_s.arg(m_flowId)) > 0);
    // History, newest first, with the run's changes.
    m_app.window()->setCurrentPage(u"history"_s);
    RunListModel *runs = m_app.history()->runModel();
    QCOMPARE(runs->rowCount(), 2);
    QCOMPARE(runs->runAt(0).run.id, outcome.summary.id);
    QCOMPARE(runs->index(0, RunListModel::StatusColumn).data().toString(),
        outcome.summary.status == RunStatus::Succeeded ? u"Succeeded"_s
                                                       : u"Succeeded with errors"_s);
    QCOMPARE(runs->index(0, RunListModel::ModeColumn).data().toString(), u"Full"_s);
    QCOMPARE(runs->index(1, RunListModel::ModeColumn).data().toString(), u"Preview"_s);
    QVERIFY(m_app.history()->selectRun(outcome.summary.id));
    QVERIFY(m_app.history()->changeModel()->rowCount() > 0);
    QVERIFY(!m_app.flows()->model()->isRunActive(m_flowId));
    QCOMPARE(m_app.flows()
                 ->model()
                 ->index(m_app.flows()->model()->rowOf(m_flowId), FlowListModel::StatusColumn)
                 .data()
                 .toString(),
        u"Idle"_s);

    const QString shots = qEnvironmentVariable("LEADBRIDGE_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        QTest::qWait(200);
        QVERIFY(m_app.window()->grab().save(QDir(shots).filePath(u"history.png"_s)));
    }
}

void TestSyncNow::cancelStopsTheRun()
{
    m_app.window()->setCurrentPage(u"flows"_s);
    QVERIFY(m_app.flows()->selectFlow(m_flowId));
    // A full run (everything read again), cancelled by a click on Cancel as soon as it runs.
    QSqlQuery q(m_app.journal().database());
    QVERIFY(q.exec(u"UPDATE flows SET needs_full_sync = 1 WHERE id = %1"_s.arg(m_flowId)));
    Watch watch;
    const RunOutcome outcome = clickAndWait(action(u"syncNowAction"_s), watch, true);
    QVERIFY(outcome.summary.id > 0);
    qInfo("cancel: run ended %s", qPrintable(RunSummary::statusToString(outcome.summary.status)));
    // The run may finish before the click lands on a fast machine; either way it ends in a
    // final state and nothing stays running.
    QVERIFY(outcome.summary.status == RunStatus::Cancelled || outcome.succeeded());
    QCOMPARE(count(u"SELECT COUNT(*) FROM runs WHERE status IN ('queued','running')"_s), 0);
    QCOMPARE(m_app.window()->engineStateText(), u"Idle"_s);
    QVERIFY(!action(u"cancelAction"_s)->isEnabled());
}

void TestSyncNow::missingFieldMapIsRefusedWithASentence()
{
    QVERIFY(m_app.flows()->selectFlow(m_unmappedId));
    Watch watch;
    const RunOutcome outcome = clickAndWait(action(u"syncNowAction"_s), watch);
    QCOMPARE(outcome.summary.status, RunStatus::Failed);
    const QString sentence
        = outcome.message.isEmpty() ? outcome.summary.errorSummary : outcome.message;
    QVERIFY2(sentence.contains(u"no field map"_s), qPrintable(sentence));
    QVERIFY2(m_app.window()->statusBar()->currentMessage().contains(sentence),
        qPrintable(m_app.window()->statusBar()->currentMessage()));
    QCOMPARE(m_app.window()->engineStateText(), u"Idle"_s);
    QVERIFY(action(u"syncNowAction"_s)->isEnabled());
}

QTEST_MAIN(TestSyncNow)
#include "tst_syncnow.moc"
