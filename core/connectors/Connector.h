#pragma once

#include "core/connectors/ConnectorTypes.h"
#include "core/mapping/CrmObjectSchema.h"
#include "core/net/ApiError.h"

#include <QObject>

#include <functional>

class QNetworkAccessManager;

namespace LeadBridge {

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
    /// Cancels everything in flight; pending callbacks report ApiError Cancelled.
    virtual void abort();

    /// Calls made, retries and rate-limit waits so far (for progress displays).
    HttpClient *http() const { return m_http; }

Q_SIGNALS:
    /// Secrets the connector obtained or rotated (an Act-On grant's access token, its expiry
    /// and refresh token; a rotated Salesforce refresh token). The engine host hands them to
    /// the GUI thread, which keeps them in the keychain; never logged.
    void secretsUpdated(const LeadBridge::CredentialBundle &secrets);

protected:
    /// The base URL from settings, honouring "baseUrl" over presets; refuses
    /// plain http to non-loopback hosts (sets @p error).
    static QUrl checkedBaseUrl(const QString &url, QString *error);

    ConnectorConfig m_config;
    QNetworkAccessManager *m_nam;
    HttpClient *m_http;
    RateLimiter *m_limiter;
};

} // namespace LeadBridge
