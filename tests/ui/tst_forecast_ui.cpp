// The call forecast in the window (issue 15): Sync Now and Preview first count what the run
// would read on the engine thread (the GUI keeps ticking), show the API calls per system
// under the flow table, and a run that would exhaust Salesforce's daily allowance (preset
// nearly used in the sandbox) waits for Run Anyway; Cancel starts nothing. Real keychain,
// real engine thread, real HTTP to the in-process sandbox.
// With LEADBRIDGE_SCREENSHOT_DIR set, saves forecast.png there (the docs picture).
#include "core/engine/AccountService.h"
#include "core/engine/EngineHost.h"
#include "core/engine/RunLauncher.h"
#include "core/secrets/CredentialStore.h"
#include "core/store/Journal.h"
#include "tests/support/AppTestEnvironment.h"
#include "tests/support/RawHttp.h"
#include "tests/support/TestEnv.h"
#include "tests/support/ui/AppWindowFixture.h"
#include "ui/FlowsPage.h"
#include "ui/HistoryPage.h"
#include "ui/MainWindow.h"
#include "ui/RunController.h"
#include "ui/flows/ForecastDialog.h"
#include "ui/flows/ForecastView.h"

#include <QAction>
#include <QDir>
#include <QElapsedTimer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QToolBar>

using namespace LeadBridge;
using namespace Qt::StringLiterals;

class TestForecastUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void exhaustedAllowanceAsksAndCancelStartsNothing();
    void previewShowsTheForecastAndRuns();

private:
    /// Sets the sandbox org's daily allowance and today's usage (control API).
    bool presetSalesforce(int max, int used);
    void click(const QString &actionName);
    qint64 count(const QString &sql) { return m_app.count(sql); }

    Test::AppWindowFixture m_app;
    qint64 m_flowId = 0;
    QUrl m_salesforce;
};

void TestForecastUi::initTestCase()
{
    LEADBRIDGE_START_APP_TEST(m_app.env(), u"tst_forecast_ui"_s, m_app.store());
    const AccountOperationResult sandbox = m_app.openWithSandbox();
    QVERIFY2(sandbox.ok, qPrintable(sandbox.message));

    const auto f = Test::AppTestEnvironment::addSandboxContactSync(m_app.journal(),
        *m_app.accounts(), u"Forecast contacts"_s,
        { { "E-mail Address", "Email", "Email" }, { "First Name", "FirstName", "FirstName" },
            { "Last Name", "LastName", "LastName" } });
    QVERIFY(f);
    m_flowId = f->id;
    const auto salesforce = m_app.accounts()->account(f->sourceAccountId);
    QVERIFY(salesforce);
    m_salesforce = QUrl(salesforce->settings.value(u"loginUrl"_s).toString());
    QVERIFY(m_salesforce.isValid());

    QVERIFY(m_app.showWindow(QSize(1200, 820)));
    m_app.window()->setCurrentPage(u"flows"_s);
    QVERIFY(m_app.flows()->selectFlow(m_flowId));
    QVERIFY(m_app.flows()->forecastView());
    QVERIFY(!m_app.flows()->forecastView()->isBusy());
    QVERIFY(m_app.flows()->forecastView()->summaryText().contains(u"Sync Now and Preview"_s));
}

void TestForecastUi::cleanupTestCase()
{
    m_app.close();
}

bool TestForecastUi::presetSalesforce(int max, int used)
{
    QUrl url = m_salesforce;
    url.setPath(u"/_sandbox/records/limits"_s);
    Test::RawHttp http;
    const Test::RawReply reply = http.send("PATCH", url, { { "Content-Type", "application/json" } },
        QJsonDocument(QJsonObject { { u"dailyMax"_s, max }, { u"dailyUsed"_s, used } })
            .toJson(QJsonDocument::Compact));
    return reply.status == 200 && reply.json().value(u"dailyUsed"_s).toInt() == used;
}

void TestForecastUi::click(const QString &actionName)
{
    auto *bar = m_app.window()->findChild<QToolBar *>(u"syncToolBar"_s);
    QVERIFY(bar);
    auto *action = m_app.window()->findChild<QAction *>(actionName);
    QVERIFY(action && action->isEnabled());
    QTest::mouseClick(bar->widgetForAction(action), Qt::LeftButton);
}

