#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace LeadBridge::Test {

/// The built-in emulators' control API (/_sandbox/...) over raw HTTP, as UI tests change
/// records "in the vendor's system" between runs and read back what a run wrote.
class SandboxControl
{
public:
    /// @p verb on @p path (with an optional ?query) of the emulator at @p base, with @p body as
    /// JSON when not empty; the answer's JSON object. @p status receives the HTTP status.
    static QJsonObject call(const QUrl &base, const QByteArray &verb, const QString &path,
        const QJsonObject &body = {}, int *status = nullptr);
    /// Every record of @p object (a Salesforce object name, an Act-On list id…) as the
    /// emulator at @p base has it.
    static QJsonArray records(const QUrl &base, const QString &object);
    /// The rows of Act-On list @p listId at @p acton by lower-cased "E-mail Address".
    static QHash<QString, QJsonObject> listRows(const QUrl &acton, const QString &listId);
    /// Changes @p fields of record @p id of @p object; the HTTP status.
    static int patch(
        const QUrl &base, const QString &object, const QString &id, const QJsonObject &fields);
};

} // namespace LeadBridge::Test
