#include "tests/benchmarks/suite/BenchRateBudget.h"

#include "tests/benchmarks/suite/BenchF1.h"
#include "tests/benchmarks/suite/BenchSandbox.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace LeadBridge::Bench {

BenchRateBudget::BenchRateBudget(BenchSandbox &sandbox, const QString &dataDir)
    : m_sandbox(sandbox)
    , m_dataDir(dataDir)
{ }

BenchResult BenchRateBudget::run(qint64 registrants, int webinars, QString *error)
{
    BenchF1 f1(m_sandbox, m_dataDir);
    if (!f1.setUp(error))
        return {};
    BenchResult result = f1.run(u"rate-budget"_s, true, registrants);
    const QJsonObject counters = m_sandbox.counters(u"acton"_s);
    const double latencyMs = m_sandbox.call(u"acton"_s, "GET", u"/_sandbox/faults"_s)
                                 .json()
                                 .value(u"latencyMs"_s)
                                 .toDouble();
    f1.verify(result, registrants, webinars);
    // Act-On work starts with reading its lists (planning) and lasts to the run's end; the
    // sign-in before it has a limit of its own.
    const double window = result.phaseSeconds.value(u"planning"_s)
        + result.phaseSeconds.value(u"applying"_s) + result.phaseSeconds.value(u"finishing"_s);
    const qint64 calls = counters.value(u"total"_s).toInteger()
        - counters.value(u"calls"_s).toObject().value(u"token"_s).toInteger();
    result.extra.insert(
        u"rate_busy_pct"_s, window > 0 ? 100.0 * double(calls) / (window * kCallsPerSecond) : 0.0);
    result.extra.insert(u"acton_latency_ms"_s, latencyMs);
    result.extra.insert(u"acton_work_s"_s, window);
    result.verification += u"; %1 Act-On calls after sign-in in %2 s of Act-On work, %3 ms "
                           "latency injected; rate-limit answers %4 (must be 0)"_s.arg(calls)
                               .arg(window, 0, 'f', 1)
                               .arg(latencyMs)
                               .arg(result.rateLimitAnswers);
    if (latencyMs < 50) {
        result.verified = false;
        result.verification += u"; the sandbox was not started with --faults acton:latency=50"_s;
    }
    if (result.rateLimitAnswers != 0)
        result.verified = false;
    return result;
}

} // namespace LeadBridge::Bench
