// "Apply this plan" end to end (docs/apply-plan.md): SyncEngine with RunRequest::applyPreviewRunId
// against the Act-On and Salesforce emulators. F2: a preview, then one person changed in
// Salesforce and another in Act-On; applying the preview writes the untouched people exactly as
// previewed, holds the two changed ones back (skip rows with the reason and the new plan, the
// emulators keep their old values), marks the run as applying the preview, and the next Sync
// Now writes the held people (their cursors were held). The first preview of a new flow (its
// Act-On list not made yet) can be applied. Refusals, recorded as failed runs with the
// sentence: applied already, a run of the flow since, the field map edited since, not a
// preview. A full preview applied by an incremental run (expected to fail: an engine bug).
// F3: a source record changed after the preview is held the same way. F4: refused.
#include "core/engine/PreviewApplyCheck.h"
#include "core/engine/flows/ListSyncRunner.h"
#include "core/sandbox/DemoDataset.h"
#include "tests/support/DemoPeople.h"
#include "tests/support/EngineFixture.h"
#include "tests/support/FlowFieldMaps.h"
#include "tests/support/LeadHandoffCase.h"
#include "tests/support/SyncRows.h"

#include <QTest>

using namespace LeadBridge;
using namespace Qt::StringLiterals;
using LeadBridge::Test::SyncRows;

namespace {

QString emailOf(const QJsonObject &record)
{
    return record.value(u"Email"_s).toString().trimmed().toLower();
}

/// The skip rows of @p rows for @p key's @p field in @p system that say it changed after
/// preview @p previewId: what the run applying it held back.
QList<RecordChange> heldRows(const QList<RecordChange> &rows, const QString &system,
    const QString &key, const QString &field, qint64 previewId)
{
    const QString reason = u"Not written: this record changed after preview %1"_s.arg(previewId);
    QList<RecordChange> held;
    for (const RecordChange &r :
        SyncRows::rowsOf(rows, system, ChangeOperation::Skip, key, field)) {
        if (r.reason.startsWith(reason))
            held.append(r);
    }
    return held;
}

/// Every create, update and delete of @p rows.
int writesIn(const QList<RecordChange> &rows)
{
    int n = 0;
    for (const RecordChange &r : rows) {
        if (r.operation == ChangeOperation::Create || r.operation == ChangeOperation::Update
            || r.operation == ChangeOperation::Delete)
            ++n;
    }
    return n;
}

} // namespace

class TestEngineApplyPlan : public Test::LeadHandoffCase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstPreviewOfANewFlowIsApplied();
    void changedPeopleAreHeldAndWrittenByTheNextRun();
    void appliedAlreadyIsRefused();
    void aRunSinceThePreviewIsRefused();
    void anEditedFieldMapIsRefused();
    void aFullPreviewIsAppliedAsPreviewed(); // own fixture
    void listSyncHoldsAChangedSourceRecord(); // own fixture
    void leadHandoffPreviewIsRefused(); // own fixture
    void cleanupTestCase();

private:
    QJsonObject person(int nth, const QString &object = u"Lead"_s)
    {
        return SyncRows::person(m_fx->cleanCrmPeople(), nth, object);
    }
    static RunOutcome apply(Test::EngineFixture &fx, qint64 flowId, qint64 previewId)
    {
        RunRequest request;
        request.flowId = flowId;
        request.trigger = RunTrigger::Cli;
        request.applyPreviewRunId = previewId;
        return fx.runRequest(request);
    }
    RunOutcome apply(qint64 previewId) { return apply(*m_fx, m_flow2, previewId); }
    /// A preview of F2 that plans at least one write, after a change to a lead's first name.
    qint64 previewWithAChange(int nth, const QString &firstName);

    std::unique_ptr<Test::EngineFixture> m_fx;
    qint64 m_flow2 = 0;
    qint64 m_appliedPreview = 0;
    qint64 m_applyRun = 0;
};

void TestEngineApplyPlan::initTestCase()
{
    m_fx = std::make_unique<Test::EngineFixture>(Sandbox::DemoDataset::generate(2026, 60));
    QVERIFY(m_fx->ok());
    m_flow2 = m_fx->addF2Flow();
    QVERIFY(m_flow2 > 0);
}

