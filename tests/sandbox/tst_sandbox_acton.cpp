// The Act-On emulator over raw HTTP, written from the API reference
// (api-on24-acton.md §2): OAuth token grants and their limits, bearer auth,
// call limits, list listing/create/merge/download/job status, record calls,
// suppression lists, demo seeding, control calls and faults.
#include "core/sandbox/acton/ActOnEmulator.h"
#include "tests/support/RawHttp.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

using namespace LeadBridge::Sandbox;
using namespace LeadBridge::Test;
using namespace Qt::Literals::StringLiterals;

namespace {
struct FormPart
{
    QByteArray name;
    QByteArray value;
    QByteArray filename;
};

QByteArray multipartBody(const QList<FormPart> &parts, const QByteArray &boundary)
{
    QByteArray body;
    for (const FormPart &p : parts) {
        body += "--" + boundary + "\r\n";
        body += "Content-Disposition: form-data; name=\"" + p.name + "\"";
        if (!p.filename.isEmpty())
            body += "; filename=\"" + p.filename + "\"\r\nContent-Type: text/csv";
        body += "\r\n\r\n" + p.value + "\r\n";
    }
    body += "--" + boundary + "--\r\n";
    return body;
}

const QByteArray kUploadSpecs
    = R"([{"columnHeading":"E-mail Address","ignoreColumn":"N","columnType":"EMAIL","columnIndex":"0"},)"
      R"({"columnHeading":"First Name","ignoreColumn":"N","columnType":"FIRSTNAME","columnIndex":"1"},)"
      R"({"columnHeading":"Last Name","ignoreColumn":"N","columnType":"LASTNAME","columnIndex":"2"},)"
      R"({"columnHeading":"Company","ignoreColumn":"N","columnType":"COMPANY","columnIndex":"3"}])";

DemoDataset smallWorld()
{
    DemoDataset d;
    const QStringList first = { u"Ada"_s, u"Bob"_s, u"Chloé"_s, u"Dan"_s, u"Eve"_s, u"Finn"_s };
    for (int i = 0; i < first.size(); ++i) {
        DemoPerson p;
        p.index = i;
        p.firstName = first.at(i);
        p.lastName = u"Person%1"_s.arg(i);
        p.email = u"%1@example.com"_s.arg(first.at(i).toLower());
        p.company = u"Acme %1"_s.arg(i);
        p.title = u"Manager"_s;
        p.city = u"Portland"_s;
        p.country = u"US"_s;
        p.leadSource = u"Webinar"_s;
        p.score = 10 * i;
        p.createdAt = QDateTime(QDate(2025, 1, 1 + i), QTime(9, 0), Qt::UTC);
        p.modifiedAt = p.createdAt.addDays(1);
        d.people.append(p);
    }
    d.people[3].email.clear(); // dirty row: blank email
    d.people[4].optedOut = true;
    d.people[5].hardBounced = true;
    d.actOnLists = { DemoList { u"Webinar Leads"_s, u"Events"_s, { 0, 1, 2, 3 } },
        DemoList { u"Newsletter"_s, u"Marketing"_s, { 1, 4, 5 } },
        DemoList { u"Partners"_s, u"Marketing"_s, { 2 } } };
    return d;
}
} // namespace

class TestSandboxActOn : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ActOnEmulator> m_emu;
    RawHttp m_http;
    QByteArray m_token;

    QUrl url(const QString &path, const QString &query = {}) const
    {
        QUrl u = m_emu->baseUrl();
        u.setPath(path);
        if (!query.isEmpty())
            u.setQuery(query);
        return u;
    }

    RawReply tokenCall(const QByteArray &form)
    {
        return m_http.send("POST", url(u"/token"_s),
            { { "Content-Type", "application/x-www-form-urlencoded" } }, form);
    }

    QByteArray passwordForm(const QByteArray &password = "sandbox") const
    {
        return "grant_type=password&username=demo%40leadbridge.sandbox&password=" + password
            + "&client_id=leadbridge-sandbox-client&client_secret=leadbridge-sandbox-secret";
    }

    QByteArray login()
    {
        const RawReply r = tokenCall(passwordForm());
        return r.json().value(u"access_token").toString().toUtf8();
    }

    RawHttp::Headers auth(const QByteArray &contentType = {}) const
    {
        RawHttp::Headers h { { "Authorization", "Bearer " + m_token } };
        if (!contentType.isEmpty())
            h.append({ "Content-Type", contentType });
        return h;
    }

    RawReply api(const QByteArray &verb, const QString &path, const QString &query = {},
        const QByteArray &body = {}, const QByteArray &contentType = {})
    {
        return m_http.send(verb, url(path, query), auth(contentType), body);
    }

    RawReply apiJson(const QByteArray &verb, const QString &path, const QJsonObject &obj,
        const QString &query = {})
    {
        return api(verb, path, query, QJsonDocument(obj).toJson(QJsonDocument::Compact),
            "application/json");
    }

    RawReply multipart(const QByteArray &verb, const QString &path, const QList<FormPart> &parts)
    {
        const QByteArray boundary = "----LeadBridgeTestBoundary7MA4YWxk";
        return api(verb, path, {}, multipartBody(parts, boundary),
            "multipart/form-data; boundary=" + boundary);
    }

    RawReply control(const QByteArray &verb, const QString &path, const QByteArray &body = {})
    {
        return m_http.send(verb, url(path), { { "Content-Type", "application/json" } }, body);
    }

    static void verifyApiError(const RawReply &r, int status, int code)
    {
        QCOMPARE(r.status, status);
        QVERIFY2(r.header("content-type").startsWith("application/json"),
            r.header("content-type").constData());
        const QJsonObject o = r.json();
        QCOMPARE(o.size(), 2);
        QVERIFY(o.value(u"message").isString());
        QCOMPARE(o.value(u"errorCode").toVariant().toInt(), code);
    }

    static void verifyGateway401(const RawReply &r)
    {
        QCOMPARE(r.status, 401);
        QCOMPARE(r.body,
            QByteArray(R"({"httpCode":"401","httpMessage":"Unauthorized","moreInformation":""})"));
    }

    // Creates a list from CSV text through the real endpoint; returns the job id.
    QString createWithCsv(
        const QByteArray &name, const QByteArray &csv, const QByteArray &specs = kUploadSpecs)
    {
        const RawReply r = multipart("POST", u"/api/1/list"_s,
            { { "listname", name, {} }, { "foldername", "Imports", {} }, { "headings", "Y", {} },
                { "fieldseparator", "COMMA", {} }, { "quotecharacter", "DOUBLE_QUOTE", {} },
                { "uploadspecs", specs, {} }, { "file", csv, "contacts.csv" } });
        if (r.status != 200)
            qWarning() << r.status << r.body;
        return r.json().value(u"jobId").toString();
    }

    QJsonObject jobDetails(const QString &jobId)
    {
        return api("GET", u"/api/1/list/%1/status"_s.arg(jobId))
            .json()
            .value(u"details")
            .toObject();
    }

