#include "ui/history/TableClipboard.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>

#include <algorithm>

namespace LeadBridge {

QString TableClipboard::selectedRowsText(const QAbstractItemView *view)
{
    if (!view->model() || !view->selectionModel())
        return QString();
    const auto *table = qobject_cast<const QTableView *>(view);
    const QHeaderView *header = table ? table->horizontalHeader() : nullptr;
    QList<int> columns;
    const int count = view->model()->columnCount();
    for (int visual = 0; visual < count; ++visual) {
        const int logical = header ? header->logicalIndex(visual) : visual;
        if (header && header->isSectionHidden(logical))
            continue;
        columns.append(logical);
    }
    QList<int> rows;
    for (const QModelIndex &index : view->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty()) {
        for (const QModelIndex &index : view->selectionModel()->selectedIndexes()) {
            if (!rows.contains(index.row()))
                rows.append(index.row());
        }
    }
    if (rows.isEmpty())
        return QString();
    std::sort(rows.begin(), rows.end());
    const auto clean = [](QString text) {
        text.replace(QLatin1Char('\t'), QLatin1Char(' '));
        text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        text.remove(QLatin1Char('\r'));
        return text;
    };
    QStringList lines;
    QStringList head;
    for (int c : columns)
        head << clean(view->model()->headerData(c, Qt::Horizontal).toString());
    lines << head.join(QLatin1Char('\t'));
    for (int r : rows) {
        QStringList cells;
        for (int c : columns)
            cells << clean(view->model()->index(r, c).data().toString());
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

int TableClipboard::copy(const QAbstractItemView *view)
{
    const QString text = selectedRowsText(view);
    if (text.isEmpty())
        return 0;
    QApplication::clipboard()->setText(text);
    return int(text.count(QLatin1Char('\n'))) - 1;
}

void TableClipboard::install(QAbstractItemView *view)
{
    auto *action = new QAction(tr("&Copy Selected Rows"), view);
    action->setObjectName(view->objectName() + QStringLiteral("CopyAction"));
    action->setShortcut(QKeySequence::Copy);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(action, &QAction::triggered, view, [view] { copy(view); });
    view->addAction(action);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

} // namespace LeadBridge
