#include "core/store/FlowRepository.h"

#include "core/model/Account.h"
#include "core/store/Journal.h"
#include "core/store/SqlSupport.h"

#include <QSqlQuery>

namespace LeadBridge {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT id, kind, name, source_account_id, target_account_id, settings, enabled, "
    "needs_full_sync, created_at, updated_at FROM flows");

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
    return f;
}
} // namespace

FlowRepository::FlowRepository(Journal &journal)
    : m_journal(journal)
{ }

Expected<Flow> FlowRepository::add(const Flow &flow)
{
    if (flow.name.trimmed().isEmpty())
        return Expected<Flow>::failure(tr("Give the flow a name."));
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
    query.prepare(kSelect + QStringLiteral(" WHERE id = ?"));
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

} // namespace LeadBridge
