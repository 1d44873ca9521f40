#include "app/cli/CommandLine.h"

#include "Version.h"
#include "app/cli/AccountsCommand.h"
#include "app/cli/ApplyCommand.h"
#include "app/cli/ConflictsCommand.h"
#include "app/cli/FlowsCommand.h"
#include "app/cli/HistoryCommand.h"
#include "app/cli/HotProspectsCommand.h"
#include "app/cli/PersonCommand.h"
#include "app/cli/RunDueCommand.h"
#include "app/cli/SandboxCommand.h"
#include "app/cli/ScheduleCommand.h"
#include "app/cli/SyncCommand.h"
#include "app/cli/UndoCommand.h"
#include "core/model/Account.h"
#include "core/store/Journal.h"
#include "core/util/AppPaths.h"
#include "core/util/LogFile.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonObject>

namespace LeadBridge {

QString CommandLine::secretOnCommandLineSentence()
{
    return tr("LeadBridge does not take passwords, tokens or secrets on the command line, where "
              "other users and the shell history could see them. Pipe them in on standard "
              "input, one name=value per line, or set LEADBRIDGE_SECRET_<NAME> variables (for "
              "example LEADBRIDGE_SECRET_PASSWORD).");
}

void CommandLine::applyApplicationMetadata()
{
    QCoreApplication::setApplicationName(QStringLiteral(LEADBRIDGE_NAME));
    QCoreApplication::setOrganizationDomain(QStringLiteral(LEADBRIDGE_ORG_DOMAIN));
    QCoreApplication::setApplicationVersion(QStringLiteral(LEADBRIDGE_VERSION));
}

int CommandLine::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("LeadBridge headless engine.\n\nCommands:\n"
           "  info                     Show the version, data folder, journal, schema version "
           "and log folder.\n"
           "  accounts list            List the linked accounts and their status.\n"
           "  accounts link KIND --name NAME [--setting key=value ...]\n"
           "                           Link an account (KIND: on24, acton, salesforce, "
           "pipeliner).\n"
           "                           Secrets come from standard input (name=value per line) "
           "or\n"
           "                           LEADBRIDGE_SECRET_<NAME> variables, never from the "
           "command line.\n"
           "  accounts test NAME|ID    Test an account's connection.\n"
           "  accounts unlink NAME|ID  Unlink an account and delete its secrets from the "
           "keychain.\n"
           "  sandbox [--serve] [--reset]\n"
           "                           Start the built-in emulators, link and test the four "
           "demo accounts\n"
           "                           and print the endpoints; --serve keeps them running "
           "until Ctrl+C.\n"
           "                           The demo world is kept in the data folder between "
           "runs; --reset\n"
           "                           generates it anew, and the flows on sandbox accounts "
           "forget the old\n"
           "                           sandbox records (their history stays).\n"
           "  flows                    List the flows with their accounts and last run.\n"
           "  sync FLOW [--full] [--preview]\n"
           "                           Run a flow (name or number) now; --full reads "
           "everything, --preview\n"
           "                           records the plan without writing. Exit status: 0 "
           "succeeded, 1 succeeded\n"
           "                           with errors, 2 usage, 3 failed, 4 cancelled (Ctrl+C).\n"
           "  sync FLOW --forecast [--full] [--preview]\n"
           "                           Print the API calls a run would use per system against "
           "each system's\n"
           "                           daily allowance, without running it. Exit status: 0, "
           "or 1 when the run\n"
           "                           would exhaust or nearly use up an allowance, 2 usage, "
           "3 failed.\n"
           "  history [FLOW] [--limit N]\n"
           "                           List recent runs (of one flow), newest first.\n"
           "  history --run ID         List the record changes of one run.\n"
           "  schedule [FLOW --every INTERVAL | --daily HH:MM | --off]\n"
           "                           Show the schedules, or set or remove one flow's "
           "schedule;\n"
           "                           INTERVAL is hours (6h), minutes (90m) or both (1h30m), "
           "at least 1 hour,\n"
           "                           4 hours for flows with a Salesforce account.\n"
           "  run-due                  Run, one after another, every scheduled flow that is due "
           "now (or whose\n"
           "                           retry is due), as the LeadBridge window would; for cron "
           "or a systemd\n"
           "                           timer. Exit status: 0 all succeeded or nothing due, 1 some "
           "records\n"
           "                           failed, 3 a run failed, 4 cancelled (Ctrl+C).\n")
        + UndoCommand::helpText() + ApplyCommand::helpText() + HotProspectsCommand::helpText() + PersonCommand::helpText()
        + ConflictsCommand::helpText());
    const QCommandLineOption helpOption(
        { QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help."));
    const QCommandLineOption versionOption(
        QStringLiteral("version"), tr("Show the LeadBridge version."));
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
        tr("Keep the journal and logs in <dir> instead of the default data folder."), tr("dir"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print machine-readable JSON."));
    const QCommandLineOption verboseOption(
        QStringLiteral("verbose"), tr("Also print technical log messages on standard error."));
    const QCommandLineOption nameOption(
        QStringLiteral("name"), tr("accounts link: the account's name."), tr("name"));
    const QCommandLineOption settingOption(QStringLiteral("setting"),
        tr("accounts link: a non-secret setting, e.g. clientId=41750 (repeatable)."),
        tr("key=value"));
    const QCommandLineOption serveOption(
        QStringLiteral("serve"), tr("sandbox: keep the emulators running until Ctrl+C."));
    const QCommandLineOption resetOption(QStringLiteral("reset"),
        tr("sandbox: throw the saved demo world away and generate it anew."));
    const QCommandLineOption fullOption(
        QStringLiteral("full"), tr("sync: read everything, not only what changed."));
    const QCommandLineOption previewOption(QStringLiteral("preview"),
        tr("sync, undo: record what would change, without writing to any system."));
    const QCommandLineOption forecastOption(QStringLiteral("forecast"),
        tr("sync: print the API calls the run would use per system, without running it."));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
        tr("history: show at most <n> runs or changes (default 20 runs, all changes); "
           "person: at most <n> changes; hot-prospects: people per owner (default 20)."),
        tr("n"));
    const QCommandLineOption runOption(
        QStringLiteral("run"), tr("history: show the record changes of run <id>."), tr("id"));
    const QCommandLineOption everyOption(QStringLiteral("every"),
        tr("schedule: run the flow every <interval>: hours (6h), minutes (90m) or both (1h30m)."),
        tr("interval"));
    const QCommandLineOption dailyOption(QStringLiteral("daily"),
        tr("schedule: run the flow every day at <HH:MM> (local time)."), tr("HH:MM"));
    const QCommandLineOption offOption(
        QStringLiteral("off"), tr("schedule: remove the flow's schedule."));
    const QCommandLineOption actonOption(QStringLiteral("acton"),
        tr("hot-prospects: the Act-On account (name or number)."), tr("account"));
    const QCommandLineOption crmOption(QStringLiteral("crm"),
        tr("hot-prospects: the Salesforce or Pipeliner account (name or number)."), tr("account"));
    const QCommandLineOption ownerOption(QStringLiteral("owner"),
        tr("hot-prospects: only this sales owner (CRM user id, or a name)."), tr("owner"));
    const QCommandLineOption allListsOption(
        QStringLiteral("all-lists"), tr("hot-prospects: read every Act-On list."));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
        tr("conflicts resolve: the value to keep, crm or acton."), tr("side"));
    parser.addOptions({ helpOption, versionOption, dataDirOption, jsonOption, verboseOption,
        nameOption, settingOption, serveOption, resetOption, fullOption, previewOption,
        forecastOption, limitOption, runOption, everyOption, dailyOption, offOption, actonOption,
        crmOption, ownerOption, allListsOption, keepOption });

    // Refuse secrets on the command line before anything else looks at them.
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        QString optionName;
        if (arg.startsWith(QLatin1Char('-')))
            optionName = arg.mid(arg.startsWith(QStringLiteral("--")) ? 2 : 1)
                             .section(QLatin1Char('='), 0, 0);
        const bool secretOption = !optionName.isEmpty() && Account::isSecretSettingKey(optionName);
        const bool secretSetting = (arg == QStringLiteral("--setting") && i + 1 < arguments.size()
                                       && Account::isSecretSettingKey(
                                           arguments.at(i + 1).section(QLatin1Char('='), 0, 0)))
            || (arg.startsWith(QStringLiteral("--setting="))
                && Account::isSecretSettingKey(arg.mid(10).section(QLatin1Char('='), 0, 0)));
        if (secretOption || secretSetting) {
            err << secretOnCommandLineSentence() << Qt::endl;
            return UsageError;
        }
    }
    parser.addPositionalArgument(
        QStringLiteral("command"), tr("The command to run (see above)."), tr("<command>"));

    if (!parser.parse(arguments)) {
        err << safeLines(parser.errorText()) << Qt::endl
            << tr("Run “leadbridge-cli --help” for the list of commands and options.") << Qt::endl;
        return UsageError;
    }
    const bool json = parser.isSet(jsonOption);
    // stderr carries the user's sentence; technical log lines go to the log file and,
    // on request, to stderr as well.
    LogFile::setEchoToConsole(parser.isSet(verboseOption));
    if (parser.isSet(helpOption)) {
        out << parser.helpText();
        out.flush();
        return Ok;
    }
    if (parser.isSet(versionOption)) {
        if (json)
            writeJson(out,
                { { QStringLiteral("name"), QStringLiteral(LEADBRIDGE_NAME) },
                    { QStringLiteral("version"), QStringLiteral(LEADBRIDGE_VERSION) } });
        else
            out << QStringLiteral(LEADBRIDGE_NAME " " LEADBRIDGE_VERSION) << Qt::endl;
        return Ok;
    }
    if (parser.isSet(dataDirOption)) {
        const QString dir = parser.value(dataDirOption);
        if (dir.trimmed().isEmpty()) {
            err << tr("The --data-dir option needs a folder.") << Qt::endl;
            return UsageError;
        }
        AppPaths::setDataDirOverride(QDir(dir).absolutePath());
    }
    if (!LogFile::isInstalled())
        LogFile::install(QStringLiteral("leadbridge-cli"));

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        err << tr("No command given. Run “leadbridge-cli --help” for the list of commands.")
            << Qt::endl;
        return UsageError;
    }
    const QString command = positional.constFirst();
    if (command == QStringLiteral("info")) {
        if (positional.size() > 1) {
            err << tr("The info command takes no arguments.") << Qt::endl;
            return UsageError;
        }
        return runInfo(json, out, err);
    }
    if (command == QStringLiteral("accounts"))
        return AccountsCommand::run(positional.mid(1), parser.values(nameOption),
            parser.values(settingOption), json, out, err);
    if (command == QStringLiteral("sandbox")) {
        if (positional.size() > 1) {
            err << tr("The sandbox command takes no arguments.") << Qt::endl;
            return UsageError;
        }
        return SandboxCommand::run(
            parser.isSet(serveOption), parser.isSet(resetOption), json, out, err);
    }
    if (command == QStringLiteral("flows")) {
        if (positional.size() > 1) {
            err << tr("The flows command takes no arguments.") << Qt::endl;
            return UsageError;
        }
        return FlowsCommand::run(json, out, err);
    }
    if (command == QStringLiteral("sync")) {
        if (positional.size() != 2) {
            err << tr("Say which flow to run, by name or number: “leadbridge-cli sync "
                      "FLOW”. “leadbridge-cli flows” lists them.")
                << Qt::endl;
            return UsageError;
        }
        if (parser.isSet(forecastOption))
            return SyncCommand::forecast(positional.at(1), parser.isSet(fullOption),
                parser.isSet(previewOption), json, out, err);
        return SyncCommand::run(positional.at(1), parser.isSet(fullOption),
            parser.isSet(previewOption), json, out, err);
    }
    if (command == QStringLiteral("undo")) {
        if (positional.size() > 2) {
            err << tr("The undo command takes one run number.") << Qt::endl;
            return UsageError;
        }
        return UndoCommand::run(positional.value(1), parser.isSet(previewOption), json, out, err);
    }
    if (command == QStringLiteral("apply")) {
        if (positional.size() > 2) {
            err << tr("The apply command takes one run number: the preview's.") << Qt::endl;
            return UsageError;
        }
        return ApplyCommand::run(positional.value(1), json, out, err);
    }
    if (command == QStringLiteral("schedule")) {
        if (positional.size() > 2) {
            err << tr("The schedule command takes at most one flow.") << Qt::endl;
            return UsageError;
        }
        return ScheduleCommand::run(positional.value(1), parser.value(everyOption),
            parser.value(dailyOption), parser.isSet(offOption), json, out, err);
    }
    if (command == QStringLiteral("run-due")) {
        if (positional.size() > 1) {
            err << tr("The run-due command takes no arguments: it runs every flow that is due.")
                << Qt::endl;
            return UsageError;
        }
        return RunDueCommand::run(json, out, err);
    }
    // --limit of history and person: 0 when not given, -1 (sentence written) when not a
    // positive whole number.
    const auto listLimit = [&]() {
        if (!parser.isSet(limitOption))
            return 0;
        bool ok = false;
        const int limit = parser.value(limitOption).toInt(&ok);
        if (ok && limit > 0)
            return limit;
        err << tr("--limit needs a positive whole number, e.g. --limit 50.") << Qt::endl;
        return -1;
    };
    if (command == QStringLiteral("history")) {
        if (positional.size() > 2) {
            err << tr("The history command takes at most one flow.") << Qt::endl;
            return UsageError;
        }
        const int limit = listLimit();
        if (limit < 0)
            return UsageError;
        qint64 runId = 0;
        if (parser.isSet(runOption)) {
            bool ok = false;
            runId = parser.value(runOption).toLongLong(&ok);
            if (!ok || runId <= 0) {
                err << tr("--run needs a run number, as “leadbridge-cli history” shows it.")
                    << Qt::endl;
                return UsageError;
            }
            if (positional.size() > 1) {
                err << tr("Give either a flow or --run, not both.") << Qt::endl;
                return UsageError;
            }
        }
        return HistoryCommand::run(positional.value(1), runId, limit, json, out, err);
    }
    if (command == QStringLiteral("person")) {
        if (positional.size() != 2) {
            err << tr("Say whose changes to show, by e-mail address: “leadbridge-cli person "
                      "ada@example.com”.")
                << Qt::endl;
            return UsageError;
        }
        const int limit = listLimit();
        if (limit < 0)
            return UsageError;
        return PersonCommand::run(positional.at(1), limit, json, out, err);
    }
    if (command == QStringLiteral("conflicts"))
        return ConflictsCommand::run(
            positional.mid(1), parser.value(keepOption), json, out, err);
    if (command == QStringLiteral("hot-prospects")) {
        if (positional.size() > 1) {
            err << tr("The hot-prospects command takes no further arguments; choose the "
                      "accounts with --acton and --crm.")
                << Qt::endl;
            return UsageError;
        }
        HotProspectsCommand::Arguments a;
        a.acton = parser.value(actonOption);
        a.crm = parser.value(crmOption);
        a.owner = parser.value(ownerOption);
        a.allLists = parser.isSet(allListsOption);
        a.json = json;
        if (parser.isSet(limitOption)) {
            bool ok = false;
            a.limit = parser.value(limitOption).toInt(&ok);
            if (!ok || a.limit <= 0) {
                err << tr("--limit needs a positive whole number, e.g. --limit 20.") << Qt::endl;
                return UsageError;
            }
        }
        return HotProspectsCommand::run(a, out, err);
    }
    err << tr("Unknown command “%1”. Run “leadbridge-cli --help” for the list of commands.")
               .arg(safe(command))
        << Qt::endl;
    return UsageError;
}

