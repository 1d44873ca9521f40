#include "core/net/RateLimiter.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <limits>

#include <memory>

using namespace LeadBridge;
using Window = RateLimiter::Window;

namespace {

/// A clock the test moves by hand.
struct FakeClock
{
    qint64 now = 1000;
    RateLimiter::Clock fn()
    {
        return [this] { return now; };
    }
};

QList<Window> perSecond(int n)
{
    return { { n, 1000, QStringLiteral("per second") } };
}

} // namespace

class TestRateLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slidingWindows_data();
    void slidingWindows();
    void coolDownBlocksAndNeverShortens();
    void coolDownIsClamped_data();
    void coolDownIsClamped();
    void serverUsageBlocksAtLimit();
    void parseApiUsage_data();
    void parseApiUsage();
    void actOnDailyQuota();
    void answeredCallsCountFromTheAnswer();
    void sentCallsCountFromTheirSending();
    void usageForDisplay();
    void acquireSchedulesFifoWithoutSleeping();
    void cancelAndDeadContextDropCallbacks();
};

void TestRateLimiter::slidingWindows_data()
{
    QTest::addColumn<QList<Window>>("windows");
    QTest::addColumn<QList<qint64>>("callTimes"); // offsets from the start, one tryAcquire each
    QTest::addColumn<QList<bool>>("granted");
    QTest::addColumn<qint64>("checkAt");
    QTest::addColumn<qint64>("expectedWait");
    QTest::addColumn<QString>("reason");

    QTest::newRow("5/s: five at once, sixth refused")
        << perSecond(5) << QList<qint64> { 0, 0, 0, 0, 0, 0 }
        << QList<bool> { true, true, true, true, true, false } << qint64(0) << qint64(1000)
        << QStringLiteral("per second");
    QTest::newRow("5/s: one ms before the window slides")
        << perSecond(5) << QList<qint64> { 0, 0, 0, 0, 0 }
        << QList<bool> { true, true, true, true, true } << qint64(999) << qint64(1)
        << QStringLiteral("per second");
    QTest::newRow("5/s: free again after a second")
        << perSecond(5) << QList<qint64> { 0, 0, 0, 0, 0 }
        << QList<bool> { true, true, true, true, true } << qint64(1000) << qint64(0) << QString();
    QTest::newRow("5/s: sliding, not fixed buckets")
        << perSecond(5) << QList<qint64> { 0, 200, 400, 600, 800, 1000, 1001 }
        << QList<bool> { true, true, true, true, true, true, false } << qint64(1001) << qint64(199)
        << QStringLiteral("per second");
    QTest::newRow("two windows: the longer one decides")
        << QList<Window> { { 5, 1000, QStringLiteral("per second") },
               { 7, 10'000, QStringLiteral("per 10 s") } }
        << QList<qint64> { 0, 0, 0, 0, 0, 1000, 1000, 1000 }
        << QList<bool> { true, true, true, true, true, true, true, false } << qint64(1000)
        << qint64(9000) << QStringLiteral("per 10 s");
    QTest::newRow("two windows: short one decides when the long has room")
        << QList<Window> { { 2, 1000, QStringLiteral("per second") },
               { 100, 60'000, QStringLiteral("per minute") } }
        << QList<qint64> { 0, 500, 600 } << QList<bool> { true, true, false } << qint64(600)
        << qint64(400) << QStringLiteral("per second");
    QTest::newRow("no windows: never waits")
        << QList<Window> {} << QList<qint64> { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }
        << QList<bool>(10, true) << qint64(0) << qint64(0) << QString();
}

void TestRateLimiter::slidingWindows()
{
    QFETCH(QList<Window>, windows);
    QFETCH(QList<qint64>, callTimes);
    QFETCH(QList<bool>, granted);
    QFETCH(qint64, checkAt);
    QFETCH(qint64, expectedWait);
    QFETCH(QString, reason);

    FakeClock clock;
    const qint64 start = clock.now;
    RateLimiter limiter(windows);
    limiter.setClock(clock.fn());
    for (qsizetype i = 0; i < callTimes.size(); ++i) {
        clock.now = start + callTimes.at(i);
        QCOMPARE(limiter.tryAcquire(), granted.at(i));
    }
    clock.now = start + checkAt;
    QCOMPARE(limiter.nextSlotIn(), expectedWait);
    QCOMPARE(limiter.blockingReason(), reason);
    QVERIFY(!limiter.quotaExhausted());
}

void TestRateLimiter::coolDownIsClamped_data()
{
    QTest::addColumn<qint64>("requested");
    QTest::addColumn<qint64>("expected");
    const qint64 day = RateLimiter::kMaxCoolDownMs;
    QTest::newRow("negative") << qint64(-5000) << qint64(0);
    QTest::newRow("qint64 min") << std::numeric_limits<qint64>::min() << qint64(0);
    QTest::newRow("one hour") << qint64(3600 * 1000) << qint64(3600 * 1000);
    QTest::newRow("a year") << qint64(365) * day << day;
    QTest::newRow("qint64 max") << std::numeric_limits<qint64>::max() << day;
}

void TestRateLimiter::coolDownIsClamped()
{
    QFETCH(qint64, requested);
    QFETCH(qint64, expected);
    FakeClock clock;
    clock.now = 1'000'000;
    RateLimiter limiter(perSecond(5));
    limiter.setClock(clock.fn());
    limiter.coolDown(requested);
    // Before the clamp qint64 max overflowed now() + ms into the past (no pause at all)
    // and a year-long Retry-After froze the account for a year.
    QCOMPARE(limiter.nextSlotIn(), expected);
    QCOMPARE(limiter.usage().coolDownRemainingMs, expected);
    clock.now += expected;
    QCOMPARE(limiter.nextSlotIn(), 0);
}

void TestRateLimiter::coolDownBlocksAndNeverShortens()
{
    FakeClock clock;
    RateLimiter limiter(perSecond(5));
    limiter.setClock(clock.fn());
    QCOMPARE(limiter.nextSlotIn(), 0);
    limiter.coolDown(3000);
    QCOMPARE(limiter.nextSlotIn(), 3000);
    QCOMPARE(limiter.blockingReason(), QStringLiteral("cool-down"));
    QVERIFY(!limiter.tryAcquire());
    limiter.coolDown(500); // a shorter cool-down must not cut the longer one
    QCOMPARE(limiter.nextSlotIn(), 3000);
    clock.now += 2500;
    QCOMPARE(limiter.nextSlotIn(), 500);
    QCOMPARE(limiter.usage().coolDownRemainingMs, 500);
    clock.now += 500;
    QCOMPARE(limiter.nextSlotIn(), 0);
    QVERIFY(limiter.tryAcquire());
    QVERIFY(!limiter.quotaExhausted()); // a cool-down is not a used-up quota
}

void TestRateLimiter::serverUsageBlocksAtLimit()
{
    FakeClock clock;
    RateLimiter limiter(RateLimiter::salesforceWindows());
    limiter.setClock(clock.fn());
    QSignalSpy changed(&limiter, &RateLimiter::usageChanged);
    limiter.applyServerUsage(4998, 5000);
    QCOMPARE(changed.count(), 1);
    QVERIFY(limiter.tryAcquire());
    QVERIFY(limiter.tryAcquire());
    QVERIFY(!limiter.tryAcquire()); // local calls since the report count on top
    QVERIFY(limiter.quotaExhausted());
    QCOMPARE(limiter.blockingReason(), QStringLiteral("server"));
    QVERIFY(limiter.nextSlotIn() >= 60 * 60 * 1000);
    QCOMPARE(limiter.usage().serverUsed, 5000);
    QCOMPARE(limiter.usage().serverLimit, 5000);
    // A fresh report (the rolling day moved on) frees calls again.
    limiter.applyServerUsage(4000, 5000);
    QVERIFY(!limiter.quotaExhausted());
    QVERIFY(limiter.tryAcquire());
    QCOMPARE(limiter.usage().serverUsed, 4001);
}

void TestRateLimiter::parseApiUsage_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("used"); // -1 = not parsed
    QTest::addColumn<qint64>("limit");
    QTest::newRow("plain") << QByteArray("api-usage=18/5000") << qint64(18) << qint64(5000);
    QTest::newRow("with bursts") << QByteArray("api-usage=10018/100000; api-bursts=1/750")
                                 << qint64(10018) << qint64(100000);
    QTest::newRow("org usage after per-app")
        << QByteArray("per-app-api-usage=17/250(appName=sample); api-usage=25/15000") << qint64(25)
        << qint64(15000);
    QTest::newRow("per-app only is not the org limit")
        << QByteArray("per-app-api-usage=17/250(appName=sample-connected-app)") << qint64(-1)
        << qint64(-1);
    QTest::newRow("zero limit") << QByteArray("api-usage=5/0") << qint64(-1) << qint64(-1);
    QTest::newRow("garbage") << QByteArray("api-usage=lots") << qint64(-1) << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1) << qint64(-1);
}

void TestRateLimiter::parseApiUsage()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, used);
    QFETCH(qint64, limit);
    const auto parsed = RateLimiter::parseApiUsage(header);
    if (used < 0) {
        QVERIFY(!parsed.has_value());
        return;
    }
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->first, used);
    QCOMPARE(parsed->second, limit);
}

