#pragma once

#include "core/model/Account.h"
#include "core/model/Flow.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;

namespace LeadBridge {

class FlowSettingsForm;
class Journal;
class LookupService;

/// New Flow… and Edit…: the flow's kind (new flows only), name, accounts and every setting
/// its runner reads, in the form of that kind (WebinarImportForm, CrmContactSyncForm,
/// ListSyncForm, LeadHandoffForm). Problems show inline as the person edits, with OK
/// disabled; they are the checks Sync Now makes before a run (FlowSettingsCheck). A new
/// flow gets its kind's default schedule (and F2/F3 the pre-mapped field map).
class FlowEditorDialog : public QDialog
{
    Q_OBJECT
public:
    /// New flow. @p lookups (not owned, may be null) runs the live look-ups.
    FlowEditorDialog(Journal &journal, const QList<Account> &accounts, LookupService *lookups,
        QWidget *parent = nullptr);
    /// Edit @p flow.
    FlowEditorDialog(Journal &journal, const QList<Account> &accounts, LookupService *lookups,
        const Flow &flow, QWidget *parent = nullptr);

    /// True when the dialog creates a flow.
    bool isNew() const { return m_flow.id == 0; }
    /// The stored flow after accept() (for a new flow, id 0 before).
    const Flow &savedFlow() const { return m_saved; }
    /// Selects @p kind (new flows only).
    void setKind(FlowKind kind);
    /// The kind on show.
    FlowKind kind() const;
    /// The form of the kind on show.
    FlowSettingsForm *form() const;
    /// The form of @p kind.
    FlowSettingsForm *form(FlowKind kind) const { return m_forms.value(int(kind)); }
    /// The flow as it would be saved now.
    Flow currentFlow() const;
    /// The problem on show (empty when OK is enabled).
    QString problemText() const;
    /// The OK (Create / Save) button.
    QPushButton *okButton() const;

    void accept() override;

protected:
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    /// The person clicked Edit Mapping… in the form (the flow is saved first when changed).
    void editMappingRequested(qint64 flowId);

private:
    void build();
    void kindChanged();
    void accountsChanged();
    void validate();
    void fitForm();
    QList<Account> fitting(FlowKind kind, bool source) const;
    Account account(qint64 id) const;
    bool save();

    Journal &m_journal;
    QList<Account> m_accounts;
    QPointer<LookupService> m_lookups;
    Flow m_flow;
    Flow m_saved;
    QString m_autoName;
    QComboBox *m_kind = nullptr;
    QLabel *m_kindLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_sourceLabel = nullptr;
    QLabel *m_targetLabel = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_target = nullptr;
    QLabel *m_hint = nullptr;
    QWidget *m_stack = nullptr; ///< holds the four forms; only the current one is visible
    QScrollArea *m_scroll = nullptr;
    QHash<int, FlowSettingsForm *> m_forms;
    QLabel *m_accountWarning = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace LeadBridge
