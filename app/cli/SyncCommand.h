#pragma once

#include "app/cli/CliCommand.h"
#include "core/engine/SyncTypes.h"
#include "core/model/Flow.h"
#include "core/util/Expected.h"

#include <QJsonObject>
#include <QList>

#include <functional>

namespace LeadBridge {

struct CliServices;
struct HistoryRun;

/// `leadbridge-cli sync FLOW [--full] [--preview] [--forecast]`: runs one flow now (by name or number),
/// with a progress line on a terminal; Ctrl+C cancels the run cleanly. Exit codes: 0
/// succeeded, 1 succeeded with errors, 2 usage (e.g. no such flow), 3 failed (also when the
/// flow is already running in another LeadBridge process), 4 cancelled.
class SyncCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::CommandLine)

public:
    static int run(const QString &flowName, bool full, bool preview, bool json, QTextStream &out,
        QTextStream &err);
    /// `sync FLOW --forecast`: prints the API calls a run would use per system (forecast,
    /// used today, remaining, daily allowance, warning) without running it. Exit codes: 0
    /// forecast made, 1 forecast made and the run would exhaust or nearly use up an
    /// allowance, 2 usage (no such flow), 3 the forecast failed (a count or a keychain read).
    static int forecast(const QString &flowName, bool full, bool preview, bool json,
        QTextStream &out, QTextStream &err);

    /// More about a finished run, after its summary: with @p json set, keys to add to the JSON
    /// object; with nullptr, lines printed to the command's output (UndoCommand's plan).
    using RunDetails = std::function<void(const HistoryRun &run, QJsonObject *json)>;
    /// Prints a finished run's record changes (possibly none) after its summary.
    using ChangeLines
        = std::function<void(const HistoryRun &run, const QList<RecordChange> &changes)>;
    /// RunDetails listing the run's record changes, read from @p journal: with JSON as
    /// "changes" (changeJson() each), as text through @p lines (undo's plan, apply's rows).
    static RunDetails withChanges(Journal &journal, const ChangeLines &lines);
    /// Opens @p services for a command on one run (undo, apply) given by its number in
    /// @p runText: Ok with @p runId set, or the exit code after the sentence (@p usage when
    /// @p runText is not a run number).
    static int openRun(CliServices &services, const QString &runText, const QString &usage,
        qint64 *runId, QTextStream &err);
    /// Runs @p request of @p flow through @p services (open, sandbox not yet started), with
    /// the progress line, Ctrl+C and the summary of sync; the exit code as for sync.
    static int execute(CliServices &services, const Flow &flow, const RunRequest &request,
        bool json, QTextStream &out, QTextStream &err, const RunDetails &details = {});

private:
    /// Opens @p services and finds @p flowName: Ok, or the exit code after the sentence.
    static int openFlow(
        CliServices &services, const QString &flowName, Expected<Flow> *flow, QTextStream &err);
};

} // namespace LeadBridge
