#include "core/sandbox/acton/ActOnEmulator.h"

#include "core/sandbox/acton/ActOnRecordsApi.h"
#include "core/sandbox/acton/ActOnWire.h"

#include "core/sandbox/acton/ActOnCsvReader.h"
#include "core/sandbox/acton/ActOnMultipartParser.h"
#include "core/util/WholeNumber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimeZone>
#include <limits>

using namespace Qt::StringLiterals;

namespace LeadBridge::Sandbox {

using namespace ActOnWire;

ActOnEmulator::ActOnEmulator(QObject *parent)
    : Emulator(u"acton"_s, parent)
    , m_clientId(defaultClientId())
    , m_clientSecret(defaultClientSecret())
{
    m_users.insert(defaultUsername().toLower(), defaultPassword());
    m_suppressions.insert(u"optout"_s, {});
    m_suppressions.insert(u"hardbounce"_s, {});
    m_suppressions.insert(u"spamcomplaint"_s, {});

    m_records = std::make_unique<ActOnRecordsApi>(*this);
    auto bind = [this](SandboxResponse (ActOnEmulator::*fn)(const SandboxRequest &)) {
        return [this, fn](const SandboxRequest &r) { return (this->*fn)(r); };
    };
    auto bindRecords = [this](SandboxResponse (ActOnRecordsApi::*fn)(const SandboxRequest &)) {
        return [this, fn](const SandboxRequest &r) { return (m_records.get()->*fn)(r); };
    };
    addRoute("POST", u"/token"_s, u"token"_s, bind(&ActOnEmulator::handleToken));
    addRoute("GET", u"/api/1/list"_s, u"list.listing"_s, bind(&ActOnEmulator::handleListing));
    addRoute("POST", u"/api/1/list"_s, u"list.create"_s, bind(&ActOnEmulator::handleCreateList));
    for (const QString &kind : { u"optout"_s, u"hardbounce"_s, u"spamcomplaint"_s }) {
        addRoute("GET", u"/api/1/list/"_s + kind, u"list."_s + kind,
            [this, kind](const SandboxRequest &r) { return handleSuppression(r, kind); });
    }
    addRoute("GET", u"/api/1/list/{jobId}/status"_s, u"list.jobStatus"_s,
        bind(&ActOnEmulator::handleJobStatus));
    addRoute(
        "GET", u"/api/1/list/{listid}"_s, u"list.download"_s, bind(&ActOnEmulator::handleDownload));
    addRoute("PUT", u"/api/1/list/{listid}"_s, u"list.merge"_s, bind(&ActOnEmulator::handleMerge));
    addRoute("POST", u"/api/1/list/{listid}"_s, u"list.merge"_s, bind(&ActOnEmulator::handleMerge));
    addRoute("DELETE", u"/api/1/list/{listid}"_s, u"list.delete"_s,
        bind(&ActOnEmulator::handleDeleteList));
    addRoute("PUT", u"/api/1/list/{listid}/record"_s, u"record.upsert"_s,
        bindRecords(&ActOnRecordsApi::handleUpsert));
    addRoute("POST", u"/api/1/list/{listid}/record"_s, u"record.insert"_s,
        bindRecords(&ActOnRecordsApi::handleInsert));
    addRoute("DELETE", u"/api/1/list/{listid}/record"_s, u"record.bulkDelete"_s,
        bindRecords(&ActOnRecordsApi::handleBulkDelete));
    addRoute("GET", u"/api/1/list/{listid}/record/{recordid}"_s, u"record.get"_s,
        bindRecords(&ActOnRecordsApi::handleGetRecord));
    addRoute("PUT", u"/api/1/list/{listid}/record/{recordid}"_s, u"record.update"_s,
        bindRecords(&ActOnRecordsApi::handleUpdateRecord));
    addRoute("DELETE", u"/api/1/list/{listid}/record/{recordid}"_s, u"record.delete"_s,
        bindRecords(&ActOnRecordsApi::handleDeleteRecord));
}

ActOnEmulator::~ActOnEmulator() = default;

// ---------------------------------------------------------------- setup

void ActOnEmulator::addUser(const QString &username, const QString &password)
{
    m_users.insert(username.trimmed().toLower(), password);
}

void ActOnEmulator::setClientCredentials(const QString &clientId, const QString &clientSecret)
{
    m_clientId = clientId;
    m_clientSecret = clientSecret;
}

void ActOnEmulator::setLimits(int callsPerSecond, int callsPerDay, int authCallsPerHour)
{
    m_perSecondMax = qMax(0, callsPerSecond);
    m_perDayMax = qMax(0, callsPerDay);
    m_authPerHourMax = qMax(0, authCallsPerHour);
}

QStringList ActOnEmulator::standardHeadings()
{
    return { u"E-mail Address"_s, u"First Name"_s, u"Last Name"_s, u"Company"_s, u"Job Title"_s,
        u"Business Phone"_s, u"Business Street"_s, u"Business City"_s, u"Business State"_s,
        u"Business Postal Code"_s, u"Business Country"_s, u"Industry"_s, u"Lead Source"_s,
        u"Score"_s };
}

QStringList ActOnEmulator::extraScoreSheets()
{
    // Act-On help "Lead Scoring Rules Overview" (connect.act-on.com, article 360023758334):
    // up to 4 additional score sheets besides the default one. The demo world has one.
    return { u"Product Score"_s };
}

int ActOnEmulator::extraSheetScore(const DemoPerson &person, int sheet)
{
    return int((quint64(person.score) * 37 + quint64(person.index) * 11 + quint64(sheet) * 7) % 101);
}

ActOnList &ActOnEmulator::addList(const QString &name, const QString &folder)
{
    auto l = std::make_shared<ActOnList>();
    l->id = u"l-%1"_s.arg(m_nextListNo++, 4, 16, QLatin1Char('0'));
    l->name = name;
    l->folder = folder.isEmpty() ? u"Default Folder"_s : folder;
    l->createdMs = nowMs();
    l->modifiedMs = l->createdMs;
    m_lists.insert(l->id, l);
    m_listOrder.append(l->id);
    return *l;
}

QString ActOnEmulator::createList(
    const QString &name, const QString &folder, const QStringList &headings)
{
    ActOnList &l = addList(name, folder);
    for (const QString &h : headings)
        l.addColumn(h);
    return l.id;
}

bool ActOnEmulator::addColumn(const QString &listId, const QString &heading)
{
    ActOnList *l = list(listId);
    if (!l || l->headings().contains(heading, Qt::CaseInsensitive))
        return false;
    l->addColumn(heading);
    l->modifiedMs = nowMs();
    return true;
}

qsizetype ActOnEmulator::listSize(const QString &listId) const
{
    const ActOnList *l = list(listId);
    return l ? l->size() : -1;
}

QString ActOnEmulator::listIdByName(const QString &name) const
{
    for (const QString &id : m_listOrder) {
        if (m_lists.value(id)->name.compare(name, Qt::CaseInsensitive) == 0)
            return id;
    }
    return {};
}

ActOnList *ActOnEmulator::list(const QString &id)
{
    auto it = m_lists.find(id);
    return it == m_lists.end() ? nullptr : it.value().get();
}

const ActOnList *ActOnEmulator::list(const QString &id) const
{
    auto it = m_lists.constFind(id);
    return it == m_lists.constEnd() ? nullptr : it.value().get();
}

void ActOnEmulator::clearData()
{
    m_lists.clear();
    m_listOrder.clear();
    m_nextListNo = 1;
    m_jobs.clear();
    m_jobsOutstanding = 0;
    for (auto &s : m_suppressions)
        s.clear();
}

void ActOnEmulator::appendPerson(
    ActOnList &l, const DemoPerson &p, std::vector<QByteArrayView> &fields, bool withScoreSheets)
{
    const QString street = p.street2.isEmpty() ? p.street1 : p.street1 + u", "_s + p.street2;
    // Same order as standardHeadings().
    const QByteArray values[] = { p.email.toUtf8(), p.firstName.toUtf8(), p.lastName.toUtf8(),
        p.company.toUtf8(), p.title.toUtf8(), p.phone.toUtf8(), street.toUtf8(), p.city.toUtf8(),
        p.state.toUtf8(), p.postalCode.toUtf8(), p.country.toUtf8(), p.industry.toUtf8(),
        p.leadSource.toUtf8(), QByteArray::number(p.score) };
    fields.resize(std::size(values));
    for (size_t i = 0; i < std::size(values); ++i)
        fields[i] = values[i];
    QList<QByteArray> sheets;
    if (withScoreSheets) {
        for (int i = 0; i < extraScoreSheets().size(); ++i)
            sheets.append(QByteArray::number(extraSheetScore(p, i)));
        for (const QByteArray &v : std::as_const(sheets))
            fields.push_back(v);
    }
    const qint64 created = p.createdAt.isValid() ? p.createdAt.toMSecsSinceEpoch() : nowMs();
    const qint64 modified = p.modifiedAt.isValid() ? p.modifiedAt.toMSecsSinceEpoch() : created;
    l.append(ActOnList::join(fields), modified, created);
}

void ActOnEmulator::seed(const DemoDataset &data)
{
    clearData();
    QHash<int, const DemoPerson *> byIndex;
    byIndex.reserve(data.people.size());
    for (const DemoPerson &p : data.people)
        byIndex.insert(p.index, &p);

    std::vector<QByteArrayView> fields;
    for (const DemoList &dl : data.actOnLists) {
        ActOnList &l = addList(dl.name, dl.folder);
        for (const QString &h : standardHeadings())
            l.addColumn(h);
        for (const QString &h : extraScoreSheets())
            l.addColumn(h);
        l.reserve(dl.members.size());
        for (int member : dl.members) {
            if (const DemoPerson *p = byIndex.value(member))
                appendPerson(l, *p, fields, true);
        }
    }
    for (const DemoPerson &p : data.people) {
        if (p.email.trimmed().isEmpty())
            continue;
        const qint64 ts = p.modifiedAt.isValid() ? p.modifiedAt.toMSecsSinceEpoch() : nowMs();
        if (p.optedOut)
            m_suppressions[u"optout"_s].append({ p.email, ts, u"unsubscribe"_s });
        if (p.hardBounced)
            m_suppressions[u"hardbounce"_s].append({ p.email, ts, u"bounce"_s });
    }
}

void ActOnEmulator::seedSynthetic(int count, quint32 seed)
{
    clearData();
    ActOnList &l = addList(u"Synthetic Contacts"_s, u"Synthetic"_s);
    for (const QString &h : standardHeadings())
        l.addColumn(h);
    l.reserve(count);
    std::vector<QByteArrayView> fields;
    for (int i = 0; i < count; ++i)
        appendPerson(l, DemoDataset::syntheticPerson(seed, i), fields);
}

// ---------------------------------------------------------------- shapes

qint64 ActOnEmulator::nowMs() const
{
    return now().toMSecsSinceEpoch();
}

SandboxResponse ActOnEmulator::apiError(int status, const QJsonValue &code, const QString &message)
{
    return SandboxResponse::json(
        status, QJsonObject { { u"errorCode"_s, code }, { u"message"_s, message } });
}

SandboxResponse ActOnEmulator::gatewayError(int status, const QString &message, const QString &more)
{
    return SandboxResponse::json(status,
        QJsonObject { { u"httpCode"_s, QString::number(status) }, { u"httpMessage"_s, message },
            { u"moreInformation"_s, more } });
}

SandboxResponse ActOnEmulator::success(const QString &message, QJsonObject extra)
{
    extra.insert(u"status"_s, u"success"_s);
    extra.insert(u"message"_s, message);
    return SandboxResponse::json(200, extra);
}

SandboxResponse ActOnEmulator::rateLimited(const QString &message) const
{
    return apiError(429, 429, message);
}

SandboxResponse ActOnEmulator::rateLimitResponse(const SandboxRequest &request)
{
    if (request.path == u"/token"_s) {
        return SandboxResponse::oauthError(429, u"rate_limit_exceeded"_s,
            u"Too many authentication calls. Reuse the access token until it "
            "expires."_s);
    }
    return rateLimited(u"API rate limit exceeded. Slow down and retry later."_s);
}

SandboxResponse ActOnEmulator::serverErrorResponse(const SandboxRequest &)
{
    return gatewayError(503, u"Service Unavailable"_s, u""_s);
}

SandboxResponse ActOnEmulator::notFoundResponse(const SandboxRequest &)
{
    return gatewayError(404, u"Not Found"_s, u"No resources match requested URI"_s);
}

QJsonObject ActOnEmulator::limitUsage() const
{
    const qint64 ms = nowMs();
    const qint64 windowMs = limitClockMs();
    qint64 lastSecond = 0;
    for (qint64 t : m_recentCalls) {
        if (t > windowMs - 1000)
            ++lastSecond;
    }
    qint64 lastHour = 0;
    for (qint64 t : m_authCalls) {
        if (t > windowMs - 3600 * 1000)
            ++lastHour;
    }
    const bool sameDay = m_day == ms / 86400000;
    return QJsonObject { { u"callsPerSecondMax"_s, m_perSecondMax },
        { u"callsInLastSecond"_s, lastSecond }, { u"dailyMax"_s, m_perDayMax },
        { u"dailyUsed"_s, sameDay ? m_dailyUsed : 0 },
        { u"authCallsPerHourMax"_s, m_authPerHourMax }, { u"authCallsLastHour"_s, lastHour },
        { u"passwordGrants"_s, m_passwordGrants }, { u"refreshGrants"_s, m_refreshGrants },
        { u"jobWaitAnswers"_s, m_jobWaitAnswers },
        { u"jobsOutstandingMax"_s, m_jobsOutstandingMax } };
}

void ActOnEmulator::expireAllTokens()
{
    m_access.clear();
}

// ---------------------------------------------------------------- auth and limits

QString ActOnEmulator::newToken()
{
    const quint32 a = rng().generate(), b = rng().generate(), c = rng().generate(),
                  d = rng().generate();
    return u"%1-%2-%3-%4-%5%6"_s.arg(a, 8, 16, QLatin1Char('0'))
        .arg(b >> 16, 4, 16, QLatin1Char('0'))
        .arg(b & 0xffff, 4, 16, QLatin1Char('0'))
        .arg(c >> 16, 4, 16, QLatin1Char('0'))
        .arg(c & 0xffff, 4, 16, QLatin1Char('0'))
        .arg(d, 8, 16, QLatin1Char('0'));
}

QJsonObject ActOnEmulator::issueTokens(const QString &user, const QString &clientId)
{
    const qint64 ms = nowMs();
    const int lifetime = faults().tokenLifetimeSeconds >= 0 ? faults().tokenLifetimeSeconds : 3600;
    const QString access = newToken();
    const QString refresh = newToken();
    m_access.insert(access, AccessToken { user, ms + qint64(lifetime) * 1000 });
    // A new grant invalidates the previous refresh token of the same user and client.
    const QString key = user.toLower() + u'\n' + clientId;
    const QString previous = m_currentRefresh.value(key);
    if (!previous.isEmpty())
        m_refresh.remove(previous);
    m_refresh.insert(refresh, RefreshToken { user, clientId, ms + kRefreshLifetimeMs });
    m_currentRefresh.insert(key, refresh);
    return QJsonObject { { u"access_token"_s, access }, { u"refresh_token"_s, refresh },
        { u"scope"_s, u"offline-access"_s }, { u"token_type"_s, u"Bearer"_s },
        { u"expires_in"_s, lifetime } };
}

SandboxResponse ActOnEmulator::handleToken(const SandboxRequest &r)
{
    const qint64 ms = nowMs();
    const qint64 windowMs = limitClockMs();
    while (!m_authCalls.empty() && m_authCalls.front() <= windowMs - 3600 * 1000)
        m_authCalls.pop_front();
    if (m_authPerHourMax > 0 && qsizetype(m_authCalls.size()) >= m_authPerHourMax) {
        return SandboxResponse::oauthError(429, u"rate_limit_exceeded"_s,
            u"Too many authentication calls: at most %1 per hour. Reuse the access "
            "token until it expires."_s.arg(m_authPerHourMax));
    }
    m_authCalls.push_back(windowMs);

    // Parameters may come in the form body or the query (both are seen in the wild).
    const auto param = [&r](QStringView name) {
        QString v = r.form(name);
        if (v.isEmpty())
            v = r.query(name);
        return v;
    };
    const QString grant = param(u"grant_type").trimmed();
    const QString clientId = param(u"client_id");
    const QString clientSecret = param(u"client_secret");
    if (grant.isEmpty() || clientId != m_clientId || clientSecret != m_clientSecret)
        return SandboxResponse::oauthError(401, u"access_denied"_s, u"Unauthorized"_s);

    QJsonObject tokens;
    if (grant == u"password"_s) {
        const QString user = param(u"username").trimmed();
        auto it = m_users.constFind(user.toLower());
        if (user.isEmpty() || it == m_users.constEnd() || it.value() != param(u"password"))
            return SandboxResponse::oauthError(
                403, u"invalid_grant"_s, u"Wrong email or password."_s);
        tokens = issueTokens(user, clientId);
        ++m_passwordGrants;
    } else if (grant == u"refresh_token"_s) {
        const QString presented = param(u"refresh_token");
        auto it = m_refresh.constFind(presented);
        if (presented.isEmpty() || it == m_refresh.constEnd() || it->expiresMs <= ms
            || it->clientId != clientId)
            return SandboxResponse::oauthError(
                403, u"invalid_grant"_s, u"Unknown or invalid refresh token."_s);
        const QString user = it->user;
        tokens = issueTokens(user, clientId);
        ++m_refreshGrants;
    } else {
        return SandboxResponse::oauthError(
            400, u"unsupported_grant_type"_s, u"Unsupported grant type: %1"_s.arg(grant));
    }
    return SandboxResponse::json(200, tokens)
        .setHeader("Cache-Control", "no-store")
        .setHeader("Pragma", "no-cache");
}

std::optional<SandboxResponse> ActOnEmulator::beforeRoute(
    const SandboxRequest &request, const QString &endpoint)
{
    if (endpoint == u"token"_s)
        return std::nullopt;
    const qint64 ms = nowMs();
    const QByteArray auth = request.header("authorization").trimmed();
    bool authorized = false;
    if (auth.size() > 7
        && QByteArrayView(auth).first(7).compare("bearer ", Qt::CaseInsensitive) == 0) {
        const QString token = QString::fromLatin1(auth.mid(7).trimmed());
        auto it = m_access.constFind(token);
        authorized = it != m_access.constEnd() && it->expiresMs > ms;
    }
    if (!authorized)
        return gatewayError(401, u"Unauthorized"_s, u""_s);

    const qint64 windowMs = limitClockMs();
    while (!m_recentCalls.empty() && m_recentCalls.front() <= windowMs - 1000)
        m_recentCalls.pop_front();
    if (m_perSecondMax > 0 && qsizetype(m_recentCalls.size()) >= m_perSecondMax) {
        return rateLimited(
            u"API rate limit exceeded: at most %1 calls per second."_s.arg(m_perSecondMax));
    }
    const qint64 day = ms / 86400000;
    if (day != m_day) {
        m_day = day;
        m_dailyUsed = 0;
    }
    if (m_perDayMax > 0 && m_dailyUsed >= m_perDayMax) {
        return rateLimited(
            u"Daily API limit exceeded: at most %1 requests per day."_s.arg(m_perDayMax));
    }
    m_recentCalls.push_back(windowMs);
    ++m_dailyUsed;
    return std::nullopt;
}

// ---------------------------------------------------------------- lists

QJsonObject ActOnEmulator::listSummary(const ActOnList &l) const
{
    const QString ts
        = QDateTime::fromMSecsSinceEpoch(l.modifiedMs, Qt::UTC).toString(u"MMM d yyyy h:mm AP"_s)
        + u" UTC"_s;
    return QJsonObject { { u"id"_s, l.id }, { u"name"_s, l.name }, { u"folderName"_s, l.folder },
        { u"sourceId"_s, l.id }, { u"baseId"_s, l.id }, { u"description"_s, l.description },
        { u"sourceSize"_s, QString::number(l.size()) }, { u"sourceName"_s, l.name },
        { u"tsLastModified"_s, l.modifiedMs }, { u"tsLastCounted"_s, l.modifiedMs },
        { u"tsSource"_s, l.createdMs }, { u"sourceTS"_s, ts }, { u"bIsSingleton"_s, false },
        { u"bIsList"_s, true }, { u"bIsSforce"_s, false }, { u"bIsSforceReport"_s, false },
        { u"bIsSforceAvailable"_s, true }, { u"bIsMSDyn"_s, false },
        { u"bIsMSDynAvailable"_s, true }, { u"bIsSugar"_s, false },
        { u"bIsSugarAvailable"_s, true }, { u"bIsSL"_s, false }, { u"bIsSLAvailable"_s, true },
        { u"bIsNsuite"_s, false }, { u"bIsNsuiteAvailable"_s, true } };
}

SandboxResponse ActOnEmulator::handleListing(const SandboxRequest &r)
{
    static const QSet<QString> types = { u"CONTACT_LIST"_s, u"HEADER"_s, u"FOOTER"_s, u"SENDER"_s,
        u"MEDIA"_s, u"PAGES"_s, u"CUSTOM_EVENTS"_s, u"TEMPLATE_MESSAGE"_s, u"DRAFT_MESSAGE"_s,
        u"LANDING_PAGE"_s, u"SENT_MESSAGE"_s, u"TRIGGERED_MESSAGE"_s, u"TEST_MESSAGE"_s,
        u"FAILED_MESSAGE"_s, u"SCHEDULED_MESSAGE"_s };
    const QString type = r.query(u"listingtype").trimmed().toUpper();
    if (type.isEmpty())
        return apiError(422, 10121, u"Missing parameter: listingtype"_s);
    if (!types.contains(type))
        return apiError(400, 10121, u"Invalid parameter: listingtype %1"_s.arg(type));
    qint64 count = 0, offset = 0;
    if (!intParam(r, u"count", kMaxPage, &count) || !intParam(r, u"offset", 0, &offset))
        return apiError(400, 10121, u"Invalid parameter: count and offset must be numbers"_s);
    count = qMin<qint64>(count, kMaxPage);

    QStringList ids;
    if (type == u"CONTACT_LIST"_s) {
        const QString folder = r.query(u"foldername", r.query(u"folder"));
        for (const QString &id : m_listOrder) {
            if (folder.isEmpty()
                || m_lists.value(id)->folder.compare(folder, Qt::CaseInsensitive) == 0)
                ids.append(id);
        }
    }
    QJsonArray result;
    for (qint64 i = offset; i < ids.size() && i < offset + count; ++i)
        result.append(listSummary(*m_lists.value(ids.at(i))));
    return SandboxResponse::json(200,
        QJsonObject { { u"offset"_s, offset }, { u"count"_s, result.size() },
            { u"totalCount"_s, ids.size() }, { u"result"_s, result } });
}

SandboxResponse ActOnEmulator::handleSuppression(const SandboxRequest &r, const QString &kind)
{
    qint64 count = 0, offset = 0;
    if (!intParam(r, u"count", kMaxPage, &count) || !intParam(r, u"offset", 0, &offset))
        return apiError(400, 10121, u"Invalid parameter: count and offset must be numbers"_s);
    count = qMin<qint64>(count, kMaxPage);
    const QList<Suppression> &entries = m_suppressions[kind];
    QJsonArray result;
    for (qint64 i = offset; i < entries.size() && i < offset + count; ++i) {
        const Suppression &s = entries.at(i);
        result.append(QJsonObject { { u"email"_s, s.email }, { u"timestamp"_s, s.timestampMs },
            { u"origin"_s, s.origin } });
    }
    return SandboxResponse::json(200,
        QJsonObject { { u"offset"_s, offset }, { u"count"_s, result.size() },
            { u"totalCount"_s, -1 }, { u"result"_s, result } });
}

QString ActOnEmulator::addJob(const Job &job)
{
    const QString id = QString::number(m_nextJob++);
    Job stored = job;
    // Large uploads run asynchronously: one "pending" answer, then one "running" answer per
    // kRowsPerPoll rows before the details (the numbers are an emulator choice).
    if (stored.rows > kLargeJobRows)
        stored.busyPolls = 1 + int((stored.rows + kRowsPerPoll - 1) / kRowsPerPoll);
    m_jobs.insert(id, stored);
    m_jobsOutstandingMax = qMax(m_jobsOutstandingMax, ++m_jobsOutstanding);
    return id;
}

SandboxResponse ActOnEmulator::handleJobStatus(const SandboxRequest &r)
{
    auto it = m_jobs.find(r.param(u"jobId"_s));
    if (it == m_jobs.end() || it->createdMs + kJobLifetimeMs <= nowMs())
        return apiError(400, 10017, u"Invalid or expired Job Id"_s);
    // While a job runs, Act-On answers only its state, with no details (Act-On OpenAPI,
    // api-evangelist/act-on openapi/_original/act-on-api-1.json, GET /api/1/list/{jobid}/status,
    // examples "Job Pending" and "Job Running").
    bool waiting = false;
    FaultSettings f = faults();
    if (f.jobPendingNext > 0) {
        --f.jobPendingNext;
        setFaults(f);
        waiting = true;
    } else if (it->busyPolls > 0) {
        --it->busyPolls;
        waiting = true;
    }
    if (waiting) {
        ++m_jobWaitAnswers;
        const QString state
            = it->started ? u"The job is running"_s : u"The job is pending"_s;
        it->started = true;
        return SandboxResponse::json(200, QJsonObject { { u"status"_s, state } });
    }
    if (!it->reported) {
        it->reported = true;
        --m_jobsOutstanding;
    }
    const QJsonObject details { { u"status"_s, it->status }, { u"listId"_s, it->listId },
        { u"appendCount"_s, it->appendCount }, { u"updateCount"_s, it->updateCount },
        { u"failedCount"_s, it->failedCount }, { u"rejectedCount"_s, it->rejectedCount } };
    return SandboxResponse::json(200,
        QJsonObject { { u"status"_s, u"success"_s },
            { u"jobDetails"_s,
                QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)) },
            { u"details"_s, details } });
}

