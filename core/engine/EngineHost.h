#pragma once

#include "core/connectors/ConnectorTypes.h"
#include "core/engine/CallForecast.h"
#include "core/engine/SyncTypes.h"
#include "core/mapping/CrmObjectSchema.h"
#include "core/net/ApiError.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

class QThread;

namespace LeadBridge {

class EngineWorker;

/// Owns the engine thread. The EngineWorker (and with it the engine's
/// QNetworkAccessManager and connectors) is created inside that thread; this
/// object lives on the caller's (GUI) thread and only passes value types in
/// both directions, by queued calls and queued signals. Nothing here blocks
/// except the destructor, which stops the thread and waits for it.
class EngineHost : public QObject
{
    Q_OBJECT
public:
    /// Starts the engine thread and queues the creation of its worker.
    explicit EngineHost(QObject *parent = nullptr);
    /// Deletes the worker in its thread (aborting calls in flight), quits the
    /// thread and waits for it.
    ~EngineHost() override;

    /// Registers the value types that cross the thread boundary (idempotent).
    static void registerMetaTypes();

    /// Queues a connection check of @p config; the answer comes through
    /// connectionTested() with the returned request id.
    quint64 testConnection(const ConnectorConfig &config);
    /// Queues a describe of @p objects (empty = default set) of @p config; the
    /// answer comes through described() with the returned request id.
    quint64 describe(const ConnectorConfig &config, const QStringList &objects = {});
    /// Queues a read of up to @p count example values of @p field of @p object (records
    /// that have a value); the answer comes through sampled() with the returned request id.
    quint64 sample(
        const ConnectorConfig &config, const QString &object, const QString &field, int count = 5);

    /// Queues a run of a flow on the engine thread (one run at a time; a request for the
    /// running flow means "run again when done"). Progress and the result come through
    /// runQueued(), runStarted(), runProgress() and runFinished().
    void requestRun(const RunRequest &request);
    /// Cancels the run of @p flowId (within a second, journal consistent) or drops it from
    /// the queue.
    void cancel(qint64 flowId);
    /// Queues a forecast of the API calls a run of @p request would use per system
    /// (CallForecaster, on the engine thread; nothing is run or written). The answer comes
    /// through forecastReady() with the returned request id.
    quint64 forecast(const RunRequest &request);

    /// Runs @p fn with the worker inside the engine thread (queued, never
    /// waited for). For the engine parts that share this thread.
    void post(std::function<void(EngineWorker &)> fn);

    /// The engine thread (for checks such as "is this object on the engine thread").
    QThread *engineThread() const { return m_thread.get(); }

Q_SIGNALS:
    /// Result of testConnection() (delivered on this object's thread).
    void connectionTested(quint64 requestId, const LeadBridge::ConnectionInfo &info,
        const LeadBridge::ApiError &error);
    /// Result of describe() (delivered on this object's thread).
    void described(quint64 requestId, const QList<LeadBridge::CrmObjectSchema> &objects,
        const LeadBridge::ApiError &error);
    /// Result of sample() (delivered on this object's thread).
    void sampled(quint64 requestId, const QStringList &values, const LeadBridge::ApiError &error);
    /// A run was queued (position 1 = next) or marked "run again when done" (0).
    void runQueued(qint64 flowId, int position);
    /// A run started (recorded as running in the journal).
    void runStarted(const LeadBridge::RunSummary &run);
    /// Progress of the running run.
    void runProgress(const LeadBridge::RunProgress &progress);
    /// A run ended; the summary is as recorded in the journal.
    void runFinished(const LeadBridge::RunOutcome &outcome);
    /// Result of forecast() (delivered on this object's thread); CallForecast::error says
    /// when no forecast could be made.
    void forecastReady(quint64 requestId, const LeadBridge::CallForecast &forecast);
    /// A connector of account @p accountId obtained or rotated @p secrets (Act-On tokens, a
    /// Salesforce refresh token) during a check, a look-up or a run; AccountService keeps
    /// them in the keychain. Delivered before the runFinished()/connectionTested() of the
    /// work that produced them.
    void secretsUpdated(qint64 accountId, const LeadBridge::CredentialBundle &secrets);

private:
    std::unique_ptr<QThread> m_thread;
    /// Lives in the engine thread; queued functors run through it, in order.
    QObject *m_anchor = nullptr;
    /// Created, used and deleted only inside the engine thread.
    EngineWorker *m_worker = nullptr;
    quint64 m_nextRequestId = 1;
};

} // namespace LeadBridge
