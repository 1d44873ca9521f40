#include "ui/flows/FlowRunChart.h"

#include "core/model/RunWords.h"
#include "core/store/FlowRepository.h"
#include "core/store/RunRepository.h"

#include <QHelpEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

namespace LeadBridge {

/// The painted part of FlowRunChart: per run two bars (records moved, errors) on the left
/// axis and a duration line on the right axis, with a legend; a tooltip per run.
class FlowRunPlot : public QWidget
{
public:
    explicit FlowRunPlot(FlowRunChart *chart)
        : QWidget(chart)
        , m_chart(chart)
    {
        setMinimumHeight(150);
        setAttribute(Qt::WA_OpaquePaintEvent, false);
        setFocusPolicy(Qt::NoFocus);
    }

    static QColor recordsColor(const QPalette &p) { return p.color(QPalette::Highlight); }
    static QColor errorsColor() { return QColor(0xc6, 0x28, 0x28); }
    static QColor durationColor() { return QColor(0xe0, 0x8a, 0x00); }

protected:
    QRect plotRect() const
    {
        const QFontMetrics fm(font());
        const int left = fm.horizontalAdvance(QStringLiteral("000000")) + 10;
        const int right = fm.horizontalAdvance(QStringLiteral("0000 s")) + 10;
        return rect().adjusted(left, fm.height() + 10, -right, -(fm.height() + 8));
    }

    int runAt(const QPoint &pos) const
    {
        const QRect area = plotRect();
        const int n = int(m_chart->m_runs.size());
        if (n == 0 || !area.contains(pos.x(), area.center().y()))
            return -1;
        return qBound(0, (pos.x() - area.left()) * n / qMax(1, area.width()), n - 1);
    }

    bool event(QEvent *e) override
    {
        if (e->type() == QEvent::ToolTip) {
            auto *help = static_cast<QHelpEvent *>(e);
            const int i = runAt(help->pos());
            if (i < 0) {
                QToolTip::hideText();
                return true;
            }
            const RunSummary &r = m_chart->m_runs.at(i);
            const QLocale locale;
            QToolTip::showText(help->globalPos(),
                FlowRunChart::tr("%1, %2 (%3): %4 created, %5 updated, %6 deleted, %7 errors; "
                                 "took %8.")
                    .arg(locale.toString(r.startedAt.toLocalTime(), QLocale::ShortFormat),
                        RunWords::status(r.status), RunWords::mode(r.mode),
                        locale.toString(r.counts.created), locale.toString(r.counts.updated),
                        locale.toString(r.counts.deleted), locale.toString(r.counts.errors),
                        RunWords::duration(r.startedAt, r.finishedAt)),
                this);
            return true;
        }
        return QWidget::event(e);
    }

    void paintEvent(QPaintEvent *) override
    {
        const QList<RunSummary> &runs = m_chart->m_runs;
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QPalette pal = palette();
        p.fillRect(rect(), pal.color(QPalette::Base));
        if (runs.isEmpty())
            return;
        const QFontMetrics fm(font());
        const QRect area = plotRect();
        const QLocale locale;

        double maxCount = 1;
        double maxSecs = 1;
        QList<double> secs;
        for (const RunSummary &r : runs) {
            maxCount = qMax(maxCount,
                double(
                    qMax(r.counts.created + r.counts.updated + r.counts.deleted, r.counts.errors)));
            const double s = r.startedAt.isValid() && r.finishedAt.isValid()
                ? r.startedAt.msecsTo(r.finishedAt) / 1000.0
                : 0.0;
            secs.append(s);
            maxSecs = qMax(maxSecs, s);
        }
        maxCount *= 1.1;
        maxSecs *= 1.1;

        // Grid and axis labels.
        p.setPen(pal.color(QPalette::Mid));
        for (int i = 0; i <= 4; ++i) {
            const int y = area.bottom() - area.height() * i / 4;
            p.setPen(QPen(pal.color(QPalette::Midlight), 1));
            p.drawLine(area.left(), y, area.right(), y);
            p.setPen(pal.color(QPalette::Text));
            p.drawText(QRect(0, y - fm.height() / 2, area.left() - 6, fm.height()),
                Qt::AlignRight | Qt::AlignVCenter, locale.toString(qRound(maxCount * i / 4)));
            p.drawText(QRect(area.right() + 6, y - fm.height() / 2, width(), fm.height()),
                Qt::AlignLeft | Qt::AlignVCenter,
                FlowRunChart::tr("%1 s").arg(locale.toString(qRound(maxSecs * i / 4))));
        }

        const int n = int(runs.size());
        const double slot = double(area.width()) / n;
        const double barWidth = qMax(2.0, qMin(24.0, slot * 0.32));
        QPainterPath line;
        int lastLabelRight = -1000;
        for (int i = 0; i < n; ++i) {
            const RunSummary &r = runs.at(i);
            const double cx = area.left() + slot * (i + 0.5);
            const double moved = r.counts.created + r.counts.updated + r.counts.deleted;
            const double hMoved = area.height() * moved / maxCount;
            const double hErr = area.height() * r.counts.errors / maxCount;
            p.setPen(Qt::NoPen);
            p.setBrush(recordsColor(pal));
            p.drawRect(QRectF(cx - barWidth, area.bottom() - hMoved, barWidth, hMoved));
            p.setBrush(errorsColor());
            p.drawRect(QRectF(cx, area.bottom() - hErr, barWidth, hErr));
            const QPointF point(cx, area.bottom() - area.height() * secs.at(i) / maxSecs);
            if (i == 0)
                line.moveTo(point);
            else
                line.lineTo(point);
            // Run labels where they fit.
            const QString label
                = locale.toString(r.startedAt.toLocalTime(), QStringLiteral("d MMM HH:mm"));
            const int w = fm.horizontalAdvance(label);
            if (cx - w / 2 > lastLabelRight + 8) {
                p.setPen(pal.color(QPalette::Text));
                p.drawText(QRectF(cx - w / 2.0, area.bottom() + 4, w, fm.height()), Qt::AlignCenter,
                    label);
                lastLabelRight = int(cx + w / 2.0);
            }
        }
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(durationColor(), 2));
        p.drawPath(line);
        for (int i = 0; i < n; ++i)
            p.drawEllipse(line.elementAt(i), 2.5, 2.5);

