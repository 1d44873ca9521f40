#include "core/mapping/CrmObjectSchema.h"

namespace LeadBridge {

const CrmFieldDescriptor *CrmObjectSchema::field(const QString &apiName) const
{
    for (const auto &f : fields) {
        if (f.apiName.compare(apiName, Qt::CaseInsensitive) == 0)
            return &f;
    }
    return nullptr;
}

const CrmFieldDescriptor *CrmObjectSchema::relationship(const QString &relationship) const
{
    for (const auto &f : fields) {
        if (!f.relationshipName.isEmpty()
            && f.relationshipName.compare(relationship, Qt::CaseInsensitive) == 0)
            return &f;
    }
    return nullptr;
}

} // namespace LeadBridge
