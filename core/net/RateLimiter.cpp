#include "core/net/RateLimiter.h"

#include "core/util/LogCategories.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>
#include <iterator>
#include <memory>

namespace LeadBridge {

namespace {
constexpr qint64 kSecond = 1000;
constexpr qint64 kHour = 60 * 60 * kSecond;
constexpr qint64 kDay = 24 * kHour;
// Salesforce counts a rolling 24 hours and does not say when calls free up again; look
// again after an hour (a job never waits that long: it reports QuotaExhausted instead).
constexpr qint64 kServerRecheckMs = kHour;
} // namespace

RateLimiter::RateLimiter(QList<Window> windows, QObject *parent)
    : QObject(parent)
    , m_windows(std::move(windows))
    , m_timer(new QTimer(this))
{
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    // Offset so that time stamps are never 0 (0 means "no cool-down").
    m_clock = [elapsed] { return elapsed->elapsed() + 1; };
    m_logs.resize(m_windows.size());
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &RateLimiter::drain);
}

RateLimiter::~RateLimiter() = default;

QList<RateLimiter::Window> RateLimiter::actOnWindows()
{
    return { { 5, kSecond, tr("per second") }, { 30000, kDay, tr("per day") } };
}

QList<RateLimiter::Window> RateLimiter::on24Windows()
{
    return { { 10, kSecond, tr("per second") } };
}

QList<RateLimiter::Window> RateLimiter::salesforceWindows()
{
    return { { 25, kSecond, tr("per second") } };
}

QList<RateLimiter::Window> RateLimiter::pipelinerWindows()
{
    return { { 10, kSecond, tr("per second") } };
}

void RateLimiter::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

qint64 RateLimiter::now() const
{
    return m_clock();
}

void RateLimiter::prune(qint64 now) const
{
    for (qsizetype i = 0; i < m_windows.size(); ++i) {
        auto &log = m_logs[i];
        const qint64 horizon = now - m_windows.at(i).periodMs;
        while (!log.empty() && log.front() <= horizon)
            log.pop_front();
    }
}

qint64 RateLimiter::waitFor(qint64 now, QString *reason) const
{
    prune(now);
    qint64 wait = 0;
    auto consider = [&](qint64 w, const QString &why) {
        if (w > wait) {
            wait = w;
            if (reason)
                *reason = why;
        }
    };
    if (m_coolUntil > now)
        consider(m_coolUntil - now, QStringLiteral("cool-down"));
    for (qsizetype i = 0; i < m_windows.size(); ++i) {
        const Window &w = m_windows.at(i);
        const auto &log = m_logs.at(i);
        if (w.limit <= 0 || qsizetype(log.size()) < w.limit)
            continue;
        // The call that must leave the window before one more fits.
        const qint64 oldest = log.at(log.size() - w.limit);
        consider(oldest + w.periodMs - now, w.label);
    }
    if (m_serverLimit > 0 && m_serverUsed + m_sinceServerReport >= m_serverLimit)
        consider(kServerRecheckMs, QStringLiteral("server"));
    return wait;
}

qint64 RateLimiter::nextSlotIn() const
{
    return waitFor(now(), nullptr);
}

QString RateLimiter::blockingReason() const
{
    QString reason;
    waitFor(now(), &reason);
    return reason;
}

bool RateLimiter::quotaExhausted() const
{
    const qint64 t = now();
    prune(t);
    if (m_serverLimit > 0 && m_serverUsed + m_sinceServerReport >= m_serverLimit)
        return true;
    for (qsizetype i = 0; i < m_windows.size(); ++i) {
        const Window &w = m_windows.at(i);
        if (w.periodMs >= kHour && w.limit > 0 && qsizetype(m_logs.at(i).size()) >= w.limit)
            return true;
    }
    return false;
}

void RateLimiter::record(qint64 now)
{
    m_lastGrantAt = now;
    for (auto &log : m_logs)
        log.push_back(now);
    ++m_sinceServerReport;
    ++m_granted;
}

bool RateLimiter::tryAcquire()
{
    const qint64 t = now();
    if (waitFor(t, nullptr) > 0)
        return false;
    record(t);
    Q_EMIT usageChanged();
    return true;
}

void RateLimiter::recordCall()
{
    record(now());
    Q_EMIT usageChanged();
}

qint64 RateLimiter::restamp(qint64 from)
{
    const qint64 t = now();
    if (from < 0 || from > t)
        return -1;
    for (auto &log : m_logs) {
        // A short window may already have dropped the old stamp; the server still counts
        // the call from about now, so it is counted again at the new stamp either way.
        const auto it = std::find(log.rbegin(), log.rend(), from);
        if (it != log.rend())
            log.erase(std::next(it).base());
        log.push_back(t); // every stamp is at most now: the log stays sorted
    }
    schedule();
    return t;
}