std::optional<SandboxResponse> ActOnEmulator::parseImportOptions(
    const ActOnMultipartParser &form, ImportOptions *o) const
{
    const QString sep
        = form.value("fieldseparator", form.value("fieldseperator")).trimmed().toUpper();
    if (sep.isEmpty() || sep == u"COMMA"_s || sep == u","_s)
        o->separator = ',';
    else if (sep == u"SEMICOLON"_s || sep == u"SEMI"_s || sep == u";"_s)
        o->separator = ';';
    else if (sep == u"TAB"_s || sep == u"\t"_s || sep == u"\\T"_s)
        o->separator = '\t';
    else if (sep == u"PIPE"_s || sep == u"|"_s)
        o->separator = '|';
    else
        return apiError(400, 10121, u"Invalid parameter: fieldseparator %1"_s.arg(sep));

    const QString quote = form.value("quotecharacter", form.value("quotechar")).trimmed().toUpper();
    if (quote.isEmpty() || quote == u"DOUBLE_QUOTE"_s || quote == u"\""_s)
        o->quote = '"';
    else if (quote == u"SINGLE_QUOTE"_s || quote == u"'"_s)
        o->quote = '\'';
    else if (quote == u"NONE"_s)
        o->quote = 0;
    else
        return apiError(400, 10121, u"Invalid parameter: quotecharacter %1"_s.arg(quote));

    const QString headings = form.value("headings", u"Y"_s).trimmed().toUpper();
    o->headings = headings != u"N"_s && headings != u"NO"_s && headings != u"FALSE"_s;
    o->putEmptyValues = isYes(form.value("putEmptyValues"));

    const QString specs = form.value("uploadspecs").trimmed();
    if (!specs.isEmpty()) {
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(specs.toUtf8(), &err);
        if (err.error != QJsonParseError::NoError || !doc.isArray())
            return apiError(400, 10010, u"Invalid Column Specified"_s);
        o->specs = doc.array();
        o->hasSpecs = true;
    }
    return std::nullopt;
}

