// F2 full sync at volume: N synthetic Salesforce leads (seedSynthetic) → a new Act-On list,
// through SyncEngine and CrmContactSyncRunner. The emulators serve from their own thread
// (SandboxThread), as remote servers would, so the engine thread does only engine work.
// Prints the time per phase with the process RSS, records/s, API calls used against each
// vendor's limits, the journal size and the peak RSS (engine + emulators, one process).
//   bench_engine_f2 [--quick] [--count N]   (quick: 20,000; default 1,000,000)
#include "core/engine/SyncEngine.h"
#include "core/mapping/StandardFields.h"
#include "core/sandbox/Sandbox.h"
#include "core/sandbox/SandboxThread.h"
#include "core/sandbox/acton/ActOnEmulator.h"
#include "core/sandbox/salesforce/SalesforceEmulator.h"
#include "core/store/AccountRepository.h"
#include "core/store/FieldMapRepository.h"
#include "core/store/FlowRepository.h"
#include "core/store/Journal.h"
#include "core/util/AppPaths.h"
#include "tests/support/EngineFixture.h"
#include "tests/support/TestEnv.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>

#include <cstdio>

using namespace LeadBridge;
using namespace Qt::StringLiterals;

namespace {

qint64 statusKb(const char *key)
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(int(qstrlen(key))).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

QVariantMap credentialsOf(const Sandbox::SandboxThread &sandbox, const QString &name, QUrl *url)
{
    for (const auto &e : sandbox.endpoints()) {
        if (e.name == name) {
            *url = e.baseUrl;
            return e.credentials;
        }
    }
    return {};
}

RunOutcome runOnce(SyncEngine &engine, const RunRequest &request)
{
    QSignalSpy finished(&engine, &SyncEngine::runFinished);
    engine.requestRun(request);
    (void)QTest::qWaitFor([&] { return !finished.isEmpty(); }, 3600 * 1000);
    return finished.isEmpty() ? RunOutcome() : finished.first().first().value<RunOutcome>();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"leadbridge.*.info=false"_s);
    const QStringList args = app.arguments();
    int count = args.contains(u"--quick"_s) ? 20000 : 1000000;
    const qsizetype ci = args.indexOf(u"--count"_s);
    if (ci >= 0 && ci + 1 < args.size())
        count = args.at(ci + 1).toInt();

    Test::ScopedDataDir dir;
    Sandbox::SandboxThread sandbox;
    Sandbox::SandboxConfig config;
    config.emulators = { u"acton"_s, u"salesforce"_s };
    config.size = 1;
    if (!sandbox.start(config)) {
        std::printf("sandbox failed: %s\n", qPrintable(sandbox.errorString()));
        return 1;
    }
    QElapsedTimer t;
    t.start();
    sandbox.invoke([count](Sandbox::Sandbox &s) {
        static_cast<Sandbox::SalesforceEmulator *>(s.emulator(u"salesforce"_s))
            ->seedSynthetic(count, 2026);
    });
    std::printf("seeded %d Salesforce leads in %.2f s (RSS %lld MB)\n", count,
        double(t.elapsed()) / 1000.0, static_cast<long long>(statusKb("VmRSS:") / 1024));

    Journal journal;
    if (!journal.open(AppPaths::journalPath(), u"bench"_s)) {
        std::printf("journal failed\n");
        return 1;
    }
    QHash<qint64, CredentialBundle> secrets;
    AccountRepository accounts(journal);
    QUrl url;
    Account sf;
    sf.kind = AccountKind::Salesforce;
    sf.name = u"Bench Salesforce"_s;
    QVariantMap c = credentialsOf(sandbox, u"salesforce"_s, &url);
    sf.settings = { { u"loginUrl"_s, url.toString() }, { u"authMethod"_s, u"password"_s },
        { u"clientId"_s, c.value(u"clientId"_s) }, { u"username"_s, c.value(u"username"_s) } };
    sf = accounts.add(sf).value();
    CredentialBundle sfb;
    for (const char *k : { "password", "securityToken", "clientSecret" })
        sfb.secrets.insert(
            QString::fromLatin1(k), c.value(QString::fromLatin1(k)).toString().toUtf8());
    secrets.insert(sf.id, sfb);
    Account ao;
    ao.kind = AccountKind::ActOn;
    ao.name = u"Bench Act-On"_s;
    c = credentialsOf(sandbox, u"acton"_s, &url);
    ao.settings = { { u"baseUrl"_s, url.toString() }, { u"username"_s, c.value(u"username"_s) },
        { u"clientId"_s, c.value(u"clientId"_s) } };
    ao = accounts.add(ao).value();
    CredentialBundle aob;
    for (const char *k : { "password", "clientSecret" })
        aob.secrets.insert(
            QString::fromLatin1(k), c.value(QString::fromLatin1(k)).toString().toUtf8());
    secrets.insert(ao.id, aob);
    Flow f;
    f.kind = FlowKind::CrmContactSync;
    f.name = u"CRM contacts"_s;
    f.sourceAccountId = sf.id;
    f.targetAccountId = ao.id;
    f.settings = { { u"syncContacts"_s, false } };
    FlowRepository flows(journal);
    f = flows.add(f).value();
    FieldMapRepository maps(journal);
    maps.save(f.id, Test::EngineFixture::salesforceMap());

