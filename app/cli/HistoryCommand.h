#pragma once

#include "app/cli/CliCommand.h"

namespace LeadBridge {

/// `leadbridge-cli history [FLOW] [--limit N]` lists recent runs (of one flow), newest
/// first; `history --run ID` lists the record changes of one run. Exit codes: 0, 2 usage (no
/// such flow or run), 3 journal error.
class HistoryCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::CommandLine)

public:
    /// @p runId > 0 shows that run's changes; @p limit 0 means the default.
    static int run(const QString &flowName, qint64 runId, int limit, bool json, QTextStream &out,
        QTextStream &err);
};

} // namespace LeadBridge
