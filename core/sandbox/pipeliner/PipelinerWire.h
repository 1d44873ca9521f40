#pragma once

#include "core/sandbox/SandboxRequest.h"
#include "core/sandbox/SandboxResponse.h"
#include "core/sandbox/pipeliner/PipelinerSchema.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace LeadBridge::Sandbox {

/// Error bodies, timestamps and small helpers shared by the Pipeliner emulator's API areas
/// (PipelinerEmulator, PipelinerListApi).
namespace PipelinerWire {

using namespace Qt::StringLiterals;

inline const QString kApiPrefix = u"/api/v100/rest/spaces/{space}/entities/"_s;
inline constexpr int kDefaultPageSize = 30;
inline constexpr int kMaxPageSize = 100;

inline QJsonObject errorBody(int status, int code, const QString &name, const QString &message)
{
    return QJsonObject { { u"code"_s, code }, { u"name"_s, name }, { u"message"_s, message },
        { u"http_status"_s, status }, { u"success"_s, false } };
}

inline SandboxResponse errorResponse(
    int status, int code, const QString &name, const QString &message)
{
    return SandboxResponse::json(status, errorBody(status, code, name, message));
}

inline SandboxResponse invalidParameter(const QString &message)
{
    return errorResponse(400, 117, u"ERROR_PARAMETER_INVALID"_s, message);
}

inline SandboxResponse invalidJson()
{
    return invalidParameter(u"Missing or invalid JSON data."_s);
}

inline SandboxResponse methodNotAllowed(const SandboxRequest &r)
{
    return errorResponse(405, 405, u"ERROR_METHOD_NOT_ALLOWED"_s,
        u"Method %1 is not allowed on %2."_s.arg(QString::fromLatin1(r.method), r.path));
}

inline QJsonObject notFoundBody(const QString &entityName, const QString &id)
{
    return errorBody(404, 404, u"ERROR_ENTITY_NOT_FOUND"_s,
        u"%1 with id '%2' was not found."_s.arg(entityName, id));
}

/// Pipeliner's timestamp form: "YYYY-MM-DD HH:MM:SS.ffffff+00:00".
inline QString formatTs(const QDateTime &dt)
{
    return dt.toUTC().toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s) + u"000+00:00"_s;
}

/// Accepts the response form, "YYYY-MM-DD HH:MM:SS" (UTC), RFC 3339 and plain dates.
inline QDateTime parseTs(const QString &text)
{
    static const QRegularExpression re(
        uR"(^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?(?:\.(\d+))?)?\s*(Z|[+-]\d{2}:?\d{2})?$)"_s);
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QString frac = m.captured(7);
    const int ms = frac.isEmpty() ? 0 : QString(frac + u"00"_s).left(3).toInt();
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), ms);
    if (!date.isValid() || !time.isValid())
        return {};
    int offsetSecs = 0;
    const QString zone = m.captured(8);
    if (!zone.isEmpty() && zone != u"Z"_s) {
        QString digits = zone.mid(1);
        digits.remove(u':');
        offsetSecs = (digits.left(2).toInt() * 3600 + digits.mid(2, 2).toInt() * 60)
            * (zone.startsWith(u'-') ? -1 : 1);
    }
    return QDateTime(date, time, Qt::OffsetFromUTC, offsetSecs).toUTC();
}

inline QStringList splitList(const QString &value)
{
    QStringList out;
    for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
        const QString t = part.trimmed();
        if (!t.isEmpty())
            out.append(t);
    }
    return out;
}

/// "contact_relations" -> "contact_id", "account_relations" -> "account_id".
inline QString relationKey(const QString &listField)
{
    return listField.left(listField.indexOf(u'_')) + u"_id"_s;
}

inline QJsonObject fieldError(
    const PipelinerField &def, int code, const QString &name, const QString &message)
{
    return QJsonObject { { u"field_id"_s, def.id }, { u"field_name"_s, def.apiName },
        { u"name"_s, u"ERROR_FIELD_VALIDATION"_s }, { u"code"_s, 40002 },
        { u"errors"_s,
            QJsonArray {
                QJsonObject { { u"code"_s, code }, { u"name"_s, name }, { u"message"_s, message },
                    { u"field_id"_s, def.id }, { u"field_name"_s, def.apiName } } } } };
}

inline QJsonObject missingError(const PipelinerField &def)
{
    return fieldError(def, 119, u"ERROR_PARAMETER_MISSING"_s,
        u"Non-null field '%1' is null or empty."_s.arg(def.apiName));
}

inline QJsonObject invalidError(const PipelinerField &def, const QString &message)
{
    return fieldError(def, 117, u"ERROR_PARAMETER_INVALID"_s, message);
}

inline bool isEmptyValue(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty())
        || (v.isArray() && v.toArray().isEmpty());
}

} // namespace PipelinerWire
} // namespace LeadBridge::Sandbox
