// PipelinerEmulator's state file part (see EmulatorStateFile and docs/sandbox.md "Persistence").
#include "core/sandbox/EmulatorStateFile.h"
#include "core/sandbox/pipeliner/PipelinerEmulator.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace LeadBridge::Sandbox {

using namespace Qt::Literals::StringLiterals;
using SF = EmulatorStateFile;

QJsonObject PipelinerEmulator::saveWorld() const
{
    QJsonObject tables;
    for (auto it = m_tables.cbegin(); it != m_tables.cend(); ++it) {
        QJsonArray records;
        for (const QJsonObject &r : it->records())
            records.append(r);
        tables.insert(it.key(), records);
    }
    // System fields come from the code; custom ones (seeded or created through
    // POST entities/Fields) are the space's own data.
    QJsonArray custom;
    for (const PipelinerField &f : m_schema.allFields()) {
        if (!f.custom)
            continue;
        custom.append(QJsonObject { { u"id"_s, f.id }, { u"apiName"_s, f.apiName },
            { u"label"_s, f.label }, { u"entityName"_s, f.entityName }, { u"type"_s, f.type },
            { u"typeId"_s, f.typeId }, { u"relation"_s, f.relation },
            { u"required"_s, f.required }, { u"readOnly"_s, f.readOnly } });
    }
    return QJsonObject { { u"spaceId"_s, m_spaceId }, { u"apiToken"_s, m_apiToken },
        { u"apiSecret"_s, m_apiSecret }, { u"tables"_s, tables }, { u"customFields"_s, custom },
        { u"sequence"_s, SF::fromInt(qint64(m_sequence)) }, { u"apiUserId"_s, m_apiUserId },
        { u"callsPerMinute"_s, m_callsPerMinute }, { u"mayCreateFields"_s, m_mayCreateFields } };
}

bool PipelinerEmulator::loadWorld(const QJsonObject &world, QString *error)
{
    if (!world.value(u"tables"_s).isObject() || world.value(u"apiToken"_s).toString().isEmpty()) {
        *error = QCoreApplication::translate("LeadBridge::Sandbox::EmulatorStateFile",
            "The saved Pipeliner sandbox data lacks its records or credentials.");
        return false;
    }
    clear();
    m_spaceId = world.value(u"spaceId"_s).toString(defaultSpaceId());
    setCredentials(world.value(u"apiToken"_s).toString(), world.value(u"apiSecret"_s).toString());
    const QJsonObject tables = world.value(u"tables"_s).toObject();
    for (auto it = m_tables.begin(); it != m_tables.end(); ++it) {
        for (const QJsonValue &r : tables.value(it.key()).toArray()) {
            const QJsonObject record = r.toObject();
            if (!record.value(u"id"_s).toString().isEmpty())
                it->put(record);
        }
    }
    for (const QJsonValue &v : world.value(u"customFields"_s).toArray()) {
        const QJsonObject o = v.toObject();
        PipelinerField f;
        f.id = o.value(u"id"_s).toString();
        f.apiName = o.value(u"apiName"_s).toString();
        f.label = o.value(u"label"_s).toString();
        f.entityName = o.value(u"entityName"_s).toString();
        f.type = o.value(u"type"_s).toString();
        f.typeId = o.value(u"typeId"_s).toString();
        f.relation = o.value(u"relation"_s).toString();
        f.required = o.value(u"required"_s).toBool();
        f.readOnly = o.value(u"readOnly"_s).toBool();
        f.custom = true;
        m_schema.addField(f); // false for the ones reset() already defines
    }
    m_sequence = quint64(SF::toInt(world.value(u"sequence"_s)));
    // Ids are "0190" + the sequence in hex: never hand out one that is taken.
    for (const PipelinerTable &t : std::as_const(m_tables)) {
        for (auto r = t.records().cbegin(); r != t.records().cend(); ++r) {
            QString hex = r.key();
            hex.remove(u'-');
            bool ok = false;
            const quint64 n = hex.mid(4).toULongLong(&ok, 16);
            if (ok && hex.startsWith(u"0190"_s))
                m_sequence = std::max(m_sequence, n);
        }
    }
    m_apiUserId = world.value(u"apiUserId"_s).toString();
    m_callsPerMinute = world.value(u"callsPerMinute"_s).toInt();
    m_mayCreateFields = world.value(u"mayCreateFields"_s).toBool(true);
    return true;
}

} // namespace LeadBridge::Sandbox
