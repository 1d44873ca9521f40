#pragma once

#include "tests/benchmarks/suite/BenchResult.h"

namespace LeadBridge::Bench {

/// history-open: the real main window (AppSession, as the app starts it) on a journal of
/// synthetic record changes (written before by JournalFiller, `fill-journal`). Clicks History in the navigation, clicks the
/// newest run (the largest, a tenth of all changes) and scrolls its change list to the
/// end, timing each step from the click to the paint that shows it.
class HistoryOpenBench
{
public:
    /// Measures on the journal in the data folder (AppPaths). With @p screenshot set, saves
    /// the window as that PNG file at the end.
    static BenchResult run(const QString &screenshot);
};

} // namespace LeadBridge::Bench
