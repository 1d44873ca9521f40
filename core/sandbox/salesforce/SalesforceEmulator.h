#pragma once

#include "core/sandbox/DemoDataset.h"
#include "core/sandbox/Emulator.h"
#include "core/sandbox/salesforce/SObjectTable.h"
#include "core/sandbox/salesforce/SoqlQuery.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <memory>
#include <vector>

namespace LeadBridge::Sandbox {

class SalesforceApi;
class SalesforceAuthApi;
class SalesforceBulkApi;
class SalesforceCollectionsApi;
class SalesforceControlApi;
class SalesforceLimitsApi;
class SalesforceRecordStore;
class SalesforceReplicationApi;
class SalesforceReportsApi;
class SalesforceRestApi;

/// Loopback emulator of a Salesforce org: OAuth 2.0 (password, refresh token,
/// authorization code + PKCE), SOAP partner login(), REST (versions,
/// resources, describe, SOQL query/queryMore/queryAll, sObject CRUD and
/// upsert, sObject Collections, getUpdated/getDeleted, limits, reports) and
/// Bulk API 2.0 ingest and query jobs, written from
/// shared/reference/api-salesforce-pipeliner.md part A.
///
/// Demo login: username demo@leadbridge.sandbox, password "sandbox" plus
/// security token "TOKEN" (i.e. "sandboxTOKEN"); connected app client id
/// "leadbridge-sandbox-client", secret "leadbridge-sandbox-secret".
///
/// The connected app's OAuth policies are switched through the control API
/// (GET|PATCH /_sandbox/records/connectedApp[/{clientId}]) or setConnectedApp():
/// "Require Secret for Web Server Flow", "Require Secret for Refresh Token Flow" and the
/// org's "Allow OAuth Username-Password Flows" (usernamePasswordFlowDisabled). Sign-in
/// attempts are listed as Login History (GET /_sandbox/records/loginHistory).
class SalesforceEmulator : public Emulator
{
    Q_OBJECT
public:
    explicit SalesforceEmulator(QObject *parent = nullptr);
    ~SalesforceEmulator() override;

    static QString demoUsername();
    static QString demoPassword();
    static QString demoSecurityToken();
    static QString demoClientId();
    static QString demoClientSecret();
    static QString organizationId();
    /// Default session lifetime (SOAP sessionSecondsValid).
    static constexpr int kSessionSeconds = 7200;
    static constexpr int kDefaultDailyApiLimit = 100000;
    /// Newest SOAP API version that still offers login() (65.0 and later do not).
    static constexpr double kLastSoapLoginVersion = 64.0;

    /// OAuth policies of the demo connected app (all off by default, i.e. the
    /// emulator's historic behaviour; real new connected apps require the web server
    /// secret by default).
    struct ConnectedApp
    {
        /// "Require Secret for Web Server Flow": a code exchange without client_secret is
        /// refused even with PKCE.
        bool requireSecretForWebServerFlow = false;
        /// "Require Secret for Refresh Token Flow": a refresh without client_secret is refused.
        bool requireSecretForRefreshTokenFlow = false;
        /// The org blocks the OAuth username-password flow (Setup → OAuth and OpenID Connect
        /// Settings → "Allow OAuth Username-Password Flows" off, the default for orgs created
        /// since Summer '23): the password grant is refused as if the password were wrong;
        /// SOAP login() still works.
        bool usernamePasswordFlowDisabled = false;
    };
    void setConnectedApp(const ConnectedApp &app) { m_app = app; }
    ConnectedApp connectedApp() const { return m_app; }
    /// One sign-in attempt as Salesforce's Login History shows it.
    struct LoginAttempt
    {
        QString username;
        QString loginType; ///< "Remote Access 2.0" (OAuth) or "SOAP login()" (emulator labels)
        QString status; ///< "Success", "Invalid Password", "Username-Password Flow Disabled" …
        qint64 timeMs = 0;
    };
    QList<LoginAttempt> loginHistory() const { return m_loginHistory; }

    /// Replaces all stored data with the demo world (users, leads, contacts,
    /// accounts, campaigns and campaign members).
    void seed(const DemoDataset &data);
    /// Replaces all Leads with @p count synthetic leads (fast path, compact storage).
    void seedSynthetic(int count, quint32 seed);

