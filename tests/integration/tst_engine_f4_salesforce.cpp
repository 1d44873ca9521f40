// F4 lead handoff end to end against Salesforce: SyncEngine runs LeadHandoffRunner against
// the in-process Act-On and Salesforce emulators, mirroring tst_engine_f4 (Pipeliner). The
// tests read the Salesforce Leads and Contacts record by record (control API) and the journal
// (runs, record_changes, record_links). What a Salesforce lead looks like is docs/flow-f4.md:
// FirstName + LastName "Last (List name)", Company = the account name or "[not provided]",
// OwnerId = the chosen user, the contact id in the journal and in the lead's Description, the
// score in Score__c.
#include "core/engine/flows/LeadHandoffRunner.h"
#include "tests/support/DemoPeople.h"
#include "tests/support/LeadHandoffCase.h"

#include <QSqlQuery>

using namespace LeadBridge;
using namespace LeadBridge::Sandbox;
using LeadBridge::Test::DemoPeople;
using LeadBridge::Test::LeadHandoffCase;

namespace {

DemoPerson person(int index, const QString &first, const QString &last, const QString &email,
    const QString &company, int score, DemoCrmRole role)
{
    DemoPerson p = DemoPeople::person(index, first, last, email, company, score);
    p.salesforceRole = role;
    return p;
}

/// Ada (a Salesforce contact) and Bob (unknown to Salesforce) are on both lists; Dee (no
/// company, unknown) on "Webinar"; Cy (a contact) stays below the threshold; Eve's company
/// is longer than Salesforce's Lead.Company (255), so Salesforce refuses her lead. The seed
/// keeps every score under 50; init() raises the ones the tests hand off.
DemoDataset world()
{
    DemoDataset d;
    d.users = DemoPeople::ownerAndSeller();
    d.people = {
        person(0, QStringLiteral("Ada"), QStringLiteral("Lovelace"),
            QStringLiteral("ada@acme.example"), QStringLiteral("Acme"), 49, DemoCrmRole::Contact),
        person(1, QStringLiteral("Bob"), QStringLiteral("Byte"), QStringLiteral("bob@beta.example"),
            QStringLiteral("Beta GmbH"), 48, DemoCrmRole::None),
        person(2, QStringLiteral("Cy"), QStringLiteral("Low"), QStringLiteral("cy@gamma.example"),
            QStringLiteral("Gamma"), 20, DemoCrmRole::Contact),
        person(3, QStringLiteral("Dee"), QStringLiteral("Doe"), QStringLiteral("dee@delta.example"),
            QString(), 47, DemoCrmRole::None),
        person(4, QStringLiteral("Eve"), QStringLiteral("Long"), QStringLiteral("eve@eps.example"),
            QStringLiteral("Eps ") + QString(300, u'x'), 10, DemoCrmRole::None),
    };
    // Fay's first name is longer than Contact.FirstName (40): her contact is refused.
    d.people.append(person(5, QStringLiteral("Fay") + QString(45, u'y'), QStringLiteral("Far"),
        QStringLiteral("fay@far.example"), QStringLiteral("Far"), 11, DemoCrmRole::None));
    d.actOnLists
        = { DemoList { QStringLiteral("Webinar"), QStringLiteral("Events"), { 0, 1, 2, 3, 4, 5 } },
              DemoList { QStringLiteral("Newsletter"), QStringLiteral("Mail"), { 0, 1 } } };
    return d;
}

} // namespace

class TestEngineF4Salesforce : public LeadHandoffCase
{
    Q_OBJECT

private:
    QString m_adaContact;

