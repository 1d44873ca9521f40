#include "ui/history/PlanDialog.h"

#include "core/engine/EngineHost.h"
#include "core/engine/PreviewApplyCheck.h"
#include "core/engine/RunLauncher.h"
#include "core/model/RunWords.h"
#include "core/store/HistoryQuery.h"
#include "core/store/Journal.h"
#include "core/util/LogCategories.h"
#include "ui/flows/ForecastView.h"
#include "ui/history/ChangeListModel.h"
#include "ui/history/LogTable.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace LeadBridge {

PlanDialog::PlanDialog(Journal *journal, RunLauncher *launcher, EngineHost *engine,
    qint64 previewRunId, QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_launcher(launcher)
    , m_engine(engine)
    , m_previewRun(previewRunId)
{
    setObjectName(QStringLiteral("planDialog"));
    setWindowTitle(tr("Plan of preview %1").arg(previewRunId));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Every change the preview planned; nothing has been written. Apply this plan writes "
           "exactly these changes. A record that changed in either system since the preview "
           "is planned again and listed instead of written."),
        this);
    intro->setWordWrap(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("planStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("planProgress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_forecast = new ForecastView(this);
    m_forecast->setTitle(tr("API calls to apply this plan"));

    m_changes = new ChangeListModel(this);
    m_changes->setJournal(journal);
    auto *filters = new QHBoxLayout;
    m_operationFilter = new QComboBox(this);
    m_operationFilter->setObjectName(QStringLiteral("planOperationFilter"));
    m_operationFilter->setAccessibleName(tr("Operation"));
    m_operationFilter->addItem(tr("All operations"), -1);
    for (ChangeOperation op : RunWords::allOperations())
        m_operationFilter->addItem(RunWords::operation(op), int(op));
    m_systemFilter = new QComboBox(this);
    m_systemFilter->setObjectName(QStringLiteral("planSystemFilter"));
    m_systemFilter->setAccessibleName(tr("System"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("planSearch"));
    m_search->setPlaceholderText(tr("Search record, field, value or reason"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the plan"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("planCount"));
    auto *operationLabel = new QLabel(tr("&Operation:"), this);
    operationLabel->setBuddy(m_operationFilter);
    auto *systemLabel = new QLabel(tr("S&ystem:"), this);
    systemLabel->setBuddy(m_systemFilter);
    filters->addWidget(operationLabel);
    filters->addWidget(m_operationFilter);
    filters->addWidget(systemLabel);
    filters->addWidget(m_systemFilter);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_count);
    m_table
        = LogTable::create(QStringLiteral("planTable"), m_changes, this, -1, Qt::AscendingOrder);
    m_table->setAccessibleName(tr("Planned changes"));
    LogTable::setChangeColumnWidths(m_table);

    auto *buttons = new QDialogButtonBox(this);
    m_apply = buttons->addButton(tr("&Apply this plan"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("applyPlanButton"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("closePlanButton"));
    // Writing to the vendors is never what Enter does (the box would make Apply the default).
    m_close->setDefault(true);
    connect(m_apply, &QPushButton::clicked, this, &PlanDialog::apply);
    connect(m_close, &QPushButton::clicked, this, &PlanDialog::onClose);

    layout->addWidget(intro);
    layout->addWidget(m_summary);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_forecast);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(1040, 640);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_operationFilter, &QComboBox::currentIndexChanged, this, &PlanDialog::applyFilter);
    connect(m_systemFilter, &QComboBox::currentIndexChanged, this, &PlanDialog::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &PlanDialog::applyFilter);
    // Enter in the search field searches at once and goes no further: a line edit passes
    // Enter on to the dialog, whose default button would otherwise take it.
    m_search->installEventFilter(this);
    connect(m_changes, &QAbstractItemModel::modelReset, this,
        [this] { m_count->setText(tr("%n change(s)", nullptr, int(m_changes->totalCount()))); });
    if (m_engine) {
        connect(m_engine, &EngineHost::runFinished, this, &PlanDialog::onFinished);
        connect(m_engine, &EngineHost::runProgress, this, &PlanDialog::onProgress);
    }
    if (m_launcher) {
        connect(m_launcher, &RunLauncher::launchFailed, this, &PlanDialog::onLaunchFailed);
        connect(m_launcher, &RunLauncher::forecastReady, this,
            [this](quint64 id, const CallForecast &forecast) {
                if (id == m_forecastRequest)
                    m_forecast->showForecast(forecast);
            });
        connect(m_launcher, &RunLauncher::forecastFailed, this,
            [this](quint64 id, const QString &sentence) {
                if (id == m_forecastRequest)
                    m_forecast->showError(sentence);
            });
    }
    loadPlan();
}

PlanDialog::~PlanDialog() = default;

void PlanDialog::loadPlan()
{
    if (!m_journal || !m_journal->isOpen()) {
        m_problem = tr("The history cannot be read now. Close this window and try again.");
        setStage(Stage::Failed);
        return;
    }
    HistoryQuery history(*m_journal);
    const auto found = history.run(m_previewRun);
    if (!found) {
        m_problem = found.errorString();
        setStage(Stage::Failed);
        return;
    }
    const RunSummary &run = found->run;
    m_flowId = run.flowId;
    m_flowName = found->flowName;
    const QLocale locale;
    m_summary->setText(
        tr("Preview %1 of “%2”, %3: %4 to create, %5 to update, %6 to delete, "
           "%7 skipped, %8 conflicts.")
            .arg(m_previewRun)
            .arg(m_flowName, locale.toString(run.startedAt.toLocalTime(), QLocale::ShortFormat),
                locale.toString(run.counts.created), locale.toString(run.counts.updated),
                locale.toString(run.counts.deleted), locale.toString(run.counts.skipped),
                locale.toString(run.counts.conflicts)));
    {
        const QSignalBlocker blocker(m_systemFilter);
        m_systemFilter->clear();
        m_systemFilter->addItem(tr("All systems"), QString());
        if (const auto systems = history.systemsOf(m_previewRun)) {
            for (const QString &system : systems.value())
                m_systemFilter->addItem(RunWords::system(system), system);
        }
    }
    m_problem = PreviewApplyCheck::problem(*m_journal, m_previewRun);
    if (m_problem.isEmpty() && (!m_launcher || !m_engine))
        m_problem = tr("The sync engine is not running, so the plan cannot be applied now.");
    showRun(m_previewRun);
    setStage(Stage::Reviewing);
    if (m_problem.isEmpty())
        requestForecast();
    else
        m_forecast->hide();
}

void PlanDialog::requestForecast()
{
    if (!m_launcher)
        return;
    RunRequest request;
    request.flowId = m_flowId;
    request.trigger = RunTrigger::Manual;
    m_forecast->showBusy(m_flowName);
    m_forecastRequest = m_launcher->forecast(request);
}

void PlanDialog::showRun(qint64 runId)
{
    m_shownRun = runId;
    applyFilter();
}

bool PlanDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            applyFilter();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void PlanDialog::applyFilter()
{
    m_searchTimer->stop();
    ChangeFilter filter;
    filter.runId = m_shownRun;
    const int op = m_operationFilter->currentData().toInt();
    if (op >= 0)
        filter.operation = ChangeOperation(op);
    filter.system = m_systemFilter->currentData().toString();
    filter.search = m_search->text();
    m_changes->setFilter(filter);
}

bool PlanDialog::apply()
{
    if (m_stage != Stage::Reviewing || !m_problem.isEmpty() || !m_launcher) {
        if (!m_problem.isEmpty())
            m_status->setText(m_problem);
        return false;
    }
    // Checked again: another run of the flow may have started since the window opened.
    if (m_journal && m_journal->isOpen()) {
        m_problem = PreviewApplyCheck::problem(*m_journal, m_previewRun);
        if (!m_problem.isEmpty()) {
            setStage(Stage::Reviewing);
            return false;
        }
    }
    RunRequest request;
    request.flowId = m_flowId;
    request.trigger = RunTrigger::Manual;
    request.applyPreviewRunId = m_previewRun;
    qCInfo(lcUi) << "Applying the plan of preview" << m_previewRun;
    setStage(Stage::Applying);
    m_launcher->launch(request);
    return true;
}

void PlanDialog::onProgress(const RunProgress &progress)
{
    if (m_stage == Stage::Applying && progress.flowId == m_flowId)
        m_status->setText(progress.phase);
}

void PlanDialog::onLaunchFailed(qint64 flowId, const QString &sentence)
{
    if (m_stage != Stage::Applying || flowId != m_flowId)
        return;
    m_problem = sentence;
    setStage(Stage::Failed);
}

void PlanDialog::onFinished(const RunOutcome &outcome)
{
    if (m_stage != Stage::Applying || outcome.summary.flowId != m_flowId)
        return;
    const RunSummary &run = outcome.summary;
    // A refused apply is recorded before the run is marked as applying the preview.
    const bool ours = run.appliesPreviewRunId == m_previewRun
        || (!outcome.succeeded() && run.mode != RunMode::Preview && run.undoOfRunId == 0);
    if (!ours)
        return;
    m_appliedRun = run.id;
    if (!outcome.succeeded()) {
        m_problem = outcome.message.isEmpty() ? run.errorSummary : outcome.message;
        if (run.id > 0)
            showRun(run.id);
        setStage(Stage::Failed);
        Q_EMIT applyFinished(outcome);
        return;
    }
    const QLocale locale;
    QString text
        = tr("Run %1 applied this plan: %2 created, %3 updated, %4 deleted.")
              .arg(run.id)
              .arg(locale.toString(run.counts.created), locale.toString(run.counts.updated),
                  locale.toString(run.counts.deleted));
    qint64 notAsPlanned = 0;
    if (m_journal && m_journal->isOpen()) {
        if (const auto n = HistoryQuery(*m_journal).countNewSkips(run.id, m_previewRun))
            notAsPlanned = n.value();
    }
    if (notAsPlanned > 0) {
        text += QLatin1Char(' ')
            + tr("%n record(s) were not written as previewed, because they changed since the "
                 "preview; the table shows them as Skip with the new plan. Press Preview again "
                 "to review them.",
                nullptr, int(notAsPlanned));
        m_operationFilter->setCurrentIndex(m_operationFilter->findData(int(ChangeOperation::Skip)));
    } else {
        text += QLatin1Char(' ') + tr("Every change was written as previewed.");
    }
    m_status->setText(text);
    m_summary->setText(tr("What run %1 did (it is in History as “Applies preview %2”).")
                           .arg(run.id)
                           .arg(m_previewRun));
    showRun(run.id);
    setStage(Stage::Applied);
    Q_EMIT applyFinished(outcome);
}

void PlanDialog::onClose()
{
    if (m_stage == Stage::Applying && m_engine) {
        m_status->setText(tr("Cancelling…"));
        m_engine->cancel(m_flowId);
        return;
    }
    reject();
}

QString PlanDialog::summaryText() const
{
    return m_summary->text();
}

QString PlanDialog::statusText() const
{
    return m_status->text();
}

void PlanDialog::setStage(Stage stage)
{
    m_stage = stage;
    const bool applying = stage == Stage::Applying;
    m_progress->setVisible(applying);
    m_apply->setVisible(stage == Stage::Reviewing || applying);
    m_apply->setEnabled(stage == Stage::Reviewing && m_problem.isEmpty());
    m_apply->setToolTip(m_problem.isEmpty()
            ? tr("Write the planned changes now, as a new run of “%1”").arg(m_flowName)
            : m_problem);
    m_close->setText(applying ? tr("Cancel") : tr("Close"));
    switch (stage) {
    case Stage::Reviewing:
        m_status->setText(m_problem.isEmpty()
                ? tr("Review the plan, then click Apply this plan to write it.")
                : m_problem);
        break;
    case Stage::Applying:
        m_status->setText(tr("Applying the plan of preview %1…").arg(m_previewRun));
        m_forecast->hide();
        break;
    case Stage::Failed:
        m_status->setText(m_problem);
        break;
    case Stage::Applied:
        break;
    }
}

} // namespace LeadBridge
