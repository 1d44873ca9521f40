#include "app/cli/RunDueCommand.h"

#include "app/cli/CliServices.h"
#include "app/cli/StopSignal.h"
#include "core/engine/RunLauncher.h"
#include "core/engine/Scheduler.h"
#include "core/model/RunWords.h"
#include "core/store/FlowRepository.h"
#include "core/store/HistoryQuery.h"
#include "core/store/ScheduleRepository.h"

#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTimer>

namespace LeadBridge {

int RunDueCommand::run(bool json, QTextStream &out, QTextStream &err)
{
    CliServices services;
    if (const Status opened = services.open(); !opened) {
        err << opened.errorString() << Qt::endl;
        return JournalError;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    RunLauncher launcher(services.journal, &services.store, services.engine.get());
    // The window's scheduler logic, ticked once: what is due, skips, retries, attention.
    Scheduler scheduler(
        services.journal, [&launcher](const RunRequest &request) { launcher.launch(request); });
    FlowRepository flows(services.journal);

    const QList<qint64> due = scheduler.dueFlowIds(now);
    QList<Flow> dueFlows;
    for (const qint64 id : due) {
        if (const auto flow = flows.get(id))
            dueFlows.append(flow.value());
    }
    if (due.isEmpty()) {
        // Still one tick: new schedules get their first run planned, as in the window.
        scheduler.tick(now);
        if (json)
            writeJson(out, QJsonArray());
        else
            out << tr("Nothing is due.") << Qt::endl;
        return Ok;
    }
    if (const QString why = services.startSandboxFor(dueFlows); !why.isEmpty()) {
        err << safeLines(why) << Qt::endl;
        return RunFailed;
    }

    const StopSignal stop;

    /// What happened to one due flow.
    struct Result
    {
        /// NotRun: cancelled (Ctrl+C) before it started.
        enum class Kind { Waiting, Ran, Skipped, LaunchFailed, NotRun } kind = Kind::Waiting;
        RunOutcome outcome;
        QString sentence;
    };
    QHash<qint64, Result> results;
    QList<qint64> order;
    QEventLoop loop;
    const auto waiting = [&results] {
        for (const Result &r : std::as_const(results)) {
            if (r.kind == Result::Kind::Waiting)
                return true;
        }
        return false;
    };
    const auto settle = [&](qint64 flowId, Result::Kind kind, const QString &sentence,
                            const RunOutcome &outcome) {
        if (!order.contains(flowId))
            order.append(flowId);
        Result &r = results[flowId];
        if (r.kind != Result::Kind::Waiting)
            return;
        r.kind = kind;
        r.sentence = sentence;
        r.outcome = outcome;
        if (!waiting())
            loop.quit();
    };
    QObject::connect(&scheduler, &Scheduler::runTriggered, &loop, [&](qint64 flowId) {
        if (!order.contains(flowId))
            order.append(flowId);
        results.insert(flowId, results.value(flowId)); // Waiting unless already settled
    });
    QObject::connect(
        &scheduler, &Scheduler::runSkipped, &loop, [&](qint64 flowId, const QString &sentence) {
            settle(flowId, Result::Kind::Skipped, sentence, RunOutcome());
        });
    QObject::connect(
        &launcher, &RunLauncher::launchFailed, &loop, [&](qint64 flowId, const QString &sentence) {
            scheduler.launchFailed(flowId, sentence);
            settle(flowId, Result::Kind::LaunchFailed, sentence, RunOutcome());
        });
    QObject::connect(
        services.engine.get(), &EngineHost::runFinished, &loop, [&](const RunOutcome &o) {
            scheduler.runFinished(o); // skips come back through runSkipped
            if (!o.notStarted)
                settle(o.summary.flowId, Result::Kind::Ran, o.message, o);
        });
    QSet<qint64> started;
    QObject::connect(services.engine.get(), &EngineHost::runStarted, &loop,
        [&](const RunSummary &run) { started.insert(run.flowId); });
    QTimer poll;
    bool cancelling = false;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (!StopSignal::requested() || cancelling)
            return;
        cancelling = true;
        err << tr("Cancelling; what is written so far is kept in the history.") << Qt::endl;
        for (auto it = results.begin(); it != results.end(); ++it) {
            if (it.value().kind != Result::Kind::Waiting)
                continue;
            services.engine->cancel(it.key());
            // A run still waiting its turn just leaves the queue; the running one reports.
            if (!started.contains(it.key()))
                it.value().kind = Result::Kind::NotRun;
        }
        if (!waiting())
            loop.quit();
    });

