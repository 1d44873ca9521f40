#pragma once

#include <QString>

namespace LeadBridge::Bench {

/// Writes a synthetic run history into the journal at AppPaths::journalPath(), through the
/// real schema (Journal::open() creates and migrates it): four flows, many runs, and their
/// record changes — creates, per-field updates, skips, deletes, conflicts and errors — with
/// the newest run the largest (a tenth of all changes). Rows are generated inside SQLite,
/// one INSERT … SELECT per run in one transaction, synchronous=OFF while filling.
class JournalFiller
{
public:
    /// What was written.
    struct Filled
    {
        qint64 runs = 0;
        qint64 changes = 0;
        qint64 newestRunId = 0;
        qint64 newestRunChanges = 0;
        double fileMb = 0;
        double seconds = 0;
    };

    /// Writes @p changes record changes. Returns false with @p error when a step fails.
    static bool fill(qint64 changes, Filled *filled, QString *error);
    /// Writes runs until the journal file holds at least @p megabytes.
    static bool fillToSize(qint64 megabytes, Filled *filled, QString *error);

private:
    static bool write(qint64 changes, qint64 megabytes, Filled *filled, QString *error);
};

} // namespace LeadBridge::Bench
