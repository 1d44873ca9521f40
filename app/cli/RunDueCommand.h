#pragma once

#include "app/cli/CliCommand.h"

namespace LeadBridge {

/// `leadbridge-cli run-due`: runs, one after another, every scheduled flow that is due now
/// (or whose retry is due), with the window's Scheduler ticked once; for cron or a systemd
/// timer. Exit codes: 0 every due run succeeded (or was skipped because it was running
/// elsewhere) or nothing was due, 1 some records failed, 3 a run failed, 4 cancelled.
class RunDueCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::CommandLine)

public:
    static int run(bool json, QTextStream &out, QTextStream &err);
};

} // namespace LeadBridge