void TestEngineApplyPlan::cleanupTestCase()
{
    m_fx.reset();
    h.reset();
}

qint64 TestEngineApplyPlan::previewWithAChange(int nth, const QString &firstName)
{
    const QJsonObject lead = person(nth);
    if (!m_fx->patchSf(
            u"Lead"_s, lead.value(u"Id"_s).toString(), { { u"FirstName"_s, firstName } }))
        return 0;
    const RunOutcome preview = m_fx->run(m_flow2, true);
    if (!preview.succeeded() || preview.summary.counts.updated == 0) {
        qWarning() << "preview" << preview.message << preview.summary.counts.updated;
        return 0;
    }
    return preview.summary.id;
}

void TestEngineApplyPlan::firstPreviewOfANewFlowIsApplied()
{
    // The flow never ran: its Act-On list does not exist yet when the preview plans.
    QVERIFY(m_fx->listId().isEmpty());
    const RunOutcome preview = m_fx->run(m_flow2, true);
    QVERIFY2(preview.succeeded(), qPrintable(preview.message));
    const int creates = preview.summary.counts.created;
    QVERIFY(creates > 0);
    QVERIFY(m_fx->listId().isEmpty());

    const RunOutcome applied = apply(preview.summary.id);
    QVERIFY2(applied.succeeded(), qPrintable(applied.message));
    QCOMPARE(applied.summary.appliesPreviewRunId, preview.summary.id);
    const auto rows = m_fx->changes(applied.summary.id);
    const auto held = SyncRows::rowsOf(rows, u"acton"_s, ChangeOperation::Skip);
    for (const RecordChange &r : held)
        QVERIFY2(!r.reason.startsWith(u"Not written"_s),
            qPrintable(r.recordKey + u": "_s + r.object + u": "_s + r.reason));
    QCOMPARE(applied.summary.counts.created, creates);
    QCOMPARE(int(m_fx->listRows().size()), creates);
}

