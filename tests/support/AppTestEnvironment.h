#pragma once

#include "tests/support/KeychainProbe.h"
#include "tests/support/TestEnv.h"

#include "core/model/Flow.h"

#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace LeadBridge {
struct AccountOperationResult;
class AccountService;
class CredentialStore;
class EngineHost;
class Journal;
} // namespace LeadBridge

namespace LeadBridge::Test {

/// What a test of the app's services and pages sets up before anything else: a private data
/// folder, private settings (INI files), the application named as the UI tests name it
/// (TestSettings::useTestApplication()) and the log file. Nothing touches the user's own.
class AppTestEnvironment
{
public:
    /// Call first in initTestCase(); false when the log file @p logName could not be installed.
    bool start(const QString &logName);

    /// Opens @p journal and makes the engine host and the account service over it and
    /// @p store, as the app does; false when the journal does not open.
    static bool openServices(Journal &journal, CredentialStore &store,
        std::unique_ptr<EngineHost> &engine, std::unique_ptr<AccountService> &accounts);

    /// "Try the sandbox" through @p accounts, waited for (60 s at most; a result that is not
    /// ok and says so when it did not finish).
    static AccountOperationResult trySandbox(AccountService &accounts);

    /// One row of addSandboxContactSync(): a standard Act-On field and its Lead and Contact
    /// fields (empty: not mapped for that object).
    struct MapRow
    {
        const char *marketing;
        const char *lead;
        const char *contact;
    };
    /// Adds an F2 flow @p name between the sandbox Salesforce org and the sandbox Act-On
    /// account of @p accounts (after trySandbox()), with a two-way field map of @p rows
    /// (allow push on); the flow, or nothing when an account is missing or a save fails.
    static std::optional<Flow> addSandboxContactSync(
        Journal &journal, AccountService &accounts, const QString &name, const QList<MapRow> &rows);

private:
    std::unique_ptr<ScopedDataDir> m_dataDir;
    QTemporaryDir m_settingsDir;
};

} // namespace LeadBridge::Test

/// First thing in initTestCase(): starts the AppTestEnvironment @p env with the log file
/// @p logName, and skips the test when the credential store @p store finds no keychain.
#define LEADBRIDGE_START_APP_TEST(env, logName, store)                                             \
    do {                                                                                           \
        QVERIFY((env).start(logName));                                                             \
        LEADBRIDGE_REQUIRE_KEYCHAIN(store);                                                        \
    } while (false)
