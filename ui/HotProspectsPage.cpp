#include "ui/HotProspectsPage.h"

#include "core/engine/AccountService.h"
#include "core/engine/HotProspects.h"
#include "core/engine/HotProspectsService.h"
#include "core/store/FieldMapRepository.h"
#include "core/store/FlowRepository.h"
#include "core/store/Journal.h"
#include "core/util/CsvWriter.h"
#include "core/util/LogCategories.h"
#include "ui/EmptyState.h"
#include "ui/accounts/ErrorBanner.h"
#include "ui/history/TableClipboard.h"
#include "ui/hotprospects/HotProspectsModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace LeadBridge {

namespace {

/// Keeps the rows of one owner (by CRM id) when a filter is set.
class OwnerFilterProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setOwner(const std::optional<QString> &ownerId)
    {
        m_owner = ownerId;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (!m_owner)
            return true;
        return sourceModel()->index(row, 0, parent).data(HotProspectsModel::OwnerIdRole).toString()
            == *m_owner;
    }

private:
    std::optional<QString> m_owner;
};

bool isCrm(AccountKind kind)
{
    return kind == AccountKind::Salesforce || kind == AccountKind::Pipeliner;
}

} // namespace

HotProspectsPage::HotProspectsPage(QWidget *parent)
    : BasePage(tr("Hot Prospects"),
          tr("The people with the highest Act-On score, 20 per sales owner, with the owner "
             "from your CRM."),
          parent)
{
    setObjectName(QStringLiteral("hotProspectsPage"));

    m_stack = new QStackedWidget(this);
    contentLayout()->addWidget(m_stack, 1);

    m_empty = new EmptyState(QStringLiteral(":/icons/hotprospects.svg"), tr("No accounts to compare"),
        tr("Link an Act-On account and a CRM account on the Accounts page first."), m_stack);
    m_empty->addDetail(tr("Where the scores come from"),
        tr("The Score column of the Act-On lists your flows sync (or of every list)."));
    m_empty->addDetail(tr("Where the owners come from"),
        tr("The owner of the Salesforce lead or contact, or of the Pipeliner contact, with the "
           "same e-mail address."));
    m_stack->addWidget(m_empty);

    auto *main = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(main);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *form = new QFormLayout;
    m_actonCombo = new QComboBox(main);
    m_actonCombo->setObjectName(QStringLiteral("hotActOnAccount"));
    m_crmCombo = new QComboBox(main);
    m_crmCombo->setObjectName(QStringLiteral("hotCrmAccount"));
    auto *accountsRow = new QHBoxLayout;
    accountsRow->addWidget(m_actonCombo, 1);
    auto *crmLabel = new QLabel(tr("&CRM account:"), main);
    crmLabel->setBuddy(m_crmCombo);
    accountsRow->addWidget(crmLabel);
    accountsRow->addWidget(m_crmCombo, 1);
    auto *actonLabel = new QLabel(tr("&Act-On account:"), main);
    actonLabel->setBuddy(m_actonCombo);
    form->addRow(actonLabel, accountsRow);

    m_ownerCombo = new QComboBox(main);
    m_ownerCombo->setObjectName(QStringLiteral("hotOwner"));
    m_ownerCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_allLists = new QCheckBox(tr("A&ll lists (not only the lists the flows sync)"), main);
    m_allLists->setObjectName(QStringLiteral("hotAllLists"));
    auto *ownerRow = new QHBoxLayout;
    ownerRow->addWidget(m_ownerCombo);
    ownerRow->addSpacing(12);
    ownerRow->addWidget(m_allLists);
    ownerRow->addStretch(1);
    auto *ownerLabel = new QLabel(tr("&Owner:"), main);
    ownerLabel->setBuddy(m_ownerCombo);
    form->addRow(ownerLabel, ownerRow);
    layout->addLayout(form);

    auto *actions = new QHBoxLayout;
    m_refresh = new QPushButton(tr("&Refresh"), main);
    m_refresh->setObjectName(QStringLiteral("hotRefresh"));
    m_refresh->setToolTip(tr("Read the scores from Act-On and the owners from the CRM now (F5)"));
    m_cancel = new QPushButton(tr("Cancel"), main);
    m_cancel->setObjectName(QStringLiteral("hotCancel"));
    m_progress = new QProgressBar(main);
    m_progress->setObjectName(QStringLiteral("hotProgress"));
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_phase = new QLabel(main);
    m_phase->setObjectName(QStringLiteral("hotPhase"));
    m_copy = new QPushButton(tr("Co&py"), main);
    m_copy->setToolTip(tr("Copy the selected rows (or all rows shown) as text"));
    m_export = new QPushButton(tr("&Export CSV…"), main);
    m_export->setObjectName(QStringLiteral("hotExport"));
    actions->addWidget(m_refresh);
    actions->addWidget(m_cancel);
    actions->addWidget(m_progress);
    actions->addWidget(m_phase);
    actions->addStretch(1);
    actions->addWidget(m_copy);
    actions->addWidget(m_export);
    layout->addLayout(actions);

    m_banner = new ErrorBanner(main);
    layout->addWidget(m_banner);

    m_model = new HotProspectsModel(this);
    m_proxy = new OwnerFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(HotProspectsModel::SortRole);
    m_table = new QTableView(main);
    m_table->setObjectName(QStringLiteral("hotTable"));
    m_table->setAccessibleName(tr("Hot prospects"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the ranking as it comes
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);

    m_status = new QLabel(main);
    m_status->setObjectName(QStringLiteral("hotStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_stack->addWidget(main);

    setTabOrder(m_actonCombo, m_crmCombo);
    setTabOrder(m_crmCombo, m_ownerCombo);
    setTabOrder(m_ownerCombo, m_allLists);
    setTabOrder(m_allLists, m_refresh);
    setTabOrder(m_refresh, m_cancel);
    setTabOrder(m_cancel, m_table);

    connect(m_refresh, &QPushButton::clicked, this, [this] { refresh(); });
    connect(m_cancel, &QPushButton::clicked, this, &HotProspectsPage::cancel);
    connect(m_copy, &QPushButton::clicked, this, &HotProspectsPage::copyRows);
    connect(m_export, &QPushButton::clicked, this, &HotProspectsPage::exportWithDialog);
    auto *f5 = new QShortcut(QKeySequence::Refresh, this);
    f5->setContext(Qt::WidgetWithChildrenShortcut);
    connect(f5, &QShortcut::activated, this, [this] { refresh(); });
    TableClipboard::install(m_table); // Ctrl+C and the context menu copy the selected rows
    const auto pairChanged = [this] {
        // Another pair: the answer on show belongs to the old one.
        m_haveResult = false;
        m_model->setProspects({});
        m_banner->clear();
        fillOwners();
        updateState();
    };
    connect(m_actonCombo, &QComboBox::currentIndexChanged, this, pairChanged);
    connect(m_crmCombo, &QComboBox::currentIndexChanged, this, pairChanged);
    connect(m_ownerCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant id = m_ownerCombo->currentData();
        static_cast<OwnerFilterProxy *>(m_proxy)->setOwner(
            id.isValid() ? std::optional<QString>(id.toString()) : std::nullopt);
        updateState();
    });
    fillOwners();
    updateState();
}

HotProspectsPage::~HotProspectsPage() = default;

void HotProspectsPage::setServices(
    Journal *journal, AccountService *accounts, CredentialStore *store, EngineHost *engine)
{
    m_journal = journal;
    m_accounts = accounts;
    delete m_service;
    m_service = new HotProspectsService(store, engine, this);
    connect(m_service, &HotProspectsService::finished, this, &HotProspectsPage::finished);
    connect(m_service, &HotProspectsService::progress, this, &HotProspectsPage::progress);
    if (accounts)
        connect(accounts, &AccountService::accountsChanged, this,
            &HotProspectsPage::reloadAccounts, Qt::UniqueConnection);
    reloadAccounts();
}

void HotProspectsPage::reloadAccounts()
{
    const qint64 acton = m_actonCombo->currentData().toLongLong();
    const qint64 crm = m_crmCombo->currentData().toLongLong();
    QSignalBlocker a(m_actonCombo);
    QSignalBlocker c(m_crmCombo);
    m_actonCombo->clear();
    m_crmCombo->clear();
    if (m_accounts) {
        if (const auto all = m_accounts->accounts()) {
            for (const Account &account : all.value()) {
                if (account.kind == AccountKind::ActOn)
                    m_actonCombo->addItem(account.name, account.id);
                else if (isCrm(account.kind))
                    m_crmCombo->addItem(tr("%1 (%2)").arg(account.name,
                                            AccountService::kindDisplayName(account.kind)),
                        account.id);
            }
        }
    }
    if (const int i = m_actonCombo->findData(acton); i >= 0)
        m_actonCombo->setCurrentIndex(i);
    if (const int i = m_crmCombo->findData(crm); i >= 0)
        m_crmCombo->setCurrentIndex(i);
    updateState();
}

bool HotProspectsPage::selectAccounts(qint64 actonId, qint64 crmId)
{
    const int a = m_actonCombo->findData(actonId);
    const int c = m_crmCombo->findData(crmId);
    if (a < 0 || c < 0)
        return false;
    m_actonCombo->setCurrentIndex(a);
    m_crmCombo->setCurrentIndex(c);
    return true;
}

void HotProspectsPage::setAllLists(bool all)
{
    m_allLists->setChecked(all);
}

bool HotProspectsPage::refresh()
{
    if (isRefreshing() || !m_service || !m_accounts || m_actonCombo->currentIndex() < 0
        || m_crmCombo->currentIndex() < 0)
        return false;
    const auto acton = m_accounts->account(m_actonCombo->currentData().toLongLong());
    const auto crm = m_accounts->account(m_crmCombo->currentData().toLongLong());
    if (!acton || !crm) {
        m_banner->showMessage(!acton ? acton.errorString() : crm.errorString());
        return false;
    }
    // The lists and score headings of the flows between the two accounts.
    QList<Flow> flows;
    QHash<qint64, FieldMap> maps;
    if (m_journal) {
        FlowRepository flowRepo(*m_journal);
        FieldMapRepository mapRepo(*m_journal);
        if (const auto all = flowRepo.list())
            flows = all.value();
        for (const Flow &f : std::as_const(flows)) {
            if (const auto map = mapRepo.load(f.id); map && map->has_value())
                maps.insert(f.id, map->value());
        }
    }
    HotProspectsOptions options = HotProspects::optionsForFlows(flows, maps, acton->id, crm->id);
    options.allLists = m_allLists->isChecked();
    m_banner->clear();
    m_phase->setText(tr("Starting…"));
    m_progress->setRange(0, 0);
    m_requestId = m_service->refresh(acton.value(), crm.value(), options);
    updateState();
    return true;
}

void HotProspectsPage::cancel()
{
    if (m_service && m_requestId)
        m_service->cancel(m_requestId);
}

void HotProspectsPage::progress(quint64 requestId, const QString &phase, int done, int total)
{
    if (requestId != m_requestId)
        return;
    m_phase->setText(phase);
    if (total > 0) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    } else {
        m_progress->setRange(0, 0);
    }
}

void HotProspectsPage::finished(quint64 requestId, const HotProspectsResult &result)
{
    if (requestId != m_requestId)
        return;
    m_requestId = 0;
    if (result.cancelled) {
        m_banner->showMessage(tr("Refresh cancelled. The table shows the last complete answer."),
            {}, ErrorBanner::Tone::Info);
    } else if (!result.error.isEmpty()) {
        m_banner->showMessage(result.error, result.technicalDetail);
    } else {
        m_result = result;
        m_haveResult = true;
        m_model->setProspects(result.prospects);
        fillOwners();
        m_table->resizeColumnsToContents();
        for (int c = 0; c < HotProspectsModel::ColumnCount; ++c)
            m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), 260));
    }
    updateState();
    Q_EMIT refreshFinished();
}

