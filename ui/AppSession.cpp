#include "ui/AppSession.h"

#include "core/engine/AccountService.h"
#include "core/engine/EngineHost.h"
#include "core/engine/RunLauncher.h"
#include "core/engine/Scheduler.h"
#include "core/secrets/CredentialStore.h"
#include "core/store/FlowRepository.h"
#include "core/store/Journal.h"
#include "core/util/AppPaths.h"
#include "ui/AccountsPage.h"
#include "ui/ConflictsPage.h"
#include "ui/FlowsPage.h"
#include "ui/HistoryPage.h"
#include "ui/HotProspectsPage.h"
#include "ui/MainWindow.h"
#include "ui/RunController.h"
#include "ui/TrayIcon.h"

#include "core/util/LogCategories.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QStatusBar>
#include <QThread>

namespace LeadBridge {

AppSession::AppSession(QObject *parent)
    : QObject(parent)
    , m_journal(std::make_unique<Journal>())
    , m_credentials(std::make_unique<CredentialStore>())
    , m_engine(std::make_unique<EngineHost>())
{ }

AppSession::~AppSession()
{
    // The window and the objects that point at it go first, the journal last.
    m_tray.reset();
    m_scheduler.reset();
    m_runs.reset();
    m_launcher.reset();
    m_window.reset();
    m_accounts.reset();
    m_engine.reset();
    m_credentials.reset();
    m_journal.reset();
}

void AppSession::start(const Options &options)
{
    const QString journalPath = AppPaths::journalPath();
    if (Journal::needsUpgrade(journalPath))
        upgradeJournalInBackground(journalPath);
    const Status opened = m_journal->open(journalPath, QStringLiteral("leadbridge-gui"));
    m_opened = bool(opened);
    if (m_opened)
        m_accounts = std::make_unique<AccountService>(
            *m_journal, m_credentials.get(), m_engine.get());

    m_window = std::make_unique<MainWindow>();
    MainWindow &window = *m_window;
    if (!options.page.isEmpty())
        window.setCurrentPage(options.page);
    if (auto *accountsPage
        = qobject_cast<AccountsPage *>(window.page(QStringLiteral("accounts")))) {
        if (m_accounts)
            accountsPage->setAccountService(m_accounts.get());
        else
            accountsPage->setUnavailableReason(opened.errorString());
    }
    Journal *journal = m_opened ? m_journal.get() : nullptr;
    if (auto *flows = qobject_cast<FlowsPage *>(window.page(QStringLiteral("flows"))))
        flows->setServices(journal, m_accounts.get(), m_credentials.get(), m_engine.get());
    if (auto *hot = qobject_cast<HotProspectsPage *>(window.page(QStringLiteral("hot-prospects"))))
        hot->setServices(journal, m_accounts.get(), m_credentials.get(), m_engine.get());
    if (!m_opened)
        return;
    // History reads through the GUI thread's own connection; runs go to the engine thread.
    if (auto *history = qobject_cast<HistoryPage *>(window.page(QStringLiteral("history"))))
        history->setJournal(m_journal.get());
    if (auto *conflicts = qobject_cast<ConflictsPage *>(window.page(QStringLiteral("conflicts"))))
        conflicts->setServices(m_journal.get(), m_engine.get());
    m_launcher = std::make_unique<RunLauncher>(*m_journal, m_credentials.get(), m_engine.get());
    m_runs = std::make_unique<RunController>(&window, m_launcher.get(), m_engine.get());
    if (auto *history = qobject_cast<HistoryPage *>(window.page(QStringLiteral("history"))))
        history->setRunServices(m_launcher.get(), m_engine.get());
    m_runs->setAccountService(m_accounts.get());
    if (options.scheduler)
        startScheduler();
    if (options.scheduler && options.tray)
        startTray();
}

void AppSession::upgradeJournalInBackground(const QString &path)
{
    // An upgrade may build an index over millions of history rows (seconds to minutes), so it
    // runs on a worker thread with its own connection while this thread keeps painting. The
    // GUI's own open() below then finds nothing left to do; if the upgrade failed it rolled
    // back, and that open() reports why in the pages.
    qCInfo(lcUi) << "Upgrading the journal" << path << "on a worker thread";
    std::unique_ptr<QThread> worker(QThread::create([path] {
        Journal upgrade;
        const Status status = upgrade.open(path, QStringLiteral("leadbridge-upgrade"));
        if (!status)
            qCWarning(lcUi) << "Journal upgrade failed:" << status.errorString();
    }));
    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    QProgressDialog progress(tr("Upgrading the sync history to this version of LeadBridge…\n"
                                "This happens once and can take a minute on a long history."),
        QString(), 0, 0);
    progress.setWindowTitle(tr("LeadBridge"));
    progress.setMinimumDuration(400);
    progress.setCancelButton(nullptr);
    progress.setValue(0);
    worker->start();
    loop.exec();
    worker->wait();
    m_upgradedInBackground = true;
}

void AppSession::startScheduler()
{
    // Scheduled runs: one timer on this thread; "Next run: …" in the status bar.
    RunLauncher *launcher = m_launcher.get();
    RunController *runs = m_runs.get();
    m_scheduler = std::make_unique<Scheduler>(
        *m_journal, [launcher](const RunRequest &request) { launcher->launch(request); },
        [runs](qint64 flowId) { return !runs->flowStateWord(flowId).isEmpty(); });
    QObject::connect(m_scheduler.get(), &Scheduler::nextRunTextChanged, m_window.get(),
        &MainWindow::setNextRunText);
    // Outcomes drive retries (about 1, 5 and 30 minutes) and Needs attention.
    QObject::connect(m_engine.get(), &EngineHost::runFinished, m_scheduler.get(),
        &Scheduler::runFinished);
    QObject::connect(
        launcher, &RunLauncher::launchFailed, m_scheduler.get(), &Scheduler::launchFailed);
    m_scheduler->start();
}

void AppSession::startTray()
{
    // With a system tray, closing the window keeps LeadBridge and its schedules running.
    MainWindow *window = m_window.get();
    m_tray = std::make_unique<TrayIcon>(window);
    QObject::connect(m_tray.get(), &TrayIcon::fallbackMessage, window,
        [window](const QString &title, const QString &sentence) {
            window->statusBar()->showMessage(
                QStringLiteral("%1 — %2").arg(title, sentence), 60000);
        });
    auto *flowsPage = qobject_cast<FlowsPage *>(window->page(QStringLiteral("flows")));
    Journal *journal = m_journal.get();
    TrayIcon *tray = m_tray.get();
    QObject::connect(m_scheduler.get(), &Scheduler::flowNeedsAttention, tray,
        [journal, tray, flowsPage](qint64 flowId, const QString &sentence) {
            const auto flow = FlowRepository(*journal).get(flowId);
            tray->notify(
                tr("“%1” needs attention").arg(flow ? flow->name : QString()), sentence);
            if (flowsPage)
                flowsPage->reload();
        });
    QObject::connect(m_scheduler.get(), &Scheduler::flowAttentionCleared, window, [flowsPage] {
        if (flowsPage)
            flowsPage->reload();
    });
    QObject::connect(qApp, &QCoreApplication::aboutToQuit, window,
        [window] { window->saveSettings(); });
}

} // namespace LeadBridge
