#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace LeadBridge::Sandbox {

/// The file one emulator of the built-in sandbox keeps its world in
/// (`<data dir>/sandbox/<emulator>.json`): a JSON object
/// `{"format":"leadbridge-sandbox-state","version":1,"emulator":"acton","state":{…}}`.
/// Written whole through QSaveFile (a temporary file renamed over the old one), so a kill
/// mid-write leaves the previous complete file, never a torn one.
class EmulatorStateFile
{
public:
    /// Version written by this build; files with a higher version are refused.
    static constexpr int kVersion = 1;

    /// Path of emulator @p name's state file in @p dir.
    static QString path(const QString &dir, const QString &name);
    /// The bytes of a state file for emulator @p name holding @p state.
    static QByteArray encode(const QString &name, const QJsonObject &state);
    /// Writes @p bytes (from encode()) atomically to @p path; false with a sentence in @p error.
    static bool write(const QString &path, const QByteArray &bytes, QString *error);
    /// Reads emulator @p name's state from @p path into @p state. False with a sentence in
    /// @p error when the file cannot be read, is not valid JSON, belongs to another emulator
    /// or comes from a newer LeadBridge.
    static bool read(const QString &path, const QString &name, QJsonObject *state, QString *error);

    /// A UTC time as ISO 8601 with milliseconds (null for an invalid time).
    static QJsonValue fromTime(const QDateTime &time);
    /// The reverse of fromTime() (invalid for null).
    static QDateTime toTime(const QJsonValue &value);
    /// A 64-bit integer as a decimal string (JSON doubles lose precision beyond 2^53).
    static QJsonValue fromInt(qint64 value) { return QString::number(value); }
    /// The reverse of fromInt(); also accepts a JSON number.
    static qint64 toInt(const QJsonValue &value);
    /// The keys of @p map sorted, so that a state file lists a hash in a stable order.
    template<typename Map>
    static QStringList sortedKeys(const Map &map)
    {
        QStringList keys = map.keys();
        keys.sort();
        return keys;
    }
    /// Ids as an array of fromInt() strings, in the order given.
    static QJsonArray fromIntList(const QList<qint64> &values);
    /// The reverse of fromIntList() (anything but an array gives an empty list).
    static QList<qint64> toIntList(const QJsonValue &value);
    /// Bytes as a string when they are valid UTF-8, else as {"base64": "…"} (uploads may hold
    /// any bytes, and a state file must give back exactly what was stored).
    static QJsonValue fromBytes(const QByteArray &bytes);
    /// The reverse of fromBytes().
    static QByteArray toBytes(const QJsonValue &value);
};

} // namespace LeadBridge::Sandbox
