#pragma once

#include "core/store/HistoryQuery.h"

#include <QAbstractTableModel>

namespace LeadBridge {

class Journal;

/// The runs of the history, newest first, read page by page from the journal
/// (canFetchMore/fetchMore) through the GUI thread's read connection. Filtering,
/// search and sorting run in SQL, so only the rows on show are ever loaded.
class RunListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        RunColumn,
        FlowColumn,
        TriggerColumn,
        ModeColumn,
        StartedColumn,
        DurationColumn,
        StatusColumn,
        CreatedColumn,
        UpdatedColumn,
        DeletedColumn,
        SkippedColumn,
        ConflictsColumn,
        ErrorsColumn,
        CallsColumn,
        ErrorColumn,
        ColumnCount
    };
    enum Role { RunIdRole = Qt::UserRole + 1, StatusRole };

    explicit RunListModel(QObject *parent = nullptr);

    /// Reads from @p journal (opened on this thread; not owned) and loads the first page.
    void setJournal(Journal *journal);
    /// Rows fetched per page.
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    int pageSize() const { return m_pageSize; }

    /// Shows only runs matching @p filter (reloads).
    void setFilter(const RunFilter &filter);
    RunFilter filter() const { return m_filter; }

    /// Reloads, keeping at least as many rows as are loaded now (after a run finished).
    void refresh();
    /// The run on @p row.
    HistoryRun runAt(int row) const { return m_rows.value(row); }
    /// The row of run @p runId among the loaded rows, or -1.
    int rowOfRun(qint64 runId) const;
    /// The sentence of the last failed read (empty when reads work).
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
    /// A read failed; @p sentence says so.
    void readFailed(const QString &sentence);

private:
    void load(int rows);
    static HistoryQuery::RunSort sortKey(int column);

    Journal *m_journal = nullptr;
    RunFilter m_filter;
    QList<HistoryRun> m_rows;
    int m_pageSize = 200;
    bool m_more = false;
    bool m_fetching = false; ///< guards against fetchMore() from slots of our own signals
    int m_sortColumn = StartedColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QString m_error;
};

} // namespace LeadBridge
