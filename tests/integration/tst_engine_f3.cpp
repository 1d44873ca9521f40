// F3 list sync end to end: SyncEngine runs ListSyncRunner against the in-process Act-On and
// Salesforce emulators; every push and pull option is switched on and off, and the tests
// read the emulators record by record (control API) and the journal (runs, record_changes,
// links).
#include "core/engine/FlowSettingsCheck.h"
#include "core/engine/flows/ListSyncRunner.h"
#include "core/engine/flows/ListSyncSettings.h"
#include "tests/support/DemoPeople.h"
#include "tests/support/EngineFixture.h"
#include "tests/support/FlowFieldMaps.h"

#include <QTimer>

#include <optional>

using namespace LeadBridge;
using namespace LeadBridge::Sandbox;
using LeadBridge::Test::DemoPeople;
using LeadBridge::Test::EngineFixture;
using LeadBridge::Test::FlowFieldMaps;

namespace {

const QString kList = QStringLiteral("SF Sync");

DemoPerson person(int index, const QString &first, const QString &last, const QString &email,
    const QString &company, const QString &title, DemoCrmRole role)
{
    DemoPerson p = DemoPeople::person(index, first, last, email);
    p.company = company;
    p.title = title;
    p.salesforceRole = role;
    p.score = 10 + index;
    return p;
}

/// Ada and Bob are leads, Cy a contact; Dee and Eve are only on the list (Eve has no last
/// name, so Salesforce refuses to create her). The list holds Ada, Cy, Dee and Eve.
DemoDataset world()
{
    DemoDataset d;
    d.users = { DemoUser { QStringLiteral("Sam"), QStringLiteral("Seller"),
        QStringLiteral("sam@leadbridge-demo.com") } };
    d.people = {
        person(0, QStringLiteral("Ada"), QStringLiteral("Lovelace"),
            QStringLiteral("ada@acme.example"), QStringLiteral("Acme"), QStringLiteral("Engineer"),
            DemoCrmRole::Lead),
        person(1, QStringLiteral("Bob"), QStringLiteral("Byte"), QStringLiteral("bob@beta.example"),
            QStringLiteral("Beta"), QStringLiteral("CTO"), DemoCrmRole::Lead),
        person(2, QStringLiteral("Cy"), QStringLiteral("Contact"),
            QStringLiteral("cy@gamma.example"), QStringLiteral("Gamma"), QStringLiteral("Buyer"),
            DemoCrmRole::Contact),
        person(3, QStringLiteral("Dee"), QStringLiteral("Listonly"),
            QStringLiteral("dee@delta.example"), QStringLiteral("Delta"), QStringLiteral("Analyst"),
            DemoCrmRole::None),
        person(4, QStringLiteral("Eve"), QString(), QStringLiteral("eve@eps.example"),
            QStringLiteral("Eps"), QStringLiteral("Intern"), DemoCrmRole::None),
    };
    d.actOnLists = { DemoList { kList, QStringLiteral("Sync"), { 0, 2, 3, 4 } } };
    d.campaigns
        = { DemoCampaign { QStringLiteral("Webinar Q3"), QStringLiteral("Active"), { 1, 2 } } };
    return d;
}

/// A copy, so that a temporary list of rows may be searched.
std::optional<RecordChange> find(const QList<RecordChange> &rows, ChangeOperation op,
    const QString &key, const QString &field = {})
{
    for (const RecordChange &r : rows) {
        if (r.operation == op && r.recordKey == key && (field.isEmpty() || r.field == field))
            return r;
    }
    return std::nullopt;
}

} // namespace

class TestEngineF3 : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EngineFixture> h;
    qint64 m_acton = 0;
    qint64 m_sf = 0;

    qint64 flow(const QVariantMap &settings)
    {
        return h->addFlow(
            FlowKind::ListSync, m_sf, m_acton, settings, FlowFieldMaps::listSyncColumns());
    }
    // --- campaign status helpers -------------------------------------------------------

    QString campaignId()
    {
        return h->control(h->salesforce(), "GET", QStringLiteral("/_sandbox/records/Campaign"))
            .value(QStringLiteral("records"))
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("Id"))
            .toString();
    }
    /// A list sync of the demo campaign (members Bob, a lead, and Cy, a contact) into
    /// the list "Webinar Q3".
    qint64 campaignFlow(const QVariantMap &extra = {})
    {
        QVariantMap s { { QStringLiteral("source"), QStringLiteral("campaign") },
            { QStringLiteral("campaignId"), campaignId() },
            { QStringLiteral("listName"), QStringLiteral("Webinar Q3") } };
        for (auto it = extra.begin(); it != extra.end(); ++it)
            s.insert(it.key(), it.value());
        return flow(s);
    }
    /// The emulator's CampaignMember record of the person with @p email.
    QJsonObject member(const QString &email)
    {
        QString person = h->sfRecords(QStringLiteral("Lead"))
                             .value(email)
                             .value(QStringLiteral("Id"))
                             .toString();
        if (person.isEmpty())
            person = h->sfRecords(QStringLiteral("Contact"))
                         .value(email)
                         .value(QStringLiteral("Id"))
                         .toString();
        const QJsonArray rows
            = h->control(h->salesforce(), "GET", QStringLiteral("/_sandbox/records/CampaignMember"))
                  .value(QStringLiteral("records"))
                  .toArray();
        for (const QJsonValue &v : rows) {
            const QJsonObject o = v.toObject();
            if (!person.isEmpty()
                && (o.value(QStringLiteral("LeadId")).toString() == person
                    || o.value(QStringLiteral("ContactId")).toString() == person))
                return o;
        }
        return {};
    }
    /// Writes @p status into the list's campaign-status cell of @p email.
    void setListStatus(const QString &email, const QString &status)
    {
        const QString listId = h->listId(QStringLiteral("Webinar Q3"));
        const QString row = h->listRows(QStringLiteral("Webinar Q3"))
                                .value(email)
                                .value(QStringLiteral("_contact_id_"))
                                .toString();
        QVERIFY(!listId.isEmpty() && !row.isEmpty());
        h->control(h->acton(), "PATCH", QStringLiteral("/_sandbox/records/%1/%2").arg(listId, row),
            QJsonObject { { QStringLiteral("Campaign Status"), status } });
    }
    QString listStatus(const QString &email)
    {
        return h->listRows(QStringLiteral("Webinar Q3"))
            .value(email)
            .value(QStringLiteral("Campaign Status"))
            .toString();
    }
    static QVariantMap pushStatus()
    {
        // No push-update field is selected: the campaign status is pushed all the same.
        return { { QStringLiteral("pushUpdate"), true },
            { QStringLiteral("pushUpdateFields"), QStringList() } };
    }

    static QVariantMap base()
    {
        return { { QStringLiteral("source"), QStringLiteral("leads") },
            { QStringLiteral("listName"), kList }, { QStringLiteral("pullAddNew"), false } };
    }

