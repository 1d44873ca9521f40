#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace LeadBridge {

/// One CRM field as schema discovery (Salesforce describe, Pipeliner Fields) reports it.
struct CrmFieldDescriptor
{
    /// API name ("LastName", "Score__c", "email1", "cf_acton_score").
    QString apiName;
    /// Label a person sees in the CRM ("Last Name").
    QString label;
    /// Type exactly as the CRM reports it. Salesforce: string, textarea, email, phone, url,
    /// picklist, multipicklist, combobox, boolean, date, datetime, double, int, currency,
    /// percent, reference, id, address... Pipeliner: input, text_area, dropdown, radio,
    /// multiselect_checkbox, checkbox, date, datetime, integer, float, currency, uuid...
    QString type;
    /// Maximum length for text types, 0 otherwise.
    int length = 0;
    bool createable = true;
    bool updateable = true;
    bool nillable = true;
    /// The CRM fills the field when a create leaves it out (Salesforce defaultedOnCreate).
    bool defaultedOnCreate = false;
    bool custom = false;
    /// Relationship name of a reference field ("Account" for Contact.AccountId).
    QString relationshipName;
    /// Object(s) a reference field points to.
    QStringList referenceTo;
    /// Active picklist values, in CRM order.
    QStringList picklistValues;

    /// A convenience constructor for fixtures and connectors.
    static CrmFieldDescriptor make(
        const QString &apiName, const QString &label, const QString &type, int length = 0);

    /// True when a create must carry a value: createable, not nillable, not defaulted.
    bool isRequiredOnCreate() const { return createable && !nillable && !defaultedOnCreate; }

    friend bool operator==(const CrmFieldDescriptor &, const CrmFieldDescriptor &) = default;
};

} // namespace LeadBridge

Q_DECLARE_METATYPE(LeadBridge::CrmFieldDescriptor)
