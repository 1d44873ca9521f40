// PipelinerConnector against the in-process Pipeliner emulator: every call the connector
// makes (check, Fields describe, cursor-paged lists with edges, incremental by modified,
// email and name filters, lead creation, batch modify/upsert/delete with per-item outcomes),
// 422 field sentences, wrong keys and space, 429, 5xx bursts, malformed bodies and abort.
#include "core/connectors/pipeliner/PipelinerConnector.h"
#include "core/net/HttpClient.h"
#include "core/sandbox/pipeliner/PipelinerEmulator.h"
#include "tests/support/ConnectorTestCase.h"
#include "tests/support/DemoPeople.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

#include <memory>
#include <optional>

using namespace LeadBridge;
using namespace LeadBridge::Sandbox;
using Kind = ApiError::Kind;
using LeadBridge::Test::ConnectorTestCase;
using LeadBridge::Test::DemoPeople;
using LeadBridge::Test::RequestSpy;

namespace {

/// 250 contacts: the first 100 at company "Hundred", the rest at "Rest"; two users; leads
/// from people scored 50+ (at most 5).
DemoDataset world()
{
    DemoDataset d;
    d.pipelinerLeadActOnFields = true; // the space defines the Lead cf_acton_* fields
    d.users = DemoPeople::ownerAndSeller();
    for (int i = 0; i < 250; ++i) {
        DemoPerson p;
        p.index = i;
        p.firstName = QStringLiteral("First%1").arg(i);
        p.lastName = QStringLiteral("Last%1").arg(i);
        p.email = QStringLiteral("person%1@example.com").arg(i);
        p.company = i < 100 ? QStringLiteral("Hundred") : QStringLiteral("Rest");
        p.score = i < 3 ? 80 : 10;
        p.inPipeliner = true;
        p.createdAt = QDateTime(QDate(2025, 1, 1), QTime(9, 0), Qt::UTC).addSecs(i * 60);
        p.modifiedAt = p.createdAt.addDays(1);
        d.people.append(p);
    }
    d.actOnLists
        = { DemoList { QStringLiteral("Webinar May"), QStringLiteral("Events"), { 0, 1 } } };
    return d;
}

} // namespace

class TestConnectorPipeliner : public ConnectorTestCase
{
    Q_OBJECT

private:
    std::unique_ptr<PipelinerEmulator> m_emu;
    QNetworkAccessManager m_raw;

    Emulator &emulator() const override { return *m_emu; }

    ConnectorConfig config(const QString &token = PipelinerEmulator::defaultApiToken(),
        const QString &secret = PipelinerEmulator::defaultApiSecret(),
        const QString &space = PipelinerEmulator::defaultSpaceId()) const
    {
        ConnectorConfig c;
        c.account.kind = AccountKind::Pipeliner;
        c.account.name = QStringLiteral("Demo CRM");
        c.account.settings.insert(QStringLiteral("baseUrl"), m_emu->baseUrl().toString());
        c.account.settings.insert(QStringLiteral("spaceId"), space);
        c.credentials.secrets.insert(QStringLiteral("apiToken"), token.toUtf8());
        c.credentials.secrets.insert(QStringLiteral("apiSecret"), secret.toUtf8());
        return c;
    }
    std::unique_ptr<PipelinerConnector> connector()
    {
        auto c = std::make_unique<PipelinerConnector>(config(), m_nam.get());
        fastRetries(*c);
        return c;
    }
    QString m_ownerId;

private slots:
    void init()
    {
        m_emu = std::make_unique<PipelinerEmulator>();
        m_emu->seed(world());
        QVERIFY(m_emu->listen(0));
        m_nam = std::make_unique<RequestSpy>();
        const QJsonArray clients = control("GET", QStringLiteral("/_sandbox/records/Clients"))
                                       .value(QStringLiteral("records"))
                                       .toArray();
        QVERIFY(!clients.isEmpty());
        m_ownerId = clients.first().toObject().value(QStringLiteral("id")).toString();
        m_emu->resetCounters();
    }
    void cleanup()
    {
        m_nam.reset();
        m_emu.reset();
    }

    // ------------------------------------------------------------ settings and check

    void regionsAndBaseUrl()
    {
        ConnectorConfig c = config();
        c.account.settings.remove(QStringLiteral("baseUrl"));
        c.account.settings.insert(QStringLiteral("region"), QStringLiteral("eu-central"));
        QCOMPARE(PipelinerConnector(c, m_nam.get()).spaceRoot().toString(),
            QStringLiteral(
                "https://eu-central.api.pipelinersales.com/api/v100/rest/spaces/leadbridge_demo"));
        c.account.settings.insert(QStringLiteral("region"), QStringLiteral("us-east"));
        QCOMPARE(PipelinerConnector(c, m_nam.get()).spaceRoot().host(),
            QStringLiteral("us-east.api.pipelinersales.com"));
        // A service URL copied with the API path is accepted as well.
        c.account.settings.insert(QStringLiteral("baseUrl"), m_emu->apiBase());
        QCOMPARE(PipelinerConnector(c, m_nam.get()).spaceRoot().toString(), m_emu->apiBase());

        c.account.settings.remove(QStringLiteral("baseUrl"));
        c.account.settings.insert(QStringLiteral("region"), QStringLiteral("mars-north"));
        PipelinerConnector bad(c, m_nam.get());
        auto [info, error] = runResult<ConnectionInfo>(
            [&](Connector::Result<ConnectionInfo> d) { bad.checkConnection(d); });
        QCOMPARE(error.userMessage(),
            QStringLiteral("The Pipeliner region for Demo CRM is not set. Choose it in Accounts → "
                           "Pipeliner, or enter the service URL shown under Show API Access."));
        QVERIFY(m_nam->urls.isEmpty());
    }

