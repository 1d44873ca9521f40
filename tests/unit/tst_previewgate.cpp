// PreviewGate, the rule of "Apply this plan" (docs/apply-plan.md): a preview is recorded in a
// journal as the runners record it, then plans made afresh are passed through filter(). A
// person whose writes are exactly the previewed ones is kept; a changed value or a person the
// preview did not plan is held back as a skip row with the reason and the new plan's fields,
// their snapshots, removed links and applied conflict decisions taken out; creates are
// compared as the runner records them (one row, or one row per field); previewed people
// planned no more are listed by notPlannedAgain(); heldCount() counts people, not rows; an
// Act-On list named in the preview and created by the run is the same list.
#include "core/engine/Plan.h"
#include "core/engine/PreviewGate.h"
#include "core/store/Journal.h"
#include "core/store/RunRepository.h"
#include "tests/support/ScratchJournal.h"

#include <QTest>

using namespace LeadBridge;
using namespace Qt::StringLiterals;

namespace {

const QString kList = u"l-1"_s;

PlannedChange write(ChangeOperation op, const QString &system, const QString &key,
    const QList<PlannedFieldChange> &fields, const QString &object = {})
{
    PlannedChange c;
    c.target = system == u"acton"_s ? SyncSide::Marketing : SyncSide::Crm;
    c.system = system;
    c.object = !object.isEmpty() ? object : (system == u"acton"_s ? kList : u"Contact"_s);
    c.key = key;
    c.operation = op;
    c.fields = fields;
    c.reason = u"Changed in the source."_s;
    return c;
}

PlannedFieldChange field(const QString &name, const QString &oldValue, const QString &newValue)
{
    return { name, name, oldValue, newValue };
}

/// A plan as the planner makes it: the writes in their batches, counted.
Plan planOf(const QList<PlannedChange> &writes)
{
    Plan plan;
    for (const PlannedChange &c : writes) {
        plan.addWrite(c);
        if (c.operation == ChangeOperation::Create)
            ++plan.counts.creates;
        else if (c.operation == ChangeOperation::Update)
            ++plan.counts.updates;
        else if (c.operation == ChangeOperation::Delete)
            ++plan.counts.deletes;
    }
    return plan;
}

LinkSnapshot snapshot(const QString &key)
{
    LinkSnapshot s;
    s.emailKey = key;
    return s;
}

ConflictRecord decision(const QString &key)
{
    ConflictRecord c;
    c.personKey = key;
    c.field = u"Phone"_s;
    return c;
}

QStringList keysOf(const QList<PlannedChange> &changes)
{
    QStringList keys;
    for (const PlannedChange &c : changes)
        keys.append(c.key);
    keys.sort();
    return keys;
}

const PlannedChange *skipOf(const Plan &plan, const QString &key)
{
    for (const PlannedChange &c : plan.skips) {
        if (c.key == key)
            return &c;
    }
    return nullptr;
}

} // namespace

class TestPreviewGate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void identicalPlanIsKeptWhole();
    void changedAndNewPeopleAreHeldBack();
    void createsAreComparedAsTheRunnerRecordsThem();
    void fieldOrderAndReasonsDoNotMatter();
    void actOnListNamedThenCreatedIsTheSameList();
    void notPlannedAgainListsThePreviewedPeopleLeft();
    void heldCountAddsUpOverPlans();

private:
    /// Records @p plan as preview run of the flow, as the runner would: F2 (Creates::OneRow)
    /// records each create as one row (Plan::toHistoryRows()), F3 one row per field.
    qint64 recordPreview(const Plan &plan, PreviewGate::Creates creates);
    std::shared_ptr<PreviewGate> gate(qint64 previewId, PreviewGate::Creates creates);
    /// The preview every test starts from: Ada and Bea updated, Cyd added to Act-On, Dan's
    /// Salesforce contact updated; with another @p beaCompany and @p more writes, a plan made
    /// after something changed.
    static Plan previewPlan(
        const QString &beaCompany = u"B"_s, const QList<PlannedChange> &more = {});

    std::unique_ptr<Test::ScratchJournal> m_scratch;
    Journal *m_journal = nullptr;
    qint64 m_flowId = 0;
};

