// leadbridge-guibench: the GUI benchmarks, each on the real main window (AppSession, as
// app/GuiMain.cpp starts it), offscreen. scripts/bench.sh calls it once per step.
//   leadbridge-guibench fill-journal --data-dir DIR (--changes N | --size-mb M)
//   leadbridge-guibench history-open --data-dir DIR [--screenshot FILE] [--json]
//   leadbridge-guibench cold-start --data-dir DIR [--json]
//   leadbridge-guibench gui-stall --data-dir DIR --endpoints FILE --count N [--json]
// Exit: 0 = done and verified, 1 = not verified, 2 = bad use.
#include "core/engine/EngineHost.h"
#include "core/util/AppPaths.h"
#include "tests/benchmarks/gui/ColdStartBench.h"
#include "tests/benchmarks/gui/GuiStallBench.h"
#include "tests/benchmarks/gui/HistoryOpenBench.h"
#include "tests/benchmarks/gui/JournalFiller.h"
#include "tests/benchmarks/suite/BenchSandbox.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>
#include <QTemporaryDir>

#include <cstdio>

using namespace LeadBridge;
using namespace LeadBridge::Bench;
using namespace Qt::StringLiterals;

namespace {

int usage(const QString &why)
{
    std::fprintf(stderr, "leadbridge-guibench: %s\n", qPrintable(why));
    return 2;
}

int print(const BenchResult &result, bool json)
{
    const QByteArray text = json ? QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact)
                                 : result.toText().toUtf8();
    std::fprintf(stdout, "%s\n", text.constData());
    std::fflush(stdout);
    return result.verified ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    ColdStartBench::noteMainEntered();
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    ColdStartBench::noteApplicationCreated();
    QApplication::setApplicationName(u"LeadBridge"_s);
    QLoggingCategory::setFilterRules(u"leadbridge.*.info=false"_s);
    EngineHost::registerMetaTypes();
    // The user's saved window layout and language stay out of the figures.
    QTemporaryDir settings;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());

    QCommandLineParser parser;
    parser.addPositionalArgument(u"name"_s, u"fill-journal, history-open, cold-start, gui-stall"_s);
    const QCommandLineOption dataOption(u"data-dir"_s, u"data folder"_s, u"dir"_s);
    const QCommandLineOption changesOption(u"changes"_s, u"record changes to write"_s, u"N"_s);
    const QCommandLineOption sizeOption(u"size-mb"_s, u"journal size to write"_s, u"MB"_s);
    const QCommandLineOption endpointsOption(u"endpoints"_s, u"sandbox endpoint lines"_s, u"file"_s);
    const QCommandLineOption countOption(u"count"_s, u"leads in the sandbox"_s, u"N"_s);
    const QCommandLineOption shotOption(u"screenshot"_s, u"save the window as PNG"_s, u"file"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"one JSON object on stdout"_s);
    parser.addOptions({ dataOption, changesOption, sizeOption, endpointsOption, countOption,
        shotOption, jsonOption });
    parser.addHelpOption();
    parser.process(app);
    const QString name = parser.positionalArguments().value(0);
    if (!parser.isSet(dataOption))
        return usage(u"--data-dir is needed"_s);
    AppPaths::setDataDirOverride(parser.value(dataOption));
    const bool json = parser.isSet(jsonOption);

    if (name == u"fill-journal"_s) {
        QString error;
        JournalFiller::Filled filled;
        const qint64 changes = parser.value(changesOption).toLongLong();
        const qint64 megabytes = parser.value(sizeOption).toLongLong();
        const bool ok = changes > 0 ? JournalFiller::fill(changes, &filled, &error)
            : megabytes > 0         ? JournalFiller::fillToSize(megabytes, &filled, &error)
                                    : (error = u"--changes N or --size-mb M is needed"_s, false);
        if (!ok)
            return usage(error);
        const QLocale c = QLocale::c();
        std::fprintf(stderr, "bench: journal filled: %s changes in %s runs (newest run %s: %s), "
                             "%.0f MB in %.1f s\n",
            qPrintable(c.toString(filled.changes)), qPrintable(c.toString(filled.runs)),
            qPrintable(QString::number(filled.newestRunId)),
            qPrintable(c.toString(filled.newestRunChanges)), filled.fileMb, filled.seconds);
        return 0;
    }
    if (name == u"history-open"_s)
        return print(HistoryOpenBench::run(parser.value(shotOption)), json);
    if (name == u"cold-start"_s)
        return print(ColdStartBench::run(), json);
    if (name == u"gui-stall"_s) {
        bool ok = false;
        const qint64 count = parser.value(countOption).toLongLong(&ok);
        if (!ok || count <= 0 || !parser.isSet(endpointsOption))
            return usage(u"gui-stall needs --endpoints and a positive --count"_s);
        BenchSandbox sandbox;
        QString error;
        if (!sandbox.load(parser.value(endpointsOption), &error))
            return usage(error);
        return print(GuiStallBench::run(sandbox, parser.value(dataOption), count), json);
    }
    return usage(u"unknown benchmark \"%1\" (known: fill-journal, history-open, cold-start, "
                 "gui-stall)"_s.arg(name));
}
