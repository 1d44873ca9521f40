#pragma once

#include "core/model/Flow.h"
#include "core/model/RecordChange.h"
#include "core/model/RunSummary.h"
#include "core/util/Expected.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace LeadBridge {

class Journal;

/// One run as the history lists it: the run plus the name and kind of its flow.
struct HistoryRun
{
    RunSummary run;
    QString flowName;
    FlowKind flowKind = FlowKind::WebinarImport;
};

/// Which runs to list.
struct RunFilter
{
    qint64 flowId = 0; ///< 0 = every flow
    std::optional<RunStatus> status;
    /// Matches the flow name, the error sentence or the run number (case-insensitive).
    QString search;
};

/// Which record changes of one run to list.
struct ChangeFilter
{
    qint64 runId = 0;
    std::optional<ChangeOperation> operation;
    /// Only the changes in this system (account kind storage name); empty = every system.
    QString system;
    /// Matches system, object, record key, field, old and new value and reason.
    QString search;
};

/// Read-only, paged queries over the run history for the History page and the
/// CLI. Filters, search and sorting happen in SQL so a history of millions of
/// record changes is never loaded whole. Works on a journal connection of the
/// calling thread (the GUI's own read connection: WAL lets it read while the
/// engine writes).
class HistoryQuery
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::HistoryQuery)
public:
    /// Sort keys of runs.
    enum class RunSort {
        Id,
        Flow,
        Trigger,
        Mode,
        Started,
        Duration,
        Status,
        Created,
        Updated,
        Deleted,
        Skipped,
        Conflicts,
        Errors,
        Calls,
        Error
    };
    /// Sort keys of record changes.
    enum class ChangeSort {
        Recorded,
        System,
        Object,
        RecordKey,
        Operation,
        Field,
        OldValue,
        NewValue,
        Reason
    };

    explicit HistoryQuery(Journal &journal);

    /// Runs matching @p filter, sorted, rows @p offset … @p offset + @p limit - 1.
    Expected<QList<HistoryRun>> runs(const RunFilter &filter, RunSort sort = RunSort::Started,
        Qt::SortOrder order = Qt::DescendingOrder, int offset = 0, int limit = 200);
    /// One run by id.
    Expected<HistoryRun> run(qint64 runId);
    /// How many runs match @p filter.
    Expected<qint64> countRuns(const RunFilter &filter);

    /// Record changes matching @p filter, sorted (Recorded = the order they were written).
    Expected<QList<RecordChange>> changes(const ChangeFilter &filter,
        ChangeSort sort = ChangeSort::Recorded, Qt::SortOrder order = Qt::AscendingOrder,
        int offset = 0, int limit = 500);
    /// As changes(), counted from the other end: the @p limit rows that end
    /// @p offsetFromEnd rows before the last one, in the same order as changes() returns
    /// them. Reads the end of a long list without skipping over its start.
    Expected<QList<RecordChange>> changesFromEnd(const ChangeFilter &filter, ChangeSort sort,
        Qt::SortOrder order, qint64 offsetFromEnd, int limit);
    /// The systems (account kind storage names) that run @p runId has changes in, sorted.
    Expected<QStringList> systemsOf(qint64 runId);
    /// How many records run @p runId skipped that run @p comparedRunId did not (per system and
    /// record): for an applied plan, the records not written as its preview planned.
    Expected<qint64> countNewSkips(qint64 runId, qint64 comparedRunId);
    /// How many record changes match @p filter.
    Expected<qint64> countChanges(const ChangeFilter &filter);
    /// Streams every change matching @p filter in recorded order to @p sink (forward-only;
    /// the sink returns false to stop). Returns the number of rows handed over.
    Expected<qint64> forEachChange(
        const ChangeFilter &filter, const std::function<bool(const RecordChange &)> &sink);

    /// Escapes % _ and \ for a LIKE … ESCAPE '\' pattern and wraps it in %…%.
    static QString likePattern(const QString &search);

private:
    Expected<QList<RecordChange>> readChanges(const ChangeFilter &filter, ChangeSort sort,
        Qt::SortOrder order, qint64 offset, int limit, bool reversed);

    Journal &m_journal;
};

} // namespace LeadBridge