void TestPreviewGate::init()
{
    m_scratch = std::make_unique<Test::ScratchJournal>();
    QVERIFY(m_scratch->ok());
    m_journal = &m_scratch->journal();
    m_flowId = m_scratch->flowId();
}

void TestPreviewGate::cleanup()
{
    m_journal = nullptr;
    m_scratch.reset();
}

Plan TestPreviewGate::previewPlan(const QString &beaCompany, const QList<PlannedChange> &more)
{
    return planOf(QList<PlannedChange> {
                      write(ChangeOperation::Update, u"acton"_s, u"ada@example.com"_s,
                          { field(u"First Name"_s, u"Ada"_s, u"Ottilie"_s) }),
                      write(ChangeOperation::Update, u"acton"_s, u"bea@example.com"_s,
                          { field(u"Last Name"_s, u"Old"_s, u"New"_s),
                              field(u"Company"_s, u"A"_s, beaCompany) }),
                      write(ChangeOperation::Create, u"acton"_s, u"cyd@example.com"_s,
                          { field(u"First Name"_s, {}, u"Cyd"_s),
                              field(u"E-mail Address"_s, {}, u"cyd@example.com"_s) }),
                      write(ChangeOperation::Update, u"salesforce"_s, u"dan@example.com"_s,
                          { field(u"Phone"_s, u"+1 1"_s, u"+1 2"_s) }),
                  }
        + more);
}

qint64 TestPreviewGate::recordPreview(const Plan &plan, PreviewGate::Creates creates)
{
    RunRepository runs(*m_journal);
    const auto run = runs.startRun(m_flowId, RunTrigger::Manual, RunMode::Preview);
    if (!run) {
        qWarning() << run.errorString();
        return 0;
    }
    const QList<RecordChange> rows = creates == PreviewGate::Creates::OneRow
        ? plan.toHistoryRows(run->id, u"Would be added to Act-On."_s)
        : plan.toRecordChanges(run->id);
    if (Status s = runs.addChanges(run->id, rows); !s) {
        qWarning() << s.errorString();
        return 0;
    }
    if (Status s = runs.finishRun(run->id, RunStatus::Succeeded, 3); !s) {
        qWarning() << s.errorString();
        return 0;
    }
    return run->id;
}

std::shared_ptr<PreviewGate> TestPreviewGate::gate(qint64 previewId, PreviewGate::Creates creates)
{
    auto loaded = PreviewGate::load(*m_journal, previewId, creates);
    if (!loaded) {
        qWarning() << loaded.errorString();
        return {};
    }
    return loaded.value();
}

void TestPreviewGate::identicalPlanIsKeptWhole()
{
    const qint64 preview = recordPreview(previewPlan(), PreviewGate::Creates::OneRow);
    QVERIFY(preview > 0);
    const auto g = gate(preview, PreviewGate::Creates::OneRow);
    QVERIFY(g);
    QCOMPARE(g->previewRunId(), preview);
    Plan plan = previewPlan();
    plan.snapshots = { snapshot(u"ada@example.com"_s), snapshot(u"bea@example.com"_s) };
    plan.removedLinks = { u"bea@example.com"_s };
    const PlanCounts counts = plan.counts;
    QVERIFY(g->filter(plan).isEmpty());
    QCOMPARE(g->heldCount(), 0);
    QCOMPARE(keysOf(plan.writes()),
        QStringList({ u"ada@example.com"_s, u"bea@example.com"_s, u"cyd@example.com"_s,
            u"dan@example.com"_s }));
    QVERIFY(plan.skips.isEmpty());
    QCOMPARE(plan.counts, counts);
    QCOMPARE(plan.snapshots.size(), 2);
    QCOMPARE(plan.removedLinks, QStringList { u"bea@example.com"_s });
    QVERIFY(g->notPlannedAgain(99).isEmpty());
}

