#include "core/util/CommandLine.h"

#include "Version.h"
#include "core/engine/AccountService.h"
#include "core/engine/EngineHost.h"
#include "core/engine/FlowLock.h"
#include "core/engine/RunLauncher.h"
#include "core/engine/Scheduler.h"
#include "core/model/RunWords.h"
#include "core/model/ScheduleRules.h"
#include "core/sandbox/SandboxEndpoint.h"
#include "core/secrets/CredentialStore.h"
#include "core/store/AccountRepository.h"
#include "core/store/FlowRepository.h"
#include "core/store/HistoryQuery.h"
#include "core/store/Journal.h"
#include "core/store/ScheduleRepository.h"
#include "core/util/AppPaths.h"
#include "core/util/HotProspectsCommand.h"
#include "core/util/LogFile.h"
#include "core/util/TerminalText.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define LEADBRIDGE_ISATTY _isatty
#define LEADBRIDGE_FILENO _fileno
#else
#include <unistd.h>
#define LEADBRIDGE_ISATTY isatty
#define LEADBRIDGE_FILENO fileno
#endif

namespace LeadBridge {

namespace {
void writeJson(QTextStream &out, const QJsonObject &object)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    out.flush();
}

void writeJson(QTextStream &out, const QJsonArray &array)
{
    out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    out.flush();
}

std::atomic_bool g_stopRequested { false };

/// Remote or user text (names, values, vendor sentences) as it may go to a terminal.
QString safe(const QString &text)
{
    return TerminalText::safe(text);
}

/// A sentence that may span lines (errors): line breaks kept, every other control escaped.
QString safeLines(const QString &text)
{
    return TerminalText::safe(text, TerminalText::Lines::Keep);
}

/// @p text left-aligned in a column of @p width (as arg(text, -width) pads, never cut).
QString pad(const QString &text, int width)
{
    return text.leftJustified(width);
}

QString num(qint64 n)
{
    return QString::number(n);
}

extern "C" void requestStop(int)
{
    g_stopRequested = true;
}

/// "tokenKey", "token_key", "TOKEN-KEY" all become "tokenkey".
QString normalisedName(const QString &name)
{
    QString n = name.toLower();
    n.remove(QRegularExpression(QStringLiteral("[^a-z0-9]")));
    return n;
}

/// "tokenKey" -> "TOKEN_KEY".
QString environmentName(const QString &secretName)
{
    QString out;
    for (const QChar c : secretName) {
        if (c.isUpper() && !out.isEmpty())
            out += QLatin1Char('_');
        out += c.toUpper();
    }
    return QStringLiteral("LEADBRIDGE_SECRET_") + out;
}

/// The services the account commands need, on the CLI's (only) thread.
struct AccountServices
{
    Journal journal;
    CredentialStore store;
    std::unique_ptr<EngineHost> engine;
    std::unique_ptr<AccountService> accounts;

    Status open()
    {
        const Status opened
            = journal.open(AppPaths::journalPath(), QStringLiteral("leadbridge-cli-accounts"));
        if (!opened)
            return opened;
        engine = std::make_unique<EngineHost>();
        accounts = std::make_unique<AccountService>(journal, &store, engine.get());
        return Status();
    }
    ~AccountServices()
    {
        // Renewed sign-in tokens (Act-On grants, a rotated Salesforce refresh token) are
        // written to the keychain asynchronously: the process must not end before they are,
        // or the next run signs in with the password again. Bounded, with a sentence.
        constexpr int kKeychainWaitSeconds = 15;
        if (accounts && !store.waitForPending(kKeychainWaitSeconds * 1000))
            QTextStream(stderr) << CredentialStore::unfinishedWritesMessage(kKeychainWaitSeconds)
                                << Qt::endl;
        accounts.reset(); // before the engine and the journal it uses
        engine.reset();
    }
};

/// Starts an asynchronous account operation and runs the CLI's event loop until it
/// reports. The CLI has no other event loop running, so this loop is not nested.
AccountOperationResult waitFor(const std::function<void(AccountService::Callback)> &start)
{
    QEventLoop loop;
    AccountOperationResult result;
    bool finished = false;
    start([&](const AccountOperationResult &r) {
        result = r;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return result;
}

/// Starts the in-process sandbox when an account of one of @p flows is a sandbox account (it
/// gets new ports on every start, and the accounts are pointed at them). Empty when all is
/// ready, else the sentence.
QString startSandboxFor(AccountServices &services, const QList<Flow> &flows)
{
    AccountRepository accounts(services.journal);
    bool usesSandbox = false;
    for (const Flow &flow : flows) {
        for (const qint64 id : { flow.sourceAccountId, flow.targetAccountId }) {
            const auto a = id > 0 ? accounts.get(id) : Expected<Account>::failure(QString());
            if (a && a->settings.value(QStringLiteral("sandbox")).toBool())
                usesSandbox = true;
        }
    }
    if (!usesSandbox)
        return QString();
    const AccountOperationResult started = waitFor([&](AccountService::Callback done) {
        if (!services.accounts->resumeSandbox(done))
            done(AccountOperationResult { true });
    });
    if (!services.accounts->isSandboxRunning())
        return started.message.isEmpty() ? QCoreApplication::translate(
                   "LeadBridge::CommandLine", "LeadBridge could not start the built-in sandbox.")
                                         : started.message;
    return QString();
}

/// "6h", "90m", "1h30m" or a bare number of minutes ("240") in minutes; -1 when unreadable.
int parseIntervalMinutes(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(?:(\\d{1,5})\\s*h)?\\s*(?:(\\d{1,6})\\s*(?:m|min)?)?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch() || (m.captured(1).isEmpty() && m.captured(2).isEmpty()))
        return -1;
    return m.captured(1).toInt() * 60 + m.captured(2).toInt();
}

/// "every 6 hours", "every 90 minutes", "daily at 06:30" (24-hour clock, for scripts too).
QString scheduleText(const Schedule &s)
{
    if (s.kind == Schedule::Kind::Daily)
        return QCoreApplication::translate("LeadBridge::CommandLine", "daily at %1")
            .arg(s.dailyTime.toString(QStringLiteral("HH:mm")));
    const int minutes = s.intervalMinutes;
    if (minutes == 60)
        return QCoreApplication::translate("LeadBridge::CommandLine", "every hour");
    if (minutes % 60 == 0) {
        const int hours = minutes / 60;
        return QCoreApplication::translate("LeadBridge::CommandLine", "every %n hours", nullptr, hours);
    }
    if (minutes == 1)
        return QCoreApplication::translate("LeadBridge::CommandLine", "every minute");
    return QCoreApplication::translate(
        "LeadBridge::CommandLine", "every %n minutes", nullptr, minutes);
}

QString localTimeText(const QDateTime &utc)
{
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QJsonObject accountJson(const Account &a)
{
    QJsonObject settings = QJsonObject::fromVariantMap(AccountService::withoutUrlUserInfo(a.settings));
    return {
        { QStringLiteral("id"), a.id },
        { QStringLiteral("kind"), Account::kindToString(a.kind) },
        { QStringLiteral("system"), AccountService::kindDisplayName(a.kind) },
        { QStringLiteral("name"), a.name },
        { QStringLiteral("location"), AccountService::locationText(a) },
        { QStringLiteral("status"), Account::statusToString(a.status) },
        { QStringLiteral("status_text"), AccountService::statusWord(a.status) },
        { QStringLiteral("last_check_at"),
            a.lastCheckAt.isValid() ? a.lastCheckAt.toUTC().toString(Qt::ISODate) : QString() },
        { QStringLiteral("settings"), settings },
    };
}
} // namespace

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
        + HotProspectsCommand::helpText());
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
        tr("sync: record what would change, without writing to any system."));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
        tr("history: show at most <n> runs or changes (default 20 runs, all changes); "
           "hot-prospects: people per owner (default 20)."),
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
    parser.addOptions({ helpOption, versionOption, dataDirOption, jsonOption, verboseOption,
        nameOption, settingOption, serveOption, resetOption, fullOption, previewOption,
        limitOption, runOption, everyOption, dailyOption, offOption, actonOption, crmOption,
        ownerOption, allListsOption });

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
        return runAccounts(positional.mid(1), parser.values(nameOption),
            parser.values(settingOption), json, out, err);
    if (command == QStringLiteral("sandbox")) {
        if (positional.size() > 1) {
            err << tr("The sandbox command takes no arguments.") << Qt::endl;
            return UsageError;
        }
        return runSandbox(parser.isSet(serveOption), parser.isSet(resetOption), json, out, err);
    }
    if (command == QStringLiteral("flows")) {
        if (positional.size() > 1) {
            err << tr("The flows command takes no arguments.") << Qt::endl;
            return UsageError;
        }
        return runFlows(json, out, err);
    }
    if (command == QStringLiteral("sync")) {
        if (positional.size() != 2) {
            err << tr("Say which flow to run, by name or number: “leadbridge-cli sync "
                      "FLOW”. “leadbridge-cli flows” lists them.")
                << Qt::endl;
            return UsageError;
        }
        return runSync(positional.at(1), parser.isSet(fullOption), parser.isSet(previewOption),
            json, out, err);
    }
    if (command == QStringLiteral("schedule")) {
        if (positional.size() > 2) {
            err << tr("The schedule command takes at most one flow.") << Qt::endl;
            return UsageError;
        }
        return runSchedule(positional.value(1), parser.value(everyOption),
            parser.value(dailyOption), parser.isSet(offOption), json, out, err);
    }
    if (command == QStringLiteral("run-due")) {
        if (positional.size() > 1) {
            err << tr("The run-due command takes no arguments: it runs every flow that is due.")
                << Qt::endl;
            return UsageError;
        }
        return runRunDue(json, out, err);
    }
    if (command == QStringLiteral("history")) {
        if (positional.size() > 2) {
            err << tr("The history command takes at most one flow.") << Qt::endl;
            return UsageError;
        }
        int limit = 0;
        if (parser.isSet(limitOption)) {
            bool ok = false;
            limit = parser.value(limitOption).toInt(&ok);
            if (!ok || limit <= 0) {
                err << tr("--limit needs a positive whole number, e.g. --limit 50.") << Qt::endl;
                return UsageError;
            }
        }
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
        return runHistory(positional.value(1), runId, limit, json, out, err);
    }
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

