#pragma once

#include "core/engine/ConflictRule.h"
#include "core/engine/SideRecord.h"
#include "core/mapping/FieldMap.h"
#include "core/model/Flow.h"
#include "core/model/LinkSnapshot.h"
#include "core/store/ConflictRecord.h"

#include <QHash>
#include <QList>
#include <QString>

namespace LeadBridge {

/// Full runs read every record; incremental runs read only records changed since the
/// stored cursors, so a record missing on one side means "unchanged since the snapshot".
enum class SyncMode { Full, Incremental };

/// Flow settings the planner obeys.
struct PlanOptions
{
    /// Rule for fields changed on both sides (CRM wins unless set otherwise).
    ConflictRule defaultRule = ConflictRule::CrmWins;
    /// Per-field rules, keyed by marketing field name (case-insensitive); override defaultRule.
    QHash<QString, ConflictRule> fieldRules;
    /// Act-On object written (the list id of the flow's contact list).
    QString marketingObject;
    /// Create Act-On contacts for CRM records not there yet.
    bool allowMarketingCreate = true;
    /// Create CRM records for Act-On contacts not in the CRM (F3 push "add new", F4).
    /// F2 never creates CRM records. A create fills every mapped field
    /// (FieldMap::fieldsForCreate), whatever allow-push says.
    bool allowCrmCreate = false;
    /// Object created in the CRM when allowCrmCreate is on.
    CrmObjectType crmCreateObject = CrmObjectType::Lead;
    /// A record deleted in the CRM is deleted in Act-On (never the reverse).
    bool deleteInMarketing = true;
    /// On a full run, a linked CRM record that is no longer returned counts as deleted.
    bool deleteMissingOnFull = true;
    /// Opt-out fields push to the CRM even when allow-push is off or the policy is
    /// CRM -> Act-On only; when both sides changed, "opted out" wins.
    bool pushOptOuts = true;
    /// Hard bounces (the Hard Bounce row, e.g. EmailBouncedReason) push to the CRM and are
    /// never cleared from Act-On.
    bool pushHardBounces = true;
    /// Marketing fields written automatically from the CRM record itself (its id and its
    /// type, seed 004: "External ID" and "Type"): they flow CRM -> Act-On only, whenever the
    /// two differ, are never pushed to the CRM and never written when creating CRM records.
    QStringList identityFields;
};

/// Everything SyncPlanner::plan() needs: pure values, no connections.
struct PlanInput
{
    FlowKind flow = FlowKind::CrmContactSync;
    /// The flow's field map: push policy, allow-push per field, Lead/Contact columns.
    /// SideRecord::values follow its row order.
    FieldMap map;
    SyncMode mode = SyncMode::Full;
    /// CRM records (Leads and Contacts) normalised by FieldNormaliser::fromCrm().
    QList<SideRecord> crmRecords;
    /// Act-On records normalised by FieldNormaliser::fromMarketing().
    QList<SideRecord> marketingRecords;
    /// Stored snapshots of the people concerned (LinkRepository); on a full run with
    /// deleteMissingOnFull, every snapshot of the flow.
    QList<LinkSnapshot> snapshots;
    PlanOptions options;
    /// The flow's unsettled conflicts held for review (ConflictRepository::unsettled()).
    /// For a person and field held, a side not read this time counts as still holding the
    /// value found (not the snapshot's), so the field stays a conflict; a decided one is
    /// applied when both sides still hold the values the admin saw, and planned as usual
    /// (superseded) when not. People with a decided conflict are planned even when neither
    /// of their records was read (their snapshot must be in snapshots).
    QList<ConflictRecord> heldConflicts;
};

} // namespace LeadBridge
