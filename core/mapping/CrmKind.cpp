#include "core/mapping/CrmKind.h"

#include <QCoreApplication>

namespace LeadBridge {

QString CrmKinds::toString(CrmKind kind)
{
    return kind == CrmKind::Pipeliner ? QStringLiteral("pipeliner") : QStringLiteral("salesforce");
}

CrmKind CrmKinds::fromString(const QString &text, bool *ok)
{
    const QString key = text.trimmed().toLower();
    const bool known = key == QLatin1String("salesforce") || key == QLatin1String("pipeliner");
    if (ok)
        *ok = known;
    return key == QLatin1String("pipeliner") ? CrmKind::Pipeliner : CrmKind::Salesforce;
}

QString CrmKinds::displayName(CrmKind kind)
{
    return kind == CrmKind::Pipeliner ? QStringLiteral("Pipeliner") : QStringLiteral("Salesforce");
}

QString CrmKinds::objectDisplayName(CrmObjectType object)
{
    return object == CrmObjectType::Lead
        ? QCoreApplication::translate("LeadBridge::CrmKinds", "Lead")
        : QCoreApplication::translate("LeadBridge::CrmKinds", "Contact");
}

} // namespace LeadBridge
