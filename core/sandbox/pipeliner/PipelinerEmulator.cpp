#include "core/sandbox/pipeliner/PipelinerEmulator.h"

#include "core/sandbox/pipeliner/PipelinerListApi.h"
#include "core/sandbox/pipeliner/PipelinerWire.h"

#include "core/util/WholeNumber.h"
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace LeadBridge::Sandbox {

using namespace PipelinerWire;

PipelinerEmulator::PipelinerEmulator(QObject *parent)
    : Emulator(u"pipeliner"_s, parent)
    , m_spaceId(defaultSpaceId())
{
    m_list = std::make_unique<PipelinerListApi>(*this);
    setCredentials(defaultApiToken(), defaultApiSecret());
    m_tables.insert(u"Contacts"_s, PipelinerTable(u"email1"_s));
    m_tables.insert(u"Leads"_s, PipelinerTable(u"quick_email"_s));
    m_tables.insert(u"Accounts"_s, PipelinerTable(u"email1"_s));
    m_tables.insert(u"Clients"_s, PipelinerTable(u"email"_s));
    m_defaultUnitId = u"00000000-0000-0000-0001-000000000001"_s;
    for (const QString &c : PipelinerSchema::collections())
        registerEntityRoutes(c);
    // Any other entity name: the documented 2006 ERROR_UNKNOWN_TYPE.
    auto unknownType = [](const SandboxRequest &r) {
        return errorResponse(404, 2006, u"ERROR_UNKNOWN_TYPE"_s,
            u"cannot determine entity type from %1"_s.arg(r.param(u"entity"_s)));
    };
    addRoute("*", kApiPrefix + u"{entity}"_s, u"entities.unknown"_s, unknownType);
    addRoute("*", kApiPrefix + u"{entity}/{id}"_s, u"entities.unknown"_s, unknownType);
}

PipelinerEmulator::~PipelinerEmulator() = default;

QString PipelinerEmulator::defaultSpaceId()
{
    return u"leadbridge_demo"_s;
}

QString PipelinerEmulator::defaultApiToken()
{
    return u"lb_demo_api_token"_s;
}

QString PipelinerEmulator::defaultApiSecret()
{
    return u"lb_demo_api_secret"_s;
}

void PipelinerEmulator::setCredentials(const QString &apiToken, const QString &apiSecret)
{
    m_apiToken = apiToken;
    m_apiSecret = apiSecret;
}

QString PipelinerEmulator::apiBase() const
{
    return baseUrl().toString() + u"/api/v100/rest/spaces/"_s + m_spaceId;
}

QString PipelinerEmulator::relationUrl(const QString &collection, const QString &id) const
{
    return apiBase() + u"/entities/"_s + collection + u'/' + id;
}

PipelinerTable *PipelinerEmulator::table(const QString &collection)
{
    auto it = m_tables.find(collection);
    return it == m_tables.end() ? nullptr : &*it;
}

const PipelinerTable *PipelinerEmulator::table(const QString &collection) const
{
    auto it = m_tables.constFind(collection);
    return it == m_tables.constEnd() ? nullptr : &*it;
}

QString PipelinerEmulator::nextId()
{
    // Time-ordered like Pipeliner's uuids: id order == creation order.
    const QString hex = u"0190"_s + u"%1"_s.arg(++m_sequence, 28, 16, QLatin1Char('0'));
    return hex.left(8) + u'-' + hex.mid(8, 4) + u'-' + hex.mid(12, 4) + u'-' + hex.mid(16, 4) + u'-'
        + hex.mid(20);
}

QString PipelinerEmulator::timestamp() const
{
    return formatTs(now());
}

QJsonObject PipelinerEmulator::record(const QString &collection, const QString &id) const
{
    const PipelinerTable *t = table(collection);
    const QJsonObject *rec = t ? t->find(id) : nullptr;
    return rec ? *rec : QJsonObject {};
}

qsizetype PipelinerEmulator::recordCount(const QString &collection) const
{
    if (collection == u"Fields"_s)
        return m_schema.allFields().size();
    const PipelinerTable *t = table(collection);
    return t ? t->size() : 0;
}

QList<QJsonObject> PipelinerEmulator::fieldRecords() const
{
    QList<QJsonObject> out;
    const QString ts = formatTs(QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC));
    for (const PipelinerField &f : m_schema.allFields())
        out.append(m_schema.toRecord(f, ts));
    return out;
}

void PipelinerEmulator::registerEntityRoutes(const QString &collection)
{
    const QString base = kApiPrefix + collection;
    const QString ep = collection.toLower();
    const bool readOnly = collection == u"Clients"_s;
    const bool fields = collection == u"Fields"_s;
    auto nope = [](const SandboxRequest &r) { return methodNotAllowed(r); };

    addRoute("GET", base, ep + u".list"_s,
        [this, collection](const SandboxRequest &r) { return m_list->list(r, collection); });
    if (fields) {
        addRoute("POST", base, ep + u".create"_s,
            [this](const SandboxRequest &r) { return createField(r); });
    } else if (!readOnly) {
        addRoute("POST", base, ep + u".create"_s,
            [this, collection](const SandboxRequest &r) { return create(r, collection); });
        addRoute("POST", base + u"/batch-modify"_s, ep + u".batchModify"_s,
            [this, collection](const SandboxRequest &r) { return batchModify(r, collection); });
        addRoute("POST", base + u"/batch-delete"_s, ep + u".batchDelete"_s,
            [this, collection](
                const SandboxRequest &r) { return batchDelete(r, collection, false); });
        addRoute("POST", base + u"/batch-restore"_s, ep + u".batchRestore"_s,
            [this, collection](
                const SandboxRequest &r) { return batchDelete(r, collection, true); });
    }
    addRoute("GET", base + u"/{id}"_s, ep + u".get"_s,
        [this, collection](const SandboxRequest &r) { return getOne(r, collection); });
    if (!readOnly && !fields) {
        addRoute("PATCH", base + u"/{id}"_s, ep + u".update"_s,
            [this, collection](const SandboxRequest &r) { return update(r, collection); });
        addRoute("DELETE", base + u"/{id}"_s, ep + u".delete"_s,
            [this, collection](const SandboxRequest &r) { return remove(r, collection); });
    }
    addRoute("*", base, ep + u".methodNotAllowed"_s, nope);
    addRoute("*", base + u"/{id}"_s, ep + u".methodNotAllowed"_s, nope);
}

