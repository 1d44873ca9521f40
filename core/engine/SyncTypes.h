#pragma once

#include "core/connectors/ConnectorTypes.h"
#include "core/model/RunSummary.h"

#include <QHash>
#include <QMetaType>
#include <QString>

namespace LeadBridge {

// RunTrigger (Manual / Schedule / Cli) is declared in core/model/RunSummary.h and reused here.

/// A request to run one flow, as it crosses from the GUI or CLI to the engine thread.
struct RunRequest
{
    qint64 flowId = 0;
    RunTrigger trigger = RunTrigger::Manual;
    /// Force a full run (otherwise the engine decides: needs_full_sync, 14 days, no cursors).
    bool full = false;
    /// Plan only: record the plan as the run's history, send nothing to any system.
    bool preview = false;
    /// Non-zero: undo run undoOfRunId of the flow instead of syncing (UndoRunner): it restores
    /// the values that run replaced; with preview, only plans and records the undo.
    qint64 undoOfRunId = 0;
    /// Non-zero: carry out preview applyPreviewRunId of the flow ("Apply this plan"): write
    /// exactly what it planned; records changed since are re-planned and not written.
    qint64 applyPreviewRunId = 0;
    /// Secrets of the flow's accounts by account id (read from the keychain by the caller;
    /// the engine never touches the keychain). Never logged, never persisted.
    QHash<qint64, CredentialBundle> credentials;
};

/// Stages of a run, in order (RunProgress::phase is the translated sentence for people;
/// this is for code and tests).
enum class RunPhase {
    Queued,
    Loading, ///< reading the flow, accounts and field map
    Authenticating,
    Fetching, ///< streaming pages from the systems
    Planning,
    Applying, ///< writing in bulk and recording each batch
    Finishing,
};

/// Progress of the running run; emitted often, cheap to copy.
struct RunProgress
{
    qint64 runId = 0;
    qint64 flowId = 0;
    RunPhase phaseId = RunPhase::Queued;
    /// What is happening, for people (tr()): "Reading Salesforce leads…".
    QString phase;
    qint64 recordsDone = 0;
    /// -1 when not known yet.
    qint64 recordsTotal = -1;
    /// API calls sent so far by the run's connectors (what the vendors count).
    qint64 callsUsed = 0;
    /// Rate-limit answers received and limiter waits so far.
    qint64 rateLimitWaits = 0;
    /// Of those, the rate-limit answers the systems sent (429 or the vendor's equivalent).
    qint64 rateLimitAnswers = 0;
    /// Time spent waiting for rate limits and back-off, in milliseconds.
    qint64 waitMs = 0;
};

/// How a run ended.
struct RunOutcome
{
    /// The run as recorded in the journal (status, counts, calls used, error sentence).
    RunSummary summary;
    /// One sentence for people when the run failed (or was cancelled/interrupted); empty
    /// when it succeeded. Equals summary.errorSummary when the run was recorded.
    QString message;
    /// True when the engine wants the flow run again (a second request arrived meanwhile).
    bool runAgainQueued = false;
    /// True when the run did not start and nothing was recorded (summary.id is 0), because
    /// the flow is already running in another LeadBridge process (FlowLock). The status is
    /// Failed and message says so; the scheduler counts it as skipped, not as a failure.
    bool notStarted = false;

    bool succeeded() const
    {
        return summary.status == RunStatus::Succeeded
            || summary.status == RunStatus::SucceededWithErrors;
    }
};

} // namespace LeadBridge

Q_DECLARE_METATYPE(LeadBridge::RunRequest)
Q_DECLARE_METATYPE(LeadBridge::RunPhase)
Q_DECLARE_METATYPE(LeadBridge::RunProgress)
Q_DECLARE_METATYPE(LeadBridge::RunOutcome)
