#include "ui/history/UndoDialog.h"

#include "core/engine/EngineHost.h"
#include "core/engine/RunLauncher.h"
#include "core/engine/UndoPlanner.h"
#include "core/store/Journal.h"
#include "core/store/RunRepository.h"
#include "core/util/LogCategories.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace LeadBridge {

namespace {
enum Column {
    ActionColumn,
    SystemColumn,
    RecordColumn,
    FieldColumn,
    NowColumn,
    RestoreColumn,
    ReasonColumn,
    ColumnCount
};
}

UndoDialog::UndoDialog(Journal *journal, RunLauncher *launcher, EngineHost *engine, qint64 flowId,
    qint64 runId, QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_launcher(launcher)
    , m_engine(engine)
    , m_flowId(flowId)
    , m_runId(runId)
{
    setObjectName(QStringLiteral("undoDialog"));
    setWindowTitle(tr("Undo run %1").arg(runId));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Undo writes back the values run %1 replaced and removes the Act-On contacts it "
           "added. Records changed since the run are left alone, and LeadBridge never deletes "
           "CRM records. Nothing is written until you click Apply undo.")
            .arg(runId),
        this);
    intro->setWordWrap(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("undoSummary"));
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("undoStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("undoProgress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("undoPlan"));
    m_table->setAccessibleName(tr("What the undo does"));
    m_table->setHorizontalHeaderLabels({ tr("Action"), tr("System"), tr("Record"), tr("Field"),
        tr("Value now"), tr("Restored to"), tr("Why") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QList<int> widths = { 90, 80, 210, 110, 110, 110 };
    for (int c = 0; c < widths.size(); ++c)
        m_table->setColumnWidth(c, widths.at(c));

    auto *buttons = new QDialogButtonBox(this);
    m_apply = buttons->addButton(tr("&Apply undo"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("applyUndoButton"));
    m_apply->setToolTip(tr("Write the planned changes now, as a new run"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelUndoButton"));
    // Writing to the vendors is never what Enter does (the box would make Apply the default).
    m_cancel->setDefault(true);
    connect(m_apply, &QPushButton::clicked, this, &UndoDialog::apply);
    connect(m_cancel, &QPushButton::clicked, this, &UndoDialog::onCancel);

    layout->addWidget(intro);
    layout->addWidget(m_summary);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(980, 480);

    if (m_engine) {
        connect(m_engine, &EngineHost::runFinished, this, &UndoDialog::onFinished);
        connect(m_engine, &EngineHost::runProgress, this, &UndoDialog::onProgress);
    }
    if (m_launcher)
        connect(m_launcher, &RunLauncher::launchFailed, this, &UndoDialog::onLaunchFailed);
    setStage(Stage::Planning);
}

void UndoDialog::start()
{
    launch(true);
}

void UndoDialog::launch(bool preview)
{
    if (!m_launcher) {
        onLaunchFailed(m_flowId, tr("The sync engine is not running."));
        return;
    }
    RunRequest request;
    request.flowId = m_flowId;
    request.trigger = RunTrigger::Manual;
    request.preview = preview;
    request.undoOfRunId = m_runId;
    qCInfo(lcUi) << "Undo of run" << m_runId << (preview ? "preview" : "apply");
    m_launcher->launch(request);
}

void UndoDialog::apply()
{
    if (m_stage != Stage::Planned)
        return;
    setStage(Stage::Applying);
    launch(false);
}

void UndoDialog::onCancel()
{
    if ((m_stage == Stage::Planning || m_stage == Stage::Applying) && m_engine) {
        m_status->setText(tr("Cancelling…"));
        m_engine->cancel(m_flowId);
        return;
    }
    reject();
}

void UndoDialog::onProgress(const RunProgress &progress)
{
    if (progress.flowId != m_flowId || (m_stage != Stage::Planning && m_stage != Stage::Applying))
        return;
    m_status->setText(progress.phase);
}

void UndoDialog::onLaunchFailed(qint64 flowId, const QString &sentence)
{
    if (flowId != m_flowId || (m_stage != Stage::Planning && m_stage != Stage::Applying))
        return;
    m_status->setText(sentence);
    setStage(Stage::Failed);
}

void UndoDialog::onFinished(const RunOutcome &outcome)
{
    if (m_stage != Stage::Planning && m_stage != Stage::Applying)
        return;
    const bool ours = outcome.summary.undoOfRunId == m_runId
        || (outcome.summary.id == 0 && outcome.summary.flowId == m_flowId);
    if (!ours || outcome.summary.flowId != m_flowId)
        return;
    const bool planning = m_stage == Stage::Planning;
    if (planning)
        m_previewRun = outcome.summary.id;
    else
        m_appliedRun = outcome.summary.id;
    if (!outcome.succeeded()) {
        m_status->setText(outcome.message);
        if (outcome.summary.id > 0)
            showChanges(outcome.summary.id, planning);
        setStage(Stage::Failed);
    } else {
        showChanges(outcome.summary.id, planning);
        m_status->setText(planning
                ? tr("This is the plan; nothing has been written yet. Click Apply undo to "
                     "write it as a new run.")
                : tr("Run %1 undid run %2. It is in History as “Undo of run %2”.")
                      .arg(outcome.summary.id)
                      .arg(m_runId));
        setStage(planning ? Stage::Planned : Stage::Applied);
    }
    if (planning)
        Q_EMIT previewFinished(outcome);
    else
        Q_EMIT applyFinished(outcome);
}

void UndoDialog::showChanges(qint64 runId, bool planned)
{
    m_shown.clear();
    if (m_journal && m_journal->isOpen()) {
        if (const auto rows = RunRepository(*m_journal).changes(runId))
            m_shown = rows.value();
    }
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_shown.size()));
    QSet<QString> restored;
    QSet<QString> deleted;
    QSet<QString> alone;
    QSet<QString> failed;
    for (int i = 0; i < m_shown.size(); ++i) {
        const RecordChange &c = m_shown.at(i);
        const QString record = c.system + u'\x1f' + c.object + u'\x1f' + c.recordKey;
        QString action;
        switch (c.operation) {
        case ChangeOperation::Update:
            action = planned ? tr("Restore") : tr("Restored");
            restored.insert(record);
            break;
        case ChangeOperation::Delete:
            action = planned ? tr("Delete") : tr("Deleted");
            deleted.insert(record);
            break;
        case ChangeOperation::Error:
            action = tr("Error");
            failed.insert(record);
            break;
        default:
            action = tr("Left alone");
            alone.insert(record);
            break;
        }
        const QStringList cells = { action, UndoPlanner::systemName(c.system), c.recordKey, c.field,
            c.oldValue, c.newValue, c.reason };
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            item->setToolTip(cells.at(col));
            m_table->setItem(i, col, item);
        }
    }
    const QLocale locale;
    QString text = planned ? tr("Undo of run %1. To restore: %2. To delete: %3. Left alone: %4.")
                           : tr("Undo of run %1. Restored: %2. Deleted: %3. Left alone: %4.");
    text = text.arg(m_runId).arg(locale.toString(qsizetype(restored.size())),
        locale.toString(qsizetype(deleted.size())), locale.toString(qsizetype(alone.size())));
    if (!failed.isEmpty())
        text += QLatin1Char(' ')
            + tr("%n record(s) could not be written; the table says why.", nullptr,
                int(failed.size()));
    m_summary->setText(text);
    m_apply->setProperty("hasWrites", !restored.isEmpty() || !deleted.isEmpty());
}

QString UndoDialog::summaryText() const
{
    return m_summary->text();
}

void UndoDialog::setStage(Stage stage)
{
    m_stage = stage;
    const bool busy = stage == Stage::Planning || stage == Stage::Applying;
    m_progress->setVisible(busy);
    if (stage == Stage::Planning)
        m_status->setText(tr("Planning the undo of run %1…").arg(m_runId));
    if (stage == Stage::Applying)
        m_status->setText(tr("Applying the undo of run %1…").arg(m_runId));
    const bool writes = m_apply->property("hasWrites").toBool();
    m_apply->setVisible(stage == Stage::Planning || stage == Stage::Planned);
    m_apply->setEnabled(stage == Stage::Planned && writes);
    if (stage == Stage::Planned && !writes)
        m_apply->setToolTip(tr("Nothing can be undone: every record is left alone (see why)."));
    m_cancel->setText(busy ? tr("Cancel") : stage == Stage::Planned ? tr("Cancel") : tr("Close"));
}

} // namespace LeadBridge
