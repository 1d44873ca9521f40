#pragma once

#include "core/mapping/CrmKind.h"

#include <QMetaType>
#include <QString>

namespace LeadBridge {

/// A proposed source for a marketing field, which the admin can accept or reject.
struct MappingSuggestion
{
    /// Act-On field name the suggestion is for.
    QString marketingField;
    /// Which source column it fills.
    CrmObjectType object = CrmObjectType::Lead;
    /// Suggested CRM field API name.
    QString crmField;
    /// 0..1; 1.0 for the standard pre-map, 0.95 same API name, 0.9 same label,
    /// 0.85 known synonym, lower for partial name matches; reduced when the types only
    /// partly fit.
    double confidence = 0.0;
    /// Translated sentence saying why ("Same label as the CRM field “Lead Source”.").
    QString reason;

    friend bool operator==(const MappingSuggestion &, const MappingSuggestion &) = default;
};

} // namespace LeadBridge

Q_DECLARE_METATYPE(LeadBridge::MappingSuggestion)
