#pragma once

#include "core/model/Account.h"
#include "core/net/ApiError.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace LeadBridge {

/// Secrets of one account, read from the keychain on the GUI thread and handed
/// to the engine thread as a value (the engine never touches the keychain).
/// Keys per kind are listed in Connector.h. Never logged, never persisted.
struct CredentialBundle
{
    QHash<QString, QByteArray> secrets;

    QString text(const QString &name) const { return QString::fromUtf8(secrets.value(name)); }
    bool has(const QString &name) const { return !secrets.value(name).isEmpty(); }
};

/// Everything a connector needs to reach one account: the non-secret settings
/// (from the journal) and the secrets (from the keychain).
struct ConnectorConfig
{
    Account account;
    CredentialBundle credentials;
};

/// What "Test connection" learned about the account.
struct ConnectionInfo
{
    QString displayName; ///< e.g. "Acme Corp (anna@acme.com)" — shown on the Accounts page
    QString instanceUrl; ///< the base URL actually used (after login redirects)
    QVariantMap details; ///< non-secret facts: org id, user id, region, API limits ...
    /// Secrets the connector obtained or rotated during the check (e.g. a new
    /// OAuth refresh token); the GUI stores them in the keychain.
    CredentialBundle updatedSecrets;
};

/// One record as it crosses the connector boundary: vendor field names and
/// values exactly as the API has them (normalisation happens in the engine).
struct ConnectorRecord
{
    QString id; ///< the vendor's record id (empty for new records)
    QString object; ///< "Lead", "Contact", "registrant", list id, "Contacts" ...
    QVariantMap fields;
    QDateTime modifiedAt; ///< UTC; invalid when the API has none
    bool deleted = false;
};

/// A request to read records. Connectors stream pages; @p since asks for
/// changes only (the connector applies its own overlap so nothing sharing the
/// cutoff is missed).
struct FetchRequest
{
    QString object;
    QStringList fields; ///< empty = the connector's default set
    QDateTime since; ///< invalid = full read
    QDateTime until; ///< invalid = now
    bool includeDeleted = false;
    int pageSize = 0; ///< 0 = the API's best size
    QVariantMap options; ///< vendor extras: eventId, listId, report id, filter ...
};

/// One streamed page of a fetch.
struct FetchPage
{
    QList<ConnectorRecord> records;
    int pageNumber = 0; ///< 1-based
    qint64 totalKnown = -1; ///< total records if the API said so, else -1
    bool last = false;
    /// The cursor a caller should store once every page up to this one is applied
    /// (e.g. the highest SystemModstamp seen). Empty when the API gives none.
    QString cursor;
};

/// A write in the API's bulk form.
struct WriteRequest
{
    enum class Operation { Create, Update, Upsert, Delete };
    QString object;
    Operation operation = Operation::Upsert;
    QString keyField; ///< for Upsert: external id / email field
    QList<ConnectorRecord> records;
    QVariantMap options;
};

/// Outcome of one record of a write, in request order.
struct WriteOutcome
{
    int index = 0; ///< position in WriteRequest::records
    bool ok = false;
    bool created = false;
    QString id;
    ApiError error; ///< set when !ok
};

/// Outcome of a whole write.
struct WriteResult
{
    QList<WriteOutcome> outcomes;
    int callsUsed = 0;
    int succeeded() const
    {
        int n = 0;
        for (const auto &o : outcomes)
            n += o.ok ? 1 : 0;
        return n;
    }
};

} // namespace LeadBridge

Q_DECLARE_METATYPE(LeadBridge::CredentialBundle)
Q_DECLARE_METATYPE(LeadBridge::ConnectorConfig)
Q_DECLARE_METATYPE(LeadBridge::ConnectionInfo)
Q_DECLARE_METATYPE(LeadBridge::ConnectorRecord)
Q_DECLARE_METATYPE(LeadBridge::FetchRequest)
Q_DECLARE_METATYPE(LeadBridge::FetchPage)
Q_DECLARE_METATYPE(LeadBridge::WriteRequest)
Q_DECLARE_METATYPE(LeadBridge::WriteResult)
