#pragma once

#include "core/sandbox/DemoDataset.h"
#include "core/sandbox/Emulator.h"
#include "core/sandbox/acton/ActOnList.h"

#include <QHash>
#include <QJsonValue>
#include <QStringList>

#include <deque>
#include <memory>

namespace LeadBridge::Sandbox {

class ActOnRecordsApi;

/// Loopback emulator of the Act-On REST API (/token and the classic /api/1
/// list and record calls), written from /work/shared/reference/api-on24-acton.md §2.
///
/// - POST /token: password and refresh_token grants, refresh-token rotation,
///   5 authentication calls per hour, OAuth error bodies.
/// - Every /api/1 call needs `Authorization: Bearer`; otherwise the gateway 401.
/// - 5 calls per second and 30,000 per day (429 + {errorCode,message}).
/// - Lists: listing, create (multipart with optional CSV), CSV merge (PUT),
///   upload job status, JSON/CSV download, delete; records: insert, upsert by
///   email, get, update, delete, bulk delete; opt-out / hard-bounce / spam lists.
/// - List jobs of more than kLargeJobRows rows, and any job while the `jobPendingNext` fault
///   lasts, answer `{"status":"The job is pending"}` then `{"status":"The job is running"}`
///   before their details (Act-On OpenAPI, examples "Job Pending"/"Job Running").
/// - Merges (PUT|POST /api/1/list/{listid}) follow developer.act-on.com "mergespecs" and
///   "uploadspecs": columnMap must be [], modes APPEND, APPEND_NO_DUPLICATES, UPSERT,
///   UPDATE_ONLY, REPLACE, and the upload's columns match the list's headings verbatim, 1:1
///   by index, with the EMAIL column named.
///
/// Control extras under /_sandbox/records/{object}: "limits" (GET, PATCH
/// {"callsPerSecond","callsPerDay","authCallsPerHour","dailyUsed"}), "lists",
/// "optout"|"hardbounce"|"spamcomplaint", and any list id (its records).
class ActOnEmulator : public Emulator
{
    Q_OBJECT
public:
    explicit ActOnEmulator(QObject *parent = nullptr);
    ~ActOnEmulator() override;

    /// Demo credentials accepted out of the box.
    static QString defaultUsername() { return QStringLiteral("demo@leadbridge.sandbox"); }
    static QString defaultPassword() { return QStringLiteral("sandbox"); }
    static QString defaultClientId() { return QStringLiteral("leadbridge-sandbox-client"); }
    static QString defaultClientSecret() { return QStringLiteral("leadbridge-sandbox-secret"); }

    /// Adds (or changes the password of) an Act-On user who may log in.
    void addUser(const QString &username, const QString &password);
    /// Replaces the accepted client id and secret.
    void setClientCredentials(const QString &clientId, const QString &clientSecret);
    /// Limits; 0 switches a limit off. Defaults: 5 per second, 30,000 per day, 5 auth calls per
    /// hour.
    void setLimits(int callsPerSecond, int callsPerDay, int authCallsPerHour);
    int callsPerSecondLimit() const { return m_perSecondMax; }
    int callsPerDayLimit() const { return m_perDayMax; }
    int authCallsPerHourLimit() const { return m_authPerHourMax; }
    /// Successful password grants since the emulator started (also in /_sandbox/counters
    /// under limits.passwordGrants): how often a client signed in with the password.
    qint64 passwordGrants() const { return m_passwordGrants; }
    /// Successful refresh-token grants since the emulator started (limits.refreshGrants).
    qint64 refreshGrants() const { return m_refreshGrants; }
    /// Most upload jobs at once whose details no status poll had answered yet (also in
    /// /_sandbox/counters under limits.jobsOutstandingMax): how many imports a client kept
    /// in flight.
    int jobsOutstandingMax() const { return m_jobsOutstandingMax; }

