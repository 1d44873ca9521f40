#pragma once

#include "core/sandbox/DemoDataset.h"
#include "core/sandbox/SandboxConfig.h"
#include "core/sandbox/SandboxEndpoint.h"

#include <QList>
#include <QLockFile>
#include <QObject>

#include <memory>
#include <vector>

namespace LeadBridge::Sandbox {

class Emulator;

/// Hosts the API emulators of one sandbox: builds (or loads) the demo world,
/// starts each chosen emulator on 127.0.0.1, seeds them all with the same
/// people and applies the configured faults. Lives in one thread and serves
/// from that thread's event loop (see SandboxThread to keep it off the GUI thread).
class Sandbox : public QObject
{
    Q_OBJECT
public:
    explicit Sandbox(QObject *parent = nullptr);
    ~Sandbox() override;

    /// Starts the emulators named in @p config (stopping any running ones first).
    /// Returns false with errorString() set, and nothing left running, when the
    /// configuration is invalid, the data file cannot be read or a port is taken.
    bool start(const SandboxConfig &config);
    /// Stops every emulator (closes their ports).
    void stop();
    bool isRunning() const { return !m_running.empty(); }
    QString errorString() const { return m_error; }

    /// One entry per running emulator, in the order on24, acton, salesforce, pipeliner.
    QList<SandboxEndpoint> endpoints() const;
    /// The running emulator called @p name, or nullptr.
    Emulator *emulator(const QString &name) const;
    /// The demo world the emulators were seeded with.
    const DemoDataset &dataset() const { return m_data; }
    SandboxConfig config() const { return m_config; }

    /// Deletes the state files of every emulator in @p stateDir, so that the next start
    /// generates the demo world anew. Refused (false, sentence in @p error) while another
    /// sandbox holds @p stateDir. Nothing to delete is success.
    static bool resetState(const QString &stateDir, QString *error);

    /// Demo credentials documented by emulator @p name (empty map if unknown).
    static QVariantMap demoCredentials(const QString &name, const DemoDataset &data);

private:
    struct Running
    {
        QString name;
        std::unique_ptr<Emulator> emulator;
    };

    bool fail(const QString &message);
    bool lockStateDir(const QString &dir, QString *error);
    bool loadOrSeed(Emulator *emulator, const QString &name, QString *error);

    SandboxConfig m_config;
    DemoDataset m_data;
    std::vector<Running> m_running;
    std::unique_ptr<QLockFile> m_stateLock; ///< held while the emulators use config.stateDir
    QString m_error;
};

} // namespace LeadBridge::Sandbox
