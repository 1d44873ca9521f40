#include "core/secrets/CredentialStore.h"

#include "core/util/AppPaths.h"

#include "core/util/LogCategories.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QList>
#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace LeadBridge {

namespace {

// Entry formats. The main entry always starts with a format tag so that a chunk
// header can never be mistaken for a secret that happens to look like one.
//   "v1:<value>"                       value stored inline
//   "c1:<chunks>:<bytes>:<sha256 hex>" value stored in entries "<key>#0" .. "<key>#<chunks-1>"
constexpr QByteArrayView InlineTag = "v1:";
constexpr QByteArrayView ChunkedTag = "c1:";

struct JobOutcome
{
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QByteArray data;

    bool ok() const { return error == QKeychain::NoError; }
    bool notFound() const { return error == QKeychain::EntryNotFound; }
};

using JobDone = std::function<void(const JobOutcome &)>;

void configure(QKeychain::Job *job, const QString &key)
{
    // Never a plaintext QSettings fallback, on any platform.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);
}

// Each helper runs one QtKeychain job. `context` is the CredentialStore: if it is
// destroyed first, the connection goes with it and the job still deletes itself.
void readEntry(QObject *context, const QString &key, JobDone done)
{
    auto *job = new QKeychain::ReadPasswordJob(CredentialStore::serviceName());
    configure(job, key);
    QObject::connect(
        job, &QKeychain::Job::finished, context, [job, done = std::move(done)](QKeychain::Job *) {
            JobOutcome outcome { job->error(), job->errorString(), {} };
            if (outcome.ok())
                outcome.data = job->binaryData();
            done(outcome);
        });
    job->start();
}

void writeEntry(QObject *context, const QString &key, const QByteArray &data, JobDone done)
{
    auto *job = new QKeychain::WritePasswordJob(CredentialStore::serviceName());
    configure(job, key);
    job->setBinaryData(data);
    QObject::connect(
        job, &QKeychain::Job::finished, context, [job, done = std::move(done)](QKeychain::Job *) {
            done(JobOutcome { job->error(), job->errorString(), {} });
        });
    job->start();
}

void deleteEntry(QObject *context, const QString &key, JobDone done)
{
    auto *job = new QKeychain::DeletePasswordJob(CredentialStore::serviceName());
    configure(job, key);
    QObject::connect(
        job, &QKeychain::Job::finished, context, [job, done = std::move(done)](QKeychain::Job *) {
            done(JobOutcome { job->error(), job->errorString(), {} });
        });
    job->start();
}

bool mentionsAny(const QString &text, std::initializer_list<QStringView> needles)
{
    for (QStringView needle : needles) {
        if (text.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

CredentialResult::ErrorKind classify(const JobOutcome &outcome)
{
    using Kind = CredentialResult::ErrorKind;
    switch (outcome.error) {
    case QKeychain::NoError:
        return Kind::None;
    case QKeychain::EntryNotFound:
        return Kind::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Kind::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Kind::KeychainUnavailable;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    // Linux backends report a missing session bus or Secret Service only as text,
    // e.g. "Cannot autolaunch D-Bus without X11 $DISPLAY".
    if (mentionsAny(outcome.errorString,
            { u"D-Bus", u"DBus", u"autolaunch", u"org.freedesktop.secrets", u"Secret Service",
                u"ServiceUnknown", u"not provided by any", u"No such interface",
                u"Failed to connect to socket", u"Could not connect", u"Connection refused",
                u"Error spawning command line", u"kwallet", u"No keychain" }))
        return Kind::KeychainUnavailable;
    if (mentionsAny(outcome.errorString, { u"locked", u"dismissed", u"denied", u"not allowed" }))
        return Kind::AccessDenied;
    return Kind::Other;
}

} // namespace

/// One request: a small state machine of keychain jobs run one after another.
class CredentialStore::Operation : public std::enable_shared_from_this<CredentialStore::Operation>
{
public:
    enum class Kind { Write, Read, Remove, RemoveAll };

    Operation(Kind kind, QString accountId, QStringList names, QByteArray value, Callback callback)
        : m_kind(kind)
        , m_accountId(std::move(accountId))
        , m_names(std::move(names))
        , m_value(std::move(value))
        , m_callback(std::move(callback))
    { }

    void begin(CredentialStore *store, quint64 id)
    {
        m_store = store;
        m_id = id;
        for (const QString &name : std::as_const(m_names)) {
            if (!isValidName(m_accountId, name)) {
                CredentialResult result;
                result.error = CredentialResult::ErrorKind::InvalidRequest;
                result.userMessage = messageFor(result.error);
                result.technicalDetail
                    = QStringLiteral("invalid account id or secret name: '%1' / '%2'")
                          .arg(m_accountId, name);
                qCWarning(lcSecrets) << "Rejected keychain request:" << result.technicalDetail;
                finish(result);
                return;
            }
        }
        switch (m_kind) {
        case Kind::Write:
            runWrite();
            break;
        case Kind::Read:
            runRead();
            break;
        case Kind::Remove:
        case Kind::RemoveAll:
            runRemoveNext(0);
            break;
        }
    }

private:
    QString key() const { return entryKey(m_accountId, m_names.value(m_nameIndex)); }
    QString chunk(int index) const
    {
        return chunkKey(m_accountId, m_names.value(m_nameIndex), index);
    }

    // --- write -------------------------------------------------------------------------
    void runWrite()
    {
        if (m_value.size() <= MaxChunkBytes) {
            QByteArray entry = InlineTag.toByteArray() + m_value;
            writeEntry(m_store, key(), entry, [self = shared_from_this()](const JobOutcome &o) {
                if (!o.ok())
                    return self->fail(o, QStringLiteral("write"), self->key());
                // A previous, longer value may have left chunks behind.
                self->sweepChunks(0, [self](const JobOutcome &) { self->succeed({}); });
            });
            return;
        }
        for (qsizetype pos = 0; pos < m_value.size(); pos += MaxChunkBytes)
            m_chunks.append(m_value.mid(pos, MaxChunkBytes));
        writeChunk(0);
    }

    // Chunks first, header last: until the header is written, a reader sees the old
    // header and the checksum rejects any mix of old and new chunks.
    void writeChunk(int index)
    {
        if (index == m_chunks.size()) {
            const QByteArray header = ChunkedTag.toByteArray() + QByteArray::number(m_chunks.size())
                + ':' + QByteArray::number(m_value.size()) + ':'
                + QCryptographicHash::hash(m_value, QCryptographicHash::Sha256).toHex();
            writeEntry(m_store, key(), header, [self = shared_from_this()](const JobOutcome &o) {
                if (!o.ok())
                    return self->fail(o, QStringLiteral("write"), self->key());
                const int count = int(self->m_chunks.size());
                self->sweepChunks(count, [self](const JobOutcome &) { self->succeed({}); });
            });
            return;
        }
        writeEntry(m_store, chunk(index), m_chunks.at(index),
            [self = shared_from_this(), index](const JobOutcome &o) {
                if (!o.ok())
                    return self->fail(o, QStringLiteral("write"), self->chunk(index));
                self->writeChunk(index + 1);
            });
    }

    // Deletes chunk entries from @p index upwards until one is missing, so stale chunks of
    // an older or interrupted write never stay behind. Reports the first real error.
    void sweepChunks(int index, JobDone done)
    {
        readEntry(m_store, chunk(index),
            [self = shared_from_this(), index, done = std::move(done)](const JobOutcome &r) {
                if (r.notFound())
                    return done(JobOutcome {});
                if (!r.ok()) {
                    qCWarning(lcSecrets) << "Could not check for stale chunk" << self->chunk(index)
                                         << ":" << r.errorString;
                    return done(r);
                }
                deleteEntry(
                    self->m_store, self->chunk(index), [self, index, done](const JobOutcome &d) {
                        if (!d.ok() && !d.notFound()) {
                            qCWarning(lcSecrets) << "Could not remove stale chunk"
                                                 << self->chunk(index) << ":" << d.errorString;
                            return done(d);
                        }
                        self->sweepChunks(index + 1, done);
                    });
            });
    }

    // --- read --------------------------------------------------------------------------
    void runRead()
    {
        readEntry(m_store, key(), [self = shared_from_this()](const JobOutcome &o) {
            if (!o.ok())
                return self->fail(o, QStringLiteral("read"), self->key());
            const QByteArray &entry = o.data;
            if (entry.startsWith(InlineTag))
                return self->succeed(entry.mid(InlineTag.size()));
            if (entry.startsWith(ChunkedTag))
                return self->readChunked(entry.mid(ChunkedTag.size()));
            // An entry written by hand or by another tool: hand it over unchanged.
            self->succeed(entry);
        });
    }

    void readChunked(const QByteArray &header)
    {
        const QList<QByteArray> parts = header.split(':');
        bool countOk = false;
        bool sizeOk = false;
        const int count = parts.size() == 3 ? parts.at(0).toInt(&countOk) : 0;
        const qsizetype size = parts.size() == 3 ? parts.at(1).toLongLong(&sizeOk) : 0;
        if (!countOk || !sizeOk || count <= 0 || size < 0) {
            return corrupt(QStringLiteral("unreadable chunk header in %1").arg(key()));
        }
        m_expectedChunks = count;
        m_expectedSize = size;
        m_expectedHash = parts.at(2);
        m_value.clear();
        readChunk(0);
    }

    void readChunk(int index)
    {
        if (index == m_expectedChunks) {
            const QByteArray hash
                = QCryptographicHash::hash(m_value, QCryptographicHash::Sha256).toHex();
            if (m_value.size() != m_expectedSize || hash != m_expectedHash) {
                m_value.clear();
                return corrupt(
                    QStringLiteral("chunks of %1 do not match their header checksum").arg(key()));
            }
            return succeed(std::exchange(m_value, {}));
        }
        readEntry(m_store, chunk(index), [self = shared_from_this(), index](const JobOutcome &o) {
            if (o.notFound()) {
                self->m_value.clear();
                return self->corrupt(QStringLiteral("chunk %1 is missing").arg(self->chunk(index)));
            }
            if (!o.ok()) {
                self->m_value.clear();
                return self->fail(o, QStringLiteral("read"), self->chunk(index));
            }
            self->m_value.append(o.data);
            self->readChunk(index + 1);
        });
    }

    // --- remove ------------------------------------------------------------------------
    void runRemoveNext(int nameIndex)
    {
        m_nameIndex = nameIndex;
        if (nameIndex >= m_names.size()) {
            if (m_firstError.error != CredentialResult::ErrorKind::None)
                return finish(m_firstError);
            return succeed({});
        }
        // Main entry first: from then on a read reports NotFound rather than a torn value.
        deleteEntry(m_store, key(), [self = shared_from_this(), nameIndex](const JobOutcome &o) {
            if (!o.ok() && !o.notFound()) {
                self->remember(o, self->key());
                return self->runRemoveNext(nameIndex + 1);
            }
            self->sweepChunks(0, [self, nameIndex](const JobOutcome &s) {
                if (!s.ok() && !s.notFound())
                    self->remember(s, self->chunk(0));
                self->runRemoveNext(nameIndex + 1);
            });
        });
    }

    void remember(const JobOutcome &o, const QString &entry)
    {
        const CredentialResult result = failure(o, QStringLiteral("remove"), entry);
        if (m_firstError.error == CredentialResult::ErrorKind::None)
            m_firstError = result;
    }

    // --- completion --------------------------------------------------------------------
    CredentialResult failure(const JobOutcome &o, const QString &action, const QString &entry) const
    {
        CredentialResult result;
        result.error = classify(o);
        result.userMessage = messageFor(result.error);
        result.technicalDetail = QStringLiteral("keychain %1 of %2 failed (QKeychain error %3): %4")
                                     .arg(action, entry, QString::number(int(o.error)),
                                         o.errorString);
        if (result.error == CredentialResult::ErrorKind::NotFound)
            qCDebug(lcSecrets) << result.technicalDetail;
        else
            qCWarning(lcSecrets).noquote() << result.technicalDetail;
        return result;
    }

    void fail(const JobOutcome &o, const QString &action, const QString &entry)
    {
        finish(failure(o, action, entry));
    }

    void corrupt(const QString &detail)
    {
        CredentialResult result;
        result.error = CredentialResult::ErrorKind::Corrupt;
        result.userMessage = messageFor(result.error);
        result.technicalDetail = detail;
        qCWarning(lcSecrets).noquote() << "Keychain entry is corrupt:" << detail;
        finish(result);
    }

    void succeed(QByteArray value)
    {
        CredentialResult result;
        result.ok = true;
        result.value = std::move(value);
        finish(result);
    }

    void finish(const CredentialResult &result)
    {
        if (m_store)
            m_store->complete(m_id, result, m_callback);
    }

    Kind m_kind;
    QString m_accountId;
    QStringList m_names;
    QByteArray m_value;
    Callback m_callback;
    QPointer<CredentialStore> m_store;
    quint64 m_id = 0;
    int m_nameIndex = 0;
    QList<QByteArray> m_chunks;
    int m_expectedChunks = 0;
    qsizetype m_expectedSize = 0;
    QByteArray m_expectedHash;
    CredentialResult m_firstError;
};

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<LeadBridge::CredentialResult>();
}

CredentialStore::~CredentialStore() = default;

QString CredentialStore::serviceName()
{
    return QStringLiteral("LeadBridge");
}

QString CredentialStore::dataNamespace()
{
    // Account ids are only unique within one journal. Several data folders (a second
    // profile, a cron job with --data-dir, parallel tests) share one keychain, so the
    // keys carry a short fingerprint of the data folder that owns the account.
    const QByteArray path = AppPaths::dataDir().toUtf8();
    return QString::fromLatin1(
        QCryptographicHash::hash(path, QCryptographicHash::Sha256).toHex().left(12));
}

QString CredentialStore::entryKey(const QString &accountId, const QString &secretName)
{
    return QStringLiteral("leadbridge:") + dataNamespace() + u'/' + accountId + u':'
        + secretName;
}

QString CredentialStore::chunkKey(const QString &accountId, const QString &secretName, int index)
{
    return entryKey(accountId, secretName) + u'#' + QString::number(index);
}

bool CredentialStore::isValidName(const QString &accountId, const QString &secretName)
{
    const auto valid = [](const QString &part) {
        return !part.trimmed().isEmpty() && !part.contains(u':') && !part.contains(u'#');
    };
    return valid(accountId) && valid(secretName);
}

quint64 CredentialStore::write(
    const QString &accountId, const QString &secretName, const QByteArray &value, Callback callback)
{
    return start(std::make_shared<Operation>(
        Operation::Kind::Write, accountId, QStringList { secretName }, value, std::move(callback)));
}

quint64 CredentialStore::write(
    const QString &accountId, const QString &secretName, const QString &value, Callback callback)
{
    return write(accountId, secretName, value.toUtf8(), std::move(callback));
}

quint64 CredentialStore::read(
    const QString &accountId, const QString &secretName, Callback callback)
{
    return start(std::make_shared<Operation>(Operation::Kind::Read, accountId,
        QStringList { secretName }, QByteArray(), std::move(callback)));
}

quint64 CredentialStore::remove(
    const QString &accountId, const QString &secretName, Callback callback)
{
    return start(std::make_shared<Operation>(Operation::Kind::Remove, accountId,
        QStringList { secretName }, QByteArray(), std::move(callback)));
}

quint64 CredentialStore::removeAll(
    const QString &accountId, const QStringList &secretNames, Callback callback)
{
    return start(std::make_shared<Operation>(
        Operation::Kind::RemoveAll, accountId, secretNames, QByteArray(), std::move(callback)));
}

int CredentialStore::pendingCount() const
{
    return m_pending;
}

bool CredentialStore::waitForPending(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    // Queued signals (rotated tokens on their way from the engine thread) start their
    // writes first, so they count as pending below.
    QCoreApplication::sendPostedEvents();
    while (m_pending > 0 && !deadline.hasExpired()) {
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        QObject::connect(this, &CredentialStore::finished, &loop, [this, &loop] {
            if (m_pending == 0)
                loop.quit();
        });
        timer.start(int(qMax<qint64>(1, deadline.remainingTime())));
        loop.exec();
        QCoreApplication::sendPostedEvents();
    }
    if (m_pending > 0)
        qCWarning(lcSecrets) << m_pending << "keychain request(s) unfinished after" << timeoutMs
                             << "ms";
    return m_pending == 0;
}

QString CredentialStore::unfinishedWritesMessage(int seconds)
{
    return tr("LeadBridge stopped waiting for the system keychain after %n second(s), so the "
              "newest sign-in tokens may not be saved and the next run may have to sign in with "
              "the password again. Check that the keychain is unlocked and responding.",
        nullptr, seconds);
}

quint64 CredentialStore::start(const std::shared_ptr<Operation> &operation)
{
    const quint64 id = m_nextId++;
    ++m_pending;
    // Always begin from the event loop so callers see the same asynchronous order even
    // for requests rejected up front.
    QMetaObject::invokeMethod(
        this, [this, operation, id] { operation->begin(this, id); }, Qt::QueuedConnection);
    return id;
}

void CredentialStore::complete(
    quint64 requestId, const CredentialResult &result, const Callback &callback)
{
    --m_pending;
    if (callback)
        callback(result);
    Q_EMIT finished(requestId, result);
}

QString CredentialStore::messageFor(CredentialResult::ErrorKind kind)
{
    using Kind = CredentialResult::ErrorKind;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::NotFound:
        return tr("LeadBridge has no saved secret for this account. Enter the password or sign in "
                  "again in the account settings.");
    case Kind::KeychainUnavailable:
        return tr("LeadBridge could not reach your system keychain, so it cannot store passwords "
                  "safely. Start a Secret Service such as GNOME Keyring or KWallet (on a server: "
                  "run inside dbus-run-session with gnome-keyring-daemon --unlock) and try again.");
    case Kind::AccessDenied:
        return tr("LeadBridge was not allowed to use your system keychain. Unlock the keychain, "
                  "allow LeadBridge access when asked, and try again.");
    case Kind::Corrupt:
        return tr("The secret saved for this account in your system keychain is incomplete. Enter "
                  "the password or sign in again to replace it.");
    case Kind::InvalidRequest:
        return tr("LeadBridge could not use the system keychain because the account or secret name "
                  "is not valid. Please report this problem.");
    case Kind::Other:
        break;
    }
    return tr("Your system keychain reported an error, so LeadBridge could not use the saved "
              "secret. Try again; if it keeps failing, check your keychain application.");
}

} // namespace LeadBridge
