#include "app/cli/CliServices.h"

#include "core/store/AccountRepository.h"
#include "core/util/AppPaths.h"

#include <QEventLoop>
#include <QTextStream>

#include <cstdio>

namespace LeadBridge {

Status CliServices::open(const QString &connectionName)
{
    const Status opened = journal.open(AppPaths::journalPath(), connectionName);
    if (!opened)
        return opened;
    engine = std::make_unique<EngineHost>();
    accounts = std::make_unique<AccountService>(journal, &store, engine.get());
    return Status();
}

CliServices::~CliServices()
{
    // Renewed sign-in tokens (Act-On grants, a rotated Salesforce refresh token) are
    // written to the keychain asynchronously: the process must not end before they are,
    // or the next run signs in with the password again. Bounded, with a sentence.
    constexpr int kKeychainWaitSeconds = 15;
    if (accounts && !store.waitForPending(kKeychainWaitSeconds * 1000))
        QTextStream(stderr) << CredentialStore::unfinishedWritesMessage(kKeychainWaitSeconds)
                            << Qt::endl;
    accounts.reset(); // before the engine and the journal it uses
    engine.reset();
}

AccountOperationResult CliServices::waitFor(
    const std::function<void(AccountService::Callback)> &start)
{
    QEventLoop loop;
    AccountOperationResult result;
    bool finished = false;
    start([&](const AccountOperationResult &r) {
        result = r;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return result;
}

QString CliServices::startSandboxFor(const QList<Flow> &flows)
{
    AccountRepository accountRepo(journal);
    bool usesSandbox = false;
    for (const Flow &flow : flows) {
        for (const qint64 id : { flow.sourceAccountId, flow.targetAccountId }) {
            const auto a = id > 0 ? accountRepo.get(id) : Expected<Account>::failure(QString());
            if (a && a->settings.value(QStringLiteral("sandbox")).toBool())
                usesSandbox = true;
        }
    }
    if (!usesSandbox)
        return QString();
    const AccountOperationResult started = waitFor([&](AccountService::Callback done) {
        if (!accounts->resumeSandbox(done))
            done(AccountOperationResult { true });
    });
    if (!accounts->isSandboxRunning())
        return started.message.isEmpty() ? QCoreApplication::translate(
                   "LeadBridge::CommandLine", "LeadBridge could not start the built-in sandbox.")
                                         : started.message;
    return QString();
}

} // namespace LeadBridge
