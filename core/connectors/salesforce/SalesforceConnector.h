#pragma once

#include "core/connectors/Connector.h"
#include "core/net/ApiRequest.h"
#include "core/net/ApiResponse.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

class QThreadPool;

namespace LeadBridge {

class SalesforceBulkPage;

class SalesforceSession;

/// Salesforce REST / Bulk API 2.0 client for one org.
///
/// Sign-in (SalesforceSession): refresh-token grant for accounts linked with
/// SalesforceOAuthSignIn (authMethod "oauth"), or the legacy OAuth password grant with SOAP
/// login() as fallback (authMethod "password"). A 401 INVALID_SESSION_ID leads to one
/// sign-in and one replay of the call, never a loop.
///
/// fetch() options: "soqlWhere" (extra SOQL condition), "campaignId" (CampaignMember rows
/// of one campaign), "reportId" (rows of a tabular report), "bulk" (true/false forces or
/// forbids a Bulk API 2.0 query job; default: bulk when more than bulkFetchThreshold
/// records match), "bulkFetchThreshold". Changes since a time are read with an overlap of
/// kOverlapSeconds on SystemModstamp, so records sharing the cutoff are read again rather
/// than missed; FetchPage::cursor is the highest SystemModstamp seen (ISO 8601, UTC).
///
/// write() options: "bulk" (true/false), "bulkWriteThreshold" (default 2,000 records),
/// "bulkTimeoutMs". Small writes use sObject Collections (200 records per call,
/// allOrNone=false); larger ones one Bulk API 2.0 ingest job.
class SalesforceConnector : public Connector
{
    Q_OBJECT
public:
    /// API usage reported by Salesforce in Sforce-Limit-Info (-1 = not reported yet).
    struct ApiUsage
    {
        qint64 used = -1;
        qint64 limit = -1;
    };

    static constexpr int kCollectionLimit = 200;
    static constexpr int kDefaultBulkWriteThreshold = 2000;
    static constexpr qint64 kDefaultBulkFetchThreshold = 50000;
    /// Rows asked per Bulk API 2.0 query results call (maxRecords) when the request sets no
    /// page size. Up to three pages are at work at once (downloading, parsing, handed on).
    static constexpr int kBulkResultPage = 25000;
    /// Overlap applied to SystemModstamp cut-offs of incremental reads.
    static constexpr int kOverlapSeconds = 300;
    /// Oldest API version accepted (Bulk API 2.0 query jobs need 47.0).
    static constexpr double kMinApiVersion = 47.0;

