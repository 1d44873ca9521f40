#pragma once

#include "core/mapping/CrmKind.h"
#include "core/mapping/MarketingFieldType.h"

#include <QCoreApplication>
#include <QString>

namespace LeadBridge {

/// What kind of value a CRM field holds, whatever the CRM calls its type.
enum class CrmValueKind {
    Text, ///< single-line text (Salesforce string/combobox/encryptedstring, Pipeliner input)
    LongText, ///< multi-line text (textarea, text_area)
    Email,
    Phone,
    Url,
    Picklist, ///< one value from a list (picklist, dropdown, radio)
    MultiPicklist, ///< several values from a list (multipicklist, multiselect_checkbox)
    Boolean,
    Date,
    Datetime,
    Integer, ///< int, integer
    Decimal, ///< double, currency, percent, float
    Reference, ///< id, reference, uuid: a record id, joined automatically
    Compound, ///< address, location, relation lists: not a single writable value
    Unknown, ///< a type this build does not know
};

/// How well a CRM field and a marketing field type fit together.
enum class TypeVerdict {
    Compatible, ///< every value fits both ways
    Lossy, ///< values come across but some may be reformatted or rejected on push (Warning)
    Incompatible, ///< values will not fit (Error)
};

/// The CRM type -> marketing type compatibility matrix used by MappingValidator and
/// AutoMapper. The table lives in TypeCompatibility.cpp.
class TypeCompatibility
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::TypeCompatibility)

public:
    /// Classifies a type string as @p crm's schema discovery reports it (case-insensitive).
    static CrmValueKind valueKind(CrmKind crm, const QString &crmType);
    /// The verdict for CRM values of @p kind in a marketing field of @p type.
    static TypeVerdict verdict(CrmValueKind kind, MarketingFieldType type);
    /// The verdict with CRM-specific exceptions: Pipeliner has no email field type and
    /// keeps email addresses in plain text fields (email1..5, quick_email), so text into an
    /// Email field is Compatible there.
    static TypeVerdict verdict(CrmKind crm, CrmValueKind kind, MarketingFieldType type);
    /// Convenience: classify then judge (with the CRM-specific exceptions).
    static TypeVerdict verdict(CrmKind crm, const QString &crmType, MarketingFieldType type);
    /// A short translated explanation of a non-Compatible pairing (empty when Compatible),
    /// e.g. "text values cannot be stored in a Number field".
    static QString explanation(CrmValueKind kind, MarketingFieldType type);
    /// Stable name of @p kind ("text", "picklist"...), for tests and logs.
    static QString kindName(CrmValueKind kind);
};

} // namespace LeadBridge
