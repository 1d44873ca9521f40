// F2 with the conflict rule "Hold for review" on the Act-On and Salesforce emulators: a field
// changed on both sides is written on neither and stored in the journal's conflicts table;
// the value kept in the Conflicts view (ConflictRepository::decide) is written by the next
// run, even though neither record changed again; a side that changed after the decision
// supersedes it and the field is held again.
#include "core/sandbox/DemoDataset.h"
#include "core/store/ConflictRepository.h"
#include "tests/support/EngineFixture.h"
#include "tests/support/SyncRows.h"

#include <QTest>

using namespace LeadBridge;
using namespace Qt::StringLiterals;
using LeadBridge::Test::SyncRows;

class TestEngineF2Conflicts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void heldConflictWritesNeitherSide();
    void sameConflictFoundAgainKeepsOneRow();
    void decisionIsAppliedByTheNextRun();
    void decisionOnAnAppliedConflictIsRefused();
    void sideChangedAfterTheDecisionSupersedesIt();
    void otherRulesHoldNothing();
    void cleanupTestCase();

private:
    /// Changes the last name of the @p nth clean Salesforce lead on both sides and runs.
    RunOutcome changeBoth(int nth, QString *email);
    QList<ConflictRecord> rowsOf(const QString &email);

    std::unique_ptr<Test::EngineFixture> m_fx;
    qint64 m_flow = 0;
    QString m_held; ///< e-mail of the person held in heldConflictWritesNeitherSide()
    QString m_heldLeadId;
};

void TestEngineF2Conflicts::initTestCase()
{
    m_fx = std::make_unique<Test::EngineFixture>(Sandbox::DemoDataset::generate(2027, 40));
    QVERIFY(m_fx->ok());
    m_flow = m_fx->addF2Flow(Test::EngineFixture::salesforceMap(),
        { { u"conflictRule"_s, u"review"_s } });
    QVERIFY(m_flow > 0);
    const RunOutcome first = m_fx->run(m_flow);
    QVERIFY2(first.succeeded(), qPrintable(first.message));
    QCOMPARE(first.summary.mode, RunMode::Full);
}

void TestEngineF2Conflicts::cleanupTestCase()
{
    m_fx.reset();
}

RunOutcome TestEngineF2Conflicts::changeBoth(int nth, QString *email)
{
    const QJsonObject lead = SyncRows::person(m_fx->cleanCrmPeople(), nth, u"Lead"_s);
    *email = lead.value(u"Email"_s).toString().trimmed().toLower();
    m_heldLeadId = lead.value(u"Id"_s).toString();
    if (!m_fx->patchListRow(*email, { { u"Last Name"_s, u"FromActOn"_s } })
        || !m_fx->patchSf(u"Lead"_s, m_heldLeadId, { { u"LastName"_s, u"FromCrm"_s } }))
        return {};
    return m_fx->run(m_flow);
}

QList<ConflictRecord> TestEngineF2Conflicts::rowsOf(const QString &email)
{
    QList<ConflictRecord> out;
    const auto all = ConflictRepository(m_fx->journal()).list(m_flow);
    for (const ConflictRecord &c : all.value()) {
        if (c.personKey == email)
            out.append(c);
    }
    return out;
}

