#pragma once

#include "app/cli/CliCommand.h"
#include "core/model/Flow.h"
#include "core/util/Expected.h"

namespace LeadBridge {

class Journal;

/// `leadbridge-cli flows`: the flows with their accounts and last run; and the look-up of a
/// flow by name or number that sync, schedule and history share. Exit codes: 0, 3 journal
/// error.
class FlowsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::CommandLine)

public:
    static int run(bool json, QTextStream &out, QTextStream &err);

    /// A flow by number or by name (case-insensitive); a sentence when none or several match.
    static Expected<Flow> find(Journal &journal, const QString &nameOrId);

private:
    static QString kindText(FlowKind kind);
};

} // namespace LeadBridge