void TestEngineApplyPlan::changedPeopleAreHeldAndWrittenByTheNextRun()
{
    // Whatever the first test left, a full run brings both sides together.
    const RunOutcome settle = m_fx->run(m_flow2, false, true);
    QVERIFY2(settle.succeeded(), qPrintable(settle.message));

    const QJsonObject ada = person(0);
    const QJsonObject bea = person(1);
    const QJsonObject cyd = person(0, u"Contact"_s);
    const QJsonObject dan = person(1, u"Contact"_s);
    QVERIFY(!ada.isEmpty() && !bea.isEmpty() && !cyd.isEmpty() && !dan.isEmpty());
    const QString adaEmail = emailOf(ada);
    const QString beaEmail = emailOf(bea);
    const QString cydEmail = emailOf(cyd);
    const QString danEmail = emailOf(dan);
    const QString beaLast = m_fx->listRows().value(beaEmail).value(u"Last Name"_s).toString();
    const QString danPhone
        = m_fx->sfRecords(u"Contact"_s).value(danEmail).value(u"Phone"_s).toString();
    QVERIFY(!beaLast.isEmpty());

    // The preview: two leads changed in Salesforce, two contacts' phones in Act-On.
    QVERIFY(m_fx->patchSf(
        u"Lead"_s, ada.value(u"Id"_s).toString(), { { u"FirstName"_s, u"Ottilie"_s } }));
    QVERIFY(m_fx->patchSf(
        u"Lead"_s, bea.value(u"Id"_s).toString(), { { u"LastName"_s, u"Previewed"_s } }));
    QVERIFY(m_fx->patchListRow(cydEmail, { { u"Business Phone"_s, u"+44 20 7946 0101"_s } }));
    QVERIFY(m_fx->patchListRow(danEmail, { { u"Business Phone"_s, u"+44 20 7946 0102"_s } }));
    const RunOutcome preview = m_fx->run(m_flow2, true);
    QVERIFY2(preview.succeeded(), qPrintable(preview.message));
    const qint64 p = preview.summary.id;
    const auto planned = m_fx->changes(p);
    QCOMPARE(
        SyncRows::rowsOf(planned, u"acton"_s, ChangeOperation::Update, beaEmail, u"Last Name"_s)
            .size(),
        1);
    QCOMPARE(
        SyncRows::rowsOf(planned, u"salesforce"_s, ChangeOperation::Update, danEmail, u"Phone"_s)
            .size(),
        1);
    QCOMPARE(m_fx->listRows().value(beaEmail).value(u"Last Name"_s).toString(), beaLast);

    // After the preview: Bea changed again in Salesforce, Dan again in Act-On.
    QVERIFY(m_fx->patchSf(
        u"Lead"_s, bea.value(u"Id"_s).toString(), { { u"LastName"_s, u"Afterpreview"_s } }));
    QVERIFY(m_fx->patchListRow(danEmail, { { u"Business Phone"_s, u"+44 20 7946 0199"_s } }));
    QCOMPARE(PreviewApplyCheck::problem(m_fx->journal(), p), QString());

    const RunOutcome applied = apply(p);
    QVERIFY2(applied.succeeded(), qPrintable(applied.message));
    m_appliedPreview = p;
    m_applyRun = applied.summary.id;
    QCOMPARE(applied.summary.appliesPreviewRunId, p);
    QCOMPARE(m_fx->runRow(applied.summary.id).appliesPreviewRunId, p);
    QCOMPARE(m_fx->runRow(p).appliesPreviewRunId, 0);

    // The untouched people are written exactly as previewed.
    const auto rows = m_fx->listRows();
    QCOMPARE(rows.value(adaEmail).value(u"First Name"_s).toString(), u"Ottilie"_s);
    QCOMPARE(m_fx->sfRecords(u"Contact"_s).value(cydEmail).value(u"Phone"_s).toString(),
        u"+44 20 7946 0101"_s);
    const auto done = m_fx->changes(applied.summary.id);
    const auto adaWritten
        = SyncRows::rowsOf(done, u"acton"_s, ChangeOperation::Update, adaEmail, u"First Name"_s);
    QCOMPARE(adaWritten.size(), 1);
    QCOMPARE(adaWritten.first().newValue, u"Ottilie"_s);
    QCOMPARE(SyncRows::rowsOf(done, u"salesforce"_s, ChangeOperation::Update, cydEmail, u"Phone"_s)
                 .size(),
        1);

    // The changed ones are not: the targets keep their old values, and a skip row says why
    // with the plan as it is now.
    QCOMPARE(rows.value(beaEmail).value(u"Last Name"_s).toString(), beaLast);
    QCOMPARE(m_fx->sfRecords(u"Contact"_s).value(danEmail).value(u"Phone"_s).toString(), danPhone);
    QVERIFY(SyncRows::rowsOf(done, u"acton"_s, ChangeOperation::Update, beaEmail).isEmpty());
    QVERIFY(SyncRows::rowsOf(done, u"salesforce"_s, ChangeOperation::Update, danEmail).isEmpty());
    const auto beaHeld = heldRows(done, u"acton"_s, beaEmail, u"Last Name"_s, p);
    QCOMPARE(beaHeld.size(), 1);
    QCOMPARE(beaHeld.first().newValue, u"Afterpreview"_s);
    const auto danHeld = heldRows(done, u"salesforce"_s, danEmail, u"Phone"_s, p);
    QCOMPARE(danHeld.size(), 1);
    QCOMPARE(danHeld.first().newValue, u"+44 20 7946 0199"_s);
    QVERIFY(applied.summary.counts.skipped >= 2);

    // The next Sync Now plans them again (the cursors were held before them) and writes them.
    const RunOutcome next = m_fx->run(m_flow2);
    QVERIFY2(next.succeeded(), qPrintable(next.message));
    QCOMPARE(next.summary.appliesPreviewRunId, 0);
    QCOMPARE(m_fx->listRows().value(beaEmail).value(u"Last Name"_s).toString(), u"Afterpreview"_s);
    QCOMPARE(m_fx->sfRecords(u"Contact"_s).value(danEmail).value(u"Phone"_s).toString(),
        u"+44 20 7946 0199"_s);
    const auto after = m_fx->changes(next.summary.id);
    QCOMPARE(SyncRows::rowsOf(after, u"acton"_s, ChangeOperation::Update, beaEmail, u"Last Name"_s)
                 .size(),
        1);
    // Ada and Cyd were written by the apply: nothing to write for them now.
    QVERIFY(SyncRows::rowsOf(after, u"acton"_s, ChangeOperation::Update, adaEmail).isEmpty());
    QVERIFY(SyncRows::rowsOf(after, u"salesforce"_s, ChangeOperation::Update, cydEmail).isEmpty());
}

