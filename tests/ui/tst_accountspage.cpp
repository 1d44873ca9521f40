// The Accounts page driven as a person would: clicks and typing in the link dialog,
// Test connection, the status in the table, a wrong secret, unlinking with its
// confirmation, and Try the sandbox. Real keychain, real engine thread, real HTTP to an
// in-process sandbox.
#include "core/engine/AccountService.h"
#include "core/engine/EngineHost.h"
#include "core/sandbox/SandboxThread.h"
#include "core/secrets/CredentialStore.h"
#include "core/store/AccountRepository.h"
#include "core/store/Journal.h"
#include "core/util/LogFile.h"
#include "tests/support/AppTestEnvironment.h"
#include "tests/support/SecretReader.h"
#include "tests/support/TestEnv.h"
#include "tests/support/ui/ChildWidget.h"
#include "ui/AccountsPage.h"
#include "ui/EmptyState.h"
#include "ui/accounts/AccountListModel.h"
#include "ui/accounts/ErrorBanner.h"
#include "ui/accounts/LinkAccountDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace LeadBridge;
using namespace Qt::StringLiterals;
using LeadBridge::Test::child;

class TestAccountsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void emptyStateOffersBothWaysIn();
    void linkThroughDialogAndTest();
    void wrongSecretShowsSentence();
    void unlinkAfterConfirmation();
    void trySandboxLinksFour();
    void noSecretInSettingsOrJournal();

private:
    QString statusOf(const QString &accountName) const;
    int rowOf(const QString &accountName) const;
    void selectRow(const QString &accountName);
    CredentialResult readSecret(qint64 accountId, const QString &name);

    Test::AppTestEnvironment m_env;
    Sandbox::SandboxThread m_sandbox;
    Journal m_journal;
    CredentialStore m_store;
    std::unique_ptr<EngineHost> m_engine;
    std::unique_ptr<AccountService> m_service;
    std::unique_ptr<AccountsPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_linkedId = 0;
    QString m_tokenKey;
    QString m_tokenSecret;
};

void TestAccountsPage::initTestCase()
{
    LEADBRIDGE_START_APP_TEST(m_env, u"tst_accountspage"_s, m_store);

    QVERIFY2(m_sandbox.start(Sandbox::SandboxConfig()), qPrintable(m_sandbox.errorString()));
    for (const auto &e : m_sandbox.endpoints()) {
        if (e.name == u"on24"_s) {
            m_tokenKey = e.credentials.value(u"accessTokenKey"_s).toString();
            m_tokenSecret = e.credentials.value(u"accessTokenSecret"_s).toString();
        }
    }
    QVERIFY(Test::AppTestEnvironment::openServices(m_journal, m_store, m_engine, m_service));
    m_page = std::make_unique<AccountsPage>();
    m_page->setAccountService(m_service.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->resize(1000, 640);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestAccountsPage::cleanupTestCase()
{
    m_tester.reset();
    m_page.reset();
    m_service.reset();
    m_engine.reset();
    m_journal.close();
    LogFile::uninstall();
}

int TestAccountsPage::rowOf(const QString &accountName) const
{
    const QAbstractItemModel *model = m_page->table()->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, AccountListModel::NameColumn).data().toString() == accountName)
            return r;
    }
    return -1;
}

QString TestAccountsPage::statusOf(const QString &accountName) const
{
    const int row = rowOf(accountName);
    if (row < 0)
        return {};
    return m_page->table()->model()->index(row, AccountListModel::StatusColumn).data().toString();
}

