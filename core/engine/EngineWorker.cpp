#include "core/engine/EngineWorker.h"

#include "core/connectors/Connector.h"
#include "core/connectors/ConnectorFactory.h"
#include "core/util/LogCategories.h"

#include <QNetworkAccessManager>
#include <QPointer>

namespace LeadBridge {

EngineWorker::EngineWorker(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{ }

EngineWorker::~EngineWorker()
{
    // Abort first so that callbacks run while every connector is still whole.
    const auto active = m_active;
    for (Connector *connector : active)
        connector->abort();
    qDeleteAll(m_active);
    m_active.clear();
}

Connector *EngineWorker::createConnector(const ConnectorConfig &config, ApiError *error)
{
    Connector *connector = ConnectorFactory::create(config, m_nam, this);
    if (!connector) {
        *error = ApiError(ApiError::Kind::Validation,
            tr("LeadBridge cannot connect to accounts of this kind."),
            QStringLiteral("no connector for kind %1")
                .arg(Account::kindToString(config.account.kind)));
        return nullptr;
    }
    m_active.insert(connector);
    return connector;
}

void EngineWorker::finish(Connector *connector)
{
    if (m_active.remove(connector))
        connector->deleteLater();
}

void EngineWorker::testConnection(quint64 requestId, const ConnectorConfig &config)
{
    ApiError createError;
    Connector *connector = createConnector(config, &createError);
    if (!connector) {
        Q_EMIT connectionTested(requestId, ConnectionInfo(), createError);
        return;
    }
    qCInfo(lcEngine).noquote() << "Checking the connection of account" << config.account.id
                               << Account::kindToString(config.account.kind);
    QPointer<EngineWorker> self(this);
    connector->checkConnection(
        [self, connector, requestId](const ConnectionInfo &info, const ApiError &error) {
            if (!self)
                return;
            if (error.isError())
                qCInfo(lcEngine).noquote() << "Connection check failed:" << error.toLogString();
            Q_EMIT self->connectionTested(requestId, info, error);
            self->finish(connector);
        });
}

void EngineWorker::describe(
    quint64 requestId, const ConnectorConfig &config, const QStringList &objects)
{
    ApiError createError;
    Connector *connector = createConnector(config, &createError);
    if (!connector) {
        Q_EMIT described(requestId, {}, createError);
        return;
    }
    QPointer<EngineWorker> self(this);
    connector->describe(objects,
        [self, connector, requestId](const QList<CrmObjectSchema> &schemas, const ApiError &error) {
            if (!self)
                return;
            Q_EMIT self->described(requestId, schemas, error);
            self->finish(connector);
        });
}

} // namespace LeadBridge
