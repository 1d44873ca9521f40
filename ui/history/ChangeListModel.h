#pragma once

#include "core/store/HistoryQuery.h"

#include <QAbstractTableModel>

namespace LeadBridge {

class Journal;

/// The record changes of one run (system, object, record, operation, field,
/// old → new, reason or error), read page by page from the journal. Filtering
/// by operation, search and sorting run in SQL.
class ChangeListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SystemColumn,
        ObjectColumn,
        RecordColumn,
        OperationColumn,
        FieldColumn,
        OldValueColumn,
        NewValueColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Role { OperationRole = Qt::UserRole + 1 };

    explicit ChangeListModel(QObject *parent = nullptr);

    /// Reads from @p journal (opened on this thread; not owned).
    void setJournal(Journal *journal);
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    int pageSize() const { return m_pageSize; }

    /// Shows the changes matching @p filter (its runId selects the run; 0 = none).
    void setFilter(const ChangeFilter &filter);
    ChangeFilter filter() const { return m_filter; }
    /// Reloads, keeping at least as many rows as are loaded now.
    void refresh();
    /// How many changes match the filter in the journal (not only the loaded ones).
    qint64 totalCount() const { return m_total; }
    /// The change on @p row.
    RecordChange changeAt(int row) const { return m_rows.value(row); }
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void readFailed(const QString &sentence);

private:
    void load(int rows);
    static HistoryQuery::ChangeSort sortKey(int column);

    Journal *m_journal = nullptr;
    ChangeFilter m_filter;
    QList<RecordChange> m_rows;
    qint64 m_total = 0;
    int m_pageSize = 500;
    bool m_more = false;
    bool m_fetching = false; ///< guards against fetchMore() from slots of our own signals
    int m_sortColumn = -1; ///< -1: in the order recorded
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_error;
};

} // namespace LeadBridge
