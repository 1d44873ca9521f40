#include "core/mapping/FieldMapRow.h"

namespace LeadBridge {

FieldMapRow FieldMapRow::make(const MarketingField &field, const QString &leadField,
    const QString &contactField, bool allowPush)
{
    FieldMapRow row;
    row.marketing = field;
    row.leadField = leadField;
    row.contactField = contactField;
    row.allowPush = field.type == MarketingFieldType::Score ? true : allowPush;
    return row;
}

} // namespace LeadBridge
