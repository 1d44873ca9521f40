#pragma once

#include "core/connectors/ConnectorTypes.h"
#include "core/engine/BuiltInSandbox.h"
#include "core/model/Account.h"
#include "core/net/ApiError.h"
#include "core/util/Expected.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>

#include <functional>
#include <memory>

namespace LeadBridge {

class CredentialStore;
class EngineHost;
class Journal;

/// The outcome of an AccountService operation, for the UI and the CLI.
struct AccountOperationResult
{
    bool ok = false;
    /// True once the account is stored (a failed test still leaves it linked, marked
    /// Needs attention); false when validation or the keychain stopped the save.
    bool saved = false;
    qint64 accountId = 0; ///< the account concerned (0 when none was created)
    AccountStatus status = AccountStatus::Unchecked;
    QString message; ///< a plain sentence for a person (empty on plain success)
    QString technicalDetail; ///< for the Details expander and the log; never secret
    ConnectionInfo info; ///< what a successful connection test learned (no secrets)
    /// trySandbox / resumeSandbox: names of the demo flows on the sandbox accounts
    /// (DemoFlows), those made now and those that were there already.
    QStringList flows;
};

/// Links, tests and unlinks accounts on the GUI thread (no widgets): non-secret
/// settings go to the journal through AccountRepository, secrets to the OS
/// keychain through CredentialStore (asynchronously), and connection tests run
/// on the engine thread through EngineHost. Nothing here blocks except
/// starting the in-process sandbox (trySandbox), which waits for the emulators
/// to listen (well under a second). The sandbox comes from the BuiltInSandbox provider the
/// executable registered; without one, the sandbox calls answer
/// BuiltInSandbox::unavailableSentence().
class AccountService : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const AccountOperationResult &)>;

    /// Uses @p journal (opened on this thread), @p store and @p engine; none is owned.
    AccountService(
        Journal &journal, CredentialStore *store, EngineHost *engine, QObject *parent = nullptr);
    ~AccountService() override;

    /// Every secret name an account of @p kind may keep in the keychain.
    static QStringList secretNames(AccountKind kind);
    /// The secrets that must be entered for @p kind with @p settings (e.g. the
    /// Salesforce legacy login needs password, security token and client secret).
    static QStringList requiredSecrets(AccountKind kind, const QVariantMap &settings);
    /// "ON24", "Act-On", "Salesforce", "Pipeliner".
    static QString kindDisplayName(AccountKind kind);
    /// A person's name for a secret ("token secret", "password" ...), for sentences.
    static QString secretDisplayName(const QString &secretName);
    /// The status words used everywhere: "Linked", "Needs attention", "Not checked yet".
    static QString statusWord(AccountStatus status);
    /// The transient status word "Checking…".
    static QString checkingWord();
    /// Where the account connects, for lists: data centre, region, login URL or base URL.
    static QString locationText(const Account &account);
    /// The settings key that holds the address of @p kind (baseUrl, or loginUrl for Salesforce).
    static QString urlSettingKey(AccountKind kind);
    /// The id under which @p account's secrets are filed in the keychain: the random
    /// "keychainId" setting given at link time, so that an account never meets the entries
    /// of an unlinked one even when the journal reuses its number; the account number for
    /// accounts linked before there was one.
    static QString keychainId(const Account &account);
    /// The settings key of keychainId().
    static QString keychainIdKey();
    /// A sentence when a URL setting of @p settings carries a user name or password
    /// ("http://user:pass@host"), which LeadBridge refuses; empty when none does. The
    /// sentence shows the address without its user info.
    static QString urlUserInfoProblem(AccountKind kind, const QVariantMap &settings);
    /// @p settings with the user info of every URL setting removed, for showing settings
    /// (accounts saved before user info was refused may still carry it).
    static QVariantMap withoutUrlUserInfo(const QVariantMap &settings);

    /// Reads every secret of @p account (secretNames()) from @p store and calls @p done
    /// once with what was found, or with the keychain's sentence and technical detail when
    /// it could not be read (a secret that is not there is no error). Asynchronous; @p done
    /// runs from the keychain's callbacks on this thread.
    static void readAccountSecrets(CredentialStore &store, const Account &account,
        std::function<void(const CredentialBundle &, const QString &error, const QString &detail)>
            done);

    /// The journal the service works on (this thread's connection).
    Journal &journal() const { return m_journal; }
    /// All accounts, from the journal.
    Expected<QList<Account>> accounts() const;
    /// One account.
    Expected<Account> account(qint64 id) const;
    /// Finds an account by id (digits) or by name (case-insensitive); a sentence when none
    /// or several match.
    Expected<Account> find(const QString &nameOrId) const;
    /// Whether a connection test of @p accountId is running.
    bool isChecking(qint64 accountId) const;
    /// The last sentence a check of @p accountId reported (this session only).
    QString lastMessage(qint64 accountId) const;
    /// Its technical detail.
    QString lastDetail(qint64 accountId) const;

    /// Saves a new account (settings to the journal, @p secrets to the keychain) and
    /// then tests the connection. When the keychain cannot store the secrets nothing is
    /// kept and @p done reports the keychain's sentence.
    void link(AccountKind kind, const QString &name, const QVariantMap &settings,
        const CredentialBundle &secrets, Callback done = {});
    /// Saves a changed account: name and settings replace the stored ones; each secret
    /// in @p secrets replaces the stored one (secrets not given are kept). Then tests.
    void update(qint64 accountId, const QString &name, const QVariantMap &settings,
        const CredentialBundle &secrets, Callback done = {});
    /// Reads the account's secrets from the keychain and tests the connection on the
    /// engine thread; records Linked / Needs attention and the check time in the journal.
    void testConnection(qint64 accountId, Callback done = {});
    /// Tests values that are not saved yet (the link dialog's Test connection). Nothing
    /// is stored. With @p savedAccountId, secrets not given are read from that
    /// account's keychain entries (editing an account).
    void testUnsaved(AccountKind kind, const QString &name, const QVariantMap &settings,
        const CredentialBundle &secrets, Callback done, qint64 savedAccountId = 0);
    /// What unlinking @p accountId removes and what else it affects, as sentences.
    QString unlinkImpact(qint64 accountId) const;
    /// Removes all the account's secrets from the keychain, then the account from the
    /// journal. Refused (with the journal's sentence) while flows use the account.
    void unlink(qint64 accountId, Callback done = {});

    /// Stores secrets a connector obtained or rotated for @p accountId (Act-On access token,
    /// expiry and refresh token; a rotated Salesforce refresh token) in the keychain, so the
    /// next run uses them instead of signing in with the password. Connected to
    /// EngineHost::secretsUpdated; writes of one account are made one after another, the
    /// newest values last. Secrets of accounts unlinked meanwhile are dropped.
    void keepRotatedSecrets(qint64 accountId, const LeadBridge::CredentialBundle &secrets);
    /// Whether rotated secrets are waiting for or being written to the keychain.
    bool isKeepingSecrets() const { return !m_rotating.isEmpty(); }

    /// Starts the in-process sandbox (all four emulators, seed 2026, 500 people) if it
    /// does not run, links "Sandbox ON24", "Sandbox Act-On", "Sandbox Salesforce" and
    /// "Sandbox Pipeliner" with the emulators' demo credentials (re-pointing existing
    /// sandbox accounts to the current addresses) and tests each. Then makes the four demo
    /// flows on them that do not exist yet (DemoFlows::ensure; result.flows names them).
    /// @p done reports once all four are tested; ok when all are Linked and the demo flows
    /// are in place.
    void trySandbox(Callback done = {});
    /// When sandbox accounts exist: starts the sandbox, re-points them to its current
    /// addresses and tests them, and makes any demo flow that is missing. Does nothing (and
    /// returns false) when there are none.
    bool resumeSandbox(Callback done = {});
    /// Whether any linked account is a sandbox account.
    bool hasSandboxAccounts() const;
    /// Whether the in-process sandbox runs.
    bool isSandboxRunning() const;
    /// The running sandbox's endpoints (empty when it does not run).
    QList<BuiltInSandbox::Endpoint> sandboxEndpoints() const;
    /// Stops the in-process sandbox.
    void stopSandbox();
    /// Where the in-process sandbox keeps its world: the folder "sandbox" beside the
    /// journal (empty for an in-memory journal: then the sandbox keeps nothing).
    QString sandboxStateDir() const;
    /// Throws the sandbox's saved world away: stops the sandbox, deletes its state files,
    /// makes every flow on a sandbox account forget its record links and cursors (their run
    /// history stays; the next run is a full sync) and, when sandbox accounts exist, starts
    /// the sandbox again with a newly generated demo world and re-points them (as
    /// resumeSandbox). @p done reports the outcome; result.flows names the flows that forgot.
    void resetSandbox(Callback done = {});

