#pragma once

#include "core/engine/SyncTypes.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QSet>

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

Q_SIGNALS:
    /// The run of @p flowId was handed to the engine.
    void launched(qint64 flowId);
    /// The run of @p flowId could not be started; @p sentence says why and what to do.
    void launchFailed(qint64 flowId, const QString &sentence);

private:
    Journal &m_journal;
    CredentialStore *m_store;
    QPointer<EngineHost> m_engine;
    QSet<qint64> m_launching;
};

} // namespace LeadBridge