// ---------------------------------------------------------------- faults, auth

SandboxResponse PipelinerEmulator::rateLimitResponse(const SandboxRequest &)
{
    int retryAfter = 1;
    if (m_callsPerMinute > 0 && !m_recentCalls.isEmpty()) {
        const qint64 waitMs = m_recentCalls.first() + 60000 - limitClockMs();
        retryAfter = int(std::max<qint64>(1, (waitMs + 999) / 1000));
    }
    return errorResponse(429, 429, u"ERROR_TOO_MANY_REQUESTS"_s,
        u"Too many requests. Retry after %1 seconds."_s.arg(retryAfter))
        .setHeader("Retry-After", QByteArray::number(retryAfter));
}

SandboxResponse PipelinerEmulator::serverErrorResponse(const SandboxRequest &)
{
    return errorResponse(500, 500, u"ERROR_INTERNAL_SERVER_ERROR"_s, u"Internal server error."_s);
}

SandboxResponse PipelinerEmulator::notFoundResponse(const SandboxRequest &)
{
    // Framework-level 404 for routes outside the API (documented shape, B6).
    return SandboxResponse::json(404,
        QJsonObject { { u"status"_s, 404 },
            { u"message"_s,
                u"The requested URL was not found on the server. If you entered the URL "
                "manually please check your spelling and try again."_s },
            { u"errorcode"_s, QJsonValue() }, { u"traceback"_s, QJsonValue() } });
}

QJsonObject PipelinerEmulator::limitUsage() const
{
    qint64 inWindow = 0;
    const qint64 cutoff = limitClockMs() - 60000;
    for (qint64 t : m_recentCalls)
        inWindow += t > cutoff ? 1 : 0;
    return QJsonObject { { u"callsUsed"_s, m_callsUsed }, { u"authFailures"_s, m_authFailures },
        { u"callsPerMinuteMax"_s, m_callsPerMinute }, { u"callsLastMinute"_s, inWindow },
        { u"pageSizeMax"_s, kMaxPageSize } };
}

