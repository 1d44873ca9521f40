#pragma once

#include "core/model/Account.h"
#include "core/model/Flow.h"
#include "core/util/Expected.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace LeadBridge {

class Journal;

/// Unlinking an account that flows use: lists those flows and offers to delete them (their
/// history stays) or to move them to another linked account of the same system; apply()
/// does that in the journal so the account can then be unlinked.
class UnlinkAccountDialog : public QDialog
{
    Q_OBJECT
public:
    /// For @p account, used by @p flows; @p others are the other linked accounts.
    UnlinkAccountDialog(Journal &journal, const Account &account, const QList<Flow> &flows,
        const QList<Account> &others, const QString &impact, QWidget *parent = nullptr);

    QListWidget *flowList() const { return m_flows; }
    QRadioButton *deleteRadio() const { return m_delete; }
    QRadioButton *moveRadio() const { return m_move; }
    QComboBox *targetCombo() const { return m_target; }
    QPushButton *unlinkButton() const { return m_unlink; }

    /// Deletes or moves the flows as chosen. Returns a sentence on failure.
    Status apply();

private:
    void updateState();

    Journal &m_journal;
    Account m_account;
    QList<Flow> m_flowList;
    QListWidget *m_flows = nullptr;
    QRadioButton *m_delete = nullptr;
    QRadioButton *m_move = nullptr;
    QComboBox *m_target = nullptr;
    QLabel *m_noTarget = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_unlink = nullptr;
};

} // namespace LeadBridge
