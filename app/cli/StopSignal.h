#pragma once

namespace LeadBridge {

/// Ctrl+C (SIGINT) and SIGTERM as a flag for the command line's event loops. While an
/// instance lives, the two signals only set the flag (a signal handler may do nothing else);
/// the loops look at requested() a few times a second and cancel cleanly. The destructor
/// gives the signals their default meaning back.
class StopSignal
{
public:
    /// Clears the flag and catches SIGINT and SIGTERM.
    StopSignal();
    /// Restores the default handling of SIGINT and SIGTERM.
    ~StopSignal();
    StopSignal(const StopSignal &) = delete;
    StopSignal &operator=(const StopSignal &) = delete;

    /// Whether SIGINT or SIGTERM arrived since the last StopSignal was created.
    static bool requested();
};

} // namespace LeadBridge
