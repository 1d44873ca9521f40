#pragma once

#include "core/model/RunSummary.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace LeadBridge::Bench {

/// The figures of one benchmark: what scripts/bench.sh prints as a table row or JSON object.
struct BenchResult
{
    QString name;
    qint64 count = 0; ///< records in the world
    double wallSeconds = 0;
    double peakRssMb = 0; ///< of the LeadBridge (benchmark) process alone
    QMap<QString, qint64> calls; ///< per system, as the sandbox counted them
    qint64 rateLimitAnswers = 0; ///< rate-limit answers the engine received
    double journalGrowthMb = 0;
    QMap<QString, double> phaseSeconds; ///< loading, authenticating, fetching, planning, …
    double waitingOnLimitsSeconds = 0; ///< limiter and back-off waits (inside the phases)
    qint64 created = 0, updated = 0, deleted = 0, skipped = 0, errors = 0;
    QMap<QString, double> extra; ///< benchmark-specific figures (e.g. rate_busy_pct)
    bool verified = false;
    QString verification; ///< what was checked, or what differed
    /// GUI benchmarks only (left out of the output when negative): longest gap of the GUI
    /// thread's heartbeat timer, its 99th percentile, and times to a painted window or page.
    double maxStallMs = -1;
    double p99GapMs = -1;
    double firstPaintMs = -1;
    double endPaintMs = -1; ///< history-open: to the paint after scrolling to the end

    /// Takes a run's created / updated / deleted / skipped / errors counts.
    void setRecords(const RunCounts &counts);

    QJsonObject toJson() const;
    /// Human-readable lines (a header line, then the figures).
    QString toText() const;
    /// Peak resident memory of this process so far (VmHWM), in MB; -1 when unknown.
    static double peakRssMbNow();
    /// Resets the peak (Linux clear_refs 5) to the current resident size.
    static void resetPeakRss();

private:
    QJsonObject coreJson() const;
};

} // namespace LeadBridge::Bench
