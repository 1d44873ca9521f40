#include "core/util/AppPaths.h"

#include <QDir>
#include <QStandardPaths>

namespace LeadBridge {

namespace {
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
    QDir().mkpath(dir);
    return QDir(dir).absolutePath();
}

QString AppPaths::journalPath()
{
    return QDir(dataDir()).filePath(QStringLiteral("journal.sqlite"));
}

QString AppPaths::logDir()
{
    const QString dir = QDir(dataDir()).filePath(QStringLiteral("logs"));
    QDir().mkpath(dir);
    return dir;
}

} // namespace LeadBridge
