#include "core/util/LogFile.h"

#include "core/util/AppPaths.h"
#include "core/util/Redactor.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>

#include <cstdio>

namespace LeadBridge {

namespace {

struct LogState
{
    QMutex mutex;
    QFile file;
    QString path;
    QtMessageHandler previous = nullptr;
    bool installed = false;
    bool echo = true;
    qint64 maxBytes = LogFile::DefaultMaxBytes;
    int keptFiles = LogFile::DefaultKeptFiles;
};

LogState &state()
{
    static LogState s;
    return s;
}

QString levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return QStringLiteral("debug");
    case QtInfoMsg:
        return QStringLiteral("info");
    case QtWarningMsg:
        return QStringLiteral("warning");
    case QtCriticalMsg:
        return QStringLiteral("critical");
    case QtFatalMsg:
        return QStringLiteral("fatal");
    }
    return QStringLiteral("unknown");
}

bool openFile(LogState &s)
{
    s.file.setFileName(s.path);
    if (!s.file.open(QIODevice::WriteOnly | QIODevice::Append))
        return false;
    // Redacted, but still people's names and e-mail addresses: owner only.
    s.file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

// <base>.log -> <base>.log.1 -> ... -> <base>.log.<kept>; the oldest is dropped.
void rotate(LogState &s)
{
    s.file.close();
    const auto numbered = [&s](int n) -> QString { return s.path + u'.' + QString::number(n); };
    if (s.keptFiles > 0) {
        QFile::remove(numbered(s.keptFiles));
        for (int n = s.keptFiles - 1; n >= 1; --n) {
            if (QFile::exists(numbered(n)))
                QFile::rename(numbered(n), numbered(n + 1));
        }
        QFile::rename(s.path, numbered(1));
    } else {
        QFile::remove(s.path);
    }
    openFile(s);
}

void writeLine(LogState &s, const QByteArray &line)
{
    if (!s.file.isOpen())
        return;
    if (s.file.size() > 0 && s.file.size() + line.size() > s.maxBytes)
        rotate(s);
    if (!s.file.isOpen())
        return;
    s.file.write(line);
    s.file.flush();
}

void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    // A warning raised while writing (e.g. by QFile) must not re-enter and deadlock.
    thread_local bool inHandler = false;
    const QString clean = Redactor::redact(message);
    LogState &s = state();
    QtMessageHandler previous = nullptr;
    if (!inHandler) {
        inHandler = true;
        const QByteArray line
            = (LogFile::formatLine(type, context.category, clean) + u'\n').toUtf8();
        QMutexLocker lock(&s.mutex);
        writeLine(s, line);
        previous = s.previous;
        inHandler = false;
    } else {
        QMutexLocker lock(&s.mutex);
        previous = s.previous;
    }
    bool echo = true;
    {
        QMutexLocker lock(&s.mutex);
        echo = s.echo;
    }
    if (!echo && type != QtFatalMsg)
        return;
    // The console keeps its usual format (QT_MESSAGE_PATTERN, journald ...), redacted too.
    if (previous)
        previous(type, context, clean);
    else
        std::fprintf(stderr, "%s\n", qUtf8Printable(qFormatLogMessage(type, context, clean)));
}

} // namespace

bool LogFile::install(const QString &fileBaseName)
{
    LogState &s = state();
    QString name = fileBaseName.isEmpty() ? QStringLiteral("leadbridge") : fileBaseName;
    if (!name.endsWith(u".log"))
        name += u".log";
    const QString path = QDir(AppPaths::logDir()).filePath(name);

    QMutexLocker lock(&s.mutex);
    if (s.file.isOpen())
        s.file.close();
    s.path = path;
    const bool opened = openFile(s);
    if (!s.installed) {
        s.previous = qInstallMessageHandler(messageHandler);
        s.installed = true;
    }
    if (!opened) {
        const QString error = s.file.errorString();
        s.path.clear();
        lock.unlock();
        qWarning().noquote() << "Cannot write the log file" << path << ":" << error;
        return false;
    }
    return true;
}

void LogFile::setEchoToConsole(bool echo)
{
    LogState &s = state();
    QMutexLocker lock(&s.mutex);
    s.echo = echo;
}

void LogFile::uninstall()
{
    LogState &s = state();
    QMutexLocker lock(&s.mutex);
    if (!s.installed)
        return;
    qInstallMessageHandler(s.previous);
    s.previous = nullptr;
    s.installed = false;
    s.file.close();
    s.path.clear();
}

bool LogFile::isInstalled()
{
    LogState &s = state();
    QMutexLocker lock(&s.mutex);
    return s.installed;
}

QString LogFile::filePath()
{
    LogState &s = state();
    QMutexLocker lock(&s.mutex);
    return s.path;
}

void LogFile::setRotation(qint64 maxBytes, int keptFiles)
{
    LogState &s = state();
    QMutexLocker lock(&s.mutex);
    s.maxBytes = qMax<qint64>(1024, maxBytes);
    s.keptFiles = qMax(0, keptFiles);
}

QString LogFile::formatLine(QtMsgType type, const char *category, const QString &message)
{
    QString text = message;
    // Continuation lines are indented so every record starts with its timestamp.
    text.replace(u'\n', QStringLiteral("\n    "));
    const QString cat
        = (category && *category) ? QString::fromUtf8(category) : QStringLiteral("default");
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + u' '
        + levelName(type).leftJustified(8) + u' ' + cat + QStringLiteral(": ") + text;
}

} // namespace LeadBridge
