#include "core/sandbox/on24/On24Emulator.h"

#include "core/sandbox/on24/On24AnalyticsApi.h"
#include "core/sandbox/on24/On24ControlApi.h"
#include "core/sandbox/on24/On24SyntheticWorld.h"
#include "core/sandbox/on24/On24Wire.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace LeadBridge::Sandbox {

using namespace On24Wire;

QString On24Emulator::demoTokenKey()
{
    return QStringLiteral("0a24de7e5a4d8c2e0f1b3a6d9e7c4b2a");
}

QString On24Emulator::demoTokenSecret()
{
    return QStringLiteral("5ec7e70a24de").repeated(10) + QStringLiteral("0a24de7e");
}

On24Emulator::On24Emulator(QObject *parent)
    : Emulator(QStringLiteral("on24"), parent)
    , m_pacific(QByteArrayLiteral("America/Los_Angeles"))
{
    if (!m_pacific.isValid())
        m_pacific = QTimeZone::utc();
    m_analytics = std::make_unique<On24AnalyticsApi>(*this);
    m_control = std::make_unique<On24ControlApi>(*this);
    registerRoutes();
    clearData();
    addClient(kDefaultClientId, QStringLiteral("Sandbox client"));
    m_tokens[demoTokenKey()].clients.insert(kDefaultClientId);
}

On24Emulator::~On24Emulator() = default;

void On24Emulator::registerRoutes()
{
    using ApiCall = SandboxResponse (On24AnalyticsApi::*)(const SandboxRequest &);
    struct Route
    {
        const char *method;
        const char *path; ///< under /v2/client/{clientId}
        const char *endpoint;
        ApiCall handler;
    };
    static const Route routes[] = {
        { "GET", "/event", "event.list", &On24AnalyticsApi::listEvents },
        { "GET", "/event/{eventId}", "event.get", &On24AnalyticsApi::getEvent },
        { "GET", "/event/{eventId}/registrant", "event.registrant.list",
            &On24AnalyticsApi::eventRegistrants },
        { "POST", "/event/{eventId}/registrant", "event.registrant.create",
            &On24AnalyticsApi::registerRegistrant },
        { "GET", "/event/{eventId}/attendee", "event.attendee.list",
            &On24AnalyticsApi::eventAttendees },
        { "GET", "/registrant", "client.registrant.list", &On24AnalyticsApi::clientRegistrants },
        { "GET", "/attendee", "client.attendee.list", &On24AnalyticsApi::clientAttendees },
        { "GET", "/registrant/{email}", "registrant.get", &On24AnalyticsApi::registrantByEmail },
        { "GET", "/attendee/{email}", "attendee.get", &On24AnalyticsApi::attendeeByEmail },
        { "GET", "/registrant/{email}/allevents", "registrant.allevents",
            &On24AnalyticsApi::registrantAllEvents },
        { "GET", "/attendee/{email}/allevents", "attendee.allevents",
            &On24AnalyticsApi::attendeeAllEvents },
    };
    for (const Route &route : routes) {
        const ApiCall fn = route.handler;
        addRoute(route.method, QStringLiteral("/v2/client/{clientId}") + QLatin1String(route.path),
            QLatin1String(route.endpoint),
            [this, fn](const SandboxRequest &r) { return (m_analytics.get()->*fn)(r); });
    }
}

// ---------------------------------------------------------------- storage

void On24Emulator::clearData()
{
    m_tokens.clear();
    m_tokens.insert(demoTokenKey(), Token { demoTokenSecret(), {}, {}, false });
    m_clients.clear();
    m_events.clear();
    m_registrants.clear();
    m_byEmail.clear();
    m_clientByCreated.clear();
    m_clientByActivity.clear();
    m_clientByLastActivity.clear();
    m_nextEventUserId = 150000001;
    m_nextEventId = 4000001;
    markDirty();
}

On24Emulator::Client *On24Emulator::addClient(qint64 clientId, const QString &name)
{
    Client &c = m_clients[clientId];
    c.clientId = clientId;
    if (!name.isEmpty() || c.name.isEmpty())
        c.name = name.isEmpty() ? QStringLiteral("Client %1").arg(clientId) : name;
    return &c;
}

On24Emulator::Event *On24Emulator::addEvent(qint64 clientId, qint64 eventId)
{
    if (eventId <= 0)
        eventId = m_nextEventId;
    m_nextEventId = std::max(m_nextEventId, eventId + 1);
    Event &e = m_events[eventId];
    e.eventId = eventId;
    e.clientId = clientId;
    Client *c = addClient(clientId, {});
    if (!c->eventIds.contains(eventId))
        c->eventIds.append(eventId);
    return &e;
}

void On24Emulator::indexEmail(const Registrant &r, bool add)
{
    if (r.email.trimmed().isEmpty())
        return;
    const QString key = emailKey(r.clientId, r.email);
    if (add) {
        m_byEmail[key].append(r.eventUserId);
    } else {
        auto it = m_byEmail.find(key);
        if (it != m_byEmail.end()) {
            it->removeAll(r.eventUserId);
            if (it->isEmpty())
                m_byEmail.erase(it);
        }
    }
}

