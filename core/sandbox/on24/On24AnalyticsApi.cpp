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
        body.insert(QStringLiteral("pagecount"), int((total + page.size - 1) / page.size));
        body.insert(QStringLiteral("currentpage"), page.offset);
    }
    body.insert(QStringLiteral("totalevents"), int(total));
    body.insert(QStringLiteral("events"), events);
    return SandboxResponse::json(200, body);
}

SandboxResponse On24AnalyticsApi::getEvent(const SandboxRequest &request)
{
    On24Emulator::Client *client = nullptr;
    On24Emulator::Event *event = nullptr;
    if (auto err = checkClientAndEvent(request, &client, &event))
        return *err;
    return SandboxResponse::json(200, m_emu.eventJson(*event));
}

std::optional<SandboxResponse> On24AnalyticsApi::parsePageAndFilters(
    const SandboxRequest &request, ListQuery *q)
{
    if (auto err = m_emu.parsePage(request, &q->page))
        return err;
    q->mode = request.query(u"datefiltermode").toLower();
    if (!q->mode.isEmpty() && q->mode != QLatin1String("lastactivity"))
        return SandboxResponse::message(
            400, QStringLiteral("Invalid value for the datefiltermode parameter."));
    q->status = request.query(u"userstatus").toLower();
    q->partnerRef = request.query(u"partnerref");
    return std::nullopt;
}

std::optional<SandboxResponse> On24AnalyticsApi::checkClientAndEvent(
    const SandboxRequest &request, On24Emulator::Client **client, On24Emulator::Event **event)
{
    if (auto err = m_emu.checkClient(request, client))
        return err;
    return m_emu.checkEvent(request, **client, event);
}

std::optional<SandboxResponse> On24AnalyticsApi::parseEventListQuery(
    const SandboxRequest &request, ListQuery *q)
{
    if (auto err = checkClientAndEvent(request, &q->client, &q->event))
        return err;
    if (auto err = m_emu.parseWindow(request, 0, false, false, &q->w))
        return err;
    return parsePageAndFilters(request, q);
}

SandboxResponse On24AnalyticsApi::listAnswer(const ListQuery &q,
    std::vector<const On24Emulator::Registrant *> found, const QString &what,
    const std::function<QJsonObject(const On24Emulator::Registrant &)> &toJson, QJsonObject head)
{
    if (!q.partnerRef.isEmpty()) {
        std::erase_if(found, [&q](const On24Emulator::Registrant *r) {
            return r->fields.value(QStringLiteral("partnerref")) != q.partnerRef;
        });
    }
    const bool clientLevel = q.event == nullptr;
    if (clientLevel)
        head.insert(QStringLiteral("clientid"), q.client->clientId);
    else
        head.insert(QStringLiteral("eventid"), q.event->eventId);
    const qsizetype total = qsizetype(found.size());
    const auto [first, last] = q.page.range(total, clientLevel || q.page.given);
    QJsonArray items;
    for (qsizetype i = first; i < last; ++i)
        items.append(toJson(*found[size_t(i)]));
    head.insert(QStringLiteral("total") + what, int(total));
    if (clientLevel) {
        head.insert(QStringLiteral("pagecount"), int((total + q.page.size - 1) / q.page.size));
        head.insert(QStringLiteral("currentpage"), q.page.offset);
    }
    head.insert(what, items);
    return SandboxResponse::json(200, head);
}

SandboxResponse On24AnalyticsApi::eventRegistrants(const SandboxRequest &request)
{
    ListQuery q;
    if (auto err = parseEventListQuery(request, &q))
        return *err;
    static const QStringList statuses = { QString(), QStringLiteral("any"), QStringLiteral("all"),
        QStringLiteral("deleted"), QStringLiteral("forgotten") };
    if (!statuses.contains(q.status))
        return SandboxResponse::message(
            400, QStringLiteral("Invalid value for the userstatus parameter."));
    const QString email = request.query(u"email").trimmed().toLower();
    const bool noShow = yes(request.query(u"noshow"));

    std::vector<const On24Emulator::Registrant *> found;
    for (qint64 id : std::as_const(q.event->registrantIds)) {
        const On24Emulator::Registrant &r = m_emu.m_registrants[id];
        if (!m_emu.registrantVisible(r) || !m_emu.matchesStatus(r, q.status))
            continue;
        if (q.w.given) {
            const QDateTime &t = q.mode.isEmpty() ? r.created : r.lastActivity;
            if (t < q.w.from || t > q.w.to)
                continue;
        }
        if (!email.isEmpty() && r.email.trimmed().toLower() != email)
            continue;
        if (noShow && m_emu.attendanceVisible(r))
            continue;
        found.push_back(&r);
    }
    return listAnswer(q, found, QStringLiteral("registrants"),
        [this](const On24Emulator::Registrant &r) { return m_emu.registrantJson(r, false); });
}

SandboxResponse On24AnalyticsApi::eventAttendees(const SandboxRequest &request)
{
    ListQuery q;
    if (auto err = parseEventListQuery(request, &q))
        return *err;
    std::vector<const On24Emulator::Registrant *> found;
    for (qint64 id : std::as_const(q.event->registrantIds)) {
        const On24Emulator::Registrant &r = m_emu.m_registrants[id];
        if (!m_emu.attendanceVisible(r) || !m_emu.matchesStatus(r, q.status))
            continue;
        if (q.w.given) {
            const QDateTime t = m_emu.activityTime(r);
            if (t < q.w.from || t > q.w.to)
                continue;
        }
        found.push_back(&r);
    }
    return listAnswer(q, found, QStringLiteral("attendees"),
        [this](const On24Emulator::Registrant &r) { return m_emu.attendeeJson(r, false, false); });
}

