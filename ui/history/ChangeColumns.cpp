#include "ui/history/ChangeColumns.h"

#include "core/model/RunWords.h"

namespace LeadBridge {

QVariant ChangeColumns::display(const RecordChange &change, Part part)
{
    switch (part) {
    case System:
        return RunWords::system(change.system);
    case Object:
        return change.object;
    case Record:
        return change.recordKey;
    case Operation:
        return RunWords::operation(change.operation);
    case Field:
        return change.field;
    case OldValue:
        return change.oldValue;
    case NewValue:
        return change.newValue;
    case Reason:
        return change.reason;
    }
    return {};
}

QVariant ChangeColumns::toolTip(const RecordChange &change, Part part)
{
    const QString *text = part == OldValue ? &change.oldValue
        : part == NewValue                 ? &change.newValue
        : part == Reason                   ? &change.reason
                                           : nullptr;
    return text && !text->isEmpty() ? QVariant(*text) : QVariant();
}

QString ChangeColumns::heading(Part part)
{
    switch (part) {
    case System:
        return tr("System");
    case Object:
        return tr("Object");
    case Record:
        return tr("Record");
    case Operation:
        return tr("Operation");
    case Field:
        return tr("Field");
    case OldValue:
        return tr("Old value");
    case NewValue:
        return tr("New value");
    case Reason:
        return tr("Reason or error");
    }
    return {};
}

} // namespace LeadBridge
