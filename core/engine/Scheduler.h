#pragma once

#include "core/engine/SyncTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>

#include <functional>

class QTimer;

namespace LeadBridge {

class Journal;

/// Starts scheduled runs. Lives on the GUI thread with one QTimer tick; each tick reads
/// the schedules table (interval, or daily at a local time) through the GUI's journal
/// connection, and for every enabled schedule of an enabled flow that is due, asks for a
/// run with trigger Schedule — unless the flow is already queued or running (here or in
/// another LeadBridge process, e.g. a cron job), in which case that occurrence is skipped.
/// Missed occurrences (the computer slept) give one run, not a burst. It never blocks.
class Scheduler : public QObject
{
    Q_OBJECT
public:
    using LaunchFn = std::function<void(const RunRequest &)>;
    using BusyFn = std::function<bool(qint64 flowId)>;

    /// Reads schedules through @p journal (this thread's connection; not owned); @p launch
    /// starts a run (e.g. RunLauncher::launch); @p isBusy says whether a flow is queued or
    /// running in this process (may be empty).
    Scheduler(Journal &journal, LaunchFn launch, BusyFn isBusy = {}, QObject *parent = nullptr);

    /// Starts ticking every @p intervalMs (default 20 s) and ticks once at once.
    void start(int intervalMs = 20000);
    void stop();

    /// One tick at @p now (UTC; now when invalid): starts what is due, returns the flows
    /// started.
    QList<qint64> tick(const QDateTime &now = QDateTime());
    /// The earliest next run among enabled schedules of enabled flows (invalid when none).
    QDateTime nextRunAt() const { return m_nextRunAt; }
    /// "Next run: “Flow” at 14:30" / "Next run: “Flow” tomorrow at 06:00" / "No scheduled
    /// runs".
    QString nextRunText() const { return m_nextRunText; }

Q_SIGNALS:
    /// The text for the status bar changed.
    void nextRunTextChanged(const QString &text);
    /// A scheduled run of @p flowId was asked for.
    void runTriggered(qint64 flowId);
    /// A due run of @p flowId was skipped because the flow was busy.
    void runSkipped(qint64 flowId);

private:
    bool runningInJournal(qint64 flowId) const;

    Journal &m_journal;
    LaunchFn m_launch;
    BusyFn m_isBusy;
    QTimer *m_timer = nullptr;
    QDateTime m_nextRunAt;
    QString m_nextRunText;
};

} // namespace LeadBridge
