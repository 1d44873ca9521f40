#include "core/store/FlowRepository.h"

#include "core/model/Account.h"
#include "core/store/Journal.h"
#include "core/store/SqlSupport.h"
#include "core/store/Transaction.h"

#include <QSqlQuery>

namespace LeadBridge {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT id, kind, name, source_account_id, target_account_id, settings, enabled, "
    "needs_full_sync, created_at, updated_at, attention FROM flows WHERE deleted_at IS NULL");

QVariant accountColumn(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

Flow fromRow(const QSqlQuery &query)
{
    Flow f;
    f.id = query.value(0).toLongLong();
    f.kind = Flow::kindFromString(query.value(1).toString());
    f.name = query.value(2).toString();
    f.sourceAccountId = query.value(3).toLongLong();
    f.targetAccountId = query.value(4).toLongLong();
    f.settings = SqlSupport::mapFromJson(query.value(5).toString());
    f.enabled = query.value(6).toBool();
    f.needsFullSync = query.value(7).toBool();
    f.createdAt = SqlSupport::dateTimeFromColumn(query.value(8));
    f.updatedAt = SqlSupport::dateTimeFromColumn(query.value(9));
    f.attention = query.value(10).toString();
    return f;
}
} // namespace

FlowRepository::FlowRepository(Journal &journal)
    : m_journal(journal)
{ }

Expected<Flow> FlowRepository::add(const Flow &flow)
{
    if (const QString problem = nameProblem(flow.name, 0); !problem.isEmpty())
        return Expected<Flow>::failure(problem);
    if (!Account::firstSecretSettingKey(flow.settings).isEmpty())
        return Expected<Flow>::failure(
            tr("The setting “%1” looks like a password, token or key. LeadBridge keeps those in "
               "the system keychain only, never in the journal.")
                .arg(Account::firstSecretSettingKey(flow.settings)));

    Flow saved = flow;
    saved.name = saved.name.trimmed();
    saved.createdAt = saved.updatedAt = SqlSupport::now();
    QSqlQuery query(m_journal.database());
    query.prepare(QStringLiteral(
        "INSERT INTO flows (kind, name, source_account_id, target_account_id, settings, enabled, "
        "needs_full_sync, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(Flow::kindToString(saved.kind));
    query.addBindValue(saved.name);
    query.addBindValue(accountColumn(saved.sourceAccountId));
    query.addBindValue(accountColumn(saved.targetAccountId));
    query.addBindValue(SqlSupport::toJson(saved.settings));
    query.addBindValue(saved.enabled ? 1 : 0);
    query.addBindValue(saved.needsFullSync ? 1 : 0);
    query.addBindValue(SqlSupport::toColumn(saved.createdAt));
    query.addBindValue(SqlSupport::toColumn(saved.updatedAt));
    if (!SqlSupport::exec(query, "insert flow"))
        return Expected<Flow>::failure(
            tr("LeadBridge could not save the flow “%1”. Check that its accounts still exist; "
               "details are in the log.")
                .arg(saved.name));
    saved.id = query.lastInsertId().toLongLong();
    return saved;
}

Expected<Flow> FlowRepository::get(qint64 id)
{
    QSqlQuery query(m_journal.database());
    query.prepare(kSelect + QStringLiteral(" AND id = ?"));
    query.addBindValue(id);
    if (!SqlSupport::exec(query, "get flow"))
        return Expected<Flow>::failure(
            tr("LeadBridge could not read the flow from the journal. See the log for details."));
    if (!query.next())
        return Expected<Flow>::failure(tr("The flow no longer exists."));
    return fromRow(query);
}

Expected<QList<Flow>> FlowRepository::list()
{
    QSqlQuery query(m_journal.database());
    query.setForwardOnly(true);
    if (!SqlSupport::exec(
            query, kSelect + QStringLiteral(" ORDER BY name COLLATE NOCASE, id"), "list flows"))
        return Expected<QList<Flow>>::failure(
            tr("LeadBridge could not read the flows from the journal. See the log for details."));
    QList<Flow> flows;
    while (query.next())
        flows.append(fromRow(query));
    return flows;
}

Expected<QList<Flow>> FlowRepository::usingAccount(qint64 accountId)
{
    QSqlQuery query(m_journal.database());
    query.setForwardOnly(true);
    query.prepare(kSelect
        + QStringLiteral(" AND (source_account_id = ? OR target_account_id = ?) "
                         "ORDER BY name COLLATE NOCASE, id"));
    query.addBindValue(accountId);
    query.addBindValue(accountId);
    if (!SqlSupport::exec(query, "flows using account"))
        return Expected<QList<Flow>>::failure(
            tr("LeadBridge could not read the flows from the journal. See the log for details."));
    QList<Flow> flows;
    while (query.next())
        flows.append(fromRow(query));
    return flows;
}

QString FlowRepository::nameProblem(const QString &name, qint64 selfId)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Give the flow a name.");
    if (trimmed.size() > 200)
        return tr("Choose a shorter name: at most 200 characters.");
    QSqlQuery query(m_journal.database());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM flows WHERE deleted_at IS NULL AND id <> ? "
                                 "AND name = ? COLLATE NOCASE"));
    query.addBindValue(selfId);
    query.addBindValue(trimmed);
    if (SqlSupport::exec(query, "flow name taken") && query.next() && query.value(0).toInt() > 0)
        return tr("Another flow is already called “%1”. Choose a different name.").arg(trimmed);
    return {};
}