On24Emulator::Registrant *On24Emulator::addRegistrant(Event &event, const QString &email)
{
    const qint64 id = m_nextEventUserId++;
    Registrant &r = m_registrants[id];
    r.eventUserId = id;
    r.eventId = event.eventId;
    r.clientId = event.clientId;
    r.email = email;
    r.fields.insert(QStringLiteral("marketingemail"), QStringLiteral("N"));
    r.fields.insert(QStringLiteral("eventemail"), QStringLiteral("Y"));
    r.fields.insert(QStringLiteral("emailformat"), QStringLiteral("html"));
    r.fields.insert(QStringLiteral("engagementprediction"), QStringLiteral("LOW"));
    event.registrantIds.append(id);
    indexEmail(r, true);
    markDirty();
    return &r;
}

void On24Emulator::removeRegistrant(qint64 eventUserId)
{
    auto it = m_registrants.find(eventUserId);
    if (it == m_registrants.end())
        return;
    indexEmail(*it, false);
    auto ev = m_events.find(it->eventId);
    if (ev != m_events.end())
        ev->registrantIds.removeAll(eventUserId);
    m_registrants.erase(it);
    markDirty();
}

int On24Emulator::attendeeCount() const
{
    int n = 0;
    for (const Registrant &r : m_registrants)
        n += r.attended ? 1 : 0;
    return n;
}

void On24Emulator::rebuildIndexes()
{
    if (!m_indexDirty)
        return;
    m_clientByCreated.clear();
    m_clientByActivity.clear();
    m_clientByLastActivity.clear();
    for (const Registrant &r : std::as_const(m_registrants)) {
        m_clientByCreated[r.clientId].push_back(r.eventUserId);
        m_clientByLastActivity[r.clientId].push_back(r.eventUserId);
        if (r.attended)
            m_clientByActivity[r.clientId].push_back(r.eventUserId);
    }
    for (auto &ids : m_clientByCreated) {
        std::sort(ids.begin(), ids.end(), [this](qint64 a, qint64 b) {
            const QDateTime &ta = m_registrants[a].created;
            const QDateTime &tb = m_registrants[b].created;
            return ta == tb ? a < b : ta < tb;
        });
    }
    for (auto &ids : m_clientByLastActivity) {
        std::sort(ids.begin(), ids.end(), [this](qint64 a, qint64 b) {
            const QDateTime &ta = m_registrants[a].lastActivity;
            const QDateTime &tb = m_registrants[b].lastActivity;
            return ta == tb ? a < b : ta < tb;
        });
    }
    for (auto &ids : m_clientByActivity) {
        std::sort(ids.begin(), ids.end(), [this](qint64 a, qint64 b) {
            const QDateTime ta = activityTime(m_registrants[a]);
            const QDateTime tb = activityTime(m_registrants[b]);
            return ta == tb ? a < b : ta < tb;
        });
    }
    m_indexDirty = false;
}

void On24Emulator::placeActivity(Registrant &r, const Event &e, bool live, const QDateTime &at)
{
    r.firstLive = r.lastLive = r.firstArchive = r.lastArchive = QDateTime();
    const QDateTime when = at.isValid() ? at : (live ? e.start : e.end.addSecs(3600));
    if (live || r.liveMinutes > 0) {
        r.firstLive = when;
        r.lastLive = when.addSecs(qint64(r.liveMinutes) * 60);
    }
    if (r.archiveMinutes > 0) {
        // On-demand viewing after a live session happens once the archive is up.
        r.firstArchive = live ? maxTime(e.end, r.lastLive).addSecs(3600) : when;
        r.lastArchive = r.firstArchive.addSecs(qint64(r.archiveMinutes) * 60);
    }
    if (!r.firstLive.isValid() && !r.firstArchive.isValid()) {
        r.firstArchive = when;
        r.lastArchive = when;
    }
}

void On24Emulator::seed(const DemoDataset &data)
{
    clearData();
    Token &demo = m_tokens[demoTokenKey()];
    for (const DemoOn24Client &dc : data.on24Clients) {
        addClient(dc.clientId, dc.name);
        demo.clients.insert(dc.clientId);
        for (const DemoEvent &de : dc.events) {
            Event *e = addEvent(dc.clientId, de.eventId);
            e->title = de.title;
            e->description = de.description;
            e->campaignCode = de.campaignCode;
            e->start = de.start.toUTC();
            e->end = de.end.toUTC();
            e->created = e->start.addDays(-30);
            e->lastModified = e->created;
            e->lastUpdated = e->created;
            for (const DemoRegistration &reg : de.registrations) {
                if (reg.personIndex < 0 || reg.personIndex >= data.people.size())
                    continue;
                const DemoPerson &p = data.people.at(reg.personIndex);
                Registrant *r = addRegistrant(*e, p.email);
                auto &f = r->fields;
                f.insert(QStringLiteral("firstname"), p.firstName);
                f.insert(QStringLiteral("lastname"), p.lastName);
                f.insert(QStringLiteral("company"), p.company);
                f.insert(QStringLiteral("jobtitle"), p.title);
                f.insert(QStringLiteral("addressstreet1"), p.street1);
                f.insert(QStringLiteral("addressstreet2"), p.street2);
                f.insert(QStringLiteral("city"), p.city);
                f.insert(QStringLiteral("state"), p.state);
                f.insert(QStringLiteral("zip"), p.postalCode);
                f.insert(QStringLiteral("country"), p.country);
                f.insert(QStringLiteral("workphone"), p.phone);
                f.insert(QStringLiteral("jobfunction"), p.jobFunction);
                f.insert(QStringLiteral("companyindustry"), p.industry);
                f.insert(QStringLiteral("companysize"), p.companySize);
                f.insert(QStringLiteral("partnerref"), reg.partnerRef);
                f.insert(QStringLiteral("marketingemail"),
                    p.optedOut ? QStringLiteral("N") : QStringLiteral("Y"));
                f.insert(QStringLiteral("engagementprediction"),
                    p.score >= 70       ? QStringLiteral("HIGH")
                        : p.score >= 40 ? QStringLiteral("MEDIUM")
                                        : QStringLiteral("LOW"));
                r->created = reg.registeredAt.toUTC();
                r->lastActivity = r->created;
                e->lastUpdated = maxTime(e->lastUpdated, r->created);
                if (reg.attended) {
                    r->attended = true;
                    r->liveMinutes = reg.liveMinutes;
                    r->archiveMinutes = reg.archiveMinutes;
                    r->engagementScore = reg.engagementScore;
                    r->polls = reg.pollResponses;
                    r->questions = reg.questionsAsked;
                    r->surveys = reg.surveysSubmitted;
                    r->resources = reg.resourcesViewed;
                    r->attendancePartnerRef = reg.partnerRef;
                    placeActivity(*r, *e, reg.attendedLive, reg.attendedAt.toUTC());
                    e->lastUpdated = maxTime(e->lastUpdated, activityTime(*r));
                }
            }
        }
    }
}

