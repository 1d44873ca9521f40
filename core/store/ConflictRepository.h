#pragma once

#include "core/store/ConflictRecord.h"
#include "core/util/Expected.h"

#include <QCoreApplication>
#include <QList>
#include <QVariant>

namespace LeadBridge {

class Journal;

/// The conflicts held for review (journal table "conflicts", schema version 5): stored by
/// F2 runs under the rule "Hold for review", decided in the Conflicts view or with
/// `leadbridge-cli conflicts resolve`, applied (or superseded) by the flow's next run.
class ConflictRepository
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::ConflictRepository)

public:
    /// Works on @p journal's connection (same thread as the journal).
    explicit ConflictRepository(Journal &journal);

    /// Stores conflicts found by run @p runId (flowId, personKey, field and both values set):
    /// a person and field with an unsettled row gets that row updated (values, ids, run,
    /// back to open when the values changed), never a second row. One transaction.
    Status hold(qint64 runId, const QList<ConflictRecord> &found);
    /// Marks decided rows @p ids applied by run @p runId.
    Status markApplied(const QList<qint64> &ids, qint64 runId);
    /// Marks unsettled rows @p ids superseded with @p note (why).
    Status markSuperseded(const QList<qint64> &ids, const QString &note);
    /// Keeps the CRM or the Act-On value for the unsettled rows @p ids (a decided row may be
    /// decided again until a run applies it). Fails, changing nothing, when a row is not
    /// unsettled any more or @p keep is Undecided.
    Status decide(const QList<qint64> &ids, ConflictRecord::Keep keep);
    /// The unsettled rows of @p flowId (what a run of the flow needs), by id.
    Expected<QList<ConflictRecord>> unsettled(qint64 flowId);
    /// Rows to show: open and resolved ones, then the @p settledLimit newest applied or
    /// superseded ones; of one flow, or of all when @p flowId is 0. Flow names filled.
    Expected<QList<ConflictRecord>> list(qint64 flowId = 0, int settledLimit = 200);
    /// One row by id.
    Expected<ConflictRecord> get(qint64 id);
    /// Number of open (undecided) rows of all flows.
    Expected<int> openCount();

private:
    /// UPDATE conflicts SET @p set (one ? bound to @p value) WHERE @p where AND id IN @p ids.
    bool setOnRows(const QString &set, const QString &where, const QVariant &value,
        const QList<qint64> &ids, const char *what);

    Journal &m_journal;
};

} // namespace LeadBridge
