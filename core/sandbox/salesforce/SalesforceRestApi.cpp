#include "core/sandbox/salesforce/SalesforceRestApi.h"

#include "core/sandbox/salesforce/SalesforceRecordStore.h"
#include "core/sandbox/salesforce/SalesforceWire.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <QUrlQuery>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace LeadBridge::Sandbox {

using namespace SalesforceWire;

SandboxResponse SalesforceRestApi::describeGlobal(const SandboxRequest &request)
{
    QJsonArray list;
    for (const SfObject &o : SalesforceSchema::objects())
        list.append(o.describeGlobalEntry(m_sf.version(request)));
    return SandboxResponse::json(200,
        QJsonObject {
            { u"encoding"_s, u"UTF-8"_s }, { u"maxBatchSize"_s, 200 }, { u"sobjects"_s, list } });
}

SandboxResponse SalesforceRestApi::sobjectInfo(const SandboxRequest &request)
{
    const SObjectTable *t = m_sf.table(request.param(u"object"_s));
    if (!t)
        return m_sf.notFoundResponse(request);
    QJsonArray recent;
    const int from = qMax(0, t->rowCount() - 3);
    for (int row = t->rowCount() - 1; row >= from; --row) {
        QByteArray json;
        m_sf.m_records->writeRecord(json, *t, row, {}, m_sf.version(request));
        recent.append(QJsonDocument::fromJson(json).object());
    }
    return SandboxResponse::json(200,
        QJsonObject { { u"objectDescribe"_s, t->def().describeGlobalEntry(m_sf.version(request)) },
            { u"recentItems"_s, recent } });
}

SandboxResponse SalesforceRestApi::describe(const SandboxRequest &request)
{
    const SObjectTable *t = m_sf.table(request.param(u"object"_s));
    if (!t)
        return m_sf.notFoundResponse(request);
    QJsonObject result = t->def().describe(m_sf.version(request));
    const QSet<QString> removed = m_sf.m_removedFields.value(t->def().name.toLower());
    if (!removed.isEmpty()) {
        QJsonArray fields;
        for (const QJsonValue &f : result.value(u"fields"_s).toArray()) {
            if (!removed.contains(f.toObject().value(u"name"_s).toString().toLower()))
                fields.append(f);
        }
        result.insert(u"fields"_s, fields);
    }
    return SandboxResponse::json(200, result);
}

QByteArray SalesforceRestApi::queryPage(const QString &version, const QString &locator,
    const Cursor &cursor, qsizetype offset, qsizetype totalSize) const
{
    const SObjectTable &t = *m_sf.table(cursor.object);
    const qsizetype end = qMin<qsizetype>(offset + cursor.batchSize, qsizetype(cursor.rows.size()));
    const bool done = end >= qsizetype(cursor.rows.size());
    QByteArray out;
    out.reserve((end - offset) * 400 + 200);
    out.append("{\"totalSize\":");
    out.append(QByteArray::number(totalSize));
    out.append(",\"done\":");
    out.append(done ? "true" : "false");
    if (!done) {
        out.append(",\"nextRecordsUrl\":\"/services/data/");
        out.append(version.toLatin1());
        out.append("/query/");
        out.append(locator.toLatin1());
        out.append('-');
        out.append(QByteArray::number(end));
        out.append('"');
    }
    out.append(",\"records\":[");
    for (qsizetype i = offset; i < end; ++i) {
        if (i > offset)
            out.append(',');
        m_sf.m_records->writeRecord(
            out, t, cursor.rows[size_t(i)], cursor.query->select(), version);
    }
    out.append("]}");
    return out;
}

// ---------------------------------------------------------------- query

