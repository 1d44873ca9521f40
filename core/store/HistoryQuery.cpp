#include "core/store/HistoryQuery.h"

#include "core/store/Journal.h"
#include "core/store/RunRepository.h"
#include "core/store/SqlSupport.h"

#include <QSqlQuery>

#include <algorithm>

namespace LeadBridge {

namespace {
const QString kRunColumns = QStringLiteral(
    "r.id, r.flow_id, r.trigger, r.mode, r.status, r.started_at, r.finished_at, r.created, "
    "r.updated, r.deleted, r.skipped, r.conflicts, r.errors, r.calls_used, r.error_summary, "
    "r.undo_of, r.applies_preview, f.name, f.kind");

HistoryRun runFromRow(const QSqlQuery &q)
{
    HistoryRun h;
    h.run = RunRepository::runFromRow(q);
    h.flowName = q.value(17).toString();
    h.flowKind = Flow::kindFromString(q.value(18).toString());
    return h;
}

struct Where
{
    QString sql;
    QVariantList binds;
};

Where runWhere(const RunFilter &filter)
{
    QStringList parts;
    Where w;
    if (filter.flowId > 0) {
        parts << QStringLiteral("r.flow_id = ?");
        w.binds << filter.flowId;
    }
    if (filter.status) {
        parts << QStringLiteral("r.status = ?");
        w.binds << RunSummary::statusToString(*filter.status);
    }
    const QString search = filter.search.trimmed();
    if (!search.isEmpty()) {
        QString clause = QStringLiteral(
            "(f.name LIKE ? ESCAPE '\\' OR IFNULL(r.error_summary, '') LIKE ? ESCAPE '\\'");
        const QString pattern = HistoryQuery::likePattern(search);
        w.binds << pattern << pattern;
        bool isNumber = false;
        const qint64 id = search.toLongLong(&isNumber);
        if (isNumber) {
            clause += QStringLiteral(" OR r.id = ?");
            w.binds << id;
        }
        parts << clause + QLatin1Char(')');
    }
    if (!parts.isEmpty())
        w.sql = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    return w;
}

Where changeWhere(const ChangeFilter &filter)
{
    Where w;
    w.sql = QStringLiteral(" WHERE run_id = ?");
    w.binds << filter.runId;
    if (filter.operation) {
        w.sql += QStringLiteral(" AND operation = ?");
        w.binds << RecordChange::operationToString(*filter.operation);
    }
    if (!filter.system.isEmpty()) {
        w.sql += QStringLiteral(" AND system = ?");
        w.binds << filter.system;
    }
    const QString search = filter.search.trimmed();
    if (!search.isEmpty()) {
        QStringList columns
            = { QStringLiteral("system"), QStringLiteral("object"), QStringLiteral("record_key"),
                  QStringLiteral("IFNULL(field, '')"), QStringLiteral("IFNULL(old_value, '')"),
                  QStringLiteral("IFNULL(new_value, '')"), QStringLiteral("IFNULL(reason, '')") };
        const QString pattern = HistoryQuery::likePattern(search);
        for (QString &column : columns) {
            column += QStringLiteral(" LIKE ? ESCAPE '\\'");
            w.binds << pattern;
        }
        w.sql += QStringLiteral(" AND (") + columns.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    return w;
}

QString runOrder(HistoryQuery::RunSort sort)
{
    using S = HistoryQuery::RunSort;
    switch (sort) {
    case S::Id:
        return QStringLiteral("r.id");
    case S::Flow:
        return QStringLiteral("f.name COLLATE NOCASE");
    case S::Trigger:
        return QStringLiteral("r.trigger");
    case S::Mode:
        return QStringLiteral("r.mode");
    case S::Started:
        return QStringLiteral("r.started_at");
    case S::Duration:
        return QStringLiteral("(julianday(r.finished_at) - julianday(r.started_at))");
    case S::Status:
        return QStringLiteral("r.status");
    case S::Created:
        return QStringLiteral("r.created");
    case S::Updated:
        return QStringLiteral("r.updated");
    case S::Deleted:
        return QStringLiteral("r.deleted");
    case S::Skipped:
        return QStringLiteral("r.skipped");
    case S::Conflicts:
        return QStringLiteral("r.conflicts");
    case S::Errors:
        return QStringLiteral("r.errors");
    case S::Calls:
        return QStringLiteral("r.calls_used");
    case S::Error:
        return QStringLiteral("IFNULL(r.error_summary, '')");
    }
    return QStringLiteral("r.id");
}

QString changeOrder(HistoryQuery::ChangeSort sort)
{
    using S = HistoryQuery::ChangeSort;
    switch (sort) {
    case S::Recorded:
        return QStringLiteral("id");
    case S::System:
        return QStringLiteral("system");
    case S::Object:
        return QStringLiteral("object");
    case S::RecordKey:
        return QStringLiteral("record_key");
    case S::Operation:
        return QStringLiteral("operation");
    case S::Field:
        return QStringLiteral("IFNULL(field, '')");
    case S::OldValue:
        return QStringLiteral("IFNULL(old_value, '')");
    case S::NewValue:
        return QStringLiteral("IFNULL(new_value, '')");
    case S::Reason:
        return QStringLiteral("IFNULL(reason, '')");
    }
    return QStringLiteral("id");
}

QString direction(Qt::SortOrder order)
{
    return order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
}

void bindAll(QSqlQuery &q, const QVariantList &binds)
{
    for (const QVariant &v : binds)
        q.addBindValue(v);
}

const QString kChangeColumns = QStringLiteral(
    "id, run_id, system, object, record_key, operation, field, old_value, new_value, reason");
} // namespace

HistoryQuery::HistoryQuery(Journal &journal)
    : m_journal(journal)
{ }

QString HistoryQuery::likePattern(const QString &search)
{
    QString escaped = search.trimmed();
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

Expected<QList<HistoryRun>> HistoryQuery::runs(
    const RunFilter &filter, RunSort sort, Qt::SortOrder order, int offset, int limit)
{
    const Where w = runWhere(filter);
    QSqlQuery q(m_journal.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kRunColumns
        + QStringLiteral(" FROM runs r JOIN flows f ON f.id = r.flow_id") + w.sql
        + QStringLiteral(" ORDER BY ") + runOrder(sort) + direction(order)
        + QStringLiteral(", r.id") + direction(order) + QStringLiteral(" LIMIT ? OFFSET ?"));
    bindAll(q, w.binds);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!SqlSupport::exec(q, "list runs"))
        return Expected<QList<HistoryRun>>::failure(
            tr("LeadBridge could not read the run history. Details are in the log."));
    QList<HistoryRun> out;
    while (q.next())
        out.append(runFromRow(q));
    return out;
}

Expected<HistoryRun> HistoryQuery::run(qint64 runId)
{
    QSqlQuery q(m_journal.database());
    q.prepare(QStringLiteral("SELECT ") + kRunColumns
        + QStringLiteral(" FROM runs r JOIN flows f ON f.id = r.flow_id WHERE r.id = ?"));
    q.addBindValue(runId);
    if (!SqlSupport::exec(q, "read run"))
        return Expected<HistoryRun>::failure(
            tr("LeadBridge could not read the run history. Details are in the log."));
    if (!q.next())
        return Expected<HistoryRun>::failure(tr("There is no run number %1.").arg(runId));
    return runFromRow(q);
}

Expected<qint64> HistoryQuery::countRuns(const RunFilter &filter)
{
    const Where w = runWhere(filter);
    QSqlQuery q(m_journal.database());
    q.prepare(
        QStringLiteral("SELECT COUNT(*) FROM runs r JOIN flows f ON f.id = r.flow_id") + w.sql);
    bindAll(q, w.binds);
    if (!SqlSupport::exec(q, "count runs") || !q.next())
        return Expected<qint64>::failure(
            tr("LeadBridge could not read the run history. Details are in the log."));
    return q.value(0).toLongLong();
}

Expected<QList<RecordChange>> HistoryQuery::changes(
    const ChangeFilter &filter, ChangeSort sort, Qt::SortOrder order, int offset, int limit)
{
    return readChanges(filter, sort, order, offset, limit, false);
}

Expected<QList<RecordChange>> HistoryQuery::changesFromEnd(const ChangeFilter &filter,
    ChangeSort sort, Qt::SortOrder order, qint64 offsetFromEnd, int limit)
{
    const auto read = readChanges(filter, sort, order, offsetFromEnd, limit, true);
    if (!read)
        return read;
    QList<RecordChange> rows = read.value();
    std::reverse(rows.begin(), rows.end());
    return rows;
}

Expected<QList<RecordChange>> HistoryQuery::readChanges(const ChangeFilter &filter,
    ChangeSort sort, Qt::SortOrder order, qint64 offset, int limit, bool reversed)
{
    const Where w = changeWhere(filter);
    QSqlQuery q(m_journal.database());
    q.setForwardOnly(true);
    // Ties on the sort key go by id, in the same direction, so the order is total and the
    // reversed query returns exactly the other end of it.
    const Qt::SortOrder effective = reversed
        ? (order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder)
        : order;
    QString orderBy = changeOrder(sort) + direction(effective);
    if (sort != ChangeSort::Recorded)
        orderBy += QStringLiteral(", id") + direction(effective);
    q.prepare(QStringLiteral("SELECT ") + kChangeColumns + QStringLiteral(" FROM record_changes")
        + w.sql + QStringLiteral(" ORDER BY ") + orderBy + QStringLiteral(" LIMIT ? OFFSET ?"));
    bindAll(q, w.binds);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!SqlSupport::exec(q, "list record changes"))
        return Expected<QList<RecordChange>>::failure(
            tr("LeadBridge could not read the record changes of this run. Details are in the "
               "log."));
    QList<RecordChange> out;
    while (q.next())
        out.append(RunRepository::changeFromRow(q));
    return out;
}

Expected<QStringList> HistoryQuery::systemsOf(qint64 runId)
{
    QSqlQuery q(m_journal.database());
    q.prepare(QStringLiteral(
        "SELECT DISTINCT system FROM record_changes WHERE run_id = ? ORDER BY system"));
    q.addBindValue(runId);
    if (!SqlSupport::exec(q, "list systems of a run"))
        return Expected<QStringList>::failure(
            tr("LeadBridge could not read the record changes of this run. Details are in the "
               "log."));
    QStringList systems;
    while (q.next())
        systems.append(q.value(0).toString());
    return systems;
}

Expected<qint64> HistoryQuery::countNewSkips(qint64 runId, qint64 comparedRunId)
{
    QSqlQuery q(m_journal.database());
    q.prepare(QStringLiteral(
        "SELECT COUNT(*) FROM (SELECT DISTINCT system, record_key FROM record_changes a "
        "WHERE a.run_id = ? AND a.operation = 'skip' AND NOT EXISTS (SELECT 1 FROM "
        "record_changes p WHERE p.record_key = a.record_key AND p.run_id = ? "
        "AND p.operation = 'skip' AND p.system = a.system))"));
    q.addBindValue(runId);
    q.addBindValue(comparedRunId);
    if (!SqlSupport::exec(q, "count new skips") || !q.next())
        return Expected<qint64>::failure(
            tr("LeadBridge could not read the record changes of this run. Details are in the "
               "log."));
    return q.value(0).toLongLong();
}

Expected<qint64> HistoryQuery::countChanges(const ChangeFilter &filter)
{
    const Where w = changeWhere(filter);
    QSqlQuery q(m_journal.database());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM record_changes") + w.sql);
    bindAll(q, w.binds);
    if (!SqlSupport::exec(q, "count record changes") || !q.next())
        return Expected<qint64>::failure(
            tr("LeadBridge could not read the record changes of this run. Details are in the "
               "log."));
    return q.value(0).toLongLong();
}

Expected<qint64> HistoryQuery::forEachChange(
    const ChangeFilter &filter, const std::function<bool(const RecordChange &)> &sink)
{
    const Where w = changeWhere(filter);
    QSqlQuery q(m_journal.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kChangeColumns + QStringLiteral(" FROM record_changes")
        + w.sql + QStringLiteral(" ORDER BY id"));
    bindAll(q, w.binds);
    if (!SqlSupport::exec(q, "export record changes"))
        return Expected<qint64>::failure(
            tr("LeadBridge could not read the record changes of this run. Details are in the "
               "log."));
    qint64 rows = 0;
    while (q.next()) {
        ++rows;
        if (!sink(RunRepository::changeFromRow(q)))
            break;
    }
    return rows;
}

} // namespace LeadBridge