    void checkConnection()
    {
        auto c = connector();
        auto [info, error] = runResult<ConnectionInfo>(
            [&](Connector::Result<ConnectionInfo> d) { c->checkConnection(d); });
        QVERIFY2(!error.isError(), qPrintable(error.toLogString()));
        QCOMPARE(info.details.value(QStringLiteral("spaceId")).toString(),
            QStringLiteral("leadbridge_demo"));
        QCOMPARE(info.details.value(QStringLiteral("users")).toInt(), 2);
        QCOMPARE(info.instanceUrl, m_emu->apiBase());
        QVERIFY(info.displayName.startsWith(QStringLiteral("Pipeliner space leadbridge_demo")));
        QCOMPARE(calls(QStringLiteral("clients.list")), 1);
    }

    void wrongKeysAndSpace()
    {
        PipelinerConnector wrong(
            config(QStringLiteral("lb_demo_api_token"), QStringLiteral("nope")), m_nam.get());
        auto [info, error] = runResult<ConnectionInfo>(
            [&](Connector::Result<ConnectionInfo> d) { wrong.checkConnection(d); });
        QCOMPARE(error.kind(), Kind::Auth);
        QCOMPARE(error.userMessage(),
            QStringLiteral(
                "Pipeliner rejected the API key for Demo CRM. Check it in Accounts → Pipeliner."));
        QCOMPARE(totalCalls(), 1); // basic auth: no re-login, no retry
        QVERIFY(!error.technicalDetail().contains(QStringLiteral("nope")));

        PipelinerConnector space(
            config(PipelinerEmulator::defaultApiToken(), PipelinerEmulator::defaultApiSecret(),
                QStringLiteral("other_space")),
            m_nam.get());
        auto [info2, error2] = runResult<ConnectionInfo>(
            [&](Connector::Result<ConnectionInfo> d) { space.checkConnection(d); });
        QCOMPARE(error2.kind(), Kind::NotFound);
        QCOMPARE(error2.userMessage(),
            QStringLiteral(
                "Pipeliner has no space “other_space” for Demo CRM. Check the space id in "
                "Accounts → Pipeliner."));
    }

    // ------------------------------------------------------------ describe

    void fieldDescriptorReadsTheDocumentedProperties()
    {
        // A Field object as components.schemas.Field of the Pipeliner OpenAPI describes it.
        const QVariantMap documented { { QStringLiteral("id"),
                                           QStringLiteral("01234567-abcd-dcba-ffff-000000000000") },
            { QStringLiteral("api_name"), QStringLiteral("account_id") },
            { QStringLiteral("entity_name"), QStringLiteral("Contact") },
            { QStringLiteral("name"), QStringLiteral("Account") },
            { QStringLiteral("type_id"), QStringLiteral("dropdown") },
            { QStringLiteral("system_type"), 1 }, { QStringLiteral("column_source"), 0 },
            { QStringLiteral("system_required"), true },
            { QStringLiteral("system_readonly"), true },
            { QStringLiteral("relation_id"), QStringLiteral("account") },
            { QStringLiteral("relation_with_entity_id"), QStringLiteral("Account") } };
        const CrmFieldDescriptor d = PipelinerConnector::fieldDescriptor(documented);
        QCOMPARE(d.apiName, QStringLiteral("account_id"));
        QCOMPARE(d.label, QStringLiteral("Account"));
        QCOMPARE(d.type, QStringLiteral("dropdown"));
        QVERIFY(!d.nillable);
        QVERIFY(!d.createable && !d.updateable);
        QVERIFY(!d.custom);
        QCOMPARE(d.referenceTo, QStringList { QStringLiteral("Account") });
        QCOMPARE(d.relationshipName, QStringLiteral("account"));

        // The names LeadBridge once invented carry no meaning.
        const QVariantMap madeUp { { QStringLiteral("api_name"), QStringLiteral("cf_score") },
            { QStringLiteral("name"), QStringLiteral("Score") },
            { QStringLiteral("type_id"), QStringLiteral("integer") },
            { QStringLiteral("is_custom"), false }, { QStringLiteral("is_read_only"), true },
            { QStringLiteral("is_required"), true },
            { QStringLiteral("related_entity"), QStringLiteral("Accounts") } };
        const CrmFieldDescriptor m = PipelinerConnector::fieldDescriptor(madeUp);
        QVERIFY(m.custom); // cf_ prefix
        QVERIFY(m.nillable && m.createable && m.updateable);
        QVERIFY(m.referenceTo.isEmpty());
    }