void TestPreviewGate::changedAndNewPeopleAreHeldBack()
{
    const qint64 preview = recordPreview(previewPlan(), PreviewGate::Creates::OneRow);
    QVERIFY(preview > 0);
    const auto g = gate(preview, PreviewGate::Creates::OneRow);
    QVERIFY(g);

    // Bea's company changed again after the preview (new value C); Eve is new since.
    Plan plan = previewPlan(u"C"_s,
        { write(ChangeOperation::Create, u"acton"_s, u"eve@example.com"_s,
            { field(u"First Name"_s, {}, u"Eve"_s) }) });
    PlannedChange noEmail = write(ChangeOperation::Skip, u"salesforce"_s, u"fay"_s, {});
    noEmail.reason = u"No e-mail address."_s;
    plan.skips = { noEmail };
    ++plan.counts.skips;
    plan.snapshots = { snapshot(u"ada@example.com"_s), snapshot(u"bea@example.com"_s),
        snapshot(u"eve@example.com"_s) };
    plan.removedLinks = { u"ada@example.com"_s, u"bea@example.com"_s };
    plan.appliedConflicts = { decision(u"ada@example.com"_s), decision(u"bea@example.com"_s) };
    QCOMPARE(plan.counts.creates, 2);
    QCOMPARE(plan.counts.updates, 3);

    const QList<PlannedChange> held = g->filter(plan);
    QCOMPARE(keysOf(held), QStringList({ u"bea@example.com"_s, u"eve@example.com"_s }));
    QCOMPARE(g->heldCount(), 2);
    // The held people are not written ...
    QCOMPARE(keysOf(plan.writes()),
        QStringList({ u"ada@example.com"_s, u"cyd@example.com"_s, u"dan@example.com"_s }));
    QCOMPARE(plan.counts.creates, 1);
    QCOMPARE(plan.counts.updates, 2);
    QCOMPARE(plan.counts.skips, 3);
    // ... but listed as skips with the new plan's fields and the reason; other skips stay.
    QCOMPARE(plan.skips.size(), 3);
    QVERIFY(skipOf(plan, u"fay"_s));
    const PlannedChange *bea = skipOf(plan, u"bea@example.com"_s);
    QVERIFY(bea);
    QCOMPARE(bea->operation, ChangeOperation::Skip);
    QCOMPARE(bea->system, u"acton"_s);
    QCOMPARE(bea->fields.size(), 2);
    QCOMPARE(bea->fields.at(1).newValue, u"C"_s);
    QCOMPARE(bea->reason,
        u"Not written: this record changed after preview %1, and the plan for it is now "
        "“Update” as shown. Press Preview again to review it."_s.arg(preview));
    const PlannedChange *eve = skipOf(plan, u"eve@example.com"_s);
    QVERIFY(eve);
    QCOMPARE(eve->fields.size(), 1);
    QCOMPARE(eve->fields.first().newValue, u"Eve"_s);
    QCOMPARE(eve->reason,
        u"Not written: preview %1 did not plan this change; the plan for it is now “Create” "
        "as shown. Press Preview again to review it."_s.arg(preview));
    // As history rows: one skip row per field of the new plan.
    int beaRows = 0;
    for (const RecordChange &row : plan.toRecordChanges(5)) {
        if (row.recordKey == u"bea@example.com"_s) {
            ++beaRows;
            QCOMPARE(row.operation, ChangeOperation::Skip);
        }
    }
    QCOMPARE(beaRows, 2);
    // Their snapshots, removed links and applied decisions are taken out, so that the next
    // run plans them again and the decision stays to be applied.
    QCOMPARE(plan.snapshots.size(), 1);
    QCOMPARE(plan.snapshots.first().emailKey, u"ada@example.com"_s);
    QCOMPARE(plan.removedLinks, QStringList { u"ada@example.com"_s });
    QCOMPARE(plan.appliedConflicts.size(), 1);
    QCOMPARE(plan.appliedConflicts.first().personKey, u"ada@example.com"_s);
}

