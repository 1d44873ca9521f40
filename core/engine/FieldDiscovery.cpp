#include "core/engine/FieldDiscovery.h"

#include "core/engine/AccountService.h"
#include "core/engine/EngineHost.h"
#include "core/secrets/CredentialStore.h"

namespace LeadBridge {

FieldDiscovery::FieldDiscovery(CredentialStore *store, EngineHost *engine, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_engine(engine)
{
    if (m_engine) {
        connect(m_engine, &EngineHost::described, this, &FieldDiscovery::onDescribed);
        connect(m_engine, &EngineHost::sampled, this, &FieldDiscovery::sampled);
    }
}

FieldDiscovery::~FieldDiscovery() = default;

void FieldDiscovery::describe(const Account &account)
{
    if (!m_store || !m_engine)
        return;
    QPointer<FieldDiscovery> self(this);
    AccountService::readAccountSecrets(*m_store, account,
        [self, account](
            const CredentialBundle &bundle, const QString &error, const QString &detail) {
            if (!self)
                return;
            if (!error.isEmpty()) {
                Q_EMIT self->secretsFailed(error, detail);
                return;
            }
            if (!self->m_engine)
                return;
            ConnectorConfig config;
            config.account = account;
            config.credentials = bundle;
            self->m_config = config;
            self->m_describeRequest = self->m_engine->describe(config, {});
        });
}

void FieldDiscovery::onDescribed(
    quint64 requestId, const QList<CrmObjectSchema> &objects, const ApiError &error)
{
    if (requestId != m_describeRequest)
        return;
    m_describeRequest = 0;
    Q_EMIT described(objects, error);
}

quint64 FieldDiscovery::sample(const QString &object, const QString &field, int count)
{
    if (!m_config || !m_engine)
        return 0;
    return m_engine->sample(*m_config, object, field, count);
}

} // namespace LeadBridge
