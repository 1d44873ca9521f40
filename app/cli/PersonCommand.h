#pragma once

#include "app/cli/CliCommand.h"

namespace LeadBridge {

/// `leadbridge-cli person EMAIL [--limit N] [--json]`: one person across systems — the ids
/// each flow links the person to now and every recorded change to the person in any system,
/// flow and run, newest first (PersonTimeline). An address nobody recorded gives an empty
/// timeline and exit 0. Exit codes: 0, 2 usage (not an e-mail address), 3 journal error.
class PersonCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::CommandLine)

public:
    /// @p limit 0 means the default (PersonTimeline::kDefaultLimit).
    static int run(const QString &email, int limit, bool json, QTextStream &out, QTextStream &err);
    /// The lines of `leadbridge-cli --help` for the command.
    static QString helpText();
};

} // namespace LeadBridge
