#pragma once

#include "core/engine/BuiltInSandbox.h"

#include <memory>

namespace LeadBridge {

namespace Sandbox {
class SandboxThread;
} // namespace Sandbox

/// The engine's BuiltInSandbox made of the real emulators (core/sandbox): a
/// Sandbox::SandboxThread serving all four on their own thread. Lives above both the engine
/// and the sandbox (leadbridge_sandbox_wiring), so neither includes the other; the
/// executables call registerProvider() in main() and the tests through their support library.
class InProcessSandbox final : public BuiltInSandbox
{
public:
    InProcessSandbox();
    ~InProcessSandbox() override;

    /// Makes every AccountService of this process use an InProcessSandbox
    /// (BuiltInSandbox::setProvider).
    static void registerProvider();

    bool start(const Settings &settings) override;
    void stop() override;
    bool isRunning() const override;
    QString errorString() const override;
    QList<Endpoint> endpoints() const override;
    bool resetState(const QString &stateDir, QString *error) override;
    QJsonArray controlRecords(const QString &emulator, const QString &collection) override;
    QString firstDemoUserEmail() override;

private:
    std::unique_ptr<Sandbox::SandboxThread> m_thread;
};

} // namespace LeadBridge
