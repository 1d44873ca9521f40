#pragma once

#include "core/mapping/CrmKind.h"
#include "core/mapping/MarketingField.h"

#include <QMetaType>
#include <QString>

namespace LeadBridge {

/// One row of a field map: a marketing field and where its value comes from in the CRM.
struct FieldMapRow
{
    MarketingField marketing;
    /// CRM Lead source field API name; empty when the field has no Lead source.
    QString leadField;
    /// CRM Contact source field API name; empty when the field has no Contact source.
    /// A dotted path ("Account.Name") reads through a relationship and is never pushed.
    QString contactField;
    /// Per-field "allow push". Ignored (always on) for Score rows; see FieldMap.
    bool allowPush = true;
    /// Score rows only: the Act-On score sheet whose score fills the field; empty means
    /// the account's default score sheet.
    QString scoreName;

    /// A row for @p field with the given sources.
    static FieldMapRow make(const MarketingField &field, const QString &leadField,
        const QString &contactField, bool allowPush = true);

    /// True for Score rows (which always push).
    bool isScore() const { return marketing.type == MarketingFieldType::Score; }
    /// The source column for @p object.
    QString crmField(CrmObjectType object) const
    {
        return object == CrmObjectType::Lead ? leadField : contactField;
    }
    /// True when at least one CRM column is filled.
    bool hasCrmSource() const { return !leadField.isEmpty() || !contactField.isEmpty(); }
    /// True when @p apiName reads through a relationship ("Account.Name").
    static bool isRelationshipPath(const QString &apiName) { return apiName.contains(u'.'); }

    friend bool operator==(const FieldMapRow &, const FieldMapRow &) = default;
};

} // namespace LeadBridge

Q_DECLARE_METATYPE(LeadBridge::FieldMapRow)
