// Accounts page → Reset Sandbox Data…, clicked as a person would: the button is off until
// sandbox accounts exist, the confirmation says what is lost (the demo world is generated
// anew; flows forget their links to sandbox records), Cancel changes nothing, Reset brings back
// the freshly generated world (a record added before is gone) with the accounts still Linked.
// A damaged state file shows its sentence in the banner when the sandbox is resumed, and the
// reset repairs it. Real keychain, engine thread and in-process sandbox keeping its world in the test's data dir.
#include "core/engine/AccountService.h"
#include "core/engine/EngineHost.h"
#include "core/sandbox/SandboxEndpoint.h"
#include "core/secrets/CredentialStore.h"
#include "core/store/Journal.h"
#include "tests/support/AppTestEnvironment.h"
#include "tests/support/KeychainProbe.h"
#include "tests/support/RawHttp.h"
#include "tests/support/TestEnv.h"
#include "tests/support/TestSettings.h"
#include "ui/AccountsPage.h"
#include "ui/accounts/AccountListModel.h"
#include "ui/accounts/ErrorBanner.h"

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace LeadBridge;
using namespace Qt::StringLiterals;

class TestResetSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void resetRegeneratesTheWorld();
    void damagedDataShowsInBannerAndResetRepairs();

private:
    QUrl pipeliner(const QString &path) const
    {
        for (const auto &e : m_service->sandboxEndpoints()) {
            if (e.name == u"pipeliner"_s)
                return QUrl(e.baseUrl.toString() + path);
        }
        return {};
    }
    int contactsWithEmail(const QString &email)
    {
        const Test::RawReply r
            = m_http.get(pipeliner(u"/_sandbox/records/Contacts?email="_s + email));
        return r.status == 200 ? r.json().value(u"total"_s).toInt() : -1;
    }

    std::unique_ptr<Test::ScopedDataDir> m_dataDir;
    QTemporaryDir m_settingsDir;
    Journal m_journal;
    CredentialStore m_store;
    std::unique_ptr<EngineHost> m_engine;
    std::unique_ptr<AccountService> m_service;
    std::unique_ptr<AccountsPage> m_page;
    Test::RawHttp m_http;
};

void TestResetSandbox::initTestCase()
{
    m_dataDir = std::make_unique<Test::ScopedDataDir>();
    Test::TestSettings::useIniIn(m_settingsDir.path());
    QCoreApplication::setApplicationName(u"LeadBridge"_s);
    LEADBRIDGE_REQUIRE_KEYCHAIN(m_store);
    QVERIFY(Test::AppTestEnvironment::openServices(m_journal, m_store, m_engine, m_service));
    m_page = std::make_unique<AccountsPage>();
    m_page->setAccountService(m_service.get());
    m_page->resize(1100, 640);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestResetSandbox::cleanupTestCase()
{
    m_page.reset();
    m_service.reset();
    m_engine.reset();
    m_journal.close();
}

void TestResetSandbox::resetRegeneratesTheWorld()
{
    auto *reset = m_page->findChild<QPushButton *>(u"resetSandboxButton"_s);
    QVERIFY(reset);
    QVERIFY2(!reset->isEnabled(), "Reset Sandbox Data… is on without sandbox accounts");

    QTest::mouseClick(
        m_page->findChild<QPushButton *>(u"emptySandboxButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->table()->model()->rowCount(), 4, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_page->banner()->text().startsWith(u"The four sandbox accounts are linked."_s), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(reset->isEnabled(), 10000);
    const QString stateFile = m_service->sandboxStateDir() + u"/pipeliner.json"_s;
    QVERIFY2(QFile::exists(stateFile), qPrintable(stateFile));

    // Something the demo world did not have: kept (and written) until the reset.
    const QString email = u"added.before.reset@persist.example"_s;
    const Test::RawReply added = m_http.send("POST", pipeliner(u"/_sandbox/records/Contacts"_s),
        { { "Content-Type", "application/json" } },
        QJsonDocument(QJsonObject { { u"email1"_s, email }, { u"first_name"_s, u"Added"_s } })
            .toJson(QJsonDocument::Compact));
    QCOMPARE(added.status, 201);
    QCOMPARE(contactsWithEmail(email), 1);

    // Cancel changes nothing.
    QTest::mouseClick(reset, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->resetConfirmation() != nullptr, 5000);
    auto *box = qobject_cast<QMessageBox *>(m_page->resetConfirmation());
    QVERIFY(box);
    QVERIFY2(box->informativeText().contains(u"generated anew"_s),
        qPrintable(box->informativeText()));
    QVERIFY2(box->informativeText().contains(u"forget"_s), qPrintable(box->informativeText()));
    QVERIFY2(box->informativeText().contains(u"history stays"_s),
        qPrintable(box->informativeText()));
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->resetConfirmation() == nullptr, 5000);
    QCOMPARE(contactsWithEmail(email), 1);

    // Reset: the world is the freshly generated one, the accounts work on the new ports.
    QTest::mouseClick(reset, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->resetConfirmation() != nullptr, 5000);
    box = qobject_cast<QMessageBox *>(m_page->resetConfirmation());
    QVERIFY(box);
    auto *confirm = box->findChild<QPushButton *>(u"confirmResetSandboxButton"_s);
    QVERIFY(confirm);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_page->banner()->text().startsWith(u"The sandbox data was reset"_s), 60000);
    QVERIFY(m_service->isSandboxRunning());
    QCOMPARE(contactsWithEmail(email), 0);
    QFile f(stateFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(!f.readAll().contains(email.toUtf8()));
    const QAbstractItemModel *model = m_page->table()->model();
    for (int r = 0; r < model->rowCount(); ++r)
        QTRY_COMPARE_WITH_TIMEOUT(
            model->index(r, AccountListModel::StatusColumn).data().toString(), u"Linked"_s, 30000);
}

void TestResetSandbox::damagedDataShowsInBannerAndResetRepairs()
{
    // As at the next start of the window: the sandbox is resumed without anyone waiting.
    m_service->stopSandbox();
    const QString stateFile = m_service->sandboxStateDir() + u"/acton.json"_s;
    {
        QFile f(stateFile);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{\"format\":\"leadbridge-sandbox-state\",\"version\":1,\"emu");
    }
    QVERIFY(m_service->resumeSandbox());
    QTRY_VERIFY_WITH_TIMEOUT(
        m_page->banner()->text().contains(u"is damaged and cannot be read"_s), 20000);
    QVERIFY2(m_page->banner()->text().contains(u"Reset sandbox data"_s),
        qPrintable(m_page->banner()->text()));
    QVERIFY(!m_service->isSandboxRunning());

    auto *reset = m_page->findChild<QPushButton *>(u"resetSandboxButton"_s);
    QVERIFY(reset && reset->isEnabled());
    QTest::mouseClick(reset, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->resetConfirmation() != nullptr, 5000);
    auto *box = qobject_cast<QMessageBox *>(m_page->resetConfirmation());
    QVERIFY(box);
    QTest::mouseClick(
        box->findChild<QPushButton *>(u"confirmResetSandboxButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_page->banner()->text().startsWith(u"The sandbox data was reset"_s), 60000);
    QVERIFY(m_service->isSandboxRunning());
    QFile f(stateFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(QJsonDocument::fromJson(f.readAll()).isObject()); // a complete file again
}

QTEST_MAIN(TestResetSandbox)
#include "tst_resetsandbox.moc"
