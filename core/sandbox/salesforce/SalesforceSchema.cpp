#include "core/sandbox/salesforce/SalesforceSchema.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace LeadBridge::Sandbox {

namespace {

// Small builder so the object tables below read like the Field Reference.
class ObjectBuilder
{
public:
    ObjectBuilder(
        const QString &name, const QString &label, const QString &plural, const QString &prefix)
    {
        m_obj.name = name;
        m_obj.label = label;
        m_obj.labelPlural = plural;
        m_obj.keyPrefix = prefix;
        add(u"Id"_s, u"Record ID"_s, SfType::Id, 18).storage = SfStorage::Id;
        SfField &del = add(u"IsDeleted"_s, u"Deleted"_s, SfType::Boolean, 0);
        del.storage = SfStorage::IsDeleted;
        readOnly(del);
    }

    SfField &add(const QString &name, const QString &label, SfType type, int length)
    {
        SfField f;
        f.name = name;
        f.label = label;
        f.type = type;
        f.length = length;
        f.custom = name.endsWith(u"__c");
        if (type == SfType::Boolean) {
            f.nillable = false;
            f.defaultedOnCreate = true;
            f.defaultValue = u"false"_s;
        }
        if (type == SfType::Double || type == SfType::Currency) {
            f.precision = 18;
            f.scale = 2;
        }
        m_obj.fields.append(f);
        return m_obj.fields.last();
    }
    SfField &str(const QString &name, const QString &label, int length)
    {
        return add(name, label, SfType::String, length);
    }
    SfField &required(SfField &f)
    {
        f.nillable = false;
        return f;
    }
    static SfField &readOnly(SfField &f)
    {
        f.createable = false;
        f.updateable = false;
        return f;
    }
    SfField &ref(const QString &name, const QString &label, const QString &target,
        const QString &relationship)
    {
        SfField &f = add(name, label, SfType::Reference, 18);
        f.referenceTo = target;
        f.relationshipName = relationship;
        return f;
    }
    SfField &pick(const QString &name, const QString &label, const QStringList &values,
        const QString &def = {})
    {
        SfField &f = add(name, label, SfType::Picklist, 255);
        f.picklist = values;
        f.defaultValue = def;
        f.defaultedOnCreate = !def.isEmpty();
        return f;
    }
    SfField &computed(const QString &name, const QString &label, SfType type, int length)
    {
        SfField &f = add(name, label, type, length);
        f.storage = SfStorage::Computed;
        return readOnly(f);
    }
    void owner()
    {
        SfField &f = ref(u"OwnerId"_s, u"Owner ID"_s, u"User"_s, u"Owner"_s);
        f.nillable = false;
        f.defaultedOnCreate = true;
    }
    void audit()
    {
        readOnly(add(u"CreatedDate"_s, u"Created Date"_s, SfType::DateTime, 0)).storage
            = SfStorage::CreatedDate;
        readOnly(ref(u"CreatedById"_s, u"Created By ID"_s, u"User"_s, u"CreatedBy"_s));
        readOnly(add(u"LastModifiedDate"_s, u"Last Modified Date"_s, SfType::DateTime, 0)).storage
            = SfStorage::LastModifiedDate;
        readOnly(
            ref(u"LastModifiedById"_s, u"Last Modified By ID"_s, u"User"_s, u"LastModifiedBy"_s));
        readOnly(add(u"SystemModstamp"_s, u"System Modstamp"_s, SfType::DateTime, 0)).storage
            = SfStorage::SystemModstamp;
    }
    void customs(bool withScore)
    {
        if (withScore)
            add(u"Score__c"_s, u"Score"_s, SfType::Double, 0);
        SfField &ext = str(u"External_Id__c"_s, u"External Id"_s, 255);
        ext.externalId = true;
        ext.unique = true;
        SfField &mail = add(u"Email__c"_s, u"Email (External Id)"_s, SfType::Email, 80);
        mail.externalId = true;
    }

