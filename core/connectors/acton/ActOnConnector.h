#pragma once

#include "core/connectors/Connector.h"
#include "core/connectors/acton/ActOnTypes.h"
#include "core/net/ApiRequest.h"
#include "core/net/ApiResponse.h"
#include "core/net/RateLimiter.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QUrl>
#include <QVariantMap>

#include <functional>
#include <memory>

class QTimer;

namespace LeadBridge {

class PagingGuard;

class ActOnSession;

/// Act-On REST client (classic /api/1 list and record API, reference §2) for one account.
///
/// Sign-in through ActOnSession (password grant, refresh before expiry, one renewal per
/// 401, at most 5 /token calls per hour). Calls are paced by a limiter of 5 per second
/// (with a small margin, because Act-On counts arrivals) and 30,000 per day; a 429 waits a
/// second and tries again; a 429 for the daily limit ends the call with a QuotaExhausted
/// sentence.
///
/// In Act-On, people live in contact lists (one list per webinar, lists grouped in
/// folders; seed 000), keyed by column heading, with the e-mail address as the key of a
/// contact within a list. The common interface maps onto that:
///  - describe(): "contact fields" (or no object) = the standard Act-On fields; a list id =
///    that list's headings, typed Email / Score / Date / Datetime where known, else Text.
///  - fetch(): object = list id; pages of ≤ 1000 records (id = record id "l-0001:1a",
///    fields keyed by heading). Options: "format" = "csv" reads the whole list in one CSV
///    call. FetchRequest::since reads changes (modafter, 5 minutes overlap); when the first
///    JSON page reports more than "csvAbove" (kCsvAboveRows) changed rows, they are read as
///    one CSV download with the same filter instead of page by page.
///  - write(): object = list id. Upsert/Create/Update of ≤ mergeThreshold (20) records →
///    one upsert-by-email call each; more → mergeCsv() (a headings read on the first merge
///    into a list, then one CSV upload per chunk plus job-status polls until the job is done).
///    Delete → bulk deletes of ≤ 100 record ids per call. Options: "mergeThreshold",
///    "maxChunkBytes".
class ActOnConnector : public Connector
{
    Q_OBJECT
public:
    using ListsDone = std::function<void(const QList<ActOnListInfo> &lists, const ApiError &error)>;
    using FoldersDone = std::function<void(const QStringList &folders, const ApiError &error)>;
    using ListIdDone = std::function<void(const QString &listId, const ApiError &error)>;
    using ListPageHandler = std::function<void(const ActOnListPage &page)>;
    using ImportDone = std::function<void(const ActOnImportResult &result, const ApiError &error)>;
    using DeleteDone = std::function<void(const ActOnDeleteResult &result, const ApiError &error)>;
    using OutcomesDone
        = std::function<void(const QList<WriteOutcome> &outcomes, const ApiError &error)>;
    using SuppressionDone
        = std::function<void(const QList<ActOnSuppression> &entries, const ApiError &error)>;

    using DownloadOptions = ActOnDownloadOptions;

    /// Rows per JSON page (Act-On's maximum).
    static constexpr int kPageSize = 1000;
    /// Changed-row reads (fetch() with a since time) of more rows than this switch to one CSV
    /// download: the first incremental read after a big write reads that write back.
    static constexpr qint64 kCsvAboveRows = 5 * kPageSize;
    /// Record ids per bulk delete (Act-On's maximum).
    static constexpr int kDeleteBatch = 100;
    /// Writes of more records than this go through mergeCsv().
    static constexpr int kMergeThreshold = 20;
    /// Default size cap of one uploaded CSV (Act-On accepts 200–400 MB).
    static constexpr qint64 kDefaultChunkBytes = 50LL * 1024 * 1024;
    /// Overlap applied to "changed since" reads.
    static constexpr int kOverlapSeconds = 300;
    /// Added to the 1-second window of the limiter: Act-On counts calls when they arrive.
    static constexpr int kSecondWindowMarginMs = 150;
    /// Act-On's windows (RateLimiter::actOnWindows) with the 1-second one made
    /// kSecondWindowMarginMs longer: what the connector's limiter keeps to.
    static QList<RateLimiter::Window> limiterWindows();

