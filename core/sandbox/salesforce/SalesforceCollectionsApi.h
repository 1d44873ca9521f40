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

private:
    /// The body of a collection write: {"allOrNone": bool, "records": [...]}.
    struct CollectionInput
    {
        bool allOrNone = false;
        QJsonArray records;
    };

    /// The {"allOrNone", "records"} body of a collection write, at most 200 records; the
    /// vendor's JSON_PARSER_ERROR or EXCEEDED_ID_LIMIT answer when it is not.
    std::optional<SandboxResponse> readCollection(
        const SandboxRequest &request, CollectionInput *in);
    /// Marks a valid record of a failed allOrNone call as rolled back.
    static void rollBack(SaveResult &r);
};

} // namespace LeadBridge::Sandbox