QString FlowRepository::uniqueName(const QString &base)
{
    const QString trimmed = base.trimmed().isEmpty() ? tr("New flow") : base.trimmed();
    if (nameProblem(trimmed, 0).isEmpty())
        return trimmed;
    for (int n = 2; n < 10000; ++n) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(trimmed, QString::number(n));
        if (nameProblem(candidate, 0).isEmpty())
            return candidate;
    }
    return trimmed;
}

bool FlowRepository::clearSyncState(qint64 flowId)
{
    for (const char *table : { "record_links", "sync_cursors" }) {
        QSqlQuery query(m_journal.database());
        query.prepare(QStringLiteral("DELETE FROM %1 WHERE flow_id = ?").arg(QLatin1StringView(table)));
        query.addBindValue(flowId);
        if (!SqlSupport::exec(query, "clear flow sync state"))
            return false;
    }
    return true;
}

Status FlowRepository::update(const Flow &flow)
{
    const Expected<Flow> old = get(flow.id);
    if (!old)
        return Status::failure(old.errorString());
    if (const QString problem = nameProblem(flow.name, flow.id); !problem.isEmpty())
        return Status::failure(problem);
    if (!Account::firstSecretSettingKey(flow.settings).isEmpty())
        return Status::failure(
            tr("The setting “%1” looks like a password, token or key. LeadBridge keeps those in "
               "the system keychain only, never in the journal.")
                .arg(Account::firstSecretSettingKey(flow.settings)));
    const bool accountsChanged = old.value().sourceAccountId != flow.sourceAccountId
        || old.value().targetAccountId != flow.targetAccountId;
    Transaction tx(m_journal.database());
    QSqlQuery query(m_journal.database());
    query.prepare(QStringLiteral(
        "UPDATE flows SET name = ?, source_account_id = ?, target_account_id = ?, settings = ?, "
        "enabled = ?, needs_full_sync = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL"));
    query.addBindValue(flow.name.trimmed());
    query.addBindValue(accountColumn(flow.sourceAccountId));
    query.addBindValue(accountColumn(flow.targetAccountId));
    query.addBindValue(SqlSupport::toJson(flow.settings));
    query.addBindValue(flow.enabled ? 1 : 0);
    query.addBindValue(flow.needsFullSync || accountsChanged ? 1 : 0);
    query.addBindValue(SqlSupport::toColumn(SqlSupport::now()));
    query.addBindValue(flow.id);
    if (!tx.isActive() || !SqlSupport::exec(query, "update flow")
        || (accountsChanged && !clearSyncState(flow.id)) || !tx.commit())
        return Status::failure(
            tr("LeadBridge could not save the flow “%1”. Check that its accounts still exist; "
               "details are in the log.")
                .arg(flow.name.trimmed()));
    return {};
}

Status FlowRepository::rename(qint64 id, const QString &name)
{
    Expected<Flow> flow = get(id);
    if (!flow)
        return Status::failure(flow.errorString());
    Flow renamed = flow.value();
    renamed.name = name;
    return update(renamed);
}

Status FlowRepository::setEnabled(qint64 id, bool enabled)
{
    QSqlQuery query(m_journal.database());
    query.prepare(QStringLiteral("UPDATE flows SET enabled = ?, updated_at = ? "
                                 "WHERE id = ? AND deleted_at IS NULL"));
    query.addBindValue(enabled ? 1 : 0);
    query.addBindValue(SqlSupport::toColumn(SqlSupport::now()));
    query.addBindValue(id);
    if (!SqlSupport::exec(query, "pause or resume flow"))
        return Status::failure(
            tr("LeadBridge could not save the change to the flow. See the log for details."));
    if (query.numRowsAffected() == 0)
        return Status::failure(tr("The flow no longer exists."));
    return {};
}

Status FlowRepository::setAttention(qint64 id, const QString &sentence)
{
    QSqlQuery query(m_journal.database());
    query.prepare(QStringLiteral("UPDATE flows SET attention = ? WHERE id = ? AND deleted_at IS NULL"));
    query.addBindValue(sentence.trimmed().isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                    : QVariant(sentence.trimmed()));
    query.addBindValue(id);
    if (!SqlSupport::exec(query, "flow attention"))
        return Status::failure(
            tr("LeadBridge could not save the change to the flow. See the log for details."));
    return {};
}