    ActOnConnector(
        const ConnectorConfig &config, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~ActOnConnector() override;

    void checkConnection(Result<ConnectionInfo> done) override;
    void describe(const QStringList &objects, Result<QList<CrmObjectSchema>> done) override;
    void fetch(const FetchRequest &request, PageHandler onPage, Done done) override;
    void write(const WriteRequest &request, Result<WriteResult> done) override;
    void abort() override;

    /// All contact lists (GET /api/1/list?listingtype=CONTACT_LIST, 1000 per call).
    void listLists(ListsDone done);
    /// The account's score sheets: the default "Score" first, then every other list column
    /// that reads as a score (headingType "score"), found in the headings of the account's
    /// most recently changed lists (at most kScoreSheetLists). Act-On documents no score-sheet
    /// API; a sheet's scores as a list column named after it is our model
    /// (docs/connector-acton.md).
    void listScoreSheets(
        std::function<void(const QStringList &sheets, const ApiError &error)> done);
    /// Lists whose headings listScoreSheets() reads.
    static constexpr int kScoreSheetLists = 10;
    /// Folder names that hold contact lists, sorted (taken from the list listing).
    void listFolders(FoldersDone done);
    /// The id of the list named @p listName; creates it in @p folder with @p headings
    /// (an e-mail heading is added first when missing) when there is none. Concurrent
    /// calls for the same name share one creation.
    void findOrCreateList(const QString &folder, const QString &listName,
        const QStringList &headings, ListIdDone done);
    /// Reads a list as JSON pages of ≤ 1000 rows; @p onPage per page (one empty last page
    /// for an empty list), then @p done once. @p fields empty = every column.
    void downloadList(const QString &listId, const QStringList &fields, ListPageHandler onPage,
        Done done, const DownloadOptions &options = {});
    /// Reads a whole list (or, with @p options.modifiedAfter, the rows changed since) in one
    /// CSV call (for big lists) and hands it on in pages of 1000. @p options.pageSize and
    /// csvAbove do not apply.
    void downloadListCsv(const QString &listId, const QStringList &fields, ListPageHandler onPage,
        Done done, const DownloadOptions &options = {});
    /// Upserts a handful of records by e-mail (one PUT each). Keys are headings; a record
    /// without an e-mail address fails alone. Outcomes in input order.
    void upsertByEmail(const QString &listId, const QList<QVariantMap> &records, OutcomesDone done);
    /// Updates records by their Act-On record id (PUT /api/1/list/{listid}/record/{recordid},
    /// developer.act-on.com List API "Update a record"; a JSON body keyed by heading, answered
    /// {"status":"success","message":"Record updated"}), one call each, in input order.
    /// Unlike upsertByEmail() this can change a contact's e-mail address in place.
    void updateRecords(const QString &listId, const QList<QPair<QString, QVariantMap>> &records,
        OutcomesDone done);
    /// Record ids of the list rows whose e-mail address (lower-cased) is one of @p emails:
    /// reads the list's record id and e-mail column page by page (GET /api/1/list/{listid}
    /// with fields) and keeps only those rows.
    using EmailIdsDone
        = std::function<void(const QHash<QString, QStringList> &idsByEmail, const ApiError &error)>;
    void findRecordsByEmail(const QString &listId, const QSet<QString> &emails, EmailIdsDone done);
    /// Merges many records: one CSV (RFC 4180, UTF-8) per chunk of ≤ maxChunkBytes, each
    /// uploaded with mergespecs/uploadspecs (PUT /api/1/list/{id}) and its job polled to
    /// completion. Rows shorter than @p headings are padded with empty values.
    ///
    /// Act-On merges only files whose columns match the list's headings verbatim and 1:1 by
    /// index (developer.act-on.com "uploadspecs"/"mergespecs"), so the list's headings are
    /// read first (once per list: later merges through this connector reuse them until one
    /// fails) and every CSV is written in exactly that order, with the list's spelling;
    /// list columns the rows do not carry are sent empty and marked ignoreColumn "Y".
    /// @p headings the list lacks stop the merge with a sentence naming them: Act-On's API
    /// documents no way to add a column to an existing list. mergespecs: UPSERT, columnMap [],
    /// mergeKeyHeading = the list's heading of @p mergeKey.
    void mergeCsv(const QString &listId, const QStringList &headings,
        const QList<QStringList> &rows, const QString &mergeKey, ImportDone done);
    /// Upserts @p rows (one value per heading of @p headings, as write() would send them)
    /// in one mergeCsv() keyed by the @p key heading (added when missing). A row without a
    /// key value fails alone. Outcomes are in row order; write() uses this for volume, and
    /// callers that hold their values as rows already skip the per-record maps.
    void mergeRows(const QString &listId, QStringList headings, QList<QStringList> rows,
        const QString &key, Result<WriteResult> done);
    /// Deletes records by id, ≤ 100 per call.
    void deleteRecords(const QString &listId, const QStringList &recordIds, DeleteDone done);
    /// Reads "optout", "hardbounce" or "spamcomplaint" entries (all pages).
    void readSuppressionList(const QString &kind, SuppressionDone done);
    void optOuts(SuppressionDone done)
    {
        readSuppressionList(QStringLiteral("optout"), std::move(done));
    }
    void hardBounces(SuppressionDone done)
    {
        readSuppressionList(QStringLiteral("hardbounce"), std::move(done));
    }
    /// The number of rows of @p listId, or with @p changedSince valid the rows changed since
    /// then (less the overlap fetch() applies), read from the totalCount of a one-row JSON
    /// page: one call, for forecasts of a run's calls (CallForecaster).
    void countRows(const QString &listId, const QDateTime &changedSince, Result<qint64> done);

    /// Size cap of one uploaded CSV.
    void setMaxChunkBytes(qint64 bytes) { m_maxChunkBytes = qMax<qint64>(1024, bytes); }
    qint64 maxChunkBytes() const { return m_maxChunkBytes; }
    /// Longest wait between job-status polls (default 30 s); the first is 1 s, then doubling.
    void setMaxPollIntervalMs(int ms) { m_maxPollMs = ms; }
    /// Longest total wait for one Act-On list job (default 30 minutes); after it the merge
    /// stops with a sentence that the job is still running in Act-On.
    void setJobTimeLimitMs(qint64 ms) { m_jobTimeLimitMs = ms; }
    /// Whether a job-status answer says the job is still waiting or running
    /// ({"status":"The job is pending"} / {"status":"The job is running"}).
    static bool jobStillRunning(const QJsonObject &statusAnswer);
    /// Wait before job-status poll @p round + 1: 1 s doubling, at most @p maxPollMs.
    static int jobPollDelayMs(int round, int maxPollMs)
    {
        return int(qMin<qint64>(maxPollMs, 1000LL << qBound(0, round, 10)));
    }

    /// The sign-in state.
    ActOnSession *session() const { return m_session; }
    /// "E-mail Address", the heading Act-On uses for the contact key.
    static QString emailHeading() { return QStringLiteral("E-mail Address"); }
    /// Whether @p heading names an e-mail column ("E-mail Address", "Email", "EMAIL").
    static bool isEmailHeading(const QString &heading);
    /// The marketing field type of a heading ("email", "score", "date", "text" ...).
    static QString headingType(const QString &heading);
    /// The details object of a job-status answer: "details", or the JSON text in
    /// "jobDetails"; empty when neither holds an object.
    static QJsonObject jobDetails(const QJsonObject &statusAnswer);

private:
    friend class ActOnListMerge;
    using Callback = std::function<void(const ApiResponse &response)>;
    struct PollResult
    {
        QJsonObject details;
        int calls = 0;
        int waits = 0; ///< answers that said the job is still pending or running
    };
    using PollDone = std::function<void(const PollResult &result, const ApiError &error)>;

    QUrl apiUrl(const QString &path, const QList<QPair<QString, QString>> &query = {}) const;
    /// Sends @p request once a token is at hand; @p done runs exactly once.
    void send(const ApiRequest &request, Callback done);
    /// Runs @p then after @p ms unless abort() comes first (then with Cancelled).
    void after(int ms, std::function<void(const ApiError &error)> then);
    void failLater(const ApiError &error, std::function<void(const ApiError &)> done);
    ApiError configError() const;
    ApiError malformed(const ApiResponse &response, const QString &what) const;
    ApiError cancelled() const;
    ApiError validation(const QString &sentence, const QString &detail) const;
    void classify(const ApiResponse &answer, ApiError &error) const;

    void listingPage(std::shared_ptr<QList<ActOnListInfo>> lists, int offset, ListsDone done,
        std::shared_ptr<PagingGuard> guard);
    void createList(const QString &folder, const QString &listName, const QStringList &headings);
    void finishCreate(const QString &key, const QString &listId, const ApiError &error);
    /// The query of a list read (JSON or CSV @p format): fields, date qualifiers, modafter.
    static QList<QPair<QString, QString>> listQuery(
        const QString &format, const QStringList &fields, const DownloadOptions &options);
    void downloadPage(const QString &listId, const QStringList &fields, ListPageHandler onPage,
        Done done, const DownloadOptions &options, qint64 offset, int pageNumber,
        std::shared_ptr<PagingGuard> guard);
    void downloadCsvAttempt(const QString &listId, const QStringList &fields,
        ListPageHandler onPage, Done done, const DownloadOptions &options, int attempt);
    void pollJob(const QString &jobId, int round, qint64 waitedMs, PollResult acc, PollDone done);
    void deleteBatch(const QString &listId, std::shared_ptr<QStringList> ids, qsizetype from,
        std::shared_ptr<ActOnDeleteResult> result, DeleteDone done);
    void suppressionPage(const QString &kind, std::shared_ptr<QList<ActOnSuppression>> entries,
        int offset, SuppressionDone done, std::shared_ptr<PagingGuard> guard);
    void describeNext(std::shared_ptr<QStringList> objects,
        std::shared_ptr<QList<CrmObjectSchema>> out, Result<QList<CrmObjectSchema>> done);

    ActOnSession *m_session = nullptr;
    QUrl m_base;
    QString m_baseError;
    QString m_username;
    qint64 m_maxChunkBytes = kDefaultChunkBytes;
    int m_maxPollMs = 30'000;
    qint64 m_jobTimeLimitMs = 30LL * 60 * 1000;
    QHash<QTimer *, std::function<void(const ApiError &)>> m_delays;
    QHash<QString, QList<ListIdDone>> m_pendingCreates; ///< lower-case list name → waiters
    /// List id → its headings and e-mail column, as the last merge into it read them
    /// (ActOnListMerge; forgotten when a merge fails).
    QHash<QString, QPair<QStringList, int>> m_listColumns;
};

} // namespace LeadBridge
