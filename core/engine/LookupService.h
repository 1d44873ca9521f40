#pragma once

#include "core/connectors/ConnectorTypes.h"
#include "core/engine/LookupTypes.h"
#include "core/model/Account.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace LeadBridge {

class Connector;
class CredentialStore;
class EngineHost;

/// Live look-ups for the flow editor (Act-On lists, Salesforce reports and campaigns, CRM
/// users). The secrets are read from the keychain on this (GUI) thread; the calls run on
/// the engine thread through EngineHost::post() with a connector made there; the answer
/// comes back as values through finished(). Nothing blocks the caller's thread.
class LookupService : public QObject
{
    Q_OBJECT
public:
    /// Uses @p store and @p engine (not owned; either may be null, then every look-up
    /// fails with a sentence).
    LookupService(CredentialStore *store, EngineHost *engine, QObject *parent = nullptr);
    ~LookupService() override;

    /// Starts listing @p kind from @p account; the answer comes through finished() with the
    /// returned request id (never 0).
    quint64 lookup(const Account &account, LookupKind kind);
    /// Forgets request @p requestId: its answer, when it comes, is dropped.
    void cancel(quint64 requestId);

    /// What a look-up lists, as a phrase for sentences ("the Act-On lists").
    static QString subject(LookupKind kind, AccountKind account);
    /// The sentence shown when a look-up failed: "LeadBridge could not load the Act-On
    /// lists: <reason> Check the account on the Accounts page, then click Retry."
    static QString failureSentence(LookupKind kind, AccountKind account, const QString &reason);
    /// Runs look-up @p kind with @p connector (engine thread; used by lookup()).
    static void run(Connector *connector, LookupKind kind,
        std::function<void(const QList<LookupItem> &, const ApiError &)> done);

Q_SIGNALS:
    /// The answer of lookup() @p requestId: the items (sorted by name), or an empty
    /// @p error sentence on success.
    void finished(quint64 requestId, const QList<LeadBridge::LookupItem> &items,
        const QString &error, const QString &technicalDetail);

private:
    void secretsRead(quint64 requestId, const Account &account, LookupKind kind,
        const CredentialBundle &bundle, const QString &error, const QString &detail);
    void deliver(quint64 requestId, const QList<LookupItem> &items, const QString &error,
        const QString &detail);

    QPointer<CredentialStore> m_store;
    QPointer<EngineHost> m_engine;
    quint64 m_nextId = 1;
    QHash<quint64, bool> m_pending;
};

} // namespace LeadBridge
