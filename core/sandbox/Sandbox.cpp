#include "core/sandbox/Sandbox.h"

#include "core/sandbox/DemoDatasetJson.h"
#include "core/sandbox/Emulator.h"
#include "core/sandbox/SandboxLogging.h"
#include "core/sandbox/acton/ActOnEmulator.h"
#include "core/sandbox/on24/On24Emulator.h"
#include "core/sandbox/pipeliner/PipelinerEmulator.h"
#include "core/sandbox/salesforce/SalesforceEmulator.h"

#include "core/sandbox/EmulatorStateFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

namespace LeadBridge::Sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

/// How to build, seed and describe one emulator. The emulators keep their demo
/// credentials as public constants; this table is the one place that knows them.
struct Kind
{
    QString name;
    std::function<std::unique_ptr<Emulator>()> create;
    std::function<void(Emulator *, const DemoDataset &)> seed;
    std::function<QVariantMap(const DemoDataset &)> credentials;
};

template<typename E>
std::unique_ptr<Emulator> make()
{
    return std::make_unique<E>();
}

template<typename E>
void seedAs(Emulator *emulator, const DemoDataset &data)
{
    static_cast<E *>(emulator)->seed(data);
}

const QList<Kind> &kinds()
{
    static const QList<Kind> table = {
        { u"on24"_s, make<On24Emulator>, seedAs<On24Emulator>,
            [](const DemoDataset &data) {
                QStringList clientIds;
                for (const DemoOn24Client &c : data.on24Clients)
                    clientIds.append(QString::number(c.clientId));
                return QVariantMap { { u"clientIds"_s, clientIds.join(u',') },
                    { u"accessTokenKey"_s, On24Emulator::demoTokenKey() },
                    { u"accessTokenSecret"_s, On24Emulator::demoTokenSecret() } };
            } },
        { u"acton"_s, make<ActOnEmulator>, seedAs<ActOnEmulator>,
            [](const DemoDataset &) {
                return QVariantMap { { u"username"_s, ActOnEmulator::defaultUsername() },
                    { u"password"_s, ActOnEmulator::defaultPassword() },
                    { u"clientId"_s, ActOnEmulator::defaultClientId() },
                    { u"clientSecret"_s, ActOnEmulator::defaultClientSecret() } };
            } },
        { u"salesforce"_s, make<SalesforceEmulator>, seedAs<SalesforceEmulator>,
            [](const DemoDataset &) {
                return QVariantMap { { u"username"_s, SalesforceEmulator::demoUsername() },
                    { u"password"_s, SalesforceEmulator::demoPassword() },
                    { u"securityToken"_s, SalesforceEmulator::demoSecurityToken() },
                    { u"clientId"_s, SalesforceEmulator::demoClientId() },
                    { u"clientSecret"_s, SalesforceEmulator::demoClientSecret() } };
            } },
        { u"pipeliner"_s, make<PipelinerEmulator>, seedAs<PipelinerEmulator>,
            [](const DemoDataset &) {
                return QVariantMap { { u"spaceId"_s, PipelinerEmulator::defaultSpaceId() },
                    { u"apiToken"_s, PipelinerEmulator::defaultApiToken() },
                    { u"apiSecret"_s, PipelinerEmulator::defaultApiSecret() } };
            } },
    };
    return table;
}

const Kind *findKind(const QString &name)
{
    for (const Kind &k : kinds()) {
        if (k.name == name)
            return &k;
    }
    return nullptr;
}

} // namespace

Sandbox::Sandbox(QObject *parent)
    : QObject(parent)
{ }

Sandbox::~Sandbox()
{
    stop();
}

bool Sandbox::fail(const QString &message)
{
    stop();
    m_error = message;
    qCWarning(lcSandbox).noquote() << message;
    return false;
}

bool Sandbox::start(const SandboxConfig &config)
{
    stop();
    m_error.clear();
    m_config = config;
    QString why;
    if (!config.validate(&why))
        return fail(why);

    QElapsedTimer timer;
    timer.start();
    if (!config.dataFile.isEmpty()) {
        DemoDataset loaded;
        if (!DemoDatasetJson::load(config.dataFile, &loaded, &why))
            return fail(why);
        m_data = std::move(loaded);
    } else {
        m_data = DemoDataset::generate(config.seed, config.size);
        if (config.rebaseToToday) {
            const QDateTime today
                = QDateTime(QDateTime::currentDateTimeUtc().date(), QTime(0, 0), Qt::UTC);
            m_data.shiftTimes(DemoDataset::referenceTime().secsTo(today));
        }
    }
    const qint64 dataMs = timer.restart();

    // Bind every port before seeding anything, so a clash fails fast and clean.
    for (const QString &name : SandboxConfig::allEmulators()) {
        if (!config.emulators.contains(name))
            continue;
        const Kind *kind = findKind(name);
        Running run { name, kind->create() };
        run.emulator->setFaults(config.faults.value(name));
        const quint16 port
            = config.portBase == 0 ? 0 : quint16(config.portBase + SandboxConfig::portOffset(name));
        if (!run.emulator->listen(port)) {
            if (port != 0)
                return fail(tr("The %1 emulator could not start because port %2 on 127.0.0.1 "
                               "is already in use. Choose another port base, or 0 to let the "
                               "sandbox pick free ports.")
                                .arg(name)
                                .arg(port));
            return fail(
                tr("The %1 emulator could not start: %2.").arg(name, run.emulator->errorString()));
        }
        m_running.push_back(std::move(run));
    }
    const qint64 bindMs = timer.restart();
    if (!config.stateDir.isEmpty()) {
        if (!lockStateDir(config.stateDir, &why))
            return fail(why);
        for (const Running &run : m_running) {
            if (!loadOrSeed(run.emulator.get(), run.name, &why))
                return fail(why);
        }
    } else {
        for (const Running &run : m_running)
            findKind(run.name)->seed(run.emulator.get(), m_data);
    }
    qCInfo(lcSandbox) << "sandbox started" << m_running.size() << "emulators with"
                      << m_data.people.size() << "people; data" << dataMs << "ms, ports" << bindMs
                      << "ms, seeding" << timer.elapsed() << "ms";
    return true;
}