void TestEngineApplyPlan::appliedAlreadyIsRefused()
{
    QVERIFY(m_appliedPreview > 0);
    const int runsBefore = int(m_fx->runs(m_flow2).size());
    const RunOutcome again = apply(m_appliedPreview);
    QCOMPARE(again.summary.status, RunStatus::Failed);
    QCOMPARE(again.message,
        u"Preview %1 was applied already, by run %2."_s.arg(m_appliedPreview).arg(m_applyRun));
    QCOMPARE(m_fx->runRow(again.summary.id).errorSummary, again.message);
    QCOMPARE(m_fx->runRow(again.summary.id).appliesPreviewRunId, 0);
    QCOMPARE(m_fx->runs(m_flow2).size(), runsBefore + 1);
    QCOMPARE(PreviewApplyCheck::problem(m_fx->journal(), m_appliedPreview), again.message);

    // A run that was not a preview.
    const RunOutcome notPreview = apply(m_applyRun);
    QCOMPARE(notPreview.summary.status, RunStatus::Failed);
    QCOMPARE(notPreview.message,
        u"Run %1 was not a preview. Only a preview's plan can be applied."_s.arg(m_applyRun));
}

void TestEngineApplyPlan::aRunSinceThePreviewIsRefused()
{
    const QJsonObject eve = person(4);
    const qint64 p = previewWithAChange(4, u"Evangeline"_s);
    QVERIFY(p > 0);
    const RunOutcome between = m_fx->run(m_flow2);
    QVERIFY2(between.succeeded(), qPrintable(between.message));
    QCOMPARE(
        m_fx->listRows().value(emailOf(eve)).value(u"First Name"_s).toString(), u"Evangeline"_s);
    const RunOutcome out = apply(p);
    QCOMPARE(out.summary.status, RunStatus::Failed);
    QCOMPARE(out.message,
        u"Run %1 of “CRM contacts” ran after preview %2, so this plan is out of date. Press "
        "Preview again and apply the new plan."_s.arg(between.summary.id)
            .arg(p));
    QCOMPARE(writesIn(m_fx->changes(out.summary.id)), 0);
    // Another preview in between is no such run.
    const qint64 p2 = previewWithAChange(5, u"Fenella"_s);
    QVERIFY(p2 > 0);
    const RunOutcome secondPreview = m_fx->run(m_flow2, true);
    QVERIFY(secondPreview.succeeded());
    QCOMPARE(PreviewApplyCheck::problem(m_fx->journal(), p2), QString());
}

void TestEngineApplyPlan::anEditedFieldMapIsRefused()
{
    const qint64 p = previewWithAChange(6, u"Gwendolyn"_s);
    QVERIFY(p > 0);
    QTest::qWait(5); // the edit is recorded a few milliseconds after the preview started
    FieldMapRepository maps(m_fx->journal());
    const auto stored = maps.load(m_flow2);
    QVERIFY(stored && stored->has_value());
    FieldMap map = stored->value();
    const int title = map.indexOf(u"Job Title"_s);
    QVERIFY(title >= 0);
    FieldMapRow row = map.row(title);
    row.allowPush = !row.allowPush;
    QVERIFY(map.updateRow(title, row));
    QVERIFY(maps.save(m_flow2, map));
    const QString firstName
        = m_fx->listRows().value(emailOf(person(6))).value(u"First Name"_s).toString();

    const RunOutcome out = apply(p);
    QCOMPARE(out.summary.status, RunStatus::Failed);
    QCOMPARE(out.message,
        u"“CRM contacts” was edited after preview %1, so this plan is out of date. Press "
        "Preview again and apply the new plan."_s.arg(p));
    QCOMPARE(
        m_fx->listRows().value(emailOf(person(6))).value(u"First Name"_s).toString(), firstName);
    QVERIFY(firstName != u"Gwendolyn"_s);
}

