#include "core/sandbox/SandboxThread.h"

#include "core/sandbox/Sandbox.h"

#include <QSemaphore>
#include <QThread>

namespace LeadBridge::Sandbox {

namespace {

/// The thread body: builds the Sandbox in-thread, reports the start result
/// through plain values guarded by the semaphore, then serves until quit().
class SandboxRunner : public QThread
{
public:
    SandboxConfig config;
    QSemaphore ready;
    // Written by run() before ready.release(), read by the starter after acquire().
    bool ok = false;
    QString error;
    QList<SandboxEndpoint> endpoints;
    QPointer<Sandbox> sandbox;

protected:
    void run() override
    {
        Sandbox host;
        ok = host.start(config);
        error = host.errorString();
        endpoints = host.endpoints();
        sandbox = ok ? &host : nullptr;
        ready.release();
        if (ok)
            exec(); // returns at once if quit() came before it (QThread keeps the request)
        host.stop();
    }
};

} // namespace

SandboxThread::SandboxThread(QObject *parent)
    : QObject(parent)
{ }

SandboxThread::~SandboxThread()
{
    stop();
}

bool SandboxThread::start(const SandboxConfig &config)
{
    stop();
    m_error.clear();
    auto runner = std::make_unique<SandboxRunner>();
    runner->setObjectName(QStringLiteral("LeadBridge sandbox"));
    runner->config = config;
    runner->start();
    runner->ready.acquire();
    if (!runner->ok) {
        m_error = runner->error;
        runner->wait();
        return false;
    }
    m_endpoints = runner->endpoints;
    m_sandbox = runner->sandbox;
    m_thread = std::move(runner);
    return true;
}

void SandboxThread::stop()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
    m_sandbox.clear();
    m_endpoints.clear();
}

bool SandboxThread::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

QUrl SandboxThread::baseUrl(const QString &name) const
{
    for (const SandboxEndpoint &e : m_endpoints) {
        if (e.name == name)
            return e.baseUrl;
    }
    return {};
}

bool SandboxThread::invoke(const std::function<void(Sandbox &)> &fn)
{
    if (!isRunning() || !m_sandbox)
        return false;
    Sandbox *sandbox = m_sandbox.data();
    return QMetaObject::invokeMethod(
        sandbox, [sandbox, &fn] { fn(*sandbox); }, Qt::BlockingQueuedConnection);
}

} // namespace LeadBridge::Sandbox
