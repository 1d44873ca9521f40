#include "core/util/CommandLine.h"

#include "Version.h"
#include "core/store/Journal.h"
#include "core/util/AppPaths.h"
#include "core/util/LogFile.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

namespace LeadBridge {

namespace {
void writeJson(QTextStream &out, const QJsonObject &object)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    out.flush();
}
} // namespace

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
           "  info    Show the version, data folder, journal, schema version and log folder."));
    const QCommandLineOption helpOption(
        { QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help."));
    const QCommandLineOption versionOption(
        QStringLiteral("version"), tr("Show the LeadBridge version."));
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
        tr("Keep the journal and logs in <dir> instead of the default data folder."), tr("dir"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print machine-readable JSON."));
    const QCommandLineOption verboseOption(
        QStringLiteral("verbose"), tr("Also print technical log messages on standard error."));
    parser.addOptions({ helpOption, versionOption, dataDirOption, jsonOption, verboseOption });
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

} // namespace LeadBridge
