#include "core/engine/EngineWorker.h"

#include "core/connectors/Connector.h"
#include "core/connectors/ConnectorFactory.h"
#include "core/engine/CallForecaster.h"
#include "core/engine/SyncEngine.h"
#include "core/util/LogCategories.h"

#include <QNetworkAccessManager>
#include <QPointer>

namespace LeadBridge {

namespace {
/// The value of @p path ("Email", "Account.Name") in @p fields, following nested parent
/// maps; API names are matched case-insensitively, as Salesforce treats them.
QVariant valueAt(const QVariantMap &fields, const QString &path)
{
    QVariant current = fields;
    for (const QString &part : path.split(u'.')) {
        const QVariantMap map = current.toMap();
        current = QVariant();
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            if (it.key().compare(part, Qt::CaseInsensitive) == 0) {
                current = it.value();
                break;
            }
        }
        if (!current.isValid())
            return {};
    }
    return current;
}
} // namespace

EngineWorker::EngineWorker(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{ }

EngineWorker::~EngineWorker()
{
    // The sync engine first: it records a run in progress as cancelled.
    delete m_syncEngine;
    m_syncEngine = nullptr;
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
    watchSecrets(connector);
    return connector;
}

void EngineWorker::watchSecrets(Connector *connector)
{
    const qint64 accountId = connector ? connector->config().account.id : 0;
    if (accountId <= 0)
        return; // an unsaved account (the link dialog's test): nothing to keep
    connect(connector, &Connector::secretsUpdated, this,
        [this, accountId](const CredentialBundle &secrets) {
            if (!secrets.secrets.isEmpty())
                Q_EMIT secretsUpdated(accountId, secrets);
        });
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

void EngineWorker::sample(quint64 requestId, const ConnectorConfig &config, const QString &object,
    const QString &field, int count)
{
    ApiError createError;
    Connector *connector = createConnector(config, &createError);
    if (!connector) {
        Q_EMIT sampled(requestId, {}, createError);
        return;
    }
    FetchRequest request;
    request.object = object;
    request.fields = { QStringLiteral("Id"), field };
    request.pageSize = qMax(count, 1);
    request.options.insert(QStringLiteral("bulk"), false);
    // Records without a value are skipped server-side for direct fields; relationship paths
    // ("Account.Name") are filtered here, since not every org or emulator filters on them.
    if (config.account.kind == AccountKind::Salesforce && !field.contains(u'\'')
        && !field.contains(u'.'))
        request.options.insert(
            QStringLiteral("soqlWhere"), QString(field + QStringLiteral(" != null")));

    // One answer only: the first page (or the end, or an error) settles it; the rest of
    // the read is then aborted, since a few examples are all the editor shows.
    auto answered = std::make_shared<bool>(false);
    auto values = std::make_shared<QStringList>();
    QPointer<EngineWorker> self(this);
    const auto answer = [self, connector, requestId, answered, values](const ApiError &error) {
        if (*answered || !self)
            return;
        *answered = true;
        Q_EMIT self->sampled(requestId, *values, error);
        QMetaObject::invokeMethod(
            self,
            [self, connector] {
                if (self && self->m_active.contains(connector)) {
                    connector->abort();
                    self->finish(connector);
                }
            },
            Qt::QueuedConnection);
    };
    connector->fetch(
        request,
        [values, field, count, answer](const FetchPage &page) {
            for (const ConnectorRecord &record : page.records) {
                if (values->size() >= count)
                    break;
                const QVariant value = valueAt(record.fields, field);
                if (value.isValid() && !value.isNull() && !value.toString().isEmpty())
                    values->append(value.toString());
            }
            if (values->size() >= count || page.last)
                answer(ApiError());
        },
        [answer](const ApiError &error) { answer(error); });
}

SyncEngine *EngineWorker::syncEngine()
{
    if (!m_syncEngine) {
        m_syncEngine = new SyncEngine(m_nam, QString(), this);
        // The runs' connectors are the factory's, with their rotated tokens forwarded.
        m_syncEngine->setConnectorFactory(
            [this](const ConnectorConfig &config, QNetworkAccessManager *nam) {
                Connector *connector = ConnectorFactory::create(config, nam);
                watchSecrets(connector);
                return connector;
            });
        if (Status s = m_syncEngine->open(); !s)
            qCWarning(lcEngine).noquote() << "Sync engine journal:" << s.errorString();
        connect(m_syncEngine, &SyncEngine::runQueued, this, &EngineWorker::runQueued);
        connect(m_syncEngine, &SyncEngine::runStarted, this, &EngineWorker::runStarted);
        connect(m_syncEngine, &SyncEngine::progress, this, &EngineWorker::runProgress);
        connect(m_syncEngine, &SyncEngine::runFinished, this, &EngineWorker::runFinished);
    }
    return m_syncEngine;
}

void EngineWorker::requestRun(const RunRequest &request)
{
    syncEngine()->requestRun(request);
}

void EngineWorker::cancel(qint64 flowId)
{
    syncEngine()->cancel(flowId);
}

void EngineWorker::forecast(quint64 requestId, const RunRequest &request)
{
    QPointer<EngineWorker> self(this);
    CallForecaster::start(
        *syncEngine(), request,
        [this](const ConnectorConfig &config) {
            Connector *connector = ConnectorFactory::create(config, m_nam);
            watchSecrets(connector); // rotated tokens go to the keychain
            return connector;
        },
        [self, requestId](const CallForecast &forecast) {
            if (self)
                Q_EMIT self->forecastReady(requestId, forecast);
        });
}

} // namespace LeadBridge
