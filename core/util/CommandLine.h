#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace LeadBridge {

/// The headless command line (leadbridge-cli): parses global options and
/// subcommands and runs them, writing to the given streams. app/CliMain.cpp
/// only creates the application object and calls run().
///
/// Commands: info; accounts list|link|test|unlink; sandbox [--serve].
/// Secrets are read from standard input (name=value lines) or from
/// LEADBRIDGE_SECRET_<NAME> variables, never from the command line.
///
/// Exit codes: 0 success, 2 usage error, 3 journal error, 4 the account, keychain or
/// connection check failed.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::CommandLine)

public:
    enum ExitCode { Ok = 0, UsageError = 2, JournalError = 3, Failed = 4 };

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
    int runSandbox(bool serve, bool json, QTextStream &out, QTextStream &err);
};

} // namespace LeadBridge