    SfObject build()
    {
        int slot = 0;
        for (qsizetype i = 0; i < m_obj.fields.size(); ++i) {
            SfField &f = m_obj.fields[i];
            if (f.storage == SfStorage::Data)
                f.slot = slot++;
            m_obj.byLowerName.insert(f.name.toLower(), int(i));
        }
        m_obj.slotCount = slot;
        return m_obj;
    }

private:
    SfObject m_obj;
};

const QStringList kSalutations = { u"Mr."_s, u"Ms."_s, u"Mrs."_s, u"Dr."_s, u"Prof."_s };
const QStringList kLeadSources = { u"Web"_s, u"Phone Inquiry"_s, u"Partner Referral"_s,
    u"Purchased List"_s, u"Webinar"_s, u"Other"_s };
const QStringList kIndustries = { u"Agriculture"_s, u"Banking"_s, u"Education"_s, u"Energy"_s,
    u"Healthcare"_s, u"Manufacturing"_s, u"Retail"_s, u"Technology"_s, u"Other"_s };

void person(ObjectBuilder &b, bool lead)
{
    b.add(u"MasterRecordId"_s, u"Master Record ID"_s, SfType::Reference, 18).createable = false;
    if (!lead)
        b.ref(u"AccountId"_s, u"Account ID"_s, u"Account"_s, u"Account"_s);
    b.required(b.str(u"LastName"_s, u"Last Name"_s, 80));
    b.str(u"FirstName"_s, u"First Name"_s, 40);
    b.pick(u"Salutation"_s, u"Salutation"_s, kSalutations);
    b.str(u"MiddleName"_s, u"Middle Name"_s, 40);
    b.str(u"Suffix"_s, u"Suffix"_s, 40);
    b.computed(u"Name"_s, u"Full Name"_s, SfType::String, 121);
    b.str(u"Title"_s, u"Title"_s, 128);
    if (lead) {
        b.required(b.str(u"Company"_s, u"Company"_s, 255));
        b.add(u"Street"_s, u"Street"_s, SfType::TextArea, 255);
        b.str(u"City"_s, u"City"_s, 40);
        b.str(u"State"_s, u"State/Province"_s, 80);
        b.str(u"PostalCode"_s, u"Zip/Postal Code"_s, 20);
        b.str(u"Country"_s, u"Country"_s, 80);
    } else {
        b.add(u"MailingStreet"_s, u"Mailing Street"_s, SfType::TextArea, 255);
        b.str(u"MailingCity"_s, u"Mailing City"_s, 40);
        b.str(u"MailingState"_s, u"Mailing State/Province"_s, 80);
        b.str(u"MailingPostalCode"_s, u"Mailing Zip/Postal Code"_s, 20);
        b.str(u"MailingCountry"_s, u"Mailing Country"_s, 80);
        b.add(u"OtherStreet"_s, u"Other Street"_s, SfType::TextArea, 255);
        b.str(u"OtherCity"_s, u"Other City"_s, 40);
        b.str(u"OtherState"_s, u"Other State/Province"_s, 80);
        b.str(u"OtherPostalCode"_s, u"Other Zip/Postal Code"_s, 20);
        b.str(u"OtherCountry"_s, u"Other Country"_s, 80);
    }
    b.add(u"Phone"_s, lead ? u"Phone"_s : u"Business Phone"_s, SfType::Phone, 40);
    b.add(u"MobilePhone"_s, u"Mobile Phone"_s, SfType::Phone, 40);
    if (!lead)
        b.add(u"HomePhone"_s, u"Home Phone"_s, SfType::Phone, 40);
    b.add(u"Fax"_s, lead ? u"Fax"_s : u"Business Fax"_s, SfType::Phone, 40);
    b.add(u"Email"_s, u"Email"_s, SfType::Email, 80);
    if (lead) {
        b.add(u"Website"_s, u"Website"_s, SfType::Url, 255);
        b.pick(u"Status"_s, u"Status"_s,
             { u"Open - Not Contacted"_s, u"Working - Contacted"_s, u"Closed - Converted"_s,
                 u"Closed - Not Converted"_s },
             u"Open - Not Contacted"_s)
            .nillable
            = false;
        b.pick(u"Industry"_s, u"Industry"_s, kIndustries);
        b.pick(u"Rating"_s, u"Rating"_s, { u"Hot"_s, u"Warm"_s, u"Cold"_s });
        b.add(u"AnnualRevenue"_s, u"Annual Revenue"_s, SfType::Currency, 0);
        b.add(u"NumberOfEmployees"_s, u"Employees"_s, SfType::Int, 0).precision = 8;
    } else {
        b.str(u"Department"_s, u"Department"_s, 80);
        b.add(u"Birthdate"_s, u"Birthdate"_s, SfType::Date, 0);
    }
    b.pick(u"LeadSource"_s, u"Lead Source"_s, kLeadSources);
    b.add(u"Description"_s, lead ? u"Description"_s : u"Contact Description"_s, SfType::TextArea,
        32000);
    b.owner();
    b.add(u"HasOptedOutOfEmail"_s, u"Email Opt Out"_s, SfType::Boolean, 0);
    b.add(u"HasOptedOutOfFax"_s, u"Fax Opt Out"_s, SfType::Boolean, 0);
    b.add(u"DoNotCall"_s, u"Do Not Call"_s, SfType::Boolean, 0);
    if (lead) {
        ObjectBuilder::readOnly(b.add(u"IsConverted"_s, u"Converted"_s, SfType::Boolean, 0));
        ObjectBuilder::readOnly(b.add(u"ConvertedDate"_s, u"Converted Date"_s, SfType::Date, 0));
        ObjectBuilder::readOnly(b.ref(u"ConvertedAccountId"_s, u"Converted Account ID"_s,
            u"Account"_s, u"ConvertedAccount"_s));
        ObjectBuilder::readOnly(b.ref(u"ConvertedContactId"_s, u"Converted Contact ID"_s,
            u"Contact"_s, u"ConvertedContact"_s));
        b.add(u"IsUnreadByOwner"_s, u"Unread By Owner"_s, SfType::Boolean, 0);
    }
    b.audit();
    ObjectBuilder::readOnly(b.add(u"LastActivityDate"_s, u"Last Activity"_s, SfType::Date, 0));
    b.str(u"EmailBouncedReason"_s, u"Email Bounced Reason"_s, 255);
    b.add(u"EmailBouncedDate"_s, u"Email Bounced Date"_s, SfType::DateTime, 0);
    if (!lead)
        b.computed(u"IsEmailBounced"_s, u"Is Email Bounced"_s, SfType::Boolean, 0).nillable = false;
    b.customs(true);
}

QList<SfObject> buildObjects()
{
    QList<SfObject> out;
    {
        ObjectBuilder b(u"Lead"_s, u"Lead"_s, u"Leads"_s, u"00Q"_s);
        person(b, true);
        out.append(b.build());
    }
    {
        ObjectBuilder b(u"Contact"_s, u"Contact"_s, u"Contacts"_s, u"003"_s);
        person(b, false);
        out.append(b.build());
    }
    {
        ObjectBuilder b(u"Account"_s, u"Account"_s, u"Accounts"_s, u"001"_s);
        b.required(b.str(u"Name"_s, u"Account Name"_s, 255));
        b.pick(u"Type"_s, u"Account Type"_s,
            { u"Prospect"_s, u"Customer - Direct"_s, u"Customer - Channel"_s, u"Partner"_s,
                u"Other"_s });
        b.ref(u"ParentId"_s, u"Parent Account ID"_s, u"Account"_s, u"Parent"_s);
        b.add(u"BillingStreet"_s, u"Billing Street"_s, SfType::TextArea, 255);
        b.str(u"BillingCity"_s, u"Billing City"_s, 40);
        b.str(u"BillingState"_s, u"Billing State/Province"_s, 80);
        b.str(u"BillingPostalCode"_s, u"Billing Zip/Postal Code"_s, 20);
        b.str(u"BillingCountry"_s, u"Billing Country"_s, 80);
        b.add(u"Phone"_s, u"Account Phone"_s, SfType::Phone, 40);
        b.add(u"Website"_s, u"Website"_s, SfType::Url, 255);
        b.pick(u"Industry"_s, u"Industry"_s, kIndustries);
        b.add(u"NumberOfEmployees"_s, u"Employees"_s, SfType::Int, 0).precision = 8;
        b.add(u"Description"_s, u"Account Description"_s, SfType::TextArea, 32000);
        b.owner();
        b.audit();
        b.customs(false);
        out.append(b.build());
    }
    {
        ObjectBuilder b(u"Campaign"_s, u"Campaign"_s, u"Campaigns"_s, u"701"_s);
        b.required(b.str(u"Name"_s, u"Name"_s, 80));
        b.ref(u"ParentId"_s, u"Parent Campaign ID"_s, u"Campaign"_s, u"Parent"_s);
        b.pick(u"Type"_s, u"Type"_s,
            { u"Webinar"_s, u"Conference"_s, u"Email"_s, u"Advertisement"_s, u"Other"_s });
        b.pick(u"Status"_s, u"Status"_s,
            { u"Planned"_s, u"In Progress"_s, u"Completed"_s, u"Aborted"_s });
        b.add(u"StartDate"_s, u"Start Date"_s, SfType::Date, 0);
        b.add(u"EndDate"_s, u"End Date"_s, SfType::Date, 0);
        b.add(u"IsActive"_s, u"Active"_s, SfType::Boolean, 0);
        b.add(u"Description"_s, u"Description"_s, SfType::TextArea, 32000);
        b.computed(u"NumberOfLeads"_s, u"Leads in Campaign"_s, SfType::Int, 0);
        b.computed(u"NumberOfContacts"_s, u"Contacts in Campaign"_s, SfType::Int, 0);
        b.computed(u"NumberOfResponses"_s, u"Responses in Campaign"_s, SfType::Int, 0);
        b.owner();
        b.audit();
        out.append(b.build());
    }
    {
        ObjectBuilder b(u"CampaignMember"_s, u"Campaign Member"_s, u"Campaign Members"_s, u"00v"_s);
        SfField &c
            = b.required(b.ref(u"CampaignId"_s, u"Campaign ID"_s, u"Campaign"_s, u"Campaign"_s));
        c.updateable = false;
        b.ref(u"LeadId"_s, u"Lead ID"_s, u"Lead"_s, u"Lead"_s).updateable = false;
        b.ref(u"ContactId"_s, u"Contact ID"_s, u"Contact"_s, u"Contact"_s).updateable = false;
        SfField &st = b.pick(u"Status"_s, u"Status"_s, { u"Sent"_s, u"Responded"_s }, u"Sent"_s);
        st.length = 40;
        b.computed(u"HasResponded"_s, u"Responded"_s, SfType::Boolean, 0).nillable = false;
        ObjectBuilder::readOnly(
            b.add(u"FirstRespondedDate"_s, u"First Responded Date"_s, SfType::Date, 0));
        b.computed(u"FirstName"_s, u"First Name"_s, SfType::String, 40);
        b.computed(u"LastName"_s, u"Last Name"_s, SfType::String, 80);
        b.computed(u"Email"_s, u"Email"_s, SfType::Email, 80);
        b.computed(u"CompanyOrAccount"_s, u"Company (Account)"_s, SfType::String, 255);
        b.computed(u"Title"_s, u"Title"_s, SfType::String, 128);
        b.computed(u"City"_s, u"City"_s, SfType::String, 40);
        b.computed(u"Country"_s, u"Country"_s, SfType::String, 80);
        b.computed(u"Phone"_s, u"Phone"_s, SfType::Phone, 40);
        b.computed(u"HasOptedOutOfEmail"_s, u"Email Opt Out"_s, SfType::Boolean, 0).nillable
            = false;
        b.audit();
        out.append(b.build());
    }
    {
        // CampaignMemberStatus, from the Object Reference ("One or more member status values
        // defined for a campaign"; fields CampaignId, Label (765), HasResponded, IsDefault,
        // SortOrder) and the Field Reference (labels "Member Status", "Responded", "Is
        // Default", "Sort Order"). Key prefix 01Y: general knowledge, not from a source read.
        ObjectBuilder b(u"CampaignMemberStatus"_s, u"Campaign Member Status"_s,
            u"Campaign Member Statuses"_s, u"01Y"_s);
        SfField &c
            = b.required(b.ref(u"CampaignId"_s, u"Campaign ID"_s, u"Campaign"_s, u"Campaign"_s));
        c.updateable = false;
        b.required(b.str(u"Label"_s, u"Member Status"_s, 765));
        b.add(u"HasResponded"_s, u"Responded"_s, SfType::Boolean, 0);
        b.add(u"IsDefault"_s, u"Is Default"_s, SfType::Boolean, 0);
        b.add(u"SortOrder"_s, u"Sort Order"_s, SfType::Int, 0).precision = 9;
        b.audit();
        out.append(b.build());
    }
    {
        ObjectBuilder b(u"User"_s, u"User"_s, u"Users"_s, u"005"_s);
        SfField &un = b.required(b.str(u"Username"_s, u"Username"_s, 80));
        un.unique = true;
        b.required(b.str(u"LastName"_s, u"Last Name"_s, 80));
        b.str(u"FirstName"_s, u"First Name"_s, 40);
        b.computed(u"Name"_s, u"Full Name"_s, SfType::String, 121);
        b.required(b.add(u"Email"_s, u"Email"_s, SfType::Email, 128));
        b.required(b.str(u"Alias"_s, u"Alias"_s, 8));
        b.str(u"CompanyName"_s, u"Company Name"_s, 80);
        b.str(u"Title"_s, u"Title"_s, 80);
        b.add(u"IsActive"_s, u"Active"_s, SfType::Boolean, 0);
        b.pick(u"TimeZoneSidKey"_s, u"Time Zone"_s,
            { u"America/Los_Angeles"_s, u"America/New_York"_s, u"Europe/London"_s,
                u"Europe/Berlin"_s },
            u"America/Los_Angeles"_s);
        b.audit();
        out.append(b.build());
    }
    return out;
}

} // namespace

