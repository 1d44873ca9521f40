#include "core/store/ScheduleRepository.h"

#include "core/store/Journal.h"
#include "core/store/SqlSupport.h"

#include <QSqlQuery>

namespace LeadBridge {

namespace {
Schedule fromRow(const QSqlQuery &q)
{
    Schedule s;
    s.flowId = q.value(0).toLongLong();
    s.kind = q.value(1).toString() == QStringLiteral("daily") ? Schedule::Kind::Daily
                                                              : Schedule::Kind::Interval;
    s.intervalMinutes = q.value(2).toInt();
    s.dailyTime = QTime::fromString(q.value(3).toString(), QStringLiteral("HH:mm"));
    s.nextRunAt = SqlSupport::dateTimeFromColumn(q.value(4));
    s.enabled = q.value(5).toInt() != 0;
    return s;
}

const QString kSelect = QStringLiteral(
    "SELECT flow_id, kind, interval_minutes, daily_time, next_run_at, enabled FROM schedules");
} // namespace

ScheduleRepository::ScheduleRepository(Journal &journal)
    : m_journal(journal)
{ }

Status ScheduleRepository::set(const Schedule &s)
{
    if (s.kind == Schedule::Kind::Interval && s.intervalMinutes <= 0)
        return Status::failure(tr("Choose an interval of at least one minute."));
    if (s.kind == Schedule::Kind::Daily && !s.dailyTime.isValid())
        return Status::failure(tr("Choose the time of day the flow runs."));
    QSqlQuery q(m_journal.database());
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO schedules (flow_id, kind, interval_minutes, daily_time, "
        "next_run_at, enabled) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(s.flowId);
    q.addBindValue(
        s.kind == Schedule::Kind::Daily ? QStringLiteral("daily") : QStringLiteral("interval"));
    q.addBindValue(s.kind == Schedule::Kind::Interval ? QVariant(s.intervalMinutes)
                                                      : QVariant(QMetaType::fromType<int>()));
    q.addBindValue(s.kind == Schedule::Kind::Daily
            ? QVariant(s.dailyTime.toString(QStringLiteral("HH:mm")))
            : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(SqlSupport::toColumn(s.nextRunAt));
    q.addBindValue(s.enabled ? 1 : 0);
    if (!SqlSupport::exec(q, "store schedule"))
        return Status::failure(
            tr("LeadBridge could not save the schedule. Check that the flow still exists; "
               "details are in the log."));
    return Status();
}

Status ScheduleRepository::remove(qint64 flowId)
{
    QSqlQuery q(m_journal.database());
    q.prepare(QStringLiteral("DELETE FROM schedules WHERE flow_id = ?"));
    q.addBindValue(flowId);
    if (!SqlSupport::exec(q, "remove schedule"))
        return Status::failure(
            tr("LeadBridge could not remove the schedule. Details are in the log."));
    return Status();
}

Expected<Schedule> ScheduleRepository::get(qint64 flowId)
{
    QSqlQuery q(m_journal.database());
    q.prepare(kSelect + QStringLiteral(" WHERE flow_id = ?"));
    q.addBindValue(flowId);
    if (!SqlSupport::exec(q, "read schedule"))
        return Expected<Schedule>::failure(
            tr("LeadBridge could not read the schedule. Details are in the log."));
    if (!q.next())
        return Expected<Schedule>::failure(tr("This flow has no schedule."));
    return fromRow(q);
}

Expected<QList<Schedule>> ScheduleRepository::list()
{
    QSqlQuery q(m_journal.database());
    if (!SqlSupport::exec(q, kSelect + QStringLiteral(" ORDER BY flow_id"), "list schedules"))
        return Expected<QList<Schedule>>::failure(
            tr("LeadBridge could not read the schedules. Details are in the log."));
    QList<Schedule> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

Status ScheduleRepository::setNextRunAt(qint64 flowId, const QDateTime &when)
{
    QSqlQuery q(m_journal.database());
    q.prepare(QStringLiteral("UPDATE schedules SET next_run_at = ? WHERE flow_id = ?"));
    q.addBindValue(SqlSupport::toColumn(when));
    q.addBindValue(flowId);
    if (!SqlSupport::exec(q, "store next run"))
        return Status::failure(tr("LeadBridge could not store the next run time. Details are in "
                                  "the log."));
    return Status();
}

} // namespace LeadBridge