    void createFieldThroughTheFieldsApi()
    {
        auto c = connector();
        auto [field, error]
            = runResult<CrmFieldDescriptor>([&](Connector::Result<CrmFieldDescriptor> d) {
                  c->createField(QStringLiteral("Lead"), QStringLiteral("Webinar Minutes"),
                      QStringLiteral("integer"), d);
              });
        QVERIFY2(!error.isError(), qPrintable(error.toLogString()));
        QCOMPARE(field.apiName, QStringLiteral("cf_webinar_minutes"));
        QCOMPARE(field.type, QStringLiteral("integer"));
        QVERIFY(field.custom);
        QCOMPARE(spiedQueries(QStringLiteral("/entities/Fields")).size(), 1);
        const QJsonObject stored
            = control("GET", QStringLiteral("/_sandbox/records/Fields/cf_webinar_minutes"));
        QCOMPARE(stored.value(QStringLiteral("entity_name")).toString(), QStringLiteral("Lead"));
        QCOMPARE(
            stored.value(QStringLiteral("name")).toString(), QStringLiteral("Webinar Minutes"));
        const qsizetype fieldsBefore = m_emu->recordCount(QStringLiteral("Fields"));

        m_emu->setMayCreateFields(false);
        auto [none, refused]
            = runResult<CrmFieldDescriptor>([&](Connector::Result<CrmFieldDescriptor> d) {
                  c->createField(
                      QStringLiteral("Lead"), QStringLiteral("Other"), QStringLiteral("input"), d);
              });
        QCOMPARE(refused.kind(), Kind::Permission);
        QCOMPARE(refused.httpStatus(), 403);
        QCOMPARE(m_emu->recordCount(QStringLiteral("Fields")), fieldsBefore);
    }

    void describeWithCustomFields()
    {
        auto c = connector();
        auto [schemas, error] = runResult<QList<CrmObjectSchema>>(
            [&](Connector::Result<QList<CrmObjectSchema>> d) { c->describe({}, d); });
        QVERIFY2(!error.isError(), qPrintable(error.toLogString()));
        QCOMPARE(schemas.size(), 2);
        QCOMPARE(schemas[0].name, QStringLiteral("Lead"));
        QCOMPARE(schemas[0].crm, CrmKind::Pipeliner);
        QCOMPARE(schemas[0].object, CrmObjectType::Lead);
        const CrmFieldDescriptor *score = schemas[0].field(QStringLiteral("cf_acton_score"));
        QVERIFY(score);
        QVERIFY(score->custom);
        QCOMPARE(score->type, QStringLiteral("integer"));
        QCOMPARE(score->label, QStringLiteral("Acton Score"));
        QVERIFY(score->nillable && score->createable && score->updateable);
        QVERIFY(schemas[0].field(QStringLiteral("name")));
        QVERIFY(!schemas[0].field(QStringLiteral("name"))->nillable);
        QVERIFY(schemas[0].field(QStringLiteral("name"))->isRequiredOnCreate());
        // From system_required / system_readonly / relation_with_entity_id of the documented
        // Field shape: a Lead's owner_id is an optional relation to Client; created is
        // read-only; only "name" is required on create (createLeadInput).
        const CrmFieldDescriptor *owner = schemas[0].field(QStringLiteral("owner_id"));
        QVERIFY(owner);
        QCOMPARE(owner->referenceTo, QStringList { QStringLiteral("Client") });
        QCOMPARE(owner->relationshipName, QStringLiteral("owner"));
        QVERIFY(owner->nillable);
        QVERIFY(!owner->custom);
        const CrmFieldDescriptor *created = schemas[0].field(QStringLiteral("created"));
        QVERIFY(created && !created->createable && !created->updateable);
        QStringList required;
        for (const CrmFieldDescriptor &d : schemas[0].fields) {
            if (d.isRequiredOnCreate())
                required.append(d.apiName);
        }
        QCOMPARE(required, QStringList { QStringLiteral("name") });
        QCOMPARE(schemas[1].field(QStringLiteral("owner_id"))->nillable, false);
        QVERIFY(!schemas[0].contains(QStringLiteral("email1"))); // Leads have no person fields
        QCOMPARE(schemas[1].object, CrmObjectType::Contact);
        QVERIFY(schemas[1].contains(QStringLiteral("email1")));
        QCOMPARE(schemas[1].field(QStringLiteral("cf_acton_last_sync"))->type,
            QStringLiteral("datetime"));
        QVERIFY(!schemas[1].field(QStringLiteral("first_name"))->custom);

        // Live discovery: a field added in the CRM shows up on the next describe.
        QNetworkRequest req(QUrl(m_emu->apiBase() + QStringLiteral("/entities/Fields")));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        req.setRawHeader("Authorization",
            "Basic "
                + (PipelinerEmulator::defaultApiToken() + u':'
                    + PipelinerEmulator::defaultApiSecret())
                      .toUtf8()
                      .toBase64());
        QNetworkReply *reply = m_raw.post(req,
            QJsonDocument(
                QJsonObject { { QStringLiteral("name"), QStringLiteral("Webinar Minutes") },
                    { QStringLiteral("entity_name"), QStringLiteral("Contact") },
                    { QStringLiteral("type_id"), QStringLiteral("integer") } })
                .toJson());
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        reply->deleteLater();
        auto [again, error2]
            = runResult<QList<CrmObjectSchema>>([&](Connector::Result<QList<CrmObjectSchema>> d) {
                  c->describe({ QStringLiteral("contact") }, d);
              });
        QVERIFY(!error2.isError());
        QCOMPARE(again.size(), 1);
        QCOMPARE(
            again[0].field(QStringLiteral("cf_webinar_minutes"))->type, QStringLiteral("integer"));
        QVERIFY(again[0].field(QStringLiteral("cf_webinar_minutes"))->custom);
        QCOMPARE(spiedQueries(QStringLiteral("/entities/Fields"))
                     .last()
                     .queryItemValue(QStringLiteral("filter[entity_name]")),
            QStringLiteral("Contact"));

        auto [none, bad]
            = runResult<QList<CrmObjectSchema>>([&](Connector::Result<QList<CrmObjectSchema>> d) {
                  c->describe({ QStringLiteral("Opportunity") }, d);
              });
        QCOMPARE(bad.kind(), Kind::Validation);
        QVERIFY(
            bad.userMessage().startsWith(QStringLiteral("Pipeliner has no “Opportunity” records")));
    }

