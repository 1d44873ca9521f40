#include "core/engine/AccountService.h"

#include "core/connectors/Connector.h"
#include "core/engine/DemoFlows.h"
#include "core/engine/EngineHost.h"
#include "core/secrets/CredentialStore.h"
#include "core/store/AccountRepository.h"
#include "core/store/FlowRepository.h"
#include "core/store/Journal.h"
#include "core/store/LinkRepository.h"
#include "core/store/Transaction.h"
#include "core/util/LogCategories.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace LeadBridge {

namespace {
const QString kSandboxKey = QStringLiteral("sandbox");

QString idKey(qint64 accountId)
{
    return QString::number(accountId);
}

bool isSandboxAccount(const Account &account)
{
    return account.settings.value(kSandboxKey).toBool();
}

/// Runs @p done once @p count callbacks have reported (shared by parallel keychain jobs).
struct Countdown
{
    int remaining = 0;
    QString error;
    QString detail;
};

/// Tells @p done, when there is one, how an operation ended (callers may pass no callback).
void answer(const AccountService::Callback &done, const AccountOperationResult &result)
{
    if (done)
        done(result);
}

/// Tells @p done that the operation on account @p accountId (0: none yet) failed with
/// @p message; @p detail is the technical detail for the log.
void fail(const AccountService::Callback &done, const QString &message, qint64 accountId = 0,
    const QString &detail = QString())
{
    AccountOperationResult result;
    result.accountId = accountId;
    result.message = message;
    result.technicalDetail = detail;
    answer(done, result);
}

} // namespace