int CommandLine::runAccounts(const QStringList &positional, const QStringList &names,
    const QStringList &settingArgs, bool json, QTextStream &out, QTextStream &err)
{
    const QString sub = positional.value(0);
    const QStringList subs = { QStringLiteral("list"), QStringLiteral("link"),
        QStringLiteral("test"), QStringLiteral("unlink") };
    if (!subs.contains(sub)) {
        err << (sub.isEmpty() ? tr("Say what to do with accounts: list, link, test or unlink.")
                              : tr("Unknown accounts command “%1”. Use list, link, test or "
                                   "unlink.")
                                    .arg(safe(sub)))
            << Qt::endl;
        return UsageError;
    }

    AccountServices services;
    if (const Status opened = services.open(); !opened) {
        err << opened.errorString() << Qt::endl;
        return JournalError;
    }
    AccountService &accounts = *services.accounts;

    if (sub == QStringLiteral("list")) {
        if (positional.size() > 1) {
            err << tr("The accounts list command takes no further arguments.") << Qt::endl;
            return UsageError;
        }
        const auto all = accounts.accounts();
        if (!all) {
            err << all.errorString() << Qt::endl;
            return JournalError;
        }
        if (json) {
            QJsonArray array;
            for (const Account &a : all.value())
                array.append(accountJson(a));
            writeJson(out, array);
            return Ok;
        }
        if (all->isEmpty()) {
            out << tr("No accounts linked yet. Link one with “leadbridge-cli accounts link”, or "
                      "try the built-in sandbox with “leadbridge-cli sandbox”.")
                << Qt::endl;
            return Ok;
        }
        out << QStringLiteral("%1  %2  %3  %4  %5  %6")
                   .arg(pad(tr("ID"), 4), pad(tr("System"), 10), pad(tr("Name"), 24),
                       pad(tr("Status"), 16), pad(tr("Last successful check"), 22),
                       tr("Region / address"))
            << Qt::endl;
        for (const Account &a : all.value()) {
            out << QStringLiteral("%1  %2  %3  %4  %5  %6")
                       .arg(pad(num(a.id), 4), pad(AccountService::kindDisplayName(a.kind), 10),
                           pad(safe(a.name), 24), pad(AccountService::statusWord(a.status), 16),
                           pad(a.lastCheckAt.isValid()
                                   ? a.lastCheckAt.toUTC().toString(
                                         QStringLiteral("yyyy-MM-dd HH:mm"))
                                       + QStringLiteral(" UTC")
                                   : tr("Never"),
                               22),
                           safe(AccountService::locationText(a)))
                << Qt::endl;
        }
        return Ok;
    }

    if (sub == QStringLiteral("link")) {
        if (positional.size() != 2) {
            err << tr("Say which kind of account to link: on24, acton, salesforce or pipeliner, "
                      "e.g. “leadbridge-cli accounts link on24 --name Webinars --setting "
                      "clientId=41750”.")
                << Qt::endl;
            return UsageError;
        }
        QString kindText = positional.at(1).toLower();
        kindText.remove(QLatin1Char('-'));
        bool known = false;
        const AccountKind kind = Account::kindFromString(kindText, &known);
        if (!known) {
            err << tr("Unknown kind of account “%1”. Use on24, acton, salesforce or pipeliner.")
                       .arg(safe(positional.at(1)))
                << Qt::endl;
            return UsageError;
        }
        if (names.size() != 1 || names.constFirst().trimmed().isEmpty()) {
            err << tr("Give the account a name with --name.") << Qt::endl;
            return UsageError;
        }
        QVariantMap settings;
        for (const QString &pair : settingArgs) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            if (eq <= 0) {
                err << tr("Write each setting as key=value, e.g. --setting clientId=41750.")
                    << Qt::endl;
                return UsageError;
            }
            settings.insert(pair.left(eq).trimmed(), pair.mid(eq + 1).trimmed());
        }
        if (kind == AccountKind::Salesforce
            && settings.value(QStringLiteral("authMethod")).toString().isEmpty())
            settings.insert(QStringLiteral("authMethod"), QStringLiteral("password"));
        if (kind == AccountKind::Salesforce
            && settings.value(QStringLiteral("loginUrl")).toString().isEmpty())
            settings.insert(
                QStringLiteral("loginUrl"), QStringLiteral("https://login.salesforce.com"));
        if (kind == AccountKind::On24
            && settings.value(QStringLiteral("dataCentre")).toString().isEmpty())
            settings.insert(QStringLiteral("dataCentre"),
                settings.contains(QStringLiteral("baseUrl")) ? QStringLiteral("custom")
                                                             : QStringLiteral("na"));

        // Secrets: environment first, then standard input (which wins) when it is not a terminal.
        const QStringList secretNames = AccountService::secretNames(kind);
        CredentialBundle secrets;
        const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : secretNames) {
            for (const QString &var : QStringList { environmentName(name),
                     QString(QStringLiteral("LEADBRIDGE_SECRET_") + name.toUpper()) }) {
                if (env.contains(var) && !env.value(var).isEmpty()) {
                    secrets.secrets.insert(name, env.value(var).toUtf8());
                    break;
                }
            }
        }
        if (!LEADBRIDGE_ISATTY(LEADBRIDGE_FILENO(stdin))) {
            QFile input;
            if (input.open(stdin, QIODevice::ReadOnly)) {
                const QList<QByteArray> lines = input.readAll().split('\n');
                int lineNumber = 0;
                for (QByteArray line : lines) {
                    ++lineNumber;
                    if (line.endsWith('\r'))
                        line.chop(1);
                    if (line.trimmed().isEmpty() || line.trimmed().startsWith('#'))
                        continue;
                    const qsizetype eq = line.indexOf('=');
                    const QString key
                        = eq > 0 ? QString::fromUtf8(line.left(eq)).trimmed() : QString();
                    QString match;
                    for (const QString &name : secretNames) {
                        if (normalisedName(name) == normalisedName(key))
                            match = name;
                    }
                    if (match.isEmpty()) {
                        // Never echo the line: it may hold a secret.
                        err << tr("Line %1 of standard input is not one of this account's "
                                  "secrets. Write name=value with a name from: %2.")
                                   .arg(num(lineNumber), secretNames.join(QStringLiteral(", ")))
                            << Qt::endl;
                        return UsageError;
                    }
                    secrets.secrets.insert(match, line.mid(eq + 1));
                }
            }
        }

        const AccountOperationResult result = waitFor([&](AccountService::Callback done) {
            accounts.link(kind, names.constFirst(), settings, secrets, std::move(done));
        });
        if (!result.saved) {
            err << safeLines(result.message) << Qt::endl;
            return Failed;
        }
        const auto linked = accounts.account(result.accountId);
        if (json && linked) {
            QJsonObject o = accountJson(linked.value());
            o.insert(QStringLiteral("message"), result.message);
            writeJson(out, o);
        } else {
            out << tr("Linked “%1” (%2, account %3): %4")
                       .arg(safe(names.constFirst().trimmed()),
                           AccountService::kindDisplayName(kind), num(result.accountId),
                           AccountService::statusWord(result.status))
                << Qt::endl;
        }
        if (!result.ok) {
            err << safeLines(result.message) << Qt::endl;
            return Failed;
        }
        return Ok;
    }

    // test / unlink NAME|ID
    if (positional.size() != 2) {
        err << tr("Say which account, by name or number: “leadbridge-cli accounts %1 NAME”.")
                   .arg(safe(sub))
            << Qt::endl;
        return UsageError;
    }
    const auto found = accounts.find(positional.at(1));
    if (!found) {
        err << safeLines(found.errorString()) << Qt::endl;
        return Failed;
    }
    const Account account = found.value();
    if (sub == QStringLiteral("test")) {
        const AccountOperationResult result = waitFor([&](AccountService::Callback done) {
            accounts.testConnection(account.id, std::move(done));
        });
        if (json) {
            const auto after = accounts.account(account.id);
            QJsonObject o = after ? accountJson(after.value()) : QJsonObject();
            o.insert(QStringLiteral("message"), result.message);
            if (!result.info.displayName.isEmpty())
                o.insert(QStringLiteral("connected_as"), result.info.displayName);
            writeJson(out, o);
        } else {
            out << tr("%1: %2").arg(safe(account.name), AccountService::statusWord(result.status));
            if (result.ok && !result.info.displayName.isEmpty())
                out << QStringLiteral(" (") << safe(result.info.displayName) << QStringLiteral(")");
            out << Qt::endl;
        }
        if (!result.ok) {
            err << safeLines(result.message) << Qt::endl;
            return Failed;
        }
        return Ok;
    }

    const AccountOperationResult result = waitFor(
        [&](AccountService::Callback done) { accounts.unlink(account.id, std::move(done)); });
    if (!result.ok) {
        err << safeLines(result.message) << Qt::endl;
        return Failed;
    }
    out << tr("Unlinked “%1” and deleted its secrets from the system keychain.")
               .arg(safe(account.name))
        << Qt::endl;
    return Ok;
}

