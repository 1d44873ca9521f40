#pragma once

#include "core/engine/CallForecast.h"
#include "core/engine/SyncTypes.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QHash>
#include <QSet>

#include <functional>

namespace LeadBridge {

class CredentialStore;
class EngineHost;
class Journal;

/// Starts flow runs for the GUI, the scheduler and the CLI: reads the secrets of the
/// flow's accounts from the keychain (asynchronously, on the caller's thread, which
/// owns the keychain jobs), puts them in the RunRequest and hands it to the engine
/// thread through EngineHost::requestRun(). The engine never touches the keychain.
class RunLauncher : public QObject
{
    Q_OBJECT
public:
    /// Uses @p journal (this thread's connection), @p store and @p engine; none is owned.
    RunLauncher(
        Journal &journal, CredentialStore *store, EngineHost *engine, QObject *parent = nullptr);

    /// Reads the credentials of @p request's flow, then queues the run. When the flow or
    /// the keychain cannot be read, launchFailed() says why and nothing is queued.
    void launch(RunRequest request);
    /// Flows whose credentials are being read (not yet handed to the engine).
    bool isLaunching(qint64 flowId) const { return m_launching.contains(flowId); }
    /// Forecasts the API calls a run of @p request would use per system: the same pre-flight
    /// and keychain reads as launch(), then EngineHost::forecast() on the engine thread;
    /// nothing runs. The answer comes through forecastReady() or forecastFailed() with the
    /// returned id (never 0).
    quint64 forecast(RunRequest request);

Q_SIGNALS:
    /// The run of @p flowId was handed to the engine.
    void launched(qint64 flowId);
    /// The run of @p flowId could not be started; @p sentence says why and what to do.
    void launchFailed(qint64 flowId, const QString &sentence);
    /// The forecast @p id asked for with forecast().
    void forecastReady(quint64 id, const LeadBridge::CallForecast &forecast);
    /// The forecast @p id could not be made; @p sentence says why and what to do.
    void forecastFailed(quint64 id, const QString &sentence);

private:
    /// The pre-flight and the keychain reads of @p request's accounts; @p then gets the
    /// request with its credentials, or @p failed the sentence.
    void withCredentials(RunRequest request, std::function<void(const QString &)> failed,
        std::function<void(const RunRequest &)> then);
    void onForecastReady(quint64 engineId, const CallForecast &forecast);

    Journal &m_journal;
    CredentialStore *m_store;
    QPointer<EngineHost> m_engine;
    QSet<qint64> m_launching;
    /// The engine's forecast request ids → ours.
    QHash<quint64, quint64> m_forecasts;
    quint64 m_nextForecastId = 1;
};

} // namespace LeadBridge
