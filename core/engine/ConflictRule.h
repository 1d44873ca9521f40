#pragma once

#include <QMetaType>
#include <QString>

namespace LeadBridge {

/// How a field changed on both sides since the last sync is resolved.
enum class ConflictRule {
    CrmWins, ///< the CRM value is written to Act-On (default)
    MarketingWins, ///< the Act-On value is pushed to the CRM (needs allow-push)
    NewestWins, ///< the side whose record was modified last wins; CRM on a tie or unknown time
    /// Nothing is written and the snapshot keeps its base, so a run that reads both records
    /// again reports the conflict again (an incremental run reads only changed records).
    Skip,
    /// Held for review: nothing is written, the conflict is stored in the journal's conflicts
    /// table (ConflictRepository) and shown in the Conflicts view; the value the admin keeps
    /// there is written by the next run (docs/conflicts.md).
    Review,
};

/// Conversions for ConflictRule.
struct ConflictRules
{
    /// "crm-wins", "marketing-wins", "newest-wins", "skip", "review".
    static QString toString(ConflictRule rule);
    /// Parses a storage name (case-insensitive); unknown names give CrmWins and ok=false.
    static ConflictRule fromString(const QString &text, bool *ok = nullptr);
    /// Translated name a person sees ("CRM wins").
    static QString displayName(ConflictRule rule);
};

} // namespace LeadBridge

Q_DECLARE_METATYPE(LeadBridge::ConflictRule)