void TestEngineF2Conflicts::heldConflictWritesNeitherSide()
{
    const RunOutcome out = changeBoth(2, &m_held);
    QVERIFY2(out.succeeded(), qPrintable(out.message));
    QCOMPARE(out.summary.mode, RunMode::Incremental);
    // Neither side written.
    QCOMPARE(m_fx->listRows().value(m_held).value(u"Last Name"_s).toString(), u"FromActOn"_s);
    QCOMPARE(m_fx->sfRecords(u"Lead"_s).value(m_held).value(u"LastName"_s).toString(),
        u"FromCrm"_s);
    // A Conflict history row that says it is held.
    const auto history = SyncRows::rowsOf(
        m_fx->changes(out.summary.id), u"salesforce"_s, ChangeOperation::Conflict, m_held);
    QCOMPARE(history.size(), 1);
    QVERIFY2(history.first().reason.contains(u"Held for review"_s),
        qPrintable(history.first().reason));
    QCOMPARE(out.summary.counts.conflicts, 1);
    QCOMPARE(out.summary.counts.updated, 0);
    // One row in the conflicts table with both values.
    const auto rows = rowsOf(m_held);
    QCOMPARE(rows.size(), 1);
    const ConflictRecord &c = rows.first();
    QCOMPARE(c.status, ConflictRecord::Status::Open);
    QCOMPARE(c.field, u"Last Name"_s);
    QCOMPARE(c.crmValue, u"FromCrm"_s);
    QCOMPARE(c.marketingValue, u"FromActOn"_s);
    QCOMPARE(c.crmSystem, u"salesforce"_s);
    QCOMPARE(c.crmId, m_heldLeadId);
    QCOMPARE(c.crmType, u"Lead"_s);
    QCOMPARE(c.foundRunId, out.summary.id);
    QCOMPARE(c.flowName, u"CRM contacts"_s);
    QCOMPARE(ConflictRepository(m_fx->journal()).openCount().value(), 1);
    // The snapshot keeps the base: the link still knows the value synced before.
    const LinkSnapshot link = m_fx->links(m_flow).value(m_held);
    const auto hash = link.hashFor(LinkSnapshot::fieldKey(u"Last Name"_s));
    QVERIFY(hash);
    QVERIFY(*hash != LinkSnapshot::valueHash(u"FromCrm"_s));
    QVERIFY(*hash != LinkSnapshot::valueHash(u"FromActOn"_s));
}

void TestEngineF2Conflicts::sameConflictFoundAgainKeepsOneRow()
{
    // The CRM value changes once more: still a conflict, the same row with the new value.
    QVERIFY(m_fx->patchSf(u"Lead"_s, m_heldLeadId, { { u"LastName"_s, u"FromCrm2"_s } }));
    const RunOutcome out = m_fx->run(m_flow);
    QVERIFY2(out.succeeded(), qPrintable(out.message));
    QCOMPARE(m_fx->listRows().value(m_held).value(u"Last Name"_s).toString(), u"FromActOn"_s);
    const auto rows = rowsOf(m_held);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().status, ConflictRecord::Status::Open);
    QCOMPARE(rows.first().crmValue, u"FromCrm2"_s);
    QCOMPARE(rows.first().marketingValue, u"FromActOn"_s);
    QCOMPARE(rows.first().foundRunId, out.summary.id);
}

void TestEngineF2Conflicts::decisionIsAppliedByTheNextRun()
{
    const qint64 id = rowsOf(m_held).first().id;
    QVERIFY(ConflictRepository(m_fx->journal()).decide({ id }, ConflictRecord::Keep::Marketing));
    QCOMPARE(ConflictRepository(m_fx->journal()).get(id)->status,
        ConflictRecord::Status::Resolved);
    // Nothing changed on either side since: an incremental run would not read the records.
    const RunOutcome out = m_fx->run(m_flow);
    QVERIFY2(out.succeeded(), qPrintable(out.message));
    QCOMPARE(out.summary.mode, RunMode::Incremental);
    QCOMPARE(m_fx->sfRecords(u"Lead"_s).value(m_held).value(u"LastName"_s).toString(),
        u"FromActOn"_s);
    QCOMPARE(m_fx->listRows().value(m_held).value(u"Last Name"_s).toString(), u"FromActOn"_s);
    const auto updates = SyncRows::rowsOf(m_fx->changes(out.summary.id), u"salesforce"_s,
        ChangeOperation::Update, m_held, u"LastName"_s);
    QCOMPARE(updates.size(), 1);
    QCOMPARE(updates.first().oldValue, u"FromCrm2"_s);
    QCOMPARE(updates.first().newValue, u"FromActOn"_s);
    QCOMPARE(updates.first().reason,
        u"Kept the Act-On value of \"Last Name\", as decided in the Conflicts view."_s);
    const ConflictRecord applied = ConflictRepository(m_fx->journal()).get(id).value();
    QCOMPARE(applied.status, ConflictRecord::Status::Applied);
    QCOMPARE(applied.appliedRunId, out.summary.id);
    QCOMPARE(applied.keep, ConflictRecord::Keep::Marketing);
    QVERIFY(applied.decidedAt.isValid());
    QCOMPARE(ConflictRepository(m_fx->journal()).openCount().value(), 0);
    // Settled: the next run writes nothing more for this person.
    const RunOutcome again = m_fx->run(m_flow);
    QVERIFY2(again.succeeded(), qPrintable(again.message));
    QVERIFY(SyncRows::rowsOf(m_fx->changes(again.summary.id), u"salesforce"_s,
        ChangeOperation::Update, m_held)
                .isEmpty());
    QCOMPARE(rowsOf(m_held).size(), 1);
}

