#pragma once

#include "core/model/Flow.h"
#include "core/model/Schedule.h"
#include "core/util/Expected.h"

#include <QCoreApplication>

namespace LeadBridge {

class Journal;

/// What a flow gets when it is set up, beyond its row in the flows table.
class FlowSetup
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::FlowSetup)

public:
    /// The schedule a new @p flow gets: its kind's default (ScheduleRules::defaultFor: F1
    /// every 6 hours, F2 every 4 hours, F3 daily at 02:00, F4 daily at 08:00), an interval
    /// raised to the flow's minimum when needed (4 hours with a Salesforce account), enabled,
    /// with its first run planned one period (or the next daily time) after @p now (UTC;
    /// the current time when invalid). Reads the flow's accounts from @p journal.
    static Expected<Schedule> defaultSchedule(
        Journal &journal, const Flow &flow, const QDateTime &now = QDateTime());

    /// Gives @p flow (just added with FlowRepository::add, so it has an id) its default
    /// schedule (see defaultSchedule()). A flow that already has a schedule keeps it, so
    /// calling this twice changes nothing. Fails with a sentence when the journal cannot
    /// be written.
    static Status applyDefaultSchedule(Journal &journal, const Flow &flow);
};

} // namespace LeadBridge
