#pragma once

#include "core/mapping/CrmFieldDescriptor.h"
#include "core/mapping/CrmKind.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace LeadBridge {

/// The fields of one CRM object (Lead or Contact) as discovered live.
struct CrmObjectSchema
{
    CrmKind crm = CrmKind::Salesforce;
    CrmObjectType object = CrmObjectType::Lead;
    /// Object name as the CRM spells it ("Lead", "Contact").
    QString name;
    QList<CrmFieldDescriptor> fields;

    /// The field named @p apiName (case-insensitive, as Salesforce API names are), or null.
    const CrmFieldDescriptor *field(const QString &apiName) const;
    /// True when @p apiName exists.
    bool contains(const QString &apiName) const { return field(apiName) != nullptr; }
    /// The reference field whose relationship name is @p relationship ("Account"), or null.
    const CrmFieldDescriptor *relationship(const QString &relationship) const;

    friend bool operator==(const CrmObjectSchema &, const CrmObjectSchema &) = default;
};

} // namespace LeadBridge

Q_DECLARE_METATYPE(LeadBridge::CrmObjectSchema)
