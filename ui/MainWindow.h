#pragma once

#include <QMainWindow>
#include <QStringList>

class QAction;
class QLabel;
class QProgressBar;
class QListWidget;
class QStackedWidget;

namespace LeadBridge {

class BasePage;

/// The main window: left navigation, one page per section, a toolbar with
/// Sync Now / Preview / Cancel and a status bar with the engine state.
/// Geometry, window state and the last page are kept in QSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Stable page names in navigation order: accounts, flows, history, conflicts,
    /// hot-prospects, settings, about.
    static QStringList pageNames();

    /// Shows the page called @p name (see pageNames()); returns false for an unknown name.
    bool setCurrentPage(const QString &name);
    /// Name of the page on show.
    QString currentPageName() const;
    /// The page widget called @p name, or nullptr.
    BasePage *page(const QString &name) const;

    /// Enables Sync Now and Preview when a flow is selected (Cancel follows setRunActive()).
    void setFlowAvailable(bool available);
    /// Enables Cancel while a run is active and disables Sync Now / Preview meanwhile.
    void setRunActive(bool active);
    /// Sets the engine state word shown in the status bar (Idle, Running, ...).
    void setEngineState(const QString &state);
    /// Sets the "next scheduled run" text in the status bar.
    void setNextRunText(const QString &text);
    /// Shows the run progress bar in the status bar: @p text (flow, phase, counts) over a bar
    /// of @p done of @p total records (a busy bar while @p total is unknown, i.e. < 0).
    void setRunProgress(const QString &text, qint64 done, qint64 total);
    /// Hides the run progress bar.
    void clearRunProgress();
    /// The status bar's run progress bar (tests).
    QProgressBar *runProgressBar() const { return m_progress; }
    /// The engine state word on show in the status bar.
    QString engineStateText() const;
    /// The "next scheduled run" text on show.
    QString nextRunText() const;

    /// Writes geometry, window state and the current page to QSettings.
    void saveSettings() const;

Q_SIGNALS:
    /// The user asked to sync the selected flow now.
    void syncNowRequested();
    /// The user asked for a dry run of the selected flow.
    void previewRequested();
    /// The user asked to cancel the active run.
    void cancelRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createNavigation();
    void createStatusBar();
    void restoreSettings();
    void updateRunActions();

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QList<BasePage *> m_pageWidgets;
    QAction *m_syncNow = nullptr;
    QAction *m_preview = nullptr;
    QAction *m_cancel = nullptr;
    QLabel *m_engineState = nullptr;
    QLabel *m_nextRun = nullptr;
    QProgressBar *m_progress = nullptr;
    bool m_flowAvailable = false;
    bool m_runActive = false;
};

} // namespace LeadBridge
