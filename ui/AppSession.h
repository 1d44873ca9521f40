#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace LeadBridge {

class AccountService;
class CredentialStore;
class EngineHost;
class Journal;
class MainWindow;
class RunController;
class RunLauncher;
class Scheduler;
class TrayIcon;

/// One desktop session as the app starts it: the GUI thread's journal connection, the
/// keychain, the engine thread, the account service, the main window with every page wired
/// to them, the run launcher and controller and (unless left out) the scheduler and the
/// tray icon. GuiApplication::run() and the GUI benchmarks start the window through it, so
/// both measure and show the same start-up path.
class AppSession : public QObject
{
    Q_OBJECT
public:
    /// What to start besides the window and its services.
    struct Options
    {
        QString page; ///< page to open on (empty: the one saved last time)
        bool scheduler = true; ///< scheduled runs and "Next run: …" in the status bar
        bool tray = true; ///< tray icon (closing the window keeps LeadBridge running)
    };

    explicit AppSession(QObject *parent = nullptr);
    ~AppSession() override;

    /// Opens the journal at AppPaths::journalPath() and builds the window (not shown).
    void start(const Options &options);

    /// True when start() found a journal of an older schema and upgraded it on a worker
    /// thread (with a progress window when that took long) before the window was built.
    bool upgradedInBackground() const { return m_upgradedInBackground; }
    /// True when the journal opened; otherwise the pages show why not.
    bool isJournalOpen() const { return m_opened; }
    MainWindow &window() { return *m_window; }
    Journal &journal() { return *m_journal; }
    CredentialStore &credentials() { return *m_credentials; }
    EngineHost &engine() { return *m_engine; }
    /// Null when the journal did not open.
    AccountService *accounts() const { return m_accounts.get(); }
    /// Null when the journal did not open.
    RunController *runController() const { return m_runs.get(); }

private:
    void upgradeJournalInBackground(const QString &path);
    void startScheduler();
    void startTray();

    // Declared in start-up order; destroyed in reverse (the window before the engine).
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<EngineHost> m_engine;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<RunLauncher> m_launcher;
    std::unique_ptr<RunController> m_runs;
    std::unique_ptr<Scheduler> m_scheduler;
    std::unique_ptr<TrayIcon> m_tray;
    bool m_opened = false;
    bool m_upgradedInBackground = false;
};

} // namespace LeadBridge