SandboxResponse SalesforceRestApi::query(const SandboxRequest &request, bool all)
{
    const QString soql = request.query(u"q");
    if (soql.trimmed().isEmpty())
        return SalesforceEmulator::sfError(
            400, u"MALFORMED_QUERY"_s, u"A query string has to be specified"_s);
    QString code;
    QString message;
    std::shared_ptr<SoqlQuery> q(
        SoqlQuery::parse(soql, &code, &message, m_sf.now().toMSecsSinceEpoch()));
    if (!q)
        return SalesforceEmulator::sfError(400, code, message);
    SObjectTable &t = *m_sf.table(q->object()->name);
    Cursor cursor;
    cursor.object = t.def().name;
    cursor.query = q;
    cursor.rows = q->execute(t, all, m_sf.m_records->computedFn());
    const QString ver = m_sf.version(request);
    if (q->isCountOnly()) {
        return SandboxResponse::raw(200, kJsonType,
            "{\"totalSize\":" + QByteArray::number(qint64(cursor.rows.size()))
                + ",\"done\":true,\"records\":[]}");
    }
    if (q->isAggregate()) {
        QByteArray out = "{\"totalSize\":1,\"done\":true,\"records\":[{\"attributes\":{\"type\":"
                         "\"AggregateResult\"}";
        for (const SoqlSelectItem &it : q->select()) {
            const SfField &f = t.def().fields.at(it.field);
            qint64 n = 0;
            for (int row : cursor.rows)
                n += SoqlQuery::fieldText(t, row, f, m_sf.m_records->computedFn()).isEmpty() ? 0
                                                                                             : 1;
            out.append(",\"" + it.alias.toUtf8() + "\":" + QByteArray::number(n));
        }
        out.append("}]}");
        return SandboxResponse::raw(200, kJsonType, out);
    }
    int batch = 2000;
    const QByteArray opts = request.header("sforce-query-options");
    static const QRegularExpression batchRe(
        u"batchSize\\s*=\\s*(\\d+)"_s, QRegularExpression::CaseInsensitiveOption);
    const auto bm = batchRe.match(QString::fromLatin1(opts));
    if (bm.hasMatch())
        batch = std::clamp(bm.captured(1).toInt(), 200, 2000);
    cursor.batchSize = batch;
    QString locator;
    const qsizetype total = qsizetype(cursor.rows.size());
    if (total > batch) {
        locator = SObjectTable::makeId(u"01g"_s, ++m_sf.m_seq);
        m_sf.m_cursors.insert(locator, cursor);
        m_sf.m_cursorOrder.append(locator);
        while (m_sf.m_cursorOrder.size() > kMaxCursors)
            m_sf.m_cursors.remove(m_sf.m_cursorOrder.takeFirst());
    }
    return SandboxResponse::raw(200, kJsonType, queryPage(ver, locator, cursor, 0, total));
}

SandboxResponse SalesforceRestApi::queryMore(const SandboxRequest &request)
{
    const QString raw = request.param(u"locator"_s);
    const qsizetype dash = raw.lastIndexOf(u'-');
    const QString locator = dash < 0 ? raw : raw.left(dash);
    bool ok = dash >= 0;
    const qsizetype offset = dash < 0 ? 0 : raw.mid(dash + 1).toLongLong(&ok);
    const auto it = m_sf.m_cursors.constFind(locator);
    if (!ok || it == m_sf.m_cursors.constEnd() || offset < 0
        || offset >= qsizetype(it->rows.size()))
        return SalesforceEmulator::sfError(
            400, u"INVALID_QUERY_LOCATOR"_s, u"invalid query locator"_s);
    return SandboxResponse::raw(200, kJsonType,
        queryPage(m_sf.version(request), locator, it.value(), offset, qsizetype(it->rows.size())));
}

SandboxResponse SalesforceRestApi::createOne(const SandboxRequest &request, const Session &session)
{
    SObjectTable *t = m_sf.table(request.param(u"object"_s));
    if (!t)
        return m_sf.notFoundResponse(request);
    bool ok = false;
    const QJsonDocument doc = request.json(&ok);
    if (!ok || !doc.isObject())
        return SalesforceEmulator::sfError(
            400, u"JSON_PARSER_ERROR"_s, u"The request body is not a valid JSON object"_s);
    if (doc.object().contains(u"Id"_s) || doc.object().contains(u"id"_s))
        return SalesforceEmulator::sfError(400, u"INVALID_FIELD_FOR_INSERT_UPDATE"_s,
            u"Unable to create/update fields: Id. Please check the security settings of this field and verify that it is read/write for your Profile or Permission set."_s,
            { u"Id"_s });
    const SaveResult r
        = m_sf.m_records->saveCreate(*t, doc.object(), session.userRow, false, nullptr);
    if (!r.success) {
        const SaveError &e = r.errors.first();
        return SalesforceEmulator::sfError(400, e.code, e.message, e.fields);
    }
    SandboxResponse resp = SandboxResponse::json(201,
        QJsonObject { { u"id"_s, r.id }, { u"success"_s, true }, { u"errors"_s, QJsonArray {} } });
    resp.setHeader("Location",
        (u"/services/data/"_s + m_sf.version(request) + u"/sobjects/"_s + t->def().name + u"/"_s
            + r.id)
            .toLatin1());
    return resp;
}

std::optional<SandboxResponse> SalesforceRestApi::findLive(
    const SandboxRequest &request, SObjectTable **table, int *row)
{
    SObjectTable *t = m_sf.table(request.param(u"object"_s));
    if (!t)
        return m_sf.notFoundResponse(request);
    const int r = t->rowOf(request.param(u"id"_s));
    if (r < 0)
        return m_sf.notFoundResponse(request);
    if (t->record(r).deleted)
        return SalesforceEmulator::sfError(404, u"ENTITY_IS_DELETED"_s, u"entity is deleted"_s);
    *table = t;
    *row = r;
    return std::nullopt;
}