void TestRateLimiter::actOnDailyQuota()
{
    FakeClock clock;
    const qint64 start = clock.now;
    RateLimiter limiter(RateLimiter::actOnWindows());
    limiter.setClock(clock.fn());
    // 30,000 calls at exactly 5 per second all fit (100 minutes of calls).
    for (int i = 0; i < 30000; ++i) {
        clock.now = start + qint64(i / 5) * 1000;
        QVERIFY2(limiter.tryAcquire(), qPrintable(QString::number(i)));
    }
    clock.now += 1000;
    QVERIFY(!limiter.tryAcquire());
    QVERIFY(limiter.quotaExhausted());
    QCOMPARE(limiter.blockingReason(), QStringLiteral("per day"));
    // Free again when the first calls leave the 24 h window.
    QCOMPARE(limiter.nextSlotIn(), start + 24 * 3600 * 1000 - clock.now);
    const auto u = limiter.usage();
    QCOMPARE(u.windows.size(), 2);
    QCOMPARE(u.windows.at(1).used, 30000);
    QCOMPARE(u.windows.at(0).used, 0);
    clock.now = start + 24 * 3600 * 1000;
    QVERIFY(!limiter.quotaExhausted());
    QVERIFY(limiter.tryAcquire());
}

void TestRateLimiter::answeredCallsCountFromTheAnswer()
{
    // A slow upload: granted at 0, answered at 800 ms. The server counted it on arrival, so
    // the per-second window must run from the answer, not from the grant.
    FakeClock clock;
    const qint64 start = clock.now;
    RateLimiter limiter(RateLimiter::actOnWindows());
    limiter.setClock(clock.fn());
    QList<qint64> grants;
    for (int i = 0; i < 5; ++i) {
        QVERIFY(limiter.tryAcquire());
        grants.append(limiter.lastGrantAt());
    }
    QCOMPARE(grants.first(), start);
    clock.now = start + 800;
    for (qint64 g : grants)
        limiter.callAnswered(g);
    // Counted from the grants the window would be free at 1000 ms; from the answers it is not.
    clock.now = start + 1000;
    QVERIFY(!limiter.tryAcquire());
    QCOMPARE(limiter.nextSlotIn(), 800);
    clock.now = start + 1800;
    QVERIFY(limiter.tryAcquire());
    // The daily count still holds each call once.
    QCOMPARE(limiter.usage().windows.at(1).used, 6);

    // A call answered after its stamp left a short window is counted again at its answer.
    clock.now = start + 10000;
    QVERIFY(limiter.tryAcquire());
    const qint64 slow = limiter.lastGrantAt();
    clock.now = start + 12500;
    QCOMPARE(limiter.usage().windows.at(0).used, 0);
    limiter.callAnswered(slow);
    QCOMPARE(limiter.usage().windows.at(0).used, 1);
    QCOMPARE(limiter.usage().windows.at(1).used, 7);
    // Unknown or future stamps change nothing.
    limiter.callAnswered(-1);
    limiter.callAnswered(clock.now + 5);
    QCOMPARE(limiter.usage().windows.at(1).used, 7);
}