ActOnEmulator::ImportOutcome ActOnEmulator::importCsv(
    ActOnList &target, QByteArrayView csv, const ImportOptions &o)
{
    ImportOutcome out;
    out.job.listId = target.id;
    out.job.createdMs = nowMs();
    const qint64 ms = out.job.createdMs;

    // First pass: validate the whole file so a bad file changes nothing.
    qsizetype rowCount = 0;
    {
        ActOnCsvReader check(csv, o.separator, o.quote);
        ActOnCsvReader::Status s;
        while ((s = check.next()) == ActOnCsvReader::Status::Row)
            ++rowCount;
        if (s == ActOnCsvReader::Status::Error) {
            out.error = apiError(403, 10085, u"Invalid file type: %1"_s.arg(check.errorString()));
            return out;
        }
    }
    if (rowCount == 0) {
        out.error = apiError(400, 10003, u"Input file missing"_s);
        return out;
    }
    out.job.rows = o.headings ? rowCount - 1 : rowCount;

    ActOnCsvReader rd(csv, o.separator, o.quote);
    QStringList csvHeaders;
    if (o.headings) {
        rd.next();
        for (qsizetype i = 0; i < rd.fieldCount(); ++i)
            csvHeaders.append(QString::fromUtf8(rd.field(i)).trimmed());
        --rowCount;
    }

    // Column mapping: CSV index -> list column (-1 = ignored).
    std::vector<int> map;
    auto setMap = [&map](qsizetype idx, int col) {
        if (qsizetype(map.size()) <= idx)
            map.resize(size_t(idx + 1), -1);
        map[size_t(idx)] = col;
    };
    if (o.merging) {
        if (auto err = mergeColumns(target, o, csvHeaders, &map)) {
            out.error = *err;
            return out;
        }
    } else if (o.hasSpecs) {
        for (qsizetype i = 0; i < o.specs.size(); ++i) {
            const QJsonObject spec = o.specs.at(i).toObject();
            QJsonValue idxValue;
            QString heading, type, ignore;
            for (auto it = spec.begin(); it != spec.end(); ++it) {
                const QString k = it.key().toLower();
                if (k == u"columnindex"_s)
                    idxValue = it.value();
                else if (k == u"columnheading"_s)
                    heading = it.value().toString().trimmed();
                else if (k == u"columntype"_s)
                    type = it.value().toString().trimmed().toUpper();
                else if (k == u"ignorecolumn"_s)
                    ignore = it.value().toString();
            }
            bool ok = true;
            qsizetype idx = i;
            if (idxValue.isString())
                idx = idxValue.toString().toLongLong(&ok);
            else if (idxValue.isDouble())
                idx = qsizetype(idxValue.toDouble());
            if (!ok || idx < 0 || (o.headings && idx >= csvHeaders.size())) {
                out.error = apiError(400, 10010, u"Invalid Column Specified"_s);
                return out;
            }
            if (isYes(ignore)) {
                setMap(idx, -1);
                continue;
            }
            if (heading.isEmpty() && o.headings)
                heading = csvHeaders.at(idx);
            if (heading.isEmpty()) {
                out.error = apiError(400, 10010, u"Invalid Column Specified"_s);
                return out;
            }
            int col = target.columnOf(heading);
            if (col < 0)
                col = target.addColumn(heading);
            if (type == u"EMAIL"_s && o.creating)
                target.setEmailColumn(col);
            setMap(idx, col);
        }
    } else if (o.headings) {
        for (qsizetype i = 0; i < csvHeaders.size(); ++i) {
            if (csvHeaders.at(i).isEmpty())
                continue;
            int col = target.columnOf(csvHeaders.at(i));
            if (col < 0)
                col = target.addColumn(csvHeaders.at(i));
            setMap(i, col);
        }
    } else {
        if (target.headings().isEmpty()) {
            out.error = apiError(400, 10010, u"Invalid Column Specified"_s);
            return out;
        }
        for (qsizetype i = 0; i < target.headings().size(); ++i)
            setMap(i, int(i));
    }

    // The merge key: mergeKeyHeading names a heading of the source data, matched verbatim
    // (headings match the list's 1:1 by index, so it is that list column); else the EMAIL column.
    const int keyCol = o.keyHeading.isEmpty() ? target.emailColumn()
                                              : int(target.headings().indexOf(o.keyHeading));
    qsizetype keyCsv = -1;
    for (size_t i = 0; i < map.size(); ++i) {
        if (keyCol >= 0 && map[i] == keyCol) {
            keyCsv = qsizetype(i);
            break;
        }
    }
    if (o.mode != MergeMode::Append && (keyCol < 0 || keyCsv < 0)) {
        out.error = apiError(400, 10088, u"Merge column missing"_s);
        return out;
    }
    const bool byEmail = keyCol >= 0 && keyCol == target.emailColumn();
    QHash<QByteArray, quint32> altIndex; // key values when merging on another column
    if (o.mode != MergeMode::Append && !byEmail) {
        for (const ActOnRecord &rec : target.rows())
            altIndex.insert(ActOnList::emailKey(ActOnList::field(rec.data, keyCol)), rec.seq);
    }

    const int ncols = int(target.headings().size());
    target.reserve(target.size() + rowCount);
    std::vector<QByteArrayView> fields(static_cast<size_t>(ncols));
    std::vector<QByteArrayView> existing;
    const qsizetype mapped = qsizetype(map.size());
    QSet<quint32> kept; // REPLACE: records the upload matched or added
    while (rd.next() == ActOnCsvReader::Status::Row) {
        if (o.mode != MergeMode::Append) {
            const QByteArrayView key = rd.field(keyCsv).trimmed();
            if (key.isEmpty() || (byEmail && !key.contains('@'))) {
                ++out.job.rejectedCount;
                continue;
            }
            ActOnRecord *rec = nullptr;
            if (byEmail) {
                rec = target.findByEmail(key);
            } else {
                auto it = altIndex.constFind(ActOnList::emailKey(key));
                rec = it == altIndex.constEnd() ? nullptr : target.find(it.value());
            }
            if (rec && o.mode == MergeMode::AppendNoDuplicates) {
                // "append while skipping duplicates": the row is not added (counted as rejected,
                // an assumption: the docs do not say which count a skipped row lands in)
                ++out.job.rejectedCount;
                continue;
            }
            if (rec && o.mode == MergeMode::Replace) {
                // REPLACE: the list's contents become the uploaded records; a matched record
                // keeps its id and takes the uploaded values as they are.
                std::fill(fields.begin(), fields.end(), QByteArrayView());
                for (qsizetype i = 0; i < mapped; ++i) {
                    const int col = map[size_t(i)];
                    if (col >= 0)
                        fields[size_t(col)] = rd.field(i);
                }
                target.update(*rec, ActOnList::join(fields), ms);
                kept.insert(rec->seq);
                ++out.job.updateCount;
                continue;
            }
            if (rec) {
                ActOnList::split(rec->data, ncols, existing);
                for (qsizetype i = 0; i < mapped; ++i) {
                    const int col = map[size_t(i)];
                    if (col < 0 || col == keyCol) // the matched key keeps its stored spelling
                        continue;
                    const QByteArrayView v = rd.field(i);
                    if (v.isEmpty() && !o.putEmptyValues)
                        continue;
                    existing[size_t(col)] = v;
                }
                target.update(*rec, ActOnList::join(existing), ms);
                ++out.job.updateCount;
                continue;
            }
            if (o.mode == MergeMode::UpdateOnly) {
                ++out.job.rejectedCount;
                continue;
            }
        }
        std::fill(fields.begin(), fields.end(), QByteArrayView());
        for (qsizetype i = 0; i < mapped; ++i) {
            const int col = map[size_t(i)];
            if (col >= 0)
                fields[size_t(col)] = rd.field(i);
        }
        const quint32 seq = target.append(ActOnList::join(fields), ms);
        if (o.mode != MergeMode::Append && !byEmail)
            altIndex.insert(ActOnList::emailKey(rd.field(keyCsv)), seq);
        if (o.mode == MergeMode::Replace)
            kept.insert(seq);
        ++out.job.appendCount;
    }
    if (o.mode == MergeMode::Replace) {
        // "Any records in the list that are not in the uploaded records are deleted."
        std::vector<quint32> drop;
        for (const ActOnRecord &rec : target.rows()) {
            if (!kept.contains(rec.seq))
                drop.push_back(rec.seq);
        }
        for (quint32 seq : drop)
            target.remove(seq);
    }
    target.modifiedMs = ms;
    return out;
}

