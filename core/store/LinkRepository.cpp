#include "core/store/LinkRepository.h"

#include "core/store/Journal.h"
#include "core/store/SqlSupport.h"
#include "core/util/LogCategories.h"

#include <QSqlQuery>

namespace LeadBridge {

namespace {

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QString placeholders(qsizetype n)
{
    QString out;
    out.reserve(n * 2);
    for (qsizetype i = 0; i < n; ++i)
        out += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
    return out;
}

} // namespace

LinkRepository::LinkRepository(Journal &journal, qint64 flowId, CrmKind crm)
    : m_journal(journal)
    , m_flowId(flowId)
    , m_crm(crm)
{ }

QString LinkRepository::crmIdColumn() const
{
    return m_crm == CrmKind::Salesforce ? QStringLiteral("salesforce_id")
                                        : QStringLiteral("pipeliner_id");
}

Expected<QList<LinkSnapshot>> LinkRepository::loadWhere(
    const QString &column, const QStringList &values)
{
    QList<LinkSnapshot> out;
    out.reserve(values.size());
    QSqlQuery query(m_journal.database());
    query.setForwardOnly(true);
    const QString select = QStringLiteral("SELECT email_key, on24_id, acton_id, ") + crmIdColumn()
        + QStringLiteral(", snapshot FROM record_links WHERE flow_id = ? AND ") + column
        + QStringLiteral(" IN (");
    QString preparedFor;
    for (qsizetype start = 0; start < values.size(); start += kReadBatch) {
        const qsizetype n = qMin<qsizetype>(kReadBatch, values.size() - start);
        const QString sql = select + placeholders(n) + u')';
        if (sql != preparedFor) { // the full-size statement is prepared once and reused
            query.prepare(sql);
            preparedFor = sql;
        }
        query.bindValue(0, m_flowId);
        for (qsizetype i = 0; i < n; ++i)
            query.bindValue(int(i + 1), values.at(start + i));
        if (!SqlSupport::exec(query, "load record links"))
            return Expected<QList<LinkSnapshot>>::failure(
                tr("LeadBridge could not read the links between records of this flow. "
                   "Details are in the log."));
        while (query.next()) {
            LinkSnapshot s;
            s.emailKey = query.value(0).toString();
            s.on24Id = query.value(1).toString();
            s.marketingId = query.value(2).toString();
            s.crmId = query.value(3).toString();
            const QByteArray packed = query.value(4).toByteArray();
            if (!packed.isEmpty() && !s.unpackFields(packed))
                qCWarning(lcStore) << "Ignoring an unreadable snapshot of a record link";
            out.append(std::move(s));
        }
        query.finish();
    }
    return out;
}

Expected<QList<LinkSnapshot>> LinkRepository::loadByEmail(const QStringList &emailKeys)
{
    return loadWhere(QStringLiteral("email_key"), emailKeys);
}

Expected<QList<LinkSnapshot>> LinkRepository::loadByCrmId(const QStringList &crmIds)
{
    return loadWhere(crmIdColumn(), crmIds);
}

Expected<QList<LinkSnapshot>> LinkRepository::loadByMarketingId(const QStringList &marketingIds)
{
    return loadWhere(QStringLiteral("acton_id"), marketingIds);
}

Status LinkRepository::forEach(
    const std::function<bool(QList<LinkSnapshot> &&)> &sink, int batchSize)
{
    // Keyset paging on the primary key: each page is an index range scan, so memory stays
    // at one batch however many links the flow has.
    QSqlQuery query(m_journal.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, email_key, on24_id, acton_id, ") + crmIdColumn()
        + QStringLiteral(", snapshot FROM record_links WHERE flow_id = ? AND id > ? "
                         "ORDER BY id LIMIT ?"));
    qint64 after = 0;
    for (;;) {
        query.bindValue(0, m_flowId);
        query.bindValue(1, after);
        query.bindValue(2, batchSize);
        if (!SqlSupport::exec(query, "page record links"))
            return Status::failure(tr("LeadBridge could not read the links between records of "
                                      "this flow. Details are in the log."));
        QList<LinkSnapshot> batch;
        batch.reserve(batchSize);
        while (query.next()) {
            after = query.value(0).toLongLong();
            LinkSnapshot s;
            s.emailKey = query.value(1).toString();
            s.on24Id = query.value(2).toString();
            s.marketingId = query.value(3).toString();
            s.crmId = query.value(4).toString();
            const QByteArray packed = query.value(5).toByteArray();
            if (!packed.isEmpty() && !s.unpackFields(packed))
                qCWarning(lcStore) << "Ignoring an unreadable snapshot of a record link";
            batch.append(std::move(s));
        }
        query.finish();
        if (batch.isEmpty())
            return Status();
        const bool more = batch.size() == batchSize;
        if (!sink(std::move(batch)) || !more)
            return Status();
    }
}

Expected<qint64> LinkRepository::count()
{
    QSqlQuery query(m_journal.database());
    query.prepare(QStringLiteral("SELECT count(*) FROM record_links WHERE flow_id = ?"));
    query.addBindValue(m_flowId);
    if (!SqlSupport::exec(query, "count record links") || !query.next())
        return Expected<qint64>::failure(tr("LeadBridge could not read the links between "
                                            "records of this flow. Details are in the log."));
    return query.value(0).toLongLong();
}

Status LinkRepository::upsert(const QList<LinkSnapshot> &snapshots)
{
    const QString crm = crmIdColumn();
    QSqlQuery query(m_journal.database());
    query.prepare(
        QStringLiteral("INSERT INTO record_links (flow_id, email_key, on24_id, acton_id, ") + crm
        + QStringLiteral(", salesforce_type, snapshot, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                         "ON CONFLICT (flow_id, email_key) DO UPDATE SET "
                         "on24_id = coalesce(excluded.on24_id, on24_id), "
                         "acton_id = coalesce(excluded.acton_id, acton_id), ")
        + crm + QStringLiteral(" = coalesce(excluded.") + crm + QStringLiteral(", ") + crm
        + QStringLiteral("), salesforce_type = coalesce(excluded.salesforce_type, "
                         "salesforce_type), snapshot = excluded.snapshot, "
                         "updated_at = excluded.updated_at"));
    const QVariant now = SqlSupport::toColumn(SqlSupport::now());
    const QVariant noType(QMetaType::fromType<QString>());
    const QVariant lead(QStringLiteral("lead"));
    const QVariant contact(QStringLiteral("contact"));
    for (const LinkSnapshot &s : snapshots) {
        if (s.emailKey.isEmpty())
            return Status::failure(tr("A record link without an email address cannot be stored. "
                                      "Details are in the log."));
        query.bindValue(0, m_flowId);
        query.bindValue(1, s.emailKey);
        query.bindValue(2, textOrNull(s.on24Id));
        query.bindValue(3, textOrNull(s.marketingId));
        query.bindValue(4, textOrNull(s.crmId));
        // The schema keeps the type for Salesforce only; Pipeliner's lives in the snapshot.
        query.bindValue(5,
            m_crm != CrmKind::Salesforce || s.crmType == LinkSnapshot::CrmType::None
                ? noType
                : (s.crmType == LinkSnapshot::CrmType::Lead ? lead : contact));
        query.bindValue(6, s.packFields());
        query.bindValue(7, now);
        if (!SqlSupport::exec(query, "upsert record link"))
            return Status::failure(tr("LeadBridge could not store the links between records of "
                                      "this flow. Details are in the log."));
    }
    return Status();
}

Status LinkRepository::remove(const QStringList &emailKeys)
{
    QSqlQuery query(m_journal.database());
    query.prepare(QStringLiteral("DELETE FROM record_links WHERE flow_id = ? AND email_key = ?"));
    for (const QString &key : emailKeys) {
        query.bindValue(0, m_flowId);
        query.bindValue(1, key);
        if (!SqlSupport::exec(query, "remove record link"))
            return Status::failure(tr("LeadBridge could not remove links between records of "
                                      "this flow. Details are in the log."));
    }
    return Status();
}

Expected<QString> LinkRepository::cursor(const QString &system, const QString &object)
{
    QSqlQuery query(m_journal.database());
    query.prepare(QStringLiteral(
        "SELECT cursor FROM sync_cursors WHERE flow_id = ? AND system = ? AND object = ?"));
    query.addBindValue(m_flowId);
    query.addBindValue(system);
    query.addBindValue(object);
    if (!SqlSupport::exec(query, "read sync cursor"))
        return Expected<QString>::failure(tr("LeadBridge could not read where the last sync of "
                                             "this flow stopped. Details are in the log."));
    return query.next() ? query.value(0).toString() : QString();
}

Status LinkRepository::setCursor(
    const QString &system, const QString &object, const QString &cursor)
{
    QSqlQuery query(m_journal.database());
    query.prepare(
        QStringLiteral("INSERT INTO sync_cursors (flow_id, system, object, cursor, updated_at) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT (flow_id, system, object) DO UPDATE SET "
                       "cursor = excluded.cursor, updated_at = excluded.updated_at"));
    query.addBindValue(m_flowId);
    query.addBindValue(system);
    query.addBindValue(object);
    query.addBindValue(cursor);
    query.addBindValue(SqlSupport::toColumn(SqlSupport::now()));
    if (!SqlSupport::exec(query, "store sync cursor"))
        return Status::failure(tr("LeadBridge could not record where this sync stopped. "
                                  "Check that the flow still exists; details are in the log."));
    return Status();
}

Status LinkRepository::clearCursors()
{
    QSqlQuery query(m_journal.database());
    query.prepare(QStringLiteral("DELETE FROM sync_cursors WHERE flow_id = ?"));
    query.addBindValue(m_flowId);
    if (!SqlSupport::exec(query, "clear sync cursors"))
        return Status::failure(tr("LeadBridge could not reset where the last sync of this flow "
                                  "stopped. Details are in the log."));
    return Status();
}

} // namespace LeadBridge
