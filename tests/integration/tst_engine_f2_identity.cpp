// F2 and seed 004: every Act-On contact written from a CRM record carries its "External ID"
// and "Type" (Lead or Contact); a CRM e-mail change moves the Act-On contact (list record API,
// PUT /api/1/list/{listid}/record/{recordid}) instead of adding a second one, unless the new
// address belongs to another contact (then a conflict, nothing merged); the Score row's
// score sheet is the score pushed to the CRM. Asserted on the emulators' records (control
// API) and on the journal.
#include "core/engine/CrmContactSyncRunner.h"
#include "core/engine/SyncEngine.h"
#include "core/sandbox/DemoDataset.h"
#include "core/sandbox/acton/ActOnEmulator.h"
#include "core/store/FieldMapRepository.h"
#include "core/store/FlowRepository.h"
#include "tests/support/EngineFixture.h"
#include "tests/support/FlowFieldMaps.h"
#include "tests/support/SyncRows.h"

#include <QTest>

using namespace LeadBridge;
using namespace Qt::StringLiterals;
using LeadBridge::Test::SyncRows;

namespace {

QString lower(const QJsonObject &o, const QString &field)
{
    return o.value(field).toString().trimmed().toLower();
}

} // namespace

class TestEngineF2Identity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void leadsAndContactsCarryExternalIdAndType();
    void rerunChangesNothing();
    void leadConvertedToContactUpdatesTypeAndId();
    void convertedLeadStillReturnedIsNeverWritten();
    void crmEmailChangeMovesTheContact();
    void emailTakenByAnotherContactIsAConflict();
    void scoreSheetChoosesTheScorePushed();
    void existingListWithoutTheColumnsWarnsOnce();
    void pipelinerContactsCarryIdAndMove();
    void cleanupTestCase();

private:
    QJsonObject person(int nth, const QString &object);
    /// Another F2 flow on the accounts of the first one.
    qint64 addFlow(const QString &name, const FieldMap &map, const QVariantMap &settings);

    std::unique_ptr<Test::EngineFixture> m_fx;
    qint64 m_flow = 0;
};

void TestEngineF2Identity::initTestCase()
{
    m_fx = std::make_unique<Test::EngineFixture>(Sandbox::DemoDataset::generate(2027, 60));
    QVERIFY(m_fx->ok());
    m_flow = m_fx->addF2Flow();
    QVERIFY(m_flow > 0);
    const RunOutcome out = m_fx->run(m_flow);
    QVERIFY2(out.succeeded(), qPrintable(out.message));
}

void TestEngineF2Identity::cleanupTestCase()
{
    m_fx.reset();
}

QJsonObject TestEngineF2Identity::person(int nth, const QString &object)
{
    return SyncRows::person(m_fx->cleanCrmPeople(), nth, object);
}

qint64 TestEngineF2Identity::addFlow(
    const QString &name, const FieldMap &map, const QVariantMap &settings)
{
    FlowRepository flows(m_fx->journal());
    const auto first = flows.get(m_flow);
    if (!first)
        return 0;
    Flow f = first.value();
    f.id = 0;
    f.name = name;
    f.settings = settings;
    const auto added = flows.add(f);
    if (!added || !FieldMapRepository(m_fx->journal()).save(added->id, map))
        return 0;
    return added->id;
}

void TestEngineF2Identity::leadsAndContactsCarryExternalIdAndType()
{
    // The list LeadBridge created has the two columns, with no field-map row for them.
    QCOMPARE(CrmIdentityColumns::externalIdHeading(), u"External ID"_s);
    QCOMPARE(CrmIdentityColumns::typeHeading(), u"Type"_s);
    QVERIFY(Test::EngineFixture::salesforceMap().indexOf(u"External ID"_s) < 0);
    const auto rows = m_fx->listRows();
    const auto people = m_fx->cleanCrmPeople();
    int leads = 0, contacts = 0;
    for (auto it = people.cbegin(); it != people.cend(); ++it) {
        QVERIFY2(rows.contains(it.key()), qPrintable(it.key()));
        const QJsonObject row = rows.value(it.key());
        QVERIFY(row.contains(u"External ID"_s));
        QVERIFY(row.contains(u"Type"_s));
        QCOMPARE(row.value(u"External ID"_s).toString(), it.value().value(u"Id"_s).toString());
        const QString object = it.value().value(u"_object"_s).toString();
        QCOMPARE(row.value(u"Type"_s).toString(), object);
        (object == u"Lead"_s ? leads : contacts) += 1;
    }
    QVERIFY(leads > 3);
    QVERIFY(contacts > 3);
}

