#pragma once

#include "core/sandbox/SandboxRequest.h"
#include "core/sandbox/acton/ActOnList.h"
#include "core/util/WholeNumber.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <QTimeZone>

#include <limits>

namespace LeadBridge::Sandbox {

/// Constants and small helpers shared by the Act-On emulator's API areas
/// (ActOnEmulator, ActOnRecordsApi).
namespace ActOnWire {

using namespace Qt::StringLiterals;
inline constexpr qint64 kRefreshLifetimeMs = 30LL * 24 * 3600 * 1000;
inline constexpr qint64 kJobLifetimeMs = 24LL * 3600 * 1000;
inline constexpr int kMaxPage = 1000;

inline const QString kContactIdHeading = u"_contact_id_"_s;

// Parses a non-negative integer query parameter; false on garbage.
inline bool intParam(const SandboxRequest &r, QStringView name, qint64 fallback, qint64 *out)
{
    if (!r.hasQuery(name)) {
        *out = fallback;
        return true;
    }
    bool ok = false;
    const qint64 v = r.query(name).trimmed().toLongLong(&ok);
    if (!ok || v < 0)
        return false;
    *out = v;
    return true;
}

inline QByteArray jsonValueBytes(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().toUtf8();
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (const std::optional<qint64> n = wholeNumber(d))
            return QByteArray::number(*n);
        return QByteArray::number(d, 'g', 15);
    }
    if (v.isBool())
        return v.toBool() ? "true" : "false";
    return {};
}

inline void appendCsvField(QByteArray &out, QByteArrayView f)
{
    bool needs = false;
    for (char c : f) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            needs = true;
            break;
        }
    }
    if (!needs) {
        out.append(f);
        return;
    }
    out.append('"');
    for (char c : f) {
        if (c == '"')
            out.append('"');
        out.append(c);
    }
    out.append('"');
}

inline QString formatMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"yyyy-MM-dd HH:mm:ss"_s)
        + u" UTC"_s;
}

inline bool isYes(const QString &v)
{
    const QString t = v.trimmed().toUpper();
    return t == u"Y"_s || t == u"YES"_s || t == u"TRUE"_s || t == u"1"_s;
}
inline QByteArray applyValues(
    QByteArrayView data, int ncols, const QList<QPair<int, QByteArray>> &values)
{
    std::vector<QByteArrayView> parts;
    ActOnList::split(data, ncols, parts);
    for (const auto &v : values)
        parts[size_t(v.first)] = v.second;
    return ActOnList::join(parts);
}

} // namespace ActOnWire
} // namespace LeadBridge::Sandbox
