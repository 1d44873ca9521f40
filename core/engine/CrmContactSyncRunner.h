#pragma once

#include "core/connectors/ConnectorTypes.h"
#include "core/engine/CrmIdentityColumns.h"
#include "core/engine/FieldNormaliser.h"
#include "core/engine/FlowRunner.h"
#include "core/engine/GroupsInFlight.h"
#include "core/engine/Plan.h"
#include "core/engine/PlanInput.h"
#include "core/engine/RecordSpill.h"
#include "core/engine/RunRecorder.h"
#include "core/store/ConflictRecord.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>

#include <memory>
#include <optional>

namespace LeadBridge {

class ActOnConnector;
struct AppliedGroup;
class OwnWriteDigests;

/// F2: CRM contact sync, Salesforce or Pipeliner ↔ one Act-On contact list (DESIGN.md §2).
///
/// Flow settings (Flow::settings, all optional):
///  - "listId": the Act-On list; else "listName" (default: the flow's name) in "folder"
///    (default "LeadBridge"), created with the map's headings when missing (not in previews);
///  - "hardBounceField": CRM field that receives hard bounces (Salesforce default
///    EmailBouncedReason); "pushHardBounces", "pushOptOuts" (default true);
///  - "conflictRule" ("crm-wins" default, "marketing-wins", "newest-wins", "skip", "review")
///    and "fieldRules" {marketing field: rule}; "review" holds conflicts for the Conflicts
///    view (ConflictRepository) and applies the decisions made there (docs/conflicts.md);
///  - "syncLeads", "syncContacts" (default true): which CRM objects are read;
///  - "applyBatch": records written per applied batch (default 50,000);
///  - "groupsInFlight": applied groups written at the same time (default 3, 1 to 8).
///
/// History: updates, deletes, conflicts, skips and errors are recorded field by field; a
/// contact created in Act-On is one row (its values are those of the CRM record), so that a
/// first sync of a million people stays a million rows. A preview records the same rows
/// (a planned create is one row that says it would be added).
///
/// A run: fetch CRM Leads and Contacts (incremental from their cursors, deletes included)
/// and the Act-On list (changes since its cursor), plus Act-On's opt-out and hard-bounce
/// lists; records are normalised and parked in buckets by person (RecordSpill, with every
/// stored snapshot on full runs), then each bucket is planned (SyncPlanner); previews record
/// the plans; real runs apply them in bulk groups (Act-On upsert/merge and bulk deletes,
/// Salesforce collections/Bulk, Pipeliner batch-modify) and commit each group in one
/// transaction. Cursors are stored last, once every group is applied.
class CrmContactSyncRunner : public FlowRunner
{
    Q_OBJECT
public:
    explicit CrmContactSyncRunner(FlowContext context, QObject *parent = nullptr);
    ~CrmContactSyncRunner() override;

    void start() override;

    /// Buckets of a full run.
    static constexpr int kFullBuckets = 64;
    /// Default records written per applied group.
    static constexpr int kApplyBatch = 50000;
    /// Default groups written at the same time: while Act-On runs the import jobs of some,
    /// the next is uploaded (each job is polled at growing intervals, DESIGN.md §5).
    static constexpr int kGroupsInFlight = 3;
    /// Least time between a full run's last Act-On write and its read of its own writes
    /// (Act-On's change times are whole seconds).
    static constexpr int kOwnWritesDelayMs = 1100;

private:
    struct FetchState;
    using Group = AppliedGroup;

    // Steps, in order; each continues with the next when its calls are done.
    void resolveList();
    /// Adds the External ID and Type rows (seed 004) to the run's map, unless mapped already.
    void addIdentityRows();
    /// Score rows with a score sheet read that sheet's list column.
    void applyScoreSheets();
    /// An existing list without the External ID / Type columns: those rows are left out for
    /// this run, with one history row that says which columns to add in Act-On.
    void checkListColumns();
    /// Rebuilds the normaliser and the row indexes after m_map changed.
    void rebuildRows();
    /// Fills the External ID and Type values of a CRM record.
    /// Moves Act-On rows whose e-mail changed in the CRM (record API), then @p then.
    void applyMarketingMoves(std::shared_ptr<Group> group, const QList<PlannedChange> &moves,
        std::function<void(const QList<PlannedChange> &upserts)> then);
    /// Upserts @p changes (creates and updates keyed by e-mail), then @p then.
    void applyMarketingUpsertList(std::shared_ptr<Group> group, const QList<PlannedChange> &changes,
        std::function<void()> then);
    void spillSnapshots();
    void fetchCrm(int objectIndex);
    void fetchMarketing();
    /// The end of a read: a failed call or spill ends the run, otherwise @p next goes on.
    std::function<void(const ApiError &)> afterFetch(std::function<void()> next);
    void fetchSuppressions(int step);
    void processBuckets();
    void planBucket(int bucket);
    /// Plans one bucket: with @p loadSnapshots (incremental) the snapshots of its people are
    /// loaded first; Act-On's opt-outs and bounces are put into its rows. False when the
    /// run failed (the journal could not be read).
    bool planData(RecordSpill::Bucket &data, bool loadSnapshots, PlanInput *input, Plan *plan);
    void nextBucket(int bucket);
    /// Applies the pending plans as a group in flight (m_groups).
    void launchGroup();
    /// The pending plans move Act-On rows to new e-mail addresses (which looks the list up
    /// first): that group is written alone.
    bool pendingIsExclusive() const;
    void applyGroup(std::function<void()> then);
    /// The run is cancelled or stopping: stops @p group here (stopGroup()) and says so.
    bool stopIfAsked(const std::shared_ptr<Group> &group);
    void applyMarketingUpserts(std::shared_ptr<Group> group, std::function<void()> then);
    void applyMarketingDeletes(std::shared_ptr<Group> group, std::function<void()> then);
    void applyCrmUpdates(std::shared_ptr<Group> group, int objectIndex, std::function<void()> then);
    void commitGroup(std::shared_ptr<Group> group, std::function<void()> then);
    /// Stores the group's conflicts held for review and marks the decisions it applied (or
    /// found superseded), once its batch is committed.
    Status recordHolds(const Group &group);
    /// The answer to a bulk write of @p group: false when the run is over, or the call failed
    /// as a whole (the group is then stopped and the run fails); else @p byIndex maps each
    /// outcome's index to it.
    bool takeWriteResult(const std::shared_ptr<Group> &group, const WriteResult &result,
        const ApiError &error, QHash<int, const WriteOutcome *> *byIndex);
    /// The group stops before all its writes were sent (cancel, or a call that failed as a
    /// whole): what was written is committed, the people whose writes were not sent keep
    /// their old snapshot (the next run plans them again), then @p end runs.
    void stopGroup(std::shared_ptr<Group> group, std::function<void()> end);
    /// Remembers, for the people of @p plan, when their records read in this bucket
    /// changed, so that a failed write holds the cursors back (see commitCursors()).
    void notePlannedTimes(const Plan &plan, const PlanInput &input);
    /// A write for @p key failed: the cursors must not pass its records' change times.
    void holdCursorsFor(const QString &key, const QString &crmId);
    /// "Apply this plan": keeps only the previewed writes in @p plan (PreviewGate) and holds
    /// the cursors before the records held back.
    void gate(Plan &plan);
    void pushLeftoverSuppressions();
    /// A full run that wrote to Act-On reads the rows changed since its Act-On cursor once
    /// more at its end (OwnWritesReadBack) and plans them against the snapshots it stored:
    /// when none needs anything (they are its own writes), the cursor moves past them; a row
    /// changed by somebody else meanwhile holds it before that row. Then commitCursors().
    void readOwnWrites();
    /// An Act-On write was answered (see readOwnWrites()).
    void noteActOnWrite();
    void commitCursors();

