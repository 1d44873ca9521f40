#pragma once

#include "core/engine/Plan.h"
#include "core/engine/RecordSpill.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

namespace LeadBridge {

class ActOnConnector;
class FieldNormaliser;

/// The end-of-run read-back of a full F2 run's own Act-On writes (CrmContactSyncRunner).
///
/// The Act-On cursor was taken before the run wrote, so the next incremental run would read
/// every row written by it back as "changed since" and plan each again to find nothing to
/// do. The rows changed since that cursor are read once instead (one CSV download when there
/// are many) and planned against the snapshots just stored, as the next run would plan them.
/// A row that plans to nothing (the run's own write, or a change to the value already
/// synced) needs no second read; a row that plans to anything (somebody changed it
/// meanwhile) holds the cursor before its change time, so the next run reads it.
class OwnWritesReadBack
{
public:
    /// Plans one page of Act-On records (in @p data) against the stored snapshots; false
    /// when the run failed (it has then ended).
    using PlanPage = std::function<bool(RecordSpill::Bucket &data, Plan *plan)>;
    /// True when the run is over (cancelled, failed, killed): pages are then ignored.
    using Stopped = std::function<bool()>;
    /// True for a row known to be exactly as the run committed it (OwnWriteDigests): it is
    /// not planned, as it would plan to nothing.
    using Unchanged = std::function<bool(const SideRecord &row)>;
    /// Called once the read is over: the Act-On cursor to store, or nullopt when it stays
    /// where the run's first read put it (the read failed, or rows had no change time).
    using Done = std::function<void(std::optional<QDateTime> cursor)>;

    /// Reads list @p listId of @p acton; @p normaliser must outlive the read.
    OwnWritesReadBack(
        ActOnConnector *acton, const FieldNormaliser *normaliser, QString listId, qint64 runId);

    /// Reads the rows changed since @p cursor (the run's first Act-On cursor; invalid: the
    /// whole list), plans those that are not @p unchanged, and calls @p done with the cursor
    /// the next run starts from.
    void read(const QDateTime &cursor, Stopped stopped, Unchanged unchanged, PlanPage plan,
        Done done) const;

private:
    ActOnConnector *m_acton;
    const FieldNormaliser *m_normaliser;
    QString m_listId;
    qint64 m_runId;
};

} // namespace LeadBridge
