#pragma once

#include "core/model/Account.h"
#include "core/model/Flow.h"
#include "core/model/Schedule.h"
#include "core/util/Expected.h"

#include <QCoreApplication>
#include <QList>

namespace LeadBridge {

class Journal;

/// The schedules table: at most one schedule per flow, with the retry state of its failed
/// scheduled runs (failures in a row, when the next retry is due).
class ScheduleRepository
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::ScheduleRepository)
public:
    explicit ScheduleRepository(Journal &journal);

    /// Stores (inserts or replaces) the schedule of @p schedule.flowId, including its
    /// failures and retryAt. Refuses, with ScheduleRules' sentence, what ScheduleRules::problem
    /// refuses for that flow (read with its accounts from the journal), e.g. an interval under
    /// 4 hours on a flow that uses a Salesforce account.
    Status set(const Schedule &schedule);
    /// As set(schedule), for callers that already hold the flow and its accounts.
    Status set(const Schedule &schedule, const Flow &flow, const QList<Account> &accounts);
    /// Empty when set() would accept @p schedule; otherwise the sentence it would refuse it
    /// with (for checking a choice as the person makes it).
    QString problem(const Schedule &schedule);
    /// Removes the schedule of @p flowId (no error when there is none).
    Status remove(qint64 flowId);
    /// The schedule of @p flowId; an empty optional-like failure when there is none.
    Expected<Schedule> get(qint64 flowId);
    /// Every schedule.
    Expected<QList<Schedule>> list();
    /// Stores when the schedule of @p flowId is next due.
    Status setNextRunAt(qint64 flowId, const QDateTime &when);
    /// Stores the retry state of @p flowId: @p failures scheduled runs failed in a row, the
    /// next retry is due at @p retryAt (invalid = none).
    Status setRetry(qint64 flowId, int failures, const QDateTime &retryAt);
    /// Clears the retry state of @p flowId (no failures, no retry due): after a successful run.
    Status clearFailures(qint64 flowId);

private:
    /// The flow of @p flowId and the accounts it uses; a failure with the sentence when the
    /// flow does not exist.
    Expected<std::pair<Flow, QList<Account>>> flowAndAccounts(qint64 flowId);
    Status store(const Schedule &schedule);

    Journal &m_journal;
};

} // namespace LeadBridge
