#pragma once

#include "core/sandbox/salesforce/SalesforceApi.h"

namespace LeadBridge::Sandbox {

/// The Salesforce emulator's discovery and limits: API versions, REST resources and
/// GET /limits.
class SalesforceLimitsApi : public SalesforceApi
{
public:
    using SalesforceApi::SalesforceApi;

    SandboxResponse versions(const SandboxRequest &request);
    SandboxResponse resources(const SandboxRequest &request);
    SandboxResponse limits(const SandboxRequest &request);
};

} // namespace LeadBridge::Sandbox
