#pragma once

#include "core/engine/FlowRunner.h"
#include "core/engine/UndoPlan.h"
#include "core/mapping/MarketingField.h"
#include "core/model/LinkSnapshot.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <functional>

namespace LeadBridge {

struct ConnectorRecord;
struct WriteResult;

/// The undo of a finished run (FlowContext::undoOfRunId) of any flow, on the engine thread.
///
/// 1. Loads the run's create, update and delete rows, the later runs of the flow that wrote
///    the same records, and the flow's links (the records' ids per system).
/// 2. Reads what each system holds now: the Act-On list rows the run wrote (one list read),
///    and the CRM records by id (Salesforce: Id IN (…), 200 per call; Pipeliner: one call per
///    record).
/// 3. Plans with UndoPlanner. A preview records the plan as the run's history and stops.
/// 4. Writes in the systems' bulk forms: Act-On restores as one upsert, Act-On deletes as bulk
///    deletes, CRM restores as one update per object. A record a system refuses, and a call
///    that fails, is an Error row; the rest goes on.
/// 5. Records everything in one batch: the history rows and the links moved to the restored
///    values (so the next run does not sync the undone change back); a deleted Act-On
///    contact keeps its link, so the next incremental run does not add it again. Cursors
///    never move.
class UndoRunner : public FlowRunner
{
    Q_OBJECT
public:
    explicit UndoRunner(FlowContext context, QObject *parent = nullptr);

    void start() override;

    /// The plan, once made (for tests).
    const UndoPlan &plan() const { return m_plan; }

private:
    using Task = std::function<void(std::function<void()> next)>;

    /// Reads the run, later runs and links; the error sentence, or empty.
    QString load();
    /// Runs m_tasks one after the other, then @p done.
    void runTasks(std::function<void()> done);
    /// Reads the Act-On list of @p object (a list id, or "list:<name>" as F1 records it).
    void readMarketing(const QString &object, std::function<void()> next);
    void readCrm(const QString &system, const QString &object, const QStringList &ids,
        const QStringList &fields, std::function<void()> next);
    void onCrmRecord(const QString &system, const ConnectorRecord &record);
    void planAndApply();
    /// One write per Act-On list and CRM object: m_tasks of writes.
    void queueWrites();
    /// Records the outcomes of one write of the steps @p groups (one list per record sent).
    void recordWrite(const QList<QList<UndoStep>> &groups, const WriteResult &result,
        const ApiError &error);
    void commit();

    Connector *connectorFor(const QString &system) const;
    MarketingFieldType typeOf(const QString &system, const QString &object,
        const QString &field) const;
    /// The marketing field (snapshot key) of a field written in @p system; empty if unmapped.
    QString marketingFieldOf(const QString &system, const QString &object,
        const QString &field) const;

    qint64 m_undoOf = 0;
    bool m_applying = false; ///< writing: a cancel commits what was written first
    UndoInput m_input;
    UndoPlan m_plan;
    QHash<QString, LinkSnapshot> m_links; ///< by e-mail key
    QHash<QString, QString> m_emailByCrmId;
    QHash<QString, QString> m_listEmailHeading; ///< Act-On object → its list's e-mail heading
    QHash<QString, QString> m_listIds; ///< "list:<name>" → the Act-On list id
    QSet<QString> m_wantedKeys; ///< e-mail keys whose current records are read
    QList<Task> m_tasks;
    QList<RecordChange> m_rows;
    QHash<QString, LinkSnapshot> m_movedLinks;
};

} // namespace LeadBridge
