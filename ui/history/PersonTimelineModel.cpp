#include "ui/history/PersonTimelineModel.h"

#include "core/model/RunWords.h"

#include <QLocale>

namespace LeadBridge {

PersonTimelineModel::PersonTimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void PersonTimelineModel::setHistory(const PersonHistory &history)
{
    beginResetModel();
    m_changes = history.changes;
    endResetModel();
}

void PersonTimelineModel::clear()
{
    beginResetModel();
    m_changes.clear();
    endResetModel();
}

int PersonTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int PersonTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PersonChange &p = m_changes.at(index.row());
    const RecordChange &c = p.change;
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case WhenColumn:
            return tr("Run %1 of “%2”, %3").arg(c.runId).arg(p.flowName, RunWords::status(p.runStatus));
        case RecordColumn:
            return tr("%1 in %2, %3").arg(c.recordKey, RunWords::system(c.system), c.object);
        case OldValueColumn:
            return c.oldValue.isEmpty() ? QVariant() : QVariant(c.oldValue);
        case NewValueColumn:
            return c.newValue.isEmpty() ? QVariant() : QVariant(c.newValue);
        case ReasonColumn:
            return c.reason.isEmpty() ? QVariant() : QVariant(c.reason);
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case WhenColumn:
        return p.runStartedAt.isValid()
            ? QLocale().toString(p.runStartedAt.toLocalTime(), QLocale::ShortFormat)
            : QString();
    case RunColumn:
        return c.runId;
    case FlowColumn:
        return p.flowName;
    case SystemColumn:
        return RunWords::system(c.system);
    case RecordColumn:
        return c.recordKey;
    case OperationColumn:
        return RunWords::operation(c.operation);
    case FieldColumn:
        return c.field;
    case OldValueColumn:
        return c.oldValue;
    case NewValueColumn:
        return c.newValue;
    case ReasonColumn:
        return c.reason;
    }
    return {};
}

QVariant PersonTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("Run started");
    case RunColumn:
        return tr("Run");
    case FlowColumn:
        return tr("Flow");
    case SystemColumn:
        return tr("System");
    case RecordColumn:
        return tr("Record");
    case OperationColumn:
        return tr("Operation");
    case FieldColumn:
        return tr("Field");
    case OldValueColumn:
        return tr("Old value");
    case NewValueColumn:
        return tr("New value");
    case ReasonColumn:
        return tr("Reason or error");
    }
    return {};
}

} // namespace LeadBridge
