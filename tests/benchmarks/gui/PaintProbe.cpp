#include "tests/benchmarks/gui/PaintProbe.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QEvent>
#include <QWidget>
#include <QWindow>

namespace LeadBridge::Bench {

PaintProbe::PaintProbe(QObject *parent)
    : QObject(parent)
{ }

PaintProbe::~PaintProbe()
{
    qApp->removeEventFilter(this);
}

void PaintProbe::arm(QWidget *target, const QElapsedTimer &clock)
{
    m_target = target;
    m_clock = clock;
    m_sawTargetPaint = false;
    m_doneMs = -1;
    qApp->removeEventFilter(this);
    qApp->installEventFilter(this);
}

bool PaintProbe::wait(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!painted() && !deadline.hasExpired())
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    return painted();
}

bool PaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_target || painted())
        return false;
    if (event->type() == QEvent::Paint && watched->isWidgetType()) {
        auto *widget = static_cast<QWidget *>(watched);
        if (widget == m_target || m_target->isAncestorOf(widget))
            m_sawTargetPaint = true;
        return false;
    }
    const bool repaintPass
        = event->type() == QEvent::UpdateRequest || event->type() == QEvent::Expose;
    QWidget *window = m_target->window();
    if (repaintPass && !m_inUpdate
        && (watched == window || watched == window->windowHandle())) {
        // Let the window paint and flush (an update request, or the first expose of a
        // window just shown), then see whether our widget was painted in that pass.
        m_inUpdate = true;
        const bool handled = watched->event(event);
        m_inUpdate = false;
        if (m_sawTargetPaint && !painted()) {
            m_doneMs = double(m_clock.nsecsElapsed()) / 1e6;
            qApp->removeEventFilter(this);
            Q_EMIT paintDone(m_doneMs);
        }
        return handled || true;
    }
    return false;
}

} // namespace LeadBridge::Bench
