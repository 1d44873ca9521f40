#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace LeadBridge {

/// What started a run.
enum class RunTrigger { Manual, Schedule, Cli };
/// How much a run covers; Preview never writes to any system.
enum class RunMode { Incremental, Full, Preview };
/// Life cycle of a run; the words match the UI (DESIGN.md §6).
enum class RunStatus { Queued, Running, Succeeded, SucceededWithErrors, Failed, Cancelled };

/// Per-operation counts of a run.
struct RunCounts
{
    int created = 0;
    int updated = 0;
    int deleted = 0;
    int skipped = 0;
    int conflicts = 0;
    int errors = 0;

    bool operator==(const RunCounts &) const = default;
};

/// One row of the history: a run of a flow with its timings and counts.
struct RunSummary
{
    qint64 id = 0;
    qint64 flowId = 0;
    RunTrigger trigger = RunTrigger::Manual;
    RunMode mode = RunMode::Incremental;
    RunStatus status = RunStatus::Queued;
    QDateTime startedAt;
    QDateTime finishedAt;
    RunCounts counts;
    int callsUsed = 0;
    QString errorSummary;
    /// Non-zero when this run undid run undoOfRunId (History shows "Undo of run N").
    qint64 undoOfRunId = 0;
    /// Non-zero when this run carried out preview previewRunId ("Apply this plan"; History
    /// shows "Applies preview N").
    qint64 appliesPreviewRunId = 0;

    static QString triggerToString(RunTrigger trigger);
    static RunTrigger triggerFromString(const QString &text, bool *ok = nullptr);
    static QString modeToString(RunMode mode);
    static RunMode modeFromString(const QString &text, bool *ok = nullptr);
    /// Storage name: queued, running, succeeded, succeeded_with_errors, failed, cancelled.
    static QString statusToString(RunStatus status);
    static RunStatus statusFromString(const QString &text, bool *ok = nullptr);
    /// True for the statuses a run can end in.
    static bool isFinal(RunStatus status);
};

} // namespace LeadBridge

Q_DECLARE_METATYPE(LeadBridge::RunCounts)
Q_DECLARE_METATYPE(LeadBridge::RunSummary)
