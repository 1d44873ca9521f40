#include "ui/mapping/FieldMapTableModel.h"

#include "core/mapping/MappingValidator.h"
#include "core/mapping/MarketingFieldType.h"

#include <QApplication>
#include <QStyle>

namespace LeadBridge {

namespace {
bool sameMap(FieldMap a, const FieldMap &b)
{
    a.setRevision(b.revision());
    return a == b;
}
} // namespace

FieldMapTableModel::FieldMapTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    revalidate();
}

void FieldMapTableModel::setMap(const FieldMap &map)
{
    beginResetModel();
    m_map = map;
    m_saved = map;
    endResetModel();
    changed();
}

void FieldMapTableModel::replaceMap(const FieldMap &map)
{
    beginResetModel();
    const int revision = m_map.revision();
    m_map = map;
    m_map.setCrm(m_saved.crm());
    m_map.setRevision(revision);
    endResetModel();
    changed();
}

void FieldMapTableModel::markSaved(const FieldMap &savedMap)
{
    m_map.setRevision(savedMap.revision());
    m_saved = m_map;
    changed();
}

void FieldMapTableModel::revert()
{
    setMap(m_saved);
}

bool FieldMapTableModel::isModified() const
{
    return !sameMap(m_map, m_saved);
}

void FieldMapTableModel::setSchemas(
    const std::optional<CrmObjectSchema> &lead, const std::optional<CrmObjectSchema> &contact)
{
    m_lead = lead;
    m_contact = contact;
    revalidate();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const std::optional<CrmObjectSchema> &FieldMapTableModel::schema(CrmObjectType object) const
{
    return object == CrmObjectType::Lead ? m_lead : m_contact;
}

void FieldMapTableModel::setFlowKind(FlowKind kind)
{
    m_flowKind = kind;
    changed();
}

void FieldMapTableModel::setPolicy(PushPolicy policy)
{
    if (m_map.policy() == policy)
        return;
    m_map.setPolicy(policy);
    changed();
}

int FieldMapTableModel::addMapRow(const FieldMapRow &row)
{
    const int at = rowCount();
    beginInsertRows({}, at, at);
    m_map.addRow(row);
    endInsertRows();
    changed();
    return at;
}

bool FieldMapTableModel::setSource(int row, CrmObjectType object, const QString &apiName)
{
    const int column = object == CrmObjectType::Lead ? LeadColumn : ContactColumn;
    return setData(index(row, column), apiName, Qt::EditRole);
}

void FieldMapTableModel::changed()
{
    revalidate();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    const bool modified = isModified();
    if (modified != m_modified) {
        m_modified = modified;
        Q_EMIT modifiedChanged(modified);
    }
}

void FieldMapTableModel::revalidate()
{
    m_issues = MappingValidator::validate(m_map, m_lead, m_contact, m_flowKind);
    Q_EMIT issuesChanged();
}

int FieldMapTableModel::columnOf(const MappingIssue &issue)
{
    switch (issue.column) {
    case MappingIssue::Column::Lead:
        return LeadColumn;
    case MappingIssue::Column::Contact:
        return ContactColumn;
    case MappingIssue::Column::AllowPush:
        return AllowPushColumn;
    case MappingIssue::Column::Marketing:
    case MappingIssue::Column::None:
        break;
    }
    return MarketingColumn;
}

QList<MappingIssue> FieldMapTableModel::issuesAt(int row, int column) const
{
    QList<MappingIssue> found;
    for (const MappingIssue &issue : m_issues) {
        if (issue.rowIndex == row && columnOf(issue) == column)
            found.append(issue);
    }
    return found;
}

QString FieldMapTableModel::choiceText(const CrmFieldDescriptor &field)
{
    return tr("%1 (%2) — %3").arg(field.label, field.apiName, field.type);
}

QString FieldMapTableModel::sourceText(CrmObjectType object, const QString &apiName) const
{
    if (apiName.isEmpty())
        return {};
    const auto &s = schema(object);
    const CrmFieldDescriptor *field = s ? s->field(apiName) : nullptr;
    if (!field || field->label.isEmpty() || field->label == field->apiName)
        return apiName;
    return tr("%1 (%2)").arg(field->label, field->apiName);
}

QString FieldMapTableModel::allowPushTooltip(const FieldMapRow &row) const
{
    if (row.isScore())
        return tr("Score fields always push: the score is computed in Act-On and sending it to "
                  "the CRM is what a score mapping is for. To stop it, remove the mapping.");
    if (m_map.policy() == PushPolicy::CrmToMarketingOnly)
        return tr("The flow's push policy is “CRM → Act-On only”, so this field is not pushed. "
                  "Choose “Two-way” above to push fields whose Allow push is on.");
    return tr("When on, Act-On changes to this field are written back to existing CRM records. "
              "New CRM records always get every mapped field.");
}

int FieldMapTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_map.rowCount();
}

int FieldMapTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FieldMapTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FieldMapRow &row = m_map.row(index.row());
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case MarketingColumn:
            return row.marketing.name;
        case TypeColumn:
            return MarketingFieldTypes::displayName(row.marketing.type);
        case LeadColumn:
            return sourceText(CrmObjectType::Lead, row.leadField);
        case ContactColumn:
            return sourceText(CrmObjectType::Contact, row.contactField);
        case ScoreSheetColumn:
            return row.isScore() ? scoreSheetText(row.scoreName) : QString();
        default:
            return {};
        }
    case Qt::EditRole:
        switch (column) {
        case MarketingColumn:
            return row.marketing.name;
        case TypeColumn:
            return QVariant::fromValue(row.marketing.type);
        case LeadColumn:
            return row.leadField;
        case ContactColumn:
            return row.contactField;
        case AllowPushColumn:
            return m_map.effectiveAllowPush(row);
        case ScoreSheetColumn:
            return row.scoreName;
        default:
            return {};
        }
    case Qt::CheckStateRole:
        if (column == AllowPushColumn)
            return m_map.effectiveAllowPush(row) ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::AccessibleTextRole:
        if (column == AllowPushColumn)
            return m_map.effectiveAllowPush(row) ? tr("Allow push: on") : tr("Allow push: off");
        return data(index, Qt::DisplayRole);
    case Qt::DecorationRole: {
        const QList<MappingIssue> found = issuesAt(index.row(), column);
        if (found.isEmpty())
            return {};
        const bool error = MappingValidator::hasErrors(found);
        return QApplication::style()->standardIcon(
            error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning);
    }
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const MappingIssue &issue : issuesAt(index.row(), column))
            lines.append(issue.message);
        if (column == AllowPushColumn)
            lines.append(allowPushTooltip(row));
        if (column == ScoreSheetColumn && row.isScore() && !m_scoreSheetsError.isEmpty())
            lines.append(m_scoreSheetsError);
        if (column == ScoreSheetColumn && row.isScore() && lines.isEmpty())
            lines.append(tr("The Act-On score sheet whose score fills this field. To sync "
                            "several score sheets, add one Score row per sheet."));
        if (column == MarketingColumn && lines.isEmpty())
            lines.append(row.marketing.standard
                    ? tr("Act-On standard field “%1”.").arg(row.marketing.name)
                    : tr("Custom Act-On field “%1”. Double-click to rename it.")
                          .arg(row.marketing.name));
        if ((column == LeadColumn || column == ContactColumn) && lines.isEmpty()) {
            const CrmObjectType object = objectOf(column);
            const QString api = row.crmField(object);
            const auto &s = schema(object);
            const CrmFieldDescriptor *field = s && !api.isEmpty() ? s->field(api) : nullptr;
            if (field)
                lines.append(choiceText(*field));
            else if (api.isEmpty())
                lines.append(tr("No %1 field. Press F2 or start typing to pick one.")
                                 .arg(CrmKinds::objectDisplayName(object)));
        }
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
    }
    case IssueSeverityRole: {
        const QList<MappingIssue> found = issuesAt(index.row(), column);
        if (found.isEmpty())
            return -1;
        return MappingValidator::hasErrors(found) ? 0 : 1;
    }
    case IsScoreRole:
        return row.isScore();
    case IsStandardRole:
        return row.marketing.standard;
    case ScoreSheetsRole:
        return m_scoreSheets;
    default:
        return {};
    }
}

