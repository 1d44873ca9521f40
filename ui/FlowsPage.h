#pragma once

#include "core/model/Account.h"
#include "core/model/Flow.h"
#include "ui/BasePage.h"

#include <QPointer>

class QAction;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace LeadBridge {

class AccountService;
class CredentialStore;
class EngineHost;
class FlowEditorDialog;
class FlowListModel;
class FlowRunChart;
class ForecastView;
class Journal;
class LookupService;
class MappingEditor;
class ScheduleDialog;

/// The sync flows between linked accounts: a table (name, kind, accounts, schedule, last
/// run, next run, state) with a chart of the selected flow's recent runs, and the actions
/// New…, Edit…, Schedule…, Duplicate, Pause/Resume, Run Full Sync Now, Edit Mapping… and
/// Delete… as buttons, in the table's context menu and on the keyboard. Until flows exist
/// it explains the four kinds. Keeps MainWindow's Sync Now / Preview available while any
/// flow exists.
class FlowsPage : public BasePage
{
    Q_OBJECT
public:
    /// The page's actions, for tests and menus.
    enum class Action {
        New,
        Edit,
        Schedule,
        Duplicate,
        PauseResume,
        FullSync,
        EditMapping,
        Delete
    };

    explicit FlowsPage(QWidget *parent = nullptr);
    ~FlowsPage() override;

    /// Connects the page to the GUI thread's journal and services (none owned). Without
    /// them the page only explains flows. @p store and @p engine are used by the mapping
    /// editor and the flow editor's look-ups and may be null.
    void setServices(
        Journal *journal, AccountService *accounts, CredentialStore *store, EngineHost *engine);

    /// The id of the selected flow, or 0.
    qint64 selectedFlowId() const;
    /// Selects flow @p flowId; false when it is not listed.
    bool selectFlow(qint64 flowId);
    /// The flow table and its model (tests, run controls).
    QTableView *table() const { return m_table; }
    FlowListModel *model() const { return m_model; }
    /// The row of buttons under the table.
    QWidget *buttonRow() const { return m_buttonRow; }
    /// The QAction behind @p action (its button and menu item follow it).
    QAction *action(Action action) const;
    /// Whether the empty state is on show.
    bool isShowingEmptyState() const;
    /// The flow editor (New… or Edit…) while it is open.
    FlowEditorDialog *flowEditor() const;
    /// The schedule dialog while it is open.
    ScheduleDialog *scheduleDialog() const;
    /// The mapping editor last opened (nullptr once closed).
    MappingEditor *mappingEditor() const;
    /// The look-up service the flow editor uses.
    LookupService *lookups() const { return m_lookups; }
    /// The chart of the selected flow's recent runs.
    FlowRunChart *runChart() const { return m_chart; }
    /// The API call forecast of the selected flow's next run (RunController fills it when
    /// Sync Now or Preview is clicked).
    ForecastView *forecastView() const { return m_forecast; }
    /// The message line under the table (results of Duplicate, Delete, refusals).
    QString messageText() const;

public Q_SLOTS:
    /// Reads the flows again from the journal.
    void reload();
    /// Opens the flow editor for a new flow.
    FlowEditorDialog *newFlow();
    /// Opens the flow editor for the selected flow.
    FlowEditorDialog *editFlow();
    /// Opens the schedule dialog of the selected flow.
    ScheduleDialog *editSchedule();
    /// Copies the selected flow (settings, field map, schedule; the copy starts paused).
    void duplicateFlow();
    /// Pauses the selected flow, or resumes it when paused.
    void togglePaused();
    /// Asks for a full run of the selected flow (runFullSyncRequested()).
    void runFullSync();
    /// Opens the mapping editor of the selected flow (CRM contact sync and list sync only).
    MappingEditor *editMapping();
    /// Asks to delete the selected flow (a confirmation says what goes and what stays).
    void deleteFlow();

Q_SIGNALS:
    /// The selected flow changed (0 = none).
    void currentFlowChanged(qint64 flowId);
    /// Whether any flow exists changed (after reload()).
    void flowsAvailableChanged(bool available);
    /// The person asked for a full run of @p flowId now (RunController runs it).
    void runFullSyncRequested(qint64 flowId);

private:
    void updateButtons();
    void refreshTimes();
    void showMessage(const QString &text);
    QList<Account> accountList() const;
    const Flow *selectedFlow() const;
    MappingEditor *openMapping(qint64 flowId);

    Journal *m_journal = nullptr;
    QPointer<AccountService> m_accounts;
    QPointer<CredentialStore> m_store;
    QPointer<EngineHost> m_engine;
    LookupService *m_lookups = nullptr;
    FlowListModel *m_model = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QWidget *m_buttonRow = nullptr;
    QLabel *m_message = nullptr;
    FlowRunChart *m_chart = nullptr;
    ForecastView *m_forecast = nullptr;
    QPushButton *m_emptyNew = nullptr;
    QList<QAction *> m_actions;
    QPointer<FlowEditorDialog> m_editor;
    QPointer<ScheduleDialog> m_scheduleDialog;
    QPointer<MappingEditor> m_mapping;
    QTimer *m_timesTimer = nullptr;
    qint64 m_lastFlowId = 0;
    int m_lastCount = -1;
};

} // namespace LeadBridge
