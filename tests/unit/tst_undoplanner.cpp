// UndoPlanner, the pure rules of undoing a run (docs/undo.md): restore when the system still
// holds what the run wrote, "changed since" (in the system or by a later run) with the value
// now, unknown old values, Act-On creates deleted, CRM creates and deletes left with a reason,
// e-mail keys never changed back, records gone, lists never deleted; one step per record for
// creates and deletes, and the history rows the steps become.
#include "core/engine/UndoPlanner.h"

#include <QTest>

using namespace LeadBridge;
using namespace Qt::StringLiterals;

namespace {

RecordChange change(const QString &system, const QString &object, const QString &key,
    ChangeOperation op, const QString &field = {}, const QString &oldValue = {},
    const QString &newValue = {})
{
    RecordChange c;
    c.runId = 7;
    c.system = system;
    c.object = object;
    c.recordKey = key;
    c.operation = op;
    c.field = field;
    c.oldValue = oldValue;
    c.newValue = newValue;
    return c;
}

UndoCurrentRecord current(const QString &id, const QHash<QString, QString> &values)
{
    UndoCurrentRecord r;
    r.id = id;
    r.values = values;
    return r;
}

} // namespace

class TestUndoPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void restoresWhatTheRunWrote();
    void changedSinceInTheSystemIsLeftAlone();
    void changedByALaterRunIsLeftAlone();
    void unknownOldValueIsLeftAlone();
    void actOnCreateIsDeletedOnce();
    void crmCreatesDeletesListsAndEmailsAreLeftWithAReason();
    void recordGoneOrUnlinked();
    void stepsBecomeHistoryRows();
};

void TestUndoPlanner::restoresWhatTheRunWrote()
{
    UndoInput in;
    in.runId = 7;
    in.changes = { change(u"acton"_s, u"l-1"_s, u"ada@example.com"_s, ChangeOperation::Update,
                       u"First Name"_s, u"Ada"_s, u"Ottilie"_s),
        change(u"salesforce"_s, u"Contact"_s, u"cy@example.com"_s, ChangeOperation::Update,
            u"Phone"_s, QString(u""_s), u"+1 555"_s) };
    in.readSystems = { u"acton"_s, u"salesforce"_s };
    in.current.insert(UndoInput::recordKeyOf(u"acton"_s, u"l-1"_s, u"ada@example.com"_s),
        current(u"l-1:1"_s, { { u"First Name"_s, u" Ottilie "_s } }));
    in.current.insert(UndoInput::recordKeyOf(u"salesforce"_s, u"Contact"_s, u"cy@example.com"_s),
        current(u"003A"_s, { { u"Phone"_s, u"+1 555"_s } }));
    const UndoPlan plan = UndoPlanner::plan(in);
    QCOMPARE(plan.undoOfRunId, 7);
    QCOMPARE(plan.steps.size(), 2);
    QCOMPARE(plan.steps.at(0).action, UndoStep::Action::Restore);
    QCOMPARE(plan.steps.at(0).recordId, u"l-1:1"_s);
    QCOMPARE(plan.steps.at(0).restoreValue, u"Ada"_s);
    QCOMPARE(plan.steps.at(0).reason, u"Restored to the value before run 7."_s);
    // An empty old value is known (the field was blank) and is restored.
    QCOMPARE(plan.steps.at(1).action, UndoStep::Action::Restore);
    QCOMPARE(plan.steps.at(1).restoreValue, u""_s);
    QCOMPARE(plan.recordCount(UndoStep::Action::Restore), 2);
    QVERIFY(plan.hasWrites());
}

void TestUndoPlanner::changedSinceInTheSystemIsLeftAlone()
{
    UndoInput in;
    in.runId = 7;
    in.changes = { change(u"acton"_s, u"l-1"_s, u"bea@example.com"_s, ChangeOperation::Update,
        u"Last Name"_s, u"Old"_s, u"New"_s) };
    in.readSystems = { u"acton"_s };
    in.current.insert(UndoInput::recordKeyOf(u"acton"_s, u"l-1"_s, u"bea@example.com"_s),
        current(u"l-1:2"_s, { { u"Last Name"_s, u"Edited"_s } }));
    const UndoPlan plan = UndoPlanner::plan(in);
    QCOMPARE(plan.steps.size(), 1);
    QCOMPARE(plan.steps.first().action, UndoStep::Action::LeaveAlone);
    QCOMPARE(plan.steps.first().currentValue, u"Edited"_s);
    QCOMPARE(plan.steps.first().reason, u"Changed since run 7: now “Edited”, so it is left alone."_s);
    QVERIFY(!plan.hasWrites());
}

