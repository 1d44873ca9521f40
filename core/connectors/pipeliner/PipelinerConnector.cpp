#include "core/connectors/pipeliner/PipelinerConnector.h"

#include "core/connectors/PagingGuard.h"
#include "core/connectors/pipeliner/PipelinerFilter.h"
#include "core/net/ApiRequest.h"
#include "core/net/ApiResponse.h"
#include "core/net/HttpClient.h"
#include "core/util/LogCategories.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace LeadBridge {

namespace {

/// Pipeliner writes "2023-03-23 14:20:54.529536+00:00"; also accept RFC 3339.
QDateTime parseTime(const QJsonValue &v)
{
    if (!v.isString())
        return {};
    QString s = v.toString().trimmed();
    if (s.size() > 10 && s.at(10) == QLatin1Char(' '))
        s[10] = QLatin1Char('T');
    static const QRegularExpression micro(QStringLiteral("\\.(\\d{3})\\d+"));
    s.replace(micro, QStringLiteral(".\\1"));
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QString rfc3339(const QDateTime &t)
{
    // "Z" rather than "+00:00": a bare '+' in a query would be read as a space.
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QJsonValue jsonValue(const QVariant &v)
{
    if (v.typeId() == QMetaType::QDateTime)
        return rfc3339(v.toDateTime());
    return QJsonValue::fromVariant(v);
}

} // namespace

struct PipelinerConnector::ListState
{
    QString entity;
    QString operation;
    QUrlQuery query;
    QString after;
    QDateTime until;
    PageHandler onPage;
    Done done;
    quint64 generation = 0;
    int pageNumber = 0;
    QDateTime newest;
    std::unique_ptr<PagingGuard> guard; ///< created with the first page
};

struct PipelinerConnector::WriteState
{
    WriteRequest request;
    QString entity;
    QList<int> pending; ///< record indexes still to send (after look-ups)
    QHash<int, QString> resolvedIds; ///< upsert look-ups
    QList<WriteOutcome> outcomes; ///< filled per index, sorted at the end
    WriteResult result;
    Result<WriteResult> done;
    quint64 generation = 0;
    int next = 0; ///< position in pending
};

PipelinerConnector::PipelinerConnector(
    const ConnectorConfig &config, QNetworkAccessManager *nam, QObject *parent)
    : Connector(config, nam, parent)
{
    const QVariantMap &s = config.account.settings;
    m_spaceId = s.value(QStringLiteral("spaceId")).toString().trimmed();
    m_label = describeAccount(tr("Pipeliner space %1").arg(m_spaceId), ApiError::Credential::ApiKey,
        [this](const ApiResponse &answer, ApiError &error) { classify(answer, error); });

    QString base = baseUrlSetting();
    if (base.isEmpty()) {
        base = regionBaseUrl(s.value(QStringLiteral("region")).toString());
        if (base.isEmpty()) {
            m_configError = tr("The Pipeliner region for %1 is not set. Choose it in Accounts → "
                               "Pipeliner, or enter the service URL shown under Show API Access.")
                                .arg(m_label);
        }
    }
    static const QRegularExpression spaceChars(QStringLiteral("^[A-Za-z0-9_-]+$"));
    if (m_configError.isEmpty() && !spaceChars.match(m_spaceId).hasMatch()) {
        m_configError = tr("The Pipeliner space id for %1 is missing or not valid. Copy it from "
                           "Pipeliner (Show API Access) into Accounts → Pipeliner.")
                            .arg(m_label);
    }
    if (m_configError.isEmpty()) {
        // A service URL may already carry the API path (and even the space).
        m_root = apiRoot(
            base,
            [](QString path) {
                const qsizetype api = path.indexOf(QLatin1String("/api/v100"));
                if (api >= 0)
                    path.truncate(api);
                return path;
            },
            QStringLiteral("/api/v100/rest/spaces/") + m_spaceId, &m_configError);
    }
    const QByteArray token = config.credentials.secrets.value(QStringLiteral("apiToken"));
    const QByteArray secret = config.credentials.secrets.value(QStringLiteral("apiSecret"));
    if (m_configError.isEmpty() && (token.isEmpty() || secret.isEmpty())) {
        m_configError = tr("The Pipeliner API token or API secret for %1 is missing. Enter both "
                           "in Accounts → Pipeliner.")
                            .arg(m_label);
    }
    m_authorization = "Basic " + QByteArray(token + ':' + secret).toBase64();
}

PipelinerConnector::~PipelinerConnector() = default;

QString PipelinerConnector::regionBaseUrl(const QString &region)
{
    const QString r = region.trimmed().toLower();
    static const QStringList known { QStringLiteral("us-east"), QStringLiteral("eu-central"),
        QStringLiteral("ca-central"), QStringLiteral("ap-southeast") };
    if (!known.contains(r))
        return {};
    return QStringLiteral("https://%1.api.pipelinersales.com").arg(r);
}

QString PipelinerConnector::entityName(const QString &object)
{
    const QString o = object.trimmed().toLower();
    if (o == QLatin1String("contact") || o == QLatin1String("contacts"))
        return QStringLiteral("Contacts");
    if (o == QLatin1String("lead") || o == QLatin1String("leads"))
        return QStringLiteral("Leads");
    if (o == QLatin1String("account") || o == QLatin1String("accounts"))
        return QStringLiteral("Accounts");
    if (o == QLatin1String("client") || o == QLatin1String("clients") || o == QLatin1String("user")
        || o == QLatin1String("users"))
        return QStringLiteral("Clients");
    if (o == QLatin1String("field") || o == QLatin1String("fields"))
        return QStringLiteral("Fields");
    return {};
}

QString PipelinerConnector::describeErrors(const QJsonObject &error)
{
    QStringList parts;
    for (const QJsonValue &fv : error.value(QStringLiteral("field_errors")).toArray()) {
        const QJsonObject f = fv.toObject();
        const QString field = f.value(QStringLiteral("field_name")).toString();
        QStringList messages;
        for (const QJsonValue &ev : f.value(QStringLiteral("errors")).toArray())
            messages.append(ev.toObject().value(QStringLiteral("message")).toString());
        if (messages.isEmpty())
            messages.append(f.value(QStringLiteral("name")).toString());
        parts.append(field + u": " + messages.join(u' '));
    }
    for (const QJsonValue &ev : error.value(QStringLiteral("entity_errors")).toArray()) {
        const QString m = ev.toObject().value(QStringLiteral("message")).toString();
        if (!m.isEmpty())
            parts.append(m);
    }
    if (parts.isEmpty())
        parts.append(error.value(QStringLiteral("message")).toString().trimmed());
    return parts.join(QStringLiteral("; "));
}

ApiError PipelinerConnector::itemError(const QJsonObject &error, int httpStatus) const
{
    const int status = error.value(QStringLiteral("http_status")).toInt(httpStatus);
    const QString detail = describeErrors(error);
    const ApiError::Kind kind
        = status == 404 ? ApiError::Kind::NotFound : ApiError::Kind::Validation;
    ApiError e(kind, ApiError::sentence(kind, m_http->systemName(), m_label, detail),
        QStringLiteral("Pipeliner item error HTTP %1 [%2]: %3")
            .arg(status)
            .arg(error.value(QStringLiteral("name")).toString(),
                QString::fromUtf8(QJsonDocument(error).toJson(QJsonDocument::Compact).left(1000))));
    e.setHttpStatus(status);
    e.setVendorCode(error.value(QStringLiteral("name")).toString());
    e.setVendorMessage(detail);
    return e;
}

void PipelinerConnector::classify(const ApiResponse &answer, ApiError &error) const
{
    if (!error.isError() || answer.status < 400)
        return;
    const QJsonObject body = QJsonDocument::fromJson(answer.body).object();
    const QString name = body.value(QStringLiteral("name")).toString();
    if (!name.isEmpty())
        error.setVendorCode(name);
    if (body.contains(QStringLiteral("field_errors"))
        || body.contains(QStringLiteral("entity_errors")))
        error.setVendorMessage(describeErrors(body));
    if (name == QLatin1String("ERROR_SPACE_NOT_FOUND")) {
        error.setUserMessage(tr("Pipeliner has no space “%1” for %2. Check the space id in "
                                "Accounts → Pipeliner.")
                                 .arg(m_spaceId, m_label));
    }
}

QUrl PipelinerConnector::url(const QString &path, const QUrlQuery &query) const
{
    return urlUnder(m_root, path, query);
}

void PipelinerConnector::send(const QByteArray &method, const QString &path, const QUrlQuery &query,
    const QJsonDocument &body, const QString &operation, JsonDone done, bool repeatAfterAnswer)
{
    ApiRequest req = body.isNull() ? ApiRequest(method, url(path, query))
                                   : ApiRequest::json(method, url(path, query), body);
    req.repeatAfterAnswer = repeatAfterAnswer;
    req.setHeader("Accept", "application/json");
    req.setHeader("Authorization", m_authorization);
    req.operation = operation;
    sendForObject(req, std::move(done));
}

ConnectorRecord PipelinerConnector::toRecord(const QJsonObject &o, const QString &entity)
{
    ConnectorRecord rec;
    rec.id = o.value(QStringLiteral("id")).toString();
    rec.object = entity;
    rec.fields = o.toVariantMap();
    rec.modifiedAt = parseTime(o.value(QStringLiteral("modified")));
    rec.deleted = o.value(QStringLiteral("is_deleted")).toBool();
    return rec;
}

// ------------------------------------------------------------------ lists

void PipelinerConnector::runList(const std::shared_ptr<ListState> &list)
{
    list->generation = m_generation;
    if (!settingsReady([list](const ApiError &error) { list->done(error); }))
        return;
    listStep(list);
}

void PipelinerConnector::listStep(const std::shared_ptr<ListState> &list)
{
    if (aborted(list->generation)) {
        list->done(cancelledError(QStringLiteral("aborted between pages")));
        return;
    }
    QUrlQuery q = list->query;
    if (!q.hasQueryItem(QStringLiteral("first")))
        q.addQueryItem(QStringLiteral("first"), QString::number(kPageSize));
    if (!list->after.isEmpty())
        q.addQueryItem(
            QStringLiteral("after"), QString::fromLatin1(QUrl::toPercentEncoding(list->after)));
    send("GET", QStringLiteral("/entities/") + list->entity, q, {}, list->operation,
        [this, list](const QJsonObject &json, const ApiError &e) {
            if (e.isError()) {
                list->done(e);
                return;
            }
            const QJsonValue data = json.value(QStringLiteral("data"));
            if (!data.isArray()) {
                list->done(ApiError(ApiError::Kind::Malformed,
                    ApiError::sentence(ApiError::Kind::Malformed, m_http->systemName(), m_label),
                    QStringLiteral("%1: \"data\" is not an array").arg(list->operation)));
                return;
            }
            const QJsonArray arr = data.toArray();
            const QJsonObject info = json.value(QStringLiteral("page_info")).toObject();
            const QString endCursor = info.value(QStringLiteral("end_cursor")).toString();
            const bool more = info.value(QStringLiteral("has_next_page")).toBool()
                && !endCursor.isEmpty() && !arr.isEmpty();
            // A cursor handed out twice (also the one just used) or a repeated page would
            // loop for ever; stopping quietly would pass half a listing off as all of it.
            if (!list->guard) {
                list->guard = std::make_unique<PagingGuard>(
                    m_http->systemName(), tr("the %1 records").arg(list->entity));
                if (!list->after.isEmpty())
                    list->guard->nextCursor(list->after);
            }
            QStringList keys;
            keys.reserve(arr.size());
            for (const QJsonValue &v : arr)
                keys.append(v.toObject().value(QStringLiteral("id")).toString());
            ApiError loop = list->guard->pageRead(keys);
            if (!loop.isError() && more)
                loop = list->guard->nextCursor(endCursor);
            if (loop.isError()) {
                list->done(loop);
                return;
            }

            FetchPage page;
            for (const QJsonValue &v : arr) {
                ConnectorRecord rec = toRecord(v.toObject(), list->entity);
                if (list->until.isValid() && rec.modifiedAt.isValid()
                    && rec.modifiedAt > list->until)
                    continue;
                if (rec.modifiedAt.isValid()
                    && (!list->newest.isValid() || rec.modifiedAt > list->newest))
                    list->newest = rec.modifiedAt;
                page.records.append(rec);
            }
            page.pageNumber = ++list->pageNumber;
            page.totalKnown = json.value(QStringLiteral("total")).toInteger(-1);
            page.last = !more;
            if (list->newest.isValid())
                page.cursor = list->newest.toString(Qt::ISODateWithMs);
            if (list->onPage)
                list->onPage(page);
            if (!more) {
                list->done(ApiError());
                return;
            }
            list->after = endCursor;
            listStep(list);
        });
}

void PipelinerConnector::collect(
    const QString &entity, const QUrlQuery &query, const QString &operation, Result<Records> done)
{
    auto list = std::make_shared<ListState>();
    auto records = std::make_shared<Records>();
    list->entity = entity;
    list->query = query;
    list->operation = operation;
    list->onPage = [records](const FetchPage &p) { records->append(p.records); };
    list->done
        = [records, done](const ApiError &e) { done(e.isError() ? Records() : *records, e); };
    runList(list);
}

void PipelinerConnector::fetch(const FetchRequest &request, PageHandler onPage, Done done)
{
    const QString entity = entityName(request.object);
    if (entity.isEmpty()) {
        const ApiError e(ApiError::Kind::Validation,
            tr("Pipeliner has no “%1” records that LeadBridge can read for %2. Choose Contacts, "
               "Leads, Accounts or Clients.")
                .arg(request.object, m_label),
            QStringLiteral("fetch: unknown Pipeliner entity %1").arg(request.object));
        failSoon([done, e] { done(e); });
        return;
    }
    const QVariantMap filters = request.options.value(QStringLiteral("filter")).toMap();
    const QVariantMap ops = request.options.value(QStringLiteral("filterOp")).toMap();
    for (auto it = filters.cbegin(); it != filters.cend(); ++it) {
        const QString op = ops.value(it.key()).toString();
        if (!PipelinerFilter::isFieldName(it.key())
            || (!op.isEmpty() && !PipelinerFilter::isOperator(op))) {
            const ApiError e(ApiError::Kind::Validation,
                tr("LeadBridge cannot filter Pipeliner records of %1 on “%2” (operator “%3”): "
                   "filters take a field's API name, such as email1, and an operator such as "
                   "ieq. Correct the filter in the flow's settings.")
                    .arg(m_label, it.key(), op),
                QStringLiteral("fetch: invalid filter %1").arg(it.key()));
            failSoon([done, e] { done(e); });
            return;
        }
    }
    auto list = std::make_shared<ListState>();
    list->entity = entity;
    list->operation = QStringLiteral("list %1").arg(entity);
    QUrlQuery &q = list->query;
    q.addQueryItem(QStringLiteral("first"),
        QString::number(request.pageSize > 0 ? qBound(1, request.pageSize, kPageSize) : kPageSize));
    if (request.since.isValid()) {
        PipelinerFilter::add(q, QStringLiteral("modified"),
            rfc3339(request.since.addSecs(-kSinceOverlapSecs)), QStringLiteral("gte"));
        q.addQueryItem(QStringLiteral("order-by"), QStringLiteral("modified"));
    }
    for (auto it = filters.cbegin(); it != filters.cend(); ++it) {
        PipelinerFilter::add(q, it.key(),
            it.value().typeId() == QMetaType::QDateTime ? rfc3339(it.value().toDateTime())
                                                        : it.value().toString(),
            ops.value(it.key()).toString());
    }
    if (!request.fields.isEmpty()) {
        QStringList fields = request.fields;
        for (const QString &must :
            { QStringLiteral("id"), QStringLiteral("modified"), QStringLiteral("is_deleted") }) {
            if (!fields.contains(must))
                fields.prepend(must);
        }
        q.addQueryItem(QStringLiteral("load-only"), fields.join(u','));
    }
    if (request.includeDeleted)
        q.addQueryItem(QStringLiteral("include-deleted"), QStringLiteral("true"));
    list->until = request.until;
    list->onPage = std::move(onPage);
    list->done = std::move(done);
    runList(list);
}

void PipelinerConnector::listClients(Result<Records> done)
{
    collect(QStringLiteral("Clients"), {}, QStringLiteral("list users"), std::move(done));
}

void PipelinerConnector::findLeadsByName(const QString &name, Result<Records> done)
{
    QUrlQuery q;
    PipelinerFilter::add(q, QStringLiteral("name"), name, QStringLiteral("ieq"));
    collect(QStringLiteral("Leads"), q, QStringLiteral("find leads by name"), std::move(done));
}

void PipelinerConnector::findContactsByEmail(const QStringList &emails, Result<Records> done)
{
    // One filtered call per address (Pipeliner takes one value per filter), a few at a time.
    struct State
    {
        QStringList emails;
        QList<Records> found;
        int next = 0;
        int running = 0;
        int finished = 0;
        bool reported = false;
        Result<Records> done;
    };
    auto st = std::make_shared<State>();
    for (const QString &e : emails) {
        const QString t = e.trimmed();
        if (!t.isEmpty() && !st->emails.contains(t, Qt::CaseInsensitive))
            st->emails.append(t);
    }
    st->found.resize(st->emails.size());
    st->done = std::move(done);
    if (!settingsReady([st](const ApiError &error) { st->done({}, error); }))
        return;
    if (st->emails.isEmpty()) {
        failSoon([st] { st->done({}, ApiError()); });
        return;
    }
    auto launch = std::make_shared<std::function<void()>>();
    std::weak_ptr<std::function<void()>> weakLaunch = launch;
    *launch = [this, st, weakLaunch] {
        while (!st->reported && st->running < 4 && st->next < st->emails.size()) {
            const int i = st->next++;
            ++st->running;
            QUrlQuery q;
            PipelinerFilter::add(q, QStringLiteral("email1"), st->emails.at(i), QStringLiteral("ieq"));
            auto keep = weakLaunch.lock();
            collect(QStringLiteral("Contacts"), q, QStringLiteral("find contacts by email"),
                [st, i, keep](const Records &found, const ApiError &e) {
                    --st->running;
                    ++st->finished;
                    if (st->reported)
                        return;
                    if (e.isError()) {
                        st->reported = true;
                        st->done({}, e);
                        return;
                    }
                    st->found[i] = found;
                    if (st->finished == st->emails.size()) {
                        st->reported = true;
                        Records all;
                        for (const auto &f : st->found)
                            all.append(f);
                        st->done(all, ApiError());
                        return;
                    }
                    if (keep && *keep)
                        (*keep)();
                });
        }
    };
    (*launch)();
    // The launcher is kept alive by the calls in flight (each holds a reference).
}

// ------------------------------------------------------------------ describe / check

void PipelinerConnector::checkConnection(Result<ConnectionInfo> done)
{
    if (!settingsReady([done](const ApiError &error) { done({}, error); }))
        return;
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("first"), QStringLiteral("1"));
    send("GET", QStringLiteral("/entities/Clients"), q, {}, QStringLiteral("check connection"),
        [this, done](const QJsonObject &json, const ApiError &e) {
            if (e.isError()) {
                done({}, e);
                return;
            }
            ConnectionInfo info;
            const QString region
                = m_config.account.settings.value(QStringLiteral("baseUrl")).toString().isEmpty()
                ? m_config.account.settings.value(QStringLiteral("region")).toString()
                : m_root.host();
            info.displayName = tr("Pipeliner space %1 (%2)").arg(m_spaceId, region);
            info.instanceUrl = m_root.toString();
            info.details.insert(QStringLiteral("spaceId"), m_spaceId);
            info.details.insert(QStringLiteral("region"), region);
            info.details.insert(
                QStringLiteral("users"), json.value(QStringLiteral("total")).toInteger(-1));
            qCInfo(lcConnectors).noquote()
                << QStringLiteral("Pipeliner connection to space %1 works").arg(m_spaceId);
            done(info, ApiError());
        });
}

void PipelinerConnector::describe(const QStringList &objects, Result<QList<CrmObjectSchema>> done)
{
    QStringList wanted;
    for (const QString &o : objects.isEmpty()
            ? QStringList { QStringLiteral("Lead"), QStringLiteral("Contact") }
            : objects) {
        const QString entity = entityName(o);
        if (entity.isEmpty() || entity == QLatin1String("Fields")) {
            const ApiError e(ApiError::Kind::Validation,
                tr("Pipeliner has no “%1” records that LeadBridge can map for %2. Choose Leads, "
                   "Contacts or Accounts.")
                    .arg(o, m_label),
                QStringLiteral("describe: unknown Pipeliner entity %1").arg(o));
            failSoon([done, e] { done({}, e); });
            return;
        }
        wanted.append(entity.chopped(1)); // Fields use the singular: "Lead", "Contact"
    }
    QUrlQuery q;
    if (wanted.size() == 1)
        PipelinerFilter::add(q, QStringLiteral("entity_name"), wanted.first());
    collect(QStringLiteral("Fields"), q, QStringLiteral("describe fields"),
        [wanted, done](const Records &fields, const ApiError &e) {
            if (e.isError()) {
                done({}, e);
                return;
            }
            QList<CrmObjectSchema> out;
            for (const QString &name : wanted) {
                CrmObjectSchema s;
                s.crm = CrmKind::Pipeliner;
                s.object
                    = name == QLatin1String("Lead") ? CrmObjectType::Lead : CrmObjectType::Contact;
                s.name = name;
                for (const auto &r : fields) {
                    const QVariantMap &f = r.fields;
                    if (f.value(QStringLiteral("entity_name")).toString() != name)
                        continue;
                    s.fields.append(fieldDescriptor(f));
                }
                out.append(s);
            }
            done(out, ApiError());
        });
}

CrmFieldDescriptor PipelinerConnector::fieldDescriptor(const QVariantMap &f)
{
    // Properties of components.schemas.Field in the Pipeliner OpenAPI (amp-labs/connectors,
    // providers/pipeliner/openapi/api.json). type_id is kept as Pipeliner names it (input,
    // text_area, dropdown, …). The Field has no "custom" flag and system_type's values are
    // not documented: a field is custom when its api_name starts with "cf_", the prefix of
    // custom fields' generated api names (docs/connector-pipeliner.md, "Still assumptions").
    const QString apiName = f.value(QStringLiteral("api_name")).toString();
    CrmFieldDescriptor d = CrmFieldDescriptor::make(apiName,
        f.value(QStringLiteral("name")).toString(), f.value(QStringLiteral("type_id")).toString());
    d.custom = apiName.startsWith(QLatin1String("cf_"));
    const bool readOnly = f.value(QStringLiteral("system_readonly")).toBool();
    d.createable = !readOnly;
    d.updateable = !readOnly;
    d.nillable = !f.value(QStringLiteral("system_required")).toBool();
    const QString related = f.value(QStringLiteral("relation_with_entity_id")).toString();
    if (!related.isEmpty()) {
        d.referenceTo = QStringList { related };
        QString rel = f.value(QStringLiteral("relation_id")).toString();
        if (rel.isEmpty()) {
            rel = apiName;
            if (rel.endsWith(QLatin1String("_id")))
                rel.chop(3);
        }
        d.relationshipName = rel;
    }
    return d;
}

void PipelinerConnector::createField(const QString &entity, const QString &name,
    const QString &typeId, Result<CrmFieldDescriptor> done)
{
    if (!settingsReady([done](const ApiError &error) { done({}, error); }))
        return;
    // POST entities/Fields with createFieldInput (name, type_id, entity_name); Pipeliner
    // generates the api_name (OpenAPI Field.api_name: "Immutable and generated name").
    const QJsonObject body { { QStringLiteral("name"), name },
        { QStringLiteral("type_id"), typeId }, { QStringLiteral("entity_name"), entity } };
    send("POST", QStringLiteral("/entities/Fields"), {}, QJsonDocument(body),
        QStringLiteral("create field"), [done](const QJsonObject &json, const ApiError &e) {
            if (e.isError()) {
                done({}, e);
                return;
            }
            done(fieldDescriptor(json.value(QStringLiteral("data")).toObject().toVariantMap()),
                ApiError());
        });
}

// ------------------------------------------------------------------ writes

void PipelinerConnector::createLead(const QString &name, const QString &ownerId,
    const QString &contactId, const QVariantMap &customFields, Result<ConnectorRecord> done)
{
    if (!settingsReady([done](const ApiError &error) { done({}, error); }))
        return;
    QJsonObject body;
    for (auto it = customFields.cbegin(); it != customFields.cend(); ++it)
        body.insert(it.key(), jsonValue(it.value()));
    body.insert(QStringLiteral("name"), name);
    if (!ownerId.isEmpty())
        body.insert(QStringLiteral("owner_id"), ownerId);
    if (!contactId.isEmpty()) {
        body.insert(QStringLiteral("contact_relations"),
            QJsonArray { QJsonObject { { QStringLiteral("contact_id"), contactId },
                { QStringLiteral("is_primary"), true } } });
    }
    send("POST", QStringLiteral("/entities/Leads"), {}, QJsonDocument(body),
        QStringLiteral("create lead"), [this, done](const QJsonObject &json, const ApiError &e) {
            if (e.isError()) {
                done({}, e);
                return;
            }
            done(toRecord(json.value(QStringLiteral("data")).toObject(), QStringLiteral("Leads")),
                ApiError());
        });
}

void PipelinerConnector::write(const WriteRequest &request, Result<WriteResult> done)
{
    if (!settingsReady([done](const ApiError &error) { done({}, error); }))
        return;
    const QString entity = entityName(request.object);
    if (entity.isEmpty() || entity == QLatin1String("Clients")
        || entity == QLatin1String("Fields")) {
        const ApiError e(ApiError::Kind::Validation,
            tr("LeadBridge cannot write “%1” records to Pipeliner for %2. Choose Contacts, Leads "
               "or Accounts.")
                .arg(request.object, m_label),
            QStringLiteral("write: unsupported Pipeliner entity %1").arg(request.object));
        failSoon([done, e] { done({}, e); });
        return;
    }
    auto st = std::make_shared<WriteState>();
    st->request = request;
    st->entity = entity;
    st->done = std::move(done);
    st->generation = m_generation;
    for (int i = 0; i < request.records.size(); ++i)
        st->pending.append(i);
    if (request.operation == WriteRequest::Operation::Upsert && !request.keyField.isEmpty()
        && !PipelinerFilter::isFieldName(request.keyField)) {
        const ApiError e(ApiError::Kind::Validation,
            tr("LeadBridge cannot match Pipeliner records of %1 on “%2”: the key must be a "
               "field's API name, such as email1. Choose the key field again in the flow's "
               "settings.")
                .arg(m_label, request.keyField),
            QStringLiteral("write: invalid key field %1").arg(request.keyField));
        failSoon([st, e] { st->done({}, e); });
        return;
    }
    if (request.operation == WriteRequest::Operation::Upsert && !request.keyField.isEmpty())
        upsertLookup(st, 0);
    else
        writeStep(st);
}

void PipelinerConnector::upsertLookup(const std::shared_ptr<WriteState> &st, int index)
{
    // Records without an id are matched on the key field first (one filtered read each).
    while (index < st->request.records.size()
        && (!st->request.records.at(index).id.isEmpty()
            || st->request.records.at(index)
                   .fields.value(st->request.keyField)
                   .toString()
                   .isEmpty()))
        ++index;
    if (index >= st->request.records.size()) {
        writeStep(st);
        return;
    }
    if (aborted(st->generation)) {
        st->done(st->result, cancelledError(QStringLiteral("aborted during upsert look-ups")));
        return;
    }
    const QString key = st->request.keyField;
    QUrlQuery q;
    PipelinerFilter::add(q, key, st->request.records.at(index).fields.value(key).toString().trimmed(),
        QStringLiteral("ieq"));
    q.addQueryItem(QStringLiteral("first"), QStringLiteral("1"));
    q.addQueryItem(QStringLiteral("load-only"), QStringLiteral("id"));
    send("GET", QStringLiteral("/entities/") + st->entity, q, {}, QStringLiteral("upsert look-up"),
        [this, st, index](const QJsonObject &json, const ApiError &e) {
            ++st->result.callsUsed;
            if (e.isError()) {
                st->done(st->result, e);
                return;
            }
            const QJsonArray data = json.value(QStringLiteral("data")).toArray();
            if (!data.isEmpty())
                st->resolvedIds.insert(
                    index, data.first().toObject().value(QStringLiteral("id")).toString());
            upsertLookup(st, index + 1);
        });
}

void PipelinerConnector::writeStep(const std::shared_ptr<WriteState> &st)
{
    if (aborted(st->generation)) {
        st->done(st->result, cancelledError(QStringLiteral("aborted between batches")));
        return;
    }
    if (st->next >= st->pending.size()) {
        std::sort(st->outcomes.begin(), st->outcomes.end(),
            [](const WriteOutcome &a, const WriteOutcome &b) { return a.index < b.index; });
        st->result.outcomes = st->outcomes;
        st->done(st->result, ApiError());
        return;
    }
    const auto op = st->request.operation;
    const bool deleting = op == WriteRequest::Operation::Delete;
    QJsonArray body;
    QList<int> sent;
    QList<bool> creating;
    while (st->next < st->pending.size() && body.size() < kBatchSize) {
        const int i = st->pending.at(st->next++);
        const ConnectorRecord &rec = st->request.records.at(i);
        QString id = rec.id.isEmpty() ? st->resolvedIds.value(i) : rec.id;
        if (op == WriteRequest::Operation::Create)
            id.clear();
        if ((deleting || op == WriteRequest::Operation::Update) && id.isEmpty()) {
            WriteOutcome o;
            o.index = i;
            o.error = ApiError(ApiError::Kind::Validation,
                tr("LeadBridge could not change a Pipeliner record for %1 because it has no "
                   "Pipeliner id. Sync the record from Pipeliner first.")
                    .arg(m_label),
                QStringLiteral("write: record %1 without id").arg(i));
            st->outcomes.append(o);
            continue;
        }
        if (deleting) {
            body.append(id);
        } else {
            QJsonObject item;
            for (auto it = rec.fields.cbegin(); it != rec.fields.cend(); ++it) {
                if (it.key() != QLatin1String("id"))
                    item.insert(it.key(), jsonValue(it.value()));
            }
            if (!id.isEmpty())
                item.insert(QStringLiteral("id"), id);
            body.append(item);
        }
        sent.append(i);
        creating.append(id.isEmpty());
    }
    if (sent.isEmpty()) {
        writeStep(st);
        return;
    }
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("rollback-method"), QStringLiteral("1"));
    const QString path
        = QStringLiteral("/entities/%1/%2")
              .arg(st->entity,
                  deleting ? QStringLiteral("batch-delete") : QStringLiteral("batch-modify"));
    // A batch that creates records is not sent again after an unreadable 2xx answer: Pipeliner
    // has most likely created them, and the next run finds them (by key or name) instead.
    const bool repeatable = deleting || !creating.contains(true);
    send("POST", path, q, QJsonDocument(body),
        deleting ? QStringLiteral("batch delete") : QStringLiteral("batch modify"),
        [this, st, sent, creating](const QJsonObject &json, const ApiError &e) {
            ++st->result.callsUsed;
            if (e.isError()) {
                if (e.kind() == ApiError::Kind::Validation
                    || e.kind() == ApiError::Kind::NotFound) {
                    // The whole batch was refused: every record in it gets that reason.
                    for (int i : sent) {
                        WriteOutcome o;
                        o.index = i;
                        o.error = e;
                        st->outcomes.append(o);
                    }
                    writeStep(st);
                    return;
                }
                st->done(st->result, e);
                return;
            }
            const QJsonArray data = json.value(QStringLiteral("data")).toArray();
            for (int k = 0; k < sent.size(); ++k) {
                WriteOutcome o;
                o.index = sent.at(k);
                const QJsonValue v = data.at(k);
                if (v.isString()) {
                    o.ok = true;
                    o.id = v.toString();
                    o.created = creating.at(k);
                } else if (v.isObject()) {
                    o.error = itemError(v.toObject(), 422);
                } else {
                    o.error = ApiError(ApiError::Kind::Malformed,
                        ApiError::sentence(
                            ApiError::Kind::Malformed, m_http->systemName(), m_label),
                        QStringLiteral("batch answer has no item %1").arg(k));
                }
                st->outcomes.append(o);
            }
            writeStep(st);
        },
        repeatable);
}

} // namespace LeadBridge
