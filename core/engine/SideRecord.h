#pragma once

#include "core/mapping/CrmKind.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace LeadBridge {

/// Which side of a CRM flow a record or a write belongs to.
enum class SyncSide {
    Crm, ///< Salesforce or Pipeliner
    Marketing, ///< Act-On
};

/// One person as one system has it, after normalisation through the field map.
///
/// Values are kept compactly: one string per field map row, in row order (FieldMap::rows()),
/// already normalised by FieldNormaliser so that "equal" means equal. A null string means
/// the record has no source for that row (e.g. a Lead when the row has only a Contact
/// column); an empty (non-null) string is a blank value.
struct SideRecord
{
    SyncSide side = SyncSide::Crm;
    /// Account kind storage name: "salesforce", "pipeliner" or "acton".
    QString system;
    /// Object in that system: "Lead", "Contact", an Act-On list id.
    QString object;
    /// Vendor record id; empty when the system has none (Act-On list rows are keyed by email).
    QString id;
    /// CRM records only: Lead or Contact.
    CrmObjectType crmType = CrmObjectType::Contact;
    /// Normalised email (PersonKey::normaliseEmail); empty when blank.
    QString email;
    /// One normalised value per field map row (null = no source for this record).
    QList<QString> values;
    /// Last modification, UTC; invalid when unknown.
    QDateTime modifiedAt;
    /// True when the fetch reported the record as deleted.
    bool deleted = false;
    /// Salesforce leads only: converted (IsConverted); such a lead is read-only in Salesforce
    /// and is never planned: its link goes to the contact it became.
    bool converted = false;

    /// Value of row @p index; null when out of range or without a source.
    QString value(qsizetype index) const
    {
        return index >= 0 && index < values.size() ? values.at(index) : QString();
    }
};

} // namespace LeadBridge

Q_DECLARE_METATYPE(LeadBridge::SideRecord)