SandboxResponse SalesforceRestApi::retrieveOne(const SandboxRequest &request)
{
    SObjectTable *t = nullptr;
    int row = -1;
    if (auto error = findLive(request, &t, &row))
        return *error;
    QList<SoqlSelectItem> items;
    const QString fields = request.query(u"fields");
    if (!fields.isEmpty()) {
        const QStringList names = fields.split(u',', Qt::SkipEmptyParts);
        for (const QString &n : names) {
            SoqlSelectItem it;
            it.field = t->def().fieldIndex(n.trimmed());
            if (it.field < 0)
                return SalesforceEmulator::sfError(400, u"INVALID_FIELD"_s,
                    u"No such column '"_s + n.trimmed() + u"' on entity '"_s + t->def().name
                        + u"'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names."_s);
            items.append(it);
        }
    }
    QByteArray out;
    m_sf.m_records->writeRecord(out, *t, row, items, m_sf.version(request));
    return SandboxResponse::raw(200, kJsonType, out);
}

SandboxResponse SalesforceRestApi::updateOne(const SandboxRequest &request, const Session &session)
{
    SObjectTable *t = nullptr;
    int row = -1;
    if (auto error = findLive(request, &t, &row))
        return *error;
    bool ok = false;
    const QJsonDocument doc = request.json(&ok);
    if (!ok || !doc.isObject())
        return SalesforceEmulator::sfError(
            400, u"JSON_PARSER_ERROR"_s, u"The request body is not a valid JSON object"_s);
    Staged staged;
    QList<SaveError> errors;
    QJsonObject in = doc.object();
    in.remove(u"Id"_s);
    in.remove(u"id"_s);
    if (!m_sf.m_records->stage(*t, in, false, row, &staged, &errors))
        return SalesforceEmulator::sfError(
            400, errors.first().code, errors.first().message, errors.first().fields);
    m_sf.m_records->commitUpdate(*t, row, staged, session.userRow);
    return SandboxResponse::empty(204);
}

SandboxResponse SalesforceRestApi::deleteOne(const SandboxRequest &request)
{
    SObjectTable *t = nullptr;
    int row = -1;
    if (auto error = findLive(request, &t, &row))
        return *error;
    t->markDeleted(row, m_sf.now().toMSecsSinceEpoch());
    return SandboxResponse::empty(204);
}

SandboxResponse SalesforceRestApi::upsertOne(const SandboxRequest &request, const Session &session)
{
    SObjectTable *t = m_sf.table(request.param(u"object"_s));
    if (!t)
        return m_sf.notFoundResponse(request);
    const SfField *f = t->def().field(request.param(u"field"_s));
    if (!f || !(f->externalId || f->storage == SfStorage::Id))
        return m_sf.notFoundResponse(request);
    bool ok = false;
    const QJsonDocument doc
        = request.body.trimmed().isEmpty() ? QJsonDocument(QJsonObject {}) : request.json(&ok);
    if ((!ok && !request.body.trimmed().isEmpty()) || !doc.isObject())
        return SalesforceEmulator::sfError(
            400, u"JSON_PARSER_ERROR"_s, u"The request body is not a valid JSON object"_s);
    QString value = request.param(u"value"_s);
    if (f->storage != SfStorage::Id) {
        const QList<int> hits = t->findByExternal(f->slot, value);
        if (hits.size() > 1) {
            QJsonArray urls;
            for (int row : hits)
                urls.append(QString(u"/services/data/"_s + m_sf.version(request) + u"/sobjects/"_s
                    + t->def().name + u"/"_s + t->idOf(row)));
            return SandboxResponse::json(300, urls);
        }
        if (hits.isEmpty() && request.query(u"updateOnly") == u"true")
            return m_sf.notFoundResponse(request);
    }
    const SaveResult r
        = m_sf.m_records->saveUpsert(*t, f->name, value, doc.object(), session.userRow, false);
    if (!r.success) {
        const SaveError &e = r.errors.first();
        return SalesforceEmulator::sfError(
            e.code == u"NOT_FOUND" ? 404 : 400, e.code, e.message, e.fields);
    }
    static const QRegularExpression verRe(u"^v(\\d+)"_s);
    const int ver = verRe.match(m_sf.version(request)).captured(1).toInt();
    const QJsonObject body { { u"id"_s, r.id }, { u"success"_s, true },
        { u"errors"_s, QJsonArray {} }, { u"created"_s, r.created } };
    if (r.created)
        return SandboxResponse::json(201, body);
    if (ver < 46)
        return SandboxResponse::empty(204);
    return SandboxResponse::json(200, body);
}

} // namespace LeadBridge::Sandbox
