#include "core/mapping/TypeCompatibility.h"

#include <QHash>

namespace LeadBridge {

namespace {

constexpr auto C = TypeVerdict::Compatible;
constexpr auto L = TypeVerdict::Lossy;
constexpr auto X = TypeVerdict::Incompatible;

constexpr int kKinds = int(CrmValueKind::Unknown) + 1;
constexpr int kTypes = int(MarketingFieldType::MultiText) + 1;

// Rows: CRM value kind. Columns: marketing type in enum order
//                              Bool Date DTime Text Num Score Email Multi
const TypeVerdict kMatrix[kKinds][kTypes] = {
    /* Text          */ { L, L, L, C, X, C, L, L },
    /* LongText      */ { X, X, X, C, X, L, X, L },
    /* Email         */ { X, X, X, C, X, X, C, X },
    /* Phone         */ { X, X, X, C, X, X, X, X },
    /* Url           */ { X, X, X, C, X, X, X, X },
    /* Picklist      */ { L, X, X, C, X, X, X, C },
    /* MultiPicklist */ { X, X, X, L, X, X, X, C },
    /* Boolean       */ { C, X, X, L, X, X, X, X },
    /* Date          */ { X, C, L, L, X, X, X, X },
    /* Datetime      */ { X, L, C, L, X, X, X, X },
    /* Integer       */ { X, X, X, L, C, C, X, X },
    /* Decimal       */ { X, X, X, L, C, C, X, X },
    /* Reference     */ { X, X, X, L, X, X, X, X },
    /* Compound      */ { X, X, X, X, X, X, X, X },
    /* Unknown       */ { L, L, L, L, L, L, L, L },
};

} // namespace

CrmValueKind TypeCompatibility::valueKind(CrmKind crm, const QString &crmType)
{
    static const QHash<QString, CrmValueKind> salesforce {
        { QStringLiteral("string"), CrmValueKind::Text },
        { QStringLiteral("combobox"), CrmValueKind::Text },
        { QStringLiteral("encryptedstring"), CrmValueKind::Text },
        { QStringLiteral("textarea"), CrmValueKind::LongText },
        { QStringLiteral("email"), CrmValueKind::Email },
        { QStringLiteral("phone"), CrmValueKind::Phone },
        { QStringLiteral("url"), CrmValueKind::Url },
        { QStringLiteral("picklist"), CrmValueKind::Picklist },
        { QStringLiteral("multipicklist"), CrmValueKind::MultiPicklist },
        { QStringLiteral("boolean"), CrmValueKind::Boolean },
        { QStringLiteral("date"), CrmValueKind::Date },
        { QStringLiteral("datetime"), CrmValueKind::Datetime },
        { QStringLiteral("int"), CrmValueKind::Integer },
        { QStringLiteral("long"), CrmValueKind::Integer },
        { QStringLiteral("double"), CrmValueKind::Decimal },
        { QStringLiteral("currency"), CrmValueKind::Decimal },
        { QStringLiteral("percent"), CrmValueKind::Decimal },
        { QStringLiteral("id"), CrmValueKind::Reference },
        { QStringLiteral("reference"), CrmValueKind::Reference },
        { QStringLiteral("address"), CrmValueKind::Compound },
        { QStringLiteral("location"), CrmValueKind::Compound },
    };
    static const QHash<QString, CrmValueKind> pipeliner {
        { QStringLiteral("input"), CrmValueKind::Text },
        { QStringLiteral("text_area"), CrmValueKind::LongText },
        { QStringLiteral("email"), CrmValueKind::Email },
        { QStringLiteral("phone"), CrmValueKind::Phone },
        { QStringLiteral("url"), CrmValueKind::Url },
        { QStringLiteral("dropdown"), CrmValueKind::Picklist },
        { QStringLiteral("radio"), CrmValueKind::Picklist },
        { QStringLiteral("multiselect_checkbox"), CrmValueKind::MultiPicklist },
        { QStringLiteral("checkbox"), CrmValueKind::Boolean },
        { QStringLiteral("date"), CrmValueKind::Date },
        { QStringLiteral("datetime"), CrmValueKind::Datetime },
        { QStringLiteral("integer"), CrmValueKind::Integer },
        { QStringLiteral("float"), CrmValueKind::Decimal },
        { QStringLiteral("number"), CrmValueKind::Decimal },
        { QStringLiteral("currency"), CrmValueKind::Decimal },
        { QStringLiteral("currency_foreign"), CrmValueKind::Decimal },
        { QStringLiteral("uuid"), CrmValueKind::Reference },
        { QStringLiteral("relation_list"), CrmValueKind::Compound },
        { QStringLiteral("list"), CrmValueKind::Compound },
    };
    const auto &table = crm == CrmKind::Pipeliner ? pipeliner : salesforce;
    return table.value(crmType.trimmed().toLower(), CrmValueKind::Unknown);
}

TypeVerdict TypeCompatibility::verdict(CrmValueKind kind, MarketingFieldType type)
{
    return kMatrix[int(kind)][int(type)];
}

TypeVerdict TypeCompatibility::verdict(CrmKind crm, CrmValueKind kind, MarketingFieldType type)
{
    if (crm == CrmKind::Pipeliner && kind == CrmValueKind::Text
        && type == MarketingFieldType::Email)
        return TypeVerdict::Compatible;
    return verdict(kind, type);
}

TypeVerdict TypeCompatibility::verdict(CrmKind crm, const QString &crmType, MarketingFieldType type)
{
    return verdict(crm, valueKind(crm, crmType), type);
}

QString TypeCompatibility::explanation(CrmValueKind kind, MarketingFieldType type)
{
    const TypeVerdict v = verdict(kind, type);
    if (v == TypeVerdict::Compatible)
        return QString();
    if (kind == CrmValueKind::Unknown)
        return tr("LeadBridge does not know this CRM field type, so values may not convert");
    if (kind == CrmValueKind::Reference)
        return v == TypeVerdict::Lossy
            ? tr("it holds a record id; owners and accounts are joined automatically and need "
                 "no mapping")
            : tr("it holds a record id, not a value");
    if (kind == CrmValueKind::Compound)
        return tr("it is a compound field; map its parts (street, city...) instead");
    if (v == TypeVerdict::Lossy) {
        switch (type) {
        case MarketingFieldType::Text:
            return tr("values arrive as text, and text pushed back must still be valid for the "
                      "CRM field");
        case MarketingFieldType::Boolean:
            return tr("only values such as true/false or yes/no can be read as Boolean");
        case MarketingFieldType::Date:
        case MarketingFieldType::Datetime:
            return kind == CrmValueKind::Text
                ? tr("only text written as a date can be read as a date")
                : tr("the time of day is dropped or set to midnight");
        case MarketingFieldType::Email:
            return tr("text values are not checked to be email addresses");
        case MarketingFieldType::MultiText:
            return tr("several values are joined into one when pushed back");
        case MarketingFieldType::Score:
            return tr("a long text field can hold a score but is hard to filter on in the CRM");
        case MarketingFieldType::Number:
            break;
        }
        return tr("some values may be reformatted or rejected");
    }
    switch (type) {
    case MarketingFieldType::Number:
    case MarketingFieldType::Score:
        return tr("values that are not numbers cannot be stored in a %1 field")
            .arg(MarketingFieldTypes::displayName(type));
    case MarketingFieldType::Email:
        return tr("only an email or text field can hold email addresses");
    default:
        return tr("%1 values cannot be stored in a %2 field")
            .arg(kindName(kind), MarketingFieldTypes::displayName(type));
    }
}

QString TypeCompatibility::kindName(CrmValueKind kind)
{
    switch (kind) {
    case CrmValueKind::Text:
        return QStringLiteral("text");
    case CrmValueKind::LongText:
        return QStringLiteral("long text");
    case CrmValueKind::Email:
        return QStringLiteral("email");
    case CrmValueKind::Phone:
        return QStringLiteral("phone");
    case CrmValueKind::Url:
        return QStringLiteral("url");
    case CrmValueKind::Picklist:
        return QStringLiteral("picklist");
    case CrmValueKind::MultiPicklist:
        return QStringLiteral("multi-select picklist");
    case CrmValueKind::Boolean:
        return QStringLiteral("boolean");
    case CrmValueKind::Date:
        return QStringLiteral("date");
    case CrmValueKind::Datetime:
        return QStringLiteral("date/time");
    case CrmValueKind::Integer:
        return QStringLiteral("integer");
    case CrmValueKind::Decimal:
        return QStringLiteral("decimal");
    case CrmValueKind::Reference:
        return QStringLiteral("reference");
    case CrmValueKind::Compound:
        return QStringLiteral("compound");
    case CrmValueKind::Unknown:
        return QStringLiteral("unknown");
    }
    return QString();
}

} // namespace LeadBridge
