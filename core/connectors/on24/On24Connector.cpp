#include "core/connectors/on24/On24Connector.h"

#include "core/connectors/PagingGuard.h"
#include "core/net/ApiJob.h"
#include "core/net/ApiRequest.h"
#include "core/net/ApiResponse.h"
#include "core/net/HttpClient.h"
#include "core/util/LogCategories.h"
#include "core/util/WholeNumber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimeZone>

#include <cmath>
#include <memory>

namespace LeadBridge {

namespace {

const QTimeZone &pacific()
{
    // ON24 counts days (and dates in query parameters) in Pacific time.
    static const QTimeZone zone(QByteArrayLiteral("America/Los_Angeles"));
    return zone;
}

QDateTime parseTime(const QJsonValue &v)
{
    if (!v.isString())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QString valueText(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Bool:
        return v.toBool() ? QStringLiteral("Y") : QStringLiteral("N");
    case QMetaType::QDateTime:
        return v.toDateTime().toString(Qt::ISODate);
    default:
        return v.toString();
    }
}

/// Form keys the REST registration accepts (reference §1.4, POST registrant), in the order
/// the registrant answers list them.
const QStringList &registrationKeys()
{
    static const QStringList keys = [] {
        QStringList k { QStringLiteral("email"), QStringLiteral("firstname"),
            QStringLiteral("lastname"), QStringLiteral("company"), QStringLiteral("jobtitle"),
            QStringLiteral("addressstreet1"), QStringLiteral("addressstreet2"),
            QStringLiteral("city"), QStringLiteral("state"), QStringLiteral("zip"),
            QStringLiteral("country"), QStringLiteral("workphone"), QStringLiteral("homephone"),
            QStringLiteral("fax"), QStringLiteral("jobfunction"), QStringLiteral("companyindustry"),
            QStringLiteral("companysize"), QStringLiteral("partnerref") };
        for (int i = 1; i <= 10; ++i)
            k.append(QStringLiteral("std%1").arg(i));
        k << QStringLiteral("username") << QStringLiteral("exteventusercd")
          << QStringLiteral("other") << QStringLiteral("notes") << QStringLiteral("marketingemail")
          << QStringLiteral("eventemail") << QStringLiteral("emailformat");
        return k;
    }();
    return keys;
}

bool isRegistrationKey(const QString &key)
{
    static const QSet<QString> keys(registrationKeys().cbegin(), registrationKeys().cend());
    return keys.contains(key);
}

/// The registrant fields: its id, the registration form keys, then what ON24 adds.
const QStringList &registrantFieldNames()
{
    static const QStringList names = QStringList { QStringLiteral("eventuserid") }
        + registrationKeys()
        + QStringList { QStringLiteral("engagementprediction"), QStringLiteral("createtimestamp"),
              QStringLiteral("lastactivity"), QStringLiteral("campaigncode"),
              QStringLiteral("sourcecampaigncode"), QStringLiteral("sourceeventid"),
              QStringLiteral("userstatus"), QStringLiteral("attendeetype"),
              QStringLiteral("eventid"), QStringLiteral("clientid"),
              QStringLiteral("userprofileurl"), QStringLiteral("utmsource"),
              QStringLiteral("utmmedium"), QStringLiteral("utmcampaign"), QStringLiteral("utmterm"),
              QStringLiteral("utmcontent") };
    return names;
}

/// The fields of the attendee and event answers and their types.
const QList<QPair<const char *, const char *>> kAttendeeFields = {
    { "eventuserid", "int" },
    { "email", "email" },
    { "eventid", "int" },
    { "clientid", "int" },
    { "exteventusercd", "string" },
    { "userstatus", "string" },
    { "isblocked", "boolean" },
    { "engagementscore", "double" },
    { "liveminutes", "int" },
    { "liveviewed", "int" },
    { "firstliveactivity", "datetime" },
    { "lastliveactivity", "datetime" },
    { "archiveminutes", "int" },
    { "archiveviewed", "int" },
    { "firstarchiveactivity", "datetime" },
    { "lastarchiveactivity", "datetime" },
    { "askedquestions", "int" },
    { "resourcesdownloaded", "int" },
    { "answeredpolls", "int" },
    { "answeredsurveys", "int" },
    { "answeredsurveyquestions", "int" },
    { "launchmode", "string" },
    { "cumulativeliveminutes", "int" },
    { "cumulativearchiveminutes", "int" },
    { "partnerref", "string" },
    { "attendancepartnerref", "string" },
    { "attendeesessions", "int" },
    { "livemediaplayerminutes", "int" },
    { "archivemediaplayerminutes", "int" },
    { "campaigncode", "string" },
    { "sourcecampaigncode", "string" },
    { "sourceeventid", "int" },
    { "userprofileurl", "url" },
};
const QList<QPair<const char *, const char *>> kEventFields = {
    { "eventid", "int" },
    { "clientid", "int" },
    { "description", "string" },
    { "promotionalsummary", "textarea" },
    { "goodafter", "datetime" },
    { "livestart", "datetime" },
    { "liveend", "datetime" },
    { "archivestart", "datetime" },
    { "archiveend", "datetime" },
    { "isactive", "boolean" },
    { "contenttype", "string" },
    { "eventtype", "string" },
    { "campaigncode", "string" },
    { "eventlocation", "string" },
    { "createtimestamp", "datetime" },
    { "lastmodified", "datetime" },
    { "lastupdated", "datetime" },
    { "audienceurl", "url" },
};

/// The field table of @p object: attendee or event (nullptr for any other).
const QList<QPair<const char *, const char *>> *fieldTable(const QString &object)
{
    if (object == QLatin1String("attendee"))
        return &kAttendeeFields;
    if (object == QLatin1String("event"))
        return &kEventFields;
    return nullptr;
}

CrmFieldDescriptor field(const QString &name, const QString &type, bool writable = false)
{
    CrmFieldDescriptor f = CrmFieldDescriptor::make(name, name, type);
    f.createable = writable;
    f.updateable = false;
    return f;
}

} // namespace

/// A registration run: one POST per record, in order.
struct On24Connector::WriteState
{
    WriteRequest request;
    WriteResult result;
    Result<WriteResult> done;
    int index = 0;
    quint64 generation = 0;
};

/// One list read: an endpoint paged 100 at a time over consecutive date windows.
struct On24Connector::PagedList
{
    QString path; ///< under the client root, e.g. "/registrant"
    QString object; ///< "registrant", "attendee", "event"
    QString arrayKey; ///< "registrants"
    QString totalKey; ///< "totalregistrants"
    QString operation;
    QUrlQuery baseQuery;
    QList<QPair<QDate, QDate>> windows; ///< one invalid pair = no dates
    std::function<bool(const QJsonObject &)> accept; ///< optional record filter
    PageHandler onPage;
    Done done;
    quint64 generation = 0;
    int window = 0;
    int pageOffset = 0;
    int pageNumber = 0;
    int windowFetched = 0;
    QSet<QString> seenInWindow; ///< record keys (usable id, else e-mail, else the record)
    std::unique_ptr<PagingGuard> guard; ///< per window
    QDateTime newest;
    qint64 total = -1;
};

On24Connector::On24Connector(
    const ConnectorConfig &config, QNetworkAccessManager *nam, QObject *parent)
    : Connector(config, nam, parent)
{
    const QVariantMap &s = config.account.settings;
    m_clientId = s.value(QStringLiteral("clientId")).toString().trimmed();
    m_label = describeAccount(tr("ON24 client %1").arg(m_clientId), ApiError::Credential::Token,
        [this](const ApiResponse &answer, ApiError &error) { classify(answer, error); });

    QString base = baseUrlSetting();
    const QString dc = s.value(QStringLiteral("dataCentre")).toString().trimmed().toLower();
    if (base.isEmpty()) {
        if (dc.isEmpty() || dc == QLatin1String("na"))
            base = QString::fromLatin1(kNaBaseUrl);
        else if (dc == QLatin1String("eu"))
            base = QString::fromLatin1(kEuBaseUrl);
        else
            m_configError = tr("The ON24 data centre for %1 is not set. Choose North America or "
                               "Europe in Accounts → ON24, or enter the address ON24 gave you.")
                                .arg(m_label);
    }
    if (m_configError.isEmpty()) {
        bool numeric = false;
        m_clientId.toLongLong(&numeric);
        if (!numeric) {
            m_configError = tr("The ON24 client id for %1 is missing or not a number. Enter the "
                               "numeric client id from ON24 in Accounts → ON24.")
                                .arg(m_label);
        }
    }
    if (m_configError.isEmpty()) {
        // Accept a base given with or without the /v2 path.
        m_root = apiRoot(
            base,
            [](QString path) {
                if (path.endsWith(QLatin1String("/v2")))
                    path.chop(3);
                return path;
            },
            QStringLiteral("/v2/client/") + m_clientId, &m_configError);
    }
    if (m_configError.isEmpty()
        && (!config.credentials.has(QStringLiteral("tokenKey"))
            || !config.credentials.has(QStringLiteral("tokenSecret")))) {
        m_configError = tr("The ON24 token key or token secret for %1 is missing. Enter both in "
                           "Accounts → ON24.")
                            .arg(m_label);
    }
}

On24Connector::~On24Connector() = default;

void On24Connector::classify(const ApiResponse &answer, ApiError &error) const
{
    if (!error.isError())
        return;
    const QString message = error.vendorMessage();
    if ((answer.status == 403
            && message.contains(QLatin1String("maximum number of calls"), Qt::CaseInsensitive))
        || answer.status == 429) {
        error.setKind(ApiError::Kind::RateLimited);
        error.setRetryable(true);
    } else if (answer.status == 401
        && message.contains(QLatin1String("deactivated"), Qt::CaseInsensitive)) {
        error.setUserMessage(
            tr("ON24 has deactivated the API token of %1 (ON24 turns tokens off after 60 days "
               "without use). Create a new token in ON24 under Platform Tools → Integrations → "
               "API Tokens and enter it in Accounts → ON24.")
                .arg(m_label));
    }
}

QDateTime On24Connector::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

QDate On24Connector::pacificDate(const QDateTime &t)
{
    return t.toTimeZone(pacific()).date();
}

QString On24Connector::dateParam(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QList<QPair<QDate, QDate>> On24Connector::sixMonthWindows(const QDate &from, const QDate &to)
{
    QList<QPair<QDate, QDate>> out;
    if (!from.isValid() || !to.isValid() || from > to)
        return out;
    QDate start = from;
    while (start <= to) {
        // The end date counts to 23:59:59 of that day, and a window that crosses a daylight
        // saving change is an hour longer in UTC than in Pacific time: stop two days short
        // of six months so no server reading of "six months" refuses the window.
        const QDate end = qMin(start.addMonths(6).addDays(-2), to);
        out.append({ start, end });
        start = end.addDays(1);
    }
    return out;
}

QUrl On24Connector::url(const QString &path, const QUrlQuery &query) const
{
    return urlUnder(m_root, path, query);
}

void On24Connector::get(
    const QString &path, const QUrlQuery &query, const QString &operation, JsonDone done)
{
    ApiRequest req = ApiRequest::get(url(path, query));
    req.setHeader("Accept", "application/json");
    req.setHeader("accesstokenkey", m_config.credentials.secrets.value(QStringLiteral("tokenKey")));
    req.setHeader(
        "accesstokensecret", m_config.credentials.secrets.value(QStringLiteral("tokenSecret")));
    req.operation = operation;
    sendForObject(req, std::move(done));
}

QString On24Connector::usableId(const QJsonValue &value)
{
    // ON24 ids are JSON integers; a numeric string is taken too. 0, negative numbers,
    // fractions, words and a missing id are not ids: such records keep an empty id and are
    // told apart by their e-mail address instead (never merged under "0").
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d >= 1 && d < 9e15 && d == std::floor(d))
            return QString::number(qint64(d));
        return {};
    }
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        bool ok = false;
        const qint64 n = text.toLongLong(&ok);
        if (ok && n > 0 && text == QString::number(n))
            return text;
    }
    return {};
}

