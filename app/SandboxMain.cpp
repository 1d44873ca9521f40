// leadbridge-sandbox: serves the four API emulators on 127.0.0.1 with a seeded
// demo world, for trying LeadBridge without accounts and for scripted tests.
#include "Version.h"
#include "core/sandbox/DemoDatasetJson.h"
#include "core/sandbox/Emulator.h"
#include "core/sandbox/Sandbox.h"
#include "core/sandbox/on24/On24Emulator.h"
#include "core/sandbox/on24/On24SyntheticWorld.h"
#include "core/sandbox/salesforce/SalesforceEmulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <csignal>
#include <cstdio>

using namespace LeadBridge::Sandbox;
using namespace Qt::Literals::StringLiterals;

namespace {

volatile std::sig_atomic_t g_stopSignal = 0;

extern "C" void onStopSignal(int signal)
{
    g_stopSignal = signal;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("leadbridge-sandbox", text);
}

void out(const QString &line)
{
    std::fputs(line.toLocal8Bit().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void err(const QString &line)
{
    std::fputs(line.toLocal8Bit().constData(), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

int usageError(const QString &message)
{
    err(u"leadbridge-sandbox: "_s + message);
    err(tr("Run leadbridge-sandbox --help to see the options."));
    return 2;
}

QString quoted(const QString &value)
{
    if (!value.isEmpty() && !value.contains(u' ') && !value.contains(u'"'))
        return value;
    QString v = value;
    v.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
    return u'"' + v + u'"';
}

/// "<name> <baseUrl> key=value …" — one line per emulator, stable key order.
QString endpointLine(const SandboxEndpoint &e)
{
    QString line = e.name + u' ' + e.baseUrl.toString();
    for (auto it = e.credentials.cbegin(); it != e.credentials.cend(); ++it)
        line += u' ' + it.key() + u'=' + quoted(it.value().toString());
    return line;
}

/// GET /_sandbox/health on each endpoint over real HTTP; true when all say ok.
bool selfCheck(const QList<SandboxEndpoint> &endpoints)
{
    QNetworkAccessManager nam;
    bool allOk = true;
    for (const SandboxEndpoint &e : endpoints) {
        QNetworkRequest request(e.baseUrl.resolved(QUrl(u"/_sandbox/health"_s)));
        request.setTransferTimeout(10000);
        QNetworkReply *reply = nam.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        const bool ok = status == 200 && body.value(u"ok"_s).toBool()
            && body.value(u"emulator"_s).toString() == e.name;
        if (ok)
            out(u"check %1 ok"_s.arg(e.name));
        else
            out(u"check %1 FAILED (HTTP %2%3)"_s.arg(e.name, QString::number(status),
                reply->error() == QNetworkReply::NoError ? QString()
                                                         : u", "_s + reply->errorString()));
        allOk = allOk && ok;
        reply->deleteLater();
    }
    return allOk;
}

bool parseNumber(const QString &text, qint64 min, qint64 max, qint64 *value)
{
    bool ok = false;
    const qint64 v = text.trimmed().toLongLong(&ok);
    if (!ok || v < min || v > max)
        return false;
    *value = v;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"leadbridge-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(LEADBRIDGE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Serves local emulators of the ON24, Act-On, Salesforce and Pipeliner APIs on "
           "127.0.0.1, seeded with a demo world, until stopped with Ctrl+C."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption onlyOption(u"only"_s,
        tr("Start only these emulators (comma-separated: on24,acton,salesforce,pipeliner)."),
        tr("names"));
    const QCommandLineOption portOption(u"port-base"_s,
        tr("First port: on24 = N, acton = N+1, salesforce = N+2, pipeliner = N+3. "
           "0 (the default) picks free ports."),
        tr("N"), u"0"_s);
    const QCommandLineOption seedOption(
        u"seed"_s, tr("Seed of the generated demo world."), tr("N"), u"2026"_s);
    const QCommandLineOption sizeOption(
        u"size"_s, tr("Number of people in the demo world."), tr("N"), u"500"_s);
    const QCommandLineOption faultsOption(u"faults"_s,
        tr("Fault knobs per emulator, e.g. "
           "\"acton:latency=50,error=0.1;salesforce:ratelimit=0.05\" "
           "(names: latency, jitter, error, ratelimit, truncate, malformed, drip, failnext, "
           "ratelimitnext, truncatenext, malformednext, tokenlifetime, redirect, oversize, "
           "tokenexpiryevery, seed; \"all:\" for every "
           "emulator)."),
        tr("spec"));
    const QCommandLineOption dataFileOption(u"data-file"_s,
        tr("Serve the demo world stored in this JSON file instead of generating one."), tr("path"));
    const QCommandLineOption saveDataOption(
        u"save-data"_s, tr("Write the demo world being served to this JSON file."), tr("path"));
    const QCommandLineOption fixedDatesOption(u"fixed-dates"_s,
        tr("Keep the generated dates as they are (reference day 2026-11-01) instead of moving "
           "them to today."));
    const QCommandLineOption syntheticLeadsOption(u"synthetic-leads"_s,
        tr("Replace the Salesforce leads with N synthetic ones (volume work, e.g. "
           "scripts/bench.sh); seeded in seconds."),
        tr("N"));
    const QCommandLineOption syntheticRegistrantsOption(u"synthetic-registrants"_s,
        tr("Replace the ON24 webinars of the first client with synthetic ones holding N "
           "registrants, %1 % of them with attendance (volume work, e.g. scripts/bench.sh "
           "f1-full); seeded in seconds.")
            .arg(On24SyntheticWorld::kAttendedPercent),
        tr("N"));
    const QCommandLineOption syntheticWebinarsOption(u"synthetic-webinars"_s,
        tr("Number of synthetic webinars the --synthetic-registrants are spread over."), tr("W"),
        QString::number(On24SyntheticWorld::kDefaultWebinars));
    const QCommandLineOption checkOption(u"check"_s,
        tr("Start, check /_sandbox/health on every emulator over HTTP, and exit "
           "(0 = all healthy, 1 = not)."));
    const QCommandLineOption stateDirOption(u"state-dir"_s,
        tr("Keep the emulators' world in this folder (one JSON file per emulator): read it at "
           "start if it is there, write it after every change. Without it nothing is kept. "
           "Meant for demo-sized worlds; a million people make every write slow."),
        tr("dir"));
    parser.addOptions({ onlyOption, portOption, seedOption, sizeOption, faultsOption,
        dataFileOption, saveDataOption, fixedDatesOption, syntheticLeadsOption, syntheticRegistrantsOption, syntheticWebinarsOption,
        checkOption, stateDirOption });

    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption))
        parser.showHelp(0);
    if (parser.isSet(versionOption))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first()));

    SandboxConfig config;
    QString why;
    if (parser.isSet(onlyOption)
        && !SandboxConfig::parseEmulatorList(parser.value(onlyOption), &config.emulators, &why))
        return usageError(why);
    qint64 number = 0;
    if (!parseNumber(parser.value(portOption), 0, 65532, &number))
        return usageError(tr("--port-base must be a number from 0 to 65532; \"%1\" was given.")
                              .arg(parser.value(portOption)));
    config.portBase = quint16(number);
    if (!parseNumber(parser.value(seedOption), 0, 4294967295LL, &number))
        return usageError(
            tr("--seed must be a whole number from 0 to 4294967295; \"%1\" was given.")
                .arg(parser.value(seedOption)));
    config.seed = quint32(number);
    if (!parseNumber(parser.value(sizeOption), 1, 5000000, &number))
        return usageError(
            tr("--size must be a number of people from 1 to 5000000; \"%1\" was given.")
                .arg(parser.value(sizeOption)));
    config.size = int(number);
    if (parser.isSet(faultsOption)
        && !SandboxConfig::parseFaults(parser.value(faultsOption), &config.faults, &why))
        return usageError(why);
    qint64 syntheticLeads = 0;
    if (parser.isSet(syntheticLeadsOption)) {
        if (!parseNumber(parser.value(syntheticLeadsOption), 1, 5000000, &syntheticLeads))
            return usageError(
                tr("--synthetic-leads must be a number of leads from 1 to 5000000; \"%1\" was "
                   "given.")
                    .arg(parser.value(syntheticLeadsOption)));
        if (!config.emulators.contains(u"salesforce"_s))
            return usageError(tr("--synthetic-leads needs the salesforce emulator."));
    }
    qint64 syntheticRegistrants = 0;
    qint64 syntheticWebinars = On24SyntheticWorld::kDefaultWebinars;
    if (parser.isSet(syntheticRegistrantsOption)) {
        if (!parseNumber(parser.value(syntheticRegistrantsOption), 1, 5000000, &syntheticRegistrants))
            return usageError(tr("--synthetic-registrants must be a number of registrants from 1 "
                                 "to 5000000; \"%1\" was given.")
                                  .arg(parser.value(syntheticRegistrantsOption)));
        if (!parseNumber(parser.value(syntheticWebinarsOption), 1, 100000, &syntheticWebinars))
            return usageError(tr("--synthetic-webinars must be a number of webinars from 1 to "
                                 "100000; \"%1\" was given.")
                                  .arg(parser.value(syntheticWebinarsOption)));
        if (!config.emulators.contains(u"on24"_s))
            return usageError(tr("--synthetic-registrants needs the on24 emulator."));
    }
    config.dataFile = parser.value(dataFileOption);
    config.rebaseToToday = !parser.isSet(fixedDatesOption);
    config.stateDir = parser.value(stateDirOption);
    if (!config.validate(&why))
        return usageError(why);

    Sandbox sandbox;
    if (!sandbox.start(config)) {
        err(u"leadbridge-sandbox: "_s + sandbox.errorString());
        return 1;
    }
    if (syntheticLeads > 0) {
        QElapsedTimer seeding;
        seeding.start();
        static_cast<SalesforceEmulator *>(sandbox.emulator(u"salesforce"_s))
            ->seedSynthetic(int(syntheticLeads), config.seed);
        err(tr("Seeded %1 synthetic Salesforce leads in %2 s.")
                .arg(syntheticLeads)
                .arg(double(seeding.elapsed()) / 1000.0, 0, 'f', 1));
    }
    if (syntheticRegistrants > 0) {
        QElapsedTimer seeding;
        seeding.start();
        auto *on24 = static_cast<On24Emulator *>(sandbox.emulator(u"on24"_s));
        const QList<DemoOn24Client> &clients = sandbox.dataset().on24Clients;
        const qint64 clientId
            = clients.isEmpty() ? On24Emulator::kDefaultClientId : clients.first().clientId;
        on24->seedSynthetic(clientId,
            On24SyntheticWorld(syntheticRegistrants, int(syntheticWebinars), on24->now()));
        err(tr("Seeded %1 synthetic ON24 registrants in %2 webinars of client %3 in %4 s.")
                .arg(syntheticRegistrants)
                .arg(syntheticWebinars)
                .arg(clientId)
                .arg(double(seeding.elapsed()) / 1000.0, 0, 'f', 1));
    }
    if (parser.isSet(saveDataOption)) {
        if (!DemoDatasetJson::save(parser.value(saveDataOption), sandbox.dataset(), &why, true)) {
            err(u"leadbridge-sandbox: "_s + why);
            return 1;
        }
        err(tr("Demo data written to %1.").arg(parser.value(saveDataOption)));
    }

    const QList<SandboxEndpoint> endpoints = sandbox.endpoints();
    for (const SandboxEndpoint &e : endpoints)
        out(endpointLine(e));

    if (parser.isSet(checkOption))
        return selfCheck(endpoints) ? 0 : 1;

    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
    // Signal handlers may only set a flag; the event loop looks at it often.
    QTimer stopWatch;
    QObject::connect(&stopWatch, &QTimer::timeout, &app, [] {
        if (g_stopSignal != 0)
            QCoreApplication::quit();
    });
    stopWatch.start(50);
    err(QCoreApplication::translate("leadbridge-sandbox",
        "Serving %n emulator(s) with %1 people. Press Ctrl+C to stop.", nullptr,
        int(endpoints.size()))
            .arg(sandbox.dataset().people.size()));
    const int rc = app.exec();
    sandbox.stop();
    err(tr("Sandbox stopped."));
    return rc;
}