void On24Emulator::seedSynthetic(qint64 clientId, const On24SyntheticWorld &world)
{
    m_events.clear();
    m_registrants.clear();
    m_byEmail.clear();
    for (Client &c : m_clients)
        c.eventIds.clear();
    addClient(clientId, {});
    m_tokens[demoTokenKey()].clients.insert(clientId);
    m_nextEventUserId = 150000001;
    // Registrants of one variant share one (implicitly shared) field map.
    QList<QMap<QString, QString>> variants;
    variants.reserve(On24SyntheticWorld::kFieldVariants);
    for (int v = 0; v < On24SyntheticWorld::kFieldVariants; ++v)
        variants.append(On24SyntheticWorld::fields(v));
    m_events.reserve(world.webinars());
    for (int w = 0; w < world.webinars(); ++w) {
        Event *e = addEvent(clientId, world.eventId(w));
        e->title = world.title(w);
        e->campaignCode = QStringLiteral("SYN%1").arg(w + 1);
        e->start = world.start(w);
        e->end = world.end(w);
        e->created = e->start.addDays(-30);
        e->lastModified = e->created;
        e->lastUpdated = e->end;
        e->registrantIds.reserve(world.registrantsOf(w));
    }
    // Pointers only once every event is in: inserting may move the others.
    QList<Event *> events;
    for (int w = 0; w < world.webinars(); ++w)
        events.append(&m_events[world.eventId(w)]);
    m_registrants.reserve(world.registrants());
    m_byEmail.reserve(world.registrants());
    for (qint64 i = 0; i < world.registrants(); ++i) {
        Event &e = *events.at(world.webinarOf(i));
        const qint64 id = m_nextEventUserId++;
        Registrant &r = m_registrants[id];
        r.eventUserId = id;
        r.eventId = e.eventId;
        r.clientId = clientId;
        r.email = On24SyntheticWorld::email(i);
        r.fields = variants.at(On24SyntheticWorld::variantOf(i));
        r.created = world.registeredAt(i);
        r.lastActivity = r.created;
        if (On24SyntheticWorld::attended(i)) {
            r.attended = true;
            r.liveMinutes = On24SyntheticWorld::liveMinutes(i);
            r.archiveMinutes = On24SyntheticWorld::archiveMinutes(i);
            r.engagementScore = On24SyntheticWorld::engagementScore(i);
            r.polls = On24SyntheticWorld::polls(i);
            r.questions = On24SyntheticWorld::questions(i);
            r.surveys = On24SyntheticWorld::surveys(i);
            r.resources = On24SyntheticWorld::resources(i);
            r.attendancePartnerRef = r.fields.value(QStringLiteral("partnerref"));
            placeActivity(r, e, true, world.attendedAt(i));
        }
        e.registrantIds.append(id);
        indexEmail(r, true);
    }
    markDirty();
}

void On24Emulator::setCredentials(qint64 clientId, const QString &key, const QString &secret)
{
    addClient(clientId, {});
    for (auto it = m_tokens.begin(); it != m_tokens.end(); ++it)
        it->clients.remove(clientId);
    Token &t = m_tokens[key];
    t.secret = secret;
    t.deactivated = false;
    t.lastUsed = QDateTime();
    t.clients.insert(clientId);
}

// ---------------------------------------------------------------- vendor answers

SandboxResponse On24Emulator::rateLimitResponse(const SandboxRequest &)
{
    return SandboxResponse::message(m_quotaStatus, kQuota);
}

SandboxResponse On24Emulator::serverErrorResponse(const SandboxRequest &)
{
    return SandboxResponse::message(500, QStringLiteral("Internal Server Error"));
}

SandboxResponse On24Emulator::notFoundResponse(const SandboxRequest &request)
{
    return SandboxResponse::message(
        404, QStringLiteral("The resource %1 doesn't exist.").arg(request.path));
}

QJsonObject On24Emulator::limitUsage() const
{
    return QJsonObject { { QStringLiteral("dailyUsed"), m_dayCalls },
        { QStringLiteral("dailyMax"), m_dailyLimit },
        { QStringLiteral("minuteUsed"), m_minuteCalls },
        { QStringLiteral("minuteMax"), m_minuteLimit },
        { QStringLiteral("quotaStatus"), m_quotaStatus },
        { QStringLiteral("maxItemsPerPage"), 100 }, { QStringLiteral("maxRangeMonths"), 6 } };
}

