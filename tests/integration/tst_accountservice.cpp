// AccountService without widgets: linking (journal + keychain), connection tests on the
// engine thread against the in-process sandbox, wrong secrets, unlinking, the sandbox
// accounts and the rule that no secret ever lands in the journal, QSettings or the log.
#include "core/engine/AccountService.h"
#include "core/engine/EngineHost.h"
#include "core/engine/DemoFlows.h"
#include "core/engine/EngineWorker.h"
#include "core/engine/RunLauncher.h"
#include "core/mapping/FieldMapJson.h"
#include "core/store/ChangeCsvExport.h"
#include "core/store/FieldMapRepository.h"
#include "core/store/HistoryQuery.h"
#include "core/model/Flow.h"
#include "core/sandbox/Sandbox.h"
#include "core/sandbox/SandboxThread.h"
#include "core/sandbox/acton/ActOnEmulator.h"
#include "core/secrets/CredentialStore.h"
#include "core/store/AccountRepository.h"
#include "core/store/FlowRepository.h"
#include "core/store/Journal.h"
#include "core/util/AppPaths.h"
#include "core/util/LogFile.h"
#include "core/connectors/acton/ActOnSession.h"
#include "core/util/LogCategories.h"
#include "tests/support/AppTestEnvironment.h"
#include "tests/support/KeychainProbe.h"
#include "tests/support/RawHttp.h"
#include "tests/support/SecretReader.h"
#include "tests/support/TestEnv.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace LeadBridge;
using namespace Qt::StringLiterals;

namespace {
QVariantMap credentialsOf(const Sandbox::SandboxThread &sandbox, const QString &name)
{
    for (const auto &e : sandbox.endpoints()) {
        if (e.name == name)
            return e.credentials;
    }
    return {};
}
} // namespace

class TestAccountService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void engineRunsConnectorsOnItsOwnThread();
    void linkTestsAndStoresSecretsInKeychainOnly();
    void wrongSecretNeedsAttention();
    void testConnectionReportsCheckingThenLinked();
    void missingSettingIsRefusedBeforeSaving();
    void secretInSettingsIsRefused();
    void unlinkRemovesKeychainEntriesAndRow();
    void unlinkRefusedWhileFlowUsesAccount();
    void unsavedTestStoresNothing();
    void trySandboxLinksFourAndRepointsOnRestart();
    void relinkNeverInheritsUnlinkedSecrets();
    void urlWithUserInfoIsRefused();
    void rotatedTokensOfChecksAreKept();
    void noSecretInJournalSettingsOrLog();

private:
    AccountOperationResult wait(const std::function<void(AccountService::Callback)> &start);
    CredentialResult readSecret(qint64 accountId, const QString &name);
    CredentialResult readKey(const QString &keychainId, const QString &name);
    void writeKey(const QString &keychainId, const QString &name, const QByteArray &value);
    /// Waits until every keychain write (rotated tokens included) has finished.
    void settleKeychain();
    QVariantMap actOnSettings() const;
    AccountOperationResult linkOn24(const QString &name, const QString &tokenSecret);

    Test::AppTestEnvironment m_env;
    Sandbox::SandboxThread m_sandbox;
    Journal m_journal;
    CredentialStore m_store;
    std::unique_ptr<EngineHost> m_engine;
    std::unique_ptr<AccountService> m_service;
    QStringList m_secretValues; ///< every secret value this test stored
};

void TestAccountService::initTestCase()
{
    QVERIFY(m_env.start(u"tst_accountservice"_s));

    // The keychain must be reachable (scripts/with-keyring.sh provides one).
    LEADBRIDGE_REQUIRE_KEYCHAIN(m_store);

    QVERIFY2(m_sandbox.start(Sandbox::SandboxConfig()), qPrintable(m_sandbox.errorString()));
    // Several tests sign in to Act-On on purpose; the 5-per-hour limit is not their subject.
    QVERIFY(m_sandbox.invoke([](Sandbox::Sandbox &sandbox) {
        auto *acton = static_cast<Sandbox::ActOnEmulator *>(sandbox.emulator(u"acton"_s));
        acton->setLimits(acton->callsPerSecondLimit(), acton->callsPerDayLimit(), 100);
    }));
    QVERIFY(Test::AppTestEnvironment::openServices(m_journal, m_store, m_engine, m_service));
}

void TestAccountService::cleanupTestCase()
{
    m_service.reset();
    m_engine.reset();
    m_journal.close();
    LogFile::uninstall();
}

void TestAccountService::cleanup()
{
    // Each test starts without accounts (flows first: they hold on to accounts).
    QSqlDatabase db = m_journal.database();
    if (db.isOpen()) {
        const auto all = m_service->accounts();
        for (const Account &a : all.value())
            wait([&](auto done) { m_service->unlink(a.id, done); });
    }
}

