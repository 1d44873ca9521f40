// OwnWriteDigests: the read-back at the end of a full F2 run passes over an Act-On row only
// when it says exactly what the run committed for that person (record id and every mapped
// field); any difference, or a person the run did not commit, is planned as always.
#include "core/engine/OwnWriteDigests.h"
#include "core/mapping/StandardFields.h"

#include <QTest>

using namespace LeadBridge;
using namespace Qt::StringLiterals;

namespace {

/// A snapshot whose fingerprints are those of @p row's values (what the planner stores for
/// a person both sides agree on).
LinkSnapshot snapshotOf(const FieldMap &map, const SideRecord &row)
{
    LinkSnapshot s;
    s.emailKey = row.email;
    s.marketingId = row.id;
    s.crmId = u"00Q1"_s;
    for (int i = 0; i < map.rowCount(); ++i)
        s.setHash(LinkSnapshot::fieldKey(map.row(i).marketing.name),
            LinkSnapshot::valueHash(row.values.value(i)));
    return s;
}

SideRecord rowFor(const FieldMap &map, const QString &email)
{
    SideRecord r;
    r.side = SyncSide::Marketing;
    r.system = u"acton"_s;
    r.id = u"l-0001:"_s + email;
    r.email = email;
    r.values.resize(map.rowCount());
    for (int i = 0; i < map.rowCount(); ++i)
        r.values[i] = u"value %1 of %2"_s.arg(i).arg(email);
    r.values[map.indexOf(u"E-mail Address"_s)] = email;
    return r;
}

} // namespace

class TestOwnWriteDigests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowAsCommittedMatches();
    void anyDifferenceIsPlanned();
    void fieldWithoutFingerprintPassesOnlyEmpty();
    void recordIdCountsWhenKnown();
    void laterCommitReplacesTheDigest();
};

void TestOwnWriteDigests::rowAsCommittedMatches()
{
    const FieldMap map = StandardFields::defaultMap(CrmKind::Salesforce);
    QVERIFY(map.indexOf(u"E-mail Address"_s) >= 0);
    OwnWriteDigests digests(map);
    const SideRecord ann = rowFor(map, u"ann@example.com"_s);
    const SideRecord bob = rowFor(map, u"bob@example.com"_s);
    digests.note(snapshotOf(map, ann));
    QCOMPARE(digests.size(), 1);
    QVERIFY(digests.matches(ann));
    QVERIFY(!digests.matches(bob)); // not committed by this run
    // A null and an empty value are the same to the planner's fingerprints.
    SideRecord annNull = ann;
    const int blank = map.indexOf(u"E-mail Address"_s) == 0 ? 1 : 0;
    SideRecord annEmpty = ann;
    annNull.values[blank] = QString();
    annEmpty.values[blank] = u""_s;
    digests.note(snapshotOf(map, annNull));
    QVERIFY(digests.matches(annEmpty));
}

void TestOwnWriteDigests::anyDifferenceIsPlanned()
{
    const FieldMap map = StandardFields::defaultMap(CrmKind::Salesforce);
    OwnWriteDigests digests(map);
    const SideRecord ann = rowFor(map, u"ann@example.com"_s);
    digests.note(snapshotOf(map, ann));
    for (int i = 0; i < map.rowCount(); ++i) {
        SideRecord changed = ann;
        changed.values[i] += u" (changed in Act-On)"_s;
        QVERIFY2(!digests.matches(changed), qPrintable(map.row(i).marketing.name));
    }
    SideRecord fewerValues = ann;
    fewerValues.values.removeLast();
    QVERIFY(!digests.matches(fewerValues));
    SideRecord noEmail = ann;
    noEmail.email.clear();
    QVERIFY(!digests.matches(noEmail));
}

void TestOwnWriteDigests::fieldWithoutFingerprintPassesOnlyEmpty()
{
    // A field the snapshot has no fingerprint for (one without a CRM source for the record
    // type): the planner leaves it alone while Act-On's value is empty, and only then.
    const FieldMap map = StandardFields::defaultMap(CrmKind::Salesforce);
    OwnWriteDigests digests(map);
    SideRecord ann = rowFor(map, u"ann@example.com"_s);
    const int last = map.rowCount() - 1;
    ann.values[last] = QString();
    LinkSnapshot partial = snapshotOf(map, ann);
    partial.clearHash(LinkSnapshot::fieldKey(map.row(last).marketing.name));
    digests.note(partial);
    QVERIFY(digests.matches(ann));
    ann.values[last] = u"a value Act-On has"_s;
    QVERIFY(!digests.matches(ann));
}

void TestOwnWriteDigests::recordIdCountsWhenKnown()
{
    const FieldMap map = StandardFields::defaultMap(CrmKind::Salesforce);
    OwnWriteDigests digests(map);
    const SideRecord ann = rowFor(map, u"ann@example.com"_s);
    LinkSnapshot withoutId = snapshotOf(map, ann);
    withoutId.marketingId.clear(); // a list merge answers no record ids
    digests.note(withoutId);
    QVERIFY(digests.matches(ann));
    digests.note(snapshotOf(map, ann));
    QVERIFY(digests.matches(ann));
    SideRecord otherId = ann;
    otherId.id = u"l-0001:99"_s;
    QVERIFY(!digests.matches(otherId));
}

void TestOwnWriteDigests::laterCommitReplacesTheDigest()
{
    const FieldMap map = StandardFields::defaultMap(CrmKind::Salesforce);
    OwnWriteDigests digests(map);
    SideRecord ann = rowFor(map, u"ann@example.com"_s);
    digests.note(snapshotOf(map, ann));
    const SideRecord before = ann;
    ann.values[0] = u"written again"_s;
    digests.note(snapshotOf(map, ann));
    QCOMPARE(digests.size(), 1);
    QVERIFY(digests.matches(ann));
    QVERIFY(!digests.matches(before));
    // A later snapshot without fingerprints passes only a row of empty values.
    LinkSnapshot empty;
    empty.emailKey = ann.email;
    digests.note(empty);
    QCOMPARE(digests.size(), 1);
    QVERIFY(!digests.matches(ann));
}

QTEST_APPLESS_MAIN(TestOwnWriteDigests)
#include "tst_ownwritedigests.moc"