AccountService::AccountService(
    Journal &journal, CredentialStore *store, EngineHost *engine, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_store(store)
    , m_engine(engine)
{
    qRegisterMetaType<LeadBridge::AccountOperationResult>();
    connect(m_engine, &EngineHost::connectionTested, this, &AccountService::onConnectionTested);
    // Tokens obtained or rotated on the engine thread (checks, look-ups, runs) are kept in
    // the keychain from here, whatever started the work.
    connect(m_engine, &EngineHost::secretsUpdated, this, &AccountService::keepRotatedSecrets);
}

AccountService::~AccountService() = default;

QStringList AccountService::secretNames(AccountKind kind)
{
    switch (kind) {
    case AccountKind::On24:
        return { QStringLiteral("tokenKey"), QStringLiteral("tokenSecret") };
    case AccountKind::ActOn:
        return { QStringLiteral("password"), QStringLiteral("clientSecret"),
            QStringLiteral("refreshToken"), QStringLiteral("accessToken"),
            QStringLiteral("accessTokenExpiry") };
    case AccountKind::Salesforce:
        return { QStringLiteral("refreshToken"), QStringLiteral("password"),
            QStringLiteral("securityToken"), QStringLiteral("clientSecret") };
    case AccountKind::Pipeliner:
        return { QStringLiteral("apiToken"), QStringLiteral("apiSecret") };
    }
    return {};
}

QStringList AccountService::requiredSecrets(AccountKind kind, const QVariantMap &settings)
{
    switch (kind) {
    case AccountKind::On24:
        return { QStringLiteral("tokenKey"), QStringLiteral("tokenSecret") };
    case AccountKind::ActOn:
        return { QStringLiteral("password"), QStringLiteral("clientSecret") };
    case AccountKind::Salesforce:
        if (settings.value(QStringLiteral("authMethod")).toString() == QLatin1String("oauth"))
            return { QStringLiteral("refreshToken") };
        return { QStringLiteral("password"), QStringLiteral("securityToken"),
            QStringLiteral("clientSecret") };
    case AccountKind::Pipeliner:
        return { QStringLiteral("apiToken"), QStringLiteral("apiSecret") };
    }
    return {};
}

QString AccountService::kindDisplayName(AccountKind kind)
{
    return Connector::systemName(kind);
}

QString AccountService::secretDisplayName(const QString &secretName)
{
    // Secret name → the words a person reads for it.
    static const std::pair<const char *, const char *> words[] = {
        { "tokenKey", QT_TRANSLATE_NOOP("LeadBridge::AccountService", "access token key") },
        { "tokenSecret", QT_TRANSLATE_NOOP("LeadBridge::AccountService", "access token secret") },
        { "password", QT_TRANSLATE_NOOP("LeadBridge::AccountService", "password") },
        { "clientSecret", QT_TRANSLATE_NOOP("LeadBridge::AccountService", "client secret") },
        { "refreshToken", QT_TRANSLATE_NOOP("LeadBridge::AccountService", "sign-in token") },
        { "accessToken", QT_TRANSLATE_NOOP("LeadBridge::AccountService", "access token") },
        { "accessTokenExpiry",
            QT_TRANSLATE_NOOP("LeadBridge::AccountService", "access token expiry") },
        { "securityToken", QT_TRANSLATE_NOOP("LeadBridge::AccountService", "security token") },
        { "apiToken", QT_TRANSLATE_NOOP("LeadBridge::AccountService", "API token") },
        { "apiSecret", QT_TRANSLATE_NOOP("LeadBridge::AccountService", "API secret") },
    };
    for (const auto &[name, word] : words) {
        if (secretName == QLatin1String(name))
            return tr(word);
    }
    return secretName;
}

QString AccountService::statusWord(AccountStatus status)
{
    switch (status) {
    case AccountStatus::Linked:
        return tr("Linked");
    case AccountStatus::NeedsAttention:
        return tr("Needs attention");
    case AccountStatus::Unchecked:
        return tr("Not checked yet");
    }
    return {};
}

QString AccountService::checkingWord()
{
    return tr("Checking…");
}

QString AccountService::urlSettingKey(AccountKind kind)
{
    return kind == AccountKind::Salesforce ? QStringLiteral("loginUrl") : QStringLiteral("baseUrl");
}

QString AccountService::keychainIdKey()
{
    return QStringLiteral("keychainId");
}

QString AccountService::keychainId(const Account &account)
{
    const QString stored = account.settings.value(keychainIdKey()).toString();
    if (!stored.isEmpty() && CredentialStore::isValidName(stored, QStringLiteral("x")))
        return stored;
    return idKey(account.id);
}

QString AccountService::urlUserInfoProblem(AccountKind kind, const QVariantMap &settings)
{
    for (auto it = settings.cbegin(); it != settings.cend(); ++it) {
        if (it.value().typeId() != QMetaType::QString && it.value().typeId() != QMetaType::QUrl)
            continue;
        const QString text = it.value().toString().trimmed();
        const qsizetype scheme = text.indexOf(QLatin1String("://"));
        const bool looksLikeUrl = scheme > 0 || it.key().endsWith(u"url", Qt::CaseInsensitive);
        if (!looksLikeUrl)
            continue;
        // The authority: after "scheme://" (or from the start), up to the path, query or
        // fragment. An '@' in it means a user name and perhaps a password.
        const qsizetype from = scheme > 0 ? scheme + 3 : 0;
        qsizetype to = text.size();
        for (const QChar end : { u'/', u'?', u'#' }) {
            const qsizetype at = text.indexOf(end, from);
            if (at >= 0 && at < to)
                to = at;
        }
        if (!text.mid(from, to - from).contains(u'@'))
            continue;
        const QString shown = scheme > 0
            ? text.left(from) + text.mid(text.lastIndexOf(u'@', to - 1) + 1)
            : text.mid(text.lastIndexOf(u'@', to - 1) + 1);
        return tr("The %1 address must not contain a user name or password (the part before "
                  "“@”). Enter it as %2 and the password in its own field: LeadBridge keeps "
                  "passwords only in the system keychain.")
            .arg(kindDisplayName(kind), shown);
    }
    return {};
}

QVariantMap AccountService::withoutUrlUserInfo(const QVariantMap &settings)
{
    QVariantMap out = settings;
    for (auto it = out.begin(); it != out.end(); ++it) {
        if (it.value().typeId() != QMetaType::QString)
            continue;
        const QString text = it.value().toString();
        if (!text.contains(QLatin1String("://")) || !text.contains(u'@'))
            continue;
        const QUrl url(text.trimmed());
        if (url.isValid() && !url.userInfo().isEmpty())
            it.value() = url.toString(QUrl::RemoveUserInfo);
    }
    return out;
}

QString AccountService::locationText(const Account &account)
{
    const QVariantMap &s = account.settings;
    // Never show user info (http://user:password@host) of an address saved before it was
    // refused.
    const QString baseUrl = QUrl(s.value(QStringLiteral("baseUrl")).toString())
                                .toString(QUrl::RemoveUserInfo);
    if (isSandboxAccount(account)) {
        const QUrl url(s.value(urlSettingKey(account.kind)).toString());
        return tr("Built-in sandbox (port %1)").arg(url.port());
    }
    switch (account.kind) {
    case AccountKind::On24: {
        const QString dc = s.value(QStringLiteral("dataCentre")).toString();
        if (dc == QLatin1String("custom") || (!baseUrl.isEmpty() && dc.isEmpty()))
            return baseUrl;
        return dc == QLatin1String("eu") ? tr("Europe (EU)") : tr("North America (NA)");
    }
    case AccountKind::ActOn:
        return baseUrl.isEmpty() ? tr("Act-On cloud") : baseUrl;
    case AccountKind::Salesforce: {
        const QString instance
            = QUrl(s.value(QStringLiteral("instanceUrl")).toString()).toString(QUrl::RemoveUserInfo);
        const QString login
            = QUrl(s.value(QStringLiteral("loginUrl")).toString()).toString(QUrl::RemoveUserInfo);
        if (!instance.isEmpty() && !isSandboxAccount(account))
            return instance;
        if (login.isEmpty() || login == QLatin1String("https://login.salesforce.com"))
            return tr("Production");
        if (login == QLatin1String("https://test.salesforce.com"))
            return tr("Salesforce sandbox");
        return login;
    }
    case AccountKind::Pipeliner: {
        if (!baseUrl.isEmpty())
            return baseUrl;
        const QString region = s.value(QStringLiteral("region")).toString();
        return region.isEmpty() ? tr("Default region") : region;
    }
    }
    return {};
}

Expected<QList<Account>> AccountService::accounts() const
{
    return AccountRepository(m_journal).list();
}

Expected<Account> AccountService::account(qint64 id) const
{
    return AccountRepository(m_journal).get(id);
}

Expected<Account> AccountService::find(const QString &nameOrId) const
{
    const auto all = accounts();
    if (!all)
        return Expected<Account>::failure(all.errorString());
    bool isNumber = false;
    const qint64 id = nameOrId.toLongLong(&isNumber);
    QList<Account> matches;
    for (const Account &a : all.value()) {
        if ((isNumber && a.id == id)
            || a.name.compare(nameOrId.trimmed(), Qt::CaseInsensitive) == 0)
            matches.append(a);
    }
    if (matches.isEmpty())
        return Expected<Account>::failure(
            tr("There is no account called “%1”. Run “leadbridge-cli accounts list” to see the "
               "linked accounts.")
                .arg(nameOrId));
    if (matches.size() > 1)
        return Expected<Account>::failure(
            tr("Several accounts are called “%1”. Use the account's number instead (see "
               "“leadbridge-cli accounts list”).")
                .arg(nameOrId));
    return matches.constFirst();
}

bool AccountService::isChecking(qint64 accountId) const
{
    return m_checking.value(accountId) > 0;
}

QString AccountService::lastMessage(qint64 accountId) const
{
    return m_messages.value(accountId).first;
}

QString AccountService::lastDetail(qint64 accountId) const
{
    return m_messages.value(accountId).second;
}

Status AccountService::validate(AccountKind kind, const QString &name, const QVariantMap &settings,
    const CredentialBundle &secrets, bool requireSecrets) const
{
    if (name.trimmed().isEmpty())
        return Status::failure(
            tr("Give the account a name, for example “%1 marketing”.").arg(kindDisplayName(kind)));
    const auto setting = [&](const char *key) {
        return settings.value(QString::fromLatin1(key)).toString().trimmed();
    };
    const QString system = kindDisplayName(kind);
    // The one place every URL setting passes (CLI, link dialog, sandbox, updates).
    if (const QString problem = urlUserInfoProblem(kind, settings); !problem.isEmpty())
        return Status::failure(problem);
    switch (kind) {
    case AccountKind::On24:
        if (setting("clientId").isEmpty())
            return Status::failure(tr("Enter the ON24 client ID."));
        if (setting("dataCentre") == QLatin1String("custom") && setting("baseUrl").isEmpty())
            return Status::failure(tr("Enter the address of your ON24 data centre, or choose "
                                      "North America or Europe."));
        break;
    case AccountKind::ActOn:
        if (setting("username").isEmpty())
            return Status::failure(tr("Enter the Act-On user name."));
        if (setting("clientId").isEmpty())
            return Status::failure(tr("Enter the Act-On API client ID."));
        break;
    case AccountKind::Salesforce:
        if (setting("loginUrl").isEmpty())
            return Status::failure(tr("Choose where to sign in to Salesforce: production, "
                                      "sandbox or your own domain."));
        if (setting("clientId").isEmpty())
            return Status::failure(
                tr("Enter the consumer key (client ID) of your Salesforce connected app."));
        if (setting("authMethod") != QLatin1String("oauth") && setting("username").isEmpty())
            return Status::failure(tr("Enter the Salesforce user name."));
        break;
    case AccountKind::Pipeliner:
        if (setting("spaceId").isEmpty())
            return Status::failure(tr("Enter the Pipeliner space ID."));
        if (setting("region").isEmpty() && setting("baseUrl").isEmpty())
            return Status::failure(tr("Choose the Pipeliner region or enter the address of "
                                      "your Pipeliner server."));
        break;
    }
    if (requireSecrets) {
        for (const QString &secret : requiredSecrets(kind, settings)) {
            if (!secrets.has(secret)) {
                if (kind == AccountKind::Salesforce && secret == QLatin1String("refreshToken"))
                    return Status::failure(tr("Sign in with Salesforce first."));
                return Status::failure(
                    tr("Enter the %1 %2.").arg(system, secretDisplayName(secret)));
            }
        }
    }
    return Status();
}

void AccountService::readAccountSecrets(CredentialStore &store, const Account &account,
    std::function<void(const CredentialBundle &, const QString &, const QString &)> done)
{
    const QStringList names = secretNames(account.kind);
    if (names.isEmpty()) {
        done({}, {}, {});
        return;
    }
    const QString keyId = keychainId(account);
    auto bundle = std::make_shared<CredentialBundle>();
    auto state = std::make_shared<Countdown>();
    state->remaining = static_cast<int>(names.size());
    for (const QString &name : names) {
        store.read(keyId, name, [bundle, state, name, done](const CredentialResult &result) {
            if (result.ok)
                bundle->secrets.insert(name, result.value);
            else if (result.error != CredentialResult::ErrorKind::NotFound
                && state->error.isEmpty()) {
                state->error = result.userMessage;
                state->detail = result.technicalDetail;
            }
            if (--state->remaining == 0)
                done(*bundle, state->error, state->detail);
        });
    }
}

void AccountService::readSecrets(const Account &account,
    std::function<void(const CredentialBundle &, const QString &, const QString &)> done)
{
    QPointer<AccountService> self(this);
    readAccountSecrets(*m_store, account,
        [self, done](const CredentialBundle &bundle, const QString &error, const QString &detail) {
            if (self)
                done(bundle, error, detail);
        });
}

void AccountService::writeSecrets(const QString &keychainId, const CredentialBundle &secrets,
    std::function<void(const QString &, const QString &)> done)
{
    auto state = std::make_shared<Countdown>();
    for (auto it = secrets.secrets.cbegin(); it != secrets.secrets.cend(); ++it)
        state->remaining += it.value().isEmpty() ? 0 : 1;
    if (state->remaining == 0) {
        done({}, {});
        return;
    }
    QPointer<AccountService> self(this);
    for (auto it = secrets.secrets.cbegin(); it != secrets.secrets.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        m_store->write(keychainId, it.key(), it.value(),
            [self, state, done](const CredentialResult &result) {
                if (!result.ok && state->error.isEmpty()) {
                    state->error = result.userMessage;
                    state->detail = result.technicalDetail;
                }
                if (--state->remaining == 0 && self)
                    done(state->error, state->detail);
            });
    }
}

void AccountService::link(AccountKind kind, const QString &name, const QVariantMap &settings,
    const CredentialBundle &secrets, Callback done)
{
    if (const Status valid = validate(kind, name, settings, secrets, true); !valid)
        return fail(done, valid.errorString());
    Account account;
    account.kind = kind;
    account.name = name.trimmed();
    account.settings = settings;
    // A random keychain id of its own: the journal may give a new account the number of
    // an unlinked one, and the new account must never see that one's secrets.
    account.settings.insert(keychainIdKey(),
        QString(QStringLiteral("k") + QUuid::createUuid().toString(QUuid::Id128).left(20)));
    AccountRepository repo(m_journal);
    const auto added = repo.add(account);
    if (!added)
        return fail(done, added.errorString());
    const Account saved = added.value();
    qCInfo(lcEngine) << "Linked account" << saved.id << Account::kindToString(kind)
                     << "; saving its secrets in the keychain";
    Q_EMIT accountsChanged();
    QPointer<AccountService> self(this);
    const auto write = [self, saved, secrets, done] {
        if (!self)
            return;
        self->writeSecrets(keychainId(saved), secrets,
            [self, saved, done](const QString &error, const QString &detail) {
            if (!self)
                return;
            if (!error.isEmpty()) {
                // Nothing is kept when the keychain refuses: no half-linked account.
                qCWarning(lcEngine) << "Keychain refused the secrets of account" << saved.id
                                    << "; removing it again:" << detail;
                self->m_store->removeAll(keychainId(saved), secretNames(saved.kind));
                AccountRepository(self->m_journal).remove(saved.id);
                Q_EMIT self->accountsChanged();
                return fail(done, error, 0, detail);
            }
            self->testConnection(saved.id, done);
        });
    };
    // Every secret name of the kind is cleared first, so only the secrets given now are
    // there (even if entries under this keychain id were left by something else).
    m_store->removeAll(keychainId(saved), secretNames(kind),
        [write](const CredentialResult &) { write(); });
}

void AccountService::update(qint64 accountId, const QString &name, const QVariantMap &settings,
    const CredentialBundle &secrets, Callback done)
{
    auto current = account(accountId);
    if (!current)
        return fail(done, current.errorString(), accountId);
    Account changed = current.value();
    if (const Status valid = validate(changed.kind, name, settings, secrets, false); !valid)
        return fail(done, valid.errorString(), accountId);
    changed.name = name.trimmed();
    const QVariant keyId = changed.settings.value(keychainIdKey());
    changed.settings = settings;
    // The keychain id stays with the account, whatever the editor sent.
    if (keyId.isValid())
        changed.settings.insert(keychainIdKey(), keyId);
    else
        changed.settings.remove(keychainIdKey());
    if (const Status saved = AccountRepository(m_journal).update(changed); !saved)
        return fail(done, saved.errorString(), accountId);
    Q_EMIT accountsChanged();
    QPointer<AccountService> self(this);
    writeSecrets(keychainId(changed), secrets,
        [self, accountId, done](const QString &error, const QString &detail) {
            if (!self)
                return;
            if (!error.isEmpty())
                return fail(done, error, accountId, detail);
            self->testConnection(accountId, done);
        });
}

void AccountService::testConnection(qint64 accountId, Callback done)
{
    auto found = account(accountId);
    if (!found)
        return fail(done, found.errorString(), accountId);
    const Account acc = found.value();
    ++m_checking[accountId];
    Q_EMIT statusChanged(accountId, checkingWord(), QString());
    QPointer<AccountService> self(this);
    readSecrets(acc,
        [self, acc, done](
            const CredentialBundle &bundle, const QString &error, const QString &detail) {
            if (!self)
                return;
            if (!error.isEmpty()) {
                AccountOperationResult failed;
                failed.accountId = acc.id;
                failed.status = AccountStatus::NeedsAttention;
                failed.message = error;
                failed.technicalDetail = detail;
                self->finishCheck(acc, failed, done);
                return;
            }
            ConnectorConfig config;
            config.account = acc;
            config.credentials = bundle;
            const quint64 request = self->m_engine->testConnection(config);
            self->m_pending.insert(request, PendingTest { acc.id, acc.name, acc.kind, done });
        });
}

void AccountService::testUnsaved(AccountKind kind, const QString &name, const QVariantMap &settings,
    const CredentialBundle &secrets, Callback done, qint64 savedAccountId)
{
    if (savedAccountId != 0) {
        const auto saved = account(savedAccountId);
        if (!saved) {
            AccountOperationResult failed;
            failed.message = saved.errorString();
            done(failed);
            return;
        }
        QPointer<AccountService> self(this);
        readSecrets(saved.value(),
            [self, kind, name, settings, secrets, done](
                const CredentialBundle &stored, const QString &error, const QString &detail) {
                if (!self)
                    return;
                if (!error.isEmpty()) {
                    AccountOperationResult failed;
                    failed.message = error;
                    failed.technicalDetail = detail;
                    done(failed);
                    return;
                }
                CredentialBundle merged = stored;
                for (auto it = secrets.secrets.cbegin(); it != secrets.secrets.cend(); ++it) {
                    if (!it.value().isEmpty())
                        merged.secrets.insert(it.key(), it.value());
                }
                self->testUnsaved(kind, name, settings, merged, done, 0);
            });
        return;
    }
    if (const Status valid = validate(kind, name, settings, secrets, true); !valid) {
        AccountOperationResult result;
        result.message = valid.errorString();
        done(result);
        return;
    }
    ConnectorConfig config;
    config.account.kind = kind;
    config.account.name = name.trimmed();
    config.account.settings = settings;
    config.credentials = secrets;
    const quint64 request = m_engine->testConnection(config);
    m_pending.insert(request, PendingTest { 0, name, kind, std::move(done) });
}

void AccountService::onConnectionTested(
    quint64 requestId, const ConnectionInfo &info, const ApiError &error)
{
    const auto it = m_pending.find(requestId);
    if (it == m_pending.end())
        return; // another service's request on a shared engine
    const PendingTest pending = it.value();
    m_pending.erase(it);

    AccountOperationResult result;
    result.accountId = pending.accountId;
    result.ok = !error.isError();
    result.status = result.ok ? AccountStatus::Linked : AccountStatus::NeedsAttention;
    result.message = error.userMessage();
    result.technicalDetail = error.technicalDetail();
    result.info = info;
    result.info.updatedSecrets = {}; // secrets never travel further than needed

    if (pending.accountId == 0) {
        if (pending.done)
            pending.done(result);
        return;
    }
    auto found = account(pending.accountId);
    if (!found) { // unlinked while the check ran
        m_checking.remove(pending.accountId);
        if (pending.done)
            pending.done(result);
        return;
    }
    Account acc = found.value();
    // Renewed secrets of the check came through EngineHost::secretsUpdated before this
    // answer and are being kept by keepRotatedSecrets().
    if (result.ok && acc.kind == AccountKind::Salesforce && !info.instanceUrl.isEmpty())
        acc.settings.insert(QStringLiteral("instanceUrl"), info.instanceUrl);
    // The org refuses the OAuth password grant but SOAP login() works: later sign-ins go to
    // SOAP first (a setting, not a secret; SalesforceSession reads it). Its name must not
    // look secret ("password…"), or the journal refuses the whole account.
    if (result.ok && acc.kind == AccountKind::Salesforce
        && info.details.value(QStringLiteral("soapLoginFirst")).toBool())
        acc.settings.insert(QStringLiteral("soapLoginFirst"), true);
    finishCheck(acc, result, pending.done);
}

void AccountService::finishCheck(
    const Account &checked, const AccountOperationResult &result, const Callback &done)
{
    Account acc = checked;
    acc.status = result.ok ? AccountStatus::Linked : AccountStatus::NeedsAttention;
    if (result.ok)
        acc.lastCheckAt = QDateTime::currentDateTimeUtc();
    AccountOperationResult final = result;
    final.ok = result.ok;
    final.saved = true;
    final.accountId = acc.id;
    final.status = acc.status;
    if (const Status saved = AccountRepository(m_journal).update(acc); !saved)
        qCWarning(lcEngine) << "Could not record the check of account" << acc.id;
    if (--m_checking[acc.id] <= 0)
        m_checking.remove(acc.id);
    m_messages.insert(acc.id, { final.message, final.technicalDetail });
    qCInfo(lcEngine) << "Account" << acc.id << "checked:" << Account::statusToString(acc.status);
    Q_EMIT accountsChanged();
    Q_EMIT statusChanged(acc.id, statusWord(acc.status), final.message);
    answer(done, final);
}

QString AccountService::unlinkImpact(qint64 accountId) const
{
    const auto found = account(accountId);
    if (!found)
        return found.errorString();
    const Account &acc = found.value();
    QStringList secrets;
    for (const QString &s : secretNames(acc.kind))
        secrets.append(secretDisplayName(s));
    QString text
        = tr("Unlinking “%1” removes it from LeadBridge and deletes its saved %2 from "
             "your system keychain. Nothing changes in %3 itself.")
              .arg(acc.name, secrets.join(QStringLiteral(", ")), kindDisplayName(acc.kind));
    QStringList flows;
    if (const auto all = FlowRepository(m_journal).list()) {
        for (const auto &flow : all.value()) {
            if (flow.sourceAccountId == accountId || flow.targetAccountId == accountId)
                flows.append(QStringLiteral("“%1”").arg(flow.name));
        }
    }
    if (flows.isEmpty())
        text += QLatin1Char(' ') + tr("No flow uses this account.");
    else
        text += QLatin1Char(' ')
            + tr("It is used by %n flow(s): %1. Delete those flows or link them to another "
                 "account first; until then the account stays linked.",
                nullptr, static_cast<int>(flows.size()))
                  .arg(flows.join(QStringLiteral(", ")));
    return text;
}

void AccountService::unlink(qint64 accountId, Callback done)
{
    const auto found = account(accountId);
    if (!found)
        return fail(done, found.errorString(), accountId);
    const Account acc = found.value();
    // While flows use the account it stays, and so do its secrets: the journal's own
    // refusal, asked before anything is deleted.
    {
        QSqlQuery query(m_journal.database());
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM flows WHERE source_account_id = ? "
                                     "OR target_account_id = ?"));
        query.addBindValue(accountId);
        query.addBindValue(accountId);
        if (query.exec() && query.next() && query.value(0).toInt() > 0) {
            const Status refused = AccountRepository(m_journal).remove(accountId);
            return fail(done,
                refused ? tr("This account is used by flows.") : refused.errorString(), accountId);
        }
    }
    // The keychain entries go first, then the row: no moment where a row-less account's
    // secrets wait for a new account that might get its number.
    m_rotated.remove(accountId);
    qCInfo(lcEngine) << "Unlinking account" << accountId << "; removing its keychain entries";
    QPointer<AccountService> self(this);
    m_store->removeAll(keychainId(acc), secretNames(acc.kind),
        [self, acc, done](const CredentialResult &removed) {
            AccountOperationResult r;
            r.accountId = acc.id;
            if (!self)
                return answer(done, r);
            if (const Status gone = AccountRepository(self->m_journal).remove(acc.id); !gone)
                return fail(done, gone.errorString(), acc.id);
            self->m_messages.remove(acc.id);
            Q_EMIT self->accountsChanged();
            r.ok = removed.ok;
            if (!removed.ok) {
                // With its own keychain id, a later account never reads what is left.
                r.message = tr("“%1” was unlinked, but LeadBridge could not delete its secrets "
                               "from the system keychain: %2")
                                .arg(acc.name, removed.userMessage);
                r.technicalDetail = removed.technicalDetail;
            }
            answer(done, r);
        });
}

