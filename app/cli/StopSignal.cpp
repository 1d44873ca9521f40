#include "app/cli/StopSignal.h"

#include <atomic>
#include <csignal>

namespace LeadBridge {

namespace {
std::atomic_bool g_stopRequested { false };

extern "C" void requestStop(int)
{
    g_stopRequested = true;
}
} // namespace

StopSignal::StopSignal()
{
    g_stopRequested = false;
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
}

StopSignal::~StopSignal()
{
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}

bool StopSignal::requested()
{
    return g_stopRequested;
}

} // namespace LeadBridge
