#pragma once

#include "core/model/RecordChange.h"
#include "core/model/RunSummary.h"
#include "core/util/Expected.h"

#include <QCoreApplication>
#include <QList>

class QSqlDatabase;
class QSqlQuery;

namespace LeadBridge {

class Journal;

/// Run history: one row per run plus its record changes.
class RunRepository
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::RunRepository)

public:
    /// Works on @p journal's connection (same thread as the journal).
    explicit RunRepository(Journal &journal);

    /// Records a new run of @p flowId as Running, started now.
    Expected<RunSummary> startRun(qint64 flowId, RunTrigger trigger, RunMode mode);
    /// Adds a batch of record changes and raises the run's counts, in one
    /// transaction: either every row and the counts are stored, or nothing.
    /// Counts are per record: several field rows of one record and operation
    /// count once.
    Status addChanges(qint64 runId, const QList<RecordChange> &changes);
    /// Ends a running run with a final @p status, the API calls used and an
    /// optional error sentence. Refused for runs that already ended.
    Status finishRun(
        qint64 runId, RunStatus status, int callsUsed, const QString &errorSummary = QString());
    /// Marks run @p runId as the undo of run @p undoOfRunId (runs.undo_of).
    Status setUndoOf(qint64 runId, qint64 undoOfRunId);
    /// Marks run @p runId as the run that carries out preview @p previewRunId
    /// (runs.applies_preview).
    Status setAppliesPreview(qint64 runId, qint64 previewRunId);
    /// Records that run @p runId read every record, not only the changes (runs.read_all; a
    /// full run's mode says so already, a preview's does not).
    Status setReadAll(qint64 runId);
    /// Whether run @p runId read every record (setReadAll(), or a full run).
    Expected<bool> readAll(qint64 runId);
    /// The run that applied preview @p previewRunId and succeeded, or 0 when none did.
    Expected<qint64> applierOf(qint64 previewRunId);
    /// The first run of flow @p flowId after run @p runId that was not a preview, other than
    /// run @p exceptRunId and runs that tried to apply preview @p runId (0: none).
    Expected<qint64> nextNonPreviewRun(qint64 flowId, qint64 runId, qint64 exceptRunId = 0);
    /// One run by id.
    Expected<RunSummary> get(qint64 runId);
    /// Newest runs first, of one flow (or all when @p flowId is 0), at most @p limit.
    Expected<QList<RunSummary>> list(qint64 flowId = 0, int limit = 200);
    /// The changes of a run, in the order they were recorded.
    Expected<QList<RecordChange>> changes(qint64 runId);

    /// Writes @p changes as record_changes rows of run @p runId and raises the run's counts
    /// by them (per record, as addChanges()), on @p db inside the caller's transaction; the
    /// counts it added go to @p added. False when a statement failed or the run is not there
    /// (the log says which): the caller rolls back. Shared by addChanges() and RunRecorder.
    static bool writeChanges(
        QSqlDatabase &db, qint64 runId, const QList<RecordChange> &changes, RunCounts *added);
    /// The record change in the current row of @p query, whose first ten columns are id,
    /// run_id, system, object, record_key, operation, field, old_value, new_value and reason
    /// of record_changes (History, the person timeline and changes() read rows through it).
    static RecordChange changeFromRow(const QSqlQuery &query);
    /// The run in the current row of @p query, whose first seventeen columns are id, flow_id,
    /// trigger, mode, status, started_at, finished_at, the six counts (created … errors),
    /// calls_used, error_summary, undo_of and applies_preview of runs (History reads its runs through it too).
    static RunSummary runFromRow(const QSqlQuery &query);

private:
    Journal &m_journal;
};

} // namespace LeadBridge
