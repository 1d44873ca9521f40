#pragma once

#include "core/engine/FlowRunner.h"
#include "core/engine/SyncTypes.h"
#include "core/model/Flow.h"
#include "core/util/Expected.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace LeadBridge {

class Connector;
class Journal;
class RunRecorder;

/// Runs flows, one at a time, on the engine thread (it lives in EngineWorker; tests and the
/// CLI may create one on any thread that has an event loop).
///
/// requestRun() queues a run; a request for the flow that is running marks it "run again
/// when done" instead of queueing a duplicate (so does a request for a flow already
/// queued). cancel() stops the running run within a second, leaving the journal
/// consistent (batches are all-or-nothing), or drops the flow from the queue.
///
/// open() opens the engine's own journal connection and recovers runs left "running" by
/// a killed process: they are marked failed with a sentence; their committed batches,
/// links and cursors stay, so the next run resumes from there without duplicates. A run
/// whose flow lock (FlowLock) a live process holds is that process's run in progress and is
/// left alone.
///
/// Every run holds its flow's FlowLock from start to end, so one flow never runs in two
/// LeadBridge processes at once; a run whose lock another process holds ends at once, not
/// started (RunOutcome::notStarted, FlowLock::alreadyRunningSentence()), with nothing recorded.
///
/// Flow kinds map to runners through a process-wide registry: each flow runner's file has a
/// registration function (e.g. registerCrmContactSyncRunner()) called from
/// registerBuiltInFlowRunners() in core/engine/FlowRunners.cpp.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    /// Makes the runner of one run; the engine owns and deletes it.
    using RunnerFactory = std::function<FlowRunner *(const FlowContext &context)>;

    /// Registers (or replaces) the runner of @p kind. Thread-safe.
    static void registerRunner(FlowKind kind, RunnerFactory factory);
    /// Registers (or replaces) the runner of undo runs (RunRequest::undoOfRunId), for flows of
    /// every kind. Thread-safe.
    static void registerUndoRunner(RunnerFactory factory);
    /// True when a runner is registered for @p kind.
    static bool hasRunner(FlowKind kind);

    /// A full run is forced when the last successful full run is older than this.
    static constexpr int kFullSyncDays = 14;
    /// The full-sync cadence of @p flow: its "fullSyncDays" setting (1–90), else kFullSyncDays.
    static int fullSyncDays(const Flow &flow);

    /// @p nam is the engine thread's network manager (connectors use it); @p journalPath
    /// empty = AppPaths::journalPath().
    explicit SyncEngine(QNetworkAccessManager *nam, const QString &journalPath = QString(),
        QObject *parent = nullptr);
    ~SyncEngine() override;

    /// Opens the journal and marks interrupted runs failed. Must succeed before runs start.
    Status open();
    /// The engine's journal (its thread only).
    Journal *journal() const { return m_journal.get(); }

    /// Queues a run (see class comment). Results come through the signals.
    void requestRun(const RunRequest &request);
    /// Cancels the running run of @p flowId (or removes it from the queue).
    void cancel(qint64 flowId);
    /// Cancels everything: the running run and the queue.
    void cancelAll();

    /// Flow of the running run (0 when idle).
    qint64 runningFlowId() const;
    /// Flows waiting, in order.
    QList<qint64> queuedFlowIds() const;
    bool isIdle() const;

    /// Test hook passed to every runner (see FlowContext::killHook). When it fires, the run
    /// is abandoned as if the process had died: its row stays "running" and the engine stops
    /// taking work (call open() of a new engine to recover).
    void setKillHook(std::function<bool(const QString &checkpoint)> hook);
    /// Test hook: when set, replaces the connector made for each account (sandbox tests
    /// that need special settings). Return nullptr to use the default.
    void setConnectorFactory(
        std::function<Connector *(const ConnectorConfig &, QNetworkAccessManager *)> factory);

    /// Whether the next run of @p flow must be full and why (for tests and the UI).
    Expected<bool> needsFullRun(const Flow &flow, QString *reason = nullptr);

Q_SIGNALS:
    /// A request was queued (position 1 = next), or marked "run again when done" (0).
    void runQueued(qint64 flowId, int position);
    /// A run started and was recorded as Running.
    void runStarted(const LeadBridge::RunSummary &run);
    void progress(const LeadBridge::RunProgress &progress);
    /// A run ended (recorded in the journal); also for runs that could not start (id 0 when
    /// nothing was recorded).
    void runFinished(const LeadBridge::RunOutcome &outcome);
    /// The kill hook fired (tests): the engine stopped taking work.
    void runKilled(qint64 flowId, const QString &checkpoint);

private:
    struct Pending
    {
        RunRequest request;
        bool again = false;
    };
    void startNext();
    void startRun(const RunRequest &request);
    void onRunnerFinished(const RunOutcome &outcome);
    void endRun(const RunOutcome &outcome);
    /// Reads what a full run must still match at its end to clear the full-sync mark.
    void captureFlowVersion(qint64 flowId, QVariant *flowUpdatedAt, QVariant *mapDocument);
    void failBeforeStart(const RunRequest &request, qint64 runId, const QString &sentence);
    void notStarted(const RunRequest &request, const QString &sentence);
    void cleanupRun();
    /// Marks runs left running by a process that is gone as failed: of @p flowId (whose lock
    /// the caller holds), or of every flow whose lock no live process holds (0).
    Status recoverInterrupted(qint64 flowId = 0);
    /// The folder of the journal, where the flow locks live.
    QString dataDir() const;

    QNetworkAccessManager *m_nam = nullptr;
    QString m_journalPath;
    std::unique_ptr<Journal> m_journal;
    QList<Pending> m_queue;
    /// The running run.
    struct Active;
    std::unique_ptr<Active> m_active;
    std::function<bool(const QString &)> m_killHook;
    std::function<Connector *(const ConnectorConfig &, QNetworkAccessManager *)> m_connectorFactory;
    bool m_dead = false;
    bool m_startScheduled = false;
};

} // namespace LeadBridge
