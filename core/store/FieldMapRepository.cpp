#include "core/store/FieldMapRepository.h"

#include "core/mapping/FieldMapJson.h"
#include "core/store/Journal.h"
#include "core/store/SqlSupport.h"
#include "core/store/Transaction.h"
#include "core/util/LogCategories.h"

#include <QSqlQuery>

namespace LeadBridge {

FieldMapRepository::FieldMapRepository(Journal &journal)
    : m_journal(journal)
{ }

Expected<std::optional<FieldMap>> FieldMapRepository::load(qint64 flowId)
{
    using Result = Expected<std::optional<FieldMap>>;
    QSqlQuery query(m_journal.database());
    query.prepare(QStringLiteral("SELECT document FROM field_maps WHERE flow_id = ?"));
    query.addBindValue(flowId);
    if (!SqlSupport::exec(query, "load field map"))
        return Result::failure(
            tr("LeadBridge could not read the field map from the journal. See the log for "
               "details."));
    if (!query.next())
        return Result(std::optional<FieldMap>());
    const FieldMapJson::ImportResult read
        = FieldMapJson::fromJson(query.value(0).toString().toUtf8());
    if (!read.ok()) {
        qCWarning(lcStore).noquote()
            << "Stored field map of flow" << flowId << "does not read:" << read.errors.join(u' ');
        return Result::failure(
            tr("The saved field map of this flow cannot be read (%1). Import a map from a file "
               "or map the fields again.")
                .arg(read.errors.value(0)));
    }
    return Result(read.map);
}

Expected<FieldMapRepository::SaveResult> FieldMapRepository::save(
    qint64 flowId, const FieldMap &map)
{
    using Result = Expected<SaveResult>;
    const auto failed = [] {
        return Result::failure(
            tr("LeadBridge could not save the field map. Your changes are still in the editor; "
               "try again, and see the log for details."));
    };
    Transaction transaction(m_journal.database());
    if (!transaction.isActive())
        return failed();

    QSqlQuery flow(m_journal.database());
    flow.prepare(QStringLiteral("SELECT id FROM flows WHERE id = ?"));
    flow.addBindValue(flowId);
    if (!SqlSupport::exec(flow, "find flow for field map"))
        return failed();
    if (!flow.next())
        return Result::failure(tr("The flow no longer exists, so its field map cannot be saved."));

    const Expected<std::optional<FieldMap>> stored = load(flowId);
    // An unreadable stored document is replaced; everything the new map pulls counts as added.
    const FieldMap previous = stored.ok() && stored.value() ? *stored.value() : FieldMap(map.crm());

    SaveResult result;
    result.map = map;
    result.map.setRevision(stored.ok() && stored.value() ? previous.revision() + 1 : 1);
    result.addedFields = FieldMap::diffAddedFields(previous, result.map);
    result.fullSyncMarked = !result.addedFields.isEmpty();

    QSqlQuery write(m_journal.database());
    write.prepare(QStringLiteral(
        "INSERT INTO field_maps (flow_id, document, version, updated_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(flow_id) DO UPDATE SET document = excluded.document, "
        "version = excluded.version, updated_at = excluded.updated_at"));
    write.addBindValue(flowId);
    write.addBindValue(QString::fromUtf8(FieldMapJson::toJson(result.map)));
    write.addBindValue(FieldMap::kFormatVersion);
    write.addBindValue(SqlSupport::toColumn(SqlSupport::now()));
    if (!SqlSupport::exec(write, "save field map"))
        return failed();

    if (result.fullSyncMarked) {
        QSqlQuery mark(m_journal.database());
        mark.prepare(
            QStringLiteral("UPDATE flows SET needs_full_sync = 1, updated_at = ? WHERE id = ?"));
        mark.addBindValue(SqlSupport::toColumn(SqlSupport::now()));
        mark.addBindValue(flowId);
        if (!SqlSupport::exec(mark, "mark flow for full sync"))
            return failed();
    }
    if (!transaction.commit())
        return failed();
    if (result.fullSyncMarked)
        qCInfo(lcStore).noquote() << "Field map of flow" << flowId << "adds"
                                  << result.addedFields.join(QStringLiteral(", "))
                                  << "- next run is a full sync";
    return result;
}

Status FieldMapRepository::remove(qint64 flowId)
{
    QSqlQuery query(m_journal.database());
    query.prepare(QStringLiteral("DELETE FROM field_maps WHERE flow_id = ?"));
    query.addBindValue(flowId);
    if (!SqlSupport::exec(query, "remove field map"))
        return Status::failure(
            tr("LeadBridge could not remove the field map. See the log for details."));
    return {};
}

} // namespace LeadBridge
