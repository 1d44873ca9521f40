#include "core/engine/PlannedChange.h"

namespace LeadBridge {

RecordChange PlannedChange::recordRow(qint64 runId, const QString &why) const
{
    RecordChange row;
    row.runId = runId;
    row.system = system;
    row.object = object;
    row.recordKey = key.isEmpty() ? id : key;
    row.operation = operation;
    row.reason = why;
    return row;
}

QList<RecordChange> PlannedChange::toRecordChanges(qint64 runId) const
{
    const RecordChange base = recordRow(runId, reason);
    QList<RecordChange> out;
    if (fields.isEmpty()) {
        out.append(base);
        return out;
    }
    out.reserve(fields.size());
    for (const PlannedFieldChange &f : fields) {
        RecordChange c = base;
        c.field = f.targetField.isEmpty() ? f.marketingField : f.targetField;
        c.oldValue = f.oldValue;
        c.newValue = f.newValue;
        out.append(c);
    }
    return out;
}

} // namespace LeadBridge