std::optional<SandboxResponse> ActOnEmulator::mergeColumns(const ActOnList &target,
    const ImportOptions &o, const QStringList &csvHeaders, std::vector<int> *map) const
{
    // developer.act-on.com "uploadspecs": uploadspecs describe the destination when merging;
    // "There must be a verbatim match between columns in the source and destination list when
    // merging" and "You must specify the EMAIL system usage column for an upload or merge".
    // "mergespecs": "your source and destination lists must have a 1:1 column index".
    // The error code for a mismatch is not documented: 10010 "Invalid Column Specified" (an
    // assumption) with a message that names the column.
    static const QSet<QString> systemTypes { u"EMAIL"_s, u"FIRSTNAME"_s, u"LASTNAME"_s,
        u"MIDDLENAME"_s, u"COMPANY"_s, u"JOBTITLE"_s, u"DEPT"_s, u"BIZ_STREET"_s, u"BIZ_CITY"_s,
        u"BIZ_STATE"_s, u"BIZ_ZIP"_s, u"BIZ_COUNTRY"_s, u"HOME_STREET"_s, u"HOME_CITY"_s,
        u"HOME_STATE"_s, u"HOME_ZIP"_s, u"HOME_COUNTRY"_s, u"BIZ_PHONE"_s, u"BIZ_FAX"_s,
        u"HOME_PHONE"_s, u"HOME_FAX"_s, u"CELL_PHONE"_s, u"BIZ_WEB"_s, u"HOME_WEB"_s };
    const QStringList &headings = target.headings();
    const qsizetype n = headings.size();
    if (!o.hasSpecs)
        return apiError(422, 10121, u"Missing parameter - uploadspecs"_s);
    auto mismatch = [](const QString &why) {
        return apiError(400, 10010, u"Invalid Column Specified: %1"_s.arg(why));
    };
    if (o.specs.size() != n) {
        return mismatch(u"uploadspecs describe %1 columns but the list has %2; the columns must "
                        "match the list's headings 1:1 by index"_s
                            .arg(o.specs.size())
                            .arg(n));
    }
    if (o.headings && csvHeaders.size() != n) {
        return mismatch(u"the file has %1 columns but the list has %2"_s.arg(csvHeaders.size())
                            .arg(n));
    }
    map->assign(size_t(n), -1);
    std::vector<bool> seen(size_t(n), false);
    bool emailGiven = false;
    for (const QJsonValue &v : o.specs) {
        const QJsonObject spec = v.toObject();
        const QJsonValue idxValue = spec.value(u"columnIndex"_s);
        bool ok = true;
        qsizetype idx = -1;
        if (idxValue.isString())
            idx = idxValue.toString().trimmed().toLongLong(&ok);
        else if (idxValue.isDouble() && wholeNumber(idxValue.toDouble()))
            idx = qsizetype(idxValue.toDouble());
        else
            ok = false;
        if (!ok || idx < 0 || idx >= n || seen[size_t(idx)])
            return mismatch(u"columnIndex %1"_s.arg(
                QString::fromUtf8(QJsonDocument(spec).toJson(QJsonDocument::Compact))));
        seen[size_t(idx)] = true;
        const QString heading = spec.value(u"columnHeading"_s).toString();
        if (heading != headings.at(idx)) {
            return mismatch(u"column %1 is \"%2\" in the list, not \"%3\""_s.arg(idx)
                                .arg(headings.at(idx), heading));
        }
        if (o.headings && csvHeaders.at(idx) != headings.at(idx)) {
            return mismatch(u"column %1 of the file is headed \"%2\", the list's is \"%3\""_s
                                .arg(idx)
                                .arg(csvHeaders.at(idx), headings.at(idx)));
        }
        if (spec.contains(u"columnType"_s)) {
            const QString type = spec.value(u"columnType"_s).toString();
            if (!systemTypes.contains(type))
                return apiError(400, 10010,
                    u"Upload specs contain an invalid column type value."_s);
            if (type == u"EMAIL"_s) {
                if (idx != target.emailColumn())
                    return mismatch(u"column %1 is not the list's EMAIL column"_s.arg(idx));
                emailGiven = true;
            }
        }
        if (!isYes(spec.value(u"ignoreColumn"_s).toString()))
            (*map)[size_t(idx)] = int(idx);
    }
    if (!emailGiven)
        return mismatch(u"no column has columnType EMAIL"_s);
    return std::nullopt;
}

