#include "core/sandbox/Emulator.h"

#include "core/sandbox/EmulatorHttpServer.h"
#include "core/sandbox/EmulatorStateFile.h"
#include "core/sandbox/SandboxLogging.h"

#include <QHostAddress>
#include <QTcpServer>

namespace LeadBridge::Sandbox {

namespace {
const QString kControlPrefix = QStringLiteral("/_sandbox/");

QStringList splitPath(const QString &path)
{
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}
} // namespace

Emulator::Emulator(const QString &name, QObject *parent)
    : QObject(parent)
    , m_name(name)
    , m_faultRng(1)
    , m_rng(42)
{
    m_limitClock.start();
}

Emulator::~Emulator()
{
    if (!m_statePath.isEmpty())
        qCInfo(lcSandbox) << m_name << "emulator: state saved" << m_stateWrites << "times after"
                          << m_stateChecks << "requests that may change it, in"
                          << m_stateNs / 1000000 << "ms";
}

bool Emulator::listen(quint16 port)
{
    m_server = std::make_unique<EmulatorHttpServer>(this);
    m_server->setDripRate(m_faults.dripBytesPerSecond);
    // QAbstractHttpServer::listen() returns 0 on failure; it never binds beyond loopback here.
    m_port = m_server->listen(QHostAddress::LocalHost, port);
    if (m_port == 0) {
        m_error = QStringLiteral("%1 emulator could not listen on 127.0.0.1:%2")
                      .arg(m_name)
                      .arg(port);
        m_server.reset();
        return false;
    }
    qCInfo(lcSandbox) << m_name << "emulator listening on" << baseUrl().toString();
    return true;
}

QUrl Emulator::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

void Emulator::setFaults(const FaultSettings &faults)
{
    if (faults.seed != m_faults.seed)
        m_faultRng.seed(faults.seed);
    m_faults = faults;
    if (m_server)
        m_server->setDripRate(m_faults.dripBytesPerSecond);
}

QJsonObject Emulator::counters() const
{
    QJsonObject calls;
    for (auto it = m_calls.begin(); it != m_calls.end(); ++it)
        calls.insert(it.key(), it.value());
    QJsonObject faults;
    for (auto it = m_faultsInjected.begin(); it != m_faultsInjected.end(); ++it)
        faults.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("emulator"), m_name},
                       {QStringLiteral("total"), m_total},
                       {QStringLiteral("calls"), calls},
                       {QStringLiteral("faults"), faults},
                       {QStringLiteral("limits"), limitUsage()}};
}

void Emulator::resetCounters()
{
    m_calls.clear();
    m_faultsInjected.clear();
    m_total = 0;
}

QDateTime Emulator::now() const
{
    return QDateTime::currentDateTimeUtc().addSecs(m_clockOffsetSecs);
}

qint64 Emulator::limitClockMs() const
{
    return m_limitClock.elapsed() + m_clockOffsetSecs * 1000;
}

void Emulator::advanceClock(qint64 seconds)
{
    m_clockOffsetSecs += seconds;
}

void Emulator::addRoute(const QByteArray &method, const QString &pattern, const QString &endpoint,
                        Handler handler)
{
    m_routes.append(Route{method, splitPath(pattern), endpoint, std::move(handler)});
}

SandboxResponse Emulator::serverErrorResponse(const SandboxRequest &)
{
    return SandboxResponse::message(
        503, QStringLiteral("Service temporarily unavailable (sandbox fault)"));
}

SandboxResponse Emulator::notFoundResponse(const SandboxRequest &request)
{
    return SandboxResponse::message(404, QStringLiteral("No such resource: %1").arg(request.path));
}

SandboxResponse Emulator::controlRecords(const SandboxRequest &, const QString &object,
                                         const QString &)
{
    return SandboxResponse::message(
        404, QStringLiteral("%1 keeps no records of type '%2'").arg(m_name, object));
}

bool Emulator::roll(double rate)
{
    return rate > 0.0 && m_faultRng.generateDouble() < rate;
}

int Emulator::takeDelayMs()
{
    int delay = m_faults.latencyMs;
    if (m_faults.latencyJitterMs > 0)
        delay += int(m_faultRng.bounded(m_faults.latencyJitterMs + 1));
    return delay;
}

