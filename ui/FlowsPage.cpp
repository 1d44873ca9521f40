#include "ui/FlowsPage.h"

#include "core/engine/AccountService.h"
#include "core/engine/EngineHost.h"
#include "core/engine/LookupService.h"
#include "core/secrets/CredentialStore.h"
#include "core/store/FlowRepository.h"
#include "core/store/RunRepository.h"
#include "core/store/ScheduleRepository.h"
#include "ui/EmptyState.h"
#include "ui/MainWindow.h"
#include "ui/flows/FlowEditorDialog.h"
#include "ui/flows/FlowListModel.h"
#include "ui/flows/FlowRunChart.h"
#include "ui/flows/ForecastView.h"
#include "ui/flows/FlowStateDelegate.h"
#include "ui/flows/ScheduleDialog.h"
#include "ui/mapping/MappingEditor.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <functional>

namespace LeadBridge {

FlowsPage::FlowsPage(QWidget *parent)
    : BasePage(tr("Flows"),
        tr("Each flow moves people data between two linked accounts on its own schedule."), parent)
{
    setObjectName(QStringLiteral("flowsPage"));
    m_stack = new QStackedWidget(this);

    // Actions first: the buttons, the context menu and the keyboard all use them.
    struct Spec
    {
        QString text;
        QString name;
        QKeySequence shortcut;
        std::function<void()> slot;
    };
    const QList<Spec> specs {
        { tr("&New Flow…"), QStringLiteral("newFlowAction"), QKeySequence::New,
            [this] { newFlow(); } },
        { tr("&Edit…"), QStringLiteral("editFlowAction"), QKeySequence(Qt::CTRL | Qt::Key_E),
            [this] { editFlow(); } },
        { tr("Schedu&le…"), QStringLiteral("scheduleAction"), QKeySequence(Qt::CTRL | Qt::Key_L),
            [this] { editSchedule(); } },
        { tr("D&uplicate"), QStringLiteral("duplicateAction"), QKeySequence(Qt::CTRL | Qt::Key_D),
            [this] { duplicateFlow(); } },
        { tr("&Pause"), QStringLiteral("pauseResumeAction"), QKeySequence(Qt::CTRL | Qt::Key_P),
            [this] { togglePaused(); } },
        { tr("Run Full Sync N&ow"), QStringLiteral("fullSyncAction"),
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), [this] { runFullSync(); } },
        { tr("Edit &Mapping…"), QStringLiteral("editMappingAction"),
            QKeySequence(Qt::CTRL | Qt::Key_M), [this] { editMapping(); } },
        { tr("&Delete…"), QStringLiteral("deleteFlowAction"), QKeySequence::Delete,
            [this] { deleteFlow(); } },
    };
    for (const Spec &spec : specs) {
        auto *a = new QAction(spec.text, this);
        a->setObjectName(spec.name);
        a->setShortcut(spec.shortcut);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        connect(a, &QAction::triggered, this, spec.slot);
        m_actions.append(a);
    }

