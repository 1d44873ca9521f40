#pragma once

#include "core/connectors/ConnectorTypes.h"
#include "core/engine/CallForecast.h"
#include "core/engine/SyncTypes.h"
#include "core/mapping/CrmObjectSchema.h"
#include "core/net/ApiError.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

class QNetworkAccessManager;

namespace LeadBridge {

class Connector;
class SyncEngine;

/// The object that does the engine's work. It is created inside the engine
/// thread (by EngineHost) and creates its own QNetworkAccessManager there, so
/// every connector and every socket lives on that thread. Requests arrive as
/// queued calls and results leave as queued signals carrying value types only.
class EngineWorker : public QObject
{
    Q_OBJECT
public:
    /// Must be constructed in the thread it will serve.
    explicit EngineWorker(QObject *parent = nullptr);
    /// Aborts whatever is still in flight (callers see ApiError Cancelled, if
    /// anyone is still listening) and deletes the connectors.
    ~EngineWorker() override;

    /// The worker's own network access manager (engine thread only).
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }
    /// Number of connector calls still in flight.
    int activeCount() const { return static_cast<int>(m_active.size()); }
    /// The sync engine of this thread, created (and its journal opened, interrupted runs
    /// recovered) on first use. Engine thread only.
    SyncEngine *syncEngine();
    /// Forwards the secrets @p connector obtains or rotates (Connector::secretsUpdated) as
    /// secretsUpdated() with the account's id, for the keychain on the GUI thread. Every
    /// connector this thread creates for a saved account goes through here.
    void watchSecrets(Connector *connector);

public Q_SLOTS:
    /// Creates a connector for @p config and checks the connection; reports
    /// through connectionTested() exactly once.
    void testConnection(quint64 requestId, const LeadBridge::ConnectorConfig &config);
    /// Creates a connector for @p config and describes @p objects (empty = the
    /// connector's default set); reports through described() exactly once.
    void describe(
        quint64 requestId, const LeadBridge::ConnectorConfig &config, const QStringList &objects);
    /// Reads up to @p count values of @p field ("Email", or a relationship path such as
    /// "Account.Name") from records of @p object that have one, from the first page only;
    /// reports through sampled() exactly once.
    void sample(quint64 requestId, const LeadBridge::ConnectorConfig &config, const QString &object,
        const QString &field, int count);
    /// Queues a run of a flow (SyncEngine::requestRun()).
    void requestRun(const LeadBridge::RunRequest &request);
    /// Cancels the run of @p flowId, or removes it from the queue (SyncEngine::cancel()).
    void cancel(qint64 flowId);
    /// Forecasts the calls of a run of @p request (CallForecaster, connectors of this
    /// thread); reports through forecastReady() exactly once.
    void forecast(quint64 requestId, const LeadBridge::RunRequest &request);

Q_SIGNALS:
    /// Outcome of testConnection(); @p error.isError() tells failure.
    void connectionTested(quint64 requestId, const LeadBridge::ConnectionInfo &info,
        const LeadBridge::ApiError &error);
    /// Outcome of describe().
    void described(quint64 requestId, const QList<LeadBridge::CrmObjectSchema> &objects,
        const LeadBridge::ApiError &error);
    /// Outcome of sample(): the values found (as text, at most the count asked for).
    void sampled(quint64 requestId, const QStringList &values, const LeadBridge::ApiError &error);
    /// Forwarded from SyncEngine (see there).
    void runQueued(qint64 flowId, int position);
    void runStarted(const LeadBridge::RunSummary &run);
    void runProgress(const LeadBridge::RunProgress &progress);
    void runFinished(const LeadBridge::RunOutcome &outcome);
    /// Outcome of forecast().
    void forecastReady(quint64 requestId, const LeadBridge::CallForecast &forecast);
    /// A connector of account @p accountId obtained or rotated @p secrets (tokens); the
    /// receiver on the GUI thread stores them in the keychain (AccountService).
    void secretsUpdated(qint64 accountId, const LeadBridge::CredentialBundle &secrets);

private:
    /// A connector for @p config, or nullptr with @p error set.
    Connector *createConnector(const ConnectorConfig &config, ApiError *error);
    void finish(Connector *connector);

    QNetworkAccessManager *m_nam = nullptr;
    QSet<Connector *> m_active;
    SyncEngine *m_syncEngine = nullptr;
};

} // namespace LeadBridge
