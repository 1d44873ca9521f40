#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QTime>

namespace LeadBridge {

/// When a flow runs by itself: every N minutes, or daily at a local time.
struct Schedule
{
    enum class Kind { Interval, Daily };

    qint64 flowId = 0;
    Kind kind = Kind::Interval;
    int intervalMinutes = 60; ///< Interval schedules
    QTime dailyTime; ///< Daily schedules, local time
    /// When the next run is due (UTC); invalid until the scheduler computed it.
    QDateTime nextRunAt;
    bool enabled = true;
    /// Scheduled runs of the flow that failed in a row (reset by a successful run).
    int failures = 0;
    /// When the next retry of a failed scheduled run is due (UTC); invalid when none is.
    QDateTime retryAt;

    /// The first time after @p now (UTC) this schedule is due: now + interval, or the next
    /// dailyTime in local time (today when still ahead, else tomorrow).
    QDateTime nextAfter(const QDateTime &now) const;
};

} // namespace LeadBridge

Q_DECLARE_METATYPE(LeadBridge::Schedule)
