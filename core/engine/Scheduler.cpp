#include "core/engine/Scheduler.h"

#include "core/store/FlowRepository.h"
#include "core/store/Journal.h"
#include "core/store/ScheduleRepository.h"
#include "core/util/LogCategories.h"

#include <QLocale>
#include <QSqlQuery>
#include <QTimer>

namespace LeadBridge {

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

bool Scheduler::runningInJournal(qint64 flowId) const
{
    QSqlQuery q(m_journal.database());
    q.prepare(QStringLiteral(
        "SELECT 1 FROM runs WHERE flow_id = ? AND status IN ('queued', 'running') LIMIT 1"));
    q.addBindValue(flowId);
    return q.exec() && q.next();
}

QList<qint64> Scheduler::tick(const QDateTime &nowArg)
{
    const QDateTime now = nowArg.isValid() ? nowArg.toUTC() : QDateTime::currentDateTimeUtc();
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
    QDateTime earliest;
    QString earliestFlow;
    for (Schedule s : all.value()) {
        const auto flow = flows.get(s.flowId);
        if (!flow || !s.enabled || !flow->enabled)
            continue;
        if (!s.nextRunAt.isValid()) {
            // A new schedule: its first run is one period (or the next daily time) away.
            s.nextRunAt = s.nextAfter(now);
            schedules.setNextRunAt(s.flowId, s.nextRunAt);
        } else if (s.nextRunAt <= now) {
            const bool busy = (m_isBusy && m_isBusy(s.flowId)) || runningInJournal(s.flowId);
            if (busy) {
                qCInfo(lcEngine) << "scheduler: flow" << s.flowId << "is busy; skipping this run";
                Q_EMIT runSkipped(s.flowId);
            } else {
                qCInfo(lcEngine) << "scheduler: starting flow" << s.flowId;
                RunRequest request;
                request.flowId = s.flowId;
                request.trigger = RunTrigger::Schedule;
                if (m_launch)
                    m_launch(request);
                started.append(s.flowId);
                Q_EMIT runTriggered(s.flowId);
            }
            // Missed periods collapse into this one run.
            s.nextRunAt = s.nextAfter(now);
            schedules.setNextRunAt(s.flowId, s.nextRunAt);
        }
        if (!earliest.isValid() || s.nextRunAt < earliest) {
            earliest = s.nextRunAt;
            earliestFlow = flow->name;
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
    }
    if (text != m_nextRunText) {
        m_nextRunText = text;
        Q_EMIT nextRunTextChanged(text);
    }
    return started;
}

} // namespace LeadBridge
