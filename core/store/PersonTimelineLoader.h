#pragma once

#include "core/model/PersonHistory.h"

#include <QObject>
#include <QString>

class QThread;

namespace LeadBridge {

/// Runs PersonTimeline::find() on a worker thread with its own read connection to the
/// journal (WAL lets it read while the engine writes), so a search of a big journal never
/// blocks the window. One search at a time: a new one replaces the answer of an older one,
/// which is dropped when it arrives.
class PersonTimelineLoader : public QObject
{
    Q_OBJECT
public:
    explicit PersonTimelineLoader(QObject *parent = nullptr);
    /// Waits for a running search to end.
    ~PersonTimelineLoader() override;

    /// Starts looking up @p email in the journal at @p journalPath; finished() reports.
    /// Returns the number of the search (finished() carries it).
    quint64 start(const QString &journalPath, const QString &email, int limit);
    /// Whether a search is running.
    bool isRunning() const { return !m_threads.isEmpty(); }

Q_SIGNALS:
    /// The newest search ended: @p ok with @p history, or @p message says why not.
    void finished(quint64 search, bool ok, const LeadBridge::PersonHistory &history,
        const QString &message);

private:
    QList<QThread *> m_threads;
    quint64 m_latest = 0;
};

} // namespace LeadBridge