private slots:
    void init()
    {
        m_emu = std::make_unique<ActOnEmulator>();
        QVERIFY(m_emu->listen());
        // Most cases make more than 5 calls a second; the limit cases switch it back on.
        m_emu->setLimits(0, 30000, 5);
        m_token = login();
        QVERIFY(!m_token.isEmpty());
    }

    // ------------------------------------------------------------ /token

    void passwordGrantAnswersTokens()
    {
        const RawReply r = tokenCall(passwordForm());
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("content-type").startsWith("application/json"));
        QCOMPARE(r.header("cache-control"), QByteArray("no-store"));
        const QJsonObject o = r.json();
        const QRegularExpression uuid(
            u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
        QVERIFY(uuid.match(o.value(u"access_token").toString()).hasMatch());
        QVERIFY(uuid.match(o.value(u"refresh_token").toString()).hasMatch());
        QVERIFY(o.value(u"access_token") != o.value(u"refresh_token"));
        QCOMPARE(o.value(u"token_type").toString(), u"Bearer"_s);
        QCOMPARE(o.value(u"scope").toString(), u"offline-access"_s);
        QCOMPARE(o.value(u"expires_in").toInt(), 3600);
        QVERIFY(o.value(u"expires_in").isDouble());
    }

    void passwordGrantInQueryIsAccepted()
    {
        // ACT-OAS puts grant_type in the query, ACT-PY everything.
        QUrl u = url(u"/token"_s);
        u.setQuery(QString::fromLatin1(passwordForm()));
        const RawReply r
            = m_http.send("POST", u, { { "Content-Type", "application/x-www-form-urlencoded" } });
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json().value(u"access_token").toString().isEmpty());
    }

    void tokenErrors()
    {
        RawReply r
            = tokenCall("grant_type=password&username=demo%40leadbridge.sandbox&password=sandbox"
                        "&client_id=leadbridge-sandbox-client&client_secret=wrong");
        QCOMPARE(r.status, 401);
        QCOMPARE(
            r.body, QByteArray(R"({"error":"access_denied","error_description":"Unauthorized"})"));
        r = tokenCall(
            "client_id=leadbridge-sandbox-client&client_secret=leadbridge-sandbox-secret");
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json().value(u"error").toString(), u"access_denied"_s);
        r = tokenCall(passwordForm("nope"));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.body,
            QByteArray(
                R"({"error":"invalid_grant","error_description":"Wrong email or password."})"));
        r = tokenCall("grant_type=client_credentials&client_id=leadbridge-sandbox-client"
                      "&client_secret=leadbridge-sandbox-secret");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(u"error").toString(), u"unsupported_grant_type"_s);
    }

    void refreshTokensRotate()
    {
        m_emu->setLimits(0, 30000, 10); // this case makes six auth calls
        const QString r1 = tokenCall(passwordForm()).json().value(u"refresh_token").toString();
        const QByteArray refreshForm
            = "grant_type=refresh_token&client_id=leadbridge-sandbox-client"
              "&client_secret=leadbridge-sandbox-secret&refresh_token=";
        const RawReply second = tokenCall(refreshForm + r1.toUtf8());
        QCOMPARE(second.status, 200);
        const QString r2 = second.json().value(u"refresh_token").toString();
        QVERIFY(r2 != r1);
        QCOMPARE(second.json().value(u"expires_in").toInt(), 3600);
        // the new access token works
        m_token = second.json().value(u"access_token").toString().toUtf8();
        QCOMPARE(api("GET", u"/api/1/list"_s, u"listingtype=CONTACT_LIST"_s).status, 200);
        // the rotated-out refresh token does not
        const RawReply reused = tokenCall(refreshForm + r1.toUtf8());
        QCOMPARE(reused.status, 403);
        QCOMPARE(reused.body,
            QByteArray(
                R"({"error":"invalid_grant","error_description":"Unknown or invalid refresh token."})"));
        // a new password grant invalidates r2 too
        QCOMPARE(tokenCall(passwordForm()).status, 200);
        QCOMPARE(tokenCall(refreshForm + r2.toUtf8()).status, 403);
    }

    void refreshTokenExpiresAfter30Days()
    {
        const QString r1 = tokenCall(passwordForm()).json().value(u"refresh_token").toString();
        m_emu->advanceClock(31LL * 24 * 3600);
        const RawReply r = tokenCall("grant_type=refresh_token&client_id=leadbridge-sandbox-client"
                                     "&client_secret=leadbridge-sandbox-secret&refresh_token="
            + r1.toUtf8());
        QCOMPARE(r.status, 403);
        QCOMPARE(r.json().value(u"error").toString(), u"invalid_grant"_s);
    }

    void sixthAuthCallInAnHourIsRefused()
    {
        for (int i = 2; i <= 5; ++i)
            QCOMPARE(tokenCall(passwordForm()).status, 200);
        const RawReply sixth = tokenCall(passwordForm());
        QCOMPARE(sixth.status, 429);
        QCOMPARE(sixth.json().value(u"error").toString(), u"rate_limit_exceeded"_s);
        QVERIFY(sixth.json().value(u"error_description").toString().contains(u"5 per hour"_s));
        const QJsonObject limits
            = control("GET", u"/_sandbox/counters"_s).json().value(u"limits").toObject();
        QCOMPARE(limits.value(u"authCallsLastHour").toInt(), 5);
        QCOMPARE(limits.value(u"authCallsPerHourMax").toInt(), 5);
        m_emu->advanceClock(3601);
        QCOMPARE(tokenCall(passwordForm()).status, 200);
    }

    // ------------------------------------------------------------ bearer auth

    void bearerIsRequired()
    {
        verifyGateway401(m_http.get(url(u"/api/1/list"_s, u"listingtype=CONTACT_LIST"_s)));
        verifyGateway401(m_http.get(url(u"/api/1/list"_s, u"listingtype=CONTACT_LIST"_s),
            { { "Authorization", "Bearer 00000000-0000-0000-0000-000000000000" } }));
        verifyGateway401(m_http.get(url(u"/api/1/list"_s, u"listingtype=CONTACT_LIST"_s),
            { { "Authorization", "Basic " + m_token } }));
        // lower-case scheme is fine
        QCOMPARE(m_http
                     .get(url(u"/api/1/list"_s, u"listingtype=CONTACT_LIST"_s),
                         { { "Authorization", "bearer " + m_token } })
                     .status,
            200);
    }

    void accessTokenExpires()
    {
        QCOMPARE(api("GET", u"/api/1/list"_s, u"listingtype=CONTACT_LIST"_s).status, 200);
        m_emu->advanceClock(3601);
        verifyGateway401(api("GET", u"/api/1/list"_s, u"listingtype=CONTACT_LIST"_s));
    }

    void expireAllTokensFaultAndRefreshRecovers()
    {
        const QJsonObject grant = tokenCall(passwordForm()).json();
        m_token = grant.value(u"access_token").toString().toUtf8();
        QCOMPARE(control("POST", u"/_sandbox/tokens/expire"_s).status, 200);
        verifyGateway401(api("GET", u"/api/1/list"_s, u"listingtype=CONTACT_LIST"_s));
        const RawReply refreshed
            = tokenCall("grant_type=refresh_token&client_id=leadbridge-sandbox-client"
                        "&client_secret=leadbridge-sandbox-secret&refresh_token="
                + grant.value(u"refresh_token").toString().toUtf8());
        QCOMPARE(refreshed.status, 200);
        m_token = refreshed.json().value(u"access_token").toString().toUtf8();
        QCOMPARE(api("GET", u"/api/1/list"_s, u"listingtype=CONTACT_LIST"_s).status, 200);
    }

    void tokenLifetimeFaultIsHonoured()
    {
        QCOMPARE(
            control("PATCH", u"/_sandbox/faults"_s, R"({"tokenLifetimeSeconds":60})").status, 200);
        const QJsonObject grant = tokenCall(passwordForm()).json();
        QCOMPARE(grant.value(u"expires_in").toInt(), 60);
        m_token = grant.value(u"access_token").toString().toUtf8();
        QCOMPARE(api("GET", u"/api/1/list"_s, u"listingtype=CONTACT_LIST"_s).status, 200);
        m_emu->advanceClock(61);
        verifyGateway401(api("GET", u"/api/1/list"_s, u"listingtype=CONTACT_LIST"_s));
    }

    // ------------------------------------------------------------ limits and faults

    void sixthCallInASecondIsRefused()
    {
        m_emu->setLimits(5, 30000, 5);
        m_emu->advanceClock(5); // a fresh window, whatever happened in init()
        for (int i = 0; i < 5; ++i)
            QCOMPARE(api("GET", u"/api/1/list"_s, u"listingtype=CONTACT_LIST"_s).status, 200);
        const RawReply r = api("GET", u"/api/1/list"_s, u"listingtype=CONTACT_LIST"_s);
        verifyApiError(r, 429, 429);
        QVERIFY(r.json().value(u"message").toString().contains(u"5 calls per second"_s));
        QCOMPARE(control("GET", u"/_sandbox/counters"_s)
                     .json()
                     .value(u"limits")
                     .toObject()
                     .value(u"callsInLastSecond")
                     .toInt(),
            5);
        m_emu->advanceClock(2);
        QCOMPARE(api("GET", u"/api/1/list"_s, u"listingtype=CONTACT_LIST"_s).status, 200);
    }

    void dailyCapIsEnforced()
    {
        const RawReply set = control(
            "PATCH", u"/_sandbox/records/limits"_s, R"({"callsPerDay":30000,"dailyUsed":29998})");
        QCOMPARE(set.status, 200);
        QCOMPARE(set.json().value(u"dailyMax").toInt(), 30000);
        QCOMPARE(api("GET", u"/api/1/list"_s, u"listingtype=CONTACT_LIST"_s).status, 200);
        QCOMPARE(api("GET", u"/api/1/list"_s, u"listingtype=CONTACT_LIST"_s).status, 200);
        const RawReply r = api("GET", u"/api/1/list"_s, u"listingtype=CONTACT_LIST"_s);
        verifyApiError(r, 429, 429);
        QVERIFY(r.json().value(u"message").toString().contains(u"30000 requests per day"_s));
        QCOMPARE(control("GET", u"/_sandbox/counters"_s)
                     .json()
                     .value(u"limits")
                     .toObject()
                     .value(u"dailyUsed")
                     .toInt(),
            30000);
        // the cap is configurable in-process too, and resets on the next day
        m_emu->setLimits(0, 3, 5);
        m_emu->advanceClock(86400);
        m_token = login(); // the old access token expired meanwhile
        for (int i = 0; i < 3; ++i)
            QCOMPARE(api("GET", u"/api/1/list"_s, u"listingtype=CONTACT_LIST"_s).status, 200);
        QCOMPARE(api("GET", u"/api/1/list"_s, u"listingtype=CONTACT_LIST"_s).status, 429);
        QCOMPARE(control("PATCH", u"/_sandbox/records/limits"_s, R"({"bogus":1})").status, 400);
    }

    void injectedFaultsUseVendorShapes()
    {
        control("PATCH", u"/_sandbox/faults"_s, R"({"rateLimitNext":1})");
        verifyApiError(api("GET", u"/api/1/list"_s, u"listingtype=CONTACT_LIST"_s), 429, 429);
        control("PATCH", u"/_sandbox/faults"_s, R"({"rateLimitNext":1})");
        const RawReply t = tokenCall(passwordForm());
        QCOMPARE(t.status, 429);
        QCOMPARE(t.json().value(u"error").toString(), u"rate_limit_exceeded"_s);
        control("PATCH", u"/_sandbox/faults"_s, R"({"failNext":1})");
        const RawReply e = api("GET", u"/api/1/list"_s, u"listingtype=CONTACT_LIST"_s);
        QCOMPARE(e.status, 503);
        QCOMPARE(e.body,
            QByteArray(
                R"({"httpCode":"503","httpMessage":"Service Unavailable","moreInformation":""})"));
        control("PATCH", u"/_sandbox/faults"_s, R"({"truncateNext":1})");
        const RawReply cut = api("GET", u"/api/1/list"_s, u"listingtype=CONTACT_LIST"_s);
        QCOMPARE(cut.status, 200);
        QVERIFY(QJsonDocument::fromJson(cut.body).isNull());
        control("PATCH", u"/_sandbox/faults"_s, R"({"malformedNext":1})");
        const RawReply bad = api("GET", u"/api/1/list"_s, u"listingtype=CONTACT_LIST"_s);
        QVERIFY(bad.body.startsWith("{\"sandbox\": malformed"));
        QCOMPARE(api("GET", u"/api/1/list"_s, u"listingtype=CONTACT_LIST"_s).status, 200);
    }

    void latencyFaultDelaysAnswers()
    {
        QCOMPARE(control("PATCH", u"/_sandbox/faults"_s, R"({"latencyMs":300})").status, 200);
        QElapsedTimer t;
        t.start();
        QCOMPARE(api("GET", u"/api/1/list"_s, u"listingtype=CONTACT_LIST"_s).status, 200);
        QVERIFY2(t.elapsed() >= 290, qPrintable(QString::number(t.elapsed())));
        // Control calls are never delayed: with 5 s of latency the health check still answers
        // well before it (the margin keeps a loaded machine from failing the test).
        QCOMPARE(control("PATCH", u"/_sandbox/faults"_s, R"({"latencyMs":5000})").status, 200);
        t.restart();
        QCOMPARE(control("GET", u"/_sandbox/health"_s).status, 200);
        QVERIFY2(t.elapsed() < 2500, qPrintable(QString::number(t.elapsed())));
    }

    void unknownPathIsGateway404()
    {
        const RawReply r = api("GET", u"/api/1/nothing/here"_s);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.body,
            QByteArray(
                R"({"httpCode":"404","httpMessage":"Not Found","moreInformation":"No resources match requested URI"})"));
    }

    // ------------------------------------------------------------ listing and seeding

    void listingShowsSeededLists()
    {
        m_emu->seed(smallWorld());
        const RawReply r = api("GET", u"/api/1/list"_s, u"listingtype=CONTACT_LIST"_s);
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"offset").toInt(), 0);
        QCOMPARE(o.value(u"count").toInt(), 3);
        QCOMPARE(o.value(u"totalCount").toInt(), 3);
        const QJsonObject first = o.value(u"result").toArray().at(0).toObject();
        QCOMPARE(first.value(u"id").toString(), u"l-0001"_s);
        QCOMPARE(first.value(u"name").toString(), u"Webinar Leads"_s);
        QCOMPARE(first.value(u"folderName").toString(), u"Events"_s);
        QCOMPARE(first.value(u"sourceSize").toString(), u"4"_s); // a string, as documented
        QVERIFY(first.value(u"tsLastModified").isDouble());
        QVERIFY(first.value(u"tsLastModified").toDouble() > 1.7e12); // epoch ms
        QCOMPARE(first.value(u"bIsList").toBool(), true);
        QCOMPARE(first.value(u"baseId").toString(), u"l-0001"_s);

        // lower-case type, last partial page, empty page, folder filter, other types
        const QJsonObject page
            = api("GET", u"/api/1/list"_s, u"listingtype=contact_list&count=2&offset=2"_s).json();
        QCOMPARE(page.value(u"count").toInt(), 1);
        QCOMPARE(page.value(u"totalCount").toInt(), 3);
        QCOMPARE(page.value(u"result").toArray().at(0).toObject().value(u"name").toString(),
            u"Partners"_s);
        const QJsonObject past
            = api("GET", u"/api/1/list"_s, u"listingtype=CONTACT_LIST&offset=3"_s).json();
        QCOMPARE(past.value(u"count").toInt(), 0);
        QCOMPARE(past.value(u"result").toArray().size(), 0);
        QCOMPARE(api("GET", u"/api/1/list"_s, u"listingtype=CONTACT_LIST&folder=Marketing"_s)
                     .json()
                     .value(u"totalCount")
                     .toInt(),
            2);
        QCOMPARE(api("GET", u"/api/1/list"_s, u"listingtype=header"_s)
                     .json()
                     .value(u"totalCount")
                     .toInt(),
            0);
        verifyApiError(api("GET", u"/api/1/list"_s), 422, 10121);
        verifyApiError(api("GET", u"/api/1/list"_s, u"listingtype=BOGUS"_s), 400, 10121);
        verifyApiError(
            api("GET", u"/api/1/list"_s, u"listingtype=CONTACT_LIST&count=x"_s), 400, 10121);
    }

    void seedMapsPeopleToHeadingKeyedRecords()
    {
        m_emu->seed(smallWorld());
        const QJsonObject o = api("GET", u"/api/1/list/l-0001"_s).json();
        QCOMPARE(o.value(u"listId").toString(), u"l-0001"_s);
        QCOMPARE(o.value(u"totalCount").toInt(), 4);
        const QJsonArray headers = o.value(u"headers").toArray();
        QCOMPARE(headers.at(0).toString(), u"_contact_id_"_s);
        QCOMPARE(headers.at(1).toString(), u"E-mail Address"_s);
        // The default score sheet "Score", then one column per extra score sheet.
        QCOMPARE(headers.at(headers.size() - 2).toString(), u"Score"_s);
        QCOMPARE(headers.last().toString(), u"Product Score"_s);
        QCOMPARE(o.value(u"emailColumn").toInt(), 1);
        const QJsonArray rows = o.value(u"data").toArray();
        const QJsonArray chloe = rows.at(2).toArray();
        QCOMPARE(chloe.at(0).toString(), u"l-0001:2"_s);
        QCOMPARE(chloe.at(1).toString(), u"chloé@example.com"_s);
        QCOMPARE(chloe.at(2).toString(), u"Chloé"_s);
        QCOMPARE(chloe.at(headers.size() - 2).toString(), u"20"_s);
        bool number = false;
        const int product = chloe.at(headers.size() - 1).toString().toInt(&number);
        QVERIFY(number && product >= 0 && product <= 100);
        for (const QJsonValue &v : chloe)
            QVERIFY(v.isString());
        QCOMPARE(rows.at(3).toArray().at(1).toString(), QString()); // blank email kept

        const QJsonObject optout = api("GET", u"/api/1/list/optout"_s).json();
        QCOMPARE(optout.value(u"totalCount").toInt(), -1);
        QCOMPARE(optout.value(u"count").toInt(), 1);
        const QJsonObject entry = optout.value(u"result").toArray().at(0).toObject();
        QCOMPARE(entry.value(u"email").toString(), u"eve@example.com"_s);
        QVERIFY(entry.value(u"timestamp").toDouble() > 1.7e12);
        QVERIFY(!entry.value(u"origin").toString().isEmpty());
        const QJsonObject bounce = api("GET", u"/api/1/list/hardbounce"_s).json();
        QCOMPARE(bounce.value(u"result").toArray().at(0).toObject().value(u"email").toString(),
            u"finn@example.com"_s);
        QCOMPARE(api("GET", u"/api/1/list/spamcomplaint"_s).json().value(u"count").toInt(), 0);
        // reseeding replaces everything
        m_emu->seed(DemoDataset {});
        QCOMPARE(api("GET", u"/api/1/list"_s, u"listingtype=CONTACT_LIST"_s)
                     .json()
                     .value(u"totalCount")
                     .toInt(),
            0);
    }

    void seedFromGeneratedDemoWorld()
    {
        const DemoDataset world = DemoDataset::generate(2026, 300);
        QVERIFY(!world.actOnLists.isEmpty());
        m_emu->seed(world);
        const QJsonObject listing
            = api("GET", u"/api/1/list"_s, u"listingtype=CONTACT_LIST"_s).json();
        QCOMPARE(listing.value(u"totalCount").toInt(), world.actOnLists.size());
        for (qsizetype i = 0; i < world.actOnLists.size(); ++i) {
            const QJsonObject l = listing.value(u"result").toArray().at(i).toObject();
            QCOMPARE(l.value(u"name").toString(), world.actOnLists.at(i).name);
            QCOMPARE(l.value(u"folderName").toString(), world.actOnLists.at(i).folder);
            QCOMPARE(l.value(u"sourceSize").toString(),
                QString::number(world.actOnLists.at(i).members.size()));
        }
        // the first member of the first list, field by field
        const DemoList &first = world.actOnLists.first();
        const DemoPerson *p = nullptr;
        for (const DemoPerson &candidate : world.people) {
            if (candidate.index == first.members.first())
                p = &candidate;
        }
        QVERIFY(p);
        const QJsonArray rec = api("GET", u"/api/1/list/l-0001/record/l-0001:0"_s).jsonArray();
        QCOMPARE(rec.at(1).toString(), p->email);
        QCOMPARE(rec.at(2).toString(), p->firstName);
        QCOMPARE(rec.at(3).toString(), p->lastName);
        QCOMPARE(rec.at(4).toString(), p->company);
        QCOMPARE(rec.at(14).toString(), QString::number(p->score));
        qsizetype optedOut = 0;
        for (const DemoPerson &person : world.people)
            optedOut += person.optedOut && !person.email.trimmed().isEmpty();
        QCOMPARE(api("GET", u"/api/1/list/optout"_s).json().value(u"count").toInt(),
            qMin<qsizetype>(optedOut, 1000));
    }

    void seedSyntheticIsFastAndIndexed()
    {
        QElapsedTimer t;
        t.start();
        m_emu->seedSynthetic(100000, 7);
        // A figure, not a pass mark: bench_sandbox_acton measures speed.
        qInfo("seeded 100,000 synthetic contacts in %lld ms", t.elapsed());
        QCOMPARE(m_emu->listSize(u"l-0001"_s), 100000);
        const DemoPerson p = DemoDataset::syntheticPerson(7, 76543);
        const RawReply r = apiJson("PUT", u"/api/1/list/l-0001/record"_s, { { u"Score"_s, 99 } },
            u"email="_s + QString::fromLatin1(QUrl::toPercentEncoding(p.email)));
        QCOMPARE(r.json().value(u"id").toString(), u"l-0001:%1"_s.arg(76543, 0, 16));
        QCOMPARE(api("GET", u"/api/1/list/l-0001"_s, u"count=1&offset=99999"_s)
                     .json()
                     .value(u"data")
                     .toArray()
                     .at(0)
                     .toArray()
                     .at(1)
                     .toString(),
            DemoDataset::syntheticPerson(7, 99999).email);
    }

    // ------------------------------------------------------------ create list, jobs

    void createListWithoutFile()
    {
        const RawReply r = multipart("POST", u"/api/1/list"_s,
            { { "listname", "API Example List", {} }, { "foldername", "New Folder", {} },
                { "headings", "Y", {} }, { "quotecharacter", "DOUBLE_QUOTE", {} },
                { "uploadspecs", kUploadSpecs, {} } });
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json(),
            (QJsonObject { { u"listId"_s, u"l-0001"_s }, { u"status"_s, u"success"_s },
                { u"message"_s, u"List created"_s } }));
        const QJsonObject listing
            = api("GET", u"/api/1/list"_s, u"listingtype=CONTACT_LIST"_s).json();
        const QJsonObject l = listing.value(u"result").toArray().at(0).toObject();
        QCOMPARE(l.value(u"folderName").toString(), u"New Folder"_s);
        QCOMPARE(l.value(u"sourceSize").toString(), u"0"_s);
        const QJsonObject dl = api("GET", u"/api/1/list/l-0001"_s).json();
        QCOMPARE(dl.value(u"headers").toArray(),
            QJsonArray::fromStringList({ u"_contact_id_"_s, u"E-mail Address"_s, u"First Name"_s,
                u"Last Name"_s, u"Company"_s }));
        QCOMPARE(dl.value(u"totalCount").toInt(), 0);
        QCOMPARE(dl.value(u"data").toArray().size(), 0);
        // duplicate name, missing name
        verifyApiError(
            multipart("POST", u"/api/1/list"_s, { { "listname", "API Example List", {} } }), 400,
            10020);
        verifyApiError(
            multipart("POST", u"/api/1/list"_s, { { "foldername", "x", {} } }), 422, 10121);
    }

    void createListRejectsBadMultipart()
    {
        // not multipart at all
        verifyApiError(
            api("POST", u"/api/1/list"_s, {}, "listname=x", "application/x-www-form-urlencoded"),
            400, 10121);
        // no boundary parameter
        verifyApiError(
            api("POST", u"/api/1/list"_s, {}, "--b\r\n", "multipart/form-data"), 400, 10121);
        // body never closed
        verifyApiError(api("POST", u"/api/1/list"_s, {},
                           "--b\r\nContent-Disposition: form-data; name=\"listname\"\r\n\r\nX",
                           "multipart/form-data; boundary=b"),
            400, 10121);
        // part without a name
        verifyApiError(api("POST", u"/api/1/list"_s, {},
                           "--b\r\nContent-Type: text/plain\r\n\r\nX\r\n--b--\r\n",
                           "multipart/form-data; boundary=b"),
            400, 10121);
        // bad enum values and bad uploadspecs
        verifyApiError(multipart("POST", u"/api/1/list"_s,
                           { { "listname", "L", {} }, { "fieldseparator", "COLON", {} } }),
            400, 10121);
        verifyApiError(multipart("POST", u"/api/1/list"_s,
                           { { "listname", "L", {} }, { "quotecharacter", "BACKTICK", {} } }),
            400, 10121);
        verifyApiError(multipart("POST", u"/api/1/list"_s,
                           { { "listname", "L", {} }, { "uploadspecs", "{not json", {} } }),
            400, 10010);
        QCOMPARE(m_emu->listIds().size(), 0);
    }

    void createListWithCsvAndPollJob()
    {
        // BOM, CRLF, quoted separator, doubled quote, embedded newline, blank line, unicode
        const QByteArray csv = "\xEF\xBB\xBF"
                               "Email,First,Last,Company\r\n"
                               "ada@example.com,Ada,Lovelace,\"Analytical, Engines\"\r\n"
                               "\r\n"
                               "BOB@example.com,Bob,\"O\"\"Brien\",\"Line one\r\nLine two\"\r\n"
                               "zoë@example.com,Zoë,Ünal,Ölmez GmbH\r\n";
        const RawReply r = multipart("POST", u"/api/1/list"_s,
            { { "listname", "Imported", {} },
                { "fieldseperator", "COMMA", {} }, // the misspelling some docs use
                { "quotechar", "DOUBLE_QUOTE", {} }, { "uploadspecs", kUploadSpecs, {} },
                { "file", csv, "c.csv" } });
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"status").toString(), u"success"_s);
        QCOMPARE(r.json().value(u"message").toString(), u"Upload completed"_s);
        const QString jobId = r.json().value(u"jobId").toString();
        QVERIFY(!jobId.isEmpty());
        QVERIFY(r.json().value(u"jobId").isString());

        const RawReply status = api("GET", u"/api/1/list/%1/status"_s.arg(jobId));
        QCOMPARE(status.status, 200);
        QCOMPARE(status.json().value(u"status").toString(), u"success"_s);
        const QJsonObject details = status.json().value(u"details").toObject();
        QCOMPARE(details.value(u"status").toString(), u"ok"_s);
        QCOMPARE(details.value(u"listId").toString(), u"l-0001"_s);
        QCOMPARE(details.value(u"appendCount").toInt(), 3);
        QCOMPARE(details.value(u"updateCount").toInt(), 0);
        QCOMPARE(details.value(u"failedCount").toInt(), 0);
        QCOMPARE(details.value(u"rejectedCount").toInt(), 0);
        // jobDetails is the same object as a JSON string
        QCOMPARE(QJsonDocument::fromJson(status.json().value(u"jobDetails").toString().toUtf8())
                     .object(),
            details);

        const QJsonArray data = api("GET", u"/api/1/list/l-0001"_s).json().value(u"data").toArray();
        QCOMPARE(data.size(), 3);
        QCOMPARE(data.at(0).toArray(),
            (QJsonArray { u"l-0001:0"_s, u"ada@example.com"_s, u"Ada"_s, u"Lovelace"_s,
                u"Analytical, Engines"_s }));
        QCOMPARE(data.at(1).toArray().at(3).toString(), u"O\"Brien"_s);
        QCOMPARE(data.at(1).toArray().at(4).toString(), u"Line one\r\nLine two"_s);
        QCOMPARE(data.at(2).toArray().at(1).toString(), u"zoë@example.com"_s);
        QCOMPARE(data.at(2).toArray().at(4).toString(), u"Ölmez GmbH"_s);
    }

    void createListFromHeaderRowAndSemicolons()
    {
        const QByteArray csv = "E-mail Address;First Name;Score\n'a@x.com';'A;1';5\nb@x.com;B;7\n";
        const RawReply r = multipart("POST", u"/api/1/list"_s,
            { { "listname", "Semi", {} }, { "fieldseparator", "SEMICOLON", {} },
                { "quotecharacter", "SINGLE_QUOTE", {} }, { "file", csv, "s.csv" } });
        QCOMPARE(r.status, 200);
        const QJsonObject dl = api("GET", u"/api/1/list/l-0001"_s).json();
        QCOMPARE(dl.value(u"headers").toArray().size(), 4);
        QCOMPARE(dl.value(u"emailColumn").toInt(), 1);
        QCOMPARE(dl.value(u"data").toArray().at(0).toArray().at(2).toString(), u"A;1"_s);
        QCOMPARE(dl.value(u"data").toArray().at(1).toArray().at(3).toString(), u"7"_s);
    }

    void createListFromHeaderOnlyCsv()
    {
        const RawReply r = multipart("POST", u"/api/1/list"_s,
            { { "listname", "Empty", {} }, { "quotecharacter", "DOUBLE_QUOTE", {} },
                { "file", "E-mail Address,First Name,Score\r\n", "e.csv" } });
        QCOMPARE(r.status, 200);
        QCOMPARE(jobDetails(r.json().value(u"jobId").toString()).value(u"appendCount").toInt(), 0);
        const QJsonObject dl = api("GET", u"/api/1/list/l-0001"_s).json();
        QCOMPARE(dl.value(u"headers").toArray().size(), 4);
        QCOMPARE(dl.value(u"totalCount").toInt(), 0);
        // an empty file is no file
        verifyApiError(multipart("PUT", u"/api/1/list/l-0001"_s,
                           { { "mergespecs",
                                 R"([{"dstListId":"l-0001","mergeMode":"UPSERT","columnMap":[]}])",
                                 {} },
                               { "file", "\r\n\r\n", "blank.csv" } }),
            400, 10003);
    }

    void createListRejectsBadCsv()
    {
        const QList<FormPart> base = { { "listname", "Bad", {} },
            { "quotecharacter", "DOUBLE_QUOTE", {} }, { "uploadspecs", kUploadSpecs, {} } };
        QList<FormPart> parts = base;
        parts.append(
            { "file", "Email,First,Last,Company\na@x.com,\"never closed,x,y\n", "bad.csv" });
        const RawReply r = multipart("POST", u"/api/1/list"_s, parts);
        verifyApiError(r, 403, 10085);
        QVERIFY(r.json().value(u"message").toString().startsWith(u"Invalid file type"_s));
        parts = base;
        parts.append({ "file", QByteArray("Email\na@x.com\0\x01\x02", 16), "bin.csv" });
        verifyApiError(multipart("POST", u"/api/1/list"_s, parts), 403, 10085);
        // nothing half-created
        QCOMPARE(m_emu->listIds().size(), 0);
        // a spec pointing past the header row
        parts = base;
        parts[2] = { "uploadspecs",
            R"([{"columnHeading":"E-mail Address","columnType":"EMAIL","columnIndex":"9"}])", {} };
        parts.append({ "file", "Email\na@x.com\n", "x.csv" });
        verifyApiError(multipart("POST", u"/api/1/list"_s, parts), 400, 10010);
    }

    void jobStatusErrors()
    {
        verifyApiError(api("GET", u"/api/1/list/99999/status"_s), 400, 10017);
        const QString job = createWithCsv("J", "Email,First,Last,Company\na@x.com,A,B,C\n");
        QCOMPARE(api("GET", u"/api/1/list/%1/status"_s.arg(job)).status, 200);
        m_emu->advanceClock(25 * 3600);
        m_token = login();
        verifyApiError(api("GET", u"/api/1/list/%1/status"_s.arg(job)), 400, 10017);
    }

    // ------------------------------------------------------------ download

    void downloadPagesAndFormats()
    {
        QByteArray csv = "Email,First,Last,Company\n";
        for (int i = 0; i < 2500; ++i)
            csv += "p" + QByteArray::number(i) + "@example.com,F" + QByteArray::number(i)
                + ",L,C\n";
        const QString job = createWithCsv("Big", csv);
        QCOMPARE(jobDetails(job).value(u"appendCount").toInt(), 2500);

        QJsonObject p = api("GET", u"/api/1/list/l-0001"_s).json();
        QCOMPARE(p.value(u"count").toInt(), 1000); // default and maximum page
        QCOMPARE(p.value(u"totalCount").toInt(), 2500);
        p = api("GET", u"/api/1/list/l-0001"_s, u"count=5000&offset=1000"_s).json();
        QCOMPARE(p.value(u"count").toInt(), 1000);
        QCOMPARE(p.value(u"offset").toInt(), 1000);
        QCOMPARE(p.value(u"data").toArray().at(0).toArray().at(0).toString(),
            u"l-0001:3e8"_s); // hex 1000
        p = api("GET", u"/api/1/list/l-0001"_s, u"count=1000&offset=2000"_s).json();
        QCOMPARE(p.value(u"count").toInt(), 500); // last partial page
        QCOMPARE(
            p.value(u"data").toArray().last().toArray().at(1).toString(), u"p2499@example.com"_s);
        p = api("GET", u"/api/1/list/l-0001"_s, u"offset=2500"_s).json();
        QCOMPARE(p.value(u"count").toInt(), 0);
        QCOMPARE(p.value(u"data").toArray().size(), 0);

        // fields subset
        p = api("GET", u"/api/1/list/l-0001"_s,
            u"count=2&fields="_s
                + QString::fromLatin1(QUrl::toPercentEncoding(u"First Name;E-mail Address"_s)))
                .json();
        QCOMPARE(p.value(u"headers").toArray(),
            QJsonArray::fromStringList(
                { u"_contact_id_"_s, u"First Name"_s, u"E-mail Address"_s }));
        QCOMPARE(p.value(u"emailColumn").toInt(), 2);
        QCOMPARE(p.value(u"data").toArray().at(1).toArray(),
            (QJsonArray { u"l-0001:1"_s, u"F1"_s, u"p1@example.com"_s }));
        verifyApiError(api("GET", u"/api/1/list/l-0001"_s, u"fields=Nope"_s), 400, 10010);

        // date qualifiers
        p = api("GET", u"/api/1/list/l-0001"_s, u"count=1&datequalifiers=true"_s).json();
        const QJsonArray h = p.value(u"headers").toArray();
        QCOMPARE(h.at(h.size() - 2).toString(), u"__created_date"_s);
        QCOMPARE(h.last().toString(), u"__modified_date"_s);
        QCOMPARE(p.value(u"data").toArray().at(0).toArray().size(), h.size());
        verifyApiError(api("GET", u"/api/1/list/l-0001"_s, u"datequalifiers=true&fields=Company"_s),
            400, 10121);

        // CSV: the whole list
        const RawReply c = api("GET", u"/api/1/list/l-0001"_s, u"responseformat=CSV"_s);
        QCOMPARE(c.status, 200);
        QVERIFY(c.header("content-type").startsWith("text/csv"));
        const QList<QByteArray> lines = c.body.split('\n');
        QCOMPARE(lines.size(), 2502); // header + 2500 + trailing empty
        QCOMPARE(
            lines.at(0), QByteArray("_contact_id_,E-mail Address,First Name,Last Name,Company\r"));
        QCOMPARE(lines.at(1), QByteArray("l-0001:0,p0@example.com,F0,L,C\r"));

        // modified-after filter
        m_emu->advanceClock(10);
        const qint64 cut = m_emu->now().toMSecsSinceEpoch();
        m_emu->advanceClock(10);
        QCOMPARE(apiJson("PUT", u"/api/1/list/l-0001/record/l-0001:7"_s,
                     { { u"Company"_s, u"Moved"_s } })
                     .status,
            200);
        p = api("GET", u"/api/1/list/l-0001"_s, u"modafter=%1"_s.arg(cut)).json();
        QCOMPARE(p.value(u"totalCount").toInt(), 1);
        QCOMPARE(p.value(u"data").toArray().at(0).toArray().at(4).toString(), u"Moved"_s);
        p = api("GET", u"/api/1/list/l-0001"_s, u"modbefore=%1&count=10"_s.arg(cut)).json();
        QCOMPARE(p.value(u"totalCount").toInt(), 2499);
        verifyApiError(api("GET", u"/api/1/list/l-0001"_s,
                           u"modafter=%1&modbefore=%2"_s.arg(cut).arg(cut - 5)),
            400, 10160);
        verifyApiError(api("GET", u"/api/1/list/l-0001"_s, u"modafter=yesterday"_s), 400, 10160);
        verifyApiError(api("GET", u"/api/1/list/l-0404"_s), 400, 10004);
        verifyApiError(api("GET", u"/api/1/list/l-0001"_s, u"responseformat=XML"_s), 400, 10121);
    }

    void downloadExactlyOnePage()
    {
        createWithCsv("Three", "Email,First,Last,Company\na@x.com,A,,\nb@x.com,B,,\nc@x.com,C,,\n");
        const QJsonObject p = api("GET", u"/api/1/list/l-0001"_s, u"count=3"_s).json();
        QCOMPARE(p.value(u"count").toInt(), 3);
        QCOMPARE(p.value(u"totalCount").toInt(), 3);
        QCOMPARE(api("GET", u"/api/1/list/l-0001"_s, u"count=3&offset=3"_s)
                     .json()
                     .value(u"count")
                     .toInt(),
            0);
    }

    // ------------------------------------------------------------ merge
    // Written from developer.act-on.com "mergespecs" / "uploadspecs" and the curl sample of
    // PUT /api/1/list/{listid} in the Act-On OpenAPI (api-evangelist/act-on).

