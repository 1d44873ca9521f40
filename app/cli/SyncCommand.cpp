#include "app/cli/SyncCommand.h"

#include "app/cli/CliServices.h"
#include "app/cli/FlowsCommand.h"
#include "app/cli/StopSignal.h"
#include "core/engine/CallForecast.h"
#include "core/engine/RunLauncher.h"
#include "core/model/RunWords.h"
#include "core/store/HistoryQuery.h"
#include "core/store/RunRepository.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

namespace LeadBridge {

int SyncCommand::openFlow(
    CliServices &services, const QString &flowName, Expected<Flow> *flow, QTextStream &err)
{
    if (const Status opened = services.open(); !opened) {
        err << opened.errorString() << Qt::endl;
        return JournalError;
    }
    *flow = FlowsCommand::find(services.journal, flowName);
    if (!*flow) {
        err << flow->errorString() << Qt::endl;
        return UsageError;
    }
    return Ok;
}

int SyncCommand::run(
    const QString &flowName, bool full, bool preview, bool json, QTextStream &out, QTextStream &err)
{
    CliServices services;
    Expected<Flow> flow = Expected<Flow>::failure(QString());
    if (const int failed = openFlow(services, flowName, &flow, err); failed != Ok)
        return failed;
    RunRequest request;
    request.flowId = flow->id;
    request.trigger = RunTrigger::Cli;
    request.full = full;
    request.preview = preview;
    return execute(services, flow.value(), request, json, out, err);
}

int SyncCommand::openRun(CliServices &services, const QString &runText, const QString &usage,
    qint64 *runId, QTextStream &err)
{
    bool ok = false;
    *runId = runText.toLongLong(&ok);
    if (!ok || *runId <= 0) {
        err << usage << Qt::endl;
        return UsageError;
    }
    if (const Status opened = services.open(); !opened) {
        err << opened.errorString() << Qt::endl;
        return JournalError;
    }
    return Ok;
}

SyncCommand::RunDetails SyncCommand::withChanges(Journal &journal, const ChangeLines &lines)
{
    return [&journal, lines](const HistoryRun &h, QJsonObject *object) {
        if (h.run.id <= 0)
            return;
        const auto changes = RunRepository(journal).changes(h.run.id);
        if (!changes)
            return;
        if (!object)
            return lines(h, changes.value());
        QJsonArray rows;
        for (const RecordChange &c : changes.value())
            rows.append(changeJson(c));
        object->insert(QStringLiteral("changes"), rows);
    };
}

int SyncCommand::execute(CliServices &services, const Flow &flow, const RunRequest &request,
    bool json, QTextStream &out, QTextStream &err, const RunDetails &details)
{
    const qint64 flowId = flow.id;
    // Ctrl+C from here on cancels the run cleanly instead of killing the process.
    const StopSignal stop;

    // Sandbox accounts need the in-process emulators running (new ports every start).
    if (const QString why = services.startSandboxFor({ flow }); !why.isEmpty()) {
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
            QString line = flow.name + QStringLiteral(": ") + p.phase;
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
    h.flowName = flow.name;
    h.flowKind = flow.kind;
    if (outcome.summary.id > 0) {
        HistoryQuery history(services.journal);
        if (const auto stored = history.run(outcome.summary.id))
            h = stored.value();
    }
    const RunSummary &r = h.run;
    if (json) {
        QJsonObject o = runJson(h);
        o.insert(QStringLiteral("message"), outcome.message);
        if (details)
            details(h, &o);
        writeJson(out, o);
    } else {
        out << tr("Run %1 of “%2” (%3): %4. %5; %6 API calls%7.")
                   .arg(num(r.id), safe(flow.name), RunWords::mode(r.mode),
                       RunWords::status(r.status), countsText(r.counts), num(r.callsUsed),
                       r.finishedAt.isValid()
                           ? tr(", %1").arg(RunWords::duration(r.startedAt, r.finishedAt))
                           : QString())
            << Qt::endl;
        if (r.undoOfRunId > 0)
            out << tr("This run is the undo of run %1.").arg(num(r.undoOfRunId)) << Qt::endl;
        if (details)
            details(h, nullptr);
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

int SyncCommand::forecast(
    const QString &flowName, bool full, bool preview, bool json, QTextStream &out, QTextStream &err)
{
    CliServices services;
    Expected<Flow> flow = Expected<Flow>::failure(QString());
    if (const int failed = openFlow(services, flowName, &flow, err); failed != Ok)
        return failed;
    if (const QString why = services.startSandboxFor({ flow.value() }); !why.isEmpty()) {
        err << safeLines(why) << Qt::endl;
        return RunFailed;
    }
    RunLauncher launcher(services.journal, &services.store, services.engine.get());
    QEventLoop loop;
    CallForecast result;
    QString failure;
    bool answered = false;
    quint64 id = 0;
    QObject::connect(
        &launcher, &RunLauncher::forecastReady, &loop, [&](quint64 answer, const CallForecast &f) {
            if (answer != id)
                return;
            result = f;
            answered = true;
            loop.quit();
        });
    QObject::connect(&launcher, &RunLauncher::forecastFailed, &loop,
        [&](quint64 answer, const QString &sentence) {
            if (answer != id)
                return;
            failure = sentence;
            answered = true;
            loop.quit();
        });
    RunRequest request;
    request.flowId = flow->id;
    request.trigger = RunTrigger::Cli;
    request.full = full;
    request.preview = preview;
    id = launcher.forecast(request);
    if (!answered)
        loop.exec();

    if (!failure.isEmpty()) {
        err << safeLines(failure) << Qt::endl;
        if (json)
            writeJson(out, QJsonObject { { QStringLiteral("error"), failure } });
        return RunFailed;
    }
    const bool warned = result.worstWarning() != AllowanceWarning::None;
    if (json) {
        writeJson(out, result.toJson());
        return warned ? SucceededWithErrors : Ok;
    }
    const auto known = [](qint64 n) { return n < 0 ? QStringLiteral("—") : num(n); };
    out << tr("Forecast for “%1”: %2").arg(safe(result.flowName), safe(result.summaryLine()))
        << Qt::endl;
    if (result.full && !result.fullReason.isEmpty())
        out << tr("Full run: %1").arg(safe(result.fullReason)) << Qt::endl;
    out << Qt::endl;
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
               .arg(pad(tr("System"), 11), pad(tr("Account"), 22), pad(tr("Forecast"), 9),
                   pad(tr("Used today"), 11), pad(tr("Remaining"), 10),
                   pad(tr("Daily allowance"), 16), tr("Warning"))
        << Qt::endl;
    for (const SystemForecast &s : std::as_const(result.systems)) {
        QString warning;
        switch (s.warning()) {
        case AllowanceWarning::None:
            warning = s.dailyAllowance < 0 ? tr("no published daily limit") : tr("none");
            break;
        case AllowanceWarning::Near:
            warning = tr("less than 10 % left after the run");
            break;
        case AllowanceWarning::Exhausts:
            warning = tr("would exhaust the allowance");
            break;
        }
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                   .arg(pad(SystemForecast::systemName(s.kind), 11),
                       pad(cell(s.accountName, 22), 22), pad(num(s.calls()), 9),
                       pad(known(s.usedToday), 11), pad(known(s.remaining()), 10),
                       pad(known(s.dailyAllowance), 16), warning)
            << Qt::endl;
    }
    out << Qt::endl << safeLines(result.basis) << Qt::endl;
    if (warned)
        err << safeLines(result.warningText()) << Qt::endl;
    return warned ? SucceededWithErrors : Ok;
}

} // namespace LeadBridge
