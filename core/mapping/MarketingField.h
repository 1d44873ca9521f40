#pragma once

#include "core/mapping/MarketingFieldType.h"
#include "core/mapping/SystemUsage.h"

#include <QMetaType>
#include <QString>

namespace LeadBridge {

/// A field of an Act-On contact: a standard field (with a system usage) or a custom one.
struct MarketingField
{
    /// Act-On column heading, e.g. "E-mail Address" or "Webinar Count".
    QString name;
    MarketingFieldType type = MarketingFieldType::Text;
    /// True for Act-On standard fields (StandardFields catalogue), false for custom fields.
    bool standard = false;
    /// What Act-On uses the field for; None for custom fields.
    SystemUsage usage = SystemUsage::None;

    /// A custom field of @p type.
    static MarketingField custom(const QString &name, MarketingFieldType type);

    /// Case-insensitive, trimmed comparison key for the name (duplicate detection).
    QString nameKey() const { return name.trimmed().toCaseFolded(); }

    friend bool operator==(const MarketingField &, const MarketingField &) = default;
};

} // namespace LeadBridge

Q_DECLARE_METATYPE(LeadBridge::MarketingField)
