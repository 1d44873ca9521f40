#pragma once

namespace LeadBridge {

/// Registers every built-in flow runner with SyncEngine (idempotent, thread-safe). Called by
/// SyncEngine's constructor. Each flow's file provides one registration function, listed in
/// FlowRunners.cpp.
void registerBuiltInFlowRunners();

/// F2: Salesforce/Pipeliner ↔ Act-On (CrmContactSyncRunner.cpp).
void registerCrmContactSyncRunner();

} // namespace LeadBridge