int CommandLine::runSandbox(bool serve, bool reset, bool json, QTextStream &out, QTextStream &err)
{
    AccountServices services;
    if (const Status opened = services.open(); !opened) {
        err << opened.errorString() << Qt::endl;
        return JournalError;
    }
    AccountService &accounts = *services.accounts;
    QStringList forgotten;
    if (reset) {
        const AccountOperationResult wiped = waitFor(
            [&](AccountService::Callback done) { accounts.resetSandbox(std::move(done)); });
        if (!wiped.ok && !accounts.isSandboxRunning()) {
            err << safeLines(wiped.message) << Qt::endl;
            return Failed;
        }
        forgotten = wiped.flows;
        if (!json) {
            out << tr("The sandbox data was reset: the demo world is generated anew.") << Qt::endl;
            if (!forgotten.isEmpty())
                out << tr("These flows forgot the old sandbox records (their history stays; "
                          "their next run is a full sync): %1")
                           .arg(safe(forgotten.join(QStringLiteral(", "))))
                    << Qt::endl;
        }
    }
    const AccountOperationResult result
        = waitFor([&](AccountService::Callback done) { accounts.trySandbox(std::move(done)); });
    const auto endpoints = accounts.sandboxEndpoints();
    if (endpoints.isEmpty()) {
        err << safeLines(result.message) << Qt::endl;
        return Failed;
    }
    const auto all = accounts.accounts();
    if (json) {
        QJsonArray list;
        for (const auto &e : endpoints)
            list.append(QJsonObject { { QStringLiteral("name"), e.name },
                { QStringLiteral("base_url"), e.baseUrl.toString() } });
        QJsonArray linked;
        if (all) {
            for (const Account &a : all.value()) {
                if (a.settings.value(QStringLiteral("sandbox")).toBool())
                    linked.append(accountJson(a));
            }
        }
        QJsonObject answer { { QStringLiteral("endpoints"), list },
            { QStringLiteral("accounts"), linked }, { QStringLiteral("ok"), result.ok } };
        if (reset) {
            answer.insert(QStringLiteral("reset"), true);
            answer.insert(QStringLiteral("forgotten_flows"), QJsonArray::fromStringList(forgotten));
        }
        writeJson(out, answer);
    } else {
        out << tr("Sandbox emulators:") << Qt::endl;
        for (const auto &e : endpoints)
            out << QStringLiteral("  %1 %2").arg(pad(e.name, 11), e.baseUrl.toString()) << Qt::endl;
        out << tr("Sandbox accounts:") << Qt::endl;
        if (all) {
            for (const Account &a : all.value()) {
                if (a.settings.value(QStringLiteral("sandbox")).toBool())
                    out << QStringLiteral("  %1 %2")
                               .arg(pad(safe(a.name), 20), AccountService::statusWord(a.status))
                        << Qt::endl;
            }
        }
    }
    out.flush();
    if (!result.ok) {
        err << safeLines(result.message) << Qt::endl;
        return Failed;
    }
    if (serve) {
        err << tr("Serving the sandbox. Press Ctrl+C to stop.") << Qt::endl;
        g_stopRequested = false;
        std::signal(SIGINT, requestStop);
        std::signal(SIGTERM, requestStop);
        QEventLoop loop;
        QTimer poll;
        // A signal handler may only set a flag; the loop looks at it a few times a second.
        QObject::connect(&poll, &QTimer::timeout, &loop, [&loop] {
            if (g_stopRequested)
                loop.quit();
        });
        poll.start(100);
        loop.exec();
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
        err << tr("Sandbox stopped.") << Qt::endl;
    }
    return Ok;
}

