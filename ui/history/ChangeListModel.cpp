#include "ui/history/ChangeListModel.h"

#include "core/store/Journal.h"

#include <limits>

namespace LeadBridge {

ChangeListModel::ChangeListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ChangeListModel::setJournal(Journal *journal)
{
    m_journal = journal;
    load();
}

void ChangeListModel::setFilter(const ChangeFilter &filter)
{
    m_filter = filter;
    load();
}

void ChangeListModel::refresh()
{
    load();
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

void ChangeListModel::load()
{
    beginResetModel();
    m_pages.clear();
    m_recentPages.clear();
    m_failureReported = false;
    m_total = 0;
    m_rowCount = 0;
    if (m_journal && m_journal->isOpen() && m_filter.runId > 0) {
        const auto total = HistoryQuery(*m_journal).countChanges(m_filter);
        if (total) {
            m_total = total.value();
            m_rowCount = int(qMin<qint64>(m_total, std::numeric_limits<int>::max()));
            m_error.clear();
        } else {
            m_error = total.errorString();
        }
    }
    endResetModel();
    if (!m_error.isEmpty())
        Q_EMIT readFailed(m_error);
}

const RecordChange *ChangeListModel::row(int row) const
{
    if (row < 0 || row >= m_rowCount || !m_journal || !m_journal->isOpen())
        return nullptr;
    const int page = row / m_pageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        const qint64 first = qint64(page) * m_pageSize;
        const int rows = int(qMin<qint64>(m_pageSize, m_total - first));
        HistoryQuery query(*m_journal);
        const HistoryQuery::ChangeSort key = sortKey(m_sortColumn);
        // The second half is read from the end: OFFSET then skips less.
        const bool fromEnd = first > m_total / 2;
        const auto read = fromEnd
            ? query.changesFromEnd(m_filter, key, m_sortOrder, m_total - first - rows, rows)
            : query.changes(m_filter, key, m_sortOrder, int(first), rows);
        if (!read || read->isEmpty()) {
            reportReadFailure(read ? tr("The record changes of this run changed while they were "
                                        "shown. Click Refresh.")
                                   : read.errorString());
            return nullptr;
        }
        if (m_pages.size() >= maxCachedPages())
            m_pages.remove(m_recentPages.takeFirst());
        it = m_pages.insert(page, read.value());
    } else {
        m_recentPages.removeOne(page);
    }
    m_recentPages.append(page);
    const int inPage = row - page * m_pageSize;
    return inPage < it->size() ? &it->at(inPage) : nullptr;
}

void ChangeListModel::reportReadFailure(const QString &sentence) const
{
    // Once per load: a view asks for many rows of a page that cannot be read.
    if (m_failureReported)
        return;
    m_failureReported = true;
    auto *self = const_cast<ChangeListModel *>(this);
    self->m_error = sentence;
    QMetaObject::invokeMethod(
        self, [self, sentence] { Q_EMIT self->readFailed(sentence); }, Qt::QueuedConnection);
}

RecordChange ChangeListModel::changeAt(int row) const
{
    const RecordChange *c = this->row(row);
    return c ? *c : RecordChange();
}

int ChangeListModel::cachedRows() const
{
    int rows = 0;
    for (const QList<RecordChange> &page : std::as_const(m_pages))
        rows += int(page.size());
    return rows;
}

int ChangeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int ChangeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void ChangeListModel::sort(int column, Qt::SortOrder order)
{
    if (column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    load();
}

QVariant ChangeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != OperationRole && role != Qt::ToolTipRole && role != Qt::DisplayRole)
        return {};
    const RecordChange *row = this->row(index.row());
    if (!row)
        return {};
    const RecordChange &c = *row;
    if (role == OperationRole)
        return int(c.operation);
    const auto part = ChangeColumns::Part(index.column());
    if (role == Qt::ToolTipRole)
        return ChangeColumns::toolTip(c, part);
    return ChangeColumns::display(c, part);
}

QVariant ChangeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section < 0 || section >= ColumnCount)
        return {};
    return ChangeColumns::heading(ChangeColumns::Part(section));
}

} // namespace LeadBridge
