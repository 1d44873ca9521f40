#include "core/engine/CrmIdentityColumns.h"

#include "core/engine/SideRecord.h"

namespace LeadBridge {

namespace {
const QString kIdSource = QStringLiteral("leadbridge:record-id");
const QString kTypeSource = QStringLiteral("leadbridge:record-type");
} // namespace

QString CrmIdentityColumns::typeValue(CrmObjectType type)
{
    return type == CrmObjectType::Lead ? QStringLiteral("Lead") : QStringLiteral("Contact");
}

bool CrmIdentityColumns::isAutomaticSource(const QString &crmField)
{
    return crmField == kIdSource || crmField == kTypeSource;
}

QStringList CrmIdentityColumns::addTo(FieldMap *map)
{
    QStringList added;
    const auto add = [&](const QString &heading, const QString &source) {
        if (map->indexOf(heading) >= 0)
            return;
        map->addRow(FieldMapRow::make(
            MarketingField::custom(heading, MarketingFieldType::Text), source, source, false));
        added.append(heading);
    };
    add(externalIdHeading(), kIdSource);
    add(typeHeading(), kTypeSource);
    return added;
}

void CrmIdentityColumns::removeFrom(FieldMap *map, const QStringList &headings)
{
    for (const QString &h : headings) {
        const int row = map->indexOf(h);
        if (row >= 0 && isAutomaticSource(map->row(row).leadField))
            map->removeRow(row);
    }
}

QStringList CrmIdentityColumns::headingsOf(const QList<CrmObjectSchema> &listSchemas)
{
    QStringList headings;
    for (const CrmObjectSchema &schema : listSchemas) {
        for (const CrmFieldDescriptor &f : schema.fields)
            headings.append(f.apiName);
    }
    return headings;
}

QStringList CrmIdentityColumns::missing(
    const QStringList &identityHeadings, const QStringList &listHeadings)
{
    QStringList out;
    for (const QString &h : identityHeadings) {
        if (!listHeadings.contains(h, Qt::CaseInsensitive))
            out.append(h);
    }
    return out;
}

RecordChange CrmIdentityColumns::missingColumnsRow(qint64 runId, const QString &listId,
    const QString &listName, const QStringList &missingHeadings)
{
    QStringList quoted;
    for (const QString &h : missingHeadings)
        quoted.append(QStringLiteral("“%1”").arg(h));
    RecordChange warning;
    warning.runId = runId;
    warning.system = QStringLiteral("acton");
    warning.object = listId;
    warning.recordKey = listId;
    warning.operation = ChangeOperation::Skip;
    warning.reason = tr("The Act-On list %1 has no column %2, so the CRM record id and type "
                        "were not written to it. Add the column to the list in Act-On (as "
                        "text); the next sync fills it.")
                         .arg(listName, quoted.join(QStringLiteral(", ")));
    return warning;
}

CrmIdentityColumns::CrmIdentityColumns(const FieldMap &map)
{
    for (int i = 0; i < map.rowCount(); ++i) {
        const FieldMapRow &row = map.row(i);
        if (row.leadField == kIdSource)
            m_idRow = i;
        else if (row.leadField == kTypeSource)
            m_typeRow = i;
    }
}

void CrmIdentityColumns::fill(SideRecord &record) const
{
    if (m_idRow >= 0 && m_idRow < record.values.size())
        record.values[m_idRow] = record.id;
    if (m_typeRow >= 0 && m_typeRow < record.values.size())
        record.values[m_typeRow] = typeValue(record.crmType);
}

} // namespace LeadBridge
