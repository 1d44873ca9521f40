#pragma once

#include "app/cli/CliCommand.h"

#include <QStringList>

namespace LeadBridge {

/// The headless command line (leadbridge-cli): parses global options and
/// subcommands and hands each to its command group in app/cli/ (AccountsCommand,
/// SandboxCommand, FlowsCommand, SyncCommand, ScheduleCommand, RunDueCommand, HistoryCommand,
/// HotProspectsCommand), writing to the given streams. app/CliMain.cpp only creates the
/// application object and calls run(). The exit codes are CliCommand's.
///
/// Commands: info; accounts list|link|test|unlink; sandbox [--serve]; flows; sync FLOW
/// [--full] [--preview]; undo RUN [--preview] (UndoCommand); history [FLOW] [--limit N];
/// history --run ID; schedule [FLOW --every INTERVAL | --daily HH:MM | --off]; run-due; hot-prospects (HotProspectsCommand).
/// Secrets are read from standard input (name=value lines) or from
/// LEADBRIDGE_SECRET_<NAME> variables, never from the command line.
///
/// Exit codes: 0 success, 2 usage error, 3 journal error, 4 the account, keychain or
/// connection check failed. sync: 0 succeeded, 1 succeeded with errors, 2 usage (e.g. no
/// such flow), 3 failed (also when the flow is already running in another LeadBridge
/// process), 4 cancelled (Ctrl+C cancels the run cleanly). run-due: 0 every due run succeeded
/// (or was skipped because it was running elsewhere) or nothing was due, 1 some records
/// failed, 3 a run failed, 4 cancelled. schedule: 2 also when ScheduleRules refuses the
/// schedule (the sentence says why).
class CommandLine : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::CommandLine)

public:
    /// Sets application name, organisation domain and version (before any path lookup).
    static void applyApplicationMetadata();

    /// Runs the command in @p arguments (arguments[0] is the program name).
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

    /// The sentence refusing a secret given on the command line.
    static QString secretOnCommandLineSentence();

private:
    int runInfo(bool json, QTextStream &out, QTextStream &err);
};

} // namespace LeadBridge
