#pragma once

#include <QString>

namespace LeadBridge {

/// Debug aid for crash tests: with the environment variable LEADBRIDGE_PHASE_MARKERS set,
/// the engine writes one line "LEADBRIDGE-PHASE <name>" to standard error when a run
/// enters a phase (fetch, plan, apply, finish), reaches a checkpoint of the runner, and
/// after every journal commit of a batch ("commit"), so a test can aim a SIGKILL at a
/// phase. Without the variable nothing is written and nothing else changes.
class PhaseMarkers
{
public:
    /// True when LEADBRIDGE_PHASE_MARKERS is set (read once per process).
    static bool enabled();
    /// Writes the marker line for @p name (unbuffered) when enabled().
    static void mark(const QString &name);
};

} // namespace LeadBridge
