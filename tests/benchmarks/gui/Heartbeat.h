#pragma once

#include <QElapsedTimer>
#include <QMap>
#include <QObject>
#include <QTimer>

#include <vector>

namespace LeadBridge::Bench {

/// A precise timer on the GUI thread that ticks every few milliseconds and keeps every gap
/// between two ticks: a gap well over the interval is a stall of the event loop.
class Heartbeat : public QObject
{
    Q_OBJECT
public:
    explicit Heartbeat(int intervalMs, QObject *parent = nullptr);

    void start();
    void stop();
    /// Longest gap between two ticks, in milliseconds.
    double maxGapMs() const;
    /// The gap that 99 % of the gaps do not exceed, in milliseconds.
    double percentileGapMs(double percentile) const;
    qsizetype ticks() const { return qsizetype(m_gapsNs.size()); }
    /// Names what is going on now (e.g. the run's phase); each gap is booked under the
    /// context that was set when it ended.
    void setContext(const QString &context) { m_context = context; }
    /// The context of the longest gap.
    QString maxGapContext() const { return m_maxContext; }
    /// Per context: how many gaps exceeded @p ms (see stallsOver()).
    QMap<QString, int> stallsOver() const { return m_stalls; }
    /// The threshold stallsOver() counts against (default 50 ms).
    void setStallThresholdMs(double ms) { m_thresholdNs = qint64(ms * 1e6); }

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    std::vector<qint64> m_gapsNs;
    qint64 m_maxNs = 0;
    qint64 m_thresholdNs = 50'000'000;
    QString m_context;
    QString m_maxContext;
    QMap<QString, int> m_stalls;
};

} // namespace LeadBridge::Bench
