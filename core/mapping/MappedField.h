#pragma once

#include <QMetaType>
#include <QString>

namespace LeadBridge {

/// A marketing field paired with the CRM field it is written to (push and create plans).
struct MappedField
{
    /// Act-On column heading.
    QString marketingField;
    /// CRM field API name on the object concerned.
    QString crmField;

    friend bool operator==(const MappedField &, const MappedField &) = default;
};

} // namespace LeadBridge

Q_DECLARE_METATYPE(LeadBridge::MappedField)