void TestEngineF2Identity::rerunChangesNothing()
{
    for (bool full : { false, true }) {
        const RunOutcome out = m_fx->run(m_flow, false, full);
        QVERIFY2(out.succeeded(), qPrintable(out.message));
        QStringList seen;
        for (const RecordChange &c : m_fx->changes(out.summary.id))
            seen.append(u"%1 %2 %3: %4 -> %5"_s.arg(c.system, c.recordKey, c.field, c.oldValue,
                c.newValue));
        QVERIFY2(out.summary.counts.updated == 0, qPrintable(seen.join(u"; "_s)));
        QCOMPARE(out.summary.counts.created, 0);
    }
}

void TestEngineF2Identity::leadConvertedToContactUpdatesTypeAndId()
{
    // Salesforce converts a lead: the person is now a Contact with its own id (the emulator
    // has no lead conversion call, so the lead is deleted and the contact created).
    const QJsonObject lead = person(0, u"Lead"_s);
    QVERIFY(!lead.isEmpty());
    const QString email = lower(lead, u"Email"_s);
    const QString leadId = lead.value(u"Id"_s).toString();
    const QString rowId = m_fx->listRows().value(email).value(u"_contact_id_"_s).toString();
    QVERIFY(!rowId.isEmpty());
    QVERIFY(m_fx->deleteSf(u"Lead"_s, leadId));
    // Salesforce reports deletes per whole minute that has passed (getDeleted).
    m_fx->salesforce().advanceClock(120);
    const QJsonObject created = m_fx->control(m_fx->salesforce(), "POST",
        u"/_sandbox/records/Contact"_s,
        { { u"FirstName"_s, lead.value(u"FirstName"_s) },
            { u"LastName"_s, lead.value(u"LastName"_s) }, { u"Email"_s, lead.value(u"Email"_s) } });
    const QString contactId = created.value(u"Id"_s).toString();
    QVERIFY2(!contactId.isEmpty(), qPrintable(QString::number(m_fx->lastStatus())));

    const RunOutcome out = m_fx->run(m_flow);
    QVERIFY2(out.succeeded(), qPrintable(out.message));
    int count = 0;
    const auto rows = m_fx->listRows({}, &count);
    QCOMPARE(count, rows.size()); // still one row per person
    const QJsonObject row = rows.value(email);
    QCOMPARE(row.value(u"_contact_id_"_s).toString(), rowId); // the same Act-On contact
    QCOMPARE(row.value(u"Type"_s).toString(), u"Contact"_s);
    QCOMPARE(row.value(u"External ID"_s).toString(), contactId);
    const auto changes = m_fx->changes(out.summary.id);
    const auto type
        = SyncRows::rowsOf(changes, u"acton"_s, ChangeOperation::Update, email, u"Type"_s);
    QCOMPARE(type.size(), 1);
    // The list row is not read again after the full run read its own writes back, so the
    // values replaced are not known here (as on any incremental run whose row did not change).
    QVERIFY(type.first().oldValue.isEmpty());
    QCOMPARE(type.first().newValue, u"Contact"_s);
    const auto id
        = SyncRows::rowsOf(changes, u"acton"_s, ChangeOperation::Update, email, u"External ID"_s);
    QCOMPARE(id.size(), 1);
    QVERIFY(id.first().oldValue.isEmpty());
    QCOMPARE(id.first().newValue, contactId);
    QVERIFY(SyncRows::rowsOf(changes, u"acton"_s, ChangeOperation::Delete, email).isEmpty());
    const LinkSnapshot link = m_fx->links(m_flow).value(email);
    QCOMPARE(link.crmId, contactId);
    QCOMPARE(link.crmType, LinkSnapshot::CrmType::Contact);

    const RunOutcome again = m_fx->run(m_flow);
    QVERIFY(again.succeeded());
    QVERIFY(SyncRows::rowsOf(
        m_fx->changes(again.summary.id), u"acton"_s, ChangeOperation::Update, email)
                .isEmpty());
}

