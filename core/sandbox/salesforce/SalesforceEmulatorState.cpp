// SalesforceEmulator's state file part (see EmulatorStateFile and docs/sandbox.md "Persistence").
#include "core/sandbox/EmulatorStateFile.h"
#include "core/sandbox/salesforce/SalesforceEmulator.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace LeadBridge::Sandbox {

using namespace Qt::Literals::StringLiterals;
using SF = EmulatorStateFile;

namespace {
/// API names of the fields stored in the record blob, in slot order.
QStringList slotNames(const SfObject &def)
{
    QStringList names(def.slotCount);
    for (const SfField &f : def.fields) {
        if (f.storage == SfStorage::Data && f.slot >= 0 && f.slot < def.slotCount)
            names[f.slot] = f.name;
    }
    return names;
}
} // namespace

QJsonObject SalesforceEmulator::saveWorld() const
{
    QJsonObject tables;
    for (const auto &t : m_tables) {
        QJsonArray rows;
        for (int row = 0; row < t->rowCount(); ++row) {
            const SfRecord &r = t->record(row);
            rows.append(QJsonArray { SF::fromInt(r.created), SF::fromInt(r.modified),
                SF::fromInt(r.deleted), SF::fromBytes(r.data) });
        }
        tables.insert(t->def().name,
            QJsonObject { { u"slots"_s, QJsonArray::fromStringList(slotNames(t->def())) },
                { u"rows"_s, rows } });
    }
    QJsonObject removed;
    for (const QString &object : SF::sortedKeys(m_removedFields)) {
        QStringList fields(m_removedFields.value(object).cbegin(), m_removedFields.value(object).cend());
        fields.sort();
        removed.insert(object, QJsonArray::fromStringList(fields));
    }
    QJsonObject sessions;
    for (const QString &token : SF::sortedKeys(m_sessions)) {
        const Session &s = m_sessions[token];
        sessions.insert(token, QJsonArray { s.userRow, SF::fromInt(s.expiresMs) });
    }
    QJsonObject refresh;
    for (const QString &token : SF::sortedKeys(m_refreshTokens))
        refresh.insert(token, m_refreshTokens.value(token));
    QJsonArray ingest;
    QStringList ingestIds = m_ingestJobs.keys();
    ingestIds.sort();
    for (const QString &id : std::as_const(ingestIds)) {
        const IngestJob &j = m_ingestJobs[id];
        ingest.append(QJsonObject { { u"id"_s, j.id }, { u"object"_s, j.object },
            { u"operation"_s, j.operation }, { u"externalIdField"_s, j.externalIdField },
            { u"lineEnding"_s, j.lineEnding }, { u"columnDelimiter"_s, j.columnDelimiter },
            { u"state"_s, j.state }, { u"apiVersion"_s, j.apiVersion },
            { u"createdById"_s, j.createdById }, { u"created"_s, SF::fromInt(j.created) },
            { u"modified"_s, SF::fromInt(j.modified) }, { u"uploaded"_s, j.uploaded },
            { u"data"_s, SF::fromBytes(j.data) }, { u"successCsv"_s, SF::fromBytes(j.successCsv) },
            { u"failedCsv"_s, SF::fromBytes(j.failedCsv) },
            { u"unprocessedCsv"_s, SF::fromBytes(j.unprocessedCsv) },
            { u"processed"_s, j.processed }, { u"failed"_s, j.failed },
            { u"errorMessage"_s, j.errorMessage } });
    }
    QJsonArray logins;
    for (const LoginAttempt &a : m_loginHistory)
        logins.append(QJsonArray { a.username, a.loginType, a.status, SF::fromInt(a.timeMs) });
    return QJsonObject { { u"tables"_s, tables }, { u"removedFields"_s, removed },
        { u"sessions"_s, sessions }, { u"refreshTokens"_s, refresh },
        { u"ingestJobs"_s, ingest }, { u"seq"_s, SF::fromInt(m_seq) },
        { u"dailyApiLimit"_s, m_apiMax },
        { u"connectedApp"_s,
            QJsonObject { { u"requireSecretForWebServerFlow"_s, m_app.requireSecretForWebServerFlow },
                { u"requireSecretForRefreshTokenFlow"_s, m_app.requireSecretForRefreshTokenFlow },
                { u"usernamePasswordFlowDisabled"_s, m_app.usernamePasswordFlowDisabled } } },
        { u"loginHistory"_s, logins } };
}

