#include "tests/support/sandbox/SalesforceSandboxCase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace LeadBridge::Sandbox;
using namespace Qt::Literals::StringLiterals;

namespace LeadBridge::Test {

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

} // namespace

DemoDataset SalesforceSandboxCase::smallWorld()
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

void SalesforceSandboxCase::startEmulator()
{
    m_emu = std::make_unique<SalesforceEmulator>();
    QVERIFY(m_emu->listen(0));
    m_emu->seed(smallWorld());
    m_token = passwordLogin();
    QVERIFY(!m_token.isEmpty());
}

void SalesforceSandboxCase::stopEmulator()
{
    m_emu.reset();
}

QUrl SalesforceSandboxCase::url(const QString &path) const
{
    return QUrl(m_emu->baseUrl().toString() + path);
}

RawReply SalesforceSandboxCase::form(
    const QString &path, const QList<QPair<QString, QString>> &items)
{
    QUrlQuery q;
    for (const auto &i : items)
        q.addQueryItem(i.first, QString::fromLatin1(QUrl::toPercentEncoding(i.second)));
    return m_http.send("POST", url(path),
        { { "Content-Type", "application/x-www-form-urlencoded" } },
        q.toString(QUrl::FullyEncoded).toLatin1());
}

RawReply SalesforceSandboxCase::rest(
    const QByteArray &verb, const QString &path, const QByteArray &body, RawHttp::Headers extra)
{
    RawHttp::Headers h { { "Authorization", "Bearer " + m_token.toLatin1() } };
    if (!body.isEmpty())
        h.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    h.append(extra);
    return m_http.send(verb, url(u"/services/data/v50.0"_s + path), h, body);
}

RawReply SalesforceSandboxCase::restJson(
    const QByteArray &verb, const QString &path, const QJsonObject &o)
{
    return rest(verb, path, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

RawReply SalesforceSandboxCase::query(const QString &soql, RawHttp::Headers extra)
{
    return rest(
        "GET", u"/query?q="_s + QString::fromLatin1(QUrl::toPercentEncoding(soql)), {}, extra);
}

QString SalesforceSandboxCase::passwordLogin()
{
    const RawReply r = form(u"/services/oauth2/token"_s,
        { { u"grant_type"_s, u"password"_s }, { u"username"_s, SalesforceEmulator::demoUsername() },
            { u"password"_s, u"sandboxTOKEN"_s },
            { u"client_id"_s, SalesforceEmulator::demoClientId() },
            { u"client_secret"_s, SalesforceEmulator::demoClientSecret() } });
    return r.json().value(u"access_token"_s).toString();
}

void SalesforceSandboxCase::expectError(const RawReply &r, int status, const QString &code)
{
    QCOMPARE(r.status, status);
    const QJsonArray a = r.jsonArray();
    QVERIFY2(a.size() == 1, r.body.constData());
    QCOMPARE(a.at(0).toObject().value(u"errorCode"_s).toString(), code);
    QVERIFY(!a.at(0).toObject().value(u"message"_s).toString().isEmpty());
}

RawReply SalesforceSandboxCase::noRedirect(const QUrl &u)
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

QString SalesforceSandboxCase::firstErrorCode(const QJsonValue &result)
{
    return result.toObject()
        .value(u"errors"_s)
        .toArray()
        .at(0)
        .toObject()
        .value(u"statusCode"_s)
        .toString();
}

QString SalesforceSandboxCase::firstId(const QString &soql)
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

} // namespace LeadBridge::Test
