#pragma once

#include "ui/BasePage.h"

#include <QPointer>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;

namespace LeadBridge {

class ChangeCsvExport;
class ChangeListModel;
class EngineHost;
class ErrorBanner;
class Journal;
class PersonTimelineView;
class PlanDialog;
class RunLauncher;
class RunListModel;
class UndoDialog;

/// Every recorded run and, for the selected run, its record changes. Runs and
/// changes are read page by page from the journal through the GUI thread's read
/// connection; filters (flow, status, operation), search and sorting run in SQL.
/// Column widths are remembered, selected rows copy to the clipboard, the
/// changes of a run export to a CSV file. Until a run exists it explains what
/// will be recorded. "Find a person…" (an e-mail address) opens one person's timeline
/// across flows and systems (PersonTimelineView) in place of the run list. "Undo run…" (a
/// button and the run list's context menu) opens an UndoDialog for the selected finished run;
/// "Review plan…" opens a preview's plan view (PlanDialog), where it can be applied.
class HistoryPage : public BasePage
{
    Q_OBJECT
public:
    explicit HistoryPage(QWidget *parent = nullptr);
    ~HistoryPage() override;

    /// Reads the history through @p journal (opened on the GUI thread; not owned).
    void setJournal(Journal *journal);
    /// Runs undos through @p launcher and @p engine (not owned); without them "Undo run…"
    /// stays disabled.
    void setRunServices(RunLauncher *launcher, EngineHost *engine);

    QTableView *runTable() const { return m_runTable; }
    QTableView *changeTable() const { return m_changeTable; }
    RunListModel *runModel() const { return m_runs; }
    ChangeListModel *changeModel() const { return m_changes; }
    QComboBox *flowFilter() const { return m_flowFilter; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    QComboBox *operationFilter() const { return m_operationFilter; }
    QLineEdit *runSearch() const { return m_runSearch; }
    QLineEdit *changeSearch() const { return m_changeSearch; }
    QPushButton *exportButton() const { return m_export; }
    ErrorBanner *banner() const { return m_banner; }
    /// "Undo run…" (also in the run list's context menu); disabled with the reason as tooltip.
    QPushButton *undoButton() const { return m_undo; }
    QAction *undoAction() const { return m_undoAction; }
    /// The undo dialog while it is open.
    UndoDialog *undoDialog() const;
    /// "Review plan…" (also in the run list's context menu): the plan view of the selected
    /// preview; disabled with the reason as tooltip for other runs.
    QPushButton *reviewPlanButton() const { return m_reviewPlan; }
    QAction *reviewPlanAction() const { return m_reviewPlanAction; }
    /// The plan view while it is open.
    PlanDialog *planDialog() const;
    /// The "Find a person…" field (an e-mail address; Return searches).
    QLineEdit *personSearch() const { return m_personSearch; }
    PersonTimelineView *personTimeline() const { return m_timeline; }
    /// Whether the person timeline is on show instead of the run list.
    bool isShowingPerson() const;
    /// The summary line above the record changes of the selected run.
    QString runDetailText() const;
    /// Whether the teaching empty state is on show (no run recorded at all).
    bool isShowingEmptyState() const;

    /// The run selected in the table (0 when none).
    qint64 selectedRunId() const;
    /// Selects run @p runId when it is loaded; returns whether it was.
    bool selectRun(qint64 runId);
    /// Shows only the runs of @p flowId (0 = all flows).
    void showFlow(qint64 flowId);
    /// Opens the timeline of the person with @p email (as if typed into "Find a person…"
    /// and Return pressed). Not an e-mail address: the banner says so and false is returned.
    bool findPerson(const QString &email);
    /// Leaves the person timeline for the run list.
    void closePerson();
    /// Opens the undo dialog for the selected run and starts its preview; false (the banner
    /// says why) when the run cannot be undone.
    bool undoSelectedRun();
    /// Opens the plan view of preview @p runId (the window does so when a Preview ends); false
    /// (the banner says why) when @p runId is not a preview of a flow.
    bool reviewPlan(qint64 runId);
    /// reviewPlan() of the selected run.
    bool reviewSelectedPlan();

    /// Writes the selected run's record changes (as filtered) to @p filePath as CSV on a
    /// worker thread; exportFinished() reports. False when no run is selected or an
    /// export is running.
    bool exportChanges(const QString &filePath);

public Q_SLOTS:
    /// Reloads flows, runs and the selected run's changes (e.g. when a run finished).
    void refresh();
    /// Asks for a file name, then exports (Export CSV…).
    void exportChangesWithDialog();

Q_SIGNALS:
    /// An export ended: @p ok with @p rows written to @p filePath, or @p message says why not.
    void exportFinished(bool ok, qint64 rows, const QString &filePath, const QString &message);

private:
    void applyRunFilter();
    void applyChangeFilter();
    void onRunSelectionChanged();
    void reloadFlows();
    void updateEmptyState();
    void updateRunDetail();
    void saveLayout() const;
    void restoreLayout();
    /// Why run @p runId cannot be undone now (empty when it can); @p flowId gets its flow.
    QString undoProblem(qint64 runId, qint64 *flowId = nullptr) const;
    void updateUndo();
    /// Why the selected run has no plan to review (empty when it has).
    QString reviewProblem(qint64 runId) const;

    Journal *m_journal = nullptr;
    RunListModel *m_runs = nullptr;
    ChangeListModel *m_changes = nullptr;
    QStackedWidget *m_stack = nullptr;
    ErrorBanner *m_banner = nullptr;
    QComboBox *m_flowFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLineEdit *m_runSearch = nullptr;
    QLineEdit *m_personSearch = nullptr;
    PersonTimelineView *m_timeline = nullptr;
    QTableView *m_runTable = nullptr;
    QLabel *m_noMatch = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_runDetail = nullptr;
    QLabel *m_runError = nullptr;
    QComboBox *m_operationFilter = nullptr;
    QLineEdit *m_changeSearch = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_changeCount = nullptr;
    QTableView *m_changeTable = nullptr;
    QTimer *m_runSearchTimer = nullptr;
    QTimer *m_changeSearchTimer = nullptr;
    QTimer *m_saveLayoutTimer = nullptr;
    ChangeCsvExport *m_exporter = nullptr;
    QPushButton *m_undo = nullptr;
    QAction *m_undoAction = nullptr;
    QPointer<RunLauncher> m_launcher;
    QPointer<EngineHost> m_engine;
    QPointer<UndoDialog> m_undoDialog;
    QPushButton *m_reviewPlan = nullptr;
    QAction *m_reviewPlanAction = nullptr;
    QPointer<PlanDialog> m_planDialog;
    qint64 m_shownRunId = 0;
};

} // namespace LeadBridge
