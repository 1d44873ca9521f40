#include "ui/AccountsPage.h"

#include "core/engine/AccountService.h"
#include "core/store/FlowRepository.h"
#include "ui/EmptyState.h"
#include "ui/accounts/AccountListModel.h"
#include "ui/accounts/ErrorBanner.h"
#include "ui/accounts/LinkAccountDialog.h"
#include "ui/accounts/UnlinkAccountDialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace LeadBridge {

namespace {
const QString kHeaderKey = QStringLiteral("accountsPage/tableHeader");
} // namespace

AccountsPage::AccountsPage(QWidget *parent)
    : BasePage(tr("Accounts"),
        tr("The ON24, Act-On, Salesforce and Pipeliner accounts LeadBridge works with."), parent)
{
    setObjectName(QStringLiteral("accountsPage"));

    m_banner = new ErrorBanner(this);
    m_banner->setObjectName(QStringLiteral("accountsBanner"));
    contentLayout()->addWidget(m_banner);

    m_stack = new QStackedWidget(this);
    contentLayout()->addWidget(m_stack, 1);

    // Empty state: teaches what this page is for and offers both ways in.
    auto *emptyPage = new QWidget(m_stack);
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->setContentsMargins(0, 0, 0, 0);
    auto *empty
        = new EmptyState(QStringLiteral(":/icons/accounts.svg"), tr("No accounts linked yet"),
            tr("Link your ON24, Act-On, Salesforce or Pipeliner account, or try LeadBridge with "
               "the built-in sandbox: four demo accounts that answer like the real systems. "
               "Each account appears here with its status: Linked, Needs attention or "
               "Checking. Keys, passwords and tokens are kept in your system keychain, never in "
               "LeadBridge's own files."),
            emptyPage);
    auto *emptyButtons = new QHBoxLayout;
    emptyButtons->addStretch(1);
    m_emptyLink = new QPushButton(tr("&Link Account…"), emptyPage);
    m_emptyLink->setObjectName(QStringLiteral("emptyLinkButton"));
    m_emptyLink->setDefault(true);
    m_emptySandbox = new QPushButton(tr("Try the &Sandbox"), emptyPage);
    m_emptySandbox->setObjectName(QStringLiteral("emptySandboxButton"));
    m_emptySandbox->setToolTip(tr("Link four demo accounts against emulators built into "
                                  "LeadBridge. Nothing leaves this computer."));
    emptyButtons->addWidget(m_emptyLink);
    emptyButtons->addWidget(m_emptySandbox);
    emptyButtons->addStretch(1);
    // The buttons sit right under the explanation, above the empty state's closing stretch.
    if (auto *layout = qobject_cast<QVBoxLayout *>(empty->layout()))
        layout->insertLayout(layout->count() - 1, emptyButtons);
    emptyLayout->addWidget(empty);
    m_stack->addWidget(emptyPage);

    // The list.
    auto *listPage = new QWidget(m_stack);
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto *toolbar = new QHBoxLayout;
    m_link = new QPushButton(tr("&Link Account…"), listPage);
    m_link->setObjectName(QStringLiteral("linkAccountButton"));
    m_test = new QPushButton(tr("&Test Connection"), listPage);
    m_test->setObjectName(QStringLiteral("testAccountButton"));
    m_edit = new QPushButton(tr("&Edit…"), listPage);
    m_edit->setObjectName(QStringLiteral("editAccountButton"));
    m_unlink = new QPushButton(tr("&Unlink…"), listPage);
    m_unlink->setObjectName(QStringLiteral("unlinkAccountButton"));
    m_sandbox = new QPushButton(tr("Try the &Sandbox"), listPage);
    m_sandbox->setObjectName(QStringLiteral("sandboxButton"));
    m_sandbox->setToolTip(m_emptySandbox->toolTip());
    for (QPushButton *b : { m_link, m_test, m_edit, m_unlink })
        toolbar->addWidget(b);
    toolbar->addStretch(1);
    m_busyLabel = new QLabel(listPage);
    m_busyLabel->setObjectName(QStringLiteral("accountsBusyLabel"));
    toolbar->addWidget(m_busyLabel);
    toolbar->addWidget(m_sandbox);
    m_resetSandbox = new QPushButton(tr("&Reset Sandbox Data…"), listPage);
    m_resetSandbox->setObjectName(QStringLiteral("resetSandboxButton"));
    m_resetSandbox->setToolTip(tr("Generate the sandbox's demo world anew, as on the first try. "
                                  "The sandbox keeps its data between starts until then."));
    toolbar->addWidget(m_resetSandbox);
    listLayout->addLayout(toolbar);

    m_table = new QTableView(listPage);
    m_table->setObjectName(QStringLiteral("accountsTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setIconSize(QSize(18, 18));
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setAccessibleName(tr("Linked accounts"));
    auto *copy = new QAction(tr("Copy"), m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(copy);
    connect(copy, &QAction::triggered, this, [this] {
        QStringList lines;
        for (const QModelIndex &row : m_table->selectionModel()->selectedRows()) {
            QStringList cells;
            for (int c = 0; c < AccountListModel::ColumnCount; ++c)
                cells.append(row.siblingAtColumn(c).data().toString());
            lines.append(cells.join(QLatin1Char('\t')));
        }
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    });
    listLayout->addWidget(m_table, 1);
    m_stack->addWidget(listPage);

    connect(m_link, &QPushButton::clicked, this, &AccountsPage::linkAccount);
    connect(m_emptyLink, &QPushButton::clicked, this, &AccountsPage::linkAccount);
    connect(m_sandbox, &QPushButton::clicked, this, &AccountsPage::trySandbox);
    connect(m_emptySandbox, &QPushButton::clicked, this, &AccountsPage::trySandbox);
    connect(m_resetSandbox, &QPushButton::clicked, this, &AccountsPage::resetSandbox);
    connect(m_test, &QPushButton::clicked, this, &AccountsPage::testSelected);
    connect(m_edit, &QPushButton::clicked, this, &AccountsPage::editSelected);
    connect(m_unlink, &QPushButton::clicked, this, &AccountsPage::unlinkSelected);
    connect(m_table, &QTableView::doubleClicked, this, &AccountsPage::editSelected);

    updateState();
}

AccountsPage::~AccountsPage()
{
    if (m_model)
        QSettings().setValue(kHeaderKey, m_table->horizontalHeader()->saveState());
}

void AccountsPage::setAccountService(AccountService *service)
{
    m_service = service;
    m_model = new AccountListModel(service, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AccountListModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->sortByColumn(AccountListModel::KindColumn, Qt::AscendingOrder);
    QHeaderView *header = m_table->horizontalHeader();
    header->resizeSection(AccountListModel::KindColumn, 130);
    header->resizeSection(AccountListModel::NameColumn, 220);
    header->resizeSection(AccountListModel::LocationColumn, 260);
    header->resizeSection(AccountListModel::StatusColumn, 140);
    header->restoreState(QSettings().value(kHeaderKey).toByteArray());
    // The model reloads after every change; keep the person's selection across it.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
        [this] { m_keepSelection = selectedAccountId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_keepSelection != 0)
            selectAccount(m_keepSelection);
        m_keepSelection = 0;
        updateState();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &AccountsPage::updateState);
    connect(m_service, &AccountService::statusChanged, this, &AccountsPage::onStatusChanged);
    // A sandbox that cannot start (e.g. its saved data is damaged) says so here, also when
    // the window resumed it at start-up without anyone waiting for the answer.
    connect(m_service, &AccountService::sandboxFailed, this,
        [this](const QString &sentence) { m_banner->showMessage(sentence); });
    if (!m_model->loadError().isEmpty())
        m_banner->showMessage(m_model->loadError());
    updateState();
}

void AccountsPage::setUnavailableReason(const QString &sentence, const QString &detail)
{
    m_banner->showMessage(sentence, detail);
    updateState();
}

LinkAccountDialog *AccountsPage::currentDialog() const
{
    return m_dialog;
}

bool AccountsPage::isShowingEmptyState() const
{
    return m_stack->currentIndex() == 0;
}

qint64 AccountsPage::selectedAccountId() const
{
    if (!m_model)
        return 0;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return rows.constFirst().data(AccountListModel::AccountIdRole).toLongLong();
}

void AccountsPage::selectAccount(qint64 accountId)
{
    if (!m_model)
        return;
    const int row = m_model->rowOf(accountId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->select(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->setCurrentIndex(index);
}

void AccountsPage::updateState()
{
    const bool available = m_service != nullptr;
    const bool any = m_model && m_model->rowCount() > 0;
    m_stack->setCurrentIndex(any ? 1 : 0);
    const qint64 selected = selectedAccountId();
    const bool checking = available && selected != 0 && m_service->isChecking(selected);
    m_link->setEnabled(available);
    m_emptyLink->setEnabled(available);
    m_sandbox->setEnabled(available && !m_sandboxBusy);
    m_emptySandbox->setEnabled(available && !m_sandboxBusy);
    m_resetSandbox->setEnabled(available && !m_sandboxBusy && m_service->hasSandboxAccounts());
    m_test->setEnabled(selected != 0 && !checking);
    m_edit->setEnabled(selected != 0);
    m_unlink->setEnabled(selected != 0);
    const QString pick = tr("Select an account in the list first.");
    m_test->setToolTip(
        selected ? tr("Check that LeadBridge can reach the selected account.") : pick);
    m_edit->setToolTip(selected ? tr("Change the selected account's details.") : pick);
    m_unlink->setToolTip(
        selected ? tr("Remove the selected account and its saved secrets.") : pick);
}

void AccountsPage::onStatusChanged(
    qint64 accountId, const QString &statusWord, const QString &message)
{
    updateState();
    if (statusWord == AccountService::checkingWord())
        return;
    const auto found = m_service->account(accountId);
    const QString name = found ? found->name : QString();
    if (!message.isEmpty())
        m_banner->showMessage(tr("%1: %2").arg(name, message), m_service->lastDetail(accountId));
    else if (m_banner->isVisible() && m_banner->text().startsWith(name + QLatin1Char(':')))
        m_banner->clear(); // the problem this banner described is solved
}

void AccountsPage::linkAccount()
{
    if (!m_service || m_dialog)
        return;
    m_dialog = new LinkAccountDialog(m_service, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this, dialog = m_dialog] {
        if (dialog)
            selectAccount(dialog->accountId());
    });
    m_dialog->open();
}

void AccountsPage::editSelected()
{
    const qint64 id = selectedAccountId();
    if (!m_service || !id || m_dialog)
        return;
    const auto account = m_service->account(id);
    if (!account) {
        m_banner->showMessage(account.errorString());
        return;
    }
    m_dialog = new LinkAccountDialog(m_service, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->editAccount(account.value());
    m_dialog->open();
}

void AccountsPage::testSelected()
{
    const qint64 id = selectedAccountId();
    if (!m_service || !id)
        return;
    m_banner->clear();
    m_service->testConnection(id);
}

UnlinkAccountDialog *AccountsPage::unlinkDialog() const
{
    return m_unlinkDialog;
}

void AccountsPage::unlinkSelected()
{
    const qint64 id = selectedAccountId();
    if (!m_service || !id)
        return;
    const auto account = m_service->account(id);
    if (!account) {
        m_banner->showMessage(account.errorString());
        return;
    }
    // Flows that use the account: delete them or move them to another account first.
    const auto using_ = FlowRepository(m_service->journal()).usingAccount(id);
    if (using_ && !using_->isEmpty()) {
        const auto all = m_service->accounts();
        auto *dialog
            = new UnlinkAccountDialog(m_service->journal(), account.value(), using_.value(),
                all ? all.value() : QList<Account>(), m_service->unlinkImpact(id), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_unlinkDialog = dialog;
        connect(dialog, &QDialog::accepted, this, [this, id] {
            m_service->unlink(
                id, [page = QPointer<AccountsPage>(this)](const AccountOperationResult &r) {
                    if (page && !r.message.isEmpty())
                        page->m_banner->showMessage(r.message, r.technicalDetail);
                });
        });
        dialog->open();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Unlink %1?").arg(account->name),
        tr("Unlink “%1”?").arg(account->name), QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("unlinkConfirmation"));
    box->setInformativeText(m_service->unlinkImpact(id));
    QPushButton *confirm = box->addButton(tr("&Unlink"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmUnlinkButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, confirm, id] {
        if (box->clickedButton() != confirm)
            return;
        m_service->unlink(
            id, [page = QPointer<AccountsPage>(this)](const AccountOperationResult &r) {
                if (page && !r.message.isEmpty())
                    page->m_banner->showMessage(r.message, r.technicalDetail);
            });
    });
    box->open();
}

void AccountsPage::resetSandbox()
{
    if (!m_service || m_sandboxBusy || !m_service->hasSandboxAccounts())
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Reset Sandbox Data"),
        tr("Reset the sandbox data?"), QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("resetSandboxConfirmation"));
    box->setInformativeText(
        tr("The sandbox's demo world is generated anew: records your syncs created or changed "
           "in the four sandbox accounts are gone.\n\nThe links LeadBridge keeps to sandbox "
           "records would no longer match, so the flows on sandbox accounts forget them; their "
           "history stays, and their next run is a full sync. Accounts linked to real systems "
           "are not touched."));
    QPushButton *confirm = box->addButton(tr("&Reset"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmResetSandboxButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_resetBox = box;
    connect(box, &QMessageBox::finished, this, [this, box, confirm] {
        if (box->clickedButton() != confirm || !m_service || m_sandboxBusy)
            return;
        m_sandboxBusy = true;
        m_busyLabel->setText(tr("Resetting the sandbox…"));
        updateState();
        QPointer<AccountsPage> self(this);
        m_service->resetSandbox([self](const AccountOperationResult &result) {
            if (!self)
                return;
            self->m_sandboxBusy = false;
            self->m_busyLabel->clear();
            if (result.ok)
                self->m_banner->showMessage(tr("The sandbox data was reset: the demo world is "
                                               "as on the first try."),
                    {}, ErrorBanner::Tone::Success);
            else
                self->m_banner->showMessage(result.message, result.technicalDetail);
            self->updateState();
        });
    });
    box->open();
}

void AccountsPage::trySandbox()
{
    if (!m_service || m_sandboxBusy)
        return;
    m_sandboxBusy = true;
    m_banner->showMessage(
        tr("Starting the sandbox and linking four demo accounts…"), {}, ErrorBanner::Tone::Info);
    m_busyLabel->setText(tr("Starting the sandbox…"));
    updateState();
    QPointer<AccountsPage> self(this);
    m_service->trySandbox([self](const AccountOperationResult &result) {
        if (!self)
            return;
        self->m_sandboxBusy = false;
        self->m_busyLabel->clear();
        if (result.ok)
            self->m_banner->showMessage(tr("The four sandbox accounts are linked. They answer "
                                           "like the real systems, with demo data."),
                {}, ErrorBanner::Tone::Success);
        else
            self->m_banner->showMessage(result.message, result.technicalDetail);
        self->updateState();
    });
}

} // namespace LeadBridge
