// The emulator framework itself: routing, control API, counters and each fault,
// spoken to over real HTTP on loopback.
#include "core/sandbox/Emulator.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace LeadBridge::Sandbox;

namespace {
class EchoEmulator : public Emulator
{
public:
    EchoEmulator()
        : Emulator(QStringLiteral("echo"))
    {
        addRoute("GET", QStringLiteral("/v1/things/{id}"), QStringLiteral("thing.get"),
                 [](const SandboxRequest &r) {
                     return SandboxResponse::json(
                         200, QJsonObject{{QStringLiteral("id"), r.param(QStringLiteral("id"))},
                                          {QStringLiteral("q"), r.query(u"PageOffset")},
                                          {QStringLiteral("padding"), QString(400, u'x')}});
                 });
        addRoute("POST", QStringLiteral("/v1/things"), QStringLiteral("thing.create"),
                 [](const SandboxRequest &r) {
                     return SandboxResponse::json(
                         201, QJsonObject{{QStringLiteral("email"), r.form(u"EMAIL")}});
                 });
    }

protected:
    SandboxResponse rateLimitResponse(const SandboxRequest &) override
    {
        return SandboxResponse::json(429, QJsonObject{{QStringLiteral("message"),
                                                       QStringLiteral("slow down")}})
            .setHeader("Retry-After", "2");
    }
};

struct Reply
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};
} // namespace

class TestEmulatorBase : public QObject
{
    Q_OBJECT

private:
    Reply call(const QByteArray &verb, const QString &path, const QByteArray &body = {},
               const QByteArray &contentType = "application/json")
    {
        QNetworkRequest req(m_emu->baseUrl().resolved(QUrl(path)));
        req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        QNetworkReply *reply = m_nam.sendCustomRequest(req, verb, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10000);
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.error = reply->error();
        reply->deleteLater();
        return r;
    }

    QNetworkAccessManager m_nam;
    std::unique_ptr<EchoEmulator> m_emu;

private slots:
    void init()
    {
        m_emu = std::make_unique<EchoEmulator>();
        QVERIFY(m_emu->listen());
        QCOMPARE(m_emu->baseUrl().host(), QStringLiteral("127.0.0.1"));
    }

    void routesWithParamsAndCaseInsensitiveQuery()
    {
        const Reply r = call("GET", QStringLiteral("/v1/things/abc?pageoffset=3"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"id").toString(), QStringLiteral("abc"));
        QCOMPARE(r.json().value(u"q").toString(), QStringLiteral("3"));
    }

