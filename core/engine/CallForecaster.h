#pragma once

#include "core/connectors/ConnectorTypes.h"
#include "core/engine/CallForecast.h"
#include "core/engine/FlowRunner.h"
#include "core/engine/SyncTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>

#include <functional>

namespace LeadBridge {

class Connector;
class Journal;
class SyncEngine;

/// Forecasts the API calls one run of a flow will use per system, before the run, on the
/// engine thread (EngineWorker::forecast(); tests call start() on their own engine).
///
/// It decides full or incremental as the engine will (SyncEngine::needsFullRun()), takes
/// cheap counts from each system — a Salesforce SELECT COUNT() per object from the stored
/// cursor, the Act-On list's size and its changed rows (totalCount of a one-row page), the
/// totals ON24 reports on the first page of each six-month window — and turns them into the
/// pages, job polls and bulk writes the runner makes (the constants below mirror the
/// runners and connectors). Writes are estimated from the records changed on the other
/// side. Flows it has no count model for (list sync, lead hand-off, Pipeliner CRMs) are
/// forecast from the calls the flow's last run of the same mode used.
///
/// The allowance: Salesforce's DailyApiRequests from its limits resource; Act-On publishes
/// no remaining figure, so its usage is the calls the journal recorded in the last 24 hours
/// for runs of flows that use the account (all their calls: an upper bound); ON24 and
/// Pipeliner publish no daily limit.
///
/// Only values leave: done() gets a CallForecast. The forecaster deletes itself after it.
class CallForecaster : public QObject
{
    Q_OBJECT
public:
    using ConnectorMaker = std::function<Connector *(const ConnectorConfig &config)>;
    using Done = std::function<void(const CallForecast &forecast)>;

    /// Act-On's published daily allowance (reference §2.3).
    static constexpr qint64 kActOnDailyAllowance = 30000;
    /// Calls a run's new Act-On connector makes to sign in (the password grant).
    static constexpr int kActOnSignInCalls = 1;
    /// Calls a run's new Salesforce connector makes to sign in: the token, the API versions.
    static constexpr int kSalesforceSignInCalls = 2;
    /// Calls of one Act-On CSV merge of one chunk: headings read, upload, one job poll.
    static constexpr int kActOnMergeCalls = 3;
    /// Rows of a merge job above which Act-On answers "pending", then one "running" per
    /// kActOnRowsPerPoll rows, before the job's details (one status poll each).
    static constexpr qint64 kActOnQuickJobRows = 10000;
    static constexpr qint64 kActOnRowsPerPoll = 50000;
    /// Calls of one Act-On list creation: the listing, the creation (with the headings as a
    /// file), its job poll.
    static constexpr int kActOnCreateListCalls = 3;
    /// Calls of one Salesforce Bulk API 2.0 ingest job: create, upload, close, poll, results.
    static constexpr int kSalesforceBulkWriteCalls = 5;
    /// Calls of one Salesforce Bulk API 2.0 query job before its result pages: create, poll.
    static constexpr int kSalesforceBulkQueryCalls = 2;
    /// Records per page of a Salesforce REST query (the default batch size).
    static constexpr int kSalesforceQueryPage = 2000;

    /// Starts a forecast of @p request's flow (full as @p request.full or as the engine
    /// decides, preview as @p request.preview) with connectors made by @p make from
    /// @p request's credentials; @p done runs once, from the event loop of this thread.
    static void start(
        SyncEngine &engine, const RunRequest &request, ConnectorMaker make, Done done);

    /// Calls recorded in the journal by runs started in the last 24 hours of flows that use
    /// account @p accountId (-1 when the journal cannot be read).
    static qint64 journalCallsToday(Journal &journal, qint64 accountId);
    /// Pages a read of @p records in pages of @p pageSize takes (at least one).
    static qint64 pages(qint64 records, qint64 pageSize);
    /// Rows of one F2 apply group (CrmContactSyncRunner::kApplyBatch): one merge each.
    static constexpr qint64 kF2RowsPerMerge = 50000;
    /// Calls of a write of @p records Act-On records to one list: none, one upsert each up
    /// to @p upsertMax, else one CSV merge per @p rowsPerMerge rows (with the job polls of a
    /// big one).
    static qint64 actOnWriteCalls(
        qint64 records, int upsertMax, qint64 rowsPerMerge = kF2RowsPerMerge);
    /// Calls of an update of @p records Salesforce records of one object (collections of
    /// 200, or one Bulk API 2.0 job above the bulk threshold).
    static qint64 salesforceWriteCalls(qint64 records);
    /// Calls of a Salesforce read of @p records (REST pages, or a Bulk API 2.0 query above
    /// the bulk threshold).
    static qint64 salesforceReadCalls(qint64 records);

private:
    using Step = std::function<void()>;

    CallForecaster(SyncEngine &engine, const RunRequest &request, ConnectorMaker make, Done done,
        QObject *parent);
    ~CallForecaster() override;

    void begin();
    void forecastCrmContactSync();
    void forecastWebinarImport();
    void forecastFromHistory();
    void readAllowances();
    void deliver();
    /// Stops with @p error as the forecast's sentence.
    void failWith(const ApiError &error);
    void failWith(const QString &sentence);
    /// Runs the queued steps in order; each calls next() when its answer is in.
    void next();

    SystemForecast *entry(AccountRole role);
    Connector *connector(AccountRole role) const { return m_connectors.value(role); }
    /// The stored cursor of @p system/@p object, invalid when none.
    QDateTime cursor(const QString &system, const QString &object) const;
    /// Records of @p system the flow's last real run created or updated: they read back as
    /// changed since the cursors (written after the reads) without being changes to sync.
    qint64 lastRunWrites(const QString &system) const;

    SyncEngine &m_engine;
    RunRequest m_request;
    ConnectorMaker m_make;
    Done m_done;
    Flow m_flow;
    CallForecast m_forecast;
    QHash<AccountRole, Connector *> m_connectors;
    QHash<AccountRole, int> m_entryOf;
    QList<Step> m_steps;
    bool m_delivered = false;
};

} // namespace LeadBridge
