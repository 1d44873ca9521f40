#pragma once

#include "core/model/Account.h"
#include "core/model/Flow.h"
#include "core/model/Schedule.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace LeadBridge {

/// What the vendors allow and recommend for a flow's schedule (seeds 000–004): the default
/// schedule each kind of flow gets when it is created, the shortest interval allowed and the
/// sentence that explains a refusal. Pure functions; the UI, the CLI and the scheduler share
/// them so a schedule refused in one place is refused everywhere.
class ScheduleRules
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::ScheduleRules)

public:
    /// Salesforce's integration syncs a list at most every 4 hours.
    static constexpr int kSalesforceMinimumMinutes = 4 * 60;
    /// Any other flow: at most once an hour.
    static constexpr int kMinimumMinutes = 60;
    /// At least once a week for interval schedules.
    static constexpr int kMaximumMinutes = 7 * 24 * 60;

    /// The schedule a new flow of @p kind gets: F1 every 6 hours (ON24's own cadence), F2
    /// every 4 hours, F3 daily at 02:00 (outside business hours, as Act-On recommends), F4
    /// daily at 08:00. Enabled, for @p flowId.
    static Schedule defaultFor(FlowKind kind, qint64 flowId = 0);
    /// The shortest interval in minutes @p flow may run at, given the accounts it uses:
    /// kSalesforceMinimumMinutes when one of them is a Salesforce account.
    static int minimumIntervalMinutes(const Flow &flow, const QList<Account> &accounts);
    /// Empty when @p schedule is allowed for @p flow; otherwise one sentence that says why not
    /// and what to choose instead.
    static QString problem(
        const Schedule &schedule, const Flow &flow, const QList<Account> &accounts);
    /// "Every 6 hours", "Every 90 minutes", "Daily at 08:00", for tables and messages.
    static QString describe(const Schedule &schedule);
    /// @p time in the locale's short format without seconds ("08:00", "8:00 AM"); the C
    /// locale's short format would show seconds nobody chose.
    static QString timeText(const QTime &time);
};

} // namespace LeadBridge
