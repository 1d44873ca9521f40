#include "core/store/RunRepository.h"

#include "core/store/Journal.h"
#include "core/store/SqlSupport.h"
#include "core/store/Transaction.h"

#include <QSet>
#include <QSqlQuery>

namespace LeadBridge {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT id, flow_id, trigger, mode, status, started_at, finished_at, created, updated, "
    "deleted, skipped, conflicts, errors, calls_used, error_summary, undo_of, applies_preview "
    "FROM runs");

} // namespace

RunSummary RunRepository::runFromRow(const QSqlQuery &query)
{
    RunSummary r;
    r.id = query.value(0).toLongLong();
    r.flowId = query.value(1).toLongLong();
    r.trigger = RunSummary::triggerFromString(query.value(2).toString());
    r.mode = RunSummary::modeFromString(query.value(3).toString());
    r.status = RunSummary::statusFromString(query.value(4).toString());
    r.startedAt = SqlSupport::dateTimeFromColumn(query.value(5));
    r.finishedAt = SqlSupport::dateTimeFromColumn(query.value(6));
    r.counts.created = query.value(7).toInt();
    r.counts.updated = query.value(8).toInt();
    r.counts.deleted = query.value(9).toInt();
    r.counts.skipped = query.value(10).toInt();
    r.counts.conflicts = query.value(11).toInt();
    r.counts.errors = query.value(12).toInt();
    r.callsUsed = query.value(13).toInt();
    r.errorSummary = query.value(14).toString();
    r.undoOfRunId = query.value(15).toLongLong();
    r.appliesPreviewRunId = query.value(16).toLongLong();
    return r;
}

namespace {

int *countFor(RunCounts &counts, ChangeOperation operation)
{
    switch (operation) {
    case ChangeOperation::Create:
        return &counts.created;
    case ChangeOperation::Update:
        return &counts.updated;
    case ChangeOperation::Delete:
        return &counts.deleted;
    case ChangeOperation::Skip:
        return &counts.skipped;
    case ChangeOperation::Conflict:
        return &counts.conflicts;
    case ChangeOperation::Error:
        break;
    }
    return &counts.errors;
}
} // namespace

RunRepository::RunRepository(Journal &journal)
    : m_journal(journal)
{ }