    auto *emptyPage = new QWidget(m_stack);
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->setContentsMargins(0, 0, 0, 0);
    auto *empty = new EmptyState(QStringLiteral(":/icons/flows.svg"), tr("No flows set up yet"),
        tr("A flow has its own settings, field map, push policy and schedule. Sync Now and "
           "Preview in the toolbar act on the selected flow; Preview shows every planned change "
           "before anything is written."),
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
    auto *splitter = new QSplitter(Qt::Vertical, listPage);
    splitter->setChildrenCollapsible(false);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("flowTable"));
    m_table->setAccessibleName(tr("Flows"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(FlowListModel::StatusColumn, new FlowStateDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setColumnWidth(FlowListModel::NameColumn, 190);
    m_table->setColumnWidth(FlowListModel::KindColumn, 140);
    m_table->setColumnWidth(FlowListModel::AccountsColumn, 210);
    m_table->setColumnWidth(FlowListModel::ScheduleColumn, 105);
    m_table->setColumnWidth(FlowListModel::LastRunColumn, 125);
    m_table->setColumnWidth(FlowListModel::NextRunColumn, 85);
    m_chart = new FlowRunChart(splitter);
    m_chart->setObjectName(QStringLiteral("flowRunChart"));
    // The forecast sits below the splitter, so that it always gets the height its rows
    // need and the flow table and chart share the rest.
    m_forecast = new ForecastView(listPage);
    splitter->addWidget(m_table);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    listLayout->addWidget(splitter, 1);
    listLayout->addWidget(m_forecast);
    m_message = new QLabel(listPage);
    m_message->setObjectName(QStringLiteral("flowsMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    listLayout->addWidget(m_message);
    m_buttonRow = new QWidget(listPage);
    m_buttonRow->setObjectName(QStringLiteral("flowButtonRow"));
    auto *buttons = new QHBoxLayout(m_buttonRow);
    buttons->setContentsMargins(0, 0, 0, 0);
    const QStringList buttonNames { QStringLiteral("newFlowButton"),
        QStringLiteral("editFlowButton"), QStringLiteral("scheduleButton"),
        QStringLiteral("duplicateButton"), QStringLiteral("pauseResumeButton"),
        QStringLiteral("fullSyncButton"), QStringLiteral("editMappingButton"),
        QStringLiteral("deleteFlowButton") };
    for (int i = 0; i < m_actions.size(); ++i) {
        QAction *a = m_actions.at(i);
        auto *b = new QPushButton(a->text(), m_buttonRow);
        b->setObjectName(buttonNames.at(i));
        connect(b, &QPushButton::clicked, a, &QAction::trigger);
        connect(a, &QAction::changed, b, [a, b] {
            b->setText(a->text());
            b->setEnabled(a->isEnabled());
            b->setToolTip(a->toolTip());
        });
        buttons->addWidget(b);
        if (i == 0)
            buttons->addSpacing(12);
        if (i == 6)
            buttons->addStretch(1);
    }
    listLayout->addWidget(m_buttonRow);
    m_stack->addWidget(listPage);
    contentLayout()->addWidget(m_stack, 1);

    m_lookups = nullptr;
    m_timesTimer = new QTimer(this);
    m_timesTimer->setInterval(30000);
    connect(m_timesTimer, &QTimer::timeout, this, &FlowsPage::refreshTimes);

    connect(m_emptyNew, &QPushButton::clicked, this, [this] { newFlow(); });
    connect(m_table, &QTableView::activated, this, [this] { editFlow(); });
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        for (int i = 0; i < m_actions.size(); ++i) {
            if (i == 1 || i == 5 || i == 7)
                menu.addSeparator();
            menu.addAction(m_actions.at(i));
        }
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateButtons();
        const qint64 id = selectedFlowId();
        if (id != m_lastFlowId) {
            m_lastFlowId = id;
            showMessage(QString()); // a message is about the flow it was said for
            m_chart->showFlow(id);
            if (!m_forecast->isBusy() && m_forecast->forecast().flowId != id)
                m_forecast->clear(); // a forecast is about the flow it was made for
            Q_EMIT currentFlowChanged(id);
        }
    });
    // The state of a running flow changes Pause/Delete availability.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &FlowsPage::updateButtons);
    updateButtons();
}

FlowsPage::~FlowsPage()
{
    delete m_mapping; // a top-level window of its own: closes with the page
}

QAction *FlowsPage::action(Action which) const
{
    return m_actions.value(int(which));
}

void FlowsPage::setServices(
    Journal *journal, AccountService *accounts, CredentialStore *store, EngineHost *engine)
{
    m_journal = journal;
    m_accounts = accounts;
    m_store = store;
    m_engine = engine;
    delete m_lookups;
    m_lookups = new LookupService(store, engine, this);
    m_chart->setJournal(journal);
    if (m_accounts)
        connect(m_accounts, &AccountService::accountsChanged, this, &FlowsPage::reload,
            Qt::UniqueConnection);
    m_timesTimer->start();
    reload();
}

QList<Account> FlowsPage::accountList() const
{
    if (m_accounts) {
        const auto all = m_accounts->accounts();
        if (all)
            return all.value();
    }
    return {};
}

void FlowsPage::reload()
{
    const qint64 selected = selectedFlowId();
    QList<Flow> flows;
    QHash<qint64, Schedule> schedules;
    QHash<qint64, RunSummary> lastRuns;
    if (m_journal) {
        const auto listed = FlowRepository(*m_journal).list();
        if (listed)
            flows = listed.value();
        if (const auto all = ScheduleRepository(*m_journal).list()) {
            for (const Schedule &s : all.value())
                schedules.insert(s.flowId, s);
        }
        RunRepository runs(*m_journal);
        for (const Flow &f : std::as_const(flows)) {
            const auto last = runs.list(f.id, 1);
            if (last && !last->isEmpty())
                lastRuns.insert(f.id, last->constFirst());
        }
    }
    m_model->setFlows(flows, accountList(), schedules, lastRuns);
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
    m_chart->showFlow(id);
    if (id != m_lastFlowId) {
        m_lastFlowId = id;
        Q_EMIT currentFlowChanged(id);
    }
}

void FlowsPage::refreshTimes()
{
    // "Next run" and "Last run" move on by themselves (the scheduler, runs from the CLI).
    if (isVisible() && !m_editor && !m_scheduleDialog
        && QApplication::activePopupWidget() == nullptr)
        reload();
}

qint64 FlowsPage::selectedFlowId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->flow(current.row()).id : 0;
}

const Flow *FlowsPage::selectedFlow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? &m_model->flow(current.row()) : nullptr;
}

bool FlowsPage::selectFlow(qint64 flowId)
{
    const int row = m_model->rowOf(flowId);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_chart->showFlow(flowId);
    return true;
}

FlowEditorDialog *FlowsPage::flowEditor() const
{
    return m_editor;
}

ScheduleDialog *FlowsPage::scheduleDialog() const
{
    return m_scheduleDialog;
}

MappingEditor *FlowsPage::mappingEditor() const
{
    return m_mapping;
}

bool FlowsPage::isShowingEmptyState() const
{
    return m_stack->currentIndex() == 0;
}

QString FlowsPage::messageText() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void FlowsPage::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void FlowsPage::updateButtons()
{
    const bool ready = m_journal != nullptr;
    const Flow *flow = selectedFlow();
    const bool selected = ready && flow;
    const bool busy = selected && m_model->isRunActive(flow->id);
    m_emptyNew->setEnabled(ready);
    action(Action::New)->setEnabled(ready);
    action(Action::Edit)->setEnabled(selected);
    action(Action::Schedule)->setEnabled(selected);
    action(Action::Duplicate)->setEnabled(selected);
    QAction *pause = action(Action::PauseResume);
    pause->setEnabled(selected);
    const bool paused = selected && !flow->enabled;
    pause->setText(paused ? tr("&Resume") : tr("&Pause"));
    pause->setToolTip(paused
            ? tr("Let the flow run by its schedule again.")
            : tr("Stop the flow from running by its schedule. Sync Now still runs it."));
    QAction *full = action(Action::FullSync);
    full->setEnabled(selected && !busy);
    full->setToolTip(tr("Read every record again now, instead of only what changed since the "
                        "last run."));
    const bool mappable = selected && FlowListModel::hasFieldMap(flow->kind);
    QAction *mapping = action(Action::EditMapping);
    mapping->setEnabled(mappable);
    mapping->setToolTip(mappable
            ? tr("Choose which CRM fields fill which Act-On fields, and what may be pushed back.")
            : tr("Field maps belong to CRM contact sync and list sync flows."));
    QAction *remove = action(Action::Delete);
    remove->setEnabled(selected && !busy);
    remove->setToolTip(busy ? tr("Cancel the flow's run before deleting it.")
                            : tr("Delete the flow; its history stays."));
}

FlowEditorDialog *FlowsPage::newFlow()
{
    if (!m_journal)
        return nullptr;
    auto *dialog = new FlowEditorDialog(*m_journal, accountList(), m_lookups, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_editor = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const qint64 id = dialog->savedFlow().id;
        reload();
        selectFlow(id);
        showMessage(tr("“%1” was created with its default schedule (%2). Sync Now runs it at "
                       "once; Preview shows what it would change.")
                        .arg(dialog->savedFlow().name,
                            m_model->index(m_model->rowOf(id), FlowListModel::ScheduleColumn)
                                .data()
                                .toString()));
    });
    connect(dialog, &FlowEditorDialog::editMappingRequested, this, &FlowsPage::openMapping);
    dialog->open();
    return dialog;
}