ConnectorRecord On24Connector::toRecord(const QJsonObject &o, const QString &object)
{
    ConnectorRecord rec;
    rec.object = object;
    rec.fields = o.toVariantMap();
    if (object == QLatin1String("event")) {
        rec.id = usableId(o.value(QStringLiteral("eventid")));
        rec.modifiedAt = qMax(parseTime(o.value(QStringLiteral("lastmodified"))),
            parseTime(o.value(QStringLiteral("lastupdated"))));
    } else {
        rec.id = usableId(o.value(QStringLiteral("eventuserid")));
        if (object == QLatin1String("attendee")) {
            rec.modifiedAt = qMax(parseTime(o.value(QStringLiteral("lastliveactivity"))),
                parseTime(o.value(QStringLiteral("lastarchiveactivity"))));
        } else {
            rec.modifiedAt = parseTime(o.value(QStringLiteral("lastactivity")));
        }
        rec.deleted = o.value(QStringLiteral("userstatus")).toString() == QLatin1String("deleted")
            || o.value(QStringLiteral("userstatus")).toString() == QLatin1String("forgotten");
    }
    return rec;
}

std::shared_ptr<On24Connector::PagedList> On24Connector::pagedList(
    const QString &path, const QString &object, const QString &operation)
{
    auto list = std::make_shared<PagedList>();
    list->path = path;
    list->object = object;
    list->arrayKey = object + QLatin1Char('s');
    list->totalKey = u"total" + list->arrayKey;
    list->operation = operation;
    return list;
}

