#include "core/engine/Scheduler.h"

#include "core/engine/FlowLock.h"
#include "core/store/FlowRepository.h"
#include "core/store/Journal.h"
#include "core/store/ScheduleRepository.h"
#include "core/util/LogCategories.h"

#include <QFileInfo>
#include <QLocale>
#include <QTimer>

namespace LeadBridge {

namespace {
bool isDue(const Schedule &s, const QDateTime &now)
{
    return (s.nextRunAt.isValid() && s.nextRunAt <= now)
        || (s.retryAt.isValid() && s.retryAt <= now);
}
} // namespace

Scheduler::Scheduler(Journal &journal, LaunchFn launch, BusyFn isBusy, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_launch(std::move(launch))
    , m_isBusy(std::move(isBusy))
    , m_timer(new QTimer(this))
    , m_nextRunText(tr("No scheduled runs"))
{
    connect(m_timer, &QTimer::timeout, this, [this] { tick(); });
}

void Scheduler::start(int intervalMs)
{
    m_timer->start(intervalMs);
    tick();
}

void Scheduler::stop()
{
    m_timer->stop();
}

void Scheduler::setClock(ClockFn clock)
{
    m_clock = std::move(clock);
}

QDateTime Scheduler::clockNow() const
{
    const QDateTime now = m_clock ? m_clock() : QDateTime();
    return now.isValid() ? now.toUTC() : QDateTime::currentDateTimeUtc();
}

QString Scheduler::dataDir() const
{
    return QFileInfo(m_journal.path()).absolutePath();
}

QString Scheduler::attentionSentence(int failures, const QString &lastError)
{
    QString error = lastError.trimmed();
    while (error.endsWith(QLatin1Char('.')))
        error.chop(1);
    if (error.isEmpty())
        error = tr("no reason was recorded");
    // Only ever said from the third failure on, so always plural.
    return tr("The last %1 scheduled runs failed: %2. Fix it, then click Sync Now.")
        .arg(failures)
        .arg(error);
}

QList<qint64> Scheduler::dueFlowIds(const QDateTime &nowArg)
{
    const QDateTime now = nowArg.isValid() ? nowArg.toUTC() : clockNow();
    QList<qint64> due;
    if (!m_journal.isOpen())
        return due;
    const auto all = ScheduleRepository(m_journal).list();
    if (!all)
        return due;
    FlowRepository flows(m_journal);
    for (const Schedule &s : all.value()) {
        const auto flow = flows.get(s.flowId);
        if (flow && s.enabled && flow->enabled && isDue(s, now))
            due.append(s.flowId);
    }
    return due;
}

QList<qint64> Scheduler::tick(const QDateTime &nowArg)
{
    const QDateTime now = nowArg.isValid() ? nowArg.toUTC() : clockNow();
    QList<qint64> started;
    if (!m_journal.isOpen())
        return started;
    ScheduleRepository schedules(m_journal);
    FlowRepository flows(m_journal);
    const auto all = schedules.list();
    if (!all) {
        qCWarning(lcEngine) << "scheduler: cannot read schedules:" << all.errorString();
        return started;
    }
    const QString dir = dataDir();
    for (Schedule s : all.value()) {
        const auto flow = flows.get(s.flowId);
        if (!flow || !s.enabled || !flow->enabled)
            continue;
        if (!s.nextRunAt.isValid()) {
            // A new schedule: its first run is one period (or the next daily time) away.
            s.nextRunAt = s.nextAfter(now);
            schedules.setNextRunAt(s.flowId, s.nextRunAt);
        }
        if (!isDue(s, now))
            continue;
        const bool regular = s.nextRunAt <= now;
        // Plan the next occurrence first (a launch may report back at once). Missed periods
        // collapse into this one run; a due retry is used up (run or skipped), and a regular
        // run replaces a pending retry. The failures in a row stay until a run succeeds.
        if (regular) {
            s.nextRunAt = s.nextAfter(now);
            schedules.setNextRunAt(s.flowId, s.nextRunAt);
        }
        if (s.retryAt.isValid())
            schedules.setRetry(s.flowId, s.failures, QDateTime());
        QString busy;
        if (m_isBusy && m_isBusy(s.flowId))
            busy = tr("“%1” was already queued or running, so its scheduled run was skipped.")
                       .arg(flow->name);
        else if (FlowLock::isHeld(dir, s.flowId))
            busy = FlowLock::alreadyRunningSentence(flow->name);
        if (!busy.isEmpty()) {
            qCInfo(lcEngine) << "scheduler: flow" << s.flowId << "is busy; skipping this run";
            Q_EMIT runSkipped(s.flowId, busy);
            continue;
        }
        qCInfo(lcEngine) << "scheduler: starting flow" << s.flowId
                         << (regular ? "(regular run)" : "(retry)");
        RunRequest request;
        request.flowId = s.flowId;
        request.trigger = RunTrigger::Schedule;
        m_pending.insert(s.flowId);
        started.append(s.flowId);
        if (m_launch)
            m_launch(request);
        Q_EMIT runTriggered(s.flowId);
    }
    updateNextRun(now);
    return started;
}

void Scheduler::runFinished(const RunOutcome &outcome)
{
    const qint64 flowId = outcome.summary.flowId;
    if (flowId <= 0 || !m_journal.isOpen())
        return;
    const bool ours = m_pending.remove(flowId);
    if (outcome.notStarted) {
        // Running in another process: a skipped occurrence, not a failure.
        if (ours)
            Q_EMIT runSkipped(flowId, outcome.message);
        return;
    }
    if (outcome.summary.mode == RunMode::Preview)
        return; // a preview writes nothing: it proves nothing either way
    if (outcome.succeeded()) {
        ScheduleRepository schedules(m_journal);
        if (const auto s = schedules.get(flowId); s && (s->failures > 0 || s->retryAt.isValid()))
            schedules.clearFailures(flowId);
        FlowRepository flows(m_journal);
        if (const auto flow = flows.get(flowId); flow && !flow->attention.isEmpty()) {
            if (flows.setAttention(flowId, QString()))
                Q_EMIT flowAttentionCleared(flowId);
        }
        updateNextRun(clockNow());
        return;
    }
    // Only failed scheduled runs count; a cancelled run is the person's choice.
    if (outcome.summary.trigger != RunTrigger::Schedule
        || outcome.summary.status != RunStatus::Failed)
        return;
    recordFailure(
        flowId, outcome.message.isEmpty() ? outcome.summary.errorSummary : outcome.message);
}

void Scheduler::launchFailed(qint64 flowId, const QString &sentence)
{
    if (!m_pending.remove(flowId) || !m_journal.isOpen())
        return;
    recordFailure(flowId, sentence);
}

void Scheduler::recordFailure(qint64 flowId, const QString &sentence)
{
    const QDateTime now = clockNow();
    ScheduleRepository schedules(m_journal);
    const auto s = schedules.get(flowId);
    if (!s)
        return; // the schedule was removed meanwhile
    const int failures = s->failures + 1;
    QDateTime retryAt;
    if (failures <= int(kRetryDelaysMinutes.size()))
        retryAt = now.addSecs(qint64(kRetryDelaysMinutes.at(failures - 1)) * 60);
    // The next regular run comes anyway; a retry at or after it would be a second run.
    if (retryAt.isValid() && s->nextRunAt.isValid() && retryAt >= s->nextRunAt)
        retryAt = QDateTime();
    if (Status saved = schedules.setRetry(flowId, failures, retryAt); !saved)
        qCWarning(lcEngine) << "scheduler:" << saved.errorString();
    qCInfo(lcEngine) << "scheduler: scheduled run of flow" << flowId << "failed" << failures
                     << "time(s) in a row;"
                     << (retryAt.isValid()
                                ? QStringLiteral("retry at ") + retryAt.toString(Qt::ISODate)
                                : QStringLiteral("no retry"));
    if (retryAt.isValid())
        Q_EMIT retryPlanned(flowId, retryAt);
    if (failures >= kAttentionFailures) {
        FlowRepository flows(m_journal);
        const auto flow = flows.get(flowId);
        const bool hadAttention = flow && !flow->attention.isEmpty();
        const QString attention = attentionSentence(failures, sentence);
        if (flows.setAttention(flowId, attention) && !hadAttention)
            Q_EMIT flowNeedsAttention(flowId, attention);
    }
    updateNextRun(now);
}

void Scheduler::updateNextRun(const QDateTime &now)
{
    const auto all = ScheduleRepository(m_journal).list();
    if (!all)
        return;
    FlowRepository flows(m_journal);
    QDateTime earliest;
    QString earliestFlow;
    bool earliestIsRetry = false;
    for (const Schedule &s : all.value()) {
        if (!s.enabled)
            continue;
        const auto flow = flows.get(s.flowId);
        if (!flow || !flow->enabled)
            continue;
        for (const auto &[when, retry] :
            { std::pair { s.nextRunAt, false }, std::pair { s.retryAt, true } }) {
            if (when.isValid() && (!earliest.isValid() || when < earliest)) {
                earliest = when;
                earliestFlow = flow->name;
                earliestIsRetry = retry;
            }
        }
    }
    m_nextRunAt = earliest;
    QString text;
    if (!earliest.isValid()) {
        text = tr("No scheduled runs");
    } else {
        const QDateTime local = earliest.toLocalTime();
        const QDate today = now.toLocalTime().date();
        const QString time = QLocale().toString(local.time(), QLocale::ShortFormat);
        if (local.date() == today)
            text = tr("Next run: “%1” at %2").arg(earliestFlow, time);
        else if (local.date() == today.addDays(1))
            text = tr("Next run: “%1” tomorrow at %2").arg(earliestFlow, time);
        else
            text = tr("Next run: “%1” on %2")
                       .arg(earliestFlow, QLocale().toString(local, QLocale::ShortFormat));
        if (earliestIsRetry)
            text = tr("%1 (retry)").arg(text);
    }
    if (text != m_nextRunText) {
        m_nextRunText = text;
        Q_EMIT nextRunTextChanged(text);
    }
}

} // namespace LeadBridge
