#include "core/sandbox/on24/On24Emulator.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace LeadBridge::Sandbox {

namespace {

const QString kMissingHeaders
    = QStringLiteral("Header must contain both accessTokenKey and accessTokenSecret.");
const QString kWrongToken
    = QStringLiteral("AccessTokenKey and AccessTokenSecret are wrong or invalid.");
const QString kDeactivatedToken
    = QStringLiteral("AccessTokenKey and AccessTokenSecret are deactivated.");
const QString kNoPermission
    = QStringLiteral("You do not have permission to perform the requested operation.");
const QString kQuota = QStringLiteral("You have reached the maximum number of calls for this api.");
const QString kBadDates = QStringLiteral("Error, incorrect date formats.");
const QString kBadTimezone = QStringLiteral(
    "Invalid Date format for params startdate and enddate. Incorrect timezone value provided.");
// Not quoted verbatim by the reference (the limit is, the wording is not).
const QString kRangeTooLong
    = QStringLiteral("The range between startDate and endDate can not be greater than 6 months.");
const QString kSubaccountsNeedFlag
    = QStringLiteral("You have to set includesubaccounts='Y' in order to filter by subaccounts.");

// Registrant string fields in answer order (lower-case ON24 names).
const QStringList kRegistrantFields = {
    QStringLiteral("firstname"),
    QStringLiteral("lastname"),
    QStringLiteral("company"),
    QStringLiteral("jobtitle"),
    QStringLiteral("addressstreet1"),
    QStringLiteral("addressstreet2"),
    QStringLiteral("city"),
    QStringLiteral("state"),
    QStringLiteral("zip"),
    QStringLiteral("country"),
    QStringLiteral("workphone"),
    QStringLiteral("jobfunction"),
    QStringLiteral("companyindustry"),
    QStringLiteral("companysize"),
    QStringLiteral("partnerref"),
    QStringLiteral("std1"),
    QStringLiteral("std2"),
    QStringLiteral("std3"),
    QStringLiteral("std4"),
    QStringLiteral("std5"),
    QStringLiteral("std6"),
    QStringLiteral("std7"),
    QStringLiteral("std8"),
    QStringLiteral("std9"),
    QStringLiteral("std10"),
    QStringLiteral("fax"),
    QStringLiteral("username"),
    QStringLiteral("exteventusercd"),
    QStringLiteral("other"),
    QStringLiteral("notes"),
    QStringLiteral("marketingemail"),
    QStringLiteral("eventemail"),
    QStringLiteral("homephone"),
    QStringLiteral("emailformat"),
    QStringLiteral("engagementprediction"),
    QStringLiteral("browser"),
    QStringLiteral("ipaddress"),
    QStringLiteral("os"),
    QStringLiteral("utmsource"),
    QStringLiteral("utmmedium"),
    QStringLiteral("utmcampaign"),
    QStringLiteral("utmterm"),
    QStringLiteral("utmcontent"),
};

// Keys a REST registration may set (after lower-casing).
const QSet<QString> kFormFields = [] {
    QSet<QString> s;
    for (const QString &f : kRegistrantFields)
        s.insert(f);
    s.remove(QStringLiteral("engagementprediction"));
    s.remove(QStringLiteral("browser"));
    s.remove(QStringLiteral("ipaddress"));
    s.remove(QStringLiteral("os"));
    return s;
}();

const QStringList kContentTypes = {
    QStringLiteral("all"),
    QStringLiteral("experience"),
    QStringLiteral("gateway"),
    QStringLiteral("golive"),
    QStringLiteral("pdf"),
    QStringLiteral("video"),
    QStringLiteral("webcast"),
    QStringLiteral("webpage"),
    QStringLiteral("forum"),
};

SandboxResponse message(int status, const QString &text)
{
    return SandboxResponse::json(status, QJsonObject { { QStringLiteral("message"), text } });
}

QString emailKey(qint64 clientId, const QString &email)
{
    return QString::number(clientId) + QLatin1Char('|') + email.trimmed().toLower();
}

bool yes(const QString &v)
{
    return v.compare(QLatin1String("Y"), Qt::CaseInsensitive) == 0;
}

QDateTime maxTime(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return a < b ? b : a;
}

QDateTime parseIso(const QJsonValue &v)
{
    if (!v.isString())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);
    return t.toUTC();
}

int roundMinutes(double v)
{
    if (v <= 0.0)
        return 0;
    if (v < 1.0)
        return 1; // ON24 reports any fraction of a minute as 1
    return int(std::lround(v));
}

QJsonObject records(const QJsonArray &items)
{
    return QJsonObject { { QStringLiteral("total"), items.size() },
        { QStringLiteral("records"), items } };
}

} // namespace

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
    registerRoutes();
    clearData();
    addClient(kDefaultClientId, QStringLiteral("Sandbox client"));
    m_tokens[demoTokenKey()].clients.insert(kDefaultClientId);
}

