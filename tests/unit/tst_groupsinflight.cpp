#include "core/engine/GroupsInFlight.h"

#include <QStringList>
#include <QTest>

using namespace LeadBridge;
using namespace Qt::StringLiterals;

/// The scheduling of F2's applied groups: how many at once, who is written alone, and how a
/// stop ends the run once.
class TestGroupsInFlight : public QObject
{
    Q_OBJECT

private slots:
    void startsUpToTheLimitThenWaitsForASlot();
    void exclusiveGroupIsWrittenAlone();
    void afterAllWaitsForEveryGroup();
    void stopEndsOnceAfterTheLastGroupAndDropsTheWaitingStep();
    void limitIsAtLeastOne();
};

void TestGroupsInFlight::startsUpToTheLimitThenWaitsForASlot()
{
    GroupsInFlight groups(3);
    QStringList log;
    for (int i = 1; i <= 3; ++i) {
        groups.whenFree(false, [&, i] {
            log.append(u"start %1"_s.arg(i));
            groups.started(false);
        });
    }
    QCOMPARE(groups.count(), 3);
    groups.whenFree(false, [&] {
        log.append(u"start 4"_s);
        groups.started(false);
    });
    QCOMPARE(log.size(), 3); // the fourth waits
    groups.ended();
    QCOMPARE(log.constLast(), u"start 4"_s);
    QCOMPARE(groups.count(), 3);
}

void TestGroupsInFlight::exclusiveGroupIsWrittenAlone()
{
    GroupsInFlight groups(3);
    groups.started(false);
    bool exclusiveStarted = false;
    groups.whenFree(true, [&] {
        exclusiveStarted = true;
        groups.started(true);
    });
    QVERIFY(!exclusiveStarted); // one group is in flight: it waits
    groups.ended();
    QVERIFY(exclusiveStarted);
    // While it is in flight, no other group starts, although the limit is 3.
    bool nextStarted = false;
    groups.whenFree(false, [&] { nextStarted = true; });
    QVERIFY(!nextStarted);
    groups.ended();
    QVERIFY(nextStarted);
}

void TestGroupsInFlight::afterAllWaitsForEveryGroup()
{
    GroupsInFlight groups(3);
    int runs = 0;
    groups.afterAll([&] { ++runs; });
    QCOMPARE(runs, 1); // nothing in flight: at once
    groups.started(false);
    groups.started(false);
    groups.afterAll([&] { ++runs; });
    groups.ended();
    QCOMPARE(runs, 1); // a slot is free, but one group is still in flight
    groups.ended();
    QCOMPARE(runs, 2);
}

void TestGroupsInFlight::stopEndsOnceAfterTheLastGroupAndDropsTheWaitingStep()
{
    GroupsInFlight groups(2);
    groups.started(false);
    groups.started(false);
    bool planned = false;
    groups.whenFree(false, [&] { planned = true; });
    QStringList ends;
    groups.stop([&] { ends.append(u"failed"_s); });
    QVERIFY(groups.stopping());
    groups.stop([&] { ends.append(u"cancelled"_s); }); // a later stop does not decide
    groups.ended();
    QVERIFY(ends.isEmpty()); // one group still records its writes
    QVERIFY(!planned);
    groups.ended();
    QCOMPARE(ends, QStringList { u"failed"_s });
    QVERIFY(!planned);
}

void TestGroupsInFlight::limitIsAtLeastOne()
{
    GroupsInFlight groups(0);
    QCOMPARE(groups.limit(), 1);
    groups.setLimit(-4);
    QCOMPARE(groups.limit(), 1);
    groups.started(false);
    bool started = false;
    groups.whenFree(false, [&] { started = true; });
    QVERIFY(!started);
    groups.ended();
    QVERIFY(started);
}

QTEST_GUILESS_MAIN(TestGroupsInFlight)
#include "tst_groupsinflight.moc"
