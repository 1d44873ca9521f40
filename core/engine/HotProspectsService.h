#pragma once

#include "core/engine/HotProspectTypes.h"
#include "core/model/Account.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace LeadBridge {

class CredentialStore;
class EngineHost;
class HotProspects;
struct CredentialBundle;

/// Runs Hot Prospects refreshes for the window and the CLI, the way LookupService runs its
/// look-ups: the two accounts' secrets are read from the keychain on this (GUI) thread, the
/// refresh (HotProspects) runs on the engine thread through EngineHost::post() with
/// connectors made there, and only values come back (progress(), finished()). Nothing
/// blocks the caller's thread; cancel() stops a refresh between calls.
class HotProspectsService : public QObject
{
    Q_OBJECT
public:
    /// Uses @p store and @p engine (not owned; either may be null, then every refresh fails
    /// with a sentence).
    HotProspectsService(CredentialStore *store, EngineHost *engine, QObject *parent = nullptr);
    ~HotProspectsService() override;

    /// Starts a refresh with Act-On account @p acton and CRM account @p crm; the answer
    /// comes through finished() with the returned request id (never 0).
    quint64 refresh(const Account &acton, const Account &crm, const HotProspectsOptions &options);
    /// Stops refresh @p requestId; finished() then reports it cancelled.
    void cancel(quint64 requestId);
    /// Whether refresh @p requestId is still running.
    bool isRunning(quint64 requestId) const { return m_pending.contains(requestId); }

Q_SIGNALS:
    /// What refresh @p requestId is reading (a sentence); @p total 0 = unknown.
    void progress(quint64 requestId, const QString &phase, int done, int total);
    /// The answer of refresh @p requestId.
    void finished(quint64 requestId, const LeadBridge::HotProspectsResult &result);

private:
    struct Pending;
    void secretsRead(quint64 requestId);
    void deliver(quint64 requestId, const HotProspectsResult &result);
    void readSecrets(quint64 requestId, const Account &account, bool acton);

    QPointer<CredentialStore> m_store;
    QPointer<EngineHost> m_engine;
    quint64 m_nextId = 1;
    QHash<quint64, std::shared_ptr<Pending>> m_pending;
};

} // namespace LeadBridge