Q_SIGNALS:
    /// An account was added, changed or removed (also emitted once the sandbox's demo flows
    /// were added, so views listing flows and their accounts reload).
    void accountsChanged();
    /// The status of @p accountId changed: @p statusWord is "Linked", "Needs attention" or
    /// "Checking…"; @p message is the sentence to show (empty when all is well).
    void statusChanged(qint64 accountId, const QString &statusWord, const QString &message);
    /// The in-process sandbox could not start (e.g. its saved data is damaged): @p sentence
    /// says what happened and what to do, for the window's banner.
    void sandboxFailed(const QString &sentence);

private:
    struct PendingTest
    {
        qint64 accountId = 0; ///< 0 for unsaved tests
        QString accountName;
        AccountKind kind = AccountKind::On24;
        Callback done;
    };

    void onConnectionTested(quint64 requestId, const ConnectionInfo &info, const ApiError &error);
    void readSecrets(const Account &account,
        std::function<void(const CredentialBundle &, const QString &error, const QString &detail)>
            done);
    void writeSecrets(const QString &keychainId, const CredentialBundle &secrets,
        std::function<void(const QString &error, const QString &detail)> done);
    void writeRotated(qint64 accountId);
    void finishCheck(
        const Account &account, const AccountOperationResult &result, const Callback &done);
    Status validate(AccountKind kind, const QString &name, const QVariantMap &settings,
        const CredentialBundle &secrets, bool requireSecrets) const;
    /// Makes m_sandbox from the registered provider if needed; false with
    /// BuiltInSandbox::unavailableSentence() in @p error when this build has none.
    bool haveSandbox(QString *error);
    bool startSandbox(QString *error);
    /// Clears links and cursors of the flows on sandbox accounts; their names go to @p names.
    bool forgetSandboxLinks(QStringList *names, QString *error);
    void linkSandboxAccounts(Callback done, bool existingOnly);
    /// Adds the missing demo flows to @p result (flows, and the sentence when that failed).
    void ensureDemoFlows(AccountOperationResult &result);

    Journal &m_journal;
    CredentialStore *m_store;
    EngineHost *m_engine;
    QHash<quint64, PendingTest> m_pending;
    QHash<qint64, int> m_checking; ///< account id -> checks in flight
    QHash<qint64, std::pair<QString, QString>> m_messages; ///< last sentence + detail
    QHash<qint64, CredentialBundle> m_rotated; ///< rotated secrets not written yet
    QSet<qint64> m_rotating; ///< accounts whose rotated secrets are being written
    std::unique_ptr<BuiltInSandbox> m_sandbox;
};

} // namespace LeadBridge

Q_DECLARE_METATYPE(LeadBridge::AccountOperationResult)
