#include "core/engine/RunRecorder.h"

#include "core/engine/PhaseMarkers.h"

#include "core/store/Journal.h"
#include "core/store/RunRepository.h"
#include "core/store/Transaction.h"

#include <QSqlDatabase>

namespace LeadBridge {

RunRecorder::RunRecorder(Journal &journal, qint64 flowId, qint64 runId, CrmKind crm)
    : m_journal(journal)
    , m_flowId(flowId)
    , m_runId(runId)
    , m_links(journal, flowId, crm)
{ }

Status RunRecorder::insertChanges(const QList<RecordChange> &changes)
{
    const Status failed = Status::failure(
        tr("LeadBridge could not record the results of this run in its journal. Check that "
           "the disk is not full; details are in the log."));
    QSqlDatabase db = m_journal.database();
    RunCounts delta;
    if (!RunRepository::writeChanges(db, m_runId, changes, &delta))
        return failed;
    m_pending = delta;
    return Status();
}

Status RunRecorder::commitBatch(const QList<RecordChange> &changes,
    const QList<LinkSnapshot> &snapshots, const QList<CursorUpdate> &cursors,
    const QStringList &removedLinks)
{
    const Status failed = Status::failure(
        tr("LeadBridge could not record the results of this run in its journal. Check that "
           "the disk is not full; details are in the log."));
    Transaction transaction(m_journal.database());
    if (!transaction.isActive())
        return failed;
    if (Status s = insertChanges(changes); !s)
        return s;
    if (!removedLinks.isEmpty()) {
        if (Status s = m_links.remove(removedLinks); !s)
            return s;
    }
    if (!snapshots.isEmpty()) {
        if (Status s = m_links.upsert(snapshots); !s)
            return s;
    }
    for (const CursorUpdate &c : cursors) {
        if (Status s = m_links.setCursor(c.system, c.object, c.cursor); !s)
            return s;
    }
    PhaseMarkers::mark(QStringLiteral("commit-begin"));
    if (!transaction.commit())
        return failed;
    PhaseMarkers::mark(QStringLiteral("commit"));
    addCounts(m_pending);
    ++m_batches;
    m_rows += changes.size();
    return Status();
}

Status RunRecorder::recordPreview(const QList<RecordChange> &changes)
{
    const Status failed = Status::failure(
        tr("LeadBridge could not record the preview in its journal. Details are in the log."));
    Transaction transaction(m_journal.database());
    if (!transaction.isActive())
        return failed;
    if (Status s = insertChanges(changes); !s)
        return s;
    if (!transaction.commit())
        return failed;
    addCounts(m_pending);
    m_rows += changes.size();
    return Status();
}

void RunRecorder::addCounts(const RunCounts &delta)
{
    m_counts.created += delta.created;
    m_counts.updated += delta.updated;
    m_counts.deleted += delta.deleted;
    m_counts.skipped += delta.skipped;
    m_counts.conflicts += delta.conflicts;
    m_counts.errors += delta.errors;
}

} // namespace LeadBridge