namespace {
QString isoOrEmpty(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonObject runJson(const HistoryRun &h)
{
    const RunSummary &r = h.run;
    return {
        { QStringLiteral("id"), r.id },
        { QStringLiteral("flow_id"), r.flowId },
        { QStringLiteral("flow"), h.flowName },
        { QStringLiteral("trigger"), RunSummary::triggerToString(r.trigger) },
        { QStringLiteral("mode"), RunSummary::modeToString(r.mode) },
        { QStringLiteral("status"), RunSummary::statusToString(r.status) },
        { QStringLiteral("status_text"), RunWords::status(r.status) },
        { QStringLiteral("started_at"), isoOrEmpty(r.startedAt) },
        { QStringLiteral("finished_at"), isoOrEmpty(r.finishedAt) },
        { QStringLiteral("duration_ms"),
            r.startedAt.isValid() && r.finishedAt.isValid()
                ? QJsonValue(r.startedAt.msecsTo(r.finishedAt))
                : QJsonValue() },
        { QStringLiteral("created"), r.counts.created },
        { QStringLiteral("updated"), r.counts.updated },
        { QStringLiteral("deleted"), r.counts.deleted },
        { QStringLiteral("skipped"), r.counts.skipped },
        { QStringLiteral("conflicts"), r.counts.conflicts },
        { QStringLiteral("errors"), r.counts.errors },
        { QStringLiteral("calls_used"), r.callsUsed },
        { QStringLiteral("error"), r.errorSummary },
    };
}

QJsonObject changeJson(const RecordChange &c)
{
    return {
        { QStringLiteral("system"), c.system },
        { QStringLiteral("object"), c.object },
        { QStringLiteral("record_key"), c.recordKey },
        { QStringLiteral("operation"), RecordChange::operationToString(c.operation) },
        { QStringLiteral("field"), c.field },
        { QStringLiteral("old_value"), c.oldValue },
        { QStringLiteral("new_value"), c.newValue },
        { QStringLiteral("reason"), c.reason },
    };
}

/// A flow by number or by name (case-insensitive); a sentence when none or several match.
Expected<Flow> findFlow(Journal &journal, const QString &nameOrId)
{
    FlowRepository repo(journal);
    const auto all = repo.list();
    if (!all)
        return Expected<Flow>::failure(all.errorString());
    bool isNumber = false;
    const qint64 id = nameOrId.toLongLong(&isNumber);
    QList<Flow> matches;
    for (const Flow &f : all.value()) {
        if ((isNumber && f.id == id)
            || f.name.compare(nameOrId.trimmed(), Qt::CaseInsensitive) == 0)
            matches.append(f);
    }
    if (matches.size() == 1)
        return matches.constFirst();
    QStringList names;
    for (const Flow &f : all.value())
        names << QStringLiteral("“%1” (%2)").arg(safe(f.name), num(f.id));
    if (matches.isEmpty())
        return Expected<Flow>::failure(names.isEmpty()
                ? QCoreApplication::translate("LeadBridge::CommandLine",
                    "There is no flow “%1”: no flows are set up yet. Set one up in the "
                    "LeadBridge window.")
                      .arg(safe(nameOrId))
                : QCoreApplication::translate(
                    "LeadBridge::CommandLine", "There is no flow “%1”. The flows are: %2.")
                      .arg(safe(nameOrId), names.join(QStringLiteral(", "))));
    return Expected<Flow>::failure(QCoreApplication::translate("LeadBridge::CommandLine",
        "Several flows are called “%1”; give its number instead (see “leadbridge-cli flows”).")
                                       .arg(safe(nameOrId)));
}

QString flowKindText(FlowKind kind)
{
    switch (kind) {
    case FlowKind::WebinarImport:
        return QCoreApplication::translate("LeadBridge::CommandLine", "Webinar import");
    case FlowKind::CrmContactSync:
        return QCoreApplication::translate("LeadBridge::CommandLine", "CRM contact sync");
    case FlowKind::ListSync:
        return QCoreApplication::translate("LeadBridge::CommandLine", "List sync");
    case FlowKind::LeadHandoff:
        return QCoreApplication::translate("LeadBridge::CommandLine", "Lead handoff");
    }
    return QString();
}

QString countsText(const RunCounts &c)
{
    return QCoreApplication::translate("LeadBridge::CommandLine",
        "%1 created, %2 updated, %3 deleted, %4 skipped, %5 conflicts, %6 errors")
        .arg(num(c.created), num(c.updated), num(c.deleted), num(c.skipped), num(c.conflicts),
            num(c.errors));
}

/// Truncates @p text to @p width characters for a table cell, controls escaped.
QString cell(const QString &text, int width)
{
    QString t = text;
    t.replace(QLatin1Char('\n'), QLatin1Char(' '));
    t.remove(QLatin1Char('\r'));
    t = safe(t);
    if (t.size() > width)
        t = t.left(width - 1) + QChar(0x2026);
    return t;
}
} // namespace

int CommandLine::runFlows(bool json, QTextStream &out, QTextStream &err)
{
    Journal journal;
    if (const Status opened
        = journal.open(AppPaths::journalPath(), QStringLiteral("leadbridge-cli"));
        !opened) {
        err << opened.errorString() << Qt::endl;
        return JournalError;
    }
    FlowRepository flows(journal);
    AccountRepository accounts(journal);
    HistoryQuery history(journal);
    const auto all = flows.list();
    if (!all) {
        err << all.errorString() << Qt::endl;
        return JournalError;
    }
    const auto accountName = [&accounts](qint64 id) {
        if (id <= 0)
            return QString();
        const auto a = accounts.get(id);
        return a ? a->name : QString();
    };
    QJsonArray array;
    QStringList lines;
    for (const Flow &f : all.value()) {
        RunFilter filter;
        filter.flowId = f.id;
        const auto last
            = history.runs(filter, HistoryQuery::RunSort::Started, Qt::DescendingOrder, 0, 1);
        const bool hasLast = last && !last->isEmpty();
        if (json) {
            QJsonObject o { { QStringLiteral("id"), f.id }, { QStringLiteral("name"), f.name },
                { QStringLiteral("kind"), Flow::kindToString(f.kind) },
                { QStringLiteral("kind_text"), flowKindText(f.kind) },
                { QStringLiteral("source_account"), accountName(f.sourceAccountId) },
                { QStringLiteral("target_account"), accountName(f.targetAccountId) },
                { QStringLiteral("enabled"), f.enabled },
                { QStringLiteral("needs_full_sync"), f.needsFullSync } };
            o.insert(QStringLiteral("last_run"),
                hasLast ? QJsonValue(runJson(last->constFirst())) : QJsonValue());
            array.append(o);
            continue;
        }
        QString lastText = tr("Never run");
        if (hasLast) {
            const RunSummary &r = last->constFirst().run;
            lastText
                = QStringLiteral("%1 %2 (%3)")
                      .arg(RunWords::status(r.status),
                          r.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                          RunWords::mode(r.mode));
        }
        lines << QStringLiteral("%1  %2  %3  %4  %5")
                     .arg(pad(num(f.id), 4), pad(cell(f.name, 28), 28),
                         pad(flowKindText(f.kind), 17),
                         pad(cell(accountName(f.sourceAccountId) + QStringLiteral(" → ")
                                     + accountName(f.targetAccountId),
                                 40),
                             40),
                         f.enabled ? lastText : tr("Disabled; %1").arg(lastText));
    }
    if (json) {
        writeJson(out, array);
        return Ok;
    }
    if (lines.isEmpty()) {
        out << tr("No flows set up yet. Set one up on the Flows page of the LeadBridge window "
                  "(link accounts first, or try the sandbox with “leadbridge-cli sandbox”).")
            << Qt::endl;
        return Ok;
    }
    out << QStringLiteral("%1  %2  %3  %4  %5")
               .arg(pad(tr("ID"), 4), pad(tr("Name"), 28), pad(tr("Kind"), 17),
                   pad(tr("Accounts"), 40), tr("Last run"))
        << Qt::endl;
    for (const QString &line : lines)
        out << line << Qt::endl;
    return Ok;
}

int CommandLine::runSync(
    const QString &flowName, bool full, bool preview, bool json, QTextStream &out, QTextStream &err)
{
    AccountServices services;
    if (const Status opened = services.open(); !opened) {
        err << opened.errorString() << Qt::endl;
        return JournalError;
    }
    const auto flow = findFlow(services.journal, flowName);
    if (!flow) {
        err << flow.errorString() << Qt::endl;
        return UsageError;
    }
    const qint64 flowId = flow->id;
    // Ctrl+C from here on cancels the run cleanly instead of killing the process.
    g_stopRequested = false;
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    struct RestoreSignals
    {
        ~RestoreSignals()
        {
            std::signal(SIGINT, SIG_DFL);
            std::signal(SIGTERM, SIG_DFL);
        }
    } restoreSignals;

    // Sandbox accounts need the in-process emulators running (new ports every start).
    if (const QString why = startSandboxFor(services, { flow.value() }); !why.isEmpty()) {
        err << safeLines(why) << Qt::endl;
        return RunFailed;
    }

    const bool terminal = LEADBRIDGE_ISATTY(LEADBRIDGE_FILENO(stderr));
    RunLauncher launcher(services.journal, &services.store, services.engine.get());
    QEventLoop loop;
    RunOutcome outcome;
    QString launchError;
    bool finished = false;
    bool cancelling = false;
    QString lastProgress;
    const auto clearProgress = [&] {
        if (terminal && !lastProgress.isEmpty()) {
            err << QStringLiteral("\r\x1b[K");
            err.flush();
            lastProgress.clear();
        }
    };
    QObject::connect(
        &launcher, &RunLauncher::launchFailed, &loop, [&](qint64 id, const QString &sentence) {
            if (id != flowId)
                return;
            launchError = sentence;
            finished = true;
            loop.quit();
        });
    QObject::connect(
        services.engine.get(), &EngineHost::runProgress, &loop, [&](const RunProgress &p) {
            if (!terminal || p.flowId != flowId)
                return;
            // One line, rewritten in place: phase, records, calls.
            QString line = flow->name + QStringLiteral(": ") + p.phase;
            if (p.recordsTotal > 0)
                line += QStringLiteral(" %1/%2").arg(num(p.recordsDone), num(p.recordsTotal));
            else if (p.recordsDone > 0)
                line += QStringLiteral(" %1").arg(p.recordsDone);
            line += tr(" · %1 calls").arg(p.callsUsed);
            if (cancelling)
                line += tr(" · cancelling…");
            if (line == lastProgress)
                return;
            lastProgress = line;
            err << QStringLiteral("\r\x1b[K") << cell(line, 110);
            err.flush();
        });
    QObject::connect(
        services.engine.get(), &EngineHost::runFinished, &loop, [&](const RunOutcome &o) {
            if (o.summary.flowId != flowId && o.summary.id != 0)
                return;
            outcome = o;
            finished = true;
            loop.quit();
        });

    RunRequest request;
    request.flowId = flowId;
    request.trigger = RunTrigger::Cli;
    request.full = full;
    request.preview = preview;
    launcher.launch(request);

    QTimer poll;
    // A signal handler may only set a flag; the loop looks at it a few times a second.
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (g_stopRequested && !cancelling) {
            cancelling = true;
            clearProgress();
            err << tr("Cancelling the run; what is written so far is kept in the history.")
                << Qt::endl;
            services.engine->cancel(flowId);
        }
    });
    poll.start(100);
    if (!finished)
        loop.exec();
    poll.stop();
    clearProgress();

    if (!launchError.isEmpty()) {
        err << safeLines(launchError) << Qt::endl;
        if (json)
            writeJson(out, QJsonObject { { QStringLiteral("error"), launchError } });
        return RunFailed;
    }
    if (outcome.notStarted) {
        // Running in another LeadBridge process: nothing was started or recorded here.
        err << safeLines(outcome.message) << Qt::endl;
        if (json)
            writeJson(out,
                QJsonObject { { QStringLiteral("error"), outcome.message },
                    { QStringLiteral("not_started"), true } });
        return RunFailed;
    }
    HistoryRun h;
    h.run = outcome.summary;
    h.flowName = flow->name;
    h.flowKind = flow->kind;
    if (outcome.summary.id > 0) {
        HistoryQuery history(services.journal);
        if (const auto stored = history.run(outcome.summary.id))
            h = stored.value();
    }
    const RunSummary &r = h.run;
    if (json) {
        QJsonObject o = runJson(h);
        o.insert(QStringLiteral("message"), outcome.message);
        writeJson(out, o);
    } else {
        out << tr("Run %1 of “%2” (%3): %4. %5; %6 API calls%7.")
                   .arg(num(r.id), safe(flow->name), RunWords::mode(r.mode),
                       RunWords::status(r.status), countsText(r.counts), num(r.callsUsed),
                       r.finishedAt.isValid()
                           ? tr(", %1").arg(RunWords::duration(r.startedAt, r.finishedAt))
                           : QString())
            << Qt::endl;
    }
    out.flush();
    const QString sentence = !outcome.message.isEmpty() ? outcome.message : r.errorSummary;
    switch (r.status) {
    case RunStatus::Succeeded:
        return Ok;
    case RunStatus::SucceededWithErrors:
        err << tr("Some records could not be synced; “leadbridge-cli history --run %1” lists "
                  "them.")
                   .arg(r.id)
            << Qt::endl;
        return SucceededWithErrors;
    case RunStatus::Cancelled:
        if (!sentence.isEmpty())
            err << safeLines(sentence) << Qt::endl;
        return RunCancelled;
    default:
        if (!sentence.isEmpty())
            err << safeLines(sentence) << Qt::endl;
        return RunFailed;
    }
}