QVariant FieldMapTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString crm = CrmKinds::displayName(m_map.crm());
    if (role == Qt::DisplayRole) {
        switch (section) {
        case MarketingColumn:
            return tr("Act-On field");
        case TypeColumn:
            return tr("Type");
        case LeadColumn:
            return tr("%1 Lead field").arg(crm);
        case ContactColumn:
            return tr("%1 Contact field").arg(crm);
        case AllowPushColumn:
            return tr("Allow push");
        case ScoreSheetColumn:
            return tr("Score sheet");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case MarketingColumn:
            return tr("The Act-On contact field: a standard field or a custom one you added.");
        case TypeColumn:
            return tr("The Act-On data type. Only custom fields can change it.");
        case LeadColumn:
            return tr("The %1 Lead field that fills the Act-On field. Blank: not read from "
                      "Leads.")
                .arg(crm);
        case ContactColumn:
            return tr("The %1 Contact field that fills the Act-On field. Blank: not read from "
                      "Contacts.")
                .arg(crm);
        case AllowPushColumn:
            return tr("Whether Act-On changes are written back to existing %1 records.").arg(crm);
        case ScoreSheetColumn:
            return tr("Score rows: which Act-On score sheet's score is written to %1.").arg(crm);
        default:
            return {};
        }
    }
    return {};
}

Qt::ItemFlags FieldMapTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    const FieldMapRow &row = m_map.row(index.row());
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    switch (index.column()) {
    case MarketingColumn:
    case TypeColumn:
        if (!row.marketing.standard)
            f |= Qt::ItemIsEditable;
        break;
    case LeadColumn:
    case ContactColumn:
        f |= Qt::ItemIsEditable;
        break;
    case AllowPushColumn:
        if (row.isScore() || m_map.policy() == PushPolicy::CrmToMarketingOnly)
            f &= ~Qt::ItemIsEnabled;
        else
            f |= Qt::ItemIsUserCheckable;
        break;
    case ScoreSheetColumn:
        if (row.isScore())
            f |= Qt::ItemIsEditable;
        break;
    default:
        break;
    }
    return f;
}

bool FieldMapTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (!(flags(index) & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable)))
        return false;
    FieldMapRow row = m_map.row(index.row());
    switch (index.column()) {
    case MarketingColumn: {
        if (role != Qt::EditRole)
            return false;
        const QString name = value.toString().trimmed();
        if (name.isEmpty() || name == row.marketing.name)
            return false;
        row.marketing.name = name;
        break;
    }
    case TypeColumn: {
        if (role != Qt::EditRole)
            return false;
        MarketingFieldType type = MarketingFieldType::Text;
        if (value.metaType() == QMetaType::fromType<MarketingFieldType>()) {
            type = value.value<MarketingFieldType>();
        } else {
            bool ok = false;
            type = MarketingFieldTypes::fromString(value.toString(), &ok);
            if (!ok)
                return false;
        }
        if (type == row.marketing.type)
            return false;
        row.marketing.type = type;
        break;
    }
    case LeadColumn:
    case ContactColumn: {
        if (role != Qt::EditRole)
            return false;
        const QString api = value.toString().trimmed();
        QString &target = index.column() == LeadColumn ? row.leadField : row.contactField;
        if (api == target)
            return false;
        target = api;
        break;
    }
    case AllowPushColumn: {
        if (role != Qt::CheckStateRole && role != Qt::EditRole)
            return false;
        const bool on = role == Qt::CheckStateRole ? value.toInt() == Qt::Checked : value.toBool();
        if (on == row.allowPush)
            return false;
        row.allowPush = on;
        break;
    }
    case ScoreSheetColumn: {
        if (role != Qt::EditRole)
            return false;
        QString sheet = value.toString().trimmed();
        if (sheet == scoreSheetText(QString()))
            sheet.clear();
        if (sheet == row.scoreName)
            return false;
        row.scoreName = sheet;
        break;
    }
    default:
        return false;
    }
    m_map.updateRow(index.row(), row);
    changed();
    return true;
}

void FieldMapTableModel::setScoreSheets(const QStringList &sheets)
{
    m_scoreSheets = sheets;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, ScoreSheetColumn), index(rowCount() - 1, ScoreSheetColumn));
}

QString FieldMapTableModel::scoreSheetText(const QString &sheet)
{
    return sheet.isEmpty() ? tr("Default score sheet") : sheet;
}

bool FieldMapTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    for (int i = 0; i < count; ++i)
        m_map.removeRow(row);
    endRemoveRows();
    changed();
    return true;
}

} // namespace LeadBridge