void TestEngineApplyPlan::aFullPreviewIsAppliedAsPreviewed()
{
    // A full preview reads every record on both sides, so it knows each value it replaces;
    // the run applying it must read the same way to plan the same writes. A flow of its own,
    // synced by a full and an incremental run, so that the Act-On row is not read again.
    m_fx = std::make_unique<Test::EngineFixture>(Sandbox::DemoDataset::generate(2027, 30));
    QVERIFY(m_fx->ok());
    m_flow2 = m_fx->addF2Flow();
    QVERIFY(m_flow2 > 0);
    for (int i = 0; i < 2; ++i) {
        const RunOutcome settle = m_fx->run(m_flow2);
        QVERIFY2(settle.succeeded(), qPrintable(settle.message));
    }
    const QJsonObject hal = person(7);
    const QString halEmail = emailOf(hal);
    QVERIFY(m_fx->patchSf(
        u"Lead"_s, hal.value(u"Id"_s).toString(), { { u"FirstName"_s, u"Hallam"_s } }));
    const RunOutcome preview = m_fx->run(m_flow2, true, true);
    QVERIFY2(preview.succeeded(), qPrintable(preview.message));
    const auto planned = SyncRows::rowsOf(m_fx->changes(preview.summary.id), u"acton"_s,
        ChangeOperation::Update, halEmail, u"First Name"_s);
    QCOMPARE(planned.size(), 1);
    QVERIFY(!planned.first().oldValue.isEmpty());

    const RunOutcome applied = apply(preview.summary.id);
    QVERIFY2(applied.succeeded(), qPrintable(applied.message));
    // Read as the preview read: in full (runs.read_all), so the old values are known again.
    QCOMPARE(applied.summary.mode, RunMode::Full);
    const auto held = SyncRows::rowsOf(m_fx->changes(applied.summary.id), u"acton"_s,
        ChangeOperation::Skip, halEmail, u"First Name"_s);
    QCOMPARE(held.size(), 0);
    QCOMPARE(m_fx->listRows().value(halEmail).value(u"First Name"_s).toString(), u"Hallam"_s);
}

