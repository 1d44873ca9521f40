#pragma once

#include "core/sandbox/salesforce/SalesforceApi.h"

#include <functional>

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
    /// One record of a collection write between its check and its write (each call uses
    /// the members it needs).
    struct Item
    {
        SObjectTable *t = nullptr;
        int row = -1;
        Staged staged;
        QString value; ///< the external id value (upsert)
        QJsonObject rec;
        SaveResult r; ///< the check's result, then the write's
    };
    /// The answer to a collection write whose @p items were checked, in order: each valid
    /// record is then written by @p write, unless @p allOrNone and a record failed, when the
    /// valid ones are rolled back. With @p upsert each answer says "created" (true for every
    /// record of a rolled-back call, which then has no id).
    static SandboxResponse writeAnswer(
        QList<Item> &items, bool allOrNone, bool upsert, const std::function<void(Item &)> &write);
    /// A collection write from its body (readCollection()): each record is checked by
    /// @p check, then answered by writeAnswer().
    SandboxResponse writeCollection(const SandboxRequest &request, bool upsert,
        const std::function<Item(const QJsonObject &record)> &check,
        const std::function<void(Item &)> &write);
};

} // namespace LeadBridge::Sandbox
