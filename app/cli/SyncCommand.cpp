#include "app/cli/SyncCommand.h"

#include "app/cli/CliServices.h"
#include "app/cli/FlowsCommand.h"
#include "app/cli/StopSignal.h"
#include "core/engine/RunLauncher.h"
#include "core/model/RunWords.h"
#include "core/store/HistoryQuery.h"

#include <QEventLoop>
#include <QJsonObject>
#include <QTimer>

namespace LeadBridge {

int SyncCommand::run(
    const QString &flowName, bool full, bool preview, bool json, QTextStream &out, QTextStream &err)
{
    CliServices services;
    if (const Status opened = services.open(); !opened) {
        err << opened.errorString() << Qt::endl;
        return JournalError;
    }
    const auto flow = FlowsCommand::find(services.journal, flowName);
    if (!flow) {
        err << flow.errorString() << Qt::endl;
        return UsageError;
    }
    const qint64 flowId = flow->id;
    // Ctrl+C from here on cancels the run cleanly instead of killing the process.
    const StopSignal stop;

    // Sandbox accounts need the in-process emulators running (new ports every start).
    if (const QString why = services.startSandboxFor({ flow.value() }); !why.isEmpty()) {
        err << safeLines(why) << Qt::endl;
        return RunFailed;
    }

    const bool terminal = isTerminal(stderr);
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
        if (StopSignal::requested() && !cancelling) {
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

} // namespace LeadBridge
