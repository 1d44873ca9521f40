#include "core/engine/RunRecorder.h"

#include "core/engine/PhaseMarkers.h"

#include "core/store/Journal.h"
#include "core/store/SqlSupport.h"
#include "core/store/Transaction.h"

#include <QSet>
#include <QSqlQuery>

namespace LeadBridge {

namespace {

int *countFor(RunCounts &counts, ChangeOperation operation)
{
    switch (operation) {
    case ChangeOperation::Create:
        return &counts.created;
    case ChangeOperation::Update:
        return &counts.updated;
    case ChangeOperation::Delete:
        return &counts.deleted;
    case ChangeOperation::Skip:
        return &counts.skipped;
    case ChangeOperation::Conflict:
        return &counts.conflicts;
    case ChangeOperation::Error:
        break;
    }
    return &counts.errors;
}

QVariant textOrNull(const QString &text)
{
    return text.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

RunRecorder::RunRecorder(Journal &journal, qint64 flowId, qint64 runId, CrmKind crm)
    : m_journal(journal)
    , m_flowId(flowId)
    , m_runId(runId)
    , m_links(journal, flowId, crm)
{ }

Status RunRecorder::insertChanges(const QList<RecordChange> &changes)
{
    const Status failed = Status::failure(
        tr("LeadBridge could not record the results of this run in its journal. Check that "
           "the disk is not full; details are in the log."));
    QSqlDatabase db = m_journal.database();
    RunCounts delta;
    if (!changes.isEmpty()) {
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO record_changes (run_id, system, object, record_key, operation, field, "
            "old_value, new_value, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        QSet<QString> counted;
        counted.reserve(changes.size());
        for (const RecordChange &change : changes) {
            insert.bindValue(0, m_runId);
            insert.bindValue(1, change.system);
            insert.bindValue(2, change.object);
            insert.bindValue(3, change.recordKey);
            insert.bindValue(4, RecordChange::operationToString(change.operation));
            insert.bindValue(5, textOrNull(change.field));
            insert.bindValue(6, textOrNull(change.oldValue));
            insert.bindValue(7, textOrNull(change.newValue));
            insert.bindValue(8, textOrNull(change.reason));
            if (!SqlSupport::exec(insert, "insert record change"))
                return failed;
            // Several field rows of one record and operation count once.
            const QString recordId = change.system + QChar(0x1f) + change.object + QChar(0x1f)
                + change.recordKey + QChar(0x1f) + QString::number(int(change.operation));
            if (!counted.contains(recordId)) {
                counted.insert(recordId);
                ++*countFor(delta, change.operation);
            }
        }
    }
    QSqlQuery update(db);
    update.prepare(QStringLiteral(
        "UPDATE runs SET created = created + ?, updated = updated + ?, deleted = deleted + ?, "
        "skipped = skipped + ?, conflicts = conflicts + ?, errors = errors + ? WHERE id = ?"));
    for (int value : { delta.created, delta.updated, delta.deleted, delta.skipped, delta.conflicts,
             delta.errors })
        update.addBindValue(value);
    update.addBindValue(m_runId);
    if (!SqlSupport::exec(update, "raise run counts") || update.numRowsAffected() != 1)
        return failed;
    m_pending = delta;
    return Status();
}

Status RunRecorder::commitBatch(const QList<RecordChange> &changes,
    const QList<LinkSnapshot> &snapshots, const QList<CursorUpdate> &cursors,
    const QStringList &removedLinks)
{
    const Status failed = Status::failure(
        tr("LeadBridge could not record the results of this run in its journal. Check that "
           "the disk is not full; details are in the log."));
    Transaction transaction(m_journal.database());
    if (!transaction.isActive())
        return failed;
    if (Status s = insertChanges(changes); !s)
        return s;
    if (!removedLinks.isEmpty()) {
        if (Status s = m_links.remove(removedLinks); !s)
            return s;
    }
    if (!snapshots.isEmpty()) {
        if (Status s = m_links.upsert(snapshots); !s)
            return s;
    }
    for (const CursorUpdate &c : cursors) {
        if (Status s = m_links.setCursor(c.system, c.object, c.cursor); !s)
            return s;
    }
    PhaseMarkers::mark(QStringLiteral("commit-begin"));
    if (!transaction.commit())
        return failed;
    PhaseMarkers::mark(QStringLiteral("commit"));
    addCounts(m_pending);
    ++m_batches;
    m_rows += changes.size();
    return Status();
}

Status RunRecorder::recordPreview(const QList<RecordChange> &changes)
{
    const Status failed = Status::failure(
        tr("LeadBridge could not record the preview in its journal. Details are in the log."));
    Transaction transaction(m_journal.database());
    if (!transaction.isActive())
        return failed;
    if (Status s = insertChanges(changes); !s)
        return s;
    if (!transaction.commit())
        return failed;
    addCounts(m_pending);
    m_rows += changes.size();
    return Status();
}

void RunRecorder::addCounts(const RunCounts &delta)
{
    m_counts.created += delta.created;
    m_counts.updated += delta.updated;
    m_counts.deleted += delta.deleted;
    m_counts.skipped += delta.skipped;
    m_counts.conflicts += delta.conflicts;
    m_counts.errors += delta.errors;
}

} // namespace LeadBridge