void TestRateLimiter::sentCallsCountFromTheirSending()
{
    // Five uploads granted at 0 finish sending at 300 ms and are answered at 2 s: the
    // server counted them at 300 ms, so the window frees at 1300 ms, not at 3000 ms.
    FakeClock clock;
    const qint64 start = clock.now;
    RateLimiter limiter(RateLimiter::actOnWindows());
    limiter.setClock(clock.fn());
    QList<qint64> stamps;
    for (int i = 0; i < 5; ++i) {
        QVERIFY(limiter.tryAcquire());
        stamps.append(limiter.lastGrantAt());
    }
    clock.now = start + 300;
    for (qint64 &s : stamps) {
        s = limiter.callSent(s);
        QCOMPARE(s, start + 300);
    }
    clock.now = start + 1000;
    QVERIFY(!limiter.tryAcquire());
    QCOMPARE(limiter.nextSlotIn(), 300);
    clock.now = start + 1300;
    QVERIFY(limiter.tryAcquire());
    QCOMPARE(limiter.usage().windows.at(0).used, 1);
    QCOMPARE(limiter.usage().windows.at(1).used, 6);

    // An upload that takes longer than the window is counted again when it ends.
    const qint64 slow = limiter.lastGrantAt();
    clock.now = start + 4000;
    QCOMPARE(limiter.usage().windows.at(0).used, 0);
    QCOMPARE(limiter.callSent(slow), start + 4000);
    QCOMPARE(limiter.usage().windows.at(0).used, 1);
    QCOMPARE(limiter.usage().windows.at(1).used, 6);
    // Unknown or future stamps change nothing.
    QCOMPARE(limiter.callSent(-1), -1);
    QCOMPARE(limiter.callSent(clock.now + 5), -1);
    QCOMPARE(limiter.usage().windows.at(1).used, 6);
}