bool SalesforceEmulator::loadWorld(const QJsonObject &world, QString *error)
{
    const QJsonObject tables = world.value(u"tables"_s).toObject();
    if (tables.isEmpty() || !tables.value(u"User"_s).isObject()) {
        *error = QCoreApplication::translate("LeadBridge::Sandbox::EmulatorStateFile",
            "The saved Salesforce sandbox data lacks its records.");
        return false;
    }
    clearAll();
    m_ingestJobs.clear();
    m_queryJobs.clear();
    for (auto &t : m_tables) {
        t->clear();
        const QJsonObject saved = tables.value(t->def().name).toObject();
        const QStringList current = slotNames(t->def());
        const QJsonArray savedSlots = saved.value(u"slots"_s).toArray();
        // Fields may come and go between versions: values follow their field's name.
        std::vector<int> slotMap;
        bool same = savedSlots.size() == current.size();
        for (qsizetype i = 0; i < savedSlots.size(); ++i) {
            const int to = int(current.indexOf(savedSlots.at(i).toString()));
            slotMap.push_back(to);
            same = same && to == int(i);
        }
        for (const QJsonValue &rv : saved.value(u"rows"_s).toArray()) {
            const QJsonArray r = rv.toArray();
            SfRecord record;
            record.created = SF::toInt(r.at(0));
            record.modified = SF::toInt(r.at(1));
            record.deleted = SF::toInt(r.at(2));
            QByteArray data = SF::toBytes(r.at(3));
            if (!same) {
                const QList<QByteArray> old = data.split('\x1f');
                QList<QByteArray> now(current.size());
                for (qsizetype i = 0; i < old.size() && i < qsizetype(slotMap.size()); ++i) {
                    if (slotMap[size_t(i)] >= 0)
                        now[slotMap[size_t(i)]] = old.at(i);
                }
                data = now.join('\x1f');
            }
            record.data = std::move(data);
            t->append(std::move(record));
        }
    }
    if (users().rowCount() == 0)
        clearAll(); // never without the demo admin
    m_removedFields.clear();
    const QJsonObject removed = world.value(u"removedFields"_s).toObject();
    for (auto it = removed.begin(); it != removed.end(); ++it) {
        for (const QJsonValue &f : it.value().toArray())
            m_removedFields[it.key()].insert(f.toString());
    }
    m_sessions.clear();
    const QJsonObject sessions = world.value(u"sessions"_s).toObject();
    for (auto it = sessions.begin(); it != sessions.end(); ++it) {
        const QJsonArray s = it.value().toArray();
        m_sessions.insert(it.key(), Session { s.at(0).toInt(), SF::toInt(s.at(1)) });
    }
    m_refreshTokens.clear();
    const QJsonObject refresh = world.value(u"refreshTokens"_s).toObject();
    for (auto it = refresh.begin(); it != refresh.end(); ++it)
        m_refreshTokens.insert(it.key(), it.value().toInt());
    m_codes.clear();
    for (const QJsonValue &v : world.value(u"ingestJobs"_s).toArray()) {
        const QJsonObject o = v.toObject();
        IngestJob j;
        j.id = o.value(u"id"_s).toString();
        j.object = o.value(u"object"_s).toString();
        j.operation = o.value(u"operation"_s).toString();
        j.externalIdField = o.value(u"externalIdField"_s).toString();
        j.lineEnding = o.value(u"lineEnding"_s).toString();
        j.columnDelimiter = o.value(u"columnDelimiter"_s).toString();
        j.state = o.value(u"state"_s).toString();
        j.apiVersion = o.value(u"apiVersion"_s).toString();
        j.createdById = o.value(u"createdById"_s).toString();
        j.created = SF::toInt(o.value(u"created"_s));
        j.modified = SF::toInt(o.value(u"modified"_s));
        j.uploaded = o.value(u"uploaded"_s).toBool();
        j.data = SF::toBytes(o.value(u"data"_s));
        j.successCsv = SF::toBytes(o.value(u"successCsv"_s));
        j.failedCsv = SF::toBytes(o.value(u"failedCsv"_s));
        j.unprocessedCsv = SF::toBytes(o.value(u"unprocessedCsv"_s));
        j.processed = o.value(u"processed"_s).toInt();
        j.failed = o.value(u"failed"_s).toInt();
        j.errorMessage = o.value(u"errorMessage"_s).toString();
        if (!j.id.isEmpty())
            m_ingestJobs.insert(j.id, j);
    }
    m_seq = std::max(m_seq, SF::toInt(world.value(u"seq"_s)));
    m_apiMax = world.value(u"dailyApiLimit"_s).toInt(m_apiMax);
    const QJsonObject app = world.value(u"connectedApp"_s).toObject();
    m_app.requireSecretForWebServerFlow = app.value(u"requireSecretForWebServerFlow"_s).toBool();
    m_app.requireSecretForRefreshTokenFlow
        = app.value(u"requireSecretForRefreshTokenFlow"_s).toBool();
    m_app.usernamePasswordFlowDisabled = app.value(u"usernamePasswordFlowDisabled"_s).toBool();
    m_loginHistory.clear();
    for (const QJsonValue &v : world.value(u"loginHistory"_s).toArray()) {
        const QJsonArray a = v.toArray();
        m_loginHistory.append({ a.at(0).toString(), a.at(1).toString(), a.at(2).toString(),
            SF::toInt(a.at(3)) });
    }
    return true;
}

} // namespace LeadBridge::Sandbox
