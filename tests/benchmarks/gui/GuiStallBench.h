#pragma once

#include "tests/benchmarks/suite/BenchResult.h"

#include <QString>

namespace LeadBridge::Bench {

class BenchSandbox;

/// gui-stall: the F2 flow of BenchF2 (N Salesforce leads into an Act-On list, against a
/// leadbridge-sandbox process) started from the real main window (AppSession) by clicking
/// Sync Now with the flow selected on the Flows page, while a 5 ms heartbeat timer on the
/// GUI thread records every gap. The flow's secrets go into the keychain first, where the
/// app reads them (run it under scripts/with-keyring.sh).
class GuiStallBench
{
public:
    static BenchResult run(BenchSandbox &sandbox, const QString &dataDir, qint64 count);
};

} // namespace LeadBridge::Bench
