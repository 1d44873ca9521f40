#pragma once

#include "core/sandbox/salesforce/SalesforceApi.h"

namespace LeadBridge::Sandbox {

/// Validation, writes and JSON serialisation of the Salesforce emulator's records, shared by
/// every API area (REST, collections, Bulk 2.0, control).
class SalesforceRecordStore : public SalesforceApi
{
public:
    using SalesforceApi::SalesforceApi;

    bool convertValue(
        const SfField &field, const QJsonValue &value, QByteArray *out, SaveError *error) const;
    bool stage(const SObjectTable &table, const QJsonObject &input, bool create, int existingRow,
        Staged *out, QList<SaveError> *errors) const;
    int commitCreate(SObjectTable &table, const Staged &staged, int userRow);
    void commitUpdate(SObjectTable &table, int row, const Staged &staged, int userRow);
    /// The CampaignMemberStatus row of @p campaignId labelled @p label (exact), or -1.
    int memberStatusRow(const QByteArray &campaignId, QByteArrayView label) const;
    /// The label of the campaign's default CampaignMemberStatus (empty when none).
    QByteArray defaultMemberStatus(const QByteArray &campaignId) const;
    /// Adds one CampaignMemberStatus record to @p campaignId.
    void addMemberStatus(const QByteArray &campaignId, const QString &label, bool responded,
        bool isDefault, int sortOrder, const QByteArray &userId, qint64 nowMs);
    QString computed(const SObjectTable &table, int row, const SfField &field) const;
    SoqlQuery::ComputedFn computedFn() const;
    void writeValue(
        QByteArray &out, const SObjectTable &table, int row, const SfField &field) const;
    void writeRecord(QByteArray &out, const SObjectTable &table, int row,
        const QList<SoqlSelectItem> &items, const QString &version) const;
    static QJsonArray errorsJson(const QList<SaveError> &errors, bool statusCode);
    static QJsonObject saveResultJson(const SaveResult &r, bool withCreated);
    SaveResult saveCreate(
        SObjectTable &table, const QJsonObject &input, int userRow, bool dryRun, Staged *staged);
    SaveResult saveUpsert(SObjectTable &table, const QString &extField, const QString &value,
        const QJsonObject &input, int userRow, bool dryRun);
};

} // namespace LeadBridge::Sandbox
