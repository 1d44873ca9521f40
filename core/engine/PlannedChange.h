#pragma once

#include "core/engine/SideRecord.h"
#include "core/model/RecordChange.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace LeadBridge {

/// One field of a planned write: old -> new, in the target system's terms.
struct PlannedFieldChange
{
    /// Act-On column heading (the marketing field).
    QString marketingField;
    /// Field written in the target: the heading for Act-On, the CRM API name for the CRM.
    QString targetField;
    /// Normalised value the target has now; null when unknown (incremental run without
    /// the target record).
    QString oldValue;
    /// Normalised value to write (FieldNormaliser::toCrmValue()/toMarketingValue() give
    /// the wire form).
    QString newValue;

    friend bool operator==(const PlannedFieldChange &, const PlannedFieldChange &) = default;
};

/// One record-level decision of the planner: a write to one target record, a skip with its
/// reason, or a conflict with both values and the rule applied.
struct PlannedChange
{
    /// The system written (for skips and conflicts: the system the record came from, or the
    /// CRM for conflicts).
    SyncSide target = SyncSide::Marketing;
    /// Account kind storage name of the target ("acton", "salesforce", "pipeliner").
    QString system;
    /// Object in the target: an Act-On list id, "Lead", "Contact".
    QString object;
    /// The person's key: the link's email key (or the record's email when unlinked).
    QString key;
    /// Target record id; empty for creates and for Act-On rows keyed by email.
    QString id;
    /// CRM target only: the type of the record written.
    CrmObjectType crmType = CrmObjectType::Contact;
    ChangeOperation operation = ChangeOperation::Update;
    /// Field-level old -> new (creates: every filled field; conflicts: one entry whose
    /// oldValue is the CRM value and newValue the Act-On value).
    QList<PlannedFieldChange> fields;
    /// Skips: why. Conflicts: the rule applied and its outcome. Deletes: why.
    QString reason;
    /// Act-On updates only: the e-mail address the contact has in Act-On before this write,
    /// set when the write changes it (a linked CRM record's e-mail changed). Such a write
    /// updates the row by its record id (id, when known) instead of upserting by e-mail,
    /// which would add a second contact.
    QString movedFrom;
    /// Conflicts only: the Act-On record id (id is the CRM record's).
    QString marketingId;
    /// Conflicts only: held for review (ConflictRule::Review), nothing written; stored in the
    /// journal's conflicts table.
    bool held = false;

    /// The history rows (one per field, or one for a record without fields) for run @p runId.
    QList<RecordChange> toRecordChanges(qint64 runId = 0) const;
    /// One history row for the whole record, without field detail, with @p reason: how a
    /// created contact is recorded (its values are the source record's), so that a first
    /// sync of a million people stays a million rows.
    RecordChange recordRow(qint64 runId, const QString &reason) const;
};

} // namespace LeadBridge

Q_DECLARE_METATYPE(LeadBridge::PlannedChange)