    SalesforceConnector(
        const ConnectorConfig &config, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~SalesforceConnector() override;

    void checkConnection(Result<ConnectionInfo> done) override;
    void describe(const QStringList &objects, Result<QList<CrmObjectSchema>> done) override;
    void fetch(const FetchRequest &request, PageHandler onPage, Done done) override;
    void write(const WriteRequest &request, Result<WriteResult> done) override;
    void abort() override;

    /// The reports the signed-in user can run (GET analytics/reports: the recently viewed
    /// ones), each as a record with id and fields "name" (and "folderName" when given).
    void listReports(Result<QList<ConnectorRecord>> done);
    /// How many records fetch(@p request) would read: SELECT COUNT() with the same WHERE
    /// (the since cut-off with its overlap, campaign, soqlWhere), one call (forecasts).
    void countRecords(const FetchRequest &request, Result<qint64> done);
    /// The org's daily API allowance from the limits resource (GET limits,
    /// DailyApiRequests Max and Remaining): used = Max − Remaining, limit = Max. One call.
    void dailyApiRequests(Result<ApiUsage> done);

    /// Last Sforce-Limit-Info api-usage=N/M seen on any answer.
    ApiUsage apiUsage() const { return m_usage; }
    /// REST API version in use ("62.0"), empty before the first call.
    QString apiVersion() const { return m_apiVersion; }
    /// The sign-in state (instance URL, method, sign-in count).
    SalesforceSession *session() const { return m_session; }

    /// The SOQL a REST or Bulk read of @p request sends.
    QString soql(const FetchRequest &request, bool orderBySystemModstamp = true) const;
    /// The fields read when a request names none.
    static QStringList defaultFields(const QString &object);
    /// A SOQL datetime literal (UTC, "2024-01-31T10:00:00Z").
    static QString soqlDateTime(const QDateTime &when);
    /// A quoted SOQL string literal with backslash escapes.
    static QString soqlString(const QString &value);
    /// Parses Salesforce datetimes ("2013-05-20T20:49:32.000+0000", ISO variants).
    static QDateTime parseDateTime(const QString &text);
    /// One record of a query or retrieve answer: every key but "attributes", nested
    /// parents as maps, the type from attributes.type (else @p fallbackObject).
    static ConnectorRecord recordFromJson(const QJsonObject &o, const QString &fallbackObject);

Q_SIGNALS:
    /// Sforce-Limit-Info changed.
    void apiUsageChanged();

private:
    struct Op;
    struct FetchOp;
    struct WriteOp;

    QUrl loginUrlFromSettings(QString *error) const;
    void withSession(std::function<void(const ApiError &)> next);
    QUrl restUrl(const QString &path, const QUrlQuery &query = {}) const;
    QUrl instanceUrl(const QString &absolutePath) const;
    std::shared_ptr<Op> track(std::shared_ptr<Op> op);
    void classify(const ApiResponse &answer, ApiError &error) const;
    void observe(const ApiResponse &answer);
    QDateTime serverNow() const;
    QString label() const { return m_config.account.name; }
    /// A Malformed error with the plain sentence for this account; @p detail goes to the log.
    ApiError malformed(const QString &detail) const;

    // fetch
    void restPage(const std::shared_ptr<FetchOp> &op, const QUrl &url);
    void bulkQuery(const std::shared_ptr<FetchOp> &op);
    void bulkQueryPoll(const std::shared_ptr<FetchOp> &op, int delayMs);
    void bulkQueryResults(const std::shared_ptr<FetchOp> &op, const QString &locator);
    /// Starts parsing the next answered results page and asks for the one after it.
    void pumpBulkResults(const std::shared_ptr<FetchOp> &op);
    /// A parsed results page, in order: checked, handed on, and the fetch ended after the last.
    void digestBulkPage(
        const std::shared_ptr<FetchOp> &op, SalesforceBulkPage page, qsizetype declared, bool last);
    void fetchReport(const std::shared_ptr<FetchOp> &op);
    void fetchDeleted(const std::shared_ptr<FetchOp> &op);
    /// Hands @p records on as the next page; returns them, for the caller to free.
    QList<ConnectorRecord> emitPage(const std::shared_ptr<FetchOp> &op,
        QList<ConnectorRecord> records, bool last, qint64 total);
    void finishFetch(const std::shared_ptr<FetchOp> &op, const ApiError &error);
    /// Sends @p req for the fetch @p op: an answer that comes after the fetch finished is
    /// dropped, a failed call ends the fetch with its error, any other answer goes to @p onAnswer.
    void sendForFetch(const std::shared_ptr<FetchOp> &op, const ApiRequest &req,
        std::function<void(const ApiResponse &r)> onAnswer);

    // write
    void writeCollections(const std::shared_ptr<WriteOp> &op, qsizetype from);
    void writeBulk(const std::shared_ptr<WriteOp> &op);
    void bulkIngestPoll(const std::shared_ptr<WriteOp> &op, int delayMs);
    void bulkIngestResults(const std::shared_ptr<WriteOp> &op, bool failed);
    void finishWrite(const std::shared_ptr<WriteOp> &op, const ApiError &error);
    /// Sends @p req for the write @p op: an answer that comes after the write finished is
    /// dropped; otherwise its calls are counted, a failed call ends the write with its error
    /// and any other answer goes to @p onAnswer.
    void sendForWrite(const std::shared_ptr<WriteOp> &op, const ApiRequest &req,
        std::function<void(const ApiResponse &r)> onAnswer);
    ApiError recordError(
        const QString &code, const QString &message, const QStringList &fields) const;

    SalesforceSession *m_session;
    QString m_apiVersion;
    ApiUsage m_usage;
    qint64 m_serverSkewMs = 0;
    QList<std::weak_ptr<Op>> m_ops;
    /// One worker thread: parses bulk results pages (and frees them) beside the engine thread.
    std::unique_ptr<QThreadPool> m_worker;
};

} // namespace LeadBridge
