#pragma once

#include "tests/support/RawHttp.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>

#include <functional>

namespace LeadBridge::Bench {

/// A leadbridge-sandbox process seen from the benchmark: its endpoints (read from the lines
/// the sandbox printed) and its control API (/_sandbox/...), called over loopback HTTP.
class BenchSandbox
{
public:
    /// Reads the endpoint lines ("name url key=value key=\"v w\" …") from @p path.
    bool load(const QString &path, QString *error);

    QUrl url(const QString &emulator) const { return m_urls.value(emulator); }
    /// The demo credentials the sandbox printed for @p emulator.
    QVariantMap credentials(const QString &emulator) const { return m_credentials.value(emulator); }

    /// Calls the control API (or any path) of @p emulator; returns the answer.
    Test::RawReply call(const QString &emulator, const QByteArray &verb, const QString &path,
        const QJsonObject &body = {});
    /// Total calls counted by @p emulator since the last resetCounters().
    QJsonObject counters(const QString &emulator);
    void resetCounters(const QString &emulator);
    /// Moves the clock of every emulator forward (scheduled runs are hours apart).
    bool advanceClocks(qint64 seconds);
    /// Pages through /_sandbox/records/@p object, @p pageSize at a time; @p onRecord sees each.
    /// Returns false with @p error when a page cannot be read.
    bool forEachRecord(const QString &emulator, const QString &object, int pageSize,
        const std::function<void(const QJsonObject &)> &onRecord, QString *error);

private:
    QHash<QString, QUrl> m_urls;
    QHash<QString, QVariantMap> m_credentials;
    Test::RawHttp m_http;
};

} // namespace LeadBridge::Bench
