#pragma once

#include <QAbstractHttpServer>

namespace LeadBridge::Sandbox {

class Emulator;

/// Qt HttpServer front of one Emulator: turns each request into a
/// SandboxRequest, lets the emulator answer, and writes the answer with the
/// latency and slow-drip faults applied (without blocking other connections).
class EmulatorHttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit EmulatorHttpServer(Emulator *emulator);

    /// Bytes per second for slow-drip answers (0 = off).
    void setDripRate(int bytesPerSecond) { m_dripBytesPerSecond = bytesPerSecond; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Emulator *m_emulator;
    int m_dripBytesPerSecond = 0;
};

} // namespace LeadBridge::Sandbox
