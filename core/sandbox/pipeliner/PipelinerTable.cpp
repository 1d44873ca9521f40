#include "core/sandbox/pipeliner/PipelinerTable.h"

using namespace Qt::StringLiterals;

namespace LeadBridge::Sandbox {

PipelinerTable::PipelinerTable(const QString &emailField)
    : m_emailField(emailField)
{ }

void PipelinerTable::clear()
{
    m_records.clear();
    m_byEmail.clear();
    m_deleted = 0;
}

void PipelinerTable::unindex(const QJsonObject &record)
{
    if (record.value(u"is_deleted").toBool())
        --m_deleted;
    if (m_emailField.isEmpty())
        return;
    const QString email = record.value(m_emailField).toString().toLower();
    if (email.isEmpty())
        return;
    auto it = m_byEmail.find(email);
    if (it != m_byEmail.end()) {
        it->remove(record.value(u"id").toString());
        if (it->isEmpty())
            m_byEmail.erase(it);
    }
}

void PipelinerTable::index(const QJsonObject &record)
{
    if (record.value(u"is_deleted").toBool())
        ++m_deleted;
    if (m_emailField.isEmpty())
        return;
    const QString email = record.value(m_emailField).toString().toLower();
    if (!email.isEmpty())
        m_byEmail[email].insert(record.value(u"id").toString());
}

void PipelinerTable::put(const QJsonObject &record)
{
    const QString id = record.value(u"id").toString();
    auto it = m_records.find(id);
    if (it != m_records.end()) {
        unindex(*it);
        *it = record;
    } else {
        m_records.insert(id, record);
    }
    index(record);
}

bool PipelinerTable::remove(const QString &id)
{
    auto it = m_records.find(id);
    if (it == m_records.end())
        return false;
    unindex(*it);
    m_records.erase(it);
    return true;
}

const QJsonObject *PipelinerTable::find(const QString &id) const
{
    const auto it = m_records.constFind(id);
    return it == m_records.constEnd() ? nullptr : &*it;
}

QSet<QString> PipelinerTable::idsByEmail(const QString &email) const
{
    return m_byEmail.value(email.toLower());
}

} // namespace LeadBridge::Sandbox
