// The Salesforce emulator over raw HTTP, written from
// shared/reference/api-salesforce-pipeliner.md part A (never through LeadBridge
// connectors): auth flows, REST, SOQL, collections, replication, Bulk 2.0,
// limits and faults, with status codes, headers and body shapes.
#include "core/sandbox/salesforce/SalesforceEmulator.h"
#include "tests/support/RawHttp.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace LeadBridge::Sandbox;
using namespace LeadBridge::Test;
using namespace Qt::Literals::StringLiterals;

namespace {
DemoPerson person(
    int index, const QString &first, const QString &last, const QString &email, DemoCrmRole role)
{
    DemoPerson p;
    p.index = index;
    p.firstName = first;
    p.lastName = last;
    p.email = email;
    p.company = u"Acme %1"_s.arg(index % 3);
    p.city = u"Berlin"_s;
    p.country = u"Germany"_s;
    p.leadSource = index % 2 ? u"Webinar"_s : u"Web"_s;
    p.score = index * 10;
    p.optedOut = index == 2;
    p.hardBounced = index == 3;
    p.salesforceRole = role;
    p.createdAt = QDateTime::currentDateTimeUtc().addDays(-3);
    p.modifiedAt = QDateTime::currentDateTimeUtc().addDays(-2);
    return p;
}

DemoDataset smallWorld()
{
    DemoDataset d;
    d.people = { person(0, u"Ada"_s, u"Lovelace"_s, u"ada@example.com"_s, DemoCrmRole::Lead),
        person(1, u"Bob"_s, u"Builder"_s, u"bob@example.com"_s, DemoCrmRole::Lead),
        person(2, u"Cleo"_s, u"Patra"_s, u"cleo@example.com"_s, DemoCrmRole::Lead),
        person(3, u"Dan"_s, u"Bounce"_s, u"dan@example.com"_s, DemoCrmRole::Contact),
        person(4, u"Eve"_s, u"Zed"_s, u"eve@example.com"_s, DemoCrmRole::Contact),
        person(5, u"Finn"_s, u"None"_s, u"finn@example.com"_s, DemoCrmRole::None) };
    d.size = int(d.people.size());
    d.users = { DemoUser { u"Sam"_s, u"Seller"_s, u"sam@example.com"_s } };
    d.campaigns = { DemoCampaign { u"Spring webinar"_s, u"In Progress"_s, { 0, 1, 3, 5 } } };
    return d;
}
} // namespace