void On24Connector::runPaged(const std::shared_ptr<PagedList> &list)
{
    list->generation = m_generation;
    if (list->windows.isEmpty())
        list->windows.append({ QDate(), QDate() });
    if (!settingsReady([list](const ApiError &error) { list->done(error); }))
        return;
    pagedStep(list);
}

void On24Connector::pagedStep(const std::shared_ptr<PagedList> &list)
{
    if (aborted(list->generation)) {
        list->done(cancelledError(QStringLiteral("aborted between pages")));
        return;
    }
    QUrlQuery q = list->baseQuery;
    const auto &w = list->windows.at(list->window);
    if (w.first.isValid()) {
        q.addQueryItem(QStringLiteral("startDate"), dateParam(w.first));
        q.addQueryItem(QStringLiteral("endDate"), dateParam(w.second));
    }
    q.addQueryItem(QStringLiteral("pageOffset"), QString::number(list->pageOffset));
    q.addQueryItem(QStringLiteral("itemsPerPage"), QString::number(kPageSize));

    get(list->path, q, list->operation, [this, list](const QJsonObject &json, const ApiError &e) {
        if (e.isError()) {
            list->done(e);
            return;
        }
        const QJsonValue arrValue = json.value(list->arrayKey);
        if (!arrValue.isUndefined() && !arrValue.isArray()) {
            ApiError m(ApiError::Kind::Malformed,
                ApiError::sentence(ApiError::Kind::Malformed, m_http->systemName(), m_label),
                QStringLiteral("%1: \"%2\" is not an array").arg(list->operation, list->arrayKey));
            list->done(m);
            return;
        }
        const QJsonArray arr = arrValue.toArray();
        const qint64 total = json.value(list->totalKey).toInteger(-1);
        const bool hasPageCount = json.contains(QStringLiteral("pagecount"));
        const int pageCount = json.value(QStringLiteral("pagecount")).toInt();

        FetchPage page;
        int fresh = 0;
        int withoutId = 0;
        const QString idKey = list->object == QLatin1String("event")
            ? QStringLiteral("eventid")
            : QStringLiteral("eventuserid");
        if (!list->guard) {
            list->guard = std::make_unique<PagingGuard>(
                m_http->systemName(), tr("the %1 records").arg(list->object));
        }
        QStringList keys;
        keys.reserve(arr.size());
        for (const QJsonValue &v : arr) {
            const QJsonObject o = v.toObject();
            QString key = usableId(o.value(idKey));
            if (key.isEmpty()) {
                ++withoutId;
                const QString email
                    = o.value(QStringLiteral("email")).toString().trimmed().toLower();
                key = email.isEmpty()
                    ? QStringLiteral("record:") + QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))
                    : QStringLiteral("email:") + email;
            }
            keys.append(key);
        }
        if (const ApiError loop = list->guard->pageRead(keys); loop.isError()) {
            list->done(loop);
            return;
        }
        if (withoutId > 0) {
            qCWarning(lcConnectors).noquote()
                << QStringLiteral("ON24 %1: %2 of %3 records on page %4 have no usable %5; they "
                                  "are kept apart by e-mail address")
                       .arg(list->operation)
                       .arg(withoutId)
                       .arg(arr.size())
                       .arg(list->pageOffset)
                       .arg(idKey);
        }
        for (qsizetype i = 0; i < arr.size(); ++i) {
            const QJsonObject o = arr.at(i).toObject();
            const QString &key = keys.at(i);
            if (list->seenInWindow.contains(key))
                continue; // the same record again on a later page (pages shifted)
            list->seenInWindow.insert(key);
            ++fresh;
            if (list->accept && !list->accept(o))
                continue;
            ConnectorRecord rec = toRecord(o, list->object);
            if (rec.modifiedAt.isValid()
                && (!list->newest.isValid() || rec.modifiedAt > list->newest))
                list->newest = rec.modifiedAt;
            page.records.append(rec);
        }
        list->windowFetched += int(arr.size());

        if (!arr.isEmpty() && fresh == 0 && list->pageOffset > 0) {
            // Only records of earlier pages: a server ignoring pageOffset (or cycling pages).
            // Stopping quietly would pass part of the list off as all of it.
            list->done(list->guard->noProgress(
                QStringLiteral("%1: page %2 of window %3 has only records of earlier pages")
                    .arg(list->operation)
                    .arg(list->pageOffset)
                    .arg(list->window)));
            return;
        }
        bool more;
        if (arr.isEmpty() || fresh == 0)
            more = false;
        else if (hasPageCount)
            more = list->pageOffset + 1 < pageCount;
        else
            more = arr.size() >= kPageSize && (total < 0 || list->windowFetched < total);

        const bool lastWindow = list->window + 1 >= list->windows.size();
        page.last = !more && lastWindow;
        if (list->windows.size() == 1)
            page.totalKnown = total;
        if (list->newest.isValid())
            page.cursor = list->newest.toString(Qt::ISODateWithMs);
        if (!page.records.isEmpty() || page.last) {
            page.pageNumber = ++list->pageNumber;
            if (list->onPage)
                list->onPage(page);
        }
        if (more) {
            ++list->pageOffset;
            const ApiError loop
                = list->guard->nextCursor(QString::number(list->pageOffset));
            if (loop.isError()) {
                list->done(loop);
                return;
            }
        } else if (!lastWindow) {
            ++list->window;
            list->pageOffset = 0;
            list->windowFetched = 0;
            list->seenInWindow.clear();
            list->guard.reset();
        } else {
            list->done(ApiError());
            return;
        }
        pagedStep(list);
    });
}

