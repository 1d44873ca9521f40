#pragma once

#include "core/secrets/CredentialStore.h"
#include "core/store/Journal.h"
#include "tests/support/AppTestEnvironment.h"

#include <QSize>
#include <QString>
#include <QUrl>

#include <memory>

namespace LeadBridge {
class FlowsPage;
class HistoryPage;
class MainWindow;
class RunController;
class RunLauncher;
} // namespace LeadBridge

namespace LeadBridge::Test {

/// The app as the UI tests that run flows from the window drive it (tst_syncnow,
/// tst_forecast_ui, tst_flowsetup, tst_conflicts, tst_undorun, tst_historyperson,
/// tst_applyplan): the AppTestEnvironment, the journal, keychain store, engine host and account
/// service, and the main window with its Flows and History pages on them, a RunLauncher and a
/// RunController, wired as the app wires them (History can undo runs and apply previews).
class AppWindowFixture
{
public:
    AppWindowFixture();
    ~AppWindowFixture();

    AppTestEnvironment &env() { return m_env; }
    Journal &journal() { return m_journal; }
    CredentialStore &store() { return m_store; }
    EngineHost *engine() const { return m_engine.get(); }
    AccountService *accounts() const { return m_accounts.get(); }
    MainWindow *window() const { return m_window.get(); }
    RunLauncher *launcher() const { return m_launcher.get(); }
    RunController *controller() const { return m_controller.get(); }
    FlowsPage *flows() const { return m_flows; }
    HistoryPage *history() const { return m_history; }

    /// Opens the journal, the engine host and the account service, then "Try the sandbox"
    /// (AppTestEnvironment); its result, not ok with a sentence when the journal did not open.
    AccountOperationResult openWithSandbox();
    /// Makes the main window with the Flows and History pages on the services, a run launcher
    /// and a run controller, sizes it to @p size, shows it and waits until it is exposed. With
    /// @p accountsPage also the Accounts page, and the controller checks a flow's settings
    /// against the accounts before it runs. False when a page is missing or the window was
    /// not exposed.
    bool showWindow(const QSize &size, bool accountsPage = false);
    /// Makes the main window with only the History page on the journal and a run launcher
    /// (no run controller), sizes it to @p size, shows it and waits until it is exposed.
    /// False when the page is missing or the window was not exposed.
    bool showHistoryWindow(const QSize &size);
    /// An F2 flow @p name between the sandbox Salesforce org and Act-On account (after
    /// openWithSandbox()) that maps e-mail, first and last name, then @p moreRows
    /// (AppTestEnvironment::addSandboxContactSync()); its id, or 0 when that failed. The
    /// addresses of its Salesforce and Act-On accounts go to @p salesforce and @p acton.
    qint64 addContactSync(const QString &name, const QList<AppTestEnvironment::MapRow> &moreRows,
        QUrl *salesforce, QUrl *acton);
    /// The Act-On list that run @p runId wrote to (its first Act-On history row's object);
    /// empty when it wrote none.
    QString actOnListOf(qint64 runId);
    /// Closes the window and the services, the window first.
    void close();
    /// The first column of the first row that @p sql answers on the journal (-1: none).
    qint64 count(const QString &sql);

private:
    /// The window, its Flows and History pages (History on the journal) and the launcher.
    bool makeWindow();
    /// Sizes the window to @p size, shows it and waits until it is exposed.
    bool show(const QSize &size);
    /// The address of account @p accountId: its "loginUrl" (Salesforce) or its "baseUrl";
    /// invalid when there is no such account.
    QUrl accountUrl(qint64 accountId) const;

    AppTestEnvironment m_env;
    Journal m_journal;
    CredentialStore m_store;
    std::unique_ptr<EngineHost> m_engine;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<RunLauncher> m_launcher;
    std::unique_ptr<RunController> m_controller;
    FlowsPage *m_flows = nullptr;
    HistoryPage *m_history = nullptr;
};

} // namespace LeadBridge::Test

/// First thing in initTestCase() of a test on the AppWindowFixture @p app: starts its
/// environment (LEADBRIDGE_START_APP_TEST) and opens its services with the sandbox accounts
/// (openWithSandbox()).
#define LEADBRIDGE_START_SANDBOX_APP(app, logName)                                                 \
    do {                                                                                           \
        LEADBRIDGE_START_APP_TEST((app).env(), logName, (app).store());                            \
        const LeadBridge::AccountOperationResult sandbox_ = (app).openWithSandbox();               \
        QVERIFY2(sandbox_.ok, qPrintable(sandbox_.message));                                       \
    } while (false)
