#include "ui/FlowsPage.h"

#include "core/engine/AccountService.h"
#include "core/engine/EngineHost.h"
#include "core/secrets/CredentialStore.h"
#include "core/store/FlowRepository.h"
#include "ui/EmptyState.h"
#include "ui/MainWindow.h"
#include "ui/flows/FlowListModel.h"
#include "ui/flows/NewFlowDialog.h"
#include "ui/mapping/MappingEditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace LeadBridge {

FlowsPage::FlowsPage(QWidget *parent)
    : BasePage(tr("Flows"),
        tr("Each flow moves people data between two linked accounts on its own schedule."), parent)
{
    setObjectName(QStringLiteral("flowsPage"));
    m_stack = new QStackedWidget(this);

    auto *emptyPage = new QWidget(m_stack);
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->setContentsMargins(0, 0, 0, 0);
    auto *empty = new EmptyState(QStringLiteral(":/icons/flows.svg"), tr("No flows set up yet"),
        tr("A flow has its own field map, push policy and schedule. Sync Now and Preview in the "
           "toolbar act on the selected flow; Preview shows every planned change before "
           "anything is written."),
        emptyPage);
    empty->addDetail(tr("Webinar import — ON24 to Act-On"),
        tr("Registrants and attendee activity become contacts in one Act-On list "
           "per webinar."));
    empty->addDetail(tr("CRM contact sync — Salesforce or Pipeliner with Act-On"),
        tr("Mapped fields stay in step both ways, or one way from the CRM."));
    empty->addDetail(tr("List sync — Salesforce with an Act-On list"),
        tr("Leads, contacts, a report or a campaign kept as an Act-On list."));
    empty->addDetail(tr("Lead handoff — Act-On to Pipeliner or Salesforce"),
        tr("Contacts that reach a score threshold become leads for your sales "
           "team."));
    m_emptyNew = new QPushButton(tr("&New Flow…"), emptyPage);
    m_emptyNew->setObjectName(QStringLiteral("emptyNewFlowButton"));
    m_emptyNew->setEnabled(false);
    emptyLayout->addWidget(empty, 1);
    emptyLayout->addWidget(m_emptyNew, 0, Qt::AlignHCenter);
    emptyLayout->addSpacing(16);
    m_stack->addWidget(emptyPage);

    auto *listPage = new QWidget(m_stack);
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    m_model = new FlowListModel(this);
    m_table = new QTableView(listPage);
    m_table->setObjectName(QStringLiteral("flowTable"));
    m_table->setAccessibleName(tr("Flows"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(FlowListModel::NameColumn, 220);
    m_table->setColumnWidth(FlowListModel::KindColumn, 230);
    m_table->setColumnWidth(FlowListModel::AccountsColumn, 300);
    listLayout->addWidget(m_table, 1);
    m_buttonRow = new QWidget(listPage);
    m_buttonRow->setObjectName(QStringLiteral("flowButtonRow"));
    auto *buttons = new QHBoxLayout(m_buttonRow);
    buttons->setContentsMargins(0, 0, 0, 0);
    m_new = new QPushButton(tr("&New Flow…"), m_buttonRow);
    m_new->setObjectName(QStringLiteral("newFlowButton"));
    m_editMapping = new QPushButton(tr("&Edit Mapping…"), m_buttonRow);
    m_editMapping->setObjectName(QStringLiteral("editMappingButton"));
    buttons->addWidget(m_new);
    buttons->addWidget(m_editMapping);
    buttons->addStretch(1);
    listLayout->addWidget(m_buttonRow);
    m_stack->addWidget(listPage);
    contentLayout()->addWidget(m_stack, 1);

    connect(m_new, &QPushButton::clicked, this, &FlowsPage::newFlow);
    connect(m_emptyNew, &QPushButton::clicked, this, &FlowsPage::newFlow);
    connect(m_editMapping, &QPushButton::clicked, this, &FlowsPage::editMapping);
    connect(m_table, &QTableView::activated, this, [this] {
        if (m_editMapping->isEnabled())
            editMapping();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateButtons();
        const qint64 id = selectedFlowId();
        if (id != m_lastFlowId) {
            m_lastFlowId = id;
            Q_EMIT currentFlowChanged(id);
        }
    });
    updateButtons();
}

FlowsPage::~FlowsPage()
{
    delete m_editor; // a top-level window of its own: closes with the page
}

void FlowsPage::setServices(
    Journal *journal, AccountService *accounts, CredentialStore *store, EngineHost *engine)
{
    m_journal = journal;
    m_accounts = accounts;
    m_store = store;
    m_engine = engine;
    if (m_accounts)
        connect(m_accounts, &AccountService::accountsChanged, this, &FlowsPage::reload,
            Qt::UniqueConnection);
    reload();
}

void FlowsPage::reload()
{
    const qint64 selected = selectedFlowId();
    QList<Flow> flows;
    if (m_journal) {
        const auto listed = FlowRepository(*m_journal).list();
        if (listed)
            flows = listed.value();
    }
    QList<Account> accounts;
    if (m_accounts) {
        const auto all = m_accounts->accounts();
        if (all)
            accounts = all.value();
    }
    m_model->setFlows(flows, accounts);
    m_stack->setCurrentIndex(flows.isEmpty() ? 0 : 1);
    if (!flows.isEmpty() && !selectFlow(selected))
        selectFlow(flows.first().id);
    const int count = int(flows.size());
    if (auto *main = qobject_cast<MainWindow *>(window()))
        main->setFlowAvailable(count > 0);
    if ((count > 0) != (m_lastCount > 0) || m_lastCount < 0)
        Q_EMIT flowsAvailableChanged(count > 0);
    m_lastCount = count;
    updateButtons();
    const qint64 id = selectedFlowId();
    if (id != m_lastFlowId) {
        m_lastFlowId = id;
        Q_EMIT currentFlowChanged(id);
    }
}

qint64 FlowsPage::selectedFlowId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->flow(current.row()).id : 0;
}

bool FlowsPage::selectFlow(qint64 flowId)
{
    const int row = m_model->rowOf(flowId);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    m_table->setCurrentIndex(m_model->index(row, 0));
    return true;
}

NewFlowDialog *FlowsPage::newFlowDialog() const
{
    return m_dialog;
}

MappingEditor *FlowsPage::mappingEditor() const
{
    return m_editor;
}

bool FlowsPage::isShowingEmptyState() const
{
    return m_stack->currentIndex() == 0;
}

void FlowsPage::updateButtons()
{
    const bool ready = m_journal != nullptr;
    m_new->setEnabled(ready);
    m_emptyNew->setEnabled(ready);
    const QModelIndex current = m_table->currentIndex();
    const bool mappable = ready && current.isValid()
        && FlowListModel::hasFieldMap(m_model->flow(current.row()).kind);
    m_editMapping->setEnabled(mappable);
    m_editMapping->setToolTip(mappable
            ? tr("Choose which CRM fields fill which Act-On fields, and what may be pushed back.")
            : tr("Field maps belong to CRM contact sync and list sync flows."));
}

void FlowsPage::newFlow()
{
    if (!m_journal)
        return;
    QList<Account> accounts;
    if (m_accounts) {
        const auto all = m_accounts->accounts();
        if (all)
            accounts = all.value();
    }
    auto *dialog = new NewFlowDialog(*m_journal, accounts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const qint64 id = dialog->createdFlow().id;
        reload();
        selectFlow(id);
    });
    dialog->open();
}

MappingEditor *FlowsPage::editMapping()
{
    const qint64 id = selectedFlowId();
    const int row = m_model->rowOf(id);
    if (!m_journal || row < 0 || !FlowListModel::hasFieldMap(m_model->flow(row).kind))
        return nullptr;
    if (m_editor && m_editor->flowId() == id) {
        m_editor->raise();
        m_editor->activateWindow();
        return m_editor;
    }
    if (m_editor)
        m_editor->close();
    auto *editor = new MappingEditor(*m_journal, m_accounts, m_store, m_engine, id);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setWindowFlag(Qt::Window);
    editor->resize(1180, 720);
    connect(editor, &MappingEditor::saved, this, &FlowsPage::reload);
    m_editor = editor;
    editor->show();
    return editor;
}

} // namespace LeadBridge
