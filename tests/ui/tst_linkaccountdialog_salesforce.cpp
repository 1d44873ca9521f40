// The link dialog's Salesforce page driven as a person would, against the in-process sandbox
// whose connected app is switched through its control API (vendor-contracts S1, S2):
// the optional consumer secret of the browser sign-in and its explanation, the secret sent
// with the code exchange and every refresh and kept in the real keychain (never in settings,
// the journal or QSettings), the sentence when the app wants a secret that was not entered,
// and an org that blocks the password flow remembered as an account setting.
#include "core/connectors/salesforce/SalesforceOAuthSignIn.h"
#include "core/engine/AccountService.h"
#include "core/engine/EngineHost.h"
#include "core/sandbox/SandboxThread.h"
#include "core/sandbox/salesforce/SalesforceEmulator.h"
#include "core/secrets/CredentialStore.h"
#include "core/store/AccountRepository.h"
#include "core/store/Journal.h"
#include "core/util/LogFile.h"
#include "tests/support/AppTestEnvironment.h"
#include "tests/support/SecretReader.h"
#include "tests/support/TestEnv.h"
#include "tests/support/ui/ChildWidget.h"
#include "ui/accounts/ErrorBanner.h"
#include "ui/accounts/LinkAccountDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace LeadBridge;
using namespace LeadBridge::Sandbox;
using namespace Qt::StringLiterals;
using LeadBridge::Test::child;

class TestLinkAccountDialogSalesforce : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    /// QDesktopServices' handler for http: the "browser" approves at once and follows the
    /// redirect to the sign-in's loopback callback.
    void openInBrowser(const QUrl &url)
    {
        ++m_browserOpens;
        QNetworkReply *reply = m_browser.get(QNetworkRequest(url));
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    }

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void secretFieldExplainsBothSettings();
    void browserSignInWithSecretKeepsItInTheKeychain();
    void browserSignInWithoutRequiredSecretSaysSo();
    void blockedPasswordFlowIsRemembered();
    void noSecretInSettingsOrJournal();

private:
    void setConnectedApp(const QJsonObject &settings);
    std::unique_ptr<LinkAccountDialog> openDialog(const QString &name);
    QByteArray readSecret(qint64 accountId, const QString &name);

    Test::AppTestEnvironment m_env;
    SandboxThread m_sandbox;
    Journal m_journal;
    CredentialStore m_store;
    std::unique_ptr<EngineHost> m_engine;
    std::unique_ptr<AccountService> m_service;
    QNetworkAccessManager m_browser;
    QNetworkAccessManager m_control;
    int m_browserOpens = 0;
};

void TestLinkAccountDialogSalesforce::initTestCase()
{
    LEADBRIDGE_START_APP_TEST(m_env, u"tst_linkaccountdialog_salesforce"_s, m_store);

    QVERIFY2(m_sandbox.start(SandboxConfig()), qPrintable(m_sandbox.errorString()));
    QVERIFY(Test::AppTestEnvironment::openServices(m_journal, m_store, m_engine, m_service));
    m_browser.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    QDesktopServices::setUrlHandler(u"http"_s, this, "openInBrowser");
}

void TestLinkAccountDialogSalesforce::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(u"http"_s);
    m_service.reset();
    m_engine.reset();
    m_journal.close();
    LogFile::uninstall();
}

void TestLinkAccountDialogSalesforce::init()
{
    setConnectedApp({ { u"requireSecretForWebServerFlow"_s, false },
        { u"requireSecretForRefreshTokenFlow"_s, false },
        { u"usernamePasswordFlowDisabled"_s, false } });
}

void TestLinkAccountDialogSalesforce::setConnectedApp(const QJsonObject &settings)
{
    QNetworkRequest req(
        QUrl(m_sandbox.baseUrl(u"salesforce"_s).toString() + u"/_sandbox/records/connectedApp"_s));
    req.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply *reply = m_control.sendCustomRequest(
        req, "PATCH", QJsonDocument(settings).toJson(QJsonDocument::Compact));
    QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();
}

std::unique_ptr<LinkAccountDialog> TestLinkAccountDialogSalesforce::openDialog(const QString &name)
{
    auto dialog = std::make_unique<LinkAccountDialog>(m_service.get());
    dialog->setKind(AccountKind::Salesforce);
    dialog->salesforceSignIn()->setPort(0); // never the fixed 1717 in tests
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        qWarning("dialog not shown");
    QTest::keyClicks(child<QLineEdit>(dialog.get(), u"nameEdit"_s), name);
    // The sandbox is a custom (My Domain style) login address.
    QComboBox *login = child<QComboBox>(dialog.get(), u"sfLoginUrl"_s);
    login->setCurrentIndex(login->findData(u"custom"_s));
    QTest::keyClicks(child<QLineEdit>(dialog.get(), u"sfCustomUrl"_s),
        m_sandbox.baseUrl(u"salesforce"_s).toString());
    QTest::keyClicks(
        child<QLineEdit>(dialog.get(), u"sfClientId"_s), SalesforceEmulator::demoClientId());
    return dialog;
}