    /// Daily (rolling 24 h) API request allocation; REQUEST_LIMIT_EXCEEDED beyond it.
    void setDailyApiLimit(int limit) { m_apiMax = limit; }
    int dailyApiLimit() const { return m_apiMax; }
    int apiUsed() const { return m_apiUsed; }
    /// Number of live records of @p object.
    int recordCount(const QString &object) const;
    /// Removes field @p apiName of @p object from its describe answer, as when an admin
    /// deletes a custom field (schema drift tests). Stored values stay; returns false when
    /// the object or field is unknown.
    bool removeField(const QString &object, const QString &apiName);

protected:
    /// World state for the built-in sandbox's state file (in SalesforceEmulatorState.cpp).
    QJsonObject saveWorld() const override;
    bool loadWorld(const QJsonObject &world, QString *error) override;
    SandboxResponse rateLimitResponse(const SandboxRequest &request) override;
    SandboxResponse serverErrorResponse(const SandboxRequest &request) override;
    SandboxResponse notFoundResponse(const SandboxRequest &request) override;
    QJsonObject limitUsage() const override;
    void expireAllTokens() override;
    SandboxResponse controlRecords(
        const SandboxRequest &request, const QString &object, const QString &id) override;

private:
    // The API areas (one handler class each) share this state.
    friend class SalesforceApi;
    friend class SalesforceAuthApi;
    friend class SalesforceBulkApi;
    friend class SalesforceCollectionsApi;
    friend class SalesforceControlApi;
    friend class SalesforceLimitsApi;
    friend class SalesforceRecordStore;
    friend class SalesforceReplicationApi;
    friend class SalesforceReportsApi;
    friend class SalesforceRestApi;

    struct Session
    {
        int userRow = 0;
        qint64 expiresMs = 0;
    };
    struct AuthCode
    {
        QString clientId;
        QString redirectUri;
        QString challenge;
        QString method;
        int userRow = 0;
        qint64 expiresMs = 0;
    };
    struct Cursor
    {
        QString object;
        std::shared_ptr<SoqlQuery> query;
        std::vector<int> rows;
        int batchSize = 2000;
    };
    struct SaveError
    {
        QString code;
        QString message;
        QStringList fields;
    };
    struct SaveResult
    {
        QString id;
        bool success = false;
        bool created = false;
        QList<SaveError> errors;
    };
    struct Staged
    {
        QList<QPair<int, QByteArray>> values; ///< slot -> UTF-8 value (empty = null)
    };
    struct IngestJob
    {
        QString id;
        QString object;
        QString operation;
        QString externalIdField;
        QString lineEnding;
        QString columnDelimiter;
        QString state;
        QString apiVersion;
        QString createdById;
        qint64 created = 0;
        qint64 modified = 0;
        bool uploaded = false;
        QByteArray data;
        QByteArray successCsv;
        QByteArray failedCsv;
        QByteArray unprocessedCsv;
        int processed = 0;
        int failed = 0;
        QString errorMessage;
    };
    struct QueryJob
    {
        QString id;
        QString object;
        QString operation;
        QString query;
        QString lineEnding;
        QString columnDelimiter;
        QString state;
        QString apiVersion;
        QString createdById;
        qint64 created = 0;
        qint64 modified = 0;
        std::shared_ptr<SoqlQuery> parsed;
        std::vector<int> rows;
    };
    using RestHandler = std::function<SandboxResponse(const SandboxRequest &, const Session &)>;

    void addRest(const QByteArray &method, const QString &suffix, const QString &endpoint,
        RestHandler handler);
    SandboxResponse restCall(const SandboxRequest &request, const RestHandler &handler);
    QString limitInfo() const;
    static SandboxResponse sfError(
        int status, const QString &code, const QString &message, const QStringList &fields = {});
    QString version(const SandboxRequest &request) const;

    qint64 sessionLifetimeMs() const;
    const Session *sessionFor(const SandboxRequest &request);

    SObjectTable *table(QStringView object) const;
    SObjectTable &users() const { return *table(u"User"); }

    QString isoMs(qint64 ms) const;
    void clearAll();
    int addUser(
        const QString &first, const QString &last, const QString &email, const QString &username);

    std::vector<std::unique_ptr<SObjectTable>> m_tables;
    QHash<QString, SObjectTable *> m_byName; ///< lower-case name -> table
    QHash<QString, QSet<QString>> m_removedFields; ///< lower-case object -> lower-case fields
    QHash<QString, Session> m_sessions;
    QHash<QString, int> m_refreshTokens;
    QHash<QString, AuthCode> m_codes;
    QHash<QString, Cursor> m_cursors;
    QStringList m_cursorOrder;
    QHash<QString, IngestJob> m_ingestJobs;
    QHash<QString, QueryJob> m_queryJobs;
    qint64 m_seq = 0;
    int m_apiUsed = 0;
    int m_apiMax = kDefaultDailyApiLimit;
    qint64 m_windowStartMs = 0;
    ConnectedApp m_app;
    QList<LoginAttempt> m_loginHistory;

    std::unique_ptr<SalesforceAuthApi> m_auth;
    std::unique_ptr<SalesforceLimitsApi> m_limitsApi;
    std::unique_ptr<SalesforceRestApi> m_rest;
    std::unique_ptr<SalesforceRecordStore> m_records;
    std::unique_ptr<SalesforceCollectionsApi> m_collections;
    std::unique_ptr<SalesforceReplicationApi> m_replication;
    std::unique_ptr<SalesforceReportsApi> m_reports;
    std::unique_ptr<SalesforceBulkApi> m_bulk;
    std::unique_ptr<SalesforceControlApi> m_control;
};

} // namespace LeadBridge::Sandbox