    QNetworkAccessManager nam;
    SyncEngine engine(&nam);
    if (!engine.open()) {
        std::printf("engine failed\n");
        return 1;
    }
    QElapsedTimer clock;
    RunPhase last = RunPhase::Queued;
    qint64 lastDone = 0;
    QObject::connect(&engine, &SyncEngine::progress, [&](const RunProgress &p) {
        if (p.phaseId != last || p.recordsDone - lastDone >= qMax(count / 8, 1)
            || p.recordsDone < lastDone) {
            lastDone = p.recordsDone;
            last = p.phaseId;
            std::printf("  %7.2f s  %s (%lld records, %lld calls, RSS %lld MB)\n",
                double(clock.elapsed()) / 1000.0, qPrintable(p.phase),
                static_cast<long long>(p.recordsDone), static_cast<long long>(p.callsUsed),
                static_cast<long long>(statusKb("VmRSS:") / 1024));
            std::fflush(stdout);
        }
    });
    RunRequest request;
    request.flowId = f.id;
    request.trigger = RunTrigger::Cli;
    request.credentials = secrets;
    const qint64 rssBefore = statusKb("VmRSS:");
    clock.start();
    const RunOutcome out = runOnce(engine, request);
    const qint64 ms = clock.elapsed();
    if (!out.succeeded()) {
        std::printf("run failed: %s\n", qPrintable(out.message));
        return 1;
    }
    qint64 listSize = 0;
    QJsonObject actonCounters, sfCounters;
    sandbox.invoke([&](Sandbox::Sandbox &s) {
        auto *a = static_cast<Sandbox::ActOnEmulator *>(s.emulator(u"acton"_s));
        listSize = a->listSize(a->listIdByName(u"CRM contacts"_s));
        actonCounters = a->counters();
        sfCounters = s.emulator(u"salesforce"_s)->counters();
    });
    const QJsonObject al = actonCounters.value(u"limits"_s).toObject();
    const QJsonObject sl = sfCounters.value(u"limits"_s).toObject();
    std::printf("F2 full sync: %d leads -> %lld Act-On contacts in %.2f s = %.0f records/s\n",
        count, static_cast<long long>(listSize), double(ms) / 1000.0,
        ms > 0 ? double(count) * 1000.0 / double(ms) : 0.0);
    std::printf("  run counts: created %d, skipped %d, errors %d; calls used %d\n",
        out.summary.counts.created, out.summary.counts.skipped, out.summary.counts.errors,
        out.summary.callsUsed);
    std::printf("  Act-On calls %d (today %d of %d, at most 5/s); Salesforce calls %d (today %d "
                "of %d)\n",
        actonCounters.value(u"total"_s).toInt(), al.value(u"dailyUsed"_s).toInt(),
        al.value(u"dailyMax"_s).toInt(), sfCounters.value(u"total"_s).toInt(),
        sl.value(u"dailyUsed"_s).toInt(), sl.value(u"dailyMax"_s).toInt());
    std::printf(
        "  journal %.1f MB; RSS before the run %lld MB, peak %lld MB (engine + emulators)\n",
        double(QFileInfo(journal.path()).size()) / 1048576.0,
        static_cast<long long>(rssBefore / 1024),
        static_cast<long long>(statusKb("VmHWM:") / 1024));
    std::fflush(stdout);

    if (count > 100000) {
        // An incremental run right after a full one re-reads every record just written
        // (they all changed within the overlap): at this size that is Act-On's 5 calls/s.
        return listSize == count ? 0 : 1;
    }
    clock.restart();
    last = RunPhase::Queued;
    const RunOutcome again = runOnce(engine, request);
    std::printf("incremental run after it: %.2f s, %s, created %d updated %d, calls %d\n",
        double(clock.elapsed()) / 1000.0,
        again.succeeded() ? "succeeded" : qPrintable(again.message), again.summary.counts.created,
        again.summary.counts.updated, again.summary.callsUsed);
    std::fflush(stdout);
    return listSize == count && again.succeeded() ? 0 : 1;
}