void AccountService::keepRotatedSecrets(qint64 accountId, const CredentialBundle &secrets)
{
    CredentialBundle &queued = m_rotated[accountId];
    for (auto it = secrets.secrets.cbegin(); it != secrets.secrets.cend(); ++it)
        queued.secrets.insert(it.key(), it.value()); // newer values replace older ones
    if (!m_rotating.contains(accountId))
        writeRotated(accountId);
}

void AccountService::writeRotated(qint64 accountId)
{
    const CredentialBundle bundle = m_rotated.take(accountId);
    if (bundle.secrets.isEmpty()) {
        m_rotating.remove(accountId);
        return;
    }
    const auto found = account(accountId);
    if (!found) {
        qCInfo(lcEngine) << "Account" << accountId
                         << "is no longer linked; its renewed sign-in tokens are not kept";
        m_rotating.remove(accountId);
        return;
    }
    CredentialBundle kept;
    const QStringList names = secretNames(found->kind);
    for (auto it = bundle.secrets.cbegin(); it != bundle.secrets.cend(); ++it) {
        if (names.contains(it.key()))
            kept.secrets.insert(it.key(), it.value());
    }
    m_rotating.insert(accountId);
    qCInfo(lcEngine) << "Keeping the renewed sign-in tokens of account" << accountId
                     << "in the keychain";
    QPointer<AccountService> self(this);
    writeSecrets(keychainId(found.value()), kept,
        [self, accountId](const QString &error, const QString &detail) {
            if (!error.isEmpty())
                qCWarning(lcEngine).noquote()
                    << QStringLiteral("Could not keep the renewed sign-in tokens of account %1: %2")
                           .arg(accountId)
                           .arg(detail);
            if (self)
                self->writeRotated(accountId); // whatever arrived meanwhile, newest last
        });
}

