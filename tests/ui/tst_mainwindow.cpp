#include "Version.h"
#include "tests/support/TestEnv.h"
#include "ui/AboutPage.h"
#include "ui/BasePage.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace LeadBridge;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void navigationClickShowsPage_data();
    void navigationClickShowsPage();
    void ctrlNumberSwitchesPage();
    void runActionsDisabledWithoutFlow();
    void runActionsFollowFlowAndRun();
    void statusBarShowsEngineStateAndNextRun();
    void geometryAndLastPageRestored();
    void unknownPageIsRejected();
    void aboutShowsVersionAndPaths();

private:
    QTemporaryDir m_settingsDir;
    Test::ScopedDataDir m_dataDir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationDomain(QStringLiteral(LEADBRIDGE_ORG_DOMAIN));
    QCoreApplication::setApplicationName(QStringLiteral(LEADBRIDGE_NAME));
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::navigationClickShowsPage_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("pageObjectName");
    QTest::addColumn<QString>("heading");
    // Click a later page first, then the first one, so each row is a real switch.
    QTest::newRow("flows") << 1 << u"flowsPage"_s << u"Flows"_s;
    QTest::newRow("history") << 2 << u"historyPage"_s << u"History"_s;
    QTest::newRow("conflicts") << 3 << u"conflictsPage"_s << u"Conflicts"_s;
    QTest::newRow("hot-prospects") << 4 << u"hotProspectsPage"_s << u"Hot Prospects"_s;
    QTest::newRow("settings") << 5 << u"settingsPage"_s << u"Settings"_s;
    QTest::newRow("about") << 6 << u"aboutPage"_s << u"About LeadBridge"_s;
    QTest::newRow("accounts") << 0 << u"accountsPage"_s << u"Accounts"_s;
}

void TestMainWindow::navigationClickShowsPage()
{
    QFETCH(int, row);
    QFETCH(QString, pageObjectName);
    QFETCH(QString, heading);

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Start somewhere else so the click must change the page.
    window.setCurrentPage(row == 0 ? u"about"_s : u"accounts"_s);

    auto *nav = window.findChild<QListWidget *>(u"navigation"_s);
    QVERIFY(nav);
    QCOMPARE(nav->count(), 7);
    const QRect itemRect = nav->visualItemRect(nav->item(row));
    QVERIFY(itemRect.isValid());
    QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, itemRect.center());

    auto *pages = window.findChild<QStackedWidget *>(u"pages"_s);
    QVERIFY(pages);
    QWidget *current = pages->currentWidget();
    QCOMPARE(current->objectName(), pageObjectName);
    QVERIFY(current->isVisible());
    auto *headingLabel = current->findChild<QLabel *>(u"pageHeading"_s);
    QVERIFY(headingLabel);
    QVERIFY(headingLabel->isVisible());
    QCOMPARE(headingLabel->text(), heading);
}

void TestMainWindow::ctrlNumberSwitchesPage()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QCOMPARE(window.currentPageName(), u"accounts"_s);

    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window.currentPageName(), u"flows"_s);
    auto *pages = window.findChild<QStackedWidget *>(u"pages"_s);
    QCOMPARE(pages->currentWidget()->objectName(), u"flowsPage"_s);
    QCOMPARE(window.findChild<QListWidget *>(u"navigation"_s)->currentItem()->text(), u"Flows"_s);

    QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier);
    QCOMPARE(pages->currentWidget()->objectName(), u"aboutPage"_s);
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(pages->currentWidget()->objectName(), u"accountsPage"_s);
}

void TestMainWindow::runActionsDisabledWithoutFlow()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy syncSpy(&window, &MainWindow::syncNowRequested);
    QSignalSpy previewSpy(&window, &MainWindow::previewRequested);

    auto *toolBar = window.findChild<QToolBar *>(u"syncToolBar"_s);
    QVERIFY(toolBar);
    for (const QString &name : { u"syncNowAction"_s, u"previewAction"_s, u"cancelAction"_s }) {
        auto *action = window.findChild<QAction *>(name);
        QVERIFY2(action, qPrintable(name));
        QVERIFY2(!action->isEnabled(), qPrintable(name));
        QVERIFY2(!action->toolTip().isEmpty(), qPrintable(name));
        auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(action));
        QVERIFY(button);
        QVERIFY(button->isVisible());
        QVERIFY(!button->isEnabled());
    }
    // The tooltip tells the person why the button is greyed out.
    QVERIFY(window.findChild<QAction *>(u"syncNowAction"_s)->toolTip().contains(u"Flows page"_s));

    // Neither the shortcut nor a click fires while no flow exists.
    QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier);
    QTest::mouseClick(
        toolBar->widgetForAction(window.findChild<QAction *>(u"previewAction"_s)), Qt::LeftButton);
    QCOMPARE(syncSpy.count(), 0);
    QCOMPARE(previewSpy.count(), 0);
}

