#include "core/sandbox/EmulatorHttpServer.h"

#include "core/sandbox/Emulator.h"
#include "core/sandbox/SandboxLogging.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLocale>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

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
    SandboxResponse response = m_emulator->dispatch(req);
    // Every HTTP origin server with a clock sends Date (RFC 9110, 6.6.1), the vendors too;
    // clients learn the server's time from it, so it follows the emulator's clock.
    bool dated = false;
    for (const auto &h : std::as_const(response.headers))
        dated = dated || h.first.compare("Date", Qt::CaseInsensitive) == 0;
    if (!dated)
        response.setHeader(QByteArrayLiteral("Date"),
            QLocale::c()
                .toString(m_emulator->now().toUTC(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s)
                .toLatin1());
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
