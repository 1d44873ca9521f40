#include "core/model/RecordChange.h"

namespace LeadBridge {

QString RecordChange::operationToString(ChangeOperation operation)
{
    switch (operation) {
    case ChangeOperation::Create:
        return QStringLiteral("create");
    case ChangeOperation::Update:
        return QStringLiteral("update");
    case ChangeOperation::Delete:
        return QStringLiteral("delete");
    case ChangeOperation::Skip:
        return QStringLiteral("skip");
    case ChangeOperation::Conflict:
        return QStringLiteral("conflict");
    case ChangeOperation::Error:
        return QStringLiteral("error");
    }
    return QString();
}

ChangeOperation RecordChange::operationFromString(const QString &text, bool *ok)
{
    for (auto op : { ChangeOperation::Create, ChangeOperation::Update, ChangeOperation::Delete,
             ChangeOperation::Skip, ChangeOperation::Conflict, ChangeOperation::Error }) {
        if (operationToString(op) == text) {
            if (ok)
                *ok = true;
            return op;
        }
    }
    if (ok)
        *ok = false;
    return ChangeOperation::Error;
}

} // namespace LeadBridge
