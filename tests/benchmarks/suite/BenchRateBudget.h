#pragma once

#include "tests/benchmarks/suite/BenchResult.h"

#include <QString>

namespace LeadBridge::Bench {

class BenchSandbox;

/// rate-budget: how much of Act-On's allowed call rate (5 calls a second) the engine keeps
/// busy while it has Act-On work, with 50 ms of latency in every Act-On answer (the sandbox
/// is started with --faults acton:latency=50). It runs the F1 flow full against the
/// synthetic ON24 world (one list per webinar: many Act-On calls) and reports
/// rate_busy_pct = Act-On calls after sign-in / (seconds from the first Act-On work to the
/// end of the run × 5), and the rate-limit answers (which must be none). The F1 result is
/// verified record by record as in f1-full.
class BenchRateBudget
{
public:
    static constexpr double kCallsPerSecond = 5.0;

    BenchRateBudget(BenchSandbox &sandbox, const QString &dataDir);

    /// Runs and measures; @p registrants in @p webinars as the sandbox was started.
    BenchResult run(qint64 registrants, int webinars, QString *error);

private:
    BenchSandbox &m_sandbox;
    QString m_dataDir;
};

} // namespace LeadBridge::Bench