    // ------------------------------------------------------------ lists

    void pagingEdges_data()
    {
        QTest::addColumn<QString>("company");
        QTest::addColumn<QList<int>>("pageSizes");
        QTest::newRow("empty") << QStringLiteral("Nobody") << QList<int> { 0 };
        QTest::newRow("exactly 100") << QStringLiteral("Hundred") << QList<int> { 100 };
        QTest::newRow("250") << QString() << QList<int> { 100, 100, 50 };
    }
    void pagingEdges()
    {
        QFETCH(QString, company);
        QFETCH(QList<int>, pageSizes);
        auto c = connector();
        FetchRequest r;
        r.object = QStringLiteral("contact");
        if (!company.isEmpty())
            r.options.insert(QStringLiteral("filter"),
                QVariantMap { { QStringLiteral("quick_account_name"), company } });
        const FetchOutcome f = runFetch([&](auto p, auto d) { c->fetch(r, p, d); });
        QVERIFY2(!f.error->isError(), qPrintable(f.error->toLogString()));
        QList<int> sizes;
        int total = 0;
        for (const auto &p : f.pages) {
            sizes.append(int(p.records.size()));
            total += int(p.records.size());
        }
        QCOMPARE(sizes, pageSizes);
        QCOMPARE(calls(QStringLiteral("contacts.list")), qint64(pageSizes.size()));
        QVERIFY(f.pages.last().last);
        QCOMPARE(f.pages.first().totalKnown, qint64(total));
        QSet<QString> ids;
        for (const auto &p : f.pages)
            for (const auto &rec : p.records) {
                ids.insert(rec.id);
                QCOMPARE(rec.object, QStringLiteral("Contacts"));
                QVERIFY(rec.modifiedAt.isValid());
                if (!company.isEmpty())
                    QCOMPARE(
                        rec.fields.value(QStringLiteral("quick_account_name")).toString(), company);
            }
        QCOMPARE(int(ids.size()), total);
        // Cursor paging: first=100, then after=<end_cursor of the previous page>.
        const auto queries = spiedQueries(QStringLiteral("/entities/Contacts"));
        QCOMPARE(queries.first().queryItemValue(QStringLiteral("first")), QStringLiteral("100"));
        QVERIFY(!queries.first().hasQueryItem(QStringLiteral("after")));
        for (int i = 1; i < queries.size(); ++i)
            QVERIFY(!queries[i].queryItemValue(QStringLiteral("after")).isEmpty());
    }

    void incrementalSinceModified()
    {
        auto c = connector();
        const QJsonArray contacts = control("GET", QStringLiteral("/_sandbox/records/Contacts"))
                                        .value(QStringLiteral("records"))
                                        .toArray();
        const QString id = contacts.at(7).toObject().value(QStringLiteral("id")).toString();
        const QDateTime before = QDateTime::currentDateTimeUtc();
        QTest::qWait(5);
        control("PATCH", QStringLiteral("/_sandbox/records/Contacts/") + id,
            QJsonObject { { QStringLiteral("title"), QStringLiteral("Head of Webinars") } });

        FetchRequest r;
        r.object = QStringLiteral("Contacts");
        r.since = before;
        r.fields = { QStringLiteral("email1"), QStringLiteral("title") };
        const FetchOutcome f = runFetch([&](auto p, auto d) { c->fetch(r, p, d); });
        QVERIFY2(!f.error->isError(), qPrintable(f.error->toLogString()));
        QCOMPARE(f.records(), 1);
        const ConnectorRecord &rec = f.pages[0].records[0];
        QCOMPARE(rec.id, id);
        QCOMPARE(rec.fields.value(QStringLiteral("title")).toString(),
            QStringLiteral("Head of Webinars"));
        QVERIFY(!rec.fields.contains(QStringLiteral("last_name"))); // load-only
        QVERIFY(rec.modifiedAt >= before.addSecs(-1));
        QCOMPARE(f.pages.last().cursor, rec.modifiedAt.toString(Qt::ISODateWithMs));
        const QUrlQuery q = spiedQueries(QStringLiteral("/entities/Contacts")).last();
        QCOMPARE(q.queryItemValue(QStringLiteral("filter-op[modified]")), QStringLiteral("gte"));
        QCOMPARE(q.queryItemValue(QStringLiteral("order-by")), QStringLiteral("modified"));
        QVERIFY(q.queryItemValue(QStringLiteral("filter[modified]")).endsWith(u'Z'));
    }