std::optional<SandboxResponse> ActOnEmulator::parseMergeSpecs(
    const ActOnList &target, const QString &text, ImportOptions *o) const
{
    // developer.act-on.com "mergespecs" (reference page and help article 360063314973) and the
    // curl sample of PUT /api/1/list/{listid} in the Act-On OpenAPI: a JSON array holding one
    // object with mergeMode, dstListId and columnMap (all required; columnMap must currently be
    // []), optional createSegment and mergeKeyHeading. The codes for a bad mergespecs other
    // than 10025 are not documented; 10121 "Missing parameter"/"Invalid parameter" is an
    // assumption.
    if (text.isEmpty())
        return apiError(422, 10121, u"Missing parameter - mergespecs"_s);
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1
        || !doc.array().first().isObject())
        return apiError(400, 10121,
            u"Invalid parameter - mergespecs must be a JSON array holding one merge "
            "specification"_s);
    const QJsonObject spec = doc.array().first().toObject();
    static const QSet<QString> known { u"mergeMode"_s, u"dstListId"_s, u"columnMap"_s,
        u"createSegment"_s, u"mergeKeyHeading"_s };
    for (auto it = spec.begin(); it != spec.end(); ++it) {
        if (!known.contains(it.key()))
            return apiError(
                400, 10121, u"Invalid parameter - mergespecs has no field \"%1\""_s.arg(it.key()));
    }
    if (spec.value(u"dstListId"_s).toString() != target.id)
        return apiError(400, 10025, u"Invalid or missing merge destination list"_s);
    if (!spec.contains(u"mergeMode"_s))
        return apiError(422, 10121, u"Missing parameter - mergeMode"_s);
    const QString mode = spec.value(u"mergeMode"_s).toString();
    if (mode == u"APPEND"_s)
        o->mode = MergeMode::Append;
    else if (mode == u"APPEND_NO_DUPLICATES"_s)
        o->mode = MergeMode::AppendNoDuplicates;
    else if (mode == u"UPSERT"_s)
        o->mode = MergeMode::Upsert;
    else if (mode == u"UPDATE_ONLY"_s)
        o->mode = MergeMode::UpdateOnly;
    else if (mode == u"REPLACE"_s)
        o->mode = MergeMode::Replace;
    else
        return apiError(400, 10121, u"Invalid parameter - mergeMode \"%1\""_s.arg(mode));
    if (!spec.contains(u"columnMap"_s))
        return apiError(422, 10121, u"Missing parameter - columnMap"_s);
    const QJsonValue columnMap = spec.value(u"columnMap"_s);
    if (!columnMap.isArray() || !columnMap.toArray().isEmpty())
        return apiError(400, 10121,
            u"Invalid parameter - columnMap is not supported yet and must be []"_s);
    const QJsonValue key = spec.value(u"mergeKeyHeading"_s);
    if (!key.isUndefined() && !key.isString())
        return apiError(400, 10121, u"Invalid parameter - mergeKeyHeading"_s);
    o->keyHeading = key.toString();
    if (!o->keyHeading.isEmpty() && !target.headings().contains(o->keyHeading))
        return apiError(400, 10088,
            u"At least one specified merge column is missing from the uploaded file"_s);
    return std::nullopt;
}

