#include "ui/history/ChangeListModel.h"

#include "core/model/RunWords.h"
#include "core/store/Journal.h"

#include <QScopedValueRollback>

namespace LeadBridge {

ChangeListModel::ChangeListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ChangeListModel::setJournal(Journal *journal)
{
    m_journal = journal;
    load(m_pageSize);
}

void ChangeListModel::setFilter(const ChangeFilter &filter)
{
    m_filter = filter;
    load(m_pageSize);
}

void ChangeListModel::refresh()
{
    load(qMax(m_pageSize, int(m_rows.size())));
}

HistoryQuery::ChangeSort ChangeListModel::sortKey(int column)
{
    using S = HistoryQuery::ChangeSort;
    switch (column) {
    case SystemColumn:
        return S::System;
    case ObjectColumn:
        return S::Object;
    case RecordColumn:
        return S::RecordKey;
    case OperationColumn:
        return S::Operation;
    case FieldColumn:
        return S::Field;
    case OldValueColumn:
        return S::OldValue;
    case NewValueColumn:
        return S::NewValue;
    case ReasonColumn:
        return S::Reason;
    }
    return S::Recorded;
}

void ChangeListModel::load(int rows)
{
    // Views and testers may ask for more rows from their modelReset slots; the first
    // page is in place only once every slot ran.
    m_fetching = true;
    beginResetModel();
    m_rows.clear();
    m_more = false;
    m_total = 0;
    if (m_journal && m_journal->isOpen() && m_filter.runId > 0) {
        HistoryQuery query(*m_journal);
        const auto page = query.changes(m_filter, sortKey(m_sortColumn), m_sortOrder, 0, rows);
        const auto total = query.countChanges(m_filter);
        if (page && total) {
            m_rows = page.value();
            m_total = total.value();
            m_more = m_rows.size() < m_total;
            m_error.clear();
        } else {
            m_error = page ? total.errorString() : page.errorString();
        }
    }
    endResetModel();
    m_fetching = false;
    if (!m_error.isEmpty())
        Q_EMIT readFailed(m_error);
}

int ChangeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChangeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ChangeListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more && m_journal && !m_fetching;
}

void ChangeListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QScopedValueRollback<bool> guard(m_fetching, true);
    HistoryQuery query(*m_journal);
    const auto page = query.changes(
        m_filter, sortKey(m_sortColumn), m_sortOrder, int(m_rows.size()), m_pageSize);
    if (!page || page->isEmpty()) {
        m_more = false;
        if (!page) {
            m_error = page.errorString();
            Q_EMIT readFailed(m_error);
        }
        return;
    }
    m_more = m_rows.size() + page->size() < m_total;
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows.append(page.value());
    endInsertRows();
}

void ChangeListModel::sort(int column, Qt::SortOrder order)
{
    if (column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    load(qMax(m_pageSize, int(m_rows.size())));
}

QVariant ChangeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RecordChange &c = m_rows.at(index.row());
    if (role == OperationRole)
        return int(c.operation);
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
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
    case SystemColumn:
        return RunWords::system(c.system);
    case ObjectColumn:
        return c.object;
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

QVariant ChangeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SystemColumn:
        return tr("System");
    case ObjectColumn:
        return tr("Object");
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
