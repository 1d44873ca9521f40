#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>

namespace LeadBridge::Sandbox {

/// The synthetic ON24 world of leadbridge-sandbox --synthetic-registrants N (volume work,
/// scripts/bench.sh f1-full): W webinars of one client and N registrants spread over them
/// round-robin, 40 % of them with attendance. Every value follows from the registrant's
/// index (and the webinar's), so a benchmark can recompute what a run must have written
/// without reading the ON24 side back. The demographic fields come from a small pool of
/// variants (index modulo kFieldVariants) that the emulator shares between registrants,
/// which keeps a million registrants in a few hundred megabytes; e-mail addresses are
/// unique per registrant.
class On24SyntheticWorld
{
public:
    static constexpr int kDefaultWebinars = 500;
    static constexpr int kAttendedPercent = 40;
    static constexpr int kFieldVariants = 997;
    static constexpr qint64 kFirstEventId = 7000001;

    /// @p anchor is "now" at seeding: the webinars lie between 80 and 5 days before it,
    /// inside a full run's default 90-day backfill.
    On24SyntheticWorld(qint64 registrants, int webinars, const QDateTime &anchor);

    qint64 registrants() const { return m_registrants; }
    int webinars() const { return m_webinars; }

    qint64 eventId(int webinar) const { return kFirstEventId + webinar; }
    QString title(int webinar) const;
    QDateTime start(int webinar) const;
    QDateTime end(int webinar) const { return start(webinar).addSecs(3600); }
    /// Registrants of webinar @p webinar: floor((N - webinar - 1) / W) + 1 when webinar < N.
    qint64 registrantsOf(int webinar) const;

    int webinarOf(qint64 index) const { return int(index % m_webinars); }
    static bool attended(qint64 index) { return index % 100 < kAttendedPercent; }
    static QString email(qint64 index);
    /// The registration form fields (lower-case ON24 names) of variant @p variant.
    static QMap<QString, QString> fields(int variant);
    static int variantOf(qint64 index) { return int(index % kFieldVariants); }
    /// Registration time: a day before the webinar, one second apart per registrant (within
    /// half a day).
    QDateTime registeredAt(qint64 index) const;

    // Attendance (when attended()): live viewing from the start plus a few minutes.
    static int liveMinutes(qint64 index) { return 5 + int(index % 55); }
    static int archiveMinutes(qint64 index) { return index % 3 == 0 ? int(index % 20) : 0; }
    static double engagementScore(qint64 index) { return double(index % 100) / 10.0; }
    static int polls(qint64 index) { return int(index % 4); }
    static int questions(qint64 index) { return int(index % 3); }
    static int surveys(qint64 index) { return int(index % 2); }
    static int resources(qint64 index) { return int(index % 5); }
    QDateTime attendedAt(qint64 index) const;

private:
    qint64 m_registrants = 0;
    int m_webinars = 1;
    QDateTime m_firstStart;
    qint64 m_spacingSecs = 0;
};

} // namespace LeadBridge::Sandbox
