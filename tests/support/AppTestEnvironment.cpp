#include "tests/support/AppTestEnvironment.h"

#include "core/engine/AccountService.h"
#include "core/engine/EngineHost.h"
#include "core/secrets/CredentialStore.h"
#include "core/store/Journal.h"
#include "core/util/LogFile.h"
#include "tests/support/TestSettings.h"

#include <QTest>

namespace LeadBridge::Test {

bool AppTestEnvironment::start(const QString &logName)
{
    m_dataDir = std::make_unique<ScopedDataDir>();
    TestSettings::useTestApplication(m_settingsDir.path());
    return LogFile::install(logName);
}

bool AppTestEnvironment::openServices(Journal &journal, CredentialStore &store,
    std::unique_ptr<EngineHost> &engine, std::unique_ptr<AccountService> &accounts)
{
    if (!journal.open())
        return false;
    engine = std::make_unique<EngineHost>();
    accounts = std::make_unique<AccountService>(journal, &store, engine.get());
    return true;
}

AccountOperationResult AppTestEnvironment::trySandbox(AccountService &accounts)
{
    bool linked = false;
    AccountOperationResult sandbox;
    accounts.trySandbox([&](const AccountOperationResult &r) {
        sandbox = r;
        linked = true;
    });
    if (!QTest::qWaitFor([&linked] { return linked; }, 60000)) {
        sandbox = AccountOperationResult();
        sandbox.ok = false;
        sandbox.message = QStringLiteral("Try the sandbox did not finish within 60 s.");
    }
    return sandbox;
}

} // namespace LeadBridge::Test
