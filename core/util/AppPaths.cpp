#include "core/util/AppPaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace LeadBridge {

namespace {
/// Creates @p dir if needed; a folder LeadBridge creates is readable by its owner only.
void makePrivateDir(const QString &dir)
{
    if (QFileInfo::exists(dir))
        return;
    if (QDir().mkpath(dir)) {
        QFile::setPermissions(
            dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
}

QString &overrideDir()
{
    static QString dir;
    return dir;
}
} // namespace

void AppPaths::setDataDirOverride(const QString &dir)
{
    overrideDir() = dir;
}

QString AppPaths::dataDir()
{
    QString dir = overrideDir();
    if (dir.isEmpty())
        dir = qEnvironmentVariable("LEADBRIDGE_DATA_DIR");
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    makePrivateDir(dir);
    return QDir(dir).absolutePath();
}

QString AppPaths::journalPath()
{
    return QDir(dataDir()).filePath(QStringLiteral("journal.sqlite"));
}

QString AppPaths::logDir()
{
    const QString dir = QDir(dataDir()).filePath(QStringLiteral("logs"));
    makePrivateDir(dir);
    return dir;
}

} // namespace LeadBridge
