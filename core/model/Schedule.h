#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QTime>
#include <QTimeZone>

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
    /// dailyTime in the system's time zone (today when still ahead, else tomorrow). Safe
    /// across daylight-saving changes, see the overload.
    QDateTime nextAfter(const QDateTime &now) const;
    /// As above, with daily times read in @p zone. On the day clocks go forward, a daily time
    /// inside the skipped hour runs at the first valid time after it (02:30 → 03:00 that day);
    /// on the day they go back, a time inside the repeated hour runs once, at its first
    /// occurrence. Always returns UTC.
    QDateTime nextAfter(const QDateTime &now, const QTimeZone &zone) const;

    /// The instant (UTC) the local wall-clock time @p time of @p date happens in @p zone: its
    /// first occurrence when the hour repeats, the end of the gap when it is skipped.
    static QDateTime firstInstantOf(const QDate &date, const QTime &time, const QTimeZone &zone);
};

} // namespace LeadBridge

Q_DECLARE_METATYPE(LeadBridge::Schedule)