void On24Emulator::registerRoutes()
{
    auto bind = [this](SandboxResponse (On24Emulator::*fn)(const SandboxRequest &)) {
        return [this, fn](const SandboxRequest &r) { return (this->*fn)(r); };
    };
    const QString c = QStringLiteral("/v2/client/{clientId}");
    addRoute("GET", c + QStringLiteral("/event"), QStringLiteral("event.list"),
        bind(&On24Emulator::listEvents));
    addRoute("GET", c + QStringLiteral("/event/{eventId}"), QStringLiteral("event.get"),
        bind(&On24Emulator::getEvent));
    addRoute("GET", c + QStringLiteral("/event/{eventId}/registrant"),
        QStringLiteral("event.registrant.list"), bind(&On24Emulator::eventRegistrants));
    addRoute("POST", c + QStringLiteral("/event/{eventId}/registrant"),
        QStringLiteral("event.registrant.create"), bind(&On24Emulator::registerRegistrant));
    addRoute("GET", c + QStringLiteral("/event/{eventId}/attendee"),
        QStringLiteral("event.attendee.list"), bind(&On24Emulator::eventAttendees));
    addRoute("GET", c + QStringLiteral("/registrant"), QStringLiteral("client.registrant.list"),
        bind(&On24Emulator::clientRegistrants));
    addRoute("GET", c + QStringLiteral("/attendee"), QStringLiteral("client.attendee.list"),
        bind(&On24Emulator::clientAttendees));
    addRoute("GET", c + QStringLiteral("/registrant/{email}"), QStringLiteral("registrant.get"),
        bind(&On24Emulator::registrantByEmail));
    addRoute("GET", c + QStringLiteral("/attendee/{email}"), QStringLiteral("attendee.get"),
        bind(&On24Emulator::attendeeByEmail));
    addRoute("GET", c + QStringLiteral("/registrant/{email}/allevents"),
        QStringLiteral("registrant.allevents"), bind(&On24Emulator::registrantAllEvents));
    addRoute("GET", c + QStringLiteral("/attendee/{email}/allevents"),
        QStringLiteral("attendee.allevents"), bind(&On24Emulator::attendeeAllEvents));
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
    for (const Registrant &r : std::as_const(m_registrants)) {
        m_clientByCreated[r.clientId].push_back(r.eventUserId);
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
    return message(m_quotaStatus, kQuota);
}

SandboxResponse On24Emulator::serverErrorResponse(const SandboxRequest &)
{
    return message(500, QStringLiteral("Internal Server Error"));
}

SandboxResponse On24Emulator::notFoundResponse(const SandboxRequest &request)
{
    return message(404, QStringLiteral("The resource %1 doesn't exist.").arg(request.path));
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
    const QString key = QString::fromUtf8(request.header("accesstokenkey")).trimmed();
    const QString secret = QString::fromUtf8(request.header("accesstokensecret")).trimmed();
    if (key.isEmpty() || secret.isEmpty())
        return message(401, kMissingHeaders);
    auto tok = m_tokens.find(key);
    if (tok == m_tokens.end() || tok->secret != secret)
        return message(401, kWrongToken);
    const QDateTime t = now();
    const qint64 idle = faults().tokenLifetimeSeconds >= 0 ? faults().tokenLifetimeSeconds
                                                           : qint64(60) * 24 * 3600;
    if (tok->lastUsed.isValid() && tok->lastUsed.secsTo(t) > idle)
        tok->deactivated = true; // ON24 disables a token after 60 days without activity
    if (tok->deactivated)
        return message(401, kDeactivatedToken);
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
        return message(404, QStringLiteral("The client %1 doesn't exist.").arg(cid));
    if (!tok->clients.contains(clientId))
        return message(403, kNoPermission);
    if (!m_clients.value(clientId).active)
        return message(403, QStringLiteral("The client id %1 is inactive.").arg(clientId));
    return std::nullopt;
}

// ---------------------------------------------------------------- helpers

std::optional<SandboxResponse> On24Emulator::checkClient(
    const SandboxRequest &request, Client **client)
{
    const qint64 clientId = request.param(QStringLiteral("clientId")).toLongLong();
    auto it = m_clients.find(clientId);
    if (it == m_clients.end())
        return message(404,
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
        return message(404, QStringLiteral("The event %1 doesn't exist.").arg(eid));
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
                return message(400, kBadDates);
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
                return message(400, kBadTimezone);
            return message(400, kBadDates);
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
            return message(400, QStringLiteral("Invalid value for the dateinterval parameter."));
        const int offset = request.query(u"dateintervaloffset", QStringLiteral("0")).toInt(&ok);
        if (!ok || offset < 0)
            return message(
                400, QStringLiteral("Invalid value for the dateintervaloffset parameter."));
        QTimeZone tz = m_pacific;
        if (request.hasQuery(u"dateintervaltimezone")) {
            tz = QTimeZone(request.query(u"dateintervaltimezone").toUtf8());
            if (!tz.isValid())
                return message(400, kBadTimezone);
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
            return message(400, kBadDates);
        if (sixMonths && w.from.addMonths(6).addSecs(1) < w.to)
            return message(400, kRangeTooLong);
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
            return message(400, QStringLiteral("Invalid value for the itemsperpage parameter."));
        p.size = std::min(n, 100); // "There is a limit of 100 … per page."
        p.given = true;
    }
    if (request.hasQuery(u"pageoffset")) {
        bool ok = false;
        const int n = request.query(u"pageoffset").trimmed().toInt(&ok);
        if (!ok || n < 0)
            return message(400, QStringLiteral("Invalid value for the pageoffset parameter."));
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
    const auto ev = m_events.constFind(r.eventId);
    const QString campaign = ev != m_events.constEnd() ? ev->campaignCode : QString();
    o.insert(QStringLiteral("userprofileurl"),
        QStringLiteral("%1/profile/%2").arg(baseUrl().toString()).arg(r.eventUserId));
    o.insert(QStringLiteral("campaigncode"), campaign);
    o.insert(QStringLiteral("sourcecampaigncode"), campaign);
    o.insert(QStringLiteral("sourceeventid"), r.eventId);
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
    const auto ev = m_events.constFind(r.eventId);
    const QString campaign = ev != m_events.constEnd() ? ev->campaignCode : QString();
    o.insert(QStringLiteral("userprofileurl"),
        QStringLiteral("%1/profile/%2").arg(baseUrl().toString()).arg(r.eventUserId));
    o.insert(QStringLiteral("campaigncode"), campaign);
    o.insert(QStringLiteral("sourcecampaigncode"), campaign);
    o.insert(QStringLiteral("sourceeventid"), r.eventId);
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

// ---------------------------------------------------------------- API handlers

SandboxResponse On24Emulator::listEvents(const SandboxRequest &request)
{
    Client *client = nullptr;
    if (auto err = checkClient(request, &client))
        return *err;
    const bool includeSub = yes(request.query(u"includesubaccounts"));
    if (request.hasQuery(u"subaccounts") && !includeSub)
        return message(400, kSubaccountsNeedFlag);
    Window w;
    if (auto err = parseWindow(request, 90, true, true, &w))
        return *err;
    Page page;
    if (auto err = parsePage(request, &page))
        return *err;
    const QString mode = request.query(u"datefiltermode", QStringLiteral("goodafter")).toLower();
    static const QStringList modes = { QStringLiteral("goodafter"), QStringLiteral("updated"),
        QStringLiteral("modified"), QStringLiteral("creation"), QStringLiteral("livestart"),
        QStringLiteral("liveend"), QStringLiteral("archivestart"), QStringLiteral("archiveend") };
    if (!modes.contains(mode))
        return message(400, QStringLiteral("Invalid value for the datefiltermode parameter."));
    const QString order = request.query(u"filterorder", QStringLiteral("asc")).toLower();
    if (order != QLatin1String("asc") && order != QLatin1String("desc"))
        return message(400, QStringLiteral("Invalid value for the filterorder parameter."));
    const QString type = request.query(u"contenttype", QStringLiteral("all")).toLower();
    if (!kContentTypes.contains(type))
        return message(400, QStringLiteral("Invalid value for the contenttype parameter."));
    const bool includeInactive = yes(request.query(u"includeinactive"));

    auto keyOf = [&](const Event &e) {
        if (mode == QLatin1String("updated"))
            return e.lastUpdated;
        if (mode == QLatin1String("modified"))
            return e.lastModified;
        if (mode == QLatin1String("creation"))
            return e.created;
        if (mode == QLatin1String("liveend") || mode == QLatin1String("archivestart"))
            return e.end;
        if (mode == QLatin1String("archiveend"))
            return e.end.addYears(1);
        return e.start; // goodafter, livestart
    };
    QList<const Event *> found;
    for (qint64 id : std::as_const(client->eventIds)) {
        const Event &e = m_events[id];
        if (!includeInactive && !e.active)
            continue;
        if (type != QLatin1String("all") && e.contentType != type)
            continue;
        const QDateTime k = keyOf(e);
        if (k < w.from || k > w.to)
            continue;
        found.append(&e);
    }
    std::sort(found.begin(), found.end(), [&](const Event *a, const Event *b) {
        const QDateTime ka = keyOf(*a), kb = keyOf(*b);
        if (ka == kb)
            return order == QLatin1String("desc") ? a->eventId > b->eventId
                                                  : a->eventId < b->eventId;
        return order == QLatin1String("desc") ? ka > kb : ka < kb;
    });
    QJsonArray events;
    const qsizetype total = found.size();
    qsizetype first = 0, last = total;
    if (page.given || includeSub) {
        first = std::min<qsizetype>(qsizetype(page.offset) * page.size, total);
        last = std::min<qsizetype>(first + page.size, total);
    }
    for (qsizetype i = first; i < last; ++i)
        events.append(eventJson(*found.at(i)));
    QJsonObject body;
    if (includeSub) {
        body.insert(QStringLiteral("pagecount"), int((total + page.size - 1) / page.size));
        body.insert(QStringLiteral("currentpage"), page.offset);
    }
    body.insert(QStringLiteral("totalevents"), int(total));
    body.insert(QStringLiteral("events"), events);
    return SandboxResponse::json(200, body);
}

SandboxResponse On24Emulator::getEvent(const SandboxRequest &request)
{
    Client *client = nullptr;
    if (auto err = checkClient(request, &client))
        return *err;
    Event *event = nullptr;
    if (auto err = checkEvent(request, *client, &event))
        return *err;
    return SandboxResponse::json(200, eventJson(*event));
}

SandboxResponse On24Emulator::eventRegistrants(const SandboxRequest &request)
{
    Client *client = nullptr;
    if (auto err = checkClient(request, &client))
        return *err;
    Event *event = nullptr;
    if (auto err = checkEvent(request, *client, &event))
        return *err;
    Window w;
    if (auto err = parseWindow(request, 0, false, false, &w))
        return *err;
    Page page;
    if (auto err = parsePage(request, &page))
        return *err;
    const QString mode = request.query(u"datefiltermode").toLower();
    if (!mode.isEmpty() && mode != QLatin1String("lastactivity"))
        return message(400, QStringLiteral("Invalid value for the datefiltermode parameter."));
    const QString status = request.query(u"userstatus").toLower();
    static const QStringList statuses = { QString(), QStringLiteral("any"), QStringLiteral("all"),
        QStringLiteral("deleted"), QStringLiteral("forgotten") };
    if (!statuses.contains(status))
        return message(400, QStringLiteral("Invalid value for the userstatus parameter."));
    const QString partnerRef = request.query(u"partnerref");
    const QString email = request.query(u"email").trimmed().toLower();
    const bool noShow = yes(request.query(u"noshow"));

    QList<const Registrant *> found;
    for (qint64 id : std::as_const(event->registrantIds)) {
        const Registrant &r = m_registrants[id];
        if (!registrantVisible(r) || !matchesStatus(r, status))
            continue;
        if (w.given) {
            const QDateTime &t = mode.isEmpty() ? r.created : r.lastActivity;
            if (t < w.from || t > w.to)
                continue;
        }
        if (!partnerRef.isEmpty() && r.fields.value(QStringLiteral("partnerref")) != partnerRef)
            continue;
        if (!email.isEmpty() && r.email.trimmed().toLower() != email)
            continue;
        if (noShow && attendanceVisible(r))
            continue;
        found.append(&r);
    }
    QJsonArray items;
    const qsizetype total = found.size();
    qsizetype first = 0, last = total;
    if (page.given) {
        first = std::min<qsizetype>(qsizetype(page.offset) * page.size, total);
        last = std::min<qsizetype>(first + page.size, total);
    }
    for (qsizetype i = first; i < last; ++i)
        items.append(registrantJson(*found.at(i), false));
    return SandboxResponse::json(200,
        QJsonObject { { QStringLiteral("eventid"), event->eventId },
            { QStringLiteral("totalregistrants"), int(total) },
            { QStringLiteral("registrants"), items } });
}

SandboxResponse On24Emulator::eventAttendees(const SandboxRequest &request)
{
    Client *client = nullptr;
    if (auto err = checkClient(request, &client))
        return *err;
    Event *event = nullptr;
    if (auto err = checkEvent(request, *client, &event))
        return *err;
    Window w;
    if (auto err = parseWindow(request, 0, false, false, &w))
        return *err;
    Page page;
    if (auto err = parsePage(request, &page))
        return *err;
    const QString mode = request.query(u"datefiltermode").toLower();
    if (!mode.isEmpty() && mode != QLatin1String("lastactivity"))
        return message(400, QStringLiteral("Invalid value for the datefiltermode parameter."));
    const QString status = request.query(u"userstatus").toLower();
    const QString partnerRef = request.query(u"partnerref");
    QList<const Registrant *> found;
    for (qint64 id : std::as_const(event->registrantIds)) {
        const Registrant &r = m_registrants[id];
        if (!attendanceVisible(r) || !matchesStatus(r, status))
            continue;
        if (w.given) {
            const QDateTime t = activityTime(r);
            if (t < w.from || t > w.to)
                continue;
        }
        if (!partnerRef.isEmpty() && r.fields.value(QStringLiteral("partnerref")) != partnerRef)
            continue;
        found.append(&r);
    }
    QJsonArray items;
    const qsizetype total = found.size();
    qsizetype first = 0, last = total;
    if (page.given) {
        first = std::min<qsizetype>(qsizetype(page.offset) * page.size, total);
        last = std::min<qsizetype>(first + page.size, total);
    }
    for (qsizetype i = first; i < last; ++i)
        items.append(attendeeJson(*found.at(i), false, false));
    return SandboxResponse::json(200,
        QJsonObject { { QStringLiteral("eventid"), event->eventId },
            { QStringLiteral("totalattendees"), int(total) },
            { QStringLiteral("attendees"), items } });
}

SandboxResponse On24Emulator::registerRegistrant(const SandboxRequest &request)
{
    Client *client = nullptr;
    if (auto err = checkClient(request, &client))
        return *err;
    Event *event = nullptr;
    if (auto err = checkEvent(request, *client, &event))
        return *err;
    if (!event->active)
        return message(403, QStringLiteral("The event id %1 is inactive.").arg(event->eventId));
    const QString honor = request.query(u"honorrequired", QStringLiteral("Y"));
    if (honor.compare(QLatin1String("Y"), Qt::CaseInsensitive) != 0
        && honor.compare(QLatin1String("N"), Qt::CaseInsensitive) != 0)
        return message(400, QStringLiteral("Invalid value for the honorrequired parameter."));
    const bool honorRequired = yes(honor);

    QHash<QString, QString> form;
    const auto items = request.formItems();
    for (const auto &item : items)
        form.insert(item.first.toLower(), item.second);
    const QString email = form.value(QStringLiteral("email")).trimmed();
    const QString isDeleted = form.value(QStringLiteral("isdeleted"));

    Registrant *existing = nullptr;
    if (!email.isEmpty()) {
        const auto ids = m_byEmail.value(emailKey(client->clientId, email));
        for (qint64 id : ids) {
            if (m_registrants[id].eventId == event->eventId) {
                existing = &m_registrants[id];
                break;
            }
        }
    }
    if (yes(isDeleted)) {
        if (email.isEmpty())
            return message(400, QStringLiteral("The email parameter is missing."));
        if (!existing)
            return message(412,
                QStringLiteral("You're trying to soft delete the registrant you're creating."));
        if (event->start.isValid() && now() >= event->start)
            return message(403, kNoPermission);
        existing->userStatus = QStringLiteral("deleted");
        existing->lastActivity = now();
        event->lastUpdated = now();
        QJsonObject echo = registrantJson(*existing, false);
        echo.insert(QStringLiteral("isblocked"), QStringLiteral("N"));
        return SandboxResponse::json(200, echo);
    }
    if (email.isEmpty() && honorRequired)
        return message(400, QStringLiteral("The email parameter is missing."));

    Registrant *r = existing;
    if (!r) {
        r = addRegistrant(*event, email);
        r->created = now();
    }
    for (auto it = form.begin(); it != form.end(); ++it) {
        if (kFormFields.contains(it.key()))
            r->fields.insert(it.key(), it.value());
    }
    if (!isDeleted.isEmpty())
        r->userStatus = QStringLiteral("active");
    r->lastActivity = now();
    event->lastUpdated = now();
    QJsonObject echo = registrantJson(*r, false);
    echo.insert(QStringLiteral("isblocked"), QStringLiteral("N"));
    return SandboxResponse::json(200, echo);
}

std::optional<SandboxResponse> On24Emulator::parseClientListQuery(
    const SandboxRequest &request, Client **client, Window *w, Page *page)
{
    if (auto err = checkClient(request, client))
        return err;
    if (request.hasQuery(u"subaccounts") && yes(request.query(u"excludesubaccounts")))
        return message(
            400, QStringLiteral("You can not filter by subaccounts when excludesubaccounts='Y'."));
    if (auto err = parseWindow(request, 30, true, m_strictClientRange, w))
        return err;
    if (auto err = parsePage(request, page))
        return err;
    const QString mode = request.query(u"datefiltermode").toLower();
    if (!mode.isEmpty() && mode != QLatin1String("lastactivity"))
        return message(400, QStringLiteral("Invalid value for the datefiltermode parameter."));
    return std::nullopt;
}

SandboxResponse On24Emulator::clientRegistrants(const SandboxRequest &request)
{
    Client *client = nullptr;
    Window w;
    Page page;
    if (auto err = parseClientListQuery(request, &client, &w, &page))
        return *err;
    const QString mode = request.query(u"datefiltermode").toLower();
    const QString status = request.query(u"userstatus").toLower();
    const QString partnerRef = request.query(u"partnerref");
    rebuildIndexes();
    const std::vector<qint64> &ids = m_clientByCreated[client->clientId];
    auto begin = ids.begin();
    if (mode.isEmpty()) {
        // Sorted by registration time: jump straight to the window.
        begin = std::lower_bound(ids.begin(), ids.end(), w.from,
            [this](qint64 id, const QDateTime &t) { return m_registrants[id].created < t; });
    }
    std::vector<const Registrant *> found;
    for (auto it = begin; it != ids.end(); ++it) {
        const Registrant &r = m_registrants[*it];
        const QDateTime &t = mode.isEmpty() ? r.created : r.lastActivity;
        if (mode.isEmpty() && t > w.to)
            break;
        if (t < w.from || t > w.to)
            continue;
        if (!registrantVisible(r) || !matchesStatus(r, status))
            continue;
        if (!partnerRef.isEmpty() && r.fields.value(QStringLiteral("partnerref")) != partnerRef)
            continue;
        found.push_back(&r);
    }
    const qsizetype total = qsizetype(found.size());
    const qsizetype first = std::min<qsizetype>(qsizetype(page.offset) * page.size, total);
    const qsizetype last = std::min<qsizetype>(first + page.size, total);
    QJsonArray items;
    for (qsizetype i = first; i < last; ++i)
        items.append(registrantJson(*found[size_t(i)], true));
    return SandboxResponse::json(200,
        QJsonObject { { QStringLiteral("clientid"), client->clientId },
            { QStringLiteral("totalregistrants"), int(total) },
            { QStringLiteral("pagecount"), int((total + page.size - 1) / page.size) },
            { QStringLiteral("currentpage"), page.offset },
            { QStringLiteral("registrants"), items } });
}

SandboxResponse On24Emulator::clientAttendees(const SandboxRequest &request)
{
    Client *client = nullptr;
    Window w;
    Page page;
    if (auto err = parseClientListQuery(request, &client, &w, &page))
        return *err;
    const QString mode = request.query(u"datefiltermode").toLower();
    const QString status = request.query(u"userstatus").toLower();
    const QString partnerRef = request.query(u"partnerref");
    const bool realtime = yes(request.query(u"realtimeonly"));
    rebuildIndexes();
    const std::vector<qint64> &ids = m_clientByActivity[client->clientId];
    auto begin = std::lower_bound(ids.begin(), ids.end(), w.from,
        [this](qint64 id, const QDateTime &t) { return activityTime(m_registrants[id]) < t; });
    const QDateTime current = now();
    std::vector<const Registrant *> found;
    for (auto it = begin; it != ids.end(); ++it) {
        const Registrant &r = m_registrants[*it];
        const QDateTime t = activityTime(r);
        if (t > w.to)
            break;
        // realtimeonly skips the warehouse delay: activity shows as soon as it happened.
        if (realtime ? t > current : !attendanceVisible(r))
            continue;
        if (!matchesStatus(r, status))
            continue;
        if (!partnerRef.isEmpty() && r.fields.value(QStringLiteral("partnerref")) != partnerRef)
            continue;
        found.push_back(&r);
    }
    const qsizetype total = qsizetype(found.size());
    const qsizetype first = std::min<qsizetype>(qsizetype(page.offset) * page.size, total);
    const qsizetype last = std::min<qsizetype>(first + page.size, total);
    QJsonArray items;
    for (qsizetype i = first; i < last; ++i)
        items.append(attendeeJson(*found[size_t(i)], true, realtime));
    return SandboxResponse::json(200,
        QJsonObject { { QStringLiteral("clientid"), client->clientId },
            { QStringLiteral("totalattendees"), int(total) },
            { QStringLiteral("pagecount"), int((total + page.size - 1) / page.size) },
            { QStringLiteral("currentpage"), page.offset },
            { QStringLiteral("attendees"), items } });
}

SandboxResponse On24Emulator::registrantByEmail(const SandboxRequest &request)
{
    Client *client = nullptr;
    if (auto err = checkClient(request, &client))
        return *err;
    const QString email = request.param(QStringLiteral("email"));
    const QString eventId = request.query(u"eventid");
    const QString partnerRef = request.query(u"partnerref");
    const Registrant *best = nullptr;
    const auto ids = m_byEmail.value(emailKey(client->clientId, email));
    for (qint64 id : ids) {
        const Registrant &r = m_registrants[id];
        if (!registrantVisible(r) || r.userStatus != QLatin1String("active"))
            continue;
        if (!eventId.isEmpty() && QString::number(r.eventId) != eventId)
            continue;
        if (!partnerRef.isEmpty() && r.fields.value(QStringLiteral("partnerref")) != partnerRef)
            continue;
        if (!best || r.created > best->created)
            best = &r;
    }
    if (!best)
        return message(404, QStringLiteral("No registrant was found for that email address"));
    return SandboxResponse::json(
        200, QJsonObject { { QStringLiteral("registrant"), registrantJson(*best, true) } });
}

SandboxResponse On24Emulator::attendeeByEmail(const SandboxRequest &request)
{
    Client *client = nullptr;
    if (auto err = checkClient(request, &client))
        return *err;
    const QString email = request.param(QStringLiteral("email"));
    const Registrant *best = nullptr;
    const auto ids = m_byEmail.value(emailKey(client->clientId, email));
    for (qint64 id : ids) {
        const Registrant &r = m_registrants[id];
        if (!attendanceVisible(r) || r.userStatus != QLatin1String("active"))
            continue;
        if (!best || activityTime(r) > activityTime(*best))
            best = &r;
    }
    if (!best)
        return message(404, QStringLiteral("The attendant %1 doesn't exist.").arg(email));
    return SandboxResponse::json(200, attendeeJson(*best, true, false));
}

SandboxResponse On24Emulator::registrantAllEvents(const SandboxRequest &request)
{
    Client *client = nullptr;
    if (auto err = checkClient(request, &client))
        return *err;
    Page page;
    if (auto err = parsePage(request, &page))
        return *err;
    const QString email = request.param(QStringLiteral("email"));
    std::vector<const Registrant *> found;
    const auto ids = m_byEmail.value(emailKey(client->clientId, email));
    for (qint64 id : ids) {
        const Registrant &r = m_registrants[id];
        if (registrantVisible(r) && r.userStatus == QLatin1String("active"))
            found.push_back(&r);
    }
    if (found.empty())
        return message(404, QStringLiteral("No registrant was found for that email address"));
    std::sort(found.begin(), found.end(),
        [](const Registrant *a, const Registrant *b) { return a->created > b->created; });
    const qsizetype total = qsizetype(found.size());
    const qsizetype first = std::min<qsizetype>(qsizetype(page.offset) * page.size, total);
    const qsizetype last = std::min<qsizetype>(first + page.size, total);
    QJsonArray items;
    for (qsizetype i = first; i < last; ++i)
        items.append(registrantJson(*found[size_t(i)], true));
    return SandboxResponse::json(200,
        QJsonObject { { QStringLiteral("clientid"), client->clientId },
            { QStringLiteral("email"), email }, { QStringLiteral("totalregistrants"), int(total) },
            { QStringLiteral("pagecount"), int((total + page.size - 1) / page.size) },
            { QStringLiteral("currentpage"), page.offset },
            { QStringLiteral("registrants"), items } });
}

SandboxResponse On24Emulator::attendeeAllEvents(const SandboxRequest &request)
{
    Client *client = nullptr;
    if (auto err = checkClient(request, &client))
        return *err;
    Page page;
    if (auto err = parsePage(request, &page))
        return *err;
    const QString email = request.param(QStringLiteral("email"));
    std::vector<const Registrant *> found;
    const auto ids = m_byEmail.value(emailKey(client->clientId, email));
    for (qint64 id : ids) {
        const Registrant &r = m_registrants[id];
        if (attendanceVisible(r) && r.userStatus == QLatin1String("active"))
            found.push_back(&r);
    }
    if (found.empty())
        return message(404, QStringLiteral("The attendant %1 doesn't exist.").arg(email));
    std::sort(found.begin(), found.end(), [this](const Registrant *a, const Registrant *b) {
        return activityTime(*a) > activityTime(*b);
    });
    const qsizetype total = qsizetype(found.size());
    const qsizetype first = std::min<qsizetype>(qsizetype(page.offset) * page.size, total);
    const qsizetype last = std::min<qsizetype>(first + page.size, total);
    QJsonArray items;
    for (qsizetype i = first; i < last; ++i)
        items.append(attendeeJson(*found[size_t(i)], true, false));
    return SandboxResponse::json(200,
        QJsonObject { { QStringLiteral("clientid"), client->clientId },
            { QStringLiteral("email"), email }, { QStringLiteral("totalattendees"), int(total) },
            { QStringLiteral("pagecount"), int((total + page.size - 1) / page.size) },
            { QStringLiteral("currentpage"), page.offset },
            { QStringLiteral("attendees"), items } });
}

// ---------------------------------------------------------------- control API

SandboxResponse On24Emulator::controlRecords(
    const SandboxRequest &request, const QString &object, const QString &id)
{
    if (object == QLatin1String("event"))
        return controlEvents(request, id);
    if (object == QLatin1String("registrant"))
        return controlRegistrants(request, id, false);
    if (object == QLatin1String("attendee"))
        return controlRegistrants(request, id, true);
    if (object == QLatin1String("client"))
        return controlClients(request, id);
    if (object == QLatin1String("settings") && id.isEmpty())
        return controlSettings(request);
    return Emulator::controlRecords(request, object, id);
}

SandboxResponse On24Emulator::controlEvents(const SandboxRequest &request, const QString &id)
{
    const QByteArray &m = request.method;
    auto applyEvent = [this](Event &e, const QJsonObject &o) {
        if (o.contains(QStringLiteral("title")))
            e.title = o.value(QStringLiteral("title")).toString();
        if (o.contains(QStringLiteral("description")))
            e.description = o.value(QStringLiteral("description")).toString();
        if (o.contains(QStringLiteral("campaigncode")))
            e.campaignCode = o.value(QStringLiteral("campaigncode")).toString();
        if (o.contains(QStringLiteral("contenttype")))
            e.contentType = o.value(QStringLiteral("contenttype")).toString().toLower();
        if (o.contains(QStringLiteral("isactive")))
            e.active = o.value(QStringLiteral("isactive")).toBool();
        for (const auto &[name, slot] :
            { std::pair<const char *, QDateTime *> { "start", &e.start }, { "end", &e.end },
                { "createtimestamp", &e.created }, { "lastmodified", &e.lastModified },
                { "lastupdated", &e.lastUpdated } }) {
            const QDateTime t = parseIso(o.value(QLatin1String(name)));
            if (t.isValid())
                *slot = t;
        }
        e.lastModified = maxTime(e.lastModified, now());
        markDirty();
    };
    if (id.isEmpty()) {
        if (m == "GET") {
            const qint64 clientId = request.query(u"clientid").toLongLong();
            QJsonArray items;
            QList<qint64> ids = m_events.keys();
            std::sort(ids.begin(), ids.end());
            for (qint64 eid : ids) {
                if (clientId == 0 || m_events[eid].clientId == clientId)
                    items.append(eventJson(m_events[eid]));
            }
            return SandboxResponse::json(200, records(items));
        }
        if (m == "POST") {
            bool ok = false;
            const QJsonObject o = request.json(&ok).object();
            if (!ok)
                return message(400, QStringLiteral("Body must be a JSON object."));
            const qint64 clientId
                = qint64(o.value(QStringLiteral("clientid")).toDouble(kDefaultClientId));
            const qint64 eventId = qint64(o.value(QStringLiteral("eventid")).toDouble(0));
            if (eventId > 0 && m_events.contains(eventId))
                return message(409, QStringLiteral("The event %1 already exists.").arg(eventId));
            if (!m_clients.contains(clientId))
                return message(404, QStringLiteral("The client %1 doesn't exist.").arg(clientId));
            Event *e = addEvent(clientId, eventId);
            e->start = now().addDays(1);
            e->end = e->start.addSecs(3600);
            e->created = now();
            e->lastModified = now();
            e->lastUpdated = now();
            e->title = QStringLiteral("Sandbox webinar %1").arg(e->eventId);
            applyEvent(*e, o);
            return SandboxResponse::json(201, eventJson(*e));
        }
        return message(405, QStringLiteral("Method not allowed."));
    }
    const qint64 eventId = id.toLongLong();
    auto it = m_events.find(eventId);
    if (it == m_events.end())
        return message(404, QStringLiteral("The event %1 doesn't exist.").arg(id));
    if (m == "GET")
        return SandboxResponse::json(200, eventJson(*it));
    if (m == "PATCH" || m == "PUT") {
        bool ok = false;
        const QJsonObject o = request.json(&ok).object();
        if (!ok)
            return message(400, QStringLiteral("Body must be a JSON object."));
        applyEvent(*it, o);
        return SandboxResponse::json(200, eventJson(*it));
    }
    if (m == "DELETE") {
        const QList<qint64> regs = it->registrantIds;
        for (qint64 rid : regs)
            removeRegistrant(rid);
        m_clients[it->clientId].eventIds.removeAll(eventId);
        m_events.remove(eventId);
        return SandboxResponse::empty(204);
    }
    return message(405, QStringLiteral("Method not allowed."));
}

SandboxResponse On24Emulator::controlRegistrants(
    const SandboxRequest &request, const QString &id, bool attendance)
{
    const QByteArray &m = request.method;
    if (id.isEmpty()) {
        if (m == "GET") {
            const qint64 clientId = request.query(u"clientid").toLongLong();
            const qint64 eventId = request.query(u"eventid").toLongLong();
            const QString email = request.query(u"email").trimmed().toLower();
            QList<qint64> ids = m_registrants.keys();
            std::sort(ids.begin(), ids.end());
            QJsonArray items;
            for (qint64 rid : ids) {
                const Registrant &r = m_registrants[rid];
                if ((attendance && !r.attended) || (clientId && r.clientId != clientId)
                    || (eventId && r.eventId != eventId)
                    || (!email.isEmpty() && r.email.trimmed().toLower() != email))
                    continue;
                items.append(controlRegistrantJson(r));
            }
            return SandboxResponse::json(200, records(items));
        }
        if (m == "POST") {
            bool ok = false;
            const QJsonObject o = request.json(&ok).object();
            if (!ok)
                return message(400, QStringLiteral("Body must be a JSON object."));
            Registrant *r = nullptr;
            const qint64 eventUserId = qint64(o.value(QStringLiteral("eventuserid")).toDouble(0));
            if (attendance && eventUserId > 0) {
                auto it = m_registrants.find(eventUserId);
                if (it == m_registrants.end())
                    return message(
                        404, QStringLiteral("The registrant %1 doesn't exist.").arg(eventUserId));
                r = &it.value();
            }
            const qint64 eventId
                = r ? r->eventId : qint64(o.value(QStringLiteral("eventid")).toDouble(0));
            auto ev = m_events.find(eventId);
            if (ev == m_events.end())
                return message(404, QStringLiteral("The event %1 doesn't exist.").arg(eventId));
            const QString email = o.value(QStringLiteral("email")).toString();
            if (!r && attendance && !email.trimmed().isEmpty()) {
                const auto ids = m_byEmail.value(emailKey(ev->clientId, email));
                for (qint64 rid : ids) {
                    if (m_registrants[rid].eventId == eventId)
                        r = &m_registrants[rid];
                }
            }
            const bool created = !r;
            if (!r) {
                r = addRegistrant(*ev, email);
                const QDateTime at = parseIso(o.value(QStringLiteral("attendedat")));
                r->created = attendance && at.isValid() ? at.addSecs(-600) : now();
                r->lastActivity = r->created;
            }
            QJsonObject fields = o;
            fields.remove(QStringLiteral("eventid"));
            fields.remove(QStringLiteral("eventuserid"));
            applyRegistrantFields(*r, fields);
            if (!o.contains(QStringLiteral("lastactivity")) && created)
                r->lastActivity = r->created;
            if (attendance)
                applyAttendance(*r, o, *ev);
            ev->lastUpdated = maxTime(ev->lastUpdated, now());
            return SandboxResponse::json(created ? 201 : 200, controlRegistrantJson(*r));
        }
        return message(405, QStringLiteral("Method not allowed."));
    }
    auto it = m_registrants.find(id.toLongLong());
    if (it == m_registrants.end() || (attendance && m != "POST" && !it->attended))
        return message(404, QStringLiteral("The registrant %1 doesn't exist.").arg(id));
    if (m == "GET")
        return SandboxResponse::json(200, controlRegistrantJson(*it));
    if (m == "PATCH" || m == "PUT") {
        bool ok = false;
        const QJsonObject o = request.json(&ok).object();
        if (!ok)
            return message(400, QStringLiteral("Body must be a JSON object."));
        applyRegistrantFields(*it, o);
        if (attendance)
            applyAttendance(*it, o, m_events[it->eventId]);
        return SandboxResponse::json(200, controlRegistrantJson(*it));
    }
    if (m == "DELETE") {
        if (attendance) {
            const qint64 keep = it->eventUserId;
            Registrant &r = *it;
            r.attended = false;
            r.liveMinutes = r.archiveMinutes = r.polls = r.questions = r.surveys = r.resources = 0;
            r.engagementScore = 0.0;
            r.firstLive = r.lastLive = r.firstArchive = r.lastArchive = QDateTime();
            Q_UNUSED(keep)
            markDirty();
        } else {
            removeRegistrant(it->eventUserId);
        }
        return SandboxResponse::empty(204);
    }
    return message(405, QStringLiteral("Method not allowed."));
}

SandboxResponse On24Emulator::controlClients(const SandboxRequest &request, const QString &id)
{
    const QByteArray &m = request.method;
    auto clientJson = [this](const Client &c) {
        QString key;
        for (auto it = m_tokens.begin(); it != m_tokens.end(); ++it) {
            if (it->clients.contains(c.clientId))
                key = it.key();
        }
        return QJsonObject { { QStringLiteral("clientid"), c.clientId },
            { QStringLiteral("name"), c.name }, { QStringLiteral("active"), c.active },
            { QStringLiteral("events"), int(c.eventIds.size()) },
            { QStringLiteral("accesstokenkey"), key } };
    };
    auto apply = [this](Client &c, const QJsonObject &o) {
        if (o.contains(QStringLiteral("name")))
            c.name = o.value(QStringLiteral("name")).toString();
        if (o.contains(QStringLiteral("active")))
            c.active = o.value(QStringLiteral("active")).toBool();
        const QString key = o.value(QStringLiteral("accesstokenkey")).toString();
        const QString secret = o.value(QStringLiteral("accesstokensecret")).toString();
        if (!key.isEmpty() && !secret.isEmpty())
            setCredentials(c.clientId, key, secret);
    };
    if (id.isEmpty()) {
        if (m == "GET") {
            QList<qint64> ids = m_clients.keys();
            std::sort(ids.begin(), ids.end());
            QJsonArray items;
            for (qint64 cid : ids)
                items.append(clientJson(m_clients[cid]));
            return SandboxResponse::json(200, records(items));
        }
        if (m == "POST") {
            bool ok = false;
            const QJsonObject o = request.json(&ok).object();
            const qint64 clientId = qint64(o.value(QStringLiteral("clientid")).toDouble(0));
            if (!ok || clientId <= 0)
                return message(400, QStringLiteral("Body must be a JSON object with a clientid."));
            if (m_clients.contains(clientId))
                return message(409, QStringLiteral("The client %1 already exists.").arg(clientId));
            Client *c = addClient(clientId, o.value(QStringLiteral("name")).toString());
            m_tokens[demoTokenKey()].clients.insert(clientId);
            apply(*c, o);
            return SandboxResponse::json(201, clientJson(*c));
        }
        return message(405, QStringLiteral("Method not allowed."));
    }
    auto it = m_clients.find(id.toLongLong());
    if (it == m_clients.end())
        return message(404, QStringLiteral("The client %1 doesn't exist.").arg(id));
    if (m == "GET")
        return SandboxResponse::json(200, clientJson(*it));
    if (m == "PATCH" || m == "PUT") {
        bool ok = false;
        const QJsonObject o = request.json(&ok).object();
        if (!ok)
            return message(400, QStringLiteral("Body must be a JSON object."));
        apply(*it, o);
        return SandboxResponse::json(200, clientJson(*it));
    }
    if (m == "DELETE") {
        const QList<qint64> events = it->eventIds;
        for (qint64 eid : events) {
            const QList<qint64> regs = m_events[eid].registrantIds;
            for (qint64 rid : regs)
                removeRegistrant(rid);
            m_events.remove(eid);
        }
        for (Token &t : m_tokens)
            t.clients.remove(it->clientId);
        m_clients.erase(it);
        return SandboxResponse::empty(204);
    }
    return message(405, QStringLiteral("Method not allowed."));
}

QJsonObject On24Emulator::settingsJson() const
{
    return QJsonObject { { QStringLiteral("quotaStatus"), m_quotaStatus },
        { QStringLiteral("attendanceDelaySeconds"), m_attendanceDelaySecs },
        { QStringLiteral("registrantDelaySeconds"), m_registrantDelaySecs },
        { QStringLiteral("dailyCallLimit"), m_dailyLimit },
        { QStringLiteral("minuteCallLimit"), m_minuteLimit },
        { QStringLiteral("strictClientRange"), m_strictClientRange } };
}

SandboxResponse On24Emulator::controlSettings(const SandboxRequest &request)
{
    const QByteArray &m = request.method;
    if (m == "GET")
        return SandboxResponse::json(200, settingsJson());
    if (m != "PATCH" && m != "PUT" && m != "POST")
        return message(405, QStringLiteral("Method not allowed."));
    bool ok = false;
    const QJsonObject o = request.json(&ok).object();
    if (!ok)
        return message(400, QStringLiteral("Body must be a JSON object."));
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString &k = it.key();
        if (k == QLatin1String("strictClientRange")) {
            if (!it->isBool())
                return message(400, QStringLiteral("strictClientRange must be a boolean."));
            continue;
        }
        if (!it->isDouble() || it->toDouble() < 0)
            return message(400, QStringLiteral("%1 must be a number >= 0.").arg(k));
        if (k == QLatin1String("quotaStatus") && it->toInt() != 403 && it->toInt() != 429)
            return message(400, QStringLiteral("quotaStatus must be 403 or 429."));
        if (k != QLatin1String("quotaStatus") && k != QLatin1String("attendanceDelaySeconds")
            && k != QLatin1String("registrantDelaySeconds") && k != QLatin1String("dailyCallLimit")
            && k != QLatin1String("minuteCallLimit"))
            return message(400, QStringLiteral("Unknown setting %1.").arg(k));
    }
    if (o.contains(QStringLiteral("quotaStatus")))
        m_quotaStatus = o.value(QStringLiteral("quotaStatus")).toInt();
    if (o.contains(QStringLiteral("attendanceDelaySeconds")))
        m_attendanceDelaySecs
            = qint64(o.value(QStringLiteral("attendanceDelaySeconds")).toDouble());
    if (o.contains(QStringLiteral("registrantDelaySeconds")))
        m_registrantDelaySecs
            = qint64(o.value(QStringLiteral("registrantDelaySeconds")).toDouble());
    if (o.contains(QStringLiteral("dailyCallLimit")))
        m_dailyLimit = o.value(QStringLiteral("dailyCallLimit")).toInt();
    if (o.contains(QStringLiteral("minuteCallLimit")))
        m_minuteLimit = o.value(QStringLiteral("minuteCallLimit")).toInt();
    if (o.contains(QStringLiteral("strictClientRange")))
        m_strictClientRange = o.value(QStringLiteral("strictClientRange")).toBool();
    return SandboxResponse::json(200, settingsJson());
}

} // namespace LeadBridge::Sandbox