    scheduler.tick(now);
    if (waiting()) {
        poll.start(100);
        loop.exec();
        poll.stop();
    }

    // One line per flow, in the order they were due.
    ScheduleRepository schedules(services.journal);
    HistoryQuery history(services.journal);
    QJsonArray array;
    bool anyFailed = false;
    bool anyErrors = false;
    bool anyCancelled = false;
    for (const qint64 flowId : std::as_const(order)) {
        const Result r = results.value(flowId);
        const auto flow = flows.get(flowId);
        const QString name = flow ? flow->name : QString::number(flowId);
        const QString shownName = safe(name);
        const QString sentence = safeLines(r.sentence);
        const auto schedule = schedules.get(flowId);
        QString result;
        QString line;
        HistoryRun h;
        h.run = r.outcome.summary;
        if (r.kind == Result::Kind::Ran && r.outcome.summary.id > 0) {
            if (const auto stored = history.run(r.outcome.summary.id))
                h = stored.value();
        }
        switch (r.kind) {
        case Result::Kind::Skipped:
            result = QStringLiteral("skipped");
            line = tr("“%1”: Skipped. %2").arg(shownName, sentence);
            break;
        case Result::Kind::LaunchFailed:
            result = QStringLiteral("failed");
            anyFailed = true;
            line = tr("“%1”: Failed. %2").arg(shownName, sentence);
            break;
        case Result::Kind::Waiting:
        case Result::Kind::NotRun:
            result = QStringLiteral("cancelled");
            anyCancelled = true;
            line = tr("“%1”: Cancelled before it started.").arg(shownName);
            break;
        case Result::Kind::Ran: {
            const RunSummary &run = h.run;
            result = RunSummary::statusToString(run.status);
            if (run.status == RunStatus::Failed)
                anyFailed = true;
            else if (run.status == RunStatus::SucceededWithErrors)
                anyErrors = true;
            else if (run.status == RunStatus::Cancelled)
                anyCancelled = true;
            line = tr("“%1”: %2. Run %3: %4; %5 API calls.")
                       .arg(shownName, RunWords::status(run.status), num(run.id),
                           countsText(run.counts), num(run.callsUsed));
            if (run.status != RunStatus::Succeeded && !r.sentence.isEmpty())
                line += QLatin1Char(' ') + sentence;
            break;
        }
        }
        if (schedule && schedule->retryAt.isValid())
            line += QLatin1Char(' ') + tr("Retry at %1.").arg(localTimeText(schedule->retryAt));
        if (flow && !flow->attention.isEmpty() && result != QStringLiteral("succeeded")
            && result != QStringLiteral("succeeded_with_errors"))
            line += QLatin1Char(' ') + tr("Needs attention.");
        if (json) {
            QJsonObject o {
                { QStringLiteral("flow_id"), flowId },
                { QStringLiteral("flow"), name },
                { QStringLiteral("result"), result },
                { QStringLiteral("message"), r.sentence },
                { QStringLiteral("run"),
                    r.kind == Result::Kind::Ran && h.run.id > 0 ? QJsonValue(runJson(h))
                                                                : QJsonValue() },
                { QStringLiteral("failures"), schedule ? schedule->failures : 0 },
                { QStringLiteral("retry_at"),
                    schedule ? isoOrEmpty(schedule->retryAt) : QString() },
                { QStringLiteral("next_run_at"),
                    schedule ? isoOrEmpty(schedule->nextRunAt) : QString() },
                { QStringLiteral("attention"), flow ? flow->attention : QString() },
            };
            array.append(o);
        } else {
            out << line << Qt::endl;
        }
    }
    if (json)
        writeJson(out, array);
    out.flush();
    if (anyCancelled)
        return RunCancelled;
    if (anyFailed)
        return RunFailed;
    if (anyErrors)
        return SucceededWithErrors;
    return Ok;
}

} // namespace LeadBridge
