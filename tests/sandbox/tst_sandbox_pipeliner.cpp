// Pipeliner CRM v100 emulator over raw HTTP, written from the API reference
// (api-salesforce-pipeliner.md part B): auth, URL layout, envelopes, cursor
// paging edges, filters and filter-ops, validation bodies, batch calls, faults.
#include "core/sandbox/pipeliner/PipelinerEmulator.h"
#include "tests/support/RawHttp.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace LeadBridge::Sandbox;
using namespace LeadBridge::Test;
using namespace Qt::StringLiterals;

namespace {

DemoPerson person(int index, const QString &first, const QString &last, const QString &email,
    const QString &company, int score, bool inPipeliner = true)
{
    DemoPerson p;
    p.index = index;
    p.firstName = first;
    p.middleName = index == 0 ? u"Q"_s : QString();
    p.lastName = last;
    p.email = email;
    p.company = company;
    p.title = u"Engineer"_s;
    p.city = u"Brno"_s;
    p.country = u"Czechia"_s;
    p.score = score;
    p.inPipeliner = inPipeliner;
    p.createdAt = QDateTime(QDate(2025, 1, 1 + index), QTime(9, 0), Qt::UTC);
    p.modifiedAt = p.createdAt.addDays(1);
    return p;
}

/// 7 Pipeliner people (one with a blank email, two whose emails differ by case), one not in
/// Pipeliner.
DemoDataset smallWorld()
{
    DemoDataset d;
    d.pipelinerLeadActOnFields = true; // this space defines the Lead cf_acton_* fields
    d.users = { DemoUser { u"Olga"_s, u"Owner"_s, u"olga@demo.example"_s },
        DemoUser { u"Sam"_s, u"Seller"_s, u"sam@demo.example"_s } };
    d.people
        = { person(0, u"Ada"_s, u"Lovelace"_s, u"ada@analytical.example"_s, u"Analytical"_s, 90),
              person(1, u"Bob"_s, u"Builder"_s, u"bob@build.example"_s, u"BuildCo"_s, 40),
              person(2, u"Cécile"_s, u"Dupré"_s, u"cecile@fr.example"_s, u"Analytical"_s, 75),
              person(3, u"Dan"_s, u"Blank"_s, QString(), u"BuildCo"_s, 10),
              person(4, u"Eve"_s, u"Case"_s, u"Eve@Case.example"_s, u"CaseCorp"_s, 60),
              person(5, u"Eva"_s, u"Case"_s, u"eve@case.example"_s, u"CaseCorp"_s, 20),
              person(6, u"Finn"_s, u"Nocompany"_s, u"finn@solo.example"_s, QString(), 55),
              person(7, u"Gus"_s, u"Outside"_s, u"gus@out.example"_s, u"Elsewhere"_s, 99, false) };
    d.actOnLists = { DemoList { u"Webinar May"_s, u"Events"_s, { 0, 2 } } };
    return d;
}

const QRegularExpression kTimestamp(uR"(^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{6}\+00:00$)"_s);

} // namespace

class TestSandboxPipeliner : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PipelinerEmulator> m_emu;
    RawHttp m_http;

    QByteArray basic(const QString &user, const QString &pass) const
    {
        return "Basic " + (user + u':' + pass).toUtf8().toBase64();
    }
    QUrl url(const QString &path, const QString &query = {}) const
    {
        QUrl u(m_emu->apiBase() + path);
        if (!query.isEmpty())
            u.setQuery(query);
        return u;
    }
    RawReply call(const QByteArray &verb, const QString &path, const QString &query = {},
        const QByteArray &body = {}, const QByteArray &auth = "default")
    {
        RawHttp::Headers h { { "Accept", "application/json" },
            { "Content-Type", "application/json" } };
        if (auth == "default")
            h.append({ "Authorization",
                basic(
                    PipelinerEmulator::defaultApiToken(), PipelinerEmulator::defaultApiSecret()) });
        else if (!auth.isEmpty())
            h.append({ "Authorization", auth });
        return m_http.send(verb, url(path, query), h, body);
    }
    RawReply get(const QString &path, const QString &query = {})
    {
        return call("GET", path, query);
    }
    RawReply post(const QString &path, const QJsonValue &body, const QString &query = {})
    {
        const QByteArray bytes = body.isArray()
            ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
            : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
        return call("POST", path, query, bytes);
    }
    RawReply patch(const QString &path, const QJsonObject &body)
    {
        return call("PATCH", path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    RawReply control(const QByteArray &verb, const QString &path, const QByteArray &body = {})
    {
        return m_http.send(verb, m_emu->baseUrl().resolved(QUrl(path)),
            { { "Content-Type", "application/json" } }, body);
    }
    QString clientId(int i)
    {
        return get(u"/entities/Clients"_s)
            .json()
            .value(u"data")
            .toArray()
            .at(i)
            .toObject()
            .value(u"id")
            .toString();
    }
    QString contactIdByEmail(const QString &email)
    {
        const auto data = get(u"/entities/Contacts"_s, u"filter[email1]="_s + email)
                              .json()
                              .value(u"data")
                              .toArray();
        return data.isEmpty() ? QString() : data.first().toObject().value(u"id").toString();
    }
    static QStringList ids(const RawReply &r)
    {
        QStringList out;
        for (const QJsonValue &v : r.json().value(u"data").toArray())
            out.append(v.toObject().value(u"id").toString());
        return out;
    }
    static void verifyError(const RawReply &r, int status, int code, const QString &name)
    {
        QCOMPARE(r.status, status);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"success"), QJsonValue(false));
        QCOMPARE(o.value(u"code").toInt(), code);
        QCOMPARE(o.value(u"name").toString(), name);
        QCOMPARE(o.value(u"http_status").toInt(), status);
        QVERIFY(!o.value(u"message").toString().isEmpty());
    }