private:
    static QByteArray mergeSpecs(const QByteArray &mode, const QByteArray &extra = {})
    {
        return "[{\"dstListId\":\"l-0001\",\"mergeMode\":\"" + mode + "\",\"columnMap\":[]" + extra
            + "}]";
    }

    // A merge into l-0001 (headings E-mail Address, First Name, Last Name, Company) with the
    // documented fields; @p rows follow the verbatim header row.
    RawReply merge(const QByteArray &mode, const QByteArray &rows, const QByteArray &extraSpec = {},
        const QList<FormPart> &extraParts = {})
    {
        QList<FormPart> parts { { "mergespecs", mergeSpecs(mode, extraSpec), {} },
            { "uploadspecs", kUploadSpecs, {} }, { "headings", "Y", {} },
            { "fieldseparator", "COMMA", {} }, { "quotecharacter", "DOUBLE_QUOTE", {} } };
        parts += extraParts;
        parts.append({ "file", "E-mail Address,First Name,Last Name,Company\r\n" + rows, "m.csv" });
        return multipart("PUT", u"/api/1/list/l-0001"_s, parts);
    }

    QJsonArray recordOf(int seq)
    {
        return api("GET", u"/api/1/list/l-0001/record/l-0001:%1"_s.arg(seq, 0, 16)).jsonArray();
    }

    void twoContacts()
    {
        createWithCsv("Target",
            "Email,First,Last,Company\nada@x.com,Ada,Lee,Old Co\nbob@x.com,Bob,Moe,Bob Co\n");
        QCOMPARE(m_emu->listSize(u"l-0001"_s), 2);
    }