private Q_SLOTS:
    void init()
    {
        registerListSyncRunner();
        h = std::make_unique<EngineFixture>(world());
        QVERIFY(h->ok());
        m_acton = h->link(AccountKind::ActOn);
        m_sf = h->link(AccountKind::Salesforce);
        QVERIFY(m_acton > 0 && m_sf > 0);
    }
    void cleanup() { h.reset(); }

    void pullAddNewCreatesTheListAndAddsEveryLead()
    {
        const qint64 id = flow({ { QStringLiteral("source"), QStringLiteral("leads") } });
        QVERIFY(h->listId(QStringLiteral("All Salesforce Leads")).isEmpty());
        const RunOutcome out = h->runFull(id);
        QCOMPARE(out.summary.status, RunStatus::Succeeded);
        const auto rows = h->listRows(QStringLiteral("All Salesforce Leads"));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.value(QStringLiteral("ada@acme.example"))
                     .value(QStringLiteral("First Name"))
                     .toString(),
            QStringLiteral("Ada"));
        QCOMPARE(rows.value(QStringLiteral("ada@acme.example"))
                     .value(QStringLiteral("Job Title"))
                     .toString(),
            QStringLiteral("Engineer"));
        QCOMPARE(rows.value(QStringLiteral("bob@beta.example"))
                     .value(QStringLiteral("Company"))
                     .toString(),
            QStringLiteral("Beta"));
        QCOMPARE(out.summary.counts.created, 2);
        const auto changes = h->changes(out.summary.id);
        QVERIFY(find(changes, ChangeOperation::Create, QStringLiteral("bob@beta.example"),
            QStringLiteral("Last Name")));
        QCOMPARE(find(changes, ChangeOperation::Create, QStringLiteral("bob@beta.example"),
                     QStringLiteral("Last Name"))
                     ->newValue,
            QStringLiteral("Byte"));
        const auto links = h->links(id, CrmKind::Salesforce);
        QCOMPARE(links.size(), 2);
        QVERIFY(
            links.value(QStringLiteral("bob@beta.example")).crmId.startsWith(QLatin1String("00Q")));

        // A second run finds both sides equal: nothing is written.
        const RunOutcome again = h->runFull(id);
        QCOMPARE(again.summary.status, RunStatus::Succeeded);
        QCOMPARE(again.summary.counts.created, 0);
        QCOMPARE(again.summary.counts.updated, 0);
        QCOMPARE(h->listRows(QStringLiteral("All Salesforce Leads")).size(), 2);
    }

    void externalIdAndTypeReachTheList_data()
    {
        QTest::addColumn<QString>("source");
        QTest::newRow("leads") << QStringLiteral("leads");
        QTest::newRow("contacts") << QStringLiteral("contacts");
    }
    void externalIdAndTypeReachTheList()
    {
        // Seed 004: every contact written from a CRM record gets the record's id and type,
        // without a column in the field map; a list the flow creates has both columns.
        QFETCH(QString, source);
        {
            const QString listName = QStringLiteral("Identity ") + source;
            const qint64 id = flow({ { QStringLiteral("source"), source },
                { QStringLiteral("listName"), listName } });
            const RunOutcome out = h->runFull(id);
            QVERIFY2(out.summary.status == RunStatus::Succeeded, qPrintable(out.message));
            const QString object
                = source == QLatin1String("leads") ? QStringLiteral("Lead") : QStringLiteral("Contact");
            const auto records = h->sfRecords(object);
            const auto rows = h->listRows(listName);
            QCOMPARE(rows.size(), records.size());
            QVERIFY(!rows.isEmpty());
            for (auto it = records.cbegin(); it != records.cend(); ++it) {
                const QJsonObject row = rows.value(it.key());
                QCOMPARE(row.value(QStringLiteral("External ID")).toString(),
                    it.value().value(QStringLiteral("Id")).toString());
                QCOMPARE(row.value(QStringLiteral("Type")).toString(), object);
            }
            const auto changes = h->changes(out.summary.id);
            const auto typeRow = find(changes, ChangeOperation::Create, rows.cbegin().key(),
                QStringLiteral("Type"));
            QVERIFY(typeRow);
            QCOMPARE(typeRow->newValue, object);
            const RunOutcome again = h->runFull(id);
            QCOMPARE(again.summary.counts.created + again.summary.counts.updated, 0);
        }
    }

    void recordCreatedInSalesforceGetsItsIdOnTheListInTheSameRun()
    {
        // A list with the two columns and a person only on the list: push "add new" creates
        // the lead, and the same run writes its new id and type into the list row.
        const QJsonObject made = h->control(h->acton(), "POST", QStringLiteral("/_sandbox/records/lists"),
            { { QStringLiteral("name"), QStringLiteral("With Identity") },
                { QStringLiteral("headings"),
                    QJsonArray { QStringLiteral("E-mail Address"), QStringLiteral("First Name"),
                        QStringLiteral("Last Name"), QStringLiteral("Company"),
                        QStringLiteral("Job Title"), QStringLiteral("External ID"),
                        QStringLiteral("Type") } } });
        const QString listId = made.value(QStringLiteral("id")).toString();
        QVERIFY2(!listId.isEmpty(), QJsonDocument(made).toJson().constData());
        h->control(h->acton(), "POST", QStringLiteral("/_sandbox/records/") + listId,
            { { QStringLiteral("E-mail Address"), QStringLiteral("fay@phi.example") },
                { QStringLiteral("First Name"), QStringLiteral("Fay") },
                { QStringLiteral("Last Name"), QStringLiteral("Listed") },
                { QStringLiteral("Company"), QStringLiteral("Phi") } });
        QVariantMap s = base();
        s.insert(QStringLiteral("listName"), QStringLiteral("With Identity"));
        s.insert(QStringLiteral("pushAddNew"), true);
        s.insert(QStringLiteral("pushAddAs"), QStringLiteral("lead"));
        const qint64 id = flow(s);
        const RunOutcome out = h->runFull(id);
        QCOMPARE(out.summary.status, RunStatus::Succeeded);
        const QJsonObject fay = h->sfRecords(QStringLiteral("Lead")).value(QStringLiteral("fay@phi.example"));
        QVERIFY(!fay.isEmpty());
        const QJsonObject row = h->listRows(QStringLiteral("With Identity"))
                                    .value(QStringLiteral("fay@phi.example"));
        QCOMPARE(row.value(QStringLiteral("External ID")).toString(),
            fay.value(QStringLiteral("Id")).toString());
        QCOMPARE(row.value(QStringLiteral("Type")).toString(), QStringLiteral("Lead"));
        const auto update = find(h->changes(out.summary.id), ChangeOperation::Update,
            QStringLiteral("fay@phi.example"), QStringLiteral("External ID"));
        QVERIFY(update);
        QCOMPARE(update->system, QStringLiteral("acton"));
        // Nothing left for the next run.
        const RunOutcome again = h->runFull(id);
        QCOMPARE(again.summary.counts.created + again.summary.counts.updated, 0);
    }

    void emailChangedInSalesforceMovesTheListRow()
    {
        // Ada's address changes in Salesforce: her list row keeps its place (record id) and
        // gets the new address; no second row, the link moves with her.
        const qint64 id = flow(base());
        const RunOutcome first = h->runFull(id);
        QVERIFY2(first.summary.status != RunStatus::Failed, qPrintable(first.message));
        const QString rowId = h->listRows(kList)
                                  .value(QStringLiteral("ada@acme.example"))
                                  .value(QStringLiteral("_contact_id_"))
                                  .toString();
        QVERIFY(!rowId.isEmpty());
        const int rowsBefore = h->listRows(kList).size();
        const QString ada = h->sfRecords(QStringLiteral("Lead"))
                                .value(QStringLiteral("ada@acme.example"))
                                .value(QStringLiteral("Id"))
                                .toString();
        QCOMPARE(h->links(id, CrmKind::Salesforce).value(QStringLiteral("ada@acme.example")).crmId, ada);
        h->control(h->salesforce(), "PATCH", QStringLiteral("/_sandbox/records/Lead/") + ada,
            { { QStringLiteral("Email"), QStringLiteral("ada.new@acme.example") } });

        const RunOutcome out = h->runFull(id);
        QVERIFY2(out.summary.status != RunStatus::Failed, qPrintable(out.message));
        const auto rows = h->listRows(kList);
        QCOMPARE(rows.size(), rowsBefore);
        QVERIFY(!rows.contains(QStringLiteral("ada@acme.example")));
        QCOMPARE(rows.value(QStringLiteral("ada.new@acme.example")).value(QStringLiteral("_contact_id_")).toString(),
            rowId);
        QCOMPARE(rows.value(QStringLiteral("ada.new@acme.example")).value(QStringLiteral("First Name")).toString(),
            QStringLiteral("Ada"));
        const auto moved = find(h->changes(out.summary.id), ChangeOperation::Update,
            QStringLiteral("ada.new@acme.example"), QStringLiteral("E-mail Address"));
        QVERIFY(moved);
        QCOMPARE(moved->system, QStringLiteral("acton"));
        QCOMPARE(moved->oldValue, QStringLiteral("ada@acme.example"));
        QCOMPARE(moved->newValue, QStringLiteral("ada.new@acme.example"));
        const auto links = h->links(id, CrmKind::Salesforce);
        QVERIFY(!links.contains(QStringLiteral("ada@acme.example")));
        QCOMPARE(links.value(QStringLiteral("ada.new@acme.example")).crmId, ada);

        const RunOutcome again = h->runFull(id);
        QCOMPARE(again.summary.counts.created + again.summary.counts.updated, 0);
        QCOMPARE(h->listRows(kList).size(), rowsBefore);
    }

    void listWithoutTheColumnsIsSyncedWithoutThem()
    {
        // The seeded list has neither column; Act-On's API cannot add one, so the run says
        // so once and syncs the mapped columns.
        QVariantMap s = base();
        s.insert(QStringLiteral("pullUpdate"), true);
        s.insert(QStringLiteral("pullUpdateFields"), QStringList { QStringLiteral("Job Title") });
        const qint64 id = flow(s);
        const QString ada = h->sfRecords(QStringLiteral("Lead"))
                                .value(QStringLiteral("ada@acme.example"))
                                .value(QStringLiteral("Id"))
                                .toString();
        h->control(h->salesforce(), "PATCH", QStringLiteral("/_sandbox/records/Lead/") + ada,
            { { QStringLiteral("Title"), QStringLiteral("Chief Engineer") } });
        const RunOutcome out = h->runFull(id);
        QVERIFY2(out.summary.status == RunStatus::Succeeded, qPrintable(out.message));
        QCOMPARE(h->listRows(kList).value(QStringLiteral("ada@acme.example")).value(QStringLiteral("Job Title")).toString(),
            QStringLiteral("Chief Engineer"));
        const QString listId = h->listId(kList);
        const auto warning = find(h->changes(out.summary.id), ChangeOperation::Skip, listId);
        QVERIFY(warning);
        QVERIFY2(warning->reason.contains(QStringLiteral("“External ID”, “Type”")),
            qPrintable(warning->reason));
        QVERIFY(!h->listRows(kList).value(QStringLiteral("ada@acme.example")).contains(QStringLiteral("External ID")));
    }

    void pullAddNewOffLeavesTheListAlone()
    {
        const qint64 id = flow(base());
        const RunOutcome out = h->runFull(id);
        QCOMPARE(out.summary.status, RunStatus::Succeeded);
        const auto rows = h->listRows(kList);
        QCOMPARE(rows.size(), 4);
        QVERIFY(!rows.contains(QStringLiteral("bob@beta.example")));
        const auto changes = h->changes(out.summary.id);
        const std::optional<RecordChange> skip
            = find(changes, ChangeOperation::Skip, QStringLiteral("bob@beta.example"));
        QVERIFY(skip);
        QVERIFY(skip->reason.contains(QLatin1String("Add new records to the list")));
        // Push add is off too: Dee stays only on the list, and Salesforce has no new record.
        QVERIFY(
            !h->sfRecords(QStringLiteral("Lead")).contains(QStringLiteral("dee@delta.example")));
        QCOMPARE(out.summary.counts.created, 0);
    }

    void pushAddNewAsLead()
    {
        QVariantMap s = base();
        s.insert(QStringLiteral("pushAddNew"), true);
        s.insert(QStringLiteral("pushAddAs"), QStringLiteral("lead"));
        const qint64 id = flow(s);
        const RunOutcome out = h->runFull(id);
        QCOMPARE(out.summary.status, RunStatus::SucceededWithErrors);
        const auto leads = h->sfRecords(QStringLiteral("Lead"));
        QVERIFY(leads.contains(QStringLiteral("dee@delta.example")));
        const QJsonObject dee = leads.value(QStringLiteral("dee@delta.example"));
        QCOMPARE(dee.value(QStringLiteral("FirstName")).toString(), QStringLiteral("Dee"));
        QCOMPARE(dee.value(QStringLiteral("LastName")).toString(), QStringLiteral("Listonly"));
        QCOMPARE(dee.value(QStringLiteral("Company")).toString(), QStringLiteral("Delta"));
        QCOMPARE(dee.value(QStringLiteral("Title")).toString(), QStringLiteral("Analyst"));
        // Cy is a Salesforce contact already: never duplicated as a lead.
        QVERIFY(!leads.contains(QStringLiteral("cy@gamma.example")));
        QCOMPARE(h->sfRecords(QStringLiteral("Contact")).size(), 1);
        // Eve has no last name: Salesforce refuses her, recorded as an error row.
        QVERIFY(!leads.contains(QStringLiteral("eve@eps.example")));
        const auto changes = h->changes(out.summary.id);
        const std::optional<RecordChange> err
            = find(changes, ChangeOperation::Error, QStringLiteral("eve@eps.example"));
        QVERIFY(err);
        QVERIFY2(err->reason.contains(QLatin1String("LastName")), qPrintable(err->reason));
        QCOMPARE(out.summary.counts.created, 1);
        QCOMPARE(out.summary.counts.errors, 1);
        const auto created = find(changes, ChangeOperation::Create,
            QStringLiteral("dee@delta.example"), QStringLiteral("Title"));
        QVERIFY(created);
        QCOMPARE(created->system, QStringLiteral("salesforce"));
        QCOMPARE(created->object, QStringLiteral("Lead"));
        QCOMPARE(h->links(id, CrmKind::Salesforce).value(QStringLiteral("dee@delta.example")).crmId,
            dee.value(QStringLiteral("Id")).toString());

        // Rerun: Dee is found in Salesforce now, no second lead.
        const RunOutcome again = h->runFull(id);
        QCOMPARE(again.summary.counts.created, 0);
        int dees = 0;
        const QJsonArray all = h->control(h->salesforce(), "GET",
                                    QStringLiteral("/_sandbox/records/Lead?limit=1000"))
                                   .value(QStringLiteral("records"))
                                   .toArray();
        for (const QJsonValue &v : all)
            dees += v.toObject().value(QStringLiteral("Email")).toString()
                == QLatin1String("dee@delta.example");
        QCOMPARE(dees, 1);
    }

    void cancelWhileAWriteIsInFlightKeepsIt()
    {
        // Bob is added to the list, then Dee (and Eve, refused) created in Salesforce. The
        // cancel comes while the second write is in flight (answers take 300 ms): what the
        // systems did must be linked and in the history, and the next run adds nothing twice.
        QVariantMap s = base();
        s.insert(QStringLiteral("pullAddNew"), true);
        s.insert(QStringLiteral("pushAddNew"), true);
        s.insert(QStringLiteral("pushAddAs"), QStringLiteral("lead"));
        const qint64 id = flow(s);
        Sandbox::FaultSettings slow;
        slow.latencyMs = 300;
        h->salesforce().setFaults(slow);
        h->acton().setFaults(slow);
        bool cancelled = false;
        h->engine().setKillHook([&](const QString &checkpoint) {
            if (checkpoint == QLatin1String("mid-apply") && !cancelled) {
                cancelled = true; // first batch recorded; the next write goes out now
                QTimer::singleShot(100, &h->engine(), [this, id] { h->engine().cancel(id); });
            }
            return false;
        });
        const RunOutcome out = h->runFull(id);
        h->engine().setKillHook({});
        h->salesforce().setFaults({});
        h->acton().setFaults({});
        QVERIFY(cancelled);
        QCOMPARE(out.summary.status, RunStatus::Cancelled);

        const auto links = h->links(id, CrmKind::Salesforce);
        const auto changes = h->changes(out.summary.id);
        const auto leads = h->sfRecords(QStringLiteral("Lead"));
        const auto rows = h->listRows(kList);
        // Both writes were finished: Bob is on the list, Dee is a lead.
        QVERIFY(rows.contains(QStringLiteral("bob@beta.example")));
        QVERIFY(leads.contains(QStringLiteral("dee@delta.example")));
        for (const QString &email :
            { QStringLiteral("bob@beta.example"), QStringLiteral("dee@delta.example") }) {
            QVERIFY2(links.contains(email), qPrintable(QStringLiteral("not linked: ") + email));
            QVERIFY2(find(changes, ChangeOperation::Create, email),
                qPrintable(QStringLiteral("not in the history: ") + email));
        }
        QCOMPARE(links.value(QStringLiteral("dee@delta.example")).crmId,
            leads.value(QStringLiteral("dee@delta.example"))
                .value(QStringLiteral("Id"))
                .toString());

        const RunOutcome next = h->runFull(id);
        QVERIFY(next.summary.status == RunStatus::Succeeded
            || next.summary.status == RunStatus::SucceededWithErrors);
        QCOMPARE(next.summary.counts.created, 0);
        int dees = 0;
        const QJsonArray all = h->control(h->salesforce(), "GET",
                                    QStringLiteral("/_sandbox/records/Lead?limit=1000"))
                                   .value(QStringLiteral("records"))
                                   .toArray();
        for (const QJsonValue &v : all)
            dees += v.toObject().value(QStringLiteral("Email")).toString()
                == QLatin1String("dee@delta.example");
        QCOMPARE(dees, 1);
        QCOMPARE(h->listRows(kList).size(), 5);
    }

    void pushAddNewAsContact()
    {
        QVariantMap s = base();
        s.insert(QStringLiteral("pushAddNew"), true);
        s.insert(QStringLiteral("pushAddAs"), QStringLiteral("contact"));
        const qint64 id = flow(s);
        const RunOutcome out = h->runFull(id);
        QVERIFY(out.succeeded());
        const auto contacts = h->sfRecords(QStringLiteral("Contact"));
        QVERIFY(contacts.contains(QStringLiteral("dee@delta.example")));
        QCOMPARE(contacts.value(QStringLiteral("dee@delta.example"))
                     .value(QStringLiteral("Title"))
                     .toString(),
            QStringLiteral("Analyst"));
        QVERIFY(
            !h->sfRecords(QStringLiteral("Lead")).contains(QStringLiteral("dee@delta.example")));
        // Eve has a last name requirement on contacts as well.
        QVERIFY(!contacts.contains(QStringLiteral("eve@eps.example")));
        QVERIFY(find(h->changes(out.summary.id), ChangeOperation::Create,
            QStringLiteral("dee@delta.example"), QStringLiteral("LastName")));
    }

    void pushUpdateWritesOnlyTheSelectedFields()
    {
        const QString listId = h->listId(kList);
        const auto rows = h->listRows(kList);
        const QString ada = rows.value(QStringLiteral("ada@acme.example"))
                                .value(QStringLiteral("_contact_id_"))
                                .toString();
        h->control(h->acton(), "PATCH", QStringLiteral("/_sandbox/records/%1/%2").arg(listId, ada),
            QJsonObject { { QStringLiteral("Job Title"), QStringLiteral("Chief Engineer") },
                { QStringLiteral("First Name"), QStringLiteral("Augusta") } });
        QVariantMap s = base();
        s.insert(QStringLiteral("pushUpdate"), true);
        s.insert(QStringLiteral("pushUpdateFields"), QStringList { QStringLiteral("Job Title") });
        const qint64 id = flow(s);
        const RunOutcome out = h->runFull(id);
        QCOMPARE(out.summary.status, RunStatus::Succeeded);
        const QJsonObject lead
            = h->sfRecords(QStringLiteral("Lead")).value(QStringLiteral("ada@acme.example"));
        QCOMPARE(lead.value(QStringLiteral("Title")).toString(), QStringLiteral("Chief Engineer"));
        QCOMPARE(lead.value(QStringLiteral("FirstName")).toString(), QStringLiteral("Ada"));
        const auto changes = h->changes(out.summary.id);
        const std::optional<RecordChange> u = find(changes, ChangeOperation::Update,
            QStringLiteral("ada@acme.example"), QStringLiteral("Title"));
        QVERIFY(u);
        QCOMPARE(u->oldValue, QStringLiteral("Engineer"));
        QCOMPARE(u->newValue, QStringLiteral("Chief Engineer"));
        QVERIFY(!find(changes, ChangeOperation::Update, QStringLiteral("ada@acme.example"),
            QStringLiteral("FirstName")));
        // The list keeps its own first name (pull update is off).
        QCOMPARE(h->listRows(kList)
                     .value(QStringLiteral("ada@acme.example"))
                     .value(QStringLiteral("First Name"))
                     .toString(),
            QStringLiteral("Augusta"));
    }

    void convertedLeadIsLeftForItsContact()
    {
        // Ada's lead is converted: Salesforce keeps it read-only. The list row's change goes
        // to the contact she became, never to the lead, and nothing fails.
        const QString adaLead = h->sfRecords(QStringLiteral("Lead"))
                                    .value(QStringLiteral("ada@acme.example"))
                                    .value(QStringLiteral("Id"))
                                    .toString();
        const QJsonObject converted = h->control(h->salesforce(), "POST",
            QStringLiteral("/_sandbox/records/LeadConvert"),
            { { QStringLiteral("leadId"), adaLead } });
        const QString contact = converted.value(QStringLiteral("contactId")).toString();
        QVERIFY(!contact.isEmpty());
        const QString listId = h->listId(kList);
        const QString row = h->listRows(kList)
                                .value(QStringLiteral("ada@acme.example"))
                                .value(QStringLiteral("_contact_id_"))
                                .toString();
        h->control(h->acton(), "PATCH", QStringLiteral("/_sandbox/records/%1/%2").arg(listId, row),
            QJsonObject { { QStringLiteral("Job Title"), QStringLiteral("Chief Engineer") } });
        QVariantMap s = base();
        s.insert(QStringLiteral("pushUpdate"), true);
        s.insert(QStringLiteral("pushUpdateFields"), QStringList { QStringLiteral("Job Title") });
        const qint64 id = flow(s);
        const RunOutcome out = h->runFull(id);
        QVERIFY2(out.summary.status == RunStatus::Succeeded, qPrintable(out.message));
        QCOMPARE(out.summary.counts.errors, 0);
        const QJsonObject lead
            = h->control(h->salesforce(), "GET", QStringLiteral("/_sandbox/records/Lead/") + adaLead);
        QCOMPARE(lead.value(QStringLiteral("Title")).toString(), QStringLiteral("Engineer"));
        const QJsonObject c
            = h->control(h->salesforce(), "GET", QStringLiteral("/_sandbox/records/Contact/") + contact);
        QCOMPARE(c.value(QStringLiteral("Title")).toString(), QStringLiteral("Chief Engineer"));
        QCOMPARE(h->links(id, CrmKind::Salesforce).value(QStringLiteral("ada@acme.example")).crmId,
            contact);
    }

    void pushUpdateOffSendsNothing()
    {
        const QString listId = h->listId(kList);
        const QString ada = h->listRows(kList)
                                .value(QStringLiteral("ada@acme.example"))
                                .value(QStringLiteral("_contact_id_"))
                                .toString();
        h->control(h->acton(), "PATCH", QStringLiteral("/_sandbox/records/%1/%2").arg(listId, ada),
            QJsonObject { { QStringLiteral("Job Title"), QStringLiteral("Chief Engineer") } });
        QVariantMap s = base();
        s.insert(QStringLiteral("pushUpdate"), false);
        s.insert(QStringLiteral("pushUpdateFields"), QStringList { QStringLiteral("Job Title") });
        const RunOutcome out = h->runFull(flow(s));
        QCOMPARE(out.summary.status, RunStatus::Succeeded);
        QCOMPARE(h->sfRecords(QStringLiteral("Lead"))
                     .value(QStringLiteral("ada@acme.example"))
                     .value(QStringLiteral("Title"))
                     .toString(),
            QStringLiteral("Engineer"));
        QCOMPARE(out.summary.counts.updated, 0);
    }

    void pullUpdateWritesOnlyTheSelectedFields()
    {
        const QString adaId = h->sfRecords(QStringLiteral("Lead"))
                                  .value(QStringLiteral("ada@acme.example"))
                                  .value(QStringLiteral("Id"))
                                  .toString();
        h->control(h->salesforce(), "PATCH", QStringLiteral("/_sandbox/records/Lead/") + adaId,
            QJsonObject { { QStringLiteral("Company"), QStringLiteral("Acme Analytical Engines") },
                { QStringLiteral("Title"), QStringLiteral("Countess") } });
        QVariantMap s = base();
        s.insert(QStringLiteral("pullUpdate"), true);
        s.insert(QStringLiteral("pullUpdateFields"), QStringList { QStringLiteral("Company") });
        const qint64 id = flow(s);
        const RunOutcome out = h->runFull(id);
        QCOMPARE(out.summary.status, RunStatus::Succeeded);
        const QJsonObject row = h->listRows(kList).value(QStringLiteral("ada@acme.example"));
        QCOMPARE(row.value(QStringLiteral("Company")).toString(),
            QStringLiteral("Acme Analytical Engines"));
        QCOMPARE(row.value(QStringLiteral("Job Title")).toString(), QStringLiteral("Engineer"));
        const std::optional<RecordChange> u = find(h->changes(out.summary.id), ChangeOperation::Update,
            QStringLiteral("ada@acme.example"), QStringLiteral("Company"));
        QVERIFY(u);
        QCOMPARE(u->system, QStringLiteral("acton"));
        QCOMPARE(u->oldValue, QStringLiteral("Acme"));
        QCOMPARE(u->newValue, QStringLiteral("Acme Analytical Engines"));
        // Cy is a contact outside the "all leads" source: updated too (Account.Name via join).
        QCOMPARE(
            h->links(id, CrmKind::Salesforce).value(QStringLiteral("cy@gamma.example")).crmType,
            LinkSnapshot::CrmType::Contact);
    }

    void removeNotFoundDeletesOnlyUnknownRows()
    {
        QVariantMap s = base();
        s.insert(QStringLiteral("pullRemoveNotFound"), true);
        const qint64 id = flow(s);
        const RunOutcome out = h->runFull(id);
        QCOMPARE(out.summary.status, RunStatus::Succeeded);
        const auto rows = h->listRows(kList);
        QCOMPARE(rows.size(), 2);
        QVERIFY(rows.contains(QStringLiteral("ada@acme.example")));
        QVERIFY(rows.contains(QStringLiteral("cy@gamma.example"))); // a Salesforce contact
        QVERIFY(!rows.contains(QStringLiteral("dee@delta.example")));
        QVERIFY(!rows.contains(QStringLiteral("eve@eps.example")));
        QCOMPARE(out.summary.counts.deleted, 2);
        const std::optional<RecordChange> d = find(h->changes(out.summary.id), ChangeOperation::Delete,
            QStringLiteral("dee@delta.example"));
        QVERIFY(d);
        QVERIFY(d->reason.contains(QLatin1String("Not found in Salesforce")));
    }

    void removeNotFoundOffKeepsRows()
    {
        const RunOutcome out = h->runFull(flow(base()));
        QCOMPARE(out.summary.status, RunStatus::Succeeded);
        QCOMPARE(h->listRows(kList).size(), 4);
        QCOMPARE(out.summary.counts.deleted, 0);
    }

    void campaignSource()
    {
        const QJsonArray camps
            = h->control(h->salesforce(), "GET", QStringLiteral("/_sandbox/records/Campaign"))
                  .value(QStringLiteral("records"))
                  .toArray();
        QCOMPARE(camps.size(), 1);
        const QString campaign = camps.first().toObject().value(QStringLiteral("Id")).toString();
        const qint64 id = flow({ { QStringLiteral("source"), QStringLiteral("campaign") },
            { QStringLiteral("campaignId"), campaign },
            { QStringLiteral("listName"), QStringLiteral("Webinar Q3") } });
        const RunOutcome out = h->runFull(id);
        QCOMPARE(out.summary.status, RunStatus::Succeeded);
        const auto rows = h->listRows(QStringLiteral("Webinar Q3"));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.value(QStringLiteral("bob@beta.example"))
                     .value(QStringLiteral("Last Name"))
                     .toString(),
            QStringLiteral("Byte"));
        QCOMPARE(rows.value(QStringLiteral("cy@gamma.example"))
                     .value(QStringLiteral("Company"))
                     .toString(),
            QStringLiteral("Gamma"));
    }

    // Seed 003: the list of a campaign gets the member status; Salesforce changes are
    // pulled into it (no option needed: the column mirrors the campaign).
    void campaignStatusFillsTheListColumn()
    {
        const QString bob = QStringLiteral("bob@beta.example");
        const QString cy = QStringLiteral("cy@gamma.example");
        QCOMPARE(
            member(bob).value(QStringLiteral("Status")).toString(), QStringLiteral("Responded"));
        QCOMPARE(member(cy).value(QStringLiteral("Status")).toString(), QStringLiteral("Sent"));
        const qint64 id = campaignFlow();
        RunOutcome out = h->runFull(id);
        QCOMPARE(out.summary.status, RunStatus::Succeeded);
        QCOMPARE(listStatus(bob), QStringLiteral("Responded"));
        QCOMPARE(listStatus(cy), QStringLiteral("Sent"));
        const std::optional<RecordChange> add = find(h->changes(out.summary.id), ChangeOperation::Create, bob,
            QStringLiteral("Campaign Status"));
        QVERIFY(add);
        QCOMPARE(add->newValue, QStringLiteral("Responded"));

        // A status set in Salesforce reaches the list at the next run.
        h->control(h->salesforce(), "PATCH",
            QStringLiteral("/_sandbox/records/CampaignMember/")
                + member(cy).value(QStringLiteral("Id")).toString(),
            QJsonObject { { QStringLiteral("Status"), QStringLiteral("Registered") } });
        out = h->runFull(id);
        QCOMPARE(out.summary.status, RunStatus::Succeeded);
        QCOMPARE(listStatus(cy), QStringLiteral("Registered"));
        const std::optional<RecordChange> u = find(h->changes(out.summary.id), ChangeOperation::Update, cy,
            QStringLiteral("Campaign Status"));
        QVERIFY(u);
        QCOMPARE(u->system, QStringLiteral("acton"));
        QCOMPARE(u->oldValue, QStringLiteral("Sent"));
        QCOMPARE(u->newValue, QStringLiteral("Registered"));
        QCOMPARE(out.summary.counts.updated, 1);
        // Nothing changed since: nothing is written.
        out = h->runFull(id);
        QCOMPARE(out.summary.counts.updated, 0);
        QCOMPARE(out.summary.counts.created, 0);
    }

    // Seed 003: "for Salesforce campaigns, campaign status will always be pushed if the
    // Update existing records option is enabled", whatever fields are selected.
    void campaignStatusChangedInTheListIsPushed()
    {
        const QString cy = QStringLiteral("cy@gamma.example");
        const qint64 id = campaignFlow(pushStatus());
        QCOMPARE(h->runFull(id).summary.status, RunStatus::Succeeded);
        setListStatus(cy, QStringLiteral("Attended"));
        RunOutcome out = h->runFull(id);
        QCOMPARE(out.summary.status, RunStatus::Succeeded);
        const QJsonObject m = member(cy);
        QCOMPARE(m.value(QStringLiteral("Status")).toString(), QStringLiteral("Attended"));
        const std::optional<RecordChange> u = find(
            h->changes(out.summary.id), ChangeOperation::Update, cy, QStringLiteral("Status"));
        QVERIFY(u);
        QCOMPARE(u->system, QStringLiteral("salesforce"));
        QCOMPARE(u->object, QStringLiteral("CampaignMember"));
        QCOMPARE(u->oldValue, QStringLiteral("Sent"));
        QCOMPARE(u->newValue, QStringLiteral("Attended"));
        QCOMPARE(listStatus(cy), QStringLiteral("Attended"));
        // Converged: the next run writes nothing either way.
        out = h->runFull(id);
        QCOMPARE(out.summary.status, RunStatus::Succeeded);
        QCOMPARE(out.summary.counts.updated, 0);
        QCOMPARE(member(cy).value(QStringLiteral("Status")).toString(), QStringLiteral("Attended"));
        // The flow editor's check accepts "Update existing records" with no field for a
        // campaign source (the status is what it pushes), not for other sources.
        Flow f;
        f.kind = FlowKind::ListSync;
        f.settings = { { QStringLiteral("source"), QStringLiteral("campaign") },
            { QStringLiteral("campaignId"), campaignId() },
            { QStringLiteral("listName"), QStringLiteral("Webinar Q3") },
            { QStringLiteral("pushUpdate"), true } };
        const QString fieldProblem = QStringLiteral("Choose at least one field for");
        QVERIFY(!FlowSettingsCheck::problems(f, {}).join(u' ').contains(fieldProblem));
        f.settings.insert(QStringLiteral("source"), QStringLiteral("leads"));
        QVERIFY(FlowSettingsCheck::problems(f, {}).join(u' ').contains(fieldProblem));
    }

    void campaignStatusRefusedBySalesforceIsAnErrorRow()
    {
        const QString cy = QStringLiteral("cy@gamma.example");
        const qint64 id = campaignFlow(pushStatus());
        QCOMPARE(h->runFull(id).summary.status, RunStatus::Succeeded);
        setListStatus(cy, QStringLiteral("Maybe"));
        const RunOutcome out = h->runFull(id);
        QCOMPARE(out.summary.status, RunStatus::SucceededWithErrors);
        QCOMPARE(member(cy).value(QStringLiteral("Status")).toString(), QStringLiteral("Sent"));
        const std::optional<RecordChange> e = find(h->changes(out.summary.id), ChangeOperation::Error, cy);
        QVERIFY(e);
        QCOMPARE(e->object, QStringLiteral("CampaignMember"));
        QVERIFY2(e->reason.contains(
                     QLatin1String("Status: bad value for restricted picklist field: Maybe")),
            qPrintable(e->reason));
        QVERIFY2(!e->reason.contains(QLatin1String("Status: Status:")), qPrintable(e->reason));
    }

    void campaignStatusIsNotPushedWithoutUpdateExistingRecords()
    {
        const QString cy = QStringLiteral("cy@gamma.example");
        const qint64 id = campaignFlow();
        QCOMPARE(h->runFull(id).summary.status, RunStatus::Succeeded);
        setListStatus(cy, QStringLiteral("Attended"));
        const RunOutcome out = h->runFull(id);
        QCOMPARE(out.summary.status, RunStatus::Succeeded);
        QCOMPARE(member(cy).value(QStringLiteral("Status")).toString(), QStringLiteral("Sent"));
        QCOMPARE(listStatus(cy), QStringLiteral("Sent")); // the list mirrors the campaign
    }

    void campaignStatusChangedOnBothSidesSalesforceWins()
    {
        const QString cy = QStringLiteral("cy@gamma.example");
        const qint64 id = campaignFlow(pushStatus());
        QCOMPARE(h->runFull(id).summary.status, RunStatus::Succeeded);
        setListStatus(cy, QStringLiteral("Attended"));
        h->control(h->salesforce(), "PATCH",
            QStringLiteral("/_sandbox/records/CampaignMember/")
                + member(cy).value(QStringLiteral("Id")).toString(),
            QJsonObject { { QStringLiteral("Status"), QStringLiteral("Registered") } });
        const RunOutcome out = h->runFull(id);
        QCOMPARE(out.summary.status, RunStatus::Succeeded);
        QCOMPARE(
            member(cy).value(QStringLiteral("Status")).toString(), QStringLiteral("Registered"));
        QCOMPARE(listStatus(cy), QStringLiteral("Registered"));
        QVERIFY(find(h->changes(out.summary.id), ChangeOperation::Conflict, cy));
    }

    void campaignStatusPreviewShowsTheChangeAndWritesNothing()
    {
        const QString cy = QStringLiteral("cy@gamma.example");
        const qint64 id = campaignFlow(pushStatus());
        QCOMPARE(h->runFull(id).summary.status, RunStatus::Succeeded);
        setListStatus(cy, QStringLiteral("Attended"));
        const RunOutcome out = h->runFull(id, true);
        QCOMPARE(out.summary.status, RunStatus::Succeeded);
        QCOMPARE(out.summary.mode, RunMode::Preview);
        QCOMPARE(member(cy).value(QStringLiteral("Status")).toString(), QStringLiteral("Sent"));
        const std::optional<RecordChange> u = find(
            h->changes(out.summary.id), ChangeOperation::Update, cy, QStringLiteral("Status"));
        QVERIFY(u);
        QCOMPARE(u->oldValue, QStringLiteral("Sent"));
        QCOMPARE(u->newValue, QStringLiteral("Attended"));
    }

    void missingCampaignFailsWithASentence()
    {
        const RunOutcome out
            = h->runFull(flow({ { QStringLiteral("source"), QStringLiteral("campaign") } }));
        QCOMPARE(out.summary.status, RunStatus::Failed);
        QVERIFY2(
            out.message.contains(QLatin1String("no campaign is chosen")), qPrintable(out.message));
    }

    void previewSendsNothing()
    {
        const QString adaId = h->sfRecords(QStringLiteral("Lead"))
                                  .value(QStringLiteral("ada@acme.example"))
                                  .value(QStringLiteral("Id"))
                                  .toString();
        h->control(h->salesforce(), "PATCH", QStringLiteral("/_sandbox/records/Lead/") + adaId,
            QJsonObject { { QStringLiteral("Company"), QStringLiteral("Acme Two") } });
        QVariantMap s = base();
        s.insert(QStringLiteral("pushAddNew"), true);
        s.insert(QStringLiteral("pullAddNew"), true);
        s.insert(QStringLiteral("pullUpdate"), true);
        s.insert(QStringLiteral("pullUpdateFields"), QStringList { QStringLiteral("Company") });
        const qint64 id = flow(s);
        const auto leadsBefore = h->sfRecords(QStringLiteral("Lead"));
        const auto rowsBefore = h->listRows(kList);
        const RunOutcome out = h->runFull(id, true);
        QCOMPARE(out.summary.status, RunStatus::Succeeded);
        QCOMPARE(out.summary.mode, RunMode::Preview);
        QCOMPARE(h->sfRecords(QStringLiteral("Lead")), leadsBefore);
        QCOMPARE(h->listRows(kList), rowsBefore);
        QVERIFY(h->links(id, CrmKind::Salesforce).isEmpty());
        const auto changes = h->changes(out.summary.id);
        QVERIFY(find(changes, ChangeOperation::Create, QStringLiteral("dee@delta.example")));
        QVERIFY(find(changes, ChangeOperation::Create, QStringLiteral("bob@beta.example")));
        const std::optional<RecordChange> u = find(changes, ChangeOperation::Update,
            QStringLiteral("ada@acme.example"), QStringLiteral("Company"));
        QVERIFY(u);
        QCOMPARE(u->newValue, QStringLiteral("Acme Two"));
    }
};

QTEST_GUILESS_MAIN(TestEngineF3)
#include "tst_engine_f3.moc"
