#include "core/mapping/FieldMap.h"

namespace LeadBridge {

FieldMap::FieldMap(CrmKind crm, PushPolicy policy)
    : m_crm(crm)
    , m_policy(policy)
{ }

FieldMapRow FieldMap::normalised(FieldMapRow row)
{
    row.leadField = row.leadField.trimmed();
    row.contactField = row.contactField.trimmed();
    if (row.isScore())
        row.allowPush = true;
    else
        row.scoreName.clear();
    return row;
}

int FieldMap::addRow(FieldMapRow row)
{
    m_rows.append(normalised(std::move(row)));
    return int(m_rows.size()) - 1;
}

bool FieldMap::removeRow(int index)
{
    if (index < 0 || index >= m_rows.size())
        return false;
    m_rows.removeAt(index);
    return true;
}

bool FieldMap::updateRow(int index, FieldMapRow row)
{
    if (index < 0 || index >= m_rows.size())
        return false;
    m_rows[index] = normalised(std::move(row));
    return true;
}

int FieldMap::indexOf(const QString &marketingName) const
{
    const QString key = marketingName.trimmed().toCaseFolded();
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).marketing.nameKey() == key)
            return i;
    }
    return -1;
}

int FieldMap::indexOfUsage(SystemUsage usage) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).marketing.usage == usage)
            return i;
    }
    return -1;
}

bool FieldMap::effectiveAllowPush(const FieldMapRow &row) const
{
    if (row.isScore())
        return true;
    if (m_policy == PushPolicy::CrmToMarketingOnly)
        return false;
    return row.allowPush;
}

bool FieldMap::effectiveAllowPush(int index) const
{
    if (index < 0 || index >= m_rows.size())
        return false;
    return effectiveAllowPush(m_rows.at(index));
}

QList<MappedField> FieldMap::pushableFieldsForUpdate(
    CrmObjectType object, const CrmObjectSchema *schema) const
{
    QList<MappedField> out;
    for (const auto &row : m_rows) {
        const QString crmField = row.crmField(object);
        if (crmField.isEmpty() || FieldMapRow::isRelationshipPath(crmField)
            || !effectiveAllowPush(row))
            continue;
        if (schema) {
            const CrmFieldDescriptor *descriptor = schema->field(crmField);
            if (!descriptor || !descriptor->updateable)
                continue;
        }
        out.append({ row.marketing.name, crmField });
    }
    return out;
}

QList<MappedField> FieldMap::fieldsForCreate(
    CrmObjectType object, const CrmObjectSchema *schema) const
{
    QList<MappedField> out;
    for (const auto &row : m_rows) {
        const QString crmField = row.crmField(object);
        if (crmField.isEmpty() || FieldMapRow::isRelationshipPath(crmField))
            continue;
        if (schema) {
            const CrmFieldDescriptor *descriptor = schema->field(crmField);
            if (!descriptor || !descriptor->createable)
                continue;
        }
        out.append({ row.marketing.name, crmField });
    }
    return out;
}

QStringList FieldMap::diffAddedFields(const FieldMap &oldMap, const FieldMap &newMap)
{
    QStringList added;
    for (const auto &row : newMap.m_rows) {
        if (!row.hasCrmSource())
            continue;
        const int oldIndex = oldMap.indexOf(row.marketing.name);
        if (oldIndex < 0) {
            added.append(row.marketing.name);
            continue;
        }
        const FieldMapRow &old = oldMap.m_rows.at(oldIndex);
        const auto changedTo = [](const QString &before, const QString &after) {
            return !after.isEmpty() && after.compare(before, Qt::CaseInsensitive) != 0;
        };
        if (changedTo(old.leadField, row.leadField)
            || changedTo(old.contactField, row.contactField))
            added.append(row.marketing.name);
    }
    return added;
}

bool FieldMap::needsFullSync(const FieldMap &oldMap, const FieldMap &newMap)
{
    return !diffAddedFields(oldMap, newMap).isEmpty();
}

} // namespace LeadBridge