bool AccountService::isSandboxRunning() const
{
    return m_sandbox && m_sandbox->isRunning();
}

QList<BuiltInSandbox::Endpoint> AccountService::sandboxEndpoints() const
{
    return isSandboxRunning() ? m_sandbox->endpoints() : QList<BuiltInSandbox::Endpoint>();
}

void AccountService::stopSandbox()
{
    if (m_sandbox)
        m_sandbox->stop();
}

bool AccountService::startSandbox(QString *error)
{
    if (isSandboxRunning())
        return true;
    if (!haveSandbox(error)) {
        Q_EMIT sandboxFailed(*error);
        return false;
    }
    BuiltInSandbox::Settings config;
    config.seed = 2026;
    config.size = 500;
    // The demo world lives beside the journal, so it agrees with what the journal remembers
    // after a restart (docs/sandbox.md "Persistence").
    config.stateDir = sandboxStateDir();
    if (!m_sandbox->start(config)) {
        *error = tr("LeadBridge could not start the built-in sandbox: %1")
                     .arg(m_sandbox->errorString());
        Q_EMIT sandboxFailed(*error);
        return false;
    }
    qCInfo(lcEngine) << "Sandbox started with" << m_sandbox->endpoints().size() << "emulators";
    return true;
}

bool AccountService::haveSandbox(QString *error)
{
    if (!m_sandbox)
        m_sandbox = BuiltInSandbox::create();
    if (m_sandbox)
        return true;
    *error = BuiltInSandbox::unavailableSentence();
    qCWarning(lcEngine) << "No built-in sandbox is registered in this executable";
    return false;
}