void TestPreviewGate::createsAreComparedAsTheRunnerRecordsThem()
{
    const Plan previewed = planOf({ write(ChangeOperation::Create, u"acton"_s, u"cyd@example.com"_s,
        { field(u"First Name"_s, {}, u"Cyd"_s) }) });
    const auto cydAgain = [](const QString &first) {
        return planOf({ write(ChangeOperation::Create, u"acton"_s, u"cyd@example.com"_s,
            { field(u"First Name"_s, {}, first) }) });
    };

    // F2: a create is one row without values, so a create with other values is the same
    // write (its values are the source record's when it is written).
    const qint64 oneRow = recordPreview(previewed, PreviewGate::Creates::OneRow);
    QVERIFY(oneRow > 0);
    QCOMPARE(RunRepository(*m_journal).changes(oneRow)->size(), 1);
    {
        const auto g = gate(oneRow, PreviewGate::Creates::OneRow);
        Plan same = cydAgain(u"Cyd"_s);
        QVERIFY(g->filter(same).isEmpty());
        Plan other = cydAgain(u"Cydney"_s);
        QVERIFY(g->filter(other).isEmpty());
        QCOMPARE(other.writes().size(), 1);
    }

    // F3: one row per field, so a field's value counts.
    const qint64 fieldRows = recordPreview(previewed, PreviewGate::Creates::FieldRows);
    QVERIFY(fieldRows > 0);
    {
        const auto g = gate(fieldRows, PreviewGate::Creates::FieldRows);
        Plan same = cydAgain(u"Cyd"_s);
        QVERIFY(g->filter(same).isEmpty());
        QCOMPARE(same.writes().size(), 1);
        Plan other = cydAgain(u"Cydney"_s);
        QCOMPARE(g->filter(other).size(), 1);
        QVERIFY(other.writes().isEmpty());
        QCOMPARE(other.skips.size(), 1);
        QCOMPARE(other.counts.creates, 0);
    }

    // Read the wrong way, the rows do not match: the kind must follow the runner.
    {
        const auto g = gate(oneRow, PreviewGate::Creates::FieldRows);
        Plan same = cydAgain(u"Cyd"_s);
        QCOMPARE(g->filter(same).size(), 1);
    }
}

void TestPreviewGate::fieldOrderAndReasonsDoNotMatter()
{
    const qint64 preview = recordPreview(previewPlan(), PreviewGate::Creates::OneRow);
    const auto g = gate(preview, PreviewGate::Creates::OneRow);
    QVERIFY(g);
    PlannedChange bea = write(ChangeOperation::Update, u"acton"_s, u"bea@example.com"_s,
        { field(u"Company"_s, u"A"_s, u"B"_s), field(u"Last Name"_s, u"Old"_s, u"New"_s) });
    bea.reason = u"Worded differently today."_s;
    Plan plan = planOf({ bea });
    QVERIFY(g->filter(plan).isEmpty());
    QCOMPARE(plan.writes().size(), 1);

    // One field fewer, or another operation, is another write.
    Plan fewer = planOf({ write(ChangeOperation::Update, u"acton"_s, u"bea@example.com"_s,
        { field(u"Last Name"_s, u"Old"_s, u"New"_s) }) });
    QCOMPARE(g->filter(fewer).size(), 1);
    Plan otherSystem = planOf({ write(ChangeOperation::Update, u"salesforce"_s,
        u"ada@example.com"_s, { field(u"First Name"_s, u"Ada"_s, u"Ottilie"_s) }) });
    QCOMPARE(g->filter(otherSystem).size(), 1);
    Plan otherOld = planOf({ write(ChangeOperation::Update, u"salesforce"_s, u"dan@example.com"_s,
        { field(u"Phone"_s, u"+1 0"_s, u"+1 2"_s) }) });
    QCOMPARE(g->filter(otherOld).size(), 1);
}

void TestPreviewGate::actOnListNamedThenCreatedIsTheSameList()
{
    // A new flow's first preview names its Act-On list by name (it does not exist yet); the
    // run that applies it creates the list and names it by its id.
    const qint64 preview
        = recordPreview(planOf({ write(ChangeOperation::Create, u"acton"_s, u"cyd@example.com"_s,
                                     {}, u"CRM contacts"_s),
                            write(ChangeOperation::Update, u"salesforce"_s, u"dan@example.com"_s,
                                { field(u"Phone"_s, u"+1 1"_s, u"+1 2"_s) }, u"Contact"_s) }),
            PreviewGate::Creates::OneRow);
    const auto g = gate(preview, PreviewGate::Creates::OneRow);
    QVERIFY(g);
    Plan plan = planOf(
        { write(ChangeOperation::Create, u"acton"_s, u"cyd@example.com"_s, {}, u"l-0006"_s) });
    QVERIFY(g->filter(plan).isEmpty());
    QCOMPARE(plan.writes().size(), 1);
    // A CRM object is part of the write: a lead is not the contact previewed.
    Plan lead = planOf({ write(ChangeOperation::Update, u"salesforce"_s, u"dan@example.com"_s,
        { field(u"Phone"_s, u"+1 1"_s, u"+1 2"_s) }, u"Lead"_s) });
    QCOMPARE(g->filter(lead).size(), 1);
}

