#pragma once

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

    QJsonObject toJson() const;
    /// Human-readable lines (a header line, then the figures).
    QString toText() const;
};

} // namespace LeadBridge::Bench
