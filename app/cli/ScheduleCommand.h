#pragma once

#include "app/cli/CliCommand.h"

namespace LeadBridge {

/// `leadbridge-cli schedule [FLOW --every INTERVAL | --daily HH:MM | --off]`: shows the
/// schedules, or sets or removes one flow's schedule under the same rules as the Flows page
/// (ScheduleRules). Exit codes: 0, 2 usage (also when ScheduleRules refuses the schedule;
/// the sentence says why), 3 journal error.
class ScheduleCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::CommandLine)

public:
    static int run(const QString &flowName, const QString &every, const QString &daily, bool off,
        bool json, QTextStream &out, QTextStream &err);
};

} // namespace LeadBridge
