#include "core/sandbox/salesforce/SalesforceCollectionsApi.h"

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

std::optional<SandboxResponse> SalesforceCollectionsApi::readCollection(
    const SandboxRequest &request, CollectionInput *in)
{
    bool ok = false;
    const QJsonDocument doc = request.json(&ok);
    if (!ok || !doc.isObject())
        return SalesforceEmulator::sfError(
            400, u"JSON_PARSER_ERROR"_s, u"The request body is not a valid JSON object"_s);
    in->allOrNone = doc.object().value(u"allOrNone"_s).toBool(false);
    in->records = doc.object().value(u"records"_s).toArray();
    if (in->records.size() > kMaxCollection)
        return SalesforceEmulator::sfError(400, u"EXCEEDED_ID_LIMIT"_s,
            u"record limit reached. cannot submit more than 200 records into this call"_s);
    return std::nullopt;
}

void SalesforceCollectionsApi::rollBack(SaveResult &r)
{
    r.success = false;
    r.errors = { { u"ALL_OR_NONE_OPERATION_ROLLED_BACK"_s,
        u"Record rolled back because not all records were valid and the request was using AllOrNone header"_s,
        {} } };
}

SandboxResponse SalesforceCollectionsApi::writeAnswer(
    QList<Item> &items, bool allOrNone, bool upsert, const std::function<void(Item &)> &write)
{
    bool anyFailed = false;
    for (const Item &item : std::as_const(items))
        anyFailed = anyFailed || !item.r.success;
    QJsonArray out;
    for (Item &item : items) {
        SaveResult &r = item.r;
        if (allOrNone && anyFailed) {
            if (r.success) {
                rollBack(r);
                if (upsert)
                    r.id.clear();
            }
            if (upsert)
                r.created = true; // what a real org reports for rolled-back upserts
        } else if (r.success) {
            write(item);
        }
        out.append(SalesforceRecordStore::saveResultJson(r, upsert));
    }
    return SandboxResponse::json(200, out);
}

SandboxResponse SalesforceCollectionsApi::writeCollection(const SandboxRequest &request,
    bool upsert, const std::function<Item(const QJsonObject &)> &check,
    const std::function<void(Item &)> &write)
{
    CollectionInput in;
    if (auto error = readCollection(request, &in))
        return *error;
    QList<Item> items;
    for (const QJsonValue &v : in.records)
        items.append(check(v.toObject()));
    return writeAnswer(items, in.allOrNone, upsert, write);
}

SandboxResponse SalesforceCollectionsApi::collectionCreate(
    const SandboxRequest &request, const Session &session)
{
    const auto check = [this, &session](const QJsonObject &rec) {
        Item item;
        const QString type = rec.value(u"attributes"_s).toObject().value(u"type"_s).toString();
        item.t = m_sf.table(type);
        item.rec = rec;
        if (type.isEmpty() || !item.t) {
            item.r.errors.append({ u"INVALID_TYPE"_s,
                type.isEmpty() ? u"Must send a concrete entity type."_s
                               : u"sObject type '"_s + type + u"' is not supported."_s,
                {} });
        } else if (rec.contains(u"id"_s) || rec.contains(u"Id"_s)) {
            item.r.errors.append(
                { u"INVALID_FIELD"_s, u"cannot specify Id in an insert call"_s, { u"Id"_s } });
        } else {
            item.r = m_sf.m_records->saveCreate(*item.t, rec, session.userRow, true, nullptr);
        }
        return item;
    };
    return writeCollection(request, false, check, [this, &session](Item &item) {
        item.r = m_sf.m_records->saveCreate(*item.t, item.rec, session.userRow, false, nullptr);
    });
}

SandboxResponse SalesforceCollectionsApi::collectionUpdate(
    const SandboxRequest &request, const Session &session)
{
    const auto check = [this](QJsonObject rec) {
        Item item;
        const QString type = rec.value(u"attributes"_s).toObject().value(u"type"_s).toString();
        const QString id
            = rec.contains(u"id"_s) ? rec.value(u"id"_s).toString() : rec.value(u"Id"_s).toString();
        rec.remove(u"id"_s);
        rec.remove(u"Id"_s);
        item.t = m_sf.table(type);
        if (type.isEmpty() || !item.t) {
            item.r.errors.append({ u"INVALID_TYPE"_s, u"Must send a concrete entity type."_s, {} });
        } else if (id.isEmpty()) {
            item.r.errors.append(
                { u"MISSING_ARGUMENT"_s, u"Id not specified in an update call"_s, {} });
        } else if ((item.row = item.t->rowOf(id)) < 0) {
            item.r.id = id;
            item.r.errors.append({ u"MALFORMED_ID"_s, u"Id: invalid id "_s + id, { u"Id"_s } });
        } else if (item.t->record(item.row).deleted) {
            item.r.id = id;
            item.r.errors.append({ u"ENTITY_IS_DELETED"_s, u"entity is deleted"_s, {} });
        } else if (m_sf.m_records->stage(
                       *item.t, rec, false, item.row, &item.staged, &item.r.errors)) {
            item.r.success = true;
            item.r.id = item.t->idOf(item.row);
        } else {
            item.r.id = item.t->idOf(item.row);
        }
        return item;
    };
    return writeCollection(request, false, check, [this, &session](Item &item) {
        m_sf.m_records->commitUpdate(*item.t, item.row, item.staged, session.userRow);
    });
}