std::optional<SandboxResponse> PipelinerEmulator::beforeRoute(
    const SandboxRequest &request, const QString &)
{
    ++m_callsUsed;
    const QByteArray auth = request.header("Authorization").trimmed();
    bool authorised = false;
    if (auth.size() > 6 && auth.left(6).toLower() == "basic ") {
        const auto decoded = QByteArray::fromBase64Encoding(
            auth.mid(6).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
        if (decoded) {
            const QString pair = QString::fromUtf8(*decoded);
            const qsizetype colon = pair.indexOf(u':');
            authorised
                = colon > 0 && pair.left(colon) == m_apiToken && pair.mid(colon + 1) == m_apiSecret;
        }
    }
    if (!authorised) {
        ++m_authFailures;
        return errorResponse(401, 401, u"ERROR_UNAUTHORIZED"_s,
            u"Authentication failed: invalid API token or API password."_s)
            // Challenge as Pipeliner sends it (developers.pipelinersales.com, Authentication /
            // getting started: Basic realm="restapi").
            .setHeader("WWW-Authenticate", "Basic realm=\"restapi\"");
    }
    if (request.param(u"space"_s) != m_spaceId) {
        return errorResponse(404, 404, u"ERROR_SPACE_NOT_FOUND"_s,
            u"Space '%1' does not exist or is not accessible with this API key."_s.arg(
                request.param(u"space"_s)));
    }
    if (m_callsPerMinute > 0) {
        const qint64 nowMs = limitClockMs();
        while (!m_recentCalls.isEmpty() && m_recentCalls.first() <= nowMs - 60000)
            m_recentCalls.removeFirst();
        if (m_recentCalls.size() >= m_callsPerMinute)
            return rateLimitResponse(request);
        m_recentCalls.append(nowMs);
    }
    return std::nullopt;
}

// ---------------------------------------------------------------- presentation

QJsonObject PipelinerEmulator::present(const QString &collection, const QJsonObject &stored,
    const QStringList &expand, const QStringList &loadOnly) const
{
    const QString entity = PipelinerSchema::entityNameFor(collection);
    if (collection == u"Fields"_s) {
        if (loadOnly.isEmpty())
            return stored;
        QJsonObject out;
        for (const QString &f : loadOnly)
            out.insert(f, stored.value(f));
        return out;
    }
    QJsonObject out;
    const QList<PipelinerField> defs = m_schema.fields(entity);
    for (const PipelinerField &def : defs) {
        QJsonValue v = stored.value(def.apiName);
        if (v.isUndefined()) {
            if (def.type == u"relation_list"_s || def.type == u"list"_s)
                v = QJsonArray();
            else if (def.type == u"checkbox"_s)
                v = false;
            else
                v = QJsonValue();
        }
        if (def.type == u"relation_list"_s) {
            const QString key = relationKey(def.apiName);
            const QString urlKey = key.chopped(3);
            const bool exp = expand.contains(def.apiName + u'.' + urlKey);
            QJsonArray rels;
            for (const QJsonValue &relValue : v.toArray()) {
                QJsonObject rel = relValue.toObject();
                const QString target = rel.value(key).toString();
                const PipelinerTable *t = table(def.relation);
                const QJsonObject *tr = t ? t->find(target) : nullptr;
                if (exp && tr)
                    rel.insert(urlKey, present(def.relation, *tr, {}, {}));
                else
                    rel.insert(urlKey, relationUrl(def.relation, target));
                rels.append(rel);
            }
            v = rels;
        }
        out.insert(def.apiName, v);
        if (def.type == u"uuid"_s && !def.relation.isEmpty() && def.apiName.endsWith(u"_id"_s)) {
            const QString urlKey = def.apiName.chopped(3);
            const QString target = v.toString();
            if (target.isEmpty()) {
                out.insert(urlKey, QJsonValue());
            } else if (expand.contains(urlKey)) {
                const PipelinerTable *t = table(def.relation);
                const QJsonObject *tr = t ? t->find(target) : nullptr;
                out.insert(urlKey,
                    tr ? QJsonValue(present(def.relation, *tr, {}, {}))
                       : QJsonValue(relationUrl(def.relation, target)));
            } else {
                out.insert(urlKey, relationUrl(def.relation, target));
            }
        }
    }
    if (loadOnly.isEmpty())
        return out;
    QJsonObject selected;
    for (const QString &f : loadOnly) {
        const qsizetype dot = f.indexOf(u'.');
        if (dot < 0) {
            selected.insert(f, out.value(f));
            continue;
        }
        // "owner.id": the related object with only the requested sub-fields.
        const QString rel = f.left(dot);
        const QString sub = f.mid(dot + 1);
        QJsonObject nested = selected.value(rel).toObject();
        const PipelinerField *def = m_schema.field(entity, rel + u"_id"_s);
        const QString targetId = out.value(rel + u"_id"_s).toString();
        const PipelinerTable *t = def ? table(def->relation) : nullptr;
        const QJsonObject *tr = t ? t->find(targetId) : nullptr;
        if (sub == u"id"_s)
            nested.insert(sub, targetId.isEmpty() ? QJsonValue() : QJsonValue(targetId));
        else
            nested.insert(sub, tr ? tr->value(sub) : QJsonValue());
        selected.insert(rel, targetId.isEmpty() ? QJsonValue() : QJsonValue(nested));
    }
    return selected;
}

// ---------------------------------------------------------------- get / write

SandboxResponse PipelinerEmulator::getOne(const SandboxRequest &r, const QString &collection)
{
    const QString id = r.param(u"id"_s);
    const QString entity = PipelinerSchema::entityNameFor(collection);
    const QStringList loadOnly = splitList(r.query(u"load-only"));
    const QStringList expand = splitList(r.query(u"expand"));
    if (collection == u"Fields"_s) {
        const QList<QJsonObject> rows = fieldRecords();
        for (const QJsonObject &rec : rows) {
            if (rec.value(u"id").toString() == id)
                return SandboxResponse::json(200,
                    QJsonObject { { u"success"_s, true },
                        { u"data"_s, present(collection, rec, {}, loadOnly) } });
        }
        return SandboxResponse::json(404, notFoundBody(entity, id));
    }
    const QJsonObject *rec = table(collection)->find(id);
    const QString inc = r.query(u"include-deleted").toLower();
    if (!rec || (rec->value(u"is_deleted").toBool() && inc != u"true"_s && inc != u"1"_s))
        return SandboxResponse::json(404, notFoundBody(entity, id));
    return SandboxResponse::json(200,
        QJsonObject {
            { u"success"_s, true }, { u"data"_s, present(collection, *rec, expand, loadOnly) } });
}

PipelinerEmulator::Validation PipelinerEmulator::validate(
    const QString &collection, const QJsonObject &body, const QJsonObject *existing) const
{
    Validation v;
    const QString entity = PipelinerSchema::entityNameFor(collection);
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString &key = it.key();
        const QJsonValue &value = it.value();
        const PipelinerField *def = m_schema.field(entity, key);
        if (!def) {
            // Relation URL forms ("owner", "primary_account") are output only: ignored.
            const PipelinerField *rel = m_schema.field(entity, key + u"_id"_s);
            if (rel && !rel->relation.isEmpty())
                continue;
            v.entityErrors.append(
                QJsonObject { { u"code"_s, 117 }, { u"name"_s, u"ERROR_PARAMETER_INVALID"_s },
                    { u"message"_s, u"Unknown field '%1' on entity %2."_s.arg(key, entity) } });
            continue;
        }
        if (def->readOnly || value.isNull())
            continue;
        const QString &type = def->type;
        bool ok = true;
        QString why;
        if (type == u"input"_s || type == u"text_area"_s) {
            ok = value.isString();
        } else if (type == u"integer"_s) {
            ok = value.isDouble() && wholeNumber(value.toDouble()).has_value();
        } else if (type == u"float"_s) {
            ok = value.isDouble();
        } else if (type == u"checkbox"_s) {
            ok = value.isBool();
        } else if (type == u"datetime"_s || type == u"date"_s) {
            ok = value.isString() && parseTs(value.toString()).isValid();
        } else if (type == u"list"_s) {
            ok = value.isArray();
        } else if (type == u"uuid"_s) {
            ok = value.isString();
            if (ok && !def->relation.isEmpty()) {
                const PipelinerTable *t = table(def->relation);
                const QJsonObject *target = t ? t->find(value.toString()) : nullptr;
                if (!target || target->value(u"is_deleted").toBool()) {
                    ok = false;
                    why = u"Related %1 with id '%2' does not exist."_s.arg(
                        PipelinerSchema::entityNameFor(def->relation), value.toString());
                }
            }
        } else if (type == u"relation_list"_s) {
            ok = value.isArray();
            const QString rk = relationKey(key);
            const PipelinerTable *t = table(def->relation);
            for (const QJsonValue &item : value.toArray()) {
                const QString target = item.toObject().value(rk).toString();
                const QJsonObject *rec = t ? t->find(target) : nullptr;
                if (!item.isObject() || !rec || rec->value(u"is_deleted").toBool()) {
                    ok = false;
                    why = u"Each item of '%1' needs an existing '%2'; '%3' does not exist."_s.arg(
                        key, rk, target);
                    break;
                }
            }
        }
        if (!ok) {
            if (why.isEmpty())
                why = u"Invalid value for field '%1' of type %2."_s.arg(key, type);
            v.fieldErrors.append(invalidError(*def, why));
        }
    }
    // Required fields: on create when absent, on update when cleared.
    auto cleared = [&](const QString &name) {
        if (body.contains(name))
            return isEmptyValue(body.value(name));
        return existing ? isEmptyValue(existing->value(name)) : true;
    };
    for (const PipelinerField &def : m_schema.fields(entity)) {
        if (def.required && !def.readOnly && cleared(def.apiName))
            v.fieldErrors.append(missingError(def));
    }
    if (entity == u"Contact"_s && cleared(u"first_name"_s) && cleared(u"last_name"_s)) {
        for (const QString &n : { u"first_name"_s, u"last_name"_s }) {
            v.fieldErrors.append(
                fieldError(*m_schema.field(entity, n), 119, u"ERROR_PARAMETER_MISSING"_s,
                    u"Contact needs first_name or last_name; both are null or empty."_s));
        }
    }
    return v;
}