int CommandLine::runSchedule(const QString &flowName, const QString &every, const QString &daily,
    bool off, bool json, QTextStream &out, QTextStream &err)
{
    const int choices = (every.isEmpty() ? 0 : 1) + (daily.isEmpty() ? 0 : 1) + (off ? 1 : 0);
    if (choices > 1) {
        err << tr("Choose one of --every, --daily and --off.") << Qt::endl;
        return UsageError;
    }
    if (choices == 1 && flowName.isEmpty()) {
        err << tr("Say which flow: “leadbridge-cli schedule FLOW --every 6h”.") << Qt::endl;
        return UsageError;
    }
    Journal journal;
    if (const Status opened
        = journal.open(AppPaths::journalPath(), QStringLiteral("leadbridge-cli"));
        !opened) {
        err << opened.errorString() << Qt::endl;
        return JournalError;
    }
    ScheduleRepository schedules(journal);
    qint64 flowId = 0;
    if (!flowName.isEmpty()) {
        const auto flow = findFlow(journal, flowName);
        if (!flow) {
            err << flow.errorString() << Qt::endl;
            return UsageError;
        }
        flowId = flow->id;
    }
    if (choices == 1) {
        Status saved;
        if (off) {
            saved = schedules.remove(flowId);
        } else {
            Schedule s;
            s.flowId = flowId;
            if (!every.isEmpty()) {
                s.kind = Schedule::Kind::Interval;
                s.intervalMinutes = parseIntervalMinutes(every);
                if (s.intervalMinutes <= 0) {
                    err << tr("--every needs an interval in hours or minutes, e.g. --every 6h, "
                              "--every 90m or --every 1h30m.")
                        << Qt::endl;
                    return UsageError;
                }
            } else {
                s.kind = Schedule::Kind::Daily;
                s.dailyTime = QTime::fromString(daily, QStringLiteral("H:mm"));
                if (!s.dailyTime.isValid()) {
                    err << tr("--daily needs a time of day as HH:MM, e.g. --daily 06:30.")
                        << Qt::endl;
                    return UsageError;
                }
            }
            // The same rules as the Flows page: e.g. at most every 4 hours with Salesforce.
            if (const QString why = schedules.problem(s); !why.isEmpty()) {
                err << safeLines(why) << Qt::endl;
                return UsageError;
            }
            s.nextRunAt = s.nextAfter(QDateTime::currentDateTimeUtc());
            saved = schedules.set(s);
        }
        if (!saved) {
            err << saved.errorString() << Qt::endl;
            return JournalError;
        }
    }
    const auto all = schedules.list();
    if (!all) {
        err << all.errorString() << Qt::endl;
        return JournalError;
    }
    FlowRepository flows(journal);
    QJsonArray array;
    QStringList lines;
    for (const Schedule &s : all.value()) {
        if (flowId > 0 && s.flowId != flowId)
            continue;
        const auto flow = flows.get(s.flowId);
        if (!flow)
            continue; // a deleted flow's schedule is gone with it
        const QString name = flow->name;
        if (json) {
            array.append(QJsonObject {
                { QStringLiteral("flow_id"), s.flowId },
                { QStringLiteral("flow"), name },
                { QStringLiteral("kind"),
                    s.kind == Schedule::Kind::Interval ? QStringLiteral("interval")
                                                       : QStringLiteral("daily") },
                { QStringLiteral("interval_minutes"),
                    s.kind == Schedule::Kind::Interval ? QJsonValue(s.intervalMinutes)
                                                       : QJsonValue() },
                { QStringLiteral("daily_time"),
                    s.kind == Schedule::Kind::Daily
                        ? QJsonValue(s.dailyTime.toString(QStringLiteral("HH:mm")))
                        : QJsonValue() },
                { QStringLiteral("text"), scheduleText(s) },
                { QStringLiteral("next_run_at"), isoOrEmpty(s.nextRunAt) },
                { QStringLiteral("enabled"), s.enabled },
                { QStringLiteral("flow_enabled"), flow->enabled },
                { QStringLiteral("failures"), s.failures },
                { QStringLiteral("retry_at"), isoOrEmpty(s.retryAt) },
                { QStringLiteral("attention"), flow->attention },
            });
            continue;
        }
        QStringList notes;
        if (s.nextRunAt.isValid())
            notes << tr("next %1").arg(localTimeText(s.nextRunAt));
        if (!s.enabled || !flow->enabled)
            notes << tr("paused");
        if (s.failures > 0)
            notes << (s.failures == 1 ? tr("1 failure")
                                      : tr("%n failures in a row", nullptr, s.failures));
        if (s.retryAt.isValid())
            notes << tr("retry %1").arg(localTimeText(s.retryAt));
        if (!flow->attention.isEmpty())
            notes << tr("needs attention: %1").arg(safe(flow->attention));
        lines << QStringLiteral("%1  %2  %3")
                     .arg(pad(cell(name, 28), 28), pad(scheduleText(s), 22),
                         notes.join(QStringLiteral("; ")));
    }
    if (json) {
        writeJson(out, array);
        return Ok;
    }
    if (lines.isEmpty()) {
        out << (flowId > 0 ? tr("This flow has no schedule.") : tr("No scheduled runs."))
            << Qt::endl;
        return Ok;
    }
    for (const QString &line : lines)
        out << line << Qt::endl;
    return Ok;
}

