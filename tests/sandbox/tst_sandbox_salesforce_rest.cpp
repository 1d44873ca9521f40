// The Salesforce emulator over raw HTTP, written from
// shared/reference/api-salesforce-pipeliner.md part A (never through LeadBridge
// connectors): REST basics and describe, SOQL, CRUD, upsert and sObject Collections, with
// status codes, headers and body shapes.
#include "core/sandbox/salesforce/SalesforceEmulator.h"
#include "tests/support/RawHttp.h"
#include "tests/support/sandbox/SalesforceSandboxCase.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace LeadBridge::Sandbox;
using namespace LeadBridge::Test;
using namespace Qt::Literals::StringLiterals;

class TestSandboxSalesforceRest : public SalesforceSandboxCase
{
    Q_OBJECT

private slots:
    void init() { startEmulator(); }
    void cleanup() { stopEmulator(); }

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

    void convertedLeadIsReadOnly()
    {
        // SOAP convertLead() keeps the lead, read-only, with IsConverted, ConvertedDate and
        // ConvertedContactId; updates answer CANNOT_UPDATE_CONVERTED_LEAD (SOAP API StatusCode).
        const QString lead = firstId(u"SELECT Id FROM Lead WHERE Email = 'ada@example.com'"_s);
        QVERIFY(!lead.isEmpty());
        const QByteArray body
            = QJsonDocument(QJsonObject { { u"leadId"_s, lead } }).toJson(QJsonDocument::Compact);
        const RawReply converted = m_http.send("POST", url(u"/_sandbox/records/LeadConvert"_s),
            { { "Content-Type", "application/json" } }, body);
        QCOMPARE(converted.status, 200);
        const QString contact = converted.json().value(u"contactId"_s).toString();
        QVERIFY(contact.startsWith(u"003"_s));
        const QJsonObject l = rest("GET", u"/sobjects/Lead/"_s + lead).json();
        QCOMPARE(l.value(u"IsConverted"_s).toBool(), true);
        QCOMPARE(l.value(u"ConvertedContactId"_s).toString(), contact);
        QVERIFY(!l.value(u"ConvertedDate"_s).toString().isEmpty());
        QCOMPARE(rest("GET", u"/sobjects/Contact/"_s + contact).json().value(u"Email"_s).toString(),
            u"ada@example.com"_s);
        // Still returned by queries, unless filtered out.
        QCOMPARE(query(u"SELECT Id FROM Lead WHERE IsConverted = true"_s)
                     .json()
                     .value(u"totalSize"_s)
                     .toInt(),
            1);
        expectError(restJson("PATCH", u"/sobjects/Lead/"_s + lead,
                        QJsonObject { { u"Title"_s, u"CTO"_s } }),
            400, u"CANNOT_UPDATE_CONVERTED_LEAD"_s);
        const QJsonArray res = restJson("PATCH", u"/composite/sobjects"_s,
            QJsonObject { { u"allOrNone"_s, false },
                { u"records"_s,
                    QJsonArray { QJsonObject {
                        { u"attributes"_s, QJsonObject { { u"type"_s, u"Lead"_s } } },
                        { u"id"_s, lead }, { u"Title"_s, u"CTO"_s } } } } })
                                   .jsonArray();
        QCOMPARE(firstErrorCode(res.at(0)), u"CANNOT_UPDATE_CONVERTED_LEAD"_s);
        QCOMPARE(rest("GET", u"/sobjects/Lead/"_s + lead).json().value(u"Title"_s).toString(),
            l.value(u"Title"_s).toString());
        // Converting twice is refused.
        QCOMPARE(m_http.send("POST", url(u"/_sandbox/records/LeadConvert"_s),
                           { { "Content-Type", "application/json" } }, body)
                     .status,
            400);
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
        QCOMPARE(firstErrorCode(res.at(1)), u"MALFORMED_ID"_s);
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
        QCOMPARE(firstErrorCode(res.at(0)), u"ENTITY_IS_DELETED"_s);
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
        QCOMPARE(firstErrorCode(res.at(0)), u"ALL_OR_NONE_OPERATION_ROLLED_BACK"_s);
        QCOMPARE(firstErrorCode(res.at(1)), u"MALFORMED_ID"_s);
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
        QCOMPARE(firstErrorCode(res.at(0)), u"INVALID_TYPE"_s);
    }
};

QTEST_GUILESS_MAIN(TestSandboxSalesforceRest)
#include "tst_sandbox_salesforce_rest.moc"