private slots:
    void mergeUpsertUpdatesAndInserts()
    {
        twoContacts();
        const RawReply r = merge("UPSERT",
            "ADA@X.COM,,,New Co\r\n" // update (email case differs), blanks keep stored values
            "cee@x.com,Cee,,Cee Co\r\n" // new
            ",Nobody,,Nobody Co\r\n" // rejected: no email
            "not-an-email,Bad,,Bad Co\r\n"); // rejected
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"status").toString(), u"success"_s);
        QCOMPARE(r.json().value(u"message").toString(), u"Upload completed"_s);
        const QJsonObject d = jobDetails(r.json().value(u"jobId").toString());
        QCOMPARE(d.value(u"appendCount").toInt(), 1);
        QCOMPARE(d.value(u"updateCount").toInt(), 1);
        QCOMPARE(d.value(u"rejectedCount").toInt(), 2);
        const QJsonArray data = api("GET", u"/api/1/list/l-0001"_s).json().value(u"data").toArray();
        QCOMPARE(data.size(), 3);
        QCOMPARE(data.at(0).toArray(),
            (QJsonArray { u"l-0001:0"_s, u"ada@x.com"_s, u"Ada"_s, u"Lee"_s, u"New Co"_s }));
        QCOMPARE(data.at(2).toArray(),
            (QJsonArray { u"l-0001:2"_s, u"cee@x.com"_s, u"Cee"_s, u""_s, u"Cee Co"_s }));

        // putEmptyValues=Y blanks the field; POST is accepted as well as PUT
        QList<FormPart> parts { { "mergespecs", mergeSpecs("UPSERT"), {} },
            { "uploadspecs", kUploadSpecs, {} }, { "putEmptyValues", "Y", {} },
            { "file", "E-mail Address,First Name,Last Name,Company\nbob@x.com,Bob,Moe,\n",
                "b.csv" } };
        QCOMPARE(multipart("POST", u"/api/1/list/l-0001"_s, parts).status, 200);
        QCOMPARE(recordOf(1).at(4).toString(), QString());
    }

    void mergeAppendAddsEveryRow()
    {
        twoContacts();
        const RawReply r = merge("APPEND", "ada@x.com,Ada2,,\r\ncee@x.com,Cee,,\r\n");
        QCOMPARE(r.status, 200);
        const QJsonObject d = jobDetails(r.json().value(u"jobId").toString());
        QCOMPARE(d.value(u"appendCount").toInt(), 2);
        QCOMPARE(d.value(u"updateCount").toInt(), 0);
        QCOMPARE(m_emu->listSize(u"l-0001"_s), 4); // a second ada@x.com
        QCOMPARE(recordOf(0).at(2).toString(), u"Ada"_s);
        QCOMPARE(recordOf(2).at(2).toString(), u"Ada2"_s);
    }

    void mergeAppendNoDuplicatesSkipsKnownContacts()
    {
        twoContacts();
        const RawReply r = merge("APPEND_NO_DUPLICATES",
            "ada@x.com,Ada2,,\r\ncee@x.com,Cee,,\r\nCEE@x.com,Cee again,,\r\n");
        QCOMPARE(r.status, 200);
        const QJsonObject d = jobDetails(r.json().value(u"jobId").toString());
        QCOMPARE(d.value(u"appendCount").toInt(), 1);
        QCOMPARE(d.value(u"updateCount").toInt(), 0); // not an upsert: ada is not touched
        QCOMPARE(d.value(u"rejectedCount").toInt(), 2);
        QCOMPARE(m_emu->listSize(u"l-0001"_s), 3);
        QCOMPARE(recordOf(0).at(2).toString(), u"Ada"_s);
        QCOMPARE(recordOf(2).at(2).toString(), u"Cee"_s);
    }

    void mergeUpdateOnlyTouchesExistingRecords()
    {
        twoContacts();
        const RawReply r = merge("UPDATE_ONLY", "ada@x.com,Ada2,,\r\nnew@x.com,New,,\r\n");
        QCOMPARE(r.status, 200);
        const QJsonObject d = jobDetails(r.json().value(u"jobId").toString());
        QCOMPARE(d.value(u"updateCount").toInt(), 1);
        QCOMPARE(d.value(u"appendCount").toInt(), 0);
        QCOMPARE(d.value(u"rejectedCount").toInt(), 1);
        QCOMPARE(m_emu->listSize(u"l-0001"_s), 2);
        QCOMPARE(recordOf(0).at(2).toString(), u"Ada2"_s);
        QCOMPARE(recordOf(0).at(3).toString(), u"Lee"_s); // blank kept (putEmptyValues=N)
    }

    void mergeReplaceLeavesOnlyTheUploadedRecords()
    {
        twoContacts();
        const RawReply r = merge("REPLACE", "bob@x.com,Bobby,,\r\ndee@x.com,Dee,,Dee Co\r\n");
        QCOMPARE(r.status, 200);
        const QJsonObject d = jobDetails(r.json().value(u"jobId").toString());
        QCOMPARE(d.value(u"updateCount").toInt(), 1);
        QCOMPARE(d.value(u"appendCount").toInt(), 1);
        // "Any records in the list that are not in the uploaded records are deleted."
        QCOMPARE(m_emu->listSize(u"l-0001"_s), 2);
        verifyApiError(api("GET", u"/api/1/list/l-0001/record/l-0001:0"_s), 400, 10008);
        // bob is now exactly the uploaded row
        QCOMPARE(recordOf(1),
            (QJsonArray { u"l-0001:1"_s, u"bob@x.com"_s, u"Bobby"_s, u""_s, u""_s }));
        const QJsonArray data = api("GET", u"/api/1/list/l-0001"_s).json().value(u"data").toArray();
        QCOMPARE(data.size(), 2);
        QCOMPARE(data.at(1).toArray().at(1).toString(), u"dee@x.com"_s);
    }

    void mergeKeyHeadingNamesTheMatchColumn()
    {
        twoContacts();
        const RawReply r = merge(
            "UPSERT", "ada@x.com,Ada,Moe,Key Co\r\n", R"(,"mergeKeyHeading":"Last Name")");
        QCOMPARE(r.status, 200);
        const QJsonObject d = jobDetails(r.json().value(u"jobId").toString());
        QCOMPARE(d.value(u"updateCount").toInt(), 1);
        QCOMPARE(recordOf(1).at(4).toString(), u"Key Co"_s); // bob, matched on Last Name "Moe"
        QCOMPARE(m_emu->listSize(u"l-0001"_s), 2);
        // the documented example, createSegment included
        QCOMPARE(merge("UPSERT", "ada@x.com,Ada,Lee,\r\n",
                     R"(,"createSegment":"1","mergeKeyHeading":"E-mail Address")")
                     .status,
            200);
    }

    void mergeSpecsAreCheckedAsDocumented()
    {
        twoContacts();
        const QByteArray csv = "E-mail Address,First Name,Last Name,Company\na@x.com,A,,\n";
        auto put = [&](const QByteArray &specs) {
            QList<FormPart> parts { { "uploadspecs", kUploadSpecs, {} },
                { "file", csv, "a.csv" } };
            if (!specs.isNull())
                parts.prepend({ "mergespecs", specs, {} });
            return multipart("PUT", u"/api/1/list/l-0001"_s, parts);
        };
        verifyApiError(put(QByteArray()), 422, 10121); // mergespecs is required
        verifyApiError(put(R"({"dstListId":"l-0001","mergeMode":"UPSERT","columnMap":[]})"), 400,
            10121); // an object, not the documented array
        verifyApiError(put(R"([{"dstListId":"l-0001","mergeMode":"UPSERT"}])"), 422, 10121);
        verifyApiError(
            put(R"([{"dstListId":"l-0001","mergeMode":"UPSERT","columnMap":[{"a":"b"}]}])"), 400,
            10121);
        verifyApiError(put(R"([{"dstListId":"l-0001","mergeMode":"UPSERT","columnMap":[],)"
                           R"("mergeKey":"E-mail Address"}])"),
            400, 10121);
        verifyApiError(put(R"([{"dstListId":"l-0001","mergeMode":"UPDATE","columnMap":[]}])"), 400,
            10121);
        verifyApiError(put(R"([{"dstListId":"l-0001","columnMap":[]}])"), 422, 10121);
        verifyApiError(put(R"([{"mergeMode":"UPSERT","columnMap":[]}])"), 400, 10025);
        verifyApiError(put(R"([{"dstListId":"l-0002","mergeMode":"UPSERT","columnMap":[]}])"), 400,
            10025);
        const RawReply key = put(R"([{"dstListId":"l-0001","mergeMode":"UPSERT","columnMap":[],)"
                                 R"("mergeKeyHeading":"Shoe Size"}])");
        verifyApiError(key, 400, 10088);
        QCOMPARE(key.json().value(u"message").toString(),
            u"At least one specified merge column is missing from the uploaded file"_s);
        QCOMPARE(m_emu->listSize(u"l-0001"_s), 2);
        QCOMPARE(put(mergeSpecs("UPSERT")).status, 200);
        QCOMPARE(m_emu->listSize(u"l-0001"_s), 3);
    }

    void mergeColumnsMustMatchTheListByIndex()
    {
        twoContacts();
        auto put = [&](const QByteArray &specs, const QByteArray &csv) {
            return multipart("PUT", u"/api/1/list/l-0001"_s,
                { { "mergespecs", mergeSpecs("UPSERT"), {} }, { "uploadspecs", specs, {} },
                    { "file", csv, "a.csv" } });
        };
        const QByteArray row = "a@x.com,A,,\n";
        // the file's columns in another order (specs follow the file): not 1:1 by index
        verifyApiError(
            put(R"([{"columnHeading":"First Name","columnIndex":"0"},)"
                R"({"columnHeading":"E-mail Address","columnType":"EMAIL","columnIndex":"1"},)"
                R"({"columnHeading":"Last Name","columnIndex":"2"},)"
                R"({"columnHeading":"Company","columnIndex":"3"}])",
                "First Name,E-mail Address,Last Name,Company\nA,a@x.com,,\n"),
            400, 10010);
        // headings differ in case only: not verbatim
        QByteArray lower = kUploadSpecs;
        lower.replace("First Name", "first name");
        verifyApiError(put(lower, "E-mail Address,first name,Last Name,Company\n" + row), 400, 10010);
        // the header row differs from the specs and the list
        verifyApiError(put(kUploadSpecs, "Email,First Name,Last Name,Company\n" + row), 400, 10010);
        // an extra column the list lacks is refused, not added
        QByteArray extra = kUploadSpecs;
        extra.chop(1);
        extra += R"(,{"columnHeading":"Score","columnIndex":"4"}])";
        verifyApiError(
            put(extra, "E-mail Address,First Name,Last Name,Company,Score\na@x.com,A,,,5\n"), 400,
            10010);
        // fewer columns than the list
        verifyApiError(
            put(R"([{"columnHeading":"E-mail Address","columnType":"EMAIL","columnIndex":"0"}])",
                "E-mail Address\na@x.com\n"),
            400, 10010);
        // no EMAIL column named
        QByteArray noEmail = kUploadSpecs;
        noEmail.replace(R"("columnType":"EMAIL",)", "");
        verifyApiError(put(noEmail, "E-mail Address,First Name,Last Name,Company\n" + row), 400,
            10010);
        // a column type outside the documented system fields
        QByteArray badType = kUploadSpecs;
        badType.replace("FIRSTNAME", "FIRST_NAME");
        const RawReply t = put(badType, "E-mail Address,First Name,Last Name,Company\n" + row);
        verifyApiError(t, 400, 10010);
        QCOMPARE(t.json().value(u"message").toString(),
            u"Upload specs contain an invalid column type value."_s);
        // uploadspecs are required for a merge
        verifyApiError(multipart("PUT", u"/api/1/list/l-0001"_s,
                           { { "mergespecs", mergeSpecs("UPSERT"), {} },
                               { "file", "E-mail Address,First Name,Last Name,Company\n" + row,
                                   "a.csv" } }),
            422, 10121);
        // nothing changed, no column added
        QCOMPARE(m_emu->listSize(u"l-0001"_s), 2);
        QCOMPARE(api("GET", u"/api/1/list/l-0001"_s).json().value(u"headers").toArray().size(), 5);
        // the documented order (EMAIL first here, as the list has it) is accepted
        QCOMPARE(put(kUploadSpecs, "E-mail Address,First Name,Last Name,Company\n" + row).status,
            200);
    }

    void mergeErrors()
    {
        twoContacts();
        const QList<FormPart> specs { { "mergespecs", mergeSpecs("UPSERT"), {} },
            { "uploadspecs", kUploadSpecs, {} } };
        verifyApiError(
            multipart("PUT", u"/api/1/list/l-0404"_s, { { "file", "Email\na@x.com\n", "a.csv" } }),
            400, 10004);
        verifyApiError(multipart("PUT", u"/api/1/list/l-0001"_s, specs), 400, 10003);
        QList<FormPart> bad = specs;
        bad.append({ "file", "E-mail Address,First Name,Last Name,Company\n\"a@x.com\n", "a.csv" });
        verifyApiError(multipart("PUT", u"/api/1/list/l-0001"_s, bad), 403, 10085);
        verifyApiError(
            api("PUT", u"/api/1/list/l-0001"_s, {}, "Email\na@x.com\n", "text/csv"), 400, 10003);
        QCOMPARE(m_emu->listSize(u"l-0001"_s), 2);
    }

    // ------------------------------------------------------------ job status

    void jobStatusAnswersPendingThenRunning()
    {
        twoContacts();
        // jobPendingNext: the next 3 polls of any job wait (Act-On OpenAPI examples
        // "Job Pending" and "Job Running": only a status sentence, no details)
        QCOMPARE(control("PATCH", u"/_sandbox/faults"_s, R"({"jobPendingNext":3})").status, 200);
        const RawReply r = merge("UPSERT", "ada@x.com,Ada2,,\r\n");
        const QString job = r.json().value(u"jobId").toString();
        const QString path = u"/api/1/list/%1/status"_s.arg(job);
        QCOMPARE(api("GET", path).json(),
            (QJsonObject { { u"status"_s, u"The job is pending"_s } }));
        QCOMPARE(api("GET", path).json(),
            (QJsonObject { { u"status"_s, u"The job is running"_s } }));
        QCOMPARE(api("GET", path).json(),
            (QJsonObject { { u"status"_s, u"The job is running"_s } }));
        const RawReply done = api("GET", path);
        QCOMPARE(done.json().value(u"status").toString(), u"success"_s);
        QCOMPARE(done.json().value(u"details").toObject().value(u"updateCount").toInt(), 1);
        QCOMPARE(m_emu->faults().jobPendingNext, 0);
        QCOMPARE(m_emu->counters().value(u"limits"_s).toObject().value(u"jobWaitAnswers"_s).toInt(),
            3);
    }

    void largeJobsRunForSeveralPolls()
    {
        twoContacts();
        auto rows = [](int n) {
            QByteArray csv;
            for (int i = 0; i < n; ++i)
                csv += "p" + QByteArray::number(i) + "@big.example,P,,\r\n";
            return csv;
        };
        // at the threshold: done at once
        QString job = merge("APPEND", rows(int(ActOnEmulator::kLargeJobRows)))
                          .json()
                          .value(u"jobId")
                          .toString();
        QCOMPARE(api("GET", u"/api/1/list/%1/status"_s.arg(job)).json().value(u"status").toString(),
            u"success"_s);
        // above it: pending, running, then the details
        job = merge("APPEND", rows(int(ActOnEmulator::kLargeJobRows) + 1))
                  .json()
                  .value(u"jobId")
                  .toString();
        const QString path = u"/api/1/list/%1/status"_s.arg(job);
        QCOMPARE(api("GET", path).json().value(u"status").toString(), u"The job is pending"_s);
        QCOMPARE(api("GET", path).json().value(u"status").toString(), u"The job is running"_s);
        const QJsonObject d = api("GET", path).json().value(u"details").toObject();
        QCOMPARE(d.value(u"appendCount").toInt(), int(ActOnEmulator::kLargeJobRows) + 1);
    }

    // ------------------------------------------------------------ records

    void recordCalls()
    {
        m_emu->createList(u"Records"_s, {}, ActOnEmulator::standardHeadings());
        // insert (heading keys are matched case-insensitively and by column type name)
        RawReply r = apiJson("POST", u"/api/1/list/l-0001/record"_s,
            { { u"e-mail address"_s, u"john.doe@act-on.com"_s }, { u"FIRSTNAME"_s, u"John"_s },
                { u"Last Name"_s, u"Doe"_s }, { u"Score"_s, 17 } });
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json(),
            (QJsonObject { { u"status"_s, u"success"_s }, { u"message"_s, u"Record inserted"_s },
                { u"id"_s, u"l-0001:0"_s }, { u"contact_id"_s, u"l-0001:0"_s } }));
        // upsert by email: existing record updated
        r = apiJson("PUT", u"/api/1/list/l-0001/record"_s, { { u"First Name"_s, u"Johnny"_s } },
            u"email=JOHN.DOE%40act-on.com"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json(),
            (QJsonObject { { u"status"_s, u"success"_s }, { u"message"_s, u"Record updated"_s },
                { u"id"_s, u"l-0001:0"_s }, { u"contact_id"_s, u"l-0001:0"_s } }));
        // upsert by email: new record appended, email taken from the query
        r = apiJson("PUT", u"/api/1/list/l-0001/record"_s, { { u"First Name"_s, u"Jane"_s } },
            u"email=jane%40act-on.com"_s);
        QCOMPARE(r.json().value(u"id").toString(), u"l-0001:1"_s);
        // async upsert hands out a job
        r = apiJson("PUT", u"/api/1/list/l-0001/record"_s, { { u"Company"_s, u"Async"_s } },
            u"email=jane%40act-on.com&async=Y"_s);
        QCOMPARE(jobDetails(r.json().value(u"jobId").toString()).value(u"updateCount").toInt(), 1);
        // get: bare array, id first, values in column order
        r = api("GET", u"/api/1/list/l-0001/record/l-0001:0"_s);
        QCOMPARE(r.status, 200);
        const QJsonArray arr = r.jsonArray();
        QCOMPARE(arr.size(), 1 + ActOnEmulator::standardHeadings().size());
        QCOMPARE(arr.at(0).toString(), u"l-0001:0"_s);
        QCOMPARE(arr.at(1).toString(), u"john.doe@act-on.com"_s);
        QCOMPARE(arr.at(2).toString(), u"Johnny"_s);
        QCOMPARE(arr.at(3).toString(), u"Doe"_s);
        QCOMPARE(arr.last().toString(), u"17"_s);
        // update by id
        r = apiJson(
            "PUT", u"/api/1/list/l-0001/record/l-0001:0"_s, { { u"Job Title"_s, u"CTO"_s } });
        QCOMPARE(r.json(),
            (QJsonObject { { u"status"_s, u"success"_s }, { u"message"_s, u"Record updated"_s } }));
        QCOMPARE(api("GET", u"/api/1/list/l-0001/record/l-0001:0"_s).jsonArray().at(5).toString(),
            u"CTO"_s);
        // unknown column: errorCode as a string, as in the documented example
        r = apiJson("POST", u"/api/1/list/l-0001/record"_s, { { u"Shoe Size"_s, u"44"_s } });
        QCOMPARE(r.status, 400);
        QCOMPARE(
            r.body, QByteArray(R"({"errorCode":"10010","message":"Invalid Column Specified"})"));
        verifyApiError(
            apiJson("PUT", u"/api/1/list/l-0001/record/l-0001:0"_s, { { u"Shoe Size"_s, 1 } }), 400,
            10010);
        verifyApiError(api("POST", u"/api/1/list/l-0001/record"_s, {}, "[1,2]", "application/json"),
            400, 10121);
        verifyApiError(
            apiJson("PUT", u"/api/1/list/l-0001/record"_s, { { u"First Name"_s, u"X"_s } }), 422,
            10121);
        // ids: hex suffix after many inserts
        for (int i = 0; i < 15; ++i)
            apiJson("POST", u"/api/1/list/l-0001/record"_s,
                { { u"E-mail Address"_s, u"n%1@x.com"_s.arg(i) } });
        QCOMPARE(api("GET", u"/api/1/list/l-0001/record/l-0001:10"_s).jsonArray().at(1).toString(),
            u"n14@x.com"_s);
        // errors
        verifyApiError(api("GET", u"/api/1/list/l-0404/record/l-0404:0"_s), 400, 10004);
        verifyApiError(api("GET", u"/api/1/list/l-0001/record/l-0002:0"_s), 400, 10054);
        verifyApiError(api("GET", u"/api/1/list/l-0001/record/l-0001:zz"_s), 400, 10054);
        verifyApiError(api("GET", u"/api/1/list/l-0001/record/l-0001:fff"_s), 400, 10008);
        verifyApiError(
            apiJson("PUT", u"/api/1/list/l-0001/record/l-0001:fff"_s, { { u"Company"_s, u"x"_s } }),
            400, 10008);
        verifyApiError(
            apiJson("POST", u"/api/1/list/l-0404/record"_s, { { u"Company"_s, u"x"_s } }), 400,
            10004);
        // delete one
        r = api("DELETE", u"/api/1/list/l-0001/record/l-0001:1"_s);
        QCOMPARE(r.json(),
            (QJsonObject { { u"status"_s, u"success"_s }, { u"message"_s, u"Record deleted"_s } }));
        verifyApiError(api("GET", u"/api/1/list/l-0001/record/l-0001:1"_s), 400, 10008);
        verifyApiError(api("DELETE", u"/api/1/list/l-0001/record/l-0001:1"_s), 400, 10008);
        // the email index forgot jane: upserting her again appends
        r = apiJson("PUT", u"/api/1/list/l-0001/record"_s, { { u"First Name"_s, u"Jane"_s } },
            u"email=jane%40act-on.com"_s);
        QCOMPARE(r.json().value(u"id").toString(), u"l-0001:11"_s);
        // bulk delete
        r = api("DELETE", u"/api/1/list/l-0001/record"_s,
            u"contactids=l-0001:2,l-0001:3,l-0001:999,bogus"_s);
        QCOMPARE(r.status, 200);
        // Act-On OpenAPI example "Failed Records": failedList holds {id, reason} objects
        QCOMPARE(r.json(),
            (QJsonObject { { u"success_count"_s, 2 }, { u"fail_count"_s, 2 },
                { u"failedList"_s,
                    QJsonArray { QJsonObject { { u"id"_s, u"l-0001:999"_s },
                                     { u"reason"_s, u"Invalid contact id"_s } },
                        QJsonObject { { u"id"_s, u"bogus"_s },
                            { u"reason"_s, u"Invalid contact id"_s } } } } }));
        QStringList many;
        for (int i = 0; i < 101; ++i)
            many << u"l-0001:%1"_s.arg(i, 0, 16);
        verifyApiError(
            api("DELETE", u"/api/1/list/l-0001/record"_s, u"contactids="_s + many.join(u',')), 400,
            10121);
        verifyApiError(api("DELETE", u"/api/1/list/l-0001/record"_s), 422, 10121);
        QCOMPARE(api("GET", u"/api/1/list/l-0001"_s).json().value(u"totalCount").toInt(), 15);
    }

    void upsertUpdatesOnlyFirstDuplicate()
    {
        m_emu->createList(u"Dups"_s, {}, { u"E-mail Address"_s, u"First Name"_s });
        apiJson("POST", u"/api/1/list/l-0001/record"_s,
            { { u"E-mail Address"_s, u"d@x.com"_s }, { u"First Name"_s, u"One"_s } });
        apiJson("POST", u"/api/1/list/l-0001/record"_s,
            { { u"E-mail Address"_s, u"D@X.com"_s }, { u"First Name"_s, u"Two"_s } });
        const RawReply r = apiJson("PUT", u"/api/1/list/l-0001/record"_s,
            { { u"First Name"_s, u"Upd"_s } }, u"email=d%40x.com"_s);
        QCOMPARE(r.json().value(u"id").toString(), u"l-0001:0"_s);
        const QJsonArray data = api("GET", u"/api/1/list/l-0001"_s).json().value(u"data").toArray();
        QCOMPARE(data.at(0).toArray().at(2).toString(), u"Upd"_s);
        QCOMPARE(data.at(1).toArray().at(2).toString(), u"Two"_s);
        // deleting the first makes the duplicate the match
        api("DELETE", u"/api/1/list/l-0001/record/l-0001:0"_s);
        QCOMPARE(apiJson("PUT", u"/api/1/list/l-0001/record"_s, { { u"First Name"_s, u"Next"_s } },
                     u"email=d%40x.com"_s)
                     .json()
                     .value(u"id")
                     .toString(),
            u"l-0001:1"_s);
    }

    void deleteList()
    {
        m_emu->createList(u"Gone"_s, {}, { u"E-mail Address"_s });
        QCOMPARE(api("DELETE", u"/api/1/list/l-0001"_s).status, 200);
        verifyApiError(api("GET", u"/api/1/list/l-0001"_s), 400, 10004);
        verifyApiError(api("DELETE", u"/api/1/list/l-0001"_s), 400, 10004);
    }

    // ------------------------------------------------------------ control and counters

    void controlRecordsAndCounters()
    {
        RawReply r = control("POST", u"/_sandbox/records/lists"_s,
            R"({"name":"Ctl","folder":"F","headings":["E-mail Address","Score"]})");
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json().value(u"id").toString(), u"l-0001"_s);
        r = control(
            "POST", u"/_sandbox/records/l-0001"_s, R"({"E-mail Address":"c@x.com","Score":"9"})");
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json().value(u"_contact_id_").toString(), u"l-0001:0"_s);
        r = control("PATCH", u"/_sandbox/records/l-0001/l-0001:0"_s, R"({"Score":"10"})");
        QCOMPARE(r.json().value(u"Score").toString(), u"10"_s);
        QCOMPARE(api("GET", u"/api/1/list/l-0001/record/l-0001:0"_s).jsonArray().at(2).toString(),
            u"10"_s);
        r = control("GET", u"/_sandbox/records/l-0001"_s);
        QCOMPARE(r.json().value(u"records").toArray().size(), 1);
        QCOMPARE(r.json().value(u"totalCount").toInt(), 1);
        QCOMPARE(m_http.get(url(u"/_sandbox/records/l-0001"_s, u"offset=1&limit=5"_s))
                     .json()
                     .value(u"records")
                     .toArray()
                     .size(),
            0);
        QCOMPARE(m_http.get(url(u"/_sandbox/records/l-0001"_s, u"limit=x"_s)).status, 400);
        QCOMPARE(control("GET", u"/_sandbox/records/lists"_s)
                     .jsonArray()
                     .at(0)
                     .toObject()
                     .value(u"emailColumn")
                     .toInt(),
            0);
        QCOMPARE(
            control("POST", u"/_sandbox/records/optout"_s, R"({"email":"o@x.com"})").status, 201);
        QCOMPARE(api("GET", u"/api/1/list/optout"_s)
                     .json()
                     .value(u"result")
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"email")
                     .toString(),
            u"o@x.com"_s);
        QCOMPARE(control("DELETE", u"/_sandbox/records/l-0001/l-0001:0"_s).status, 200);
        QCOMPARE(m_emu->listSize(u"l-0001"_s), 0);
        QCOMPARE(control("GET", u"/_sandbox/records/nothing"_s).status, 404);

        const QJsonObject c = control("GET", u"/_sandbox/counters"_s).json();
        QCOMPARE(c.value(u"emulator").toString(), u"acton"_s);
        QVERIFY(c.value(u"calls").toObject().value(u"token").toInt() >= 1);
        QCOMPARE(c.value(u"calls").toObject().value(u"record.get").toInt(), 1);
        QCOMPARE(c.value(u"calls").toObject().value(u"list.optout").toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSandboxActOn)
#include "tst_sandbox_acton.moc"
