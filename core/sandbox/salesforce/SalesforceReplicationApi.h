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

private:
    /// What getUpdated and getDeleted check alike: the sObject, start and end present and
    /// parseable, both cut to the minute, start before end. The caller checks how far back
    /// start may go (30 days updated, 15 days deleted).
    std::optional<SandboxResponse> readWindow(
        const SandboxRequest &request, SObjectTable **table, qint64 *startMs, qint64 *endMs);
};

} // namespace LeadBridge::Sandbox