void On24Connector::checkConnection(Result<ConnectionInfo> done)
{
    if (!settingsReady([done](const ApiError &error) { done({}, error); }))
        return;
    const QDate today = pacificDate(now());
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("startDate"), dateParam(today.addDays(-1)));
    q.addQueryItem(QStringLiteral("endDate"), dateParam(today));
    get(QStringLiteral("/event"), q, QStringLiteral("check connection"),
        [this, done](const QJsonObject &json, const ApiError &e) {
            if (e.isError()) {
                done({}, e);
                return;
            }
            ConnectionInfo info;
            const QString dc = baseUrlSetting().isEmpty()
                ? m_config.account.settings
                      .value(QStringLiteral("dataCentre"), QStringLiteral("na"))
                      .toString()
                      .toLower()
                : QStringLiteral("custom");
            const QString where = dc == QLatin1String("eu")
                ? tr("Europe")
                : (dc == QLatin1String("custom") ? m_root.host() : tr("North America"));
            info.displayName = tr("ON24 client %1 (%2)").arg(m_clientId, where);
            QUrl base = m_root;
            base.setPath(QString());
            info.instanceUrl = base.toString();
            info.details.insert(QStringLiteral("clientId"), m_clientId);
            info.details.insert(QStringLiteral("dataCentre"), dc);
            info.details.insert(QStringLiteral("eventsLastDay"),
                json.value(QStringLiteral("totalevents"))
                    .toInteger(json.value(QStringLiteral("events")).toArray().size()));
            qCInfo(lcConnectors).noquote()
                << QStringLiteral("ON24 connection to client %1 at %2 works")
                       .arg(m_clientId, info.instanceUrl);
            done(info, ApiError());
        });
}