QJsonObject PipelinerEmulator::validationError(const QString &collection, const QString &entityId,
    const Validation &v, const QJsonValue &entityIndex) const
{
    QString message;
    for (const QJsonValue &e : v.entityErrors)
        message += u'\n' + e.toObject().value(u"message").toString();
    for (const QJsonValue &fe : v.fieldErrors) {
        for (const QJsonValue &e : fe.toObject().value(u"errors").toArray())
            message += u'\n' + e.toObject().value(u"message").toString();
    }
    return QJsonObject { { u"code"_s, 40000 }, { u"name"_s, u"ERROR_ENTITY_VALIDATION"_s },
        { u"message"_s, message }, { u"entity_id"_s, entityId },
        { u"entity_name"_s, PipelinerSchema::entityNameFor(collection) },
        { u"entity_errors"_s, v.entityErrors }, { u"field_errors"_s, v.fieldErrors },
        { u"step_checklist_errors"_s, QJsonArray() }, { u"entity_index"_s, entityIndex },
        { u"http_status"_s, 422 }, { u"success"_s, false } };
}

QJsonObject PipelinerEmulator::apply(const QString &collection, const QJsonObject &body,
    const QJsonObject *existing, const QString &newId)
{
    const QString entity = PipelinerSchema::entityNameFor(collection);
    const QString ts = timestamp();
    QJsonObject rec;
    if (existing) {
        rec = *existing;
    } else {
        rec.insert(u"id"_s, newId);
        rec.insert(u"is_deleted"_s, false);
        rec.insert(u"created"_s, ts);
        rec.insert(u"revision"_s, 0);
        rec.insert(u"unit_id"_s, m_defaultUnitId);
        // createLeadInput requires only "name" (OpenAPI); a Lead created without owner_id
        // is owned by the API user. Which user Pipeliner picks is not documented: the
        // emulator uses the first Client of the space (assumption).
        if (!body.contains(u"owner_id"_s) && m_schema.field(entity, u"owner_id"_s)
            && !m_apiUserId.isEmpty())
            rec.insert(u"owner_id"_s, m_apiUserId);
    }
    for (auto it = body.begin(); it != body.end(); ++it) {
        const PipelinerField *def = m_schema.field(entity, it.key());
        if (!def || def->readOnly)
            continue;
        QJsonValue value = it.value();
        if ((def->type == u"datetime"_s || def->type == u"date"_s) && value.isString())
            value = formatTs(parseTs(value.toString()));
        if (def->type == u"relation_list"_s) {
            QJsonArray rels;
            bool anyPrimary = false;
            for (const QJsonValue &item : value.toArray())
                anyPrimary = anyPrimary || item.toObject().value(u"is_primary").toBool();
            for (const QJsonValue &item : value.toArray()) {
                QJsonObject rel = item.toObject();
                if (rel.value(u"id").toString().isEmpty())
                    rel.insert(u"id"_s, nextId());
                if (!rel.value(u"is_primary").isBool())
                    rel.insert(u"is_primary"_s, !anyPrimary && rels.isEmpty());
                rels.append(rel);
            }
            value = rels;
        }
        rec.insert(it.key(), value);
    }
    // Keep the primary_*_id shortcut and the relation list in step.
    auto syncPrimary = [&](const QString &listField, const QString &primaryField) {
        if (!m_schema.field(entity, listField) || !m_schema.field(entity, primaryField))
            return;
        const QString key = relationKey(listField);
        QJsonArray rels = rec.value(listField).toArray();
        if (body.contains(primaryField) && !body.contains(listField)) {
            const QString target = body.value(primaryField).toString();
            bool found = false;
            for (qsizetype i = 0; i < rels.size(); ++i) {
                QJsonObject rel = rels.at(i).toObject();
                const bool mine = rel.value(key).toString() == target;
                found = found || mine;
                rel.insert(u"is_primary"_s, mine);
                rels.replace(i, rel);
            }
            if (!found && !target.isEmpty())
                rels.append(QJsonObject {
                    { u"id"_s, nextId() }, { key, target }, { u"is_primary"_s, true } });
            rec.insert(listField, rels);
        } else if (body.contains(listField)) {
            QJsonValue primary;
            for (const QJsonValue &rel : std::as_const(rels)) {
                if (rel.toObject().value(u"is_primary").toBool())
                    primary = rel.toObject().value(key);
            }
            rec.insert(primaryField, primary);
        }
    };
    syncPrimary(u"contact_relations"_s, u"primary_contact_id"_s);
    syncPrimary(u"account_relations"_s, u"primary_account_id"_s);

    if (entity == u"Contact"_s) {
        QStringList parts;
        for (const QString &n : { u"first_name"_s, u"middle_name"_s, u"last_name"_s }) {
            const QString p = rec.value(n).toString().trimmed();
            if (!p.isEmpty())
                parts.append(p);
        }
        rec.insert(u"formatted_name"_s, parts.join(u' '));
    } else if (m_schema.field(entity, u"name"_s)) {
        rec.insert(u"formatted_name"_s, rec.value(u"name"));
    }
    rec.insert(u"modified"_s, ts);
    rec.insert(u"revision"_s, rec.value(u"revision").toInt() + 1);
    table(collection)->put(rec);
    return rec;
}

