#include "core/engine/HotProspectsService.h"

#include "core/connectors/ConnectorFactory.h"
#include "core/connectors/acton/ActOnConnector.h"
#include "core/engine/AccountService.h"
#include "core/engine/EngineHost.h"
#include "core/engine/EngineWorker.h"
#include "core/engine/HotProspects.h"
#include "core/secrets/CredentialStore.h"

namespace LeadBridge {

/// One refresh: the accounts, the secrets as they arrive, and (on the engine thread) the job.
struct HotProspectsService::Pending
{
    Account acton;
    Account crm;
    HotProspectsOptions options;
    CredentialBundle actonSecrets;
    CredentialBundle crmSecrets;
    int secretsLeft = 0;
    QString secretError;
    QString secretDetail;
    bool cancelled = false;
    bool posted = false;
    /// Read and written on the engine thread only.
    std::shared_ptr<QPointer<HotProspects>> job = std::make_shared<QPointer<HotProspects>>();
};

HotProspectsService::HotProspectsService(CredentialStore *store, EngineHost *engine, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_engine(engine)
{
    qRegisterMetaType<LeadBridge::HotProspectsResult>();
}

HotProspectsService::~HotProspectsService()
{
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
        cancel(it.key());
}

quint64 HotProspectsService::refresh(
    const Account &acton, const Account &crm, const HotProspectsOptions &options)
{
    const quint64 id = m_nextId++;
    auto p = std::make_shared<Pending>();
    p->acton = acton;
    p->crm = crm;
    p->options = options;
    m_pending.insert(id, p);
    if (!m_store || !m_engine) {
        HotProspectsResult r;
        r.error = HotProspects::failureSentence(tr("the accounts"),
            tr("the keychain or the engine is not available"));
        QMetaObject::invokeMethod(
            this, [this, id, r] { deliver(id, r); }, Qt::QueuedConnection);
        return id;
    }
    const QStringList actonNames = AccountService::secretNames(acton.kind);
    const QStringList crmNames = AccountService::secretNames(crm.kind);
    p->secretsLeft = int(actonNames.size() + crmNames.size());
    if (p->secretsLeft == 0) {
        QMetaObject::invokeMethod(
            this, [this, id] { secretsRead(id); }, Qt::QueuedConnection);
        return id;
    }
    readSecrets(id, acton, true);
    readSecrets(id, crm, false);
    return id;
}

void HotProspectsService::readSecrets(quint64 requestId, const Account &account, bool acton)
{
    QPointer<HotProspectsService> self(this);
    const auto p = m_pending.value(requestId);
    for (const QString &name : AccountService::secretNames(account.kind)) {
        m_store->read(AccountService::keychainId(account), name,
            [self, p, name, requestId, acton](const CredentialResult &result) {
                if (result.ok)
                    (acton ? p->actonSecrets : p->crmSecrets).secrets.insert(name, result.value);
                else if (result.error != CredentialResult::ErrorKind::NotFound
                    && p->secretError.isEmpty()) {
                    p->secretError = result.userMessage;
                    p->secretDetail = result.technicalDetail;
                }
                if (--p->secretsLeft == 0 && self)
                    self->secretsRead(requestId);
            });
    }
}

void HotProspectsService::secretsRead(quint64 requestId)
{
    const auto p = m_pending.value(requestId);
    if (!p || p->cancelled)
        return;
    if (!p->secretError.isEmpty()) {
        HotProspectsResult r;
        r.error = HotProspects::failureSentence(tr("the accounts' passwords"), p->secretError);
        r.technicalDetail = p->secretDetail;
        return deliver(requestId, r);
    }
    if (!m_engine) {
        HotProspectsResult r;
        r.error = HotProspects::failureSentence(tr("the accounts"), tr("the engine is not available"));
        return deliver(requestId, r);
    }
    ConnectorConfig actonConfig { p->acton, p->actonSecrets };
    ConnectorConfig crmConfig { p->crm, p->crmSecrets };
    const HotProspectsOptions options = p->options;
    const auto job = p->job;
    EngineHost *host = m_engine;
    QPointer<HotProspectsService> self(this);
    p->posted = true;
    // On the engine thread: two connectors of the worker's own network access manager and
    // the job; its signals come back to this thread through the host (which outlives the
    // worker) as values.
    m_engine->post([host, self, actonConfig, crmConfig, options, job, requestId](
                       EngineWorker &worker) {
        const auto back = [host, self, requestId](std::function<void(HotProspectsService &)> fn) {
            QMetaObject::invokeMethod(
                host,
                [self, fn] {
                    if (self)
                        fn(*self);
                },
                Qt::QueuedConnection);
        };
        Connector *actonConnector
            = ConnectorFactory::create(actonConfig, worker.networkAccessManager(), &worker);
        Connector *crmConnector
            = ConnectorFactory::create(crmConfig, worker.networkAccessManager(), &worker);
        for (Connector *c : { actonConnector, crmConnector }) {
            if (c)
                worker.watchSecrets(c); // rotated tokens go to the keychain
        }
        auto *acton = qobject_cast<ActOnConnector *>(actonConnector);
        auto *hot = new HotProspects(acton, crmConnector, options, &worker);
        *job = hot;
        QObject::connect(hot, &HotProspects::progress, hot,
            [back, requestId](const QString &phase, int done, int total) {
                back([requestId, phase, done, total](HotProspectsService &s) {
                    if (s.m_pending.contains(requestId))
                        Q_EMIT s.progress(requestId, phase, done, total);
                });
            });
        QObject::connect(hot, &HotProspects::finished, hot,
            [back, requestId, hot, actonConnector, crmConnector](const HotProspectsResult &r) {
                back([requestId, r](HotProspectsService &s) { s.deliver(requestId, r); });
                hot->deleteLater();
                if (actonConnector)
                    actonConnector->deleteLater();
                if (crmConnector)
                    crmConnector->deleteLater();
            });
        hot->start();
    });
}

void HotProspectsService::cancel(quint64 requestId)
{
    const auto p = m_pending.value(requestId);
    if (!p || p->cancelled)
        return;
    p->cancelled = true;
    if (p->posted && m_engine) {
        const auto job = p->job;
        m_engine->post([job](EngineWorker &) {
            if (*job)
                (*job)->cancel();
        });
    }
    HotProspectsResult r;
    r.cancelled = true;
    QPointer<HotProspectsService> self(this);
    QMetaObject::invokeMethod(
        this,
        [self, requestId, r] {
            if (self && self->m_pending.remove(requestId))
                Q_EMIT self->finished(requestId, r);
        },
        Qt::QueuedConnection);
}

void HotProspectsService::deliver(quint64 requestId, const HotProspectsResult &result)
{
    const auto p = m_pending.value(requestId);
    if (!p || p->cancelled)
        return; // a cancelled refresh answers once, as cancelled
    m_pending.remove(requestId);
    Q_EMIT finished(requestId, result);
}

} // namespace LeadBridge
