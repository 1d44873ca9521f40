#include "core/mapping/MarketingField.h"

namespace LeadBridge {

MarketingField MarketingField::custom(const QString &name, MarketingFieldType type)
{
    MarketingField field;
    field.name = name;
    field.type = type;
    field.standard = false;
    field.usage = type == MarketingFieldType::Score ? SystemUsage::Score : SystemUsage::None;
    return field;
}

} // namespace LeadBridge
