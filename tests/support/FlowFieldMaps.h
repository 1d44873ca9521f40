#pragma once

#include "core/mapping/FieldMap.h"

namespace LeadBridge::Test {

/// Field maps the flow tests share, built from standard Act-On fields.
class FlowFieldMaps
{
public:
    /// A standard Act-On field @p name of @p type that the system uses as @p usage.
    static MarketingField standardField(
        const QString &name, MarketingFieldType type, SystemUsage usage);

    /// The F3 list sync columns (Salesforce): e-mail, first and last name, company
    /// (contacts: Account.Name) when @p withCompany, and job title.
    static FieldMap listSyncColumns(bool withCompany = true);
};

} // namespace LeadBridge::Test