bool SfField::isText() const
{
    switch (type) {
    case SfType::Boolean:
    case SfType::Int:
    case SfType::Double:
    case SfType::Currency:
        return false;
    default:
        return true;
    }
}

QString SfField::typeName() const
{
    switch (type) {
    case SfType::Id:
        return u"id"_s;
    case SfType::String:
        return u"string"_s;
    case SfType::TextArea:
        return u"textarea"_s;
    case SfType::Email:
        return u"email"_s;
    case SfType::Phone:
        return u"phone"_s;
    case SfType::Url:
        return u"url"_s;
    case SfType::Picklist:
        return u"picklist"_s;
    case SfType::Boolean:
        return u"boolean"_s;
    case SfType::Int:
        return u"int"_s;
    case SfType::Double:
        return u"double"_s;
    case SfType::Currency:
        return u"currency"_s;
    case SfType::Date:
        return u"date"_s;
    case SfType::DateTime:
        return u"datetime"_s;
    case SfType::Reference:
        return u"reference"_s;
    }
    return u"string"_s;
}

QString SfField::soapType() const
{
    switch (type) {
    case SfType::Id:
    case SfType::Reference:
        return u"tns:ID"_s;
    case SfType::Boolean:
        return u"xsd:boolean"_s;
    case SfType::Int:
        return u"xsd:int"_s;
    case SfType::Double:
    case SfType::Currency:
        return u"xsd:double"_s;
    case SfType::Date:
        return u"xsd:date"_s;
    case SfType::DateTime:
        return u"xsd:dateTime"_s;
    default:
        return u"xsd:string"_s;
    }
}