void TestForecastUi::exhaustedAllowanceAsksAndCancelStartsNothing()
{
    // The forecast itself makes three REST calls (two counts, the limits); the first full run
    // needs a sign-in and a page each of leads and contacts: nothing is left for it.
    QVERIFY(presetSalesforce(5000, 4995));
    QSignalSpy shown(m_app.controller(), &RunController::forecastShown);

    // The window keeps ticking while the engine counts.
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 maxGap = 0;
    bool sawBusy = false;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this, [&] {
        maxGap = qMax(maxGap, clock.elapsed() - last);
        last = clock.elapsed();
        sawBusy |= m_app.flows()->forecastView()->isBusy();
    });
    clock.start();
    ticker.start();
    click(u"syncNowAction"_s);
    QVERIFY(
        QTest::qWaitFor([&] { return m_app.controller()->forecastDialog() != nullptr; }, 60000));
    ticker.stop();
    QVERIFY(sawBusy);
    QCOMPARE(shown.count(), 1);
    QVERIFY2(maxGap < 500, qPrintable(u"the GUI thread stalled %1 ms"_s.arg(maxGap)));

    // What the person sees: the table per system, the warning, the question.
    ForecastView *view = m_app.flows()->forecastView();
    QTableWidget *table = view->table();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, ForecastView::SystemColumn)->text(), u"Salesforce"_s);
    QCOMPARE(table->item(1, ForecastView::SystemColumn)->text(), u"Act-On"_s);
    QCOMPARE(table->item(0, ForecastView::WarningColumn)->text(), u"Would exhaust the allowance"_s);
    QCOMPARE(table->item(1, ForecastView::WarningColumn)->text(), u"None"_s);
    QCOMPARE(table->item(0, ForecastView::AllowanceColumn)->text(), QLocale().toString(5000));
    QCOMPARE(table->item(1, ForecastView::AllowanceColumn)->text(), QLocale().toString(30000));
    QVERIFY(view->summaryText().contains(u"Forecast contacts"_s));
    QVERIFY(view->summaryText().contains(u"full run"_s));

    ForecastDialog *dialog = m_app.controller()->forecastDialog();
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->warningText().contains(u"Salesforce"_s));
    QVERIFY(dialog->warningText().contains(u"Run it later"_s));
    QCOMPARE(dialog->runAnywayButton()->text(), u"&Run Anyway"_s);

    const QString shots = qEnvironmentVariable("LEADBRIDGE_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        QDir().mkpath(shots);
        QVERIFY(m_app.window()->grab().save(QDir(shots).filePath(u"forecast.png"_s)));
        QVERIFY(dialog->grab().save(QDir(shots).filePath(u"forecast-warning.png"_s)));
    }

    // Cancel: nothing starts, nothing is recorded.
    dialog->reject();
    QTRY_VERIFY(m_app.controller()->forecastDialog() == nullptr);
    QTest::qWait(300);
    QCOMPARE(count(u"SELECT COUNT(*) FROM runs"_s), 0);
    QVERIFY(m_app.window()->statusBar()->currentMessage().contains(u"was not started"_s));
    QVERIFY(m_app.window()->findChild<QAction *>(u"syncNowAction"_s)->isEnabled());
}

void TestForecastUi::previewShowsTheForecastAndRuns()
{
    QVERIFY(presetSalesforce(100000, 0));
    QSignalSpy shown(m_app.controller(), &RunController::forecastShown);
    QSignalSpy ended(m_app.controller(), &RunController::runEnded);
    click(u"previewAction"_s);
    QVERIFY(shown.wait(60000));
    const CallForecast f = m_app.controller()->lastForecast();
    QVERIFY(f.preview);
    QCOMPARE(f.worstWarning(), AllowanceWarning::None);
    QVERIFY(m_app.controller()->forecastDialog() == nullptr); // nothing to ask
    ForecastView *view = m_app.flows()->forecastView();
    QVERIFY(view->summaryText().contains(u"preview"_s));
    QCOMPARE(view->table()->item(0, ForecastView::WarningColumn)->text(), u"None"_s);
    QCOMPARE(view->table()->item(0, ForecastView::ForecastColumn)->text(),
        QLocale().toString(f.systems.at(0).calls()));
    for (const SystemForecast &s : f.systems)
        QCOMPARE(s.writeCalls, 0);

    // The preview follows by itself.
    QVERIFY(ended.count() > 0 || ended.wait(120000));
    QCOMPARE(count(u"SELECT COUNT(*) FROM runs WHERE mode = 'preview'"_s), 1);
    QVERIFY(m_app.window()->statusBar()->currentMessage().size() > 0);
}

QTEST_MAIN(TestForecastUi)
#include "tst_forecast_ui.moc"
