#pragma once

#include "core/engine/Plan.h"
#include "core/engine/SideRecord.h"
#include "core/engine/flows/ListSyncSettings.h"
#include "core/mapping/FieldMap.h"
#include "core/model/LinkSnapshot.h"

#include <QHash>
#include <QList>
#include <QString>

namespace LeadBridge {

/// One Salesforce campaign member behind a person of an F3 campaign source.
struct ListSyncCampaignMember
{
    /// The CampaignMember id (00v…).
    QString memberId;
    /// CampaignMember.Status: one of the campaign's CampaignMemberStatus labels.
    QString status;
};

/// Everything ListSyncPlanner::plan() needs: values only.
struct ListSyncInput
{
    /// The list's columns: marketing heading <- Salesforce Lead/Contact field.
    FieldMap map;
    ListSyncSettings settings;
    /// The Act-On list id (may be empty in a preview of a list not created yet).
    QString listId;
    /// Salesforce records of the source (all leads, all contacts, report or campaign rows).
    QList<SideRecord> sourceRecords;
    /// Salesforce Leads/Contacts outside the source whose email is on the list (so push
    /// "add new" never duplicates a person Salesforce already has).
    QList<SideRecord> otherCrmRecords;
    /// The rows of the Act-On list (id = list record id).
    QList<SideRecord> listRecords;
    /// Stored snapshots of the people concerned (by email key).
    QList<LinkSnapshot> snapshots;
    /// Headings of the automatic External ID and Type columns (CrmIdentityColumns): always
    /// Salesforce → list, whatever the pull settings, never pushed.
    QStringList identityColumns;

    /// Campaign source only: the campaign member of each source person, by email key.
    QHash<QString, ListSyncCampaignMember> campaignMembers;
    /// Campaign source only: each list row's campaign-status cell, by email key (first
    /// row of an e-mail wins, as in the planner).
    QHash<QString, QString> listCampaignStatus;
};

/// Plans one F3 list sync (seed 003 "Sync Setup") as a pure function.
///
/// People are matched by normalised email. For a person on both sides, each column with a
/// direct Salesforce field is compared:
///  - selected for push-update only: a differing non-blank list value is written to
///    Salesforce (a blank one too when the list changed since the last sync);
///  - selected for pull-update only: a differing non-blank Salesforce value is written to
///    the list;
///  - selected for both: three-way against the snapshot — the side that changed wins;
///    changed on both is a conflict that Salesforce (the database of record) wins;
///    without a snapshot, a non-blank Salesforce value wins;
///  - the email column is the key and is never updated.
/// A source record missing from the list is added to it when pull "add new" is on. A list
/// row unknown to Salesforce is created there (as the chosen lead or contact, filling
/// every mapped field) when push "add new" is on, otherwise removed from the list when
/// "remove records not found" is on. List rows known to Salesforce outside the source are
/// updated like source records but never created or removed. Rows without email are
/// skipped with a reason.
///
/// For a campaign source, planCampaignStatus() adds the campaign-status column.
class ListSyncPlanner
{
public:
    static Plan plan(const ListSyncInput &input);

    /// The heading of the list column that mirrors CampaignMember.Status (campaign
    /// sources only). Act-On's own name for it was not found in a source: an assumption.
    static QString campaignStatusColumn();

    /// Campaign sources only (called by plan()): the campaign-status column of seed 003
    /// ("for Salesforce campaigns, campaign status will always be pushed if the Update
    /// existing records option is enabled"). Rows the plan adds to the list get the
    /// member's Status; for a person on both sides the cell is compared with
    /// CampaignMember.Status against the snapshot: a status changed in the list is pushed
    /// to the CampaignMember when push "Update existing records" is on, whatever fields
    /// are selected; otherwise (and on a conflict, and without a snapshot) Salesforce's
    /// status is written to the list. A blank cell is never pushed.
    static void planCampaignStatus(const ListSyncInput &input, Plan *plan);
};

} // namespace LeadBridge