int SfObject::fieldIndex(QStringView name) const
{
    return byLowerName.value(name.toString().toLower(), -1);
}

const SfField *SfObject::field(QStringView name) const
{
    const int i = fieldIndex(name);
    return i < 0 ? nullptr : &fields.at(i);
}

QJsonObject SfObject::describeGlobalEntry(const QString &version) const
{
    const QString base = u"/services/data/"_s + version + u"/sobjects/"_s + name;
    const bool writable = name != u"User";
    return QJsonObject {
        { u"activateable"_s, false },
        { u"createable"_s, writable },
        { u"custom"_s, false },
        { u"customSetting"_s, false },
        { u"deletable"_s, writable },
        { u"deprecatedAndHidden"_s, false },
        { u"feedEnabled"_s, false },
        { u"keyPrefix"_s, keyPrefix },
        { u"label"_s, label },
        { u"labelPlural"_s, labelPlural },
        { u"layoutable"_s, true },
        { u"mergeable"_s, name == u"Lead" || name == u"Contact" || name == u"Account" },
        { u"mruEnabled"_s, true },
        { u"name"_s, name },
        { u"queryable"_s, true },
        { u"replicateable"_s, true },
        { u"retrieveable"_s, true },
        { u"searchable"_s, true },
        { u"triggerable"_s, true },
        { u"undeletable"_s, writable },
        { u"updateable"_s, writable },
        { u"urls"_s,
            QJsonObject { { u"sobject"_s, base }, { u"describe"_s, QString(base + u"/describe"_s) },
                { u"rowTemplate"_s, QString(base + u"/{ID}"_s) } } },
    };
}

