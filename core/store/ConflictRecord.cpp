#include "core/store/ConflictRecord.h"

namespace LeadBridge {

QString ConflictRecord::statusToString(Status status)
{
    switch (status) {
    case Status::Open:
        return QStringLiteral("open");
    case Status::Resolved:
        return QStringLiteral("resolved");
    case Status::Applied:
        return QStringLiteral("applied");
    case Status::Superseded:
        return QStringLiteral("superseded");
    }
    return QStringLiteral("open");
}

ConflictRecord::Status ConflictRecord::statusFromString(const QString &text)
{
    for (Status s : { Status::Open, Status::Resolved, Status::Applied, Status::Superseded }) {
        if (text == statusToString(s))
            return s;
    }
    return Status::Open;
}

QString ConflictRecord::keepToString(Keep keep)
{
    switch (keep) {
    case Keep::Crm:
        return QStringLiteral("crm");
    case Keep::Marketing:
        return QStringLiteral("acton");
    case Keep::Undecided:
        break;
    }
    return QString();
}

ConflictRecord::Keep ConflictRecord::keepFromString(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"crm")
        return Keep::Crm;
    if (t == u"acton")
        return Keep::Marketing;
    return Keep::Undecided;
}

} // namespace LeadBridge
