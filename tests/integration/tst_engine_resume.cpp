// Resume after a crash: an F2 run is stopped dead (as by kill -9) at several points — after
// the fetch, after a batch was written but before the journal knew, between batches, and
// before the cursor commit — then the engine is thrown away, a new one recovers the run
// (failed, with a sentence) and the next run must end in exactly the state of an
// uninterrupted run: same Act-On rows (no duplicates), same Salesforce values, same links,
// cursors stored, and nothing left to do afterwards.
#include "core/engine/SyncEngine.h"
#include "core/sandbox/DemoDataset.h"
#include "tests/support/EngineFixture.h"

#include <QTest>

using namespace LeadBridge;
using namespace Qt::StringLiterals;

namespace {

const QStringList kActOnColumns { u"E-mail Address"_s, u"First Name"_s, u"Last Name"_s,
    u"Company"_s, u"Job Title"_s, u"Business Phone"_s, u"Opt-Out"_s };
const QStringList kSfColumns { u"FirstName"_s, u"LastName"_s, u"Phone"_s, u"Title"_s, u"Score__c"_s,
    u"HasOptedOutOfEmail"_s, u"EmailBouncedReason"_s };

/// The observable end state of a flow: Act-On rows and Salesforce values by e-mail.
struct EndState
{
    QMap<QString, QString> acton; ///< email → joined mapped columns
    QMap<QString, QString> salesforce;
    int actonRowCount = 0;
    int linkCount = 0;
};

EndState capture(Test::EngineFixture &fx, qint64 flow)
{
    EndState s;
    const auto rows = fx.listRows({}, &s.actonRowCount);
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        QStringList v;
        for (const QString &c : kActOnColumns)
            v.append(it.value().value(c).toVariant().toString());
        s.acton.insert(it.key(), v.join(u'|'));
    }
    for (const QString &object : { u"Lead"_s, u"Contact"_s }) {
        const auto recs = fx.sfRecords(object);
        for (auto it = recs.cbegin(); it != recs.cend(); ++it) {
            QStringList v { object };
            for (const QString &c : kSfColumns)
                v.append(it.value().value(c).toVariant().toString());
            s.salesforce.insert(it.key(), v.join(u'|'));
        }
    }
    s.linkCount = int(fx.links(flow).size());
    return s;
}

QString firstEmail(Test::EngineFixture &fx, const QString &object, int nth)
{
    QStringList emails = fx.sfRecords(object).keys();
    emails.sort();
    return emails.value(nth);
}

/// The same edits on both sides for every scenario (by e-mail, so fixtures agree).
void applyEdits(Test::EngineFixture &fx)
{
    const auto leads = fx.sfRecords(u"Lead"_s);
    const auto contacts = fx.sfRecords(u"Contact"_s);
    const QString a = firstEmail(fx, u"Lead"_s, 1);
    const QString b = firstEmail(fx, u"Lead"_s, 2);
    const QString c = firstEmail(fx, u"Contact"_s, 1);
    const QString d = firstEmail(fx, u"Lead"_s, 3);
    fx.patchSf(
        u"Lead"_s, leads.value(a).value(u"Id"_s).toString(), { { u"FirstName"_s, u"Resumed"_s } });
    fx.patchListRow(c, { { u"Business Phone"_s, u"+1 555 0199"_s }, { u"Score"_s, u"64"_s } });
    fx.patchListRow(b, { { u"Score"_s, u"91"_s } });
    fx.deleteSf(u"Lead"_s, leads.value(d).value(u"Id"_s).toString());
    fx.salesforce().advanceClock(120);
    Q_UNUSED(contacts);
}

} // namespace

class TestEngineResume : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedFullRunResumes_data();
    void killedFullRunResumes();
    void killedIncrementalRunResumes_data();
    void killedIncrementalRunResumes();

private:
    EndState m_afterFull;
    EndState m_afterEdits;
    Sandbox::DemoDataset m_world;
    QVariantMap m_settings;
};

void TestEngineResume::initTestCase()
{
    m_world = Sandbox::DemoDataset::generate(7, 90);
    // Small batches, so that a run has several of them to be killed between.
    m_settings = { { u"applyBatch"_s, 12 } };
    Test::EngineFixture ref(m_world);
    QVERIFY(ref.ok());
    const qint64 flow = ref.addF2Flow(Test::EngineFixture::salesforceMap(), m_settings);
    const RunOutcome first = ref.run(flow);
    QVERIFY2(first.succeeded(), qPrintable(first.message));
    m_afterFull = capture(ref, flow);
    QVERIFY(m_afterFull.acton.size() > 30);
    applyEdits(ref);
    const RunOutcome second = ref.run(flow);
    QVERIFY2(second.succeeded(), qPrintable(second.message));
    m_afterEdits = capture(ref, flow);
    QVERIFY(m_afterEdits.acton != m_afterFull.acton);
    QVERIFY(m_afterEdits.salesforce != m_afterFull.salesforce);
}

