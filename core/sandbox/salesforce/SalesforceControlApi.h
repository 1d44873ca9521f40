#pragma once

#include "core/sandbox/salesforce/SalesforceApi.h"

namespace LeadBridge::Sandbox {

/// The Salesforce emulator's control endpoints under /_sandbox/records: the connected app's
/// OAuth policies, Login History and record access.
class SalesforceControlApi : public SalesforceApi
{
public:
    using SalesforceApi::SalesforceApi;

    SandboxResponse controlConnectedApp(const SandboxRequest &request, const QString &clientId);
    SandboxResponse controlLoginHistory(const SandboxRequest &request);
    /// POST /_sandbox/records/LeadConvert {"leadId", "contactId"?}: what a sales rep's
    /// "Convert" (SOAP convertLead()) does to a lead.
    SandboxResponse controlConvertLead(const SandboxRequest &request);
    /// GET|PATCH /_sandbox/records/limits {"dailyMax", "dailyUsed"}: the org's daily API
    /// allowance and today's usage, as the limits resource and Sforce-Limit-Info report them
    /// (tests preset a nearly used allowance with it).
    SandboxResponse controlLimits(const SandboxRequest &request);
    /// GET|POST|PATCH|DELETE /_sandbox/records/{object}[/{id}] (Emulator::controlRecords).
    SandboxResponse records(
        const SandboxRequest &request, const QString &object, const QString &id);
};

} // namespace LeadBridge::Sandbox
