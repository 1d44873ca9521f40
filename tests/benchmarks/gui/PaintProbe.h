#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QWidget;

namespace LeadBridge::Bench {

/// Measures the time from arm() to the first completed paint of a widget: the repaint pass
/// of its window (QEvent::UpdateRequest, painted and flushed) that painted it. Installed
/// as an application-wide event filter while armed.
class PaintProbe : public QObject
{
    Q_OBJECT
public:
    explicit PaintProbe(QObject *parent = nullptr);
    ~PaintProbe() override;

    /// Starts the clock (or keeps @p clock's start) and waits for @p target to be painted.
    void arm(QWidget *target, const QElapsedTimer &clock);
    /// True once the target was painted after arm().
    bool painted() const { return m_doneMs >= 0; }
    /// Milliseconds from the clock's start to the end of that paint (-1: not yet).
    double paintedMs() const { return m_doneMs; }
    /// Runs the event loop until the target was painted or @p timeoutMs passed.
    bool wait(int timeoutMs);

Q_SIGNALS:
    void paintDone(double ms);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_target;
    QElapsedTimer m_clock;
    bool m_sawTargetPaint = false;
    bool m_inUpdate = false;
    double m_doneMs = -1;
};

} // namespace LeadBridge::Bench