void TestPreviewGate::notPlannedAgainListsThePreviewedPeopleLeft()
{
    const qint64 preview = recordPreview(previewPlan(), PreviewGate::Creates::OneRow);
    const auto g = gate(preview, PreviewGate::Creates::OneRow);
    QVERIFY(g);
    // Only Ada and (changed) Bea are planned again: Cyd and Dan agree now.
    Plan plan = planOf({
        write(ChangeOperation::Update, u"acton"_s, u"ada@example.com"_s,
            { field(u"First Name"_s, u"Ada"_s, u"Ottilie"_s) }),
        write(ChangeOperation::Update, u"acton"_s, u"bea@example.com"_s,
            { field(u"Last Name"_s, u"Old"_s, u"Newer"_s) }),
    });
    QCOMPARE(g->filter(plan).size(), 1);
    const QList<RecordChange> rows = g->notPlannedAgain(42);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).recordKey, u"cyd@example.com"_s);
    QCOMPARE(rows.at(1).recordKey, u"dan@example.com"_s);
    for (const RecordChange &row : rows) {
        QCOMPARE(row.runId, 42);
        QCOMPARE(row.id, 0);
        QCOMPARE(row.operation, ChangeOperation::Skip);
        QVERIFY(row.field.isEmpty() && row.oldValue.isEmpty() && row.newValue.isEmpty());
    }
    QCOMPARE(rows.at(0).system, u"acton"_s);
    QCOMPARE(rows.at(0).object, kList);
    QCOMPARE(rows.at(1).system, u"salesforce"_s);
    QCOMPARE(rows.at(0).reason,
        u"Nothing written: preview %1 planned “Create” for this record, but it is not needed "
        "any more (the systems agree now, or the record is gone)."_s.arg(preview));
    QCOMPARE(rows.at(1).reason,
        u"Nothing written: preview %1 planned “Update” for this record, but it is not needed "
        "any more (the systems agree now, or the record is gone)."_s.arg(preview));
}

void TestPreviewGate::heldCountAddsUpOverPlans()
{
    const qint64 preview = recordPreview(previewPlan(), PreviewGate::Creates::OneRow);
    const auto g = gate(preview, PreviewGate::Creates::OneRow);
    QVERIFY(g);
    // F2 plans bucket by bucket: the gate sees several plans in one run.
    Plan first = planOf({ write(ChangeOperation::Update, u"acton"_s, u"ada@example.com"_s,
                              { field(u"First Name"_s, u"Ada"_s, u"Augusta"_s) }),
        write(ChangeOperation::Update, u"acton"_s, u"ada@example.com"_s,
            { field(u"Last Name"_s, u"L"_s, u"M"_s) }) });
    QCOMPARE(g->filter(first).size(), 2); // two writes of one person
    QCOMPARE(g->heldCount(), 1);
    Plan second = planOf({ write(ChangeOperation::Create, u"acton"_s, u"gil@example.com"_s,
        { field(u"First Name"_s, {}, u"Gil"_s) }) });
    QCOMPARE(g->filter(second).size(), 1);
    QCOMPARE(g->heldCount(), 2);
    // People planned in an earlier plan are not "not planned again".
    Plan third = previewPlan();
    g->filter(third);
    QVERIFY(g->notPlannedAgain(7).isEmpty());
    // An unknown preview loads empty: everything is held.
    const auto none = gate(987654, PreviewGate::Creates::OneRow);
    QVERIFY(none);
    Plan all = previewPlan();
    QCOMPARE(none->filter(all).size(), 4);
    QVERIFY(all.writes().isEmpty());
}

QTEST_GUILESS_MAIN(TestPreviewGate)
#include "tst_previewgate.moc"
