#include "core/model/ScheduleRules.h"

#include <QLocale>

namespace LeadBridge {

Schedule ScheduleRules::defaultFor(FlowKind kind, qint64 flowId)
{
    Schedule s;
    s.flowId = flowId;
    s.enabled = true;
    switch (kind) {
    case FlowKind::WebinarImport:
        s.kind = Schedule::Kind::Interval;
        s.intervalMinutes = 6 * 60;
        break;
    case FlowKind::CrmContactSync:
        s.kind = Schedule::Kind::Interval;
        s.intervalMinutes = 4 * 60;
        break;
    case FlowKind::ListSync:
        s.kind = Schedule::Kind::Daily;
        s.dailyTime = QTime(2, 0);
        break;
    case FlowKind::LeadHandoff:
        s.kind = Schedule::Kind::Daily;
        s.dailyTime = QTime(8, 0);
        break;
    }
    return s;
}

int ScheduleRules::minimumIntervalMinutes(const Flow &flow, const QList<Account> &accounts)
{
    for (const Account &a : accounts) {
        if ((a.id == flow.sourceAccountId || a.id == flow.targetAccountId)
            && a.kind == AccountKind::Salesforce)
            return kSalesforceMinimumMinutes;
    }
    return kMinimumMinutes;
}

QString ScheduleRules::problem(
    const Schedule &schedule, const Flow &flow, const QList<Account> &accounts)
{
    if (schedule.kind == Schedule::Kind::Daily) {
        if (!schedule.dailyTime.isValid())
            return tr("Choose the time of day the flow runs.");
        return {};
    }
    const int minimum = minimumIntervalMinutes(flow, accounts);
    if (schedule.intervalMinutes < minimum) {
        if (minimum == kSalesforceMinimumMinutes)
            return tr("Salesforce allows a sync at most every 4 hours. Choose 4 hours or more, "
                      "or a daily time.");
        return tr("Choose an interval of at least 1 hour.");
    }
    if (schedule.intervalMinutes > kMaximumMinutes)
        return tr("Choose an interval of at most 7 days (168 hours), or a daily time.");
    return {};
}

QString ScheduleRules::describe(const Schedule &schedule)
{
    if (schedule.kind == Schedule::Kind::Daily)
        return tr("Daily at %1").arg(timeText(schedule.dailyTime));
    if (schedule.intervalMinutes == 60)
        return tr("Every hour");
    if (schedule.intervalMinutes % 60 == 0)
        return tr("Every %1 hours").arg(schedule.intervalMinutes / 60);
    return tr("Every %1 minutes").arg(schedule.intervalMinutes);
}

QString ScheduleRules::timeText(const QTime &time)
{
    const QLocale locale;
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    format.remove(QStringLiteral(".ss"));
    return locale.toString(time, format);
}

} // namespace LeadBridge
