#pragma once

#include <QString>
#include <QtGlobal>

namespace LeadBridge {

/// Sends every Qt log message (qDebug, qCWarning ...) to a rotating file in
/// AppPaths::logDir() as well as to stderr. Each line holds a UTC timestamp, the level,
/// the category and the message, and is passed through Redactor::redact() first, so
/// tokens and passwords never reach the file or the console. Thread-safe.
class LogFile
{
public:
    /// Size at which the current file is rotated.
    static constexpr qint64 DefaultMaxBytes = 5 * 1024 * 1024;
    /// Number of rotated files kept (<base>.log.1 .. <base>.log.3).
    static constexpr int DefaultKeptFiles = 3;

    /// Installs the message handler writing to AppPaths::logDir()/<fileBaseName>.log.
    /// Calling it again switches to the new file. Returns false (and keeps logging to
    /// stderr only) if the file cannot be opened.
    static bool install(const QString &fileBaseName = QStringLiteral("leadbridge"));
    /// Restores the previous message handler and closes the file.
    static void uninstall();
    /// Whether install() is in effect.
    static bool isInstalled();
    /// Full path of the current log file, empty when not installed.
    static QString filePath();
    /// Whether messages are also passed on to the previous handler (stderr). On by
    /// default; the CLI turns it off so stderr carries only sentences meant for people.
    static void setEchoToConsole(bool echo);
    /// Changes the rotation limits (tests use small ones); applies to the next message.
    static void setRotation(qint64 maxBytes, int keptFiles);
    /// Formats one log line (without newline) as it is written to the file.
    static QString formatLine(QtMsgType type, const char *category, const QString &message);
};

} // namespace LeadBridge