    /// Ends the run on a call that failed as a whole (cancel counts as cancel).
    void callFailed(const ApiError &error);
    int bucketFor(const SideRecord &record) const;
    void injectSuppressions(
        QList<SideRecord> &marketing, const QHash<QString, QString> &crmBounces);
    void noteCursor(const QString &system, const QString &object, const FetchPage &page);

    FieldMap m_map;
    std::unique_ptr<FieldNormaliser> m_normaliser;
    PlanOptions m_options;
    QString m_crmSystem;
    ActOnConnector *m_acton = nullptr;
    Connector *m_crm = nullptr;
    QString m_listId;
    QString m_listName;
    QString m_folder;
    QString m_createReason;
    QString m_previewCreateReason;
    bool m_listExists = true;
    QStringList m_crmObjects; ///< "Lead", "Contact"
    int m_applyBatch = kApplyBatch;

    /// The flow's conflicts held for review, not yet applied (ConflictRepository).
    QList<ConflictRecord> m_holds;
    std::unique_ptr<RecordSpill> m_spill;
    QHash<quint64, int> m_bucketByCrmId; ///< valueHash(crm id) → bucket (full runs)
    QHash<quint64, int> m_bucketByMktId;
    QHash<QString, QString> m_optOuts; ///< email → "true"
    QHash<QString, QString> m_bounces; ///< email → bounce text
    /// Full runs: what each commit left in the snapshots, for readOwnWrites().
    std::unique_ptr<OwnWriteDigests> m_ownWrites;
    QSet<QString> m_suppressionsSeen; ///< emails whose value reached a planned record
    int m_optOutRow = -1;
    int m_bounceRow = -1;
    CrmIdentityColumns m_identity { FieldMap() }; ///< the automatic External ID and Type rows

    QHash<QString, QDateTime> m_newCursors; ///< "system\x1f object" → newest change seen
    /// "system\x1f object" → oldest change time of a record whose write failed; the cursor
    /// stays before it so the next incremental run reads (and retries) the record.
    QHash<QString, QDateTime> m_holdCursors;
    /// Email key or record id → (cursor key, change time) of the records planned and not
    /// yet committed.
    QHash<QString, QList<QPair<QString, QDateTime>>> m_plannedTimes;
    QDateTime m_fetchStartedAt;
    qint64 m_fetched = 0;
    qint64 m_total = -1;
    qint64 m_planned = 0;
    int m_nextBucket = 0;
    std::unique_ptr<Plan> m_pending; ///< planned, not yet applied
    int m_pendingWrites = 0;
    /// The groups in flight. When one stops (cancel, or a call that failed as a whole), the
    /// others stop at their next step and each commits what was answered before the run ends.
    GroupsInFlight m_groups { kGroupsInFlight };
    bool m_wroteActOn = false; ///< an Act-On upsert or update was answered
    bool m_ownWritesRead = false;
    QElapsedTimer m_lastActOnWrite;

    /// The answer to a bulk write of @p changes to @p side (see takeWriteResult()): false
    /// when the run is over or the call failed as a whole; else each change, in order, is
    /// marked answered and handed to @p take with its outcome (null when the API did not
    /// report on it).
    bool takeOutcomes(const std::shared_ptr<Group> &group, SyncSide side,
        const QList<PlannedChange> &changes, const WriteResult &result, const ApiError &error,
        const std::function<void(const PlannedChange &change, const WriteOutcome *outcome)> &take);
};

} // namespace LeadBridge
