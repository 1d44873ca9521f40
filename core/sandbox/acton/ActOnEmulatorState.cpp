// ActOnEmulator's state file part (see EmulatorStateFile and docs/sandbox.md "Persistence").
#include "core/sandbox/EmulatorStateFile.h"
#include "core/sandbox/acton/ActOnEmulator.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace LeadBridge::Sandbox {

using namespace Qt::Literals::StringLiterals;
using SF = EmulatorStateFile;

bool ActOnEmulator::mayChangeWorld(const SandboxRequest &request) const
{
    return Emulator::mayChangeWorld(request)
        || (request.path.startsWith(u"/api/1/list/"_s) && request.path.endsWith(u"/status"_s));
}

QJsonObject ActOnEmulator::saveWorld() const
{
    QJsonObject users;
    for (const QString &u : SF::sortedKeys(m_users))
        users.insert(u, m_users.value(u));
    QJsonObject access;
    for (const QString &t : SF::sortedKeys(m_access)) {
        const AccessToken &a = m_access[t];
        access.insert(t, QJsonObject { { u"user"_s, a.user }, { u"expiresMs"_s, SF::fromInt(a.expiresMs) } });
    }
    QJsonObject refresh;
    for (const QString &t : SF::sortedKeys(m_refresh)) {
        const RefreshToken &r = m_refresh[t];
        refresh.insert(t, QJsonObject { { u"user"_s, r.user }, { u"clientId"_s, r.clientId },
                              { u"expiresMs"_s, SF::fromInt(r.expiresMs) } });
    }
    QJsonObject current;
    for (const QString &k : SF::sortedKeys(m_currentRefresh))
        current.insert(k, m_currentRefresh.value(k));

    QJsonArray lists;
    for (const QString &id : m_listOrder) {
        const ActOnList *l = m_lists.value(id).get();
        if (!l)
            continue;
        QJsonArray rows;
        for (const ActOnRecord &r : l->storedRows()) {
            if (r.deleted)
                continue;
            rows.append(QJsonArray { SF::fromInt(r.seq), SF::fromInt(r.createdMs),
                SF::fromInt(r.modifiedMs), SF::fromBytes(r.data) });
        }
        lists.append(QJsonObject { { u"id"_s, l->id }, { u"name"_s, l->name },
            { u"folder"_s, l->folder }, { u"description"_s, l->description },
            { u"createdMs"_s, SF::fromInt(l->createdMs) },
            { u"modifiedMs"_s, SF::fromInt(l->modifiedMs) },
            { u"headings"_s, QJsonArray::fromStringList(l->headings()) },
            { u"emailColumn"_s, l->emailColumn() }, { u"nextSeq"_s, SF::fromInt(l->nextSeq()) },
            { u"rows"_s, rows } });
    }
    QJsonObject jobs;
    for (const QString &id : SF::sortedKeys(m_jobs)) {
        const Job &j = m_jobs[id];
        jobs.insert(id, QJsonObject { { u"listId"_s, j.listId }, { u"status"_s, j.status },
                            { u"createdMs"_s, SF::fromInt(j.createdMs) },
                            { u"appendCount"_s, SF::fromInt(j.appendCount) },
                            { u"updateCount"_s, SF::fromInt(j.updateCount) },
                            { u"failedCount"_s, SF::fromInt(j.failedCount) },
                            { u"rejectedCount"_s, SF::fromInt(j.rejectedCount) },
                            { u"rows"_s, SF::fromInt(j.rows) }, { u"busyPolls"_s, j.busyPolls },
                            { u"started"_s, j.started } });
    }
    QJsonObject suppressions;
    for (const QString &kind : SF::sortedKeys(m_suppressions)) {
        QJsonArray entries;
        for (const Suppression &s : m_suppressions.value(kind))
            entries.append(QJsonArray { s.email, SF::fromInt(s.timestampMs), s.origin });
        suppressions.insert(kind, entries);
    }
    return QJsonObject { { u"users"_s, users }, { u"clientId"_s, m_clientId },
        { u"clientSecret"_s, m_clientSecret }, { u"accessTokens"_s, access },
        { u"refreshTokens"_s, refresh }, { u"currentRefresh"_s, current },
        { u"limits"_s,
            QJsonObject { { u"callsPerSecond"_s, m_perSecondMax },
                { u"callsPerDay"_s, m_perDayMax }, { u"authCallsPerHour"_s, m_authPerHourMax } } },
        { u"lists"_s, lists }, { u"nextListNo"_s, m_nextListNo }, { u"jobs"_s, jobs },
        { u"nextJob"_s, SF::fromInt(m_nextJob) }, { u"suppressions"_s, suppressions } };
}