    void findContactsByEmailIgnoresCase()
    {
        auto c = connector();
        auto [found, error] = runResult<PipelinerConnector::Records>(
            [&](Connector::Result<PipelinerConnector::Records> d) {
                c->findContactsByEmail({ QStringLiteral("PERSON3@Example.com"),
                                           QStringLiteral("person200@example.com"),
                                           QStringLiteral("nobody@example.com"),
                                           QStringLiteral("person3@example.com") },
                    d);
            });
        QVERIFY2(!error.isError(), qPrintable(error.toLogString()));
        QStringList emails;
        for (const auto &r : found)
            emails.append(r.fields.value(QStringLiteral("email1")).toString());
        emails.sort();
        QCOMPARE(emails,
            (QStringList {
                QStringLiteral("person200@example.com"), QStringLiteral("person3@example.com") }));
        QCOMPARE(calls(QStringLiteral("contacts.list")), 3); // duplicates asked once
        for (const QUrlQuery &q : spiedQueries(QStringLiteral("/entities/Contacts")))
            QCOMPARE(q.queryItemValue(QStringLiteral("filter-op[email1]")), QStringLiteral("ieq"));

        // An address with a '+' travels intact.
        control("POST", QStringLiteral("/_sandbox/records/Contacts"),
            QJsonObject { { QStringLiteral("first_name"), QStringLiteral("Plus") },
                { QStringLiteral("email1"), QStringLiteral("a+b@example.com") },
                { QStringLiteral("owner_id"), m_ownerId } });
        auto [plus, error2] = runResult<PipelinerConnector::Records>(
            [&](Connector::Result<PipelinerConnector::Records> d) {
                c->findContactsByEmail({ QStringLiteral("A+B@example.com") }, d);
            });
        QVERIFY(!error2.isError());
        QCOMPARE(plus.size(), 1);
    }

    void clientsLeadsAndLeadCreation()
    {
        auto c = connector();
        auto [clients, e1] = runResult<PipelinerConnector::Records>(
            [&](Connector::Result<PipelinerConnector::Records> d) { c->listClients(d); });
        QVERIFY(!e1.isError());
        QCOMPARE(clients.size(), 2);
        QStringList owners;
        for (const auto &cl : clients)
            owners.append(cl.fields.value(QStringLiteral("email")).toString());
        owners.sort();
        QCOMPARE(owners,
            (QStringList {
                QStringLiteral("olga@demo.example"), QStringLiteral("sam@demo.example") }));

        auto [contacts, e2] = runResult<PipelinerConnector::Records>(
            [&](Connector::Result<PipelinerConnector::Records> d) {
                c->findContactsByEmail({ QStringLiteral("person42@example.com") }, d);
            });
        QCOMPARE(contacts.size(), 1);
        const QString contactId = contacts[0].id;

        const int leadsBefore = int(m_emu->recordCount(QStringLiteral("Leads")));
        auto [lead, e3] = runResult<ConnectorRecord>([&](Connector::Result<ConnectorRecord> d) {
            c->createLead(QStringLiteral("First42 Last42 (Webinar May)"), m_ownerId, contactId,
                { { QStringLiteral("cf_acton_score"), 77 },
                    { QStringLiteral("cf_acton_list_name"), QStringLiteral("Webinar May") } },
                d);
        });
        QVERIFY2(!e3.isError(), qPrintable(e3.toLogString()));
        QVERIFY(!lead.id.isEmpty());
        QCOMPARE(m_emu->recordCount(QStringLiteral("Leads")), leadsBefore + 1);
        const QJsonObject stored = m_emu->record(QStringLiteral("Leads"), lead.id);
        QCOMPARE(stored.value(QStringLiteral("owner_id")).toString(), m_ownerId);
        QCOMPARE(stored.value(QStringLiteral("primary_contact_id")).toString(), contactId);
        QCOMPARE(stored.value(QStringLiteral("cf_acton_score")).toInt(), 77);
        QCOMPARE(calls(QStringLiteral("leads.create")), 1);

        auto [leads, e4] = runResult<PipelinerConnector::Records>(
            [&](Connector::Result<PipelinerConnector::Records> d) {
                c->findLeadsByName(QStringLiteral("first42 last42 (webinar may)"), d);
            });
        QVERIFY(!e4.isError());
        QCOMPARE(leads.size(), 1);
        QCOMPARE(leads[0].id, lead.id);
        auto [noLeads, e5] = runResult<PipelinerConnector::Records>(
            [&](Connector::Result<PipelinerConnector::Records> d) {
                c->findLeadsByName(QStringLiteral("Nobody (x)"), d);
            });
        QVERIFY(!e5.isError());
        QVERIFY(noLeads.isEmpty());
    }

    void leadNeedsOnlyANameElse422Sentence()
    {
        // createLeadInput.required = ["name"] (Pipeliner OpenAPI): no owner_id needed.
        auto c = connector();
        auto [lead, ok] = runResult<ConnectorRecord>([&](Connector::Result<ConnectorRecord> d) {
            c->createLead(QStringLiteral("No owner"), QString(), QString(), {}, d);
        });
        QVERIFY2(!ok.isError(), qPrintable(ok.toLogString()));
        QCOMPARE(m_emu->recordCount(QStringLiteral("Leads")), 4);
        QCOMPARE(m_emu->record(QStringLiteral("Leads"), lead.id)
                     .value(QStringLiteral("name"))
                     .toString(),
            QStringLiteral("No owner"));

        auto [none, error] = runResult<ConnectorRecord>([&](Connector::Result<ConnectorRecord> d) {
            c->createLead(QString(), QString(), QString(), {}, d);
        });
        QCOMPARE(error.kind(), Kind::Validation);
        QCOMPARE(error.httpStatus(), 422);
        QCOMPARE(error.userMessage(),
            QStringLiteral("Pipeliner refused the data sent for Demo CRM: \"name: Non-null field "
                           "'name' is null or empty.\". Correct the record or the field mapping, "
                           "then sync again."));
        QCOMPARE(m_emu->recordCount(QStringLiteral("Leads")), 4); // nothing stored
        QCOMPARE(error.vendorCode(), QStringLiteral("ERROR_ENTITY_VALIDATION"));
        QCOMPARE(m_emu->counters()
                     .value(QStringLiteral("calls"))
                     .toObject()
                     .value(QStringLiteral("leads.create"))
                     .toInt(),
            2);
    }

