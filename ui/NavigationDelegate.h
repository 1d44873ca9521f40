#pragma once

#include <QStyledItemDelegate>

namespace LeadBridge {

/// Paints the navigation rows: the highlight covers the whole row (icon
/// included) and the selected row shows its icon in the highlighted-text colour.
class NavigationDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    /// Item data role holding the icon variant for the selected row.
    static constexpr int SelectedIconRole = Qt::UserRole + 1;

    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace LeadBridge
