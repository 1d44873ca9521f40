#include "tests/support/AppTestEnvironment.h"

#include "core/engine/AccountService.h"
#include "core/engine/EngineHost.h"
#include "core/mapping/FieldMap.h"
#include "core/mapping/StandardFields.h"
#include "core/secrets/CredentialStore.h"
#include "core/store/FieldMapRepository.h"
#include "core/store/FlowRepository.h"
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

std::optional<Flow> AppTestEnvironment::addSandboxContactSync(
    Journal &journal, AccountService &accounts, const QString &name, const QList<MapRow> &rows)
{
    const auto all = accounts.accounts();
    if (!all)
        return std::nullopt;
    Flow f;
    f.kind = FlowKind::CrmContactSync;
    f.name = name;
    for (const Account &a : all.value()) {
        if (a.kind == AccountKind::Salesforce)
            f.sourceAccountId = a.id;
        if (a.kind == AccountKind::ActOn)
            f.targetAccountId = a.id;
    }
    if (f.sourceAccountId <= 0 || f.targetAccountId <= 0)
        return std::nullopt;
    const auto added = FlowRepository(journal).add(f);
    if (!added)
        return std::nullopt;
    FieldMap map(CrmKind::Salesforce, PushPolicy::TwoWay);
    for (const MapRow &row : rows) {
        const auto field = StandardFields::byName(QString::fromLatin1(row.marketing));
        if (!field)
            return std::nullopt;
        map.addRow(FieldMapRow::make(
            *field, QString::fromLatin1(row.lead), QString::fromLatin1(row.contact), true));
    }
    if (!FieldMapRepository(journal).save(added->id, map))
        return std::nullopt;
    return added.value();
}

} // namespace LeadBridge::Test
