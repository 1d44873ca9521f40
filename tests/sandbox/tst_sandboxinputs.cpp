// Bounds of the numbers and files a person hands the sandbox: --faults values and JSON fault
// settings (finite, within documented limits) and --data-file (regular files of bounded size).

#include "core/sandbox/DemoDataset.h"
#include "core/sandbox/DemoDatasetJson.h"
#include "core/sandbox/FaultSettings.h"
#include "core/sandbox/acton/ActOnEmulator.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace LeadBridge::Sandbox;
using namespace Qt::StringLiterals;

class TestSandboxInputs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void badFaultSpecsAreRefused_data();
    void badFaultSpecsAreRefused();
    void goodFaultSpecsAtTheBounds();
    void badFaultJsonIsRefused_data();
    void badFaultJsonIsRefused();
    void soakFaultKnobs();
    void dataFileMustBeARegularFile();
    void dataFileSizeIsCapped();
};

void TestSandboxInputs::badFaultSpecsAreRefused_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("says");
    QTest::newRow("latency 3e9") << u"latency=3e9"_s << u"at most"_s;
    QTest::newRow("latency inf") << u"latency=inf"_s << u"finite"_s;
    QTest::newRow("latency nan") << u"latency=nan"_s << u"finite"_s;
    QTest::newRow("error nan") << u"error=nan"_s << u"finite"_s;
    QTest::newRow("error inf") << u"error=inf"_s << u"finite"_s;
    QTest::newRow("ratelimit -inf") << u"ratelimit=-inf"_s << u"finite"_s;
    QTest::newRow("jitter huge") << u"jitter=1e300"_s << u"at most"_s;
    QTest::newRow("drip huge") << u"drip=5e9"_s << u"at most"_s;
    QTest::newRow("failnext huge") << u"failnext=1e12"_s << u"at most"_s;
    QTest::newRow("failnext fraction") << u"failnext=2.5"_s << u"whole number"_s;
    QTest::newRow("jobpending huge") << u"jobpending=1e7"_s << u"at most"_s;
    QTest::newRow("jobpending negative") << u"jobpending=-1"_s << u"negative"_s;
    QTest::newRow("jobpending fraction") << u"jobpending=1.5"_s << u"whole number"_s;
    QTest::newRow("jobpending nan") << u"jobpending=nan"_s << u"finite"_s;
    QTest::newRow("tokenlifetime -5") << u"tokenlifetime=-5"_s << u"-1"_s;
    QTest::newRow("tokenlifetime huge") << u"tokenlifetime=1e10"_s << u"at most"_s;
    QTest::newRow("seed 2^40") << u"seed=1099511627776"_s << u"at most"_s;
    QTest::newRow("seed negative") << u"seed=-1"_s << u"negative"_s;
}

void TestSandboxInputs::badFaultSpecsAreRefused()
{
    QFETCH(QString, spec);
    QFETCH(QString, says);
    FaultSettings f;
    f.latencyMs = 7;
    QString error;
    QVERIFY2(!FaultSettings::parseSpec(spec, &f, &error), qPrintable(spec));
    QVERIFY2(error.contains(says), qPrintable(error));
    QCOMPARE(f.latencyMs, 7); // nothing half-applied
    QVERIFY(std::isfinite(f.errorRate));
}

void TestSandboxInputs::goodFaultSpecsAtTheBounds()
{
    FaultSettings f;
    QString error;
    QVERIFY2(FaultSettings::parseSpec(u"latency=600000,error=1,tokenlifetime=-1,seed=4294967295"_s,
                 &f, &error),
        qPrintable(error));
    QCOMPARE(f.latencyMs, FaultSettings::kMaxLatencyMs);
    QCOMPARE(f.errorRate, 1.0);
    QCOMPARE(f.tokenLifetimeSeconds, -1);
    QCOMPARE(f.seed, std::numeric_limits<quint32>::max());
}

void TestSandboxInputs::badFaultJsonIsRefused_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<double>("value");
    QTest::newRow("latencyMs 3e9") << u"latencyMs"_s << 3e9;
    QTest::newRow("latencyMs inf") << u"latencyMs"_s << std::numeric_limits<double>::infinity();
    QTest::newRow("errorRate nan") << u"errorRate"_s << std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("rateLimitNext 1e15") << u"rateLimitNext"_s << 1e15;
    QTest::newRow("tokenLifetimeSeconds -2e9") << u"tokenLifetimeSeconds"_s << -2e9;
}

