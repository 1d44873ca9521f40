#pragma once

#include "core/engine/CrmIdentityColumns.h"
#include "core/engine/FieldNormaliser.h"
#include "core/engine/FlowRunner.h"
#include "core/engine/Plan.h"
#include "core/engine/flows/ListSyncPlanner.h"
#include "core/engine/flows/ListSyncSettings.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>

namespace LeadBridge {

class ActOnConnector;
class SalesforceConnector;

/// F3 list sync, Salesforce <-> one Act-On list (seed 003, DESIGN.md §2 F3).
///
/// A run: find (or, unless previewing, create) the Act-On list named in the settings with
/// the field map's headings as columns (headings added to the map later become new columns
/// at the next merge); read the whole list; read the source (all Leads, all Contacts, the
/// rows of a report or the members of a campaign, then the Leads/Contacts they point at
/// with the mapped fields); look list e-mails that are not in the source up in Salesforce
/// (Lead and Contact, Email IN …); plan with ListSyncPlanner; then apply in bulk —
/// Salesforce creates and updates through sObject Collections/Bulk API 2.0, list additions
/// and updates as one CSV merge each, removals as bulk deletes — committing each batch's
/// history rows and the snapshots of the people it completed in one transaction. Every
/// run reads everything (lists are mirrored whole, as Act-On's own list sync does), so no
/// cursor is stored.
class ListSyncRunner : public FlowRunner
{
    Q_OBJECT
public:
    explicit ListSyncRunner(FlowContext context, QObject *parent = nullptr);
    ~ListSyncRunner() override;

    void start() override;

    /// Salesforce ids per IN (...) query.
    static constexpr int kIdsPerQuery = 200;
    /// E-mail addresses per look-up query.
    static constexpr int kEmailsPerQuery = 100;

private:
    using Step = std::function<void()>;

    void resolveList();
    /// Writes the e-mail moves of @p batch by record id, then the rest of the batch.
    void applyMoves(const PlanBatch &batch);
    /// Records what one write of @p batch did (history rows, snapshots, removed links),
    /// then calls @p next unless the run stops.
    void finishBatch(const PlanBatch &batch, const WriteResult &result, const ApiError &error,
        std::function<void()> next);
    /// Adds to @p into the list update that writes the id and type of a record created
    /// in Salesforce this run (from the list row @p created).
    void queueIdentity(const PlannedChange &created, const QString &id, PlanBatch *into);
    /// An existing list without the External ID/Type columns is synced without them.
    void checkListColumns();
    void readList();
    void readSource();
    void readByIds(const QStringList &ids, Step next);
    void readObject(
        const QString &object, const QString &where, QList<SideRecord> *into, Step next);
    void lookUpOthers();
    void planAndApply();
    void applyNext();
    void commitFinal();
    QStringList crmFields(CrmObjectType type) const;
    // Campaign status (campaign sources only; ListSyncPlanner::planCampaignStatus).
    bool readsCampaignStatus() const;
    void keepListCampaignStatus(const ConnectorRecord &row, const SideRecord &side);
    void keepCampaignMember(const ConnectorRecord &member);
    void addCampaignStatusInput(ListSyncInput *in) const;

    ListSyncSettings m_settings;
    std::unique_ptr<FieldNormaliser> m_norm;
    ActOnConnector *m_acton = nullptr;
    SalesforceConnector *m_sf = nullptr;
    QString m_listId;
    QStringList m_identityHeadings; ///< automatic columns written this run (seed 004)
    CrmIdentityColumns m_identity { FieldMap() };
    QList<SideRecord> m_list;
    QList<SideRecord> m_source;
    QList<SideRecord> m_others;
    Plan m_plan;
    int m_batch = 0;
    QHash<QString, int> m_pending; ///< email -> batches still to apply for that person
    QSet<QString> m_failed; ///< emails with a failed write this run
    QSet<QString> m_snapshotted; ///< emails whose snapshot was committed
    QHash<QString, ListSyncCampaignMember> m_members; ///< Lead/Contact id -> campaign member
    QHash<QString, QString> m_listCampaignStatus; ///< email -> the list's campaign-status cell
};

/// Registers ListSyncRunner for FlowKind::ListSync with SyncEngine.
void registerListSyncRunner();

} // namespace LeadBridge
