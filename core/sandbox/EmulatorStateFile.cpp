#include "core/sandbox/EmulatorStateFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>
#include <QUtf8StringView>

namespace LeadBridge::Sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("LeadBridge::Sandbox::EmulatorStateFile", text);
}
constexpr auto kFormat = "leadbridge-sandbox-state";
/// Demo worlds are a few MiB; anything far larger is not a file we wrote.
constexpr qint64 kMaxBytes = qint64(1) << 30;
} // namespace

QString EmulatorStateFile::path(const QString &dir, const QString &name)
{
    return QDir(dir).filePath(name + u".json"_s);
}

QByteArray EmulatorStateFile::encode(const QString &name, const QJsonObject &state)
{
    const QJsonObject root { { u"format"_s, QString::fromLatin1(kFormat) },
        { u"version"_s, kVersion }, { u"emulator"_s, name }, { u"state"_s, state } };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

bool EmulatorStateFile::write(const QString &path, const QByteArray &bytes, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("The sandbox could not save its data to %1: %2.").arg(path, file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("The sandbox could not save its data to %1: %2.").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

bool EmulatorStateFile::read(
    const QString &path, const QString &name, QJsonObject *state, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The saved sandbox data in %1 cannot be opened (%2).")
                     .arg(path, file.errorString());
        return false;
    }
    if (file.size() > kMaxBytes) {
        *error = tr("The saved sandbox data in %1 is too large to be LeadBridge's.").arg(path);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject root = doc.object();
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()
        || root.value(u"format"_s).toString() != QLatin1String(kFormat)) {
        *error = tr("The saved sandbox data in %1 is damaged and cannot be read.").arg(path);
        return false;
    }
    const int version = root.value(u"version"_s).toInt(0);
    if (version > kVersion) {
        *error = tr("The saved sandbox data in %1 was written by a newer version of LeadBridge "
                    "(format %2; this version reads format %3).")
                     .arg(path)
                     .arg(version)
                     .arg(kVersion);
        return false;
    }
    if (version < 1 || root.value(u"emulator"_s).toString() != name
        || !root.value(u"state"_s).isObject()) {
        *error = tr("The saved sandbox data in %1 is damaged and cannot be read.").arg(path);
        return false;
    }
    *state = root.value(u"state"_s).toObject();
    return true;
}

QJsonValue EmulatorStateFile::fromTime(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue::Null;
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime EmulatorStateFile::toTime(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QJsonArray EmulatorStateFile::fromIntList(const QList<qint64> &values)
{
    QJsonArray out;
    for (qint64 v : values)
        out.append(fromInt(v));
    return out;
}

QList<qint64> EmulatorStateFile::toIntList(const QJsonValue &value)
{
    QList<qint64> out;
    for (const QJsonValue &v : value.toArray())
        out.append(toInt(v));
    return out;
}

qint64 EmulatorStateFile::toInt(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().toLongLong();
    return qint64(value.toDouble());
}

QJsonValue EmulatorStateFile::fromBytes(const QByteArray &bytes)
{
    if (QUtf8StringView(bytes).isValidUtf8())
        return QString::fromUtf8(bytes);
    return QJsonObject { { u"base64"_s, QString::fromLatin1(bytes.toBase64()) } };
}

QByteArray EmulatorStateFile::toBytes(const QJsonValue &value)
{
    if (value.isObject())
        return QByteArray::fromBase64(value.toObject().value(u"base64"_s).toString().toLatin1());
    return value.toString().toUtf8();
}

} // namespace LeadBridge::Sandbox