void On24Connector::describe(const QStringList &objects, Result<QList<CrmObjectSchema>> done)
{
    const QStringList wanted = objects.isEmpty()
        ? QStringList { QStringLiteral("registrant"), QStringLiteral("attendee") }
        : objects;
    QList<CrmObjectSchema> out;
    ApiError error;
    for (const QString &name : wanted) {
        const QString object = name.toLower();
        CrmObjectSchema s;
        s.name = object;
        s.object = CrmObjectType::Contact;
        if (object == QLatin1String("registrant")) {
            for (const QString &f : registrantFieldNames()) {
                QString type = QStringLiteral("string");
                if (f == QLatin1String("email"))
                    type = QStringLiteral("email");
                else if (f.endsWith(QLatin1String("id")))
                    type = QStringLiteral("int");
                else if (f == QLatin1String("createtimestamp")
                    || f == QLatin1String("lastactivity"))
                    type = QStringLiteral("datetime");
                else if (f == QLatin1String("marketingemail") || f == QLatin1String("eventemail"))
                    type = QStringLiteral("boolean");
                else if (f.contains(QLatin1String("phone")) || f == QLatin1String("fax"))
                    type = QStringLiteral("phone");
                s.fields.append(field(f, type, isRegistrationKey(f)));
            }
        } else if (const auto *table = fieldTable(object)) {
            for (const auto &f : *table)
                s.fields.append(field(QString::fromLatin1(f.first), QString::fromLatin1(f.second)));
        } else {
            error = ApiError(ApiError::Kind::Validation,
                tr("ON24 has no “%1” records that LeadBridge can read for %2. Choose registrants, "
                   "attendees or events.")
                    .arg(name, m_label),
                QStringLiteral("describe: unknown ON24 object %1").arg(name));
            break;
        }
        out.append(s);
    }
    failSoon([done, out, error] { done(error.isError() ? QList<CrmObjectSchema>() : out, error); });
}

