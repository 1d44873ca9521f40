#include "ui/flows/FlowStateDelegate.h"

#include "ui/flows/FlowListModel.h"

#include <QApplication>
#include <QPainter>

namespace LeadBridge {

namespace {
constexpr int kMargin = 4;
constexpr int kGap = 8;
constexpr int kBarHeight = 8;
constexpr int kMinBar = 36;
constexpr int kMaxBar = 140;
constexpr int kMinText = 48;
} // namespace

FlowStateDelegate::FlowStateDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

FlowStateDelegate::Layout FlowStateDelegate::layoutFor(const QRect &rect, bool withBar)
{
    const QRect inner = rect.adjusted(kMargin, 0, -kMargin, 0);
    if (!withBar)
        return { inner, QRect() };
    const int barWidth = qBound(kMinBar, inner.width() / 3, kMaxBar);
    if (inner.width() - barWidth - kGap >= kMinText) {
        const QRect bar(inner.right() - barWidth + 1, inner.center().y() - kBarHeight / 2 + 1,
            barWidth, kBarHeight);
        QRect text = inner;
        text.setRight(bar.left() - kGap);
        return { text, bar };
    }
    // Too narrow for both side by side: text above, a 3-pixel bar along the bottom.
    const QRect bar(inner.left(), rect.bottom() - 3, inner.width(), 3);
    QRect text = inner;
    text.setBottom(bar.top() - 1);
    return { text, bar };
}

void FlowStateDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool active = index.data(FlowListModel::RunActiveRole).toBool();
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const Layout l = layoutFor(opt.rect, active);
    painter->save();
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled
        ? (opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive)
        : QPalette::Disabled;
    painter->setPen(opt.palette.color(
        group, opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(opt.font);
    const QString elided = opt.fontMetrics.elidedText(text, Qt::ElideRight, l.text.width());
    painter->drawText(l.text, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine, elided);

    if (active && l.bar.isValid()) {
        const qint64 done = index.data(FlowListModel::ProgressDoneRole).toLongLong();
        const qint64 total = index.data(FlowListModel::ProgressTotalRole).toLongLong();
        painter->setRenderHint(QPainter::Antialiasing, true);
        const QColor groove = opt.palette.color(group, QPalette::Mid);
        const QColor chunk = opt.state & QStyle::State_Selected
            ? opt.palette.color(group, QPalette::HighlightedText)
            : opt.palette.color(group, QPalette::Highlight);
        const qreal radius = qMin(l.bar.height(), 8) / 2.0;
        painter->setPen(Qt::NoPen);
        painter->setBrush(groove);
        painter->drawRoundedRect(QRectF(l.bar), radius, radius);
        if (total > 0) {
            const qreal part = qBound(0.0, qreal(done) / qreal(total), 1.0);
            QRectF filled(l.bar);
            filled.setWidth(qMax(filled.height(), filled.width() * part));
            painter->setBrush(chunk);
            painter->drawRoundedRect(filled, radius, radius);
        } else {
            // Unknown total (queued, or still counting): a striped bar.
            painter->setBrush(QBrush(chunk, Qt::BDiagPattern));
            painter->drawRoundedRect(QRectF(l.bar), radius, radius);
        }
    }
    painter->restore();
}

QSize FlowStateDelegate::sizeHint(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(FlowListModel::RunActiveRole).toBool())
        size.setWidth(size.width() + kMaxBar + kGap);
    return size;
}

} // namespace LeadBridge
