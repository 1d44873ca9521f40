// On24Emulator's state file part (see EmulatorStateFile and docs/sandbox.md "Persistence").
#include "core/sandbox/EmulatorStateFile.h"
#include "core/sandbox/on24/On24Emulator.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace LeadBridge::Sandbox {

using namespace Qt::Literals::StringLiterals;
using SF = EmulatorStateFile;

namespace {
/// The values of @p map in ascending id order, each written by @p toJson.
template<typename T, typename ToJson>
QJsonArray inIdOrder(const QHash<qint64, T> &map, ToJson toJson)
{
    QList<qint64> ids = map.keys();
    std::sort(ids.begin(), ids.end());
    QJsonArray out;
    for (qint64 id : std::as_const(ids))
        out.append(toJson(*map.constFind(id)));
    return out;
}

/// Calls @p read with each object of the array @p world[@p key].
template<typename Read>
void forEachObject(const QJsonObject &world, QStringView key, Read read)
{
    for (const QJsonValue &v : world.value(key).toArray())
        read(v.toObject());
}
} // namespace

QJsonObject On24Emulator::saveWorld() const
{
    QJsonObject tokens;
    for (auto it = m_tokens.cbegin(); it != m_tokens.cend(); ++it) {
        QJsonArray clients;
        QList<qint64> ids(it->clients.cbegin(), it->clients.cend());
        std::sort(ids.begin(), ids.end());
        for (qint64 id : std::as_const(ids))
            clients.append(SF::fromInt(id));
        // lastUsed is not kept: it changes on every call, and a restart counts as a fresh use.
        tokens.insert(it.key(),
            QJsonObject { { u"secret"_s, it->secret }, { u"clients"_s, clients },
                { u"deactivated"_s, it->deactivated } });
    }
    const QJsonArray clients = inIdOrder(m_clients, [](const Client &c) {
        return QJsonObject { { u"clientId"_s, SF::fromInt(c.clientId) }, { u"name"_s, c.name },
            { u"active"_s, c.active }, { u"eventIds"_s, SF::fromIntList(c.eventIds) } };
    });
    const QJsonArray events = inIdOrder(m_events, [](const Event &e) {
        return QJsonObject { { u"eventId"_s, SF::fromInt(e.eventId) },
            { u"clientId"_s, SF::fromInt(e.clientId) }, { u"title"_s, e.title },
            { u"description"_s, e.description }, { u"campaignCode"_s, e.campaignCode },
            { u"contentType"_s, e.contentType }, { u"start"_s, SF::fromTime(e.start) },
            { u"end"_s, SF::fromTime(e.end) }, { u"created"_s, SF::fromTime(e.created) },
            { u"lastModified"_s, SF::fromTime(e.lastModified) },
            { u"lastUpdated"_s, SF::fromTime(e.lastUpdated) }, { u"active"_s, e.active },
            { u"registrantIds"_s, SF::fromIntList(e.registrantIds) } };
    });
    const QJsonArray registrants = inIdOrder(m_registrants, [](const Registrant &r) {
        QJsonObject fields;
        for (auto f = r.fields.cbegin(); f != r.fields.cend(); ++f)
            fields.insert(f.key(), f.value());
        QJsonObject o { { u"eventUserId"_s, SF::fromInt(r.eventUserId) },
            { u"eventId"_s, SF::fromInt(r.eventId) }, { u"clientId"_s, SF::fromInt(r.clientId) },
            { u"email"_s, r.email }, { u"fields"_s, fields }, { u"userStatus"_s, r.userStatus },
            { u"created"_s, SF::fromTime(r.created) },
            { u"lastActivity"_s, SF::fromTime(r.lastActivity) }, { u"attended"_s, r.attended },
            { u"firstLive"_s, SF::fromTime(r.firstLive) },
            { u"lastLive"_s, SF::fromTime(r.lastLive) },
            { u"firstArchive"_s, SF::fromTime(r.firstArchive) },
            { u"lastArchive"_s, SF::fromTime(r.lastArchive) }, { u"liveMinutes"_s, r.liveMinutes },
            { u"archiveMinutes"_s, r.archiveMinutes }, { u"engagementScore"_s, r.engagementScore },
            { u"polls"_s, r.polls }, { u"questions"_s, r.questions }, { u"surveys"_s, r.surveys },
            { u"resources"_s, r.resources },
            { u"attendancePartnerRef"_s, r.attendancePartnerRef } };
        if (!r.wire.isEmpty())
            o.insert(u"wire"_s, r.wire);
        return o;
    });
    return QJsonObject { { u"tokens"_s, tokens }, { u"clients"_s, clients },
        { u"events"_s, events }, { u"registrants"_s, registrants },
        { u"nextEventUserId"_s, SF::fromInt(m_nextEventUserId) },
        { u"nextEventId"_s, SF::fromInt(m_nextEventId) },
        { u"attendanceDelaySeconds"_s, SF::fromInt(m_attendanceDelaySecs) },
        { u"registrantDelaySeconds"_s, SF::fromInt(m_registrantDelaySecs) } };
}

