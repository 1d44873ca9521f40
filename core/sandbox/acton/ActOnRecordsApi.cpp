#include "core/sandbox/acton/ActOnRecordsApi.h"

#include "core/sandbox/acton/ActOnWire.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace LeadBridge::Sandbox {

using namespace ActOnWire;

// ---------------------------------------------------------------- records

bool ActOnRecordsApi::mapRecordBody(
    const ActOnList &target, const QJsonObject &body, QList<QPair<int, QByteArray>> *out) const
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() == kContactIdHeading)
            continue;
        const int col = target.columnOf(it.key());
        if (col < 0)
            return false;
        out->append({ col, jsonValueBytes(it.value()) });
    }
    return true;
}

QJsonArray ActOnRecordsApi::recordArray(const ActOnList &target, const ActOnRecord &record) const
{
    QJsonArray arr { target.recordId(record.seq) };
    for (const QString &v : target.values(record))
        arr.append(v);
    return arr;
}

std::optional<SandboxResponse> ActOnRecordsApi::readRecordBody(
    const SandboxRequest &r, const ActOnList &target, QList<QPair<int, QByteArray>> *values) const
{
    bool ok = false;
    const QJsonDocument doc = r.json(&ok);
    if (!ok || !doc.isObject())
        return m_emu.apiError(
            400, 10121, u"Missing parameter: a JSON object keyed by column heading"_s);
    if (!mapRecordBody(target, doc.object(), values))
        return m_emu.apiError(400, u"10010"_s, u"Invalid Column Specified"_s);
    return std::nullopt;
}

SandboxResponse ActOnRecordsApi::handleUpsert(const SandboxRequest &r)
{
    ActOnList *l = m_emu.list(r.param(u"listid"_s));
    if (!l)
        return m_emu.apiError(400, 10004, u"Invalid or missing list"_s);
    QList<QPair<int, QByteArray>> values;
    if (auto error = readRecordBody(r, *l, &values))
        return *error;
    if (l->emailColumn() < 0)
        return m_emu.apiError(400, 10088, u"Merge column missing"_s);
    QByteArray email = r.query(u"email").trimmed().toUtf8();
    if (email.isEmpty()) {
        for (const auto &v : values) {
            if (v.first == l->emailColumn())
                email = v.second.trimmed();
        }
    }
    if (email.isEmpty())
        return m_emu.apiError(422, 10121, u"Missing parameter: email"_s);

    const qint64 ms = m_emu.nowMs();
    ActOnRecord *rec = l->findByEmail(email);
    quint32 seq;
    qint64 appended = 0, updated = 0;
    const int ncols = int(l->headings().size());
    if (rec) {
        l->update(*rec, applyValues(rec->data, ncols, values), ms);
        seq = rec->seq;
        updated = 1;
    } else {
        bool hasEmail = false;
        for (const auto &v : values)
            hasEmail = hasEmail || (v.first == l->emailColumn() && !v.second.trimmed().isEmpty());
        if (!hasEmail)
            values.append({ l->emailColumn(), email });
        seq = l->append(applyValues({}, ncols, values), ms);
        appended = 1;
    }
    const QString id = l->recordId(seq);
    QJsonObject extra { { u"id"_s, id }, { u"contact_id"_s, id } };
    if (isYes(r.query(u"async"))) {
        ActOnEmulator::Job job;
        job.listId = l->id;
        job.createdMs = ms;
        job.appendCount = appended;
        job.updateCount = updated;
        extra.insert(u"jobId"_s, m_emu.addJob(job));
    }
    return m_emu.success(u"Record updated"_s, extra);
}

SandboxResponse ActOnRecordsApi::handleInsert(const SandboxRequest &r)
{
    ActOnList *l = m_emu.list(r.param(u"listid"_s));
    if (!l)
        return m_emu.apiError(400, 10004, u"Invalid or missing list"_s);
    QList<QPair<int, QByteArray>> values;
    if (auto error = readRecordBody(r, *l, &values))
        return *error;
    const quint32 seq
        = l->append(applyValues({}, int(l->headings().size()), values), m_emu.nowMs());
    const QString id = l->recordId(seq);
    return m_emu.success(
        u"Record inserted"_s, QJsonObject { { u"id"_s, id }, { u"contact_id"_s, id } });
}

