#include "core/engine/FlowRunners.h"

#include <mutex>

namespace LeadBridge {

void registerBuiltInFlowRunners()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // One line per flow runner; each registers itself with SyncEngine::registerRunner().
        registerCrmContactSyncRunner();
        registerWebinarImportRunner();
        registerListSyncRunner();
        registerLeadHandoffRunner();
        registerUndoRunner();
    });
}

} // namespace LeadBridge
