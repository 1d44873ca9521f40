#pragma once

#include "core/connectors/Connector.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>
#include <QVariantMap>

#include <functional>
#include <memory>

namespace LeadBridge {

class ApiResponse;

/// Client of the Pipeliner CRM REST API v100 (reference/api-salesforce-pipeliner.md part B)
/// for one space: Contacts, Leads, Accounts, Clients (users, the owners) and Fields (custom
/// field discovery). HTTP Basic auth with the API application's token and secret, so a 401
/// is final (no re-login). Lists are read with cursor paging (first/after, 100 per page) and
/// streamed page by page; changes since a time use filter[modified] with filter-op gte.
/// Writes go through batch-modify (100 per call, failed items reported per record).
class PipelinerConnector : public Connector
{
    Q_OBJECT
public:
    /// Largest page Pipeliner serves.
    static constexpr int kPageSize = 100;
    /// Records per batch-modify call.
    static constexpr int kBatchSize = 100;
    /// Overlap applied to "since" so records sharing the cutoff second are read again.
    static constexpr int kSinceOverlapSecs = 1;

    using Records = QList<ConnectorRecord>;

    PipelinerConnector(
        const ConnectorConfig &config, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~PipelinerConnector() override;

    void checkConnection(Result<ConnectionInfo> done) override;
    /// Live field list from entities/Fields: "Lead" and "Contact" by default ("Account"
    /// too); custom fields (cf_…) included, with their Pipeliner types (type_id), required /
    /// read-only from system_required / system_readonly and relations from
    /// relation_with_entity_id / relation_id (see fieldDescriptor()).
    void describe(const QStringList &objects, Result<QList<CrmObjectSchema>> done) override;
    /// object Contacts, Leads, Accounts, Clients or Fields (singular accepted). since →
    /// filter[modified] gte (minus kSinceOverlapSecs), ordered by modified; until drops later
    /// records; fields → load-only; includeDeleted → include-deleted=true; options "filter"
    /// (field → value) and "filterOp" (field → op) add filters.
    void fetch(const FetchRequest &request, PageHandler onPage, Done done) override;
    /// Create / Update / Upsert (keyField, e.g. email1, matched case-insensitively) through
    /// batch-modify with rollback of failed items only; Delete through batch-delete.
    void write(const WriteRequest &request, Result<WriteResult> done) override;

    /// Contacts whose email1 equals one of @p emails, ignoring case (filter-op ieq).
    void findContactsByEmail(const QStringList &emails, Result<Records> done);
    /// All users of the space (possible owners).
    void listClients(Result<Records> done);
    /// Leads named exactly @p name (ignoring case).
    void findLeadsByName(const QString &name, Result<Records> done);
    /// Creates a Lead named @p name owned by @p ownerId, linked to @p contactId (may be
    /// empty), with @p customFields (cf_… api names) set. Returns the stored record.
    void createLead(const QString &name, const QString &ownerId, const QString &contactId,
        const QVariantMap &customFields, Result<ConnectorRecord> done);

    /// Creates a custom field named @p name of type @p typeId (a documented type_id such as
    /// "input" or "integer") on @p entity ("Lead", "Contact", …) through POST
    /// entities/Fields. Returns the new field; Pipeliner chooses its api_name. A user who
    /// may not change fields gets an ApiError of kind Permission (HTTP 403).
    void createField(const QString &entity, const QString &name, const QString &typeId,
        Result<CrmFieldDescriptor> done);
    /// One entities/Fields object as a field descriptor: type from type_id, custom from the
    /// cf_ prefix of api_name, required from system_required, read-only from
    /// system_readonly, relation from relation_with_entity_id (+ relation_id).
    static CrmFieldDescriptor fieldDescriptor(const QVariantMap &field);

    /// {base}/api/v100/rest/spaces/{spaceId}.
    QUrl spaceRoot() const { return m_root; }
    /// Region preset → https://{region}.api.pipelinersales.com.
    static QString regionBaseUrl(const QString &region);
    /// Canonical plural entity name ("contact" → "Contacts"); empty when unknown.
    static QString entityName(const QString &object);
    /// One entity object of an answer ("data" item) as a record of @p entity.
    static ConnectorRecord toRecord(const QJsonObject &o, const QString &entity);
    /// A Pipeliner error object (422 body or a batch item) as a Validation error with the
    /// field names and messages in the sentence.
    ApiError itemError(const QJsonObject &error, int httpStatus) const;

private:
    struct ListState;
    struct WriteState;

    QUrl url(const QString &path, const QUrlQuery &query = {}) const;
    /// @p repeatAfterAnswer: see ApiRequest::repeatAfterAnswer (false for batches that create).
    void send(const QByteArray &method, const QString &path, const QUrlQuery &query,
        const QJsonDocument &body, const QString &operation, JsonDone done,
        bool repeatAfterAnswer = true);
    void runList(const std::shared_ptr<ListState> &list);
    void listStep(const std::shared_ptr<ListState> &list);
    void collect(const QString &entity, const QUrlQuery &query, const QString &operation,
        Result<Records> done);
    void writeStep(const std::shared_ptr<WriteState> &st);
    void upsertLookup(const std::shared_ptr<WriteState> &st, int index);
    void classify(const ApiResponse &answer, ApiError &error) const;
    static QString describeErrors(const QJsonObject &error);

    QUrl m_root;
    QString m_spaceId;
    QString m_label;
    QByteArray m_authorization;
};

} // namespace LeadBridge
