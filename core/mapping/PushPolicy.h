#pragma once

#include <QMetaType>
#include <QString>

namespace LeadBridge {

/// Default push policy of a CRM field map (Act-On "CRM Data Sync Setting").
enum class PushPolicy {
    TwoWay, ///< CRM changes flow to Act-On and Act-On changes push to the CRM (default).
    CrmToMarketingOnly, ///< CRM changes flow to Act-On; only score fields push to the CRM.
};

/// Conversions for PushPolicy.
struct PushPolicies
{
    /// "two-way" or "crm-to-marketing".
    static QString toString(PushPolicy policy);
    /// Parses a storage name (case-insensitive); unknown names give TwoWay and ok=false.
    static PushPolicy fromString(const QString &text, bool *ok = nullptr);
    /// Translated name a person sees.
    static QString displayName(PushPolicy policy);
};

} // namespace LeadBridge

Q_DECLARE_METATYPE(LeadBridge::PushPolicy)
