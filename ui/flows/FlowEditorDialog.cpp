#include "ui/flows/FlowEditorDialog.h"

#include "core/engine/FlowSetup.h"

#include "core/engine/AccountService.h"
#include "core/engine/FlowSettingsCheck.h"
#include "core/engine/FlowSetup.h"
#include "core/engine/LookupService.h"
#include "core/store/FlowRepository.h"
#include "ui/flows/CrmContactSyncForm.h"
#include "ui/flows/FlowListModel.h"
#include "ui/flows/LeadHandoffForm.h"
#include "ui/flows/ListSyncForm.h"
#include "ui/flows/WebinarImportForm.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace LeadBridge {

namespace {

const QList<FlowKind> kKinds { FlowKind::WebinarImport, FlowKind::CrmContactSync,
    FlowKind::ListSync, FlowKind::LeadHandoff };

} // namespace

FlowEditorDialog::FlowEditorDialog(
    Journal &journal, const QList<Account> &accounts, LookupService *lookups, QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_accounts(accounts)
    , m_lookups(lookups)
{
    m_flow.kind = FlowKind::CrmContactSync;
    build();
}

FlowEditorDialog::FlowEditorDialog(Journal &journal, const QList<Account> &accounts,
    LookupService *lookups, const Flow &flow, QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_accounts(accounts)
    , m_lookups(lookups)
    , m_flow(flow)
{
    build();
}

void FlowEditorDialog::build()
{
    setObjectName(QStringLiteral("flowEditorDialog"));
    setWindowTitle(isNew() ? tr("New Flow") : tr("Edit “%1”").arg(m_flow.name));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("flowKindCombo"));
    for (const FlowKind k : kKinds)
        m_kind->addItem(FlowListModel::kindName(k), int(k));
    m_kindLabel = new QLabel(FlowListModel::kindName(m_flow.kind), this);
    m_kindLabel->setObjectName(QStringLiteral("flowKindLabel"));
    if (isNew())
        form->addRow(tr("&Kind:"), m_kind);
    else {
        m_kind->setVisible(false);
        form->addRow(tr("Kind:"), m_kindLabel);
    }
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("flowNameEdit"));
    form->addRow(tr("&Name:"), m_name);
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("sourceAccountCombo"));
    m_sourceLabel = new QLabel(this);
    m_sourceLabel->setBuddy(m_source);
    form->addRow(m_sourceLabel, m_source);
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("targetAccountCombo"));
    m_targetLabel = new QLabel(this);
    m_targetLabel->setBuddy(m_target);
    form->addRow(m_targetLabel, m_target);
    layout->addLayout(form);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("newFlowHint"));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_hint);

    auto *settings = new QGroupBox(tr("Settings"), this);
    auto *settingsLayout = new QVBoxLayout(settings);
    auto *scroll = new QScrollArea(settings);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll = scroll;
    // Only the form of the kind on show is visible, so the area is as tall as that form.
    m_stack = new QWidget(scroll);
    auto *stackLayout = new QVBoxLayout(m_stack);
    stackLayout->setContentsMargins(0, 0, 0, 0);
    for (const FlowKind k : kKinds) {
        FlowSettingsForm *f = nullptr;
        switch (k) {
        case FlowKind::WebinarImport:
            f = new WebinarImportForm(m_stack);
            break;
        case FlowKind::CrmContactSync:
            f = new CrmContactSyncForm(m_stack);
            break;
        case FlowKind::ListSync:
            f = new ListSyncForm(m_stack);
            break;
        case FlowKind::LeadHandoff:
            f = new LeadHandoffForm(m_stack);
            break;
        }
        f->setServices(&m_journal, m_lookups);
        stackLayout->addWidget(f);
        f->setVisible(false);
        m_forms.insert(int(k), f);
        connect(f, &FlowSettingsForm::changed, this, &FlowEditorDialog::validate);
        connect(f, &FlowSettingsForm::editMappingRequested, this, [this] {
            if (!okButton()->isEnabled())
                return;
            accept();
            if (result() == QDialog::Accepted)
                Q_EMIT editMappingRequested(m_saved.id);
        });
    }
    scroll->setWidget(m_stack);
    settingsLayout->addWidget(scroll);
    layout->addWidget(settings, 1);

    m_accountWarning = new QLabel(
        tr("Changing an account clears this flow's record links and cursors: its next run reads "
           "every record again (a full sync)."),
        this);
    m_accountWarning->setObjectName(QStringLiteral("accountChangeWarning"));
    m_accountWarning->setWordWrap(true);
    m_accountWarning->setVisible(false);
    layout->addWidget(m_accountWarning);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("flowProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette pal = m_problem->palette();
    pal.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_problem->setPalette(pal);
    m_problem->setVisible(false);
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(isNew() ? tr("&Create") : tr("&Save"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FlowEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &FlowEditorDialog::kindChanged);
    connect(m_name, &QLineEdit::textChanged, this, &FlowEditorDialog::validate);
    connect(m_source, &QComboBox::currentIndexChanged, this, &FlowEditorDialog::accountsChanged);
    connect(m_target, &QComboBox::currentIndexChanged, this, &FlowEditorDialog::accountsChanged);

    m_name->setText(m_flow.name);
    m_kind->blockSignals(true);
    m_kind->setCurrentIndex(m_kind->findData(int(m_flow.kind)));
    m_kind->blockSignals(false);
    kindChanged();
    resize(qMax(680, sizeHint().width()), sizeHint().height());
}

FlowKind FlowEditorDialog::kind() const
{
    return isNew() ? FlowKind(m_kind->currentData().toInt()) : m_flow.kind;
}

void FlowEditorDialog::setKind(FlowKind kind)
{
    if (isNew())
        m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

FlowSettingsForm *FlowEditorDialog::form() const
{
    return m_forms.value(int(kind()));
}

QPushButton *FlowEditorDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString FlowEditorDialog::problemText() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

Account FlowEditorDialog::account(qint64 id) const
{
    for (const Account &a : m_accounts) {
        if (a.id == id)
            return a;
    }
    return {};
}

QList<Account> FlowEditorDialog::fitting(FlowKind kind, bool source) const
{
    const QList<AccountKind> kinds = FlowSettingsCheck::fittingKinds(kind, source);
    QList<Account> out;
    for (const Account &a : m_accounts) {
        if (kinds.contains(a.kind))
            out.append(a);
    }
    return out;
}

void FlowEditorDialog::kindChanged()
{
    const FlowKind k = kind();
    switch (k) {
    case FlowKind::WebinarImport:
        m_sourceLabel->setText(tr("ON24 &account:"));
        m_targetLabel->setText(tr("Act-On acc&ount:"));
        break;
    case FlowKind::CrmContactSync:
        m_sourceLabel->setText(tr("CRM &account:"));
        m_targetLabel->setText(tr("Act-On acc&ount:"));
        break;
    case FlowKind::ListSync:
        m_sourceLabel->setText(tr("Salesforce &account:"));
        m_targetLabel->setText(tr("Act-On acc&ount:"));
        break;
    case FlowKind::LeadHandoff:
        m_sourceLabel->setText(tr("Act-On &account:"));
        m_targetLabel->setText(tr("CRM acc&ount (leads go to):"));
        break;
    }
    QStringList missing;
    for (const bool source : { true, false }) {
        QComboBox *combo = source ? m_source : m_target;
        const qint64 keep = isNew() ? combo->currentData().toLongLong()
                                    : (source ? m_flow.sourceAccountId : m_flow.targetAccountId);
        combo->blockSignals(true);
        combo->clear();
        for (const Account &a : fitting(k, source))
            combo->addItem(
                tr("%1 (%2)").arg(a.name, AccountService::kindDisplayName(a.kind)), a.id);
        const int again = combo->findData(keep);
        combo->setCurrentIndex(again >= 0 ? again : (combo->count() > 0 ? 0 : -1));
        combo->blockSignals(false);
        combo->setEnabled(combo->count() > 0);
        if (combo->count() == 0) {
            QStringList names;
            for (const AccountKind ak : FlowSettingsCheck::fittingKinds(k, source))
                names.append(AccountService::kindDisplayName(ak));
            missing.append(names.join(tr(" or ")));
        }
    }
    m_hint->setText(missing.isEmpty()
            ? QString()
            : tr("A %1 flow needs a linked %2 account. Link one on the Accounts page (or use Try "
                 "the sandbox there).")
                  .arg(FlowListModel::kindName(k), missing.join(tr(" and a "))));
    m_hint->setVisible(!missing.isEmpty());
    if (isNew() && (m_name->text().isEmpty() || m_name->text() == m_autoName)) {
        m_autoName = FlowListModel::kindName(k);
        m_name->setText(m_autoName);
    }
    for (FlowSettingsForm *f : std::as_const(m_forms))
        f->setVisible(f == form());
    fitForm();
    Flow shown = m_flow;
    if (shown.kind != k) {
        shown = Flow();
        shown.kind = k;
    }
    shown.name = m_name->text().trimmed();
    form()->load(shown);
    accountsChanged();
}

void FlowEditorDialog::fitForm()
{
    // Show the whole form when the screen allows; scroll only on small screens.
    form()->ensurePolished();
    m_scroll->setMinimumHeight(qMin(form()->sizeHint().height() + 8, 600));
    m_scroll->setMinimumWidth(
        form()->minimumSizeHint().width() + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4);
}

void FlowEditorDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    fitForm();
    if (height() < sizeHint().height())
        resize(width(), sizeHint().height());
}

void FlowEditorDialog::accountsChanged()
{
    form()->setAccounts(account(m_source->currentData().toLongLong()),
        account(m_target->currentData().toLongLong()));
    validate();
}

Flow FlowEditorDialog::currentFlow() const
{
    Flow f = m_flow;
    f.kind = kind();
    f.name = m_name->text().trimmed();
    f.sourceAccountId = m_source->currentData().toLongLong();
    f.targetAccountId = m_target->currentData().toLongLong();
    f.settings = form()->settings(m_flow.kind == f.kind ? m_flow.settings : QVariantMap());
    return f;
}

void FlowEditorDialog::validate()
{
    const Flow f = currentFlow();
    QStringList problems = FlowSettingsCheck::problems(f, m_accounts);
    problems += form()->formProblems();
    m_problem->setText(problems.isEmpty() ? QString() : problems.first());
    m_problem->setToolTip(problems.size() > 1 ? problems.join(u'\n') : QString());
    m_problem->setVisible(!problems.isEmpty());
    okButton()->setEnabled(problems.isEmpty());
    m_accountWarning->setVisible(!isNew()
        && (f.sourceAccountId != m_flow.sourceAccountId
            || f.targetAccountId != m_flow.targetAccountId));
}

bool FlowEditorDialog::save()
{
    const Flow f = currentFlow();
    FlowRepository flows(m_journal);
    const auto fail = [this](const QString &sentence) {
        m_problem->setText(sentence);
        m_problem->setVisible(true);
        return false;
    };
    if (isNew()) {
        const auto added = flows.add(f);
        if (!added)
            return fail(added.errorString());
        m_saved = added.value();
        if (const Status s = FlowSetup::applyDefaultSchedule(m_journal, m_saved); !s)
            return fail(s.errorString());
        if (const Status s = form()->saveExtras(m_saved, true); !s)
            return fail(s.errorString());
        return true;
    }
    if (const Status s = flows.update(f); !s)
        return fail(s.errorString());
    const auto stored = flows.get(f.id);
    m_saved = stored ? stored.value() : f;
    if (const Status s = form()->saveExtras(m_saved, false); !s)
        return fail(s.errorString());
    return true;
}

void FlowEditorDialog::accept()
{
    validate();
    if (!okButton()->isEnabled())
        return;
    if (!save())
        return;
    QDialog::accept();
}

} // namespace LeadBridge
