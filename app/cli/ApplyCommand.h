#pragma once

#include "app/cli/CliCommand.h"

namespace LeadBridge {

/// `leadbridge-cli apply RUN [--json]`: carries out preview RUN ("Apply this plan",
/// docs/apply-plan.md) as a new run of its flow that writes exactly what the preview planned;
/// records changed on either side since the preview are not written but listed with the
/// reason and the plan as it is now. Refused with a sentence (exit 2) when the preview cannot
/// be applied (PreviewApplyCheck). Exit codes otherwise as for sync: 0 succeeded, 1 succeeded
/// with errors, 3 failed, 4 cancelled.
class ApplyCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::CommandLine)

public:
    static int run(const QString &runText, bool json, QTextStream &out, QTextStream &err);
    /// The lines of the command in `leadbridge-cli --help`.
    static QString helpText();
};

} // namespace LeadBridge