SandboxResponse PipelinerEmulator::store(const QString &collection, const QJsonObject &body,
    const QJsonObject *existing, const QString &id, int status)
{
    const Validation v = validate(collection, body, existing);
    if (!v.ok())
        return SandboxResponse::json(422, validationError(collection, id, v, QJsonValue()));
    const QJsonObject stored = apply(collection, body, existing, id);
    return SandboxResponse::json(status,
        QJsonObject { { u"success"_s, true }, { u"data"_s, present(collection, stored, {}, {}) } });
}

SandboxResponse PipelinerEmulator::create(const SandboxRequest &r, const QString &collection)
{
    bool ok = false;
    const QJsonDocument doc = r.json(&ok);
    if (!ok || !doc.isObject())
        return invalidJson();
    const QString id = nextId();
    return store(collection, doc.object(), nullptr, id, 201);
}

SandboxResponse PipelinerEmulator::update(const SandboxRequest &r, const QString &collection)
{
    const QString id = r.param(u"id"_s);
    const QJsonObject *rec = table(collection)->find(id);
    if (!rec || rec->value(u"is_deleted").toBool())
        return SandboxResponse::json(
            404, notFoundBody(PipelinerSchema::entityNameFor(collection), id));
    bool ok = false;
    const QJsonDocument doc = r.json(&ok);
    if (!ok || !doc.isObject())
        return invalidJson();
    return store(collection, doc.object(), rec, id, 200);
}

SandboxResponse PipelinerEmulator::remove(const SandboxRequest &r, const QString &collection)
{
    const QString id = r.param(u"id"_s);
    PipelinerTable *t = table(collection);
    const QJsonObject *rec = t->find(id);
    if (!rec || rec->value(u"is_deleted").toBool())
        return SandboxResponse::json(
            404, notFoundBody(PipelinerSchema::entityNameFor(collection), id));
    QJsonObject copy = *rec;
    copy.insert(u"is_deleted"_s, true);
    copy.insert(u"modified"_s, timestamp());
    copy.insert(u"revision"_s, copy.value(u"revision").toInt() + 1);
    t->put(copy);
    return SandboxResponse::json(200, QJsonObject { { u"success"_s, true }, { u"data"_s, id } });
}

SandboxResponse PipelinerEmulator::batchModify(const SandboxRequest &r, const QString &collection)
{
    bool ok = false;
    const QJsonDocument doc = r.json(&ok);
    if (!ok || !doc.isArray())
        return invalidJson();
    const bool rollbackAll = r.query(u"rollback-method", u"0"_s).trimmed() != u"1"_s;
    const QString entity = PipelinerSchema::entityNameFor(collection);
    PipelinerTable *t = table(collection);
    const QJsonArray items = doc.array();

    struct Planned
    {
        QJsonObject body;
        QString id;
        bool isUpdate = false;
        QJsonObject error; ///< empty when valid
    };
    QList<Planned> plan;
    qsizetype firstError = -1;
    for (qsizetype i = 0; i < items.size(); ++i) {
        Planned p;
        if (!items.at(i).isObject()) {
            p.error = errorBody(
                400, 117, u"ERROR_PARAMETER_INVALID"_s, u"Item %1 is not a JSON object."_s.arg(i));
            p.error.insert(u"entity_index"_s, i);
        } else {
            p.body = items.at(i).toObject();
            p.id = p.body.value(u"id").toString();
            p.isUpdate = !p.id.isEmpty();
            const QJsonObject *existing = p.isUpdate ? t->find(p.id) : nullptr;
            if (p.isUpdate && (!existing || existing->value(u"is_deleted").toBool())) {
                p.error = notFoundBody(entity, p.id);
                p.error.insert(u"entity_index"_s, i);
            } else {
                if (!p.isUpdate)
                    p.id = nextId();
                const Validation v = validate(collection, p.body, existing);
                if (!v.ok())
                    p.error = validationError(collection, p.id, v, i);
            }
        }
        if (!p.error.isEmpty() && firstError < 0)
            firstError = i;
        plan.append(p);
    }
    if (rollbackAll && firstError >= 0) {
        const QJsonObject &e = plan.at(firstError).error;
        return SandboxResponse::json(e.value(u"http_status").toInt(422), e);
    }
    QJsonArray data;
    for (const Planned &p : std::as_const(plan)) {
        if (!p.error.isEmpty()) {
            data.append(p.error);
            continue;
        }
        apply(collection, p.body, p.isUpdate ? t->find(p.id) : nullptr, p.id);
        data.append(p.id);
    }
    return SandboxResponse::json(200, QJsonObject { { u"success"_s, true }, { u"data"_s, data } });
}