void Sandbox::stop()
{
    // Destroying an emulator closes its server and port.
    m_running.clear();
    m_stateLock.reset();
}

namespace {
QString lockPath(const QString &dir)
{
    return QDir(dir).filePath(u"sandbox.lock"_s);
}

QString lockedSentence(const QString &dir, const QLockFile &lock)
{
    qint64 pid = 0;
    QString host, app;
    lock.getLockInfo(&pid, &host, &app);
    return QCoreApplication::translate("LeadBridge::Sandbox::Sandbox",
        "The sandbox data in %1 is in use by another LeadBridge process (process %2). Close the "
        "LeadBridge window or the other leadbridge-cli command, then try again.")
        .arg(QDir::toNativeSeparators(dir))
        .arg(pid);
}
} // namespace

bool Sandbox::lockStateDir(const QString &dir, QString *error)
{
    if (!QDir().mkpath(dir)) {
        *error = tr("The sandbox could not create its data folder %1. Check that the data "
                    "folder is writable.")
                     .arg(QDir::toNativeSeparators(dir));
        return false;
    }
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner
            | QFileDevice::ExeOwner);
    auto lock = std::make_unique<QLockFile>(lockPath(dir));
    // 0: a lock is stale only when its process is gone (QLockFile checks the pid), never by age.
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        *error = lock->error() == QLockFile::LockFailedError
            ? lockedSentence(dir, *lock)
            : tr("The sandbox could not lock its data folder %1. Check that the data folder is "
                 "writable.")
                  .arg(QDir::toNativeSeparators(dir));
        return false;
    }
    m_stateLock = std::move(lock);
    return true;
}

bool Sandbox::loadOrSeed(Emulator *emulator, const QString &name, QString *error)
{
    const QString path = EmulatorStateFile::path(m_config.stateDir, name);
    emulator->setStateFile(path);
    if (QFile::exists(path)) {
        QJsonObject state;
        QString why;
        if (!EmulatorStateFile::read(path, name, &state, &why) || !emulator->loadState(state, &why)) {
            *error = tr("%1 The sandbox did not start, so that nothing is overwritten. To "
                        "start again with a newly generated demo world, reset the sandbox "
                        "(Accounts page: Reset sandbox data…, or leadbridge-cli sandbox --reset).")
                         .arg(why);
            return false;
        }
        qCInfo(lcSandbox) << name << "emulator read its world from" << path;
        return true;
    }
    findKind(name)->seed(emulator, m_data);
    QString why;
    if (!emulator->saveStateNow(&why)) {
        *error = why;
        return false;
    }
    return true;
}

bool Sandbox::resetState(const QString &stateDir, QString *error)
{
    if (!QDir(stateDir).exists())
        return true;
    QLockFile lock(lockPath(stateDir));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        *error = lockedSentence(stateDir, lock);
        return false;
    }
    for (const QString &name : SandboxConfig::allEmulators()) {
        const QString path = EmulatorStateFile::path(stateDir, name);
        if (QFile::exists(path) && !QFile::remove(path)) {
            *error = QCoreApplication::translate("LeadBridge::Sandbox::Sandbox",
                "The sandbox data file %1 could not be deleted. Check the data folder's "
                "permissions, then try again.")
                         .arg(QDir::toNativeSeparators(path));
            return false;
        }
    }
    return true;
}

QList<SandboxEndpoint> Sandbox::endpoints() const
{
    QList<SandboxEndpoint> out;
    for (const Running &run : m_running)
        out.append({ run.name, run.emulator->baseUrl(), demoCredentials(run.name, m_data) });
    return out;
}

Emulator *Sandbox::emulator(const QString &name) const
{
    for (const Running &run : m_running) {
        if (run.name == name)
            return run.emulator.get();
    }
    return nullptr;
}

QVariantMap Sandbox::demoCredentials(const QString &name, const DemoDataset &data)
{
    const Kind *kind = findKind(name);
    return kind ? kind->credentials(data) : QVariantMap();
}

} // namespace LeadBridge::Sandbox
