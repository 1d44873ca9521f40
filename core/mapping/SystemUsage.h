#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace LeadBridge {

/// What Act-On uses a standard marketing field for ("System Usage"): personalisation,
/// sending, scoring, opt-out handling. Custom fields have SystemUsage::None.
enum class SystemUsage {
    None,
    Email,
    FirstName,
    MiddleName,
    LastName,
    Company,
    JobTitle,
    Phone,
    MobilePhone,
    Street,
    City,
    State,
    PostalCode,
    Country,
    Industry,
    LeadSource,
    Score,
    OptOut,
    HardBounce,
};

/// Conversions between SystemUsage and its stable storage and display names.
struct SystemUsages
{
    /// Every usage, None first.
    static QList<SystemUsage> all();
    /// Stable storage name ("none", "email", "first-name", "postal-code", "opt-out"...).
    static QString toString(SystemUsage usage);
    /// Parses a storage name (case-insensitive); unknown names give None and ok=false.
    static SystemUsage fromString(const QString &text, bool *ok = nullptr);
    /// Translated name a person sees ("Postal code").
    static QString displayName(SystemUsage usage);
};

} // namespace LeadBridge

Q_DECLARE_METATYPE(LeadBridge::SystemUsage)
