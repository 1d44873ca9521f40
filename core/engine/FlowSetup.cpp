#include "core/engine/FlowSetup.h"

#include "core/model/ScheduleRules.h"
#include "core/store/AccountRepository.h"
#include "core/store/ScheduleRepository.h"
#include "core/util/LogCategories.h"

namespace LeadBridge {

namespace {
QList<Account> accountsOf(Journal &journal, const Flow &flow)
{
    AccountRepository repo(journal);
    QList<Account> accounts;
    for (const qint64 id : { flow.sourceAccountId, flow.targetAccountId }) {
        if (id <= 0)
            continue;
        if (const auto account = repo.get(id))
            accounts.append(account.value());
    }
    return accounts;
}
} // namespace

Expected<Schedule> FlowSetup::defaultSchedule(
    Journal &journal, const Flow &flow, const QDateTime &now)
{
    if (flow.id <= 0)
        return Expected<Schedule>::failure(tr("Save the flow before giving it a schedule."));
    const QList<Account> accounts = accountsOf(journal, flow);
    Schedule s = ScheduleRules::defaultFor(flow.kind, flow.id);
    if (s.kind == Schedule::Kind::Interval)
        s.intervalMinutes
            = qMax(s.intervalMinutes, ScheduleRules::minimumIntervalMinutes(flow, accounts));
    s.nextRunAt = s.nextAfter(now.isValid() ? now.toUTC() : QDateTime::currentDateTimeUtc());
    if (const QString why = ScheduleRules::problem(s, flow, accounts); !why.isEmpty())
        return Expected<Schedule>::failure(why);
    return s;
}

Status FlowSetup::applyDefaultSchedule(Journal &journal, const Flow &flow)
{
    ScheduleRepository schedules(journal);
    if (schedules.get(flow.id))
        return Status(); // it has one already (e.g. a copy of a flow): keep it
    const auto s = defaultSchedule(journal, flow);
    if (!s)
        return Status::failure(s.errorString());
    const QList<Account> accounts = accountsOf(journal, flow);
    if (Status saved = schedules.set(s.value(), flow, accounts); !saved)
        return saved;
    qCInfo(lcEngine) << "Flow" << flow.id
                     << "got its default schedule:" << ScheduleRules::describe(s.value());
    return Status();
}

} // namespace LeadBridge