AccountOperationResult TestAccountService::wait(
    const std::function<void(AccountService::Callback)> &start)
{
    AccountOperationResult result;
    bool finished = false;
    start([&](const AccountOperationResult &r) {
        result = r;
        finished = true;
    });
    if (!QTest::qWaitFor([&] { return finished; }, 30000))
        qWarning("operation did not finish within 30 s");
    return result;
}

CredentialResult TestAccountService::readSecret(qint64 accountId, const QString &name)
{
    return Test::SecretReader::read(m_journal, m_store, accountId, name);
}

AccountOperationResult TestAccountService::linkOn24(const QString &name, const QString &tokenSecret)
{
    const QVariantMap cred = credentialsOf(m_sandbox, u"on24"_s);
    const QVariantMap settings {
        { u"clientId"_s, cred.value(u"clientIds"_s).toString().section(u',', 0, 0) },
        { u"dataCentre"_s, u"custom"_s }, { u"baseUrl"_s, m_sandbox.baseUrl(u"on24"_s).toString() }
    };
    CredentialBundle secrets;
    secrets.secrets.insert(u"tokenKey"_s, cred.value(u"accessTokenKey"_s).toString().toUtf8());
    secrets.secrets.insert(u"tokenSecret"_s, tokenSecret.toUtf8());
    m_secretValues << cred.value(u"accessTokenKey"_s).toString() << tokenSecret;
    return wait(
        [&](auto done) { m_service->link(AccountKind::On24, name, settings, secrets, done); });
}

void TestAccountService::engineRunsConnectorsOnItsOwnThread()
{
    QThread *workerThread = nullptr;
    QThread *namThread = nullptr;
    m_engine->post([&](EngineWorker &worker) {
        workerThread = worker.thread();
        namThread = worker.networkAccessManager()->thread();
    });
    QTRY_VERIFY(workerThread != nullptr);
    QCOMPARE(workerThread, m_engine->engineThread());
    QCOMPARE(namThread, m_engine->engineThread());
    QVERIFY(workerThread != QThread::currentThread());

    // describe() crosses the thread boundary as values too.
    const QVariantMap cred = credentialsOf(m_sandbox, u"pipeliner"_s);
    ConnectorConfig config;
    config.account.kind = AccountKind::Pipeliner;
    config.account.name = u"Describe check"_s;
    config.account.settings = { { u"baseUrl"_s, m_sandbox.baseUrl(u"pipeliner"_s).toString() },
        { u"spaceId"_s, cred.value(u"spaceId"_s) } };
    config.credentials.secrets.insert(u"apiToken"_s, cred.value(u"apiToken"_s).toString().toUtf8());
    config.credentials.secrets.insert(
        u"apiSecret"_s, cred.value(u"apiSecret"_s).toString().toUtf8());
    QSignalSpy described(m_engine.get(), &EngineHost::described);
    const quint64 id = m_engine->describe(config, {});
    QVERIFY(described.wait(20000));
    QCOMPARE(described.constFirst().at(0).value<quint64>(), id);
    const auto error = described.constFirst().at(2).value<ApiError>();
    QVERIFY2(!error.isError(), qPrintable(error.toLogString()));
    const auto schemas = described.constFirst().at(1).value<QList<CrmObjectSchema>>();
    QVERIFY(!schemas.isEmpty());
}

