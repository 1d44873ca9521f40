#pragma once

namespace LeadBridge {

/// Registers every built-in flow runner with SyncEngine (idempotent, thread-safe). Called by
/// SyncEngine's constructor. Each flow's file provides one registration function, listed in
/// FlowRunners.cpp.
void registerBuiltInFlowRunners();

/// F2: Salesforce/Pipeliner ↔ Act-On (CrmContactSyncRunner.cpp).
void registerCrmContactSyncRunner();

/// F1: ON24 → Act-On (flows/WebinarImportRunner.cpp).
void registerWebinarImportRunner();

/// F3: Salesforce ↔ an Act-On list (flows/ListSyncRunner.cpp).
void registerListSyncRunner();

/// F4: Act-On → Pipeliner / Salesforce leads (flows/LeadHandoffRunner.cpp).
void registerLeadHandoffRunner();

/// The undo of a run of any flow (UndoRunner.cpp; SyncEngine::registerUndoRunner()).
void registerUndoRunner();

} // namespace LeadBridge
