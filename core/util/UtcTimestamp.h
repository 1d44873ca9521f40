#pragma once

#include <QDateTime>
#include <QStringView>

namespace LeadBridge {

/// Reads the time stamps the vendors' APIs write, for the million-row reads.
///
/// QDateTime::fromString goes through the local time zone even for text that names UTC
/// (glibc checks the zone file on every call), which made parsing Act-On's change times a
/// third of reading a list back. This reads the fixed layouts directly and builds the UTC
/// time without a zone look-up.
class UtcTimestamp
{
public:
    /// "yyyy-MM-dd[T or space]HH:mm:ss", then optionally ".f…" (1–9 digits, milliseconds
    /// kept) and a zone: "Z", " UTC", " GMT", "±hh:mm", "±hhmm" or "±hh". No zone means UTC,
    /// as the APIs speak UTC. The result is in UTC; any other text gives an invalid QDateTime,
    /// and callers fall back to their general parsing.
    static QDateTime parse(QStringView text);
};

} // namespace LeadBridge