bool ActOnEmulator::loadWorld(const QJsonObject &world, QString *error)
{
    if (!world.value(u"lists"_s).isArray() || !world.value(u"users"_s).isObject()) {
        *error = QCoreApplication::translate("LeadBridge::Sandbox::EmulatorStateFile",
            "The saved Act-On sandbox data lacks its lists or users.");
        return false;
    }
    clearData();
    m_users.clear();
    const QJsonObject users = world.value(u"users"_s).toObject();
    for (auto it = users.begin(); it != users.end(); ++it)
        m_users.insert(it.key(), it.value().toString());
    m_clientId = world.value(u"clientId"_s).toString(defaultClientId());
    m_clientSecret = world.value(u"clientSecret"_s).toString(defaultClientSecret());
    m_access.clear();
    const QJsonObject access = world.value(u"accessTokens"_s).toObject();
    for (auto it = access.begin(); it != access.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        m_access.insert(it.key(),
            AccessToken { o.value(u"user"_s).toString(), SF::toInt(o.value(u"expiresMs"_s)) });
    }
    m_refresh.clear();
    const QJsonObject refresh = world.value(u"refreshTokens"_s).toObject();
    for (auto it = refresh.begin(); it != refresh.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        m_refresh.insert(it.key(),
            RefreshToken { o.value(u"user"_s).toString(), o.value(u"clientId"_s).toString(),
                SF::toInt(o.value(u"expiresMs"_s)) });
    }
    m_currentRefresh.clear();
    const QJsonObject current = world.value(u"currentRefresh"_s).toObject();
    for (auto it = current.begin(); it != current.end(); ++it)
        m_currentRefresh.insert(it.key(), it.value().toString());
    const QJsonObject limits = world.value(u"limits"_s).toObject();
    m_perSecondMax = limits.value(u"callsPerSecond"_s).toInt(m_perSecondMax);
    m_perDayMax = limits.value(u"callsPerDay"_s).toInt(m_perDayMax);
    m_authPerHourMax = limits.value(u"authCallsPerHour"_s).toInt(m_authPerHourMax);

    int highestListNo = 0;
    for (const QJsonValue &v : world.value(u"lists"_s).toArray()) {
        const QJsonObject o = v.toObject();
        auto l = std::make_shared<ActOnList>();
        l->id = o.value(u"id"_s).toString();
        if (l->id.isEmpty() || m_lists.contains(l->id))
            continue;
        l->name = o.value(u"name"_s).toString();
        l->folder = o.value(u"folder"_s).toString();
        l->description = o.value(u"description"_s).toString(l->description);
        for (const QJsonValue &h : o.value(u"headings"_s).toArray())
            l->addColumn(h.toString());
        const int emailColumn = o.value(u"emailColumn"_s).toInt(-1);
        if (emailColumn >= 0)
            l->setEmailColumn(emailColumn);
        for (const QJsonValue &rv : o.value(u"rows"_s).toArray()) {
            const QJsonArray r = rv.toArray();
            l->restore(quint32(SF::toInt(r.at(0))), SF::toInt(r.at(1)), SF::toInt(r.at(2)),
                SF::toBytes(r.at(3)));
        }
        l->raiseNextSeq(quint32(SF::toInt(o.value(u"nextSeq"_s))));
        l->createdMs = SF::toInt(o.value(u"createdMs"_s));
        l->modifiedMs = SF::toInt(o.value(u"modifiedMs"_s));
        bool ok = false;
        const int no = l->id.mid(2).toInt(&ok, 16);
        if (ok)
            highestListNo = std::max(highestListNo, no);
        m_listOrder.append(l->id);
        m_lists.insert(l->id, std::move(l));
    }
    m_nextListNo = std::max(world.value(u"nextListNo"_s).toInt(1), highestListNo + 1);
    const QJsonObject jobs = world.value(u"jobs"_s).toObject();
    qint64 highestJob = 0;
    for (auto it = jobs.begin(); it != jobs.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        Job j;
        j.listId = o.value(u"listId"_s).toString();
        j.status = o.value(u"status"_s).toString(j.status);
        j.createdMs = SF::toInt(o.value(u"createdMs"_s));
        j.appendCount = SF::toInt(o.value(u"appendCount"_s));
        j.updateCount = SF::toInt(o.value(u"updateCount"_s));
        j.failedCount = SF::toInt(o.value(u"failedCount"_s));
        j.rejectedCount = SF::toInt(o.value(u"rejectedCount"_s));
        j.rows = SF::toInt(o.value(u"rows"_s));
        j.busyPolls = o.value(u"busyPolls"_s).toInt();
        j.started = o.value(u"started"_s).toBool();
        // A restarted service counts the jobs a client keeps in flight afresh.
        j.reported = true;
        m_jobs.insert(it.key(), j);
        highestJob = std::max(highestJob, it.key().toLongLong());
    }
    m_nextJob = std::max(SF::toInt(world.value(u"nextJob"_s)), highestJob + 1);
    const QJsonObject suppressions = world.value(u"suppressions"_s).toObject();
    for (auto it = suppressions.begin(); it != suppressions.end(); ++it) {
        QList<Suppression> &entries = m_suppressions[it.key()];
        for (const QJsonValue &ev : it.value().toArray()) {
            const QJsonArray e = ev.toArray();
            entries.append({ e.at(0).toString(), SF::toInt(e.at(1)), e.at(2).toString() });
        }
    }
    return true;
}

} // namespace LeadBridge::Sandbox
