#include "core/sandbox/on24/On24ControlApi.h"

#include "core/sandbox/on24/On24Wire.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace LeadBridge::Sandbox {

using namespace On24Wire;

std::optional<SandboxResponse> On24ControlApi::readBody(
    const SandboxRequest &request, QJsonObject *body)
{
    bool ok = false;
    *body = request.json(&ok).object();
    if (!ok)
        return SandboxResponse::message(400, QStringLiteral("Body must be a JSON object."));
    return std::nullopt;
}

SandboxResponse On24ControlApi::controlEvents(const SandboxRequest &request, const QString &id)
{
    const QByteArray &m = request.method;
    auto applyEvent = [this](On24Emulator::Event &e, const QJsonObject &o) {
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
        e.lastModified = maxTime(e.lastModified, m_emu.now());
        m_emu.markDirty();
    };
    if (id.isEmpty()) {
        if (m == "GET") {
            const qint64 clientId = request.query(u"clientid").toLongLong();
            QJsonArray items;
            QList<qint64> ids = m_emu.m_events.keys();
            std::sort(ids.begin(), ids.end());
            for (qint64 eid : ids) {
                if (clientId == 0 || m_emu.m_events[eid].clientId == clientId)
                    items.append(m_emu.eventJson(m_emu.m_events[eid]));
            }
            return SandboxResponse::recordList(items);
        }
        if (m == "POST") {
            QJsonObject o;
            if (auto err = readBody(request, &o))
                return *err;
            const qint64 clientId = qint64(
                o.value(QStringLiteral("clientid")).toDouble(On24Emulator::kDefaultClientId));
            const qint64 eventId = qint64(o.value(QStringLiteral("eventid")).toDouble(0));
            if (eventId > 0 && m_emu.m_events.contains(eventId))
                return SandboxResponse::message(
                    409, QStringLiteral("The event %1 already exists.").arg(eventId));
            if (!m_emu.m_clients.contains(clientId))
                return SandboxResponse::message(
                    404, QStringLiteral("The client %1 doesn't exist.").arg(clientId));
            On24Emulator::Event *e = m_emu.addEvent(clientId, eventId);
            e->start = m_emu.now().addDays(1);
            e->end = e->start.addSecs(3600);
            e->created = m_emu.now();
            e->lastModified = m_emu.now();
            e->lastUpdated = m_emu.now();
            e->title = QStringLiteral("Sandbox webinar %1").arg(e->eventId);
            applyEvent(*e, o);
            return SandboxResponse::json(201, m_emu.eventJson(*e));
        }
        return SandboxResponse::message(405, QStringLiteral("Method not allowed."));
    }
    const qint64 eventId = id.toLongLong();
    auto it = m_emu.m_events.find(eventId);
    if (it == m_emu.m_events.end())
        return SandboxResponse::message(404, QStringLiteral("The event %1 doesn't exist.").arg(id));
    if (m == "GET")
        return SandboxResponse::json(200, m_emu.eventJson(*it));
    if (m == "PATCH" || m == "PUT") {
        QJsonObject o;
        if (auto err = readBody(request, &o))
            return *err;
        applyEvent(*it, o);
        return SandboxResponse::json(200, m_emu.eventJson(*it));
    }
    if (m == "DELETE") {
        const QList<qint64> regs = it->registrantIds;
        for (qint64 rid : regs)
            m_emu.removeRegistrant(rid);
        m_emu.m_clients[it->clientId].eventIds.removeAll(eventId);
        m_emu.m_events.remove(eventId);
        return SandboxResponse::empty(204);
    }
    return SandboxResponse::message(405, QStringLiteral("Method not allowed."));
}