        // Legend, top left.
        int x = area.left();
        const int y = 4;
        const auto legend = [&](const QColor &color, const QString &text, bool isLine) {
            if (isLine) {
                p.setPen(QPen(color, 2));
                p.drawLine(x, y + fm.height() / 2, x + 14, y + fm.height() / 2);
            } else {
                p.setPen(Qt::NoPen);
                p.setBrush(color);
                p.drawRect(x, y + 2, 12, fm.height() - 4);
            }
            p.setPen(pal.color(QPalette::Text));
            p.drawText(x + 18, y + fm.ascent(), text);
            x += 18 + fm.horizontalAdvance(text) + 16;
        };
        legend(recordsColor(pal), FlowRunChart::tr("Records moved"), false);
        legend(errorsColor(), FlowRunChart::tr("Errors"), false);
        legend(durationColor(), FlowRunChart::tr("Duration (right axis)"), true);
    }

private:
    FlowRunChart *m_chart;
};

FlowRunChart::FlowRunChart(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("runChartCaption"));
    m_caption->setWordWrap(true);
    layout->addWidget(m_caption);
    m_plot = new FlowRunPlot(this);
    m_plot->setObjectName(QStringLiteral("runChartPlot"));
    m_plot->setAccessibleName(tr("Recent runs of the selected flow"));
    layout->addWidget(m_plot, 1);
    rebuild();
}

void FlowRunChart::setJournal(Journal *journal)
{
    m_journal = journal;
    refresh();
}

void FlowRunChart::showFlow(qint64 flowId)
{
    m_flowId = flowId;
    refresh();
}

QString FlowRunChart::captionText() const
{
    return m_caption->text();
}

void FlowRunChart::refresh()
{
    m_runs.clear();
    if (m_journal && m_flowId > 0) {
        const auto listed = RunRepository(*m_journal).list(m_flowId, kRuns * 2);
        if (listed) {
            for (const RunSummary &r : listed.value()) {
                if (r.mode != RunMode::Preview && RunSummary::isFinal(r.status))
                    m_runs.append(r);
                if (m_runs.size() == kRuns)
                    break;
            }
        }
        std::reverse(m_runs.begin(), m_runs.end());
    }
    rebuild();
}

void FlowRunChart::rebuild()
{
    QString name;
    if (m_journal && m_flowId > 0) {
        if (const auto flow = FlowRepository(*m_journal).get(m_flowId))
            name = flow->name;
    }
    if (m_flowId <= 0 || name.isEmpty())
        m_caption->setText(tr("Select a flow to see its recent runs."));
    else if (m_runs.isEmpty())
        m_caption->setText(tr("“%1” has not finished a run yet. Its runs appear here: records "
                              "moved, errors and how long each took.")
                               .arg(name));
    else
        m_caption->setText(tr("Last %n run(s) of “%1”", nullptr, int(m_runs.size())).arg(name));
    m_plot->setVisible(!m_runs.isEmpty());
    // Without runs only the caption shows: the table keeps the room.
    setMaximumHeight(m_runs.isEmpty() ? m_caption->sizeHint().height() + 12 : QWIDGETSIZE_MAX);
    m_plot->update();
}

} // namespace LeadBridge