SandboxResponse PipelinerEmulator::batchDelete(
    const SandboxRequest &r, const QString &collection, bool restore)
{
    bool ok = false;
    const QJsonDocument doc = r.json(&ok);
    if (!ok || !doc.isArray())
        return invalidJson();
    const bool rollbackAll = r.query(u"rollback-method", u"0"_s).trimmed() != u"1"_s;
    const QString entity = PipelinerSchema::entityNameFor(collection);
    PipelinerTable *t = table(collection);
    const QJsonArray ids = doc.array();
    QList<QJsonObject> errors(ids.size());
    qsizetype firstError = -1;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QString id = ids.at(i).toString();
        const QJsonObject *rec = t->find(id);
        // Delete needs a live record, restore a deleted one.
        if (!rec || rec->value(u"is_deleted").toBool() == !restore) {
            errors[i] = notFoundBody(entity, id);
            errors[i].insert(u"entity_index"_s, i);
            if (firstError < 0)
                firstError = i;
        }
    }
    if (rollbackAll && firstError >= 0)
        return SandboxResponse::json(404, errors.at(firstError));
    QJsonArray data;
    const QString ts = timestamp();
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (!errors.at(i).isEmpty()) {
            data.append(errors.at(i));
            continue;
        }
        QJsonObject copy = *t->find(ids.at(i).toString());
        copy.insert(u"is_deleted"_s, !restore);
        copy.insert(u"modified"_s, ts);
        copy.insert(u"revision"_s, copy.value(u"revision").toInt() + 1);
        t->put(copy);
        data.append(ids.at(i));
    }
    return SandboxResponse::json(200, QJsonObject { { u"success"_s, true }, { u"data"_s, data } });
}

SandboxResponse PipelinerEmulator::createField(const SandboxRequest &r)
{
    // POST entities/Fields (OpenAPI Fields.create, body createFieldInput; docs "Fields":
    // name, type_id, entity_name, data_set for choice types). api_name is not part of the
    // input: Pipeliner generates it ("Immutable and generated name").
    if (!m_mayCreateFields) {
        // A user without the Fields & Forms right (MasterRight.access_form_and_fields).
        // Status 403 and the error envelope are documented; code and name are an assumption.
        return errorResponse(403, 403, u"ERROR_ACCESS_DENIED"_s,
            u"You do not have permission to create fields. Access to Fields & Forms is "
            "required."_s);
    }
    bool ok = false;
    const QJsonDocument doc = r.json(&ok);
    if (!ok || !doc.isObject())
        return invalidJson();
    const QJsonObject body = doc.object();
    // Supported type_id values: OpenAPI Field.type_id / docs "List of Supported fields".
    static const QHash<QString, QString> types { { u"input"_s, u"input"_s },
        { u"text_area"_s, u"text_area"_s }, { u"dropdown"_s, u"input"_s },
        { u"checkbox"_s, u"checkbox"_s }, { u"multiselect_checkbox"_s, u"list"_s },
        { u"radio"_s, u"input"_s }, { u"currency"_s, u"float"_s },
        { u"currency_foreign"_s, u"float"_s }, { u"date"_s, u"date"_s },
        { u"datetime"_s, u"datetime"_s }, { u"float"_s, u"float"_s },
        { u"integer"_s, u"integer"_s }, { u"sequence"_s, u"input"_s }, { u"url"_s, u"input"_s },
        { u"email"_s, u"input"_s }, { u"phone"_s, u"input"_s } };
    Validation v;
    const QString entityName = body.value(u"entity_name").toString();
    const QString label = body.value(u"name").toString().trimmed();
    const QString type = body.value(u"type_id").toString();
    if (label.isEmpty())
        v.fieldErrors.append(missingError(*m_schema.field(u"Field"_s, u"name"_s)));
    if (entityName.isEmpty()) {
        v.fieldErrors.append(missingError(*m_schema.field(u"Field"_s, u"entity_name"_s)));
    } else if (!PipelinerSchema::collections().contains(entityName + u's')
        || entityName == u"Client"_s || entityName == u"Field"_s) {
        v.fieldErrors.append(invalidError(*m_schema.field(u"Field"_s, u"entity_name"_s),
            u"Unknown entity '%1'."_s.arg(entityName)));
    }
    if (type.isEmpty())
        v.fieldErrors.append(missingError(*m_schema.field(u"Field"_s, u"type_id"_s)));
    else if (!types.contains(type))
        v.fieldErrors.append(invalidError(
            *m_schema.field(u"Field"_s, u"type_id"_s), u"Unknown field type '%1'."_s.arg(type)));
    const QString apiName = PipelinerSchema::customApiName(label);
    if (v.ok() && m_schema.field(entityName, apiName)) {
        v.fieldErrors.append(invalidError(*m_schema.field(u"Field"_s, u"name"_s),
            u"Field '%1' already exists on %2."_s.arg(apiName, entityName)));
    }
    const QString id = nextId();
    if (!v.ok())
        return SandboxResponse::json(422, validationError(u"Fields"_s, id, v, QJsonValue()));
    PipelinerField f;
    f.id = id;
    f.apiName = apiName;
    f.label = label;
    f.entityName = entityName;
    f.type = types.value(type);
    f.typeId = type;
    f.custom = true;
    m_schema.addField(f);
    return SandboxResponse::json(201,
        QJsonObject { { u"success"_s, true }, { u"data"_s, m_schema.toRecord(f, timestamp()) } });
}

