#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <deque>
#include <functional>
#include <optional>
#include <utility>

class QTimer;

namespace LeadBridge {

/// Keeps the calls made for one account inside an API's limits.
///
/// Several sliding windows apply at once (Act-On: 5 calls per second AND 30,000 per
/// 24 hours); a call may go out only when every window has room. On top of the local
/// count the limiter knows what the server reported (Salesforce "Sforce-Limit-Info:
/// api-usage=N/M") and a cool-down after a rate-limit answer (429 + Retry-After).
///
/// Never sleeps: acquire() queues a callback and fires it from a single-shot QTimer when
/// a slot is free, in FIFO order. Lives in the thread that uses it (the engine thread).
/// The clock is replaceable so the window arithmetic can be tested without waiting.
class RateLimiter : public QObject
{
    Q_OBJECT
public:
    /// Monotonic milliseconds. The default is a QElapsedTimer started at construction.
    using Clock = std::function<qint64()>;
    /// Called when the slot is granted, with the milliseconds spent waiting for it.
    using Ready = std::function<void(qint64 waitedMs)>;

    /// One limit: at most @c limit calls in any @c periodMs long stretch of time.
    struct Window
    {
        int limit = 0;
        qint64 periodMs = 0;
        QString label; ///< for display and logs, e.g. "per second", "per day"
    };

    /// Figures for display ("calls used, rate-limit waits").
    struct Usage
    {
        struct WindowUsage
        {
            QString label;
            int limit = 0;
            qint64 periodMs = 0;
            int used = 0; ///< calls inside the window right now
        };
        QList<WindowUsage> windows;
        qint64 serverUsed = -1; ///< last server-reported usage (-1 = none reported)
        qint64 serverLimit = -1;
        qint64 coolDownRemainingMs = 0;
        qint64 callsGranted = 0; ///< slots handed out since construction
        qint64 waits = 0; ///< grants that had to wait
        qint64 totalWaitMs = 0; ///< time spent waiting for slots
        int queued = 0; ///< callers waiting right now
    };

    explicit RateLimiter(QList<Window> windows, QObject *parent = nullptr);
    ~RateLimiter() override;

    /// Act-On: 5 calls per second and 30,000 per day.
    static QList<Window> actOnWindows();
    /// ON24 publishes no figure; a conservative 10 calls per second keeps batch reads polite.
    static QList<Window> on24Windows();
    /// Salesforce: no local per-second limit; the daily limit comes from Sforce-Limit-Info.
    static QList<Window> salesforceWindows();
    /// Pipeliner: undocumented; 10 calls per second, 429 answers are honoured on top.
    static QList<Window> pipelinerWindows();

    /// Replaces the clock (tests). Recorded calls keep their time stamps.
    void setClock(Clock clock);
    qint64 now() const;

    QList<Window> windows() const { return m_windows; }

    /// Milliseconds until one more call may go out (0 = now). Ignores queued callers.
    qint64 nextSlotIn() const;
    /// The window or reason that decides nextSlotIn(), for messages: a window label,
    /// "server" or "cool-down"; empty when a slot is free.
    QString blockingReason() const;
    /// True when the wait is caused by a window of an hour or more, or by server-reported
    /// usage at its limit: the account's quota is used up, not just busy.
    bool quotaExhausted() const;

    /// Records a call now if a slot is free; returns false (recording nothing) otherwise.
    bool tryAcquire();
    /// Records a call now regardless of the limits (calls made outside the limiter).
    void recordCall();
    /// The time stamp of the most recent grant (now() at that moment), for callSent() and
    /// callAnswered().
    qint64 lastGrantAt() const { return m_lastGrantAt; }
    /// The request of the call stamped at @p stampedAt has now been sent completely (its
    /// last byte handed to the connection): that is when the server can count it, so its
    /// stamp moves to now. Returns the new stamp, or -1 (nothing changed) for an unknown or
    /// future stamp. A slow upload thus holds its slot from its end, not from its grant,
    /// and a call holds it for the window alone, not for the window plus its answer time.
    qint64 callSent(qint64 stampedAt);
    /// The call stamped at @p stampedAt has been answered and was never reported sent: the
    /// server counted it somewhere between the stamp and now, so its stamp moves to now.
    /// Without this a slow upload followed by quick calls would exceed a per-second limit
    /// as the server counts it.
    void callAnswered(qint64 stampedAt);

    /// Queues @p ready to run (from the event loop, never inside this call) once a slot is
    /// free. Returns a ticket for cancel(). If @p context is destroyed first the callback
    /// is dropped.
    quint64 acquire(QObject *context, Ready ready);
    /// Drops a queued callback; returns false if it already ran or is unknown.
    bool cancel(quint64 ticket);

    /// Applies usage reported by the server (e.g. Salesforce api-usage=N/M): calls made
    /// after this moment are added locally until the next report.
    void applyServerUsage(qint64 used, qint64 limit);
    /// Parses "api-usage=18/5000" (also inside "api-usage=10018/100000; api-bursts=1/750").
    static std::optional<std::pair<qint64, qint64>> parseApiUsage(const QByteArray &headerValue);

    /// Longest single cool-down (24 hours); coolDown() clamps longer requests to it.
    static constexpr qint64 kMaxCoolDownMs = 24LL * 3600 * 1000;

    /// Blocks every slot for @p ms from now (after a 429 / Retry-After), at most
    /// kMaxCoolDownMs. Extends, never shortens, an existing cool-down.
    void coolDown(qint64 ms);

    Usage usage() const;

Q_SIGNALS:
    /// Emitted when counts change (grants, server reports, cool-downs).
    void usageChanged();

private:
    struct Waiter
    {
        quint64 ticket = 0;
        QPointer<QObject> context;
        Ready ready;
        qint64 queuedAt = 0;
    };

    void prune(qint64 now) const;
    qint64 waitFor(qint64 now, QString *reason) const;
    void record(qint64 now);
    /// Moves the stamp @p from of every window to now (re-adding it where a window has
    /// already dropped it); returns now, or -1 when @p from is unknown or in the future.
    qint64 restamp(qint64 from);
    void schedule();
    void drain();

    QList<Window> m_windows;
    Clock m_clock;
    // One time-stamp log per window (mutable: pruning old entries does not change state).
    mutable QList<std::deque<qint64>> m_logs;
    qint64 m_serverUsed = -1;
    qint64 m_serverLimit = -1;
    qint64 m_sinceServerReport = 0;
    qint64 m_coolUntil = 0;
    std::deque<Waiter> m_queue;
    quint64 m_nextTicket = 1;
    QTimer *m_timer = nullptr;
    qint64 m_granted = 0;
    qint64 m_waits = 0;
    qint64 m_totalWaitMs = 0;
    qint64 m_lastGrantAt = -1;
};

} // namespace LeadBridge