    /// Replaces all lists, jobs and suppression lists with the demo world:
    /// one list per DemoDataset::actOnLists entry (standard headings plus
    /// "Score"), opt-outs and hard bounces from the flagged people.
    void seed(const DemoDataset &data);
    /// Replaces all data with one list "Synthetic Contacts" (folder "Synthetic",
    /// id l-0001) of @p count people from DemoDataset::syntheticPerson(@p seed, i),
    /// for volume tests; no suppression entries.
    void seedSynthetic(int count, quint32 seed);
    /// Creates an empty list directly (tests); returns its id ("l-0001"…).
    QString createList(const QString &name, const QString &folder, const QStringList &headings);
    /// Adds a column to a list, as an admin does in Act-On's web app (the API documents no
    /// way to); false if the list is unknown or already has that heading.
    bool addColumn(const QString &listId, const QString &heading);
    /// Live record count of @p listId (-1 if unknown).
    qsizetype listSize(const QString &listId) const;
    /// Ids of all contact lists in creation order.
    QStringList listIds() const { return m_listOrder; }
    /// Id of the list named @p name, or empty.
    QString listIdByName(const QString &name) const;

    /// The standard headings of demo and default lists.
    static QStringList standardHeadings();
    /// The demo account's score sheets beyond the default one ("Score", the last standard
    /// heading). Each sheet is a list column named after the sheet, holding the sheet's score
    /// of the contact (our model of Act-On's Multiple Score Sheets, see
    /// docs/sandbox-acton.md "Still assumptions"). seed() adds them to every demo list.
    static QStringList extraScoreSheets();
    /// Score of @p person on extra score sheet @p sheet (deterministic demo value, 0..100).
    static int extraSheetScore(const DemoPerson &person, int sheet);

    /// Uploads with more rows than this are "pending" on their first status poll and
    /// "running" for one more poll per kRowsPerPoll rows (an emulator choice: Act-On documents
    /// that jobs run asynchronously, not how long they take).
    static constexpr qint64 kLargeJobRows = 10000;
    static constexpr qint64 kRowsPerPoll = 50000;

protected:
    /// World state for the built-in sandbox's state file (in ActOnEmulatorState.cpp).
    QJsonObject saveWorld() const override;
    bool loadWorld(const QJsonObject &world, QString *error) override;
    /// Also the job status poll, which moves a large job from "pending" to "running".
    bool mayChangeWorld(const SandboxRequest &request) const override;
    SandboxResponse rateLimitResponse(const SandboxRequest &request) override;
    SandboxResponse serverErrorResponse(const SandboxRequest &request) override;
    SandboxResponse notFoundResponse(const SandboxRequest &request) override;
    QJsonObject limitUsage() const override;
    void expireAllTokens() override;
    SandboxResponse controlRecords(
        const SandboxRequest &request, const QString &object, const QString &id) override;
    std::optional<SandboxResponse> beforeRoute(
        const SandboxRequest &request, const QString &endpoint) override;

private:
    // The API areas (one handler class each) share this state.
    friend class ActOnRecordsApi;

    struct AccessToken
    {
        QString user;
        qint64 expiresMs = 0;
    };
    struct RefreshToken
    {
        QString user;
        QString clientId;
        qint64 expiresMs = 0;
    };
    struct Job
    {
        QString listId;
        QString status = QStringLiteral("ok");
        qint64 createdMs = 0;
        qint64 appendCount = 0;
        qint64 updateCount = 0;
        qint64 failedCount = 0;
        qint64 rejectedCount = 0;
        qint64 rows = 0; ///< data rows in the uploaded file
        int busyPolls = 0; ///< status polls still answered "pending"/"running" (large jobs)
        bool started = false; ///< a poll already answered "pending": later ones say "running"
        bool reported = false; ///< a poll already answered the details
    };
    struct Suppression
    {
        QString email;
        qint64 timestampMs = 0;
        QString origin;
    };
    /// mergespecs "mergeMode" (developer.act-on.com "mergespecs").
    enum class MergeMode { Append, AppendNoDuplicates, Upsert, UpdateOnly, Replace };
    struct ImportOptions
    {
        char separator = ',';
        char quote = '"';
        bool headings = true;
        bool hasSpecs = false;
        QJsonArray specs;
        MergeMode mode = MergeMode::Append;
        QString keyHeading; ///< empty = the email column
        bool putEmptyValues = false;
        bool creating = false;
        bool merging = false; ///< into an existing list: headings must match 1:1 by index
    };
    struct ImportOutcome
    {
        std::optional<SandboxResponse> error;
        Job job;
    };

