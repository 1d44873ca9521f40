#pragma once

#include <QCoreApplication>
#include <QString>

class QAbstractItemView;

namespace LeadBridge {

/// Copies the selected rows of a table view as tab-separated text (with the
/// visible column headers as the first line) to the clipboard.
class TableClipboard
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::TableClipboard)
public:
    /// The text that copy() puts on the clipboard (visible columns, in view order).
    static QString selectedRowsText(const QAbstractItemView *view);
    /// Copies the selected rows; returns how many rows were copied.
    static int copy(const QAbstractItemView *view);
    /// Adds a Copy action (Ctrl+C, also in the context menu) to @p view.
    static void install(QAbstractItemView *view);
};

} // namespace LeadBridge
