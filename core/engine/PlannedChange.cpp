#include "core/engine/PlannedChange.h"

namespace LeadBridge {

QList<RecordChange> PlannedChange::toRecordChanges(qint64 runId) const
{
    RecordChange base;
    base.runId = runId;
    base.system = system;
    base.object = object;
    base.recordKey = key.isEmpty() ? id : key;
    base.operation = operation;
    base.reason = reason;
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
