#pragma once

#include "core/sandbox/salesforce/SalesforceApi.h"

namespace LeadBridge::Sandbox {

/// The Salesforce emulator's Analytics reports: list, describe and run of the demo report.
class SalesforceReportsApi : public SalesforceApi
{
public:
    using SalesforceApi::SalesforceApi;

    SandboxResponse reportList(const SandboxRequest &request);
    SandboxResponse reportRun(const SandboxRequest &request);
    SandboxResponse reportDescribe(const SandboxRequest &request);
};

} // namespace LeadBridge::Sandbox