void TestEngineF2Identity::convertedLeadStillReturnedIsNeverWritten()
{
    // Real Salesforce keeps a converted lead (IsConverted = true, ConvertedContactId) and
    // refuses to change it. Lead 1 becomes a contact with its address: the contact takes the
    // link over. Lead 2 becomes a contact with another address while its Act-On row changed:
    // the lead is not written, the row stays, and the history says why.
    const QJsonObject one = person(1, u"Lead"_s);
    const QJsonObject two = person(2, u"Lead"_s);
    QVERIFY(!one.isEmpty() && !two.isEmpty());
    const QString emailOne = lower(one, u"Email"_s);
    const QString emailTwo = lower(two, u"Email"_s);
    const QString rowOne = m_fx->listRows().value(emailOne).value(u"_contact_id_"_s).toString();
    // Lead 1 converted the usual way (the contact is made from the lead); lead 2 merged into
    // a contact that has another address.
    const QJsonObject convertedOne = m_fx->control(m_fx->salesforce(), "POST",
        u"/_sandbox/records/LeadConvert"_s, { { u"leadId"_s, one.value(u"Id"_s).toString() } });
    const QString contactOne = convertedOne.value(u"contactId"_s).toString();
    QVERIFY2(!contactOne.isEmpty(), qPrintable(QString::number(m_fx->lastStatus())));
    const QJsonObject other = m_fx->control(m_fx->salesforce(), "POST",
        u"/_sandbox/records/Contact"_s,
        { { u"FirstName"_s, two.value(u"FirstName"_s) },
            { u"LastName"_s, two.value(u"LastName"_s) },
            { u"Email"_s, u"converted.two@f2.example"_s } });
    const QString contactTwo = other.value(u"Id"_s).toString();
    QVERIFY(!contactTwo.isEmpty());
    m_fx->control(m_fx->salesforce(), "POST", u"/_sandbox/records/LeadConvert"_s,
        { { u"leadId"_s, two.value(u"Id"_s).toString() }, { u"contactId"_s, contactTwo } });
    QCOMPARE(m_fx->lastStatus(), 200);
    QCOMPARE(m_fx->sfRecords(u"Lead"_s).value(emailTwo).value(u"ConvertedContactId"_s).toString(),
        contactTwo);
    QVERIFY(m_fx->sfRecords(u"Lead"_s).value(emailTwo).value(u"IsConverted"_s).toBool());
    const QString rowTwo = m_fx->listRows().value(emailTwo).value(u"_contact_id_"_s).toString();
    m_fx->control(m_fx->acton(), "PATCH", u"/_sandbox/records/%1/%2"_s.arg(m_fx->listId(), rowTwo),
        { { u"First Name"_s, u"Changed in Act-On"_s } });
    const QString firstNameTwo = two.value(u"FirstName"_s).toString();

    const RunOutcome out = m_fx->run(m_flow);
    QVERIFY2(out.succeeded(), qPrintable(out.message));
    const auto changes = m_fx->changes(out.summary.id);
    QStringList writes;
    for (const RecordChange &c : changes) {
        if (c.system == u"salesforce"_s && c.operation != ChangeOperation::Skip)
            writes.append(c.recordKey + u' ' + c.field);
    }
    QVERIFY2(!writes.contains(emailTwo + u" FirstName"_s), qPrintable(writes.join(u", "_s)));
    QCOMPARE(m_fx->sfRecords(u"Lead"_s).value(emailTwo).value(u"FirstName"_s).toString(),
        firstNameTwo);
    const auto skipped = SyncRows::rowsOf(changes, u"acton"_s, ChangeOperation::Skip, emailTwo);
    QCOMPARE(skipped.size(), 1);
    QVERIFY2(skipped.first().reason.contains(u"was converted"_s), qPrintable(skipped.first().reason));
    QVERIFY(SyncRows::rowsOf(changes, u"acton"_s, ChangeOperation::Delete).isEmpty());

    const auto rows = m_fx->listRows();
    QCOMPARE(rows.value(emailOne).value(u"_contact_id_"_s).toString(), rowOne);
    QCOMPARE(rows.value(emailOne).value(u"Type"_s).toString(), u"Contact"_s);
    QCOMPARE(rows.value(emailOne).value(u"External ID"_s).toString(), contactOne);
    QCOMPARE(m_fx->links(m_flow).value(emailOne).crmId, contactOne);
    QCOMPARE(rows.value(emailTwo).value(u"_contact_id_"_s).toString(), rowTwo);
    QCOMPARE(m_fx->links(m_flow).value(emailTwo).crmId, two.value(u"Id"_s).toString());
    QCOMPARE(rows.value(u"converted.two@f2.example"_s).value(u"External ID"_s).toString(),
        contactTwo);

    // A full run does not read the converted lead as gone: nothing is deleted.
    const RunOutcome full = m_fx->run(m_flow, false, true);
    QVERIFY2(full.succeeded(), qPrintable(full.message));
    QVERIFY(SyncRows::rowsOf(m_fx->changes(full.summary.id), u"acton"_s, ChangeOperation::Delete)
                .isEmpty());
    QVERIFY(m_fx->listRows().contains(emailTwo));
}

