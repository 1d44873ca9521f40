#pragma once

#include "core/sandbox/DemoDataset.h"

#include <QDateTime>

namespace LeadBridge::Test {

/// The ON24 world of the ON24 emulator and connector tests (tst_sandbox_on24,
/// tst_connector_on24), built around a moment @p now so that the date windows hold.
class On24DemoWorld
{
public:
    /// Person @p i with every registrant field filled (phone, address, company, job).
    static Sandbox::DemoPerson person(int i);
    /// A registration of person @p personIndex at @p at (partner "linkedin" for odd
    /// indexes, "newsletter" for even ones).
    static Sandbox::DemoRegistration registration(int personIndex, const QDateTime &at);
    /// Webinar @p id of one hour from @p start, with title, description and campaign code.
    static Sandbox::DemoEvent event(qint64 id, const QDateTime &start);
    /// 400 people and the clients 1001 (two events: 5001 ten days ago with 3 registrations
    /// and 2 attendances, 5002 in five days), 1002 (one event), 1003 (exactly 100
    /// registrations), 1004 (250) and 1005 (no events).
    static Sandbox::DemoDataset dataset(const QDateTime &now);
};

} // namespace LeadBridge::Test
