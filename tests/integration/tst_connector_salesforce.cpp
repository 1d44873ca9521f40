// SalesforceConnector and SalesforceOAuthSignIn against the in-process Salesforce emulator:
// every call the connector makes, its paging edges, sign-in paths and failure sentences,
// with what reached the emulator checked through its counters and control API.
#include "core/connectors/salesforce/SalesforceConnector.h"
#include "core/connectors/salesforce/SalesforceOAuthSignIn.h"
#include "core/connectors/salesforce/SalesforceSession.h"
#include "core/net/HttpClient.h"
#include "core/net/RateLimiter.h"
#include "core/sandbox/salesforce/SalesforceEmulator.h"
#include "tests/support/RawHttp.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace LeadBridge;
using namespace LeadBridge::Sandbox;
using namespace LeadBridge::Test;
using namespace Qt::Literals::StringLiterals;
using Kind = ApiError::Kind;

namespace {

const QString kAccount = u"acme prod"_s;
const QString kBothRefused
    = u"Salesforce refused the password for acme prod with both sign-in methods LeadBridge "
      "tried (OAuth and SOAP). Check the password and security token in Accounts → Salesforce. "
      "If they are right, the org probably blocks password sign-in (its Login History shows "
      "“Username-Password Flow Disabled”): choose “In the browser” in Accounts → Salesforce and "
      "sign in there."_s;

struct FetchRun
{
    QList<FetchPage> pages;
    ApiError error;
    int doneCalls = 0;

    QList<ConnectorRecord> records() const
    {
        QList<ConnectorRecord> all;
        for (const auto &p : pages)
            all += p.records;
        return all;
    }
    QSet<QString> ids(bool deleted = false) const
    {
        QSet<QString> s;
        for (const auto &r : records()) {
            if (r.deleted == deleted)
                s.insert(r.id);
        }
        return s;
    }
};

} // namespace

class TestConnectorSalesforce : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SalesforceEmulator> m_emu;
    QNetworkAccessManager m_nam;
    RawHttp m_raw;

    QUrl url(const QString &path) const { return QUrl(m_emu->baseUrl().toString() + path); }

    ConnectorConfig passwordConfig(bool withSecret = true, const QString &password = {}) const
    {
        ConnectorConfig c;
        c.account.kind = AccountKind::Salesforce;
        c.account.name = kAccount;
        c.account.settings
            = { { u"baseUrl"_s, m_emu->baseUrl().toString() }, { u"authMethod"_s, u"password"_s },
                  { u"username"_s, SalesforceEmulator::demoUsername() },
                  { u"clientId"_s, SalesforceEmulator::demoClientId() } };
        c.credentials.secrets.insert(u"password"_s,
            (password.isEmpty() ? SalesforceEmulator::demoPassword() : password).toUtf8());
        c.credentials.secrets.insert(
            u"securityToken"_s, SalesforceEmulator::demoSecurityToken().toUtf8());
        if (withSecret) {
            c.credentials.secrets.insert(
                u"clientSecret"_s, SalesforceEmulator::demoClientSecret().toUtf8());
        }
        return c;
    }

    ConnectorConfig oauthConfig(const QString &refreshToken) const
    {
        ConnectorConfig c;
        c.account.kind = AccountKind::Salesforce;
        c.account.name = kAccount;
        c.account.settings
            = { { u"baseUrl"_s, m_emu->baseUrl().toString() }, { u"authMethod"_s, u"oauth"_s },
                  { u"clientId"_s, SalesforceEmulator::demoClientId() } };
        c.credentials.secrets.insert(u"refreshToken"_s, refreshToken.toUtf8());
        return c;
    }

    int calls(const QString &endpoint) const
    {
        return m_emu->counters().value(u"calls"_s).toObject().value(endpoint).toInt();
    }

    void setFaults(const QJsonObject &json)
    {
        FaultSettings f = FaultSettings::fromJson(json, m_emu->faults());
        m_emu->setFaults(f);
    }

    FetchRun runFetch(SalesforceConnector &c, const FetchRequest &req, int timeoutMs = 30000)
    {
        FetchRun run;
        c.fetch(
            req, [&run](const FetchPage &p) { run.pages.append(p); },
            [&run](const ApiError &e) {
                run.error = e;
                ++run.doneCalls;
            });
        if (!QTest::qWaitFor([&run] { return run.doneCalls > 0; }, timeoutMs))
            qWarning() << "fetch did not finish";
        QTest::qWait(0);
        return run;
    }

    std::pair<WriteResult, ApiError> runWrite(
        SalesforceConnector &c, const WriteRequest &req, int timeoutMs = 60000)
    {
        WriteResult result;
        ApiError error;
        int done = 0;
        c.write(req, [&](const WriteResult &r, const ApiError &e) {
            result = r;
            error = e;
            ++done;
        });
        if (!QTest::qWaitFor([&done] { return done > 0; }, timeoutMs))
            qWarning() << "write did not finish";
        QTest::qWait(0);
        if (done != 1)
            qWarning() << "write callbacks:" << done;
        return { result, error };
    }

    std::pair<ConnectionInfo, ApiError> runCheck(SalesforceConnector &c)
    {
        ConnectionInfo info;
        ApiError error;
        int done = 0;
        c.checkConnection([&](const ConnectionInfo &i, const ApiError &e) {
            info = i;
            error = e;
            ++done;
        });
        if (!QTest::qWaitFor([&done] { return done > 0; }, 20000))
            qWarning() << "check did not finish";
        return { info, error };
    }

    QJsonArray controlRecords(const QString &object, int limit = 5)
    {
        return m_raw.get(url(u"/_sandbox/records/%1?limit=%2"_s.arg(object).arg(limit)))
            .json()
            .value(u"records"_s)
            .toArray();
    }

    static ConnectorRecord lead(int i, bool valid = true)
    {
        ConnectorRecord r;
        r.object = u"Lead"_s;
        r.fields = { { u"FirstName"_s, u"Test"_s }, { u"Company"_s, u"Acme, \"Quoted\" Inc"_s },
            { u"Email"_s, u"t%1@example.com"_s.arg(i) },
            { u"Email__c"_s, u"t%1@example.com"_s.arg(i) } };
        if (valid)
            r.fields.insert(u"LastName"_s, u"Person %1"_s.arg(i));
        return r;
    }

    /// A browser sign-in against the emulator (the "browser" follows the redirect to the
    /// loopback callback); @p secret is the optional consumer secret.
    std::pair<SalesforceOAuthSignIn::Result, ApiError> browserSignIn(const QString &secret = {})
    {
        SalesforceOAuthSignIn signIn;
        signIn.setPort(0);
        signIn.setAccountLabel(kAccount);
        signIn.setClientSecret(secret);
        QNetworkAccessManager browser;
        browser.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
        connect(&signIn, &SalesforceOAuthSignIn::authorizeUrl, this, [&browser](const QUrl &u) {
            QNetworkReply *reply = browser.get(QNetworkRequest(u));
            connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        });
        SalesforceOAuthSignIn::Result result;
        ApiError error;
        int finished = 0;
        connect(&signIn, &SalesforceOAuthSignIn::finished, this,
            [&](const SalesforceOAuthSignIn::Result &r, const ApiError &e) {
                result = r;
                error = e;
                ++finished;
            });
        signIn.start(m_emu->baseUrl(), SalesforceEmulator::demoClientId());
        if (!QTest::qWaitFor([&finished] { return finished > 0; }, 10000))
            qWarning() << "sign-in did not finish";
        return { result, error };
    }

