#pragma once

#include "core/mapping/CrmKind.h"
#include "core/model/LinkSnapshot.h"
#include "core/model/RecordChange.h"
#include "core/model/RunSummary.h"
#include "core/store/LinkRepository.h"
#include "core/util/Expected.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace LeadBridge {

class Journal;

/// A cursor to store with a batch: the flow's position in one system's object.
struct CursorUpdate
{
    QString system; ///< account kind storage name ("salesforce", "acton"...)
    QString object; ///< "Lead", "Contact", an Act-On list id, an ON24 event...
    QString cursor;
};

/// Writes one run's results to the journal, one transaction per applied batch.
///
/// Everything a batch produced — its history rows (record_changes and the run's counts),
/// the link snapshots of the records it wrote, the links it removed and the cursors it
/// covers — is committed together by commitBatch(), so a run killed at any instant leaves
/// either all of a batch or none of it. Cursors handed to commitBatch() must cover only
/// data that is applied by then (the runner's job). Lives on the engine thread, uses the
/// engine's Journal connection.
class RunRecorder
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::RunRecorder)
public:
    /// Records for run @p runId of flow @p flowId; @p crm selects the CRM id column of the
    /// links (flows without a CRM keep the default).
    RunRecorder(Journal &journal, qint64 flowId, qint64 runId, CrmKind crm = CrmKind::Salesforce);

    /// In ONE transaction: appends @p changes to the run's history (raising its counts),
    /// upserts @p snapshots, removes the links of @p removedLinks (email keys) and stores
    /// @p cursors. On failure nothing of it is stored and the error sentence is returned.
    Status commitBatch(const QList<RecordChange> &changes, const QList<LinkSnapshot> &snapshots,
        const QList<CursorUpdate> &cursors = {}, const QStringList &removedLinks = {});
    /// Records a preview's plan as the run's history (no snapshot, link or cursor moves).
    Status recordPreview(const QList<RecordChange> &changes);

    /// Counts of everything committed so far (per record and operation, like the history).
    RunCounts counts() const { return m_counts; }
    /// Batches committed so far.
    int batchesCommitted() const { return m_batches; }
    /// History rows committed so far.
    qint64 changesRecorded() const { return m_rows; }

    /// The flow's links and cursors (reads, and writes inside a caller's transaction).
    LinkRepository &links() { return m_links; }
    qint64 runId() const { return m_runId; }
    qint64 flowId() const { return m_flowId; }

private:
    Status insertChanges(const QList<RecordChange> &changes);
    void addCounts(const RunCounts &delta);

    Journal &m_journal;
    qint64 m_flowId = 0;
    qint64 m_runId = 0;
    LinkRepository m_links;
    RunCounts m_counts;
    RunCounts m_pending; ///< counts of the batch being committed
    int m_batches = 0;
    qint64 m_rows = 0;
};

} // namespace LeadBridge
