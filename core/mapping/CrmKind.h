#pragma once

#include <QMetaType>
#include <QString>

namespace LeadBridge {

/// The CRM a field map talks to.
enum class CrmKind { Salesforce, Pipeliner };

/// The two CRM person objects a field map has a source column for.
enum class CrmObjectType { Lead, Contact };

/// Conversions for CrmKind and CrmObjectType.
struct CrmKinds
{
    /// "salesforce" or "pipeliner".
    static QString toString(CrmKind kind);
    /// Parses a storage name (case-insensitive); unknown names give Salesforce and ok=false.
    static CrmKind fromString(const QString &text, bool *ok = nullptr);
    /// "Salesforce" or "Pipeliner" (product names, not translated).
    static QString displayName(CrmKind kind);
    /// Translated object name a person sees ("Lead", "Contact").
    static QString objectDisplayName(CrmObjectType object);
};

} // namespace LeadBridge

Q_DECLARE_METATYPE(LeadBridge::CrmKind)
Q_DECLARE_METATYPE(LeadBridge::CrmObjectType)