private Q_SLOTS:
    void init()
    {
        m_emu = std::make_unique<SalesforceEmulator>();
        QVERIFY(m_emu->listen(0));
        m_emu->seed(DemoDataset::generate(2026, 300));
    }
    void cleanup() { m_emu.reset(); }

    // --- sign-in -----------------------------------------------------------------------

    void pkceSignInEndToEnd()
    {
        SalesforceOAuthSignIn signIn;
        signIn.setPort(0);
        signIn.setAccountLabel(kAccount);
        QUrl opened;
        QNetworkAccessManager browser;
        browser.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
        QByteArray browserPage;
        connect(&signIn, &SalesforceOAuthSignIn::authorizeUrl, this, [&](const QUrl &u) {
            opened = u;
            QNetworkReply *reply = browser.get(QNetworkRequest(u));
            connect(reply, &QNetworkReply::finished, reply, [&browserPage, reply] {
                browserPage = reply->readAll();
                reply->deleteLater();
            });
        });
        SalesforceOAuthSignIn::Result result;
        ApiError error;
        int finished = 0;
        connect(&signIn, &SalesforceOAuthSignIn::finished, this,
            [&](const SalesforceOAuthSignIn::Result &r, const ApiError &e) {
                result = r;
                error = e;
                ++finished;
            });
        signIn.start(m_emu->baseUrl(), SalesforceEmulator::demoClientId());
        QTRY_COMPARE_WITH_TIMEOUT(finished, 1, 10000);
        QVERIFY2(!error.isError(), qPrintable(error.toLogString()));
        const QUrlQuery q(opened);
        QCOMPARE(opened.path(), u"/services/oauth2/authorize"_s);
        QCOMPARE(q.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
        QCOMPARE(q.queryItemValue(u"code_challenge"_s).size(), 43);
        QCOMPARE(q.queryItemValue(u"response_type"_s), u"code"_s);
        QVERIFY(q.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded)
                    .startsWith(u"http://127.0.0.1:"_s));
        QVERIFY(!result.refreshToken.isEmpty());
        QVERIFY(!result.accessToken.isEmpty());
        QCOMPARE(result.instanceUrl.port(), m_emu->baseUrl().port());
        QTRY_VERIFY(browserPage.contains("signed in to Salesforce"));
        QCOMPARE(calls(u"oauth.token"_s), 1);
        QCOMPARE(finished, 1);
        QVERIFY(!signIn.isRunning());

        // The refresh token links the account: the connector signs in with it.
        SalesforceConnector c(oauthConfig(result.refreshToken), &m_nam);
        auto [info, checkError] = runCheck(c);
        QVERIFY2(!checkError.isError(), qPrintable(checkError.toLogString()));
        QCOMPARE(info.details.value(u"signInMethod"_s).toString(), u"oauth-refresh-token"_s);
        QCOMPARE(info.details.value(u"organizationId"_s).toString(),
            SalesforceEmulator::organizationId());
        QCOMPARE(calls(u"oauth.token"_s), 2);
    }

    void pkceHelpers()
    {
        // Reference value computed independently (Python hashlib + base64.urlsafe_b64encode).
        QCOMPARE(
            SalesforceOAuthSignIn::codeChallenge("dBjftJeZ4CVP-mJ92K1uRNqYzqOqN0MRAHN8sPUlIGc"),
            QByteArray("ghMfm83aiLzyx7pPQIsuihdlB57gagWIBm_3qgLcBjY"));
        const QByteArray v = SalesforceOAuthSignIn::makeCodeVerifier();
        QCOMPARE(v.size(), 43);
        QVERIFY(v != SalesforceOAuthSignIn::makeCodeVerifier());
    }

    void pkceSignInUnknownAppTimesOutAndCancel()
    {
        SalesforceOAuthSignIn signIn;
        signIn.setPort(0);
        signIn.setAccountLabel(kAccount);
        signIn.setTimeoutMs(1500);
        QNetworkAccessManager browser;
        int browserStatus = 0;
        connect(&signIn, &SalesforceOAuthSignIn::authorizeUrl, this, [&](const QUrl &u) {
            QNetworkReply *reply = browser.get(QNetworkRequest(u));
            connect(reply, &QNetworkReply::finished, reply, [&browserStatus, reply] {
                browserStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                reply->deleteLater();
            });
        });
        ApiError error;
        int finished = 0;
        connect(&signIn, &SalesforceOAuthSignIn::finished, this,
            [&](const SalesforceOAuthSignIn::Result &, const ApiError &e) {
                error = e;
                ++finished;
            });
        signIn.start(m_emu->baseUrl(), u"no-such-app"_s);
        QTRY_COMPARE_WITH_TIMEOUT(finished, 1, 5000);
        QCOMPARE(browserStatus, 400); // Salesforce's error page, no redirect
        QCOMPARE(error.kind(), Kind::Timeout);
        QCOMPARE(error.userMessage(),
            u"The Salesforce sign-in for acme prod was not completed within 2 seconds. Start it "
            "again and approve LeadBridge in the browser window that opens."_s);
        QCOMPARE(calls(u"oauth.token"_s), 0);

        signIn.setTimeoutMs(60000);
        signIn.start(m_emu->baseUrl(), SalesforceEmulator::demoClientId());
        signIn.cancel();
        QCOMPARE(finished, 2);
        QCOMPARE(error.kind(), Kind::Cancelled);
        QCOMPARE(error.userMessage(), u"The Salesforce sign-in for acme prod was cancelled."_s);
        QTest::qWait(200);
        QCOMPARE(finished, 2);
    }

    void passwordGrantCheckConnection()
    {
        SalesforceConnector c(passwordConfig(), &m_nam);
        auto [info, error] = runCheck(c);
        QVERIFY2(!error.isError(), qPrintable(error.toLogString()));
        QCOMPARE(info.details.value(u"signInMethod"_s).toString(), u"oauth-password"_s);
        QCOMPARE(info.details.value(u"apiVersion"_s).toString(), u"62.0"_s);
        QCOMPARE(info.details.value(u"dailyApiMax"_s).toLongLong(), 100000);
        QCOMPARE(info.details.value(u"username"_s).toString(), SalesforceEmulator::demoUsername());
        QVERIFY(info.displayName.contains(SalesforceEmulator::demoUsername()));
        QCOMPARE(QUrl(info.instanceUrl).port(), m_emu->baseUrl().port());
        QVERIFY(info.updatedSecrets.secrets.isEmpty());
        QCOMPARE(calls(u"oauth.token"_s), 1);
        QCOMPARE(calls(u"soap.login"_s), 0);
        QCOMPARE(calls(u"identity"_s), 1);
        QCOMPARE(calls(u"rest.limits"_s), 1);
        // Sforce-Limit-Info went to apiUsage() and the limiter.
        QCOMPARE(c.apiUsage().limit, 100000);
        QCOMPARE(c.apiUsage().used, m_emu->apiUsed());
        QCOMPARE(c.http()->rateLimiter()->usage().serverLimit, 100000);
    }

    void soapFallbackWithoutClientSecret()
    {
        SalesforceConnector c(passwordConfig(false), &m_nam);
        auto [info, error] = runCheck(c);
        QVERIFY2(!error.isError(), qPrintable(error.toLogString()));
        QCOMPARE(info.details.value(u"signInMethod"_s).toString(), u"soap-login"_s);
        QCOMPARE(info.details.value(u"organizationId"_s).toString(),
            SalesforceEmulator::organizationId());
        QCOMPARE(calls(u"soap.login"_s), 1);
        QCOMPARE(calls(u"oauth.token"_s), 0);
    }

    void wrongPasswordSentences()
    {
        const QString expected = u"Salesforce rejected the password for acme prod. Check it in "
                                 "Accounts → Salesforce. Salesforce needs the password followed by "
                                 "the user's security token unless LeadBridge's address is trusted "
                                 "by the org."_s;
        {
            // invalid_grant "authentication failure" is also what an org that blocks the
            // password flow answers: SOAP login() is tried once, and refuses as well.
            SalesforceConnector c(passwordConfig(true, u"wrong"_s), &m_nam);
            auto [info, error] = runCheck(c);
            QCOMPARE(error.kind(), Kind::Auth);
            QCOMPARE(error.vendorCode(), u"INVALID_LOGIN"_s);
            QCOMPARE(error.userMessage(), kBothRefused);
            QCOMPARE(calls(u"oauth.token"_s), 1); // refused, not retried
            QCOMPARE(calls(u"soap.login"_s), 1);
            QVERIFY(!c.session()->passwordGrantBlocked());
            m_emu->resetCounters();
        }
        {
            SalesforceConnector c(passwordConfig(false, u"wrong"_s), &m_nam);
            auto [info, error] = runCheck(c);
            QCOMPARE(error.kind(), Kind::Auth);
            QCOMPARE(error.vendorCode(), u"INVALID_LOGIN"_s);
            QCOMPARE(error.userMessage(), expected);
            QCOMPARE(calls(u"soap.login"_s), 1); // a SOAP fault 500 is not retried
        }
        {
            ConnectorConfig cfg = passwordConfig(false);
            cfg.credentials.secrets.remove(u"securityToken"_s);
            SalesforceConnector c(cfg, &m_nam);
            auto [info, error] = runCheck(c);
            QCOMPARE(error.vendorCode(), u"LOGIN_MUST_USE_SECURITY_TOKEN"_s);
            QVERIFY(error.userMessage().endsWith(
                u"Salesforce wants the user's security token as well: enter it in Accounts → "
                "Salesforce."_s));
        }
        {
            ConnectorConfig cfg = passwordConfig(true);
            cfg.account.settings.insert(u"clientId"_s, u"bogus"_s);
            SalesforceConnector c(cfg, &m_nam);
            auto [info, error] = runCheck(c);
            QCOMPARE(error.userMessage(),
                u"Salesforce does not know the connected app (consumer key) entered for acme "
                "prod. Check the consumer key in Accounts → Salesforce."_s);
        }
        {
            SalesforceConnector c(oauthConfig(u"revoked-or-made-up"_s), &m_nam);
            auto [info, error] = runCheck(c);
            QCOMPARE(error.kind(), Kind::Auth);
            QCOMPARE(error.userMessage(),
                u"Salesforce no longer accepts LeadBridge's sign-in for acme prod (it may have "
                "been revoked or expired). Open Accounts → Salesforce and sign in again."_s);
        }
        QCOMPARE(calls(u"rest.limits"_s), 0);
    }

    // --- vendor-contracts S1: orgs that block the OAuth username-password flow ----------

    void passwordFlowDisabledFallsBackToSoapOnce()
    {
        SalesforceEmulator::ConnectedApp app;
        app.usernamePasswordFlowDisabled = true;
        m_emu->setConnectedApp(app);
        SalesforceConnector c(passwordConfig(), &m_nam);
        auto [info, error] = runCheck(c);
        QVERIFY2(!error.isError(), qPrintable(error.toLogString()));
        QCOMPARE(info.details.value(u"signInMethod"_s).toString(), u"soap-login"_s);
        // Remembered for the account (a setting, never a secret).
        QCOMPARE(info.details.value(u"soapLoginFirst"_s), QVariant(true));
        QVERIFY(info.updatedSecrets.secrets.isEmpty());
        QCOMPARE(calls(u"oauth.token"_s), 1);
        QCOMPARE(calls(u"soap.login"_s), 1);
        const auto history = m_emu->loginHistory();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).status, u"Username-Password Flow Disabled"_s);
        QCOMPARE(history.at(1).status, u"Success"_s);

        // A re-authentication of the same session (expired during a read) goes to SOAP first.
        QCOMPARE(m_raw.send("POST", url(u"/_sandbox/tokens/expire"_s)).status, 200);
        FetchRequest req;
        req.object = u"Lead"_s;
        const FetchRun run = runFetch(c, req);
        QVERIFY2(!run.error.isError(), qPrintable(run.error.toLogString()));
        QCOMPARE(run.ids().size(), m_emu->recordCount(u"Lead"_s));
        QCOMPARE(c.session()->signIns(), 2);
        QCOMPARE(calls(u"oauth.token"_s), 1);
        QCOMPARE(calls(u"soap.login"_s), 2);

        // So does a new connector whose account carries the setting.
        ConnectorConfig remembered = passwordConfig();
        remembered.account.settings.insert(u"soapLoginFirst"_s, true);
        SalesforceConnector c2(remembered, &m_nam);
        auto [info3, error3] = runCheck(c2);
        QVERIFY2(!error3.isError(), qPrintable(error3.toLogString()));
        QCOMPARE(info3.details.value(u"signInMethod"_s).toString(), u"soap-login"_s);
        QCOMPARE(calls(u"oauth.token"_s), 1);
        QCOMPARE(calls(u"soap.login"_s), 3);
    }

    void passwordFlowDisabledAndSoapRefusesToo()
    {
        SalesforceEmulator::ConnectedApp app;
        app.usernamePasswordFlowDisabled = true;
        m_emu->setConnectedApp(app);
        SalesforceConnector c(passwordConfig(true, u"wrong"_s), &m_nam);
        auto [info, error] = runCheck(c);
        QCOMPARE(error.kind(), Kind::Auth);
        QCOMPARE(error.userMessage(), kBothRefused);
        QCOMPARE(calls(u"oauth.token"_s), 1);
        QCOMPARE(calls(u"soap.login"_s), 1); // once, not again
        QVERIFY(!c.session()->passwordGrantBlocked());
        QVERIFY(!info.details.contains(u"soapLoginFirst"_s));
    }

    void passwordGrantAllowedStaysOAuth()
    {
        // Allowed flow, right password: no SOAP call, nothing remembered.
        SalesforceConnector c(passwordConfig(), &m_nam);
        auto [info, error] = runCheck(c);
        QVERIFY2(!error.isError(), qPrintable(error.toLogString()));
        QCOMPARE(info.details.value(u"signInMethod"_s).toString(), u"oauth-password"_s);
        QVERIFY(!info.details.contains(u"soapLoginFirst"_s));
        QCOMPARE(calls(u"soap.login"_s), 0);
    }

    // --- vendor-contracts S2: Require Secret for Web Server / Refresh Token Flow ---------

    void connectedAppSecretSettings_data()
    {
        QTest::addColumn<bool>("webServer");
        QTest::addColumn<bool>("refresh");
        QTest::addColumn<bool>("withSecret");
        for (const bool ws : { false, true })
            for (const bool rf : { false, true })
                for (const bool sec : { false, true })
                    QTest::addRow("webServer=%d refresh=%d secret=%d", ws, rf, sec)
                        << ws << rf << sec;
    }
    void connectedAppSecretSettings()
    {
        QFETCH(bool, webServer);
        QFETCH(bool, refresh);
        QFETCH(bool, withSecret);
        SalesforceEmulator::ConnectedApp app;
        app.requireSecretForWebServerFlow = webServer;
        app.requireSecretForRefreshTokenFlow = refresh;
        m_emu->setConnectedApp(app);
        const QString secret = withSecret ? SalesforceEmulator::demoClientSecret() : QString();

        auto [result, error] = browserSignIn(secret);
        QCOMPARE(calls(u"oauth.token"_s), 1);
        if (webServer && !withSecret) {
            QCOMPARE(error.kind(), Kind::Auth);
            QCOMPARE(error.vendorCode(), u"invalid_client"_s);
            QCOMPARE(error.userMessage(),
                u"Salesforce wants the connected app's consumer secret to finish the sign-in for "
                "acme prod (the app has “Require Secret for Web Server Flow” turned on). Enter "
                "the consumer secret, then sign in again — or ask your Salesforce admin to turn "
                "that setting off."_s);
            QVERIFY(result.refreshToken.isEmpty());
            // Signed in some other way to test the refresh below.
            SalesforceEmulator::ConnectedApp open = app;
            open.requireSecretForWebServerFlow = false;
            m_emu->setConnectedApp(open);
            std::tie(result, error) = browserSignIn();
            m_emu->setConnectedApp(app);
        }
        QVERIFY2(!error.isError(), qPrintable(error.toLogString()));
        QVERIFY(!result.refreshToken.isEmpty());

        // Every refresh carries the secret when the account has one.
        ConnectorConfig cfg = oauthConfig(result.refreshToken);
        if (withSecret)
            cfg.credentials.secrets.insert(u"clientSecret"_s, secret.toUtf8());
        SalesforceConnector c(cfg, &m_nam);
        const int before = calls(u"oauth.token"_s);
        auto [info, checkError] = runCheck(c);
        QCOMPARE(calls(u"oauth.token"_s), before + 1); // refused answers are not retried
        if (refresh && !withSecret) {
            QCOMPARE(checkError.kind(), Kind::Auth);
            QCOMPARE(checkError.vendorCode(), u"invalid_client"_s);
            QCOMPARE(checkError.userMessage(),
                u"Salesforce wants the connected app's consumer secret to keep acme prod signed "
                "in (the app has “Require Secret for Refresh Token Flow” turned on). Enter the "
                "consumer secret in Accounts → Salesforce, or ask your Salesforce admin to turn "
                "that setting off."_s);
            return;
        }
        QVERIFY2(!checkError.isError(), qPrintable(checkError.toLogString()));
        QCOMPARE(info.details.value(u"signInMethod"_s).toString(), u"oauth-refresh-token"_s);
        // A re-authentication (session expired during a read) refreshes again, again with
        // the secret.
        QCOMPARE(m_raw.send("POST", url(u"/_sandbox/tokens/expire"_s)).status, 200);
        FetchRequest req;
        req.object = u"Lead"_s;
        const FetchRun run = runFetch(c, req);
        QVERIFY2(!run.error.isError(), qPrintable(run.error.toLogString()));
        QCOMPARE(c.session()->signIns(), 2);
        QCOMPARE(calls(u"oauth.token"_s), before + 2);
    }

    void wrongConsumerSecretSentences()
    {
        SalesforceEmulator::ConnectedApp app;
        app.requireSecretForWebServerFlow = true;
        m_emu->setConnectedApp(app);
        auto [result, error] = browserSignIn(u"not-the-secret"_s);
        QCOMPARE(error.vendorCode(), u"invalid_client"_s);
        QCOMPARE(error.userMessage(),
            u"Salesforce rejected the consumer secret entered for acme prod. Copy it again from "
            "the connected app (Setup → App Manager → your app → View → Manage Consumer "
            "Details), then sign in again."_s);
        auto [ok, okError] = browserSignIn(SalesforceEmulator::demoClientSecret());
        QVERIFY2(!okError.isError(), qPrintable(okError.toLogString()));
        ConnectorConfig cfg = oauthConfig(ok.refreshToken);
        cfg.credentials.secrets.insert(u"clientSecret"_s, "not-the-secret");
        SalesforceConnector c(cfg, &m_nam);
        auto [info, checkError] = runCheck(c);
        QCOMPARE(checkError.userMessage(),
            u"Salesforce rejected the connected app's consumer secret for acme prod. Check it in "
            "Accounts → Salesforce."_s);
    }

    void loginUrlChoice()
    {
        ConnectorConfig cfg = passwordConfig();
        cfg.account.settings.remove(u"baseUrl"_s);
        cfg.account.settings.insert(u"loginUrl"_s, u"https://test.salesforce.com"_s);
        QCOMPARE(SalesforceConnector(cfg, &m_nam).session()->loginUrl(),
            QUrl(u"https://test.salesforce.com"_s));
        cfg.account.settings.insert(u"loginUrl"_s, u"acme.my.salesforce.com"_s);
        QCOMPARE(SalesforceConnector(cfg, &m_nam).session()->loginUrl(),
            QUrl(u"https://acme.my.salesforce.com"_s));
        cfg.account.settings.remove(u"loginUrl"_s);
        QCOMPARE(SalesforceConnector(cfg, &m_nam).session()->loginUrl(),
            QUrl(u"https://login.salesforce.com"_s));
        cfg.account.settings.insert(u"loginUrl"_s, u"http://login.example.com"_s);
        SalesforceConnector insecure(cfg, &m_nam);
        auto [info, error] = runCheck(insecure);
        QVERIFY(error.isError());
        QCOMPARE(error.userMessage(),
            u"LeadBridge only connects to login.example.com over an encrypted connection. Use an "
            "https:// address."_s);
    }

    void sessionExpiryReplaysOnce()
    {
        SalesforceConnector c(passwordConfig(), &m_nam);
        QVERIFY(!runCheck(c).second.isError());
        QCOMPARE(c.session()->signIns(), 1);
        QCOMPARE(m_raw.send("POST", url(u"/_sandbox/tokens/expire"_s)).status, 200);
        FetchRequest req;
        req.object = u"Lead"_s;
        const FetchRun run = runFetch(c, req);
        QVERIFY2(!run.error.isError(), qPrintable(run.error.toLogString()));
        QCOMPARE(run.ids().size(), m_emu->recordCount(u"Lead"_s));
        QCOMPARE(c.session()->signIns(), 2);
        QCOMPARE(c.http()->stats().authRefreshes, 1);
        QCOMPARE(calls(u"oauth.token"_s), 2);
        QCOMPARE(calls(u"rest.query"_s), 2); // the refused call and its one replay

        // Test Connection after the session expired: the identity URL answers 403
        // "Bad_OAuth_Token" (not 401), which must sign in again too, once.
        QCOMPARE(m_raw.send("POST", url(u"/_sandbox/tokens/expire"_s)).status, 200);
        const auto [info, checkError] = runCheck(c);
        QVERIFY2(!checkError.isError(), qPrintable(checkError.toLogString()));
        QVERIFY(!info.displayName.isEmpty());
        QCOMPARE(c.session()->signIns(), 3);

        // SOAP sessions too.
        SalesforceConnector soap(passwordConfig(false), &m_nam);
        QVERIFY(!runCheck(soap).second.isError());
        m_raw.send("POST", url(u"/_sandbox/tokens/expire"_s));
        QVERIFY(!runFetch(soap, req).error.isError());
        QCOMPARE(calls(u"soap.login"_s), 2);
    }

    void sessionExpiryWithRevokedRefreshTokenEndsOnce()
    {
        // Sign in with PKCE, then revoke the refresh token: the 401 leads to one sign-in
        // attempt that fails, and the call ends with the sentence (no loop).
        SalesforceOAuthSignIn signIn;
        signIn.setPort(0);
        QNetworkAccessManager browser;
        browser.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
        connect(&signIn, &SalesforceOAuthSignIn::authorizeUrl, this, [&](const QUrl &u) {
            connect(browser.get(QNetworkRequest(u)), &QNetworkReply::finished, [] {});
        });
        SalesforceOAuthSignIn::Result result;
        int finished = 0;
        connect(&signIn, &SalesforceOAuthSignIn::finished, this,
            [&](const SalesforceOAuthSignIn::Result &r, const ApiError &) {
                result = r;
                ++finished;
            });
        signIn.start(m_emu->baseUrl(), SalesforceEmulator::demoClientId());
        QTRY_COMPARE_WITH_TIMEOUT(finished, 1, 10000);
        SalesforceConnector c(oauthConfig(result.refreshToken), &m_nam);
        QVERIFY(!runCheck(c).second.isError());
        const int tokenCalls = calls(u"oauth.token"_s);
        QCOMPARE(m_raw
                     .send("POST", url(u"/services/oauth2/revoke"_s),
                         { { "Content-Type", "application/x-www-form-urlencoded" } },
                         "token=" + QUrl::toPercentEncoding(result.refreshToken))
                     .status,
            200);
        m_raw.send("POST", url(u"/_sandbox/tokens/expire"_s));
        FetchRequest req;
        req.object = u"Lead"_s;
        const FetchRun run = runFetch(c, req);
        QCOMPARE(run.doneCalls, 1);
        QCOMPARE(run.error.kind(), Kind::Auth);
        QVERIFY(run.error.userMessage().startsWith(u"Salesforce no longer accepts"_s));
        QCOMPARE(calls(u"oauth.token"_s), tokenCalls + 1);
        QCOMPARE(calls(u"rest.query"_s), 1);
    }

    // --- describe ----------------------------------------------------------------------

    void describeLeadContact()
    {
        SalesforceConnector c(passwordConfig(), &m_nam);
        QList<CrmObjectSchema> schemas;
        ApiError error;
        int done = 0;
        c.describe({}, [&](const QList<CrmObjectSchema> &s, const ApiError &e) {
            schemas = s;
            error = e;
            ++done;
        });
        QTRY_COMPARE_WITH_TIMEOUT(done, 1, 10000);
        QVERIFY(!error.isError());
        QCOMPARE(schemas.size(), 2);
        const CrmObjectSchema &leadSchema = schemas.at(0);
        QCOMPARE(leadSchema.name, u"Lead"_s);
        QCOMPARE(leadSchema.object, CrmObjectType::Lead);
        QCOMPARE(schemas.at(1).object, CrmObjectType::Contact);
        const CrmFieldDescriptor *last = leadSchema.field(u"LastName"_s);
        QVERIFY(last);
        QCOMPARE(last->type, u"string"_s);
        QCOMPARE(last->length, 80);
        QVERIFY(!last->nillable);
        QVERIFY(last->isRequiredOnCreate());
        QCOMPARE(leadSchema.field(u"Email"_s)->type, u"email"_s);
        QVERIFY(leadSchema.field(u"Score__c"_s)->custom);
        QVERIFY(!leadSchema.field(u"SystemModstamp"_s)->createable);
        QCOMPARE(leadSchema.field(u"Id"_s)->type, u"id"_s);
        QVERIFY(!leadSchema.field(u"SystemModstamp"_s)->updateable);
        QVERIFY(leadSchema.field(u"LeadSource"_s)->picklistValues.contains(u"Webinar"_s));
        QCOMPARE(schemas.at(1).field(u"AccountId"_s)->relationshipName, u"Account"_s);
        QCOMPARE(calls(u"rest.describe"_s), 2);

        int done2 = 0;
        c.describe({ u"NoSuchObject"_s }, [&](const QList<CrmObjectSchema> &, const ApiError &e) {
            error = e;
            ++done2;
        });
        QTRY_COMPARE_WITH_TIMEOUT(done2, 1, 10000);
        QCOMPARE(error.kind(), Kind::NotFound);
        QVERIFY(error.userMessage().startsWith(u"Salesforce could not find"_s));
    }

    // --- fetch -------------------------------------------------------------------------

    void fetchPagingEdges_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("pages");
        QTest::newRow("empty") << 0 << 1;
        QTest::newRow("exactly one page") << 200 << 1;
        QTest::newRow("last page partial") << 450 << 3;
        QTest::newRow("exact pages") << 400 << 2;
    }
    void fetchPagingEdges()
    {
        QFETCH(int, count);
        QFETCH(int, pages);
        m_emu->seedSynthetic(count, 5);
        SalesforceConnector c(passwordConfig(), &m_nam);
        FetchRequest req;
        req.object = u"Lead"_s;
        req.fields = { u"Id"_s, u"Email"_s, u"LastName"_s };
        req.pageSize = 200;
        const FetchRun run = runFetch(c, req);
        QVERIFY2(!run.error.isError(), qPrintable(run.error.toLogString()));
        QCOMPARE(run.doneCalls, 1);
        QCOMPARE(run.pages.size(), pages);
        QCOMPARE(run.ids().size(), count);
        QCOMPARE(run.records().size(), count);
        QVERIFY(run.pages.last().last);
        for (int i = 0; i + 1 < run.pages.size(); ++i)
            QVERIFY(!run.pages.at(i).last);
        QCOMPARE(run.pages.first().totalKnown, count);
        QCOMPARE(calls(u"rest.query"_s) + calls(u"rest.queryMore"_s), pages);
        if (count > 0) {
            const ConnectorRecord r = run.records().first(); // records() is a temporary
            QCOMPARE(r.object, u"Lead"_s);
            QVERIFY(r.fields.contains(u"Email"_s));
            QVERIFY(r.fields.contains(u"SystemModstamp"_s)); // always read for the cursor
            QVERIFY(!r.fields.contains(u"attributes"_s));
            QVERIFY(r.modifiedAt.isValid());
            QDateTime max;
            for (const auto &rec : run.records())
                max = qMax(max, rec.modifiedAt);
            QCOMPARE(run.pages.last().cursor, max.toString(Qt::ISODateWithMs));
        }
    }

    void fetchIncrementalOverlap()
    {
        SalesforceConnector c(passwordConfig(), &m_nam);
        const QJsonArray leads = controlRecords(u"Lead"_s, 4);
        QCOMPARE(leads.size(), 4);
        const QDateTime cutoff = QDateTime::currentDateTimeUtc().addSecs(3600).addMSecs(-123);
        QStringList failures;
        auto move = [&](int i, const QDateTime &when) {
            const QString id = leads.at(i).toObject().value(u"Id"_s).toString();
            const RawReply r = m_raw.send("PATCH", url(u"/_sandbox/records/Lead/"_s + id),
                { { "Content-Type", "application/json" } },
                QJsonDocument(
                    QJsonObject { { u"LastModifiedDate"_s, when.toString(Qt::ISODateWithMs) } })
                    .toJson());
            if (r.status / 100 != 2)
                failures.append(QString::fromUtf8(r.body));
            return id;
        };
        const QString a = move(0, cutoff);
        const QString b = move(1, cutoff); // shares the cutoff with a
        const QString inOverlap = move(2, cutoff.addSecs(-120));
        const QString older = move(3, cutoff.addSecs(-3600));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));

        // A first run that stopped after a: its cursor is the cutoff.
        FetchRequest req;
        req.object = u"Lead"_s;
        req.since = cutoff;
        const FetchRun run = runFetch(c, req);
        QVERIFY2(!run.error.isError(), qPrintable(run.error.toLogString()));
        const QSet<QString> ids = run.ids();
        QVERIFY(ids.contains(a));
        QVERIFY(ids.contains(b));
        QVERIFY(ids.contains(inOverlap)); // 2 minutes before: inside the 5-minute overlap
        QVERIFY(!ids.contains(older));
        QCOMPARE(ids.size(), 3);
        QCOMPARE(run.pages.last().cursor, cutoff.toString(Qt::ISODateWithMs));

        // Nothing changed since the cursor: the same records again, none lost.
        req.since = QDateTime::fromString(run.pages.last().cursor, Qt::ISODateWithMs);
        const FetchRun again = runFetch(c, req);
        QCOMPARE(again.ids(), ids);
        QVERIFY(c.soql(req).contains(u"SystemModstamp >= %1"_s.arg(
            SalesforceConnector::soqlDateTime(cutoff.addSecs(-300)))));
    }

    void fetchDeleted()
    {
        SalesforceConnector c(passwordConfig(), &m_nam);
        const QString id = controlRecords(u"Lead"_s, 1).at(0).toObject().value(u"Id"_s).toString();
        QCOMPARE(m_raw.send("DELETE", url(u"/_sandbox/records/Lead/"_s + id)).status, 204);
        m_emu->advanceClock(120);
        FetchRequest req;
        req.object = u"Lead"_s;
        req.since = QDateTime::currentDateTimeUtc().addSecs(-3600);
        req.includeDeleted = true;
        const FetchRun run = runFetch(c, req);
        QVERIFY2(!run.error.isError(), qPrintable(run.error.toLogString()));
        QCOMPARE(run.ids(true), QSet<QString> { id });
        QVERIFY(!run.ids(false).contains(id));
        const ConnectorRecord del = run.pages.last().records.last();
        QVERIFY(del.deleted);
        QVERIFY(del.modifiedAt.isValid());
        QVERIFY(run.pages.last().last);
        QCOMPARE(calls(u"rest.deleted"_s), 1);
    }

    void fetchCampaignMembersAndReport()
    {
        SalesforceConnector c(passwordConfig(), &m_nam);
        const QString campaign
            = controlRecords(u"Campaign"_s, 1).at(0).toObject().value(u"Id"_s).toString();
        FetchRequest req;
        req.options.insert(u"campaignId"_s, campaign);
        const FetchRun run = runFetch(c, req);
        QVERIFY2(!run.error.isError(), qPrintable(run.error.toLogString()));
        QVERIFY(!run.records().isEmpty());
        for (const auto &r : run.records()) {
            QCOMPARE(r.object, u"CampaignMember"_s);
            QCOMPARE(r.fields.value(u"CampaignId"_s).toString(), campaign);
        }

        FetchRequest where;
        where.object = u"Lead"_s;
        where.options.insert(u"soqlWhere"_s, u"LeadSource = 'Webinar'"_s);
        const FetchRun webinar = runFetch(c, where);
        QVERIFY(!webinar.records().isEmpty());
        for (const auto &r : webinar.records())
            QCOMPARE(r.fields.value(u"LeadSource"_s).toString(), u"Webinar"_s);

        const RawReply token = m_raw.send("POST", url(u"/services/oauth2/token"_s),
            { { "Content-Type", "application/x-www-form-urlencoded" } },
            "grant_type=password&client_id=" + SalesforceEmulator::demoClientId().toUtf8()
                + "&client_secret=" + SalesforceEmulator::demoClientSecret().toUtf8()
                + "&username=" + QUrl::toPercentEncoding(SalesforceEmulator::demoUsername())
                + "&password=sandboxTOKEN");
        const QByteArray bearer
            = "Bearer " + token.json().value(u"access_token"_s).toString().toUtf8();
        const QJsonDocument list = m_raw
                                       .get(url(u"/services/data/v62.0/analytics/reports"_s),
                                           { { "Authorization", bearer } })
                                       .jsonDoc();
        const QString reportId = list.array().first().toObject().value(u"id"_s).toString();
        QVERIFY2(!reportId.isEmpty(), list.toJson().constData());
        FetchRequest rep;
        rep.object = u"Lead"_s;
        rep.options.insert(u"reportId"_s, reportId);
        const FetchRun rows = runFetch(c, rep);
        QVERIFY2(!rows.error.isError(), qPrintable(rows.error.toLogString()));
        QVERIFY(!rows.records().isEmpty());
    }

    void fetchBadSoqlSentence()
    {
        SalesforceConnector c(passwordConfig(), &m_nam);
        FetchRequest req;
        req.object = u"Lead"_s;
        req.fields = { u"NoSuchField__c"_s };
        const FetchRun run = runFetch(c, req);
        QCOMPARE(run.error.kind(), Kind::Validation);
        QCOMPARE(run.error.vendorCode(), u"INVALID_FIELD"_s);
        QVERIFY(run.error.userMessage().startsWith(
            u"Salesforce refused the data sent for acme prod"_s));
        QCOMPARE(run.doneCalls, 1);
    }

    void fetchRetriesServerErrorsAndMalformed()
    {
        SalesforceConnector c(passwordConfig(), &m_nam);
        QVERIFY(!runCheck(c).second.isError());
        setFaults({ { u"failNext"_s, 2 } });
        FetchRequest req;
        req.object = u"Lead"_s;
        FetchRun run = runFetch(c, req);
        QVERIFY2(!run.error.isError(), qPrintable(run.error.toLogString()));
        QCOMPARE(run.ids().size(), m_emu->recordCount(u"Lead"_s));
        QCOMPARE(c.http()->stats().retries, 2);

        setFaults({ { u"malformedNext"_s, 1 } });
        run = runFetch(c, req);
        QVERIFY(!run.error.isError());
        QCOMPARE(run.ids().size(), m_emu->recordCount(u"Lead"_s));

        setFaults({ { u"truncateNext"_s, 5 } });
        run = runFetch(c, req);
        QCOMPARE(run.error.kind(), Kind::Malformed);
        QCOMPARE(run.error.userMessage(),
            u"Salesforce sent an answer for acme prod that LeadBridge could not read. LeadBridge "
            "will try again at the next sync; if this keeps happening, send the log to support."_s);
        setFaults({ { u"truncateNext"_s, 0 } });
    }

    void requestLimitExceeded()
    {
        SalesforceConnector c(passwordConfig(), &m_nam);
        QVERIFY(!runCheck(c).second.isError());
        setFaults({ { u"rateLimitNext"_s, 1 } });
        FetchRequest req;
        req.object = u"Lead"_s;
        const int before = calls(u"rest.query"_s);
        const FetchRun run = runFetch(c, req);
        QCOMPARE(run.error.kind(), Kind::QuotaExhausted);
        QCOMPARE(run.error.vendorCode(), u"REQUEST_LIMIT_EXCEEDED"_s);
        QCOMPARE(run.error.userMessage(),
            u"Salesforce's limit of 100,000 API calls for acme prod is used up. LeadBridge will "
            "continue at the next scheduled sync. Salesforce counts calls over a rolling 24 "
            "hours; other tools connected to the org use the same allowance."_s);
        QCOMPARE(calls(u"rest.query"_s), before + 1); // not retried

        // The org's real daily limit, reached.
        m_emu->setDailyApiLimit(m_emu->apiUsed());
        const FetchRun over = runFetch(c, req);
        QCOMPARE(over.error.kind(), Kind::QuotaExhausted);
    }

    void abortFetch()
    {
        SalesforceConnector c(passwordConfig(), &m_nam);
        QVERIFY(!runCheck(c).second.isError());
        setFaults({ { u"latencyMs"_s, 2000 } });
        FetchRun run;
        FetchRequest req;
        req.object = u"Lead"_s;
        c.fetch(
            req, [&run](const FetchPage &p) { run.pages.append(p); },
            [&run](const ApiError &e) {
                run.error = e;
                ++run.doneCalls;
            });
        QTest::qWait(200);
        c.abort();
        QTRY_COMPARE(run.doneCalls, 1);
        QCOMPARE(run.error.kind(), Kind::Cancelled);
        QVERIFY(run.pages.isEmpty());
        QTest::qWait(300);
        QCOMPARE(run.doneCalls, 1);
        setFaults({ { u"latencyMs"_s, 0 } });
    }

    // --- write -------------------------------------------------------------------------

    void collectionsSplitAndOutcomes()
    {
        SalesforceConnector c(passwordConfig(), &m_nam);
        const int leadsBefore = m_emu->recordCount(u"Lead"_s);
        WriteRequest w;
        w.object = u"Lead"_s;
        w.operation = WriteRequest::Operation::Create;
        for (int i = 0; i < 450; ++i)
            w.records.append(lead(i, i != 17));
        QElapsedTimer t;
        t.start();
        auto [result, error] = runWrite(c, w);
        qInfo("collections create: 450 records in %lld ms (%.0f records/s)", t.elapsed(),
            450 * 1000.0 / qMax<qint64>(1, t.elapsed()));
        QVERIFY2(!error.isError(), qPrintable(error.toLogString()));
        QCOMPARE(result.outcomes.size(), 450);
        QCOMPARE(result.succeeded(), 449);
        QCOMPARE(calls(u"rest.collections.create"_s), 3); // 200 + 200 + 50
        QCOMPARE(result.callsUsed, 3);
        const WriteOutcome bad = result.outcomes.at(17);
        QCOMPARE(bad.index, 17);
        QVERIFY(!bad.ok);
        QCOMPARE(bad.error.vendorCode(), u"REQUIRED_FIELD_MISSING"_s);
        QVERIFY2(bad.error.userMessage().startsWith(
                     u"Salesforce refused the data sent for acme prod: \"LastName: "_s),
            qPrintable(bad.error.userMessage()));
        QVERIFY(result.outcomes.at(18).ok && result.outcomes.at(18).created);
        QCOMPARE(m_emu->recordCount(u"Lead"_s), leadsBefore + 449);
        const QString id5 = result.outcomes.at(5).id;
        const RawReply stored = m_raw.get(url(u"/_sandbox/records/Lead/"_s + id5));
        QCOMPARE(stored.json().value(u"Company"_s).toString(), u"Acme, \"Quoted\" Inc"_s);

        // Upsert by Email__c: one existing (updated), one new (created), one without key.
        WriteRequest up;
        up.object = u"Lead"_s;
        up.operation = WriteRequest::Operation::Upsert;
        up.keyField = u"Email__c"_s;
        ConnectorRecord existing = lead(5);
        existing.fields.insert(u"Title"_s, u"CTO"_s);
        ConnectorRecord fresh = lead(9999);
        ConnectorRecord noKey = lead(10000);
        noKey.fields.remove(u"Email__c"_s);
        up.records = { existing, fresh, noKey };
        auto [upResult, upError] = runWrite(c, up);
        QVERIFY(!upError.isError());
        QCOMPARE(upResult.outcomes.size(), 3);
        QVERIFY(upResult.outcomes.at(0).ok && !upResult.outcomes.at(0).created);
        QCOMPARE(upResult.outcomes.at(0).id, id5);
        QVERIFY(upResult.outcomes.at(1).ok && upResult.outcomes.at(1).created);
        QVERIFY(!upResult.outcomes.at(2).ok);
        QVERIFY(upResult.outcomes.at(2).error.userMessage().contains(u"Email__c"_s));
        QCOMPARE(
            m_raw.get(url(u"/_sandbox/records/Lead/"_s + id5)).json().value(u"Title"_s).toString(),
            u"CTO"_s);

        // Update and delete by id.
        WriteRequest upd;
        upd.object = u"Lead"_s;
        upd.operation = WriteRequest::Operation::Update;
        ConnectorRecord u1;
        u1.id = id5;
        u1.fields = { { u"Title"_s, u"CEO"_s }, { u"Phone"_s, QVariant() } };
        ConnectorRecord u2;
        u2.id = u"00Q000000000000AAA"_s;
        u2.fields = { { u"Title"_s, u"x"_s } };
        upd.records = { u1, u2 };
        auto [updResult, updError] = runWrite(c, upd);
        QVERIFY(!updError.isError());
        QVERIFY(updResult.outcomes.at(0).ok);
        QVERIFY(!updResult.outcomes.at(1).ok);
        QCOMPARE(
            m_raw.get(url(u"/_sandbox/records/Lead/"_s + id5)).json().value(u"Title"_s).toString(),
            u"CEO"_s);

        const int liveBeforeDelete = m_emu->recordCount(u"Lead"_s);
        WriteRequest del;
        del.object = u"Lead"_s;
        del.operation = WriteRequest::Operation::Delete;
        ConnectorRecord d1;
        d1.id = id5;
        del.records = { d1 };
        auto [delResult, delError] = runWrite(c, del);
        QVERIFY(!delError.isError());
        QVERIFY(delResult.outcomes.at(0).ok);
        QCOMPARE(m_emu->recordCount(u"Lead"_s), liveBeforeDelete - 1);
        QVERIFY(m_raw.get(url(u"/_sandbox/records/Lead/"_s + id5))
                    .json()
                    .value(u"IsDeleted"_s)
                    .toBool());
        QCOMPARE(calls(u"rest.collections.delete"_s), 1);
    }

    void bulkIngestAndBulkQuery()
    {
        m_emu->seedSynthetic(0, 1);
        SalesforceConnector c(passwordConfig(), &m_nam);
        QVERIFY(!runCheck(c).second.isError());
        WriteRequest w;
        w.object = u"Lead"_s;
        w.operation = WriteRequest::Operation::Create;
        const int n = 12000;
        for (int i = 0; i < n; ++i)
            w.records.append(lead(i, i != 4321));
        QElapsedTimer t;
        t.start();
        auto [result, error] = runWrite(c, w, 120000);
        const qint64 writeMs = t.elapsed();
        QVERIFY2(!error.isError(), qPrintable(error.toLogString()));
        QCOMPARE(result.outcomes.size(), n);
        QCOMPARE(result.succeeded(), n - 1);
        QVERIFY(!result.outcomes.at(4321).ok);
        QCOMPARE(result.outcomes.at(4321).error.vendorCode(), u"REQUIRED_FIELD_MISSING"_s);
        QVERIFY(result.outcomes.at(4322).created);
        QCOMPARE(calls(u"bulk.ingest.create"_s), 1);
        QCOMPARE(calls(u"bulk.ingest.upload"_s), 1);
        QCOMPARE(calls(u"rest.collections.create"_s), 0);
        QVERIFY(result.callsUsed <= 8);
        QCOMPARE(m_emu->recordCount(u"Lead"_s), n - 1);
        // The id reported for a record is the record Salesforce stored for it.
        const QString id = result.outcomes.at(777).id;
        QCOMPARE(
            m_raw.get(url(u"/_sandbox/records/Lead/"_s + id)).json().value(u"Email"_s).toString(),
            u"t777@example.com"_s);
        qInfo("bulk ingest: %d records in %lld ms (%.0f records/s, %d calls)", n, writeMs,
            n * 1000.0 / qMax<qint64>(1, writeMs), result.callsUsed);

        // Reading them back: bulk forced.
        FetchRequest req;
        req.object = u"Lead"_s;
        req.fields = { u"Id"_s, u"Email"_s, u"LastName"_s, u"Company"_s };
        req.options.insert(u"bulk"_s, true);
        req.pageSize = 5000;
        t.restart();
        const FetchRun run = runFetch(c, req, 120000);
        const qint64 bulkMs = t.elapsed();
        QVERIFY2(!run.error.isError(), qPrintable(run.error.toLogString()));
        QCOMPARE(run.ids().size(), n - 1);
        QCOMPARE(run.pages.size(), 3);
        QVERIFY(run.pages.first().cursor.isEmpty()); // unordered: cursor only at the end
        QVERIFY(!run.pages.last().cursor.isEmpty());
        const auto recs = run.records();
        const auto found = std::find_if(
            recs.begin(), recs.end(), [&](const ConnectorRecord &r) { return r.id == id; });
        QVERIFY(found != recs.end());
        QCOMPARE(found->fields.value(u"Company"_s).toString(), u"Acme, \"Quoted\" Inc"_s);
        QCOMPARE(calls(u"bulk.query.create"_s), 1);
        qInfo("bulk query: %d records in %lld ms (%.0f records/s)", n - 1, bulkMs,
            (n - 1) * 1000.0 / qMax<qint64>(1, bulkMs));

        req.options.insert(u"bulk"_s, false);
        req.pageSize = 0;
        t.restart();
        const FetchRun rest = runFetch(c, req, 120000);
        const qint64 restMs = t.elapsed();
        QVERIFY(!rest.error.isError());
        QCOMPARE(rest.ids().size(), n - 1);
        QCOMPARE(rest.pages.size(), 6); // 2,000 per page
        qInfo("REST query: %d records in %lld ms (%.0f records/s)", n - 1, restMs,
            (n - 1) * 1000.0 / qMax<qint64>(1, restMs));
    }

    void bulkQueryAboveThreshold()
    {
        m_emu->seedSynthetic(60000, 3);
        SalesforceConnector c(passwordConfig(), &m_nam);
        FetchRequest req;
        req.object = u"Lead"_s;
        req.fields = { u"Id"_s, u"Email"_s };
        QElapsedTimer t;
        t.start();
        const FetchRun run = runFetch(c, req, 120000);
        const qint64 ms = t.elapsed();
        QVERIFY2(!run.error.isError(), qPrintable(run.error.toLogString()));
        QCOMPARE(run.ids().size(), 60000);
        QCOMPARE(calls(u"rest.query"_s), 1); // the count told it to switch
        QCOMPARE(calls(u"rest.queryMore"_s), 0);
        QCOMPARE(calls(u"bulk.query.create"_s), 1);
        QCOMPARE(calls(u"bulk.query.results"_s), 3); // 25,000 + 25,000 + 10,000
        QCOMPARE(run.pages.last().totalKnown, 60000);
        qInfo("auto bulk query: 60000 records in %lld ms (%.0f records/s)", ms,
            60000 * 1000.0 / qMax<qint64>(1, ms));
    }

