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

    /// The F2 Pipeliner contact columns (two-way, contacts only): e-mail, first and last
    /// name, then the business phone (phone1) when @p withPhone and the Act-On score
    /// (cf_acton_score) when @p withScore.
    static FieldMap pipelinerContacts(bool withPhone, bool withScore);
};

} // namespace LeadBridge::Test