bool On24Emulator::loadWorld(const QJsonObject &world, QString *error)
{
    if (!world.value(u"tokens"_s).isObject() || !world.value(u"registrants"_s).isArray()) {
        *error = QCoreApplication::translate("LeadBridge::Sandbox::EmulatorStateFile",
            "The saved ON24 sandbox data lacks its tokens or registrants.");
        return false;
    }
    clearData();
    m_tokens.clear();
    const QJsonObject tokens = world.value(u"tokens"_s).toObject();
    for (auto it = tokens.begin(); it != tokens.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        Token t;
        t.secret = o.value(u"secret"_s).toString();
        t.deactivated = o.value(u"deactivated"_s).toBool();
        for (const QJsonValue &c : o.value(u"clients"_s).toArray())
            t.clients.insert(SF::toInt(c));
        m_tokens.insert(it.key(), t);
    }
    forEachObject(world, u"clients", [this](const QJsonObject &o) {
        Client c;
        c.clientId = SF::toInt(o.value(u"clientId"_s));
        c.name = o.value(u"name"_s).toString();
        c.active = o.value(u"active"_s).toBool(true);
        c.eventIds = SF::toIntList(o.value(u"eventIds"_s));
        m_clients.insert(c.clientId, c);
    });
    forEachObject(world, u"events", [this](const QJsonObject &o) {
        Event e;
        e.eventId = SF::toInt(o.value(u"eventId"_s));
        e.clientId = SF::toInt(o.value(u"clientId"_s));
        e.title = o.value(u"title"_s).toString();
        e.description = o.value(u"description"_s).toString();
        e.campaignCode = o.value(u"campaignCode"_s).toString();
        e.contentType = o.value(u"contentType"_s).toString(e.contentType);
        e.start = SF::toTime(o.value(u"start"_s));
        e.end = SF::toTime(o.value(u"end"_s));
        e.created = SF::toTime(o.value(u"created"_s));
        e.lastModified = SF::toTime(o.value(u"lastModified"_s));
        e.lastUpdated = SF::toTime(o.value(u"lastUpdated"_s));
        e.active = o.value(u"active"_s).toBool(true);
        e.registrantIds = SF::toIntList(o.value(u"registrantIds"_s));
        m_events.insert(e.eventId, e);
    });
    forEachObject(world, u"registrants", [this](const QJsonObject &o) {
        Registrant r;
        r.eventUserId = SF::toInt(o.value(u"eventUserId"_s));
        r.eventId = SF::toInt(o.value(u"eventId"_s));
        r.clientId = SF::toInt(o.value(u"clientId"_s));
        r.email = o.value(u"email"_s).toString();
        const QJsonObject fields = o.value(u"fields"_s).toObject();
        for (auto f = fields.begin(); f != fields.end(); ++f)
            r.fields.insert(f.key(), f.value().toString());
        r.userStatus = o.value(u"userStatus"_s).toString(r.userStatus);
        r.created = SF::toTime(o.value(u"created"_s));
        r.lastActivity = SF::toTime(o.value(u"lastActivity"_s));
        r.attended = o.value(u"attended"_s).toBool();
        r.firstLive = SF::toTime(o.value(u"firstLive"_s));
        r.lastLive = SF::toTime(o.value(u"lastLive"_s));
        r.firstArchive = SF::toTime(o.value(u"firstArchive"_s));
        r.lastArchive = SF::toTime(o.value(u"lastArchive"_s));
        r.liveMinutes = o.value(u"liveMinutes"_s).toInt();
        r.archiveMinutes = o.value(u"archiveMinutes"_s).toInt();
        r.engagementScore = o.value(u"engagementScore"_s).toDouble();
        r.polls = o.value(u"polls"_s).toInt();
        r.questions = o.value(u"questions"_s).toInt();
        r.surveys = o.value(u"surveys"_s).toInt();
        r.resources = o.value(u"resources"_s).toInt();
        r.attendancePartnerRef = o.value(u"attendancePartnerRef"_s).toString();
        r.wire = o.value(u"wire"_s).toObject();
        m_registrants.insert(r.eventUserId, r);
        indexEmail(r, true);
    });
    m_nextEventUserId = std::max(SF::toInt(world.value(u"nextEventUserId"_s)), m_nextEventUserId);
    m_nextEventId = std::max(SF::toInt(world.value(u"nextEventId"_s)), m_nextEventId);
    // Never hand out an id that is already taken, whatever the counters said.
    for (auto it = m_registrants.cbegin(); it != m_registrants.cend(); ++it)
        m_nextEventUserId = std::max(m_nextEventUserId, it.key() + 1);
    for (auto it = m_events.cbegin(); it != m_events.cend(); ++it)
        m_nextEventId = std::max(m_nextEventId, it.key() + 1);
    m_attendanceDelaySecs = SF::toInt(world.value(u"attendanceDelaySeconds"_s));
    m_registrantDelaySecs = SF::toInt(world.value(u"registrantDelaySeconds"_s));
    markDirty();
    return true;
}

} // namespace LeadBridge::Sandbox