void On24Emulator::expireAllTokens()
{
    for (Token &t : m_tokens)
        t.deactivated = true;
}

std::optional<SandboxResponse> On24Emulator::beforeRoute(
    const SandboxRequest &request, const QString &)
{
    if (request.method != "GET")
        ++m_changes;
    const QString key = QString::fromUtf8(request.header("accesstokenkey")).trimmed();
    const QString secret = QString::fromUtf8(request.header("accesstokensecret")).trimmed();
    if (key.isEmpty() || secret.isEmpty())
        return SandboxResponse::message(401, kMissingHeaders);
    auto tok = m_tokens.find(key);
    if (tok == m_tokens.end() || tok->secret != secret)
        return SandboxResponse::message(401, kWrongToken);
    const QDateTime t = now();
    const qint64 idle = faults().tokenLifetimeSeconds >= 0 ? faults().tokenLifetimeSeconds
                                                           : qint64(60) * 24 * 3600;
    if (tok->lastUsed.isValid() && tok->lastUsed.secsTo(t) > idle)
        tok->deactivated = true; // ON24 disables a token after 60 days without activity
    if (tok->deactivated)
        return SandboxResponse::message(401, kDeactivatedToken);
    tok->lastUsed = t;

    // Quota caps (ON24 publishes no figure; off unless set).
    const QDate day = t.toTimeZone(m_pacific).date();
    if (day != m_day) {
        m_day = day;
        m_dayCalls = 0;
    }
    const qint64 minute = t.toSecsSinceEpoch() / 60;
    if (minute != m_minute) {
        m_minute = minute;
        m_minuteCalls = 0;
    }
    if ((m_dailyLimit > 0 && m_dayCalls >= m_dailyLimit)
        || (m_minuteLimit > 0 && m_minuteCalls >= m_minuteLimit))
        return rateLimitResponse(request);
    ++m_dayCalls;
    ++m_minuteCalls;

    const QString cid = request.param(QStringLiteral("clientId"));
    bool ok = false;
    const qint64 clientId = cid.toLongLong(&ok);
    if (!ok || !m_clients.contains(clientId))
        return SandboxResponse::message(
            404, QStringLiteral("The client %1 doesn't exist.").arg(cid));
    if (!tok->clients.contains(clientId))
        return SandboxResponse::message(403, kNoPermission);
    if (!m_clients.value(clientId).active)
        return SandboxResponse::message(
            403, QStringLiteral("The client id %1 is inactive.").arg(clientId));
    return std::nullopt;
}

// ---------------------------------------------------------------- helpers

std::optional<SandboxResponse> On24Emulator::checkClient(
    const SandboxRequest &request, Client **client)
{
    const qint64 clientId = request.param(QStringLiteral("clientId")).toLongLong();
    auto it = m_clients.find(clientId);
    if (it == m_clients.end())
        return SandboxResponse::message(404,
            QStringLiteral("The client %1 doesn't exist.")
                .arg(request.param(QStringLiteral("clientId"))));
    *client = &it.value();
    return std::nullopt;
}

std::optional<SandboxResponse> On24Emulator::checkEvent(
    const SandboxRequest &request, const Client &client, Event **event)
{
    const QString eid = request.param(QStringLiteral("eventId"));
    bool ok = false;
    const qint64 eventId = eid.toLongLong(&ok);
    auto it = m_events.find(eventId);
    if (!ok || it == m_events.end() || it->clientId != client.clientId)
        return SandboxResponse::message(
            404, QStringLiteral("The event %1 doesn't exist.").arg(eid));
    *event = &it.value();
    return std::nullopt;
}

