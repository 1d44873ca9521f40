// The Salesforce emulator over raw HTTP, written from
// shared/reference/api-salesforce-pipeliner.md part A (never through LeadBridge
// connectors): reports, campaigns and campaign member statuses, the synthetic seed and the
// control API.
#include "core/sandbox/salesforce/SalesforceEmulator.h"
#include "tests/support/RawHttp.h"
#include "tests/support/sandbox/SalesforceSandboxCase.h"

#include <QJsonArray>
#include <QTest>

using namespace LeadBridge::Sandbox;
using namespace LeadBridge::Test;
using namespace Qt::Literals::StringLiterals;

class TestSandboxSalesforceCampaigns : public SalesforceSandboxCase
{
    Q_OBJECT

private slots:
    void init() { startEmulator(); }
    void cleanup() { stopEmulator(); }

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

QTEST_GUILESS_MAIN(TestSandboxSalesforceCampaigns)
#include "tst_sandbox_salesforce_campaigns.moc"
