#pragma once

#include "app/cli/CliCommand.h"

namespace LeadBridge {

/// `leadbridge-cli sandbox [--serve] [--reset]`: starts the built-in emulators, links and
/// tests the four demo accounts and prints the endpoints; --serve keeps them running until
/// Ctrl+C, --reset generates the demo world anew (the flows on sandbox accounts forget the old
/// sandbox records). Exit codes: 0, 3 journal error, 4 the sandbox or an account check failed.
class SandboxCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::CommandLine)

public:
    static int run(bool serve, bool reset, bool json, QTextStream &out, QTextStream &err);
};

} // namespace LeadBridge
