#include "core/sandbox/EmulatorHttpServer.h"

#include "core/sandbox/Emulator.h"
#include "core/sandbox/SandboxLogging.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace LeadBridge::Sandbox {

namespace {
void writeHead(QHttpServerResponder &responder, const SandboxResponse &response)
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    for (const auto &h : response.headers)
        responder.writeHeader(h.first, h.second);
    responder.writeHeader(QByteArrayLiteral("Content-Length"),
                          QByteArray::number(response.declaredLength >= 0
                                                 ? response.declaredLength
                                                 : response.body.size()));
}

// Writes the body a slice at a time so clients see a slow, steady trickle.
void drip(QPointer<QTcpSocket> socket, std::shared_ptr<QHttpServerResponder> responder,
          QByteArray rest, int bytesPerSecond)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    const qsizetype slice = qMax<qsizetype>(1, bytesPerSecond / 10);
    socket->write(rest.left(slice));
    rest.remove(0, slice);
    if (rest.isEmpty())
        return;
    QTimer::singleShot(100, socket, [socket, responder, rest, bytesPerSecond] {
        drip(socket, responder, rest, bytesPerSecond);
    });
}
} // namespace

EmulatorHttpServer::EmulatorHttpServer(Emulator *emulator)
    : QAbstractHttpServer(emulator)
    , m_emulator(emulator)
{
}

bool EmulatorHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const SandboxRequest req = SandboxRequest::fromQt(request);
    const SandboxResponse response = m_emulator->dispatch(req);
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    const int delay = response.faultExempt ? 0 : m_emulator->takeDelayMs();
    const int dripRate = response.faultExempt ? 0 : m_dripBytesPerSecond;
    QPointer<QTcpSocket> guard(socket);

    auto send = [guard, responder, response, dripRate] {
        if (!guard)
            return;
        writeHead(*responder, response);
        if (dripRate <= 0 || response.body.isEmpty()) {
            responder->writeBody(response.body);
            return;
        }
        responder->writeBody(QByteArray());
        drip(guard, responder, response.body, dripRate);
    };
    if (delay > 0)
        QTimer::singleShot(delay, socket, send);
    else
        send();
    return true;
}

void EmulatorHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Never reached: handleRequest() answers every request.
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace LeadBridge::Sandbox