bool AccountService::hasSandboxAccounts() const
{
    const auto all = accounts();
    if (!all)
        return false;
    for (const Account &a : all.value()) {
        if (isSandboxAccount(a))
            return true;
    }
    return false;
}

QString AccountService::sandboxStateDir() const
{
    const QString path = m_journal.path();
    if (path.isEmpty() || path == QLatin1String(":memory:") || path.startsWith(u'?'))
        return {};
    return QDir(QFileInfo(path).absolutePath()).filePath(QStringLiteral("sandbox"));
}

bool AccountService::forgetSandboxLinks(QStringList *names, QString *error)
{
    const auto all = accounts();
    if (!all) {
        *error = all.errorString();
        return false;
    }
    FlowRepository flows(m_journal);
    QList<Flow> affected;
    for (const Account &a : all.value()) {
        if (!isSandboxAccount(a))
            continue;
        const auto using_ = flows.usingAccount(a.id);
        if (!using_) {
            *error = using_.errorString();
            return false;
        }
        for (const Flow &f : using_.value()) {
            bool seen = false;
            for (const Flow &g : std::as_const(affected))
                seen = seen || g.id == f.id;
            if (!seen)
                affected.append(f);
        }
    }
    const QString failed = tr("LeadBridge could not make the flows on sandbox accounts forget "
                              "the old sandbox records. See the log for details.");
    Transaction tx(m_journal.database());
    if (!tx.isActive()) {
        *error = failed;
        return false;
    }
    for (Flow f : std::as_const(affected)) {
        LinkRepository links(m_journal, f.id, CrmKind::Salesforce);
        QStringList keys;
        const Status listed = links.forEach([&keys](QList<LinkSnapshot> &&batch) {
            for (const LinkSnapshot &s : batch)
                keys.append(s.emailKey);
            return true;
        });
        if (!listed || !links.remove(keys) || !links.clearCursors()) {
            *error = failed;
            return false;
        }
    }
    if (!tx.commit()) {
        *error = failed;
        return false;
    }
    // Without cursors the next run is full anyway; the flag also shows it on the Flows page.
    // (FlowRepository::update opens its own transaction, so it runs after the commit.)
    for (Flow f : std::as_const(affected)) {
        f.needsFullSync = true;
        if (!flows.update(f)) {
            *error = failed;
            return false;
        }
        names->append(f.name);
    }
    return true;
}