void TestMainWindow::runActionsFollowFlowAndRun()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *sync = window.findChild<QAction *>(u"syncNowAction"_s);
    auto *preview = window.findChild<QAction *>(u"previewAction"_s);
    auto *cancel = window.findChild<QAction *>(u"cancelAction"_s);
    QSignalSpy syncSpy(&window, &MainWindow::syncNowRequested);
    QSignalSpy cancelSpy(&window, &MainWindow::cancelRequested);

    window.setFlowAvailable(true);
    QVERIFY(sync->isEnabled());
    QVERIFY(preview->isEnabled());
    QVERIFY(!cancel->isEnabled());
    QVERIFY(!sync->toolTip().contains(u"Flows page"_s));
    QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier);
    QCOMPARE(syncSpy.count(), 1);

    window.setRunActive(true);
    QVERIFY(!sync->isEnabled());
    QVERIFY(!preview->isEnabled());
    QVERIFY(cancel->isEnabled());
    QTest::keyClick(&window, Qt::Key_Period, Qt::ControlModifier);
    QCOMPARE(cancelSpy.count(), 1);

    window.setRunActive(false);
    window.setFlowAvailable(false);
    QVERIFY(!sync->isEnabled());
    QVERIFY(!cancel->isEnabled());
}

void TestMainWindow::statusBarShowsEngineStateAndNextRun()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *state = window.findChild<QLabel *>(u"engineStateLabel"_s);
    auto *nextRun = window.findChild<QLabel *>(u"nextRunLabel"_s);
    QVERIFY(state && nextRun);
    QVERIFY(state->isVisible());
    QVERIFY(nextRun->isVisible());
    QCOMPARE(state->text(), u"Idle"_s);
    QCOMPARE(nextRun->text(), u"No scheduled runs"_s);
    window.setEngineState(u"Running"_s);
    QCOMPARE(state->text(), u"Running"_s);
}

void TestMainWindow::geometryAndLastPageRestored()
{
    QRect savedGeometry;
    {
        MainWindow first;
        first.show();
        QVERIFY(QTest::qWaitForWindowExposed(&first));
        first.resize(1010, 640);
        first.move(40, 50);
        QTest::keyClick(&first, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(first.currentPageName(), u"history"_s);
        QTRY_COMPARE(first.size(), QSize(1010, 640));
        savedGeometry = first.geometry();
        QVERIFY(first.close()); // closeEvent writes the settings
    }
    QSettings settings;
    QCOMPARE(settings.value(u"mainWindow/page"_s).toString(), u"history"_s);
    QVERIFY(!settings.value(u"mainWindow/geometry"_s).toByteArray().isEmpty());

    MainWindow second;
    QCOMPARE(second.currentPageName(), u"history"_s);
    QCOMPARE(second.findChild<QStackedWidget *>(u"pages"_s)->currentWidget()->objectName(),
        u"historyPage"_s);
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    QCOMPARE(second.size(), savedGeometry.size());
    QCOMPARE(second.geometry(), savedGeometry);
}

void TestMainWindow::unknownPageIsRejected()
{
    // A stale or hand-edited settings value must not leave the window without a page.
    QSettings().setValue(u"mainWindow/page"_s, u"no-such-page"_s);
    QSettings().setValue(u"mainWindow/geometry"_s, QByteArray("garbage"));
    MainWindow window;
    QCOMPARE(window.currentPageName(), u"accounts"_s);
    QVERIFY(!window.setCurrentPage(u"nope"_s));
    QCOMPARE(window.currentPageName(), u"accounts"_s);
    QVERIFY(window.setCurrentPage(u"settings"_s));
    QCOMPARE(window.currentPageName(), u"settings"_s);
}

void TestMainWindow::aboutShowsVersionAndPaths()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier);
    BasePage *about = window.page(u"about"_s);
    QVERIFY(about);
    QVERIFY(about->isVisible());
    auto *version = about->findChild<QLabel *>(u"versionValue"_s);
    QVERIFY(version);
    QVERIFY(version->isVisible());
    QCOMPARE(version->text(), QStringLiteral(LEADBRIDGE_VERSION));
    QVERIFY(about->findChild<QLabel *>(u"qtVersionValue"_s)
                ->text()
                .contains(QString::fromLatin1(qVersion())));
    QCOMPARE(about->findChild<QLabel *>(u"aboutDataFolderValue"_s)->text(),
        QDir::toNativeSeparators(m_dataDir.path()));
    QVERIFY(about->findChild<QLabel *>(u"aboutLogFolderValue"_s)
                ->text()
                .startsWith(QDir::toNativeSeparators(m_dataDir.path())));
    QVERIFY(!about->findChild<QLabel *>(u"licenseValue"_s)->text().isEmpty());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
