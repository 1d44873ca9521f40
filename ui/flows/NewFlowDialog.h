#pragma once

#include "core/model/Account.h"
#include "core/model/Flow.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace LeadBridge {

class Journal;

/// "New flow…": choose the kind, a name and the source and target accounts (only accounts
/// whose kind fits each role are offered), then stores the flow through FlowRepository.
class NewFlowDialog : public QDialog
{
    Q_OBJECT
public:
    NewFlowDialog(Journal &journal, const QList<Account> &accounts, QWidget *parent = nullptr);

    /// The stored flow after accept() (id 0 before).
    const Flow &createdFlow() const { return m_created; }
    /// Selects @p kind (tests, callers with a preference).
    void setKind(FlowKind kind);

    void accept() override;

private:
    void kindChanged();
    void updateOk();
    FlowKind kind() const;

    Journal &m_journal;
    QList<Account> m_accounts;
    Flow m_created;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_target = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_autoName;
};

} // namespace LeadBridge
