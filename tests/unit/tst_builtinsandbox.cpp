// The engine's built-in sandbox seam (BuiltInSandbox): AccountService asks for the sandbox only
// through the provider the executable registered. Without one, every sandbox request ends in
// one plain sentence and nothing is linked; with one, its start result and its reset reach the
// person as before.
#include "core/engine/AccountService.h"
#include "core/engine/BuiltInSandbox.h"
#include "core/engine/EngineHost.h"
#include "core/secrets/CredentialStore.h"
#include "core/store/AccountRepository.h"
#include "core/store/Journal.h"
#include "tests/support/TestEnv.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace LeadBridge;
using namespace Qt::StringLiterals;

namespace {

/// What the fake sandbox was asked (shared with the test, which outlives the fakes).
struct FakeLog
{
    int created = 0;
    QStringList startedWith; ///< state dirs of start()
    QStringList resetDirs; ///< state dirs of resetState()
};

/// A sandbox that never listens: its start fails with a fixed reason.
class RefusingSandbox final : public BuiltInSandbox
{
public:
    explicit RefusingSandbox(FakeLog *log)
        : m_log(log)
    {
        ++m_log->created;
    }
    bool start(const Settings &settings) override
    {
        m_log->startedWith.append(settings.stateDir);
        return false;
    }
    void stop() override { }
    bool isRunning() const override { return false; }
    QString errorString() const override { return u"port 1234 is taken."_s; }
    QList<Endpoint> endpoints() const override { return {}; }
    bool resetState(const QString &stateDir, QString *) override
    {
        m_log->resetDirs.append(stateDir);
        return true;
    }
    QJsonArray controlRecords(const QString &, const QString &) override { return {}; }
    QString firstDemoUserEmail() override { return {}; }

private:
    FakeLog *m_log;
};

} // namespace

class TestBuiltInSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void withoutProviderEverySandboxRequestSaysSo();
    void registeredProviderStartsAndResets();

private:
    AccountOperationResult run(const std::function<void(AccountService::Callback)> &start);

    std::unique_ptr<Test::ScopedDataDir> m_dataDir;
    Journal m_journal;
    CredentialStore m_store;
    std::unique_ptr<EngineHost> m_engine;
    std::unique_ptr<AccountService> m_service;
};

void TestBuiltInSandbox::initTestCase()
{
    // The test support registers the real emulators before main(), as the executables do.
    QVERIFY(BuiltInSandbox::isAvailable());
    m_dataDir = std::make_unique<Test::ScopedDataDir>();
    QVERIFY(m_journal.open(QDir(m_dataDir->path()).filePath(u"journal.db"_s)));
    m_engine = std::make_unique<EngineHost>();
}

void TestBuiltInSandbox::cleanupTestCase()
{
    m_engine.reset();
    m_journal.close();
}

void TestBuiltInSandbox::init()
{
    // A new service per test: it makes its sandbox from the provider of the moment.
    m_service = std::make_unique<AccountService>(m_journal, &m_store, m_engine.get());
}

void TestBuiltInSandbox::cleanup()
{
    m_service.reset();
    BuiltInSandbox::setProvider({});
}

AccountOperationResult TestBuiltInSandbox::run(
    const std::function<void(AccountService::Callback)> &start)
{
    // Without a sandbox that listens nothing waits on the network or the keychain: the
    // answer comes before the call returns.
    std::optional<AccountOperationResult> out;
    start([&out](const AccountOperationResult &r) { out = r; });
    if (!out)
        qWarning("no answer");
    return out.value_or(AccountOperationResult {});
}

void TestBuiltInSandbox::withoutProviderEverySandboxRequestSaysSo()
{
    BuiltInSandbox::setProvider({});
    QVERIFY(!BuiltInSandbox::isAvailable());
    const QString sentence = u"This build of LeadBridge has no built-in sandbox. Link your own "
                             "ON24, Act-On, Salesforce or Pipeliner accounts instead."_s;
    QCOMPARE(BuiltInSandbox::unavailableSentence(), sentence);
    QSignalSpy banner(m_service.get(), &AccountService::sandboxFailed);

    AccountOperationResult result = run([&](auto done) { m_service->trySandbox(done); });
    QVERIFY(!result.ok);
    QCOMPARE(result.message, sentence);
    QCOMPARE(banner.size(), 1);
    QCOMPARE(banner.constFirst().at(0).toString(), sentence);
    QVERIFY(!m_service->isSandboxRunning());
    QVERIFY(m_service->sandboxEndpoints().isEmpty());
    QVERIFY(m_service->accounts()->isEmpty()); // nothing was linked

    result = run([&](auto done) { m_service->resetSandbox(done); });
    QVERIFY(!result.ok);
    QCOMPARE(result.message, sentence);

    // A journal that has sandbox accounts from another build: resuming says the same.
    Account account;
    account.kind = AccountKind::Pipeliner;
    account.name = u"Sandbox Pipeliner"_s;
    account.settings = { { u"sandbox"_s, true }, { u"baseUrl"_s, u"http://127.0.0.1:9"_s },
        { u"spaceId"_s, u"1"_s } };
    const auto added = AccountRepository(m_journal).add(account);
    QVERIFY2(added, qPrintable(added.errorString()));
    bool resumed = false;
    result = run([&](auto done) { resumed = m_service->resumeSandbox(done); });
    QVERIFY(resumed);
    QVERIFY(!result.ok);
    QCOMPARE(result.message, sentence);
    QCOMPARE(banner.size(), 2);
    QVERIFY(AccountRepository(m_journal).remove(added->id));
}

void TestBuiltInSandbox::registeredProviderStartsAndResets()
{
    FakeLog log;
    BuiltInSandbox::setProvider([&log] { return std::make_unique<RefusingSandbox>(&log); });
    QVERIFY(BuiltInSandbox::isAvailable());
    const QString stateDir
        = QDir(QFileInfo(m_journal.path()).absolutePath()).filePath(u"sandbox"_s);
    QCOMPARE(m_service->sandboxStateDir(), stateDir);

    AccountOperationResult result = run([&](auto done) { m_service->trySandbox(done); });
    QVERIFY(!result.ok);
    QCOMPARE(
        result.message, u"LeadBridge could not start the built-in sandbox: port 1234 is taken."_s);
    QCOMPARE(log.created, 1);
    QCOMPARE(log.startedWith, QStringList { stateDir });

    // Reset deletes the saved world through the same sandbox (no sandbox accounts: done).
    result = run([&](auto done) { m_service->resetSandbox(done); });
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(log.resetDirs, QStringList { stateDir });
    QCOMPARE(log.created, 1);
}

QTEST_GUILESS_MAIN(TestBuiltInSandbox)
#include "tst_builtinsandbox.moc"
