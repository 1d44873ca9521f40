#include "core/engine/GroupsInFlight.h"

#include <QtGlobal>

#include <utility>

namespace LeadBridge {

GroupsInFlight::GroupsInFlight(int limit)
    : m_limit(qMax(1, limit))
{ }

void GroupsInFlight::setLimit(int limit)
{
    m_limit = qMax(1, limit);
}

bool GroupsInFlight::freeFor(bool exclusive) const
{
    return m_count == 0 || (m_count < m_limit && !m_exclusiveInFlight && !exclusive);
}

void GroupsInFlight::whenFree(bool exclusive, std::function<void()> next)
{
    if (freeFor(exclusive))
        return next();
    m_waitForAll = false;
    m_waitingExclusive = exclusive;
    m_waiting = std::move(next);
}

void GroupsInFlight::afterAll(std::function<void()> next)
{
    if (m_count == 0)
        return next();
    m_waitForAll = true;
    m_waiting = std::move(next);
}

void GroupsInFlight::started(bool exclusive)
{
    ++m_count;
    m_exclusiveInFlight = m_exclusiveInFlight || exclusive;
}

void GroupsInFlight::stop(std::function<void()> end)
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_stopEnd = std::move(end);
}

void GroupsInFlight::ended()
{
    if (--m_count == 0)
        m_exclusiveInFlight = false;
    if (m_stopping) {
        m_waiting = nullptr;
        if (m_count == 0 && m_stopEnd) {
            auto end = std::exchange(m_stopEnd, nullptr);
            end();
        }
        return;
    }
    if (!m_waiting || (m_waitForAll ? m_count > 0 : !freeFor(m_waitingExclusive)))
        return;
    auto next = std::exchange(m_waiting, nullptr);
    next();
}

} // namespace LeadBridge
