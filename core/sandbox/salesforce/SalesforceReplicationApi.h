#pragma once

#include "core/sandbox/salesforce/SalesforceApi.h"

namespace LeadBridge::Sandbox {

/// The Salesforce emulator's replication API: sObject getUpdated and getDeleted.
class SalesforceReplicationApi : public SalesforceApi
{
public:
    using SalesforceApi::SalesforceApi;

    SandboxResponse updated(const SandboxRequest &request);
    SandboxResponse deleted(const SandboxRequest &request);
};

} // namespace LeadBridge::Sandbox