SandboxResponse SalesforceCollectionsApi::collectionUpsert(
    const SandboxRequest &request, const Session &session)
{
    SObjectTable *t = m_sf.table(request.param(u"object"_s));
    if (!t)
        return m_sf.notFoundResponse(request);
    const SfField *f = t->def().field(request.param(u"field"_s));
    if (!f || !(f->externalId || f->storage == SfStorage::Id))
        return SalesforceEmulator::sfError(400, u"INVALID_FIELD"_s,
            u"Field name provided, "_s + request.param(u"field"_s)
                + u" is not an External ID or indexed field for "_s + t->def().name);
    const auto check = [this, &session, t, f](const QJsonObject &rec) {
        Item item;
        item.rec = rec;
        for (auto it = rec.begin(); it != rec.end(); ++it) {
            if (it.key().compare(f->name, Qt::CaseInsensitive) == 0)
                item.value = jsonValueText(it.value());
        }
        const QString type = rec.value(u"attributes"_s).toObject().value(u"type"_s).toString();
        if (!type.isEmpty() && type.compare(t->def().name, Qt::CaseInsensitive) != 0) {
            item.r.errors.append(
                { u"INVALID_TYPE"_s, u"Record type does not match the URL: "_s + type, {} });
        } else if (item.value.isEmpty() && f->storage != SfStorage::Id) {
            item.r.errors.append(
                { u"MISSING_ARGUMENT"_s, f->name + u" not specified"_s, { f->name } });
        } else {
            item.r
                = m_sf.m_records->saveUpsert(*t, f->name, item.value, rec, session.userRow, true);
        }
        return item;
    };
    return writeCollection(request, true, check, [this, &session, t, f](Item &item) {
        item.r
            = m_sf.m_records->saveUpsert(*t, f->name, item.value, item.rec, session.userRow, false);
    });
}

SandboxResponse SalesforceCollectionsApi::collectionDelete(const SandboxRequest &request)
{
    const QStringList ids = request.query(u"ids").split(u',', Qt::SkipEmptyParts);
    if (ids.isEmpty())
        return SalesforceEmulator::sfError(
            400, u"MISSING_ARGUMENT"_s, u"ids parameter is required"_s);
    if (ids.size() > kMaxCollection)
        return SalesforceEmulator::sfError(400, u"EXCEEDED_ID_LIMIT"_s,
            u"record limit reached. cannot submit more than 200 records into this call"_s);
    const bool allOrNone = request.query(u"allOrNone") == u"true";
    QList<Item> items;
    for (const QString &id : ids) {
        Item item;
        item.r.id = id;
        for (auto &t : m_sf.m_tables) {
            const int row = t->rowOf(id);
            if (row >= 0) {
                item.t = t.get();
                item.row = row;
                break;
            }
        }
        if (!item.t) {
            item.r.id.clear();
            item.r.errors.append({ u"MALFORMED_ID"_s, u"malformed id "_s + id, {} });
        } else if (item.t->record(item.row).deleted) {
            item.r.errors.append({ u"ENTITY_IS_DELETED"_s, u"entity is deleted"_s, {} });
        } else {
            item.r.id = item.t->idOf(item.row);
            item.r.success = true;
        }
        items.append(item);
    }
    return writeAnswer(items, allOrNone, false,
        [this](Item &item) { item.t->markDeleted(item.row, m_sf.now().toMSecsSinceEpoch()); });
}

SandboxResponse SalesforceCollectionsApi::collectionRetrieve(const SandboxRequest &request)
{
    SObjectTable *t = m_sf.table(request.param(u"object"_s));
    if (!t)
        return m_sf.notFoundResponse(request);
    QStringList ids;
    QStringList fields;
    if (request.method == "POST") {
        bool ok = false;
        const QJsonObject o = request.json(&ok).object();
        if (!ok)
            return SalesforceEmulator::sfError(
                400, u"JSON_PARSER_ERROR"_s, u"The request body is not a valid JSON object"_s);
        for (const QJsonValue &v : o.value(u"ids"_s).toArray())
            ids.append(v.toString());
        for (const QJsonValue &v : o.value(u"fields"_s).toArray())
            fields.append(v.toString());
    } else {
        ids = request.query(u"ids").split(u',', Qt::SkipEmptyParts);
        fields = request.query(u"fields").split(u',', Qt::SkipEmptyParts);
    }
    if (ids.isEmpty() || fields.isEmpty())
        return SalesforceEmulator::sfError(
            400, u"MISSING_ARGUMENT"_s, u"ids and fields are required"_s);
    if (ids.size() > 2000)
        return SalesforceEmulator::sfError(
            400, u"EXCEEDED_ID_LIMIT"_s, u"Too many ids requested"_s);
    QList<SoqlSelectItem> items;
    for (const QString &n : std::as_const(fields)) {
        SoqlSelectItem it;
        it.field = t->def().fieldIndex(n.trimmed());
        if (it.field < 0)
            return SalesforceEmulator::sfError(400, u"INVALID_FIELD"_s,
                u"No such column '"_s + n + u"' on entity '"_s + t->def().name + u"'"_s);
        items.append(it);
    }
    QByteArray out = "[";
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            out.append(',');
        const int row = t->rowOf(ids.at(i));
        if (row < 0 || t->record(row).deleted)
            out.append("null");
        else
            m_sf.m_records->writeRecord(out, *t, row, items, m_sf.version(request));
    }
    out.append(']');
    return SandboxResponse::raw(200, kJsonType, out);
}

} // namespace LeadBridge::Sandbox