SandboxResponse ActOnRecordsApi::handleBulkDelete(const SandboxRequest &r)
{
    ActOnList *l = m_emu.list(r.param(u"listid"_s));
    if (!l)
        return m_emu.apiError(400, 10004, u"Invalid or missing list"_s);
    QStringList ids;
    for (const QString &v : r.queryAll(u"contactids"))
        ids += v.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (ids.isEmpty())
        return m_emu.apiError(422, 10121, u"Missing parameter: contactids"_s);
    if (ids.size() > 100)
        return m_emu.apiError(400, 10121, u"Too many contact ids: at most 100 per call"_s);
    qint64 ok = 0;
    QJsonArray failed;
    for (const QString &raw : std::as_const(ids)) {
        const QString id = raw.trimmed();
        quint32 seq = 0;
        if (l->parseRecordId(id, &seq) && l->remove(seq)) {
            ++ok;
        } else {
            // Act-On OpenAPI, DELETE /api/1/list/{listid}/record, example "Failed Records":
            // {"id":"l-0001:a","reason":"Invalid contact id"}.
            failed.append(
                QJsonObject { { u"id"_s, id }, { u"reason"_s, u"Invalid contact id"_s } });
        }
    }
    if (ok)
        l->modifiedMs = m_emu.nowMs();
    return SandboxResponse::json(200,
        QJsonObject { { u"success_count"_s, ok }, { u"fail_count"_s, failed.size() },
            { u"failedList"_s, failed } });
}

SandboxResponse ActOnRecordsApi::handleGetRecord(const SandboxRequest &r)
{
    ActOnList *l = m_emu.list(r.param(u"listid"_s));
    if (!l)
        return m_emu.apiError(400, 10004, u"Invalid or missing list"_s);
    quint32 seq = 0;
    if (!l->parseRecordId(r.param(u"recordid"_s), &seq))
        return m_emu.apiError(400, 10054, u"The id is invalid"_s);
    const ActOnRecord *rec = l->find(seq);
    if (!rec)
        return m_emu.apiError(400, 10008, u"Invalid contact"_s);
    return SandboxResponse::json(200, recordArray(*l, *rec));
}

SandboxResponse ActOnRecordsApi::handleUpdateRecord(const SandboxRequest &r)
{
    ActOnList *l = m_emu.list(r.param(u"listid"_s));
    if (!l)
        return m_emu.apiError(400, 10004, u"Invalid or missing list"_s);
    quint32 seq = 0;
    if (!l->parseRecordId(r.param(u"recordid"_s), &seq))
        return m_emu.apiError(400, 10054, u"The id is invalid"_s);
    ActOnRecord *rec = l->find(seq);
    if (!rec)
        return m_emu.apiError(400, 10008, u"Invalid contact"_s);
    QList<QPair<int, QByteArray>> values;
    if (auto error = readRecordBody(r, *l, &values))
        return *error;
    l->update(*rec, applyValues(rec->data, int(l->headings().size()), values), m_emu.nowMs());
    QJsonObject extra;
    if (isYes(r.query(u"returncontact")))
        extra.insert(u"contact"_s, recordArray(*l, *rec));
    return m_emu.success(u"Record updated"_s, extra);
}

SandboxResponse ActOnRecordsApi::handleDeleteRecord(const SandboxRequest &r)
{
    ActOnList *l = m_emu.list(r.param(u"listid"_s));
    if (!l)
        return m_emu.apiError(400, 10004, u"Invalid or missing list"_s);
    quint32 seq = 0;
    if (!l->parseRecordId(r.param(u"recordid"_s), &seq))
        return m_emu.apiError(400, 10054, u"The id is invalid"_s);
    if (!l->remove(seq))
        return m_emu.apiError(400, 10008, u"Invalid contact"_s);
    l->modifiedMs = m_emu.nowMs();
    return m_emu.success(u"Record deleted"_s);
}

} // namespace LeadBridge::Sandbox