void TestAccountService::linkTestsAndStoresSecretsInKeychainOnly()
{
    const QString secret
        = credentialsOf(m_sandbox, u"on24"_s).value(u"accessTokenSecret"_s).toString();
    QSignalSpy changed(m_service.get(), &AccountService::accountsChanged);
    const auto result = linkOn24(u"Webinars"_s, secret);
    QVERIFY2(result.ok, qPrintable(result.message));
    QVERIFY(result.saved);
    QCOMPARE(result.status, AccountStatus::Linked);
    QVERIFY(!changed.isEmpty());

    const auto stored = AccountRepository(m_journal).get(result.accountId);
    QVERIFY(stored);
    QCOMPARE(stored->name, u"Webinars"_s);
    QCOMPARE(stored->status, AccountStatus::Linked);
    QVERIFY(stored->lastCheckAt.isValid());
    QVERIFY(qAbs(stored->lastCheckAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(stored->settings.value(u"dataCentre"_s).toString(), u"custom"_s);
    QVERIFY(!stored->settings.contains(u"tokenSecret"_s));
    QVERIFY(!stored->settings.contains(u"tokenKey"_s));

    const auto read = readSecret(result.accountId, u"tokenSecret"_s);
    QVERIFY(read.ok);
    QCOMPARE(read.text(), secret);
}

void TestAccountService::wrongSecretNeedsAttention()
{
    const auto result = linkOn24(u"Webinars wrong"_s, u"not-the-secret-0815"_s);
    QVERIFY(!result.ok);
    QVERIFY(result.saved); // linked, but marked
    QCOMPARE(result.status, AccountStatus::NeedsAttention);
    QVERIFY2(result.message.contains(u"ON24"_s), qPrintable(result.message));
    QVERIFY2(result.message.contains(u"Webinars wrong"_s), qPrintable(result.message));
    QCOMPARE(
        AccountRepository(m_journal).get(result.accountId)->status, AccountStatus::NeedsAttention);
    QVERIFY(!AccountRepository(m_journal).get(result.accountId)->lastCheckAt.isValid());
    QCOMPARE(m_service->lastMessage(result.accountId), result.message);
    QCOMPARE(AccountService::statusWord(AccountStatus::NeedsAttention), u"Needs attention"_s);
}

void TestAccountService::testConnectionReportsCheckingThenLinked()
{
    const QString secret
        = credentialsOf(m_sandbox, u"on24"_s).value(u"accessTokenSecret"_s).toString();
    const auto linked = linkOn24(u"Webinars again"_s, secret);
    QVERIFY(linked.ok);
    QSignalSpy status(m_service.get(), &AccountService::statusChanged);
    const auto result = wait([&](auto done) { m_service->testConnection(linked.accountId, done); });
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(status.size(), 2);
    QCOMPARE(status.at(0).at(0).toLongLong(), linked.accountId);
    QCOMPARE(status.at(0).at(1).toString(), u"Checking…"_s);
    QCOMPARE(status.at(1).at(1).toString(), u"Linked"_s);
    QVERIFY(status.at(1).at(2).toString().isEmpty());
    QVERIFY(!m_service->isChecking(linked.accountId));
}

void TestAccountService::missingSettingIsRefusedBeforeSaving()
{
    CredentialBundle secrets;
    secrets.secrets.insert(u"tokenKey"_s, "k");
    secrets.secrets.insert(u"tokenSecret"_s, "s");
    auto result = wait([&](auto done) {
        m_service->link(
            AccountKind::On24, u"No client"_s, { { u"dataCentre"_s, u"na"_s } }, secrets, done);
    });
    QVERIFY(!result.saved);
    QCOMPARE(result.message, u"Enter the ON24 client ID."_s);
    result = wait([&](auto done) {
        m_service->link(AccountKind::Pipeliner, u"No secret"_s,
            { { u"region"_s, u"us-east"_s }, { u"spaceId"_s, u"7"_s } }, CredentialBundle(), done);
    });
    QVERIFY(!result.saved);
    QCOMPARE(result.message, u"Enter the Pipeliner API token."_s);
    QVERIFY(AccountRepository(m_journal).list()->isEmpty());
}

void TestAccountService::secretInSettingsIsRefused()
{
    CredentialBundle secrets;
    secrets.secrets.insert(u"tokenKey"_s, "k");
    secrets.secrets.insert(u"tokenSecret"_s, "s");
    const auto result = wait([&](auto done) {
        m_service->link(AccountKind::On24, u"Leaky"_s,
            { { u"clientId"_s, u"1"_s }, { u"dataCentre"_s, u"na"_s },
                { u"tokenSecret"_s, u"s"_s } },
            secrets, done);
    });
    QVERIFY(!result.saved);
    QVERIFY2(result.message.contains(u"keychain"_s), qPrintable(result.message));
    QVERIFY(AccountRepository(m_journal).list()->isEmpty());
}

void TestAccountService::unlinkRemovesKeychainEntriesAndRow()
{
    const QString secret
        = credentialsOf(m_sandbox, u"on24"_s).value(u"accessTokenSecret"_s).toString();
    const auto linked = linkOn24(u"To unlink"_s, secret);
    QVERIFY(linked.ok);
    const QString impact = m_service->unlinkImpact(linked.accountId);
    QVERIFY2(impact.contains(u"access token key, access token secret"_s), qPrintable(impact));
    QVERIFY2(impact.contains(u"No flow uses this account."_s), qPrintable(impact));

    const auto result = wait([&](auto done) { m_service->unlink(linked.accountId, done); });
    QVERIFY2(result.ok, qPrintable(result.message));
    QVERIFY(!AccountRepository(m_journal).get(linked.accountId));
    for (const QString &name : AccountService::secretNames(AccountKind::On24))
        QCOMPARE(readSecret(linked.accountId, name).error, CredentialResult::ErrorKind::NotFound);
}

void TestAccountService::unlinkRefusedWhileFlowUsesAccount()
{
    const QString secret
        = credentialsOf(m_sandbox, u"on24"_s).value(u"accessTokenSecret"_s).toString();
    const auto source = linkOn24(u"Flow source"_s, secret);
    const auto target = linkOn24(u"Flow target"_s, secret);
    QVERIFY(source.ok && target.ok);
    Flow flow;
    flow.name = u"Webinar import"_s;
    flow.sourceAccountId = source.accountId;
    flow.targetAccountId = target.accountId;
    const auto added = FlowRepository(m_journal).add(flow);
    QVERIFY2(added, qPrintable(added.errorString()));

    const QString impact = m_service->unlinkImpact(source.accountId);
    QVERIFY2(impact.contains(u"It is used by 1 flow(s): “Webinar import”"_s), qPrintable(impact));
    const auto result = wait([&](auto done) { m_service->unlink(source.accountId, done); });
    QVERIFY(!result.ok);
    QVERIFY2(result.message.contains(u"used by 1 flow"_s), qPrintable(result.message));
    // Nothing was removed: row and secrets stay.
    QVERIFY(AccountRepository(m_journal).get(source.accountId));
    QCOMPARE(readSecret(source.accountId, u"tokenSecret"_s).text(), secret);

    QSqlQuery(m_journal.database()).exec(u"DELETE FROM flows"_s);
}

void TestAccountService::unsavedTestStoresNothing()
{
    const QVariantMap cred = credentialsOf(m_sandbox, u"acton"_s);
    const QVariantMap settings { { u"username"_s, cred.value(u"username"_s) },
        { u"clientId"_s, cred.value(u"clientId"_s) },
        { u"baseUrl"_s, m_sandbox.baseUrl(u"acton"_s).toString() } };
    CredentialBundle secrets;
    secrets.secrets.insert(u"password"_s, cred.value(u"password"_s).toString().toUtf8());
    secrets.secrets.insert(u"clientSecret"_s, cred.value(u"clientSecret"_s).toString().toUtf8());
    auto result = wait([&](auto done) {
        m_service->testUnsaved(AccountKind::ActOn, u"Trial"_s, settings, secrets, done);
    });
    QVERIFY2(result.ok, qPrintable(result.message));
    QVERIFY(!result.saved);
    secrets.secrets.insert(u"password"_s, "wrong-password");
    result = wait([&](auto done) {
        m_service->testUnsaved(AccountKind::ActOn, u"Trial"_s, settings, secrets, done);
    });
    QVERIFY(!result.ok);
    QVERIFY2(result.message.contains(u"Act-On"_s), qPrintable(result.message));
    QVERIFY(AccountRepository(m_journal).list()->isEmpty());
}

void TestAccountService::trySandboxLinksFourAndRepointsOnRestart()
{
    auto result = wait([&](auto done) { m_service->trySandbox(done); });
    QVERIFY2(result.ok, qPrintable(result.message));
    QVERIFY(m_service->isSandboxRunning());
    auto all = m_service->accounts().value();
    QCOMPARE(all.size(), 4);
    QStringList names;
    for (const Account &a : all) {
        names << a.name;
        QCOMPARE(a.status, AccountStatus::Linked);
        QVERIFY(a.settings.value(u"sandbox"_s).toBool());
        const QString url = a.settings.value(AccountService::urlSettingKey(a.kind)).toString();
        QVERIFY2(url.startsWith(u"http://127.0.0.1:"_s), qPrintable(url));
    }
    names.sort();
    QCOMPARE(names,
        QStringList({ u"Sandbox Act-On"_s, u"Sandbox ON24"_s, u"Sandbox Pipeliner"_s,
            u"Sandbox Salesforce"_s }));

    // The sandbox comes back on other ports: the accounts follow, none is duplicated.
    const QList<BuiltInSandbox::Endpoint> before = m_service->sandboxEndpoints();
    m_service->stopSandbox();
    QVERIFY(!m_service->isSandboxRunning());
    result = wait([&](auto done) { QVERIFY(m_service->resumeSandbox(done)); });
    QVERIFY2(result.ok, qPrintable(result.message));
    all = m_service->accounts().value();
    QCOMPARE(all.size(), 4);
    const auto after = m_service->sandboxEndpoints();
    for (const Account &a : all) {
        QCOMPARE(a.status, AccountStatus::Linked);
        const QString url = a.settings.value(AccountService::urlSettingKey(a.kind)).toString();
        bool matches = false;
        for (const auto &e : after)
            matches = matches
                || (e.name == Account::kindToString(a.kind) && e.baseUrl.toString() == url);
        QVERIFY2(matches, qPrintable(url));
    }
    // And Try the sandbox again links nothing twice.
    result = wait([&](auto done) { m_service->trySandbox(done); });
    QVERIFY(result.ok);
    QCOMPARE(m_service->accounts()->size(), 4);
    Q_UNUSED(before);
}

CredentialResult TestAccountService::readKey(const QString &keychainId, const QString &name)
{
    CredentialResult out;
    bool finished = false;
    m_store.read(keychainId, name, [&](const CredentialResult &r) {
        out = r;
        finished = true;
    });
    if (!QTest::qWaitFor([&] { return finished; }, 10000))
        qWarning("keychain read did not finish");
    return out;
}

void TestAccountService::writeKey(
    const QString &keychainId, const QString &name, const QByteArray &value)
{
    bool finished = false;
    m_store.write(keychainId, name, value, [&](const CredentialResult &r) {
        QVERIFY(r.ok);
        finished = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return finished; }, 10000));
}

void TestAccountService::settleKeychain()
{
    QVERIFY(QTest::qWaitFor(
        [&] { return m_store.pendingCount() == 0 && !m_service->isKeepingSecrets(); }, 20000));
}

QVariantMap TestAccountService::actOnSettings() const
{
    const QVariantMap cred = credentialsOf(m_sandbox, u"acton"_s);
    return { { u"username"_s, cred.value(u"username"_s) },
        { u"clientId"_s, cred.value(u"clientId"_s) },
        { u"baseUrl"_s, m_sandbox.baseUrl(u"acton"_s).toString() } };
}

void TestAccountService::relinkNeverInheritsUnlinkedSecrets()
{
    // An Act-On account whose check left sign-in tokens in the keychain.
    const QVariantMap cred = credentialsOf(m_sandbox, u"acton"_s);
    CredentialBundle secrets;
    secrets.secrets.insert(u"password"_s, cred.value(u"password"_s).toString().toUtf8());
    secrets.secrets.insert(u"clientSecret"_s, cred.value(u"clientSecret"_s).toString().toUtf8());
    const auto first = wait([&](auto done) {
        m_service->link(AccountKind::ActOn, u"Old marketing"_s, actOnSettings(), secrets, done);
    });
    QVERIFY2(first.ok, qPrintable(first.message));
    settleKeychain();
    const Account old = AccountRepository(m_journal).get(first.accountId).value();
    const QString oldKey = AccountService::keychainId(old);
    QVERIFY(readKey(oldKey, u"refreshToken"_s).ok);
    QVERIFY(readKey(oldKey, u"accessToken"_s).ok);

    QVERIFY(wait([&](auto done) { m_service->unlink(first.accountId, done); }).ok);
    for (const QString &name : AccountService::secretNames(AccountKind::ActOn))
        QCOMPARE(readKey(oldKey, name).error, CredentialResult::ErrorKind::NotFound);
    // Entries an unlink could not delete (a locked keychain, a run's token write landing
    // late), under the old account's keychain id and under its bare number.
    for (const QString &key : { oldKey, QString::number(first.accountId) }) {
        writeKey(key, u"refreshToken"_s, "stale-refresh-token-of-the-old-account");
        writeKey(key, u"accessToken"_s, "stale-access-token-of-the-old-account");
        writeKey(key, u"password"_s, "stale-password-of-the-old-account");
    }

    // The same kind again, with fewer secrets (no password yet: the check fails) — the
    // journal hands out the same number.
    CredentialBundle fewer;
    fewer.secrets.insert(u"password"_s, "new-password-0815");
    fewer.secrets.insert(u"clientSecret"_s, "new-client-secret-0815");
    const auto second = wait([&](auto done) {
        m_service->link(AccountKind::ActOn, u"New marketing"_s, actOnSettings(), fewer, done);
    });
    QVERIFY(second.saved);
    QCOMPARE(second.accountId, first.accountId);
    settleKeychain();
    const Account fresh = AccountRepository(m_journal).get(second.accountId).value();
    // What a run of the new account would be handed: its own password, no old token.
    QCOMPARE(readKey(AccountService::keychainId(fresh), u"password"_s).text(),
        u"new-password-0815"_s);
    QCOMPARE(readKey(AccountService::keychainId(fresh), u"refreshToken"_s).error,
        CredentialResult::ErrorKind::NotFound);
    QCOMPARE(readKey(AccountService::keychainId(fresh), u"accessToken"_s).error,
        CredentialResult::ErrorKind::NotFound);
    QVERIFY(AccountService::keychainId(fresh) != oldKey);
    QVERIFY(AccountService::keychainId(fresh) != QString::number(fresh.id));

    // Editing keeps the keychain id, whatever settings the editor sends.
    QVariantMap edited = actOnSettings();
    edited.insert(AccountService::keychainIdKey(), u"k-forged"_s);
    wait([&](auto done) {
        m_service->update(fresh.id, u"New marketing"_s, actOnSettings(), {}, done);
    });
    QCOMPARE(AccountService::keychainId(AccountRepository(m_journal).get(fresh.id).value()),
        AccountService::keychainId(fresh));
    m_store.removeAll(QString::number(first.accountId), AccountService::secretNames(AccountKind::ActOn));
    m_store.removeAll(oldKey, AccountService::secretNames(AccountKind::ActOn));
    settleKeychain();
}

void TestAccountService::urlWithUserInfoIsRefused()
{
    const QString password = u"url-password-4711"_s;
    const QVariantMap cred = credentialsOf(m_sandbox, u"acton"_s);
    CredentialBundle secrets;
    secrets.secrets.insert(u"password"_s, cred.value(u"password"_s).toString().toUtf8());
    secrets.secrets.insert(u"clientSecret"_s, cred.value(u"clientSecret"_s).toString().toUtf8());
    const QUrl base = m_sandbox.baseUrl(u"acton"_s);
    const QString leaky = u"http://demo:%1@127.0.0.1:%2"_s.arg(password).arg(base.port());

    QVariantMap settings = actOnSettings();
    settings.insert(u"baseUrl"_s, leaky);
    const qsizetype accountsBefore = AccountRepository(m_journal).list()->size();
    auto result = wait([&](auto done) {
        m_service->link(AccountKind::ActOn, u"Leaky URL"_s, settings, secrets, done);
    });
    QVERIFY(!result.saved);
    QCOMPARE(result.message,
        u"The Act-On address must not contain a user name or password (the part before “@”). "
        "Enter it as http://127.0.0.1:%1 and the password in its own field: LeadBridge keeps "
        "passwords only in the system keychain."_s.arg(base.port()));
    QCOMPARE(AccountRepository(m_journal).list()->size(), accountsBefore);

    // Every URL setting of every kind, with a user name only too; tests and edits as well.
    const QList<std::pair<AccountKind, QVariantMap>> cases {
        { AccountKind::Salesforce,
            { { u"loginUrl"_s, u"https://admin:%1@login.salesforce.com"_s.arg(password) },
                { u"clientId"_s, u"x"_s }, { u"username"_s, u"a@b.c"_s } } },
        { AccountKind::On24,
            { { u"clientId"_s, u"1"_s }, { u"dataCentre"_s, u"custom"_s },
                { u"baseUrl"_s, u"https://user@api.on24.example"_s } } },
        { AccountKind::Pipeliner,
            { { u"spaceId"_s, u"s"_s },
                { u"baseUrl"_s, u"https://u:%1@eu.pipeliner.example/api"_s.arg(password) } } },
    };
    for (const auto &[kind, values] : cases) {
        CredentialBundle any;
        for (const QString &name : AccountService::requiredSecrets(kind, values))
            any.secrets.insert(name, "x");
        result = wait([&](auto done) {
            m_service->testUnsaved(kind, u"Leaky"_s, values, any, done);
        });
        QVERIFY2(result.message.contains(u"must not contain a user name or password"_s),
            qPrintable(result.message));
        QVERIFY(!result.message.contains(password));
        QVERIFY(!result.message.contains(u"user@"_s));
    }
    const auto linked = wait([&](auto done) {
        m_service->link(AccountKind::ActOn, u"Clean URL"_s, actOnSettings(), secrets, done);
    });
    QVERIFY(linked.saved);
    result = wait([&](auto done) {
        m_service->update(linked.accountId, u"Clean URL"_s, settings, {}, done);
    });
    QVERIFY(result.message.contains(u"must not contain a user name or password"_s));
    QCOMPARE(AccountRepository(m_journal).get(linked.accountId)->settings.value(u"baseUrl"_s),
        QVariant(base.toString()));
    settleKeychain();

    // An address saved before this rule is shown and logged without its user info.
    Account legacy = AccountRepository(m_journal).get(linked.accountId).value();
    legacy.settings.insert(u"baseUrl"_s, leaky);
    QVERIFY(!AccountService::locationText(legacy).contains(password));
    QCOMPARE(AccountService::withoutUrlUserInfo(legacy.settings).value(u"baseUrl"_s).toString(),
        u"http://127.0.0.1:%1"_s.arg(base.port()));
    qCInfo(lcEngine).noquote() << u"connecting to"_s << leaky;
    QFile log(LogFile::filePath());
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray logged = log.readAll();
    QVERIFY(logged.contains("connecting to http://"));
    QVERIFY(!logged.contains(password.toUtf8()));
}

void TestAccountService::rotatedTokensOfChecksAreKept()
{
    const QVariantMap cred = credentialsOf(m_sandbox, u"acton"_s);
    CredentialBundle secrets;
    secrets.secrets.insert(u"password"_s, cred.value(u"password"_s).toString().toUtf8());
    secrets.secrets.insert(u"clientSecret"_s, cred.value(u"clientSecret"_s).toString().toUtf8());
    const auto linked = wait([&](auto done) {
        m_service->link(AccountKind::ActOn, u"Rotating"_s, actOnSettings(), secrets, done);
    });
    QVERIFY2(linked.ok, qPrintable(linked.message));
    settleKeychain();
    const QString key
        = AccountService::keychainId(AccountRepository(m_journal).get(linked.accountId).value());
    const QString access = readKey(key, u"accessToken"_s).text();
    const QString refresh = readKey(key, u"refreshToken"_s).text();
    const QDateTime expiry = QDateTime::fromString(
        readKey(key, u"accessTokenExpiry"_s).text(), Qt::ISODateWithMs);
    QVERIFY(!access.isEmpty());
    QVERIFY(!refresh.isEmpty());
    QVERIFY(expiry > QDateTime::currentDateTimeUtc());

    // The next check (another "process": no token cache) uses them: no sign-in at all.
    ActOnSession::clearProcessCache();
    Test::RawHttp raw;
    const QUrl control = m_sandbox.baseUrl(u"acton"_s);
    const auto counters = [&] {
        return raw.get(QUrl(control.toString() + u"/_sandbox/counters"_s)).json();
    };
    const QJsonObject before = counters();
    QVERIFY(wait([&](auto done) { m_service->testConnection(linked.accountId, done); }).ok);
    const QJsonObject after = counters();
    const auto tokenCalls = [](const QJsonObject &c) {
        return c.value(u"calls"_s).toObject().value(u"token"_s).toInt();
    };
    QCOMPARE(tokenCalls(after), tokenCalls(before));

    // The server drops every access token: the refresh grant's new tokens replace the old.
    QCOMPARE(raw.send("POST", QUrl(control.toString() + u"/_sandbox/tokens/expire"_s)).status, 200);
    ActOnSession::clearProcessCache();
    QVERIFY(wait([&](auto done) { m_service->testConnection(linked.accountId, done); }).ok);
    settleKeychain();
    QVERIFY(readKey(key, u"accessToken"_s).text() != access);
    QVERIFY(readKey(key, u"refreshToken"_s).text() != refresh);
    QCOMPARE(counters().value(u"limits"_s).toObject()
                 .value(u"passwordGrants"_s).toInteger(),
        before.value(u"limits"_s).toObject().value(u"passwordGrants"_s).toInteger());

    // Rotations for an account unlinked meanwhile are not kept.
    QVERIFY(wait([&](auto done) { m_service->unlink(linked.accountId, done); }).ok);
    CredentialBundle late;
    late.secrets.insert(u"refreshToken"_s, "late-refresh-token");
    m_service->keepRotatedSecrets(linked.accountId, late);
    settleKeychain();
    QCOMPARE(readKey(key, u"refreshToken"_s).error, CredentialResult::ErrorKind::NotFound);
}

void TestAccountService::noSecretInJournalSettingsOrLog()
{
    // Link everything once more so all secret kinds have passed through.
    const QString secret
        = credentialsOf(m_sandbox, u"on24"_s).value(u"accessTokenSecret"_s).toString();
    QVERIFY(linkOn24(u"Leak check"_s, secret).ok);
    QVERIFY(wait([&](auto done) { m_service->trySandbox(done); }).ok);
    for (const auto &e : m_service->sandboxEndpoints()) {
        for (auto it = e.credentials.cbegin(); it != e.credentials.cend(); ++it) {
            if (Account::isSecretSettingKey(it.key()))
                m_secretValues << it.value().toString();
        }
    }
    // Canary secrets for every kind: distinctive values that pass through the connectors
    // (and their request logging) on the way to a rejected login.
    const auto canary = [&](AccountKind kind, const QVariantMap &settings,
                            const QStringList &names) {
        CredentialBundle secrets;
        for (const QString &n : names) {
            const QString value = u"canary-%1-%2-7f3a9c"_s.arg(Account::kindToString(kind), n);
            secrets.secrets.insert(n, value.toUtf8());
            m_secretValues << value;
        }
        const auto r = wait([&](auto done) {
            m_service->link(
                kind, u"Canary %1"_s.arg(Account::kindToString(kind)), settings, secrets, done);
        });
        QVERIFY(r.saved);
        QCOMPARE(r.status, AccountStatus::NeedsAttention);
    };
    const QVariantMap acton = credentialsOf(m_sandbox, u"acton"_s);
    canary(AccountKind::ActOn,
        { { u"username"_s, acton.value(u"username"_s) },
            { u"clientId"_s, acton.value(u"clientId"_s) },
            { u"baseUrl"_s, m_sandbox.baseUrl(u"acton"_s).toString() } },
        { u"password"_s, u"clientSecret"_s });
    const QVariantMap sf = credentialsOf(m_sandbox, u"salesforce"_s);
    canary(AccountKind::Salesforce,
        { { u"username"_s, sf.value(u"username"_s) }, { u"clientId"_s, sf.value(u"clientId"_s) },
            { u"authMethod"_s, u"password"_s },
            { u"loginUrl"_s, m_sandbox.baseUrl(u"salesforce"_s).toString() } },
        { u"password"_s, u"securityToken"_s, u"clientSecret"_s });
    const QVariantMap pl = credentialsOf(m_sandbox, u"pipeliner"_s);
    canary(AccountKind::Pipeliner,
        { { u"spaceId"_s, pl.value(u"spaceId"_s) },
            { u"baseUrl"_s, m_sandbox.baseUrl(u"pipeliner"_s).toString() } },
        { u"apiToken"_s, u"apiSecret"_s });

    // A run of the demo webinar import (ON24 → Act-On) during which Act-On hands out new
    // tokens: every access token is dropped first, so the run renews it (a refresh grant) and
    // the rotated access and refresh tokens go to the keychain — and nowhere else.
    const auto all = m_service->accounts().value();
    const DemoFlowAccounts demo = DemoFlows::sandboxAccounts(all);
    QVERIFY(demo.actOn > 0);
    const QString actOnKey
        = AccountService::keychainId(AccountRepository(m_journal).get(demo.actOn).value());
    settleKeychain();
    const QString accessBefore = readKey(actOnKey, u"accessToken"_s).text();
    const QString refreshBefore = readKey(actOnKey, u"refreshToken"_s).text();
    QVERIFY(!accessBefore.isEmpty() && !refreshBefore.isEmpty());
    m_secretValues << accessBefore << refreshBefore;
    QUrl actOnUrl;
    for (const auto &e : m_service->sandboxEndpoints()) {
        if (e.name == u"acton"_s)
            actOnUrl = e.baseUrl;
    }
    {
        Test::RawHttp raw;
        QCOMPARE(
            raw.send("POST", QUrl(actOnUrl.toString() + u"/_sandbox/tokens/expire"_s)).status,
            200);
    }
    qint64 flowId = 0;
    const QList<Flow> flows = FlowRepository(m_journal).list().value();
    for (const Flow &f : flows) {
        if (f.name == DemoFlows::webinarImportName())
            flowId = f.id;
    }
    QVERIFY(flowId > 0);
    RunLauncher launcher(m_journal, &m_store, m_engine.get());
    QSignalSpy finished(m_engine.get(), &EngineHost::runFinished);
    QSignalSpy failed(&launcher, &RunLauncher::launchFailed);
    RunRequest request;
    request.flowId = flowId;
    request.trigger = RunTrigger::Manual;
    launcher.launch(request);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 120000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
    const auto outcome = finished.constFirst().at(0).value<RunOutcome>();
    QCOMPARE(outcome.summary.status, RunStatus::Succeeded);
    settleKeychain();
    const QString accessAfter = readKey(actOnKey, u"accessToken"_s).text();
    const QString refreshAfter = readKey(actOnKey, u"refreshToken"_s).text();
    QVERIFY(!accessAfter.isEmpty() && accessAfter != accessBefore);
    QVERIFY(!refreshAfter.isEmpty() && refreshAfter != refreshBefore);
    m_secretValues << accessAfter << refreshAfter;
    qInfo("secrets scan: the run rotated the Act-On tokens (%d record changes recorded)",
        int(HistoryQuery(m_journal).countChanges(ChangeFilter { outcome.summary.id }).value()));

    // What the history shows of that run, as a person or the CLI reads it.
    QByteArray history;
    if (const auto run = HistoryQuery(m_journal).run(outcome.summary.id))
        history += run->run.errorSummary.toUtf8() + run->flowName.toUtf8();
    HistoryQuery(m_journal).forEachChange(ChangeFilter { outcome.summary.id },
        [&history](const RecordChange &c) {
            history += (QStringList { c.system, c.object, c.recordKey, c.field, c.oldValue,
                            c.newValue, c.reason }
                               .join(u'|')
                + u'\n')
                           .toUtf8();
            return true;
        });
    QVERIFY(!history.isEmpty());
    for (const QString &value : std::as_const(m_secretValues)) {
        if (value.size() >= 12)
            QVERIFY2(!history.contains(value.toUtf8()), "a secret value appears in the history");
    }

    QSettings().setValue(u"probe/written"_s, true); // make sure the settings file exists
    QSettings().sync();

    // The run's changes exported as the History page's "Export CSV" writes them, and every
    // flow's field map as "Export map" writes it.
    const QString exportPath = QDir(QFileInfo(m_journal.path()).absolutePath())
                                   .filePath(u"history-export.csv"_s);
    const auto exported
        = ChangeCsvExport::write(m_journal.path(), ChangeFilter { outcome.summary.id }, exportPath);
    QVERIFY2(exported.ok() && exported.value() > 0, qPrintable(exported.errorString()));
    const QString mapsPath
        = QDir(QFileInfo(m_journal.path()).absolutePath()).filePath(u"field-maps.json"_s);
    {
        QFile maps(mapsPath);
        QVERIFY(maps.open(QIODevice::WriteOnly));
        const QList<Flow> allFlows = FlowRepository(m_journal).list().value();
        for (const Flow &f : allFlows) {
            const auto map = FieldMapRepository(m_journal).load(f.id);
            if (map.ok() && map.value())
                maps.write(FieldMapJson::toJson(*map.value()));
        }
    }

    QStringList files = { m_journal.path(), m_journal.path() + u"-wal"_s, QSettings().fileName(),
        LogFile::filePath(), exportPath, mapsPath };
    QVERIFY(QFile::exists(m_journal.path() + u"-wal"_s) || QFile::exists(m_journal.path()));
    m_secretValues.removeDuplicates();
    // Very short demo values (the Act-On demo password is "sandbox") also occur as
    // ordinary words; the canaries and the long demo secrets carry the check.
    m_secretValues.removeIf([](const QString &v) { return v.size() < 12; });
    QVERIFY(m_secretValues.size() >= 8);
    qsizetype scanned = 0;
    for (const QString &file : files) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        scanned += bytes.size();
        for (const QString &value : std::as_const(m_secretValues)) {
            QVERIFY2(!bytes.contains(value.toUtf8()),
                qPrintable(u"a secret value appears in %1"_s.arg(file)));
        }
    }
    QVERIFY(scanned > 0);
    // The log did record the work, so the check above looked at something real.
    QFile log(LogFile::filePath());
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY(log.readAll().contains("checked:"));
}

QTEST_GUILESS_MAIN(TestAccountService)
#include "tst_accountservice.moc"
