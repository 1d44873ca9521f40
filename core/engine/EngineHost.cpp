#include "core/engine/EngineHost.h"

#include "core/engine/EngineWorker.h"
#include "core/util/LogCategories.h"

#include <QThread>

namespace LeadBridge {

void EngineHost::registerMetaTypes()
{
    qRegisterMetaType<LeadBridge::ConnectorConfig>();
    qRegisterMetaType<LeadBridge::CredentialBundle>();
    qRegisterMetaType<LeadBridge::ConnectionInfo>();
    qRegisterMetaType<LeadBridge::ApiError>();
    qRegisterMetaType<LeadBridge::CrmObjectSchema>();
    qRegisterMetaType<QList<LeadBridge::CrmObjectSchema>>();
    qRegisterMetaType<LeadBridge::Account>();
    qRegisterMetaType<LeadBridge::RunRequest>();
    qRegisterMetaType<LeadBridge::RunProgress>();
    qRegisterMetaType<LeadBridge::RunOutcome>();
    qRegisterMetaType<LeadBridge::RunSummary>();
    qRegisterMetaType<LeadBridge::CallForecast>();
}

EngineHost::EngineHost(QObject *parent)
    : QObject(parent)
    , m_thread(std::make_unique<QThread>())
{
    registerMetaTypes();
    m_thread->setObjectName(QStringLiteral("LeadBridge engine"));
    m_anchor = new QObject;
    m_anchor->moveToThread(m_thread.get());
    m_thread->start();
    // The first queued functor creates the worker inside the thread; every later
    // request is queued behind it on the same object, so it always finds the worker.
    QMetaObject::invokeMethod(
        m_anchor,
        [this] {
            m_worker = new EngineWorker;
            connect(m_worker, &EngineWorker::connectionTested, this, &EngineHost::connectionTested,
                Qt::QueuedConnection);
            connect(m_worker, &EngineWorker::described, this, &EngineHost::described,
                Qt::QueuedConnection);
            connect(
                m_worker, &EngineWorker::sampled, this, &EngineHost::sampled, Qt::QueuedConnection);
            connect(m_worker, &EngineWorker::runQueued, this, &EngineHost::runQueued,
                Qt::QueuedConnection);
            connect(m_worker, &EngineWorker::runStarted, this, &EngineHost::runStarted,
                Qt::QueuedConnection);
            connect(m_worker, &EngineWorker::runProgress, this, &EngineHost::runProgress,
                Qt::QueuedConnection);
            connect(m_worker, &EngineWorker::runFinished, this, &EngineHost::runFinished,
                Qt::QueuedConnection);
            connect(m_worker, &EngineWorker::secretsUpdated, this, &EngineHost::secretsUpdated,
                Qt::QueuedConnection);
            connect(m_worker, &EngineWorker::forecastReady, this, &EngineHost::forecastReady,
                Qt::QueuedConnection);
            qCDebug(lcEngine) << "Engine worker started";
        },
        Qt::QueuedConnection);
}

EngineHost::~EngineHost()
{
    QMetaObject::invokeMethod(
        m_anchor,
        [this] {
            delete m_worker;
            m_worker = nullptr;
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread->wait();
    delete m_anchor; // its thread has finished: safe to delete from here
    qCDebug(lcEngine) << "Engine thread stopped";
}

quint64 EngineHost::testConnection(const ConnectorConfig &config)
{
    const quint64 id = m_nextRequestId++;
    QMetaObject::invokeMethod(
        m_anchor, [this, id, config] { m_worker->testConnection(id, config); },
        Qt::QueuedConnection);
    return id;
}

quint64 EngineHost::describe(const ConnectorConfig &config, const QStringList &objects)
{
    const quint64 id = m_nextRequestId++;
    QMetaObject::invokeMethod(
        m_anchor, [this, id, config, objects] { m_worker->describe(id, config, objects); },
        Qt::QueuedConnection);
    return id;
}

quint64 EngineHost::sample(
    const ConnectorConfig &config, const QString &object, const QString &field, int count)
{
    const quint64 id = m_nextRequestId++;
    QMetaObject::invokeMethod(
        m_anchor,
        [this, id, config, object, field, count] {
            m_worker->sample(id, config, object, field, count);
        },
        Qt::QueuedConnection);
    return id;
}

void EngineHost::requestRun(const RunRequest &request)
{
    QMetaObject::invokeMethod(
        m_anchor, [this, request] { m_worker->requestRun(request); }, Qt::QueuedConnection);
}

void EngineHost::cancel(qint64 flowId)
{
    QMetaObject::invokeMethod(
        m_anchor, [this, flowId] { m_worker->cancel(flowId); }, Qt::QueuedConnection);
}

quint64 EngineHost::forecast(const RunRequest &request)
{
    const quint64 id = m_nextRequestId++;
    QMetaObject::invokeMethod(
        m_anchor, [this, id, request] { m_worker->forecast(id, request); }, Qt::QueuedConnection);
    return id;
}

void EngineHost::post(std::function<void(EngineWorker &)> fn)
{
    QMetaObject::invokeMethod(
        m_anchor, [this, fn = std::move(fn)] { fn(*m_worker); }, Qt::QueuedConnection);
}

} // namespace LeadBridge
