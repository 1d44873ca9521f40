#pragma once

#include <QString>
#include <Qt>

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace LeadBridge {

/// The tables of runs and record changes (History, the plan view): read like a log —
/// compact rows, whole-row selection, sortable and movable columns, copy to the clipboard.
class LogTable
{
public:
    /// A table named @p name over @p model, sorted by @p sortColumn (-1: the model's own
    /// order) in @p order.
    static QTableView *create(const QString &name, QAbstractItemModel *model, QWidget *parent,
        int sortColumn, Qt::SortOrder order);
    /// First widths of a ChangeListModel's columns (a person's own widths may replace them).
    static void setChangeColumnWidths(QTableView *table);
};

} // namespace LeadBridge
