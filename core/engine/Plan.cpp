#include "core/engine/Plan.h"

namespace LeadBridge {

void Plan::addWrite(PlannedChange change)
{
    for (PlanBatch &b : batches) {
        if (b.target == change.target && b.operation == change.operation
            && b.object == change.object) {
            b.changes.append(std::move(change));
            return;
        }
    }
    PlanBatch b;
    b.target = change.target;
    b.system = change.system;
    b.object = change.object;
    b.operation = change.operation;
    b.changes.append(std::move(change));
    batches.append(std::move(b));
}

const PlanBatch *Plan::batch(
    SyncSide target, const QString &object, ChangeOperation operation) const
{
    for (const PlanBatch &b : batches) {
        if (b.target == target && b.operation == operation && b.object == object)
            return &b;
    }
    return nullptr;
}

QList<PlannedChange> Plan::writes() const
{
    QList<PlannedChange> out;
    for (const PlanBatch &b : batches)
        out.append(b.changes);
    return out;
}

QList<RecordChange> Plan::toRecordChanges(qint64 runId) const
{
    return toHistoryRows(runId, QString());
}

QList<RecordChange> Plan::toHistoryRows(qint64 runId, const QString &createReason) const
{
    QList<RecordChange> out;
    for (const PlanBatch &b : batches) {
        const bool oneRow = !createReason.isNull() && b.operation == ChangeOperation::Create;
        for (const PlannedChange &c : b.changes) {
            if (oneRow)
                out.append(c.recordRow(runId, createReason));
            else
                out.append(c.toRecordChanges(runId));
        }
    }
    for (const PlannedChange &c : conflicts)
        out.append(c.toRecordChanges(runId));
    for (const PlannedChange &c : skips)
        out.append(c.toRecordChanges(runId));
    return out;
}

} // namespace LeadBridge