void TestEngineF2Conflicts::decisionOnAnAppliedConflictIsRefused()
{
    ConflictRepository repository(m_fx->journal());
    const qint64 id = rowsOf(m_held).first().id;
    const Status s = repository.decide({ id }, ConflictRecord::Keep::Crm);
    QVERIFY(!s);
    QVERIFY2(s.errorString().contains(u"already applied"_s), qPrintable(s.errorString()));
    QVERIFY(!repository.decide({ id }, ConflictRecord::Keep::Undecided));
    QVERIFY(!repository.decide({}, ConflictRecord::Keep::Crm));
    QVERIFY(!repository.get(999999));
    QCOMPARE(repository.get(id)->keep, ConflictRecord::Keep::Marketing);
}

void TestEngineF2Conflicts::sideChangedAfterTheDecisionSupersedesIt()
{
    QString email;
    const RunOutcome held = changeBoth(5, &email);
    QVERIFY2(held.succeeded(), qPrintable(held.message));
    QCOMPARE(rowsOf(email).size(), 1);
    const qint64 id = rowsOf(email).first().id;
    QVERIFY(ConflictRepository(m_fx->journal()).decide({ id }, ConflictRecord::Keep::Crm));
    // Act-On changes after the decision: the admin decided on other values.
    QVERIFY(m_fx->patchListRow(email, { { u"Last Name"_s, u"ChangedAgain"_s } }));
    const RunOutcome out = m_fx->run(m_flow);
    QVERIFY2(out.succeeded(), qPrintable(out.message));
    QCOMPARE(m_fx->listRows().value(email).value(u"Last Name"_s).toString(), u"ChangedAgain"_s);
    QCOMPARE(m_fx->sfRecords(u"Lead"_s).value(email).value(u"LastName"_s).toString(),
        u"FromCrm"_s);
    const ConflictRecord old = ConflictRepository(m_fx->journal()).get(id).value();
    QCOMPARE(old.status, ConflictRecord::Status::Superseded);
    QVERIFY(!old.note.isEmpty());
    const auto skips = SyncRows::rowsOf(
        m_fx->changes(out.summary.id), u"salesforce"_s, ChangeOperation::Skip, email);
    QCOMPARE(skips.size(), 1);
    QVERIFY2(skips.first().reason.contains(u"was not applied"_s), qPrintable(skips.first().reason));
    // Held again, as a new open row with the new Act-On value.
    const auto rows = rowsOf(email);
    QCOMPARE(rows.size(), 2);
    const ConflictRecord &fresh = rows.first().id == id ? rows.last() : rows.first();
    QCOMPARE(fresh.status, ConflictRecord::Status::Open);
    QCOMPARE(fresh.marketingValue, u"ChangedAgain"_s);
    QCOMPARE(fresh.crmValue, u"FromCrm"_s);
}

void TestEngineF2Conflicts::otherRulesHoldNothing()
{
    QVERIFY(m_fx->setFlowSettings(m_flow, { { u"conflictRule"_s, u"crm-wins"_s } }));
    QString email;
    const RunOutcome out = changeBoth(7, &email);
    QVERIFY2(out.succeeded(), qPrintable(out.message));
    QCOMPARE(m_fx->listRows().value(email).value(u"Last Name"_s).toString(), u"FromCrm"_s);
    QVERIFY(rowsOf(email).isEmpty());
}

QTEST_GUILESS_MAIN(TestEngineF2Conflicts)
#include "tst_engine_f2_conflicts.moc"
