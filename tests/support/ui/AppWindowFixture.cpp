#include "tests/support/ui/AppWindowFixture.h"

#include "core/engine/AccountService.h"
#include "core/engine/EngineHost.h"
#include "core/engine/RunLauncher.h"
#include "ui/AccountsPage.h"
#include "ui/FlowsPage.h"
#include "ui/HistoryPage.h"
#include "ui/MainWindow.h"
#include "ui/RunController.h"

#include <QSqlQuery>
#include <QTest>

namespace LeadBridge::Test {

AppWindowFixture::AppWindowFixture() = default;

AppWindowFixture::~AppWindowFixture()
{
    close();
}

AccountOperationResult AppWindowFixture::openWithSandbox()
{
    if (!AppTestEnvironment::openServices(m_journal, m_store, m_engine, m_accounts)) {
        AccountOperationResult failed;
        failed.message = QStringLiteral("The test journal did not open.");
        return failed;
    }
    return AppTestEnvironment::trySandbox(*m_accounts);
}

bool AppWindowFixture::makeWindow()
{
    m_window = std::make_unique<MainWindow>();
    m_flows = qobject_cast<FlowsPage *>(m_window->page(QStringLiteral("flows")));
    m_history = qobject_cast<HistoryPage *>(m_window->page(QStringLiteral("history")));
    if (!m_flows || !m_history)
        return false;
    m_history->setJournal(&m_journal);
    m_launcher = std::make_unique<RunLauncher>(m_journal, &m_store, m_engine.get());
    m_history->setRunServices(m_launcher.get(), m_engine.get());
    return true;
}

bool AppWindowFixture::show(const QSize &size)
{
    m_window->resize(size);
    m_window->show();
    return QTest::qWaitForWindowExposed(m_window.get());
}

bool AppWindowFixture::showHistoryWindow(const QSize &size)
{
    return makeWindow() && show(size);
}

QUrl AppWindowFixture::accountUrl(qint64 accountId) const
{
    if (!m_accounts)
        return {};
    const auto account = m_accounts->account(accountId);
    if (!account)
        return {};
    const QVariantMap &settings = account->settings;
    const QString key = settings.contains(QStringLiteral("loginUrl")) ? QStringLiteral("loginUrl")
                                                                      : QStringLiteral("baseUrl");
    return QUrl(settings.value(key).toString());
}

qint64 AppWindowFixture::addContactSync(const QString &name,
    const QList<AppTestEnvironment::MapRow> &moreRows, QUrl *salesforce, QUrl *acton)
{
    if (!m_accounts)
        return 0;
    const QList<AppTestEnvironment::MapRow> rows
        = QList<AppTestEnvironment::MapRow> { { "E-mail Address", "Email", "Email" },
              { "First Name", "FirstName", "FirstName" }, { "Last Name", "LastName", "LastName" } }
        + moreRows;
    const auto flow = AppTestEnvironment::addSandboxContactSync(m_journal, *m_accounts, name, rows);
    if (!flow)
        return 0;
    *salesforce = accountUrl(flow->sourceAccountId);
    *acton = accountUrl(flow->targetAccountId);
    return flow->id;
}

bool AppWindowFixture::showWindow(const QSize &size, bool accountsPage)
{
    if (!makeWindow())
        return false;
    m_flows->setServices(&m_journal, m_accounts.get(), &m_store, m_engine.get());
    m_controller
        = std::make_unique<RunController>(m_window.get(), m_launcher.get(), m_engine.get());
    if (accountsPage) {
        auto *accounts = qobject_cast<AccountsPage *>(m_window->page(QStringLiteral("accounts")));
        if (!accounts)
            return false;
        accounts->setAccountService(m_accounts.get());
        m_controller->setAccountService(m_accounts.get());
    }
    return show(size);
}

QString AppWindowFixture::actOnListOf(qint64 runId)
{
    QSqlQuery q(m_journal.database());
    q.prepare(QStringLiteral("SELECT object FROM record_changes WHERE run_id = ? AND "
                             "system = 'acton' LIMIT 1"));
    q.addBindValue(runId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

void AppWindowFixture::close()
{
    m_controller.reset();
    m_launcher.reset();
    m_flows = nullptr;
    m_history = nullptr;
    m_window.reset();
    m_accounts.reset();
    m_engine.reset();
    m_journal.close();
}

qint64 AppWindowFixture::count(const QString &sql)
{
    QSqlQuery q(m_journal.database());
    q.exec(sql);
    return q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace LeadBridge::Test
