#include "core/sandbox/on24/On24SyntheticWorld.h"

#include <QTimeZone>

#include <algorithm>

namespace LeadBridge::Sandbox {

namespace {

constexpr qint64 kDay = 86400;

const char *const kJobFunctions[]
    = { "Marketing", "Sales", "IT", "Finance", "Operations", "Engineering", "Executive" };
const char *const kCompanySizes[] = { "1-49", "50-249", "250-999", "1000-4999", "5000+" };
const char *const kSources[] = { "newsletter", "linkedin", "partner", "website", "" };

} // namespace

On24SyntheticWorld::On24SyntheticWorld(qint64 registrants, int webinars, const QDateTime &anchor)
    : m_registrants(std::max<qint64>(0, registrants))
    , m_webinars(std::max(1, webinars))
{
    // Whole minutes, so every time in the world is exact in ON24's second-precision format.
    const QDateTime base
        = QDateTime::fromSecsSinceEpoch(anchor.toSecsSinceEpoch() / 60 * 60, QTimeZone::utc());
    m_firstStart = base.addSecs(-80 * kDay);
    m_spacingSecs = (75 * kDay / m_webinars) / 60 * 60;
}

QString On24SyntheticWorld::title(int webinar) const
{
    return QStringLiteral("Synthetic webinar %1").arg(webinar + 1);
}

QDateTime On24SyntheticWorld::start(int webinar) const
{
    return m_firstStart.addSecs(qint64(webinar) * m_spacingSecs);
}

qint64 On24SyntheticWorld::registrantsOf(int webinar) const
{
    if (webinar < 0 || webinar >= m_webinars || webinar >= m_registrants)
        return 0;
    return (m_registrants - webinar - 1) / m_webinars + 1;
}

QString On24SyntheticWorld::email(qint64 index)
{
    return QStringLiteral("reg%1@synthetic-webinar.example").arg(index);
}

QMap<QString, QString> On24SyntheticWorld::fields(int variant)
{
    const int v = variant;
    QMap<QString, QString> f;
    f.insert(QStringLiteral("firstname"), QStringLiteral("First%1").arg(v));
    f.insert(QStringLiteral("lastname"), QStringLiteral("Last%1").arg((v * 7) % kFieldVariants));
    f.insert(QStringLiteral("company"), QStringLiteral("Company %1").arg(v % 211));
    f.insert(QStringLiteral("jobtitle"), QStringLiteral("Title %1").arg(v % 13));
    f.insert(QStringLiteral("addressstreet1"), QStringLiteral("%1 Main Street").arg(v + 1));
    f.insert(QStringLiteral("zip"), QStringLiteral("%1").arg(10000 + v * 17 % 89999));
    f.insert(QStringLiteral("workphone"), QStringLiteral("+1 555 %1").arg(1000 + v, 4, 10));
    f.insert(QStringLiteral("jobfunction"), QString::fromLatin1(kJobFunctions[v % 7]));
    f.insert(QStringLiteral("companysize"), QString::fromLatin1(kCompanySizes[v % 5]));
    f.insert(QStringLiteral("partnerref"), QString::fromLatin1(kSources[v % 5]));
    f.insert(
        QStringLiteral("marketingemail"), v % 4 == 0 ? QStringLiteral("N") : QStringLiteral("Y"));
    f.insert(QStringLiteral("eventemail"), QStringLiteral("Y"));
    f.insert(QStringLiteral("emailformat"), QStringLiteral("html"));
    f.insert(QStringLiteral("engagementprediction"),
        v % 3 == 0 ? QStringLiteral("HIGH") : QStringLiteral("LOW"));
    return f;
}

QDateTime On24SyntheticWorld::registeredAt(qint64 index) const
{
    return start(webinarOf(index)).addSecs(-kDay + (index / m_webinars) % (kDay / 2));
}

QDateTime On24SyntheticWorld::attendedAt(qint64 index) const
{
    return start(webinarOf(index)).addSecs(60 * (index % 30));
}

} // namespace LeadBridge::Sandbox
