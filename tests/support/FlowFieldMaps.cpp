#include "tests/support/FlowFieldMaps.h"

namespace LeadBridge::Test {

MarketingField FlowFieldMaps::standardField(
    const QString &name, MarketingFieldType type, SystemUsage usage)
{
    MarketingField f;
    f.name = name;
    f.type = type;
    f.standard = true;
    f.usage = usage;
    return f;
}

FieldMap FlowFieldMaps::listSyncColumns(bool withCompany)
{
    FieldMap map(CrmKind::Salesforce);
    const auto add = [&map](const char *field, MarketingFieldType type, SystemUsage usage,
                         const char *lead, const char *contact) {
        map.addRow(FieldMapRow::make(standardField(QString::fromLatin1(field), type, usage),
            QString::fromLatin1(lead), QString::fromLatin1(contact)));
    };
    add("E-mail Address", MarketingFieldType::Email, SystemUsage::Email, "Email", "Email");
    add("First Name", MarketingFieldType::Text, SystemUsage::FirstName, "FirstName", "FirstName");
    add("Last Name", MarketingFieldType::Text, SystemUsage::LastName, "LastName", "LastName");
    if (withCompany)
        add("Company", MarketingFieldType::Text, SystemUsage::Company, "Company", "Account.Name");
    add("Job Title", MarketingFieldType::Text, SystemUsage::JobTitle, "Title", "Title");
    return map;
}

} // namespace LeadBridge::Test