QByteArray TestLinkAccountDialogSalesforce::readSecret(qint64 accountId, const QString &name)
{
    const auto account = AccountRepository(m_journal).get(accountId);
    if (!account)
        return {};
    QByteArray out;
    bool finished = false;
    m_store.read(AccountService::keychainId(account.value()), name, [&](const CredentialResult &r) {
        out = r.ok ? r.value : QByteArray();
        finished = true;
    });
    if (!QTest::qWaitFor([&] { return finished; }, 10000))
        qWarning("keychain read did not finish");
    return out;
}

void TestLinkAccountDialogSalesforce::secretFieldExplainsBothSettings()
{
    auto dialog = openDialog(u"SF look"_s);
    QVERIFY(child<QRadioButton>(dialog.get(), u"sfMethodOAuth"_s)->isChecked());
    QLineEdit *secret = child<QLineEdit>(dialog.get(), u"sfOAuthClientSecret"_s);
    QLabel *hint = child<QLabel>(dialog.get(), u"sfOAuthSecretHint"_s);
    QVERIFY(secret->isVisible());
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QVERIFY(secret->text().isEmpty()); // optional: linking works without it (tested below)
    QVERIFY(hint->isVisible());
    QVERIFY2(hint->text().contains(u"“Require Secret for Web Server Flow” (needed to finish the "
                                   "sign-in)"_s),
        qPrintable(hint->text()));
    QVERIFY(hint->text().contains(
        u"“Require Secret for Refresh Token Flow” (needed to stay signed in)"_s));
    QVERIFY(hint->text().contains(u"If both are off, leave it empty."_s));
    QVERIFY(hint->text().contains(u"keeps it in your system keychain"_s));
    // The label next to the field says it is optional.
    QLabel *label = nullptr;
    for (QLabel *l : dialog->findChildren<QLabel *>()) {
        if (l->buddy() == secret)
            label = l;
    }
    QVERIFY(label && label->isVisible());
    QCOMPARE(label->text().remove(u'&'), u"Consumer secret (optional):"_s);
    // The legacy method has its own secret field; the browser one goes away.
    QTest::mouseClick(child<QRadioButton>(dialog.get(), u"sfMethodPassword"_s), Qt::LeftButton);
    QVERIFY(!secret->isVisible());
    QVERIFY(!hint->isVisible());
}