SandboxResponse On24ControlApi::controlRegistrants(
    const SandboxRequest &request, const QString &id, bool attendance)
{
    const QByteArray &m = request.method;
    if (id.isEmpty()) {
        if (m == "GET") {
            const qint64 clientId = request.query(u"clientid").toLongLong();
            const qint64 eventId = request.query(u"eventid").toLongLong();
            const QString email = request.query(u"email").trimmed().toLower();
            QList<qint64> ids = m_emu.m_registrants.keys();
            std::sort(ids.begin(), ids.end());
            QJsonArray items;
            for (qint64 rid : ids) {
                const On24Emulator::Registrant &r = m_emu.m_registrants[rid];
                if ((attendance && !r.attended) || (clientId && r.clientId != clientId)
                    || (eventId && r.eventId != eventId)
                    || (!email.isEmpty() && r.email.trimmed().toLower() != email))
                    continue;
                items.append(m_emu.controlRegistrantJson(r));
            }
            return SandboxResponse::recordList(items);
        }
        if (m == "POST") {
            QJsonObject o;
            if (auto err = readBody(request, &o))
                return *err;
            On24Emulator::Registrant *r = nullptr;
            const qint64 eventUserId = qint64(o.value(QStringLiteral("eventuserid")).toDouble(0));
            if (attendance && eventUserId > 0) {
                auto it = m_emu.m_registrants.find(eventUserId);
                if (it == m_emu.m_registrants.end())
                    return SandboxResponse::message(
                        404, QStringLiteral("The registrant %1 doesn't exist.").arg(eventUserId));
                r = &it.value();
            }
            const qint64 eventId
                = r ? r->eventId : qint64(o.value(QStringLiteral("eventid")).toDouble(0));
            auto ev = m_emu.m_events.find(eventId);
            if (ev == m_emu.m_events.end())
                return SandboxResponse::message(
                    404, QStringLiteral("The event %1 doesn't exist.").arg(eventId));
            const QString email = o.value(QStringLiteral("email")).toString();
            if (!r && attendance && !email.trimmed().isEmpty()) {
                const auto ids = m_emu.m_byEmail.value(emailKey(ev->clientId, email));
                for (qint64 rid : ids) {
                    if (m_emu.m_registrants[rid].eventId == eventId)
                        r = &m_emu.m_registrants[rid];
                }
            }
            const bool created = !r;
            if (!r) {
                r = m_emu.addRegistrant(*ev, email);
                const QDateTime at = parseIso(o.value(QStringLiteral("attendedat")));
                r->created = attendance && at.isValid() ? at.addSecs(-600) : m_emu.now();
                r->lastActivity = r->created;
            }
            QJsonObject fields = o;
            fields.remove(QStringLiteral("eventid"));
            fields.remove(QStringLiteral("eventuserid"));
            m_emu.applyRegistrantFields(*r, fields);
            if (!o.contains(QStringLiteral("lastactivity")) && created)
                r->lastActivity = r->created;
            if (attendance)
                m_emu.applyAttendance(*r, o, *ev);
            ev->lastUpdated = maxTime(ev->lastUpdated, m_emu.now());
            return SandboxResponse::json(created ? 201 : 200, m_emu.controlRegistrantJson(*r));
        }
        return SandboxResponse::message(405, QStringLiteral("Method not allowed."));
    }
    auto it = m_emu.m_registrants.find(id.toLongLong());
    if (it == m_emu.m_registrants.end() || (attendance && m != "POST" && !it->attended))
        return SandboxResponse::message(
            404, QStringLiteral("The registrant %1 doesn't exist.").arg(id));
    if (m == "GET")
        return SandboxResponse::json(200, m_emu.controlRegistrantJson(*it));
    if (m == "PATCH" || m == "PUT") {
        QJsonObject o;
        if (auto err = readBody(request, &o))
            return *err;
        m_emu.applyRegistrantFields(*it, o);
        if (attendance)
            m_emu.applyAttendance(*it, o, m_emu.m_events[it->eventId]);
        return SandboxResponse::json(200, m_emu.controlRegistrantJson(*it));
    }
    if (m == "DELETE") {
        if (attendance) {
            const qint64 keep = it->eventUserId;
            On24Emulator::Registrant &r = *it;
            r.attended = false;
            r.liveMinutes = r.archiveMinutes = r.polls = r.questions = r.surveys = r.resources = 0;
            r.engagementScore = 0.0;
            r.firstLive = r.lastLive = r.firstArchive = r.lastArchive = QDateTime();
            Q_UNUSED(keep)
            m_emu.markDirty();
        } else {
            m_emu.removeRegistrant(it->eventUserId);
        }
        return SandboxResponse::empty(204);
    }
    return SandboxResponse::message(405, QStringLiteral("Method not allowed."));
}

