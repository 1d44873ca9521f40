#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace LeadBridge {

/// The headless command line (leadbridge-cli): parses global options and
/// subcommands and runs them, writing to the given streams. app/CliMain.cpp
/// only creates the application object and calls run().
///
/// Commands: info; accounts list|link|test|unlink; sandbox [--serve]; flows; sync FLOW
/// [--full] [--preview]; history [FLOW] [--limit N]; history --run ID; schedule [FLOW
/// --every INTERVAL | --daily HH:MM | --off]; run-due; hot-prospects (HotProspectsCommand).
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
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::CommandLine)

public:
    enum ExitCode {
        Ok = 0,
        SucceededWithErrors = 1, ///< sync: the run finished, some records failed
        UsageError = 2,
        JournalError = 3,
        Failed = 4,
        RunFailed = 3, ///< sync: the run failed as a whole
        RunCancelled = 4, ///< sync: the run was cancelled
    };

    /// Sets application name, organisation domain and version (before any path lookup).
    static void applyApplicationMetadata();

    /// Runs the command in @p arguments (arguments[0] is the program name).
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

    /// The sentence refusing a secret given on the command line.
    static QString secretOnCommandLineSentence();

private:
    int runInfo(bool json, QTextStream &out, QTextStream &err);
    int runAccounts(const QStringList &positional, const QStringList &names,
        const QStringList &settings, bool json, QTextStream &out, QTextStream &err);
    int runSandbox(bool serve, bool reset, bool json, QTextStream &out, QTextStream &err);
    int runFlows(bool json, QTextStream &out, QTextStream &err);
    int runSync(const QString &flowName, bool full, bool preview, bool json, QTextStream &out,
        QTextStream &err);
    int runSchedule(const QString &flowName, const QString &every, const QString &daily, bool off,
        bool json, QTextStream &out, QTextStream &err);
    int runRunDue(bool json, QTextStream &out, QTextStream &err);
    int runHistory(const QString &flowName, qint64 runId, int limit, bool json, QTextStream &out,
        QTextStream &err);
};

} // namespace LeadBridge
