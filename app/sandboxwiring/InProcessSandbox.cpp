#include "app/sandboxwiring/InProcessSandbox.h"

#include "core/sandbox/Emulator.h"
#include "core/sandbox/Sandbox.h"
#include "core/sandbox/SandboxConfig.h"
#include "core/sandbox/SandboxEndpoint.h"
#include "core/sandbox/SandboxRequest.h"
#include "core/sandbox/SandboxResponse.h"
#include "core/sandbox/SandboxThread.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace LeadBridge {

InProcessSandbox::InProcessSandbox()
    : m_thread(std::make_unique<Sandbox::SandboxThread>())
{ }

InProcessSandbox::~InProcessSandbox() = default;

void InProcessSandbox::registerProvider()
{
    BuiltInSandbox::setProvider(
        [] { return std::unique_ptr<BuiltInSandbox>(std::make_unique<InProcessSandbox>()); });
}

bool InProcessSandbox::start(const Settings &settings)
{
    Sandbox::SandboxConfig config;
    config.emulators = Sandbox::SandboxConfig::allEmulators();
    config.seed = settings.seed;
    config.size = settings.size;
    config.stateDir = settings.stateDir;
    return m_thread->start(config);
}

void InProcessSandbox::stop()
{
    m_thread->stop();
}

bool InProcessSandbox::isRunning() const
{
    return m_thread->isRunning();
}

QString InProcessSandbox::errorString() const
{
    return m_thread->errorString();
}

QList<BuiltInSandbox::Endpoint> InProcessSandbox::endpoints() const
{
    QList<Endpoint> out;
    for (const Sandbox::SandboxEndpoint &e : m_thread->endpoints())
        out.append(Endpoint { e.name, e.baseUrl, e.credentials });
    return out;
}

bool InProcessSandbox::resetState(const QString &stateDir, QString *error)
{
    return Sandbox::Sandbox::resetState(stateDir, error);
}

QJsonArray InProcessSandbox::controlRecords(const QString &emulator, const QString &collection)
{
    QJsonArray records;
    m_thread->invoke([&](Sandbox::Sandbox &box) {
        Sandbox::Emulator *served = box.emulator(emulator);
        if (!served)
            return;
        Sandbox::SandboxRequest request;
        request.method = "GET";
        request.path = QStringLiteral("/_sandbox/records/%1").arg(collection);
        const Sandbox::SandboxResponse response = served->dispatch(request);
        if (response.status != 200)
            return;
        records = QJsonDocument::fromJson(response.body).object().value(u"records").toArray();
    });
    return records;
}

QString InProcessSandbox::firstDemoUserEmail()
{
    QString email;
    m_thread->invoke([&email](Sandbox::Sandbox &box) {
        const QList<Sandbox::DemoUser> &users = box.dataset().users;
        if (!users.isEmpty())
            email = users.constFirst().email;
    });
    return email;
}

} // namespace LeadBridge
