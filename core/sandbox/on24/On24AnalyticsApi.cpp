#include "core/sandbox/on24/On24AnalyticsApi.h"

#include "core/sandbox/on24/On24Wire.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace LeadBridge::Sandbox {

using namespace On24Wire;

// ---------------------------------------------------------------- API handlers

SandboxResponse On24AnalyticsApi::listEvents(const SandboxRequest &request)
{
    On24Emulator::Client *client = nullptr;
    if (auto err = m_emu.checkClient(request, &client))
        return *err;
    const bool includeSub = yes(request.query(u"includesubaccounts"));
    if (request.hasQuery(u"subaccounts") && !includeSub)
        return SandboxResponse::message(400, kSubaccountsNeedFlag);
    On24Emulator::Window w;
    if (auto err = m_emu.parseWindow(request, 90, true, true, &w))
        return *err;
    On24Emulator::Page page;
    if (auto err = m_emu.parsePage(request, &page))
        return *err;
    const QString mode = request.query(u"datefiltermode", QStringLiteral("goodafter")).toLower();
    static const QStringList modes = { QStringLiteral("goodafter"), QStringLiteral("updated"),
        QStringLiteral("modified"), QStringLiteral("creation"), QStringLiteral("livestart"),
        QStringLiteral("liveend"), QStringLiteral("archivestart"), QStringLiteral("archiveend") };
    if (!modes.contains(mode))
        return SandboxResponse::message(
            400, QStringLiteral("Invalid value for the datefiltermode parameter."));
    const QString order = request.query(u"filterorder", QStringLiteral("asc")).toLower();
    if (order != QLatin1String("asc") && order != QLatin1String("desc"))
        return SandboxResponse::message(
            400, QStringLiteral("Invalid value for the filterorder parameter."));
    const QString type = request.query(u"contenttype", QStringLiteral("all")).toLower();
    if (!kContentTypes.contains(type))
        return SandboxResponse::message(
            400, QStringLiteral("Invalid value for the contenttype parameter."));
    const bool includeInactive = yes(request.query(u"includeinactive"));

    auto keyOf = [&](const On24Emulator::Event &e) {
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
    QList<const On24Emulator::Event *> found;
    for (qint64 id : std::as_const(client->eventIds)) {
        const On24Emulator::Event &e = m_emu.m_events[id];
        if (!includeInactive && !e.active)
            continue;
        if (type != QLatin1String("all") && e.contentType != type)
            continue;
        const QDateTime k = keyOf(e);
        if (k < w.from || k > w.to)
            continue;
        found.append(&e);
    }
    std::sort(found.begin(), found.end(),
        [&](const On24Emulator::Event *a, const On24Emulator::Event *b) {
            const QDateTime ka = keyOf(*a), kb = keyOf(*b);
            if (ka == kb)
                return order == QLatin1String("desc") ? a->eventId > b->eventId
                                                      : a->eventId < b->eventId;
            return order == QLatin1String("desc") ? ka > kb : ka < kb;
        });
    QJsonArray events;
    const qsizetype total = found.size();
    const auto [first, last] = page.range(total, page.given || includeSub);
    for (qsizetype i = first; i < last; ++i)
        events.append(m_emu.eventJson(*found.at(i)));
    QJsonObject body;
    if (includeSub) {
        body.insert(QStringLiteral("pagecount"), page.count(total));
        body.insert(QStringLiteral("currentpage"), page.offset);
    }
    body.insert(QStringLiteral("totalevents"), int(total));
    body.insert(QStringLiteral("events"), events);
    return SandboxResponse::json(200, body);
}

SandboxResponse On24AnalyticsApi::getEvent(const SandboxRequest &request)
{
    On24Emulator::Event *event = nullptr;
    if (auto err = findEvent(request, &event))
        return *err;
    return SandboxResponse::json(200, m_emu.eventJson(*event));
}

std::optional<SandboxResponse> On24AnalyticsApi::findEvent(
    const SandboxRequest &request, On24Emulator::Event **event, On24Emulator::Client **client)
{
    On24Emulator::Client *c = nullptr;
    if (auto err = m_emu.checkClient(request, &c))
        return err;
    if (client)
        *client = c;
    return m_emu.checkEvent(request, *c, event);
}

std::optional<SandboxResponse> On24AnalyticsApi::parsePageAndMode(
    const SandboxRequest &request, ListQuery *query)
{
    if (auto err = m_emu.parsePage(request, &query->page))
        return err;
    query->mode = request.query(u"datefiltermode").toLower();
    if (!query->mode.isEmpty() && query->mode != QLatin1String("lastactivity"))
        return SandboxResponse::message(
            400, QStringLiteral("Invalid value for the datefiltermode parameter."));
    query->status = request.query(u"userstatus").toLower();
    query->partnerRef = request.query(u"partnerref");
    return std::nullopt;
}

std::optional<SandboxResponse> On24AnalyticsApi::parseEventListQuery(
    const SandboxRequest &request, On24Emulator::Event **event, ListQuery *query)
{
    if (auto err = findEvent(request, event))
        return err;
    if (auto err = m_emu.parseWindow(request, 0, false, false, &query->window))
        return err;
    return parsePageAndMode(request, query);
}

SandboxResponse On24AnalyticsApi::eventRegistrants(const SandboxRequest &request)
{
    return eventList(request, false);
}

SandboxResponse On24AnalyticsApi::eventAttendees(const SandboxRequest &request)
{
    return eventList(request, true);
}

SandboxResponse On24AnalyticsApi::eventList(const SandboxRequest &request, bool attended)
{
    On24Emulator::Event *event = nullptr;
    ListQuery q;
    if (auto err = parseEventListQuery(request, &event, &q))
        return *err;
    static const QStringList statuses = { QString(), QStringLiteral("any"), QStringLiteral("all"),
        QStringLiteral("deleted"), QStringLiteral("forgotten") };
    if (!attended && !statuses.contains(q.status))
        return SandboxResponse::message(
            400, QStringLiteral("Invalid value for the userstatus parameter."));
    // Only the registrant list filters by e-mail and no-shows.
    const QString email = attended ? QString() : request.query(u"email").trimmed().toLower();
    const bool noShow = !attended && yes(request.query(u"noshow"));

    Found found;
    for (qint64 id : std::as_const(event->registrantIds)) {
        const On24Emulator::Registrant &r = m_emu.m_registrants[id];
        const bool shown = attended
            ? m_emu.attendanceVisible(r) && q.window.contains(m_emu.activityTime(r))
            : m_emu.registrantVisible(r)
                && q.window.contains(q.mode.isEmpty() ? r.created : r.lastActivity);
        if (!shown || !matches(r, q.status, q.partnerRef))
            continue;
        if (!email.isEmpty() && r.email.trimmed().toLower() != email)
            continue;
        if (noShow && m_emu.attendanceVisible(r))
            continue;
        found.push_back(&r);
    }
    return listPage(
        { { QStringLiteral("eventid"), event->eventId } }, attended, found, q.page, false, false);
}

SandboxResponse On24AnalyticsApi::registerRegistrant(const SandboxRequest &request)
{
    On24Emulator::Client *client = nullptr;
    On24Emulator::Event *event = nullptr;
    if (auto err = findEvent(request, &event, &client))
        return *err;
    if (!event->active)
        return SandboxResponse::message(
            403, QStringLiteral("The event id %1 is inactive.").arg(event->eventId));
    const QString honor = request.query(u"honorrequired", QStringLiteral("Y"));
    if (honor.compare(QLatin1String("Y"), Qt::CaseInsensitive) != 0
        && honor.compare(QLatin1String("N"), Qt::CaseInsensitive) != 0)
        return SandboxResponse::message(
            400, QStringLiteral("Invalid value for the honorrequired parameter."));
    const bool honorRequired = yes(honor);

    QHash<QString, QString> form;
    const auto items = request.formItems();
    for (const auto &item : items)
        form.insert(item.first.toLower(), item.second);
    const QString email = form.value(QStringLiteral("email")).trimmed();
    const QString isDeleted = form.value(QStringLiteral("isdeleted"));

    On24Emulator::Registrant *existing = nullptr;
    if (!email.isEmpty()) {
        const auto ids = m_emu.m_byEmail.value(emailKey(client->clientId, email));
        for (qint64 id : ids) {
            if (m_emu.m_registrants[id].eventId == event->eventId) {
                existing = &m_emu.m_registrants[id];
                break;
            }
        }
    }
    if (yes(isDeleted)) {
        if (email.isEmpty())
            return SandboxResponse::message(400, QStringLiteral("The email parameter is missing."));
        if (!existing)
            return SandboxResponse::message(412,
                QStringLiteral("You're trying to soft delete the registrant you're creating."));
        if (event->start.isValid() && m_emu.now() >= event->start)
            return SandboxResponse::message(403, kNoPermission);
        existing->userStatus = QStringLiteral("deleted");
        existing->lastActivity = m_emu.now();
        m_emu.markDirty();
        event->lastUpdated = m_emu.now();
        QJsonObject echo = m_emu.registrantJson(*existing, false);
        echo.insert(QStringLiteral("isblocked"), QStringLiteral("N"));
        return SandboxResponse::json(200, echo);
    }
    if (email.isEmpty() && honorRequired)
        return SandboxResponse::message(400, QStringLiteral("The email parameter is missing."));

    On24Emulator::Registrant *r = existing;
    if (!r) {
        r = m_emu.addRegistrant(*event, email);
        r->created = m_emu.now();
    }
    for (auto it = form.begin(); it != form.end(); ++it) {
        if (kFormFields.contains(it.key()))
            r->fields.insert(it.key(), it.value());
    }
    if (!isDeleted.isEmpty())
        r->userStatus = QStringLiteral("active");
    r->lastActivity = m_emu.now();
    m_emu.markDirty();
    event->lastUpdated = m_emu.now();
    QJsonObject echo = m_emu.registrantJson(*r, false);
    echo.insert(QStringLiteral("isblocked"), QStringLiteral("N"));
    return SandboxResponse::json(200, echo);
}

std::optional<SandboxResponse> On24AnalyticsApi::parseClientListQuery(
    const SandboxRequest &request, On24Emulator::Client **client, ListQuery *query)
{
    if (auto err = m_emu.checkClient(request, client))
        return err;
    if (request.hasQuery(u"subaccounts") && yes(request.query(u"excludesubaccounts")))
        return SandboxResponse::message(
            400, QStringLiteral("You can not filter by subaccounts when excludesubaccounts='Y'."));
    if (auto err = m_emu.parseWindow(request, 30, true, m_emu.m_strictClientRange, &query->window))
        return err;
    return parsePageAndMode(request, query);
}

SandboxResponse On24AnalyticsApi::clientRegistrants(const SandboxRequest &request)
{
    On24Emulator::Client *client = nullptr;
    ListQuery q;
    if (auto err = parseClientListQuery(request, &client, &q))
        return *err;
    m_emu.rebuildIndexes();
    // Sorted by the filtered time (registration or last activity): jump to the window.
    const bool byCreated = q.mode.isEmpty();
    const Found &found = clientScan(
        QStringLiteral("registrant|") + q.mode, *client, q,
        byCreated ? m_emu.m_clientByCreated[client->clientId]
                  : m_emu.m_clientByLastActivity[client->clientId],
        [byCreated](
            const On24Emulator::Registrant &r) { return byCreated ? r.created : r.lastActivity; },
        [this](const On24Emulator::Registrant &r, const QDateTime &) {
            return m_emu.registrantVisible(r);
        });
    return listPage(
        { { QStringLiteral("clientid"), client->clientId } }, false, found, q.page, true, false);
}

SandboxResponse On24AnalyticsApi::clientAttendees(const SandboxRequest &request)
{
    On24Emulator::Client *client = nullptr;
    ListQuery q;
    if (auto err = parseClientListQuery(request, &client, &q))
        return *err;
    const bool realtime = yes(request.query(u"realtimeonly"));
    m_emu.rebuildIndexes();
    const QDateTime current = m_emu.now();
    const Found &found = clientScan(
        realtime ? QStringLiteral("attendee|Y") : QStringLiteral("attendee|"), *client, q,
        m_emu.m_clientByActivity[client->clientId],
        [this](const On24Emulator::Registrant &r) { return m_emu.activityTime(r); },
        // realtimeonly skips the warehouse delay: activity shows as soon as it happened.
        [&](const On24Emulator::Registrant &r, const QDateTime &t) {
            return realtime ? t <= current : m_emu.attendanceVisible(r);
        });
    return listPage(
        { { QStringLiteral("clientid"), client->clientId } }, true, found, q.page, true, realtime);
}

template<typename TimeOf, typename Shown>
const On24AnalyticsApi::Found &On24AnalyticsApi::clientScan(const QString &list,
    const On24Emulator::Client &client, const ListQuery &q, const std::vector<qint64> &ids,
    TimeOf timeOf, Shown shown)
{
    const QString key
        = QStringList { list, QString::number(client.clientId), q.window.from.toString(Qt::ISODate),
              q.window.to.toString(Qt::ISODate), q.status, q.partnerRef }
              .join(QLatin1Char('|'));
    return found(key, [&](Found *out) {
        bool complete = true;
        const auto begin = std::lower_bound(ids.begin(), ids.end(), q.window.from,
            [&](qint64 id, const QDateTime &t) { return timeOf(m_emu.m_registrants[id]) < t; });
        for (auto it = begin; it != ids.end(); ++it) {
            const On24Emulator::Registrant &r = m_emu.m_registrants[*it];
            const QDateTime t = timeOf(r);
            if (t > q.window.to)
                break;
            if (t < q.window.from)
                continue;
            if (!shown(r, t)) {
                complete = false;
                continue;
            }
            if (matches(r, q.status, q.partnerRef))
                out->push_back(&r);
        }
        return complete;
    });
}

std::vector<const On24Emulator::Registrant *> On24AnalyticsApi::activeRegistrations(
    qint64 clientId, const QString &email, bool attended)
{
    std::vector<const On24Emulator::Registrant *> out;
    const auto ids = m_emu.m_byEmail.value(emailKey(clientId, email));
    for (qint64 id : ids) {
        const On24Emulator::Registrant &r = m_emu.m_registrants[id];
        const bool visible = attended ? m_emu.attendanceVisible(r) : m_emu.registrantVisible(r);
        if (visible && r.userStatus == QLatin1String("active"))
            out.push_back(&r);
    }
    return out;
}

SandboxResponse On24AnalyticsApi::registrantByEmail(const SandboxRequest &request)
{
    On24Emulator::Client *client = nullptr;
    if (auto err = m_emu.checkClient(request, &client))
        return *err;
    const QString email = request.param(QStringLiteral("email"));
    const QString eventId = request.query(u"eventid");
    const QString partnerRef = request.query(u"partnerref");
    const On24Emulator::Registrant *best = nullptr;
    for (const On24Emulator::Registrant *r : activeRegistrations(client->clientId, email, false)) {
        if (!eventId.isEmpty() && QString::number(r->eventId) != eventId)
            continue;
        if (!partnerRef.isEmpty() && r->fields.value(QStringLiteral("partnerref")) != partnerRef)
            continue;
        if (!best || r->created > best->created)
            best = r;
    }
    if (!best)
        return noRegistrant();
    return SandboxResponse::json(
        200, QJsonObject { { QStringLiteral("registrant"), m_emu.registrantJson(*best, true) } });
}

SandboxResponse On24AnalyticsApi::attendeeByEmail(const SandboxRequest &request)
{
    On24Emulator::Client *client = nullptr;
    if (auto err = m_emu.checkClient(request, &client))
        return *err;
    const QString email = request.param(QStringLiteral("email"));
    const On24Emulator::Registrant *best = nullptr;
    for (const On24Emulator::Registrant *r : activeRegistrations(client->clientId, email, true)) {
        if (!best || m_emu.activityTime(*r) > m_emu.activityTime(*best))
            best = r;
    }
    if (!best)
        return noAttendee(email);
    return SandboxResponse::json(200, m_emu.attendeeJson(*best, true, false));
}

SandboxResponse On24AnalyticsApi::registrantAllEvents(const SandboxRequest &request)
{
    return allEvents(request, false);
}

SandboxResponse On24AnalyticsApi::attendeeAllEvents(const SandboxRequest &request)
{
    return allEvents(request, true);
}

SandboxResponse On24AnalyticsApi::allEvents(const SandboxRequest &request, bool attended)
{
    On24Emulator::Client *client = nullptr;
    if (auto err = m_emu.checkClient(request, &client))
        return *err;
    On24Emulator::Page page;
    if (auto err = m_emu.parsePage(request, &page))
        return *err;
    const QString email = request.param(QStringLiteral("email"));
    Found found = activeRegistrations(client->clientId, email, attended);
    if (found.empty())
        return attended ? noAttendee(email) : noRegistrant();
    // Newest first: by registration, or by last attendance.
    std::sort(found.begin(), found.end(),
        [this, attended](const On24Emulator::Registrant *a, const On24Emulator::Registrant *b) {
            return attended ? m_emu.activityTime(*a) > m_emu.activityTime(*b)
                            : a->created > b->created;
        });
    return listPage(
        { { QStringLiteral("clientid"), client->clientId }, { QStringLiteral("email"), email } },
        attended, found, page, true, false);
}

SandboxResponse On24AnalyticsApi::listPage(QJsonObject head, bool attended, const Found &found,
    const On24Emulator::Page &page, bool clientLevel, bool realtime) const
{
    const qsizetype total = qsizetype(found.size());
    const auto [first, last] = page.range(total, clientLevel || page.given);
    QJsonArray items;
    for (qsizetype i = first; i < last; ++i) {
        const On24Emulator::Registrant &r = *found[size_t(i)];
        items.append(attended ? m_emu.attendeeJson(r, clientLevel, realtime)
                              : m_emu.registrantJson(r, clientLevel));
    }
    const QString key = attended ? QStringLiteral("attendees") : QStringLiteral("registrants");
    head.insert(QString(QStringLiteral("total") + key), int(total));
    head.insert(key, items);
    if (clientLevel) {
        head.insert(QStringLiteral("pagecount"), page.count(total));
        head.insert(QStringLiteral("currentpage"), page.offset);
    }
    return SandboxResponse::json(200, head);
}

SandboxResponse On24AnalyticsApi::noRegistrant()
{
    return SandboxResponse::message(
        404, QStringLiteral("No registrant was found for that email address"));
}

SandboxResponse On24AnalyticsApi::noAttendee(const QString &email)
{
    return SandboxResponse::message(
        404, QStringLiteral("The attendant %1 doesn't exist.").arg(email));
}

const On24AnalyticsApi::Found &On24AnalyticsApi::found(
    const QString &key, const std::function<bool(Found *)> &scan)
{
    if (!m_foundKey.isEmpty() && key == m_foundKey && m_foundChanges == m_emu.m_changes)
        return m_found;
    m_found.clear();
    const bool complete = scan(&m_found);
    m_foundKey = complete ? key : QString();
    m_foundChanges = m_emu.m_changes;
    return m_found;
}

bool On24AnalyticsApi::matches(
    const On24Emulator::Registrant &r, const QString &status, const QString &partnerRef) const
{
    return m_emu.matchesStatus(r, status)
        && (partnerRef.isEmpty() || r.fields.value(QStringLiteral("partnerref")) == partnerRef);
}

} // namespace LeadBridge::Sandbox
