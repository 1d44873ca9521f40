#pragma once

#include "core/sandbox/salesforce/SalesforceApi.h"

namespace LeadBridge::Sandbox {

/// The Salesforce emulator's REST sObject API: describe, single-record CRUD and upsert, and
/// SOQL query/queryAll/queryMore with its cursors.
class SalesforceRestApi : public SalesforceApi
{
public:
    using SalesforceApi::SalesforceApi;

    SandboxResponse describeGlobal(const SandboxRequest &request);
    SandboxResponse sobjectInfo(const SandboxRequest &request);
    SandboxResponse describe(const SandboxRequest &request);
    SandboxResponse query(const SandboxRequest &request, bool all);
    SandboxResponse queryMore(const SandboxRequest &request);
    QByteArray queryPage(const QString &version, const QString &locator, const Cursor &cursor,
        qsizetype offset, qsizetype totalSize) const;
    SandboxResponse createOne(const SandboxRequest &request, const Session &session);
    SandboxResponse retrieveOne(const SandboxRequest &request);
    SandboxResponse updateOne(const SandboxRequest &request, const Session &session);
    SandboxResponse deleteOne(const SandboxRequest &request);
    SandboxResponse upsertOne(const SandboxRequest &request, const Session &session);

private:
    /// The record /sobjects/{object}/{id} names: NOT_FOUND for an unknown object or id,
    /// ENTITY_IS_DELETED for a deleted record.
    std::optional<SandboxResponse> findLive(
        const SandboxRequest &request, SObjectTable **table, int *row);
};

} // namespace LeadBridge::Sandbox
