#pragma once

#include "core/model/RecordChange.h"
#include "core/model/RunSummary.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace LeadBridge {

/// The words people read for runs and record changes, the same in the window and
/// on the command line (DESIGN.md §6): Queued, Running, Succeeded, Succeeded with
/// errors, Failed, Cancelled; Manual / Schedule / Command line; Incremental / Full /
/// Preview; Create … Error.
class RunWords
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::RunWords)
public:
    /// "Queued", "Running", "Succeeded", "Succeeded with errors", "Failed", "Cancelled".
    static QString status(RunStatus status);
    /// "Manual", "Schedule", "Command line".
    static QString trigger(RunTrigger trigger);
    /// "Incremental", "Full", "Preview".
    static QString mode(RunMode mode);
    /// "Create", "Update", "Delete", "Skip", "Conflict", "Error".
    static QString operation(ChangeOperation operation);
    /// "ON24", "Act-On", "Salesforce", "Pipeliner" for a storage name; the name otherwise.
    static QString system(const QString &storageName);
    /// A short duration: "0.4 s", "12 s", "3 min 05 s", "1 h 02 min"; empty when either time
    /// is invalid.
    static QString duration(const QDateTime &start, const QDateTime &end);
    /// Every status in display order (for filters).
    static QList<RunStatus> allStatuses();
    /// Every operation in display order (for filters).
    static QList<ChangeOperation> allOperations();
};

} // namespace LeadBridge
