#include "core/engine/FlowLock.h"

#include "core/util/LogCategories.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QMutex>
#include <QSet>
#include <QSysInfo>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cerrno>
#include <signal.h>
#endif

namespace LeadBridge {

namespace {

QMutex &heldMutex()
{
    static QMutex mutex;
    return mutex;
}

/// Lock files held by this process (QLockFile alone cannot tell "held by me" from "left by
/// an earlier process that had my process id").
QSet<QString> &heldHere()
{
    static QSet<QString> paths;
    return paths;
}

/// A lock file that cannot be read for this long was left half-written (e.g. a full disk).
constexpr int kUnreadableStaleSeconds = 60;

/// Whether process @p pid (that wrote @p appName, its executable's name) still runs.
bool processAlive(qint64 pid, const QString &appName)
{
    if (pid <= 0)
        return false;
#ifdef Q_OS_WIN
    Q_UNUSED(appName);
    HANDLE handle = ::OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!handle)
        return ::GetLastError() == ERROR_ACCESS_DENIED; // exists, but not ours to look at
    DWORD code = 0;
    const bool ok = ::GetExitCodeProcess(handle, &code);
    ::CloseHandle(handle);
    return ok && code == STILL_ACTIVE;
#else
    if (::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
        return false;
#ifdef Q_OS_LINUX
    // A process id reused by another program is not the holder.
    QString exe = QFileInfo(QStringLiteral("/proc/%1/exe").arg(pid)).symLinkTarget();
    if (!exe.isEmpty() && !appName.isEmpty()) {
        exe = QFileInfo(exe).fileName();
        if (exe.endsWith(QStringLiteral(" (deleted)")))
            exe.chop(10);
        if (exe != appName)
            return false;
    }
#else
    Q_UNUSED(appName);
#endif
    return true;
#endif
}

} // namespace

FlowLock::FlowLock(const QString &dataDir, qint64 flowId)
    : m_dataDir(dataDir)
    , m_flowId(flowId)
    , m_path(lockPath(dataDir, flowId))
{ }

FlowLock::~FlowLock()
{
    unlock();
}

QString FlowLock::lockPath(const QString &dataDir, qint64 flowId)
{
    return QDir(dataDir).filePath(QStringLiteral("locks/flow-%1.lock").arg(flowId));
}

bool FlowLock::tryLock()
{
    if (isLocked())
        return true;
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        qCWarning(lcEngine) << "Cannot create the locks folder for" << m_path;
        return false;
    }
    QMutexLocker locker(&heldMutex());
    if (heldHere().contains(m_path))
        return false;
    m_lock = std::make_unique<QLockFile>(m_path);
    // Never stale for its age: a run may take hours. Stale only when its process is gone.
    m_lock->setStaleLockTime(0);
    bool locked = m_lock->tryLock(0);
    if (!locked && m_lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString app;
        const bool readable = m_lock->getLockInfo(&pid, &host, &app);
        const bool leftByEarlierSelf = readable && pid == QCoreApplication::applicationPid();
        const bool leftHalfWritten = !readable
            && QFileInfo(m_path).lastModified().secsTo(QDateTime::currentDateTime())
                > kUnreadableStaleSeconds;
        if (leftByEarlierSelf || leftHalfWritten) {
            qCInfo(lcEngine) << "Removing a stale lock file" << m_path;
            m_lock->removeStaleLockFile();
            locked = m_lock->tryLock(0);
        }
    }
    if (!locked) {
        m_lock.reset();
        return false;
    }
    heldHere().insert(m_path);
    return true;
}

void FlowLock::unlock()
{
    if (!m_lock)
        return;
    QMutexLocker locker(&heldMutex());
    m_lock->unlock();
    m_lock.reset();
    heldHere().remove(m_path);
}

bool FlowLock::isLocked() const
{
    return m_lock && m_lock->isLocked();
}

bool FlowLock::isHeld(const QString &dataDir, qint64 flowId)
{
    const QString path = lockPath(dataDir, flowId);
    {
        QMutexLocker locker(&heldMutex());
        if (heldHere().contains(path))
            return true;
    }
    QLockFile probe(path);
    qint64 pid = 0;
    QString host;
    QString app;
    if (!probe.getLockInfo(&pid, &host, &app))
        return false;
    if (pid == QCoreApplication::applicationPid())
        return false; // not held here (see above): left by an earlier process with our id
    if (!host.isEmpty() && host != QSysInfo::machineHostName())
        return true; // another computer sharing the data folder: assume it still runs
    return processAlive(pid, app);
}

qint64 FlowLock::holderPid(const QString &dataDir, qint64 flowId)
{
    QLockFile probe(lockPath(dataDir, flowId));
    qint64 pid = 0;
    return probe.getLockInfo(&pid, nullptr, nullptr) ? pid : 0;
}

QString FlowLock::alreadyRunningSentence(const QString &flowName)
{
    return tr("“%1” is already running in another LeadBridge process.").arg(flowName);
}

} // namespace LeadBridge