int CommandLine::runRunDue(bool json, QTextStream &out, QTextStream &err)
{
    AccountServices services;
    if (const Status opened = services.open(); !opened) {
        err << opened.errorString() << Qt::endl;
        return JournalError;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    RunLauncher launcher(services.journal, &services.store, services.engine.get());
    // The window's scheduler logic, ticked once: what is due, skips, retries, attention.
    Scheduler scheduler(
        services.journal, [&launcher](const RunRequest &request) { launcher.launch(request); });
    FlowRepository flows(services.journal);

    const QList<qint64> due = scheduler.dueFlowIds(now);
    QList<Flow> dueFlows;
    for (const qint64 id : due) {
        if (const auto flow = flows.get(id))
            dueFlows.append(flow.value());
    }
    if (due.isEmpty()) {
        // Still one tick: new schedules get their first run planned, as in the window.
        scheduler.tick(now);
        if (json)
            writeJson(out, QJsonArray());
        else
            out << tr("Nothing is due.") << Qt::endl;
        return Ok;
    }
    if (const QString why = startSandboxFor(services, dueFlows); !why.isEmpty()) {
        err << safeLines(why) << Qt::endl;
        return RunFailed;
    }

    g_stopRequested = false;
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    struct RestoreSignals
    {
        ~RestoreSignals()
        {
            std::signal(SIGINT, SIG_DFL);
            std::signal(SIGTERM, SIG_DFL);
        }
    } restoreSignals;

    /// What happened to one due flow.
    struct Result
    {
        /// NotRun: cancelled (Ctrl+C) before it started.
        enum class Kind { Waiting, Ran, Skipped, LaunchFailed, NotRun } kind = Kind::Waiting;
        RunOutcome outcome;
        QString sentence;
    };
    QHash<qint64, Result> results;
    QList<qint64> order;
    QEventLoop loop;
    const auto waiting = [&results] {
        for (const Result &r : std::as_const(results)) {
            if (r.kind == Result::Kind::Waiting)
                return true;
        }
        return false;
    };
    const auto settle = [&](qint64 flowId, Result::Kind kind, const QString &sentence,
                            const RunOutcome &outcome) {
        if (!order.contains(flowId))
            order.append(flowId);
        Result &r = results[flowId];
        if (r.kind != Result::Kind::Waiting)
            return;
        r.kind = kind;
        r.sentence = sentence;
        r.outcome = outcome;
        if (!waiting())
            loop.quit();
    };
    QObject::connect(&scheduler, &Scheduler::runTriggered, &loop, [&](qint64 flowId) {
        if (!order.contains(flowId))
            order.append(flowId);
        results.insert(flowId, results.value(flowId)); // Waiting unless already settled
    });
    QObject::connect(
        &scheduler, &Scheduler::runSkipped, &loop, [&](qint64 flowId, const QString &sentence) {
            settle(flowId, Result::Kind::Skipped, sentence, RunOutcome());
        });
    QObject::connect(
        &launcher, &RunLauncher::launchFailed, &loop, [&](qint64 flowId, const QString &sentence) {
            scheduler.launchFailed(flowId, sentence);
            settle(flowId, Result::Kind::LaunchFailed, sentence, RunOutcome());
        });
    QObject::connect(
        services.engine.get(), &EngineHost::runFinished, &loop, [&](const RunOutcome &o) {
            scheduler.runFinished(o); // skips come back through runSkipped
            if (!o.notStarted)
                settle(o.summary.flowId, Result::Kind::Ran, o.message, o);
        });
    QSet<qint64> started;
    QObject::connect(services.engine.get(), &EngineHost::runStarted, &loop,
        [&](const RunSummary &run) { started.insert(run.flowId); });
    QTimer poll;
    bool cancelling = false;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (!g_stopRequested || cancelling)
            return;
        cancelling = true;
        err << tr("Cancelling; what is written so far is kept in the history.") << Qt::endl;
        for (auto it = results.begin(); it != results.end(); ++it) {
            if (it.value().kind != Result::Kind::Waiting)
                continue;
            services.engine->cancel(it.key());
            // A run still waiting its turn just leaves the queue; the running one reports.
            if (!started.contains(it.key()))
                it.value().kind = Result::Kind::NotRun;
        }
        if (!waiting())
            loop.quit();
    });

    scheduler.tick(now);
    if (waiting()) {
        poll.start(100);
        loop.exec();
        poll.stop();
    }

    // One line per flow, in the order they were due.
    ScheduleRepository schedules(services.journal);
    HistoryQuery history(services.journal);
    QJsonArray array;
    bool anyFailed = false;
    bool anyErrors = false;
    bool anyCancelled = false;
    for (const qint64 flowId : std::as_const(order)) {
        const Result r = results.value(flowId);
        const auto flow = flows.get(flowId);
        const QString name = flow ? flow->name : QString::number(flowId);
        const QString shownName = safe(name);
        const QString sentence = safeLines(r.sentence);
        const auto schedule = schedules.get(flowId);
        QString result;
        QString line;
        HistoryRun h;
        h.run = r.outcome.summary;
        if (r.kind == Result::Kind::Ran && r.outcome.summary.id > 0) {
            if (const auto stored = history.run(r.outcome.summary.id))
                h = stored.value();
        }
        switch (r.kind) {
        case Result::Kind::Skipped:
            result = QStringLiteral("skipped");
            line = tr("“%1”: Skipped. %2").arg(shownName, sentence);
            break;
        case Result::Kind::LaunchFailed:
            result = QStringLiteral("failed");
            anyFailed = true;
            line = tr("“%1”: Failed. %2").arg(shownName, sentence);
            break;
        case Result::Kind::Waiting:
        case Result::Kind::NotRun:
            result = QStringLiteral("cancelled");
            anyCancelled = true;
            line = tr("“%1”: Cancelled before it started.").arg(shownName);
            break;
        case Result::Kind::Ran: {
            const RunSummary &run = h.run;
            result = RunSummary::statusToString(run.status);
            if (run.status == RunStatus::Failed)
                anyFailed = true;
            else if (run.status == RunStatus::SucceededWithErrors)
                anyErrors = true;
            else if (run.status == RunStatus::Cancelled)
                anyCancelled = true;
            line = tr("“%1”: %2. Run %3: %4; %5 API calls.")
                       .arg(shownName, RunWords::status(run.status), num(run.id),
                           countsText(run.counts), num(run.callsUsed));
            if (run.status != RunStatus::Succeeded && !r.sentence.isEmpty())
                line += QLatin1Char(' ') + sentence;
            break;
        }
        }
        if (schedule && schedule->retryAt.isValid())
            line += QLatin1Char(' ') + tr("Retry at %1.").arg(localTimeText(schedule->retryAt));
        if (flow && !flow->attention.isEmpty() && result != QStringLiteral("succeeded")
            && result != QStringLiteral("succeeded_with_errors"))
            line += QLatin1Char(' ') + tr("Needs attention.");
        if (json) {
            QJsonObject o {
                { QStringLiteral("flow_id"), flowId },
                { QStringLiteral("flow"), name },
                { QStringLiteral("result"), result },
                { QStringLiteral("message"), r.sentence },
                { QStringLiteral("run"),
                    r.kind == Result::Kind::Ran && h.run.id > 0 ? QJsonValue(runJson(h))
                                                                : QJsonValue() },
                { QStringLiteral("failures"), schedule ? schedule->failures : 0 },
                { QStringLiteral("retry_at"),
                    schedule ? isoOrEmpty(schedule->retryAt) : QString() },
                { QStringLiteral("next_run_at"),
                    schedule ? isoOrEmpty(schedule->nextRunAt) : QString() },
                { QStringLiteral("attention"), flow ? flow->attention : QString() },
            };
            array.append(o);
        } else {
            out << line << Qt::endl;
        }
    }
    if (json)
        writeJson(out, array);
    out.flush();
    if (anyCancelled)
        return RunCancelled;
    if (anyFailed)
        return RunFailed;
    if (anyErrors)
        return SucceededWithErrors;
    return Ok;
}

