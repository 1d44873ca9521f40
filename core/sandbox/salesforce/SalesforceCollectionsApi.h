#pragma once

#include "core/sandbox/salesforce/SalesforceApi.h"

namespace LeadBridge::Sandbox {

/// The Salesforce emulator's sObject Collections (/composite/sobjects): create, update,
/// upsert, delete and retrieve of up to 200 records.
class SalesforceCollectionsApi : public SalesforceApi
{
public:
    using SalesforceApi::SalesforceApi;

    SandboxResponse collectionCreate(const SandboxRequest &request, const Session &session);
    SandboxResponse collectionUpdate(const SandboxRequest &request, const Session &session);
    SandboxResponse collectionUpsert(const SandboxRequest &request, const Session &session);
    SandboxResponse collectionDelete(const SandboxRequest &request);
    SandboxResponse collectionRetrieve(const SandboxRequest &request);
};

} // namespace LeadBridge::Sandbox
