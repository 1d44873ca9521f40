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

bool AppWindowFixture::showWindow(const QSize &size, bool accountsPage)
{
    m_window = std::make_unique<MainWindow>();
    m_flows = qobject_cast<FlowsPage *>(m_window->page(QStringLiteral("flows")));
    m_history = qobject_cast<HistoryPage *>(m_window->page(QStringLiteral("history")));
    if (!m_flows || !m_history)
        return false;
    m_flows->setServices(&m_journal, m_accounts.get(), &m_store, m_engine.get());
    m_history->setJournal(&m_journal);
    m_launcher = std::make_unique<RunLauncher>(m_journal, &m_store, m_engine.get());
    m_history->setRunServices(m_launcher.get(), m_engine.get());
    m_controller
        = std::make_unique<RunController>(m_window.get(), m_launcher.get(), m_engine.get());
    if (accountsPage) {
        auto *accounts = qobject_cast<AccountsPage *>(m_window->page(QStringLiteral("accounts")));
        if (!accounts)
            return false;
        accounts->setAccountService(m_accounts.get());
        m_controller->setAccountService(m_accounts.get());
    }
    m_window->resize(size);
    m_window->show();
    return QTest::qWaitForWindowExposed(m_window.get());
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