std::optional<SandboxResponse> On24Emulator::parseWindow(const SandboxRequest &request,
    int defaultDays, bool defaults, bool sixMonths, Window *out) const
{
    static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression withOffset(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?([+-]\\d{2}:?\\d{2}|Z)$"));
    auto parse
        = [&](const QString &raw, bool isEnd, QDateTime *t) -> std::optional<SandboxResponse> {
        const QString v = raw.trimmed();
        if (dateOnly.match(v).hasMatch()) {
            const QDate d = QDate::fromString(v, Qt::ISODate);
            if (!d.isValid())
                return SandboxResponse::message(400, kBadDates);
            *t = isEnd ? QDateTime(d, QTime(23, 59, 59, 999), m_pacific)
                       : QDateTime(d, QTime(0, 0), m_pacific);
            *t = t->toUTC();
            return std::nullopt;
        }
        QDateTime parsed = QDateTime::fromString(v, Qt::ISODateWithMs);
        if (!parsed.isValid())
            parsed = QDateTime::fromString(v, Qt::ISODate);
        if (!parsed.isValid()) {
            if (withOffset.match(v).hasMatch())
                return SandboxResponse::message(400, kBadTimezone);
            return SandboxResponse::message(400, kBadDates);
        }
        if (parsed.timeSpec() == Qt::LocalTime)
            parsed = QDateTime(parsed.date(), parsed.time(), m_pacific);
        *t = parsed.toUTC();
        return std::nullopt;
    };

    Window w;
    const bool hasStart = request.hasQuery(u"startdate");
    const bool hasEnd = request.hasQuery(u"enddate");
    if (hasStart) {
        if (auto err = parse(request.query(u"startdate"), false, &w.from))
            return err;
    }
    if (hasEnd) {
        if (auto err = parse(request.query(u"enddate"), true, &w.to))
            return err;
    }
    if (!hasStart && !hasEnd && request.hasQuery(u"dateinterval")) {
        bool ok = false;
        const int interval = request.query(u"dateinterval").toInt(&ok);
        if (!ok || interval < 0)
            return SandboxResponse::message(
                400, QStringLiteral("Invalid value for the dateinterval parameter."));
        const int offset = request.query(u"dateintervaloffset", QStringLiteral("0")).toInt(&ok);
        if (!ok || offset < 0)
            return SandboxResponse::message(
                400, QStringLiteral("Invalid value for the dateintervaloffset parameter."));
        QTimeZone tz = m_pacific;
        if (request.hasQuery(u"dateintervaltimezone")) {
            tz = QTimeZone(request.query(u"dateintervaltimezone").toUtf8());
            if (!tz.isValid())
                return SandboxResponse::message(400, kBadTimezone);
        }
        const QDate endDay = now().toTimeZone(tz).date().addDays(-offset);
        w.to = QDateTime(endDay, QTime(23, 59, 59, 999), tz).toUTC();
        w.from = QDateTime(endDay.addDays(-interval), QTime(0, 0), tz).toUTC();
        w.given = true;
    } else if (hasStart || hasEnd) {
        w.given = true;
        if (!hasEnd)
            w.to = now();
        if (!hasStart)
            w.from = w.to.addDays(-defaultDays);
    } else if (defaults) {
        w.to = now();
        w.from = w.to.addDays(-defaultDays);
        w.given = true;
    }
    if (w.given) {
        if (w.from > w.to)
            return SandboxResponse::message(400, kBadDates);
        if (sixMonths && w.from.addMonths(6).addSecs(1) < w.to)
            return SandboxResponse::message(400, kRangeTooLong);
    }
    *out = w;
    return std::nullopt;
}

std::optional<SandboxResponse> On24Emulator::parsePage(
    const SandboxRequest &request, Page *out) const
{
    Page p;
    if (request.hasQuery(u"itemsperpage")) {
        bool ok = false;
        const int n = request.query(u"itemsperpage").trimmed().toInt(&ok);
        if (!ok || n < 1)
            return SandboxResponse::message(
                400, QStringLiteral("Invalid value for the itemsperpage parameter."));
        p.size = std::min(n, 100); // "There is a limit of 100 … per page."
        p.given = true;
    }
    if (request.hasQuery(u"pageoffset")) {
        bool ok = false;
        const int n = request.query(u"pageoffset").trimmed().toInt(&ok);
        if (!ok || n < 0)
            return SandboxResponse::message(
                400, QStringLiteral("Invalid value for the pageoffset parameter."));
        p.offset = n;
        p.given = true;
    }
    *out = p;
    return std::nullopt;
}

QDateTime On24Emulator::activityTime(const Registrant &r) const
{
    return maxTime(r.lastLive, r.lastArchive);
}

QDateTime On24Emulator::attendanceVisibleAt(const Registrant &r) const
{
    const auto ev = m_events.constFind(r.eventId);
    QDateTime base = activityTime(r);
    if (ev != m_events.constEnd())
        base = maxTime(base, ev->end);
    return base.addSecs(m_attendanceDelaySecs);
}

bool On24Emulator::registrantVisible(const Registrant &r) const
{
    return !r.created.isValid() || r.created.addSecs(m_registrantDelaySecs) <= now();
}

bool On24Emulator::attendanceVisible(const Registrant &r) const
{
    return r.attended && attendanceVisibleAt(r) <= now();
}

bool On24Emulator::matchesStatus(const Registrant &r, const QString &userStatus) const
{
    if (userStatus.isEmpty())
        return r.userStatus == QLatin1String("active");
    if (userStatus == QLatin1String("any") || userStatus == QLatin1String("all"))
        return true;
    return r.userStatus == userStatus;
}

QString On24Emulator::ts(const QDateTime &utc) const
{
    if (!utc.isValid())
        return {};
    return utc.toTimeZone(m_pacific).toString(Qt::ISODate);
}

// ---------------------------------------------------------------- JSON shapes

QJsonObject On24Emulator::eventJson(const Event &e) const
{
    int totalReg = 0, totalAtt = 0, liveAtt = 0, odAtt = 0;
    qint64 liveMin = 0, archMin = 0;
    QMap<QString, int> partnerRefs;
    for (qint64 id : e.registrantIds) {
        const Registrant &r = m_registrants[id];
        if (!registrantVisible(r) || r.userStatus != QLatin1String("active"))
            continue;
        ++totalReg;
        const QString pr = r.fields.value(QStringLiteral("partnerref"));
        ++partnerRefs[pr.isEmpty() ? QStringLiteral("-") : pr];
        if (!attendanceVisible(r))
            continue;
        ++totalAtt;
        if (r.firstLive.isValid())
            ++liveAtt;
        if (r.archiveMinutes > 0)
            ++odAtt;
        liveMin += r.liveMinutes;
        archMin += r.archiveMinutes;
    }
    QJsonArray refStats;
    for (auto it = partnerRefs.begin(); it != partnerRefs.end(); ++it)
        refStats.append(QJsonObject {
            { QStringLiteral("code"), it.key() }, { QStringLiteral("count"), it.value() } });
    const QString base = baseUrl().toString();
    const QString key = QString::number(e.eventId, 16).toUpper();
    const int duration
        = e.start.isValid() && e.end.isValid() ? int(e.start.secsTo(e.end) / 60) : 60;
    return QJsonObject {
        { QStringLiteral("eventid"), e.eventId },
        { QStringLiteral("clientid"), e.clientId },
        { QStringLiteral("goodafter"), ts(e.start) },
        { QStringLiteral("isactive"), e.active },
        { QStringLiteral("regrequired"), true },
        { QStringLiteral("description"), e.title },
        { QStringLiteral("promotionalsummary"), e.description },
        { QStringLiteral("regnotificationrequired"), true },
        { QStringLiteral("displaytimezonecd"), QStringLiteral("America/Los_Angeles") },
        { QStringLiteral("eventtype"), QStringLiteral("Live Video") },
        { QStringLiteral("category"), QStringLiteral("Marketing") },
        { QStringLiteral("createtimestamp"), ts(e.created) },
        { QStringLiteral("localelanguagecd"), QStringLiteral("en") },
        { QStringLiteral("localecountrycd"), QStringLiteral("US") },
        { QStringLiteral("lastmodified"), ts(e.lastModified) },
        { QStringLiteral("lastupdated"), ts(e.lastUpdated) },
        { QStringLiteral("iseliteexpired"), QStringLiteral("N") },
        { QStringLiteral("livestart"), ts(e.start) },
        { QStringLiteral("liveend"), ts(e.end) },
        { QStringLiteral("archivestart"), ts(e.end) },
        { QStringLiteral("archiveend"), ts(e.end.addYears(1)) },
        { QStringLiteral("audienceurl"),
            QStringLiteral("%1/wcc/r/%2/%3").arg(base).arg(e.eventId).arg(key) },
        { QStringLiteral("scheduledeventduration"), duration },
        { QStringLiteral("audiencekey"), key },
        { QStringLiteral("reporturl"), QStringLiteral("%1/report/%2").arg(base).arg(e.eventId) },
        { QStringLiteral("previewurl"), QStringLiteral("%1/preview/%2").arg(base).arg(e.eventId) },
        { QStringLiteral("contenttype"), e.contentType },
        { QStringLiteral("campaigncode"), e.campaignCode },
        { QStringLiteral("eventlocation"), e.campaignCode },
        { QStringLiteral("createdby"), QStringLiteral("Sandbox Admin") },
        { QStringLiteral("ishybridevent"), false },
        { QStringLiteral("istestevent"), false },
        { QStringLiteral("eventanalytics"),
            QJsonObject {
                { QStringLiteral("totalregistrants"), totalReg },
                { QStringLiteral("totalattendees"), totalAtt },
                { QStringLiteral("liveattendees"), liveAtt },
                { QStringLiteral("ondemandattendees"), odAtt },
                { QStringLiteral("averageliveminutes"), liveAtt ? int(liveMin / liveAtt) : 0 },
                { QStringLiteral("averagearchiveminutes"), odAtt ? int(archMin / odAtt) : 0 },
                { QStringLiteral("totalcumulativeliveminutes"), liveMin },
                { QStringLiteral("totalcumulativearchiveminutes"), archMin },
                { QStringLiteral("totalcumulativeminutes"), liveMin + archMin },
                { QStringLiteral("totalmediaplayerminutes"), liveMin + archMin },
            } },
        { QStringLiteral("partnerrefstats"), refStats },
        { QStringLiteral("tags"), QJsonArray {} },
        { QStringLiteral("speakers"), QJsonArray {} },
        { QStringLiteral("customeventfields"), QJsonArray {} },
        { QStringLiteral("media"),
            QJsonObject { { QStringLiteral("audios"), QJsonArray {} },
                { QStringLiteral("videos"), QJsonArray {} },
                { QStringLiteral("slides"), QJsonArray {} },
                { QStringLiteral("videoclips"), QJsonArray {} },
                { QStringLiteral("urls"), QJsonArray {} },
                { QStringLiteral("polls"), QJsonArray {} } } },
    };
}

void On24Emulator::insertSource(QJsonObject &o, const Registrant &r) const
{
    const auto ev = m_events.constFind(r.eventId);
    const QString campaign = ev != m_events.constEnd() ? ev->campaignCode : QString();
    o.insert(QStringLiteral("userprofileurl"),
        QStringLiteral("%1/profile/%2").arg(baseUrl().toString()).arg(r.eventUserId));
    o.insert(QStringLiteral("campaigncode"), campaign);
    o.insert(QStringLiteral("sourcecampaigncode"), campaign);
    o.insert(QStringLiteral("sourceeventid"), r.eventId);
}

QJsonObject On24Emulator::registrantJson(const Registrant &r, bool clientLevel) const
{
    QJsonObject o;
    o.insert(QStringLiteral("eventuserid"), r.eventUserId);
    o.insert(QStringLiteral("email"), r.email);
    for (const QString &f : kRegistrantFields)
        o.insert(f, r.fields.value(f));
    o.insert(QStringLiteral("eventid"), r.eventId);
    if (clientLevel)
        o.insert(QStringLiteral("clientid"), r.clientId);
    o.insert(QStringLiteral("createtimestamp"), ts(r.created));
    o.insert(QStringLiteral("lastactivity"), ts(r.lastActivity));
    insertSource(o, r);
    o.insert(QStringLiteral("userstatus"), r.userStatus);
    o.insert(QStringLiteral("attendeetype"), QStringLiteral("Virtual"));
    for (auto it = r.wire.constBegin(); it != r.wire.constEnd(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonObject On24Emulator::attendeeJson(
    const Registrant &r, bool clientLevel, bool realtimeOnly) const
{
    QJsonObject o;
    o.insert(QStringLiteral("email"), r.email);
    o.insert(QStringLiteral("eventuserid"), r.eventUserId);
    if (clientLevel) {
        o.insert(QStringLiteral("clientid"), r.clientId);
        o.insert(QStringLiteral("eventid"), r.eventId);
    }
    o.insert(QStringLiteral("exteventusercd"), r.fields.value(QStringLiteral("exteventusercd")));
    o.insert(QStringLiteral("userstatus"), r.userStatus);
    o.insert(QStringLiteral("isblocked"), QStringLiteral("N"));
    const bool live = r.firstLive.isValid();
    const bool archive = r.archiveMinutes > 0 && r.firstArchive.isValid();
    if (!realtimeOnly)
        o.insert(QStringLiteral("engagementscore"), std::round(r.engagementScore * 10.0) / 10.0);
    o.insert(QStringLiteral("liveminutes"), r.liveMinutes);
    o.insert(QStringLiteral("liveviewed"), live ? 1 : 0);
    if (live && !realtimeOnly) {
        o.insert(QStringLiteral("firstliveactivity"), ts(r.firstLive));
        o.insert(QStringLiteral("lastliveactivity"), ts(r.lastLive));
    }
    o.insert(QStringLiteral("archiveminutes"), r.archiveMinutes);
    o.insert(QStringLiteral("archiveviewed"), archive ? 1 : 0);
    if (archive && !realtimeOnly) {
        o.insert(QStringLiteral("firstarchiveactivity"), ts(r.firstArchive));
        o.insert(QStringLiteral("lastarchiveactivity"), ts(r.lastArchive));
    }
    if (!realtimeOnly) {
        o.insert(QStringLiteral("askedquestions"), r.questions);
        o.insert(QStringLiteral("resourcesdownloaded"), r.resources);
        o.insert(QStringLiteral("answeredpolls"), r.polls);
        o.insert(QStringLiteral("answeredsurveys"), r.surveys);
        o.insert(QStringLiteral("answeredsurveyquestions"), r.surveys);
    }
    // Detail arrays whose lengths match the counts; content is synthetic.
    const QDateTime base = live ? r.firstLive : r.firstArchive;
    QJsonArray questions, polls, resources, surveys;
    for (int i = 0; i < r.questions; ++i)
        questions.append(QJsonObject { { QStringLiteral("questionid"), r.eventUserId * 100 + i },
            { QStringLiteral("createtimestamp"), ts(base.addSecs(60 * (i + 1))) },
            { QStringLiteral("content"), QStringLiteral("Sandbox question %1").arg(i + 1) } });
    for (int i = 0; i < r.polls; ++i)
        polls.append(QJsonObject { { QStringLiteral("pollid"), r.eventId * 100 + i },
            { QStringLiteral("pollsubmittedtimestamp"), ts(base.addSecs(90 * (i + 1))) },
            { QStringLiteral("pollquestionid"), r.eventId * 1000 + i },
            { QStringLiteral("pollquestion"), QStringLiteral("Sandbox poll %1").arg(i + 1) },
            { QStringLiteral("pollanswers"), QJsonArray { QStringLiteral("Yes") } },
            { QStringLiteral("pollanswersdetail"),
                QJsonArray {
                    QJsonObject { { QStringLiteral("answercode"), QStringLiteral("choice1") },
                        { QStringLiteral("answer"), QStringLiteral("Yes") } } } } });
    for (int i = 0; i < r.resources; ++i)
        resources.append(QJsonObject { { QStringLiteral("resourceid"), r.eventId * 10 + i },
            { QStringLiteral("resourceviewed"), QStringLiteral("Sandbox resource %1").arg(i + 1) },
            { QStringLiteral("resourceviewedtimestamp"), ts(base.addSecs(120 * (i + 1))) } });
    for (int i = 0; i < r.surveys; ++i)
        surveys.append(QJsonObject {
            { QStringLiteral("surveyid"), QStringLiteral("%1_survey%2").arg(r.eventId).arg(i + 1) },
            { QStringLiteral("surveysubmittedtimestamp"), ts(base.addSecs(150 * (i + 1))) },
            { QStringLiteral("surveyquestions"),
                QJsonArray { QJsonObject {
                    { QStringLiteral("surveyquestionid"), r.eventId * 1000 + 500 + i },
                    { QStringLiteral("surveyquestion"), QStringLiteral("Was this useful?") },
                    { QStringLiteral("questioncode"), QStringLiteral("110") },
                    { QStringLiteral("primaryquestioncode"), QStringLiteral("110") },
                    { QStringLiteral("surveyanswers"), QJsonArray { QStringLiteral("Yes") } },
                    { QStringLiteral("surveyanswersdetail"),
                        QJsonArray { QJsonObject {
                            { QStringLiteral("answercode"), QStringLiteral("choice1") },
                            { QStringLiteral("answer"), QStringLiteral("Yes") } } } } } } } });
    o.insert(QStringLiteral("questions"), questions);
    o.insert(QStringLiteral("polls"), polls);
    o.insert(QStringLiteral("resources"), resources);
    o.insert(QStringLiteral("surveys"), surveys);
    o.insert(QStringLiteral("calltoactions"), QJsonArray {});
    insertSource(o, r);
    if (!realtimeOnly) {
        o.insert(QStringLiteral("cumulativeliveminutes"), r.liveMinutes);
        o.insert(QStringLiteral("cumulativearchiveminutes"), r.archiveMinutes);
    }
    o.insert(QStringLiteral("partnerref"), r.fields.value(QStringLiteral("partnerref")));
    o.insert(QStringLiteral("attendancepartnerref"),
        r.attendancePartnerRef.isEmpty() ? r.fields.value(QStringLiteral("partnerref"))
                                         : r.attendancePartnerRef);
    o.insert(QStringLiteral("attendeesessions"), (live ? 1 : 0) + (archive ? 1 : 0));
    o.insert(QStringLiteral("livemediaplayerminutes"), r.liveMinutes);
    o.insert(QStringLiteral("archivemediaplayerminutes"), r.archiveMinutes);
    for (const char *empty : { "certifications", "meetingconversions", "democonversions",
             "freetrial", "contactus", "drift", "breakouts", "calendly", "shareidea", "reactions",
             "twitterwidget", "testwidgets" })
        o.insert(QLatin1String(empty), QJsonArray {});
    return o;
}

QJsonObject On24Emulator::controlRegistrantJson(const Registrant &r) const
{
    QJsonObject o = registrantJson(r, true);
    o.insert(QStringLiteral("visible"), registrantVisible(r));
    o.insert(QStringLiteral("attended"), r.attended);
    if (r.attended) {
        o.insert(QStringLiteral("attendance"), attendeeJson(r, true, false));
        o.insert(QStringLiteral("attendancevisibleat"), ts(attendanceVisibleAt(r)));
        o.insert(QStringLiteral("attendancevisible"), attendanceVisible(r));
    }
    return o;
}

void On24Emulator::applyRegistrantFields(Registrant &r, const QJsonObject &patch)
{
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        const QString k = it.key().toLower();
        if (k == QLatin1String("email")) {
            indexEmail(r, false);
            r.email = it.value().toString();
            indexEmail(r, true);
        } else if (k == QLatin1String("createtimestamp")) {
            r.created = parseIso(it.value());
            markDirty();
        } else if (k == QLatin1String("lastactivity")) {
            r.lastActivity = parseIso(it.value());
            markDirty();
        } else if (k == QLatin1String("userstatus")) {
            r.userStatus = it.value().toString();
        } else if (k == QLatin1String("_wire")) {
            r.wire = it.value().toObject();
        } else if (kRegistrantFields.contains(k)) {
            r.fields.insert(k, it.value().toVariant().toString());
        }
    }
}

void On24Emulator::applyAttendance(Registrant &r, const QJsonObject &patch, const Event &event)
{
    auto num = [&](const char *name, double current) {
        const QJsonValue v = patch.value(QLatin1String(name));
        return v.isDouble() ? v.toDouble() : current;
    };
    r.attended = true;
    r.liveMinutes = roundMinutes(num("liveminutes", r.liveMinutes));
    r.archiveMinutes = roundMinutes(num("archiveminutes", r.archiveMinutes));
    r.engagementScore = num("engagementscore", r.engagementScore);
    r.polls = int(num("answeredpolls", r.polls));
    r.questions = int(num("askedquestions", r.questions));
    r.surveys = int(num("answeredsurveys", r.surveys));
    r.resources = int(num("resourcesdownloaded", r.resources));
    if (patch.contains(QStringLiteral("attendancepartnerref")))
        r.attendancePartnerRef = patch.value(QStringLiteral("attendancepartnerref")).toString();
    const bool hadLive = r.firstLive.isValid();
    const bool live = patch.contains(QStringLiteral("live"))
        ? patch.value(QStringLiteral("live")).toBool()
        : (patch.contains(QStringLiteral("liveminutes")) ? r.liveMinutes > 0
                                                         : (hadLive || !r.firstArchive.isValid()));
    QDateTime at = parseIso(patch.value(QStringLiteral("attendedat")));
    if (!at.isValid())
        at = live ? r.firstLive : r.firstArchive;
    placeActivity(r, event, live, at);
    const char *times[] = { "firstliveactivity", "lastliveactivity", "firstarchiveactivity",
        "lastarchiveactivity" };
    QDateTime *targets[] = { &r.firstLive, &r.lastLive, &r.firstArchive, &r.lastArchive };
    for (int i = 0; i < 4; ++i) {
        const QDateTime t = parseIso(patch.value(QLatin1String(times[i])));
        if (t.isValid())
            *targets[i] = t;
    }
    markDirty();
}

// ---------------------------------------------------------------- control API

SandboxResponse On24Emulator::controlRecords(
    const SandboxRequest &request, const QString &object, const QString &id)
{
    if (request.method != "GET")
        ++m_changes;
    if (object == QLatin1String("event"))
        return m_control->controlEvents(request, id);
    if (object == QLatin1String("registrant"))
        return m_control->controlRegistrants(request, id, false);
    if (object == QLatin1String("attendee"))
        return m_control->controlRegistrants(request, id, true);
    if (object == QLatin1String("client"))
        return m_control->controlClients(request, id);
    if (object == QLatin1String("settings") && id.isEmpty())
        return m_control->controlSettings(request);
    return Emulator::controlRecords(request, object, id);
}

} // namespace LeadBridge::Sandbox
