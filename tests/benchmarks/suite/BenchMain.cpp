// leadbridge-bench: one benchmark against a running leadbridge-sandbox process, through the
// engine thread the app uses. scripts/bench.sh starts the sandbox and calls this once per
// benchmark (each in its own process, so each peak RSS is its own).
//   leadbridge-bench NAME --endpoints FILE --data-dir DIR --count N [--json]
//   NAME: f2-preview, f2-full, f2-incremental (1 % changed on each side), f2-unchanged,
//         f1-full (needs the sandbox's --synthetic-registrants N --synthetic-webinars W),
//         rate-budget (the same, and --faults acton:latency=50)
// Exit: 0 = run succeeded and the result was verified, 1 = not verified, 2 = bad use.
#include "core/engine/EngineHost.h"
#include "core/util/AppPaths.h"
#include "tests/benchmarks/suite/BenchF1.h"
#include "tests/benchmarks/suite/BenchF2.h"
#include "tests/benchmarks/suite/BenchRateBudget.h"
#include "tests/benchmarks/suite/BenchSandbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <cstdio>

using namespace LeadBridge;
using namespace LeadBridge::Bench;
using namespace Qt::StringLiterals;

namespace {

int usage(const QString &why)
{
    std::fprintf(stderr, "leadbridge-bench: %s\n", qPrintable(why));
    return 2;
}

/// Scheduled incremental runs are hours apart (Salesforce syncs at most every 4 hours).
constexpr qint64 kScheduleGapSeconds = 4 * 3600;

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"leadbridge.*.info=false"_s);
    EngineHost::registerMetaTypes();
    QCommandLineParser parser;
    parser.addPositionalArgument(
        u"name"_s, u"f2-preview, f2-full, f2-incremental, f2-unchanged, f1-full, rate-budget"_s);
    const QCommandLineOption endpointsOption(
        u"endpoints"_s, u"sandbox endpoint lines"_s, u"file"_s);
    const QCommandLineOption dataOption(u"data-dir"_s, u"data folder"_s, u"dir"_s);
    const QCommandLineOption countOption(u"count"_s, u"records in the world"_s, u"N"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"one JSON object on stdout"_s);
    const QCommandLineOption webinarsOption(u"webinars"_s,
        u"f1: webinars the registrants are spread over (as the sandbox was started)"_s, u"W"_s,
        u"500"_s);
    const QCommandLineOption settingOption(u"flow-setting"_s,
        u"f2: a setting of the flow the benchmark adds, e.g. groupsInFlight=1 (repeatable; the "
        "value is read as JSON when it is JSON, else as text)"_s,
        u"key=value"_s);
    parser.addOptions(
        { endpointsOption, dataOption, countOption, jsonOption, webinarsOption, settingOption });
    parser.addHelpOption();
    parser.process(app);
    const QString name = parser.positionalArguments().value(0);
    static const QStringList names { u"f2-preview"_s, u"f2-full"_s, u"f2-incremental"_s,
        u"f2-unchanged"_s, u"f1-full"_s, u"rate-budget"_s };
    if (!names.contains(name))
        return usage(u"unknown benchmark \"%1\" (known: %2)"_s.arg(name, names.join(u", "_s)));
    bool ok = false;
    const qint64 count = parser.value(countOption).toLongLong(&ok);
    if (!ok || count <= 0 || !parser.isSet(endpointsOption) || !parser.isSet(dataOption))
        return usage(u"--endpoints, --data-dir and a positive --count are needed"_s);
    AppPaths::setDataDirOverride(parser.value(dataOption));

    BenchSandbox sandbox;
    QString error;
    if (!sandbox.load(parser.value(endpointsOption), &error))
        return usage(error);
    const auto print = [&parser, &jsonOption](const BenchResult &result) {
        const QByteArray text = parser.isSet(jsonOption)
            ? QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact)
            : result.toText().toUtf8();
        std::fprintf(stdout, "%s\n", text.constData());
        std::fflush(stdout);
        return result.verified ? 0 : 1;
    };
    const int webinars = parser.value(webinarsOption).toInt();
    if (webinars <= 0)
        return usage(u"--webinars must be a positive number"_s);
    if (name == u"rate-budget"_s) {
        const BenchResult result
            = BenchRateBudget(sandbox, parser.value(dataOption)).run(count, webinars, &error);
        if (!error.isEmpty())
            return usage(error);
        return print(result);
    }
    if (name.startsWith(u"f1-"_s)) {
        BenchF1 f1(sandbox, parser.value(dataOption));
        if (!f1.setUp(&error))
            return usage(error);
        BenchResult result = f1.run(name, true, count);
        f1.verify(result, count, webinars);
        return print(result);
    }
    QVariantMap flowSettings;
    for (const QString &setting : parser.values(settingOption)) {
        const qsizetype eq = setting.indexOf(u'=');
        if (eq <= 0)
            return usage(u"--flow-setting needs key=value, not \"%1\""_s.arg(setting));
        const QString value = setting.mid(eq + 1);
        const QJsonDocument json
            = QJsonDocument::fromJson(QByteArray("[") + value.toUtf8() + QByteArray("]"));
        flowSettings.insert(setting.left(eq),
            json.isArray() && json.array().size() == 1 ? json.array().first().toVariant()
                                                      : QVariant(value));
    }
    BenchF2 f2(sandbox, parser.value(dataOption), flowSettings);
    if (!f2.setUp(&error))
        return usage(error);

    BenchResult result;
    if (name == u"f2-preview"_s) {
        result = f2.run(name, true, true, count);
        f2.verifyNothingWritten(result);
    } else if (name == u"f2-full"_s) {
        result = f2.run(name, true, false, count);
        f2.verify(result, count);
    } else {
        sandbox.advanceClocks(kScheduleGapSeconds);
        qint64 changed = 0;
        if (name == u"f2-incremental"_s && !f2.changeOnBothSides(100, 1, &error, &changed))
            return usage(error);
        result = f2.run(name, false, false, count);
        f2.verify(result, count);
        result.verification += u"; %1 records changed before the run (1 % of each side), the "
                               "sandbox clocks moved %2 h ahead"_s.arg(changed)
                                   .arg(kScheduleGapSeconds / 3600);
        if (name == u"f2-unchanged"_s && result.created + result.updated + result.deleted > 0) {
            result.verified = false;
            result.verification += u"; a run with nothing changed wrote records"_s;
        }
    }
    return print(result);
}