void TestUndoPlanner::changedByALaterRunIsLeftAlone()
{
    UndoInput in;
    in.runId = 7;
    in.changes = { change(u"acton"_s, u"l-1"_s, u"bea@example.com"_s, ChangeOperation::Update,
                       u"Last Name"_s, u"Old"_s, u"New"_s),
        change(u"acton"_s, u"l-1"_s, u"bea@example.com"_s, ChangeOperation::Update,
            u"Company"_s, u"A"_s, u"B"_s) };
    in.readSystems = { u"acton"_s };
    // Run 9 wrote the same value again (so the system holds it), only to Last Name.
    in.laterRuns.insert(UndoInput::fieldKey(u"acton"_s, u"l-1"_s, u"bea@example.com"_s,
                            u"Last Name"_s),
        9);
    in.laterRuns.insert(UndoInput::recordKeyOf(u"acton"_s, u"l-1"_s, u"bea@example.com"_s), 9);
    in.current.insert(UndoInput::recordKeyOf(u"acton"_s, u"l-1"_s, u"bea@example.com"_s),
        current(u"l-1:2"_s, { { u"Last Name"_s, u"New"_s }, { u"Company"_s, u"B"_s } }));
    const UndoPlan plan = UndoPlanner::plan(in);
    QCOMPARE(plan.steps.size(), 2);
    QCOMPARE(plan.steps.at(0).action, UndoStep::Action::LeaveAlone);
    QCOMPARE(plan.steps.at(0).reason, u"Changed since run 7 by run 9, so it is left alone."_s);
    QCOMPARE(plan.steps.at(1).action, UndoStep::Action::Restore);
}

void TestUndoPlanner::unknownOldValueIsLeftAlone()
{
    UndoInput in;
    in.runId = 7;
    in.changes = { change(u"acton"_s, u"l-1"_s, u"ada@example.com"_s, ChangeOperation::Update,
        u"First Name"_s, QString(), u"Ottilie"_s) };
    in.readSystems = { u"acton"_s };
    in.current.insert(UndoInput::recordKeyOf(u"acton"_s, u"l-1"_s, u"ada@example.com"_s),
        current(u"l-1:1"_s, { { u"First Name"_s, u"Ottilie"_s } }));
    const UndoPlan plan = UndoPlanner::plan(in);
    QCOMPARE(plan.steps.first().action, UndoStep::Action::LeaveAlone);
    QVERIFY2(plan.steps.first().reason.startsWith(u"Run 7 did not read the value it replaced"_s),
        qPrintable(plan.steps.first().reason));
}

void TestUndoPlanner::actOnCreateIsDeletedOnce()
{
    UndoInput in;
    in.runId = 7;
    // A preview-style create with field rows still makes one step.
    in.changes = { change(u"acton"_s, u"l-1"_s, u"dora@example.com"_s, ChangeOperation::Create,
                       u"First Name"_s, {}, u"Dora"_s),
        change(u"acton"_s, u"l-1"_s, u"dora@example.com"_s, ChangeOperation::Create,
            u"Last Name"_s, {}, u"Undo"_s),
        change(u"acton"_s, u"l-1"_s, u"eli@example.com"_s, ChangeOperation::Create) };
    in.readSystems = { u"acton"_s };
    in.current.insert(UndoInput::recordKeyOf(u"acton"_s, u"l-1"_s, u"dora@example.com"_s),
        current(u"l-1:9"_s, {}));
    in.current.insert(UndoInput::recordKeyOf(u"acton"_s, u"l-1"_s, u"eli@example.com"_s),
        current(u"l-1:10"_s, {}));
    in.laterRuns.insert(UndoInput::recordKeyOf(u"acton"_s, u"l-1"_s, u"eli@example.com"_s), 8);
    const UndoPlan plan = UndoPlanner::plan(in);
    QCOMPARE(plan.steps.size(), 2);
    QCOMPARE(plan.steps.at(0).action, UndoStep::Action::Delete);
    QCOMPARE(plan.steps.at(0).recordId, u"l-1:9"_s);
    QCOMPARE(plan.steps.at(0).reason, u"Added by run 7, so it is removed from Act-On."_s);
    QCOMPARE(plan.steps.at(1).action, UndoStep::Action::LeaveAlone);
    QCOMPARE(plan.steps.at(1).reason, u"Changed since run 7 by run 8, so it is left alone."_s);
}

