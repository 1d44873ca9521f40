#pragma once

#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantMap>

namespace LeadBridge {

/// Small helpers shared by the repositories: timestamp and JSON columns,
/// and logging of failed statements (technical detail goes to lcStore only).
class SqlSupport
{
public:
    /// ISO-8601 UTC text with milliseconds, or NULL for an invalid time.
    static QVariant toColumn(const QDateTime &time);
    /// Parses a timestamp column written by toColumn().
    static QDateTime dateTimeFromColumn(const QVariant &value);
    /// Compact JSON text of @p map.
    static QString toJson(const QVariantMap &map);
    /// Parses a JSON object column; malformed text gives an empty map (and a warning).
    static QVariantMap mapFromJson(const QString &json);
    /// Executes a prepared query; on failure logs @p what with the driver error.
    static bool exec(QSqlQuery &query, const char *what);
    /// Prepares and executes @p sql; on failure logs @p what with the driver error.
    static bool exec(QSqlQuery &query, const QString &sql, const char *what);
    /// Current time in UTC with millisecond precision.
    static QDateTime now();
};

} // namespace LeadBridge
