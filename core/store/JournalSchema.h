#pragma once

#include "core/store/Migration.h"

#include <QList>

namespace LeadBridge {

/// The journal's schema as an ordered list of migrations (see docs/journal.md).
class JournalSchema
{
public:
    /// All migrations this version of LeadBridge knows, ascending.
    static const QList<Migration> &migrations();
    /// The newest schema version this build understands.
    static int latestVersion();
};

} // namespace LeadBridge