SandboxResponse ActOnEmulator::handleCreateList(const SandboxRequest &r)
{
    ActOnMultipartParser form;
    if (r.contentType() == "multipart/form-data") {
        if (!form.parse(r.header("content-type"), r.body))
            return apiError(400, 10121, u"Missing parameter: %1"_s.arg(form.errorString()));
    } else {
        return apiError(400, 10121, u"Missing parameter: the body must be multipart/form-data"_s);
    }
    const QString name = form.value("listname").trimmed();
    if (name.isEmpty())
        return apiError(422, 10121, u"Missing parameter: listname"_s);
    if (!listIdByName(name).isEmpty())
        return apiError(400, 10020, u"List name already exists: %1"_s.arg(name));
    ImportOptions o;
    if (auto err = parseImportOptions(form, &o))
        return *err;
    o.creating = true;
    o.mode = MergeMode::Append;

    const ActOnMultipartParser::Part *file = form.part("file");
    if (!file)
        file = form.firstFile();
    const QString folder = form.value("foldername").trimmed();

    if (!file || file->data.isEmpty()) {
        ActOnList &l = addList(name, folder);
        if (o.hasSpecs) {
            for (const QJsonValue &v : std::as_const(o.specs)) {
                const QJsonObject spec = v.toObject();
                QString heading, type, ignore;
                for (auto it = spec.begin(); it != spec.end(); ++it) {
                    const QString k = it.key().toLower();
                    if (k == u"columnheading"_s)
                        heading = it.value().toString().trimmed();
                    else if (k == u"columntype"_s)
                        type = it.value().toString().trimmed().toUpper();
                    else if (k == u"ignorecolumn"_s)
                        ignore = it.value().toString();
                }
                if (heading.isEmpty() || isYes(ignore))
                    continue;
                const int col = l.addColumn(heading);
                if (type == u"EMAIL"_s)
                    l.setEmailColumn(col);
            }
        }
        if (l.headings().isEmpty()) {
            for (const QString &h : standardHeadings())
                l.addColumn(h);
        }
        return SandboxResponse::json(200,
            QJsonObject { { u"listId"_s, l.id }, { u"status"_s, u"success"_s },
                { u"message"_s, u"List created"_s } });
    }

    // Import into a fresh list; drop it again if the file is rejected.
    ActOnList &l = addList(name, folder);
    const QString id = l.id;
    ImportOutcome outcome = importCsv(l, file->data, o);
    if (outcome.error) {
        m_lists.remove(id);
        m_listOrder.removeAll(id);
        --m_nextListNo;
        return *outcome.error;
    }
    const QString jobId = addJob(outcome.job);
    return success(u"Upload completed"_s, QJsonObject { { u"jobId"_s, jobId } });
}

