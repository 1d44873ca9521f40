#include "core/store/ConflictRepository.h"

#include "core/store/Journal.h"
#include "core/store/SqlSupport.h"
#include "core/store/Transaction.h"

#include <QSqlQuery>

namespace LeadBridge {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT c.id, c.flow_id, f.name, c.person_key, c.crm_system, c.crm_id, c.crm_type, "
    "c.acton_id, c.field, c.crm_value, c.acton_value, c.found_run_id, c.found_at, c.status, "
    "c.keep, c.decided_at, c.applied_run_id, c.note FROM conflicts c "
    "LEFT JOIN flows f ON f.id = c.flow_id");

ConflictRecord fromRow(const QSqlQuery &q)
{
    ConflictRecord r;
    r.id = q.value(0).toLongLong();
    r.flowId = q.value(1).toLongLong();
    r.flowName = q.value(2).toString();
    r.personKey = q.value(3).toString();
    r.crmSystem = q.value(4).toString();
    r.crmId = q.value(5).toString();
    r.crmType = q.value(6).toString();
    r.marketingId = q.value(7).toString();
    r.field = q.value(8).toString();
    r.crmValue = q.value(9).toString();
    r.marketingValue = q.value(10).toString();
    r.foundRunId = q.value(11).toLongLong();
    r.foundAt = SqlSupport::dateTimeFromColumn(q.value(12));
    r.status = ConflictRecord::statusFromString(q.value(13).toString());
    r.keep = ConflictRecord::keepFromString(q.value(14).toString());
    r.decidedAt = SqlSupport::dateTimeFromColumn(q.value(15));
    r.appliedRunId = q.value(16).toLongLong();
    r.note = q.value(17).toString();
    return r;
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(u',');
}

} // namespace

ConflictRepository::ConflictRepository(Journal &journal)
    : m_journal(journal)
{ }

Status ConflictRepository::hold(qint64 runId, const QList<ConflictRecord> &found)
{
    if (found.isEmpty())
        return Status();
    const Status failed = Status::failure(
        tr("LeadBridge could not store the conflicts held for review. Details are in the log."));
    QSqlDatabase db = m_journal.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return failed;
    QSqlQuery upsert(db);
    // Found again with other values: back to open (a decision on other values is void).
    upsert.prepare(QStringLiteral(
        "INSERT INTO conflicts (flow_id, person_key, crm_system, crm_id, crm_type, acton_id, "
        "field, crm_value, acton_value, found_run_id, found_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (flow_id, person_key, field) WHERE status IN ('open','resolved') "
        "DO UPDATE SET crm_id = excluded.crm_id, crm_type = excluded.crm_type, "
        "acton_id = coalesce(excluded.acton_id, acton_id), found_run_id = excluded.found_run_id, "
        "found_at = excluded.found_at, "
        "status = CASE WHEN crm_value = excluded.crm_value AND acton_value = excluded.acton_value "
        "THEN status ELSE 'open' END, "
        "keep = CASE WHEN crm_value = excluded.crm_value AND acton_value = excluded.acton_value "
        "THEN keep ELSE NULL END, "
        "decided_at = CASE WHEN crm_value = excluded.crm_value "
        "AND acton_value = excluded.acton_value THEN decided_at ELSE NULL END, "
        "crm_value = excluded.crm_value, acton_value = excluded.acton_value"));
    const QVariant now = SqlSupport::toColumn(SqlSupport::now());
    for (const ConflictRecord &c : found) {
        upsert.addBindValue(c.flowId);
        upsert.addBindValue(c.personKey);
        upsert.addBindValue(c.crmSystem);
        upsert.addBindValue(textOrNull(c.crmId));
        upsert.addBindValue(textOrNull(c.crmType));
        upsert.addBindValue(textOrNull(c.marketingId));
        upsert.addBindValue(c.field);
        upsert.addBindValue(c.crmValue.isNull() ? QStringLiteral("") : c.crmValue);
        upsert.addBindValue(c.marketingValue.isNull() ? QStringLiteral("") : c.marketingValue);
        upsert.addBindValue(runId > 0 ? QVariant(runId) : QVariant(QMetaType::fromType<qint64>()));
        upsert.addBindValue(now);
        if (!SqlSupport::exec(upsert, "hold conflict"))
            return failed;
    }
    if (!transaction.commit())
        return failed;
    return Status();
}

Status ConflictRepository::markApplied(const QList<qint64> &ids, qint64 runId)
{
    if (setOnRows(QStringLiteral("status = 'applied', applied_run_id = ?"),
            QStringLiteral("status = 'resolved'"), runId, ids, "mark conflicts applied"))
        return Status();
    return Status::failure(tr("LeadBridge could not record that the decisions made in the "
                              "Conflicts view were applied. Details are in the log."));
}