void On24Connector::fetch(const FetchRequest &request, PageHandler onPage, Done done)
{
    const QString object = request.object.toLower();
    const qint64 eventId = request.options.value(QStringLiteral("eventId")).toLongLong();
    const QDateTime to = request.until.isValid() ? request.until : now();
    QDateTime from = request.since;
    if (!from.isValid())
        from = request.options.value(QStringLiteral("from")).toDateTime();
    if (!from.isValid())
        from = to.addDays(object == QLatin1String("event") ? -90 : -30);

    if (object == QLatin1String("registrant") || object == QLatin1String("attendee")) {
        const bool attendee = object == QLatin1String("attendee");
        if (eventId > 0) {
            auto list = pagedList(QStringLiteral("/event/%1/%2").arg(eventId).arg(object), object,
                attendee ? QStringLiteral("event attendees") : QStringLiteral("event registrants"));
            if (request.since.isValid()) {
                list->baseQuery.addQueryItem(
                    QStringLiteral("dateFilterMode"), QStringLiteral("lastActivity"));
                list->windows = sixMonthWindows(pacificDate(request.since), pacificDate(to));
            }
            if (request.includeDeleted)
                list->baseQuery.addQueryItem(QStringLiteral("userstatus"), QStringLiteral("any"));
            list->onPage = std::move(onPage);
            list->done = std::move(done);
            runPaged(list);
            return;
        }
        if (attendee)
            attendees(from, to, std::move(onPage), std::move(done));
        else
            registrants(from, to, std::move(onPage), std::move(done), request.since.isValid());
        return;
    }
    if (object == QLatin1String("event")) {
        auto list = pagedList(QStringLiteral("/event"), object, QStringLiteral("list events"));
        if (request.since.isValid())
            list->baseQuery.addQueryItem(
                QStringLiteral("dateFilterMode"), QStringLiteral("modified"));
        list->windows = sixMonthWindows(pacificDate(from), pacificDate(to));
        list->onPage = std::move(onPage);
        list->done = std::move(done);
        runPaged(list);
        return;
    }
    const ApiError e(ApiError::Kind::Validation,
        tr("ON24 has no “%1” records that LeadBridge can read for %2. Choose registrants, "
           "attendees or events.")
            .arg(request.object, m_label),
        QStringLiteral("fetch: unknown ON24 object %1").arg(request.object));
    failSoon([done, e] { done(e); });
}

void On24Connector::listEvents(const QDateTime &from, const QDateTime &to, Result<Records> done)
{
    auto list = pagedList(
        QStringLiteral("/event"), QStringLiteral("event"), QStringLiteral("list events"));
    auto collected = std::make_shared<Records>();
    auto seen = std::make_shared<QSet<QString>>();
    list->windows = sixMonthWindows(pacificDate(from), pacificDate(to));
    if (list->windows.isEmpty()) {
        failSoon([done] { done({}, ApiError()); });
        return;
    }
    list->onPage = [collected, seen](const FetchPage &page) {
        for (const auto &r : page.records) {
            if (!seen->contains(r.id)) {
                seen->insert(r.id);
                collected->append(r);
            }
        }
    };
    list->done
        = [collected, done](const ApiError &e) { done(e.isError() ? Records() : *collected, e); };
    runPaged(list);
}

void On24Connector::eventRegistrants(qint64 eventId, PageHandler onPage, Done done)
{
    FetchRequest r;
    r.object = QStringLiteral("registrant");
    r.options.insert(QStringLiteral("eventId"), eventId);
    fetch(r, std::move(onPage), std::move(done));
}

void On24Connector::eventAttendees(qint64 eventId, PageHandler onPage, Done done)
{
    FetchRequest r;
    r.object = QStringLiteral("attendee");
    r.options.insert(QStringLiteral("eventId"), eventId);
    fetch(r, std::move(onPage), std::move(done));
}

void On24Connector::registrants(
    const QDateTime &from, const QDateTime &to, PageHandler onPage, Done done, bool byLastActivity)
{
    clientList(
        QStringLiteral("registrant"), from, to, byLastActivity, std::move(onPage), std::move(done));
}

