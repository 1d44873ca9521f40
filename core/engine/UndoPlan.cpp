#include "core/engine/UndoPlan.h"

namespace LeadBridge {

namespace {
const QChar kSep(0x1f);
}

RecordChange UndoStep::toRecordChange(qint64 runId) const
{
    RecordChange row;
    row.runId = runId;
    row.system = system;
    row.object = object;
    row.recordKey = recordKey;
    row.field = field;
    row.reason = reason;
    switch (action) {
    case Action::Restore:
        row.operation = ChangeOperation::Update;
        row.oldValue = currentValue;
        row.newValue = restoreValue;
        break;
    case Action::Delete:
        row.operation = ChangeOperation::Delete;
        break;
    case Action::LeaveAlone:
        row.operation = ChangeOperation::Skip;
        row.oldValue = currentValue;
        row.newValue = restoreValue;
        break;
    }
    return row;
}

QList<UndoStep> UndoPlan::stepsOf(UndoStep::Action action) const
{
    QList<UndoStep> out;
    for (const UndoStep &s : steps) {
        if (s.action == action)
            out.append(s);
    }
    return out;
}

int UndoPlan::recordCount(UndoStep::Action action) const
{
    QSet<QString> records;
    for (const UndoStep &s : steps) {
        if (s.action == action)
            records.insert(UndoInput::recordKeyOf(s.system, s.object, s.recordKey));
    }
    return int(records.size());
}

bool UndoPlan::hasWrites() const
{
    for (const UndoStep &s : steps) {
        if (s.action != UndoStep::Action::LeaveAlone)
            return true;
    }
    return false;
}

QList<RecordChange> UndoPlan::toRecordChanges(qint64 runId) const
{
    QList<RecordChange> out;
    out.reserve(steps.size());
    for (const UndoStep &s : steps)
        out.append(s.toRecordChange(runId));
    return out;
}

QString UndoInput::recordKeyOf(const QString &system, const QString &object, const QString &key)
{
    return system + kSep + object + kSep + key;
}

QString UndoInput::fieldKey(
    const QString &system, const QString &object, const QString &key, const QString &field)
{
    return recordKeyOf(system, object, key) + kSep + field;
}

} // namespace LeadBridge
