#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QLockFile;

namespace LeadBridge {

/// One flow never runs in two LeadBridge processes at once (the window, a cron job running
/// `leadbridge-cli run-due`, a `leadbridge-cli sync`): the engine holds this lock on
/// <data folder>/locks/flow-<id>.lock for the whole of a run. It is a QLockFile: the file
/// records the holder's process id, and a lock whose process is gone (it crashed or was
/// killed) is stale and taken over at once; a lock is never considered stale for its age,
/// so a long run keeps it.
///
/// Inside one process the lock is also exclusive (a second FlowLock on the same flow fails
/// while the first holds it).
class FlowLock
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::FlowLock)

public:
    /// A lock on flow @p flowId in the data folder @p dataDir (the journal's folder), not yet
    /// taken.
    FlowLock(const QString &dataDir, qint64 flowId);
    /// Releases the lock when held.
    ~FlowLock();
    FlowLock(const FlowLock &) = delete;
    FlowLock &operator=(const FlowLock &) = delete;

    /// Takes the lock without waiting. False when a live process (this one included) holds
    /// it, or the locks folder cannot be written.
    bool tryLock();
    /// Releases the lock (nothing when not held).
    void unlock();
    /// Whether this object holds the lock.
    bool isLocked() const;
    /// The lock file's path.
    QString path() const { return m_path; }

    /// <dataDir>/locks/flow-<flowId>.lock
    static QString lockPath(const QString &dataDir, qint64 flowId);
    /// Whether a live process (this one included) holds the lock of @p flowId, judged from the
    /// lock file without touching it: no file, an unreadable one or one whose process is gone
    /// means no.
    static bool isHeld(const QString &dataDir, qint64 flowId);
    /// The process id written in the lock file of @p flowId (0 when there is none).
    static qint64 holderPid(const QString &dataDir, qint64 flowId);
    /// "“Flow” is already running in another LeadBridge process." — the sentence a run that
    /// could not take the lock ends with.
    static QString alreadyRunningSentence(const QString &flowName);

private:
    QString m_dataDir;
    qint64 m_flowId = 0;
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace LeadBridge
