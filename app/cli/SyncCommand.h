#pragma once

#include "app/cli/CliCommand.h"

namespace LeadBridge {

/// `leadbridge-cli sync FLOW [--full] [--preview]`: runs one flow now (by name or number),
/// with a progress line on a terminal; Ctrl+C cancels the run cleanly. Exit codes: 0
/// succeeded, 1 succeeded with errors, 2 usage (e.g. no such flow), 3 failed (also when the
/// flow is already running in another LeadBridge process), 4 cancelled.
class SyncCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::CommandLine)

public:
    static int run(const QString &flowName, bool full, bool preview, bool json, QTextStream &out,
        QTextStream &err);
};

} // namespace LeadBridge