QJsonObject SfObject::describe(const QString &version) const
{
    QJsonObject out = describeGlobalEntry(version);
    QJsonArray fieldArray;
    for (const SfField &f : fields) {
        QJsonArray picks;
        for (const QString &v : f.picklist) {
            picks.append(
                QJsonObject { { u"active"_s, true }, { u"defaultValue"_s, v == f.defaultValue },
                    { u"label"_s, v }, { u"validFor"_s, QJsonValue::Null }, { u"value"_s, v } });
        }
        const bool isId = f.type == SfType::Id;
        const bool textual = f.isText() && f.type != SfType::Date && f.type != SfType::DateTime;
        QJsonValue defaultValue = QJsonValue::Null;
        if (f.type == SfType::Boolean)
            defaultValue = false;
        QJsonObject o {
            { u"aggregatable"_s, f.type != SfType::TextArea },
            { u"autoNumber"_s, false },
            { u"byteLength"_s, textual ? f.length * 3 : 0 },
            { u"calculated"_s, f.storage == SfStorage::Computed },
            { u"calculatedFormula"_s, QJsonValue::Null },
            { u"cascadeDelete"_s, false },
            { u"caseSensitive"_s, false },
            { u"compoundFieldName"_s, QJsonValue::Null },
            { u"controllerName"_s, QJsonValue::Null },
            { u"createable"_s, f.createable },
            { u"custom"_s, f.custom },
            { u"defaultValue"_s, defaultValue },
            { u"defaultValueFormula"_s, QJsonValue::Null },
            { u"defaultedOnCreate"_s, f.defaultedOnCreate || isId },
            { u"dependentPicklist"_s, false },
            { u"deprecatedAndHidden"_s, false },
            { u"digits"_s, f.type == SfType::Int ? f.precision : 0 },
            { u"displayLocationInDecimal"_s, false },
            { u"encrypted"_s, false },
            { u"externalId"_s, f.externalId },
            { u"extraTypeInfo"_s, QJsonValue::Null },
            { u"filterable"_s, f.type != SfType::TextArea || f.length <= 255 },
            { u"filteredLookupInfo"_s, QJsonValue::Null },
            { u"groupable"_s, f.type != SfType::TextArea && f.type != SfType::Double },
            { u"highScaleNumber"_s, false },
            { u"htmlFormatted"_s, false },
            { u"idLookup"_s, isId || f.externalId || f.name == u"Email" || f.name == u"Username" },
            { u"inlineHelpText"_s, QJsonValue::Null },
            { u"label"_s, f.label },
            { u"length"_s, textual ? f.length : 0 },
            { u"mask"_s, QJsonValue::Null },
            { u"maskType"_s, QJsonValue::Null },
            { u"name"_s, f.name },
            { u"nameField"_s, f.name == u"Name" },
            { u"namePointing"_s, false },
            { u"nillable"_s, f.nillable && !isId },
            { u"permissionable"_s, f.nillable && f.storage == SfStorage::Data },
            { u"picklistValues"_s, picks },
            { u"polymorphicForeignKey"_s, false },
            { u"precision"_s,
                (f.type == SfType::Double || f.type == SfType::Currency) ? f.precision : 0 },
            { u"queryByDistance"_s, false },
            { u"referenceTargetField"_s, QJsonValue::Null },
            { u"referenceTo"_s,
                f.referenceTo.isEmpty() ? QJsonArray {} : QJsonArray { f.referenceTo } },
            { u"relationshipName"_s,
                f.relationshipName.isEmpty() ? QJsonValue(QJsonValue::Null)
                                             : QJsonValue(f.relationshipName) },
            { u"relationshipOrder"_s, QJsonValue::Null },
            { u"restrictedDelete"_s, false },
            { u"restrictedPicklist"_s, false },
            { u"scale"_s, f.scale },
            { u"searchPrefilterable"_s, false },
            { u"soapType"_s, f.soapType() },
            { u"sortable"_s, f.type != SfType::TextArea || f.length <= 255 },
            { u"type"_s, f.typeName() },
            { u"unique"_s, f.unique },
            { u"updateable"_s, f.updateable },
            { u"writeRequiresMasterRead"_s, false },
        };
        fieldArray.append(o);
    }
    out.insert(u"fields"_s, fieldArray);
    out.insert(u"childRelationships"_s, QJsonArray {});
    out.insert(u"recordTypeInfos"_s, QJsonArray {});
    out.insert(u"supportedScopes"_s,
        QJsonArray { QJsonObject {
            { u"label"_s, QString(u"All "_s + labelPlural) }, { u"name"_s, u"everything"_s } } });
    out.insert(u"actionOverrides"_s, QJsonArray {});
    out.insert(u"compactLayoutable"_s, true);
    out.insert(u"listviewable"_s, QJsonValue::Null);
    out.insert(u"lookupLayoutable"_s, QJsonValue::Null);
    out.insert(u"networkScopeFieldName"_s, QJsonValue::Null);
    out.insert(u"searchLayoutable"_s, true);
    out.insert(u"sobjectDescribeOption"_s, u"FULL"_s);
    return out;
}

const QList<SfObject> &SalesforceSchema::objects()
{
    static const QList<SfObject> all = buildObjects();
    return all;
}

const SfObject *SalesforceSchema::find(QStringView name)
{
    for (const SfObject &o : objects()) {
        if (o.name.compare(name, Qt::CaseInsensitive) == 0)
            return &o;
    }
    return nullptr;
}

} // namespace LeadBridge::Sandbox
