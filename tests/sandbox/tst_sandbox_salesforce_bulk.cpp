// The Salesforce emulator over raw HTTP, written from
// shared/reference/api-salesforce-pipeliner.md part A (never through LeadBridge
// connectors): replication (updated/deleted), Bulk API 2.0 ingest and query, limits and
// faults.
#include "core/sandbox/salesforce/SalesforceEmulator.h"
#include "tests/support/RawHttp.h"
#include "tests/support/sandbox/SalesforceSandboxCase.h"

#include <QJsonArray>
#include <QTest>

using namespace LeadBridge::Sandbox;
using namespace LeadBridge::Test;
using namespace Qt::Literals::StringLiterals;

class TestSandboxSalesforceBulk : public SalesforceSandboxCase
{
    Q_OBJECT

private slots:
    void init() { startEmulator(); }
    void cleanup() { stopEmulator(); }

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
};

QTEST_GUILESS_MAIN(TestSandboxSalesforceBulk)
#include "tst_sandbox_salesforce_bulk.moc"