    // ------------------------------------------------------------ writes

    void batchModifyWithOneBadItem()
    {
        auto c = connector();
        const qsizetype before = m_emu->recordCount(QStringLiteral("Contacts"));
        WriteRequest w;
        w.object = QStringLiteral("Contacts");
        w.operation = WriteRequest::Operation::Create;
        ConnectorRecord a, bad, b;
        a.fields = { { QStringLiteral("first_name"), QStringLiteral("Zoë") },
            { QStringLiteral("last_name"), QStringLiteral("Ång") },
            { QStringLiteral("email1"), QStringLiteral("zoe@new.example") },
            { QStringLiteral("owner_id"), m_ownerId }, { QStringLiteral("cf_acton_score"), 12 } };
        bad.fields = { { QStringLiteral("email1"), QStringLiteral("nameless@new.example") },
            { QStringLiteral("owner_id"), m_ownerId } };
        b.fields = { { QStringLiteral("last_name"), QStringLiteral("Solo") },
            { QStringLiteral("owner_id"), m_ownerId } };
        w.records = { a, bad, b };
        auto [result, error]
            = runResult<WriteResult>([&](Connector::Result<WriteResult> d) { c->write(w, d); });
        QVERIFY2(!error.isError(), qPrintable(error.toLogString()));
        QCOMPARE(result.outcomes.size(), 3);
        QCOMPARE(result.succeeded(), 2);
        QVERIFY(result.outcomes[0].ok && result.outcomes[0].created);
        QVERIFY(result.outcomes[2].ok);
        QVERIFY(!result.outcomes[1].ok);
        QCOMPARE(result.outcomes[1].index, 1);
        QCOMPARE(result.outcomes[1].error.kind(), Kind::Validation);
        const QString sentence = result.outcomes[1].error.userMessage();
        QVERIFY2(sentence.contains(QStringLiteral("first_name"))
                || sentence.contains(QStringLiteral("last_name")),
            qPrintable(sentence));
        QVERIFY(
            sentence.startsWith(QStringLiteral("Pipeliner refused the data sent for Demo CRM")));
        QCOMPARE(result.callsUsed, 1);
        QCOMPARE(calls(QStringLiteral("contacts.batchModify")), 1);
        QCOMPARE(m_emu->recordCount(QStringLiteral("Contacts")), before + 2);
        const QJsonObject stored = m_emu->record(QStringLiteral("Contacts"), result.outcomes[0].id);
        QCOMPARE(stored.value(QStringLiteral("first_name")).toString(), QStringLiteral("Zoë"));
        QCOMPARE(stored.value(QStringLiteral("cf_acton_score")).toInt(), 12);
        QCOMPARE(QUrlQuery(m_nam->urls.last()).queryItemValue(QStringLiteral("rollback-method")),
            QStringLiteral("1"));
    }

