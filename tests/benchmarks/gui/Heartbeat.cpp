#include "tests/benchmarks/gui/Heartbeat.h"

#include <algorithm>
#include <cmath>

namespace LeadBridge::Bench {

Heartbeat::Heartbeat(int intervalMs, QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &Heartbeat::tick);
}

void Heartbeat::start()
{
    m_gapsNs.clear();
    m_maxNs = 0;
    m_maxContext.clear();
    m_stalls.clear();
    m_gapsNs.reserve(1 << 16);
    m_clock.start();
    m_lastNs = 0;
    m_timer.start();
}

void Heartbeat::stop()
{
    m_timer.stop();
    tick(); // the gap up to now counts too
}

void Heartbeat::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 gap = now - m_lastNs;
    m_gapsNs.push_back(gap);
    if (gap > m_maxNs) {
        m_maxNs = gap;
        m_maxContext = m_context;
    }
    if (gap > m_thresholdNs)
        ++m_stalls[m_context];
    m_lastNs = now;
}

double Heartbeat::maxGapMs() const
{
    if (m_gapsNs.empty())
        return 0;
    return double(*std::max_element(m_gapsNs.cbegin(), m_gapsNs.cend())) / 1e6;
}

double Heartbeat::percentileGapMs(double percentile) const
{
    if (m_gapsNs.empty())
        return 0;
    std::vector<qint64> sorted = m_gapsNs;
    const auto rank = std::min(sorted.size() - 1,
        size_t(std::ceil(percentile / 100.0 * double(sorted.size()))) - 1);
    std::nth_element(sorted.begin(), sorted.begin() + qsizetype(rank), sorted.end());
    return double(sorted[rank]) / 1e6;
}

} // namespace LeadBridge::Bench
