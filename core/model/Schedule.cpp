#include "core/model/Schedule.h"

namespace LeadBridge {

QDateTime Schedule::nextAfter(const QDateTime &now) const
{
    if (kind == Kind::Interval)
        return now.toUTC().addSecs(qint64(qMax(1, intervalMinutes)) * 60);
    const QDateTime local = now.toLocalTime();
    QDateTime candidate(local.date(), dailyTime.isValid() ? dailyTime : QTime(0, 0));
    if (candidate <= local)
        candidate = QDateTime(local.date().addDays(1), candidate.time());
    return candidate.toUTC();
}

} // namespace LeadBridge
