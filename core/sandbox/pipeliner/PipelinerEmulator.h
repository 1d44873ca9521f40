#pragma once

#include "core/sandbox/DemoDataset.h"
#include "core/sandbox/Emulator.h"
#include "core/sandbox/pipeliner/PipelinerSchema.h"
#include "core/sandbox/pipeliner/PipelinerTable.h"

#include <QJsonArray>
#include <QMap>

#include <memory>

namespace LeadBridge::Sandbox {

class PipelinerListApi;

/// Emulator of the Pipeliner CRM REST API v100 (reference: api-salesforce-pipeliner.md, part B).
///
/// Base path /api/v100/rest/spaces/{space_id}; HTTP Basic auth with the API
/// application's key pair (username = API token, password = API secret).
/// Entities: Contacts, Leads, Accounts, Clients (read only) and Fields (list, get,
/// create custom field). Per entity: list with cursor paging (first/after,
/// legacy limit/offset), filter[...] + filter-op[...], order-by, load-only,
/// expand, include-deleted; get, create (201), PATCH, soft DELETE, batch-modify,
/// batch-delete, batch-restore. Errors use the documented envelope
/// {code, name, message, http_status, success:false}; validation errors 422 with
/// field_errors[]. See docs/sandbox-pipeliner.md.
class PipelinerEmulator : public Emulator
{
    Q_OBJECT
public:
    explicit PipelinerEmulator(QObject *parent = nullptr);
    ~PipelinerEmulator() override;

    /// Default demo space id, API token and API secret.
    static QString defaultSpaceId();
    static QString defaultApiToken();
    static QString defaultApiSecret();

    void setSpaceId(const QString &spaceId) { m_spaceId = spaceId; }
    QString spaceId() const { return m_spaceId; }
    /// Sets the key pair accepted by Basic auth.
    void setCredentials(const QString &apiToken, const QString &apiSecret);
    /// Calls allowed per rolling minute before 429 (0 = no limit, the default:
    /// Pipeliner documents no rate limit).
    void setCallsPerMinute(int limit) { m_callsPerMinute = limit; }
    /// Whether the API user may create custom fields (POST entities/Fields); when not,
    /// that call answers 403 (a user without Fields & Forms rights). Default true; also
    /// PATCH /_sandbox/records/Fields {"mayCreateFields": bool}.
    void setMayCreateFields(bool may) { m_mayCreateFields = may; }
    bool mayCreateFields() const { return m_mayCreateFields; }

    /// Replaces all data with the demo world: Clients from users, Accounts from
    /// companies of Pipeliner people, Contacts from people with inPipeliner, a few
    /// Leads linked to their Contacts, and the field catalogue: system fields, the Contact
    /// cf_acton_* fields, and the Lead cf_acton_* fields only when
    /// DemoDataset::pipelinerLeadActOnFields says the space defines them.
    void seed(const DemoDataset &data);
    /// Empties every entity and resets the field catalogue.
    void clear();

    /// "http://127.0.0.1:<port>/api/v100/rest/spaces/<space>"
    QString apiBase() const;
    /// Stored record (including soft-deleted) or an empty object.
    QJsonObject record(const QString &collection, const QString &id) const;
    qsizetype recordCount(const QString &collection) const;

protected:
    /// World state for the built-in sandbox's state file (in PipelinerEmulatorState.cpp).
    QJsonObject saveWorld() const override;
    bool loadWorld(const QJsonObject &world, QString *error) override;
    SandboxResponse rateLimitResponse(const SandboxRequest &request) override;
    SandboxResponse serverErrorResponse(const SandboxRequest &request) override;
    SandboxResponse notFoundResponse(const SandboxRequest &request) override;
    QJsonObject limitUsage() const override;
    SandboxResponse controlRecords(
        const SandboxRequest &request, const QString &object, const QString &id) override;
    std::optional<SandboxResponse> beforeRoute(
        const SandboxRequest &request, const QString &endpoint) override;

private:
    // The API areas (one handler class each) share this state.
    friend class PipelinerListApi;

    struct Validation
    {
        QJsonArray fieldErrors;
        QJsonArray entityErrors;
        bool ok() const { return fieldErrors.isEmpty() && entityErrors.isEmpty(); }
    };

    void registerEntityRoutes(const QString &collection);
    SandboxResponse getOne(const SandboxRequest &r, const QString &collection);
    /// Validates @p body (against @p existing, nullptr for a new record), stores it as @p id and
    /// answers @p status with the stored record, or 422 with the validation errors.
    SandboxResponse store(const QString &collection, const QJsonObject &body,
        const QJsonObject *existing, const QString &id, int status);
    SandboxResponse create(const SandboxRequest &r, const QString &collection);
    SandboxResponse update(const SandboxRequest &r, const QString &collection);
    SandboxResponse remove(const SandboxRequest &r, const QString &collection);
    SandboxResponse batchModify(const SandboxRequest &r, const QString &collection);
    SandboxResponse batchDelete(const SandboxRequest &r, const QString &collection, bool restore);
    SandboxResponse createField(const SandboxRequest &r);

    /// Checks @p body for a create (@p existing null) or an update of @p existing.
    Validation validate(
        const QString &collection, const QJsonObject &body, const QJsonObject *existing) const;
    /// Applies a validated body; returns the stored record.
    QJsonObject apply(const QString &collection, const QJsonObject &body,
        const QJsonObject *existing, const QString &newId);
    QJsonObject validationError(const QString &collection, const QString &entityId,
        const Validation &v, const QJsonValue &entityIndex) const;
    /// Record as the API shows it: every schema field, relation URLs, expand, load-only.
    QJsonObject present(const QString &collection, const QJsonObject &stored,
        const QStringList &expand, const QStringList &loadOnly) const;
    QString relationUrl(const QString &collection, const QString &id) const;
    PipelinerTable *table(const QString &collection);
    const PipelinerTable *table(const QString &collection) const;
    QList<QJsonObject> fieldRecords() const;
    QString nextId();
    QString timestamp() const;

    QString m_spaceId;
    QString m_apiToken;
    QString m_apiSecret;
    QByteArray m_expectedAuth;
    PipelinerSchema m_schema;
    QMap<QString, PipelinerTable> m_tables;
    quint64 m_sequence = 0;
    QString m_defaultUnitId;
    int m_callsPerMinute = 0;
    bool m_mayCreateFields = true;
    QString m_apiUserId; ///< Client that owns records created without owner_id
    qint64 m_callsUsed = 0;
    qint64 m_authFailures = 0;
    QList<qint64> m_recentCalls; ///< limitClockMs() of calls in the last minute (when limited)

    std::unique_ptr<PipelinerListApi> m_list;
};

} // namespace LeadBridge::Sandbox
