#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

#include <cstdio>

class QDateTime;
class QJsonArray;
class QJsonObject;

namespace LeadBridge {

class Journal;
struct Account;
struct HistoryRun;
struct RecordChange;
struct RunCounts;

/// The base of every `leadbridge-cli` command group (app/cli/*Command): the exit codes and
/// the output helpers the commands share, so each sentence, table cell and JSON object is
/// written the same way everywhere. All strings use the translation context
/// "LeadBridge::CommandLine", which the command line has always used.
class CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::CommandLine)

public:
    enum ExitCode {
        Ok = 0,
        SucceededWithErrors = 1, ///< sync: the run finished, some records failed
        UsageError = 2,
        JournalError = 3,
        Failed = 4,
        RunFailed = 3, ///< sync: the run failed as a whole
        RunCancelled = 4, ///< sync: the run was cancelled
    };

    /// Writes @p object as indented JSON and flushes.
    static void writeJson(QTextStream &out, const QJsonObject &object);
    /// Writes @p array as indented JSON and flushes.
    static void writeJson(QTextStream &out, const QJsonArray &array);

    /// Remote or user text (names, values, vendor sentences) as it may go to a terminal.
    static QString safe(const QString &text);
    /// A sentence that may span lines (errors): line breaks kept, every other control escaped.
    static QString safeLines(const QString &text);
    /// @p text left-aligned in a column of @p width (as arg(text, -width) pads, never cut).
    static QString pad(const QString &text, int width);
    static QString num(qint64 n);
    /// Truncates @p text to @p width characters for a table cell, controls escaped.
    static QString cell(const QString &text, int width);

    /// ISO 8601 in UTC with milliseconds; empty for an invalid time.
    static QString isoOrEmpty(const QDateTime &time);
    /// "yyyy-MM-dd HH:mm" in local time.
    static QString localTimeText(const QDateTime &utc);
    /// "3 created, 1 updated, …" for a run's counts.
    static QString countsText(const RunCounts &counts);
    /// One run as the JSON of `history`, `flows`, `sync` and `run-due`.
    static QJsonObject runJson(const HistoryRun &run);
    /// One record change as the JSON of `history --run` and `person` (system, object,
    /// record_key, operation, field, old_value, new_value, reason).
    static QJsonObject changeJson(const RecordChange &change);
    /// One account as the JSON of `accounts` and `sandbox` (no user info in URLs).
    static QJsonObject accountJson(const Account &account);

    /// Opens the journal in the data folder for a command that needs nothing else; on failure
    /// writes the sentence to @p err (the command then exits with JournalError).
    static bool openJournal(Journal &journal, QTextStream &err);

    /// Whether @p stream is a terminal (progress lines; secrets on standard input).
    static bool isTerminal(std::FILE *stream);
};

} // namespace LeadBridge
