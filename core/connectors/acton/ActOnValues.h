#pragma once

#include <QJsonValue>
#include <QString>

namespace LeadBridge {

/// Values as Act-On's /api/1 answers and URLs carry them, shared by ActOnConnector and
/// ActOnListMerge.
class ActOnValues
{
public:
    /// A JSON value as text: strings as they are, whole numbers without a fraction, other
    /// numbers as Qt prints them, booleans "true"/"false", anything else empty.
    static QString text(const QJsonValue &value);
    /// A JSON number, or a string holding one, as an integer; @p fallback when neither.
    static qint64 integer(const QJsonValue &value, qint64 fallback = -1);
    /// @p value percent-encoded for a URL path segment or query value.
    static QString urlEncoded(const QString &value);
    /// "_contact_id_", the column of Act-On's record ids in list downloads.
    static QString recordIdHeading() { return QStringLiteral("_contact_id_"); }
    /// Whether @p heading is one of the date columns Act-On adds to every list download
    /// ("__created_date", "__modified_date", with or without the leading underscores).
    static bool isDateQualifier(const QString &heading);
};

} // namespace LeadBridge