void AccountService::resetSandbox(Callback done)
{
    const QString dir = sandboxStateDir();
    stopSandbox();
    QString error;
    if (!haveSandbox(&error) || (!dir.isEmpty() && !m_sandbox->resetState(dir, &error)))
        return fail(done, error);
    QStringList forgotten;
    if (!forgetSandboxLinks(&forgotten, &error))
        return fail(done, error);
    qCInfo(lcEngine) << "Sandbox data reset;" << forgotten.size()
                     << "flows forgot their sandbox links";
    Q_EMIT accountsChanged();
    const bool resumed = resumeSandbox([done, forgotten](const AccountOperationResult &r) {
        AccountOperationResult out = r;
        out.flows = forgotten;
        answer(done, out);
    });
    if (!resumed) {
        AccountOperationResult result;
        result.ok = true;
        result.flows = forgotten;
        answer(done, result);
    }
}

void AccountService::trySandbox(Callback done)
{
    QString error;
    if (!startSandbox(&error))
        return fail(done, error);
    linkSandboxAccounts(std::move(done), false);
}

bool AccountService::resumeSandbox(Callback done)
{
    const auto all = accounts();
    if (!all)
        return false;
    bool any = false;
    for (const Account &a : all.value())
        any = any || isSandboxAccount(a);
    if (!any)
        return false;
    QString error;
    if (!startSandbox(&error)) {
        fail(done, error);
        return true;
    }
    linkSandboxAccounts(std::move(done), true);
    return true;
}