void On24Connector::attendees(
    const QDateTime &from, const QDateTime &to, PageHandler onPage, Done done)
{
    clientList(QStringLiteral("attendee"), from, to, false, std::move(onPage), std::move(done));
}

void On24Connector::clientList(const QString &object, const QDateTime &from, const QDateTime &to,
    bool byLastActivity, PageHandler onPage, Done done)
{
    auto list = pagedList(
        QLatin1Char('/') + object, object, QStringLiteral("client ") + object + QLatin1Char('s'));
    if (byLastActivity)
        list->baseQuery.addQueryItem(
            QStringLiteral("dateFilterMode"), QStringLiteral("lastActivity"));
    list->windows = sixMonthWindows(pacificDate(from), pacificDate(to));
    if (list->windows.isEmpty())
        list->windows.append({ pacificDate(to), pacificDate(to) });
    list->onPage = std::move(onPage);
    list->done = std::move(done);
    runPaged(list);
}

void On24Connector::recentlyEndedEvents(qint64 lookBackSecs, Result<Records> done)
{
    const QDateTime to = now();
    const QDateTime from = to.addSecs(-qMax<qint64>(lookBackSecs, 0));
    auto list = pagedList(
        QStringLiteral("/event"), QStringLiteral("event"), QStringLiteral("recently ended events"));
    auto collected = std::make_shared<Records>();
    list->baseQuery.addQueryItem(QStringLiteral("dateFilterMode"), QStringLiteral("liveend"));
    list->windows = sixMonthWindows(pacificDate(from), pacificDate(to));
    list->accept = [from, to](const QJsonObject &o) {
        const QDateTime end = parseTime(o.value(QStringLiteral("liveend")));
        return end.isValid() && end >= from && end <= to;
    };
    list->onPage = [collected](const FetchPage &page) { collected->append(page.records); };
    list->done
        = [collected, done](const ApiError &e) { done(e.isError() ? Records() : *collected, e); };
    runPaged(list);
}

void On24Connector::write(const WriteRequest &request, Result<WriteResult> done)
{
    if (!settingsReady([done](const ApiError &error) { done({}, error); }))
        return;
    if (request.object.toLower() != QLatin1String("registrant")
        || request.operation != WriteRequest::Operation::Create) {
        const ApiError e(ApiError::Kind::Validation,
            tr("LeadBridge can only add registrations to ON24 (for %1); it cannot change or delete "
               "ON24 records. Use ON24 as a source in this flow, or register people instead.")
                .arg(m_label),
            QStringLiteral("write: ON24 supports only Create on registrant (asked: %1 on %2)")
                .arg(int(request.operation))
                .arg(request.object));
        failSoon([done, e] { done({}, e); });
        return;
    }

    // ON24 has no bulk registration: one form POST per person, one after another.
    auto st = std::make_shared<WriteState>();
    st->request = request;
    st->done = std::move(done);
    st->generation = m_generation;
    writeStep(st);
}

void On24Connector::writeStep(const std::shared_ptr<WriteState> &st)
{
    if (aborted(st->generation)) {
        st->done(st->result, cancelledError(QStringLiteral("aborted between registrations")));
        return;
    }
    if (st->index >= st->request.records.size()) {
        st->done(st->result, ApiError());
        return;
    }
    const int i = st->index++;
    const ConnectorRecord &rec = st->request.records.at(i);
    QList<QPair<QString, QString>> form;
    qint64 eventId = st->request.options.value(QStringLiteral("eventId")).toLongLong();
    for (auto it = rec.fields.cbegin(); it != rec.fields.cend(); ++it) {
        const QString key = it.key().toLower();
        if (key == QLatin1String("eventid")) {
            if (eventId <= 0)
                eventId = it.value().toLongLong();
            continue;
        }
        if (isRegistrationKey(key) && !it.value().isNull())
            form.append({ key, valueText(it.value()) });
    }
    if (eventId <= 0) {
        WriteOutcome o;
        o.index = i;
        o.error = ApiError(ApiError::Kind::Validation,
            tr("LeadBridge could not register %1 in ON24 (%2) because no webinar was chosen. "
               "Choose the ON24 webinar in the flow's settings.")
                .arg(rec.fields.value(QStringLiteral("email")).toString(), m_label),
            QStringLiteral("registration without eventId"));
        st->result.outcomes.append(o);
        writeStep(st);
        return;
    }
    ApiRequest req
        = ApiRequest::form(url(QStringLiteral("/event/%1/registrant").arg(eventId)), form);
    req.setHeader("Accept", "application/json");
    req.setHeader("accesstokenkey", m_config.credentials.secrets.value(QStringLiteral("tokenKey")));
    req.setHeader(
        "accesstokensecret", m_config.credentials.secrets.value(QStringLiteral("tokenSecret")));
    req.operation = QStringLiteral("register");
    m_http->send(req, this, [this, st, i](const ApiResponse &r) {
        ++st->result.callsUsed;
        WriteOutcome o;
        o.index = i;
        if (r.ok()) {
            o.ok = true;
            o.created = true;
            o.id
                = QString::number(r.json.object().value(QStringLiteral("eventuserid")).toInteger());
            st->result.outcomes.append(o);
            writeStep(st);
            return;
        }
        switch (r.error.kind()) {
        case ApiError::Kind::Validation:
        case ApiError::Kind::NotFound:
        case ApiError::Kind::Permission:
            o.error = r.error;
            st->result.outcomes.append(o);
            writeStep(st);
            return;
        default:
            // Sign-in, limits, outages and aborts stop the whole write.
            st->done(st->result, r.error);
            return;
        }
    });
}

