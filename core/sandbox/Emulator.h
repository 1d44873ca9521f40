#pragma once

#include "core/sandbox/FaultSettings.h"
#include "core/sandbox/SandboxRequest.h"
#include "core/sandbox/SandboxResponse.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QRandomGenerator>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace LeadBridge::Sandbox {

class EmulatorHttpServer;

/// Base of the four API emulators: a loopback HTTP server with a small
/// router, per-endpoint call counters, fault injection and a control API under
/// /_sandbox/ that tests use to read counters, set faults, move the clock and
/// read or change stored records. Control calls skip auth, faults and counters.
///
/// Control endpoints provided by the base (JSON):
///  - GET  /_sandbox/health                    {"emulator","ok"}
///  - GET  /_sandbox/counters                  {"emulator","total","calls":{endpoint:n},"limits":{…}}
///  - POST /_sandbox/counters/reset
///  - GET  /_sandbox/faults, PUT|POST|PATCH /_sandbox/faults (partial FaultSettings JSON)
///  - POST /_sandbox/clock {"advanceSeconds":n} -> {"now":iso}
///  - POST /_sandbox/tokens/expire             (expireAllTokens())
///  - GET|POST /_sandbox/records/{object}, GET|PATCH|DELETE /_sandbox/records/{object}/{id}
///    (controlRecords())
class Emulator : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<SandboxResponse(const SandboxRequest &)>;

    explicit Emulator(const QString &name, QObject *parent = nullptr);
    ~Emulator() override;

    /// Short name: "on24", "acton", "salesforce", "pipeliner".
    QString name() const { return m_name; }
    /// Starts listening on 127.0.0.1 (port 0 = any free port). Returns false with
    /// errorString() set when the port is taken.
    bool listen(quint16 port = 0);
    quint16 port() const { return m_port; }
    /// http://127.0.0.1:<port>
    QUrl baseUrl() const;
    QString errorString() const { return m_error; }

    void setFaults(const FaultSettings &faults);
    FaultSettings faults() const { return m_faults; }

    /// Counters: total, per endpoint name and injected faults by kind ("faults":
    /// {"serverError","rateLimit","truncated","malformed","redirect","oversize",
    /// "tokenExpiry"}) since the last reset.
    QJsonObject counters() const;
    void resetCounters();

    /// The emulator's clock (real UTC time plus an adjustable offset for tests).
    QDateTime now() const;
    void advanceClock(qint64 seconds);
    /// Monotonic milliseconds plus the same adjustable offset, for sliding rate-limit windows:
    /// a wall-clock step (NTP) never stretches or shrinks a window, and advancing the clock
    /// (tests) empties windows as real time would.
    qint64 limitClockMs() const;

    /// Routes a request through auth-free control handling, faults, counting and
    /// the registered routes. Used by the HTTP server and by in-process tests.
    SandboxResponse dispatch(const SandboxRequest &request);
    /// Extra delay to apply to @p response (latency faults); decided per call.
    int takeDelayMs();

    /// The emulator's world as JSON for the built-in sandbox's state file: records, lists,
    /// jobs, field definitions, tokens and id counters, plus the clock offset. Not call
    /// counters, rate windows or faults (a restarted service starts those afresh).
    QJsonObject saveState() const;
    /// Replaces the world with one saveState() wrote. False with a sentence in @p error when
    /// @p state does not fit this emulator (the world is then unchanged or empty).
    bool loadState(const QJsonObject &state, QString *error);
    /// Keeps the world in the file @p path (EmulatorStateFile): from now on every request that
    /// changes it writes the file before dispatch() returns, i.e. before the answer leaves.
    /// An empty path switches this off (the default). Does not write by itself; see saveStateNow().
    void setStateFile(const QString &path);
    QString stateFile() const { return m_statePath; }
    /// Writes the state file now if the world differs from what was last written.
    bool saveStateNow(QString *error = nullptr);
    /// Number of state-file writes since setStateFile() (for tests and benchmarks).
    qint64 stateWrites() const { return m_stateWrites; }

protected:
    /// Registers a route. @p pattern is a path with {name} placeholders for one
    /// segment each, e.g. "/v2/client/{clientId}/event/{eventId}/registrant".
    /// @p method may be "*" for any. @p endpoint names the counter.
    void addRoute(const QByteArray &method, const QString &pattern, const QString &endpoint,
                  Handler handler);

    /// The vendor's answer for "too many calls" (status, headers, body).
    virtual SandboxResponse rateLimitResponse(const SandboxRequest &request) = 0;
    /// The vendor's answer for an injected server error (default: 503 JSON).
    virtual SandboxResponse serverErrorResponse(const SandboxRequest &request);
    /// The vendor's answer for an unknown path (default: 404 JSON).
    virtual SandboxResponse notFoundResponse(const SandboxRequest &request);
    /// Extra figures for /_sandbox/counters, e.g. {"dailyUsed":12,"dailyMax":30000}.
    virtual QJsonObject limitUsage() const { return {}; }
    /// Invalidates every issued access token (token-expiry fault).
    virtual void expireAllTokens() { }
    /// Control access to stored records. @p id is empty for collection calls.
    virtual SandboxResponse controlRecords(const SandboxRequest &request, const QString &object,
                                           const QString &id);
    /// Hook run before the route handler (after faults) — e.g. per-second limits.
    /// Return a response to answer with it instead of the handler.
    virtual std::optional<SandboxResponse> beforeRoute(const SandboxRequest &request,
                                                       const QString &endpoint)
    {
        Q_UNUSED(request)
        Q_UNUSED(endpoint)
        return std::nullopt;
    }

    /// Whether @p request may change the world (then dispatch() writes the state file when
    /// one is set). Default: every method but GET and HEAD; override where a GET changes state.
    virtual bool mayChangeWorld(const SandboxRequest &request) const
    {
        return request.method != "GET" && request.method != "HEAD";
    }
    /// The subclass's part of saveState() / loadState().
    virtual QJsonObject saveWorld() const { return {}; }
    virtual bool loadWorld(const QJsonObject &world, QString *error)
    {
        Q_UNUSED(world)
        Q_UNUSED(error)
        return true;
    }

    /// Deterministic random generator for the emulator's own choices.
    QRandomGenerator &rng() { return m_rng; }

private:
    struct Route
    {
        QByteArray method;
        QStringList segments;
        QString endpoint;
        Handler handler;
    };

    SandboxResponse route(const SandboxRequest &request);
    SandboxResponse dispatchControl(const SandboxRequest &request);
    bool roll(double rate);
    void applyBodyFaults(SandboxResponse &response);

    QString m_name;
    QString m_error;
    quint16 m_port = 0;
    std::unique_ptr<EmulatorHttpServer> m_server;
    QList<Route> m_routes;
    FaultSettings m_faults;
    QRandomGenerator m_faultRng;
    QRandomGenerator m_rng;
    QHash<QString, qint64> m_calls;
    QHash<QString, qint64> m_faultsInjected; ///< by kind, for /_sandbox/counters "faults"
    qint64 m_total = 0;
    qint64 m_clockOffsetSecs = 0;
    QElapsedTimer m_limitClock;
    QString m_statePath;
    QByteArray m_savedState; ///< bytes of the last state file written (or read)
    QString m_stateError; ///< last write failure, logged once
    qint64 m_stateWrites = 0;
    qint64 m_stateChecks = 0; ///< serialisations after requests that may change the world
    qint64 m_stateNs = 0; ///< time spent serialising and writing them
};

} // namespace LeadBridge::Sandbox
