#include "ui/HistoryPage.h"

#include "core/engine/EngineHost.h"
#include "core/engine/RunLauncher.h"
#include "core/engine/UndoRunCheck.h"
#include "core/model/RunWords.h"
#include "core/store/FlowRepository.h"
#include "core/store/HistoryQuery.h"
#include "core/store/Journal.h"
#include "ui/EmptyState.h"
#include "ui/accounts/ErrorBanner.h"
#include "core/store/ChangeCsvExport.h"
#include "ui/history/ChangeListModel.h"
#include "ui/history/LogTable.h"
#include "ui/history/PersonTimelineView.h"
#include "ui/history/PlanDialog.h"
#include "ui/history/RunListModel.h"
#include "ui/history/TableClipboard.h"
#include "ui/history/UndoDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace LeadBridge {

namespace {
const QString kRunColumnsKey = QStringLiteral("history/runColumns");
const QString kChangeColumnsKey = QStringLiteral("history/changeColumns");
const QString kSplitterKey = QStringLiteral("history/splitter");
constexpr int kSearchDelayMs = 250;
// Pages of the stack.
constexpr int kEmptyPage = 0;
constexpr int kRunsPage = 1;
constexpr int kPersonPage = 2;

} // namespace

HistoryPage::HistoryPage(QWidget *parent)
    : BasePage(tr("History"), tr("What each sync did, run by run and record by record."), parent)
{
    setObjectName(QStringLiteral("historyPage"));
    m_runs = new RunListModel(this);
    m_changes = new ChangeListModel(this);
    m_exporter = new ChangeCsvExport(this);

    m_banner = new ErrorBanner(this);
    m_banner->setObjectName(QStringLiteral("historyBanner"));
    contentLayout()->addWidget(m_banner);

    // One person across systems: above the stack, so it works before any run too.
    auto *personRow = new QHBoxLayout;
    m_personSearch = new QLineEdit(this);
    m_personSearch->setObjectName(QStringLiteral("personSearch"));
    m_personSearch->setPlaceholderText(tr("Find a person… (e-mail address)"));
    m_personSearch->setClearButtonEnabled(true);
    m_personSearch->setAccessibleName(tr("Find a person by e-mail address"));
    m_personSearch->setToolTip(tr("Every change to one person in every flow, system and run, "
                                  "with the records each flow links the person to"));
    auto *personLabel = new QLabel(tr("Find a &person:"), this);
    personLabel->setBuddy(m_personSearch);
    auto *findButton = new QPushButton(tr("F&ind"), this);
    findButton->setObjectName(QStringLiteral("findPersonButton"));
    personRow->addWidget(personLabel);
    personRow->addWidget(m_personSearch, 1);
    personRow->addWidget(findButton);
    contentLayout()->addLayout(personRow);

    m_stack = new QStackedWidget(this);
    contentLayout()->addWidget(m_stack, 1);

    auto *empty = new EmptyState(QStringLiteral(":/icons/history.svg"), tr("No runs recorded yet"),
        tr("Every run is listed here with what started it, when it ran, how many records it "
           "created, updated or skipped, and how it ended. Open a run to see each changed field "
           "with its old and new value, and any error the other system returned."),
        m_stack);
    empty->addDetail(tr("Try it:"),
        tr("select a flow on the Flows page and press Preview to see what it would change "
           "without writing anything, or Sync Now to run it. Runs from the schedule and from "
           "leadbridge-cli appear here too."));
    m_stack->addWidget(empty);

    auto *content = new QWidget(m_stack);
    content->setObjectName(QStringLiteral("historyContent"));
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);

    // Filters of the run list.
    auto *filters = new QHBoxLayout;
    m_flowFilter = new QComboBox(content);
    m_flowFilter->setObjectName(QStringLiteral("flowFilter"));
    m_flowFilter->setAccessibleName(tr("Flow"));
    m_flowFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_statusFilter = new QComboBox(content);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->setAccessibleName(tr("Status"));
    m_statusFilter->addItem(tr("All statuses"), -1);
    for (RunStatus status : RunWords::allStatuses())
        m_statusFilter->addItem(RunWords::status(status), int(status));
    m_runSearch = new QLineEdit(content);
    m_runSearch->setObjectName(QStringLiteral("runSearch"));
    m_runSearch->setPlaceholderText(tr("Search flow, error or run number"));
    m_runSearch->setClearButtonEnabled(true);
    m_runSearch->setAccessibleName(tr("Search runs"));
    auto *refreshButton = new QPushButton(tr("&Refresh"), content);
    refreshButton->setObjectName(QStringLiteral("refreshButton"));
    auto *flowLabel = new QLabel(tr("&Flow:"), content);
    flowLabel->setBuddy(m_flowFilter);
    auto *statusLabel = new QLabel(tr("S&tatus:"), content);
    statusLabel->setBuddy(m_statusFilter);
    filters->addWidget(flowLabel);
    filters->addWidget(m_flowFilter);
    filters->addWidget(statusLabel);
    filters->addWidget(m_statusFilter);
    m_undo = new QPushButton(tr("&Undo run…"), content);
    m_undo->setObjectName(QStringLiteral("undoRunButton"));
    m_undoAction = new QAction(tr("Undo run…"), this);
    m_undoAction->setObjectName(QStringLiteral("undoRunAction"));
    m_reviewPlan = new QPushButton(tr("Re&view plan…"), content);
    m_reviewPlan->setObjectName(QStringLiteral("reviewPlanButton"));
    m_reviewPlanAction = new QAction(tr("Review plan…"), this);
    m_reviewPlanAction->setObjectName(QStringLiteral("reviewPlanAction"));
    filters->addWidget(m_runSearch, 1);
    filters->addWidget(refreshButton);
    filters->addWidget(m_reviewPlan);
    filters->addWidget(m_undo);
    layout->addLayout(filters);

    m_splitter = new QSplitter(Qt::Vertical, content);
    m_splitter->setObjectName(QStringLiteral("historySplitter"));
    m_splitter->setChildrenCollapsible(false);

    auto *runPane = new QWidget(m_splitter);
    auto *runLayout = new QVBoxLayout(runPane);
    runLayout->setContentsMargins(0, 0, 0, 0);
    m_runTable = LogTable::create(QStringLiteral("runTable"), m_runs, runPane, RunListModel::StartedColumn,
        Qt::DescendingOrder);
    m_runTable->setAccessibleName(tr("Runs"));
    m_runTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_runTable->addAction(m_reviewPlanAction);
    m_runTable->addAction(m_undoAction);
    m_noMatch = new QLabel(tr("No runs match these filters. Clear the search or choose "
                              "“All flows” and “All statuses”."),
        runPane);
    m_noMatch->setObjectName(QStringLiteral("noMatchLabel"));
    m_noMatch->setWordWrap(true);
    m_noMatch->hide();
    runLayout->addWidget(m_runTable, 1);
    runLayout->addWidget(m_noMatch);

    auto *changePane = new QWidget(m_splitter);
    auto *changeLayout = new QVBoxLayout(changePane);
    changeLayout->setContentsMargins(0, 4, 0, 0);
    m_runDetail = new QLabel(changePane);
    m_runDetail->setObjectName(QStringLiteral("runDetail"));
    m_runDetail->setWordWrap(true);
    m_runDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_runDetail->font();
    bold.setBold(true);
    m_runDetail->setFont(bold);
    m_runError = new QLabel(changePane);
    m_runError->setObjectName(QStringLiteral("runError"));
    m_runError->setWordWrap(true);
    m_runError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_runError->hide();
    auto *changeFilters = new QHBoxLayout;
    m_operationFilter = new QComboBox(changePane);
    m_operationFilter->setObjectName(QStringLiteral("operationFilter"));
    m_operationFilter->setAccessibleName(tr("Operation"));
    m_operationFilter->addItem(tr("All operations"), -1);
    for (ChangeOperation op : RunWords::allOperations())
        m_operationFilter->addItem(RunWords::operation(op), int(op));
    m_changeSearch = new QLineEdit(changePane);
    m_changeSearch->setObjectName(QStringLiteral("changeSearch"));
    m_changeSearch->setPlaceholderText(tr("Search record, field, value or reason"));
    m_changeSearch->setClearButtonEnabled(true);
    m_changeSearch->setAccessibleName(tr("Search record changes"));
    m_changeCount = new QLabel(changePane);
    m_changeCount->setObjectName(QStringLiteral("changeCount"));
    m_export = new QPushButton(tr("&Export CSV…"), changePane);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setToolTip(tr("Save the record changes shown below (all of them, not only the "
                            "loaded rows) as a CSV file for a spreadsheet"));
    auto *operationLabel = new QLabel(tr("&Operation:"), changePane);
    operationLabel->setBuddy(m_operationFilter);
    changeFilters->addWidget(operationLabel);
    changeFilters->addWidget(m_operationFilter);
    changeFilters->addWidget(m_changeSearch, 1);
    changeFilters->addWidget(m_changeCount);
    changeFilters->addWidget(m_export);
    m_changeTable
        = LogTable::create(QStringLiteral("changeTable"), m_changes, changePane, -1, Qt::AscendingOrder);
    m_changeTable->setAccessibleName(tr("Record changes"));
    changeLayout->addWidget(m_runDetail);
    changeLayout->addWidget(m_runError);
    changeLayout->addLayout(changeFilters);
    changeLayout->addWidget(m_changeTable, 1);

    m_splitter->addWidget(runPane);
    m_splitter->addWidget(changePane);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    layout->addWidget(m_splitter, 1);
    m_stack->addWidget(content);
    m_timeline = new PersonTimelineView(m_stack);
    m_stack->addWidget(m_timeline);

    // Sensible first widths; a person's own widths win (restoreLayout()).
    const QList<std::pair<int, int>> runWidths = { { RunListModel::RunColumn, 48 },
        { RunListModel::FlowColumn, 150 }, { RunListModel::TriggerColumn, 80 },
        { RunListModel::ModeColumn, 80 }, { RunListModel::StartedColumn, 150 },
        { RunListModel::DurationColumn, 64 }, { RunListModel::StatusColumn, 130 } };
    for (const auto &[column, width] : runWidths)
        m_runTable->setColumnWidth(column, width);
    for (int c = RunListModel::CreatedColumn; c <= RunListModel::CallsColumn; ++c)
        m_runTable->setColumnWidth(c, 58);
    LogTable::setChangeColumnWidths(m_changeTable);
    restoreLayout();

    m_runSearchTimer = new QTimer(this);
    m_runSearchTimer->setSingleShot(true);
    m_runSearchTimer->setInterval(kSearchDelayMs);
    m_changeSearchTimer = new QTimer(this);
    m_changeSearchTimer->setSingleShot(true);
    m_changeSearchTimer->setInterval(kSearchDelayMs);
    m_saveLayoutTimer = new QTimer(this);
    m_saveLayoutTimer->setSingleShot(true);
    m_saveLayoutTimer->setInterval(500);

    connect(m_flowFilter, &QComboBox::currentIndexChanged, this, &HistoryPage::applyRunFilter);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &HistoryPage::applyRunFilter);
    connect(m_runSearch, &QLineEdit::textChanged, m_runSearchTimer, qOverload<>(&QTimer::start));
    connect(m_runSearchTimer, &QTimer::timeout, this, &HistoryPage::applyRunFilter);
    connect(
        m_operationFilter, &QComboBox::currentIndexChanged, this, &HistoryPage::applyChangeFilter);
    connect(
        m_changeSearch, &QLineEdit::textChanged, m_changeSearchTimer, qOverload<>(&QTimer::start));
    connect(m_changeSearchTimer, &QTimer::timeout, this, &HistoryPage::applyChangeFilter);
    connect(refreshButton, &QPushButton::clicked, this, &HistoryPage::refresh);
    connect(m_export, &QPushButton::clicked, this, &HistoryPage::exportChangesWithDialog);
    connect(m_undo, &QPushButton::clicked, this, &HistoryPage::undoSelectedRun);
    connect(m_reviewPlan, &QPushButton::clicked, this, &HistoryPage::reviewSelectedPlan);
    connect(m_reviewPlanAction, &QAction::triggered, this, &HistoryPage::reviewSelectedPlan);
    connect(m_undoAction, &QAction::triggered, this, &HistoryPage::undoSelectedRun);
    connect(m_runTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &HistoryPage::onRunSelectionChanged);
    // A reset (filter, sort, refresh) drops the selection: keep showing the run if loaded.
    connect(m_runs, &QAbstractItemModel::modelReset, this, [this] {
        if (m_shownRunId > 0 && !selectRun(m_shownRunId))
            onRunSelectionChanged();
        m_noMatch->setVisible(m_runs->rowCount() == 0 && m_journal);
    });
    connect(m_changes, &QAbstractItemModel::modelReset, this, &HistoryPage::updateRunDetail);
    connect(m_changes, &QAbstractItemModel::rowsInserted, this, &HistoryPage::updateRunDetail);
    for (QHeaderView *header :
        { m_runTable->horizontalHeader(), m_changeTable->horizontalHeader() }) {
        connect(
            header, &QHeaderView::sectionResized, m_saveLayoutTimer, qOverload<>(&QTimer::start));
        connect(header, &QHeaderView::sectionMoved, m_saveLayoutTimer, qOverload<>(&QTimer::start));
    }
    connect(m_splitter, &QSplitter::splitterMoved, m_saveLayoutTimer, qOverload<>(&QTimer::start));
    connect(m_saveLayoutTimer, &QTimer::timeout, this, &HistoryPage::saveLayout);
    connect(m_runs, &RunListModel::readFailed, this,
        [this](const QString &sentence) { m_banner->showMessage(sentence); });
    connect(m_changes, &ChangeListModel::readFailed, this,
        [this](const QString &sentence) { m_banner->showMessage(sentence); });
    connect(m_exporter, &ChangeCsvExport::finished, this,
        [this](bool ok, qint64 rows, const QString &path, const QString &message) {
            m_export->setEnabled(m_shownRunId > 0);
            if (ok)
                m_banner->showMessage((rows == 1 ? tr("Saved 1 record change to “%1”.")
                                                 : tr("Saved %1 record changes to “%2”.").arg(rows))
                                          .arg(QDir::toNativeSeparators(path)),
                    {}, ErrorBanner::Tone::Success);
            else
                m_banner->showMessage(message);
            Q_EMIT exportFinished(ok, rows, path, message);
        });

    const auto find = [this] { findPerson(m_personSearch->text()); };
    connect(m_personSearch, &QLineEdit::returnPressed, this, find);
    connect(findButton, &QPushButton::clicked, this, find);
    connect(m_timeline, &PersonTimelineView::backRequested, this, &HistoryPage::closePerson);

    m_stack->setCurrentIndex(kEmptyPage);
    updateRunDetail();
}

