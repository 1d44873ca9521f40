#include "core/mapping/CrmFieldDescriptor.h"

namespace LeadBridge {

CrmFieldDescriptor CrmFieldDescriptor::make(
    const QString &apiName, const QString &label, const QString &type, int length)
{
    CrmFieldDescriptor field;
    field.apiName = apiName;
    field.label = label;
    field.type = type;
    field.length = length;
    field.custom
        = apiName.endsWith(QLatin1String("__c")) || apiName.startsWith(QLatin1String("cf_"));
    return field;
}

} // namespace LeadBridge
