#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace LeadBridge::Sandbox {

/// Field types of the emulated Salesforce org (describe "type" values).
enum class SfType {
    Id,
    String,
    TextArea,
    Email,
    Phone,
    Url,
    Picklist,
    Boolean,
    Int,
    Double,
    Currency,
    Date,
    DateTime,
    Reference
};

/// Where a field's value lives in a stored record.
enum class SfStorage {
    Data, ///< a slot of the record's packed value blob
    Id, ///< derived from the row number
    IsDeleted, ///< derived from the deletion time
    CreatedDate,
    LastModifiedDate,
    SystemModstamp,
    Computed ///< derived on read (Name, rollups, mirrors)
};

/// One field of an sObject, with the metadata describe() reports.
struct SfField
{
    QString name;
    QString label;
    SfType type = SfType::String;
    int length = 0;
    bool createable = true;
    bool updateable = true;
    bool nillable = true;
    bool custom = false;
    bool externalId = false;
    bool unique = false;
    bool defaultedOnCreate = false;
    int precision = 0;
    int scale = 0;
    QStringList picklist;
    QString defaultValue;
    QString referenceTo;
    QString relationshipName;
    SfStorage storage = SfStorage::Data;
    int slot = -1; ///< index in the record blob when storage == Data

    /// True for types whose JSON value is a string.
    bool isText() const;
    /// The "soapType" describe value, e.g. "xsd:string".
    QString soapType() const;
    /// The describe "type" value, e.g. "picklist".
    QString typeName() const;
};

/// One sObject type: its fields, key prefix and labels.
struct SfObject
{
    QString name;
    QString label;
    QString labelPlural;
    QString keyPrefix;
    QList<SfField> fields;
    QHash<QString, int> byLowerName; ///< lower-case API name -> index in fields
    int slotCount = 0;

    /// Field index by API name (case-insensitive), -1 when unknown.
    int fieldIndex(QStringView name) const;
    const SfField *field(QStringView name) const;
    /// Full DescribeSObjectResult for @p version (e.g. "v50.0").
    QJsonObject describe(const QString &version) const;
    /// The short form used by describeGlobal.
    QJsonObject describeGlobalEntry(const QString &version) const;
};

/// The fixed schema of the emulated org: Lead, Contact, Account, Campaign,
/// CampaignMember, CampaignMemberStatus and User with their standard and custom fields.
class SalesforceSchema
{
public:
    /// All object definitions, in a stable order.
    static const QList<SfObject> &objects();
    /// Object by API name (case-insensitive), nullptr when unknown.
    static const SfObject *find(QStringView name);
};

} // namespace LeadBridge::Sandbox