SandboxResponse ActOnEmulator::handleMerge(const SandboxRequest &r)
{
    ActOnList *l = list(r.param(u"listid"_s));
    if (!l)
        return apiError(400, 10004, u"Invalid or missing list"_s);
    if (r.contentType() != "multipart/form-data")
        return apiError(400, 10003, u"Input file missing"_s);
    ActOnMultipartParser form;
    if (!form.parse(r.header("content-type"), r.body))
        return apiError(400, 10121, u"Missing parameter: %1"_s.arg(form.errorString()));
    ImportOptions o;
    if (auto err = parseImportOptions(form, &o))
        return *err;
    o.merging = true;
    if (auto err = parseMergeSpecs(*l, form.value("mergespecs").trimmed(), &o))
        return *err;

    const ActOnMultipartParser::Part *file = form.part("file");
    if (!file)
        file = form.firstFile();
    if (!file || file->data.isEmpty())
        return apiError(400, 10003, u"Input file missing"_s);
    ImportOutcome outcome = importCsv(*l, file->data, o);
    if (outcome.error)
        return *outcome.error;
    const QString jobId = addJob(outcome.job);
    return success(u"Upload completed"_s, QJsonObject { { u"jobId"_s, jobId } });
}

SandboxResponse ActOnEmulator::handleDeleteList(const SandboxRequest &r)
{
    const QString id = r.param(u"listid"_s);
    if (!m_lists.remove(id))
        return apiError(400, 10004, u"Invalid or missing list"_s);
    m_listOrder.removeAll(id);
    return success(u"List deleted"_s);
}

SandboxResponse ActOnEmulator::handleDownload(const SandboxRequest &r)
{
    ActOnList *l = list(r.param(u"listid"_s));
    if (!l)
        return apiError(400, 10004, u"Invalid or missing list"_s);
    const QString format = r.query(u"responseformat", u"JSON"_s).trimmed().toUpper();
    if (format != u"JSON"_s && format != u"CSV"_s)
        return apiError(400, 10121, u"Invalid parameter: responseformat %1"_s.arg(format));
    const bool csv = format == u"CSV"_s;
    qint64 count = 0, offset = 0;
    if (!intParam(r, u"count", kMaxPage, &count) || !intParam(r, u"offset", 0, &offset))
        return apiError(400, 10121, u"Invalid parameter: count and offset must be numbers"_s);
    if (!csv)
        count = qMin<qint64>(count, kMaxPage);

    qint64 modBefore = 0, modAfter = 0, createdBefore = 0, createdAfter = 0;
    if (!intParam(r, u"modbefore", 0, &modBefore) || !intParam(r, u"modafter", 0, &modAfter)
        || !intParam(r, u"createdbefore", 0, &createdBefore)
        || !intParam(r, u"createdafter", 0, &createdAfter)
        || (modBefore && modAfter && modAfter >= modBefore)
        || (createdBefore && createdAfter && createdAfter >= createdBefore))
        return apiError(400, 10160, u"Invalid date period"_s);
    const bool filtered = modBefore || modAfter || createdBefore || createdAfter;

    const bool dates = isYes(r.query(u"datequalifiers"));
    const QString fieldsParam = r.query(u"fields").trimmed();
    if (dates && !fieldsParam.isEmpty())
        return apiError(
            400, 10121, u"Invalid parameter: fields cannot be combined with datequalifiers"_s);
    std::vector<int> cols;
    if (fieldsParam.isEmpty()) {
        for (qsizetype i = 0; i < l->headings().size(); ++i)
            cols.push_back(int(i));
    } else {
        const QStringList names = fieldsParam.split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (const QString &n : names) {
            const int c = l->columnOf(n.trimmed());
            if (c < 0)
                return apiError(400, 10010, u"Invalid Column Specified"_s);
            cols.push_back(c);
        }
    }

    QStringList headers { kContactIdHeading };
    int emailColumn = -1;
    for (int c : cols) {
        if (c == l->emailColumn() && emailColumn < 0)
            emailColumn = int(headers.size());
        headers.append(l->headings().at(c));
    }
    if (dates) {
        headers.append(u"__created_date"_s);
        headers.append(u"__modified_date"_s);
    }

    const std::vector<ActOnRecord> &rows = l->rows();
    auto matches = [&](const ActOnRecord &rec) {
        return (!modBefore || rec.modifiedMs < modBefore)
            && (!modAfter || rec.modifiedMs > modAfter)
            && (!createdBefore || rec.createdMs < createdBefore)
            && (!createdAfter || rec.createdMs > createdAfter);
    };
    // Selected row indexes of this page, and the total of matching rows.
    std::vector<size_t> page;
    qint64 total = 0;
    if (!filtered) {
        total = qint64(rows.size());
        for (qint64 i = offset; i < total && (csv ? true : i < offset + count); ++i)
            page.push_back(size_t(i));
    } else {
        for (size_t i = 0; i < rows.size(); ++i) {
            if (!matches(rows[i]))
                continue;
            if (total >= offset && (csv || total < offset + count))
                page.push_back(i);
            ++total;
        }
    }
    if (csv && r.hasQuery(u"count")) {
        if (qint64(page.size()) > count)
            page.resize(size_t(count));
    }

    std::vector<QByteArrayView> parts;
    const int ncols = int(l->headings().size());
    if (csv) {
        QByteArray out;
        out.reserve(qsizetype(page.size()) * 96 + 256);
        for (qsizetype i = 0; i < headers.size(); ++i) {
            if (i)
                out.append(',');
            appendCsvField(out, headers.at(i).toUtf8());
        }
        out.append("\r\n");
        for (size_t idx : page) {
            const ActOnRecord &rec = rows[idx];
            ActOnList::split(rec.data, ncols, parts);
            appendCsvField(out, l->recordId(rec.seq).toUtf8());
            for (int c : cols) {
                out.append(',');
                appendCsvField(out, parts[size_t(c)]);
            }
            if (dates) {
                out.append(',');
                out.append(formatMs(rec.createdMs).toUtf8());
                out.append(',');
                out.append(formatMs(rec.modifiedMs).toUtf8());
            }
            out.append("\r\n");
        }
        if (m_exportBom)
            out.prepend("\xEF\xBB\xBF");
        const QByteArray fileName = l->name.toUtf8().replace('"', '\'');
        return SandboxResponse::raw(200, "text/csv;charset=UTF-8", out)
            .setHeader("Content-Disposition", "attachment; filename=\"" + fileName + ".csv\"");
    }

    QJsonArray data;
    for (size_t idx : page) {
        const ActOnRecord &rec = rows[idx];
        ActOnList::split(rec.data, ncols, parts);
        QJsonArray row;
        row.append(l->recordId(rec.seq));
        for (int c : cols)
            row.append(QString::fromUtf8(parts[size_t(c)]));
        if (dates) {
            row.append(formatMs(rec.createdMs));
            row.append(formatMs(rec.modifiedMs));
        }
        data.append(row);
    }
    return SandboxResponse::json(200,
        QJsonObject { { u"listId"_s, l->id }, { u"offset"_s, offset }, { u"count"_s, data.size() },
            { u"totalCount"_s, total }, { u"emailColumn"_s, emailColumn },
            { u"headers"_s, QJsonArray::fromStringList(headers) }, { u"data"_s, data } });
}