    void setScore(const QString &list, const QString &email, int score)
    {
        QVERIFY(h->setListScore(list, email, score));
    }
    /// Leads by Name ("First Last (List)"), as Salesforce composes it.
    QList<QJsonObject> leadsNamed(const QString &first, const QString &last)
    {
        QList<QJsonObject> out;
        for (const QJsonObject &l : h->sfRecordList(QStringLiteral("Lead"))) {
            if (l.value(QStringLiteral("FirstName")).toString() == first
                && l.value(QStringLiteral("LastName")).toString() == last)
                out.append(l);
        }
        return out;
    }
    QJsonObject lead(const QString &first, const QString &last)
    {
        const auto found = leadsNamed(first, last);
        return found.size() == 1 ? found.first() : QJsonObject();
    }
    QList<QJsonObject> contactsWithEmail(const QString &email)
    {
        QList<QJsonObject> out;
        for (const QJsonObject &c : h->sfRecordList(QStringLiteral("Contact"))) {
            if (c.value(QStringLiteral("Email")).toString().compare(email, Qt::CaseInsensitive)
                == 0)
                out.append(c);
        }
        return out;
    }
    const RecordChange *findChange(const QList<RecordChange> &rows, ChangeOperation op,
        const QString &keyPrefix, const QString &field = {})
    {
        for (const RecordChange &r : rows) {
            if (r.operation == op && r.recordKey.startsWith(keyPrefix)
                && (field.isEmpty() || r.field == field))
                return &r;
        }
        return nullptr;
    }

private Q_SLOTS:
    void init()
    {
        startFixture(world(), AccountKind::Salesforce);
        for (const QJsonObject &u : h->sfRecordList(QStringLiteral("User"))) {
            if (u.value(QStringLiteral("Username")).toString() == QLatin1String("sam@demo.example"))
                m_owner = u.value(QStringLiteral("Id")).toString();
        }
        QVERIFY(m_owner.startsWith(QLatin1String("005")));
        // Ada's Salesforce contact has her address in another case: matched all the same.
        const auto ada = contactsWithEmail(QStringLiteral("ada@acme.example"));
        QCOMPARE(ada.size(), 1);
        m_adaContact = ada.first().value(QStringLiteral("Id")).toString();
        h->control(h->salesforce(), "PATCH",
            QStringLiteral("/_sandbox/records/Contact/") + m_adaContact,
            QJsonObject { { QStringLiteral("Email"), QStringLiteral("Ada@Acme.Example") } });
        QCOMPARE(contactsWithEmail(QStringLiteral("ada@acme.example"))
                     .first()
                     .value(QStringLiteral("Email"))
                     .toString(),
            QStringLiteral("Ada@Acme.Example"));
        for (const char *list : { "Webinar", "Newsletter" }) {
            setScore(QString::fromLatin1(list), QStringLiteral("ada@acme.example"), 80);
            setScore(QString::fromLatin1(list), QStringLiteral("bob@beta.example"), 70);
        }
        setScore(QStringLiteral("Webinar"), QStringLiteral("dee@delta.example"), 65);
        addHandoffFlow();
    }
    void cleanup() { h.reset(); }