void TestEngineF2Identity::crmEmailChangeMovesTheContact()
{
    const QJsonObject contact = person(1, u"Contact"_s);
    QVERIFY(!contact.isEmpty());
    const QString before = lower(contact, u"Email"_s);
    const QString after = u"moved."_s + before;
    int countBefore = 0;
    const QString rowId = m_fx->listRows({}, &countBefore).value(before).value(u"_contact_id_"_s)
                              .toString();
    QVERIFY(!rowId.isEmpty());
    QVERIFY(m_fx->patchSf(u"Contact"_s, contact.value(u"Id"_s).toString(), { { u"Email"_s, after } }));

    const RunOutcome out = m_fx->run(m_flow);
    QVERIFY2(out.succeeded(), qPrintable(out.message));
    int count = 0;
    const auto rows = m_fx->listRows({}, &count);
    QCOMPARE(count, countBefore); // moved, not added
    QVERIFY(!rows.contains(before));
    QVERIFY(rows.contains(after));
    QCOMPARE(rows.value(after).value(u"_contact_id_"_s).toString(), rowId);
    QCOMPARE(rows.value(after).value(u"External ID"_s).toString(),
        contact.value(u"Id"_s).toString());
    const auto moved = SyncRows::rowsOf(m_fx->changes(out.summary.id), u"acton"_s,
        ChangeOperation::Update, {}, u"E-mail Address"_s);
    QCOMPARE(moved.size(), 1);
    QCOMPARE(moved.first().oldValue, before);
    QCOMPARE(moved.first().newValue, after);
    const auto links = m_fx->links(m_flow);
    QVERIFY(!links.contains(before));
    QCOMPARE(links.value(after).crmId, contact.value(u"Id"_s).toString());

    const RunOutcome again = m_fx->run(m_flow, false, true);
    QVERIFY2(again.succeeded(), qPrintable(again.message));
    QCOMPARE(again.summary.counts.created, 0);
    QStringList seen;
    for (const RecordChange &c : m_fx->changes(again.summary.id))
        seen.append(u"%1 %2 %3: %4 -> %5 %6"_s.arg(c.system, c.recordKey, c.field, c.oldValue,
            c.newValue, c.reason));
    QVERIFY2(again.summary.counts.updated == 0, qPrintable(seen.join(u"; "_s)));
    QCOMPARE(m_fx->listRows().size(), count);
}

