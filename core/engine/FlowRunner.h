#pragma once

#include "core/engine/SyncTypes.h"
#include "core/mapping/FieldMap.h"
#include "core/model/Account.h"
#include "core/model/Flow.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace LeadBridge {

class ApiError;

class Connector;
class PreviewGate;
class Journal;
class RunRecorder;

/// The part an account plays in a flow. A flow never has two accounts of one role, so the
/// engine assigns roles from the account kinds (ON24 → Webinar, Act-On → Marketing,
/// Salesforce/Pipeliner → Crm).
enum class AccountRole { Webinar, Marketing, Crm };

/// Everything one run of one flow works with. Built by SyncEngine on the engine thread;
/// every pointer is owned by the engine and outlives the runner.
struct FlowContext
{
    Flow flow;
    /// The flow's accounts by role.
    QHash<AccountRole, Account> accounts;
    /// One connector per role, authenticated lazily on its first call (owned by the engine).
    QHash<AccountRole, Connector *> connectors;
    /// The flow's field map (empty for flows without one, e.g. F1).
    FieldMap fieldMap;
    qint64 runId = 0;
    /// Plan only, record the plan as history, send nothing.
    bool preview = false;
    /// Non-zero: this run undoes run undoOfRunId of the flow (UndoRunner) instead of syncing.
    qint64 undoOfRunId = 0;
    /// Set when this run carries out a preview ("Apply this plan"): the runner passes every
    /// plan through it before writing (owned by the engine).
    std::shared_ptr<PreviewGate> previewGate;
    /// Read everything (ignore cursors); decided by the engine (request, needs_full_sync,
    /// 14 days since the last full run, or no cursor yet).
    bool full = false;
    /// Qt SQL connection name of the engine's journal (engine thread only).
    QString journalConnection;
    /// The engine's journal (engine thread only).
    Journal *journal = nullptr;
    /// Records batches of this run (owned by the engine).
    RunRecorder *recorder = nullptr;
    /// Set by cancel(); runners check it between pages and batches.
    std::shared_ptr<std::atomic_bool> cancelFlag;
    /// Test hook: called at named checkpoints ("after-fetch", "before-batch-commit" (writes
    /// sent, journal not yet), "mid-apply" (after a batch commit), "before-cursor-commit"). Returning true makes the runner stop dead at that point
    /// without writing anything more, as if the process had been killed (resume tests).
    std::function<bool(const QString &checkpoint)> killHook;

    Connector *connector(AccountRole role) const { return connectors.value(role); }
    Account account(AccountRole role) const { return accounts.value(role); }
};

/// One run of one flow, on the engine thread. Created by the engine through the factory
/// registered for the flow's kind (SyncEngine::registerRunner), started once, deleted by
/// the engine after finished().
///
/// Contract (DESIGN.md §3):
///  1. fetch: stream pages from each system (incremental from the stored cursors unless
///     context().full); never hold more than the run needs;
///  2. normalise through the field map (FieldNormaliser), keyed by stored cross-system ids
///     first, lower-cased trimmed email second;
///  3. plan with SyncPlanner (pure);
///  4. preview stops here: the plan goes to RunRecorder::recordPreview() as the run's
///     record_changes and nothing is sent to any system;
///  5. apply in the APIs' bulk forms (never one call per record where a bulk form exists);
///  6. per applied batch, ONE RunRecorder::commitBatch(): its history rows, snapshots,
///     links and the cursors it covers — a cursor advances only once every record it
///     covers is applied and recorded;
///  7. emit finished() exactly once.
/// A failing record never fails the run: it is an Error row in the history. A run that
/// fails as a whole ends with fail(sentence) — one plain sentence saying what happened
/// and what to do. cancel() must lead to finished() (status Cancelled) within a second, or,
/// when a write is in flight, as soon as its answer is recorded: what a system confirmed
/// is always committed to the journal, and cancel is checked only before the next write.
class FlowRunner : public QObject
{
    Q_OBJECT
public:
    explicit FlowRunner(FlowContext context, QObject *parent = nullptr);
    ~FlowRunner() override;

    /// Begins the run; returns at once (work continues through the event loop).
    virtual void start() = 0;
    /// Asks the run to stop: sets the cancel flag and aborts every connector's calls in
    /// flight, except while a write is in flight (see beginWrite()): its answer is waited
    /// for and recorded first. Overrides call the base. finished() follows with status
    /// Cancelled.
    virtual void cancel();
    /// True while a write sent to a system has not answered yet.
    bool isWriting() const { return m_writesInFlight > 0; }

    const FlowContext &context() const { return m_context; }
    bool isCancelled() const { return m_context.cancelFlag && m_context.cancelFlag->load(); }
    bool isFinished() const { return m_finished; }
    /// True once the kill hook fired: the runner stopped dead and will not emit finished().
    bool wasKilled() const { return m_killed; }

Q_SIGNALS:
    /// Progress of the run (phase, records, calls, waits).
    void progress(const LeadBridge::RunProgress &progress);
    /// Emitted exactly once. The engine finishes the run row in the journal from it
    /// (status, counts from the recorder, calls used, sentence).
    void finished(const LeadBridge::RunOutcome &outcome);
    /// Emitted instead of finished() when the kill hook fired (tests only).
    void killed(const QString &checkpoint);

protected:
    /// Emits progress() with @p phase, records, and the connectors' call counters.
    void reportProgress(
        RunPhase phase, const QString &text, qint64 recordsDone = 0, qint64 recordsTotal = -1);
    /// Ends the run successfully (SucceededWithErrors when the recorder counted errors).
    void succeed();
    /// Ends the run as failed with one user sentence.
    void fail(const QString &sentence);
    /// Ends the run as cancelled.
    void finishCancelled();
    /// Calls the kill hook at @p checkpoint; true means "stop now, write nothing more".
    bool killedAt(const QString &checkpoint);
    /// True when the run must not go on: it ended, was killed, or was cancelled (a cancelled
    /// run is finished as cancelled here).
    bool stopped();
    /// Ends the run for a failed call: as cancelled when the call or the run was cancelled,
    /// otherwise as failed with the error's user sentence. Does nothing once the run ended.
    void failApi(const ApiError &error);
    /// API calls sent so far by every connector of the run.
    qint64 callsUsed() const;
    /// Marks a write as sent: cancel() lets it finish instead of aborting it, so that what
    /// the system did is known and recorded. Pair with endWrite() first thing in the
    /// write's callback.
    void beginWrite() { ++m_writesInFlight; }
    /// The write's answer arrived (see beginWrite()).
    void endWrite()
    {
        if (m_writesInFlight > 0)
            --m_writesInFlight;
    }

    FlowContext m_context;

private:
    void emitFinished(RunStatus status, const QString &sentence);

    bool m_finished = false;
    bool m_killed = false;
    int m_writesInFlight = 0;
};

} // namespace LeadBridge
