#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace LeadBridge {

/// The outcome of one CredentialStore request.
struct CredentialResult
{
    /// What went wrong, coarse enough for the UI to react to.
    enum class ErrorKind {
        None, ///< The request succeeded.
        NotFound, ///< No secret is stored under that account and name.
        KeychainUnavailable, ///< No Secret Service / keychain backend could be reached.
        AccessDenied, ///< The keychain is locked or refused access.
        Corrupt, ///< The stored entries are incomplete or do not match their checksum.
        InvalidRequest, ///< The account id or secret name cannot be used as a key.
        Other ///< Anything else the keychain reported.
    };

    bool ok = false; ///< True when the request succeeded.
    QByteArray value; ///< The secret (read requests only).
    ErrorKind error = ErrorKind::None; ///< Kind of failure, None on success.
    QString userMessage; ///< A translated sentence saying what happened and what to do.
    QString technicalDetail; ///< The backend's own error text, for logs; never contains the secret.

    /// The value decoded as UTF-8.
    QString text() const { return QString::fromUtf8(value); }
};

/// Stores API secrets and refresh tokens in the operating system keychain
/// (Secret Service, KWallet, macOS Keychain, Windows Credential Manager) via QtKeychain.
///
/// Every request is asynchronous: it returns a request id at once and reports its
/// CredentialResult both through the optional callback and the finished() signal.
/// Entries use the service name "LeadBridge" and keys "leadbridge:<accountId>:<secretName>".
/// Values larger than MaxChunkBytes are split over several entries ("...#0", "...#1", ...)
/// because Windows limits one entry to 2,560 bytes. There is never a plaintext fallback.
/// Must be used from a thread with a running event loop (the GUI thread).
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    /// Called once with the outcome of a request.
    using Callback = std::function<void(const CredentialResult &)>;

    /// Largest value stored in a single keychain entry; larger values are chunked.
    static constexpr int MaxChunkBytes = 2000;

    explicit CredentialStore(QObject *parent = nullptr);
    ~CredentialStore() override;

    /// Fingerprint of the data folder (12 hex digits of its path's SHA-256) that prefixes
    /// every key, so accounts of different journals never share a keychain entry.
    static QString dataNamespace();

    /// The keychain service name all entries are filed under.
    static QString serviceName();
    /// The main keychain key of a secret: "leadbridge:<accountId>:<secretName>".
    static QString entryKey(const QString &accountId, const QString &secretName);
    /// The key of chunk @p index of a chunked secret: entryKey() + "#<index>".
    static QString chunkKey(const QString &accountId, const QString &secretName, int index);
    /// Whether @p accountId and @p secretName can form a key (non-empty, no ':' or '#').
    static bool isValidName(const QString &accountId, const QString &secretName);

    /// Stores @p value, replacing any previous value and removing stale chunks.
    quint64 write(const QString &accountId, const QString &secretName, const QByteArray &value,
        Callback callback = {});
    /// Stores @p value as UTF-8.
    quint64 write(const QString &accountId, const QString &secretName, const QString &value,
        Callback callback = {});
    /// Reads a secret; a missing secret reports ErrorKind::NotFound.
    quint64 read(const QString &accountId, const QString &secretName, Callback callback = {});
    /// Removes a secret and all its chunks. Removing a missing secret succeeds.
    quint64 remove(const QString &accountId, const QString &secretName, Callback callback = {});
    /// Removes several secrets of one account (e.g. when the account is deleted).
    quint64 removeAll(
        const QString &accountId, const QStringList &secretNames, Callback callback = {});

    /// Number of requests not finished yet.
    int pendingCount() const;

    /// For a process about to exit (the CLI, the window after quitting): delivers events
    /// already queued for this thread (e.g. rotated tokens from the engine thread, whose
    /// writes then start), then runs a local event loop until no request is pending or
    /// @p timeoutMs has passed. True when nothing is pending any more. Never call it from
    /// inside another event loop's handler on the GUI thread while the app is running.
    bool waitForPending(int timeoutMs);
    /// The sentence for a process that stopped waiting for the keychain (waitForPending()
    /// returned false) after @p seconds.
    static QString unfinishedWritesMessage(int seconds);

    /// The user-facing sentence for an error kind.
    static QString messageFor(CredentialResult::ErrorKind kind);

Q_SIGNALS:
    /// Emitted when request @p requestId has finished (after its callback ran).
    void finished(quint64 requestId, const LeadBridge::CredentialResult &result);

private:
    class Operation;
    friend class Operation;

    quint64 start(const std::shared_ptr<Operation> &operation);
    void complete(quint64 requestId, const CredentialResult &result, const Callback &callback);

    quint64 m_nextId = 1;
    int m_pending = 0;
};

} // namespace LeadBridge

Q_DECLARE_METATYPE(LeadBridge::CredentialResult)