    void updateUpsertAndDelete()
    {
        auto c = connector();
        auto [found, e0] = runResult<PipelinerConnector::Records>(
            [&](Connector::Result<PipelinerConnector::Records> d) {
                c->findContactsByEmail({ QStringLiteral("person5@example.com") }, d);
            });
        QCOMPARE(found.size(), 1);
        const QString id5 = found[0].id;

        // Update by id.
        WriteRequest w;
        w.object = QStringLiteral("contact");
        w.operation = WriteRequest::Operation::Update;
        ConnectorRecord upd;
        upd.id = id5;
        upd.fields = { { QStringLiteral("title"), QStringLiteral("CTO") } };
        ConnectorRecord noId;
        noId.fields = { { QStringLiteral("title"), QStringLiteral("x") } };
        w.records = { upd, noId };
        auto [r1, e1]
            = runResult<WriteResult>([&](Connector::Result<WriteResult> d) { c->write(w, d); });
        QVERIFY(!e1.isError());
        QVERIFY(r1.outcomes[0].ok && !r1.outcomes[0].created);
        QVERIFY(!r1.outcomes[1].ok);
        QCOMPARE(m_emu->record(QStringLiteral("Contacts"), id5)
                     .value(QStringLiteral("title"))
                     .toString(),
            QStringLiteral("CTO"));

        // Upsert by email1, case-insensitively: one update, one create.
        w.operation = WriteRequest::Operation::Upsert;
        w.keyField = QStringLiteral("email1");
        ConnectorRecord existing;
        existing.fields = { { QStringLiteral("email1"), QStringLiteral("PERSON5@example.com") },
            { QStringLiteral("position"), QStringLiteral("Chief") } };
        ConnectorRecord fresh;
        fresh.fields = { { QStringLiteral("email1"), QStringLiteral("fresh@example.com") },
            { QStringLiteral("last_name"), QStringLiteral("Fresh") },
            { QStringLiteral("owner_id"), m_ownerId } };
        w.records = { existing, fresh };
        const qsizetype before = m_emu->recordCount(QStringLiteral("Contacts"));
        auto [r2, e2]
            = runResult<WriteResult>([&](Connector::Result<WriteResult> d) { c->write(w, d); });
        QVERIFY2(!e2.isError(), qPrintable(e2.toLogString()));
        QVERIFY(r2.outcomes[0].ok);
        QCOMPARE(r2.outcomes[0].id, id5);
        QVERIFY(!r2.outcomes[0].created);
        QVERIFY(r2.outcomes[1].ok && r2.outcomes[1].created);
        QCOMPARE(m_emu->recordCount(QStringLiteral("Contacts")), before + 1);
        QCOMPARE(m_emu->record(QStringLiteral("Contacts"), id5)
                     .value(QStringLiteral("position"))
                     .toString(),
            QStringLiteral("Chief"));
        QCOMPARE(r2.callsUsed, 3); // two look-ups, one batch

        // Delete (soft) through batch-delete.
        w = {};
        w.object = QStringLiteral("Contacts");
        w.operation = WriteRequest::Operation::Delete;
        ConnectorRecord del;
        del.id = id5;
        ConnectorRecord ghost;
        ghost.id = QStringLiteral("00000000-0000-0000-0000-00000000dead");
        w.records = { del, ghost };
        auto [r3, e3]
            = runResult<WriteResult>([&](Connector::Result<WriteResult> d) { c->write(w, d); });
        QVERIFY(!e3.isError());
        QVERIFY(r3.outcomes[0].ok);
        QVERIFY(!r3.outcomes[1].ok);
        QCOMPARE(r3.outcomes[1].error.kind(), Kind::NotFound);
        QCOMPARE(m_emu->record(QStringLiteral("Contacts"), id5)
                     .value(QStringLiteral("is_deleted"))
                     .toBool(),
            true);
    }

    void largeBatchIsSplit()
    {
        auto c = connector();
        WriteRequest w;
        w.object = QStringLiteral("Leads");
        w.operation = WriteRequest::Operation::Create;
        for (int i = 0; i < 150; ++i) {
            ConnectorRecord r;
            r.fields = { { QStringLiteral("name"), QStringLiteral("Lead %1").arg(i) },
                { QStringLiteral("owner_id"), m_ownerId } };
            w.records.append(r);
        }
        const qsizetype before = m_emu->recordCount(QStringLiteral("Leads"));
        auto [r, e]
            = runResult<WriteResult>([&](Connector::Result<WriteResult> d) { c->write(w, d); });
        QVERIFY(!e.isError());
        QCOMPARE(r.succeeded(), 150);
        QCOMPARE(r.callsUsed, 2);
        QCOMPARE(calls(QStringLiteral("leads.batchModify")), 2);
        QCOMPARE(m_emu->recordCount(QStringLiteral("Leads")), before + 150);
        for (int i = 0; i < 150; ++i)
            QCOMPARE(r.outcomes[i].index, i);
    }

    void unknownObjects()
    {
        auto c = connector();
        FetchRequest r;
        r.object = QStringLiteral("Opportunities");
        const FetchOutcome f = runFetch([&](auto p, auto d) { c->fetch(r, p, d); });
        QCOMPARE(f.error->kind(), Kind::Validation);
        QCOMPARE(f.error->userMessage(),
            QStringLiteral(
                "Pipeliner has no “Opportunities” records that LeadBridge can read for Demo "
                "CRM. Choose Contacts, Leads, Accounts or Clients."));
        WriteRequest w;
        w.object = QStringLiteral("Clients");
        auto [res, e]
            = runResult<WriteResult>([&](Connector::Result<WriteResult> d) { c->write(w, d); });
        QCOMPARE(e.kind(), Kind::Validation);
        QCOMPARE(totalCalls(), 0);
    }

