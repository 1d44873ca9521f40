#include "core/store/ScheduleRepository.h"

#include "core/model/ScheduleRules.h"
#include "core/store/AccountRepository.h"
#include "core/store/FlowRepository.h"
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
    s.failures = q.value(6).toInt();
    s.retryAt = SqlSupport::dateTimeFromColumn(q.value(7));
    return s;
}

const QString kSelect
    = QStringLiteral("SELECT flow_id, kind, interval_minutes, daily_time, next_run_at, enabled, "
                     "failures, retry_at FROM schedules");
} // namespace

ScheduleRepository::ScheduleRepository(Journal &journal)
    : m_journal(journal)
{ }

Expected<std::pair<Flow, QList<Account>>> ScheduleRepository::flowAndAccounts(qint64 flowId)
{
    using Result = Expected<std::pair<Flow, QList<Account>>>;
    const auto flow = FlowRepository(m_journal).get(flowId);
    if (!flow)
        return Result::failure(
            tr("The flow of this schedule no longer exists. Refresh the list of flows."));
    AccountRepository accountRepo(m_journal);
    QList<Account> accounts;
    for (const qint64 id : { flow->sourceAccountId, flow->targetAccountId }) {
        if (id <= 0)
            continue;
        if (const auto account = accountRepo.get(id))
            accounts.append(account.value());
    }
    return std::make_pair(flow.value(), accounts);
}

QString ScheduleRepository::problem(const Schedule &schedule)
{
    const auto context = flowAndAccounts(schedule.flowId);
    if (!context)
        return context.errorString();
    return ScheduleRules::problem(schedule, context->first, context->second);
}

Status ScheduleRepository::set(const Schedule &schedule)
{
    if (const QString why = problem(schedule); !why.isEmpty())
        return Status::failure(why);
    return store(schedule);
}

Status ScheduleRepository::set(
    const Schedule &schedule, const Flow &flow, const QList<Account> &accounts)
{
    if (const QString why = ScheduleRules::problem(schedule, flow, accounts); !why.isEmpty())
        return Status::failure(why);
    return store(schedule);
}

Status ScheduleRepository::store(const Schedule &s)
{
    if (s.kind == Schedule::Kind::Daily && !s.dailyTime.isValid())
        return Status::failure(tr("Choose the time of day the flow runs."));
    QSqlQuery q(m_journal.database());
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO schedules (flow_id, kind, interval_minutes, daily_time, "
        "next_run_at, enabled, failures, retry_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
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
    q.addBindValue(qMax(0, s.failures));
    q.addBindValue(SqlSupport::toColumn(s.retryAt));
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

Status ScheduleRepository::setRetry(qint64 flowId, int failures, const QDateTime &retryAt)
{
    QSqlQuery q(m_journal.database());
    q.prepare(QStringLiteral("UPDATE schedules SET failures = ?, retry_at = ? WHERE flow_id = ?"));
    q.addBindValue(qMax(0, failures));
    q.addBindValue(SqlSupport::toColumn(retryAt));
    q.addBindValue(flowId);
    if (!SqlSupport::exec(q, "store schedule retry"))
        return Status::failure(tr("LeadBridge could not store when to retry the flow. Details "
                                  "are in the log."));
    return Status();
}

Status ScheduleRepository::clearFailures(qint64 flowId)
{
    return setRetry(flowId, 0, QDateTime());
}

} // namespace LeadBridge
