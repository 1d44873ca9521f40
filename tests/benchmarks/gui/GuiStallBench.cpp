#include "tests/benchmarks/gui/GuiStallBench.h"

#include "core/engine/AccountService.h"
#include "core/engine/EngineHost.h"
#include "core/secrets/CredentialStore.h"
#include "core/store/AccountRepository.h"
#include "core/store/Journal.h"
#include "tests/benchmarks/gui/Heartbeat.h"
#include "tests/benchmarks/gui/PaintProbe.h"
#include "tests/benchmarks/suite/BenchEngineRun.h"
#include "tests/benchmarks/suite/BenchF2.h"
#include "tests/benchmarks/suite/BenchSandbox.h"
#include "ui/AppSession.h"
#include "ui/FlowsPage.h"
#include "ui/MainWindow.h"
#include "ui/RunController.h"

#include <QAction>
#include <QEventLoop>
#include <QFileInfo>
#include <QTest>
#include <QTimer>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace LeadBridge::Bench {

namespace {
/// The heartbeat keeps ticking this long after the run ended: the window refreshes its
/// lists then.
constexpr int kAfterRunMs = 2000;
constexpr int kHeartbeatMs = 5;
} // namespace

BenchResult GuiStallBench::run(BenchSandbox &sandbox, const QString &dataDir, qint64 count)
{
    BenchResult result;
    result.name = u"gui-stall"_s;
    result.count = count;
    BenchF2 f2(sandbox, dataDir);
    QString error;
    if (!f2.setUp(&error)) {
        result.verification = u"the flow could not be set up: "_s + error;
        return result;
    }
    AppSession session;
    AppSession::Options options;
    options.page = u"flows"_s;
    options.tray = false;
    session.start(options);
    if (!session.isJournalOpen() || !session.accounts()) {
        result.verification = u"the journal did not open"_s;
        return result;
    }
    // The secrets go where the app reads them: the keychain.
    const auto accounts = AccountRepository(session.journal()).list();
    const QHash<qint64, CredentialBundle> secrets = f2.credentials();
    for (const Account &a : accounts.value()) {
        const CredentialBundle bundle = secrets.value(a.id);
        for (auto it = bundle.secrets.cbegin(); it != bundle.secrets.cend(); ++it)
            session.credentials().write(AccountService::keychainId(a), it.key(), it.value());
    }
    if (!session.credentials().waitForPending(30000)) {
        result.verification = u"the keychain did not take the secrets"_s;
        return result;
    }

    MainWindow &window = session.window();
    window.resize(1280, 800);
    PaintProbe probe;
    QElapsedTimer clock;
    clock.start();
    probe.arm(&window, clock);
    window.show();
    probe.wait(60000);
    auto *flows = qobject_cast<FlowsPage *>(window.page(u"flows"_s));
    if (!flows || !flows->selectFlow(f2.flowId())) {
        result.verification = u"the flow is not on the Flows page"_s;
        return result;
    }
    auto *syncNow = window.findChild<QAction *>(u"syncNowAction"_s);
    auto *bar = window.findChild<QToolBar *>(u"syncToolBar"_s);
    QWidget *button = bar ? bar->widgetForAction(syncNow) : nullptr;
    if (!button || !syncNow->isEnabled()) {
        result.verification = u"Sync Now is not available for the flow"_s;
        return result;
    }

    Heartbeat heartbeat(kHeartbeatMs);
    heartbeat.setContext(u"starting"_s);
    // Where the time goes: seconds per run phase, and each gap booked under its phase.
    QElapsedTimer phaseClock;
    QString phase = u"starting"_s;
    const auto enterPhase = [&](const QString &next) {
        if (next == phase)
            return;
        result.phaseSeconds[phase] += double(phaseClock.restart()) / 1000.0;
        phase = next;
        heartbeat.setContext(next);
    };
    QObject::connect(&session.engine(), &EngineHost::runProgress, &heartbeat,
        [&enterPhase](const RunProgress &p) { enterPhase(BenchEngineRun::phaseName(p.phaseId)); });
    RunOutcome outcome;
    QEventLoop loop;
    QElapsedTimer wall;
    QObject::connect(session.runController(), &RunController::runEnded, &loop,
        [&](const RunOutcome &o) {
            outcome = o;
            result.wallSeconds = double(wall.elapsed()) / 1000.0;
            enterPhase(u"after the run"_s);
            QTimer::singleShot(kAfterRunMs, &loop, &QEventLoop::quit);
        });
    for (const QString &emulator : { u"acton"_s, u"salesforce"_s })
        sandbox.resetCounters(emulator);
    const QString journalPath = session.journal().path();
    const auto journalBytes = [&journalPath] {
        return QFileInfo(journalPath).size() + QFileInfo(journalPath + u"-wal"_s).size();
    };
    const qint64 journalBefore = journalBytes();
    BenchResult::resetPeakRss();
    heartbeat.start();
    phaseClock.start();
    wall.start();
    QTest::mouseClick(button, Qt::LeftButton);
    loop.exec();
    heartbeat.stop();
    enterPhase(QString());
    result.phaseSeconds.remove(QString());
    result.peakRssMb = BenchResult::peakRssMbNow();
    result.journalGrowthMb = double(journalBytes() - journalBefore) / 1048576.0;
    for (const QString &emulator : { u"acton"_s, u"salesforce"_s })
        result.calls.insert(emulator, sandbox.counters(emulator).value(u"total"_s).toInteger());
    result.maxStallMs = heartbeat.maxGapMs();
    result.p99GapMs = heartbeat.percentileGapMs(99);
    result.setRecords(outcome.summary.counts);
    QStringList stalls;
    const QMap<QString, int> over = heartbeat.stallsOver();
    for (auto it = over.cbegin(); it != over.cend(); ++it)
        stalls.append(u"%1 while “%2”"_s.arg(it.value()).arg(it.key()));
    if (!outcome.succeeded()) {
        result.verification = u"the run did not succeed: "_s + outcome.message;
        return result;
    }
    f2.verify(result, count);
    result.verification += u"; %1 heartbeat ticks of %2 ms; longest gap while “%3”; gaps over "
                           "50 ms: %4"_s
                               .arg(heartbeat.ticks())
                               .arg(kHeartbeatMs)
                               .arg(heartbeat.maxGapContext(),
                                   stalls.isEmpty() ? u"none"_s : stalls.join(u", "_s));
    return result;
}

} // namespace LeadBridge::Bench