HistoryPage::~HistoryPage()
{
    if (m_saveLayoutTimer->isActive())
        saveLayout();
}

void HistoryPage::setJournal(Journal *journal)
{
    m_journal = journal;
    m_runs->setJournal(journal);
    m_changes->setJournal(journal);
    m_timeline->setJournal(journal);
    reloadFlows();
    updateEmptyState();
}

void HistoryPage::setRunServices(RunLauncher *launcher, EngineHost *engine)
{
    m_launcher = launcher;
    m_engine = engine;
    updateUndo();
}

QString HistoryPage::undoProblem(qint64 runId, qint64 *flowId) const
{
    if (runId <= 0 || !m_journal || !m_journal->isOpen())
        return tr("Select a finished run to undo it.");
    if (!m_launcher || !m_engine)
        return tr("The sync engine is not running, so no run can be undone now.");
    return UndoRunCheck::problem(*m_journal, runId, flowId);
}

void HistoryPage::updateUndo()
{
    const QString problem = undoProblem(m_shownRunId);
    const bool can = problem.isEmpty();
    m_undo->setEnabled(can);
    m_undoAction->setEnabled(can);
    const QString tip = can ? tr("Plan the undo of run %1, show it, and apply it as a new run")
                                  .arg(m_shownRunId)
                            : problem;
    m_undo->setToolTip(tip);
    m_undoAction->setToolTip(tip);

    const QString noPlan = reviewProblem(m_shownRunId);
    m_reviewPlan->setEnabled(noPlan.isEmpty());
    m_reviewPlanAction->setEnabled(noPlan.isEmpty());
    const QString planTip = noPlan.isEmpty()
        ? tr("Show every change preview %1 planned, and apply it").arg(m_shownRunId)
        : noPlan;
    m_reviewPlan->setToolTip(planTip);
    m_reviewPlanAction->setToolTip(planTip);
}

