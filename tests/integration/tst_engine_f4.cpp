// F4 lead handoff end to end: SyncEngine runs LeadHandoffRunner against the in-process Act-On
// and Pipeliner emulators; the tests read the Pipeliner leads and contacts record by record
// (control API) and the journal (runs, record_changes, links).
#include "core/engine/flows/LeadHandoffRunner.h"
#include "tests/support/DemoPeople.h"
#include "tests/support/LeadHandoffCase.h"

#include <QTimer>

using namespace LeadBridge;
using namespace LeadBridge::Sandbox;
using LeadBridge::Test::DemoPeople;
using LeadBridge::Test::LeadHandoffCase;

namespace {

DemoPerson person(int index, const QString &first, const QString &last, const QString &email,
    int score, bool inPipeliner)
{
    DemoPerson p = DemoPeople::person(
        index, first, last, email, QStringLiteral("Company %1").arg(index), score);
    p.inPipeliner = inPipeliner;
    return p;
}

/// Ada (score 80, a Pipeliner contact) is on both lists; Bob (70, not in Pipeliner) on
/// "Webinar"; Cy (20) is below the threshold. Scores below 50 keep the seeded leads away.
DemoDataset world()
{
    DemoDataset d;
    d.users = DemoPeople::ownerAndSeller();
    d.people = { person(0, QStringLiteral("Ada"), QStringLiteral("Lovelace"),
                     QStringLiteral("ada@acme.example"), 49, true),
        person(1, QStringLiteral("Bob"), QStringLiteral("Byte"), QStringLiteral("bob@beta.example"),
            48, false),
        person(2, QStringLiteral("Cy"), QStringLiteral("Low"), QStringLiteral("cy@gamma.example"),
            20, true) };
    d.actOnLists = { DemoList { QStringLiteral("Webinar"), QStringLiteral("Events"), { 0, 1, 2 } },
        DemoList { QStringLiteral("Newsletter"), QStringLiteral("Mail"), { 0 } } };
    return d;
}

} // namespace

