// The sandbox host: all four emulators started together (in-process and on
// their own thread), seeded with one demo world, with ports, faults and data
// files from the configuration — checked over real HTTP.
#include "core/sandbox/DemoDatasetJson.h"
#include "core/sandbox/Emulator.h"
#include "core/sandbox/Sandbox.h"
#include "core/sandbox/SandboxThread.h"
#include "tests/support/RawHttp.h"

#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace LeadBridge::Sandbox;
using namespace LeadBridge::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

QUrl at(const QUrl &base, const QString &path)
{
    return base.resolved(QUrl(path));
}

/// A demo person known to every system: registered in ON24, on an Act-On
/// list, a Salesforce lead or contact, and in Pipeliner.
int everywherePerson(const DemoDataset &d)
{
    QSet<int> registrants, listed;
    for (const DemoOn24Client &c : d.on24Clients)
        for (const DemoEvent &e : c.events)
            for (const DemoRegistration &r : e.registrations)
                registrants.insert(r.personIndex);
    for (const DemoList &l : d.actOnLists)
        for (int i : l.members)
            listed.insert(i);
    for (const DemoPerson &p : d.people) {
        if (registrants.contains(p.index) && listed.contains(p.index) && p.inPipeliner
            && p.salesforceRole != DemoCrmRole::None && p.email == p.email.trimmed().toLower()
            && !p.email.isEmpty())
            return p.index;
    }
    return -1;
}

/// A port that is free right now (bound and released).
quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

/// Four consecutive free ports starting at the returned base (0 if none found).
quint16 freePortBase()
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        const quint16 base = freePort();
        if (base == 0 || base > 65530)
            continue;
        bool allFree = true;
        for (int i = 0; i < 4 && allFree; ++i) {
            QTcpServer probe;
            allFree = probe.listen(QHostAddress::LocalHost, quint16(base + i));
        }
        if (allFree)
            return base;
    }
    return 0;
}

} // namespace

class TestSandboxHost : public QObject
{
    Q_OBJECT

private:
    RawHttp m_http;

    /// The raw bodies of the control record collections where @p name keeps
    /// people, joined: each emulator names its objects in its own vendor's terms.
    QByteArray peopleRecords(const QString &name, const QUrl &base, const QString &email)
    {
        QByteArray all;
        auto get = [&](const QString &path) {
            const RawReply r = m_http.get(at(base, path));
            if (r.status == 200)
                all += r.body;
            return r;
        };
        const QString q = u"?email="_s + QString::fromLatin1(QUrl::toPercentEncoding(email));
        if (name == u"on24") {
            get(u"/_sandbox/records/registrant"_s + q);
        } else if (name == u"acton") {
            const RawReply lists = get(u"/_sandbox/records/lists"_s);
            const QJsonArray arr = lists.jsonDoc().isArray()
                ? lists.jsonArray()
                : lists.json().value(u"records"_s).toArray();
            for (const QJsonValue &v : arr) {
                const QJsonObject o = v.toObject();
                const QString id = o.value(u"id"_s).toString(o.value(u"listId"_s).toString());
                if (!id.isEmpty())
                    get(u"/_sandbox/records/"_s + id);
            }
        } else if (name == u"salesforce") {
            get(u"/_sandbox/records/Lead"_s);
            get(u"/_sandbox/records/Contact"_s);
        } else if (name == u"pipeliner") {
            get(u"/_sandbox/records/Contacts"_s);
            get(u"/_sandbox/records/Contact"_s);
        }
        return all;
    }

private slots:
    void startsAllFourInProcess()
    {
        Sandbox sandbox;
        SandboxConfig config;
        config.size = 200;
        QVERIFY2(sandbox.start(config), qPrintable(sandbox.errorString()));
        QVERIFY(sandbox.isRunning());
        const QList<SandboxEndpoint> endpoints = sandbox.endpoints();
        QCOMPARE(endpoints.size(), 4);
        QStringList names;
        QSet<int> ports;
        for (const SandboxEndpoint &e : endpoints) {
            names << e.name;
            QCOMPARE(e.baseUrl.host(), u"127.0.0.1"_s);
            QVERIFY(e.baseUrl.port() > 0);
            ports.insert(e.baseUrl.port());
            QVERIFY2(!e.credentials.isEmpty(), qPrintable(e.name));
            for (auto it = e.credentials.cbegin(); it != e.credentials.cend(); ++it)
                QVERIFY2(!it.value().toString().isEmpty(), qPrintable(e.name + u' ' + it.key()));
            const RawReply health = m_http.get(at(e.baseUrl, u"/_sandbox/health"_s));
            QCOMPARE(health.status, 200);
            QCOMPARE(health.json().value(u"emulator"_s).toString(), e.name);
            QVERIFY(health.json().value(u"ok"_s).toBool());
            QCOMPARE(sandbox.emulator(e.name)->port(), quint16(e.baseUrl.port()));
        }
        QCOMPARE(names, SandboxConfig::allEmulators());
        QCOMPARE(ports.size(), 4);
        QCOMPARE(endpoints.at(0).credentials.value(u"clientIds"_s).toString(), u"41750,41751"_s);
        QVERIFY(endpoints.at(1).credentials.contains(u"username"_s));
        QVERIFY(endpoints.at(1).credentials.contains(u"password"_s));
        QVERIFY(endpoints.at(2).credentials.contains(u"securityToken"_s));
        QCOMPARE(sandbox.dataset().people.size(), 200);

        // Generated dates were moved so the reference day is today.
        const QDate today = QDateTime::currentDateTimeUtc().date();
        int upcoming = 0;
        for (const DemoEvent &e : sandbox.dataset().on24Clients.at(0).events)
            upcoming += e.start.date() > today;
        QCOMPARE(upcoming, 2);

        sandbox.stop();
        QVERIFY(!sandbox.isRunning());
        QVERIFY(sandbox.endpoints().isEmpty());
        const RawReply gone
            = m_http.send("GET", at(endpoints.at(0).baseUrl, u"/_sandbox/health"_s), {}, {}, 3000);
        QCOMPARE(gone.status, 0);
        QCOMPARE(gone.error, QNetworkReply::ConnectionRefusedError);
    }