    void formBodiesAreDecoded()
    {
        const Reply r = call("POST", QStringLiteral("/v1/things"),
                             "email=john%40acme.com&x=a+b", "application/x-www-form-urlencoded");
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json().value(u"email").toString(), QStringLiteral("john@acme.com"));
    }

    void unknownPathAndWrongMethod()
    {
        QCOMPARE(call("GET", QStringLiteral("/nope")).status, 404);
        QCOMPARE(call("DELETE", QStringLiteral("/v1/things/abc")).status, 405);
    }

    void countersCountPerEndpointAndReset()
    {
        call("GET", QStringLiteral("/v1/things/1"));
        call("GET", QStringLiteral("/v1/things/2"));
        call("POST", QStringLiteral("/v1/things"), "email=a");
        const QJsonObject c = call("GET", QStringLiteral("/_sandbox/counters")).json();
        QCOMPARE(c.value(u"total").toInt(), 3);
        QCOMPARE(c.value(u"calls").toObject().value(u"thing.get").toInt(), 2);
        QCOMPARE(c.value(u"calls").toObject().value(u"thing.create").toInt(), 1);
        call("POST", QStringLiteral("/_sandbox/counters/reset"));
        QCOMPARE(call("GET", QStringLiteral("/_sandbox/counters")).json().value(u"total").toInt(), 0);
    }

    void faultsViaControlEndpoint()
    {
        Reply set = call("PATCH", QStringLiteral("/_sandbox/faults"),
                         R"({"failNext":2,"rateLimitNext":1})");
        QCOMPARE(set.status, 200);
        QCOMPARE(set.json().value(u"failNext").toInt(), 2);
        // rate limit is checked first, then the two failures, then normal service
        Reply r1 = call("GET", QStringLiteral("/v1/things/1"));
        QCOMPARE(r1.status, 429);
        QCOMPARE(call("GET", QStringLiteral("/v1/things/1")).status, 503);
        QCOMPARE(call("GET", QStringLiteral("/v1/things/1")).status, 503);
        QCOMPARE(call("GET", QStringLiteral("/v1/things/1")).status, 200);
    }

    void badFaultSettingsAreRejected()
    {
        QCOMPARE(call("PATCH", QStringLiteral("/_sandbox/faults"), R"({"errorRate":3})").status, 400);
        QCOMPARE(call("PATCH", QStringLiteral("/_sandbox/faults"), R"({"bogus":1})").status, 400);
        QCOMPARE(call("PATCH", QStringLiteral("/_sandbox/faults"), "not json").status, 400);
        QCOMPARE(m_emu->faults().errorRate, 0.0);
    }

    void truncatedAndMalformedBodies()
    {
        const Reply whole = call("GET", QStringLiteral("/v1/things/1"));
        FaultSettings f;
        f.truncateNext = 1;
        f.malformedNext = 1;
        m_emu->setFaults(f);
        const Reply cut = call("GET", QStringLiteral("/v1/things/1"));
        QCOMPARE(cut.body.size(), whole.body.size() / 2);
        const Reply bad = call("GET", QStringLiteral("/v1/things/1"));
        QJsonParseError err;
        QJsonDocument::fromJson(bad.body, &err);
        QVERIFY(err.error != QJsonParseError::NoError);
        QCOMPARE(call("GET", QStringLiteral("/v1/things/1")).body, whole.body);
    }

    void latencyDelaysWithoutBlockingControl()
    {
        FaultSettings f;
        f.latencyMs = 300;
        m_emu->setFaults(f);
        QElapsedTimer t;
        t.start();
        QCOMPARE(call("GET", QStringLiteral("/v1/things/1")).status, 200);
        QVERIFY2(t.elapsed() >= 290, qPrintable(QString::number(t.elapsed())));
        // Control calls are never delayed: with 5 s of latency the health check still answers
        // well before it (the margin keeps a loaded machine from failing the test).
        f.latencyMs = 5000;
        m_emu->setFaults(f);
        t.restart();
        QCOMPARE(call("GET", QStringLiteral("/_sandbox/health")).status, 200);
        QVERIFY2(t.elapsed() < 2500, qPrintable(QString::number(t.elapsed())));
    }

    void slowDripDeliversWholeBody()
    {
        const Reply whole = call("GET", QStringLiteral("/v1/things/1"));
        FaultSettings f;
        f.dripBytesPerSecond = 2000; // ~450 bytes -> ~0.2 s
        m_emu->setFaults(f);
        QElapsedTimer t;
        t.start();
        const Reply slow = call("GET", QStringLiteral("/v1/things/1"));
        QCOMPARE(slow.body, whole.body);
        QVERIFY2(t.elapsed() >= 150, qPrintable(QString::number(t.elapsed())));
    }

    void clockAdvances()
    {
        const QDateTime before = m_emu->now();
        const Reply r = call("POST", QStringLiteral("/_sandbox/clock"), R"({"advanceSeconds":3600})");
        QCOMPARE(r.status, 200);
        const QDateTime after = QDateTime::fromString(r.json().value(u"now").toString(), Qt::ISODateWithMs);
        QVERIFY(before.secsTo(after) >= 3599);
        QCOMPARE(call("POST", QStringLiteral("/_sandbox/clock"), R"({"x":1})").status, 400);
    }

    void faultSpecParsing_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<bool>("ok");
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("full") << QStringLiteral("latency=50,error=0.1,ratelimit=0.05,drip=100,tokenlifetime=60,seed=7") << true;
        QTest::newRow("rate>1") << QStringLiteral("error=2") << false;
        QTest::newRow("unknown") << QStringLiteral("speed=3") << false;
        QTest::newRow("no value") << QStringLiteral("latency") << false;
        QTest::newRow("negative") << QStringLiteral("latency=-5") << false;
    }
    void faultSpecParsing()
    {
        QFETCH(QString, spec);
        QFETCH(bool, ok);
        FaultSettings f;
        QString error;
        QCOMPARE(FaultSettings::parseSpec(spec, &f, &error), ok);
        QCOMPARE(error.isEmpty(), ok);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorBase)
#include "tst_emulatorbase.moc"
