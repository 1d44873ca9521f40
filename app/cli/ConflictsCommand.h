#pragma once

#include "app/cli/CliCommand.h"

#include <QStringList>

namespace LeadBridge {

/// `leadbridge-cli conflicts [FLOW] [--json]`: the conflicts held for review (flow rule "Hold
/// for review"), open and decided ones first, then the latest applied or superseded;
/// `leadbridge-cli conflicts resolve ID [ID ...] --keep crm|acton`: keeps one value, which
/// the flow's next run writes (ConflictRepository). Exit codes: 0, 2 usage (unknown flow,
/// bad id, missing --keep, a conflict already applied), 3 journal error.
class ConflictsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::CommandLine)

public:
    /// @p arguments: the words after "conflicts" (a flow, or "resolve" and ids).
    static int run(const QStringList &arguments, const QString &keep, bool json, QTextStream &out,
        QTextStream &err);
    /// The lines of `leadbridge-cli --help` for the command.
    static QString helpText();
};

} // namespace LeadBridge