FlowEditorDialog *FlowsPage::editFlow()
{
    const Flow *flow = selectedFlow();
    if (!m_journal || !flow)
        return nullptr;
    auto *dialog = new FlowEditorDialog(*m_journal, accountList(), m_lookups, *flow, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_editor = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload();
        selectFlow(dialog->savedFlow().id);
        showMessage(tr("“%1” was saved.").arg(dialog->savedFlow().name));
    });
    connect(dialog, &FlowEditorDialog::editMappingRequested, this, &FlowsPage::openMapping);
    dialog->open();
    return dialog;
}

ScheduleDialog *FlowsPage::editSchedule()
{
    const Flow *flow = selectedFlow();
    if (!m_journal || !flow)
        return nullptr;
    auto *dialog = new ScheduleDialog(*m_journal, *flow, accountList(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_scheduleDialog = dialog;
    connect(dialog, &QDialog::accepted, this, &FlowsPage::reload);
    dialog->open();
    return dialog;
}

void FlowsPage::duplicateFlow()
{
    const Flow *flow = selectedFlow();
    if (!m_journal || !flow)
        return;
    FlowRepository flows(*m_journal);
    const QString original = flow->name; // the row goes away with reload()
    const QString name = flows.uniqueName(original);
    const auto copy = flows.duplicate(flow->id, name);
    if (!copy) {
        showMessage(copy.errorString());
        return;
    }
    reload();
    selectFlow(copy->id);
    showMessage(tr("“%1” is a copy of “%2” with the same settings, field map and schedule. It "
                   "starts paused: check it, then click Resume.")
                    .arg(copy->name, original));
}

void FlowsPage::togglePaused()
{
    const Flow *flow = selectedFlow();
    if (!m_journal || !flow)
        return;
    const qint64 id = flow->id;
    const bool resume = !flow->enabled;
    const QString name = flow->name;
    if (const Status s = FlowRepository(*m_journal).setEnabled(id, resume); !s) {
        showMessage(s.errorString());
        return;
    }
    reload();
    selectFlow(id);
    showMessage(resume ? tr("“%1” runs by its schedule again.").arg(name)
                       : tr("“%1” is paused: it does not run by its schedule until you resume "
                            "it.")
                             .arg(name));
}

void FlowsPage::runFullSync()
{
    const qint64 id = selectedFlowId();
    if (id > 0 && !m_model->isRunActive(id))
        Q_EMIT runFullSyncRequested(id);
}

MappingEditor *FlowsPage::editMapping()
{
    return openMapping(selectedFlowId());
}

MappingEditor *FlowsPage::openMapping(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (!m_journal || row < 0 || !FlowListModel::hasFieldMap(m_model->flow(row).kind))
        return nullptr;
    if (m_mapping && m_mapping->flowId() == id) {
        m_mapping->raise();
        m_mapping->activateWindow();
        return m_mapping;
    }
    if (m_mapping)
        m_mapping->close();
    auto *editor = new MappingEditor(*m_journal, m_accounts, m_store, m_engine, id);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setWindowFlag(Qt::Window);
    editor->resize(1180, 720);
    connect(editor, &MappingEditor::saved, this, &FlowsPage::reload);
    m_mapping = editor;
    editor->show();
    return editor;
}

void FlowsPage::deleteFlow()
{
    const Flow *flow = selectedFlow();
    if (!m_journal || !flow || m_model->isRunActive(flow->id))
        return;
    const qint64 id = flow->id;
    const QString name = flow->name;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete %1?").arg(name),
        tr("Delete the flow “%1”?").arg(name), QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteFlowConfirmation"));
    box->setInformativeText(
        tr("The flow, its settings, field map and schedule, its record links and its cursors "
           "are deleted: a flow made again later starts with a full sync. Its run history "
           "stays in History under its name. Nothing changes in the linked systems."));
    QPushButton *confirm = box->addButton(tr("&Delete Flow"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmDeleteFlowButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, confirm, id, name] {
        if (box->clickedButton() != confirm)
            return;
        if (m_mapping && m_mapping->flowId() == id)
            m_mapping->close();
        if (const Status s = FlowRepository(*m_journal).remove(id); !s) {
            showMessage(s.errorString());
            return;
        }
        reload();
        showMessage(tr("“%1” was deleted. Its runs stay in History.").arg(name));
    });
    box->open();
}

} // namespace LeadBridge
