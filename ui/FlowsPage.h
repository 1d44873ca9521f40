#pragma once

#include "ui/BasePage.h"

#include <QPointer>

class QPushButton;
class QStackedWidget;
class QTableView;

namespace LeadBridge {

class AccountService;
class CredentialStore;
class EngineHost;
class FlowListModel;
class Journal;
class MappingEditor;
class NewFlowDialog;

/// The sync flows between linked accounts: a table (name, kind, source → target, status)
/// and a button row (New Flow…, Edit Mapping…). Until flows exist it explains the four
/// kinds. Keeps MainWindow's Sync Now / Preview available while any flow exists.
class FlowsPage : public BasePage
{
    Q_OBJECT
public:
    explicit FlowsPage(QWidget *parent = nullptr);
    ~FlowsPage() override;

    /// Connects the page to the GUI thread's journal and services (none owned). Without
    /// them the page only explains flows. @p store and @p engine are used by the mapping
    /// editor to discover CRM fields and may be null.
    void setServices(
        Journal *journal, AccountService *accounts, CredentialStore *store, EngineHost *engine);

    /// The id of the selected flow, or 0.
    qint64 selectedFlowId() const;
    /// Selects flow @p flowId; false when it is not listed.
    bool selectFlow(qint64 flowId);
    /// The flow table and its model (tests, later run controls).
    QTableView *table() const { return m_table; }
    FlowListModel *model() const { return m_model; }
    /// The row of buttons under the table, for further actions.
    QWidget *buttonRow() const { return m_buttonRow; }
    /// Whether the empty state is on show.
    bool isShowingEmptyState() const;
    /// The New Flow dialog while it is open.
    NewFlowDialog *newFlowDialog() const;
    /// The mapping editor last opened (nullptr once closed).
    MappingEditor *mappingEditor() const;

public Q_SLOTS:
    /// Reads the flows again from the journal.
    void reload();
    /// Opens the New Flow dialog.
    void newFlow();
    /// Opens the mapping editor of the selected flow (CRM contact sync and list sync only).
    MappingEditor *editMapping();

Q_SIGNALS:
    /// The selected flow changed (0 = none).
    void currentFlowChanged(qint64 flowId);
    /// Whether any flow exists changed (after reload()).
    void flowsAvailableChanged(bool available);

private:
    void updateButtons();

    Journal *m_journal = nullptr;
    QPointer<AccountService> m_accounts;
    QPointer<CredentialStore> m_store;
    QPointer<EngineHost> m_engine;
    FlowListModel *m_model = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QWidget *m_buttonRow = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_emptyNew = nullptr;
    QPushButton *m_editMapping = nullptr;
    QPointer<NewFlowDialog> m_dialog;
    QPointer<MappingEditor> m_editor;
    qint64 m_lastFlowId = 0;
    int m_lastCount = -1;
};

} // namespace LeadBridge