private slots:
    void init()
    {
        m_emu = std::make_unique<PipelinerEmulator>();
        QVERIFY(m_emu->listen());
        m_emu->seed(smallWorld());
    }

    // ---------------------------------------------------------------- auth and layout

    void authMissingWrongAndAccepted()
    {
        for (const QByteArray &auth : { QByteArray(), basic(u"lb_demo_api_token"_s, u"wrong"_s),
                 basic(u"nobody"_s, u"lb_demo_api_secret"_s),
                 QByteArray("Bearer lb_demo_api_token"), QByteArray("Basic !!notbase64") }) {
            const RawReply r
                = call("GET", u"/entities/Contacts"_s, {}, {}, auth.isEmpty() ? "" : auth);
            verifyError(r, 401, 401, u"ERROR_UNAUTHORIZED"_s);
            // Pipeliner's challenge (getting-started / authentication page).
            QCOMPARE(r.header("WWW-Authenticate"), QByteArray("Basic realm=\"restapi\""));
        }
        // Scheme name is case-insensitive.
        const QByteArray lower
            = "basic " + QByteArray("lb_demo_api_token:lb_demo_api_secret").toBase64();
        QCOMPARE(call("GET", u"/entities/Contacts"_s, {}, {}, lower).status, 200);
        const QJsonObject limits
            = control("GET", u"/_sandbox/counters"_s).json().value(u"limits").toObject();
        QCOMPARE(limits.value(u"authFailures").toInt(), 5);
        QCOMPARE(limits.value(u"callsUsed").toInt(), 6);
    }

    void credentialsAndSpaceAreSettable()
    {
        m_emu->setCredentials(u"tok"_s, u"sec"_s);
        QCOMPARE(get(u"/entities/Contacts"_s).status, 401);
        QCOMPARE(
            call("GET", u"/entities/Contacts"_s, {}, {}, basic(u"tok"_s, u"sec"_s)).status, 200);
        m_emu->setCredentials(
            PipelinerEmulator::defaultApiToken(), PipelinerEmulator::defaultApiSecret());
        QCOMPARE(PipelinerEmulator::defaultSpaceId(), u"leadbridge_demo"_s);
        m_emu->setSpaceId(u"fr_Myself"_s);
        QVERIFY(m_emu->apiBase().endsWith(u"/api/v100/rest/spaces/fr_Myself"_s));
        QCOMPARE(get(u"/entities/Contacts"_s).status, 200);
    }

    void unknownSpaceEntityRouteAndMethod()
    {
        const QUrl other = m_emu->baseUrl().resolved(
            QUrl(u"/api/v100/rest/spaces/someone_else/entities/Contacts"_s));
        const RawReply space = m_http.send("GET", other,
            { { "Authorization",
                basic(PipelinerEmulator::defaultApiToken(),
                    PipelinerEmulator::defaultApiSecret()) } });
        verifyError(space, 404, 404, u"ERROR_SPACE_NOT_FOUND"_s);

        const RawReply entity = get(u"/entities/Contact"_s);
        verifyError(entity, 404, 2006, u"ERROR_UNKNOWN_TYPE"_s);
        QCOMPARE(entity.json().value(u"message").toString(),
            u"cannot determine entity type from Contact"_s);
        verifyError(get(u"/entities/Opportunities/abc"_s), 404, 2006, u"ERROR_UNKNOWN_TYPE"_s);

        const RawReply route = m_http.get(m_emu->baseUrl().resolved(QUrl(u"/api/v99/whatever"_s)));
        QCOMPARE(route.status, 404);
        QCOMPARE(route.json().value(u"status").toInt(), 404);
        QVERIFY(route.json()
                    .value(u"message")
                    .toString()
                    .startsWith(u"The requested URL was not found"_s));
        QVERIFY(route.json().contains(u"errorcode"_s) && route.json().value(u"errorcode").isNull());
        QVERIFY(route.json().contains(u"traceback"_s) && route.json().value(u"traceback").isNull());

        const QString id = contactIdByEmail(u"ada@analytical.example"_s);
        verifyError(call("PUT", u"/entities/Contacts/"_s + id, {}, "{}"), 405, 405,
            u"ERROR_METHOD_NOT_ALLOWED"_s);
        verifyError(post(u"/entities/Clients"_s, QJsonObject { { u"email"_s, u"x@y.z"_s } }), 405,
            405, u"ERROR_METHOD_NOT_ALLOWED"_s);
        verifyError(call("DELETE", u"/entities/Clients/"_s + clientId(0)), 405, 405,
            u"ERROR_METHOD_NOT_ALLOWED"_s);
    }

    // ---------------------------------------------------------------- seed and shapes

    void seededRecordsHaveDocumentedShapes()
    {
        const RawReply clients = get(u"/entities/Clients"_s);
        QCOMPARE(clients.status, 200);
        QCOMPARE(clients.json().value(u"total").toInt(), 2);
        const QJsonObject olga = clients.json().value(u"data").toArray().at(0).toObject();
        QCOMPARE(olga.value(u"email").toString(), u"olga@demo.example"_s);
        QCOMPARE(olga.value(u"name").toString(), u"Olga Owner"_s);
        QVERIFY(!olga.value(u"default_unit_id").toString().isEmpty());

        const RawReply contacts = get(u"/entities/Contacts"_s);
        QCOMPARE(contacts.json().value(u"total").toInt(), 7); // Gus is not in Pipeliner
        const RawReply ada
            = get(u"/entities/Contacts"_s, u"filter[email1]=ada@analytical.example"_s);
        const QJsonObject c = ada.json().value(u"data").toArray().at(0).toObject();
        QCOMPARE(c.value(u"first_name").toString(), u"Ada"_s);
        QCOMPARE(c.value(u"middle_name").toString(), u"Q"_s);
        QCOMPARE(c.value(u"last_name").toString(), u"Lovelace"_s);
        QCOMPARE(c.value(u"formatted_name").toString(), u"Ada Q Lovelace"_s);
        QCOMPARE(c.value(u"quick_account_name").toString(), u"Analytical"_s);
        QCOMPARE(c.value(u"cf_acton_score").toInt(), 90);
        QCOMPARE(c.value(u"is_deleted"), QJsonValue(false));
        QVERIFY(kTimestamp.match(c.value(u"created").toString()).hasMatch());
        QCOMPARE(c.value(u"created").toString(), u"2025-01-01 09:00:00.000000+00:00"_s);
        QVERIFY(kTimestamp.match(c.value(u"modified").toString()).hasMatch());
        QCOMPARE(c.value(u"owner_id").toString(), olga.value(u"id").toString());
        QCOMPARE(c.value(u"owner").toString(),
            m_emu->apiBase() + u"/entities/Clients/"_s + olga.value(u"id").toString());
        QVERIFY(c.contains(u"email2"_s) && c.value(u"email2").isNull()); // every field present
        QVERIFY(
            QRegularExpression(u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s)
                .match(c.value(u"id").toString())
                .hasMatch());

        const QJsonObject rel = c.value(u"account_relations").toArray().at(0).toObject();
        QCOMPARE(rel.value(u"is_primary"), QJsonValue(true));
        QCOMPARE(c.value(u"primary_account_id").toString(), rel.value(u"account_id").toString());
        const RawReply account
            = get(u"/entities/Accounts/"_s + rel.value(u"account_id").toString());
        QCOMPARE(account.status, 200);
        QCOMPARE(account.json().value(u"success"), QJsonValue(true));
        QCOMPARE(
            account.json().value(u"data").toObject().value(u"name").toString(), u"Analytical"_s);
        QCOMPARE(
            get(u"/entities/Accounts"_s).json().value(u"total").toInt(), 3); // unique companies

        // Leads: score >= 50 with an email: Ada, Cécile, Eve, Finn; named "First Last (List)".
        const RawReply leads = get(u"/entities/Leads"_s, u"order-by=name"_s);
        QCOMPARE(leads.json().value(u"total").toInt(), 4);
        const QJsonObject lead = leads.json().value(u"data").toArray().at(0).toObject();
        QCOMPARE(lead.value(u"name").toString(), u"Ada Lovelace (Webinar May)"_s);
        QCOMPARE(lead.value(u"primary_contact_id").toString(), c.value(u"id").toString());
        QCOMPARE(lead.value(u"contact_relations")
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"contact_id")
                     .toString(),
            c.value(u"id").toString());
        QCOMPARE(lead.value(u"cf_acton_score").toInt(), 90);
        QVERIFY(!lead.contains(u"first_name"_s) && !lead.contains(u"email1"_s));
        QCOMPARE(leads.json().value(u"data").toArray().at(3).toObject().value(u"name").toString(),
            u"Finn Nocompany (Demo list)"_s);
    }

    void customFieldsAreDiscoverable()
    {
        // Field objects carry the properties of the OpenAPI's components.schemas.Field and
        // none of the names LeadBridge once made up.
        const RawReply r
            = get(u"/entities/Fields"_s, u"filter[api_name]=cf_acton_score&first=100"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"total").toInt(), 2);
        QSet<QString> entities;
        for (const QJsonValue &v : r.json().value(u"data").toArray()) {
            const QJsonObject f = v.toObject();
            entities.insert(f.value(u"entity_name").toString());
            QCOMPARE(f.value(u"type_id").toString(), u"integer"_s);
            for (const char *key : { "id", "api_name", "entity_name", "name", "type_id",
                     "system_type", "system_required", "system_readonly", "column_source",
                     "relation_id", "relation_with_entity_id", "is_delete_protected", "has_draft",
                     "is_deleted", "created", "modified" })
                QVERIFY2(f.contains(QLatin1String(key)), key);
            for (const char *key : { "is_custom", "is_read_only", "is_required", "related_entity" })
                QVERIFY2(!f.contains(QLatin1String(key)), key);
            QCOMPARE(f.value(u"system_required"), QJsonValue(false));
            QCOMPARE(f.value(u"system_readonly"), QJsonValue(false));
            QCOMPARE(f.value(u"is_delete_protected"), QJsonValue(false));
        }
        QCOMPARE(entities, (QSet<QString> { u"Lead"_s, u"Contact"_s }));
        const RawReply leadCustom = get(u"/entities/Fields"_s,
            u"filter[entity_name]=Lead&filter[api_name]=cf_&filter-op[api_name]=starts"_s);
        QCOMPARE(leadCustom.json().value(u"total").toInt(), 3);
        const RawReply system
            = get(u"/entities/Fields"_s, u"filter[entity_name]=Lead&filter[api_name]=name"_s);
        const QJsonObject nameField = system.json().value(u"data").toArray().at(0).toObject();
        QCOMPARE(nameField.value(u"system_required"), QJsonValue(true));
        QCOMPARE(nameField.value(u"type_id").toString(), u"input"_s);
        // Relations: owner_id of a Lead points at Client and is not required (createLeadInput).
        const QJsonObject owner
            = get(u"/entities/Fields"_s, u"filter[entity_name]=Lead&filter[api_name]=owner_id"_s)
                  .json()
                  .value(u"data")
                  .toArray()
                  .at(0)
                  .toObject();
        QCOMPARE(owner.value(u"relation_with_entity_id").toString(), u"Client"_s);
        QCOMPARE(owner.value(u"relation_id").toString(), u"owner"_s);
        QCOMPARE(owner.value(u"system_required"), QJsonValue(false));
        const QJsonObject created
            = get(u"/entities/Fields"_s, u"filter[entity_name]=Lead&filter[api_name]=created"_s)
                  .json()
                  .value(u"data")
                  .toArray()
                  .at(0)
                  .toObject();
        QCOMPARE(created.value(u"system_readonly"), QJsonValue(true));
        const RawReply one = get(u"/entities/Fields/"_s + nameField.value(u"id").toString());
        QCOMPARE(one.json().value(u"data").toObject().value(u"api_name").toString(), u"name"_s);
        verifyError(get(u"/entities/Fields/nope"_s), 404, 404, u"ERROR_ENTITY_NOT_FOUND"_s);
    }

    void leadCustomFieldsOnlyWhenTheSpaceDefinesThem()
    {
        DemoDataset plain = smallWorld();
        plain.pipelinerLeadActOnFields = false;
        m_emu->seed(plain);
        const RawReply leadCustom = get(u"/entities/Fields"_s,
            u"filter[entity_name]=Lead&filter[api_name]=cf_&filter-op[api_name]=starts"_s);
        QCOMPARE(leadCustom.json().value(u"total").toInt(), 0);
        const RawReply leads = get(u"/entities/Leads"_s);
        QCOMPARE(leads.json().value(u"total").toInt(), 4);
        for (const QJsonValue &v : leads.json().value(u"data").toArray())
            QVERIFY(!v.toObject().contains(u"cf_acton_score"_s));
        // Writing a field the space lacks is refused.
        const RawReply r = post(u"/entities/Leads"_s,
            QJsonObject { { u"name"_s, u"X"_s }, { u"cf_acton_list_name"_s, u"Webinar"_s } });
        verifyError(r, 422, 40000, u"ERROR_ENTITY_VALIDATION"_s);
        // Once created through the Fields API the same write works.
        const RawReply f = post(u"/entities/Fields"_s,
            QJsonObject { { u"name"_s, u"Acton List Name"_s }, { u"entity_name"_s, u"Lead"_s },
                { u"type_id"_s, u"input"_s } });
        QCOMPARE(f.status, 201);
        QCOMPARE(f.json().value(u"data").toObject().value(u"api_name").toString(),
            u"cf_acton_list_name"_s);
        QCOMPARE(post(u"/entities/Leads"_s,
                     QJsonObject { { u"name"_s, u"X"_s }, { u"cf_acton_list_name"_s, u"W"_s } })
                     .status,
            201);
    }

    void fieldCreationRefusedWithoutPermission()
    {
        const qsizetype before = m_emu->recordCount(u"Fields"_s);
        const RawReply knob = control(
            "PATCH", u"/_sandbox/records/Fields"_s, QByteArray("{\"mayCreateFields\":false}"));
        QCOMPARE(knob.status, 200);
        QVERIFY(!m_emu->mayCreateFields());
        const RawReply r = post(u"/entities/Fields"_s,
            QJsonObject { { u"name"_s, u"Nope"_s }, { u"entity_name"_s, u"Lead"_s },
                { u"type_id"_s, u"input"_s } });
        verifyError(r, 403, 403, u"ERROR_ACCESS_DENIED"_s);
        QCOMPARE(r.json().value(u"http_status").toInt(), 403);
        QCOMPARE(m_emu->recordCount(u"Fields"_s), before);
        m_emu->setMayCreateFields(true);
    }

    void leadNeedsOnlyAName()
    {
        // createLeadInput.required = ["name"]: no owner_id needed; the API user owns it.
        const RawReply r = post(u"/entities/Leads"_s, QJsonObject { { u"name"_s, u"Solo"_s } });
        QCOMPARE(r.status, 201);
        const QJsonObject lead = r.json().value(u"data").toObject();
        QCOMPARE(lead.value(u"name").toString(), u"Solo"_s);
        QCOMPARE(lead.value(u"owner_id").toString(), clientId(0));
        // Contacts still need owner_id (docs tutorial "Create Contact").
        verifyError(post(u"/entities/Contacts"_s, QJsonObject { { u"last_name"_s, u"Z"_s } }), 422,
            40000, u"ERROR_ENTITY_VALIDATION"_s);
    }

    void customFieldCanBeCreated()
    {
        const RawReply r = post(u"/entities/Fields"_s,
            QJsonObject { { u"name"_s, u"Webinar Minutes"_s }, { u"entity_name"_s, u"Contact"_s },
                { u"type_id"_s, u"integer"_s }, { u"api_name"_s, u"ignored_name"_s } });
        QCOMPARE(r.status, 201);
        // api_name is generated (not part of createFieldInput); type_id kept as sent.
        QCOMPARE(r.json().value(u"data").toObject().value(u"type_id").toString(), u"integer"_s);
        QCOMPARE(r.json().value(u"data").toObject().value(u"system_required"), QJsonValue(false));
        for (const QString &t : { u"email"_s, u"phone"_s, u"url"_s, u"currency_foreign"_s,
                 u"multiselect_checkbox"_s }) {
            const RawReply typed = post(u"/entities/Fields"_s,
                QJsonObject { { u"name"_s, QString(u"T "_s + t) }, { u"entity_name"_s, u"Lead"_s },
                    { u"type_id"_s, t } });
            QVERIFY2(typed.status == 201, qPrintable(t));
            QCOMPARE(typed.json().value(u"data").toObject().value(u"type_id").toString(), t);
        }
        QCOMPARE(r.json().value(u"data").toObject().value(u"api_name").toString(),
            u"cf_webinar_minutes"_s);
        // Usable at once on records and in filters.
        const QString id = contactIdByEmail(u"bob@build.example"_s);
        QCOMPARE(
            patch(u"/entities/Contacts/"_s + id, { { u"cf_webinar_minutes"_s, 42 } }).status, 200);
        QCOMPARE(get(u"/entities/Contacts"_s, u"filter[cf_webinar_minutes]=42"_s)
                     .json()
                     .value(u"total")
                     .toInt(),
            1);
        const RawReply dup = post(u"/entities/Fields"_s,
            QJsonObject { { u"name"_s, u"Webinar Minutes"_s }, { u"entity_name"_s, u"Contact"_s },
                { u"type_id"_s, u"integer"_s } });
        verifyError(dup, 422, 40000, u"ERROR_ENTITY_VALIDATION"_s);
        const RawReply bad = post(u"/entities/Fields"_s,
            QJsonObject { { u"entity_name"_s, u"Robot"_s }, { u"type_id"_s, u"blob"_s } });
        verifyError(bad, 422, 40000, u"ERROR_ENTITY_VALIDATION"_s);
        QStringList names;
        for (const QJsonValue &fe : bad.json().value(u"field_errors").toArray())
            names.append(fe.toObject().value(u"field_name").toString());
        QCOMPARE(names, (QStringList { u"name"_s, u"entity_name"_s, u"type_id"_s }));
    }

    // ---------------------------------------------------------------- paging

    void pagingEmptyResult()
    {
        const RawReply r = get(u"/entities/Contacts"_s, u"filter[email1]=nobody@nowhere.example"_s);
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"success"), QJsonValue(true));
        QCOMPARE(o.value(u"total").toInt(), 0);
        QCOMPARE(o.value(u"data").toArray().size(), 0);
        const QJsonObject pi = o.value(u"page_info").toObject();
        QVERIFY(pi.contains(u"start_cursor"_s) && pi.value(u"start_cursor").isNull());
        QVERIFY(pi.contains(u"end_cursor"_s) && pi.value(u"end_cursor").isNull());
        QCOMPARE(pi.value(u"has_next_page"), QJsonValue(false));
        QCOMPARE(pi.value(u"has_previous_page"), QJsonValue(false));
    }

    void pagingExactlyOnePageThenPastTheEnd()
    {
        const RawReply r = get(u"/entities/Contacts"_s, u"first=7"_s);
        QCOMPARE(r.json().value(u"data").toArray().size(), 7);
        const QJsonObject pi = r.json().value(u"page_info").toObject();
        QCOMPARE(pi.value(u"has_next_page"), QJsonValue(false));
        QVERIFY(pi.value(u"end_cursor").isString());
        QVERIFY(pi.value(u"start_cursor").isString());
        // Past the end: the documented empty page with null cursors, total unchanged.
        const RawReply past = get(
            u"/entities/Contacts"_s, u"first=7&after="_s + pi.value(u"end_cursor").toString());
        QCOMPARE(past.status, 200);
        QCOMPARE(past.json().value(u"total").toInt(), 7);
        QCOMPARE(past.json().value(u"data").toArray().size(), 0);
        QVERIFY(past.json().value(u"page_info").toObject().value(u"end_cursor").isNull());
        QCOMPARE(
            past.json().value(u"page_info").toObject().value(u"has_next_page"), QJsonValue(false));
    }

    void pagingPartialLastPageAndFollowingCursors_data()
    {
        QTest::addColumn<QString>("extra");
        QTest::newRow("default order") << QString();
        QTest::newRow("order-by score desc") << u"&order-by=-cf_acton_score"_s;
        QTest::newRow("order-by last_name,first_name") << u"&order-by=last_name,first_name"_s;
        QTest::newRow("filtered") << u"&filter[cf_acton_score]=15&filter-op[cf_acton_score]=gte"_s;
    }
    void pagingPartialLastPageAndFollowingCursors()
    {
        QFETCH(QString, extra);
        const QStringList all = ids(get(u"/entities/Contacts"_s, u"first=100"_s + extra));
        QVERIFY(all.size() >= 5);
        QStringList walked;
        QList<int> sizes;
        QString after;
        for (int guard = 0; guard < 10; ++guard) {
            const RawReply r = get(u"/entities/Contacts"_s,
                u"first=3"_s + extra + (after.isEmpty() ? QString() : u"&after="_s + after));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json().value(u"total").toInt(), all.size());
            walked += ids(r);
            sizes.append(r.json().value(u"data").toArray().size());
            const QJsonObject pi = r.json().value(u"page_info").toObject();
            if (!pi.value(u"has_next_page").toBool())
                break;
            after = pi.value(u"end_cursor").toString();
        }
        QCOMPARE(walked, all);
        QVERIFY(sizes.last() > 0 && sizes.last() <= 3);
        QCOMPARE(sizes.size(), int((all.size() + 2) / 3));
    }

    void pagingDefaultSizeAndLimits()
    {
        QJsonArray batch;
        for (int i = 0; i < 40; ++i)
            batch.append(
                QJsonObject { { u"name"_s, u"Acme %1"_s.arg(i) }, { u"owner_id"_s, clientId(0) } });
        QCOMPARE(post(u"/entities/Accounts/batch-modify"_s, batch).status, 200);
        const RawReply r = get(u"/entities/Accounts"_s);
        QCOMPARE(r.json().value(u"total").toInt(), 43);
        QCOMPARE(r.json().value(u"data").toArray().size(), 30); // default first = 30
        QCOMPARE(r.json().value(u"page_info").toObject().value(u"has_next_page"), QJsonValue(true));
        QCOMPARE(
            get(u"/entities/Accounts"_s, u"first=100"_s).json().value(u"data").toArray().size(),
            43);
        for (const QString &bad : { u"first=101"_s, u"first=0"_s, u"first=ten"_s, u"after=%%%"_s,
                 u"after=aGVsbG8="_s /* base64, not a JSON array */, u"order-by=-nope"_s,
                 u"load-only=id,bogus"_s }) {
            const RawReply refused = get(u"/entities/Accounts"_s, bad);
            QVERIFY2(refused.status == 400,
                qPrintable(bad + u" -> "_s + QString::number(refused.status)));
            verifyError(refused, 400, 117, u"ERROR_PARAMETER_INVALID"_s);
        }
        // A cursor from a different ordering does not fit.
        const QString cursor
            = r.json().value(u"page_info").toObject().value(u"end_cursor").toString();
        verifyError(get(u"/entities/Accounts"_s, u"order-by=name&after="_s + cursor), 400, 117,
            u"ERROR_PARAMETER_INVALID"_s);
    }

    void legacyLimitOffsetHasNoPageInfo()
    {
        const QStringList all = ids(get(u"/entities/Contacts"_s, u"first=100"_s));
        const RawReply r = get(u"/entities/Contacts"_s, u"limit=2&offset=5"_s);
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json().contains(u"page_info"_s));
        QCOMPARE(r.json().value(u"total").toInt(), 7);
        QCOMPARE(ids(r), all.mid(5, 2));
        QCOMPARE(ids(get(u"/entities/Contacts"_s, u"limit=5&offset=9"_s)).size(), 0);
        verifyError(get(u"/entities/Contacts"_s, u"limit=2&offset=-1"_s), 400, 117,
            u"ERROR_PARAMETER_INVALID"_s);
    }

    // ---------------------------------------------------------------- filters

    void filters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expectedLastNames");
        const auto all = QStringList { u"Blank"_s, u"Builder"_s, u"Case"_s, u"Case"_s, u"Dupré"_s,
            u"Lovelace"_s, u"Nocompany"_s };
        QTest::newRow("eq exact") << u"filter[email1]=eve@case.example"_s
                                  << QStringList { u"Case"_s };
        QTest::newRow("eq is case-sensitive")
            << u"filter[email1]=ADA@analytical.example"_s << QStringList {};
        QTest::newRow("ieq") << u"filter[email1]=EVE@CASE.EXAMPLE&filter-op[email1]=ieq"_s
                             << QStringList { u"Case"_s, u"Case"_s };
        QTest::newRow("ieq op before value")
            << u"filter-op[email1]=ieq&filter[email1]=ADA@Analytical.example"_s
            << QStringList { u"Lovelace"_s };
        QTest::newRow("not-eq") << u"filter[last_name]=Case&filter-op[last_name]=not-eq"_s
                                << QStringList { u"Blank"_s, u"Builder"_s, u"Dupré"_s,
                                       u"Lovelace"_s, u"Nocompany"_s };
        QTest::newRow("ne alias") << u"filter[last_name]=Case&filter-op[last_name]=ne"_s
                                  << QStringList { u"Blank"_s, u"Builder"_s, u"Dupré"_s,
                                         u"Lovelace"_s, u"Nocompany"_s };
        QTest::newRow("not-ieq") << u"filter[last_name]=case&filter-op[last_name]=not-ieq"_s
                                 << QStringList { u"Blank"_s, u"Builder"_s, u"Dupré"_s,
                                        u"Lovelace"_s, u"Nocompany"_s };
        QTest::newRow("contains") << u"filter[email1]=example&filter-op[email1]=contains"_s
                                  << QStringList { u"Builder"_s, u"Case"_s, u"Case"_s, u"Dupré"_s,
                                         u"Lovelace"_s, u"Nocompany"_s };
        QTest::newRow("contains case")
            << u"filter[email1]=Case&filter-op[email1]=contains"_s << QStringList { u"Case"_s };
        QTest::newRow("icontains") << u"filter[email1]=CASE&filter-op[email1]=icontains"_s
                                   << QStringList { u"Case"_s, u"Case"_s };
        QTest::newRow("starts") << u"filter[first_name]=Ev&filter-op[first_name]=starts"_s
                                << QStringList { u"Case"_s, u"Case"_s };
        QTest::newRow("istarts") << u"filter[first_name]=cé&filter-op[first_name]=istarts"_s
                                 << QStringList { u"Dupré"_s };
        QTest::newRow("ends") << u"filter[email1]=fr.example&filter-op[email1]=ends"_s
                              << QStringList { u"Dupré"_s };
        QTest::newRow("iends") << u"filter[last_name]=LACE&filter-op[last_name]=iends"_s
                               << QStringList { u"Lovelace"_s };
        QTest::newRow("null") << u"filter-op[email1]=null"_s << QStringList { u"Blank"_s };
        QTest::newRow("not-null") << u"filter-op[email1]=not-null"_s
                                  << QStringList { u"Builder"_s, u"Case"_s, u"Case"_s, u"Dupré"_s,
                                         u"Lovelace"_s, u"Nocompany"_s };
        QTest::newRow("empty") << u"filter-op[account_relations]=empty"_s
                               << QStringList { u"Nocompany"_s };
        QTest::newRow("not-empty") << u"filter-op[quick_account_name]=not-empty"_s
                                   << QStringList { u"Blank"_s, u"Builder"_s, u"Case"_s, u"Case"_s,
                                          u"Dupré"_s, u"Lovelace"_s };
        QTest::newRow("gt") << u"filter[cf_acton_score]=60&filter-op[cf_acton_score]=gt"_s
                            << QStringList { u"Dupré"_s, u"Lovelace"_s };
        QTest::newRow("gte") << u"filter[cf_acton_score]=60&filter-op[cf_acton_score]=gte"_s
                             << QStringList { u"Case"_s, u"Dupré"_s, u"Lovelace"_s };
        QTest::newRow("lt") << u"filter[cf_acton_score]=20&filter-op[cf_acton_score]=lt"_s
                            << QStringList { u"Blank"_s };
        QTest::newRow("lte") << u"filter[cf_acton_score]=20&filter-op[cf_acton_score]=lte"_s
                             << QStringList { u"Blank"_s, u"Case"_s };
        QTest::newRow("between")
            << u"filter[cf_acton_score]=40,60&filter-op[cf_acton_score]=between"_s
            << QStringList { u"Builder"_s, u"Case"_s, u"Nocompany"_s };
        QTest::newRow("eq number")
            << u"filter[cf_acton_score]=90"_s << QStringList { u"Lovelace"_s };
        QTest::newRow("bool") << u"filter[is_unsubscribed]=false"_s << all;
        QTest::newRow("AND of two")
            << u"filter[last_name]=Case&filter[first_name]=Eva"_s << QStringList { u"Case"_s };
        QTest::newRow("modified gte, space form")
            << u"filter[modified]=2025-01-06 09:00:00&filter-op[modified]=gte"_s
            << QStringList { u"Case"_s, u"Case"_s, u"Nocompany"_s };
        QTest::newRow("modified gte, RFC 3339")
            << u"filter[modified]=2025-01-06T09:00:00Z&filter-op[modified]=gte"_s
            << QStringList { u"Case"_s, u"Case"_s, u"Nocompany"_s };
        QTest::newRow("created lt, response form")
            << u"filter[created]=2025-01-02 09:00:00.000000%2B00:00&filter-op[created]=lt"_s
            << QStringList { u"Lovelace"_s };
        QTest::newRow("modified gte, offset")
            << u"filter[modified]=2025-01-06T10:00:00%2B01:00&filter-op[modified]=gte"_s
            << QStringList { u"Case"_s, u"Case"_s, u"Nocompany"_s };
    }
    void filters()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expectedLastNames);
        const RawReply r = get(u"/entities/Contacts"_s, query + u"&first=100"_s);
        QCOMPARE(r.status, 200);
        QStringList names;
        for (const QJsonValue &v : r.json().value(u"data").toArray())
            names.append(v.toObject().value(u"last_name").toString());
        names.sort();
        QCOMPARE(names, expectedLastNames);
        QCOMPARE(r.json().value(u"total").toInt(), expectedLastNames.size());
    }

    void filterByRelationAndBadFilters()
    {
        const QString sam = clientId(1);
        const RawReply r = get(u"/entities/Contacts"_s, u"filter[owner.id]="_s + sam);
        QCOMPARE(r.json().value(u"total").toInt(), 3); // round robin: indexes 1,3,5
        for (const QJsonValue &v : r.json().value(u"data").toArray())
            QCOMPARE(v.toObject().value(u"owner_id").toString(), sam);
        QCOMPARE(get(u"/entities/Contacts"_s, u"filter[owner_id]="_s + sam)
                     .json()
                     .value(u"total")
                     .toInt(),
            3);
        verifyError(get(u"/entities/Contacts"_s, u"filter[bogus]=1"_s), 400, 117,
            u"ERROR_PARAMETER_INVALID"_s);
        verifyError(get(u"/entities/Contacts"_s, u"filter[email1]=a&filter-op[email1]=regex"_s),
            400, 117, u"ERROR_PARAMETER_INVALID"_s);
        // Leads have no email1: the documented way is quick_email or a linked contact.
        verifyError(get(u"/entities/Leads"_s, u"filter[email1]=a@b.c"_s), 400, 117,
            u"ERROR_PARAMETER_INVALID"_s);
        QCOMPARE(get(u"/entities/Leads"_s, u"filter[quick_email]=ada@analytical.example"_s)
                     .json()
                     .value(u"total")
                     .toInt(),
            1);
        // Owner look-up from the docs tutorial.
        const RawReply owner = get(u"/entities/Clients"_s,
            u"load-only=id,default_unit_id&filter[email]=sam@demo.example"_s);
        const QJsonObject o = owner.json().value(u"data").toArray().at(0).toObject();
        QCOMPARE(o.keys(), (QStringList { u"default_unit_id"_s, u"id"_s }));
        QCOMPARE(o.value(u"id").toString(), sam);
    }

    void orderByAndLoadOnlyAndExpand()
    {
        const RawReply r = get(
            u"/entities/Contacts"_s, u"order-by=-cf_acton_score&load-only=id,cf_acton_score"_s);
        QList<int> scores;
        for (const QJsonValue &v : r.json().value(u"data").toArray()) {
            QCOMPARE(v.toObject().keys(), (QStringList { u"cf_acton_score"_s, u"id"_s }));
            scores.append(v.toObject().value(u"cf_acton_score").toInt());
        }
        QCOMPARE(scores, (QList<int> { 90, 75, 60, 55, 40, 20, 10 }));
        const RawReply asc
            = get(u"/entities/Contacts"_s, u"order-by=created&load-only=first_name"_s);
        QCOMPARE(
            asc.json().value(u"data").toArray().at(0).toObject().value(u"first_name").toString(),
            u"Ada"_s);

        const RawReply nested = get(u"/entities/Contacts"_s,
            u"load-only=id,owner.id,owner.email&filter[email1]=bob@build.example"_s);
        const QJsonObject owner
            = nested.json().value(u"data").toArray().at(0).toObject().value(u"owner").toObject();
        QCOMPARE(owner.value(u"id").toString(), clientId(1));
        QCOMPARE(owner.value(u"email").toString(), u"sam@demo.example"_s);

        const RawReply expanded = get(u"/entities/Contacts"_s,
            u"expand=owner,account_relations.account&filter[email1]=bob@build.example"_s);
        const QJsonObject c = expanded.json().value(u"data").toArray().at(0).toObject();
        QCOMPARE(c.value(u"owner").toObject().value(u"email").toString(), u"sam@demo.example"_s);
        QCOMPARE(c.value(u"account_relations")
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"account")
                     .toObject()
                     .value(u"name")
                     .toString(),
            u"BuildCo"_s);
        // Without expand: relation URL.
        const QString id = c.value(u"id").toString();
        const QJsonObject plain
            = get(u"/entities/Contacts/"_s + id).json().value(u"data").toObject();
        QVERIFY(plain.value(u"account_relations")
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(u"account")
                    .toString()
                    .contains(u"/entities/Accounts/"_s));
        const RawReply oneLoadOnly = get(u"/entities/Contacts/"_s + id, u"load-only=id,email1"_s);
        QCOMPARE(oneLoadOnly.json().value(u"data").toObject().keys(),
            (QStringList { u"email1"_s, u"id"_s }));
    }

    // ---------------------------------------------------------------- get, create, update, delete

    void getOneAndUnknownId()
    {
        const QString id = contactIdByEmail(u"ada@analytical.example"_s);
        const RawReply r = get(u"/entities/Contacts/"_s + id);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"success"), QJsonValue(true));
        QCOMPARE(r.json().value(u"data").toObject().value(u"id").toString(), id);
        for (const QString &c : { u"Contacts"_s, u"Leads"_s, u"Accounts"_s, u"Clients"_s })
            verifyError(get(u"/entities/"_s + c + u"/01900000-0000-0000-0000-00000000ffff"_s), 404,
                404, u"ERROR_ENTITY_NOT_FOUND"_s);
    }

    void createContactAndValidation()
    {
        const QString owner = clientId(0);
        const RawReply r = post(u"/entities/Contacts"_s,
            QJsonObject { { u"owner_id"_s, owner }, { u"first_name"_s, u"Zoë"_s },
                { u"last_name"_s, u"Zed"_s }, { u"email1"_s, u"zoe@zed.example"_s },
                { u"quick_account_name"_s, u"Zed Ltd"_s }, { u"cf_acton_score"_s, 33 },
                { u"cf_acton_last_sync"_s, u"2025-03-01T10:00:00Z"_s },
                { u"owner"_s, u"ignored url form"_s }, { u"revision"_s, 99 } });
        QCOMPARE(r.status, 201);
        const QJsonObject d = r.json().value(u"data").toObject();
        QCOMPARE(r.json().value(u"success"), QJsonValue(true));
        QCOMPARE(d.value(u"revision").toInt(), 1);
        QCOMPARE(d.value(u"formatted_name").toString(), u"Zoë Zed"_s);
        QCOMPARE(d.value(u"cf_acton_last_sync").toString(), u"2025-03-01 10:00:00.000000+00:00"_s);
        QVERIFY(kTimestamp.match(d.value(u"created").toString()).hasMatch());
        QCOMPARE(d.value(u"owner").toString(), m_emu->apiBase() + u"/entities/Clients/"_s + owner);
        // Stored: visible through the control API and the email filter.
        const RawReply stored
            = control("GET", u"/_sandbox/records/Contacts/"_s + d.value(u"id").toString());
        QCOMPARE(stored.json().value(u"email1").toString(), u"zoe@zed.example"_s);
        QCOMPARE(contactIdByEmail(u"zoe@zed.example"_s), d.value(u"id").toString());

        // Missing owner_id and names: 422 with field_errors exactly as documented.
        const RawReply bad
            = post(u"/entities/Contacts"_s, QJsonObject { { u"email1"_s, u"x@y.example"_s } });
        verifyError(bad, 422, 40000, u"ERROR_ENTITY_VALIDATION"_s);
        const QJsonObject e = bad.json();
        QCOMPARE(e.value(u"entity_name").toString(), u"Contact"_s);
        QVERIFY(e.value(u"entity_id").isString());
        QVERIFY(e.value(u"entity_index").isNull() && e.contains(u"entity_index"_s));
        QCOMPARE(e.value(u"step_checklist_errors").toArray().size(), 0);
        QCOMPARE(e.value(u"entity_errors").toArray().size(), 0);
        const QJsonArray fe = e.value(u"field_errors").toArray();
        QCOMPARE(fe.size(), 3);
        const QJsonObject first = fe.at(0).toObject();
        QCOMPARE(first.value(u"field_name").toString(), u"owner_id"_s);
        QCOMPARE(first.value(u"name").toString(), u"ERROR_FIELD_VALIDATION"_s);
        QCOMPARE(first.value(u"code").toInt(), 40002);
        QVERIFY(!first.value(u"field_id").toString().isEmpty());
        const QJsonObject inner = first.value(u"errors").toArray().at(0).toObject();
        QCOMPARE(inner.value(u"code").toInt(), 119);
        QCOMPARE(inner.value(u"name").toString(), u"ERROR_PARAMETER_MISSING"_s);
        QCOMPARE(
            inner.value(u"message").toString(), u"Non-null field 'owner_id' is null or empty."_s);
        QCOMPARE(inner.value(u"field_name").toString(), u"owner_id"_s);
        QCOMPARE(inner.value(u"field_id").toString(), first.value(u"field_id").toString());
        QCOMPARE(fe.at(1).toObject().value(u"field_name").toString(), u"first_name"_s);
        QCOMPARE(fe.at(2).toObject().value(u"field_name").toString(), u"last_name"_s);
        QVERIFY(e.value(u"message")
                    .toString()
                    .startsWith(u"\nNon-null field 'owner_id' is null or empty."_s));

        // Unknown owner, wrong types, unknown field.
        const RawReply wrong = post(u"/entities/Contacts"_s,
            QJsonObject { { u"owner_id"_s, u"01900000-0000-0000-0000-00000000dead"_s },
                { u"last_name"_s, u"X"_s }, { u"cf_acton_score"_s, u"high"_s },
                { u"is_unsubscribed"_s, u"yes"_s }, { u"cf_acton_last_sync"_s, u"yesterday"_s },
                { u"shoe_size"_s, 44 } });
        verifyError(wrong, 422, 40000, u"ERROR_ENTITY_VALIDATION"_s);
        QStringList names;
        for (const QJsonValue &v : wrong.json().value(u"field_errors").toArray()) {
            names.append(v.toObject().value(u"field_name").toString());
            QCOMPARE(
                v.toObject().value(u"errors").toArray().at(0).toObject().value(u"code").toInt(),
                117);
        }
        names.sort();
        QCOMPARE(names,
            (QStringList { u"cf_acton_last_sync"_s, u"cf_acton_score"_s, u"is_unsubscribed"_s,
                u"owner_id"_s }));
        const QJsonObject ee = wrong.json().value(u"entity_errors").toArray().at(0).toObject();
        QCOMPARE(ee.value(u"name").toString(), u"ERROR_PARAMETER_INVALID"_s);
        QVERIFY(ee.value(u"message").toString().contains(u"shoe_size"_s));
        QCOMPARE(get(u"/entities/Contacts"_s).json().value(u"total").toInt(), 8); // nothing stored

        verifyError(call("POST", u"/entities/Contacts"_s, {}, "not json"), 400, 117,
            u"ERROR_PARAMETER_INVALID"_s);
        verifyError(call("POST", u"/entities/Contacts"_s, {}, "[1,2]"), 400, 117,
            u"ERROR_PARAMETER_INVALID"_s);
        QCOMPARE(
            call("POST", u"/entities/Contacts"_s, {}, "[1,2]").json().value(u"message").toString(),
            u"Missing or invalid JSON data."_s);
    }

    void createLeadLinkedToContact()
    {
        const QString owner = clientId(1);
        const QString bob = contactIdByEmail(u"bob@build.example"_s);
        const RawReply r = post(u"/entities/Leads"_s,
            QJsonObject { { u"name"_s, u"Bob Builder (Webinar May)"_s }, { u"owner_id"_s, owner },
                { u"contact_relations"_s, QJsonArray { QJsonObject { { u"contact_id"_s, bob } } } },
                { u"cf_acton_score"_s, 40 } });
        QCOMPARE(r.status, 201);
        const QJsonObject lead = r.json().value(u"data").toObject();
        QCOMPARE(lead.value(u"primary_contact_id").toString(), bob);
        QCOMPARE(lead.value(u"primary_contact").toString(),
            m_emu->apiBase() + u"/entities/Contacts/"_s + bob);
        const QJsonObject rel = lead.value(u"contact_relations").toArray().at(0).toObject();
        QCOMPARE(rel.value(u"is_primary"), QJsonValue(true));
        QVERIFY(!rel.value(u"id").toString().isEmpty());
        QCOMPARE(lead.value(u"formatted_name").toString(), u"Bob Builder (Webinar May)"_s);
        // Finding the lead of a contact: filter by primary contact.
        QCOMPARE(get(u"/entities/Leads"_s, u"filter[primary_contact_id]="_s + bob)
                     .json()
                     .value(u"total")
                     .toInt(),
            1);

        // primary_contact_id alone creates the relation.
        const RawReply viaPrimary = post(u"/entities/Leads"_s,
            QJsonObject { { u"name"_s, u"Second"_s }, { u"owner_id"_s, owner },
                { u"primary_contact_id"_s, bob } });
        QCOMPARE(viaPrimary.status, 201);
        QCOMPARE(viaPrimary.json()
                     .value(u"data")
                     .toObject()
                     .value(u"contact_relations")
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"contact_id")
                     .toString(),
            bob);

        const RawReply noName
            = post(u"/entities/Leads"_s, QJsonObject { { u"owner_id"_s, owner } });
        verifyError(noName, 422, 40000, u"ERROR_ENTITY_VALIDATION"_s);
        QCOMPARE(noName.json().value(u"entity_name").toString(), u"Lead"_s);
        QCOMPARE(noName.json()
                     .value(u"field_errors")
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"field_name")
                     .toString(),
            u"name"_s);
        const RawReply ghost = post(u"/entities/Leads"_s,
            QJsonObject { { u"name"_s, u"Ghost"_s }, { u"owner_id"_s, owner },
                { u"contact_relations"_s,
                    QJsonArray { QJsonObject { { u"contact_id"_s, u"nope"_s } } } } });
        verifyError(ghost, 422, 40000, u"ERROR_ENTITY_VALIDATION"_s);
        QCOMPARE(ghost.json()
                     .value(u"field_errors")
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"field_name")
                     .toString(),
            u"contact_relations"_s);
        // Leads carry no person fields of their own.
        const RawReply email = post(u"/entities/Leads"_s,
            QJsonObject { { u"name"_s, u"X"_s }, { u"owner_id"_s, owner },
                { u"email1"_s, u"x@y.example"_s } });
        QCOMPARE(email.status, 422);
        QCOMPARE(email.json().value(u"entity_errors").toArray().size(), 1);
    }

    void patchUpdatesRevisionModifiedAndIndex()
    {
        const QString id = contactIdByEmail(u"bob@build.example"_s);
        const QJsonObject before
            = get(u"/entities/Contacts/"_s + id).json().value(u"data").toObject();
        control("POST", u"/_sandbox/clock"_s, R"({"advanceSeconds":3600})");
        const RawReply r = patch(u"/entities/Contacts/"_s + id,
            { { u"email1"_s, u"robert@build.example"_s }, { u"cf_acton_score"_s, 77 } });
        QCOMPARE(r.status, 200);
        const QJsonObject after = r.json().value(u"data").toObject();
        QCOMPARE(after.value(u"revision").toInt(), before.value(u"revision").toInt() + 1);
        QVERIFY(after.value(u"modified").toString() > before.value(u"modified").toString());
        QCOMPARE(after.value(u"created").toString(), before.value(u"created").toString());
        QCOMPARE(after.value(u"first_name").toString(), u"Bob"_s); // untouched fields stay
        QCOMPARE(after.value(u"cf_acton_score").toInt(), 77);
        QCOMPARE(contactIdByEmail(u"robert@build.example"_s), id);
        QCOMPARE(contactIdByEmail(u"bob@build.example"_s), QString());
        // Incremental sync pattern sees the change.
        const RawReply changed = get(u"/entities/Contacts"_s,
            u"filter[modified]="_s + before.value(u"modified").toString().left(19)
                + u"&filter-op[modified]=gt&order-by=modified"_s);
        QCOMPARE(ids(changed).last(), id);

        verifyError(patch(u"/entities/Contacts/01900000-0000-0000-0000-00000000ffff"_s,
                        { { u"title"_s, u"x"_s } }),
            404, 404, u"ERROR_ENTITY_NOT_FOUND"_s);
        const RawReply clear = patch(u"/entities/Contacts/"_s + id,
            { { u"first_name"_s, QJsonValue() }, { u"last_name"_s, u""_s } });
        verifyError(clear, 422, 40000, u"ERROR_ENTITY_VALIDATION"_s);
        QCOMPARE(clear.json().value(u"entity_id").toString(), id);
        const RawReply noOwner
            = patch(u"/entities/Contacts/"_s + id, { { u"owner_id"_s, QJsonValue() } });
        QCOMPARE(noOwner.status, 422);
        verifyError(call("PATCH", u"/entities/Contacts/"_s + id, {}, "{oops"), 400, 117,
            u"ERROR_PARAMETER_INVALID"_s);
    }

    void deleteIsSoftAndRestorable()
    {
        const QString id = contactIdByEmail(u"finn@solo.example"_s);
        const RawReply r = call("DELETE", u"/entities/Contacts/"_s + id);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json(), (QJsonObject { { u"success"_s, true }, { u"data"_s, id } }));
        QCOMPARE(get(u"/entities/Contacts"_s).json().value(u"total").toInt(), 6);
        verifyError(get(u"/entities/Contacts/"_s + id), 404, 404, u"ERROR_ENTITY_NOT_FOUND"_s);
        verifyError(
            call("DELETE", u"/entities/Contacts/"_s + id), 404, 404, u"ERROR_ENTITY_NOT_FOUND"_s);
        const RawReply withDeleted
            = get(u"/entities/Contacts"_s, u"include-deleted=true&filter[is_deleted]=true"_s);
        QCOMPARE(ids(withDeleted), QStringList { id });
        QCOMPARE(withDeleted.json().value(u"data").toArray().at(0).toObject().value(u"is_deleted"),
            QJsonValue(true));
        QCOMPARE(get(u"/entities/Contacts/"_s + id, u"include-deleted=true"_s).status, 200);
        QCOMPARE(
            get(u"/entities/Contacts"_s, u"include-deleted=true"_s).json().value(u"total").toInt(),
            7);
        QCOMPARE(control("GET", u"/_sandbox/records/Contacts/"_s + id).json().value(u"is_deleted"),
            QJsonValue(true));

        const RawReply restore = post(u"/entities/Contacts/batch-restore"_s, QJsonArray { id });
        QCOMPARE(restore.status, 200);
        QCOMPARE(restore.json().value(u"data").toArray(), QJsonArray { id });
        QCOMPARE(get(u"/entities/Contacts/"_s + id).status, 200);
    }

    // ---------------------------------------------------------------- batch

    void batchModifyPerItemResults()
    {
        const QString owner = clientId(0);
        const QString ada = contactIdByEmail(u"ada@analytical.example"_s);
        const QJsonArray body { QJsonObject { { u"owner_id"_s, owner },
                                    { u"last_name"_s, u"New"_s },
                                    { u"email1"_s, u"new@x.example"_s } },
            QJsonObject { { u"id"_s, ada }, { u"cf_acton_score"_s, 95 } },
            QJsonObject { { u"last_name"_s, u"NoOwner"_s } },
            QJsonObject {
                { u"id"_s, u"01900000-0000-0000-0000-00000000ffff"_s }, { u"title"_s, u"x"_s } },
            QJsonValue(7) };
        const RawReply r = post(u"/entities/Contacts/batch-modify"_s, body, u"rollback-method=1"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"success"), QJsonValue(true));
        const QJsonArray data = r.json().value(u"data").toArray();
        QCOMPARE(data.size(), 5);
        QVERIFY(data.at(0).isString());
        QCOMPARE(contactIdByEmail(u"new@x.example"_s), data.at(0).toString());
        QCOMPARE(data.at(1).toString(), ada);
        QCOMPARE(get(u"/entities/Contacts/"_s + ada)
                     .json()
                     .value(u"data")
                     .toObject()
                     .value(u"cf_acton_score")
                     .toInt(),
            95);
        const QJsonObject e2 = data.at(2).toObject();
        QCOMPARE(e2.value(u"code").toInt(), 40000);
        QCOMPARE(e2.value(u"entity_index").toInt(), 2);
        QCOMPARE(
            e2.value(u"field_errors").toArray().at(0).toObject().value(u"field_name").toString(),
            u"owner_id"_s);
        QCOMPARE(e2.value(u"success"), QJsonValue(false));
        const QJsonObject e3 = data.at(3).toObject();
        QCOMPARE(e3.value(u"name").toString(), u"ERROR_ENTITY_NOT_FOUND"_s);
        QCOMPARE(e3.value(u"entity_index").toInt(), 3);
        QCOMPARE(data.at(4).toObject().value(u"code").toInt(), 117);
        QCOMPARE(get(u"/entities/Contacts"_s).json().value(u"total").toInt(), 8);
    }

    void batchModifyRollsBackAllByDefault()
    {
        const QString owner = clientId(0);
        const QJsonArray body { QJsonObject {
                                    { u"owner_id"_s, owner }, { u"last_name"_s, u"A"_s } },
            QJsonObject { { u"owner_id"_s, owner } } };
        const RawReply r = post(u"/entities/Contacts/batch-modify"_s, body);
        verifyError(r, 422, 40000, u"ERROR_ENTITY_VALIDATION"_s);
        QCOMPARE(r.json().value(u"entity_index").toInt(), 1);
        QCOMPARE(get(u"/entities/Contacts"_s).json().value(u"total").toInt(), 7); // nothing applied
        const RawReply ok = post(u"/entities/Contacts/batch-modify"_s,
            QJsonArray {
                body.at(0), QJsonObject { { u"owner_id"_s, owner }, { u"first_name"_s, u"B"_s } } },
            u"rollback-method=0"_s);
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json().value(u"data").toArray().size(), 2);
        QCOMPARE(get(u"/entities/Contacts"_s).json().value(u"total").toInt(), 9);
        verifyError(post(u"/entities/Contacts/batch-modify"_s, QJsonObject { { u"a"_s, 1 } }), 400,
            117, u"ERROR_PARAMETER_INVALID"_s);
        // Leads too.
        const RawReply leads = post(u"/entities/Leads/batch-modify"_s,
            QJsonArray { QJsonObject { { u"name"_s, u"L1"_s }, { u"owner_id"_s, owner } } });
        QCOMPARE(leads.status, 200);
        QCOMPARE(get(u"/entities/Leads"_s).json().value(u"total").toInt(), 5);
    }

    void batchDelete()
    {
        const QString a = contactIdByEmail(u"ada@analytical.example"_s);
        const QString b = contactIdByEmail(u"finn@solo.example"_s);
        const RawReply all
            = post(u"/entities/Contacts/batch-delete"_s, QJsonArray { a, u"missing"_s });
        verifyError(all, 404, 404, u"ERROR_ENTITY_NOT_FOUND"_s);
        QCOMPARE(all.json().value(u"entity_index").toInt(), 1);
        QCOMPARE(get(u"/entities/Contacts"_s).json().value(u"total").toInt(), 7);
        const RawReply part = post(u"/entities/Contacts/batch-delete"_s,
            QJsonArray { a, u"missing"_s, b }, u"rollback-method=1"_s);
        QCOMPARE(part.status, 200);
        const QJsonArray data = part.json().value(u"data").toArray();
        QCOMPARE(data.at(0).toString(), a);
        QCOMPARE(data.at(1).toObject().value(u"name").toString(), u"ERROR_ENTITY_NOT_FOUND"_s);
        QCOMPARE(data.at(2).toString(), b);
        QCOMPARE(get(u"/entities/Contacts"_s).json().value(u"total").toInt(), 5);
        // Restoring a live record is an error item.
        const RawReply restore = post(u"/entities/Contacts/batch-restore"_s,
            QJsonArray { a, contactIdByEmail(u"eve@case.example"_s) }, u"rollback-method=1"_s);
        QCOMPARE(restore.json().value(u"data").toArray().at(0).toString(), a);
        QVERIFY(restore.json().value(u"data").toArray().at(1).isObject());
        QCOMPARE(get(u"/entities/Contacts"_s).json().value(u"total").toInt(), 6);
    }

    // ---------------------------------------------------------------- faults and limits

    void rateLimitAndServerErrorFaults()
    {
        control("PATCH", u"/_sandbox/faults"_s, R"({"rateLimitNext":1,"failNext":1})");
        const RawReply limited = get(u"/entities/Contacts"_s);
        verifyError(limited, 429, 429, u"ERROR_TOO_MANY_REQUESTS"_s);
        QCOMPARE(limited.header("Retry-After"), QByteArray("1"));
        const RawReply failed = get(u"/entities/Contacts"_s);
        verifyError(failed, 500, 500, u"ERROR_INTERNAL_SERVER_ERROR"_s);
        QCOMPARE(get(u"/entities/Contacts"_s).status, 200);

        control("PATCH", u"/_sandbox/faults"_s, R"({"truncateNext":1})");
        const RawReply cut = get(u"/entities/Contacts"_s);
        QCOMPARE(cut.status, 200);
        QJsonParseError err;
        QJsonDocument::fromJson(cut.body, &err);
        QVERIFY(err.error != QJsonParseError::NoError);
    }

    void callsPerMinuteLimitAndCounters()
    {
        control("POST", u"/_sandbox/counters/reset"_s);
        m_emu->setCallsPerMinute(3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(get(u"/entities/Leads"_s).status, 200);
        const RawReply r = get(u"/entities/Leads"_s);
        verifyError(r, 429, 429, u"ERROR_TOO_MANY_REQUESTS"_s);
        const int retry = r.header("Retry-After").toInt();
        QVERIFY2(retry >= 1 && retry <= 60, r.header("Retry-After").constData());
        const QJsonObject c = control("GET", u"/_sandbox/counters"_s).json();
        QCOMPARE(c.value(u"calls").toObject().value(u"leads.list").toInt(), 4);
        const QJsonObject limits = c.value(u"limits").toObject();
        QCOMPARE(limits.value(u"callsPerMinuteMax").toInt(), 3);
        QCOMPARE(limits.value(u"callsLastMinute").toInt(), 3);
        QCOMPARE(limits.value(u"pageSizeMax").toInt(), 100);
        QVERIFY(limits.value(u"callsUsed").toInt() >= 4);
        control("POST", u"/_sandbox/clock"_s, R"({"advanceSeconds":61})");
        QCOMPARE(get(u"/entities/Leads"_s).status, 200);
    }

    // ---------------------------------------------------------------- control API

    void controlRecordsReadAndChangeStore()
    {
        const RawReply list
            = control("GET", u"/_sandbox/records/Contacts?email=EVE@case.example"_s);
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json().value(u"total").toInt(), 2); // dirty rows: same email by case
        QCOMPARE(control("GET", u"/_sandbox/records/contacts"_s).json().value(u"total").toInt(), 7);

        const RawReply created = control("POST", u"/_sandbox/records/Contacts"_s,
            R"({"first_name":"Ctl","email1":"ctl@x.example","owner_id":"x"})");
        QCOMPARE(created.status, 201);
        const QString id = created.json().value(u"id").toString();
        QCOMPARE(contactIdByEmail(u"ctl@x.example"_s), id);

        const RawReply patched
            = control("PATCH", u"/_sandbox/records/Contacts/"_s + id, R"({"cf_acton_score":12})");
        QCOMPARE(patched.json().value(u"revision").toInt(), 2);
        QCOMPARE(get(u"/entities/Contacts/"_s + id)
                     .json()
                     .value(u"data")
                     .toObject()
                     .value(u"cf_acton_score")
                     .toInt(),
            12);
        QCOMPARE(control("DELETE", u"/_sandbox/records/Contacts/"_s + id).status, 200);
        QCOMPARE(control("GET", u"/_sandbox/records/Contacts/"_s + id).status, 404);
        QCOMPARE(get(u"/entities/Contacts/"_s + id).status, 404);

        const QJsonObject field = control("GET", u"/_sandbox/records/Fields"_s).json();
        QVERIFY(field.value(u"total").toInt() > 100);
        QCOMPARE(control("GET", u"/_sandbox/records/Leads"_s).json().value(u"total").toInt(), 4);
        QCOMPARE(control("GET", u"/_sandbox/records/Accounts"_s).json().value(u"total").toInt(), 3);
        QCOMPARE(control("GET", u"/_sandbox/records/Clients"_s).json().value(u"total").toInt(), 2);
        QCOMPARE(control("GET", u"/_sandbox/records/Opportunities"_s).status, 404);
        QCOMPARE(control("PUT", u"/_sandbox/records/Contacts"_s, "{}").status, 405);
    }

    void seedReplacesEverything()
    {
        post(u"/entities/Contacts"_s,
            QJsonObject { { u"owner_id"_s, clientId(0) }, { u"last_name"_s, u"Extra"_s } });
        QCOMPARE(m_emu->recordCount(u"Contacts"_s), 8);
        m_emu->seed(smallWorld());
        QCOMPARE(m_emu->recordCount(u"Contacts"_s), 7);
        DemoDataset empty;
        m_emu->seed(empty); // no users: one default owner, nothing else
        QCOMPARE(get(u"/entities/Clients"_s).json().value(u"total").toInt(), 1);
        QCOMPARE(get(u"/entities/Contacts"_s).json().value(u"total").toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSandboxPipeliner)
#include "tst_sandbox_pipeliner.moc"