int CommandLine::runInfo(bool json, QTextStream &out, QTextStream &err)
{
    const QString dataDir = AppPaths::dataDir();
    const QString journalPath = AppPaths::journalPath();
    const QString logDir = AppPaths::logDir();

    Journal journal;
    const Status opened = journal.open(journalPath, QStringLiteral("leadbridge-cli"));
    if (!opened) {
        err << opened.errorString() << Qt::endl;
        if (json)
            writeJson(out,
                { { QStringLiteral("error"), opened.errorString() },
                    { QStringLiteral("journal_path"), journalPath } });
        return JournalError;
    }

    if (json) {
        writeJson(out,
            {
                { QStringLiteral("name"), QStringLiteral(LEADBRIDGE_NAME) },
                { QStringLiteral("version"), QStringLiteral(LEADBRIDGE_VERSION) },
                { QStringLiteral("data_dir"), dataDir },
                { QStringLiteral("journal_path"), journalPath },
                { QStringLiteral("schema_version"), journal.schemaVersion() },
                { QStringLiteral("latest_schema_version"), Journal::latestSchemaVersion() },
                { QStringLiteral("journal_mode"), journal.pragma(QStringLiteral("journal_mode")) },
                { QStringLiteral("log_dir"), logDir },
            });
        return Ok;
    }
    out << tr("LeadBridge %1").arg(QStringLiteral(LEADBRIDGE_VERSION)) << Qt::endl
        << tr("Data folder:    %1").arg(QDir::toNativeSeparators(dataDir)) << Qt::endl
        << tr("Journal:        %1").arg(QDir::toNativeSeparators(journalPath)) << Qt::endl
        << tr("Schema version: %1 (this version understands up to %2)")
               .arg(num(journal.schemaVersion()), num(Journal::latestSchemaVersion()))
        << Qt::endl
        << tr("Log folder:     %1").arg(QDir::toNativeSeparators(logDir)) << Qt::endl;
    return Ok;
}

} // namespace LeadBridge
