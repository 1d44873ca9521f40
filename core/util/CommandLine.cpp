#include "core/util/CommandLine.h"

#include "Version.h"
#include "core/engine/AccountService.h"
#include "core/engine/EngineHost.h"
#include "core/sandbox/SandboxEndpoint.h"
#include "core/secrets/CredentialStore.h"
#include "core/store/Journal.h"
#include "core/util/AppPaths.h"
#include "core/util/LogFile.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <QRegularExpression>
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

QJsonObject accountJson(const Account &a)
{
    QJsonObject settings = QJsonObject::fromVariantMap(a.settings);
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
           "  sandbox [--serve]        Start the built-in emulators, link and test the four "
           "demo accounts\n"
           "                           and print the endpoints; --serve keeps them running "
           "until Ctrl+C."));
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
    parser.addOptions({ helpOption, versionOption, dataDirOption, jsonOption, verboseOption,
        nameOption, settingOption, serveOption });

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
        err << parser.errorText() << Qt::endl
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
        return runSandbox(parser.isSet(serveOption), json, out, err);
    }
    err << tr("Unknown command “%1”. Run “leadbridge-cli --help” for the list of commands.")
               .arg(command)
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
               .arg(journal.schemaVersion())
               .arg(Journal::latestSchemaVersion())
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
                                    .arg(sub))
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
                   .arg(tr("ID"), -4)
                   .arg(tr("System"), -10)
                   .arg(tr("Name"), -24)
                   .arg(tr("Status"), -16)
                   .arg(tr("Last successful check"), -22)
                   .arg(tr("Region / address"))
            << Qt::endl;
        for (const Account &a : all.value()) {
            out << QStringLiteral("%1  %2  %3  %4  %5  %6")
                       .arg(a.id, -4)
                       .arg(AccountService::kindDisplayName(a.kind), -10)
                       .arg(a.name, -24)
                       .arg(AccountService::statusWord(a.status), -16)
                       .arg(a.lastCheckAt.isValid()
                               ? a.lastCheckAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                   + QStringLiteral(" UTC")
                               : tr("Never"),
                           -22)
                       .arg(AccountService::locationText(a))
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
                       .arg(positional.at(1))
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
                                   .arg(lineNumber)
                                   .arg(secretNames.join(QStringLiteral(", ")))
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
            err << result.message << Qt::endl;
            return Failed;
        }
        const auto linked = accounts.account(result.accountId);
        if (json && linked) {
            QJsonObject o = accountJson(linked.value());
            o.insert(QStringLiteral("message"), result.message);
            writeJson(out, o);
        } else {
            out << tr("Linked “%1” (%2, account %3): %4")
                       .arg(names.constFirst().trimmed(), AccountService::kindDisplayName(kind))
                       .arg(result.accountId)
                       .arg(AccountService::statusWord(result.status))
                << Qt::endl;
        }
        if (!result.ok) {
            err << result.message << Qt::endl;
            return Failed;
        }
        return Ok;
    }

    // test / unlink NAME|ID
    if (positional.size() != 2) {
        err << tr("Say which account, by name or number: “leadbridge-cli accounts %1 NAME”.")
                   .arg(sub)
            << Qt::endl;
        return UsageError;
    }
    const auto found = accounts.find(positional.at(1));
    if (!found) {
        err << found.errorString() << Qt::endl;
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
            out << tr("%1: %2").arg(account.name, AccountService::statusWord(result.status));
            if (result.ok && !result.info.displayName.isEmpty())
                out << QStringLiteral(" (") << result.info.displayName << QStringLiteral(")");
            out << Qt::endl;
        }
        if (!result.ok) {
            err << result.message << Qt::endl;
            return Failed;
        }
        return Ok;
    }

    const AccountOperationResult result = waitFor(
        [&](AccountService::Callback done) { accounts.unlink(account.id, std::move(done)); });
    if (!result.ok) {
        err << result.message << Qt::endl;
        return Failed;
    }
    out << tr("Unlinked “%1” and deleted its secrets from the system keychain.").arg(account.name)
        << Qt::endl;
    return Ok;
}

int CommandLine::runSandbox(bool serve, bool json, QTextStream &out, QTextStream &err)
{
    AccountServices services;
    if (const Status opened = services.open(); !opened) {
        err << opened.errorString() << Qt::endl;
        return JournalError;
    }
    AccountService &accounts = *services.accounts;
    const AccountOperationResult result
        = waitFor([&](AccountService::Callback done) { accounts.trySandbox(std::move(done)); });
    const auto endpoints = accounts.sandboxEndpoints();
    if (endpoints.isEmpty()) {
        err << result.message << Qt::endl;
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
        writeJson(out,
            QJsonObject { { QStringLiteral("endpoints"), list },
                { QStringLiteral("accounts"), linked }, { QStringLiteral("ok"), result.ok } });
    } else {
        out << tr("Sandbox emulators:") << Qt::endl;
        for (const auto &e : endpoints)
            out << QStringLiteral("  %1 %2").arg(e.name, -11).arg(e.baseUrl.toString()) << Qt::endl;
        out << tr("Sandbox accounts:") << Qt::endl;
        if (all) {
            for (const Account &a : all.value()) {
                if (a.settings.value(QStringLiteral("sandbox")).toBool())
                    out << QStringLiteral("  %1 %2")
                               .arg(a.name, -20)
                               .arg(AccountService::statusWord(a.status))
                        << Qt::endl;
            }
        }
    }
    out.flush();
    if (!result.ok) {
        err << result.message << Qt::endl;
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

} // namespace LeadBridge