void HotProspectsPage::fillOwners()
{
    const QVariant chosen = m_ownerCombo->currentData();
    QSignalBlocker block(m_ownerCombo);
    m_ownerCombo->clear();
    m_ownerCombo->addItem(tr("All owners"));
    if (m_haveResult) {
        for (const HotProspectOwner &o : std::as_const(m_result.owners))
            m_ownerCombo->addItem(o.name, o.id);
    }
    int index = 0;
    if (chosen.isValid()) {
        for (int i = 1; i < m_ownerCombo->count(); ++i) {
            if (m_ownerCombo->itemData(i).toString() == chosen.toString())
                index = i;
        }
    }
    m_ownerCombo->setCurrentIndex(index);
    const QVariant id = m_ownerCombo->currentData();
    static_cast<OwnerFilterProxy *>(m_proxy)->setOwner(
        id.isValid() ? std::optional<QString>(id.toString()) : std::nullopt);
}

bool HotProspectsPage::showOwner(const QString &ownerId)
{
    for (int i = 1; i < m_ownerCombo->count(); ++i) {
        if (m_ownerCombo->itemData(i).toString() == ownerId) {
            m_ownerCombo->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void HotProspectsPage::showAllOwners()
{
    m_ownerCombo->setCurrentIndex(0);
}

void HotProspectsPage::updateState()
{
    const bool pair = m_actonCombo->count() > 0 && m_crmCombo->count() > 0;
    m_stack->setCurrentIndex(pair ? 1 : 0);
    const bool busy = isRefreshing();
    m_refresh->setEnabled(pair && !busy && m_service);
    m_cancel->setEnabled(busy);
    m_cancel->setVisible(busy);
    m_progress->setVisible(busy);
    m_phase->setVisible(busy);
    m_actonCombo->setEnabled(!busy);
    m_crmCombo->setEnabled(!busy);
    m_allLists->setEnabled(!busy);
    m_ownerCombo->setEnabled(m_haveResult && !m_result.owners.isEmpty());
    const bool rows = m_proxy->rowCount() > 0;
    m_copy->setEnabled(rows);
    m_export->setEnabled(rows);

    QString status;
    if (!m_haveResult) {
        status = tr("Click Refresh to read the scores from Act-On and the owners from the CRM. "
                    "Each refresh reads the lists and the CRM's leads and contacts live.");
    } else if (m_result.peopleScored == 0) {
        status = tr("No list member has a score yet.");
    } else {
        QStringList parts;
        parts << tr("%n people shown", nullptr, m_proxy->rowCount())
              << tr("%n owner(s)", nullptr, int(m_result.owners.size()))
              << tr("read from %n Act-On list(s): %1", nullptr, int(m_result.listsRead.size()))
                     .arg(m_result.listsRead.join(QStringLiteral(", ")));
        status = parts.join(QStringLiteral(" · ")) + QLatin1Char('.');
        if (m_result.prospects.isEmpty())
            status = tr("No scored list member is in %1.").arg(m_result.crmSystem) + u' ' + status;
        if (m_result.notInCrm > 0)
            status += u' '
                + tr("%n list member(s) are not in %1, so no owner is known for them.", nullptr,
                    m_result.notInCrm)
                      .arg(m_result.crmSystem);
        if (!m_result.listsWithoutScore.isEmpty())
            status += u' '
                + tr("These lists have no score column: %1.")
                      .arg(m_result.listsWithoutScore.join(QStringLiteral(", ")));
    }
    m_status->setText(status);
}

bool HotProspectsPage::isShowingEmptyState() const
{
    return m_stack->currentIndex() == 0;
}

QString HotProspectsPage::statusText() const
{
    return m_status->text();
}

QString HotProspectsPage::errorText() const
{
    return m_banner->text();
}

QList<QStringList> HotProspectsPage::shownRows() const
{
    QList<QStringList> out;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < HotProspectsModel::ColumnCount; ++c)
            row << m_proxy->index(r, c).data().toString();
        out << row;
    }
    return out;
}

void HotProspectsPage::copyRows()
{
    // The selected rows; all rows shown when none is selected.
    if (!m_table->selectionModel()->hasSelection())
        m_table->selectAll();
    TableClipboard::copy(m_table);
}

bool HotProspectsPage::exportCsv(const QString &filePath)
{
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        m_banner->showMessage(tr("LeadBridge could not write %1: %2. Choose another folder.")
                                  .arg(filePath, file.errorString()));
        return false;
    }
    QStringList header;
    for (int c = 0; c < HotProspectsModel::ColumnCount; ++c)
        header << m_model->headerData(c, Qt::Horizontal).toString();
    file.write(CsvWriter::record(header));
    using Column = CsvWriter::Column;
    const QList<Column> columns { Column::Text, Column::Number, Column::Text, Column::Text,
        Column::Text, Column::Number };
    for (const QStringList &row : shownRows())
        file.write(CsvWriter::record(row, columns));
    if (!file.commit()) {
        m_banner->showMessage(tr("LeadBridge could not write %1: %2. Choose another folder.")
                                  .arg(filePath, file.errorString()));
        return false;
    }
    return true;
}

void HotProspectsPage::exportWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export hot prospects"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
            + QStringLiteral("/hot-prospects.csv"),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty() && exportCsv(path))
        m_banner->showMessage(
            tr("Exported %n row(s) to %1.", nullptr, m_proxy->rowCount()).arg(path), {},
            ErrorBanner::Tone::Info);
}

} // namespace LeadBridge
