#pragma once

#include "core/sandbox/salesforce/SalesforceApi.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace LeadBridge::Sandbox {

/// The Salesforce emulator's Bulk API 2.0: ingest jobs (CSV upload, processing, results)
/// and query jobs.
class SalesforceBulkApi : public SalesforceApi
{
public:
    using SalesforceApi::SalesforceApi;

    SandboxResponse ingestCreate(const SandboxRequest &request, const Session &session);
    SandboxResponse ingestUpload(const SandboxRequest &request);
    SandboxResponse ingestPatch(const SandboxRequest &request, const Session &session);
    SandboxResponse ingestDelete(const SandboxRequest &request);
    SandboxResponse ingestResults(const SandboxRequest &request);
    SandboxResponse queryJobCreate(const SandboxRequest &request, const Session &session);
    SandboxResponse queryJobPatch(const SandboxRequest &request);
    SandboxResponse queryJobDelete(const SandboxRequest &request);
    SandboxResponse queryJobResults(const SandboxRequest &request);
    QJsonObject ingestInfo(const IngestJob &job) const;
    QJsonObject queryJobInfo(const QueryJob &job) const;
    void processIngest(IngestJob &job, int userRow);

    /// GET /jobs/ingest and /jobs/query: every job of @p jobs in one page ({"done":true,
    /// "records", "nextRecordsUrl":null}).
    template<typename Job>
    SandboxResponse listJobs(const QHash<QString, Job> &jobs) const
    {
        QJsonArray records;
        for (const Job &j : jobs)
            records.append(info(j));
        return SandboxResponse::json(200,
            QJsonObject { { QStringLiteral("done"), true }, { QStringLiteral("records"), records },
                { QStringLiteral("nextRecordsUrl"), QJsonValue::Null } });
    }
    /// GET /jobs/{ingest|query}/{id}: the job's info, or NOT_FOUND.
    template<typename Job>
    SandboxResponse getJob(const SandboxRequest &request, const QHash<QString, Job> &jobs) const
    {
        const auto it = jobs.constFind(request.param(QStringLiteral("id")));
        if (it == jobs.constEnd())
            return m_sf.notFoundResponse(request);
        return SandboxResponse::json(200, info(it.value()));
    }

private:
    /// The info object of a job (ingestInfo(), queryJobInfo()).
    QJsonObject info(const IngestJob &job) const { return ingestInfo(job); }
    QJsonObject info(const QueryJob &job) const { return queryJobInfo(job); }
    /// The fields an ingest job's and a query job's info share.
    template<typename Job>
    QJsonObject jobInfo(const Job &job, const QString &jobType) const;
    /// The JSON object body of a job request (into @p in); the vendor's JSON_PARSER_ERROR
    /// answer when it is not one.
    std::optional<SandboxResponse> readJobRequest(
        const SandboxRequest &request, QJsonObject *in) const;
    /// A new job, once its request is valid: the next job id, @p state, the request's API
    /// version, the session's user and the emulator's time.
    template<typename Job>
    void stampNewJob(
        Job &job, const QString &state, const SandboxRequest &request, const Session &session);
    /// The answer of @p handle for the job named by the request's {id}, or NOT_FOUND.
    template<typename Job, typename Handle>
    SandboxResponse withJob(
        const SandboxRequest &request, QHash<QString, Job> &jobs, Handle handle) const;
};

} // namespace LeadBridge::Sandbox
