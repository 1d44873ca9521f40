#pragma once

#include <QStyledItemDelegate>

namespace LeadBridge {

/// Draws the Flows page's State cell: the state word (elided to fit) and, while the flow
/// is queued or running, a slim progress bar beside it — never on top of the text. The
/// bar takes a third of the cell (between 36 and 140 pixels); a cell too narrow for both
/// keeps the text and draws the bar as a thin line along its bottom edge.
class FlowStateDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit FlowStateDelegate(QObject *parent = nullptr);

    /// Where the text and the bar go in a cell of @p rect (tests check they never overlap).
    struct Layout
    {
        QRect text;
        QRect bar;
    };
    static Layout layoutFor(const QRect &rect, bool withBar);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace LeadBridge