void TestSandboxInputs::badFaultJsonIsRefused()
{
    QFETCH(QString, key);
    QFETCH(double, value);
    FaultSettings base;
    base.latencyMs = 11;
    QJsonObject json;
    json.insert(key, value);
    QString error;
    const FaultSettings out = FaultSettings::fromJson(json, base, &error);
    QVERIFY2(!error.isEmpty(), qPrintable(key));
    QCOMPARE(out.latencyMs, 11);
    QCOMPARE(out.rateLimitNext, 0);
    QCOMPARE(out.tokenLifetimeSeconds, -1);
}

void TestSandboxInputs::soakFaultKnobs()
{
    FaultSettings f;
    QString error;
    QVERIFY2(FaultSettings::parseSpec(u"redirect=1,oversize=0.25,tokenexpiryevery=3"_s, &f, &error),
        qPrintable(error));
    QCOMPARE(f.redirectRate, 1.0);
    QCOMPARE(f.oversizeRate, 0.25);
    QCOMPARE(f.tokenExpiryEvery, 3);
    QVERIFY2(FaultSettings::parseSpec(u"jobpending=4"_s, &f, &error), qPrintable(error));
    QCOMPARE(f.jobPendingNext, 4);
    QCOMPARE(f.toJson().value(u"jobPendingNext"_s).toInt(), 4);
    QCOMPARE(FaultSettings::fromJson(QJsonObject { { u"jobPendingNext"_s, 2 } }, FaultSettings())
                 .jobPendingNext,
        2);
    QVERIFY(!FaultSettings::parseSpec(u"redirect=2"_s, &f, &error));
    QVERIFY(!FaultSettings::parseSpec(u"tokenexpiryevery=nan"_s, &f, &error));
    QCOMPARE(FaultSettings::fromJson(f.toJson(), FaultSettings()).toJson(), f.toJson());

    ActOnEmulator emu;
    SandboxRequest req;
    req.method = "GET";
    req.path = u"/api/1/list"_s;
    req.queryItems = { { u"offset"_s, u"0"_s }, { u"q"_s, u"a+b c"_s } };
    FaultSettings redirect;
    redirect.redirectRate = 1.0;
    emu.setFaults(redirect);
    const SandboxResponse r = emu.dispatch(req);
    QCOMPARE(r.status, 307);
    // The same URL again (relative: same origin), every query value percent-encoded.
    QCOMPARE(r.header("Location"), QByteArray("/api/1/list?offset=0&q=a%2Bb%20c"));
    FaultSettings oversize;
    oversize.oversizeRate = 1.0;
    oversize.tokenExpiryEvery = 2;
    emu.setFaults(oversize);
    const SandboxResponse big = emu.dispatch(req);
    QCOMPARE(big.declaredLength, qint64(1) << 30);
    QVERIFY(big.body.size() < 1024 * 1024);
    const QJsonObject faults = emu.counters().value(u"faults"_s).toObject();
    QCOMPARE(faults.value(u"redirect"_s).toInt(), 1);
    QCOMPARE(faults.value(u"oversize"_s).toInt(), 1);
    QCOMPARE(faults.value(u"tokenExpiry"_s).toInt(), 1); // the 2nd call
}

void TestSandboxInputs::dataFileMustBeARegularFile()
{
    DemoDataset data;
    QString error;
    // Before the check, /dev/zero was read until memory ran out.
    QVERIFY(QFile::exists(u"/dev/zero"_s));
    QVERIFY(!DemoDatasetJson::load(u"/dev/zero"_s, &data, &error));
    QVERIFY2(error.contains(u"not a regular file"_s), qPrintable(error));
    QTemporaryDir dir;
    QVERIFY(!DemoDatasetJson::load(dir.path(), &data, &error));
    QVERIFY2(error.contains(u"not a regular file"_s), qPrintable(error));
}

void TestSandboxInputs::dataFileSizeIsCapped()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"big.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // A sparse file one byte over the cap: costs no disk, would cost 256 MiB to read whole.
    QVERIFY(file.resize(DemoDatasetJson::kMaxFileBytes + 1));
    file.close();
    DemoDataset data;
    QString error;
    QVERIFY(!DemoDatasetJson::load(path, &data, &error));
    QVERIFY2(error.contains(u"larger than 256 MB"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestSandboxInputs)
#include "tst_sandboxinputs.moc"