void TestEngineF2Identity::emailTakenByAnotherContactIsAConflict()
{
    const QJsonObject a = person(2, u"Contact"_s);
    const QJsonObject b = person(3, u"Lead"_s);
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    const QString emailA = lower(a, u"Email"_s);
    const QString emailB = lower(b, u"Email"_s);
    int countBefore = 0;
    const auto before = m_fx->listRows({}, &countBefore);
    QVERIFY(m_fx->patchSf(u"Contact"_s, a.value(u"Id"_s).toString(), { { u"Email"_s, emailB } }));

    for (int round = 0; round < 2; ++round) {
        const RunOutcome out = m_fx->run(m_flow);
        QVERIFY2(out.succeeded(), qPrintable(out.message));
        int count = 0;
        const auto rows = m_fx->listRows({}, &count);
        QCOMPARE(count, countBefore);
        // Both contacts as they were: nobody merged, nothing overwritten.
        QCOMPARE(rows.value(emailA).value(u"_contact_id_"_s),
            before.value(emailA).value(u"_contact_id_"_s));
        QCOMPARE(rows.value(emailB).value(u"External ID"_s).toString(),
            b.value(u"Id"_s).toString());
        QCOMPARE(rows.value(emailB).value(u"Last Name"_s), before.value(emailB).value(u"Last Name"_s));
        const auto conflicts = SyncRows::rowsOf(m_fx->changes(out.summary.id), u"acton"_s,
            ChangeOperation::Conflict, emailA, u"E-mail Address"_s);
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().oldValue, emailA);
        QCOMPARE(conflicts.first().newValue, emailB);
        QVERIFY(conflicts.first().reason.contains(emailB));
        QVERIFY(conflicts.first().reason.contains(u"another contact"_s));
        const auto links = m_fx->links(m_flow);
        QCOMPARE(links.value(emailA).crmId, a.value(u"Id"_s).toString());
        QCOMPARE(links.value(emailB).crmId, b.value(u"Id"_s).toString());
    }
}

void TestEngineF2Identity::scoreSheetChoosesTheScorePushed()
{
    FieldMap map = Test::EngineFixture::salesforceMap();
    FieldMapRow score = map.row(map.indexOf(u"Score"_s));
    score.scoreName = Sandbox::ActOnEmulator::extraScoreSheets().first(); // "Product Score"
    map.updateRow(map.indexOf(u"Score"_s), score);
    // A list as the Act-On account has it: the default sheet "Score" and one column per
    // further score sheet, plus the External ID and Type columns.
    const QString listId = m_fx->acton().createList(u"Sheets"_s, u"Marketing"_s,
        Sandbox::ActOnEmulator::standardHeadings() + Sandbox::ActOnEmulator::extraScoreSheets()
            + QStringList { u"Opt-Out"_s, u"Hard Bounce"_s, u"External ID"_s, u"Type"_s });
    const qint64 flow = addFlow(u"Sheets"_s, map, { { u"listId"_s, listId } });
    QVERIFY(flow > 0);
    const RunOutcome first = m_fx->run(flow);
    QVERIFY2(first.succeeded(), qPrintable(first.message));
    QVERIFY(first.summary.counts.created > 5);

    const QJsonObject lead = person(5, u"Lead"_s);
    const QString email = lower(lead, u"Email"_s);
    QVERIFY(m_fx->patchListRow(
        email, { { u"Score"_s, u"12"_s }, { u"Product Score"_s, u"66"_s } }, u"Sheets"_s));
    const RunOutcome out = m_fx->run(flow);
    QVERIFY2(out.succeeded(), qPrintable(out.message));
    QCOMPARE(m_fx->sfRecords(u"Lead"_s).value(email).value(u"Score__c"_s).toDouble(), 66.0);
    const auto pushed = SyncRows::rowsOf(m_fx->changes(out.summary.id), u"salesforce"_s,
        ChangeOperation::Update, email, u"Score__c"_s);
    QCOMPARE(pushed.size(), 1);
    QCOMPARE(pushed.first().newValue, u"66"_s);

    // The default sheet moving alone pushes nothing for this flow.
    QVERIFY(m_fx->patchListRow(email, { { u"Score"_s, u"99"_s } }, u"Sheets"_s));
    const RunOutcome again = m_fx->run(flow);
    QVERIFY(again.succeeded());
    QCOMPARE(m_fx->sfRecords(u"Lead"_s).value(email).value(u"Score__c"_s).toDouble(), 66.0);
}