// ---------------------------------------------------------------- seed, control

void PipelinerEmulator::clear()
{
    for (PipelinerTable &t : m_tables)
        t.clear();
    m_schema.reset();
    m_sequence = 0;
    m_apiUserId.clear();
}

void PipelinerEmulator::seed(const DemoDataset &data)
{
    clear();
    auto ts = [this](const QDateTime &dt) { return dt.isValid() ? formatTs(dt) : timestamp(); };
    auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    const QString seedTs = timestamp();

    QList<DemoUser> users = data.users;
    if (users.isEmpty())
        users.append(DemoUser { u"Demo"_s, u"Owner"_s, u"owner@leadbridge.example"_s });
    QStringList clientIds;
    for (const DemoUser &u : std::as_const(users)) {
        const QString id = nextId();
        const QString name = QString(u.firstName + u' ' + u.lastName).trimmed();
        m_tables[u"Clients"_s].put(QJsonObject { { u"id"_s, id }, { u"is_deleted"_s, false },
            { u"created"_s, seedTs }, { u"modified"_s, seedTs }, { u"revision"_s, 1 },
            { u"email"_s, u.email }, { u"first_name"_s, u.firstName },
            { u"last_name"_s, u.lastName }, { u"name"_s, name }, { u"formatted_name"_s, name },
            { u"default_unit_id"_s, m_defaultUnitId }, { u"type"_s, 1 },
            { u"timezone"_s, u"UTC"_s } });
        clientIds.append(id);
    }
    m_apiUserId = clientIds.first();
    if (data.pipelinerLeadActOnFields)
        m_schema.addLeadActOnFields();

    QHash<int, QString> listOf;
    for (const DemoList &l : data.actOnLists) {
        for (int idx : l.members) {
            if (!listOf.contains(idx))
                listOf.insert(idx, l.name);
        }
    }

    QHash<QString, QString> accountByCompany;
    int n = 0;
    QList<QPair<const DemoPerson *, QString>> leadCandidates;
    for (const DemoPerson &p : data.people) {
        if (!p.inPipeliner)
            continue;
        const QString owner = clientIds.at(n++ % clientIds.size());
        QString accountId;
        if (!p.company.trimmed().isEmpty()) {
            accountId = accountByCompany.value(p.company);
            if (accountId.isEmpty()) {
                accountId = nextId();
                accountByCompany.insert(p.company, accountId);
                m_tables[u"Accounts"_s].put(QJsonObject { { u"id"_s, accountId },
                    { u"is_deleted"_s, false }, { u"created"_s, ts(p.createdAt) },
                    { u"modified"_s, ts(p.createdAt) }, { u"revision"_s, 1 },
                    { u"owner_id"_s, owner }, { u"unit_id"_s, m_defaultUnitId },
                    { u"name"_s, p.company }, { u"formatted_name"_s, p.company },
                    { u"city"_s, orNull(p.city) }, { u"state_province"_s, orNull(p.state) },
                    { u"country"_s, orNull(p.country) } });
            }
        }
        const QString id = nextId();
        QStringList parts;
        for (const QString &s : { p.firstName, p.middleName, p.lastName }) {
            if (!s.trimmed().isEmpty())
                parts.append(s.trimmed());
        }
        QString address = p.street1;
        if (!p.street2.isEmpty())
            address += u'\n' + p.street2;
        QJsonObject c { { u"id"_s, id }, { u"is_deleted"_s, false },
            { u"created"_s, ts(p.createdAt) },
            { u"modified"_s, ts(p.modifiedAt.isValid() ? p.modifiedAt : p.createdAt) },
            { u"revision"_s, 1 }, { u"owner_id"_s, owner }, { u"unit_id"_s, m_defaultUnitId },
            { u"first_name"_s, orNull(p.firstName) }, { u"middle_name"_s, orNull(p.middleName) },
            { u"last_name"_s, orNull(p.lastName) }, { u"formatted_name"_s, parts.join(u' ') },
            { u"email1"_s, orNull(p.email) }, { u"phone1"_s, orNull(p.phone) },
            { u"position"_s, orNull(p.title) }, { u"address"_s, orNull(address) },
            { u"city"_s, orNull(p.city) }, { u"state_province"_s, orNull(p.state) },
            { u"zip_code"_s, orNull(p.postalCode) }, { u"country"_s, orNull(p.country) },
            { u"quick_account_name"_s, orNull(p.company) }, { u"is_unsubscribed"_s, p.optedOut },
            { u"cf_acton_score"_s, p.score } };
        if (!accountId.isEmpty()) {
            c.insert(u"primary_account_id"_s, accountId);
            c.insert(u"account_relations"_s,
                QJsonArray { QJsonObject { { u"id"_s, nextId() }, { u"account_id"_s, accountId },
                    { u"is_primary"_s, true }, { u"position"_s, orNull(p.title) } } });
        }
        m_tables[u"Contacts"_s].put(c);
        if (p.score >= 50 && !p.email.isEmpty() && leadCandidates.size() < 5)
            leadCandidates.append({ &p, id });
    }
    // A few Leads as the Act-On hand-off would have made them (seed 002).
    for (const auto &[p, contactId] : std::as_const(leadCandidates)) {
        const QString listName = listOf.value(p->index, u"Demo list"_s);
        const QString personName = QString(p->firstName + u' ' + p->lastName).trimmed();
        const QString name = u"%1 (%2)"_s.arg(personName, listName);
        const QJsonObject *contact = m_tables[u"Contacts"_s].find(contactId);
        QJsonObject lead { { u"id"_s, nextId() }, { u"is_deleted"_s, false },
            { u"created"_s, seedTs }, { u"modified"_s, seedTs }, { u"revision"_s, 1 },
            { u"owner_id"_s, contact->value(u"owner_id") }, { u"unit_id"_s, m_defaultUnitId },
            { u"name"_s, name }, { u"formatted_name"_s, name },
            { u"quick_contact_name"_s, personName }, { u"quick_email"_s, p->email },
            { u"quick_account_name"_s, orNull(p->company) }, { u"primary_contact_id"_s, contactId },
            { u"contact_relations"_s,
                QJsonArray { QJsonObject { { u"id"_s, nextId() }, { u"contact_id"_s, contactId },
                    { u"is_primary"_s, true } } } },
            { u"cf_acton_score"_s, p->score }, { u"cf_acton_list_name"_s, listName } };
        // The Lead custom fields hold values only when the space defines them.
        if (!data.pipelinerLeadActOnFields) {
            lead.remove(u"cf_acton_score"_s);
            lead.remove(u"cf_acton_list_name"_s);
        }
        m_tables[u"Leads"_s].put(lead);
    }
}

