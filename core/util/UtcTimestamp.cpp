#include "core/util/UtcTimestamp.h"

#include <optional>

namespace LeadBridge {

namespace {

/// The number written by @p count digits at @p at, or -1.
int digits(QStringView t, qsizetype at, int count)
{
    if (at + count > t.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = t.at(at + i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

/// Seconds east of UTC that @p zone names ("", "Z", " UTC", "+02:00" …), or nothing.
std::optional<int> zoneOffset(QStringView zone)
{
    if (zone.isEmpty() || zone == u"Z" || zone == u" UTC" || zone == u" GMT")
        return 0;
    const char16_t sign = zone.at(0).unicode();
    if (sign != u'+' && sign != u'-')
        return std::nullopt;
    const int hours = digits(zone, 1, 2);
    int minutes = 0;
    if (zone.size() == 6 && zone.at(3) == u':')
        minutes = digits(zone, 4, 2);
    else if (zone.size() == 5)
        minutes = digits(zone, 3, 2);
    else if (zone.size() != 3)
        return std::nullopt;
    if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59)
        return std::nullopt;
    const int seconds = hours * 3600 + minutes * 60;
    return sign == u'-' ? -seconds : seconds;
}

} // namespace

QDateTime UtcTimestamp::parse(QStringView t)
{
    if (t.size() < 19 || t.at(4) != u'-' || t.at(7) != u'-'
        || (t.at(10) != u'T' && t.at(10) != u' ') || t.at(13) != u':' || t.at(16) != u':')
        return {};
    const int year = digits(t, 0, 4);
    if (year < 0) // QDate takes -1 as a year (1 BC)
        return {};
    const QDate date(year, digits(t, 5, 2), digits(t, 8, 2));
    int ms = 0;
    qsizetype at = 19;
    if (at < t.size() && t.at(at) == u'.') {
        const qsizetype first = ++at;
        while (at < t.size() && t.at(at).unicode() >= u'0' && t.at(at).unicode() <= u'9')
            ++at;
        const qsizetype count = at - first;
        if (count < 1 || count > 9)
            return {};
        ms = digits(t, first, int(qMin<qsizetype>(count, 3)));
        for (qsizetype i = count; i < 3; ++i)
            ms *= 10;
    }
    const QTime time(digits(t, 11, 2), digits(t, 14, 2), digits(t, 17, 2), ms);
    const std::optional<int> offset = zoneOffset(t.sliced(at));
    if (!date.isValid() || !time.isValid() || !offset)
        return {};
    // Qt::UTC, not QTimeZone::utc(): Qt 6.4 computes a QTimeZone time through its zone backend.
    QDateTime utc(date, time, Qt::UTC);
    return *offset == 0 ? utc : utc.addSecs(-*offset);
}

} // namespace LeadBridge