void TestLinkAccountDialogSalesforce::browserSignInWithSecretKeepsItInTheKeychain()
{
    setConnectedApp({ { u"requireSecretForWebServerFlow"_s, true },
        { u"requireSecretForRefreshTokenFlow"_s, true } });
    auto dialog = openDialog(u"SF browser"_s);
    QTest::keyClicks(child<QLineEdit>(dialog.get(), u"sfOAuthClientSecret"_s),
        SalesforceEmulator::demoClientSecret());
    const int opens = m_browserOpens;
    QTest::mouseClick(child<QPushButton>(dialog.get(), u"sfSignInButton"_s), Qt::LeftButton);
    QLabel *status = child<QLabel>(dialog.get(), u"sfSignInStatus"_s);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(u"Signed in to "_s), 20000);
    QCOMPARE(m_browserOpens, opens + 1);
    QVERIFY(!child<ErrorBanner>(dialog.get(), u"dialogBanner"_s)->isVisible());

    // Link: saved, then checked with a refresh that carries the secret.
    QVERIFY(!dialog->settings().contains(u"clientSecret"_s));
    QTest::mouseClick(child<QPushButton>(dialog.get(), u"linkButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->result(), int(QDialog::Accepted), 20000);
    const qint64 id = dialog->accountId();
    QVERIFY(id > 0);
    QTRY_COMPARE_WITH_TIMEOUT(
        AccountRepository(m_journal).get(id)->status, AccountStatus::Linked, 20000);
    const Account account = AccountRepository(m_journal).get(id).value();
    QCOMPARE(account.settings.value(u"authMethod"_s).toString(), u"oauth"_s);
    // In the keychain, next to the refresh token; nowhere in the settings.
    QCOMPARE(readSecret(id, u"clientSecret"_s), SalesforceEmulator::demoClientSecret().toUtf8());
    QVERIFY(!readSecret(id, u"refreshToken"_s).isEmpty());
    for (auto it = account.settings.cbegin(); it != account.settings.cend(); ++it)
        QVERIFY2(!it.value().toString().contains(SalesforceEmulator::demoClientSecret()),
            qPrintable(it.key()));

    // The Accounts page's check later reads it back from the keychain and refreshes again.
    bool checked = false;
    AccountOperationResult checkResult;
    m_service->testConnection(id, [&](const AccountOperationResult &r) {
        checkResult = r;
        checked = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(checked, 20000);
    QVERIFY2(checkResult.ok, qPrintable(checkResult.message));
}

void TestLinkAccountDialogSalesforce::browserSignInWithoutRequiredSecretSaysSo()
{
    setConnectedApp({ { u"requireSecretForWebServerFlow"_s, true } });
    auto dialog = openDialog(u"SF no secret"_s);
    QTest::mouseClick(child<QPushButton>(dialog.get(), u"sfSignInButton"_s), Qt::LeftButton);
    auto *banner = child<ErrorBanner>(dialog.get(), u"dialogBanner"_s);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
    QCOMPARE(banner->text(),
        u"Salesforce wants the connected app's consumer secret to finish the sign-in for SF no "
        "secret (the app has “Require Secret for Web Server Flow” turned on). Enter the consumer "
        "secret, then sign in again — or ask your Salesforce admin to turn that setting off."_s);
    QCOMPARE(child<QLabel>(dialog.get(), u"sfSignInStatus"_s)->text(), u"Not signed in."_s);
    QVERIFY(!dialog->secrets().has(u"refreshToken"_s));

    // Entering the secret and signing in again works.
    QTest::keyClicks(child<QLineEdit>(dialog.get(), u"sfOAuthClientSecret"_s),
        SalesforceEmulator::demoClientSecret());
    QTest::mouseClick(child<QPushButton>(dialog.get(), u"sfSignInButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        child<QLabel>(dialog.get(), u"sfSignInStatus"_s)->text().startsWith(u"Signed in to "_s),
        20000);
    QCOMPARE(dialog->secrets().text(u"clientSecret"_s), SalesforceEmulator::demoClientSecret());
    dialog->reject();
}

void TestLinkAccountDialogSalesforce::blockedPasswordFlowIsRemembered()
{
    setConnectedApp({ { u"usernamePasswordFlowDisabled"_s, true } });
    auto dialog = openDialog(u"SF legacy"_s);
    QTest::mouseClick(child<QRadioButton>(dialog.get(), u"sfMethodPassword"_s), Qt::LeftButton);
    QTest::keyClicks(
        child<QLineEdit>(dialog.get(), u"sfUsername"_s), SalesforceEmulator::demoUsername());
    QTest::keyClicks(
        child<QLineEdit>(dialog.get(), u"sfPassword"_s), SalesforceEmulator::demoPassword());
    QTest::keyClicks(child<QLineEdit>(dialog.get(), u"sfSecurityToken"_s),
        SalesforceEmulator::demoSecurityToken());
    QTest::keyClicks(child<QLineEdit>(dialog.get(), u"sfClientSecret"_s),
        SalesforceEmulator::demoClientSecret());
    QTest::mouseClick(child<QPushButton>(dialog.get(), u"linkButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->result(), int(QDialog::Accepted), 20000);
    const qint64 id = dialog->accountId();
    QVERIFY(id > 0);
    // The check signed in over SOAP after the refused password grant and the account
    // remembers it: a setting, not a secret.
    QTRY_VERIFY_WITH_TIMEOUT(
        AccountRepository(m_journal).get(id)->settings.value(u"soapLoginFirst"_s).toBool(), 20000);
    QCOMPARE(AccountRepository(m_journal).get(id)->status, AccountStatus::Linked);
}

void TestLinkAccountDialogSalesforce::noSecretInSettingsOrJournal()
{
    QSettings().sync();
    const QStringList secrets = { SalesforceEmulator::demoClientSecret(),
        SalesforceEmulator::demoPassword() + SalesforceEmulator::demoSecurityToken() };
    const QString holder = Test::SecretReader::fileHolding(secrets,
        { QSettings().fileName(), m_journal.path(), QString(m_journal.path() + u"-wal"_s),
            LogFile::filePath() });
    QVERIFY2(holder.isEmpty(), qPrintable(u"secret found in "_s + holder));
}

QTEST_MAIN(TestLinkAccountDialogSalesforce)
#include "tst_linkaccountdialog_salesforce.moc"