void TestEngineApplyPlan::listSyncHoldsAChangedSourceRecord()
{
    m_fx.reset();
    registerListSyncRunner();
    using Sandbox::DemoCrmRole;
    const auto member = [](int i, const QString &first, const QString &email, const QString &title,
                            DemoCrmRole role) {
        Sandbox::DemoPerson p = Test::DemoPeople::person(i, first, u"Listed"_s, email);
        p.company = u"Company %1"_s.arg(i);
        p.title = title;
        p.salesforceRole = role;
        return p;
    };
    Sandbox::DemoDataset world;
    world.users = { Sandbox::DemoUser { u"Sam"_s, u"Seller"_s, u"sam@leadbridge-demo.com"_s } };
    world.people = { member(0, u"Ada"_s, u"ada@acme.example"_s, u"Engineer"_s, DemoCrmRole::Lead),
        member(1, u"Cy"_s, u"cy@gamma.example"_s, u"Buyer"_s, DemoCrmRole::Contact),
        member(2, u"Dee"_s, u"dee@delta.example"_s, u"Analyst"_s, DemoCrmRole::Lead) };
    world.actOnLists = { Sandbox::DemoList { u"SF Sync"_s, u"Sync"_s, { 0, 1, 2 } } };
    Test::EngineFixture fx(world);
    QVERIFY(fx.ok());
    const qint64 acton = fx.link(AccountKind::ActOn);
    const qint64 sf = fx.link(AccountKind::Salesforce);
    QVERIFY(acton > 0 && sf > 0);
    const qint64 flow = fx.addFlow(FlowKind::ListSync, sf, acton,
        { { u"source"_s, u"leads"_s }, { u"listName"_s, u"SF Sync"_s }, { u"pullAddNew"_s, false },
            { u"pullUpdate"_s, true }, { u"pullUpdateFields"_s, QStringList { u"Job Title"_s } } },
        Test::FlowFieldMaps::listSyncColumns());
    QVERIFY(flow > 0);
    const auto leadId = [&fx](const QString &email) {
        return fx.sfRecords(u"Lead"_s).value(email).value(u"Id"_s).toString();
    };
    QVERIFY(
        fx.patchSf(u"Lead"_s, leadId(u"ada@acme.example"_s), { { u"Title"_s, u"Countess"_s } }));
    QVERIFY(fx.patchSf(
        u"Lead"_s, leadId(u"dee@delta.example"_s), { { u"Title"_s, u"Lead Analyst"_s } }));

    const RunOutcome preview = fx.runFull(flow, true);
    QVERIFY2(preview.succeeded(), qPrintable(preview.message));
    const auto planned = fx.changes(preview.summary.id);
    QCOMPARE(SyncRows::rowsOf(planned, u"acton"_s, ChangeOperation::Update, u"ada@acme.example"_s,
                 u"Job Title"_s)
                 .size(),
        1);
    QCOMPARE(SyncRows::rowsOf(planned, u"acton"_s, ChangeOperation::Update, u"dee@delta.example"_s,
                 u"Job Title"_s)
                 .size(),
        1);
    // Ada's title changes again after the preview.
    QVERIFY(fx.patchSf(u"Lead"_s, leadId(u"ada@acme.example"_s), { { u"Title"_s, u"Duchess"_s } }));

    const RunOutcome applied = apply(fx, flow, preview.summary.id);
    QVERIFY2(applied.succeeded(), qPrintable(applied.message));
    QCOMPARE(applied.summary.appliesPreviewRunId, preview.summary.id);
    const auto rows = fx.listRows(u"SF Sync"_s);
    QCOMPARE(
        rows.value(u"dee@delta.example"_s).value(u"Job Title"_s).toString(), u"Lead Analyst"_s);
    QCOMPARE(rows.value(u"ada@acme.example"_s).value(u"Job Title"_s).toString(), u"Engineer"_s);
    const auto done = fx.changes(applied.summary.id);
    QVERIFY(SyncRows::rowsOf(done, u"acton"_s, ChangeOperation::Update, u"ada@acme.example"_s)
                .isEmpty());
    const auto held
        = heldRows(done, u"acton"_s, u"ada@acme.example"_s, u"Job Title"_s, preview.summary.id);
    QCOMPARE(held.size(), 1);
    QCOMPARE(held.first().newValue, u"Duchess"_s);

    // Applied once; the next run writes Ada.
    const RunOutcome again = apply(fx, flow, preview.summary.id);
    QCOMPARE(again.summary.status, RunStatus::Failed);
    QVERIFY2(again.message.contains(u"was applied already"_s), qPrintable(again.message));
    const RunOutcome next = fx.runFull(flow);
    QVERIFY2(next.succeeded(), qPrintable(next.message));
    QCOMPARE(
        fx.listRows(u"SF Sync"_s).value(u"ada@acme.example"_s).value(u"Job Title"_s).toString(),
        u"Duchess"_s);
}

void TestEngineApplyPlan::leadHandoffPreviewIsRefused()
{
    startBobHandoffToSalesforce();
    QVERIFY(m_flow > 0);
    const RunOutcome preview = h->runFull(m_flow, true);
    QVERIFY2(preview.succeeded(), qPrintable(preview.message));
    QVERIFY(preview.summary.counts.created >= 1);
    const int leads = int(h->sfRecordList(u"Lead"_s).size());

    const RunOutcome out = apply(*h, m_flow, preview.summary.id);
    QCOMPARE(out.summary.status, RunStatus::Failed);
    const QString name = FlowRepository(h->journal()).get(m_flow)->name;
    QCOMPARE(out.message,
        u"“%1” imports or hands over records as they come; its previews show what Sync Now "
        "would do. Press Sync Now to run it."_s.arg(name));
    QCOMPARE(PreviewApplyCheck::problem(h->journal(), preview.summary.id), out.message);
    QCOMPARE(h->sfRecordList(u"Lead"_s).size(), leads);
    QCOMPARE(writesIn(h->changes(out.summary.id)), 0);
    h.reset();
}

QTEST_GUILESS_MAIN(TestEngineApplyPlan)
#include "tst_engine_apply_plan.moc"