void TestAccountsPage::selectRow(const QString &accountName)
{
    QTableView *table = m_page->table();
    const int row = rowOf(accountName);
    QVERIFY(row >= 0);
    const QRect rect = table->visualRect(table->model()->index(row, AccountListModel::NameColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
}

CredentialResult TestAccountsPage::readSecret(qint64 accountId, const QString &name)
{
    return Test::SecretReader::read(m_journal, m_store, accountId, name);
}

void TestAccountsPage::emptyStateOffersBothWaysIn()
{
    QVERIFY(m_page->isShowingEmptyState());
    auto *empty = m_page->findChild<EmptyState *>();
    QVERIFY(empty && empty->isVisible());
    QCOMPARE(empty->title(), u"No accounts linked yet"_s);
    auto *link = child<QPushButton>(m_page.get(), u"emptyLinkButton"_s);
    auto *sandbox = child<QPushButton>(m_page.get(), u"emptySandboxButton"_s);
    QVERIFY(link && link->isVisible() && link->isEnabled());
    QVERIFY(sandbox && sandbox->isVisible() && sandbox->isEnabled());
    QCOMPARE(link->text().remove(u'&'), u"Link Account…"_s);
    QCOMPARE(sandbox->text().remove(u'&'), u"Try the Sandbox"_s);
}

void TestAccountsPage::linkThroughDialogAndTest()
{
    QTest::mouseClick(child<QPushButton>(m_page.get(), u"emptyLinkButton"_s), Qt::LeftButton);
    LinkAccountDialog *dialog = m_page->currentDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(child<QComboBox>(dialog, u"kindCombo"_s)->currentText(), u"ON24"_s);

    // Secret fields never show what is typed.
    for (const QString &name : { u"on24TokenKey"_s, u"on24TokenSecret"_s })
        QCOMPARE(child<QLineEdit>(dialog, name)->echoMode(), QLineEdit::Password);
    // The address field appears only for a custom data centre.
    QLineEdit *url = child<QLineEdit>(dialog, u"on24Url"_s);
    QVERIFY(!url->isVisible());

    QTest::keyClicks(child<QLineEdit>(dialog, u"nameEdit"_s), u"Webinars"_s);
    QTest::keyClicks(child<QLineEdit>(dialog, u"on24ClientId"_s), u"41750"_s);
    QTest::keyClicks(child<QLineEdit>(dialog, u"on24TokenKey"_s), m_tokenKey);
    QTest::keyClicks(child<QLineEdit>(dialog, u"on24TokenSecret"_s), m_tokenSecret);
    QComboBox *dataCentre = child<QComboBox>(dialog, u"on24DataCentre"_s);
    dataCentre->setFocus();
    QTest::keyClick(dataCentre, Qt::Key_Down);
    QTest::keyClick(dataCentre, Qt::Key_Down);
    QCOMPARE(dataCentre->currentData().toString(), u"custom"_s);
    QVERIFY(url->isVisible());
    QTest::keyClicks(url, m_sandbox.baseUrl(u"on24"_s).toString());

    // Test connection: busy while it runs, then the outcome inline; nothing saved yet.
    QPushButton *test = child<QPushButton>(dialog, u"testConnectionButton"_s);
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY(child<QProgressBar>(dialog, u"testProgress"_s)->isVisible());
    QVERIFY(!test->isEnabled());
    QCOMPARE(child<QLabel>(dialog, u"testProgressLabel"_s)->text(), u"Testing the connection…"_s);
    auto *banner = child<ErrorBanner>(dialog, u"dialogBanner"_s);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
    QVERIFY2(banner->text().startsWith(u"Connected to "_s), qPrintable(banner->text()));
    QVERIFY(!child<QProgressBar>(dialog, u"testProgress"_s)->isVisible());
    QVERIFY(test->isEnabled());
    QVERIFY(AccountRepository(m_journal).list()->isEmpty());

    // Link: saved, tested, and the table says Linked.
    QTest::mouseClick(child<QPushButton>(dialog, u"linkButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->currentDialog(), 20000);
    QVERIFY(!m_page->isShowingEmptyState());
    QCOMPARE(m_page->table()->model()->rowCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(u"Webinars"_s), u"Linked"_s, 20000);
    const QModelIndex row = m_page->table()->model()->index(rowOf(u"Webinars"_s), 0);
    QCOMPARE(row.data().toString(), u"ON24"_s);
    QVERIFY(!row.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(row.siblingAtColumn(AccountListModel::LocationColumn).data().toString(),
        m_sandbox.baseUrl(u"on24"_s).toString());
    QVERIFY(row.siblingAtColumn(AccountListModel::LastCheckColumn).data().toString() != u"Never"_s);
    m_linkedId = row.data(AccountListModel::AccountIdRole).toLongLong();
    QVERIFY(m_linkedId > 0);
    QCOMPARE(readSecret(m_linkedId, u"tokenSecret"_s).text(), m_tokenSecret);

    // Test connection from the page: Checking… then Linked again.
    selectRow(u"Webinars"_s);
    QPushButton *pageTest = child<QPushButton>(m_page.get(), u"testAccountButton"_s);
    QVERIFY(pageTest->isEnabled());
    QTest::mouseClick(pageTest, Qt::LeftButton);
    QCOMPARE(statusOf(u"Webinars"_s), u"Checking…"_s);
    QVERIFY(!pageTest->isEnabled()); // one check at a time
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(u"Webinars"_s), u"Linked"_s, 20000);
    // The selection survives the reload, so the buttons stay usable.
    QCOMPARE(m_page->table()->selectionModel()->selectedRows().size(), 1);
    QVERIFY(pageTest->isEnabled());
}

void TestAccountsPage::wrongSecretShowsSentence()
{
    selectRow(u"Webinars"_s);
    QTest::mouseClick(child<QPushButton>(m_page.get(), u"editAccountButton"_s), Qt::LeftButton);
    LinkAccountDialog *dialog = m_page->currentDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(!child<QComboBox>(dialog, u"kindCombo"_s)->isEnabled());
    QCOMPARE(child<QLineEdit>(dialog, u"on24ClientId"_s)->text(), u"41750"_s);
    QLineEdit *secret = child<QLineEdit>(dialog, u"on24TokenSecret"_s);
    QVERIFY(secret->text().isEmpty()); // saved secrets are never shown
    QTest::keyClicks(secret, u"wrong-secret-4711"_s);

    // In the dialog: the plain sentence inline, technical detail behind Details.
    QTest::mouseClick(child<QPushButton>(dialog, u"testConnectionButton"_s), Qt::LeftButton);
    auto *banner = child<ErrorBanner>(dialog, u"dialogBanner"_s);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
    const QString sentence = banner->text();
    QVERIFY2(
        sentence.contains(u"ON24"_s) && sentence.contains(u"Webinars"_s), qPrintable(sentence));
    QVERIFY(!sentence.contains(u"wrong-secret-4711"_s));
    auto *details = child<QToolButton>(banner, u"errorBannerDetailsButton"_s);
    QVERIFY(details->isVisible());
    QVERIFY(!child<QWidget>(banner, u"errorBannerDetails"_s)->isVisible());
    QTest::mouseClick(details, Qt::LeftButton);
    QVERIFY(child<QWidget>(banner, u"errorBannerDetails"_s)->isVisible());
    QVERIFY(!banner->detailText().contains(u"wrong-secret-4711"_s));

    // Saved anyway: the table says Needs attention and the page shows the sentence.
    QTest::mouseClick(child<QPushButton>(dialog, u"linkButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->currentDialog(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(u"Webinars"_s), u"Needs attention"_s, 20000);
    QVERIFY(m_page->banner()->isVisible());
    QVERIFY2(m_page->banner()->text().contains(sentence), qPrintable(m_page->banner()->text()));
    const QModelIndex status
        = m_page->table()->model()->index(rowOf(u"Webinars"_s), AccountListModel::StatusColumn);
    QCOMPARE(status.data(Qt::ToolTipRole).toString(), sentence);
    QCOMPARE(readSecret(m_linkedId, u"tokenSecret"_s).text(), u"wrong-secret-4711"_s);
    QCOMPARE(AccountRepository(m_journal).get(m_linkedId)->status, AccountStatus::NeedsAttention);
}

void TestAccountsPage::unlinkAfterConfirmation()
{
    selectRow(u"Webinars"_s);
    QTest::mouseClick(child<QPushButton>(m_page.get(), u"unlinkAccountButton"_s), Qt::LeftButton);
    QMessageBox *box = m_page->findChild<QMessageBox *>(u"unlinkConfirmation"_s);
    QVERIFY(box);
    QVERIFY(QTest::qWaitForWindowExposed(box));
    QVERIFY2(box->informativeText().contains(u"access token key, access token secret"_s),
        qPrintable(box->informativeText()));
    QVERIFY(box->informativeText().contains(u"system keychain"_s));
    QVERIFY(box->informativeText().contains(u"No flow uses this account."_s));
    QTest::mouseClick(child<QPushButton>(box, u"confirmUnlinkButton"_s), Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(m_page->table()->model()->rowCount(), 0, 10000);
    QVERIFY(m_page->isShowingEmptyState());
    QVERIFY(!AccountRepository(m_journal).get(m_linkedId));
    for (const QString &name : AccountService::secretNames(AccountKind::On24))
        QTRY_COMPARE_WITH_TIMEOUT(
            readSecret(m_linkedId, name).error, CredentialResult::ErrorKind::NotFound, 10000);
}

void TestAccountsPage::trySandboxLinksFour()
{
    QTest::mouseClick(child<QPushButton>(m_page.get(), u"emptySandboxButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->table()->model()->rowCount(), 4, 20000);
    for (const QString &name :
        { u"Sandbox ON24"_s, u"Sandbox Act-On"_s, u"Sandbox Salesforce"_s, u"Sandbox Pipeliner"_s })
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(name), u"Linked"_s, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_page->banner()->text().startsWith(u"The four sandbox accounts are linked."_s), 30000);

    // Sorting by status keeps the model consistent (the tester watches every change).
    m_page->table()->sortByColumn(AccountListModel::StatusColumn, Qt::DescendingOrder);
    m_page->table()->sortByColumn(AccountListModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(m_page->table()->model()->index(0, AccountListModel::NameColumn).data().toString(),
        u"Sandbox Act-On"_s);
}

void TestAccountsPage::noSecretInSettingsOrJournal()
{
    m_page->hide();
    m_tester.reset();
    m_page.reset(); // saves the table header to QSettings
    QSettings().sync();
    const QStringList secrets = { m_tokenSecret, m_tokenKey, u"wrong-secret-4711"_s };
    const QString holder = Test::SecretReader::fileHolding(secrets,
        { QSettings().fileName(), m_journal.path(), QString(m_journal.path() + u"-wal"_s),
            LogFile::filePath() });
    QVERIFY2(holder.isEmpty(), qPrintable(u"secret found in "_s + holder));
    QVERIFY(QFile::exists(QSettings().fileName()));
}

QTEST_MAIN(TestAccountsPage)
#include "tst_accountspage.moc"
