// The Salesforce sign-in's loopback callback only obeys its own redirect: anything on the
// machine can load http://127.0.0.1:<port>/callback, and a request with "error=" but without
// this sign-in's state used to cancel a sign-in in progress. Real HTTP GETs to the loopback
// callback, against the Salesforce emulator's authorize and token endpoints.

#include "core/connectors/salesforce/SalesforceOAuthSignIn.h"
#include "core/sandbox/DemoDataset.h"
#include "core/sandbox/salesforce/SalesforceEmulator.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QUrlQuery>

using namespace LeadBridge;
using namespace LeadBridge::Sandbox;
using namespace Qt::Literals::StringLiterals;

class TestSalesforceSignInState : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SalesforceEmulator> m_emu;
    QNetworkAccessManager m_browser;

    /// A GET as a browser (or a hostile page) makes it; returns the HTTP status once answered.
    int load(const QUrl &url)
    {
        QNetworkReply *reply = m_browser.get(QNetworkRequest(url));
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            qWarning() << "no answer from" << url;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }

    static QUrl callback(const QUrl &redirectUri, const QList<QPair<QString, QString>> &items)
    {
        QUrl url = redirectUri;
        QUrlQuery q;
        for (const auto &[key, value] : items)
            q.addQueryItem(key, value);
        url.setQuery(q);
        return url;
    }

private Q_SLOTS:
    void init()
    {
        m_emu = std::make_unique<SalesforceEmulator>();
        QVERIFY(m_emu->listen(0));
        m_emu->seed(DemoDataset::generate(2026, 50));
    }
    void cleanup() { m_emu.reset(); }

    void forgedErrorCallbacksDoNotCancelTheSignIn()
    {
        SalesforceOAuthSignIn signIn;
        signIn.setPort(0);
        signIn.setAccountLabel(u"acme prod"_s);
        QUrl authorize;
        connect(&signIn, &SalesforceOAuthSignIn::authorizeUrl, this,
            [&](const QUrl &u) { authorize = u; });
        int finished = 0;
        SalesforceOAuthSignIn::Result result;
        ApiError error;
        connect(&signIn, &SalesforceOAuthSignIn::finished, this,
            [&](const SalesforceOAuthSignIn::Result &r, const ApiError &e) {
                result = r;
                error = e;
                ++finished;
            });
        signIn.start(m_emu->baseUrl(), SalesforceEmulator::demoClientId());
        QTRY_VERIFY_WITH_TIMEOUT(authorize.isValid(), 10000);
        const QString state = QUrlQuery(authorize).queryItemValue(u"state"_s);
        QVERIFY(!state.isEmpty());
        const QUrl redirect = signIn.redirectUri();
        QCOMPARE(redirect.host(), u"127.0.0.1"_s);

        // Hostile loads of the callback: a wrong state, no state, a state that only starts
        // like the real one. Each is answered, and the sign-in keeps waiting.
        const QList<QList<QPair<QString, QString>>> forged {
            { { u"error"_s, u"access_denied"_s }, { u"state"_s, u"not-the-state"_s } },
            { { u"error"_s, u"access_denied"_s },
                { u"error_description"_s, u"end user denied authorization"_s } },
            { { u"error"_s, u"server_error"_s }, { u"state"_s, state.left(4) } },
            { { u"code"_s, u"forged-code"_s }, { u"state"_s, u"not-the-state"_s } },
        };
        for (const auto &items : forged) {
            load(callback(redirect, items));
            QCoreApplication::processEvents();
            QCOMPARE(finished, 0);
            QVERIFY(signIn.isRunning());
        }
        QCOMPARE(m_emu->counters().value(u"calls"_s).toObject().value(u"oauth.token"_s).toInt(), 0);

        // The person's own approval still completes the sign-in.
        load(authorize);
        QTRY_COMPARE_WITH_TIMEOUT(finished, 1, 10000);
        QVERIFY2(!error.isError(), qPrintable(error.toLogString()));
        QVERIFY(!result.refreshToken.isEmpty());
        QVERIFY(!signIn.isRunning());
    }

    void errorWithTheRightStateEndsTheSignIn()
    {
        SalesforceOAuthSignIn signIn;
        signIn.setPort(0);
        signIn.setAccountLabel(u"acme prod"_s);
        QUrl authorize;
        connect(&signIn, &SalesforceOAuthSignIn::authorizeUrl, this,
            [&](const QUrl &u) { authorize = u; });
        int finished = 0;
        ApiError error;
        connect(&signIn, &SalesforceOAuthSignIn::finished, this,
            [&](const SalesforceOAuthSignIn::Result &, const ApiError &e) {
                error = e;
                ++finished;
            });
        signIn.start(m_emu->baseUrl(), SalesforceEmulator::demoClientId());
        QTRY_VERIFY_WITH_TIMEOUT(authorize.isValid(), 10000);
        const QString state = QUrlQuery(authorize).queryItemValue(u"state"_s);
        // Salesforce's own redirect after the person chose Deny.
        load(callback(signIn.redirectUri(),
            { { u"error"_s, u"access_denied"_s },
                { u"error_description"_s, u"end-user denied authorization"_s },
                { u"state"_s, state } }));
        QTRY_COMPARE_WITH_TIMEOUT(finished, 1, 10000);
        QCOMPARE(error.kind(), ApiError::Kind::Auth);
        QCOMPARE(error.userMessage(),
            u"The Salesforce sign-in for acme prod was declined in the browser. Start it again "
            "and choose Allow."_s);
    }
};

QTEST_GUILESS_MAIN(TestSalesforceSignInState)
#include "tst_salesforce_signin_state.moc"
