#pragma once

#include "core/connectors/ConnectorTypes.h"
#include "core/mapping/CrmObjectSchema.h"
#include "core/model/Account.h"
#include "core/net/ApiError.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace LeadBridge {

class CredentialStore;
class EngineHost;

/// The fields of one CRM account for the mapping editor: reads the account's secrets from the
/// keychain on this (GUI) thread, then describes its objects and reads example values on the
/// engine thread through EngineHost. Only values come back (schemas, strings, ApiError), so
/// the window never builds a connector configuration itself. The secrets read by the last
/// describe() are kept in memory for sample().
class FieldDiscovery : public QObject
{
    Q_OBJECT
public:
    /// Uses @p store and @p engine (not owned; with either null nothing is discovered).
    FieldDiscovery(CredentialStore *store, EngineHost *engine, QObject *parent = nullptr);
    ~FieldDiscovery() override;

    /// Reads @p account's secrets, then asks its CRM for the Lead and Contact fields. The
    /// answer comes through described(), or secretsFailed() when the keychain could not be
    /// read. Only the answer of the latest request is delivered.
    void describe(const Account &account);
    /// Whether the secrets of an account were read, so sample() can ask.
    bool canSample() const { return m_config.has_value(); }
    /// Asks for up to @p count values of @p field on CRM object @p object (records that have a
    /// value); the answer comes through sampled() with the returned request id (0 when
    /// canSample() is false).
    quint64 sample(const QString &object, const QString &field, int count);

Q_SIGNALS:
    /// The answer of describe(): the objects, or @p error (its sentence is for people).
    void described(
        const QList<LeadBridge::CrmObjectSchema> &objects, const LeadBridge::ApiError &error);
    /// describe() stopped because the keychain could not be read: @p sentence says why.
    void secretsFailed(const QString &sentence, const QString &technicalDetail);
    /// The answer of sample() @p requestId.
    void sampled(quint64 requestId, const QStringList &values, const LeadBridge::ApiError &error);

private:
    void onDescribed(
        quint64 requestId, const QList<CrmObjectSchema> &objects, const ApiError &error);

    QPointer<CredentialStore> m_store;
    QPointer<EngineHost> m_engine;
    std::optional<ConnectorConfig> m_config;
    quint64 m_describeRequest = 0;
};

} // namespace LeadBridge