SandboxResponse On24ControlApi::controlClients(const SandboxRequest &request, const QString &id)
{
    const QByteArray &m = request.method;
    auto clientJson = [this](const On24Emulator::Client &c) {
        QString key;
        for (auto it = m_emu.m_tokens.begin(); it != m_emu.m_tokens.end(); ++it) {
            if (it->clients.contains(c.clientId))
                key = it.key();
        }
        return QJsonObject { { QStringLiteral("clientid"), c.clientId },
            { QStringLiteral("name"), c.name }, { QStringLiteral("active"), c.active },
            { QStringLiteral("events"), int(c.eventIds.size()) },
            { QStringLiteral("accesstokenkey"), key } };
    };
    auto apply = [this](On24Emulator::Client &c, const QJsonObject &o) {
        if (o.contains(QStringLiteral("name")))
            c.name = o.value(QStringLiteral("name")).toString();
        if (o.contains(QStringLiteral("active")))
            c.active = o.value(QStringLiteral("active")).toBool();
        const QString key = o.value(QStringLiteral("accesstokenkey")).toString();
        const QString secret = o.value(QStringLiteral("accesstokensecret")).toString();
        if (!key.isEmpty() && !secret.isEmpty())
            m_emu.setCredentials(c.clientId, key, secret);
    };
    if (id.isEmpty()) {
        if (m == "GET") {
            QList<qint64> ids = m_emu.m_clients.keys();
            std::sort(ids.begin(), ids.end());
            QJsonArray items;
            for (qint64 cid : ids)
                items.append(clientJson(m_emu.m_clients[cid]));
            return SandboxResponse::recordList(items);
        }
        if (m == "POST") {
            bool ok = false;
            const QJsonObject o = request.json(&ok).object();
            const qint64 clientId = qint64(o.value(QStringLiteral("clientid")).toDouble(0));
            if (!ok || clientId <= 0)
                return SandboxResponse::message(
                    400, QStringLiteral("Body must be a JSON object with a clientid."));
            if (m_emu.m_clients.contains(clientId))
                return SandboxResponse::message(
                    409, QStringLiteral("The client %1 already exists.").arg(clientId));
            On24Emulator::Client *c
                = m_emu.addClient(clientId, o.value(QStringLiteral("name")).toString());
            m_emu.m_tokens[m_emu.demoTokenKey()].clients.insert(clientId);
            apply(*c, o);
            return SandboxResponse::json(201, clientJson(*c));
        }
        return SandboxResponse::message(405, QStringLiteral("Method not allowed."));
    }
    auto it = m_emu.m_clients.find(id.toLongLong());
    if (it == m_emu.m_clients.end())
        return SandboxResponse::message(
            404, QStringLiteral("The client %1 doesn't exist.").arg(id));
    if (m == "GET")
        return SandboxResponse::json(200, clientJson(*it));
    if (m == "PATCH" || m == "PUT") {
        QJsonObject o;
        if (auto err = readBody(request, &o))
            return *err;
        apply(*it, o);
        return SandboxResponse::json(200, clientJson(*it));
    }
    if (m == "DELETE") {
        const QList<qint64> events = it->eventIds;
        for (qint64 eid : events) {
            const QList<qint64> regs = m_emu.m_events[eid].registrantIds;
            for (qint64 rid : regs)
                m_emu.removeRegistrant(rid);
            m_emu.m_events.remove(eid);
        }
        for (On24Emulator::Token &t : m_emu.m_tokens)
            t.clients.remove(it->clientId);
        m_emu.m_clients.erase(it);
        return SandboxResponse::empty(204);
    }
    return SandboxResponse::message(405, QStringLiteral("Method not allowed."));
}

QJsonObject On24ControlApi::settingsJson() const
{
    return QJsonObject { { QStringLiteral("quotaStatus"), m_emu.m_quotaStatus },
        { QStringLiteral("attendanceDelaySeconds"), m_emu.m_attendanceDelaySecs },
        { QStringLiteral("registrantDelaySeconds"), m_emu.m_registrantDelaySecs },
        { QStringLiteral("dailyCallLimit"), m_emu.m_dailyLimit },
        { QStringLiteral("minuteCallLimit"), m_emu.m_minuteLimit },
        { QStringLiteral("strictClientRange"), m_emu.m_strictClientRange } };
}

SandboxResponse On24ControlApi::controlSettings(const SandboxRequest &request)
{
    const QByteArray &m = request.method;
    if (m == "GET")
        return SandboxResponse::json(200, settingsJson());
    if (m != "PATCH" && m != "PUT" && m != "POST")
        return SandboxResponse::message(405, QStringLiteral("Method not allowed."));
    QJsonObject o;
    if (auto err = readBody(request, &o))
        return *err;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString &k = it.key();
        if (k == QLatin1String("strictClientRange")) {
            if (!it->isBool())
                return SandboxResponse::message(
                    400, QStringLiteral("strictClientRange must be a boolean."));
            continue;
        }
        if (!it->isDouble() || it->toDouble() < 0)
            return SandboxResponse::message(
                400, QStringLiteral("%1 must be a number >= 0.").arg(k));
        if (k == QLatin1String("quotaStatus") && it->toInt() != 403 && it->toInt() != 429)
            return SandboxResponse::message(400, QStringLiteral("quotaStatus must be 403 or 429."));
        if (k != QLatin1String("quotaStatus") && k != QLatin1String("attendanceDelaySeconds")
            && k != QLatin1String("registrantDelaySeconds") && k != QLatin1String("dailyCallLimit")
            && k != QLatin1String("minuteCallLimit"))
            return SandboxResponse::message(400, QStringLiteral("Unknown setting %1.").arg(k));
    }
    if (o.contains(QStringLiteral("quotaStatus")))
        m_emu.m_quotaStatus = o.value(QStringLiteral("quotaStatus")).toInt();
    if (o.contains(QStringLiteral("attendanceDelaySeconds")))
        m_emu.m_attendanceDelaySecs
            = qint64(o.value(QStringLiteral("attendanceDelaySeconds")).toDouble());
    if (o.contains(QStringLiteral("registrantDelaySeconds")))
        m_emu.m_registrantDelaySecs
            = qint64(o.value(QStringLiteral("registrantDelaySeconds")).toDouble());
    if (o.contains(QStringLiteral("dailyCallLimit")))
        m_emu.m_dailyLimit = o.value(QStringLiteral("dailyCallLimit")).toInt();
    if (o.contains(QStringLiteral("minuteCallLimit")))
        m_emu.m_minuteLimit = o.value(QStringLiteral("minuteCallLimit")).toInt();
    if (o.contains(QStringLiteral("strictClientRange")))
        m_emu.m_strictClientRange = o.value(QStringLiteral("strictClientRange")).toBool();
    return SandboxResponse::json(200, settingsJson());
}

} // namespace LeadBridge::Sandbox
