#pragma once

#include "core/store/HistoryQuery.h"
#include "ui/history/ChangeColumns.h"

#include <QAbstractTableModel>

namespace LeadBridge {

class Journal;

/// The record changes of one run (system, object, record, operation, field,
/// old → new, reason or error). The model has one row per matching change from the start
/// (a COUNT), but holds only the few pages the view shows: data() reads a missing page of
/// pageSize() rows from the journal when a row of it is asked for, and drops the least
/// recently used page beyond maxCachedPages(). A page in the second half is read from the
/// end (the order reversed), so scrolling to the end of a million changes reads one page.
/// Filtering by operation, search and sorting run in SQL.
class ChangeListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    /// The columns are the parts of ChangeColumns, in their order.
    enum Column {
        SystemColumn = ChangeColumns::System,
        ObjectColumn = ChangeColumns::Object,
        RecordColumn = ChangeColumns::Record,
        OperationColumn = ChangeColumns::Operation,
        FieldColumn = ChangeColumns::Field,
        OldValueColumn = ChangeColumns::OldValue,
        NewValueColumn = ChangeColumns::NewValue,
        ReasonColumn = ChangeColumns::Reason,
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
    /// Recounts and rereads (the pages on show are read again when the view asks).
    void refresh();
    /// How many changes match the filter in the journal.
    qint64 totalCount() const { return m_total; }
    /// The change on @p row (read from the journal when its page is not held).
    RecordChange changeAt(int row) const;
    /// Rows held in memory now (the cached pages).
    int cachedRows() const;
    /// How many pages are kept at most.
    static constexpr int maxCachedPages() { return 8; }
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void readFailed(const QString &sentence);

private:
    void load();
    /// The change on @p row, reading its page if needed; nullptr when it cannot be read.
    const RecordChange *row(int row) const;
    void reportReadFailure(const QString &sentence) const;
    static HistoryQuery::ChangeSort sortKey(int column);

    Journal *m_journal = nullptr;
    ChangeFilter m_filter;
    qint64 m_total = 0;
    int m_rowCount = 0;
    int m_pageSize = 500;
    // Read on demand from const data(): a cache, not the model's state.
    mutable QHash<int, QList<RecordChange>> m_pages; ///< page number → its rows
    mutable QList<int> m_recentPages; ///< most recently used last
    mutable bool m_failureReported = false;
    int m_sortColumn = -1; ///< -1: in the order recorded
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_error;
};

} // namespace LeadBridge
