#pragma once

#include "core/connectors/ConnectorTypes.h"
#include "core/mapping/CrmObjectSchema.h"
#include "core/net/ApiError.h"

#include <QObject>

#include <functional>

class QJsonObject;
class QNetworkAccessManager;
class QUrlQuery;

namespace LeadBridge {

class ApiRequest;
class ApiResponse;
class HttpClient;
class RateLimiter;

/// The common face of the four API clients, used by the engine and the
/// account pages. One instance per linked account, living in the thread that
/// owns @p nam (the engine thread). Every call is asynchronous: it returns at
/// once and reports through its callbacks on that thread, exactly once per
/// call (fetch: any number of pages, then one done). No call blocks.
///
/// Settings keys (Account::settings, non-secret) and secret names
/// (CredentialBundle) per kind:
///  - ON24:       settings clientId, dataCentre ("na"|"eu"|"custom"), baseUrl;
///                secrets tokenKey, tokenSecret
///  - Act-On:     settings username, clientId, baseUrl;
///                secrets password, clientSecret, refreshToken, accessToken,
///                accessTokenExpiry (the last three optional, rotated by every grant)
///  - Salesforce: settings loginUrl ("https://login.salesforce.com",
///                "https://test.salesforce.com" or a My Domain URL), authMethod
///                ("oauth"|"password"), clientId, username, instanceUrl (learned);
///                secrets refreshToken (oauth), password + securityToken + clientSecret (password)
///  - Pipeliner:  settings region ("us-east"|"eu-central"|...), baseUrl, spaceId;
///                secrets apiToken, apiSecret
/// "baseUrl" always wins over region/data-centre presets (custom hosts, the sandbox).
/// Plain http:// is accepted only for loopback hosts.
class Connector : public QObject
{
    Q_OBJECT
public:
    template<typename T>
    using Result = std::function<void(const T &value, const ApiError &error)>;
    using PageHandler = std::function<void(const FetchPage &page)>;
    using Done = std::function<void(const ApiError &error)>;

    Connector(const ConnectorConfig &config, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~Connector() override;

    /// Which system this connector talks to.
    AccountKind kind() const { return m_config.account.kind; }
    /// The name people read for a system: "ON24", "Act-On", "Salesforce", "Pipeliner".
    static QString systemName(AccountKind kind);
    /// The account as configured.
    const ConnectorConfig &config() const { return m_config; }

    /// Authenticates and makes one cheap authorised call; on success tells who
    /// and where the account is. Errors carry a sentence naming the account.
    virtual void checkConnection(Result<ConnectionInfo> done) = 0;
    /// Objects and fields the account offers (live describe / Fields entity).
    /// @p objects empty = the connector's default set (e.g. Lead and Contact).
    virtual void describe(const QStringList &objects, Result<QList<CrmObjectSchema>> done) = 0;
    /// Streams the records of @p request page by page; @p done is called once,
    /// after the last page or on the first unrecoverable error.
    virtual void fetch(const FetchRequest &request, PageHandler onPage, Done done) = 0;
    /// Writes @p request in the API's bulk form (never one call per record where
    /// a bulk form exists). Per-record failures are outcomes, not a failed call.
    virtual void write(const WriteRequest &request, Result<WriteResult> done) = 0;
    /// Cancels everything in flight; pending callbacks report ApiError Cancelled, and chains
    /// of calls stop before their next call (m_generation).
    virtual void abort();

    /// Calls made, retries and rate-limit waits so far (for progress displays).
    HttpClient *http() const { return m_http; }

Q_SIGNALS:
    /// Secrets the connector obtained or rotated (an Act-On grant's access token, its expiry
    /// and refresh token; a rotated Salesforce refresh token). The engine host hands them to
    /// the GUI thread, which keeps them in the keychain; never logged.
    void secretsUpdated(const LeadBridge::CredentialBundle &secrets);

protected:
    using JsonDone = std::function<void(const QJsonObject &json, const ApiError &error)>;

    /// Sends @p request through m_http and answers @p done with the JSON object it got back;
    /// an answer that is not a JSON object is a Malformed error naming the account.
    void sendForObject(const ApiRequest &request, JsonDone done);
    /// @p path under @p root (appended to its path) with @p query.
    static QUrl urlUnder(const QUrl &root, const QString &path, const QUrlQuery &query);
    /// The base URL from settings, honouring "baseUrl" over presets; refuses
    /// plain http to non-loopback hosts (sets @p error).
    static QUrl checkedBaseUrl(const QString &url, QString *error);
    /// The API root under @p base (checked as checkedBaseUrl() does): the path that
    /// @p trimPath leaves of the one entered (people paste addresses with the API path in
    /// them), followed by @p apiPath. Invalid, with @p error set, when @p base is refused.
    static QUrl apiRoot(const QString &base, const std::function<QString(QString path)> &trimPath,
        const QString &apiPath, QString *error);
    /// Tells m_http how to speak of this account: its name (or @p unnamedLabel when it has
    /// none) in every error sentence, @p credential as what an Auth error names, and
    /// @p classify for the vendor's own error answers. Returns the label.
    QString describeAccount(const QString &unnamedLabel, ApiError::Credential credential,
        std::function<void(const ApiResponse &answer, ApiError &error)> classify);
    /// The "baseUrl" setting, trimmed (empty: the region or data-centre preset applies).
    QString baseUrlSetting() const;
    /// The Cancelled error of a chain of calls that abort() stopped between two calls,
    /// naming the account; @p technical goes to the log.
    ApiError cancelledError(const QString &technical) const;
    /// Runs @p report later from the event loop (queued), so a call that fails before it
    /// sends anything still answers after it returned, as every call does.
    void failSoon(const std::function<void()> &report);
    /// The Validation error of the account's incomplete settings (m_configError) in
    /// @p error; true when they are complete.
    bool configOk(ApiError *error) const;
    /// False when the account's settings are incomplete: @p fail then gets their error soon
    /// (failSoon()), so the call still answers after it returned.
    bool settingsReady(const std::function<void(const ApiError &error)> &fail);
    /// True when abort() was called since a chain of calls remembered @p generation
    /// (m_generation at its start).
    bool aborted(quint64 generation) const { return generation != m_generation; }

    ConnectorConfig m_config;
    QNetworkAccessManager *m_nam;
    HttpClient *m_http;
    RateLimiter *m_limiter;
    /// What is missing from the account's settings, as a sentence naming the account; set by
    /// the subclass's constructor, empty when the settings are complete.
    QString m_configError;
    /// Bumped by abort(): a chain of calls remembers it at its start and stops between calls
    /// when it changed.
    quint64 m_generation = 0;
};

} // namespace LeadBridge
