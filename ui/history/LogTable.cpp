#include "ui/history/LogTable.h"

#include "ui/history/ChangeListModel.h"
#include "ui/history/TableClipboard.h"

#include <QHeaderView>
#include <QTableView>

namespace LeadBridge {

QTableView *LogTable::create(const QString &name, QAbstractItemModel *model, QWidget *parent,
    int sortColumn, Qt::SortOrder order)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // -1: the model's natural order (record changes in the order they were recorded).
    table->horizontalHeader()->setSortIndicator(sortColumn, order);
    table->setSortingEnabled(true);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    // Compact rows: a history is read like a log.
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setSectionsMovable(true);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    TableClipboard::install(table);
    return table;
}

void LogTable::setChangeColumnWidths(QTableView *table)
{
    const QList<std::pair<int, int>> widths = { { ChangeListModel::SystemColumn, 90 },
        { ChangeListModel::ObjectColumn, 90 }, { ChangeListModel::RecordColumn, 200 },
        { ChangeListModel::OperationColumn, 80 }, { ChangeListModel::FieldColumn, 130 },
        { ChangeListModel::OldValueColumn, 150 }, { ChangeListModel::NewValueColumn, 150 } };
    for (const auto &[column, width] : widths)
        table->setColumnWidth(column, width);
}

} // namespace LeadBridge
