#pragma once

#include "tests/benchmarks/suite/BenchResult.h"

#include <QElapsedTimer>

namespace LeadBridge::Bench {

/// cold-start: this process's start (its start time in /proc/self/stat) to the first
/// painted main window, started as the app starts it (AppSession: journal, keychain,
/// engine thread, every page) on the journal in the data folder (`fill-journal --size-mb`).
class ColdStartBench
{
public:
    /// Call first thing in main(): notes how long the process took to reach main().
    static void noteMainEntered();
    /// Call right after the QApplication exists.
    static void noteApplicationCreated();
    /// Starts the window and measures up to its first paint.
    static BenchResult run();

private:
    static double s_toMainMs;
    static double s_applicationMs;
    static QElapsedTimer s_sinceMain;
};

} // namespace LeadBridge::Bench
