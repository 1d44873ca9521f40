#pragma once

#include "core/model/Schedule.h"
#include "core/util/Expected.h"

#include <QCoreApplication>
#include <QList>

namespace LeadBridge {

class Journal;

/// The schedules table: at most one schedule per flow.
class ScheduleRepository
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::ScheduleRepository)
public:
    explicit ScheduleRepository(Journal &journal);

    /// Stores (inserts or replaces) the schedule of @p schedule.flowId.
    Status set(const Schedule &schedule);
    /// Removes the schedule of @p flowId (no error when there is none).
    Status remove(qint64 flowId);
    /// The schedule of @p flowId; an empty optional-like failure when there is none.
    Expected<Schedule> get(qint64 flowId);
    /// Every schedule.
    Expected<QList<Schedule>> list();
    /// Stores when the schedule of @p flowId is next due.
    Status setNextRunAt(qint64 flowId, const QDateTime &when);

private:
    Journal &m_journal;
};

} // namespace LeadBridge