Expected<Flow> FlowRepository::duplicate(qint64 id, const QString &name)
{
    const Expected<Flow> original = get(id);
    if (!original)
        return original;
    Flow copy = original.value();
    copy.id = 0;
    copy.name = name;
    copy.enabled = false;
    copy.needsFullSync = true;
    copy.attention.clear();
    Transaction tx(m_journal.database());
    if (!tx.isActive())
        return Expected<Flow>::failure(
            tr("LeadBridge could not copy the flow. See the log for details."));
    Expected<Flow> added = add(copy);
    if (!added)
        return added;
    const qint64 newId = added.value().id;
    QSqlQuery maps(m_journal.database());
    maps.prepare(QStringLiteral("INSERT INTO field_maps (flow_id, document, version, updated_at) "
                                "SELECT ?, document, version, ? FROM field_maps WHERE flow_id = ?"));
    maps.addBindValue(newId);
    maps.addBindValue(SqlSupport::toColumn(SqlSupport::now()));
    maps.addBindValue(id);
    QSqlQuery schedule(m_journal.database());
    schedule.prepare(QStringLiteral(
        "INSERT INTO schedules (flow_id, kind, interval_minutes, daily_time, next_run_at, enabled) "
        "SELECT ?, kind, interval_minutes, daily_time, NULL, enabled FROM schedules "
        "WHERE flow_id = ?"));
    schedule.addBindValue(newId);
    schedule.addBindValue(id);
    if (!SqlSupport::exec(maps, "copy field map") || !SqlSupport::exec(schedule, "copy schedule")
        || !tx.commit())
        return Expected<Flow>::failure(
            tr("LeadBridge could not copy the flow. See the log for details."));
    return added;
}

Status FlowRepository::remove(qint64 id)
{
    const Expected<Flow> flow = get(id);
    if (!flow)
        return Status::failure(flow.errorString());
    Transaction tx(m_journal.database());
    bool ok = tx.isActive() && clearSyncState(id);
    for (const char *table : { "field_maps", "schedules" }) {
        if (!ok)
            break;
        QSqlQuery query(m_journal.database());
        query.prepare(QStringLiteral("DELETE FROM %1 WHERE flow_id = ?").arg(QLatin1StringView(table)));
        query.addBindValue(id);
        ok = SqlSupport::exec(query, "delete flow parts");
    }
    if (ok) {
        QSqlQuery query(m_journal.database());
        query.prepare(QStringLiteral(
            "UPDATE flows SET deleted_at = ?, updated_at = ?, enabled = 0, source_account_id = NULL, "
            "target_account_id = NULL, attention = NULL WHERE id = ?"));
        const QVariant now = SqlSupport::toColumn(SqlSupport::now());
        query.addBindValue(now);
        query.addBindValue(now);
        query.addBindValue(id);
        ok = SqlSupport::exec(query, "delete flow");
    }
    if (!ok || !tx.commit())
        return Status::failure(
            tr("LeadBridge could not delete the flow “%1”. See the log for details.")
                .arg(flow.value().name));
    return {};
}

Expected<int> FlowRepository::moveAccount(qint64 fromAccountId, qint64 toAccountId)
{
    QSqlQuery kinds(m_journal.database());
    kinds.prepare(QStringLiteral("SELECT id, kind FROM accounts WHERE id IN (?, ?)"));
    kinds.addBindValue(fromAccountId);
    kinds.addBindValue(toAccountId);
    QHash<qint64, QString> kindOf;
    if (SqlSupport::exec(kinds, "account kinds")) {
        while (kinds.next())
            kindOf.insert(kinds.value(0).toLongLong(), kinds.value(1).toString());
    }
    if (!kindOf.contains(fromAccountId) || !kindOf.contains(toAccountId))
        return Expected<int>::failure(tr("That account no longer exists."));
    if (fromAccountId == toAccountId)
        return Expected<int>::failure(tr("Choose a different account to move the flows to."));
    if (kindOf.value(fromAccountId) != kindOf.value(toAccountId))
        return Expected<int>::failure(
            tr("Flows can only move to another account of the same system."));
    const Expected<QList<Flow>> flows = usingAccount(fromAccountId);
    if (!flows)
        return Expected<int>::failure(flows.errorString());
    Transaction tx(m_journal.database());
    bool ok = tx.isActive();
    for (const Flow &f : flows.value()) {
        if (!ok)
            break;
        QSqlQuery query(m_journal.database());
        query.prepare(QStringLiteral(
            "UPDATE flows SET source_account_id = CASE WHEN source_account_id = ? THEN ? ELSE "
            "source_account_id END, target_account_id = CASE WHEN target_account_id = ? THEN ? "
            "ELSE target_account_id END, needs_full_sync = 1, updated_at = ? WHERE id = ?"));
        query.addBindValue(fromAccountId);
        query.addBindValue(toAccountId);
        query.addBindValue(fromAccountId);
        query.addBindValue(toAccountId);
        query.addBindValue(SqlSupport::toColumn(SqlSupport::now()));
        query.addBindValue(f.id);
        ok = SqlSupport::exec(query, "move flow account") && clearSyncState(f.id);
    }
    if (!ok || !tx.commit())
        return Expected<int>::failure(
            tr("LeadBridge could not move the flows to the other account. See the log for "
               "details."));
    return int(flows.value().size());
}

} // namespace LeadBridge
