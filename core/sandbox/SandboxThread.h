#pragma once

#include "core/sandbox/SandboxConfig.h"
#include "core/sandbox/SandboxEndpoint.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QThread;

namespace LeadBridge::Sandbox {

class Sandbox;

/// Runs a Sandbox on its own thread, so that the caller's thread (the GUI
/// thread, or a test) never serves HTTP. The Sandbox is created inside that
/// thread and answers from its event loop; callers only see value types.
class SandboxThread : public QObject
{
    Q_OBJECT
public:
    explicit SandboxThread(QObject *parent = nullptr);
    /// Stops the sandbox and joins the thread.
    ~SandboxThread() override;

    /// Starts a sandbox thread with @p config (stopping a running one first) and
    /// blocks only until the emulators are listening and seeded. Returns false
    /// with errorString() set when the sandbox could not start; the thread is
    /// then gone again.
    bool start(const SandboxConfig &config);
    /// Stops the emulators, ends the event loop and joins the thread.
    void stop();
    bool isRunning() const;
    QString errorString() const { return m_error; }
    /// Endpoints as they were when start() returned.
    QList<SandboxEndpoint> endpoints() const { return m_endpoints; }
    /// The base URL of emulator @p name (invalid if it does not run).
    QUrl baseUrl(const QString &name) const;

    /// Runs @p fn with the Sandbox in its own thread and waits for it, e.g. to
    /// change faults from a test. Returns false if no sandbox is running.
    bool invoke(const std::function<void(Sandbox &)> &fn);

private:
    std::unique_ptr<QThread> m_thread;
    QPointer<Sandbox> m_sandbox; ///< lives in m_thread; touched only through invoke()
    QList<SandboxEndpoint> m_endpoints;
    QString m_error;
};

} // namespace LeadBridge::Sandbox