void AccountService::linkSandboxAccounts(Callback done, bool existingOnly)
{
    const auto all = accounts();
    QList<Account> existing = all ? all.value() : QList<Account>();

    struct Plan
    {
        AccountKind kind;
        QString name;
        QVariantMap settings;
        CredentialBundle secrets;
        qint64 existingId = 0;
    };
    QList<Plan> plans;
    for (const BuiltInSandbox::Endpoint &e : m_sandbox->endpoints()) {
        bool known = false;
        Plan plan;
        plan.kind = Account::kindFromString(e.name, &known);
        if (!known)
            continue;
        plan.name = tr("Sandbox %1").arg(kindDisplayName(plan.kind));
        const QString url = e.baseUrl.toString();
        const auto cred = [&](const char *key) {
            return e.credentials.value(QString::fromLatin1(key)).toString();
        };
        const auto secret = [&](const char *name, const QString &value) {
            plan.secrets.secrets.insert(QString::fromLatin1(name), value.toUtf8());
        };
        QVariantMap &s = plan.settings;
        s.insert(kSandboxKey, true);
        switch (plan.kind) {
        case AccountKind::On24:
            s.insert(QStringLiteral("clientId"), cred("clientIds").section(QLatin1Char(','), 0, 0));
            s.insert(QStringLiteral("dataCentre"), QStringLiteral("custom"));
            s.insert(QStringLiteral("baseUrl"), url);
            secret("tokenKey", cred("accessTokenKey"));
            secret("tokenSecret", cred("accessTokenSecret"));
            break;
        case AccountKind::ActOn:
            s.insert(QStringLiteral("username"), cred("username"));
            s.insert(QStringLiteral("clientId"), cred("clientId"));
            s.insert(QStringLiteral("baseUrl"), url);
            secret("password", cred("password"));
            secret("clientSecret", cred("clientSecret"));
            break;
        case AccountKind::Salesforce:
            s.insert(QStringLiteral("loginUrl"), url);
            s.insert(QStringLiteral("authMethod"), QStringLiteral("password"));
            s.insert(QStringLiteral("clientId"), cred("clientId"));
            s.insert(QStringLiteral("username"), cred("username"));
            secret("password", cred("password"));
            secret("securityToken", cred("securityToken"));
            secret("clientSecret", cred("clientSecret"));
            break;
        case AccountKind::Pipeliner:
            s.insert(QStringLiteral("baseUrl"), url);
            s.insert(QStringLiteral("spaceId"), cred("spaceId"));
            secret("apiToken", cred("apiToken"));
            secret("apiSecret", cred("apiSecret"));
            break;
        }
        for (const Account &a : std::as_const(existing)) {
            if (a.kind == plan.kind && isSandboxAccount(a)) {
                plan.existingId = a.id;
                plan.name = a.name; // keep what the person renamed it to
                break;
            }
        }
        if (existingOnly && plan.existingId == 0)
            continue;
        plans.append(plan);
    }

    auto state = std::make_shared<Countdown>();
    state->remaining = static_cast<int>(plans.size());
    auto linked = std::make_shared<int>(0);
    if (plans.isEmpty()) {
        AccountOperationResult result;
        result.ok = true;
        ensureDemoFlows(result);
        answer(done, result);
        return;
    }
    QPointer<AccountService> self(this);
    for (const Plan &plan : std::as_const(plans)) {
        auto oneDone = [self, state, linked, done, name = plan.name](
                           const AccountOperationResult &r) {
            if (r.ok)
                ++*linked;
            else if (!r.message.isEmpty())
                state->error += (state->error.isEmpty() ? QString() : QStringLiteral("\n"))
                    + QStringLiteral("%1: %2").arg(name, r.message);
            if (--state->remaining == 0) {
                AccountOperationResult result;
                result.ok = state->error.isEmpty();
                result.status = result.ok ? AccountStatus::Linked : AccountStatus::NeedsAttention;
                result.message = state->error;
                if (self)
                    self->ensureDemoFlows(result);
                answer(done, result);
            }
        };
        if (plan.existingId != 0)
            update(plan.existingId, plan.name, plan.settings, plan.secrets, oneDone);
        else
            link(plan.kind, plan.name, plan.settings, plan.secrets, oneDone);
    }
}

void AccountService::ensureDemoFlows(AccountOperationResult &result)
{
    const auto all = accounts();
    if (!all) {
        result.ok = false;
        result.message
            += (result.message.isEmpty() ? QString() : QStringLiteral("\n")) + all.errorString();
        return;
    }
    // Accounts whose test failed still get their flows: they are saved, and the flows
    // run once the account is fixed.
    DemoFlowAccounts demo = DemoFlows::sandboxAccounts(all.value());
    if (demo.pipeliner != 0 && isSandboxRunning())
        demo.pipelinerOwnerId = DemoFlows::sandboxLeadOwnerId(*m_sandbox);
    const auto ensured = DemoFlows::ensure(m_journal, demo);
    if (!ensured) {
        qCWarning(lcEngine) << "Could not add the demo flows:" << ensured.errorString();
        result.ok = false;
        result.message += (result.message.isEmpty() ? QString() : QStringLiteral("\n"))
            + ensured.errorString();
        return;
    }
    result.flows = ensured->all();
    // The Flows page reloads on this signal; the new flows use these accounts.
    if (!ensured->created.isEmpty())
        Q_EMIT accountsChanged();
}

} // namespace LeadBridge