struct On24Connector::SampleState
{
    QList<QPair<QDate, QDate>> windows;
    QUrlQuery baseQuery;
    QString path;
    QString arrayKey;
    QString object;
    ReadSample sample;
    Result<ReadSample> done;
    quint64 generation = 0;
};

void On24Connector::sampleRead(const FetchRequest &request, Result<ReadSample> done)
{
    // The same windows and filter as fetch() → registrants() / attendees().
    auto st = std::make_shared<SampleState>();
    st->object = request.object.toLower();
    const bool attendee = st->object == QLatin1String("attendee");
    const QDateTime to = request.until.isValid() ? request.until : now();
    QDateTime from = request.since;
    if (!from.isValid())
        from = request.options.value(QStringLiteral("from")).toDateTime();
    if (!from.isValid())
        from = to.addDays(-30);
    ApiError error;
    if (configOk(&error) && !attendee && st->object != QLatin1String("registrant"))
        error = ApiError(ApiError::Kind::Validation,
            tr("LeadBridge can only count ON24 registrants and attendees."),
            QStringLiteral("sampleRead: object %1").arg(request.object));
    if (error.isError()) {
        failSoon([done, error] { done({}, error); });
        return;
    }
    st->windows = sixMonthWindows(pacificDate(from), pacificDate(to));
    if (st->windows.isEmpty())
        st->windows.append({ pacificDate(to), pacificDate(to) });
    if (!attendee && request.since.isValid())
        st->baseQuery.addQueryItem(
            QStringLiteral("dateFilterMode"), QStringLiteral("lastActivity"));
    st->path = attendee ? QStringLiteral("/attendee") : QStringLiteral("/registrant");
    st->arrayKey = attendee ? QStringLiteral("attendees") : QStringLiteral("registrants");
    st->done = std::move(done);
    st->generation = m_generation;
    sampleWindow(st, 0);
}

void On24Connector::sampleWindow(const std::shared_ptr<SampleState> &st, int index)
{
    if (index >= st->windows.size())
        return st->done(st->sample, ApiError());
    if (aborted(st->generation))
        return st->done({}, cancelledError(QStringLiteral("aborted between windows")));
    QUrlQuery q = st->baseQuery;
    q.addQueryItem(QStringLiteral("startDate"), dateParam(st->windows.at(index).first));
    q.addQueryItem(QStringLiteral("endDate"), dateParam(st->windows.at(index).second));
    q.addQueryItem(QStringLiteral("pageOffset"), QStringLiteral("0"));
    q.addQueryItem(QStringLiteral("itemsPerPage"), QString::number(kPageSize));
    get(st->path, q, QStringLiteral("count ") + st->arrayKey,
        [this, st, index](const QJsonObject &json, const ApiError &e) {
            if (e.isError())
                return st->done({}, e);
            const QJsonArray rows = json.value(st->arrayKey).toArray();
            const QJsonValue reported = json.value(u"total" + st->arrayKey);
            const auto total
                = reported.isDouble() ? wholeNumber(reported.toDouble()) : std::optional<qint64>();
            const qint64 n = total && *total >= 0 ? *total : qint64(rows.size());
            st->sample.total += n;
            st->sample.pages += int(qMax<qint64>(1, (n + kPageSize - 1) / kPageSize));
            for (const QJsonValue &v : rows)
                st->sample.firstPages.append(toRecord(v.toObject(), st->object));
            sampleWindow(st, index + 1);
        });
}

} // namespace LeadBridge
