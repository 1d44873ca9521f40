#include "core/mapping/PushPolicy.h"

#include <QCoreApplication>

namespace LeadBridge {

QString PushPolicies::toString(PushPolicy policy)
{
    return policy == PushPolicy::CrmToMarketingOnly ? QStringLiteral("crm-to-marketing")
                                                    : QStringLiteral("two-way");
}

PushPolicy PushPolicies::fromString(const QString &text, bool *ok)
{
    const QString key = text.trimmed().toLower();
    const bool known = key == QLatin1String("two-way") || key == QLatin1String("crm-to-marketing");
    if (ok)
        *ok = known;
    return key == QLatin1String("crm-to-marketing") ? PushPolicy::CrmToMarketingOnly
                                                    : PushPolicy::TwoWay;
}

QString PushPolicies::displayName(PushPolicy policy)
{
    return policy == PushPolicy::CrmToMarketingOnly
        ? QCoreApplication::translate("LeadBridge::PushPolicies", "CRM to Act-On only")
        : QCoreApplication::translate("LeadBridge::PushPolicies", "Two-way");
}

} // namespace LeadBridge
