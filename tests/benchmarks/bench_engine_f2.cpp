// F2 full sync at volume: N synthetic Salesforce leads (seedSynthetic) → a new Act-On list,
// through SyncEngine and CrmContactSyncRunner against the in-process emulators. Prints the
// wall time per phase, records/s, API calls used against each vendor's limits, the journal
// size and the peak RSS of the whole process (engine + emulators).
//   bench_engine_f2 [--quick] [--count N]   (quick: 20,000; default 1,000,000)
#include "core/engine/SyncEngine.h"
#include "core/sandbox/DemoDataset.h"
#include "tests/support/EngineFixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <cstdio>

using namespace LeadBridge;
using namespace Qt::StringLiterals;

namespace {

qint64 peakRssKb()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
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

    Test::EngineFixture fx(Sandbox::DemoDataset::generate(2026, 1), /*seed*/ false);
    if (!fx.ok()) {
        std::printf("fixture failed\n");
        return 1;
    }
    QElapsedTimer t;
    t.start();
    fx.salesforce().seedSynthetic(count, 2026);
    std::printf("seeded %d Salesforce leads in %.2f s\n", count, double(t.elapsed()) / 1000.0);
    const qint64 flow
        = fx.addF2Flow(Test::EngineFixture::salesforceMap(), { { u"syncContacts"_s, false } });
    if (flow <= 0) {
        std::printf("flow setup failed\n");
        return 1;
    }
    const qint64 rssBefore = peakRssKb();

    QObject::connect(&fx.engine(), &SyncEngine::progress, [](const RunProgress &p) {
        static RunPhase last = RunPhase::Queued;
        static QElapsedTimer clock;
        if (!clock.isValid())
            clock.start();
        if (p.phaseId != last) {
            std::printf("  %7.2f s  %s (%lld records)\n", double(clock.elapsed()) / 1000.0,
                qPrintable(p.phase), static_cast<long long>(p.recordsDone));
            std::fflush(stdout);
            last = p.phaseId;
        }
    });
    t.restart();
    const RunOutcome out = fx.run(flow, false, false, 3600 * 1000);
    const qint64 ms = t.elapsed();
    if (!out.succeeded()) {
        std::printf("run failed: %s\n", qPrintable(out.message));
        return 1;
    }
    int rows = 0;
    const QString listId = fx.listId();
    const qint64 listSize = fx.acton().listSize(listId);
    const QJsonObject acton = fx.acton().counters();
    const QJsonObject sf = fx.salesforce().counters();
    const QJsonObject al = acton.value(u"limits"_s).toObject();
    const QJsonObject sl = sf.value(u"limits"_s).toObject();
    std::printf("F2 full sync: %d leads -> %lld Act-On contacts in %.2f s = %.0f records/s\n",
        count, static_cast<long long>(listSize), double(ms) / 1000.0,
        ms > 0 ? double(count) * 1000.0 / double(ms) : 0.0);
    std::printf("  run counts: created %d, skipped %d, errors %d; calls used %d\n",
        out.summary.counts.created, out.summary.counts.skipped, out.summary.counts.errors,
        out.summary.callsUsed);
    std::printf("  Act-On calls %d (daily %d of %d); Salesforce calls %d (daily %d of %d)\n",
        acton.value(u"total"_s).toInt(), al.value(u"dailyUsed"_s).toInt(),
        al.value(u"dailyMax"_s).toInt(), sf.value(u"total"_s).toInt(),
        sl.value(u"dailyUsed"_s).toInt(), sl.value(u"dailyMax"_s).toInt());
    std::printf("  journal %.1f MB; peak RSS %lld MB (%lld MB after seeding)\n",
        double(QFileInfo(fx.journal().path()).size()) / 1048576.0,
        static_cast<long long>(peakRssKb() / 1024), static_cast<long long>(rssBefore / 1024));
    Q_UNUSED(rows);

    // A second, incremental run right after: nothing changed, nothing written.
    t.restart();
    const RunOutcome again = fx.run(flow, false, false, 3600 * 1000);
    std::printf("incremental run after it: %.2f s, %s, created %d updated %d\n",
        double(t.elapsed()) / 1000.0, again.succeeded() ? "succeeded" : qPrintable(again.message),
        again.summary.counts.created, again.summary.counts.updated);
    std::fflush(stdout);
    return listSize == count && out.succeeded() ? 0 : 1;
}