    void leadsPerMembershipWithNamesOwnerContactsAndScore()
    {
        QVERIFY(leadsNamed(QStringLiteral("Ada"), QStringLiteral("Lovelace (Webinar)")).isEmpty());
        const int contactsBefore = int(h->sfRecordList(QStringLiteral("Contact")).size());
        const RunOutcome out = h->runFull(m_flow);
        QCOMPARE(out.summary.status, RunStatus::Succeeded);

        const QJsonObject adaWebinar
            = lead(QStringLiteral("Ada"), QStringLiteral("Lovelace (Webinar)"));
        const QJsonObject adaNews
            = lead(QStringLiteral("Ada"), QStringLiteral("Lovelace (Newsletter)"));
        const QJsonObject bobWebinar
            = lead(QStringLiteral("Bob"), QStringLiteral("Byte (Webinar)"));
        const QJsonObject bobNews
            = lead(QStringLiteral("Bob"), QStringLiteral("Byte (Newsletter)"));
        const QJsonObject dee = lead(QStringLiteral("Dee"), QStringLiteral("Doe (Webinar)"));
        for (const QJsonObject &l : { adaWebinar, adaNews, bobWebinar, bobNews, dee }) {
            QVERIFY(!l.isEmpty());
            QCOMPARE(l.value(QStringLiteral("OwnerId")).toString(), m_owner);
        }
        // Cy is below the threshold; Eve is not handed off yet (score 10).
        QVERIFY(leadsNamed(QStringLiteral("Cy"), QStringLiteral("Low (Webinar)")).isEmpty());
        QCOMPARE(adaWebinar.value(QStringLiteral("Company")).toString(), QStringLiteral("Acme"));
        QCOMPARE(dee.value(QStringLiteral("Company")).toString(), QStringLiteral("[not provided]"));
        QCOMPARE(adaWebinar.value(QStringLiteral("Score__c")).toDouble(), 80.0);
        QCOMPARE(bobNews.value(QStringLiteral("Score__c")).toDouble(), 70.0);
        QCOMPARE(dee.value(QStringLiteral("Score__c")).toDouble(), 65.0);
        QCOMPARE(adaWebinar.value(QStringLiteral("Email")).toString(),
            QStringLiteral("ada@acme.example"));

        // Ada's existing contact (matched ignoring case) is linked, no second one is made;
        // Bob gets one contact for his two leads, owned by the chosen user.
        QCOMPARE(contactsWithEmail(QStringLiteral("ada@acme.example")).size(), 1);
        QVERIFY(adaWebinar.value(QStringLiteral("Description")).toString().contains(m_adaContact));
        QVERIFY(adaNews.value(QStringLiteral("Description")).toString().contains(m_adaContact));
        const auto bobContacts = contactsWithEmail(QStringLiteral("bob@beta.example"));
        QCOMPARE(bobContacts.size(), 1);
        const QJsonObject bobContact = bobContacts.first();
        const QString bobContactId = bobContact.value(QStringLiteral("Id")).toString();
        QCOMPARE(bobContact.value(QStringLiteral("FirstName")).toString(), QStringLiteral("Bob"));
        QCOMPARE(bobContact.value(QStringLiteral("LastName")).toString(), QStringLiteral("Byte"));
        QCOMPARE(bobContact.value(QStringLiteral("OwnerId")).toString(), m_owner);
        QVERIFY(bobWebinar.value(QStringLiteral("Description")).toString().contains(bobContactId));
        QVERIFY(bobNews.value(QStringLiteral("Description")).toString().contains(bobContactId));
        QCOMPARE(h->sfRecordList(QStringLiteral("Contact")).size(), contactsBefore + 2); // Bob, Dee

        // The journal: lead per membership, contact per e-mail.
        const auto links = h->links(m_flow, CrmKind::Salesforce);
        const QString webinarId = h->listId(QStringLiteral("Webinar"));
        QCOMPARE(links.value(QStringLiteral("ada@acme.example|") + webinarId).crmId,
            adaWebinar.value(QStringLiteral("Id")).toString());
        QCOMPARE(links.value(QStringLiteral("ada@acme.example")).crmId, m_adaContact);
        QCOMPARE(links.value(QStringLiteral("bob@beta.example")).crmId, bobContactId);
        QCOMPARE(links.value(QStringLiteral("bob@beta.example")).crmType,
            LinkSnapshot::CrmType::Contact);
        const auto changes = h->changes(out.summary.id);
        const RecordChange *contactRow = findChange(changes, ChangeOperation::Create,
            QStringLiteral("ada@acme.example|") + webinarId, QStringLiteral("contact"));
        QVERIFY(contactRow);
        QCOMPARE(contactRow->newValue, m_adaContact);
        const RecordChange *nameRow = findChange(changes, ChangeOperation::Create,
            QStringLiteral("bob@beta.example|"), QStringLiteral("name"));
        QVERIFY(nameRow);
        QVERIFY(nameRow->newValue.startsWith(QLatin1String("Bob Byte (")));
        QCOMPARE(out.summary.counts.created, 7); // 5 leads + Bob's and Dee's contacts

        // A rerun makes nothing new.
        const qsizetype leadCount = h->sfRecordList(QStringLiteral("Lead")).size();
        const RunOutcome again = h->runFull(m_flow);
        QCOMPARE(again.summary.status, RunStatus::Succeeded);
        QCOMPARE(again.summary.counts.created, 0);
        QCOMPARE(again.summary.counts.updated, 0);
        QCOMPARE(h->sfRecordList(QStringLiteral("Lead")).size(), leadCount);
        QCOMPARE(leadsNamed(QStringLiteral("Bob"), QStringLiteral("Byte (Webinar)")).size(), 1);
        QCOMPARE(contactsWithEmail(QStringLiteral("bob@beta.example")).size(), 1);

        // The Act-On score moves: Score__c follows, on that lead only.
        setScore(QStringLiteral("Webinar"), QStringLiteral("bob@beta.example"), 91);
        const RunOutcome third = h->runFull(m_flow);
        QCOMPARE(third.summary.status, RunStatus::Succeeded);
        QCOMPARE(third.summary.counts.updated, 1);
        QCOMPARE(lead(QStringLiteral("Bob"), QStringLiteral("Byte (Webinar)"))
                     .value(QStringLiteral("Score__c"))
                     .toDouble(),
            91.0);
        QCOMPARE(lead(QStringLiteral("Bob"), QStringLiteral("Byte (Newsletter)"))
                     .value(QStringLiteral("Score__c"))
                     .toDouble(),
            70.0);
    }