    void onlySomeEmulators()
    {
        Sandbox sandbox;
        SandboxConfig config;
        config.size = 30;
        config.emulators = { u"pipeliner"_s, u"on24"_s };
        QVERIFY2(sandbox.start(config), qPrintable(sandbox.errorString()));
        const QList<SandboxEndpoint> endpoints = sandbox.endpoints();
        QCOMPARE(endpoints.size(), 2);
        QCOMPARE(endpoints.at(0).name, u"on24"_s);
        QCOMPARE(endpoints.at(1).name, u"pipeliner"_s);
        QVERIFY(sandbox.emulator(u"acton"_s) == nullptr);
        QVERIFY(sandbox.emulator(u"salesforce"_s) == nullptr);
    }

    void threadSeedsEveryEmulatorAlike()
    {
        SandboxThread thread;
        SandboxConfig config;
        config.seed = 4242;
        config.size = 300;
        QVERIFY2(thread.start(config), qPrintable(thread.errorString()));
        QVERIFY(thread.isRunning());
        QCOMPARE(thread.endpoints().size(), 4);

        // The host thread serves; this thread only waits on its own event loop.
        const DemoDataset expected = DemoDataset::generate(4242, 300);
        const int idx = everywherePerson(expected);
        QVERIFY(idx >= 0);
        const QString email = expected.people.at(idx).email;
        const QString other = u"nobody.here@example.invalid"_s;
        for (const SandboxEndpoint &e : thread.endpoints()) {
            const QByteArray body = peopleRecords(e.name, e.baseUrl, email);
            QVERIFY2(body.contains(email.toUtf8()),
                qPrintable(e.name + u" has no record for "_s + email + u": "_s
                    + QString::fromUtf8(body.left(300))));
            QVERIFY(!body.contains(other.toUtf8()));
        }
        // The thread's sandbox holds the same world the test generated.
        int people = 0;
        QVERIFY(thread.invoke([&](Sandbox &s) { people = int(s.dataset().people.size()); }));
        QCOMPARE(people, 300);

        const QUrl on24 = thread.baseUrl(u"on24"_s);
        thread.stop();
        QVERIFY(!thread.isRunning());
        QVERIFY(!thread.invoke([](Sandbox &) {}));
        QCOMPARE(m_http.send("GET", at(on24, u"/_sandbox/health"_s), {}, {}, 3000).error,
            QNetworkReply::ConnectionRefusedError);
    }

