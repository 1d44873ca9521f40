#include "tests/support/FlowFieldMaps.h"

#include "core/mapping/StandardFields.h"

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

FieldMap FlowFieldMaps::pipelinerContacts(bool withPhone, bool withScore)
{
    FieldMap map(CrmKind::Pipeliner, PushPolicy::TwoWay);
    const auto add = [&map](const char *name, const char *contact) {
        map.addRow(FieldMapRow::make(*StandardFields::byName(QString::fromLatin1(name)), QString(),
            QString::fromLatin1(contact)));
    };
    add("E-mail Address", "email1");
    add("First Name", "first_name");
    add("Last Name", "last_name");
    if (withPhone)
        add("Business Phone", "phone1");
    if (withScore)
        add("Score", "cf_acton_score");
    return map;
}

} // namespace LeadBridge::Test
