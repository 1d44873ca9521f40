#include "core/engine/AppliedGroup.h"

namespace LeadBridge {

void AppliedGroup::failed(const PlannedChange &c, qint64 runId, const QString &reason)
{
    failedKeys.insert(c.key);
    RecordChange e = c.recordRow(runId, reason);
    e.operation = ChangeOperation::Error;
    rows.append(e);
}

} // namespace LeadBridge
