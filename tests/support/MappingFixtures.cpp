#include "tests/support/MappingFixtures.h"

namespace LeadBridge::Test {

CrmObjectSchema salesforceLead()
{
    SchemaBuilder b(CrmKind::Salesforce, CrmObjectType::Lead, QStringLiteral("Lead"));
    b.readOnly(QStringLiteral("Id"), QStringLiteral("Lead ID"), QStringLiteral("id"), 18)
        .add(QStringLiteral("Salutation"), QStringLiteral("Salutation"), QStringLiteral("picklist"))
        .add(
            QStringLiteral("FirstName"), QStringLiteral("First Name"), QStringLiteral("string"), 40)
        .required(
            QStringLiteral("LastName"), QStringLiteral("Last Name"), QStringLiteral("string"), 80)
        .readOnly(
            QStringLiteral("Name"), QStringLiteral("Full Name"), QStringLiteral("string"), 121)
        .add(QStringLiteral("Title"), QStringLiteral("Title"), QStringLiteral("string"), 128)
        .required(
            QStringLiteral("Company"), QStringLiteral("Company"), QStringLiteral("string"), 255)
        .add(QStringLiteral("Street"), QStringLiteral("Street"), QStringLiteral("textarea"), 255)
        .add(QStringLiteral("City"), QStringLiteral("City"), QStringLiteral("string"), 40)
        .add(
            QStringLiteral("State"), QStringLiteral("State/Province"), QStringLiteral("string"), 80)
        .add(QStringLiteral("PostalCode"), QStringLiteral("Zip/Postal Code"),
            QStringLiteral("string"), 20)
        .add(QStringLiteral("Country"), QStringLiteral("Country"), QStringLiteral("string"), 80)
        .readOnly(QStringLiteral("Address"), QStringLiteral("Address"), QStringLiteral("address"))
        .add(QStringLiteral("Phone"), QStringLiteral("Phone"), QStringLiteral("phone"), 40)
        .add(QStringLiteral("MobilePhone"), QStringLiteral("Mobile Phone"), QStringLiteral("phone"),
            40)
        .add(QStringLiteral("Fax"), QStringLiteral("Fax"), QStringLiteral("phone"), 40)
        .add(QStringLiteral("Email"), QStringLiteral("Email"), QStringLiteral("email"), 80)
        .add(QStringLiteral("Website"), QStringLiteral("Website"), QStringLiteral("url"), 255)
        .add(QStringLiteral("Description"), QStringLiteral("Description"),
            QStringLiteral("textarea"), 32000)
        .add(
            QStringLiteral("LeadSource"), QStringLiteral("Lead Source"), QStringLiteral("picklist"))
        .defaulted(
            QStringLiteral("Status"), QStringLiteral("Lead Status"), QStringLiteral("picklist"))
        .add(QStringLiteral("Industry"), QStringLiteral("Industry"), QStringLiteral("picklist"))
        .add(QStringLiteral("Rating"), QStringLiteral("Rating"), QStringLiteral("picklist"))
        .add(QStringLiteral("AnnualRevenue"), QStringLiteral("Annual Revenue"),
            QStringLiteral("currency"))
        .add(
            QStringLiteral("NumberOfEmployees"), QStringLiteral("Employees"), QStringLiteral("int"))
        .reference(QStringLiteral("OwnerId"), QStringLiteral("Owner ID"), QStringLiteral("Owner"),
            QStringLiteral("User"), true)
        .defaulted(QStringLiteral("HasOptedOutOfEmail"), QStringLiteral("Email Opt Out"),
            QStringLiteral("boolean"))
        .defaulted(
            QStringLiteral("DoNotCall"), QStringLiteral("Do Not Call"), QStringLiteral("boolean"))
        .readOnly(
            QStringLiteral("IsConverted"), QStringLiteral("Converted"), QStringLiteral("boolean"))
        .add(QStringLiteral("EmailBouncedReason"), QStringLiteral("Email Bounced Reason"),
            QStringLiteral("string"), 255)
        .add(QStringLiteral("EmailBouncedDate"), QStringLiteral("Email Bounced Date"),
            QStringLiteral("datetime"))
        .readOnly(QStringLiteral("CreatedDate"), QStringLiteral("Created Date"),
            QStringLiteral("datetime"))
        .readOnly(QStringLiteral("LastModifiedDate"), QStringLiteral("Last Modified Date"),
            QStringLiteral("datetime"))
        .add(QStringLiteral("Score__c"), QStringLiteral("Score"), QStringLiteral("double"))
        .readOnly(QStringLiteral("Formula_Score__c"), QStringLiteral("Formula Score"),
            QStringLiteral("double"))
        .add(QStringLiteral("Email__c"), QStringLiteral("Email (External Id)"),
            QStringLiteral("email"), 80);
    CrmObjectSchema schema = b.build();
    for (auto &f : schema.fields) {
        if (f.apiName == QLatin1String("Formula_Score__c"))
            f.custom = true;
    }
    return schema;
}

CrmObjectSchema salesforceContact()
{
    SchemaBuilder b(CrmKind::Salesforce, CrmObjectType::Contact, QStringLiteral("Contact"));
    b.readOnly(QStringLiteral("Id"), QStringLiteral("Contact ID"), QStringLiteral("id"), 18)
        .reference(QStringLiteral("AccountId"), QStringLiteral("Account ID"),
            QStringLiteral("Account"), QStringLiteral("Account"))
        .add(
            QStringLiteral("FirstName"), QStringLiteral("First Name"), QStringLiteral("string"), 40)
        .required(
            QStringLiteral("LastName"), QStringLiteral("Last Name"), QStringLiteral("string"), 80)
        .readOnly(
            QStringLiteral("Name"), QStringLiteral("Full Name"), QStringLiteral("string"), 121)
        .add(QStringLiteral("Title"), QStringLiteral("Title"), QStringLiteral("string"), 128)
        .add(QStringLiteral("Department"), QStringLiteral("Department"), QStringLiteral("string"),
            80)
        .add(QStringLiteral("MailingStreet"), QStringLiteral("Mailing Street"),
            QStringLiteral("textarea"), 255)
        .add(QStringLiteral("MailingCity"), QStringLiteral("Mailing City"),
            QStringLiteral("string"), 40)
        .add(QStringLiteral("MailingState"), QStringLiteral("Mailing State/Province"),
            QStringLiteral("string"), 80)
        .add(QStringLiteral("MailingPostalCode"), QStringLiteral("Mailing Zip/Postal Code"),
            QStringLiteral("string"), 20)
        .add(QStringLiteral("MailingCountry"), QStringLiteral("Mailing Country"),
            QStringLiteral("string"), 80)
        .add(QStringLiteral("Phone"), QStringLiteral("Business Phone"), QStringLiteral("phone"), 40)
        .add(QStringLiteral("MobilePhone"), QStringLiteral("Mobile Phone"), QStringLiteral("phone"),
            40)
        .add(QStringLiteral("HomePhone"), QStringLiteral("Home Phone"), QStringLiteral("phone"), 40)
        .add(QStringLiteral("Fax"), QStringLiteral("Business Fax"), QStringLiteral("phone"), 40)
        .add(QStringLiteral("Email"), QStringLiteral("Email"), QStringLiteral("email"), 80)
        .add(QStringLiteral("Birthdate"), QStringLiteral("Birthdate"), QStringLiteral("date"))
        .add(QStringLiteral("Description"), QStringLiteral("Contact Description"),
            QStringLiteral("textarea"), 32000)
        .add(
            QStringLiteral("LeadSource"), QStringLiteral("Lead Source"), QStringLiteral("picklist"))
        .reference(QStringLiteral("OwnerId"), QStringLiteral("Owner ID"), QStringLiteral("Owner"),
            QStringLiteral("User"), true)
        .defaulted(QStringLiteral("HasOptedOutOfEmail"), QStringLiteral("Email Opt Out"),
            QStringLiteral("boolean"))
        .defaulted(
            QStringLiteral("DoNotCall"), QStringLiteral("Do Not Call"), QStringLiteral("boolean"))
        .add(QStringLiteral("EmailBouncedReason"), QStringLiteral("Email Bounced Reason"),
            QStringLiteral("string"), 255)
        .add(QStringLiteral("EmailBouncedDate"), QStringLiteral("Email Bounced Date"),
            QStringLiteral("datetime"))
        .readOnly(QStringLiteral("IsEmailBounced"), QStringLiteral("Is Email Bounced"),
            QStringLiteral("boolean"))
        .readOnly(QStringLiteral("CreatedDate"), QStringLiteral("Created Date"),
            QStringLiteral("datetime"))
        .add(QStringLiteral("Score__c"), QStringLiteral("Score"), QStringLiteral("double"));
    return b.build();
}

CrmObjectSchema pipelinerContact()
{
    SchemaBuilder b(CrmKind::Pipeliner, CrmObjectType::Contact, QStringLiteral("Contact"));
    b.readOnly(QStringLiteral("id"), QStringLiteral("Id"), QStringLiteral("uuid"))
        .reference(QStringLiteral("owner_id"), QStringLiteral("Owner"), QStringLiteral("owner"),
            QStringLiteral("Clients"))
        .add(QStringLiteral("first_name"), QStringLiteral("First name"), QStringLiteral("input"))
        .add(QStringLiteral("middle_name"), QStringLiteral("Middle name"), QStringLiteral("input"))
        .add(QStringLiteral("last_name"), QStringLiteral("Last name"), QStringLiteral("input"))
        .add(QStringLiteral("title"), QStringLiteral("Title"), QStringLiteral("input"))
        .add(QStringLiteral("position"), QStringLiteral("Position"), QStringLiteral("input"))
        .add(QStringLiteral("email1"), QStringLiteral("Email1"), QStringLiteral("input"))
        .add(QStringLiteral("email2"), QStringLiteral("Email2"), QStringLiteral("input"))
        .add(QStringLiteral("phone1"), QStringLiteral("Phone1"), QStringLiteral("input"))
        .add(QStringLiteral("phone2"), QStringLiteral("Phone2"), QStringLiteral("input"))
        .add(QStringLiteral("address"), QStringLiteral("Address"), QStringLiteral("input"))
        .add(QStringLiteral("city"), QStringLiteral("City"), QStringLiteral("input"))
        .add(QStringLiteral("state_province"), QStringLiteral("State province"),
            QStringLiteral("input"))
        .add(QStringLiteral("zip_code"), QStringLiteral("Zip code"), QStringLiteral("input"))
        .add(QStringLiteral("country"), QStringLiteral("Country"), QStringLiteral("input"))
        .add(QStringLiteral("quick_account_name"), QStringLiteral("Quick account name"),
            QStringLiteral("input"))
        .add(QStringLiteral("comments"), QStringLiteral("Comments"), QStringLiteral("text_area"))
        .add(QStringLiteral("is_unsubscribed"), QStringLiteral("Is unsubscribed"),
            QStringLiteral("checkbox"))
        .add(QStringLiteral("cf_acton_score"), QStringLiteral("Act-On Score"),
            QStringLiteral("integer"));
    CrmObjectSchema schema = b.build();
    schema.fields[1].type = QStringLiteral("uuid"); // Pipeliner ids are uuids
    schema.fields[1].nillable = false; // owner_id is required on create
    return schema;
}

CrmObjectSchema pipelinerLead()
{
    SchemaBuilder b(CrmKind::Pipeliner, CrmObjectType::Lead, QStringLiteral("Lead"));
    b.readOnly(QStringLiteral("id"), QStringLiteral("Id"), QStringLiteral("uuid"))
        .reference(QStringLiteral("owner_id"), QStringLiteral("Owner"), QStringLiteral("owner"),
            QStringLiteral("Clients"))
        .required(QStringLiteral("name"), QStringLiteral("Name"), QStringLiteral("input"))
        .add(QStringLiteral("description"), QStringLiteral("Description"),
            QStringLiteral("text_area"))
        .add(QStringLiteral("quick_contact_name"), QStringLiteral("Quick contact name"),
            QStringLiteral("input"))
        .add(QStringLiteral("quick_email"), QStringLiteral("Quick email"), QStringLiteral("input"))
        .add(QStringLiteral("quick_phone"), QStringLiteral("Quick phone"), QStringLiteral("input"))
        .add(QStringLiteral("quick_account_name"), QStringLiteral("Quick account name"),
            QStringLiteral("input"))
        .add(
            QStringLiteral("lead_source_id"), QStringLiteral("Lead source"), QStringLiteral("uuid"))
        .add(QStringLiteral("ranking"), QStringLiteral("Ranking"), QStringLiteral("integer"))
        .add(QStringLiteral("qualify_date"), QStringLiteral("Qualify date"),
            QStringLiteral("datetime"))
        .add(QStringLiteral("cf_acton_score"), QStringLiteral("Act-On Score"),
            QStringLiteral("integer"));
    CrmObjectSchema schema = b.build();
    schema.fields[1].type = QStringLiteral("uuid");
    schema.fields[1].nillable = false;
    return schema;
}

} // namespace LeadBridge::Test
