// F2 under a hostile network: the emulators answer with 5xx errors, rate-limit answers,
// expired tokens and latency. Runs must still complete and end in exactly the state of the
// same runs without faults (Act-On rows, Salesforce values, links, no duplicates).
#include "core/engine/SyncEngine.h"
#include "core/sandbox/DemoDataset.h"
#include "core/sandbox/FaultSettings.h"
#include "tests/support/EngineFixture.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace LeadBridge;
using namespace Qt::StringLiterals;

namespace {

struct EndState
{
    QMap<QString, QString> acton;
    QMap<QString, QString> salesforce;
    int actonRowCount = 0;
    int linkCount = 0;
    bool operator==(const EndState &) const = default;
};

EndState capture(Test::EngineFixture &fx, qint64 flow)
{
    EndState s;
    const auto rows = fx.listRows({}, &s.actonRowCount);
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        QStringList v;
        for (const QString &c : { u"First Name"_s, u"Last Name"_s, u"Company"_s, u"Job Title"_s,
                 u"Business Phone"_s, u"Opt-Out"_s })
            v.append(it.value().value(c).toVariant().toString());
        s.acton.insert(it.key(), v.join(u'|'));
    }
    for (const QString &object : { u"Lead"_s, u"Contact"_s }) {
        const auto recs = fx.sfRecords(object);
        for (auto it = recs.cbegin(); it != recs.cend(); ++it) {
            QStringList v { object };
            for (const QString &c : { u"FirstName"_s, u"LastName"_s, u"Phone"_s, u"Score__c"_s,
                     u"HasOptedOutOfEmail"_s, u"EmailBouncedReason"_s })
                v.append(it.value().value(c).toVariant().toString());
            s.salesforce.insert(it.key(), v.join(u'|'));
        }
    }
    s.linkCount = int(fx.links(flow).size());
    return s;
}

QString nthEmail(Test::EngineFixture &fx, const QString &object, int nth)
{
    QStringList emails = fx.sfRecords(object).keys();
    emails.sort();
    return emails.value(nth);
}

void applyEdits(Test::EngineFixture &fx)
{
    const auto leads = fx.sfRecords(u"Lead"_s);
    const QString a = nthEmail(fx, u"Lead"_s, 0);
    const QString b = nthEmail(fx, u"Contact"_s, 0);
    const QString d = nthEmail(fx, u"Lead"_s, 4);
    fx.patchSf(
        u"Lead"_s, leads.value(a).value(u"Id"_s).toString(), { { u"LastName"_s, u"Faulty"_s } });
    fx.patchListRow(b, { { u"Score"_s, u"77"_s }, { u"Business Phone"_s, u"+49 30 1234567"_s } });
    fx.deleteSf(u"Lead"_s, leads.value(d).value(u"Id"_s).toString());
    fx.salesforce().advanceClock(120);
}

} // namespace

class TestEngineFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void faultsGiveTheSameFinalState();
    void quotaExhaustedFailsWithOneSentence();

private:
    Sandbox::DemoDataset m_world;
    EndState m_full;
    EndState m_edited;
};

void TestEngineFaults::initTestCase()
{
    m_world = Sandbox::DemoDataset::generate(11, 70);
    Test::EngineFixture ref(m_world);
    QVERIFY(ref.ok());
    const qint64 flow = ref.addF2Flow();
    const RunOutcome first = ref.run(flow);
    QVERIFY2(first.succeeded(), qPrintable(first.message));
    m_full = capture(ref, flow);
    applyEdits(ref);
    const RunOutcome second = ref.run(flow);
    QVERIFY2(second.succeeded(), qPrintable(second.message));
    m_edited = capture(ref, flow);
}

void TestEngineFaults::faultsGiveTheSameFinalState()
{
    Test::EngineFixture fx(m_world);
    QVERIFY(fx.ok());
    const qint64 flow = fx.addF2Flow();
    Sandbox::FaultSettings faults;
    faults.latencyMs = 15;
    faults.latencyJitterMs = 20;
    faults.errorRate = 0.12;
    faults.rateLimitRate = 0.08;
    faults.seed = 5;
    for (Sandbox::Emulator *e : { static_cast<Sandbox::Emulator *>(&fx.acton()),
             static_cast<Sandbox::Emulator *>(&fx.salesforce()) })
        e->setFaults(faults);
    // Tokens expire while the run is under way.
    QTimer::singleShot(400, &fx.salesforce(), [&fx] {
        fx.control(fx.salesforce(), "POST", u"/_sandbox/tokens/expire"_s);
        fx.control(fx.acton(), "POST", u"/_sandbox/tokens/expire"_s);
    });
    QSignalSpy progress(&fx.engine(), &SyncEngine::progress);
    const RunOutcome first = fx.run(flow, false, false, 300000);
    QVERIFY2(first.succeeded(), qPrintable(first.message));
    QVERIFY(first.summary.callsUsed > 0);
    // The faults were real: the run waited for rate limits and retried.
    QVERIFY(!progress.isEmpty());
    const RunProgress last = progress.last().first().value<RunProgress>();
    QVERIFY2(last.rateLimitWaits > 0, qPrintable(QString::number(last.rateLimitWaits)));
    QVERIFY(last.callsUsed > 0);

    // Faults off while the test edits (the control API ignores faults anyway).
    EndState afterFull = capture(fx, flow);
    QCOMPARE(afterFull.actonRowCount, afterFull.acton.size());
    QCOMPARE(afterFull, m_full);

    applyEdits(fx);
    fx.control(fx.salesforce(), "POST", u"/_sandbox/tokens/expire"_s);
    QCOMPARE(fx.lastStatus(), 200);
    fx.control(fx.acton(), "POST", u"/_sandbox/tokens/expire"_s);
    const RunOutcome second = fx.run(flow, false, false, 300000);
    QVERIFY2(second.succeeded(), qPrintable(second.message));
    const EndState final = capture(fx, flow);
    QCOMPARE(final.actonRowCount, final.acton.size());
    QCOMPARE(final, m_edited);
}

void TestEngineFaults::quotaExhaustedFailsWithOneSentence()
{
    Test::EngineFixture fx(m_world);
    QVERIFY(fx.ok());
    const qint64 flow = fx.addF2Flow();
    fx.salesforce().setDailyApiLimit(1);
    const RunOutcome out = fx.run(flow, false, false, 120000);
    QCOMPARE(out.summary.status, RunStatus::Failed);
    QVERIFY(!out.message.isEmpty());
    QVERIFY(!out.message.contains(u'\n'));
    QVERIFY2(out.message.contains(u"Salesforce"_s), qPrintable(out.message));
    QCOMPARE(fx.runRow(out.summary.id).errorSummary, out.message);
    QVERIFY(fx.cursors(flow).isEmpty()); // nothing claimed as synced
    QVERIFY(fx.needsFullSync(flow));
    // With the allowance back, the next run completes.
    fx.salesforce().setDailyApiLimit(100000);
    const RunOutcome again = fx.run(flow, false, false, 120000);
    QVERIFY2(again.succeeded(), qPrintable(again.message));
    QCOMPARE(capture(fx, flow), m_full);
}

QTEST_GUILESS_MAIN(TestEngineFaults)
#include "tst_engine_faults.moc"
