#include "ui/flows/NewFlowDialog.h"

#include "core/engine/AccountService.h"
#include "core/store/FlowRepository.h"
#include "ui/flows/FlowListModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace LeadBridge {

NewFlowDialog::NewFlowDialog(Journal &journal, const QList<Account> &accounts, QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_accounts(accounts)
{
    setObjectName(QStringLiteral("newFlowDialog"));
    setWindowTitle(tr("New Flow"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("flowKindCombo"));
    for (const FlowKind k : { FlowKind::WebinarImport, FlowKind::CrmContactSync, FlowKind::ListSync,
             FlowKind::LeadHandoff })
        m_kind->addItem(FlowListModel::kindName(k), int(k));
    form->addRow(tr("&Kind:"), m_kind);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("flowNameEdit"));
    form->addRow(tr("&Name:"), m_name);
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("sourceAccountCombo"));
    form->addRow(tr("&Source account:"), m_source);
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("targetAccountCombo"));
    form->addRow(tr("&Target account:"), m_target);
    layout->addLayout(form);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("newFlowHint"));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_hint);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("newFlowError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewFlowDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &NewFlowDialog::kindChanged);
    connect(m_name, &QLineEdit::textChanged, this, &NewFlowDialog::updateOk);
    connect(m_source, &QComboBox::currentIndexChanged, this, &NewFlowDialog::updateOk);
    connect(m_target, &QComboBox::currentIndexChanged, this, &NewFlowDialog::updateOk);
    setKind(FlowKind::CrmContactSync);
    kindChanged();
    resize(460, sizeHint().height());
}

FlowKind NewFlowDialog::kind() const
{
    return FlowKind(m_kind->currentData().toInt());
}

void NewFlowDialog::setKind(FlowKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void NewFlowDialog::kindChanged()
{
    const FlowKind k = kind();
    QStringList missing;
    for (const bool source : { true, false }) {
        QComboBox *combo = source ? m_source : m_target;
        const QList<AccountKind> fitting = FlowListModel::fittingKinds(k, source);
        combo->clear();
        for (const Account &a : std::as_const(m_accounts)) {
            if (fitting.contains(a.kind))
                combo->addItem(
                    tr("%1 (%2)").arg(a.name, AccountService::kindDisplayName(a.kind)), a.id);
        }
        if (combo->count() == 0) {
            QStringList names;
            for (const AccountKind ak : fitting)
                names.append(AccountService::kindDisplayName(ak));
            missing.append(names.join(tr(" or ")));
        }
        combo->setEnabled(combo->count() > 0);
    }
    if (!missing.isEmpty())
        m_hint->setText(tr("A %1 flow needs a linked %2 account. Link one on the Accounts page "
                           "(or use Try the sandbox there).")
                            .arg(FlowListModel::kindName(k), missing.join(tr(" and a "))));
    else
        m_hint->setText(FlowListModel::hasFieldMap(k)
                ? tr("After creating it, use Edit Mapping… to choose which fields are synced.")
                : QString());
    // Follow the kind with the suggested name until the person types their own.
    if (m_name->text().isEmpty() || m_name->text() == m_autoName) {
        m_autoName = FlowListModel::kindName(k);
        m_name->setText(m_autoName);
    }
    updateOk();
}

void NewFlowDialog::updateOk()
{
    const bool ok
        = !m_name->text().trimmed().isEmpty() && m_source->count() > 0 && m_target->count() > 0;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

void NewFlowDialog::accept()
{
    Flow flow;
    flow.kind = kind();
    flow.name = m_name->text().trimmed();
    flow.sourceAccountId = m_source->currentData().toLongLong();
    flow.targetAccountId = m_target->currentData().toLongLong();
    const auto added = FlowRepository(m_journal).add(flow);
    if (!added) {
        m_error->setText(added.errorString());
        m_error->setVisible(true);
        return;
    }
    m_created = added.value();
    QDialog::accept();
}

} // namespace LeadBridge