SandboxResponse On24AnalyticsApi::registerRegistrant(const SandboxRequest &request)
{
    On24Emulator::Client *client = nullptr;
    On24Emulator::Event *event = nullptr;
    if (auto err = checkClientAndEvent(request, &client, &event))
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
    event->lastUpdated = m_emu.now();
    QJsonObject echo = m_emu.registrantJson(*r, false);
    echo.insert(QStringLiteral("isblocked"), QStringLiteral("N"));
    return SandboxResponse::json(200, echo);
}

std::optional<SandboxResponse> On24AnalyticsApi::parseClientListQuery(
    const SandboxRequest &request, ListQuery *q)
{
    if (auto err = m_emu.checkClient(request, &q->client))
        return err;
    if (request.hasQuery(u"subaccounts") && yes(request.query(u"excludesubaccounts")))
        return SandboxResponse::message(
            400, QStringLiteral("You can not filter by subaccounts when excludesubaccounts='Y'."));
    if (auto err = m_emu.parseWindow(request, 30, true, m_emu.m_strictClientRange, &q->w))
        return err;
    return parsePageAndFilters(request, q);
}

SandboxResponse On24AnalyticsApi::clientRegistrants(const SandboxRequest &request)
{
    ListQuery q;
    if (auto err = parseClientListQuery(request, &q))
        return *err;
    m_emu.rebuildIndexes();
    const std::vector<qint64> &ids = m_emu.m_clientByCreated[q.client->clientId];
    auto begin = ids.begin();
    if (q.mode.isEmpty()) {
        // Sorted by registration time: jump straight to the window.
        begin = std::lower_bound(ids.begin(), ids.end(), q.w.from,
            [this](qint64 id, const QDateTime &t) { return m_emu.m_registrants[id].created < t; });
    }
    std::vector<const On24Emulator::Registrant *> found;
    for (auto it = begin; it != ids.end(); ++it) {
        const On24Emulator::Registrant &r = m_emu.m_registrants[*it];
        const QDateTime &t = q.mode.isEmpty() ? r.created : r.lastActivity;
        if (q.mode.isEmpty() && t > q.w.to)
            break;
        if (t < q.w.from || t > q.w.to)
            continue;
        if (!m_emu.registrantVisible(r) || !m_emu.matchesStatus(r, q.status))
            continue;
        found.push_back(&r);
    }
    return listAnswer(q, found, QStringLiteral("registrants"),
        [this](const On24Emulator::Registrant &r) { return m_emu.registrantJson(r, true); });
}

SandboxResponse On24AnalyticsApi::clientAttendees(const SandboxRequest &request)
{
    ListQuery q;
    if (auto err = parseClientListQuery(request, &q))
        return *err;
    const bool realtime = yes(request.query(u"realtimeonly"));
    m_emu.rebuildIndexes();
    const std::vector<qint64> &ids = m_emu.m_clientByActivity[q.client->clientId];
    auto begin
        = std::lower_bound(ids.begin(), ids.end(), q.w.from, [this](qint64 id, const QDateTime &t) {
              return m_emu.activityTime(m_emu.m_registrants[id]) < t;
          });
    const QDateTime current = m_emu.now();
    std::vector<const On24Emulator::Registrant *> found;
    for (auto it = begin; it != ids.end(); ++it) {
        const On24Emulator::Registrant &r = m_emu.m_registrants[*it];
        const QDateTime t = m_emu.activityTime(r);
        if (t > q.w.to)
            break;
        // realtimeonly skips the warehouse delay: activity shows as soon as it happened.
        if (realtime ? t > current : !m_emu.attendanceVisible(r))
            continue;
        if (!m_emu.matchesStatus(r, q.status))
            continue;
        found.push_back(&r);
    }
    return listAnswer(
        q, found, QStringLiteral("attendees"), [this, realtime](const On24Emulator::Registrant &r) {
            return m_emu.attendeeJson(r, true, realtime);
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
        return SandboxResponse::message(
            404, QStringLiteral("No registrant was found for that email address"));
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
        return SandboxResponse::message(
            404, QStringLiteral("The attendant %1 doesn't exist.").arg(email));
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
    ListQuery q;
    if (auto err = m_emu.checkClient(request, &q.client))
        return *err;
    if (auto err = m_emu.parsePage(request, &q.page))
        return *err;
    const QString email = request.param(QStringLiteral("email"));
    std::vector<const On24Emulator::Registrant *> found
        = activeRegistrations(q.client->clientId, email, attended);
    if (found.empty()) {
        return SandboxResponse::message(404,
            attended ? QStringLiteral("The attendant %1 doesn't exist.").arg(email)
                     : QStringLiteral("No registrant was found for that email address"));
    }
    if (attended) {
        std::sort(found.begin(), found.end(),
            [this](const On24Emulator::Registrant *a, const On24Emulator::Registrant *b) {
                return m_emu.activityTime(*a) > m_emu.activityTime(*b);
            });
    } else {
        std::sort(found.begin(), found.end(),
            [](const On24Emulator::Registrant *a, const On24Emulator::Registrant *b) {
                return a->created > b->created;
            });
    }
    return listAnswer(
        q, found, attended ? QStringLiteral("attendees") : QStringLiteral("registrants"),
        [this, attended](const On24Emulator::Registrant &r) {
            return attended ? m_emu.attendeeJson(r, true, false) : m_emu.registrantJson(r, true);
        },
        QJsonObject { { QStringLiteral("email"), email } });
}

} // namespace LeadBridge::Sandbox