qint64 RateLimiter::callSent(qint64 stampedAt)
{
    return restamp(stampedAt);
}

void RateLimiter::callAnswered(qint64 stampedAt)
{
    restamp(stampedAt);
}

quint64 RateLimiter::acquire(QObject *context, Ready ready)
{
    const quint64 ticket = m_nextTicket++;
    m_queue.push_back(Waiter { ticket, context, std::move(ready), now() });
    schedule();
    return ticket;
}

bool RateLimiter::cancel(quint64 ticket)
{
    const auto it = std::find_if(
        m_queue.begin(), m_queue.end(), [ticket](const Waiter &w) { return w.ticket == ticket; });
    if (it == m_queue.end())
        return false;
    m_queue.erase(it);
    if (m_queue.empty())
        m_timer->stop();
    return true;
}

void RateLimiter::schedule()
{
    if (m_queue.empty()) {
        m_timer->stop();
        return;
    }
    const qint64 wait = nextSlotIn();
    // Capped so that a clock change (tests) or a long cool-down is looked at again.
    const int interval = int(std::min<qint64>(wait, 60 * kSecond));
    if (!m_timer->isActive() || m_timer->remainingTime() > interval)
        m_timer->start(interval);
}

void RateLimiter::drain()
{
    // Grants go out one at a time: a callback may cancel or queue others, or delete
    // its context, so the queue is looked at afresh after each.
    QPointer<RateLimiter> self(this);
    while (self && !m_queue.empty()) {
        const qint64 t = now();
        if (waitFor(t, nullptr) > 0)
            break;
        Waiter w = std::move(m_queue.front());
        m_queue.pop_front();
        if (!w.context)
            continue;
        record(t);
        const qint64 waited = t - w.queuedAt;
        if (waited > 0) {
            ++m_waits;
            m_totalWaitMs += waited;
        }
        Q_EMIT usageChanged();
        if (w.ready)
            w.ready(waited);
    }
    if (self)
        schedule();
}

void RateLimiter::applyServerUsage(qint64 used, qint64 limit)
{
    m_serverUsed = used;
    m_serverLimit = limit;
    m_sinceServerReport = 0;
    if (limit > 0 && used >= limit)
        qCWarning(lcNet) << "server reports API usage" << used << "of" << limit;
    Q_EMIT usageChanged();
    schedule();
}

std::optional<std::pair<qint64, qint64>> RateLimiter::parseApiUsage(const QByteArray &headerValue)
{
    static const QRegularExpression re(QStringLiteral(R"((?:^|[\s;,])api-usage=(\d+)/(\d+))"));
    const auto match = re.match(QString::fromLatin1(headerValue));
    if (!match.hasMatch())
        return std::nullopt;
    bool ok1 = false;
    bool ok2 = false;
    const qint64 used = match.captured(1).toLongLong(&ok1);
    const qint64 limit = match.captured(2).toLongLong(&ok2);
    if (!ok1 || !ok2 || limit <= 0)
        return std::nullopt;
    return std::make_pair(used, limit);
}

void RateLimiter::coolDown(qint64 ms)
{
    if (ms <= 0)
        return;
    // A server (or a bug) asking for days or for qint64-max must not overflow now() + ms
    // nor freeze the account for ever: the pause is clamped.
    ms = std::min(ms, kMaxCoolDownMs);
    const qint64 until = now() + ms;
    if (until > m_coolUntil)
        m_coolUntil = until;
    Q_EMIT usageChanged();
    schedule();
}

RateLimiter::Usage RateLimiter::usage() const
{
    const qint64 t = now();
    prune(t);
    Usage u;
    for (qsizetype i = 0; i < m_windows.size(); ++i) {
        const Window &w = m_windows.at(i);
        u.windows.append({ w.label, w.limit, w.periodMs, int(m_logs.at(i).size()) });
    }
    if (m_serverLimit > 0) {
        u.serverUsed = m_serverUsed + m_sinceServerReport;
        u.serverLimit = m_serverLimit;
    }
    u.coolDownRemainingMs = std::max<qint64>(0, m_coolUntil - t);
    u.callsGranted = m_granted;
    u.waits = m_waits;
    u.totalWaitMs = m_totalWaitMs;
    u.queued = int(m_queue.size());
    return u;
}

} // namespace LeadBridge