private:
    /// A Bulk API fetch of the 60,000 seeded leads' ids and e-mails; @p each sees every page
    /// as it is handed on (after it was added to the run).
    FetchRun runBulkFetch(SalesforceConnector &c, std::function<void(const FetchPage &)> each)
    {
        FetchRequest req;
        req.object = u"Lead"_s;
        req.fields = { u"Id"_s, u"Email"_s };
        req.options.insert(u"bulk"_s, true);
        FetchRun run;
        c.fetch(
            req,
            [&](const FetchPage &p) {
                run.pages.append(p);
                each(p);
            },
            [&run](const ApiError &e) {
                run.error = e;
                ++run.doneCalls;
            });
        if (!QTest::qWaitFor([&run] { return run.doneCalls > 0; }, 120000))
            qWarning() << "fetch did not finish";
        QTest::qWait(200); // nothing more may come after the end
        return run;
    }

private Q_SLOTS:
    void bulkResultsArePipelined()
    {
        // Pages are parsed on a worker thread while the next one downloads: they must still
        // come in order, whole, and the next page must be asked for before one is handed on.
        m_emu->seedSynthetic(60000, 3);
        SalesforceConnector c(passwordConfig(), &m_nam);
        QList<qint64> startedAtPage;
        const FetchRun run = runBulkFetch(
            c, [&](const FetchPage &) { startedAtPage.append(c.http()->stats().requests); });
        QVERIFY2(!run.error.isError(), qPrintable(run.error.toLogString()));
        QCOMPARE(run.doneCalls, 1);
        QCOMPARE(run.pages.size(), 3);
        QCOMPARE(run.pages.at(0).records.size(), 25000);
        QCOMPARE(run.pages.at(1).records.size(), 25000);
        QCOMPARE(run.pages.at(2).records.size(), 10000); // the short page comes last
        QCOMPARE(run.pages.at(0).pageNumber, 1);
        QCOMPARE(run.pages.at(2).pageNumber, 3);
        QVERIFY(run.pages.last().last);
        QCOMPARE(run.ids().size(), 60000);
        QCOMPARE(calls(u"bulk.query.results"_s), 3);
        // When page 1 was handed on, the call for page 2 (at least) had been sent: only page
        // 3's call may still have been missing from the count.
        const qint64 total = c.http()->stats().requests;
        QVERIFY2(startedAtPage.at(0) >= total - 1,
            qPrintable(u"requests started: %1 at page 1, %2 in all"_s.arg(startedAtPage.at(0))
                           .arg(total)));
    }

    void bulkResultsCutOffFailsTheFetch()
    {
        // A results page shorter than its Sforce-NumberOfRecords is a cut-off download: the
        // fetch fails, and nothing of that page or after it is handed on.
        m_emu->seedSynthetic(60000, 3);
        SalesforceConnector c(passwordConfig(), &m_nam);
        bool armed = false;
        const FetchRun run = runBulkFetch(c, [&](const FetchPage &) {
            if (!armed) { // cuts the next answer the emulator gives: page 2 or 3
                setFaults({ { u"truncateNext"_s, 1 } });
                armed = true;
            }
        });
        QCOMPARE(run.doneCalls, 1);
        QCOMPARE(run.error.kind(), ApiError::Kind::Malformed);
        QVERIFY(!run.error.userMessage().isEmpty());
        QVERIFY(run.pages.size() == 1 || run.pages.size() == 2);
        for (const FetchPage &p : std::as_const(run.pages)) {
            QCOMPARE(p.records.size(), 25000);
            QVERIFY(!p.last);
        }
    }
};

QTEST_GUILESS_MAIN(TestConnectorSalesforce)
#include "tst_connector_salesforce.moc"