    void portBaseGivesFixedPorts()
    {
        const quint16 base = freePortBase();
        if (base == 0)
            QSKIP("no four consecutive free ports found");
        SandboxThread thread;
        SandboxConfig config;
        config.size = 20;
        config.portBase = base;
        QVERIFY2(thread.start(config), qPrintable(thread.errorString()));
        QCOMPARE(thread.baseUrl(u"on24"_s).port(), int(base));
        QCOMPARE(thread.baseUrl(u"acton"_s).port(), base + 1);
        QCOMPARE(thread.baseUrl(u"salesforce"_s).port(), base + 2);
        QCOMPARE(thread.baseUrl(u"pipeliner"_s).port(), base + 3);
        QCOMPARE(m_http.get(at(thread.baseUrl(u"pipeliner"_s), u"/_sandbox/health"_s)).status, 200);
    }

    void portClashIsAClearError()
    {
        // Occupy the port salesforce would get (base + 2).
        QTcpServer blocker;
        QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
        const quint16 taken = blocker.serverPort();
        QVERIFY(taken > 2);
        SandboxConfig config;
        config.size = 20;
        config.portBase = quint16(taken - 2);

        Sandbox sandbox;
        QVERIFY(!sandbox.start(config));
        QVERIFY(!sandbox.isRunning());
        const QString error = sandbox.errorString();
        QVERIFY2(error.contains(u"salesforce"_s), qPrintable(error));
        QVERIFY2(error.contains(QString::number(taken)), qPrintable(error));
        QVERIFY2(error.contains(u"already in use"_s), qPrintable(error));
        QVERIFY2(error.contains(u"port base"_s), qPrintable(error));
        // Nothing half-started is left holding the other ports.
        QTcpServer again;
        QVERIFY(again.listen(QHostAddress::LocalHost, quint16(taken - 2)));
        again.close();

        SandboxThread thread;
        QVERIFY(!thread.start(config));
        QVERIFY(!thread.isRunning());
        QCOMPARE(thread.errorString(), error);
        QVERIFY(thread.endpoints().isEmpty());
    }

    void invalidConfigs_data()
    {
        QTest::addColumn<QStringList>("emulators");
        QTest::addColumn<int>("size");
        QTest::addColumn<QString>("dataFile");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown emulator") << QStringList { u"on24"_s, u"hubspot"_s } << 10
                                          << QString() << u"Unknown emulator \"hubspot\""_s;
        QTest::newRow("none") << QStringList {} << 10 << QString() << u"No emulator chosen"_s;
        QTest::newRow("size 0") << SandboxConfig::allEmulators() << 0 << QString()
                                << u"between 1 and"_s;
        QTest::newRow("missing data file") << SandboxConfig::allEmulators() << 10
                                           << u"/nonexistent/world.json"_s << u"Could not open"_s;
    }

    void invalidConfigs()
    {
        QFETCH(QStringList, emulators);
        QFETCH(int, size);
        QFETCH(QString, dataFile);
        QFETCH(QString, expected);
        SandboxConfig config;
        config.emulators = emulators;
        config.size = size;
        config.dataFile = dataFile;
        Sandbox sandbox;
        QVERIFY(!sandbox.start(config));
        QVERIFY2(sandbox.errorString().contains(expected), qPrintable(sandbox.errorString()));
        QVERIFY(sandbox.endpoints().isEmpty());
    }