    void filtersCannotAddParameters()
    {
        auto c = connector();
        // A filter key that is not a field name is refused before anything is sent.
        FetchRequest r;
        r.object = QStringLiteral("Contacts");
        r.options.insert(QStringLiteral("filter"),
            QVariantMap { { QStringLiteral("email1]=x&first=1&filter[name"), QStringLiteral("a") } });
        FetchOutcome f = runFetch([&](auto p, auto d) { c->fetch(r, p, d); });
        QCOMPARE(f.error->kind(), Kind::Validation);
        QVERIFY2(f.error->userMessage().contains(QStringLiteral("API name")),
            qPrintable(f.error->userMessage()));
        r.options.insert(QStringLiteral("filter"),
            QVariantMap { { QStringLiteral("email1"), QStringLiteral("a") } });
        r.options.insert(QStringLiteral("filterOp"),
            QVariantMap { { QStringLiteral("email1"), QStringLiteral("eq&include-deleted=true") } });
        f = runFetch([&](auto p, auto d) { c->fetch(r, p, d); });
        QCOMPARE(f.error->kind(), Kind::Validation);
        WriteRequest w;
        w.object = QStringLiteral("contact");
        w.operation = WriteRequest::Operation::Upsert;
        w.keyField = QStringLiteral("email1&first=100");
        ConnectorRecord rec;
        rec.fields = { { w.keyField, QStringLiteral("x@example.com") } };
        w.records = { rec };
        auto [res, e]
            = runResult<WriteResult>([&](Connector::Result<WriteResult> d) { c->write(w, d); });
        QCOMPARE(e.kind(), Kind::Validation);
        QCOMPARE(totalCalls(), 0);

        // A value full of query syntax is one value: it finds nothing and adds no parameter.
        const QString hostile = QStringLiteral("person3@example.com&filter-op[email1]=contains"
                                               "&include-deleted=true#+ %26=");
        auto [found, e2] = runResult<PipelinerConnector::Records>(
            [&](Connector::Result<PipelinerConnector::Records> d) {
                c->findContactsByEmail({ hostile }, d);
            });
        QVERIFY2(!e2.isError(), qPrintable(e2.toLogString()));
        QCOMPARE(found.size(), 0);
        const auto queries = spiedQueries(QStringLiteral("/entities/Contacts"));
        QCOMPARE(queries.size(), 1);
        const auto items = queries.first().queryItems(QUrl::FullyDecoded);
        QStringList keys;
        for (const auto &item : items)
            keys.append(item.first);
        QVERIFY2(!keys.contains(QStringLiteral("include-deleted")), qPrintable(keys.join(u',')));
        QCOMPARE(keys.count(QStringLiteral("filter-op[email1]")), 1);
        QCOMPARE(queries.first().queryItemValue(QStringLiteral("filter[email1]"), QUrl::FullyDecoded),
            hostile);
    }

    // ------------------------------------------------------------ faults

    void rateLimitIsWaitedFor()
    {
        auto c = connector();
        setFaults({ { QStringLiteral("rateLimitNext"), 2 } });
        FetchRequest r;
        r.object = QStringLiteral("Accounts");
        const FetchOutcome f = runFetch([&](auto p, auto d) { c->fetch(r, p, d); });
        QVERIFY2(!f.error->isError(), qPrintable(f.error->toLogString()));
        QCOMPARE(f.records(), 2); // "Hundred" and "Rest"
        QCOMPARE(c->http()->stats().rateLimitAnswers, 2);
        QCOMPARE(m_nam->urls.size(), 3);
        QVERIFY(c->http()->stats().backoffWaitMs >= 1900); // Retry-After: 1, twice
    }

    void serverErrorBurst()
    {
        auto c = connector();
        setFaults({ { QStringLiteral("failNext"), 2 } });
        auto [clients, e] = runResult<PipelinerConnector::Records>(
            [&](Connector::Result<PipelinerConnector::Records> d) { c->listClients(d); });
        QVERIFY(!e.isError());
        QCOMPARE(clients.size(), 2);
        QCOMPARE(c->http()->stats().retries, 2);

        setFaults({ { QStringLiteral("failNext"), 10 } });
        auto [none, e2] = runResult<PipelinerConnector::Records>(
            [&](Connector::Result<PipelinerConnector::Records> d) { c->listClients(d); });
        QCOMPARE(e2.kind(), Kind::Server);
        QCOMPARE(e2.userMessage(),
            QStringLiteral(
                "Pipeliner had a problem on its side and did not complete the request for "
                "Demo CRM. LeadBridge will try again at the next sync; if this keeps "
                "happening, check Pipeliner's status page."));
    }

    void malformedBodies()
    {
        auto c = connector();
        setFaults({ { QStringLiteral("malformedNext"), 1 } });
        FetchRequest r;
        r.object = QStringLiteral("Clients");
        FetchOutcome f = runFetch([&](auto p, auto d) { c->fetch(r, p, d); });
        QVERIFY(!f.error->isError());
        QCOMPARE(f.records(), 2);

        setFaults({ { QStringLiteral("truncateNext"), 2 } });
        f = runFetch([&](auto p, auto d) { c->fetch(r, p, d); });
        QCOMPARE(f.error->kind(), Kind::Malformed);
        QCOMPARE(f.error->userMessage(),
            QStringLiteral("Pipeliner sent an answer for Demo CRM that LeadBridge could not read. "
                           "LeadBridge will try again at the next sync; if this keeps happening, "
                           "send the log to support."));
        QVERIFY(f.pages.isEmpty());
    }

    void abortInFlightAndBetweenPages()
    {
        auto c = connector();
        setFaults({ { QStringLiteral("latencyMs"), 400 } });
        FetchRequest r;
        r.object = QStringLiteral("Contacts");
        const FetchOutcome out
            = runFetchAbortedInFlight(*c, [&](auto p, auto d) { c->fetch(r, p, d); }, 500);
        QCOMPARE(out.doneCalls, 1);
        QCOMPARE(out.error->kind(), Kind::Cancelled);
        QVERIFY(out.pages.isEmpty());

        setFaults({ { QStringLiteral("latencyMs"), 0 } });
        m_emu->resetCounters();
        const FetchOutcome out2
            = runFetchAbortedOnFirstPage(*c, [&](auto p, auto d) { c->fetch(r, p, d); });
        QCOMPARE(out2.doneCalls, 1);
        QCOMPARE(out2.error->kind(), Kind::Cancelled);
        QCOMPARE(out2.pages.size(), 1);
        QCOMPARE(calls(QStringLiteral("contacts.list")), 1);
    }
};

QTEST_GUILESS_MAIN(TestConnectorPipeliner)
#include "tst_connector_pipeliner.moc"
