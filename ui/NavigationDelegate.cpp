#include "ui/NavigationDelegate.h"

#include <QIcon>

namespace LeadBridge {

void NavigationDelegate::initStyleOption(
    QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    // Without this, Fusion highlights the text and the icon cells in slightly
    // different shades, which reads as a box around the icon.
    option->showDecorationSelected = true;
    if (option->state & QStyle::State_Selected) {
        const QIcon selected = index.data(SelectedIconRole).value<QIcon>();
        if (!selected.isNull())
            option->icon = selected;
    }
}

} // namespace LeadBridge