QString HistoryPage::reviewProblem(qint64 runId) const
{
    if (runId <= 0 || !m_journal || !m_journal->isOpen())
        return tr("Select a preview to review its plan.");
    const auto run = HistoryQuery(*m_journal).run(runId);
    if (!run)
        return run.errorString();
    if (run->run.mode != RunMode::Preview || run->run.undoOfRunId > 0)
        return tr("Run %1 is not a preview. Select a run whose mode is Preview, or press "
                  "Preview on the Flows page.")
            .arg(runId);
    return QString();
}

PlanDialog *HistoryPage::planDialog() const
{
    return m_planDialog;
}

bool HistoryPage::reviewSelectedPlan()
{
    return reviewPlan(selectedRunId());
}

bool HistoryPage::reviewPlan(qint64 runId)
{
    if (const QString problem = reviewProblem(runId); !problem.isEmpty()) {
        m_banner->showMessage(problem);
        return false;
    }
    m_banner->clear();
    if (m_planDialog)
        m_planDialog->close();
    auto *dialog = new PlanDialog(m_journal, m_launcher, m_engine, runId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_planDialog = dialog;
    connect(dialog, &PlanDialog::applyFinished, this, [this](const RunOutcome &outcome) {
        refresh();
        if (outcome.summary.id > 0)
            selectRun(outcome.summary.id);
    });
    // Not modal: the history stays usable while the plan is read.
    dialog->show();
    return true;
}

UndoDialog *HistoryPage::undoDialog() const
{
    return m_undoDialog;
}

bool HistoryPage::undoSelectedRun()
{
    const qint64 runId = selectedRunId();
    qint64 flowId = 0;
    if (const QString problem = undoProblem(runId, &flowId); !problem.isEmpty()) {
        m_banner->showMessage(problem);
        return false;
    }
    m_banner->clear();
    if (m_undoDialog)
        m_undoDialog->close();
    auto *dialog = new UndoDialog(m_journal, m_launcher, m_engine, flowId, runId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_undoDialog = dialog;
    connect(dialog, &UndoDialog::previewFinished, this, &HistoryPage::refresh);
    connect(dialog, &UndoDialog::applyFinished, this, [this](const RunOutcome &outcome) {
        refresh();
        if (outcome.summary.id > 0)
            selectRun(outcome.summary.id);
    });
    dialog->open();
    dialog->start();
    return true;
}

void HistoryPage::refresh()
{
    if (!m_journal)
        return;
    reloadFlows();
    m_runs->refresh();
    m_changes->refresh();
    updateEmptyState();
    // A run that ended while a person's timeline is on show may have changed that person.
    if (isShowingPerson())
        m_timeline->reload();
}

void HistoryPage::reloadFlows()
{
    if (!m_journal || !m_journal->isOpen())
        return;
    const qint64 current = m_flowFilter->currentData().toLongLong();
    const QSignalBlocker blocker(m_flowFilter);
    m_flowFilter->clear();
    m_flowFilter->addItem(tr("All flows"), qint64(0));
    FlowRepository flows(*m_journal);
    const auto all = flows.list();
    if (all) {
        for (const Flow &flow : all.value())
            m_flowFilter->addItem(flow.name, flow.id);
    }
    const int index = m_flowFilter->findData(current);
    m_flowFilter->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0 && current != 0)
        applyRunFilter();
}

void HistoryPage::updateEmptyState()
{
    bool any = false;
    if (m_journal && m_journal->isOpen()) {
        HistoryQuery query(*m_journal);
        const auto count = query.countRuns(RunFilter());
        any = count && count.value() > 0;
    }
    if (m_stack->currentIndex() != kPersonPage)
        m_stack->setCurrentIndex(any ? kRunsPage : kEmptyPage);
}

bool HistoryPage::isShowingEmptyState() const
{
    return m_stack->currentIndex() == kEmptyPage;
}

bool HistoryPage::isShowingPerson() const
{
    return m_stack->currentIndex() == kPersonPage;
}

bool HistoryPage::findPerson(const QString &email)
{
    const QString problem = PersonTimelineView::inputProblem(email);
    if (!problem.isEmpty()) {
        m_banner->showMessage(problem);
        m_personSearch->setFocus();
        m_personSearch->selectAll();
        return false;
    }
    m_banner->clear();
    if (m_personSearch->text() != email)
        m_personSearch->setText(email);
    if (!m_timeline->find(email))
        return false;
    m_stack->setCurrentIndex(kPersonPage);
    m_timeline->table()->setFocus();
    return true;
}

void HistoryPage::closePerson()
{
    m_stack->setCurrentIndex(kRunsPage);
    updateEmptyState();
    m_personSearch->setFocus();
    m_personSearch->selectAll();
}

void HistoryPage::applyRunFilter()
{
    m_runSearchTimer->stop();
    RunFilter filter;
    filter.flowId = m_flowFilter->currentData().toLongLong();
    const int status = m_statusFilter->currentData().toInt();
    if (status >= 0)
        filter.status = RunStatus(status);
    filter.search = m_runSearch->text();
    m_runs->setFilter(filter);
}

void HistoryPage::showFlow(qint64 flowId)
{
    const int index = m_flowFilter->findData(flowId);
    m_flowFilter->setCurrentIndex(index < 0 ? 0 : index);
}

void HistoryPage::applyChangeFilter()
{
    m_changeSearchTimer->stop();
    ChangeFilter filter;
    filter.runId = m_shownRunId;
    const int op = m_operationFilter->currentData().toInt();
    if (op >= 0)
        filter.operation = ChangeOperation(op);
    filter.search = m_changeSearch->text();
    m_changes->setFilter(filter);
}

qint64 HistoryPage::selectedRunId() const
{
    const QModelIndex current = m_runTable->selectionModel()->currentIndex();
    const QModelIndexList rows = m_runTable->selectionModel()->selectedRows();
    if (current.isValid() && m_runTable->selectionModel()->isRowSelected(current.row()))
        return m_runs->runAt(current.row()).run.id;
    if (!rows.isEmpty())
        return m_runs->runAt(rows.constFirst().row()).run.id;
    return 0;
}

bool HistoryPage::selectRun(qint64 runId)
{
    const int row = m_runs->rowOfRun(runId);
    if (row < 0)
        return false;
    m_runTable->selectionModel()->setCurrentIndex(
        m_runs->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_runTable->scrollTo(m_runs->index(row, 0));
    return true;
}

void HistoryPage::onRunSelectionChanged()
{
    const qint64 runId = selectedRunId();
    if (runId == m_shownRunId && m_changes->filter().runId == runId)
        return;
    m_shownRunId = runId;
    applyChangeFilter();
}

QString HistoryPage::runDetailText() const
{
    return m_runDetail->text();
}

void HistoryPage::updateRunDetail()
{
    m_export->setEnabled(m_shownRunId > 0 && !m_exporter->isRunning());
    m_operationFilter->setEnabled(m_shownRunId > 0);
    m_changeSearch->setEnabled(m_shownRunId > 0);
    updateUndo();
    if (m_shownRunId <= 0 || !m_journal) {
        m_runDetail->setText(tr("Select a run above to see its record changes."));
        m_runError->hide();
        m_changeCount->clear();
        return;
    }
    HistoryQuery query(*m_journal);
    const auto found = query.run(m_shownRunId);
    if (!found) {
        m_runDetail->setText(found.errorString());
        m_runError->hide();
        return;
    }
    const HistoryRun &h = found.value();
    const RunSummary &r = h.run;
    const QLocale locale;
    QString text = tr("Run %1 of “%2”: %3").arg(r.id).arg(h.flowName, RunWords::status(r.status));
    if (r.startedAt.isValid())
        text += tr(", started %1")
                    .arg(locale.toString(r.startedAt.toLocalTime(), QLocale::ShortFormat));
    const QString duration = RunWords::duration(r.startedAt, r.finishedAt);
    if (!duration.isEmpty())
        text += tr(", took %1").arg(duration);
    text += tr(". %1 created, %2 updated, %3 deleted, %4 skipped, %5 conflicts, %6 errors; ")
                .arg(locale.toString(r.counts.created), locale.toString(r.counts.updated),
                    locale.toString(r.counts.deleted), locale.toString(r.counts.skipped),
                    locale.toString(r.counts.conflicts), locale.toString(r.counts.errors))
        + (r.callsUsed == 1 ? tr("1 API call.")
                            : tr("%1 API calls.").arg(locale.toString(r.callsUsed)));
    if (r.mode == RunMode::Preview)
        text += QLatin1Char(' ')
            + tr("This was a preview: nothing was written; below is what the run would change.");
    if (r.undoOfRunId > 0)
        text += QLatin1Char(' ') + tr("This run is the undo of run %1.").arg(r.undoOfRunId);
    m_runDetail->setText(text);
    m_runError->setVisible(!r.errorSummary.isEmpty());
    m_runError->setText(r.errorSummary);
    const qint64 total = m_changes->totalCount();
    m_changeCount->setText(
        total == 1 ? tr("1 change") : tr("%1 changes").arg(locale.toString(total)));
}

bool HistoryPage::exportChanges(const QString &filePath)
{
    if (m_shownRunId <= 0 || !m_journal || m_exporter->isRunning())
        return false;
    m_banner->clear();
    ChangeFilter filter = m_changes->filter();
    filter.runId = m_shownRunId;
    if (!m_exporter->start(m_journal->path(), filter, filePath))
        return false;
    m_export->setEnabled(false);
    return true;
}

void HistoryPage::exportChangesWithDialog()
{
    if (m_shownRunId <= 0)
        return;
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(tr("leadbridge-run-%1-changes.csv").arg(m_shownRunId));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export record changes"), suggested, tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    exportChanges(path);
}

void HistoryPage::saveLayout() const
{
    QSettings settings;
    settings.setValue(kRunColumnsKey, m_runTable->horizontalHeader()->saveState());
    settings.setValue(kChangeColumnsKey, m_changeTable->horizontalHeader()->saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
}

void HistoryPage::restoreLayout()
{
    QSettings settings;
    m_runTable->horizontalHeader()->restoreState(settings.value(kRunColumnsKey).toByteArray());
    m_changeTable->horizontalHeader()->restoreState(
        settings.value(kChangeColumnsKey).toByteArray());
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
}

} // namespace LeadBridge