    qint64 nowMs() const;
    QString newToken();
    QJsonObject issueTokens(const QString &user, const QString &clientId);
    ActOnList *list(const QString &id);
    const ActOnList *list(const QString &id) const;
    ActOnList &addList(const QString &name, const QString &folder);
    QString addJob(const Job &job);
    void clearData();
    /// Appends @p p as a record with the standard headings of @p target.
    void appendPerson(ActOnList &target, const DemoPerson &p, std::vector<QByteArrayView> &fields,
        bool withScoreSheets = false);
    static SandboxResponse apiError(int status, const QJsonValue &code, const QString &message);
    static SandboxResponse gatewayError(int status, const QString &message, const QString &more);
    static SandboxResponse success(const QString &message, QJsonObject extra = {});
    SandboxResponse rateLimited(const QString &message) const;
    std::optional<SandboxResponse> parseImportOptions(
        const class ActOnMultipartParser &form, ImportOptions *options) const;
    ImportOutcome importCsv(ActOnList &target, QByteArrayView csv, const ImportOptions &options);
    /// Checks a merge upload against @p target (uploadspecs and header row match the list's
    /// headings verbatim, 1:1 by index, EMAIL column given); fills @p map (file column -> list
    /// column, -1 = ignored) or returns the vendor's error.
    std::optional<SandboxResponse> mergeColumns(const ActOnList &target, const ImportOptions &o,
        const QStringList &csvHeaders, std::vector<int> *map) const;
    /// Parses the mergespecs form field for a merge into @p target.
    std::optional<SandboxResponse> parseMergeSpecs(
        const ActOnList &target, const QString &text, ImportOptions *options) const;
    QJsonObject listSummary(const ActOnList &target) const;

    SandboxResponse handleToken(const SandboxRequest &r);
    SandboxResponse handleListing(const SandboxRequest &r);
    SandboxResponse handleCreateList(const SandboxRequest &r);
    SandboxResponse handleJobStatus(const SandboxRequest &r);
    SandboxResponse handleDownload(const SandboxRequest &r);
    SandboxResponse handleMerge(const SandboxRequest &r);
    SandboxResponse handleDeleteList(const SandboxRequest &r);
    SandboxResponse handleSuppression(const SandboxRequest &r, const QString &kind);

    // credentials and tokens
    QHash<QString, QString> m_users; ///< lower-case username -> password
    QString m_clientId;
    QString m_clientSecret;
    QHash<QString, AccessToken> m_access;
    QHash<QString, RefreshToken> m_refresh;
    QHash<QString, QString> m_currentRefresh; ///< user\nclient -> live refresh token
    // limits
    int m_perSecondMax = 5;
    int m_perDayMax = 30000;
    int m_authPerHourMax = 5;
    /// Test-only (PATCH /_sandbox/records/export {"bom": true}): list downloads start with a
    /// UTF-8 byte-order mark, as files saved by spreadsheet programs do.
    bool m_exportBom = false;
    std::deque<qint64> m_recentCalls; ///< limitClockMs() of admitted calls in the last second
    std::deque<qint64> m_authCalls; ///< ms of admitted /token calls in the last hour
    qint64 m_passwordGrants = 0; ///< password grants answered with tokens, since start
    qint64 m_refreshGrants = 0; ///< refresh grants answered with tokens, since start
    qint64 m_day = -1;
    qint64 m_dailyUsed = 0;
    // data
    QHash<QString, std::shared_ptr<ActOnList>> m_lists;
    QStringList m_listOrder;
    int m_nextListNo = 1;
    QHash<QString, Job> m_jobs;
    qint64 m_nextJob = 15959711;
    qint64 m_jobWaitAnswers = 0; ///< status polls answered "pending"/"running" (counters)
    int m_jobsOutstanding = 0; ///< jobs whose details no poll has answered yet
    int m_jobsOutstandingMax = 0;
    QHash<QString, QList<Suppression>> m_suppressions;

    std::unique_ptr<ActOnRecordsApi> m_records;
};

} // namespace LeadBridge::Sandbox
