#pragma once

#include "core/engine/SyncTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>

#include <array>
#include <functional>

class QTimer;

namespace LeadBridge {

class Journal;

/// Starts scheduled runs and keeps their retry state. The window runs one (a QTimer tick on
/// the GUI thread, reading through the GUI's journal connection); `leadbridge-cli run-due`
/// runs the same logic once. Each tick reads the schedules table (interval, or daily at a
/// local time) and, for every enabled schedule of an enabled flow whose next run or retry is
/// due, asks for a run with trigger Schedule — unless the flow is already queued or running
/// here, or running in another LeadBridge process (its FlowLock is held), in which case
/// that occurrence is skipped. Missed occurrences (the computer slept) give one run, not a
/// burst. It never blocks.
///
/// Run outcomes come in through runFinished() (wire EngineHost::runFinished to it) and
/// launchFailed() (RunLauncher::launchFailed). A failed scheduled run is retried after 1, 5
/// and 30 minutes (kRetryDelaysMinutes; a retry never goes past the next regular run). After
/// kAttentionFailures failed scheduled runs in a row the flow gets a "Needs attention"
/// sentence (FlowRepository::setAttention) and flowNeedsAttention() is emitted for the
/// desktop notification; once the retries are used up the flow runs again at its next
/// regular time only. A successful run, whatever started it, clears the failures, the
/// retry and the attention.
class Scheduler : public QObject
{
    Q_OBJECT
public:
    using LaunchFn = std::function<void(const RunRequest &)>;
    using BusyFn = std::function<bool(qint64 flowId)>;
    using ClockFn = std::function<QDateTime()>;

    /// Minutes after the 1st, 2nd and 3rd failed scheduled run in a row that the flow is
    /// retried.
    static constexpr std::array<int, 3> kRetryDelaysMinutes { 1, 5, 30 };
    /// Failed scheduled runs in a row after which the flow needs attention.
    static constexpr int kAttentionFailures = 3;

    /// Reads schedules through @p journal (this thread's connection; not owned); @p launch
    /// starts a run (e.g. RunLauncher::launch); @p isBusy says whether a flow is queued or
    /// running in this process (may be empty).
    Scheduler(Journal &journal, LaunchFn launch, BusyFn isBusy = {}, QObject *parent = nullptr);

    /// Starts ticking every @p intervalMs (default 20 s) and ticks once at once.
    void start(int intervalMs = 20000);
    void stop();
    /// Replaces the clock (UTC now) used by timer ticks and by runFinished() — for tests.
    void setClock(ClockFn clock);

    /// One tick at @p now (UTC; the clock's now when invalid): starts what is due, returns
    /// the flows started.
    QList<qint64> tick(const QDateTime &now = QDateTime());
    /// The flows whose regular run or retry is due at @p now (UTC; the clock's when
    /// invalid): what tick(now) would start or skip as busy. Reads only.
    QList<qint64> dueFlowIds(const QDateTime &now = QDateTime());
    /// The earliest next run (or retry) among enabled schedules of enabled flows (invalid
    /// when none).
    QDateTime nextRunAt() const { return m_nextRunAt; }
    /// "Next run: “Flow” at 14:30" / "Next run: “Flow” tomorrow at 06:00" / "Next run:
    /// “Flow” at 14:31 (retry)" / "No scheduled runs".
    QString nextRunText() const { return m_nextRunText; }

    /// The "Needs attention" sentence after @p failures failed scheduled runs in a row, the
    /// last with @p lastError: "The last 3 scheduled runs failed: <error>. Fix it, then click
    /// Sync Now."
    static QString attentionSentence(int failures, const QString &lastError);

public Q_SLOTS:
    /// A run ended (EngineHost::runFinished / SyncEngine::runFinished): updates the retry
    /// state and the attention of its flow (see the class comment).
    void runFinished(const LeadBridge::RunOutcome &outcome);
    /// A run this scheduler asked for could not be handed to the engine
    /// (RunLauncher::launchFailed, e.g. the keychain could not be read): counts as a failed
    /// scheduled run. Ignored for flows this scheduler did not launch.
    void launchFailed(qint64 flowId, const QString &sentence);

Q_SIGNALS:
    /// The text for the status bar changed.
    void nextRunTextChanged(const QString &text);
    /// A scheduled run (or retry) of @p flowId was asked for.
    void runTriggered(qint64 flowId);
    /// A due run of @p flowId was skipped because the flow was busy; @p sentence says where
    /// (e.g. "“Flow” is already running in another LeadBridge process.").
    void runSkipped(qint64 flowId, const QString &sentence);
    /// A failed scheduled run of @p flowId will be retried at @p when (UTC).
    void retryPlanned(qint64 flowId, const QDateTime &when);
    /// @p flowId now needs attention (it had none before): show @p sentence, e.g. as a
    /// desktop notification.
    void flowNeedsAttention(qint64 flowId, const QString &sentence);
    /// A successful run of @p flowId cleared its "Needs attention".
    void flowAttentionCleared(qint64 flowId);

private:
    QDateTime clockNow() const;
    QString dataDir() const;
    void recordFailure(qint64 flowId, const QString &sentence);
    void updateNextRun(const QDateTime &now);

    Journal &m_journal;
    LaunchFn m_launch;
    BusyFn m_isBusy;
    ClockFn m_clock;
    QTimer *m_timer = nullptr;
    /// Flows this scheduler launched whose outcome has not come yet.
    QSet<qint64> m_pending;
    QDateTime m_nextRunAt;
    QString m_nextRunText;
};

} // namespace LeadBridge
