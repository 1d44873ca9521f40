#pragma once

#include "core/engine/PlannedChange.h"
#include "core/model/LinkSnapshot.h"
#include "core/store/ConflictRecord.h"

#include <QList>
#include <QMetaType>
#include <QStringList>

namespace LeadBridge {

/// Writes of one kind to one target object, applied together in the API's bulk form.
struct PlanBatch
{
    SyncSide target = SyncSide::Marketing;
    QString system;
    QString object;
    ChangeOperation operation = ChangeOperation::Update;
    QList<PlannedChange> changes;
};

/// Record counts of a plan (one per record and operation, like the run history).
struct PlanCounts
{
    int creates = 0;
    int updates = 0;
    int deletes = 0;
    int skips = 0;
    int conflicts = 0;
    /// Linked records compared and found equal on both sides.
    int unchanged = 0;
    /// Act-On contacts with no CRM record, left alone because the flow never creates CRM
    /// records (F2). Counted only, not listed, so a big marketing database does not flood
    /// the history.
    int marketingOnly = 0;

    friend bool operator==(const PlanCounts &, const PlanCounts &) = default;
};

/// The outcome of SyncPlanner::plan(): writes grouped per target for bulk application,
/// skips and conflicts with their reasons, and the link snapshots to store once the writes
/// are applied.
struct Plan
{
    /// Creates, updates and deletes, one batch per (target, object, operation).
    QList<PlanBatch> batches;
    /// Records left alone, with the reason (no email, duplicate, deleted in Act-On...).
    QList<PlannedChange> skips;
    /// Fields changed on both sides: both values and the rule applied (the resulting
    /// write, if any, is in batches).
    QList<PlannedChange> conflicts;
    /// Snapshots to upsert after the writes succeed (drop those of failed writes). Ids not
    /// known yet (records the writes create) are empty: fill them from the write outcomes.
    QList<LinkSnapshot> snapshots;
    /// Email keys of links to remove (records deleted, or whose email key changed).
    QStringList removedLinks;
    /// Decided held conflicts (PlanInput::heldConflicts) whose chosen value this plan writes:
    /// mark them applied once the write of their person succeeded.
    QList<ConflictRecord> appliedConflicts;
    /// Held conflicts that are no longer what was found or decided (a side changed, the two
    /// now agree, or the field's rule is no longer "Hold for review"): mark them superseded.
    /// Decided ones also have a skip row in skips that says why.
    QList<ConflictRecord> supersededConflicts;
    PlanCounts counts;

    /// Adds @p change to the batch for its target, object and operation (creating it).
    void addWrite(PlannedChange change);
    /// The batch for @p target, @p object and @p operation, or nullptr.
    const PlanBatch *batch(SyncSide target, const QString &object, ChangeOperation operation) const;
    /// Every write of every batch, in batch order.
    QList<PlannedChange> writes() const;
    /// True when nothing is to be written (skips and conflicts may still exist).
    bool hasWrites() const { return !batches.isEmpty(); }
    /// Every planned change (writes, conflicts, skips) as history rows for run @p runId,
    /// exactly what a preview records.
    QList<RecordChange> toRecordChanges(qint64 runId = 0) const;
    /// Like toRecordChanges(), but each create is one row with @p createReason and no field
    /// rows: what a real run records for a created contact (its values are the source
    /// record's). Updates, deletes, conflicts and skips keep their field rows.
    QList<RecordChange> toHistoryRows(qint64 runId, const QString &createReason) const;
};

} // namespace LeadBridge

Q_DECLARE_METATYPE(LeadBridge::Plan)