void TestEngineF2Identity::existingListWithoutTheColumnsWarnsOnce()
{
    // A demo list made in Act-On (no External ID / Type columns): the run goes on, writes no
    // such column, and says once which columns to add.
    const QString listId = m_fx->acton().createList(u"Made in Act-On"_s, u"Marketing"_s,
        Sandbox::ActOnEmulator::standardHeadings() + QStringList { u"Opt-Out"_s, u"Hard Bounce"_s });
    const qint64 flow
        = addFlow(u"Old list"_s, Test::EngineFixture::salesforceMap(), { { u"listId"_s, listId } });
    QVERIFY(flow > 0);
    const RunOutcome out = m_fx->run(flow);
    QVERIFY2(out.succeeded(), qPrintable(out.message));
    QVERIFY(m_fx->acton().listSize(listId) > 5);
    const auto skips
        = SyncRows::rowsOf(m_fx->changes(out.summary.id), u"acton"_s, ChangeOperation::Skip);
    QList<RecordChange> warnings;
    for (const RecordChange &c : skips) {
        if (c.reason.contains(u"External ID"_s))
            warnings.append(c);
    }
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.first().reason.contains(u"“Type”"_s));
    QVERIFY(warnings.first().reason.contains(u"Add the column"_s));
    QVERIFY(out.summary.counts.created > 5);
    for (const QJsonObject &row : m_fx->listRows(u"Made in Act-On"_s))
        QVERIFY(!row.contains(u"External ID"_s));
    // Once the columns are there, the next run fills them and warns no more.
    QVERIFY(m_fx->acton().addColumn(listId, u"External ID"_s));
    QVERIFY(m_fx->acton().addColumn(listId, u"Type"_s));
    const RunOutcome next = m_fx->run(flow, false, true);
    QVERIFY2(next.succeeded(), qPrintable(next.message));
    for (const RecordChange &c : m_fx->changes(next.summary.id))
        QVERIFY(!c.reason.contains(u"no column"_s));
    const QJsonObject lead = person(6, u"Lead"_s);
    const QJsonObject row = m_fx->listRows(u"Made in Act-On"_s).value(lower(lead, u"Email"_s));
    QCOMPARE(row.value(u"External ID"_s).toString(), lead.value(u"Id"_s).toString());
    QCOMPARE(row.value(u"Type"_s).toString(), u"Lead"_s);
}

void TestEngineF2Identity::pipelinerContactsCarryIdAndMove()
{
    Test::EngineFixture fx(Sandbox::DemoDataset::generate(2027, 40));
    QVERIFY(fx.ok());
    const qint64 flow
        = fx.addPipelinerF2Flow(Test::FlowFieldMaps::pipelinerContacts(false, true), u"PL"_s);
    QVERIFY(flow > 0);
    const RunOutcome out = fx.run(flow);
    QVERIFY2(out.succeeded(), qPrintable(out.message));
    const auto contacts = fx.plRecords(u"Contacts"_s, true);
    const auto rows = fx.listRows(u"PL"_s);
    QVERIFY(contacts.size() > 3);
    for (auto it = contacts.cbegin(); it != contacts.cend(); ++it) {
        QCOMPARE(rows.value(it.key()).value(u"External ID"_s).toString(),
            it.value().value(u"id"_s).toString());
        QCOMPARE(rows.value(it.key()).value(u"Type"_s).toString(), u"Contact"_s);
    }

    QStringList emails = contacts.keys();
    emails.sort();
    const QJsonObject c = contacts.value(emails.first());
    const QString after = u"new."_s + emails.first();
    int countBefore = 0;
    fx.listRows(u"PL"_s, &countBefore);
    QVERIFY(fx.patchPl(u"Contacts"_s, c.value(u"id"_s).toString(), { { u"email1"_s, after } }));
    const RunOutcome moved = fx.run(flow);
    QVERIFY2(moved.succeeded(), qPrintable(moved.message));
    int count = 0;
    const auto now = fx.listRows(u"PL"_s, &count);
    QCOMPARE(count, countBefore);
    QVERIFY(!now.contains(emails.first()));
    QCOMPARE(now.value(after).value(u"_contact_id_"_s), rows.value(emails.first()).value(u"_contact_id_"_s));
    QCOMPARE(fx.links(flow, CrmKind::Pipeliner).value(after).crmId, c.value(u"id"_s).toString());
}

QTEST_GUILESS_MAIN(TestEngineF2Identity)
#include "tst_engine_f2_identity.moc"
