#include "ui/accounts/UnlinkAccountDialog.h"

#include "core/engine/AccountService.h"
#include "core/store/FlowRepository.h"
#include "ui/flows/FlowListModel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace LeadBridge {

UnlinkAccountDialog::UnlinkAccountDialog(Journal &journal, const Account &account,
    const QList<Flow> &flows, const QList<Account> &others, const QString &impact, QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_account(account)
    , m_flowList(flows)
{
    setObjectName(QStringLiteral("unlinkAccountDialog"));
    setWindowTitle(tr("Unlink %1?").arg(account.name));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(
        tr("“%1” is used by %n flow(s):", nullptr, int(flows.size())).arg(account.name), this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    m_flows = new QListWidget(this);
    m_flows->setObjectName(QStringLiteral("unlinkFlowList"));
    m_flows->setAccessibleName(tr("Flows that use the account"));
    for (const Flow &f : flows)
        m_flows->addItem(tr("%1 — %2").arg(f.name, FlowListModel::kindName(f.kind)));
    m_flows->setMaximumHeight(qMin(160, 24 + 22 * int(flows.size())));
    layout->addWidget(m_flows);
    auto *question = new QLabel(tr("Before unlinking, choose what happens to them:"), this);
    layout->addWidget(question);

    auto *grid = new QGridLayout;
    m_delete = new QRadioButton(tr("&Delete these flows (their runs stay in History)"), this);
    m_delete->setObjectName(QStringLiteral("deleteFlowsRadio"));
    m_move = new QRadioButton(tr("&Move them to:"), this);
    m_move->setObjectName(QStringLiteral("moveFlowsRadio"));
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("moveTargetCombo"));
    m_target->setAccessibleName(tr("Account to move the flows to"));
    for (const Account &a : others) {
        if (a.kind == account.kind && a.id != account.id)
            m_target->addItem(
                tr("%1 (%2)").arg(a.name, AccountService::kindDisplayName(a.kind)), a.id);
    }
    m_noTarget = new QLabel(tr("No other %1 account is linked. Link one on the Accounts page to "
                               "move the flows there.")
                                .arg(AccountService::kindDisplayName(account.kind)),
        this);
    m_noTarget->setWordWrap(true);
    m_noTarget->setForegroundRole(QPalette::PlaceholderText);
    grid->addWidget(m_delete, 0, 0, 1, 2);
    grid->addWidget(m_move, 1, 0);
    grid->addWidget(m_target, 1, 1);
    grid->addWidget(m_noTarget, 2, 0, 1, 2);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);
    auto *group = new QButtonGroup(this);
    group->addButton(m_delete);
    group->addButton(m_move);
    auto *moveNote = new QLabel(tr("Moved flows forget their record links and cursors: their "
                                   "next run reads every record again (a full sync)."),
        this);
    moveNote->setWordWrap(true);
    moveNote->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(moveNote);
    auto *impactLabel = new QLabel(impact, this);
    impactLabel->setObjectName(QStringLiteral("unlinkImpactLabel"));
    impactLabel->setWordWrap(true);
    layout->addWidget(impactLabel);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("unlinkErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_unlink = buttons->addButton(tr("&Unlink"), QDialogButtonBox::DestructiveRole);
    m_unlink->setObjectName(QStringLiteral("confirmUnlinkButton"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_unlink, &QPushButton::clicked, this, [this] {
        if (const Status s = apply(); !s) {
            m_error->setText(s.errorString());
            m_error->setVisible(true);
            return;
        }
        accept();
    });
    connect(m_delete, &QRadioButton::toggled, this, &UnlinkAccountDialog::updateState);
    connect(m_move, &QRadioButton::toggled, this, &UnlinkAccountDialog::updateState);

    const bool canMove = m_target->count() > 0;
    m_move->setEnabled(canMove);
    m_target->setVisible(canMove);
    m_noTarget->setVisible(!canMove);
    (canMove ? m_move : m_delete)->setChecked(true);
    updateState();
    resize(520, sizeHint().height());
}

void UnlinkAccountDialog::updateState()
{
    m_target->setEnabled(m_move->isChecked());
    m_unlink->setText(
        m_move->isChecked() ? tr("Move Flows and &Unlink") : tr("Delete Flows and &Unlink"));
}

Status UnlinkAccountDialog::apply()
{
    FlowRepository flows(m_journal);
    if (m_move->isChecked()) {
        const qint64 to = m_target->currentData().toLongLong();
        const auto moved = flows.moveAccount(m_account.id, to);
        if (!moved)
            return Status::failure(moved.errorString());
        return {};
    }
    for (const Flow &f : std::as_const(m_flowList)) {
        if (const Status s = flows.remove(f.id); !s)
            return s;
    }
    return {};
}

} // namespace LeadBridge
