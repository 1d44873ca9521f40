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

std::optional<ChangeColumns::Part> PersonTimelineModel::partOf(int column)
{
    switch (column) {
    case SystemColumn:
        return ChangeColumns::System;
    case RecordColumn:
        return ChangeColumns::Record;
    case OperationColumn:
        return ChangeColumns::Operation;
    case FieldColumn:
        return ChangeColumns::Field;
    case OldValueColumn:
        return ChangeColumns::OldValue;
    case NewValueColumn:
        return ChangeColumns::NewValue;
    case ReasonColumn:
        return ChangeColumns::Reason;
    }
    return std::nullopt;
}

QVariant PersonTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PersonChange &p = m_changes.at(index.row());
    const RecordChange &c = p.change;
    const std::optional<ChangeColumns::Part> part = partOf(index.column());
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case WhenColumn:
            return tr("Run %1 of “%2”, %3").arg(c.runId).arg(p.flowName, RunWords::status(p.runStatus));
        case RecordColumn:
            return tr("%1 in %2, %3").arg(c.recordKey, RunWords::system(c.system), c.object);
        default:
            return part ? ChangeColumns::toolTip(c, *part) : QVariant();
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
    default:
        return part ? ChangeColumns::display(c, *part) : QVariant();
    }
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
    default:
        if (const std::optional<ChangeColumns::Part> part = partOf(section))
            return ChangeColumns::heading(*part);
        return {};
    }
}

} // namespace LeadBridge