class TestSandboxSalesforce : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SalesforceEmulator> m_emu;
    RawHttp m_http;
    QNetworkAccessManager m_nam;
    QString m_token;

    QUrl url(const QString &path) const { return QUrl(m_emu->baseUrl().toString() + path); }
    RawReply form(const QString &path, const QList<QPair<QString, QString>> &items)
    {
        QUrlQuery q;
        for (const auto &i : items)
            q.addQueryItem(i.first, QString::fromLatin1(QUrl::toPercentEncoding(i.second)));
        return m_http.send("POST", url(path),
            { { "Content-Type", "application/x-www-form-urlencoded" } },
            q.toString(QUrl::FullyEncoded).toLatin1());
    }
    RawReply rest(const QByteArray &verb, const QString &path, const QByteArray &body = {},
        RawHttp::Headers extra = {})
    {
        RawHttp::Headers h { { "Authorization", "Bearer " + m_token.toLatin1() } };
        if (!body.isEmpty())
            h.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        h.append(extra);
        return m_http.send(verb, url(u"/services/data/v50.0"_s + path), h, body);
    }
    RawReply restJson(const QByteArray &verb, const QString &path, const QJsonObject &o)
    {
        return rest(verb, path, QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    RawReply query(const QString &soql, RawHttp::Headers extra = {})
    {
        return rest(
            "GET", u"/query?q="_s + QString::fromLatin1(QUrl::toPercentEncoding(soql)), {}, extra);
    }
    QString passwordLogin()
    {
        const RawReply r = form(u"/services/oauth2/token"_s,
            { { u"grant_type"_s, u"password"_s },
                { u"username"_s, SalesforceEmulator::demoUsername() },
                { u"password"_s, u"sandboxTOKEN"_s },
                { u"client_id"_s, SalesforceEmulator::demoClientId() },
                { u"client_secret"_s, SalesforceEmulator::demoClientSecret() } });
        return r.json().value(u"access_token"_s).toString();
    }
    void expectError(const RawReply &r, int status, const QString &code)
    {
        QCOMPARE(r.status, status);
        const QJsonArray a = r.jsonArray();
        QVERIFY2(a.size() == 1, r.body.constData());
        QCOMPARE(a.at(0).toObject().value(u"errorCode"_s).toString(), code);
        QVERIFY(!a.at(0).toObject().value(u"message"_s).toString().isEmpty());
    }
    // The authorize endpoint answers 302: read it without following the redirect.
    RawReply noRedirect(const QUrl &u)
    {
        QNetworkRequest req(u);
        req.setAttribute(
            QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = m_nam.get(req);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10000);
        RawReply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        for (const auto &p : reply->rawHeaderPairs())
            r.headers.append(p);
        reply->deleteLater();
        return r;
    }
    QString firstId(const QString &soql)
    {
        return query(soql)
            .json()
            .value(u"records"_s)
            .toArray()
            .at(0)
            .toObject()
            .value(u"Id"_s)
            .toString();
    }

private slots:
    void init()
    {
        m_emu = std::make_unique<SalesforceEmulator>();
        QVERIFY(m_emu->listen(0));
        m_emu->seed(smallWorld());
        m_token = passwordLogin();
        QVERIFY(!m_token.isEmpty());
    }
    void cleanup() { m_emu.reset(); }

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

    // ------------------------------------------------------------ REST basics
    void versionsAndResources()
    {
        const RawReply v = m_http.get(url(u"/services/data"_s));
        QCOMPARE(v.status, 200);
        QVERIFY(v.header("Sforce-Limit-Info").isEmpty());
        bool found = false;
        for (const QJsonValue &e : v.jsonArray()) {
            if (e.toObject().value(u"version"_s).toString() == u"50.0") {
                found = true;
                QCOMPARE(e.toObject().value(u"url"_s).toString(), u"/services/data/v50.0"_s);
                QCOMPARE(e.toObject().value(u"label"_s).toString(), u"Winter '21"_s);
            }
        }
        QVERIFY(found);
        const RawReply res = rest("GET", u""_s);
        QCOMPARE(res.status, 200);
        QCOMPARE(res.json().value(u"query"_s).toString(), u"/services/data/v50.0/query"_s);
        QVERIFY(res.header("Content-Type") == "application/json;charset=UTF-8");
        QVERIFY(res.header("Sforce-Limit-Info").startsWith("api-usage="));
        expectError(m_http.get(url(u"/services/data/v5.0/limits"_s),
                        { { "Authorization", "Bearer " + m_token.toLatin1() } }),
            404, u"NOT_FOUND"_s);
        expectError(rest("GET", u"/nothing/here"_s), 404, u"NOT_FOUND"_s);
    }

    void describe()
    {
        const RawReply g = rest("GET", u"/sobjects"_s);
        QCOMPARE(g.status, 200);
        QCOMPARE(g.json().value(u"maxBatchSize"_s).toInt(), 200);
        QStringList names;
        for (const QJsonValue &s : g.json().value(u"sobjects"_s).toArray())
            names << s.toObject().value(u"name"_s).toString();
        for (const char16_t *n :
            { u"Lead", u"Contact", u"Account", u"Campaign", u"CampaignMember", u"User" })
            QVERIFY(names.contains(QString::fromUtf16(n)));
        const RawReply d = rest("GET", u"/sobjects/Lead/describe"_s);
        QCOMPARE(d.status, 200);
        const QJsonObject o = d.json();
        QCOMPARE(o.value(u"name"_s).toString(), u"Lead"_s);
        QCOMPARE(o.value(u"keyPrefix"_s).toString(), u"00Q"_s);
        QHash<QString, QJsonObject> fields;
        for (const QJsonValue &f : o.value(u"fields"_s).toArray())
            fields.insert(f.toObject().value(u"name"_s).toString(), f.toObject());
        QCOMPARE(fields[u"LastName"_s].value(u"type"_s).toString(), u"string"_s);
        QCOMPARE(fields[u"LastName"_s].value(u"length"_s).toInt(), 80);
        QCOMPARE(fields[u"LastName"_s].value(u"nillable"_s).toBool(), false);
        QCOMPARE(fields[u"Company"_s].value(u"nillable"_s).toBool(), false);
        QCOMPARE(fields[u"Email"_s].value(u"type"_s).toString(), u"email"_s);
        QCOMPARE(fields[u"Score__c"_s].value(u"type"_s).toString(), u"double"_s);
        QCOMPARE(fields[u"Score__c"_s].value(u"custom"_s).toBool(), true);
        QCOMPARE(fields[u"External_Id__c"_s].value(u"externalId"_s).toBool(), true);
        QCOMPARE(fields[u"External_Id__c"_s].value(u"idLookup"_s).toBool(), true);
        QCOMPARE(fields[u"HasOptedOutOfEmail"_s].value(u"type"_s).toString(), u"boolean"_s);
        QCOMPARE(fields[u"EmailBouncedReason"_s].value(u"length"_s).toInt(), 255);
        QCOMPARE(fields[u"Name"_s].value(u"createable"_s).toBool(), false);
        QCOMPARE(fields[u"Id"_s].value(u"soapType"_s).toString(), u"tns:ID"_s);
        QCOMPARE(
            fields[u"OwnerId"_s].value(u"referenceTo"_s).toArray().at(0).toString(), u"User"_s);
        const QJsonArray statuses = fields[u"Status"_s].value(u"picklistValues"_s).toArray();
        QVERIFY(statuses.size() >= 4);
        QCOMPARE(statuses.at(0).toObject().value(u"defaultValue"_s).toBool(), true);
        for (const char16_t *n :
            { u"Contact", u"Account", u"Campaign", u"CampaignMember", u"User" })
            QCOMPARE(
                rest("GET", u"/sobjects/"_s + QString::fromUtf16(n) + u"/describe"_s).status, 200);
        const QJsonArray cf
            = rest("GET", u"/sobjects/Contact/describe"_s).json().value(u"fields"_s).toArray();
        bool score = false;
        for (const QJsonValue &f : cf)
            score = score || f.toObject().value(u"name"_s).toString() == u"Score__c";
        QVERIFY(score);
        expectError(rest("GET", u"/sobjects/Nope/describe"_s), 404, u"NOT_FOUND"_s);
        QCOMPARE(rest("GET", u"/sobjects/Lead"_s)
                     .json()
                     .value(u"objectDescribe"_s)
                     .toObject()
                     .value(u"name"_s)
                     .toString(),
            u"Lead"_s);
    }

    // ------------------------------------------------------------ SOQL
    void queryBasics()
    {
        const RawReply r = query(
            u"SELECT Id, FirstName, LastName, Email, Score__c, HasOptedOutOfEmail, LastModifiedDate FROM Lead ORDER BY LastName"_s);
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"totalSize"_s).toInt(), 3);
        QCOMPARE(o.value(u"done"_s).toBool(), true);
        QVERIFY(!o.contains(u"nextRecordsUrl"_s));
        const QJsonArray recs = o.value(u"records"_s).toArray();
        QCOMPARE(recs.size(), 3);
        const QJsonObject first = recs.at(0).toObject();
        QCOMPARE(first.value(u"LastName"_s).toString(), u"Builder"_s);
        QCOMPARE(first.value(u"attributes"_s).toObject().value(u"type"_s).toString(), u"Lead"_s);
        QCOMPARE(first.value(u"attributes"_s).toObject().value(u"url"_s).toString(),
            u"/services/data/v50.0/sobjects/Lead/"_s + first.value(u"Id"_s).toString());
        QVERIFY(first.value(u"Id"_s).toString().startsWith(u"00Q"_s));
        QCOMPARE(first.value(u"Id"_s).toString().size(), 18);
        QCOMPARE(first.value(u"Score__c"_s).toDouble(), 10.0);
        QVERIFY(QRegularExpression(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+0000$"_s)
                    .match(first.value(u"LastModifiedDate"_s).toString())
                    .hasMatch());
        QCOMPARE(recs.at(1).toObject().value(u"LastName"_s).toString(), u"Lovelace"_s);
        QCOMPARE(recs.at(2).toObject().value(u"HasOptedOutOfEmail"_s).toBool(), true);
        // Keys exactly as selected (plus attributes).
        QCOMPARE(first.keys().size(), 8);
        // Contacts: bounce mapped, account linked.
        const QJsonObject dan = query(
            u"SELECT Email, EmailBouncedReason, IsEmailBounced, Account.Name FROM Contact WHERE LastName = 'bounce'"_s)
                                    .json()
                                    .value(u"records"_s)
                                    .toArray()
                                    .at(0)
                                    .toObject();
        QVERIFY(dan.value(u"EmailBouncedReason"_s).toString().startsWith(u"550"_s));
        QCOMPARE(dan.value(u"IsEmailBounced"_s).toBool(), true);
        QCOMPARE(dan.value(u"Account"_s).toObject().value(u"Name"_s).toString(), u"Acme 0"_s);
        QCOMPARE(dan.value(u"Account"_s)
                     .toObject()
                     .value(u"attributes"_s)
                     .toObject()
                     .value(u"type"_s)
                     .toString(),
            u"Account"_s);
    }

    void queryWhere_data()
    {
        QTest::addColumn<QString>("where");
        QTest::addColumn<int>("count");
        QTest::newRow("eq ci") << u"Email = 'ADA@example.com'"_s << 1;
        QTest::newRow("ne") << u"FirstName != 'Ada'"_s << 2;
        QTest::newRow("lt num") << u"Score__c < 15"_s << 2;
        QTest::newRow("ge num") << u"Score__c >= 10"_s << 2;
        QTest::newRow("gt") << u"Score__c > 10"_s << 1;
        QTest::newRow("le") << u"Score__c <= 0"_s << 1;
        QTest::newRow("like") << u"Email LIKE '%@example.com'"_s << 3;
        QTest::newRow("like prefix") << u"LastName LIKE 'lo%'"_s << 1;
        QTest::newRow("like underscore") << u"FirstName LIKE 'B_b'"_s << 1;
        QTest::newRow("not like") << u"NOT LastName LIKE 'Lo%'"_s << 2;
        QTest::newRow("in") << u"FirstName IN ('Ada', 'Bob', 'Zed')"_s << 2;
        QTest::newRow("not in") << u"FirstName NOT IN ('Ada')"_s << 2;
        QTest::newRow("and or parens")
            << u"(FirstName = 'Ada' OR FirstName = 'Bob') AND Score__c > 5"_s << 1;
        QTest::newRow("or") << u"FirstName = 'Ada' OR LastName = 'Patra'"_s << 2;
        QTest::newRow("null") << u"EmailBouncedReason = null"_s << 3;
        QTest::newRow("not null") << u"Email != null"_s << 3;
        QTest::newRow("bool true") << u"HasOptedOutOfEmail = true"_s << 1;
        QTest::newRow("bool false") << u"HasOptedOutOfEmail = false"_s << 2;
        QTest::newRow("datetime gt") << u"LastModifiedDate > 2000-01-01T00:00:00Z"_s << 3;
        QTest::newRow("datetime lt") << u"SystemModstamp < 2000-01-01T00:00:00.000+0000"_s << 0;
        QTest::newRow("range") << u"CreatedDate >= LAST_N_DAYS:5 AND CreatedDate < TODAY"_s << 3;
        QTest::newRow("today") << u"LastModifiedDate = TODAY"_s << 0;
        QTest::newRow("offset literal") << u"LastModifiedDate < 2999-01-01T00:00:00+05:00"_s << 3;
        QTest::newRow("isdeleted") << u"IsDeleted = false"_s << 3;
        QTest::newRow("escaped quote") << u"LastName = 'O\\'Brien'"_s << 0;
    }
    void queryWhere()
    {
        QFETCH(QString, where);
        QFETCH(int, count);
        const RawReply r = query(u"SELECT Id FROM Lead WHERE "_s + where);
        QVERIFY2(r.status == 200, r.body.constData());
        QCOMPARE(r.json().value(u"totalSize"_s).toInt(), count);
        QCOMPARE(r.json().value(u"records"_s).toArray().size(), count);
    }

    void queryOrderLimitOffsetCount()
    {
        QJsonArray recs
            = query(u"SELECT FirstName FROM Lead ORDER BY Score__c DESC, LastName ASC LIMIT 2"_s)
                  .json()
                  .value(u"records"_s)
                  .toArray();
        QCOMPARE(recs.size(), 2);
        QCOMPARE(recs.at(0).toObject().value(u"FirstName"_s).toString(), u"Cleo"_s);
        QCOMPARE(recs.at(1).toObject().value(u"FirstName"_s).toString(), u"Bob"_s);
        recs = query(u"SELECT FirstName FROM Lead ORDER BY FirstName LIMIT 5 OFFSET 2"_s)
                   .json()
                   .value(u"records"_s)
                   .toArray();
        QCOMPARE(recs.size(), 1);
        QCOMPARE(recs.at(0).toObject().value(u"FirstName"_s).toString(), u"Cleo"_s);
        const RawReply c = query(u"SELECT COUNT() FROM Lead WHERE Score__c > 0"_s);
        QCOMPARE(c.json().value(u"totalSize"_s).toInt(), 2);
        QCOMPARE(c.json().value(u"records"_s).toArray().size(), 0);
        const QJsonObject agg = query(u"SELECT COUNT(Id) n FROM Contact"_s)
                                    .json()
                                    .value(u"records"_s)
                                    .toArray()
                                    .at(0)
                                    .toObject();
        QCOMPARE(agg.value(u"n"_s).toInt(), 2);
        QCOMPARE(agg.value(u"attributes"_s).toObject().value(u"type"_s).toString(),
            u"AggregateResult"_s);
        const RawReply empty = query(u"SELECT Id FROM Lead WHERE Email = 'nobody@x.org'"_s);
        QCOMPARE(empty.body, QByteArray("{\"totalSize\":0,\"done\":true,\"records\":[]}"));
    }

    void queryErrors_data()
    {
        QTest::addColumn<QString>("soql");
        QTest::addColumn<QString>("code");
        QTest::newRow("garbage") << u"SELEKT Id FROM Lead"_s << u"MALFORMED_QUERY"_s;
        QTest::newRow("no from") << u"SELECT Id"_s << u"MALFORMED_QUERY"_s;
        QTest::newRow("unterminated")
            << u"SELECT Id FROM Lead WHERE Email = 'x"_s << u"MALFORMED_QUERY"_s;
        QTest::newRow("trailing") << u"SELECT Id FROM Lead LIMIT 1 foo"_s << u"MALFORMED_QUERY"_s;
        QTest::newRow("bad field") << u"SELECT Id, Nope__c FROM Lead"_s << u"INVALID_FIELD"_s;
        QTest::newRow("bad where field")
            << u"SELECT Id FROM Lead WHERE Nope = 1"_s << u"INVALID_FIELD"_s;
        QTest::newRow("bad type") << u"SELECT Id FROM Lead WHERE Score__c = 'x'"_s
                                  << u"INVALID_FIELD"_s;
        QTest::newRow("bad object") << u"SELECT Id FROM Nope"_s << u"INVALID_TYPE"_s;
        QTest::newRow("duplicate") << u"SELECT Id, id FROM Lead"_s << u"MALFORMED_QUERY"_s;
    }
    void queryErrors()
    {
        QFETCH(QString, soql);
        QFETCH(QString, code);
        expectError(query(soql), 400, code);
    }

    void queryPaging()
    {
        m_emu->seedSynthetic(4500, 7);
        RawReply r = query(u"SELECT Id, Email FROM Lead"_s);
        QCOMPARE(r.status, 200);
        QJsonObject o = r.json();
        QCOMPARE(o.value(u"totalSize"_s).toInt(), 4500);
        QCOMPARE(o.value(u"done"_s).toBool(), false);
        QCOMPARE(o.value(u"records"_s).toArray().size(), 2000);
        QString next = o.value(u"nextRecordsUrl"_s).toString();
        QVERIFY(QRegularExpression(u"^/services/data/v50.0/query/01g\\w{15}-2000$"_s)
                    .match(next)
                    .hasMatch());
        QSet<QString> ids;
        for (const QJsonValue &v : o.value(u"records"_s).toArray())
            ids.insert(v.toObject().value(u"Id"_s).toString());
        // jsforce rebuilds the URL under its own version: any version prefix works.
        const QString locator = next.section(u'/', -1);
        r = m_http.get(url(u"/services/data/v59.0/query/"_s + locator),
            { { "Authorization", "Bearer " + m_token.toLatin1() } });
        QCOMPARE(r.status, 200);
        o = r.json();
        QCOMPARE(o.value(u"records"_s).toArray().size(), 2000);
        QVERIFY(o.value(u"nextRecordsUrl"_s).toString().endsWith(u"-4000"_s));
        for (const QJsonValue &v : o.value(u"records"_s).toArray())
            ids.insert(v.toObject().value(u"Id"_s).toString());
        r = m_http.get(url(o.value(u"nextRecordsUrl"_s).toString()),
            { { "Authorization", "Bearer " + m_token.toLatin1() } });
        o = r.json();
        QCOMPARE(o.value(u"done"_s).toBool(), true);
        QVERIFY(!o.contains(u"nextRecordsUrl"_s));
        QCOMPARE(o.value(u"records"_s).toArray().size(), 500);
        for (const QJsonValue &v : o.value(u"records"_s).toArray())
            ids.insert(v.toObject().value(u"Id"_s).toString());
        QCOMPARE(ids.size(), 4500);
        expectError(rest("GET", u"/query/01gBOGUS-2000"_s), 400, u"INVALID_QUERY_LOCATOR"_s);
        expectError(rest("GET", u"/query/"_s + locator.section(u'-', 0, 0) + u"-99999"_s), 400,
            u"INVALID_QUERY_LOCATOR"_s);
        // Exactly one page: no locator.
        o = query(u"SELECT Id FROM Lead LIMIT 2000"_s).json();
        QCOMPARE(o.value(u"done"_s).toBool(), true);
        QCOMPARE(o.value(u"records"_s).toArray().size(), 2000);
        // batchSize header: 200..2000, clamped.
        o = query(
            u"SELECT Id FROM Lead LIMIT 450"_s, { { "Sforce-Query-Options", "batchSize=200" } })
                .json();
        QCOMPARE(o.value(u"records"_s).toArray().size(), 200);
        QVERIFY(o.value(u"nextRecordsUrl"_s).toString().endsWith(u"-200"_s));
        r = m_http.get(url(o.value(u"nextRecordsUrl"_s).toString()),
            { { "Authorization", "Bearer " + m_token.toLatin1() } });
        QCOMPARE(r.json().value(u"records"_s).toArray().size(), 200);
        o = query(
            u"SELECT Id FROM Lead LIMIT 450"_s, { { "Sforce-Query-Options", "batchSize=50" } })
                .json();
        QCOMPARE(o.value(u"records"_s).toArray().size(), 200);
    }

    void queryAllSeesDeleted()
    {
        const QString id = firstId(u"SELECT Id FROM Lead WHERE FirstName = 'Ada'"_s);
        QCOMPARE(rest("DELETE", u"/sobjects/Lead/"_s + id).status, 204);
        QCOMPARE(query(u"SELECT Id FROM Lead"_s).json().value(u"totalSize"_s).toInt(), 2);
        const RawReply all
            = rest("GET", u"/queryAll?q=SELECT+Id,IsDeleted+FROM+Lead+WHERE+IsDeleted+=+true"_s);
        QCOMPARE(all.status, 200);
        QCOMPARE(all.json().value(u"totalSize"_s).toInt(), 1);
        QCOMPARE(all.json()
                     .value(u"records"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"IsDeleted"_s)
                     .toBool(),
            true);
    }

    // ------------------------------------------------------------ CRUD
    void crud()
    {
        RawReply c = restJson("POST", u"/sobjects/Lead"_s,
            QJsonObject { { u"LastName"_s, u"New"_s }, { u"Company"_s, u"Co"_s },
                { u"Email"_s, u"new@x.org"_s }, { u"Score__c"_s, 42 } });
        QCOMPARE(c.status, 201);
        const QString id = c.json().value(u"id"_s).toString();
        QVERIFY(id.startsWith(u"00Q"_s));
        QCOMPARE(c.json().value(u"success"_s).toBool(), true);
        QCOMPARE(c.json().value(u"errors"_s).toArray().size(), 0);
        RawReply g = rest("GET", u"/sobjects/Lead/"_s + id);
        QCOMPARE(g.status, 200);
        QCOMPARE(g.json().value(u"Status"_s).toString(), u"Open - Not Contacted"_s);
        QCOMPARE(g.json().value(u"HasOptedOutOfEmail"_s).toBool(), false);
        QCOMPARE(g.json().value(u"Name"_s).toString(), u"New"_s);
        QCOMPARE(g.json().value(u"Score__c"_s).toDouble(), 42.0);
        QVERIFY(g.json().value(u"OwnerId"_s).toString().startsWith(u"005"_s));
        const QString created = g.json().value(u"SystemModstamp"_s).toString();
        g = rest("GET", u"/sobjects/Lead/"_s + id + u"?fields=Email,LastName"_s);
        QCOMPARE(g.json().keys().size(), 3);
        QCOMPARE(g.json().value(u"Email"_s).toString(), u"new@x.org"_s);
        // 15-char id and lower-cased 18-char id reach the same record.
        QCOMPARE(rest("GET", u"/sobjects/Lead/"_s + id.left(15)).status, 200);
        QCOMPARE(
            rest("GET", u"/sobjects/Lead/"_s + id.left(15) + id.right(3).toLower()).status, 200);
        m_emu->advanceClock(90);
        QCOMPARE(restJson("PATCH", u"/sobjects/Lead/"_s + id,
                     QJsonObject { { u"FirstName"_s, u"Nia"_s }, { u"Email"_s, QJsonValue::Null } })
                     .status,
            204);
        g = rest("GET", u"/sobjects/Lead/"_s + id);
        QCOMPARE(g.json().value(u"Name"_s).toString(), u"Nia New"_s);
        QVERIFY(g.json().value(u"Email"_s).isNull());
        QVERIFY(g.json().value(u"SystemModstamp"_s).toString() > created);
        QCOMPARE(g.json().value(u"LastModifiedDate"_s), g.json().value(u"SystemModstamp"_s));
        QCOMPARE(rest("DELETE", u"/sobjects/Lead/"_s + id).status, 204);
        expectError(rest("GET", u"/sobjects/Lead/"_s + id), 404, u"ENTITY_IS_DELETED"_s);
        expectError(rest("DELETE", u"/sobjects/Lead/"_s + id), 404, u"ENTITY_IS_DELETED"_s);
        expectError(rest("GET", u"/sobjects/Lead/00Q000000000000AAA"_s), 404, u"NOT_FOUND"_s);
        expectError(
            rest("PATCH", u"/sobjects/Lead/00Q000000000000AAA"_s, "{}"), 404, u"NOT_FOUND"_s);
        expectError(
            rest("GET",
                u"/sobjects/Lead/"_s + firstId(u"SELECT Id FROM Lead"_s) + u"?fields=Bogus"_s),
            400, u"INVALID_FIELD"_s);
        expectError(rest("POST", u"/sobjects/Lead"_s, "{not json"), 400, u"JSON_PARSER_ERROR"_s);
        expectError(rest("POST", u"/sobjects/Nope"_s, "{}"), 404, u"NOT_FOUND"_s);
    }

    void validationErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("lastname") << QByteArray("{\"Company\":\"C\"}")
                                  << u"REQUIRED_FIELD_MISSING"_s << u"LastName"_s;
        QTest::newRow("company") << QByteArray("{\"LastName\":\"L\"}")
                                 << u"REQUIRED_FIELD_MISSING"_s << u"Company"_s;
        QTest::newRow("too long") << (QByteArray("{\"Company\":\"C\",\"LastName\":\"")
            + QByteArray(81, 'x') + "\"}")
                                  << u"STRING_TOO_LONG"_s << u"LastName"_s;
        QTest::newRow("email") << QByteArray(
            "{\"Company\":\"C\",\"LastName\":\"L\",\"Email\":\"not-an-email\"}")
                               << u"INVALID_EMAIL_ADDRESS"_s << u"Email"_s;
        QTest::newRow("unknown") << QByteArray(
            "{\"Company\":\"C\",\"LastName\":\"L\",\"Bogus__c\":1}")
                                 << u"INVALID_FIELD"_s << u"Bogus__c"_s;
        QTest::newRow("type") << QByteArray(
            "{\"Company\":\"C\",\"LastName\":\"L\",\"Score__c\":\"lots\"}")
                              << u"INVALID_TYPE_ON_FIELD_IN_RECORD"_s << u"Score__c"_s;
        QTest::newRow("bool type")
            << QByteArray("{\"Company\":\"C\",\"LastName\":\"L\",\"HasOptedOutOfEmail\":\"maybe\"}")
            << u"INVALID_TYPE_ON_FIELD_IN_RECORD"_s << u"HasOptedOutOfEmail"_s;
        QTest::newRow("read only")
            << QByteArray("{\"Company\":\"C\",\"LastName\":\"L\",\"Name\":\"x\"}")
            << u"INVALID_FIELD_FOR_INSERT_UPDATE"_s << u"Name"_s;
        QTest::newRow("bad owner")
            << QByteArray("{\"Company\":\"C\",\"LastName\":\"L\",\"OwnerId\":\"xyz\"}")
            << u"MALFORMED_ID"_s << u"OwnerId"_s;
    }
    void validationErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const RawReply r = rest("POST", u"/sobjects/Lead"_s, body);
        expectError(r, 400, code);
        QCOMPARE(
            r.jsonArray().at(0).toObject().value(u"fields"_s).toArray().at(0).toString(), field);
        QCOMPARE(query(u"SELECT COUNT() FROM Lead"_s).json().value(u"totalSize"_s).toInt(), 3);
    }

    void upsertSingle()
    {
        // Create (201, created:true), update (200 created:false at v46+; 204 before).
        RawReply r = rest("PATCH", u"/sobjects/Lead/External_Id__c/EXT-1"_s,
            "{\"LastName\":\"Ext\",\"Company\":\"Co\"}");
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json().value(u"created"_s).toBool(), true);
        const QString id = r.json().value(u"id"_s).toString();
        r = rest("PATCH", u"/sobjects/Lead/External_Id__c/ext-1"_s, "{\"FirstName\":\"Up\"}");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"created"_s).toBool(), false);
        QCOMPARE(r.json().value(u"id"_s).toString(), id);
        r = m_http.send("PATCH", url(u"/services/data/v45.0/sobjects/Lead/External_Id__c/EXT-1"_s),
            { { "Authorization", "Bearer " + m_token.toLatin1() },
                { "Content-Type", "application/json" } },
            "{\"Title\":\"T\"}");
        QCOMPARE(r.status, 204);
        QCOMPARE(
            rest("GET", u"/sobjects/Lead/"_s + id).json().value(u"Name"_s).toString(), u"Up Ext"_s);
        // Raw '@' and '+' in the path value (jsforce does not encode it).
        r = rest("PATCH", u"/sobjects/Lead/Email__c/ada+x@example.com"_s,
            "{\"LastName\":\"Plus\",\"Company\":\"Co\"}");
        QCOMPARE(r.status, 201);
        QCOMPARE(rest("GET", u"/sobjects/Lead/"_s + r.json().value(u"id"_s).toString())
                     .json()
                     .value(u"Email__c"_s)
                     .toString(),
            u"ada+x@example.com"_s);
        r = rest("PATCH", u"/sobjects/Lead/Email__c/ada@example.com"_s, "{\"Title\":\"CTO\"}");
        QCOMPARE(r.status, 200);
        QCOMPARE(firstId(u"SELECT Id FROM Lead WHERE Title = 'CTO'"_s),
            r.json().value(u"id"_s).toString());
        // Several matches (Email__c is not unique) -> 300 with record URLs.
        QCOMPARE(rest("PATCH", u"/sobjects/Lead/"_s + r.json().value(u"id"_s).toString(),
                     "{\"External_Id__c\":\"X2\"}")
                     .status,
            204);
        QCOMPARE(restJson("POST", u"/sobjects/Lead"_s,
                     QJsonObject { { u"LastName"_s, u"D"_s }, { u"Company"_s, u"C"_s },
                         { u"Email__c"_s, u"bob@example.com"_s } })
                     .status,
            201);
        r = rest("PATCH", u"/sobjects/Lead/Email__c/bob@example.com"_s, "{\"Title\":\"x\"}");
        QCOMPARE(r.status, 300);
        QCOMPARE(r.jsonArray().size(), 2);
        QVERIFY(
            r.jsonArray().at(0).toString().startsWith(u"/services/data/v50.0/sobjects/Lead/00Q"_s));
        expectError(rest("PATCH", u"/sobjects/Lead/LastName/x"_s, "{}"), 404, u"NOT_FOUND"_s);
        expectError(rest("PATCH", u"/sobjects/Lead/External_Id__c/NEW-2"_s, "{\"Company\":\"Co\"}"),
            400, u"REQUIRED_FIELD_MISSING"_s);
        // Unique external id: a duplicate value is refused.
        expectError(rest("PATCH", u"/sobjects/Lead/"_s + id, "{\"External_Id__c\":\"X2\"}"), 400,
            u"DUPLICATE_VALUE"_s);
        QCOMPARE(
            rest("PATCH", u"/sobjects/Lead/External_Id__c/NOPE?updateOnly=true"_s, "{}").status,
            404);
    }

    void collections()
    {
        QJsonArray recs;
        for (int i = 0; i < 3; ++i)
            recs.append(QJsonObject { { u"attributes"_s, QJsonObject { { u"type"_s, u"Lead"_s } } },
                { u"LastName"_s, u"C%1"_s.arg(i) }, { u"Company"_s, u"Co"_s },
                { u"External_Id__c"_s, u"K%1"_s.arg(i) } });
        recs.append(QJsonObject { { u"attributes"_s, QJsonObject { { u"type"_s, u"Lead"_s } } },
            { u"Company"_s, u"Co"_s } });
        RawReply r = restJson("POST", u"/composite/sobjects"_s,
            QJsonObject { { u"allOrNone"_s, false }, { u"records"_s, recs } });
        QCOMPARE(r.status, 200);
        QJsonArray res = r.jsonArray();
        QCOMPARE(res.size(), 4);
        QCOMPARE(res.at(0).toObject().value(u"success"_s).toBool(), true);
        QVERIFY(res.at(0).toObject().value(u"id"_s).toString().startsWith(u"00Q"_s));
        QCOMPARE(res.at(3).toObject().value(u"success"_s).toBool(), false);
        const QJsonObject err = res.at(3).toObject().value(u"errors"_s).toArray().at(0).toObject();
        QCOMPARE(err.value(u"statusCode"_s).toString(), u"REQUIRED_FIELD_MISSING"_s);
        QVERIFY(!err.contains(u"errorCode"_s));
        QCOMPARE(err.value(u"fields"_s).toArray().at(0).toString(), u"LastName"_s);
        QCOMPARE(query(u"SELECT COUNT() FROM Lead"_s).json().value(u"totalSize"_s).toInt(), 6);
        const QString id0 = res.at(0).toObject().value(u"id"_s).toString();
        const QString id1 = res.at(1).toObject().value(u"id"_s).toString();

        // Update (lowercase "id"), one bad id.
        QJsonArray ups { QJsonObject {
                             { u"attributes"_s, QJsonObject { { u"type"_s, u"Lead"_s } } },
                             { u"id"_s, id0 }, { u"Title"_s, u"T0"_s } },
            QJsonObject { { u"attributes"_s, QJsonObject { { u"type"_s, u"Lead"_s } } },
                { u"id"_s, u"00Q000000000000AAA"_s }, { u"Title"_s, u"T"_s } } };
        res = restJson("PATCH", u"/composite/sobjects"_s,
            QJsonObject { { u"allOrNone"_s, false }, { u"records"_s, ups } })
                  .jsonArray();
        QCOMPARE(res.at(0).toObject().value(u"success"_s).toBool(), true);
        QCOMPARE(res.at(1)
                     .toObject()
                     .value(u"errors"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"statusCode"_s)
                     .toString(),
            u"MALFORMED_ID"_s);
        QCOMPARE(
            rest("GET", u"/sobjects/Lead/"_s + id0).json().value(u"Title"_s).toString(), u"T0"_s);

        // Upsert by external id: update one, create one.
        QJsonArray us { QJsonObject { { u"attributes"_s, QJsonObject { { u"type"_s, u"Lead"_s } } },
                            { u"External_Id__c"_s, u"K1"_s }, { u"Title"_s, u"T1"_s } },
            QJsonObject { { u"attributes"_s, QJsonObject { { u"type"_s, u"Lead"_s } } },
                { u"External_Id__c"_s, u"K9"_s }, { u"LastName"_s, u"Nine"_s },
                { u"Company"_s, u"Co"_s } } };
        res = restJson("PATCH", u"/composite/sobjects/Lead/External_Id__c"_s,
            QJsonObject { { u"allOrNone"_s, false }, { u"records"_s, us } })
                  .jsonArray();
        QCOMPARE(res.at(0).toObject().value(u"created"_s).toBool(), false);
        QCOMPARE(res.at(0).toObject().value(u"id"_s).toString(), id1);
        QCOMPARE(res.at(1).toObject().value(u"created"_s).toBool(), true);
        QCOMPARE(res.at(1).toObject().value(u"success"_s).toBool(), true);
        QCOMPARE(query(u"SELECT COUNT() FROM Lead WHERE External_Id__c = 'K9'"_s)
                     .json()
                     .value(u"totalSize"_s)
                     .toInt(),
            1);
        expectError(restJson("PATCH", u"/composite/sobjects/Lead/LastName"_s,
                        QJsonObject { { u"records"_s, us } }),
            400, u"INVALID_FIELD"_s);

        // Retrieve (GET and POST forms), null for unknown ids.
        r = rest("GET",
            u"/composite/sobjects/Lead?ids="_s + id0 + u",00Q000000000000AAA&fields=Id,Title"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.jsonArray().at(0).toObject().value(u"Title"_s).toString(), u"T0"_s);
        QVERIFY(r.jsonArray().at(1).isNull());
        r = restJson("POST", u"/composite/sobjects/Lead"_s,
            QJsonObject {
                { u"ids"_s, QJsonArray { id1 } }, { u"fields"_s, QJsonArray { u"Title"_s } } });
        QCOMPARE(r.jsonArray().at(0).toObject().value(u"Title"_s).toString(), u"T1"_s);

        // Delete.
        res = rest("DELETE", u"/composite/sobjects?ids="_s + id0 + u","_s + id1).jsonArray();
        QCOMPARE(res.size(), 2);
        QCOMPARE(res.at(1).toObject().value(u"success"_s).toBool(), true);
        QCOMPARE(res.at(1).toObject().value(u"id"_s).toString(), id1);
        res = rest("DELETE", u"/composite/sobjects?ids="_s + id0).jsonArray();
        QCOMPARE(res.at(0)
                     .toObject()
                     .value(u"errors"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"statusCode"_s)
                     .toString(),
            u"ENTITY_IS_DELETED"_s);
        expectError(rest("DELETE", u"/composite/sobjects"_s), 400, u"MISSING_ARGUMENT"_s);
    }

    void collectionsAllOrNone()
    {
        QJsonArray recs {
            QJsonObject { { u"attributes"_s, QJsonObject { { u"type"_s, u"Lead"_s } } },
                { u"LastName"_s, u"Ok"_s }, { u"Company"_s, u"Co"_s } },
            QJsonObject { { u"attributes"_s, QJsonObject { { u"type"_s, u"Lead"_s } } },
                { u"LastName"_s, u"Bad"_s }, { u"Company"_s, u"Co"_s }, { u"OwnerId"_s, u"bad"_s } }
        };
        RawReply r = restJson("POST", u"/composite/sobjects"_s,
            QJsonObject { { u"allOrNone"_s, true }, { u"records"_s, recs } });
        QCOMPARE(r.status, 200);
        QJsonArray res = r.jsonArray();
        QCOMPARE(res.at(0).toObject().value(u"success"_s).toBool(), false);
        QCOMPARE(res.at(0)
                     .toObject()
                     .value(u"errors"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"statusCode"_s)
                     .toString(),
            u"ALL_OR_NONE_OPERATION_ROLLED_BACK"_s);
        QCOMPARE(res.at(1)
                     .toObject()
                     .value(u"errors"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"statusCode"_s)
                     .toString(),
            u"MALFORMED_ID"_s);
        QCOMPARE(query(u"SELECT COUNT() FROM Lead"_s).json().value(u"totalSize"_s).toInt(), 3);
        // Upsert flavour reports created:true on every rolled-back record.
        for (QJsonValueRef v : recs) {
            QJsonObject o = v.toObject();
            o.insert(u"External_Id__c"_s, o.value(u"LastName"_s));
            v = o;
        }
        res = restJson("PATCH", u"/composite/sobjects/Lead/External_Id__c"_s,
            QJsonObject { { u"allOrNone"_s, true }, { u"records"_s, recs } })
                  .jsonArray();
        QCOMPARE(res.at(0).toObject().value(u"created"_s).toBool(), true);
        QCOMPARE(res.at(0).toObject().value(u"success"_s).toBool(), false);
        QCOMPARE(query(u"SELECT COUNT() FROM Lead"_s).json().value(u"totalSize"_s).toInt(), 3);
        // More than 200 records -> request-level 400.
        QJsonArray many;
        for (int i = 0; i < 201; ++i)
            many.append(recs.at(0));
        expectError(
            restJson("POST", u"/composite/sobjects"_s, QJsonObject { { u"records"_s, many } }), 400,
            u"EXCEEDED_ID_LIMIT"_s);
        // Missing type.
        res = restJson("POST", u"/composite/sobjects"_s,
            QJsonObject {
                { u"records"_s, QJsonArray { QJsonObject { { u"LastName"_s, u"x"_s } } } } })
                  .jsonArray();
        QCOMPARE(res.at(0)
                     .toObject()
                     .value(u"errors"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"statusCode"_s)
                     .toString(),
            u"INVALID_TYPE"_s);
    }

    // ------------------------------------------------------------ replication
    void updatedAndDeleted()
    {
        auto enc = [](const QDateTime &t) {
            return QString::fromLatin1(
                QUrl::toPercentEncoding(t.toString(u"yyyy-MM-ddTHH:mm:ss+00:00"_s)));
        };
        const QDateTime start = m_emu->now().addSecs(-120);
        const QString ada = firstId(u"SELECT Id FROM Lead WHERE FirstName = 'Ada'"_s);
        const QString bob = firstId(u"SELECT Id FROM Lead WHERE FirstName = 'Bob'"_s);
        QCOMPARE(rest("PATCH", u"/sobjects/Lead/"_s + ada, "{\"Title\":\"x\"}").status, 204);
        QCOMPARE(rest("DELETE", u"/sobjects/Lead/"_s + bob).status, 204);
        m_emu->advanceClock(120);
        const QDateTime end = m_emu->now();
        RawReply r
            = rest("GET", u"/sobjects/Lead/updated/?start="_s + enc(start) + u"&end="_s + enc(end));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"ids"_s).toArray(), QJsonArray { ada });
        QVERIFY(r.json().value(u"latestDateCovered"_s).toString().endsWith(u":00.000+0000"_s));
        r = rest("GET", u"/sobjects/Lead/deleted?start="_s + enc(start) + u"&end="_s + enc(end));
        QCOMPARE(r.status, 200);
        const QJsonArray del = r.json().value(u"deletedRecords"_s).toArray();
        QCOMPARE(del.size(), 1);
        QCOMPARE(del.at(0).toObject().value(u"id"_s).toString(), bob);
        QVERIFY(del.at(0).toObject().value(u"deletedDate"_s).toString().endsWith(u"+0000"_s));
        QVERIFY(r.json().contains(u"earliestDateAvailable"_s));
        expectError(
            rest("GET", u"/sobjects/Lead/updated/?start="_s + enc(end) + u"&end="_s + enc(start)),
            400, u"INVALID_REPLICATION_DATE"_s);
        expectError(rest("GET",
                        u"/sobjects/Lead/updated/?start="_s + enc(end.addDays(-40)) + u"&end="_s
                            + enc(end)),
            400, u"INVALID_REPLICATION_DATE"_s);
        expectError(rest("GET",
                        u"/sobjects/Lead/deleted/?start="_s + enc(end.addDays(-20)) + u"&end="_s
                            + enc(end)),
            400, u"INVALID_REPLICATION_DATE"_s);
        expectError(rest("GET", u"/sobjects/Lead/updated/"_s), 400, u"MISSING_ARGUMENT"_s);
    }

    // ------------------------------------------------------------ Bulk 2.0
    void bulkIngest()
    {
        RawReply r = rest("POST", u"/jobs/ingest"_s,
            "{\"object\":\"Lead\",\"operation\":\"insert\",\"contentType\":\"CSV\",\"lineEnding\":"
            "\"LF\"}");
        QCOMPARE(r.status, 200);
        QJsonObject job = r.json();
        const QString id = job.value(u"id"_s).toString();
        QVERIFY(id.startsWith(u"750"_s));
        QCOMPARE(job.value(u"state"_s).toString(), u"Open"_s);
        QCOMPARE(job.value(u"contentUrl"_s).toString(),
            u"services/data/v50.0/jobs/ingest/"_s + id + u"/batches"_s);
        const QByteArray csv = "LastName,Company,Email,HasOptedOutOfEmail,Score__c\n"
                               "Alpha,Co,alpha@x.org,true,5\n"
                               "\"Be, \"\"ta\"\"\",Co,beta@x.org,false,#N/A\n"
                               ",Co,nolast@x.org,false,1\n";
        r = m_http.send("PUT", url(u"/services/data/v50.0/jobs/ingest/"_s + id + u"/batches"_s),
            { { "Authorization", "Bearer " + m_token.toLatin1() }, { "Content-Type", "text/csv" } },
            csv);
        QCOMPARE(r.status, 201);
        QVERIFY(r.body.isEmpty());
        expectError(rest("GET", u"/jobs/ingest/"_s + id + u"/successfulResults"_s), 412,
            u"JOB_NOT_COMPLETE"_s);
        r = rest("PATCH", u"/jobs/ingest/"_s + id, "{\"state\":\"UploadComplete\"}");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"state"_s).toString(), u"UploadComplete"_s);
        job = rest("GET", u"/jobs/ingest/"_s + id).json();
        QCOMPARE(job.value(u"state"_s).toString(), u"JobComplete"_s);
        QCOMPARE(job.value(u"numberRecordsProcessed"_s).toInt(), 3);
        QCOMPARE(job.value(u"numberRecordsFailed"_s).toInt(), 1);
        QCOMPARE(job.value(u"jobType"_s).toString(), u"V2Ingest"_s);
        r = rest("GET", u"/jobs/ingest/"_s + id + u"/successfulResults"_s);
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("text/csv"));
        QList<QByteArray> lines = r.body.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0),
            QByteArray("\"sf__Id\",\"sf__Created\",\"LastName\",\"Company\",\"Email\","
                       "\"HasOptedOutOfEmail\",\"Score__c\""));
        QVERIFY(lines.at(1).startsWith("\"00Q"));
        QVERIFY(lines.at(1).contains(",\"true\",\"Alpha\""));
        QVERIFY(lines.at(2).contains("\"Be, \"\"ta\"\"\""));
        r = rest("GET", u"/jobs/ingest/"_s + id + u"/failedResults"_s);
        lines = r.body.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).startsWith("\"sf__Id\",\"sf__Error\""));
        QVERIFY(lines.at(1).contains(
            "REQUIRED_FIELD_MISSING:Required fields are missing: [LastName]:LastName --"));
        r = rest("GET", u"/jobs/ingest/"_s + id + u"/unprocessedrecords"_s);
        QCOMPARE(r.status, 200);
        const QJsonObject beta = query(
            u"SELECT LastName, HasOptedOutOfEmail, Score__c FROM Lead WHERE Email = 'beta@x.org'"_s)
                                     .json()
                                     .value(u"records"_s)
                                     .toArray()
                                     .at(0)
                                     .toObject();
        QCOMPARE(beta.value(u"LastName"_s).toString(), u"Be, \"ta\""_s);
        QVERIFY(beta.value(u"Score__c"_s).isNull());
        QCOMPARE(
            query(
                u"SELECT Id FROM Lead WHERE Email = 'alpha@x.org' AND HasOptedOutOfEmail = true"_s)
                .json()
                .value(u"totalSize"_s)
                .toInt(),
            1);

        // Upsert and delete jobs.
        r = rest("POST", u"/jobs/ingest"_s,
            "{\"object\":\"Lead\",\"operation\":\"upsert\",\"externalIdFieldName\":\"Email__c\"}");
        const QString up = r.json().value(u"id"_s).toString();
        QCOMPARE(r.json().value(u"externalIdFieldName"_s).toString(), u"Email__c"_s);
        QCOMPARE(m_http
                     .send("PUT", url(u"/services/data/v50.0/jobs/ingest/"_s + up + u"/batches"_s),
                         { { "Authorization", "Bearer " + m_token.toLatin1() },
                             { "Content-Type", "text/csv" } },
                         "Email__c,Title,LastName,Company\r\nada@example.com,Queen,,\r\nnew@x.org,"
                         "Dev,New,Co\r\n")
                     .status,
            201);
        QCOMPARE(
            rest("PATCH", u"/jobs/ingest/"_s + up, "{\"state\":\"UploadComplete\"}").status, 200);
        lines = rest("GET", u"/jobs/ingest/"_s + up + u"/successfulResults"_s)
                    .body.trimmed()
                    .split('\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(1).contains(",\"false\","));
        QVERIFY(lines.at(2).contains(",\"true\","));
        QCOMPARE(query(u"SELECT Title FROM Lead WHERE FirstName = 'Ada'"_s)
                     .json()
                     .value(u"records"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"Title"_s)
                     .toString(),
            u"Queen"_s);

        const QString ada = firstId(u"SELECT Id FROM Lead WHERE FirstName = 'Ada'"_s);
        const QString del
            = rest("POST", u"/jobs/ingest"_s, "{\"object\":\"Lead\",\"operation\":\"delete\"}")
                  .json()
                  .value(u"id"_s)
                  .toString();
        m_http.send("PUT", url(u"/services/data/v50.0/jobs/ingest/"_s + del + u"/batches"_s),
            { { "Authorization", "Bearer " + m_token.toLatin1() }, { "Content-Type", "text/csv" } },
            "Id\n" + ada.toLatin1() + "\n00Q000000000000AAA\n");
        rest("PATCH", u"/jobs/ingest/"_s + del, "{\"state\":\"UploadComplete\"}");
        job = rest("GET", u"/jobs/ingest/"_s + del).json();
        QCOMPARE(job.value(u"numberRecordsFailed"_s).toInt(), 1);
        expectError(rest("GET", u"/sobjects/Lead/"_s + ada), 404, u"ENTITY_IS_DELETED"_s);
        QCOMPARE(rest("DELETE", u"/jobs/ingest/"_s + del).status, 204);
        expectError(rest("GET", u"/jobs/ingest/"_s + del), 404, u"NOT_FOUND"_s);
        QVERIFY(rest("GET", u"/jobs/ingest"_s).json().value(u"records"_s).toArray().size() >= 2);
    }

    void bulkIngestErrors()
    {
        expectError(
            rest("POST", u"/jobs/ingest"_s, "{\"object\":\"Nope\",\"operation\":\"insert\"}"), 400,
            u"INVALIDJOB"_s);
        expectError(
            rest("POST", u"/jobs/ingest"_s, "{\"object\":\"Lead\",\"operation\":\"merge\"}"), 400,
            u"INVALIDJOB"_s);
        expectError(
            rest("POST", u"/jobs/ingest"_s, "{\"object\":\"Lead\",\"operation\":\"upsert\"}"), 400,
            u"INVALIDJOB"_s);
        expectError(rest("POST", u"/jobs/ingest"_s,
                        "{\"object\":\"Lead\",\"operation\":\"upsert\",\"externalIdFieldName\":"
                        "\"LastName\"}"),
            400, u"INVALIDJOB"_s);
        const QString id
            = rest("POST", u"/jobs/ingest"_s, "{\"object\":\"Lead\",\"operation\":\"insert\"}")
                  .json()
                  .value(u"id"_s)
                  .toString();
        const RawHttp::Headers h { { "Authorization", "Bearer " + m_token.toLatin1() },
            { "Content-Type", "text/csv" } };
        QCOMPARE(m_http
                     .send("PUT", url(u"/services/data/v50.0/jobs/ingest/"_s + id + u"/batches"_s),
                         h, "LastName,Company\nA,B\n")
                     .status,
            201);
        expectError(
            m_http.send("PUT", url(u"/services/data/v50.0/jobs/ingest/"_s + id + u"/batches"_s), h,
                "LastName,Company\nA,B\n"),
            409, u"INVALIDJOBSTATE"_s);
        QCOMPARE(rest("PATCH", u"/jobs/ingest/"_s + id, "{\"state\":\"Aborted\"}")
                     .json()
                     .value(u"state"_s)
                     .toString(),
            u"Aborted"_s);
        expectError(rest("PATCH", u"/jobs/ingest/"_s + id, "{\"state\":\"UploadComplete\"}"), 409,
            u"INVALIDJOBSTATE"_s);
        QCOMPARE(rest("GET", u"/jobs/ingest/"_s + id + u"/unprocessedrecords"_s).body,
            QByteArray("LastName,Company\nA,B\n"));
        QCOMPARE(query(u"SELECT COUNT() FROM Lead"_s).json().value(u"totalSize"_s).toInt(), 3);
        // Unknown column fails the job.
        const QString bad
            = rest("POST", u"/jobs/ingest"_s, "{\"object\":\"Lead\",\"operation\":\"insert\"}")
                  .json()
                  .value(u"id"_s)
                  .toString();
        m_http.send("PUT", url(u"/services/data/v50.0/jobs/ingest/"_s + bad + u"/batches"_s), h,
            "Bogus\nx\n");
        rest("PATCH", u"/jobs/ingest/"_s + bad, "{\"state\":\"UploadComplete\"}");
        const QJsonObject job = rest("GET", u"/jobs/ingest/"_s + bad).json();
        QCOMPARE(job.value(u"state"_s).toString(), u"Failed"_s);
        QVERIFY(job.value(u"errorMessage"_s).toString().contains(u"Bogus"_s));
        expectError(rest("GET", u"/jobs/ingest/750000000000000AAA"_s), 404, u"NOT_FOUND"_s);
    }

    void bulkQuery()
    {
        m_emu->seedSynthetic(2500, 3);
        RawReply r = rest("POST", u"/jobs/query"_s,
            "{\"operation\":\"query\",\"query\":\"SELECT Id, Email, Owner.Name FROM Lead ORDER BY "
            "Email\"}");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"state"_s).toString(), u"UploadComplete"_s);
        QCOMPARE(r.json().value(u"jobType"_s).toString(), u"V2Query"_s);
        const QString id = r.json().value(u"id"_s).toString();
        QCOMPARE(rest("GET", u"/jobs/query/"_s + id).json().value(u"state"_s).toString(),
            u"JobComplete"_s);
        QCOMPARE(
            rest("GET", u"/jobs/query/"_s + id).json().value(u"numberRecordsProcessed"_s).toInt(),
            2500);
        QString locator;
        int rows = 0;
        int calls = 0;
        QByteArray prevEmail;
        do {
            QString path = u"/jobs/query/"_s + id + u"/results?maxRecords=1000"_s;
            if (!locator.isEmpty())
                path += u"&locator="_s + locator;
            r = rest("GET", path);
            QCOMPARE(r.status, 200);
            QVERIFY(r.header("Content-Type").startsWith("text/csv"));
            const QList<QByteArray> lines = r.body.trimmed().split('\n');
            QCOMPARE(lines.at(0), QByteArray("\"Id\",\"Email\",\"Owner.Name\""));
            QCOMPARE(r.header("Sforce-NumberOfRecords").toInt(), lines.size() - 1);
            QVERIFY(lines.at(1).endsWith(",\"Demo Admin\""));
            rows += int(lines.size()) - 1;
            locator = QString::fromLatin1(r.header("Sforce-Locator"));
            QVERIFY(!locator.isEmpty());
            ++calls;
        } while (locator != u"null");
        QCOMPARE(rows, 2500);
        QCOMPARE(calls, 3);
        expectError(rest("GET", u"/jobs/query/"_s + id + u"/results?locator=@@@"_s), 400,
            u"INVALIDLOCATOR"_s);
        expectError(m_http.get(url(u"/services/data/v51.0/jobs/query/"_s + id + u"/results"_s),
                        { { "Authorization", "Bearer " + m_token.toLatin1() } }),
            409, u"API_VERSION_MISMATCH"_s);
        expectError(rest("POST", u"/jobs/query"_s,
                        "{\"operation\":\"query\",\"query\":\"SELECT Bogus FROM Lead\"}"),
            400, u"INVALIDJOB"_s);
        expectError(rest("POST", u"/jobs/query"_s,
                        "{\"operation\":\"nope\",\"query\":\"SELECT Id FROM Lead\"}"),
            400, u"INVALIDJOB"_s);
        // Empty result: header only, locator null.
        const QString e = rest(
            "POST", u"/jobs/query"_s, "{\"query\":\"SELECT Id FROM Lead WHERE Email = 'none'\"}")
                              .json()
                              .value(u"id"_s)
                              .toString();
        r = rest("GET", u"/jobs/query/"_s + e + u"/results"_s);
        QCOMPARE(r.body, QByteArray("\"Id\"\n"));
        QCOMPARE(r.header("Sforce-Locator"), QByteArray("null"));
        QCOMPARE(r.header("Sforce-NumberOfRecords"), QByteArray("0"));
        QCOMPARE(rest("GET", u"/jobs/query"_s).json().value(u"records"_s).toArray().size(), 2);
        expectError(rest("PATCH", u"/jobs/query/"_s + e, "{\"state\":\"Aborted\"}"), 409,
            u"INVALIDJOBSTATE"_s);
        QCOMPARE(rest("DELETE", u"/jobs/query/"_s + e).status, 204);
        expectError(rest("GET", u"/jobs/query/"_s + e), 404, u"NOT_FOUND"_s);
    }

    // ------------------------------------------------------------ limits and faults
    void limitsAndDailyCap()
    {
        RawReply r = rest("GET", u"/limits"_s);
        QCOMPARE(r.status, 200);
        const QJsonObject daily = r.json().value(u"DailyApiRequests"_s).toObject();
        QCOMPARE(daily.value(u"Max"_s).toInt(), 100000);
        QCOMPARE(daily.value(u"Remaining"_s).toInt(), 100000 - m_emu->apiUsed());
        QCOMPARE(r.header("Sforce-Limit-Info"),
            QByteArray("api-usage=") + QByteArray::number(m_emu->apiUsed()) + "/100000");
        m_emu->setDailyApiLimit(m_emu->apiUsed() + 2);
        QCOMPARE(rest("GET", u"/limits"_s).status, 200);
        QCOMPARE(rest("GET", u"/limits"_s).status, 200);
        r = rest("GET", u"/limits"_s);
        expectError(r, 403, u"REQUEST_LIMIT_EXCEEDED"_s);
        QCOMPARE(r.jsonArray().at(0).toObject().value(u"message"_s).toString(),
            u"TotalRequests Limit exceeded."_s);
        QVERIFY(!r.header("Sforce-Limit-Info").isEmpty());
        // The login host is not counted; the rolling window resets after 24 h.
        QVERIFY(!passwordLogin().isEmpty());
        m_emu->advanceClock(24 * 3600 + 1);
        m_token = passwordLogin();
        QCOMPARE(rest("GET", u"/limits"_s).status, 200);
        const QJsonObject counters = m_http.get(url(u"/_sandbox/counters"_s)).json();
        QCOMPARE(counters.value(u"limits"_s).toObject().value(u"dailyUsed"_s).toInt(), 1);
    }

    void faults()
    {
        m_http.send("PATCH", url(u"/_sandbox/faults"_s), { { "Content-Type", "application/json" } },
            "{\"rateLimitNext\":1,\"failNext\":1}");
        RawReply r = rest("GET", u"/limits"_s);
        expectError(r, 403, u"REQUEST_LIMIT_EXCEEDED"_s);
        QVERIFY(r.header("Sforce-Limit-Info").startsWith("api-usage="));
        r = rest("GET", u"/limits"_s);
        expectError(r, 500, u"UNKNOWN_EXCEPTION"_s);
        QCOMPARE(rest("GET", u"/limits"_s).status, 200);
        m_http.send("PATCH", url(u"/_sandbox/faults"_s), { { "Content-Type", "application/json" } },
            "{\"failNext\":1}");
        r = m_http.send(
            "POST", url(u"/services/Soap/u/50.0"_s), { { "Content-Type", "text/xml" } }, "<x/>");
        QCOMPARE(r.status, 500);
        QVERIFY(r.body.contains("<faultcode>sf:UNKNOWN_EXCEPTION</faultcode>"));
        m_http.send("PATCH", url(u"/_sandbox/faults"_s), { { "Content-Type", "application/json" } },
            "{\"truncateNext\":1}");
        r = query(u"SELECT Id FROM Lead"_s);
        QCOMPARE(r.status, 200);
        QVERIFY(QJsonDocument::fromJson(r.body).isNull());
        const QJsonObject c = m_http.get(url(u"/_sandbox/counters"_s)).json();
        QVERIFY(c.value(u"calls"_s).toObject().value(u"rest.limits"_s).toInt() >= 3);
        QVERIFY(c.value(u"calls"_s).toObject().value(u"oauth.token"_s).toInt() >= 1);
    }

    // ------------------------------------------------------------ reports, campaigns, seed,
    // control
    void reportsAndCampaigns()
    {
        RawReply r = rest("GET", u"/analytics/reports"_s);
        QCOMPARE(r.status, 200);
        const QJsonObject rep = r.jsonArray().at(0).toObject();
        QCOMPARE(rep.value(u"name"_s).toString(), u"Webinar leads"_s);
        const QString id = rep.value(u"id"_s).toString();
        QVERIFY(id.startsWith(u"00O"_s));
        r = rest("GET", u"/analytics/reports/"_s + id);
        QCOMPARE(r.status, 200);
        const QJsonObject run = r.json();
        QCOMPARE(run.value(u"reportMetadata"_s).toObject().value(u"reportFormat"_s).toString(),
            u"TABULAR"_s);
        QCOMPARE(run.value(u"allData"_s).toBool(), true);
        const QJsonArray rows = run.value(u"factMap"_s)
                                    .toObject()
                                    .value(u"T!T"_s)
                                    .toObject()
                                    .value(u"rows"_s)
                                    .toArray();
        // Ada and Bob are campaign members; Bob is also Webinar sourced: 2 distinct leads.
        QCOMPARE(rows.size(), 2);
        const QJsonArray cells = rows.at(0).toObject().value(u"dataCells"_s).toArray();
        QCOMPARE(cells.size(),
            run.value(u"reportMetadata"_s).toObject().value(u"detailColumns"_s).toArray().size());
        QVERIFY(cells.at(0).toObject().value(u"value"_s).toString().startsWith(u"00Q"_s));
        QCOMPARE(run.value(u"factMap"_s)
                     .toObject()
                     .value(u"T!T"_s)
                     .toObject()
                     .value(u"aggregates"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"value"_s)
                     .toInt(),
            2);
        QCOMPARE(rest("GET", u"/analytics/reports/"_s + id + u"/describe"_s).status, 200);
        expectError(rest("GET", u"/analytics/reports/00O000000000000AAA"_s), 404, u"NOT_FOUND"_s);

        const QJsonObject camp = query(
            u"SELECT Id, Name, NumberOfLeads, NumberOfContacts, NumberOfResponses FROM Campaign"_s)
                                     .json()
                                     .value(u"records"_s)
                                     .toArray()
                                     .at(0)
                                     .toObject();
        QCOMPARE(camp.value(u"Name"_s).toString(), u"Spring webinar"_s);
        QCOMPARE(camp.value(u"NumberOfLeads"_s).toInt(), 2);
        QCOMPARE(camp.value(u"NumberOfContacts"_s).toInt(), 1);
        const QJsonArray members = query(
            u"SELECT LeadId, ContactId, Email, FirstName, Status, HasResponded, CompanyOrAccount FROM CampaignMember WHERE CampaignId = '"_s
            + camp.value(u"Id"_s).toString() + u"'"_s)
                                       .json()
                                       .value(u"records"_s)
                                       .toArray();
        QCOMPARE(members.size(), 3);
        QCOMPARE(members.at(0).toObject().value(u"Email"_s).toString(), u"ada@example.com"_s);
        QCOMPARE(members.at(0).toObject().value(u"HasResponded"_s).toBool(), true);
        QCOMPARE(members.at(2).toObject().value(u"CompanyOrAccount"_s).toString(), u"Acme 0"_s);
        // Adding a member: duplicates are refused.
        const QString cleo = firstId(u"SELECT Id FROM Lead WHERE FirstName = 'Cleo'"_s);
        QJsonObject m { { u"CampaignId"_s, camp.value(u"Id"_s) }, { u"LeadId"_s, cleo } };
        QCOMPARE(restJson("POST", u"/sobjects/CampaignMember"_s, m).status, 201);
        expectError(restJson("POST", u"/sobjects/CampaignMember"_s, m), 400, u"DUPLICATE_VALUE"_s);
        expectError(restJson("POST", u"/sobjects/CampaignMember"_s,
                        QJsonObject { { u"CampaignId"_s, camp.value(u"Id"_s) } }),
            400, u"REQUIRED_FIELD_MISSING"_s);
        // Users seeded (demo admin + Sam) and own the records.
        QCOMPARE(query(u"SELECT Id FROM User"_s).json().value(u"totalSize"_s).toInt(), 2);
        QCOMPARE(query(u"SELECT Id FROM Lead WHERE Owner.Name = 'x'"_s).status, 400);
        QCOMPARE(query(u"SELECT Owner.Name FROM Lead"_s)
                     .json()
                     .value(u"records"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"Owner"_s)
                     .toObject()
                     .value(u"Name"_s)
                     .toString(),
            u"Sam Seller"_s);
    }

    // CampaignMemberStatus and CampaignMember.Status, written from the Object Reference
    // (CampaignMemberStatus: CampaignId, Label, HasResponded, IsDefault, SortOrder; every
    // campaign has a default and a responded status; CampaignMember.Status takes the
    // campaign's labels and drives HasResponded) and the restricted-picklist error shape
    // (errorCode INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST, "Status: bad value for restricted
    // picklist field: <value>", fields ["Status"]).
    void campaignMemberStatus()
    {
        // A campaign created through the API gets "Sent" (default) and "Responded".
        RawReply r = restJson(
            "POST", u"/sobjects/Campaign"_s, QJsonObject { { u"Name"_s, u"Autumn fair"_s } });
        QCOMPARE(r.status, 201);
        const QString fair = r.json().value(u"id"_s).toString();
        QJsonArray statuses = query(u"SELECT Label, IsDefault, HasResponded, SortOrder FROM "
                                    u"CampaignMemberStatus WHERE CampaignId = '"_s
            + fair + u"' ORDER BY SortOrder"_s)
                                  .json()
                                  .value(u"records"_s)
                                  .toArray();
        QCOMPARE(statuses.size(), 2);
        QCOMPARE(statuses.at(0).toObject().value(u"Label"_s).toString(), u"Sent"_s);
        QCOMPARE(statuses.at(0).toObject().value(u"IsDefault"_s).toBool(), true);
        QCOMPARE(statuses.at(0).toObject().value(u"HasResponded"_s).toBool(), false);
        QCOMPARE(statuses.at(1).toObject().value(u"Label"_s).toString(), u"Responded"_s);
        QCOMPARE(statuses.at(1).toObject().value(u"HasResponded"_s).toBool(), true);
        QCOMPARE(statuses.at(1).toObject().value(u"SortOrder"_s).toInt(), 2);

        // The seeded demo webinar has its own statuses besides Salesforce's two.
        const QString spring = firstId(u"SELECT Id FROM Campaign WHERE Name = 'Spring webinar'"_s);
        statuses = query(u"SELECT Label, HasResponded FROM CampaignMemberStatus WHERE "
                         u"CampaignId = '"_s
            + spring + u"' ORDER BY SortOrder"_s)
                       .json()
                       .value(u"records"_s)
                       .toArray();
        QStringList labels;
        for (const QJsonValue &v : statuses)
            labels.append(v.toObject().value(u"Label"_s).toString());
        QCOMPARE(
            labels, (QStringList { u"Sent"_s, u"Responded"_s, u"Registered"_s, u"Attended"_s }));

        // A new member without Status gets the default; the fair does not know "Attended".
        const QString cleo = firstId(u"SELECT Id FROM Lead WHERE FirstName = 'Cleo'"_s);
        r = restJson("POST", u"/sobjects/CampaignMember"_s,
            QJsonObject { { u"CampaignId"_s, fair }, { u"LeadId"_s, cleo } });
        QCOMPARE(r.status, 201);
        const QString member = r.json().value(u"id"_s).toString();
        QVERIFY(member.startsWith(u"00v"_s));
        QJsonObject m = rest("GET", u"/sobjects/CampaignMember/"_s + member).json();
        QCOMPARE(m.value(u"Status"_s).toString(), u"Sent"_s);
        QCOMPARE(m.value(u"HasResponded"_s).toBool(), false);
        r = restJson("PATCH", u"/sobjects/CampaignMember/"_s + member,
            QJsonObject { { u"Status"_s, u"Attended"_s } });
        expectError(r, 400, u"INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST"_s);
        QCOMPARE(r.jsonArray().at(0).toObject().value(u"message"_s).toString(),
            u"Status: bad value for restricted picklist field: Attended"_s);
        QCOMPARE(r.jsonArray().at(0).toObject().value(u"fields"_s).toArray().at(0).toString(),
            u"Status"_s);
        expectError(
            restJson("POST", u"/sobjects/CampaignMember"_s,
                QJsonObject { { u"CampaignId"_s, fair },
                    { u"LeadId"_s, firstId(u"SELECT Id FROM Lead WHERE FirstName = 'Ada'"_s) },
                    { u"Status"_s, u"Maybe"_s } }),
            400, u"INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST"_s);

        // sObject Collections PATCH: one defined status, one not (allOrNone false).
        const QJsonArray springMembers = query(
            u"SELECT Id, Status FROM CampaignMember WHERE CampaignId = '"_s + spring + u"'"_s)
                                             .json()
                                             .value(u"records"_s)
                                             .toArray();
        const QString first = springMembers.at(0).toObject().value(u"Id"_s).toString();
        const QString second = springMembers.at(1).toObject().value(u"Id"_s).toString();
        const QString secondBefore = springMembers.at(1).toObject().value(u"Status"_s).toString();
        const QJsonObject type { { u"type"_s, u"CampaignMember"_s } };
        const QJsonArray res = restJson("PATCH", u"/composite/sobjects"_s,
            QJsonObject { { u"allOrNone"_s, false },
                { u"records"_s,
                    QJsonArray { QJsonObject { { u"attributes"_s, type }, { u"id"_s, first },
                                     { u"Status"_s, u"Attended"_s } },
                        QJsonObject { { u"attributes"_s, type }, { u"id"_s, second },
                            { u"Status"_s, u"Went home"_s } } } } })
                                   .jsonArray();
        QCOMPARE(res.size(), 2);
        QCOMPARE(res.at(0).toObject().value(u"success"_s).toBool(), true);
        QCOMPARE(res.at(1).toObject().value(u"success"_s).toBool(), false);
        const QJsonObject err = res.at(1).toObject().value(u"errors"_s).toArray().at(0).toObject();
        QCOMPARE(
            err.value(u"statusCode"_s).toString(), u"INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST"_s);
        QCOMPARE(err.value(u"message"_s).toString(),
            u"Status: bad value for restricted picklist field: Went home"_s);
        m = rest("GET", u"/sobjects/CampaignMember/"_s + first).json();
        QCOMPARE(m.value(u"Status"_s).toString(), u"Attended"_s);
        QCOMPARE(m.value(u"HasResponded"_s).toBool(), true); // Attended counts as responded
        QCOMPARE(rest("GET", u"/sobjects/CampaignMember/"_s + second)
                     .json()
                     .value(u"Status"_s)
                     .toString(),
            secondBefore);
    }

    void seedSyntheticAndControl()
    {
        m_emu->seedSynthetic(1000, 11);
        QCOMPARE(m_emu->recordCount(u"Lead"_s), 1000);
        const QJsonObject a = query(u"SELECT Email, LastName, Company FROM Lead LIMIT 1"_s)
                                  .json()
                                  .value(u"records"_s)
                                  .toArray()
                                  .at(0)
                                  .toObject();
        QCOMPARE(a.value(u"Email"_s).toString(), DemoDataset::syntheticPerson(11, 0).email);
        // Control API: list, read, patch (with LastModifiedDate), delete.
        RawReply r = m_http.get(url(u"/_sandbox/records/Lead?limit=5"_s));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"total"_s).toInt(), 1000);
        QCOMPARE(r.json().value(u"records"_s).toArray().size(), 5);
        const QString id
            = r.json().value(u"records"_s).toArray().at(0).toObject().value(u"Id"_s).toString();
        r = m_http.send("PATCH", url(u"/_sandbox/records/Lead/"_s + id),
            { { "Content-Type", "application/json" } },
            "{\"Title\":\"Boss\",\"LastModifiedDate\":\"2020-01-01T00:00:00.000+0000\"}");
        QCOMPARE(r.status, 200);
        QCOMPARE(
            r.json().value(u"LastModifiedDate"_s).toString(), u"2020-01-01T00:00:00.000+0000"_s);
        QCOMPARE(
            m_http.get(url(u"/_sandbox/records/Lead/"_s + id)).json().value(u"Title"_s).toString(),
            u"Boss"_s);
        r = m_http.send("POST", url(u"/_sandbox/records/Contact"_s),
            { { "Content-Type", "application/json" } }, "{\"LastName\":\"Ctl\"}");
        QCOMPARE(r.status, 201);
        QCOMPARE(m_http.send("DELETE", url(u"/_sandbox/records/Lead/"_s + id)).status, 204);
        QCOMPARE(m_emu->recordCount(u"Lead"_s), 999);
        QCOMPARE(m_http.get(url(u"/_sandbox/records/Nope"_s)).status, 404);
        QCOMPARE(m_http.get(url(u"/_sandbox/records/Lead/00Q000000000000AAA"_s)).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestSandboxSalesforce)
#include "tst_sandbox_salesforce.moc"
