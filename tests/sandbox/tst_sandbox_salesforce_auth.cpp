// The Salesforce emulator over raw HTTP, written from
// shared/reference/api-salesforce-pipeliner.md part A (never through LeadBridge
// connectors): sign-in — the OAuth password, authorization code (PKCE) and refresh token
// grants, connected app policies, SOAP login, sessions and token lifetime.
#include "core/sandbox/salesforce/SalesforceEmulator.h"
#include "tests/support/RawHttp.h"
#include "tests/support/sandbox/SalesforceSandboxCase.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

using namespace LeadBridge::Sandbox;
using namespace LeadBridge::Test;
using namespace Qt::Literals::StringLiterals;

class TestSandboxSalesforceAuth : public SalesforceSandboxCase
{
    Q_OBJECT

private slots:
    void init() { startEmulator(); }
    void cleanup() { stopEmulator(); }

    // ------------------------------------------------------------ auth
    void oauthPasswordGrant()
    {
        const RawReply r = form(u"/services/oauth2/token"_s,
            { { u"grant_type"_s, u"password"_s }, { u"username"_s, u"demo@leadbridge.sandbox"_s },
                { u"password"_s, u"sandboxTOKEN"_s },
                { u"client_id"_s, u"leadbridge-sandbox-client"_s },
                { u"client_secret"_s, u"leadbridge-sandbox-secret"_s } });
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("application/json"));
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"instance_url"_s).toString(), m_emu->baseUrl().toString());
        QCOMPARE(o.value(u"token_type"_s).toString(), u"Bearer"_s);
        QVERIFY(o.value(u"access_token"_s).toString().startsWith(u"00D"_s));
        QVERIFY(o.value(u"issued_at"_s).isString());
        QVERIFY(!o.value(u"signature"_s).toString().isEmpty());
        QVERIFY(!o.contains(u"refresh_token"_s));
        const QString id = o.value(u"id"_s).toString();
        QVERIFY(QRegularExpression(u"/id/00D\\w{15}/005\\w{15}$"_s).match(id).hasMatch());
        // Identity URL answers for the same token.
        const RawReply ident = m_http.get(QUrl(id + u"?format=json"_s),
            { { "Authorization", "Bearer " + o.value(u"access_token"_s).toString().toLatin1() } });
        QCOMPARE(ident.status, 200);
        QCOMPARE(ident.json().value(u"username"_s).toString(), u"demo@leadbridge.sandbox"_s);
        QCOMPARE(m_http.get(QUrl(id)).status, 403);
    }

    void oauthErrors_data()
    {
        QTest::addColumn<QString>("grant");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("description");
        const QString cid = SalesforceEmulator::demoClientId();
        const QString sec = SalesforceEmulator::demoClientSecret();
        QTest::newRow("bad password")
            << u"password"_s << u"demo@leadbridge.sandbox"_s << u"nope"_s << cid << sec
            << u"invalid_grant"_s << u"authentication failure"_s;
        QTest::newRow("no token") << u"password"_s << u"demo@leadbridge.sandbox"_s << u"sandbox"_s
                                  << cid << sec << u"invalid_grant"_s
                                  << u"authentication failure"_s;
        QTest::newRow("bad user") << u"password"_s << u"x@y.z"_s << u"sandboxTOKEN"_s << cid << sec
                                  << u"invalid_grant"_s << u"authentication failure"_s;
        QTest::newRow("bad client id")
            << u"password"_s << u"demo@leadbridge.sandbox"_s << u"sandboxTOKEN"_s << u"x"_s << sec
            << u"invalid_client_id"_s << u"client identifier invalid"_s;
        QTest::newRow("bad secret")
            << u"password"_s << u"demo@leadbridge.sandbox"_s << u"sandboxTOKEN"_s << cid << u"x"_s
            << u"invalid_client"_s << u"invalid client credentials"_s;
        QTest::newRow("bad grant") << u"magic"_s << u""_s << u""_s << cid << sec
                                   << u"unsupported_grant_type"_s << u"grant type not supported"_s;
    }
    void oauthErrors()
    {
        QFETCH(QString, grant);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QString, clientId);
        QFETCH(QString, secret);
        QFETCH(QString, error);
        QFETCH(QString, description);
        const RawReply r = form(u"/services/oauth2/token"_s,
            { { u"grant_type"_s, grant }, { u"username"_s, user }, { u"password"_s, password },
                { u"client_id"_s, clientId }, { u"client_secret"_s, secret } });
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(u"error"_s).toString(), error);
        QCOMPARE(r.json().value(u"error_description"_s).toString(), description);
    }

    void authorizationCodeWithPkce_data()
    {
        QTest::addColumn<QString>("method");
        QTest::newRow("S256") << u"S256"_s;
        QTest::newRow("plain") << u"plain"_s;
    }
    void authorizationCodeWithPkce()
    {
        QFETCH(QString, method);
        const QString verifier = u"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"_s;
        const QString challenge = method == u"S256"
            ? QString::fromLatin1(
                QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
            : verifier;
        const QString redirect = u"http://127.0.0.1:5555/callback"_s;
        QUrlQuery q;
        q.addQueryItem(u"response_type"_s, u"code"_s);
        q.addQueryItem(u"client_id"_s, SalesforceEmulator::demoClientId());
        q.addQueryItem(u"redirect_uri"_s, redirect);
        q.addQueryItem(u"state"_s, u"xyz"_s);
        q.addQueryItem(u"code_challenge"_s, challenge);
        q.addQueryItem(u"code_challenge_method"_s, method);
        QUrl u = url(u"/services/oauth2/authorize"_s);
        u.setQuery(q);
        const RawReply auth = noRedirect(u);
        QCOMPARE(auth.status, 302);
        const QUrl loc(QString::fromUtf8(auth.header("Location")));
        QVERIFY(loc.toString().startsWith(redirect));
        const QUrlQuery lq(loc);
        QCOMPARE(lq.queryItemValue(u"state"_s), u"xyz"_s);
        const QString code = lq.queryItemValue(u"code"_s, QUrl::FullyDecoded);
        QVERIFY(!code.isEmpty());
        // Wrong verifier -> invalid_grant, and the code is spent.
        RawReply bad = form(u"/services/oauth2/token"_s,
            { { u"grant_type"_s, u"authorization_code"_s }, { u"code"_s, code },
                { u"client_id"_s, SalesforceEmulator::demoClientId() },
                { u"redirect_uri"_s, redirect }, { u"code_verifier"_s, u"wrong"_s } });
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.json().value(u"error"_s).toString(), u"invalid_grant"_s);
        // New code, right verifier.
        const RawReply auth2 = noRedirect(u);
        const QString code2 = QUrlQuery(QUrl(QString::fromUtf8(auth2.header("Location"))))
                                  .queryItemValue(u"code"_s, QUrl::FullyDecoded);
        const RawReply ok = form(u"/services/oauth2/token"_s,
            { { u"grant_type"_s, u"authorization_code"_s }, { u"code"_s, code2 },
                { u"client_id"_s, SalesforceEmulator::demoClientId() },
                { u"redirect_uri"_s, redirect }, { u"code_verifier"_s, verifier } });
        QCOMPARE(ok.status, 200);
        const QString refresh = ok.json().value(u"refresh_token"_s).toString();
        QVERIFY(!refresh.isEmpty());
        m_token = ok.json().value(u"access_token"_s).toString();
        QCOMPARE(rest("GET", u"/limits"_s).status, 200);
        // Replay of a used code fails.
        const RawReply replay = form(u"/services/oauth2/token"_s,
            { { u"grant_type"_s, u"authorization_code"_s }, { u"code"_s, code2 },
                { u"client_id"_s, SalesforceEmulator::demoClientId() },
                { u"redirect_uri"_s, redirect }, { u"code_verifier"_s, verifier } });
        QCOMPARE(replay.status, 400);
        // Refresh after every session expired.
        QCOMPARE(m_http.send("POST", url(u"/_sandbox/tokens/expire"_s)).status, 200);
        expectError(rest("GET", u"/limits"_s), 401, u"INVALID_SESSION_ID"_s);
        const RawReply refreshed = form(u"/services/oauth2/token"_s,
            { { u"grant_type"_s, u"refresh_token"_s }, { u"refresh_token"_s, refresh },
                { u"client_id"_s, SalesforceEmulator::demoClientId() } });
        QCOMPARE(refreshed.status, 200);
        m_token = refreshed.json().value(u"access_token"_s).toString();
        QCOMPARE(rest("GET", u"/limits"_s).status, 200);
        const RawReply badRefresh = form(u"/services/oauth2/token"_s,
            { { u"grant_type"_s, u"refresh_token"_s }, { u"refresh_token"_s, u"nope"_s },
                { u"client_id"_s, SalesforceEmulator::demoClientId() } });
        QCOMPARE(badRefresh.status, 400);
        QCOMPARE(badRefresh.json().value(u"error"_s).toString(), u"invalid_grant"_s);
        // Revoke the refresh token.
        QCOMPARE(form(u"/services/oauth2/revoke"_s, { { u"token"_s, refresh } }).status, 200);
        QCOMPARE(form(u"/services/oauth2/token"_s,
                     { { u"grant_type"_s, u"refresh_token"_s }, { u"refresh_token"_s, refresh },
                         { u"client_id"_s, SalesforceEmulator::demoClientId() } })
                     .status,
            400);
    }

    // --- connected app policies (vendor-contracts S1, S2) --------------------------------

    RawReply connectedApp(const QByteArray &verb, const QByteArray &body = {})
    {
        return m_http.send(verb, url(u"/_sandbox/records/connectedApp"_s),
            { { "Content-Type", "application/json" } }, body);
    }
    QString pkceCode(const QString &verifier, const QString &redirect)
    {
        QUrlQuery q;
        q.addQueryItem(u"response_type"_s, u"code"_s);
        q.addQueryItem(u"client_id"_s, SalesforceEmulator::demoClientId());
        q.addQueryItem(u"redirect_uri"_s, redirect);
        q.addQueryItem(u"code_challenge"_s,
            QString::fromLatin1(
                QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
        q.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
        QUrl u = url(u"/services/oauth2/authorize"_s);
        u.setQuery(q);
        return QUrlQuery(QUrl(QString::fromUtf8(noRedirect(u).header("Location"))))
            .queryItemValue(u"code"_s, QUrl::FullyDecoded);
    }
    RawReply exchange(const QString &code, const QString &verifier, const QString &redirect,
        const QString &secret = {})
    {
        QList<QPair<QString, QString>> items { { u"grant_type"_s, u"authorization_code"_s },
            { u"code"_s, code }, { u"client_id"_s, SalesforceEmulator::demoClientId() },
            { u"redirect_uri"_s, redirect }, { u"code_verifier"_s, verifier } };
        if (!secret.isEmpty())
            items.append({ u"client_secret"_s, secret });
        return form(u"/services/oauth2/token"_s, items);
    }
    RawReply refreshGrant(const QString &refresh, const QString &secret = {})
    {
        QList<QPair<QString, QString>> items { { u"grant_type"_s, u"refresh_token"_s },
            { u"refresh_token"_s, refresh },
            { u"client_id"_s, SalesforceEmulator::demoClientId() } };
        if (!secret.isEmpty())
            items.append({ u"client_secret"_s, secret });
        return form(u"/services/oauth2/token"_s, items);
    }

    void connectedAppControl()
    {
        // Off by default; PATCH changes only what it names; unknown keys are refused.
        RawReply r = connectedApp("GET");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"requireSecretForWebServerFlow"_s), QJsonValue(false));
        QCOMPARE(r.json().value(u"requireSecretForRefreshTokenFlow"_s), QJsonValue(false));
        QCOMPARE(r.json().value(u"usernamePasswordFlowDisabled"_s), QJsonValue(false));
        r = connectedApp("PATCH", R"({"requireSecretForRefreshTokenFlow":true})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"requireSecretForRefreshTokenFlow"_s), QJsonValue(true));
        QCOMPARE(r.json().value(u"requireSecretForWebServerFlow"_s), QJsonValue(false));
        QVERIFY(m_emu->connectedApp().requireSecretForRefreshTokenFlow);
        QCOMPARE(connectedApp("PATCH", R"({"requireSecret":true})").status, 400);
        QCOMPARE(connectedApp("PATCH", R"({"requireSecretForWebServerFlow":"yes"})").status, 400);
        QCOMPARE(
            m_http.send("GET", url(u"/_sandbox/records/connectedApp/other-app"_s)).status, 404);
        QCOMPARE(connectedApp("PUT", "{}").json().value(u"requireSecretForRefreshTokenFlow"_s),
            QJsonValue(false));
    }

    void requireSecretForWebServerFlow()
    {
        const QString verifier = u"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"_s;
        const QString redirect = u"http://127.0.0.1:5555/callback"_s;
        QCOMPARE(connectedApp("PATCH", R"({"requireSecretForWebServerFlow":true})").status, 200);
        // PKCE alone is refused as the documented invalid_client answer.
        RawReply r = exchange(pkceCode(verifier, redirect), verifier, redirect);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json(),
            QJsonObject({ { u"error"_s, u"invalid_client"_s },
                { u"error_description"_s, u"invalid client credentials"_s } }));
        // A wrong secret: the same answer.
        r = exchange(pkceCode(verifier, redirect), verifier, redirect, u"wrong"_s);
        QCOMPARE(r.json().value(u"error"_s).toString(), u"invalid_client"_s);
        // PKCE and the secret: tokens.
        r = exchange(pkceCode(verifier, redirect), verifier, redirect,
            SalesforceEmulator::demoClientSecret());
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json().value(u"refresh_token"_s).toString().isEmpty());
        // The refresh-token setting is separate: still off, so a refresh needs no secret.
        QCOMPARE(refreshGrant(r.json().value(u"refresh_token"_s).toString()).status, 200);
        // Switched off again, PKCE alone works.
        QCOMPARE(connectedApp("PATCH", R"({"requireSecretForWebServerFlow":false})").status, 200);
        QCOMPARE(exchange(pkceCode(verifier, redirect), verifier, redirect).status, 200);
    }

    void requireSecretForRefreshTokenFlow()
    {
        const QString verifier = u"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"_s;
        const QString redirect = u"http://127.0.0.1:5555/callback"_s;
        const RawReply tokens = exchange(pkceCode(verifier, redirect), verifier, redirect);
        QCOMPARE(tokens.status, 200);
        const QString refresh = tokens.json().value(u"refresh_token"_s).toString();
        QCOMPARE(connectedApp("PATCH", R"({"requireSecretForRefreshTokenFlow":true})").status, 200);
        RawReply r = refreshGrant(refresh);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json(),
            QJsonObject({ { u"error"_s, u"invalid_client"_s },
                { u"error_description"_s, u"invalid client credentials"_s } }));
        QCOMPARE(refreshGrant(refresh, u"wrong"_s).json().value(u"error"_s).toString(),
            u"invalid_client"_s);
        r = refreshGrant(refresh, SalesforceEmulator::demoClientSecret());
        QCOMPARE(r.status, 200);
        m_token = r.json().value(u"access_token"_s).toString();
        QCOMPARE(rest("GET", u"/limits"_s).status, 200);
        // The web-server setting is separate: a PKCE exchange without secret still works.
        QCOMPARE(exchange(pkceCode(verifier, redirect), verifier, redirect).status, 200);
    }

    void usernamePasswordFlowDisabled()
    {
        QCOMPARE(connectedApp("PATCH", R"({"usernamePasswordFlowDisabled":true})").status, 200);
        // The right password is refused exactly as a wrong one is.
        const QList<QPair<QString, QString>> right { { u"grant_type"_s, u"password"_s },
            { u"username"_s, SalesforceEmulator::demoUsername() },
            { u"password"_s, u"sandboxTOKEN"_s },
            { u"client_id"_s, SalesforceEmulator::demoClientId() },
            { u"client_secret"_s, SalesforceEmulator::demoClientSecret() } };
        RawReply r = form(u"/services/oauth2/token"_s, right);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json(),
            QJsonObject({ { u"error"_s, u"invalid_grant"_s },
                { u"error_description"_s, u"authentication failure"_s } }));
        // SOAP login() with the same password works (up to API 64.0).
        const QByteArray env
            = "<se:Envelope xmlns:se=\"http://schemas.xmlsoap.org/soap/envelope/\"><se:Body>"
              "<login xmlns=\"urn:partner.soap.sforce.com\"><username>demo@leadbridge.sandbox"
              "</username><password>sandboxTOKEN</password></login></se:Body></se:Envelope>";
        r = m_http.send(
            "POST", url(u"/services/Soap/u/64.0"_s), { { "Content-Type", "text/xml" } }, env);
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("<sessionId>"));
        // Login History tells the two apart.
        const QJsonArray history = m_http.get(url(u"/_sandbox/records/loginHistory"_s))
                                       .json()
                                       .value(u"records"_s)
                                       .toArray();
        QVERIFY(history.size() >= 2); // init() signed in once already
        const QJsonObject refused = history.at(history.size() - 2).toObject();
        QCOMPARE(refused.value(u"Status"_s).toString(), u"Username-Password Flow Disabled"_s);
        QCOMPARE(refused.value(u"Username"_s).toString(), SalesforceEmulator::demoUsername());
        QCOMPARE(history.last().toObject().value(u"Status"_s).toString(), u"Success"_s);
        // Allowed again: the password grant works.
        QCOMPARE(connectedApp("PATCH", R"({"usernamePasswordFlowDisabled":false})").status, 200);
        QCOMPARE(form(u"/services/oauth2/token"_s, right).status, 200);
    }

    void soapLoginNotInApi65()
    {
        const QByteArray env
            = "<se:Envelope xmlns:se=\"http://schemas.xmlsoap.org/soap/envelope/\"><se:Body>"
              "<login xmlns=\"urn:partner.soap.sforce.com\"><username>demo@leadbridge.sandbox"
              "</username><password>sandboxTOKEN</password></login></se:Body></se:Envelope>";
        for (const QString &v : { u"62.0"_s, u"63.0"_s, u"64.0"_s })
            QCOMPARE(m_http
                         .send("POST", url(u"/services/Soap/u/"_s + v),
                             { { "Content-Type", "text/xml" } }, env)
                         .status,
                200);
        for (const QString &v : { u"65.0"_s, u"66.0"_s }) {
            const RawReply r = m_http.send(
                "POST", url(u"/services/Soap/u/"_s + v), { { "Content-Type", "text/xml" } }, env);
            QCOMPARE(r.status, 500);
            QVERIFY2(r.body.contains("<faultcode>sf:UNSUPPORTED_API_VERSION</faultcode>"),
                r.body.constData());
            QVERIFY(!r.body.contains("<sessionId>"));
        }
    }

    void authorizeErrors()
    {
        QUrl u = url(
            u"/services/oauth2/authorize?response_type=code&client_id=bad&redirect_uri=http://127.0.0.1/cb"_s);
        QCOMPARE(m_http.get(u).status, 400);
        u = url(
            u"/services/oauth2/authorize?response_type=token&client_id=leadbridge-sandbox-client&redirect_uri=http://127.0.0.1/cb&state=s"_s);
        const RawReply r = noRedirect(u);
        QCOMPARE(r.status, 302);
        QVERIFY(r.header("Location").contains("error=unsupported_response_type"));
        QVERIFY(r.header("Location").contains("state=s"));
    }

    void soapLogin()
    {
        const QByteArray env
            = "<se:Envelope "
              "xmlns:se=\"http://schemas.xmlsoap.org/soap/envelope/\"><se:Header/><se:Body>"
              "<login "
              "xmlns=\"urn:partner.soap.sforce.com\"><username>demo@leadbridge.sandbox</username>"
              "<password>sandboxTOKEN</password></login></se:Body></se:Envelope>";
        const RawReply r = m_http.send("POST", url(u"/services/Soap/u/50.0"_s),
            { { "Content-Type", "text/xml" }, { "SOAPAction", "\"\"" } }, env);
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("text/xml"));
        for (const char *tag : { "<serverUrl>", "<sessionId>", "<userId>", "<organizationId>",
                 "<passwordExpired>false</passwordExpired>", "<sessionSecondsValid>7200<" })
            QVERIFY2(r.body.contains(tag), tag);
        const QString serverUrl = QRegularExpression(u"<serverUrl>([^<]+)</serverUrl>"_s)
                                      .match(QString::fromUtf8(r.body))
                                      .captured(1);
        QVERIFY(serverUrl.startsWith(m_emu->baseUrl().toString() + u"/services/Soap/u/50.0/"_s));
        m_token = QRegularExpression(u"<sessionId>([^<]+)</sessionId>"_s)
                      .match(QString::fromUtf8(r.body))
                      .captured(1);
        QCOMPARE(rest("GET", u"/sobjects"_s).status, 200);
        // simple-salesforce style prefixes and escaped characters also parse.
        const QByteArray env2
            = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" "
              "xmlns:urn=\"urn:partner.soap.sforce.com\">"
              "<soapenv:Header><urn:CallOptions><urn:client>x</urn:client></urn:CallOptions></"
              "soapenv:Header><soapenv:Body>"
              "<urn:login><urn:username>demo@leadbridge.sandbox</"
              "urn:username><urn:password>sandbox&amp;</urn:password></urn:login>"
              "</soapenv:Body></soapenv:Envelope>";
        const RawReply f = m_http.send(
            "POST", url(u"/services/Soap/u/59.0"_s), { { "Content-Type", "text/xml" } }, env2);
        QCOMPARE(f.status, 500);
        QVERIFY(f.body.contains("<faultcode>sf:INVALID_LOGIN</faultcode>"));
        QVERIFY(f.body.contains("<sf:exceptionCode>INVALID_LOGIN</sf:exceptionCode>"));
        QVERIFY(f.body.contains("<faultstring>INVALID_LOGIN: Invalid username, password, security "
                                "token; or user locked out.</faultstring>"));
    }

    void soapLoginNeedsToken()
    {
        const QByteArray env
            = "<Envelope xmlns=\"http://schemas.xmlsoap.org/soap/envelope/\"><Body><login "
              "xmlns=\"urn:partner.soap.sforce.com\">"
              "<username>demo@leadbridge.sandbox</username><password>sandbox</password></login></"
              "Body></Envelope>";
        const RawReply r = m_http.send(
            "POST", url(u"/services/Soap/u/50.0"_s), { { "Content-Type", "text/xml" } }, env);
        QCOMPARE(r.status, 500);
        QVERIFY(r.body.contains("sf:LOGIN_MUST_USE_SECURITY_TOKEN"));
        QVERIFY(
            r.body.contains("<sf:exceptionCode>LOGIN_MUST_USE_SECURITY_TOKEN</sf:exceptionCode>"));
        const RawReply junk = m_http.send("POST", url(u"/services/Soap/u/50.0"_s),
            { { "Content-Type", "text/xml" } }, "<not-xml");
        QCOMPARE(junk.status, 500);
        QVERIFY(junk.body.contains("<faultcode>"));
    }

    void sessionChecks()
    {
        m_token = u"garbage"_s;
        const RawReply r = rest("GET", u"/limits"_s);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.body,
            QByteArray("[{\"message\":\"Session expired or "
                       "invalid\",\"errorCode\":\"INVALID_SESSION_ID\"}]"));
        QCOMPARE(m_http.get(url(u"/services/data/v50.0/limits"_s)).status, 401);
    }

    void tokenLifetimeFault()
    {
        QCOMPARE(
            m_http
                .send("PATCH", url(u"/_sandbox/faults"_s),
                    { { "Content-Type", "application/json" } }, "{\"tokenLifetimeSeconds\":60}")
                .status,
            200);
        m_token = passwordLogin();
        QCOMPARE(rest("GET", u"/limits"_s).status, 200);
        QCOMPARE(m_http
                     .send("POST", url(u"/_sandbox/clock"_s),
                         { { "Content-Type", "application/json" } }, "{\"advanceSeconds\":61}")
                     .status,
            200);
        expectError(rest("GET", u"/limits"_s), 401, u"INVALID_SESSION_ID"_s);
        // Default lifetime is two hours.
        m_emu->setFaults(FaultSettings {});
        m_token = passwordLogin();
        m_emu->advanceClock(7100);
        QCOMPARE(rest("GET", u"/limits"_s).status, 200);
        m_emu->advanceClock(200);
        QCOMPARE(rest("GET", u"/limits"_s).status, 401);
    }
};

QTEST_GUILESS_MAIN(TestSandboxSalesforceAuth)
#include "tst_sandbox_salesforce_auth.moc"