SandboxResponse PipelinerEmulator::controlRecords(
    const SandboxRequest &request, const QString &object, const QString &id)
{
    QString collection;
    for (const QString &c : PipelinerSchema::collections()) {
        if (c.compare(object, Qt::CaseInsensitive) == 0
            || PipelinerSchema::entityNameFor(c).compare(object, Qt::CaseInsensitive) == 0)
            collection = c;
    }
    auto msg = [](int status, const QString &m) { return SandboxResponse::message(status, m); };
    if (collection.isEmpty())
        return msg(404, u"pipeliner keeps no records of type '%1'"_s.arg(object));
    const QByteArray &m = request.method;
    if (collection == u"Fields"_s) {
        if (m == "PATCH" && id.isEmpty()) {
            // {"mayCreateFields": false} makes POST entities/Fields answer 403.
            bool ok = false;
            const QJsonObject body = request.json(&ok).object();
            if (!ok || !body.value(u"mayCreateFields").isBool())
                return msg(400, u"send {\"mayCreateFields\": true|false}"_s);
            m_mayCreateFields = body.value(u"mayCreateFields").toBool();
            return SandboxResponse::json(
                200, QJsonObject { { u"mayCreateFields"_s, m_mayCreateFields } });
        }
        if (m != "GET")
            return msg(405,
                u"Fields are read-only here; create custom fields with POST "
                "entities/Fields, or PATCH {\"mayCreateFields\": bool}"_s);
        QJsonArray all;
        for (const QJsonObject &rec : fieldRecords()) {
            if (id.isEmpty())
                all.append(rec);
            else if (rec.value(u"id").toString() == id || rec.value(u"api_name").toString() == id)
                return SandboxResponse::json(200, rec);
        }
        if (!id.isEmpty())
            return msg(404, u"no Field '%1'"_s.arg(id));
        return SandboxResponse::recordList(all);
    }
    PipelinerTable *t = table(collection);
    if (id.isEmpty()) {
        if (m == "GET") {
            QJsonArray all;
            const QString email = request.query(u"email");
            if (!email.isEmpty() && !t->emailField().isEmpty()) {
                QStringList ids = t->idsByEmail(email).values();
                ids.sort();
                for (const QString &i : std::as_const(ids))
                    all.append(*t->find(i));
            } else {
                for (const QJsonObject &rec : t->records())
                    all.append(rec);
            }
            return SandboxResponse::recordList(all);
        }
        if (m == "POST") {
            bool ok = false;
            QJsonObject rec = request.json(&ok).object();
            if (!ok)
                return msg(400, u"record body must be a JSON object"_s);
            if (rec.value(u"id").toString().isEmpty())
                rec.insert(u"id"_s, nextId());
            const QString ts = timestamp();
            if (!rec.contains(u"created"_s))
                rec.insert(u"created"_s, ts);
            if (!rec.contains(u"modified"_s))
                rec.insert(u"modified"_s, ts);
            if (!rec.contains(u"revision"_s))
                rec.insert(u"revision"_s, 1);
            if (!rec.contains(u"is_deleted"_s))
                rec.insert(u"is_deleted"_s, false);
            t->put(rec);
            return SandboxResponse::json(201, rec);
        }
        return msg(405, u"use GET or POST on a collection"_s);
    }
    const QJsonObject *rec = t->find(id);
    if (!rec)
        return msg(404, u"no %1 '%2'"_s.arg(PipelinerSchema::entityNameFor(collection), id));
    if (m == "GET")
        return SandboxResponse::json(200, *rec);
    if (m == "PATCH") {
        bool ok = false;
        const QJsonObject patch = request.json(&ok).object();
        if (!ok)
            return msg(400, u"record body must be a JSON object"_s);
        QJsonObject copy = *rec;
        for (auto it = patch.begin(); it != patch.end(); ++it)
            copy.insert(it.key(), it.value());
        // A change made "in the CRM" moves modified/revision unless the test sets them.
        if (!patch.contains(u"modified"_s))
            copy.insert(u"modified"_s, timestamp());
        if (!patch.contains(u"revision"_s))
            copy.insert(u"revision"_s, copy.value(u"revision").toInt() + 1);
        copy.insert(u"id"_s, id);
        t->put(copy);
        return SandboxResponse::json(200, copy);
    }
    if (m == "DELETE") {
        t->remove(id);
        return SandboxResponse::json(200, QJsonObject { { u"deleted"_s, id } });
    }
    return msg(405, u"use GET, PATCH or DELETE on a record"_s);
}

} // namespace LeadBridge::Sandbox
