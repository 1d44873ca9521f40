#include "core/mapping/StandardFields.h"

#include "core/mapping/TypeCompatibility.h"

namespace LeadBridge {

namespace {

struct StandardEntry
{
    const char *name;
    MarketingFieldType type;
    SystemUsage usage;
    bool preMapped;
};

// Act-On column headings (as the Act-On list API spells them) with type and usage.
const StandardEntry kStandard[] = {
    { "E-mail Address", MarketingFieldType::Email, SystemUsage::Email, true },
    { "First Name", MarketingFieldType::Text, SystemUsage::FirstName, true },
    { "Middle Name", MarketingFieldType::Text, SystemUsage::MiddleName, false },
    { "Last Name", MarketingFieldType::Text, SystemUsage::LastName, true },
    { "Company", MarketingFieldType::Text, SystemUsage::Company, true },
    { "Job Title", MarketingFieldType::Text, SystemUsage::JobTitle, true },
    { "Business Phone", MarketingFieldType::Text, SystemUsage::Phone, true },
    { "Cell Phone", MarketingFieldType::Text, SystemUsage::MobilePhone, false },
    { "Business Street", MarketingFieldType::Text, SystemUsage::Street, true },
    { "Business City", MarketingFieldType::Text, SystemUsage::City, true },
    { "Business State", MarketingFieldType::Text, SystemUsage::State, true },
    { "Business Postal Code", MarketingFieldType::Text, SystemUsage::PostalCode, true },
    { "Business Country", MarketingFieldType::Text, SystemUsage::Country, true },
    { "Industry", MarketingFieldType::Text, SystemUsage::Industry, false },
    { "Lead Source", MarketingFieldType::Text, SystemUsage::LeadSource, true },
    { "Score", MarketingFieldType::Score, SystemUsage::Score, true },
    { "Opt-Out", MarketingFieldType::Boolean, SystemUsage::OptOut, true },
    { "Hard Bounce", MarketingFieldType::Text, SystemUsage::HardBounce, true },
};

MarketingField toField(const StandardEntry &entry)
{
    MarketingField field;
    field.name = QString::fromLatin1(entry.name);
    field.type = entry.type;
    field.standard = true;
    field.usage = entry.usage;
    return field;
}

QString salesforceSource(CrmObjectType object, SystemUsage usage)
{
    const bool lead = object == CrmObjectType::Lead;
    switch (usage) {
    case SystemUsage::Email:
        return QStringLiteral("Email");
    case SystemUsage::FirstName:
        return QStringLiteral("FirstName");
    case SystemUsage::MiddleName:
        return QStringLiteral("MiddleName");
    case SystemUsage::LastName:
        return QStringLiteral("LastName");
    case SystemUsage::Company:
        // A Contact has no company of its own: it is the name of its Account, read
        // through the AccountId relationship (Act-On joins accounts the same way).
        return lead ? QStringLiteral("Company") : QStringLiteral("Account.Name");
    case SystemUsage::JobTitle:
        return QStringLiteral("Title");
    case SystemUsage::Phone:
        return QStringLiteral("Phone");
    case SystemUsage::MobilePhone:
        return QStringLiteral("MobilePhone");
    case SystemUsage::Street:
        return lead ? QStringLiteral("Street") : QStringLiteral("MailingStreet");
    case SystemUsage::City:
        return lead ? QStringLiteral("City") : QStringLiteral("MailingCity");
    case SystemUsage::State:
        return lead ? QStringLiteral("State") : QStringLiteral("MailingState");
    case SystemUsage::PostalCode:
        return lead ? QStringLiteral("PostalCode") : QStringLiteral("MailingPostalCode");
    case SystemUsage::Country:
        return lead ? QStringLiteral("Country") : QStringLiteral("MailingCountry");
    case SystemUsage::Industry:
        return lead ? QStringLiteral("Industry") : QString();
    case SystemUsage::LeadSource:
        return QStringLiteral("LeadSource");
    case SystemUsage::OptOut:
        return QStringLiteral("HasOptedOutOfEmail");
    case SystemUsage::HardBounce:
        return QStringLiteral("EmailBouncedReason");
    case SystemUsage::Score:
    case SystemUsage::None:
        break;
    }
    return QString();
}

QString pipelinerSource(CrmObjectType object, SystemUsage usage)
{
    // A Pipeliner Lead is a pre-qualification opportunity with no person name fields;
    // it carries the person in its quick_* fields.
    if (object == CrmObjectType::Lead) {
        switch (usage) {
        case SystemUsage::Email:
            return QStringLiteral("quick_email");
        case SystemUsage::Phone:
            return QStringLiteral("quick_phone");
        case SystemUsage::Company:
            return QStringLiteral("quick_account_name");
        default:
            return QString();
        }
    }
    switch (usage) {
    case SystemUsage::Email:
        return QStringLiteral("email1");
    case SystemUsage::FirstName:
        return QStringLiteral("first_name");
    case SystemUsage::MiddleName:
        return QStringLiteral("middle_name");
    case SystemUsage::LastName:
        return QStringLiteral("last_name");
    case SystemUsage::Company:
        return QStringLiteral("quick_account_name");
    case SystemUsage::JobTitle:
        return QStringLiteral("position");
    case SystemUsage::Phone:
        return QStringLiteral("phone1");
    case SystemUsage::MobilePhone:
        return QStringLiteral("phone2");
    case SystemUsage::Street:
        return QStringLiteral("address");
    case SystemUsage::City:
        return QStringLiteral("city");
    case SystemUsage::State:
        return QStringLiteral("state_province");
    case SystemUsage::PostalCode:
        return QStringLiteral("zip_code");
    case SystemUsage::Country:
        return QStringLiteral("country");
    case SystemUsage::OptOut:
        return QStringLiteral("is_unsubscribed");
    default:
        return QString();
    }
}

QString existingOrEmpty(const QString &apiName, const std::optional<CrmObjectSchema> &schema)
{
    if (apiName.isEmpty() || !schema)
        return apiName;
    if (FieldMapRow::isRelationshipPath(apiName)) {
        const QString relationship = apiName.section(u'.', 0, 0);
        return schema->relationship(relationship) ? apiName : QString();
    }
    const CrmFieldDescriptor *field = schema->field(apiName);
    return field ? field->apiName : QString();
}

} // namespace

QList<MarketingField> StandardFields::catalogue()
{
    QList<MarketingField> out;
    for (const auto &entry : kStandard)
        out.append(toField(entry));
    return out;
}

std::optional<MarketingField> StandardFields::byName(const QString &name)
{
    const QString key = name.trimmed().toCaseFolded();
    for (const auto &entry : kStandard) {
        if (QString::fromLatin1(entry.name).toCaseFolded() == key)
            return toField(entry);
    }
    return std::nullopt;
}

std::optional<MarketingField> StandardFields::byUsage(SystemUsage usage)
{
    for (const auto &entry : kStandard) {
        if (entry.usage == usage)
            return toField(entry);
    }
    return std::nullopt;
}

QString StandardFields::defaultSource(CrmKind crm, CrmObjectType object, SystemUsage usage)
{
    return crm == CrmKind::Pipeliner ? pipelinerSource(object, usage)
                                     : salesforceSource(object, usage);
}

QString StandardFields::findScoreField(const CrmObjectSchema &schema)
{
    for (const auto &preferred : { QStringLiteral("Score__c"), QStringLiteral("cf_acton_score") }) {
        if (const CrmFieldDescriptor *field = schema.field(preferred); field && field->updateable)
            return field->apiName;
    }
    for (const auto &field : schema.fields) {
        if (!field.custom || !field.updateable)
            continue;
        const bool named = field.apiName.contains(QLatin1String("score"), Qt::CaseInsensitive)
            || field.label.contains(QLatin1String("score"), Qt::CaseInsensitive);
        if (named
            && TypeCompatibility::verdict(schema.crm, field.type, MarketingFieldType::Score)
                == TypeVerdict::Compatible)
            return field.apiName;
    }
    return QString();
}

FieldMap StandardFields::defaultMap(CrmKind crm, const std::optional<CrmObjectSchema> &lead,
    const std::optional<CrmObjectSchema> &contact)
{
    FieldMap map(crm, PushPolicy::TwoWay);
    for (const auto &entry : kStandard) {
        if (!entry.preMapped)
            continue;
        QString leadField;
        QString contactField;
        if (entry.usage == SystemUsage::Score) {
            leadField = lead ? findScoreField(*lead) : QString();
            contactField = contact ? findScoreField(*contact) : QString();
        } else {
            leadField = existingOrEmpty(defaultSource(crm, CrmObjectType::Lead, entry.usage), lead);
            contactField
                = existingOrEmpty(defaultSource(crm, CrmObjectType::Contact, entry.usage), contact);
        }
        map.addRow(FieldMapRow::make(toField(entry), leadField, contactField));
    }
    return map;
}

} // namespace LeadBridge