int CommandLine::runHistory(
    const QString &flowName, qint64 runId, int limit, bool json, QTextStream &out, QTextStream &err)
{
    Journal journal;
    if (const Status opened
        = journal.open(AppPaths::journalPath(), QStringLiteral("leadbridge-cli"));
        !opened) {
        err << opened.errorString() << Qt::endl;
        return JournalError;
    }
    HistoryQuery history(journal);
    if (runId > 0) {
        const auto run = history.run(runId);
        if (!run) {
            err << run.errorString() << Qt::endl;
            return UsageError;
        }
        ChangeFilter filter;
        filter.runId = runId;
        QJsonArray changes;
        QStringList lines;
        qint64 shown = 0;
        const auto rows = history.forEachChange(filter, [&](const RecordChange &c) {
            if (limit > 0 && shown >= limit)
                return false;
            ++shown;
            if (json) {
                changes.append(changeJson(c));
                return true;
            }
            QString values;
            if (!c.oldValue.isEmpty() || !c.newValue.isEmpty())
                values = cell(c.oldValue, 30) + QStringLiteral(" → ") + cell(c.newValue, 30);
            lines << QStringLiteral("%1  %2  %3  %4  %5  %6  %7")
                         .arg(pad(RunWords::system(c.system), 10), pad(cell(c.object, 12), 12),
                             pad(cell(c.recordKey, 32), 32), pad(RunWords::operation(c.operation), 9),
                             pad(cell(c.field, 20), 20), values, safe(c.reason));
            return true;
        });
        if (!rows) {
            err << rows.errorString() << Qt::endl;
            return JournalError;
        }
        if (json) {
            QJsonObject o = runJson(run.value());
            o.insert(QStringLiteral("changes"), changes);
            writeJson(out, o);
            return Ok;
        }
        const RunSummary &r = run->run;
        out << tr("Run %1 of “%2”: %3, %4, %5. %6.")
                   .arg(num(r.id), safe(run->flowName), RunWords::mode(r.mode),
                       RunWords::status(r.status),
                       r.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                       countsText(r.counts))
            << Qt::endl;
        if (!r.errorSummary.isEmpty())
            out << safeLines(r.errorSummary) << Qt::endl;
        if (lines.isEmpty()) {
            out << tr("This run recorded no record changes.") << Qt::endl;
            return Ok;
        }
        out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7")
                   .arg(pad(tr("System"), 10), pad(tr("Object"), 12), pad(tr("Record"), 32),
                       pad(tr("Operation"), 9), pad(tr("Field"), 20), tr("Old → new"),
                       tr("Reason"))
            << Qt::endl;
        for (const QString &line : lines)
            out << line << Qt::endl;
        return Ok;
    }

    RunFilter filter;
    if (!flowName.isEmpty()) {
        const auto flow = findFlow(journal, flowName);
        if (!flow) {
            err << flow.errorString() << Qt::endl;
            return UsageError;
        }
        filter.flowId = flow->id;
    }
    const auto runs = history.runs(
        filter, HistoryQuery::RunSort::Started, Qt::DescendingOrder, 0, limit > 0 ? limit : 20);
    if (!runs) {
        err << runs.errorString() << Qt::endl;
        return JournalError;
    }
    if (json) {
        QJsonArray array;
        for (const HistoryRun &h : runs.value())
            array.append(runJson(h));
        writeJson(out, array);
        return Ok;
    }
    if (runs->isEmpty()) {
        out << tr("No runs recorded yet. Run a flow with “leadbridge-cli sync FLOW” or from the "
                  "LeadBridge window.")
            << Qt::endl;
        return Ok;
    }
    out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9")
               .arg(pad(tr("Run"), 5), pad(tr("Flow"), 24), pad(tr("Trigger"), 12),
                   pad(tr("Mode"), 11), pad(tr("Started"), 16), pad(tr("Duration"), 9),
                   pad(tr("Status"), 21), pad(tr("Cre/Upd/Del/Skp/Cnf/Err"), 23), tr("Calls"))
        << Qt::endl;
    for (const HistoryRun &h : runs.value()) {
        const RunSummary &r = h.run;
        const RunCounts &c = r.counts;
        out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9")
                   .arg(pad(num(r.id), 5), pad(cell(h.flowName, 24), 24),
                       pad(RunWords::trigger(r.trigger), 12), pad(RunWords::mode(r.mode), 11),
                       pad(r.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                           16),
                       pad(RunWords::duration(r.startedAt, r.finishedAt), 9),
                       pad(RunWords::status(r.status), 21),
                       pad(QStringLiteral("%1/%2/%3/%4/%5/%6")
                               .arg(num(c.created), num(c.updated), num(c.deleted),
                                   num(c.skipped), num(c.conflicts), num(c.errors)),
                           23),
                       num(r.callsUsed))
            << Qt::endl;
        if (!r.errorSummary.isEmpty())
            out << QStringLiteral("       ") << safeLines(r.errorSummary) << Qt::endl;
    }
    return Ok;
}

} // namespace LeadBridge
