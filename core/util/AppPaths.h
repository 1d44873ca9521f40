#pragma once

#include <QString>

namespace LeadBridge {

/// Where LeadBridge keeps its files. The data directory defaults to
/// QStandardPaths::AppDataLocation and can be overridden by the
/// LEADBRIDGE_DATA_DIR environment variable or a --data-dir flag (tests, CLI).
class AppPaths
{
public:
    /// Overrides the data directory for this process (takes precedence over the environment).
    static void setDataDirOverride(const QString &dir);
    /// The directory holding the journal and logs; created on first use.
    static QString dataDir();
    /// Full path of the journal (SQLite database).
    static QString journalPath();
    /// Directory holding the rotating log files.
    static QString logDir();
};

} // namespace LeadBridge
