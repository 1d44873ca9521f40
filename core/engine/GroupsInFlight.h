#pragma once

#include <functional>

namespace LeadBridge {

/// Bookkeeping of the applied groups a run writes at the same time (CrmContactSyncRunner):
/// how many are in flight, whether one must be written alone, the one step waiting for a free
/// slot or for all of them, and how the run ends when a group stops. Single-threaded.
class GroupsInFlight
{
public:
    /// At most @p limit groups at once (at least 1).
    explicit GroupsInFlight(int limit = 1);
    void setLimit(int limit);
    int limit() const { return m_limit; }
    /// Groups started and not yet ended.
    int count() const { return m_count; }
    /// A group stopped (stop()): no new group starts, the waiting step is dropped.
    bool stopping() const { return m_stopping; }

    /// Runs @p next now, or once a group may start: nothing in flight, or fewer than limit()
    /// and neither the waiting group nor one in flight must be written alone
    /// (@p exclusive: the group to start must be).
    void whenFree(bool exclusive, std::function<void()> next);
    /// Runs @p next now, or once every group in flight has ended.
    void afterAll(std::function<void()> next);
    /// A group starts.
    void started(bool exclusive);
    /// A group stops early; the first stop's @p end is how the run ends, once the last group
    /// in flight has ended (the others stop at their next step).
    void stop(std::function<void()> end);
    /// A group has ended (committed): runs the waiting step when its condition holds, or the
    /// stop's end after the last one.
    void ended();

private:
    bool freeFor(bool exclusive) const;

    int m_limit = 1;
    int m_count = 0;
    bool m_exclusiveInFlight = false; ///< alone by construction: cleared when none is left
    bool m_waitForAll = false;
    bool m_waitingExclusive = false;
    std::function<void()> m_waiting;
    bool m_stopping = false;
    std::function<void()> m_stopEnd;
};

} // namespace LeadBridge