void TestRateLimiter::usageForDisplay()
{
    FakeClock clock;
    RateLimiter limiter(RateLimiter::actOnWindows());
    limiter.setClock(clock.fn());
    for (int i = 0; i < 3; ++i)
        QVERIFY(limiter.tryAcquire());
    limiter.recordCall(); // counted even when made around the limiter
    const auto u = limiter.usage();
    QCOMPARE(u.windows.at(0).limit, 5);
    QCOMPARE(u.windows.at(0).periodMs, 1000);
    QCOMPARE(u.windows.at(0).used, 4);
    QCOMPARE(u.windows.at(1).limit, 30000);
    QCOMPARE(u.windows.at(1).used, 4);
    QCOMPARE(u.callsGranted, 4);
    QCOMPARE(u.serverUsed, -1);
    QCOMPARE(u.queued, 0);
}

void TestRateLimiter::acquireSchedulesFifoWithoutSleeping()
{
    RateLimiter limiter({ { 3, 200, QStringLiteral("per 200 ms") } });
    QElapsedTimer timer;
    timer.start();
    QList<int> order;
    QList<qint64> at;
    QObject context;
    for (int i = 0; i < 7; ++i) {
        limiter.acquire(&context, [&, i](qint64) {
            order.append(i);
            at.append(timer.elapsed());
        });
    }
    // Never granted inside acquire(): the caller's state is safe.
    QVERIFY(order.isEmpty());
    QCOMPARE(limiter.usage().queued, 7);
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 7, 3000);
    QCOMPARE(order, (QList<int> { 0, 1, 2, 3, 4, 5, 6 }));
    QVERIFY2(at.at(2) < 150, qPrintable(QString::number(at.at(2))));
    QVERIFY2(at.at(3) >= 195, qPrintable(QString::number(at.at(3))));
    QVERIFY2(at.at(6) >= 395, qPrintable(QString::number(at.at(6))));
    const auto u = limiter.usage();
    QCOMPARE(u.callsGranted, 7);
    QVERIFY(u.waits >= 4);
    QVERIFY(u.totalWaitMs >= 4 * 195);
    QCOMPARE(u.queued, 0);
}

void TestRateLimiter::cancelAndDeadContextDropCallbacks()
{
    RateLimiter limiter(perSecond(1));
    QVERIFY(limiter.tryAcquire()); // the next slot is a second away
    QObject keep;
    auto gone = std::make_unique<QObject>();
    int keptCalls = 0;
    int cancelledCalls = 0;
    int goneCalls = 0;
    const quint64 t1 = limiter.acquire(&keep, [&](qint64) { ++cancelledCalls; });
    limiter.acquire(gone.get(), [&](qint64) { ++goneCalls; });
    limiter.acquire(&keep, [&](qint64 waited) {
        ++keptCalls;
        QVERIFY(waited >= 900);
    });
    QVERIFY(limiter.cancel(t1));
    QVERIFY(!limiter.cancel(t1));
    gone.reset();
    QTRY_COMPARE_WITH_TIMEOUT(keptCalls, 1, 3000);
    QCOMPARE(cancelledCalls, 0);
    QCOMPARE(goneCalls, 0);
    // The dropped callers took no slots.
    QCOMPARE(limiter.usage().callsGranted, 2);
}

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
