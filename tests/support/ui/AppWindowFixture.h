#pragma once

#include "core/secrets/CredentialStore.h"
#include "core/store/Journal.h"
#include "tests/support/AppTestEnvironment.h"

#include <QSize>
#include <QString>

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
/// tst_forecast_ui, tst_flowsetup): the AppTestEnvironment, the journal, keychain store,
/// engine host and account service, and the main window with its Flows and History pages on
/// them, a RunLauncher and a RunController, wired as the app wires them (History can undo
/// runs and apply previews).
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
    /// Closes the window and the services, the window first.
    void close();
    /// The first column of the first row that @p sql answers on the journal (-1: none).
    qint64 count(const QString &sql);

private:
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
