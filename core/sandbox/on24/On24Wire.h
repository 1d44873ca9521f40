#pragma once

#include "core/sandbox/SandboxResponse.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <cmath>

namespace LeadBridge::Sandbox {

/// Texts, field lists and small helpers shared by the ON24 emulator's API areas
/// (On24Emulator, On24AnalyticsApi, On24ControlApi).
namespace On24Wire {

inline const QString kMissingHeaders
    = QStringLiteral("Header must contain both accessTokenKey and accessTokenSecret.");
inline const QString kWrongToken
    = QStringLiteral("AccessTokenKey and AccessTokenSecret are wrong or invalid.");
inline const QString kDeactivatedToken
    = QStringLiteral("AccessTokenKey and AccessTokenSecret are deactivated.");
inline const QString kNoPermission
    = QStringLiteral("You do not have permission to perform the requested operation.");
inline const QString kQuota
    = QStringLiteral("You have reached the maximum number of calls for this api.");
inline const QString kBadDates = QStringLiteral("Error, incorrect date formats.");
inline const QString kBadTimezone = QStringLiteral(
    "Invalid Date format for params startdate and enddate. Incorrect timezone value provided.");
// Not quoted verbatim by the reference (the limit is, the wording is not).
inline const QString kRangeTooLong
    = QStringLiteral("The range between startDate and endDate can not be greater than 6 months.");
inline const QString kSubaccountsNeedFlag
    = QStringLiteral("You have to set includesubaccounts='Y' in order to filter by subaccounts.");

// Registrant string fields in answer order (lower-case ON24 names).
inline const QStringList kRegistrantFields = {
    QStringLiteral("firstname"),
    QStringLiteral("lastname"),
    QStringLiteral("company"),
    QStringLiteral("jobtitle"),
    QStringLiteral("addressstreet1"),
    QStringLiteral("addressstreet2"),
    QStringLiteral("city"),
    QStringLiteral("state"),
    QStringLiteral("zip"),
    QStringLiteral("country"),
    QStringLiteral("workphone"),
    QStringLiteral("jobfunction"),
    QStringLiteral("companyindustry"),
    QStringLiteral("companysize"),
    QStringLiteral("partnerref"),
    QStringLiteral("std1"),
    QStringLiteral("std2"),
    QStringLiteral("std3"),
    QStringLiteral("std4"),
    QStringLiteral("std5"),
    QStringLiteral("std6"),
    QStringLiteral("std7"),
    QStringLiteral("std8"),
    QStringLiteral("std9"),
    QStringLiteral("std10"),
    QStringLiteral("fax"),
    QStringLiteral("username"),
    QStringLiteral("exteventusercd"),
    QStringLiteral("other"),
    QStringLiteral("notes"),
    QStringLiteral("marketingemail"),
    QStringLiteral("eventemail"),
    QStringLiteral("homephone"),
    QStringLiteral("emailformat"),
    QStringLiteral("engagementprediction"),
    QStringLiteral("browser"),
    QStringLiteral("ipaddress"),
    QStringLiteral("os"),
    QStringLiteral("utmsource"),
    QStringLiteral("utmmedium"),
    QStringLiteral("utmcampaign"),
    QStringLiteral("utmterm"),
    QStringLiteral("utmcontent"),
};

// Keys a REST registration may set (after lower-casing).
inline const QSet<QString> kFormFields = [] {
    QSet<QString> s;
    for (const QString &f : kRegistrantFields)
        s.insert(f);
    s.remove(QStringLiteral("engagementprediction"));
    s.remove(QStringLiteral("browser"));
    s.remove(QStringLiteral("ipaddress"));
    s.remove(QStringLiteral("os"));
    return s;
}();

inline const QStringList kContentTypes = {
    QStringLiteral("all"),
    QStringLiteral("experience"),
    QStringLiteral("gateway"),
    QStringLiteral("golive"),
    QStringLiteral("pdf"),
    QStringLiteral("video"),
    QStringLiteral("webcast"),
    QStringLiteral("webpage"),
    QStringLiteral("forum"),
};

inline QString emailKey(qint64 clientId, const QString &email)
{
    return QString::number(clientId) + QLatin1Char('|') + email.trimmed().toLower();
}

inline bool yes(const QString &v)
{
    return v.compare(QLatin1String("Y"), Qt::CaseInsensitive) == 0;
}

inline QDateTime maxTime(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return a < b ? b : a;
}

inline QDateTime parseIso(const QJsonValue &v)
{
    if (!v.isString())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);
    return t.toUTC();
}

inline int roundMinutes(double v)
{
    if (v <= 0.0)
        return 0;
    if (v < 1.0)
        return 1; // ON24 reports any fraction of a minute as 1
    return int(std::lround(v));
}

} // namespace On24Wire
} // namespace LeadBridge::Sandbox