    void journalLossFindsTheLeadsByNameAndLinksThem()
    {
        QCOMPARE(h->runFull(m_flow).summary.status, RunStatus::Succeeded);
        const int leads = int(h->sfRecordList(QStringLiteral("Lead")).size());
        const int contacts = int(h->sfRecordList(QStringLiteral("Contact")).size());
        // The journal's links are lost (a new machine, a deleted data folder).
        QSqlQuery q(h->journal().database());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM record_links WHERE flow_id = %1").arg(m_flow)));
        QVERIFY(h->links(m_flow, CrmKind::Salesforce).isEmpty());
        setScore(QStringLiteral("Webinar"), QStringLiteral("ada@acme.example"), 88);

        const RunOutcome out = h->runFull(m_flow);
        QCOMPARE(out.summary.status, RunStatus::Succeeded);
        QCOMPARE(h->sfRecordList(QStringLiteral("Lead")).size(), leads);
        QCOMPARE(h->sfRecordList(QStringLiteral("Contact")).size(), contacts);
        QCOMPARE(out.summary.counts.created, 0);
        const QJsonObject ada = lead(QStringLiteral("Ada"), QStringLiteral("Lovelace (Webinar)"));
        QCOMPARE(ada.value(QStringLiteral("Score__c")).toDouble(), 88.0);
        const QString webinarId = h->listId(QStringLiteral("Webinar"));
        QCOMPARE(h->links(m_flow, CrmKind::Salesforce)
                     .value(QStringLiteral("ada@acme.example|") + webinarId)
                     .crmId,
            ada.value(QStringLiteral("Id")).toString());
        const RecordChange *skip = findChange(h->changes(out.summary.id), ChangeOperation::Skip,
            QStringLiteral("ada@acme.example|") + webinarId);
        QVERIFY(skip);
        QVERIFY2(skip->reason.contains(QLatin1String("already exists")), qPrintable(skip->reason));
        // And the run after that is quiet again.
        const RunOutcome next = h->runFull(m_flow);
        QCOMPARE(next.summary.counts.created, 0);
        QCOMPARE(next.summary.counts.updated, 0);
    }

    void previewWritesNothing()
    {
        const auto leadsBefore = h->sfRecordList(QStringLiteral("Lead"));
        const auto contactsBefore = h->sfRecordList(QStringLiteral("Contact"));
        const RunOutcome out = h->runFull(m_flow, true);
        QCOMPARE(out.summary.status, RunStatus::Succeeded);
        QCOMPARE(out.summary.mode, RunMode::Preview);
        QCOMPARE(h->sfRecordList(QStringLiteral("Lead")), leadsBefore);
        QCOMPARE(h->sfRecordList(QStringLiteral("Contact")), contactsBefore);
        QVERIFY(h->links(m_flow, CrmKind::Salesforce).isEmpty());
        const RecordChange *planned = findChange(h->changes(out.summary.id),
            ChangeOperation::Create, QStringLiteral("bob@beta.example|"), QStringLiteral("name"));
        QVERIFY(planned);
        QVERIFY(planned->newValue.startsWith(QLatin1String("Bob Byte (")));
    }

    void refusedLeadIsAnErrorRowWithSalesforcesSentence()
    {
        setScore(QStringLiteral("Webinar"), QStringLiteral("eve@eps.example"), 95);
        const RunOutcome out = h->runFull(m_flow);
        QCOMPARE(out.summary.status, RunStatus::SucceededWithErrors);
        QVERIFY(leadsNamed(QStringLiteral("Eve"), QStringLiteral("Long (Webinar)")).isEmpty());
        // Everyone else was handed off all the same.
        QVERIFY(!lead(QStringLiteral("Bob"), QStringLiteral("Byte (Webinar)")).isEmpty());
        const RecordChange *e = findChange(
            h->changes(out.summary.id), ChangeOperation::Error, QStringLiteral("eve@eps.example|"));
        QVERIFY(e);
        QCOMPARE(e->object, QStringLiteral("Lead"));
        QVERIFY2(e->reason.contains(QLatin1String("Company: data value too large")),
            qPrintable(e->reason));
        QVERIFY2(!e->reason.contains(QLatin1String("Company: Company:")), qPrintable(e->reason));
        // A refused contact (a field named by its label in Salesforce's message) is an
        // Error row too, and no lead is made for that person.
        setScore(QStringLiteral("Webinar"), QStringLiteral("fay@far.example"), 96);
        const RunOutcome fay = h->runFull(m_flow);
        QCOMPARE(fay.summary.status, RunStatus::SucceededWithErrors);
        QVERIFY(contactsWithEmail(QStringLiteral("fay@far.example")).isEmpty());
        QVERIFY(
            leadsNamed(QStringLiteral("Fay") + QString(45, u'y'), QStringLiteral("Far (Webinar)"))
                .isEmpty());
        const RecordChange *ce = findChange(
            h->changes(fay.summary.id), ChangeOperation::Error, QStringLiteral("fay@far.example"));
        QVERIFY(ce);
        QCOMPARE(ce->object, QStringLiteral("Contact"));
        QVERIFY2(ce->reason.contains(QLatin1String("\"First Name: data value too large")),
            qPrintable(ce->reason));
        // The next run tries Eve and Fay again, and only them.
        const RunOutcome again = h->runFull(m_flow);
        QCOMPARE(again.summary.status, RunStatus::SucceededWithErrors);
        QCOMPARE(again.summary.counts.created, 0);
    }
};

QTEST_GUILESS_MAIN(TestEngineF4Salesforce)
#include "tst_engine_f4_salesforce.moc"