Expected<RunSummary> RunRepository::startRun(qint64 flowId, RunTrigger trigger, RunMode mode)
{
    RunSummary run;
    run.flowId = flowId;
    run.trigger = trigger;
    run.mode = mode;
    run.status = RunStatus::Running;
    run.startedAt = SqlSupport::now();
    QSqlQuery query(m_journal.database());
    query.prepare(QStringLiteral(
        "INSERT INTO runs (flow_id, trigger, mode, status, started_at) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(flowId);
    query.addBindValue(RunSummary::triggerToString(trigger));
    query.addBindValue(RunSummary::modeToString(mode));
    query.addBindValue(RunSummary::statusToString(run.status));
    query.addBindValue(SqlSupport::toColumn(run.startedAt));
    if (!SqlSupport::exec(query, "insert run"))
        return Expected<RunSummary>::failure(
            tr("LeadBridge could not record the start of the run. Check that the flow still "
               "exists; details are in the log."));
    run.id = query.lastInsertId().toLongLong();
    return run;
}

Status RunRepository::addChanges(qint64 runId, const QList<RecordChange> &changes)
{
    const Status failed = Status::failure(
        tr("LeadBridge could not record the changes of this run, so none of them were kept. "
           "Details are in the log."));
    QSqlDatabase db = m_journal.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return failed;
    RunCounts added;
    if (!writeChanges(db, runId, changes, &added))
        return failed; // the Transaction destructor rolls back
    if (!transaction.commit())
        return failed;
    return Status();
}

bool RunRepository::writeChanges(
    QSqlDatabase &db, qint64 runId, const QList<RecordChange> &changes, RunCounts *added)
{
    RunCounts delta;
    if (!changes.isEmpty()) {
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO record_changes (run_id, system, object, record_key, operation, field, "
            "old_value, new_value, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        const auto textOrNull = [](const QString &text) {
            return text.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
        };
        QSet<QString> counted;
        counted.reserve(changes.size());
        for (const RecordChange &change : changes) {
            insert.bindValue(0, runId);
            insert.bindValue(1, change.system);
            insert.bindValue(2, change.object);
            insert.bindValue(3, change.recordKey);
            insert.bindValue(4, RecordChange::operationToString(change.operation));
            insert.bindValue(5, textOrNull(change.field));
            insert.bindValue(6, textOrNull(change.oldValue));
            insert.bindValue(7, textOrNull(change.newValue));
            insert.bindValue(8, textOrNull(change.reason));
            if (!SqlSupport::exec(insert, "insert record change"))
                return false;
            // Several field rows of one record and operation count once.
            const QString recordId = change.system + QChar(0x1f) + change.object + QChar(0x1f)
                + change.recordKey + QChar(0x1f) + QString::number(int(change.operation));
            if (!counted.contains(recordId)) {
                counted.insert(recordId);
                ++*countFor(delta, change.operation);
            }
        }
    }
    QSqlQuery update(db);
    update.prepare(QStringLiteral(
        "UPDATE runs SET created = created + ?, updated = updated + ?, deleted = deleted + ?, "
        "skipped = skipped + ?, conflicts = conflicts + ?, errors = errors + ? WHERE id = ?"));
    for (int value : { delta.created, delta.updated, delta.deleted, delta.skipped, delta.conflicts,
             delta.errors })
        update.addBindValue(value);
    update.addBindValue(runId);
    if (!SqlSupport::exec(update, "raise run counts") || update.numRowsAffected() != 1)
        return false;
    *added = delta;
    return true;
}

RecordChange RunRepository::changeFromRow(const QSqlQuery &query)
{
    RecordChange c;
    c.id = query.value(0).toLongLong();
    c.runId = query.value(1).toLongLong();
    c.system = query.value(2).toString();
    c.object = query.value(3).toString();
    c.recordKey = query.value(4).toString();
    c.operation = RecordChange::operationFromString(query.value(5).toString());
    c.field = query.value(6).toString();
    c.oldValue = query.value(7).toString();
    c.newValue = query.value(8).toString();
    c.reason = query.value(9).toString();
    return c;
}

Status RunRepository::finishRun(
    qint64 runId, RunStatus status, int callsUsed, const QString &errorSummary)
{
    if (!RunSummary::isFinal(status))
        return Status::failure(tr("A run can only finish as succeeded, succeeded with errors, "
                                  "failed or cancelled."));
    QSqlQuery query(m_journal.database());
    query.prepare(QStringLiteral(
        "UPDATE runs SET status = ?, finished_at = ?, calls_used = ?, error_summary = ? "
        "WHERE id = ? AND status IN ('queued', 'running')"));
    query.addBindValue(RunSummary::statusToString(status));
    query.addBindValue(SqlSupport::toColumn(SqlSupport::now()));
    query.addBindValue(callsUsed);
    query.addBindValue(
        errorSummary.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(errorSummary));
    query.addBindValue(runId);
    if (!SqlSupport::exec(query, "finish run"))
        return Status::failure(tr("LeadBridge could not record the end of the run. Details are "
                                  "in the log."));
    if (query.numRowsAffected() == 0)
        return Status::failure(tr("This run has already finished or no longer exists."));
    return Status();
}

Status RunRepository::setUndoOf(qint64 runId, qint64 undoOfRunId)
{
    QSqlQuery query(m_journal.database());
    query.prepare(QStringLiteral("UPDATE runs SET undo_of = ? WHERE id = ?"));
    query.addBindValue(undoOfRunId > 0 ? QVariant(undoOfRunId) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(runId);
    if (!SqlSupport::exec(query, "mark undo run"))
        return Status::failure(tr("LeadBridge could not record which run this run undoes. "
                                  "Details are in the log."));
    return Status();
}

Expected<RunSummary> RunRepository::get(qint64 runId)
{
    QSqlQuery query(m_journal.database());
    query.prepare(kSelect + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(runId);
    if (!SqlSupport::exec(query, "get run"))
        return Expected<RunSummary>::failure(
            tr("LeadBridge could not read the run history. Details are in the log."));
    if (!query.next())
        return Expected<RunSummary>::failure(tr("This run no longer exists."));
    return runFromRow(query);
}

Expected<QList<RunSummary>> RunRepository::list(qint64 flowId, int limit)
{
    QSqlQuery query(m_journal.database());
    query.setForwardOnly(true);
    query.prepare(kSelect + (flowId > 0 ? QStringLiteral(" WHERE flow_id = ?") : QString())
        + QStringLiteral(" ORDER BY started_at DESC, id DESC LIMIT ?"));
    if (flowId > 0)
        query.addBindValue(flowId);
    query.addBindValue(limit);
    if (!SqlSupport::exec(query, "list runs"))
        return Expected<QList<RunSummary>>::failure(
            tr("LeadBridge could not read the run history. Details are in the log."));
    QList<RunSummary> runs;
    while (query.next())
        runs.append(runFromRow(query));
    return runs;
}

Expected<QList<RecordChange>> RunRepository::changes(qint64 runId)
{
    QSqlQuery query(m_journal.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT id, run_id, system, object, record_key, operation, field, old_value, new_value, "
        "reason FROM record_changes WHERE run_id = ? ORDER BY id"));
    query.addBindValue(runId);
    if (!SqlSupport::exec(query, "list record changes"))
        return Expected<QList<RecordChange>>::failure(
            tr("LeadBridge could not read the changes of this run. Details are in the log."));
    QList<RecordChange> list;
    while (query.next()) {
        list.append(changeFromRow(query));
    }
    return list;
}

Status RunRepository::setAppliesPreview(qint64 runId, qint64 previewRunId)
{
    QSqlQuery query(m_journal.database());
    query.prepare(QStringLiteral("UPDATE runs SET applies_preview = ? WHERE id = ?"));
    query.addBindValue(previewRunId);
    query.addBindValue(runId);
    if (!SqlSupport::exec(query, "mark run applying a preview"))
        return Status::failure(tr("LeadBridge could not record which preview this run carries "
                                  "out; the preview may have been applied already."));
    return Status();
}

Status RunRepository::setReadAll(qint64 runId)
{
    QSqlQuery query(m_journal.database());
    query.prepare(QStringLiteral("UPDATE runs SET read_all = 1 WHERE id = ?"));
    query.addBindValue(runId);
    if (!SqlSupport::exec(query, "mark run as reading everything"))
        return Status::failure(tr("LeadBridge could not record how this run reads. Details are "
                                  "in the log."));
    return Status();
}

Expected<bool> RunRepository::readAll(qint64 runId)
{
    QSqlQuery query(m_journal.database());
    query.prepare(QStringLiteral("SELECT read_all = 1 OR mode = 'full' FROM runs WHERE id = ?"));
    query.addBindValue(runId);
    if (!SqlSupport::exec(query, "read how a run read") || !query.next())
        return Expected<bool>::failure(
            tr("LeadBridge could not read the run history. Details are in the log."));
    return query.value(0).toBool();
}

Expected<qint64> RunRepository::applierOf(qint64 previewRunId)
{
    QSqlQuery query(m_journal.database());
    query.prepare(QStringLiteral("SELECT id FROM runs WHERE applies_preview = ? AND status IN "
                                 "('succeeded', 'succeeded_with_errors') ORDER BY id LIMIT 1"));
    query.addBindValue(previewRunId);
    if (!SqlSupport::exec(query, "find run applying a preview"))
        return Expected<qint64>::failure(
            tr("LeadBridge could not read the run history. Details are in the log."));
    return query.next() ? query.value(0).toLongLong() : qint64(0);
}

Expected<qint64> RunRepository::nextNonPreviewRun(qint64 flowId, qint64 runId, qint64 exceptRunId)
{
    QSqlQuery query(m_journal.database());
    query.prepare(QStringLiteral("SELECT min(id) FROM runs WHERE flow_id = ? AND id > ? "
                                 "AND mode <> 'preview' AND id <> ? "
                                 "AND applies_preview IS NOT ?"));
    query.addBindValue(flowId);
    query.addBindValue(runId);
    query.addBindValue(exceptRunId);
    query.addBindValue(runId);
    if (!SqlSupport::exec(query, "find later run"))
        return Expected<qint64>::failure(
            tr("LeadBridge could not read the run history. Details are in the log."));
    return query.next() ? query.value(0).toLongLong() : qint64(0);
}

} // namespace LeadBridge