void TestEngineResume::killedFullRunResumes_data()
{
    QTest::addColumn<QString>("checkpoint");
    QTest::addColumn<int>("occurrence");
    QTest::newRow("after fetch") << u"after-fetch"_s << 1;
    QTest::newRow("written, not recorded") << u"before-batch-commit"_s << 2;
    QTest::newRow("between batches") << u"mid-apply"_s << 2;
    QTest::newRow("before cursor commit") << u"before-cursor-commit"_s << 1;
}

void TestEngineResume::killedFullRunResumes()
{
    QFETCH(QString, checkpoint);
    QFETCH(int, occurrence);
    Test::EngineFixture fx(m_world);
    QVERIFY(fx.ok());
    const qint64 flow = fx.addF2Flow(Test::EngineFixture::salesforceMap(), m_settings);
    int seen = 0;
    fx.engine().setKillHook(
        [&](const QString &cp) { return cp == checkpoint && ++seen == occurrence; });
    const RunOutcome killed = fx.run(flow);
    QCOMPARE(killed.summary.id, 0); // no end: the "process" died
    QCOMPARE(seen, occurrence);
    const QList<RunSummary> before = fx.runs(flow);
    QCOMPARE(before.first().status, RunStatus::Running);

    QVERIFY(fx.restartEngine());
    const RunSummary recovered = fx.runRow(before.first().id);
    QCOMPARE(recovered.status, RunStatus::Failed);
    QVERIFY(!recovered.errorSummary.isEmpty());
    QVERIFY(fx.needsFullSync(flow)); // the full run did not complete

    const RunOutcome resumed = fx.run(flow);
    QVERIFY2(resumed.succeeded(), qPrintable(resumed.message));
    QCOMPARE(resumed.summary.mode, RunMode::Full);
    const EndState end = capture(fx, flow);
    QCOMPARE(end.actonRowCount, end.acton.size()); // no duplicate contact
    QCOMPARE(end.acton, m_afterFull.acton);
    QCOMPARE(end.salesforce, m_afterFull.salesforce);
    QCOMPARE(end.linkCount, m_afterFull.linkCount);
    QCOMPARE(fx.cursors(flow).size(), 3);

    // Then the edits, and the same end state as without any crash.
    applyEdits(fx);
    const RunOutcome next = fx.run(flow);
    QVERIFY2(next.succeeded(), qPrintable(next.message));
    QCOMPARE(next.summary.mode, RunMode::Incremental);
    const EndState final = capture(fx, flow);
    QCOMPARE(final.acton, m_afterEdits.acton);
    QCOMPARE(final.salesforce, m_afterEdits.salesforce);
}

void TestEngineResume::killedIncrementalRunResumes_data()
{
    // An incremental run with these few edits is one batch.
    QTest::addColumn<QString>("checkpoint");
    QTest::addColumn<int>("occurrence");
    QTest::newRow("after fetch") << u"after-fetch"_s << 1;
    QTest::newRow("written, not recorded") << u"before-batch-commit"_s << 1;
    QTest::newRow("between batches") << u"mid-apply"_s << 1;
    QTest::newRow("before cursor commit") << u"before-cursor-commit"_s << 1;
}

void TestEngineResume::killedIncrementalRunResumes()
{
    QFETCH(QString, checkpoint);
    QFETCH(int, occurrence);
    Test::EngineFixture fx(m_world);
    QVERIFY(fx.ok());
    // One batch per group is enough here: the edits are few.
    QVariantMap settings = m_settings;
    settings.insert(u"applyBatch"_s, 1);
    const qint64 flow = fx.addF2Flow(Test::EngineFixture::salesforceMap(), settings);
    const RunOutcome first = fx.run(flow);
    QVERIFY2(first.succeeded(), qPrintable(first.message));
    const auto cursorsBefore = fx.cursors(flow);
    applyEdits(fx);

    int seen = 0;
    fx.engine().setKillHook(
        [&](const QString &cp) { return cp == checkpoint && ++seen == occurrence; });
    const RunOutcome killed = fx.run(flow);
    QCOMPARE(killed.summary.id, 0);
    QCOMPARE(seen, occurrence);
    // Cursors never move before the data they cover is applied and recorded.
    QCOMPARE(fx.cursors(flow), cursorsBefore);

    QVERIFY(fx.restartEngine());
    const RunOutcome resumed = fx.run(flow);
    QVERIFY2(resumed.succeeded(), qPrintable(resumed.message));
    QCOMPARE(resumed.summary.mode, RunMode::Incremental);
    const EndState end = capture(fx, flow);
    QCOMPARE(end.actonRowCount, end.acton.size());
    QCOMPARE(end.acton, m_afterEdits.acton);
    QCOMPARE(end.salesforce, m_afterEdits.salesforce);
    QCOMPARE(end.linkCount, m_afterEdits.linkCount);
    QVERIFY(fx.cursors(flow) != cursorsBefore); // not stuck

    // Nothing lost, nothing left: the next run writes nothing.
    const RunOutcome idle = fx.run(flow);
    QVERIFY(idle.succeeded());
    QCOMPARE(
        idle.summary.counts.created + idle.summary.counts.updated + idle.summary.counts.deleted, 0);
}

QTEST_GUILESS_MAIN(TestEngineResume)
#include "tst_engine_resume.moc"