    void faultsReachTheEmulators()
    {
        SandboxConfig config;
        config.size = 50;
        QString error;
        QVERIFY2(SandboxConfig::parseFaults(
                     u"acton:latency=5,error=0.25,seed=9;on24:failnext=1;all:tokenlifetime=60"_s,
                     &config.faults, &error),
            qPrintable(error));
        SandboxThread thread;
        QVERIFY2(thread.start(config), qPrintable(thread.errorString()));

        const QJsonObject acton
            = m_http.get(at(thread.baseUrl(u"acton"_s), u"/_sandbox/faults"_s)).json();
        QCOMPARE(acton.value(u"latencyMs"_s).toInt(), 5);
        QCOMPARE(acton.value(u"errorRate"_s).toDouble(), 0.25);
        QCOMPARE(acton.value(u"seed"_s).toInt(), 9);
        QCOMPARE(acton.value(u"tokenLifetimeSeconds"_s).toInt(), 60);
        const QJsonObject sf
            = m_http.get(at(thread.baseUrl(u"salesforce"_s), u"/_sandbox/faults"_s)).json();
        QCOMPARE(sf.value(u"errorRate"_s).toDouble(), 0.0);
        QCOMPARE(sf.value(u"tokenLifetimeSeconds"_s).toInt(), 60);
        const QUrl on24 = thread.baseUrl(u"on24"_s);
        QCOMPARE(
            m_http.get(at(on24, u"/_sandbox/faults"_s)).json().value(u"failNext"_s).toInt(), 1);

        // The one-shot failure hits the next real API call, with ON24's 5xx.
        const RawReply failed = m_http.get(at(on24, u"/v2/client/41750/event"_s));
        QVERIFY2(failed.status >= 500, qPrintable(QString::number(failed.status)));
        QCOMPARE(
            m_http.get(at(on24, u"/_sandbox/faults"_s)).json().value(u"failNext"_s).toInt(), 0);

        // Faults changed through the host thread show on the wire too.
        QVERIFY(thread.invoke([](Sandbox &s) {
            FaultSettings f = s.emulator(u"pipeliner"_s)->faults();
            f.rateLimitRate = 0.5;
            s.emulator(u"pipeliner"_s)->setFaults(f);
        }));
        QCOMPARE(m_http.get(at(thread.baseUrl(u"pipeliner"_s), u"/_sandbox/faults"_s))
                     .json()
                     .value(u"rateLimitRate"_s)
                     .toDouble(),
            0.5);
    }

    void faultSpecErrors()
    {
        QHash<QString, FaultSettings> faults;
        QString error;
        QVERIFY(!SandboxConfig::parseFaults(u"latency=5"_s, &faults, &error));
        QVERIFY2(error.contains(u"name no emulator"_s), qPrintable(error));
        QVERIFY(!SandboxConfig::parseFaults(u"marketo:latency=5"_s, &faults, &error));
        QVERIFY2(error.contains(u"Unknown emulator \"marketo\""_s), qPrintable(error));
        QVERIFY(!SandboxConfig::parseFaults(u"acton:speed=5"_s, &faults, &error));
        QVERIFY2(error.contains(u"acton"_s) && error.contains(u"speed"_s), qPrintable(error));
        QVERIFY(!SandboxConfig::parseFaults(u"acton:error=2"_s, &faults, &error));
        QVERIFY(faults.isEmpty()); // nothing half-applied
        QStringList names;
        QVERIFY(SandboxConfig::parseEmulatorList(u" Acton, on24 ,acton"_s, &names, &error));
        QCOMPARE(names, (QStringList { u"acton"_s, u"on24"_s }));
        QVERIFY(!SandboxConfig::parseEmulatorList(u","_s, &names, &error));
    }

    void servesAStoredDataFile()
    {
        DemoDataset world = DemoDataset::generate(5, 40);
        const int idx = everywherePerson(world);
        QVERIFY(idx >= 0);
        world.people[idx].email = u"hand.edited@example.org"_s;
        world.people[idx].firstName = u"Zoë"_s;
        QTemporaryDir dir;
        const QString path = dir.filePath(u"world.json"_s);
        QString error;
        QVERIFY2(DemoDatasetJson::save(path, world, &error), qPrintable(error));

        SandboxConfig config;
        config.dataFile = path;
        config.seed = 999; // ignored with a data file
        config.size = 7;
        SandboxThread thread;
        QVERIFY2(thread.start(config), qPrintable(thread.errorString()));
        for (const SandboxEndpoint &e : thread.endpoints()) {
            const QByteArray body = peopleRecords(e.name, e.baseUrl, u"hand.edited@example.org"_s);
            QVERIFY2(body.contains("hand.edited@example.org"), qPrintable(e.name));
        }
        int people = 0;
        QVERIFY(thread.invoke([&](Sandbox &s) { people = int(s.dataset().people.size()); }));
        QCOMPARE(people, 40);
    }
};

QTEST_GUILESS_MAIN(TestSandboxHost)
#include "tst_sandbox_host.moc"