void Emulator::applyBodyFaults(SandboxResponse &response)
{
    if (response.faultExempt || response.body.isEmpty())
        return;
    if (m_faults.truncateNext > 0 || roll(m_faults.truncateRate)) {
        if (m_faults.truncateNext > 0)
            --m_faults.truncateNext;
        response.body.truncate(response.body.size() / 2);
        ++m_faultsInjected[QStringLiteral("truncated")];
        return;
    }
    if (m_faults.malformedNext > 0 || roll(m_faults.malformedRate)) {
        if (m_faults.malformedNext > 0)
            --m_faults.malformedNext;
        response.body = QByteArrayLiteral("{\"sandbox\": malformed <<<") + response.body.left(64);
        ++m_faultsInjected[QStringLiteral("malformed")];
        return;
    }
    if (roll(m_faults.oversizeRate)) {
        // Announces 1 GiB and sends the real (short) body: a client without a size cap
        // would wait for — or buffer — the rest; a capped one stops at the header.
        response.declaredLength = qint64(1) << 30;
        ++m_faultsInjected[QStringLiteral("oversize")];
    }
}

SandboxResponse Emulator::dispatch(const SandboxRequest &incoming)
{
    SandboxResponse response = route(incoming);
    // Written before the answer leaves: a client that journals the answer and is killed
    // finds the same world after a restart. Read-only control calls never change it.
    const bool control = incoming.path.startsWith(kControlPrefix);
    if (!m_statePath.isEmpty()
        && (control ? incoming.method != "GET" : mayChangeWorld(incoming))) {
        QElapsedTimer timer;
        timer.start();
        saveStateNow();
        ++m_stateChecks;
        m_stateNs += timer.nsecsElapsed();
    }
    return response;
}

QJsonObject Emulator::saveState() const
{
    QJsonObject state = saveWorld();
    state.insert(QStringLiteral("clockOffsetSeconds"), EmulatorStateFile::fromInt(m_clockOffsetSecs));
    return state;
}

bool Emulator::loadState(const QJsonObject &state, QString *error)
{
    if (!loadWorld(state, error))
        return false;
    m_clockOffsetSecs = EmulatorStateFile::toInt(state.value(QStringLiteral("clockOffsetSeconds")));
    // The fixed seed would hand out the tokens of the previous run again.
    m_rng.seed(QRandomGenerator::global()->generate());
    if (!m_statePath.isEmpty())
        m_savedState = EmulatorStateFile::encode(m_name, saveState());
    return true;
}

void Emulator::setStateFile(const QString &path)
{
    m_statePath = path;
    m_savedState.clear();
    m_stateError.clear();
    m_stateWrites = 0;
}

bool Emulator::saveStateNow(QString *error)
{
    if (m_statePath.isEmpty())
        return true;
    QByteArray bytes = EmulatorStateFile::encode(m_name, saveState());
    if (bytes == m_savedState)
        return true;
    QString why;
    if (!EmulatorStateFile::write(m_statePath, bytes, &why)) {
        if (why != m_stateError)
            qCWarning(lcSandbox).noquote() << why;
        m_stateError = why;
        if (error)
            *error = why;
        return false;
    }
    m_stateError.clear();
    m_savedState = std::move(bytes);
    ++m_stateWrites;
    return true;
}

