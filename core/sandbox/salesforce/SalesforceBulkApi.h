#pragma once

#include "core/sandbox/salesforce/SalesforceApi.h"

namespace LeadBridge::Sandbox {

/// The Salesforce emulator's Bulk API 2.0: ingest jobs (CSV upload, processing, results)
/// and query jobs.
class SalesforceBulkApi : public SalesforceApi
{
public:
    using SalesforceApi::SalesforceApi;

    SandboxResponse ingestCreate(const SandboxRequest &request, const Session &session);
    SandboxResponse ingestList(const SandboxRequest &request);
    SandboxResponse ingestGet(const SandboxRequest &request);
    SandboxResponse ingestUpload(const SandboxRequest &request);
    SandboxResponse ingestPatch(const SandboxRequest &request, const Session &session);
    SandboxResponse ingestDelete(const SandboxRequest &request);
    SandboxResponse ingestResults(const SandboxRequest &request);
    SandboxResponse queryJobCreate(const SandboxRequest &request, const Session &session);
    SandboxResponse queryJobList(const SandboxRequest &request);
    SandboxResponse queryJobGet(const SandboxRequest &request);
    SandboxResponse queryJobPatch(const SandboxRequest &request);
    SandboxResponse queryJobDelete(const SandboxRequest &request);
    SandboxResponse queryJobResults(const SandboxRequest &request);
    QJsonObject ingestInfo(const IngestJob &job) const;
    QJsonObject queryJobInfo(const QueryJob &job) const;
    void processIngest(IngestJob &job, int userRow);

private:
    /// GET /jobs/ingest and /jobs/query: every job in one page ({"done":true, "records",
    /// "nextRecordsUrl":null}).
    template<typename Job, typename Info>
    SandboxResponse listJobs(const QHash<QString, Job> &jobs, Info info) const;
    /// GET /jobs/{ingest|query}/{id}: the job's info, or NOT_FOUND.
    template<typename Job, typename Info>
    SandboxResponse getJob(
        const SandboxRequest &request, const QHash<QString, Job> &jobs, Info info) const;
};

} // namespace LeadBridge::Sandbox