class TestEngineF4 : public LeadHandoffCase
{
    Q_OBJECT

private:
    /// Lead custom fields (cf_…) the emulated space defines, by api_name -> type_id.
    QMap<QString, QString> leadCustomFields()
    {
        QMap<QString, QString> out;
        const QJsonArray all
            = h->control(h->pipeliner(), "GET", QStringLiteral("/_sandbox/records/Fields"))
                  .value(QStringLiteral("records"))
                  .toArray();
        for (const QJsonValue &v : all) {
            const QJsonObject f = v.toObject();
            const QString api = f.value(QStringLiteral("api_name")).toString();
            if (f.value(QStringLiteral("entity_name")).toString() == QLatin1String("Lead")
                && api.startsWith(QLatin1String("cf_")))
                out.insert(api, f.value(QStringLiteral("type_id")).toString());
        }
        return out;
    }
    QJsonObject leadNamed(const QString &name)
    {
        for (const QJsonObject &l : h->plRecordList(QStringLiteral("Leads"))) {
            if (l.value(QStringLiteral("name")).toString() == name)
                return l;
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        startFixture(world(), AccountKind::Pipeliner);
        const auto clients = h->plRecordList(QStringLiteral("Clients"));
        QVERIFY(clients.size() >= 2);
        m_owner = clients.at(1).value(QStringLiteral("id")).toString();
        // Raise Ada and Bob over the threshold (the seed kept them under 50: no seeded leads).
        h->setListScore(QStringLiteral("Webinar"), QStringLiteral("ada@acme.example"), 80);
        h->setListScore(QStringLiteral("Newsletter"), QStringLiteral("ada@acme.example"), 80);
        h->setListScore(QStringLiteral("Webinar"), QStringLiteral("bob@beta.example"), 70);
        addHandoffFlow();
    }
    void cleanup() { h.reset(); }

    void missingLeadFieldsAreCreatedThenWritten()
    {
        // The demo space of world() does not define the Lead custom fields F4 writes.
        QVERIFY(leadCustomFields().isEmpty());
        const RunOutcome out = h->runFull(m_flow);
        QCOMPARE(out.summary.status, RunStatus::Succeeded);
        const QMap<QString, QString> expected { { QStringLiteral("cf_acton_contact_id"),
                                                    QStringLiteral("input") },
            { QStringLiteral("cf_acton_list_name"), QStringLiteral("input") },
            { QStringLiteral("cf_acton_score"), QStringLiteral("integer") } };
        QCOMPARE(leadCustomFields(), expected);
        const QJsonObject ada = leadNamed(QStringLiteral("Ada Lovelace (Webinar)"));
        QCOMPARE(ada.value(QStringLiteral("cf_acton_score")).toInt(), 80);
        QCOMPARE(
            ada.value(QStringLiteral("cf_acton_list_name")).toString(), QStringLiteral("Webinar"));
        QVERIFY(!ada.value(QStringLiteral("cf_acton_contact_id")).toString().isEmpty());
        QCOMPARE(h->plRecordList(QStringLiteral("Leads")).size(), 3);

        // Second run: the fields exist, nothing is created again.
        const qsizetype fields = h->pipeliner().recordCount(QStringLiteral("Fields"));
        QCOMPARE(h->runFull(m_flow).summary.status, RunStatus::Succeeded);
        QCOMPARE(h->pipeliner().recordCount(QStringLiteral("Fields")), fields);
    }

    void refusedFieldCreationStopsBeforeAnyWrite()
    {
        h->pipeliner().setMayCreateFields(false);
        const auto leadsBefore = h->plRecordList(QStringLiteral("Leads"));
        const auto contactsBefore = h->plRecordList(QStringLiteral("Contacts"));
        const qsizetype fieldsBefore = h->pipeliner().recordCount(QStringLiteral("Fields"));

        const RunOutcome out = h->runFull(m_flow);
        QCOMPARE(out.summary.status, RunStatus::Failed);
        const QString expected = QStringLiteral(
            "Pipeliner leads lack the fields cf_acton_score, cf_acton_list_name, "
            "cf_acton_contact_id that the lead handoff writes, and the Pipeliner user of this "
            "account may not create fields. Ask a Pipeliner administrator to create them "
            "(Administration → Fields & Forms → Lead) or to let this user manage fields, then "
            "run the handoff again. Nothing was written.");
        QCOMPARE(out.message, expected);
        // The journal's run row carries the same sentence, and no record changes.
        RunRepository runs(h->journal());
        const auto row = runs.get(out.summary.id);
        QVERIFY(row.ok());
        QCOMPARE(row->status, RunStatus::Failed);
        QCOMPARE(row->errorSummary, expected);
        QVERIFY(h->changes(out.summary.id).isEmpty());
        // Pipeliner is untouched: no lead, no contact, no field.
        QCOMPARE(h->plRecordList(QStringLiteral("Leads")), leadsBefore);
        QCOMPARE(h->plRecordList(QStringLiteral("Contacts")), contactsBefore);
        QCOMPARE(h->pipeliner().recordCount(QStringLiteral("Fields")), fieldsBefore);
        QVERIFY(leadCustomFields().isEmpty());
    }

    void leadsPerMembershipWithNamesOwnerAndContacts()
    {
        QCOMPARE(h->plRecordList(QStringLiteral("Leads")).size(), 0);
        const auto contactsBefore = h->plRecordList(QStringLiteral("Contacts"));
        QString adaContact;
        for (const QJsonObject &c : contactsBefore) {
            if (c.value(QStringLiteral("email1")).toString() == QLatin1String("ada@acme.example"))
                adaContact = c.value(QStringLiteral("id")).toString();
        }
        QVERIFY(!adaContact.isEmpty());

        const RunOutcome out = h->runFull(m_flow);
        QCOMPARE(out.summary.status, RunStatus::Succeeded);
        const auto leads = h->plRecordList(QStringLiteral("Leads"));
        QCOMPARE(leads.size(), 3); // Ada x2 lists, Bob x1; Cy is below the threshold
        const QJsonObject adaWebinar = leadNamed(QStringLiteral("Ada Lovelace (Webinar)"));
        const QJsonObject adaNews = leadNamed(QStringLiteral("Ada Lovelace (Newsletter)"));
        const QJsonObject bob = leadNamed(QStringLiteral("Bob Byte (Webinar)"));
        QVERIFY(!adaWebinar.isEmpty() && !adaNews.isEmpty() && !bob.isEmpty());
        for (const QJsonObject &l : { adaWebinar, adaNews, bob })
            QCOMPARE(l.value(QStringLiteral("owner_id")).toString(), m_owner);
        // Ada is linked to her existing contact; Bob got a new one.
        QCOMPARE(adaWebinar.value(QStringLiteral("primary_contact_id")).toString(), adaContact);
        QCOMPARE(adaNews.value(QStringLiteral("primary_contact_id")).toString(), adaContact);
        const auto contacts = h->plRecordList(QStringLiteral("Contacts"));
        QCOMPARE(contacts.size(), contactsBefore.size() + 1);
        QJsonObject bobContact;
        for (const QJsonObject &c : contacts) {
            if (c.value(QStringLiteral("email1")).toString() == QLatin1String("bob@beta.example"))
                bobContact = c;
        }
        QCOMPARE(bobContact.value(QStringLiteral("first_name")).toString(), QStringLiteral("Bob"));
        QCOMPARE(bobContact.value(QStringLiteral("last_name")).toString(), QStringLiteral("Byte"));
        QCOMPARE(bobContact.value(QStringLiteral("quick_account_name")).toString(),
            QStringLiteral("Company 1"));
        QCOMPARE(bobContact.value(QStringLiteral("owner_id")).toString(), m_owner);
        QCOMPARE(bob.value(QStringLiteral("primary_contact_id")).toString(),
            bobContact.value(QStringLiteral("id")).toString());
        QCOMPARE(bob.value(QStringLiteral("cf_acton_score")).toInt(), 70);
        QCOMPARE(adaWebinar.value(QStringLiteral("cf_acton_score")).toInt(), 80);

        // Journal: one lead link per membership, contacts by e-mail, create rows.
        const auto links = h->links(m_flow, CrmKind::Pipeliner);
        const QString webinarId = h->listId(QStringLiteral("Webinar"));
        QCOMPARE(links.value(QStringLiteral("ada@acme.example|") + webinarId).crmId,
            adaWebinar.value(QStringLiteral("id")).toString());
        QCOMPARE(links.value(QStringLiteral("bob@beta.example")).crmType,
            LinkSnapshot::CrmType::Contact);
        const auto changes = h->changes(out.summary.id);
        bool nameRow = false;
        for (const RecordChange &c : changes)
            nameRow = nameRow
                || (c.operation == ChangeOperation::Create && c.field == QLatin1String("name")
                    && c.newValue == QLatin1String("Bob Byte (Webinar)"));
        QVERIFY(nameRow);
        QCOMPARE(out.summary.counts.created, 4); // 3 leads + Bob's contact

        // Rerun: no duplicates, nothing written.
        const RunOutcome again = h->runFull(m_flow);
        QCOMPARE(again.summary.status, RunStatus::Succeeded);
        QCOMPARE(h->plRecordList(QStringLiteral("Leads")).size(), 3);
        QCOMPARE(h->plRecordList(QStringLiteral("Contacts")).size(), contacts.size());
        QCOMPARE(again.summary.counts.created, 0);
        QCOMPARE(again.summary.counts.updated, 0);

        // The Act-On score changes: the lead's score follows at the next run.
        h->setListScore(QStringLiteral("Webinar"), QStringLiteral("bob@beta.example"), 95);
        const RunOutcome third = h->runFull(m_flow);
        QCOMPARE(third.summary.counts.updated, 1);
        QCOMPARE(leadNamed(QStringLiteral("Bob Byte (Webinar)"))
                     .value(QStringLiteral("cf_acton_score"))
                     .toInt(),
            95);
        QCOMPARE(h->plRecordList(QStringLiteral("Leads")).size(), 3);
    }

    void cancelWhileLeadsAreCreatedKeepsThem()
    {
        // The leads' write is in flight (Pipeliner answers after 300 ms) when the cancel
        // comes: the leads Pipeliner made must be linked and in the history, and the next
        // run must not make them again.
        FaultSettings slow;
        slow.latencyMs = 300;
        h->pipeliner().setFaults(slow);
        bool cancelled = false;
        h->engine().setKillHook([&](const QString &checkpoint) {
            if (checkpoint == QLatin1String("mid-apply") && !cancelled) {
                cancelled = true; // contacts recorded; the leads' write goes out next
                QTimer::singleShot(100, &h->engine(), [this] { h->engine().cancel(m_flow); });
            }
            return false;
        });
        const RunOutcome out = h->runFull(m_flow);
        h->engine().setKillHook({});
        h->pipeliner().setFaults({});
        QVERIFY(cancelled);
        QCOMPARE(out.summary.status, RunStatus::Cancelled);
        const auto leads = h->plRecordList(QStringLiteral("Leads"));
        QCOMPARE(leads.size(), 3); // the write in flight was finished, not abandoned
        QSet<QString> linked;
        for (const LinkSnapshot &s : h->links(m_flow, CrmKind::Pipeliner))
            linked.insert(s.crmId);
        QSet<QString> created;
        for (const RecordChange &c : h->changes(out.summary.id)) {
            if (c.operation == ChangeOperation::Create && c.object == QLatin1String("Leads"))
                created.insert(c.recordKey);
        }
        for (const QJsonObject &l : leads)
            QVERIFY2(linked.contains(l.value(QStringLiteral("id")).toString()),
                qPrintable(QStringLiteral("lead not linked: ")
                    + l.value(QStringLiteral("name")).toString()));
        QCOMPARE(created.size(), leads.size());

        const RunOutcome next = h->runFull(m_flow);
        QVERIFY2(next.succeeded(), qPrintable(next.message));
        QCOMPARE(next.summary.counts.created, 0);
        QCOMPARE(h->plRecordList(QStringLiteral("Leads")).size(), 3);
    }

    void existingLeadWithTheNameIsLinkedNotDuplicated()
    {
        // A lead made by hand (or by a run whose journal was lost) carries the name already.
        h->control(h->pipeliner(), "POST", QStringLiteral("/_sandbox/records/Leads"),
            QJsonObject { { QStringLiteral("name"), QStringLiteral("Bob Byte (Webinar)") },
                { QStringLiteral("owner_id"), m_owner }, { QStringLiteral("cf_acton_score"), 1 } });
        const RunOutcome out = h->runFull(m_flow);
        QCOMPARE(out.summary.status, RunStatus::Succeeded);
        int bobs = 0;
        for (const QJsonObject &l : h->plRecordList(QStringLiteral("Leads")))
            bobs += l.value(QStringLiteral("name")).toString()
                == QLatin1String("Bob Byte (Webinar)");
        QCOMPARE(bobs, 1);
        QCOMPARE(leadNamed(QStringLiteral("Bob Byte (Webinar)"))
                     .value(QStringLiteral("cf_acton_score"))
                     .toInt(),
            70);
        bool skip = false;
        for (const RecordChange &c : h->changes(out.summary.id))
            skip = skip
                || (c.operation == ChangeOperation::Skip
                    && c.reason.contains(QLatin1String("already exists")));
        QVERIFY(skip);
    }

    void previewSendsNothing()
    {
        const auto contactsBefore = h->plRecordList(QStringLiteral("Contacts"));
        const RunOutcome out = h->runFull(m_flow, true);
        QCOMPARE(out.summary.status, RunStatus::Succeeded);
        QCOMPARE(out.summary.mode, RunMode::Preview);
        QCOMPARE(h->plRecordList(QStringLiteral("Leads")).size(), 0);
        QCOMPARE(h->plRecordList(QStringLiteral("Contacts")).size(), contactsBefore.size());
        QVERIFY(h->links(m_flow, CrmKind::Pipeliner).isEmpty());
        QVERIFY(leadCustomFields().isEmpty()); // a preview creates no fields either
        bool planned = false;
        for (const RecordChange &c : h->changes(out.summary.id))
            planned = planned
                || (c.field == QLatin1String("name")
                    && c.newValue == QLatin1String("Ada Lovelace (Newsletter)"));
        QVERIFY(planned);
    }

    void listWithoutTheScoreColumnFailsWithASentence()
    {
        // Before: every row of such a list was skipped without a word and the run "succeeded".
        QVERIFY(h->setFlowSettings(m_flow,
            { { QStringLiteral("scoreThreshold"), 60 }, { QStringLiteral("ownerId"), m_owner },
                { QStringLiteral("scoreHeading"), QStringLiteral("Lead Temperature") } }));
        const RunOutcome out = h->runFull(m_flow);
        QCOMPARE(out.summary.status, RunStatus::Failed);
        QVERIFY2(out.message.contains(QStringLiteral("column “Lead Temperature”"))
                && out.message.contains(QStringLiteral("“Webinar”")),
            qPrintable(out.message));
        QCOMPARE(h->plRecordList(QStringLiteral("Leads")).size(), 0);
    }

    void missingOwnerFailsWithASentence()
    {
        QVERIFY(h->setFlowSettings(m_flow, { { QStringLiteral("scoreThreshold"), 60 } }));
        const RunOutcome out = h->runFull(m_flow);
        QCOMPARE(out.summary.status, RunStatus::Failed);
        QVERIFY2(out.message.contains(QLatin1String("no lead owner")), qPrintable(out.message));
        QCOMPARE(h->plRecordList(QStringLiteral("Leads")).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEngineF4)
#include "tst_engine_f4.moc"
