#pragma once

#include <QJsonObject>
#include <QString>

namespace LeadBridge::Sandbox {

/// Fault knobs of one emulator. Rates are fractions in [0,1] drawn from a
/// seeded generator, so a run with the same seed sees the same faults.
/// The "next" counters are deterministic one-shots for tests.
struct FaultSettings
{
    /// Upper bounds checked by fromJson() and parseSpec(); larger, negative, fractional
    /// counts and non-finite values (nan, inf) are refused with a sentence.
    static constexpr int kMaxLatencyMs = 10 * 60 * 1000; ///< latency and jitter: 10 minutes
    static constexpr int kMaxDripBytesPerSecond = 1024 * 1024 * 1024;
    static constexpr int kMaxTokenLifetimeSeconds = 366 * 24 * 3600;
    static constexpr int kMaxCount = 1'000'000; ///< the "next N" counters

    int latencyMs = 0; ///< added before every answer
    int latencyJitterMs = 0; ///< uniform extra latency in [0, jitter]
    double errorRate = 0.0; ///< share of calls answered with a 5xx
    double rateLimitRate = 0.0; ///< share of calls answered with the API's rate-limit answer
    double truncateRate = 0.0; ///< share of answers whose body is cut in half
    double malformedRate = 0.0; ///< share of answers whose body is not valid JSON/XML/CSV
    int dripBytesPerSecond = 0; ///< 0 = off; otherwise bodies trickle out at this rate
    int failNext = 0; ///< the next N calls get a 5xx
    int rateLimitNext = 0; ///< the next N calls get the rate-limit answer
    int truncateNext = 0; ///< the next N answers are truncated
    int malformedNext = 0; ///< the next N answers are malformed
    double redirectRate = 0.0; ///< share of calls answered 307 to the same URL (same origin)
    double oversizeRate = 0.0; ///< share of answers announcing a 1 GiB body (Content-Length)
    int tokenExpiryEvery = 0; ///< 0 = off; otherwise every Nth call first expires all tokens
    int tokenLifetimeSeconds = -1; ///< overrides the API's access-token lifetime (-1 = the API's own)
    /// The next N job-status polls (of any job) answer "still pending/running" instead of the
    /// result, for APIs with asynchronous jobs (Act-On list uploads). Other emulators ignore it.
    int jobPendingNext = 0;
    quint32 seed = 1; ///< seed of the fault generator

    /// JSON form used by the control endpoint and the --faults flag.
    QJsonObject toJson() const;
    /// Merges the keys present in @p json into @p base; unknown keys set @p error.
    static FaultSettings fromJson(const QJsonObject &json, const FaultSettings &base,
                                  QString *error = nullptr);
    /// Parses the flag form "latency=50,error=0.1,ratelimit=0.05,truncate=0,malformed=0,drip=0,
    /// tokenLifetime=60,jobpending=3,seed=7"; on bad input returns false and sets @p error.
    static bool parseSpec(const QString &spec, FaultSettings *out, QString *error);
};

} // namespace LeadBridge::Sandbox