SandboxResponse Emulator::route(const SandboxRequest &incoming)
{
    if (incoming.path.startsWith(kControlPrefix)) {
        SandboxResponse r = dispatchControl(incoming);
        r.faultExempt = true;
        return r;
    }

    const QStringList segments = splitPath(incoming.path);
    const Route *match = nullptr;
    bool pathMatched = false;
    SandboxRequest request = incoming;
    for (const Route &route : m_routes) {
        if (route.segments.size() != segments.size())
            continue;
        QHash<QString, QString> params;
        bool ok = true;
        for (qsizetype i = 0; i < segments.size() && ok; ++i) {
            const QString &pat = route.segments.at(i);
            if (pat.startsWith(QLatin1Char('{')) && pat.endsWith(QLatin1Char('}')))
                params.insert(pat.mid(1, pat.size() - 2), segments.at(i));
            else
                ok = pat.compare(segments.at(i), Qt::CaseSensitive) == 0;
        }
        if (!ok)
            continue;
        pathMatched = true;
        if (route.method != "*" && route.method != request.method)
            continue;
        request.pathParams = params;
        match = &route;
        break;
    }

    const QString endpoint = match ? match->endpoint : QStringLiteral("(unknown)");
    ++m_total;
    ++m_calls[endpoint];

    SandboxResponse response;
    if (m_faults.tokenExpiryEvery > 0 && m_total % m_faults.tokenExpiryEvery == 0) {
        expireAllTokens();
        ++m_faultsInjected[QStringLiteral("tokenExpiry")];
    }
    if (m_faults.rateLimitNext > 0 || roll(m_faults.rateLimitRate)) {
        if (m_faults.rateLimitNext > 0)
            --m_faults.rateLimitNext;
        ++m_faultsInjected[QStringLiteral("rateLimit")];
        return rateLimitResponse(request);
    }
    if (m_faults.failNext > 0 || roll(m_faults.errorRate)) {
        if (m_faults.failNext > 0)
            --m_faults.failNext;
        ++m_faultsInjected[QStringLiteral("serverError")];
        return serverErrorResponse(request);
    }
    if (roll(m_faults.redirectRate)) {
        // The same URL on the same host: a well-behaved client asks again (with its own auth).
        QByteArray location = QUrl::toPercentEncoding(request.path, "/");
        for (qsizetype i = 0; i < request.queryItems.size(); ++i) {
            location += (i == 0 ? '?' : '&') + QUrl::toPercentEncoding(request.queryItems.at(i).first)
                + '=' + QUrl::toPercentEncoding(request.queryItems.at(i).second);
        }
        ++m_faultsInjected[QStringLiteral("redirect")];
        return SandboxResponse::empty(307).setHeader(QByteArrayLiteral("Location"), location);
    }
    if (!match) {
        if (pathMatched) {
            response = SandboxResponse::message(405,
                QStringLiteral("Method %1 not allowed on %2")
                    .arg(QString::fromLatin1(request.method), request.path));
        } else {
            response = notFoundResponse(request);
        }
    } else if (auto early = beforeRoute(request, endpoint)) {
        response = *early;
    } else {
        response = match->handler(request);
    }
    applyBodyFaults(response);
    return response;
}

SandboxResponse Emulator::dispatchControl(const SandboxRequest &request)
{
    const QStringList seg = splitPath(request.path); // seg[0] == "_sandbox"
    const QString what = seg.value(1);
    const QByteArray &m = request.method;
    auto bad = [](const QString &msg) { return SandboxResponse::message(400, msg); };

    if (what == QLatin1String("health") && m == "GET") {
        return SandboxResponse::json(
            200, QJsonObject{{QStringLiteral("emulator"), m_name}, {QStringLiteral("ok"), true}});
    }
    if (what == QLatin1String("counters")) {
        if (seg.value(2) == QLatin1String("reset") && m == "POST") {
            resetCounters();
            return SandboxResponse::json(200, counters());
        }
        if (seg.size() == 2 && m == "GET")
            return SandboxResponse::json(200, counters());
    }
    if (what == QLatin1String("faults") && seg.size() == 2) {
        if (m == "GET")
            return SandboxResponse::json(200, m_faults.toJson());
        if (m == "PUT" || m == "POST" || m == "PATCH") {
            bool ok = false;
            const QJsonDocument doc = request.json(&ok);
            if (!ok || !doc.isObject())
                return bad(QStringLiteral("faults body must be a JSON object"));
            QString error;
            const FaultSettings base = m == "PUT" ? FaultSettings{} : m_faults;
            const FaultSettings next = FaultSettings::fromJson(doc.object(), base, &error);
            if (!error.isEmpty())
                return bad(error);
            setFaults(next);
            return SandboxResponse::json(200, m_faults.toJson());
        }
    }
    if (what == QLatin1String("clock") && seg.size() == 2) {
        if (m == "POST") {
            bool ok = false;
            const QJsonObject obj = request.json(&ok).object();
            if (!ok || !obj.value(QStringLiteral("advanceSeconds")).isDouble())
                return bad(QStringLiteral("clock body must be {\"advanceSeconds\": n}"));
            advanceClock(qint64(obj.value(QStringLiteral("advanceSeconds")).toDouble()));
        }
        return SandboxResponse::json(
            200, QJsonObject{{QStringLiteral("now"), now().toString(Qt::ISODateWithMs)}});
    }
    if (what == QLatin1String("tokens") && seg.value(2) == QLatin1String("expire") && m == "POST") {
        expireAllTokens();
        return SandboxResponse::json(200, QJsonObject{{QStringLiteral("expired"), true}});
    }
    if (what == QLatin1String("records") && (seg.size() == 3 || seg.size() == 4))
        return controlRecords(request, seg.at(2), seg.value(3));

    return SandboxResponse::message(404,
        QStringLiteral("Unknown sandbox control call %1 %2")
            .arg(QString::fromLatin1(m), request.path));
}

} // namespace LeadBridge::Sandbox