void TestUndoPlanner::crmCreatesDeletesListsAndEmailsAreLeftWithAReason()
{
    UndoInput in;
    in.runId = 7;
    in.changes = { change(u"salesforce"_s, u"Lead"_s, u"bob@example.com|l-1"_s,
                       ChangeOperation::Create),
        change(u"pipeliner"_s, u"Contacts"_s, u"cy@example.com"_s, ChangeOperation::Create),
        change(u"acton"_s, u"l-1"_s, u"gone@example.com"_s, ChangeOperation::Delete),
        change(u"acton"_s, u"list"_s, u"Webinar 1"_s, ChangeOperation::Create, u"Folder"_s, {},
            u"41750"_s),
        change(u"acton"_s, u"l-1"_s, u"new@example.com"_s, ChangeOperation::Update,
            u"E-mail Address"_s, u"old@example.com"_s, u"new@example.com"_s) };
    in.readSystems = { u"acton"_s };
    in.emailHeadings = { u"E-mail Address"_s };
    in.current.insert(UndoInput::recordKeyOf(u"acton"_s, u"l-1"_s, u"new@example.com"_s),
        current(u"l-1:3"_s, { { u"E-mail Address"_s, u"new@example.com"_s } }));
    const UndoPlan plan = UndoPlanner::plan(in);
    QCOMPARE(plan.steps.size(), 5);
    for (const UndoStep &s : plan.steps)
        QCOMPARE(s.action, UndoStep::Action::LeaveAlone);
    QCOMPARE(plan.steps.at(0).reason,
        u"Added to Salesforce by run 7. LeadBridge never deletes Salesforce records; delete it in "
        "Salesforce if it should go."_s);
    QVERIFY(plan.steps.at(1).reason.contains(u"never deletes Pipeliner records"_s));
    QCOMPARE(plan.steps.at(2).reason,
        u"Deleted by run 7. LeadBridge cannot bring it back, because the run did not record all "
        "of its values."_s);
    QVERIFY(plan.steps.at(3).reason.contains(u"never deletes lists"_s));
    QVERIFY(plan.steps.at(4).reason.startsWith(u"The e-mail address is the key of the contact"_s));
    QVERIFY(!plan.hasWrites());
}

void TestUndoPlanner::recordGoneOrUnlinked()
{
    UndoInput in;
    in.runId = 7;
    in.changes = { change(u"acton"_s, u"l-1"_s, u"gone@example.com"_s, ChangeOperation::Update,
                       u"City"_s, u"Bonn"_s, u"Köln"_s),
        change(u"salesforce"_s, u"Lead"_s, u"nolink@example.com"_s, ChangeOperation::Update,
            u"City"_s, u"Bonn"_s, u"Köln"_s),
        change(u"acton"_s, u"l-1"_s, u"gone@example.com"_s, ChangeOperation::Create) };
    in.readSystems = { u"acton"_s };
    const UndoPlan plan = UndoPlanner::plan(in);
    QCOMPARE(plan.steps.size(), 3);
    QCOMPARE(plan.steps.at(0).reason, u"No longer in Act-On, so there is nothing to restore."_s);
    QVERIFY(plan.steps.at(1).reason.contains(u"its link is gone"_s));
    QCOMPARE(plan.steps.at(2).reason, u"No longer in Act-On, so there is nothing to remove."_s);
}

void TestUndoPlanner::stepsBecomeHistoryRows()
{
    UndoStep restore;
    restore.action = UndoStep::Action::Restore;
    restore.system = u"acton"_s;
    restore.object = u"l-1"_s;
    restore.recordKey = u"ada@example.com"_s;
    restore.field = u"First Name"_s;
    restore.currentValue = u"Ottilie"_s;
    restore.restoreValue = u"Ada"_s;
    restore.reason = u"Restored to the value before run 7."_s;
    const RecordChange row = restore.toRecordChange(12);
    QCOMPARE(row.runId, 12);
    QCOMPARE(row.operation, ChangeOperation::Update);
    QCOMPARE(row.oldValue, u"Ottilie"_s);
    QCOMPARE(row.newValue, u"Ada"_s);
    UndoStep del = restore;
    del.action = UndoStep::Action::Delete;
    QCOMPARE(del.toRecordChange(12).operation, ChangeOperation::Delete);
    QVERIFY(del.toRecordChange(12).oldValue.isEmpty());
    UndoStep alone = restore;
    alone.action = UndoStep::Action::LeaveAlone;
    QCOMPARE(alone.toRecordChange(12).operation, ChangeOperation::Skip);
    UndoPlan plan;
    plan.steps = { restore, del, alone };
    QCOMPARE(plan.toRecordChanges(12).size(), 3);
    QCOMPARE(plan.stepsOf(UndoStep::Action::LeaveAlone).size(), 1);
}

QTEST_GUILESS_MAIN(TestUndoPlanner)
#include "tst_undoplanner.moc"
