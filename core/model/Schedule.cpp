#include "core/model/Schedule.h"

namespace LeadBridge {

namespace {
/// @p wall read as if it were UTC, i.e. the wall-clock reading without any offset.
QDateTime asUtc(const QDate &date, const QTime &time)
{
    return QDateTime(date, time, Qt::UTC);
}
} // namespace

QDateTime Schedule::firstInstantOf(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    const QDateTime wall = asUtc(date, time);
    if (!zone.isValid())
        return wall;
    // The offsets in force well before and well after the wall time: transitions are never
    // closer together than a day, so one of them (or both, in the repeated hour) maps back to
    // the wall time.
    const int before = zone.offsetFromUtc(wall.addSecs(-86400));
    const int after = zone.offsetFromUtc(wall.addSecs(86400));
    QDateTime first;
    for (const int offset : { before, after }) {
        const QDateTime instant = wall.addSecs(-offset);
        if (zone.offsetFromUtc(instant) == offset && (!first.isValid() || instant < first))
            first = instant;
    }
    if (first.isValid())
        return first;
    // Neither maps back: the wall time falls in the hour skipped when the clocks go forward.
    // The first valid local time after it is the moment of the change, which lies between
    // the two readings; find it to the second.
    qint64 low = wall.addSecs(-after).toSecsSinceEpoch(); // still on the old offset
    qint64 high = wall.addSecs(-before).toSecsSinceEpoch(); // already on the new offset
    if (low > high)
        std::swap(low, high);
    const auto onNewOffset = [&zone, after](qint64 secs) {
        return zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(secs, Qt::UTC)) == after;
    };
    while (high - low > 1) {
        const qint64 mid = low + (high - low) / 2;
        if (onNewOffset(mid))
            high = mid;
        else
            low = mid;
    }
    return QDateTime::fromSecsSinceEpoch(high, Qt::UTC);
}

QDateTime Schedule::nextAfter(const QDateTime &now) const
{
    return nextAfter(now, QTimeZone::systemTimeZone());
}

QDateTime Schedule::nextAfter(const QDateTime &now, const QTimeZone &zone) const
{
    const QDateTime nowUtc = now.toUTC();
    if (kind == Kind::Interval)
        return nowUtc.addSecs(qint64(qMax(1, intervalMinutes)) * 60);
    const QTime time = dailyTime.isValid() ? dailyTime : QTime(0, 0);
    const QDate today = zone.isValid() ? nowUtc.toTimeZone(zone).date() : nowUtc.date();
    // Today's time when it is still ahead, else the next day's (a few days in case of odd
    // zones that skip a whole day).
    for (int day = 0; day < 4; ++day) {
        const QDateTime candidate = firstInstantOf(today.addDays(day), time, zone);
        if (candidate > nowUtc)
            return candidate;
    }
    return nowUtc.addDays(1);
}

} // namespace LeadBridge