Status ConflictRepository::markSuperseded(const QList<qint64> &ids, const QString &note)
{
    if (setOnRows(QStringLiteral("status = 'superseded', note = ?"),
            QStringLiteral("status IN ('open','resolved')"), note, ids,
            "mark conflicts superseded"))
        return Status();
    return Status::failure(tr("LeadBridge could not record that held conflicts changed "
                              "since they were found. Details are in the log."));
}

bool ConflictRepository::setOnRows(const QString &set, const QString &where,
    const QVariant &value, const QList<qint64> &ids, const char *what)
{
    if (ids.isEmpty())
        return true;
    QSqlQuery q(m_journal.database());
    q.prepare(QStringLiteral("UPDATE conflicts SET %1 WHERE %2 AND id IN (%3)")
                  .arg(set, where, idList(ids)));
    q.addBindValue(value);
    return SqlSupport::exec(q, what);
}

Status ConflictRepository::decide(const QList<qint64> &ids, ConflictRecord::Keep keep)
{
    if (keep == ConflictRecord::Keep::Undecided)
        return Status::failure(tr("Choose which value to keep: the CRM's or Act-On's."));
    if (ids.isEmpty())
        return Status::failure(tr("Select at least one conflict first."));
    const Status failed = Status::failure(
        tr("LeadBridge could not store the decision. Details are in the log."));
    QSqlDatabase db = m_journal.database();
    Transaction transaction(db);
    if (!transaction.isActive())
        return failed;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE conflicts SET status = 'resolved', keep = ?, decided_at = ? "
                             "WHERE status IN ('open','resolved') AND id = ?"));
    for (qint64 id : ids) {
        q.addBindValue(ConflictRecord::keepToString(keep));
        q.addBindValue(SqlSupport::toColumn(SqlSupport::now()));
        q.addBindValue(id);
        if (!SqlSupport::exec(q, "decide conflict"))
            return failed;
        if (q.numRowsAffected() != 1)
            return Status::failure(
                tr("Conflict %1 was already applied or has changed since, or does not exist. "
                   "Refresh the list and decide again.")
                    .arg(id));
    }
    if (!transaction.commit())
        return failed;
    return Status();
}

Expected<QList<ConflictRecord>> ConflictRepository::unsettled(qint64 flowId)
{
    QSqlQuery q(m_journal.database());
    q.setForwardOnly(true);
    q.prepare(kSelect
        + QStringLiteral(" WHERE c.flow_id = ? AND c.status IN ('open','resolved') ORDER BY c.id"));
    q.addBindValue(flowId);
    if (!SqlSupport::exec(q, "unsettled conflicts"))
        return Expected<QList<ConflictRecord>>::failure(
            tr("LeadBridge could not read the conflicts held for review. Details are in the log."));
    QList<ConflictRecord> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

Expected<QList<ConflictRecord>> ConflictRepository::list(qint64 flowId, int settledLimit)
{
    const QString flow = flowId > 0 ? QStringLiteral(" AND c.flow_id = ?") : QString();
    QList<ConflictRecord> out;
    for (const bool settled : { false, true }) {
        QSqlQuery q(m_journal.database());
        q.setForwardOnly(true);
        q.prepare(kSelect
            + (settled ? QStringLiteral(" WHERE c.status IN ('applied','superseded')")
                       : QStringLiteral(" WHERE c.status IN ('open','resolved')"))
            + flow
            + (settled ? QStringLiteral(" ORDER BY c.id DESC LIMIT ?")
                       : QStringLiteral(" ORDER BY c.id")));
        if (flowId > 0)
            q.addBindValue(flowId);
        if (settled)
            q.addBindValue(settledLimit);
        if (!SqlSupport::exec(q, "list conflicts"))
            return Expected<QList<ConflictRecord>>::failure(tr(
                "LeadBridge could not read the conflicts held for review. Details are in the log."));
        while (q.next())
            out.append(fromRow(q));
    }
    return out;
}

Expected<ConflictRecord> ConflictRepository::get(qint64 id)
{
    QSqlQuery q(m_journal.database());
    q.prepare(kSelect + QStringLiteral(" WHERE c.id = ?"));
    q.addBindValue(id);
    if (!SqlSupport::exec(q, "get conflict"))
        return Expected<ConflictRecord>::failure(
            tr("LeadBridge could not read the conflicts held for review. Details are in the log."));
    if (!q.next())
        return Expected<ConflictRecord>::failure(tr("There is no conflict %1.").arg(id));
    return fromRow(q);
}

Expected<int> ConflictRepository::openCount()
{
    QSqlQuery q(m_journal.database());
    if (!SqlSupport::exec(q, QStringLiteral("SELECT COUNT(*) FROM conflicts WHERE status = 'open'"),
            "count open conflicts")
        || !q.next())
        return Expected<int>::failure(
            tr("LeadBridge could not read the conflicts held for review. Details are in the log."));
    return q.value(0).toInt();
}

} // namespace LeadBridge