// ---------------------------------------------------------------- control

SandboxResponse ActOnEmulator::controlRecords(
    const SandboxRequest &r, const QString &object, const QString &id)
{
    const QByteArray &m = r.method;
    auto bad = [](int status, const QString &msg) { return SandboxResponse::message(status, msg); };
    bool jsonOk = false;
    const QJsonObject body = r.json(&jsonOk).object();

    if (object == u"limits"_s && id.isEmpty()) {
        if (m == "PATCH" || m == "POST" || m == "PUT") {
            if (!jsonOk)
                return bad(400, u"limits body must be a JSON object"_s);
            int perSecond = m_perSecondMax, perDay = m_perDayMax, perHour = m_authPerHourMax;
            for (auto it = body.begin(); it != body.end(); ++it) {
                const std::optional<qint64> n
                    = it.value().isDouble() ? wholeNumber(it.value().toDouble()) : std::nullopt;
                if (!n || *n < 0 || *n > std::numeric_limits<int>::max())
                    return bad(400, u"limit %1 must be a whole number from 0 to %2"_s
                                        .arg(it.key())
                                        .arg(std::numeric_limits<int>::max()));
                const int v = int(*n);
                if (it.key() == u"callsPerSecond"_s)
                    perSecond = v;
                else if (it.key() == u"callsPerDay"_s)
                    perDay = v;
                else if (it.key() == u"authCallsPerHour"_s)
                    perHour = v;
                else if (it.key() == u"dailyUsed"_s) {
                    m_day = nowMs() / 86400000;
                    m_dailyUsed = v;
                } else
                    return bad(400, u"unknown limit %1"_s.arg(it.key()));
            }
            setLimits(perSecond, perDay, perHour);
        }
        return SandboxResponse::json(200, limitUsage());
    }

    // Test-only answer shapes of list downloads: {"bom": true} starts them with a BOM.
    if (object == u"export"_s && id.isEmpty()) {
        if (m == "PATCH" || m == "POST" || m == "PUT") {
            if (!jsonOk)
                return bad(400, u"export body must be a JSON object"_s);
            for (auto it = body.begin(); it != body.end(); ++it) {
                if (it.key() != u"bom"_s || !it.value().isBool())
                    return bad(400, u"export takes {\"bom\": true|false} only"_s);
                m_exportBom = it.value().toBool();
            }
        }
        return SandboxResponse::json(200, QJsonObject { { u"bom"_s, m_exportBom } });
    }

    if (object == u"lists"_s && id.isEmpty()) {
        if (m == "POST") {
            const QString name = body.value(u"name"_s).toString().trimmed();
            if (!jsonOk || name.isEmpty())
                return bad(400, u"body must be {\"name\",\"folder\",\"headings\":[…]}"_s);
            if (!listIdByName(name).isEmpty())
                return bad(409, u"a list named %1 exists"_s.arg(name));
            QStringList headings;
            for (const QJsonValue &v : body.value(u"headings"_s).toArray())
                headings.append(v.toString());
            if (headings.isEmpty())
                headings = standardHeadings();
            const QString listId = createList(name, body.value(u"folder"_s).toString(), headings);
            return SandboxResponse::json(201, listSummary(*list(listId)));
        }
        QJsonArray arr;
        for (const QString &lid : std::as_const(m_listOrder)) {
            const ActOnList &l = *m_lists.value(lid);
            QJsonObject o = listSummary(l);
            o.insert(u"headings"_s, QJsonArray::fromStringList(l.headings()));
            o.insert(u"emailColumn"_s, l.emailColumn());
            arr.append(o);
        }
        return SandboxResponse::json(200, arr);
    }

    if (m_suppressions.contains(object) && id.isEmpty()) {
        QList<Suppression> &entries = m_suppressions[object];
        if (m == "POST") {
            const QString email = body.value(u"email"_s).toString().trimmed();
            if (!jsonOk || email.isEmpty())
                return bad(400, u"body must be {\"email\",\"origin\"}"_s);
            entries.append({ email, nowMs(), body.value(u"origin"_s).toString(u"sandbox"_s) });
        }
        QJsonArray arr;
        for (const Suppression &s : std::as_const(entries))
            arr.append(QJsonObject { { u"email"_s, s.email }, { u"timestamp"_s, s.timestampMs },
                { u"origin"_s, s.origin } });
        return SandboxResponse::json(m == "POST" ? 201 : 200, arr);
    }

    ActOnList *l = list(object);
    if (!l)
        return bad(404, u"acton keeps no records of type '%1'"_s.arg(object));
    const int ncols = int(l->headings().size());
    auto recordObject = [l](const ActOnRecord &rec) {
        QJsonObject o { { kContactIdHeading, l->recordId(rec.seq) } };
        const QStringList values = l->values(rec);
        for (qsizetype i = 0; i < values.size(); ++i)
            o.insert(l->headings().at(i), values.at(i));
        return o;
    };
    if (id.isEmpty()) {
        if (m == "POST") {
            QList<QPair<int, QByteArray>> values;
            if (!jsonOk || !m_records->mapRecordBody(*l, body, &values))
                return bad(400, u"body must be a JSON object keyed by the list's headings"_s);
            const quint32 seq = l->append(applyValues({}, ncols, values), nowMs());
            return SandboxResponse::json(201, recordObject(*l->find(seq)));
        }
        if (m == "DELETE") {
            m_lists.remove(object);
            m_listOrder.removeAll(object);
            return SandboxResponse::json(200, QJsonObject { { u"deleted"_s, object } });
        }
        // ?offset=&limit= keep big lists readable (default: everything).
        qint64 offset = 0, limit = 0;
        if (!intParam(r, u"offset", 0, &offset) || !intParam(r, u"limit", 0, &limit))
            return bad(400, u"offset and limit must be non-negative numbers"_s);
        const std::vector<ActOnRecord> &rows = l->rows();
        const qint64 end
            = limit > 0 ? qMin<qint64>(qint64(rows.size()), offset + limit) : qint64(rows.size());
        QJsonArray arr;
        for (qint64 i = offset; i < end; ++i)
            arr.append(recordObject(rows[size_t(i)]));
        return SandboxResponse::json(200,
            QJsonObject { { u"listId"_s, l->id }, { u"totalCount"_s, qint64(rows.size()) },
                { u"headings"_s, QJsonArray::fromStringList(l->headings()) },
                { u"records"_s, arr } });
    }
    quint32 seq = 0;
    ActOnRecord *rec = l->parseRecordId(id, &seq) ? l->find(seq) : nullptr;
    if (!rec)
        return bad(404, u"no record %1 in %2"_s.arg(id, object));
    if (m == "DELETE") {
        l->remove(seq);
        return SandboxResponse::json(200, QJsonObject { { u"deleted"_s, id } });
    }
    if (m == "PATCH" || m == "PUT") {
        QList<QPair<int, QByteArray>> values;
        if (!jsonOk || !m_records->mapRecordBody(*l, body, &values))
            return bad(400, u"body must be a JSON object keyed by the list's headings"_s);
        l->update(*rec, applyValues(rec->data, ncols, values), nowMs());
    }
    return SandboxResponse::json(200, recordObject(*rec));
}

} // namespace LeadBridge::Sandbox
