#include "core/engine/ConflictRule.h"

#include <QCoreApplication>

namespace LeadBridge {

QString ConflictRules::toString(ConflictRule rule)
{
    switch (rule) {
    case ConflictRule::CrmWins:
        return QStringLiteral("crm-wins");
    case ConflictRule::MarketingWins:
        return QStringLiteral("marketing-wins");
    case ConflictRule::NewestWins:
        return QStringLiteral("newest-wins");
    case ConflictRule::Skip:
        return QStringLiteral("skip");
    case ConflictRule::Review:
        return QStringLiteral("review");
    }
    return QStringLiteral("crm-wins");
}

ConflictRule ConflictRules::fromString(const QString &text, bool *ok)
{
    const QString t = text.trimmed().toLower();
    for (ConflictRule rule : { ConflictRule::CrmWins, ConflictRule::MarketingWins,
             ConflictRule::NewestWins, ConflictRule::Skip, ConflictRule::Review }) {
        if (t == toString(rule)) {
            if (ok)
                *ok = true;
            return rule;
        }
    }
    if (ok)
        *ok = false;
    return ConflictRule::CrmWins;
}

QString ConflictRules::displayName(ConflictRule rule)
{
    switch (rule) {
    case ConflictRule::CrmWins:
        return QCoreApplication::translate("LeadBridge::ConflictRules", "CRM wins");
    case ConflictRule::MarketingWins:
        return QCoreApplication::translate("LeadBridge::ConflictRules", "Act-On wins");
    case ConflictRule::NewestWins:
        return QCoreApplication::translate("LeadBridge::ConflictRules", "Newest change wins");
    case ConflictRule::Skip:
        return QCoreApplication::translate("LeadBridge::ConflictRules", "Skip (leave both)");
    case ConflictRule::Review:
        return QCoreApplication::translate("LeadBridge::ConflictRules", "Hold for review");
    }
    return QString();
}

} // namespace LeadBridge
