// LeadBridge against hostile servers: redirects to another origin (credentials must never
// follow), same-origin redirects (re-issued through our own auth), endless and oversized
// answers (read under a cap while they arrive), and paging loops (repeated cursors, servers
// ignoring offsets, records without usable ids). A raw QTcpServer plays the hostile host; for
// paging, emulator subclasses bend one endpoint through the beforeRoute hook.
#include "core/connectors/Connector.h"
#include "core/connectors/ConnectorFactory.h"
#include "core/connectors/PagingGuard.h"
#include "core/connectors/acton/ActOnConnector.h"
#include "core/connectors/on24/On24Connector.h"
#include "core/connectors/salesforce/SalesforceOAuthSignIn.h"
#include "core/net/ApiJob.h"
#include "core/net/AuthProvider.h"
#include "core/net/HttpClient.h"
#include "core/sandbox/DemoDataset.h"
#include "core/sandbox/Sandbox.h"
#include "core/sandbox/acton/ActOnEmulator.h"
#include "core/sandbox/on24/On24Emulator.h"
#include "core/sandbox/pipeliner/PipelinerEmulator.h"
#include "core/sandbox/salesforce/SalesforceEmulator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTemporaryFile>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <functional>
#include <memory>

using namespace LeadBridge;
using namespace LeadBridge::Sandbox;
using namespace Qt::StringLiterals;

namespace {

/// One request as the hostile server saw it, bytes as they arrived.
struct SeenRequest
{
    QByteArray method;
    QByteArray target;
    QByteArray head; ///< request line and headers
    QByteArray body;
    QByteArray all() const { return head + "\r\n\r\n" + body; }
};

/// A plain HTTP/1.1 server on 127.0.0.1 that records every request and answers through
/// a handler the test sets: redirects, endless bodies, whatever a hostile host might send.
class HostileServer
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    using Handler = std::function<void(QTcpSocket *, const SeenRequest &)>;

    HostileServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] { accept(); });
    }

    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort())); }
    QString hostLabel() const { return u"127.0.0.1:%1"_s.arg(m_server.serverPort()); }

    static void reply(QTcpSocket *s, int status, const QByteArray &body,
        const Headers &headers = { { "Content-Type", "application/json" } })
    {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " Hostile\r\n";
        for (const auto &h : headers)
            out += h.first + ": " + h.second + "\r\n";
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n";
        s->write(out + body);
        s->disconnectFromHost();
    }

    /// An answer that never ends (or announces @p declaredLength and then never ends), written
    /// 1 MiB at a time as the client drains the socket.
    void endless(QTcpSocket *s, qint64 declaredLength = -1)
    {
        QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
        if (declaredLength >= 0)
            head += "Content-Length: " + QByteArray::number(declaredLength) + "\r\n";
        s->write(head + "Connection: close\r\n\r\n[");
        static const QByteArray chunk(1 << 20, ' ');
        auto pump = [this, s] {
            while (s->state() == QAbstractSocket::ConnectedState && s->bytesToWrite() < chunk.size()) {
                s->write(chunk);
                bytesSent += chunk.size();
            }
        };
        QObject::connect(s, &QTcpSocket::bytesWritten, s, pump);
        pump();
    }

    /// A 200 answer of @p total bytes (announced), the byte at offset i being 'a' + i % 26,
    /// written 1 MiB at a time as the client drains the socket.
    void sized(QTcpSocket *s, qint64 total)
    {
        s->write("HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\nContent-Length: "
            + QByteArray::number(total) + "\r\nConnection: close\r\n\r\n");
        auto sent = std::make_shared<qint64>(0);
        auto pump = [this, s, total, sent] {
            while (s->state() == QAbstractSocket::ConnectedState && *sent < total
                && s->bytesToWrite() < (1 << 20)) {
                const qint64 n = qMin<qint64>(1 << 20, total - *sent);
                QByteArray chunk(n, Qt::Uninitialized);
                for (qint64 i = 0; i < n; ++i)
                    chunk[i] = char('a' + (*sent + i) % 26);
                s->write(chunk);
                *sent += n;
                bytesSent += n;
            }
            if (*sent >= total)
                s->disconnectFromHost();
        };
        QObject::connect(s, &QTcpSocket::bytesWritten, s, pump);
        pump();
    }

    QList<SeenRequest> seen;
    Handler handler;
    qint64 bytesSent = 0;

private:
    void accept()
    {
        while (QTcpSocket *s = m_server.nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            QObject::connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] {
                buffer->append(s->readAll());
                const qsizetype headEnd = buffer->indexOf("\r\n\r\n");
                if (headEnd < 0)
                    return;
                const QByteArray head = buffer->left(headEnd);
                qint64 length = 0;
                for (const QByteArray &line : head.split('\n')) {
                    const QByteArray l = line.trimmed();
                    if (l.toLower().startsWith("content-length:"))
                        length = l.mid(15).trimmed().toLongLong();
                }
                if (buffer->size() < headEnd + 4 + length)
                    return;
                SeenRequest r;
                const QList<QByteArray> first = head.left(head.indexOf('\r')).split(' ');
                r.method = first.value(0);
                r.target = first.value(1);
                r.head = head;
                r.body = buffer->mid(headEnd + 4, length);
                buffer->clear();
                seen.append(r);
                if (handler)
                    handler(s, r);
            });
        }
    }

    QTcpServer m_server;
};

/// Peak resident memory of this process (VmHWM), in KiB.
qint64 peakRssKiB()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

ConnectorConfig configFor(AccountKind kind, const QUrl &base)
{
    ConnectorConfig c;
    c.account.kind = kind;
    c.account.name = u"anna@example.com"_s;
    auto secret = [&c](const char *name, const char *value) {
        c.credentials.secrets.insert(QString::fromLatin1(name), QByteArray(value));
    };
    switch (kind) {
    case AccountKind::On24:
        c.account.settings = { { u"clientId"_s, u"1001"_s }, { u"dataCentre"_s, u"custom"_s },
            { u"baseUrl"_s, base.toString() } };
        secret("tokenKey", "ON24-KEY-SECRET-1");
        secret("tokenSecret", "ON24-SECRET-2");
        break;
    case AccountKind::ActOn:
        c.account.settings = { { u"username"_s, u"anna@example.com"_s },
            { u"clientId"_s, u"client-1"_s }, { u"baseUrl"_s, base.toString() } };
        secret("password", "ACTON-PASSWORD-3");
        secret("clientSecret", "ACTON-CS-4");
        break;
    case AccountKind::Salesforce:
        c.account.settings = { { u"baseUrl"_s, base.toString() }, { u"authMethod"_s, u"password"_s },
            { u"username"_s, u"anna@example.com"_s }, { u"clientId"_s, u"client-1"_s } };
        secret("password", "SF-PASSWORD-5");
        secret("securityToken", "SFTOKEN6");
        secret("clientSecret", "SF-CS-7");
        break;
    case AccountKind::Pipeliner:
        c.account.settings = { { u"baseUrl"_s, base.toString() }, { u"spaceId"_s, u"space-1"_s } };
        secret("apiToken", "PL-TOKEN-8");
        secret("apiSecret", "PL-SECRET-9");
        break;
    }
    return c;
}

/// The credential each kind sends on its first call, as it appears on the wire.
QByteArray credentialOnTheWire(AccountKind kind)
{
    switch (kind) {
    case AccountKind::On24:
        return "ON24-KEY-SECRET-1";
    case AccountKind::ActOn:
        return "ACTON-PASSWORD-3";
    case AccountKind::Salesforce:
        return "SF-PASSWORD-5";
    case AccountKind::Pipeliner:
        return QByteArray("PL-TOKEN-8:PL-SECRET-9").toBase64();
    }
    return {};
}

/// Bearer token from a fixed value; refresh() hands out the next one.
class FixedAuth : public AuthProvider
{
public:
    void applyTo(QNetworkRequest &request) const override
    {
        request.setRawHeader("Authorization", "Bearer " + token);
    }
    void refresh(RefreshDone done) override
    {
        token = "T" + QByteArray::number(++refreshes);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [done] { done(ApiError()); }, Qt::QueuedConnection);
    }
    QByteArray token = "T0";
    int refreshes = 0;
};

ApiResponse sendAndWait(HttpClient &client, const ApiRequest &request, int timeoutMs = 60000)
{
    ApiResponse out;
    bool done = false;
    client.send(request, &client, [&](const ApiResponse &r) {
        out = r;
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, timeoutMs))
        qWarning() << "request did not finish";
    return out;
}

struct FetchOutcome
{
    QList<FetchPage> pages;
    ApiError error;
    int doneCalls = 0;
    int records() const
    {
        int n = 0;
        for (const auto &p : pages)
            n += int(p.records.size());
        return n;
    }
};

template<typename Start>
FetchOutcome runFetch(Start start, int timeoutMs = 60000)
{
    FetchOutcome out;
    start([&out](const FetchPage &p) { out.pages.append(p); },
        [&out](const ApiError &e) {
            out.error = e;
            ++out.doneCalls;
        });
    if (!QTest::qWaitFor([&out] { return out.doneCalls > 0; }, timeoutMs))
        qWarning() << "fetch did not finish (looping?) after" << out.pages.size() << "pages";
    return out;
}

// --- emulators with one endpoint bent -----------------------------------------------

/// Hands out the same nextRecordsUrl again from the second page on.
class RepeatingSalesforce : public SalesforceEmulator
{
protected:
    std::optional<SandboxResponse> beforeRoute(
        const SandboxRequest &request, const QString &endpoint) override
    {
        if (m_inner || endpoint != u"rest.queryMore"_s)
            return SalesforceEmulator::beforeRoute(request, endpoint);
        m_inner = true;
        SandboxResponse r = dispatch(request);
        m_inner = false;
        QJsonObject o = QJsonDocument::fromJson(r.body).object();
        o.insert(u"done"_s, false);
        o.insert(u"nextRecordsUrl"_s, request.path); // the page just asked for, again
        r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
        return r;
    }

private:
    bool m_inner = false;
};

/// Bulk API 2.0 results that always point at the same next locator (and ignore it).
class RepeatingBulkSalesforce : public SalesforceEmulator
{
protected:
    std::optional<SandboxResponse> beforeRoute(
        const SandboxRequest &request, const QString &endpoint) override
    {
        if (m_inner || endpoint != u"bulk.query.results"_s)
            return SalesforceEmulator::beforeRoute(request, endpoint);
        SandboxRequest first = request;
        first.queryItems.removeIf(
            [](const QPair<QString, QString> &item) { return item.first == u"locator"_s; });
        m_inner = true;
        SandboxResponse r = dispatch(first);
        m_inner = false;
        r.setHeader("Sforce-Locator", "REPEAT");
        return r;
    }

private:
    bool m_inner = false;
};

/// Ignores the offset of list downloads: every page is the first one.
class OffsetIgnoringActOn : public ActOnEmulator
{
protected:
    std::optional<SandboxResponse> beforeRoute(
        const SandboxRequest &request, const QString &endpoint) override
    {
        if (m_inner || endpoint != u"list.download"_s)
            return ActOnEmulator::beforeRoute(request, endpoint);
        SandboxRequest first = request;
        for (auto &item : first.queryItems) {
            if (item.first.compare(u"offset"_s, Qt::CaseInsensitive) == 0)
                item.second = u"0"_s;
        }
        m_inner = true;
        SandboxResponse r = dispatch(first);
        m_inner = false;
        return r;
    }

private:
    bool m_inner = false;
};

/// ON24 registrant listing bent two ways: ignoring pageOffset, or ids replaced.
class BentOn24 : public On24Emulator
{
public:
    enum class Mode { IgnoreOffset, StringIds, MissingIds };
    Mode mode = Mode::IgnoreOffset;

protected:
    std::optional<SandboxResponse> beforeRoute(
        const SandboxRequest &request, const QString &endpoint) override
    {
        if (m_inner || endpoint != u"event.registrant.list"_s)
            return On24Emulator::beforeRoute(request, endpoint);
        SandboxRequest req = request;
        if (mode == Mode::IgnoreOffset) {
            for (auto &item : req.queryItems) {
                if (item.first.compare(u"pageOffset"_s, Qt::CaseInsensitive) == 0)
                    item.second = u"0"_s;
            }
        }
        m_inner = true;
        SandboxResponse r = dispatch(req);
        m_inner = false;
        if (mode == Mode::IgnoreOffset)
            return r;
        QJsonObject o = QJsonDocument::fromJson(r.body).object();
        QJsonArray rows = o.value(u"registrants"_s).toArray();
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QJsonObject row = rows.at(i).toObject();
            if (mode == Mode::StringIds)
                row.insert(u"eventuserid"_s, u"n/a"_s);
            else
                row.remove(u"eventuserid"_s);
            rows.replace(i, row);
        }
        o.insert(u"registrants"_s, rows);
        r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
        return r;
    }

private:
    bool m_inner = false;
};

/// Pipeliner contact listing that always says "more, after SAME" and ignores the cursor.
class CursorRepeatingPipeliner : public PipelinerEmulator
{
protected:
    std::optional<SandboxResponse> beforeRoute(
        const SandboxRequest &request, const QString &endpoint) override
    {
        if (m_inner || endpoint != u"contacts.list"_s)
            return PipelinerEmulator::beforeRoute(request, endpoint);
        SandboxRequest first = request; // "SAME" is no cursor of ours: serve the first page
        first.queryItems.removeIf([](const QPair<QString, QString> &item) {
            return item.first == u"after"_s;
        });
        m_inner = true;
        SandboxResponse r = dispatch(first);
        m_inner = false;
        QJsonObject o = QJsonDocument::fromJson(r.body).object();
        QJsonObject info = o.value(u"page_info"_s).toObject();
        info.insert(u"has_next_page"_s, true);
        info.insert(u"end_cursor"_s, u"SAME"_s);
        o.insert(u"page_info"_s, info);
        r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
        return r;
    }

private:
    bool m_inner = false;
};

DemoPerson person(int i)
{
    DemoPerson p;
    p.index = i;
    p.firstName = u"First%1"_s.arg(i);
    p.lastName = u"Last%1"_s.arg(i);
    p.email = u"person%1@example.com"_s.arg(i);
    p.company = u"Company %1"_s.arg(i);
    p.title = u"Engineer"_s;
    p.country = u"United States"_s;
    p.salesforceRole = DemoCrmRole::Lead;
    p.createdAt = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
    p.modifiedAt = p.createdAt;
    return p;
}

/// ON24 client 1001 with webinar 8001 ("Big webinar", two days before @p now) and
/// @p registrants people registered for it.
DemoDataset bigWebinar(const QDateTime &now, int registrants)
{
    DemoDataset d;
    DemoOn24Client client;
    client.clientId = 1001;
    DemoEvent e;
    e.eventId = 8001;
    e.title = u"Big webinar"_s;
    e.start = now.addDays(-2);
    e.end = e.start.addSecs(3600);
    for (int i = 0; i < registrants; ++i) {
        d.people.append(person(i));
        DemoRegistration r;
        r.personIndex = i;
        r.registeredAt = e.start.addDays(-3).addSecs(i * 60);
        e.registrations.append(r);
    }
    client.events.append(e);
    d.on24Clients.append(client);
    return d;
}

/// Reads the registrants of webinar 8001 from @p emu with the demo token.
FetchOutcome bigWebinarRegistrants(const On24Emulator &emu)
{
    ConnectorConfig c = configFor(AccountKind::On24, emu.baseUrl());
    c.credentials.secrets.insert(u"tokenKey"_s, On24Emulator::demoTokenKey().toUtf8());
    c.credentials.secrets.insert(u"tokenSecret"_s, On24Emulator::demoTokenSecret().toUtf8());
    QNetworkAccessManager nam;
    On24Connector connector(c, &nam);
    return runFetch([&](auto onPage, auto done) {
        connector.eventRegistrants(8001, onPage, done);
    });
}

/// A Salesforce connector for @p emu (password sign-in as the emulator's demo user), after
/// seeding @p emu with 450 leads.
std::unique_ptr<Connector> seededSalesforce(SalesforceEmulator &emu, QNetworkAccessManager *nam)
{
    DemoDataset d;
    for (int i = 0; i < 450; ++i)
        d.people.append(person(i));
    emu.seed(d);
    ConnectorConfig c = configFor(AccountKind::Salesforce, emu.baseUrl());
    c.account.settings.insert(u"username"_s, SalesforceEmulator::demoUsername());
    c.account.settings.insert(u"clientId"_s, SalesforceEmulator::demoClientId());
    c.credentials.secrets.insert(u"password"_s, SalesforceEmulator::demoPassword().toUtf8());
    c.credentials.secrets.insert(
        u"securityToken"_s, SalesforceEmulator::demoSecurityToken().toUtf8());
    c.credentials.secrets.insert(
        u"clientSecret"_s, SalesforceEmulator::demoClientSecret().toUtf8());
    return std::unique_ptr<Connector>(ConnectorFactory::create(c, nam));
}

} // namespace

class TestHostileNetwork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void crossOriginRedirectIsRefused_data();
    void crossOriginRedirectIsRefused();
    void sameOriginRedirectIsReissuedWithOwnAuth();
    void redirectLoopEnds();
    void endlessAnswerIsCutAtTheCap();
    void announcedHugeAnswerIsRefusedAtTheHeader();
    void spooledDownloadGoesToDiskNotMemory();
    void spooledDownloadErrorAnswerIsText();
    void spooledDownloadWithoutRoomIsASentence();
    void signInTokenExchangeNeverFollowsARedirect();
    void salesforceRepeatedNextRecordsUrlFails();
    void salesforceRepeatedBulkLocatorFails();
    void actOnServerIgnoringOffsetFails();
    void on24ServerIgnoringPageOffsetFails();
    void on24RecordsWithoutUsableIdStayApart_data();
    void on24RecordsWithoutUsableIdStayApart();
    void pipelinerRepeatedCursorFails();
    void pageCeilingStopsAnEndlessListing();
};

void TestHostileNetwork::crossOriginRedirectIsRefused_data()
{
    QTest::addColumn<int>("kindValue");
    QTest::newRow("ON24 token headers") << int(AccountKind::On24);
    QTest::newRow("Act-On password grant") << int(AccountKind::ActOn);
    QTest::newRow("Salesforce password sign-in") << int(AccountKind::Salesforce);
    QTest::newRow("Pipeliner Basic auth") << int(AccountKind::Pipeliner);
}

void TestHostileNetwork::crossOriginRedirectIsRefused()
{
    QFETCH(int, kindValue);
    const AccountKind kind = AccountKind(kindValue);
    HostileServer home; // the host the account is set up for
    HostileServer other; // another origin (another port)
    home.handler = [&other](QTcpSocket *s, const SeenRequest &r) {
        HostileServer::reply(s, 307, {},
            { { "Location", other.url().toString().toLatin1() + r.target } });
    };
    other.handler = [](QTcpSocket *s, const SeenRequest &) {
        HostileServer::reply(s, 200, "{\"access_token\":\"x\",\"ok\":true}");
    };
    QNetworkAccessManager nam;
    std::unique_ptr<Connector> connector(ConnectorFactory::create(configFor(kind, home.url()), &nam));
    QVERIFY(connector);
    ApiError error;
    int done = 0;
    connector->checkConnection([&](const ConnectionInfo &, const ApiError &e) {
        error = e;
        ++done;
    });
    QTRY_COMPARE_WITH_TIMEOUT(done, 1, 30000);

    // The proof: no byte of any request reached the other origin.
    QVERIFY2(other.seen.isEmpty(),
        qPrintable(u"%1 request(s) reached the other origin; first: %2"_s
                       .arg(other.seen.size())
                       .arg(QString::fromLatin1(other.seen.value(0).all().left(400)))));
    // The credential did go to the configured host (so the check above is meaningful) …
    QCOMPARE(home.seen.size(), 1); // … once: a refused redirect is not retried.
    QVERIFY2(home.seen.first().all().contains(credentialOnTheWire(kind)),
        home.seen.first().all().constData());
    QVERIFY(error.isError());
    QVERIFY2(error.userMessage().contains(home.hostLabel())
            && error.userMessage().contains(other.hostLabel()),
        qPrintable(error.toLogString()));
    QVERIFY(!error.isRetryable());
    qInfo().noquote() << "refused:" << error.userMessage();
}

void TestHostileNetwork::sameOriginRedirectIsReissuedWithOwnAuth()
{
    HostileServer home;
    home.handler = [](QTcpSocket *s, const SeenRequest &r) {
        if (r.target == "/old")
            return HostileServer::reply(s, 307, {}, { { "Location", "/new" } });
        if (r.target == "/form")
            return HostileServer::reply(s, 303, {}, { { "Location", "/done?x=1" } });
        HostileServer::reply(s, 200, "{\"ok\":true}");
    };
    QNetworkAccessManager nam;
    HttpClient client(&nam);
    client.setSystemName(u"Test API"_s);
    FixedAuth auth;
    client.setAuthProvider(&auth);
    ApiRequest get = ApiRequest::get(home.url().resolved(QUrl(u"/old"_s)));
    get.setHeader("X-Custom", "kept");
    const ApiResponse r = sendAndWait(client, get);
    QVERIFY2(r.ok(), qPrintable(r.error.toLogString()));
    QCOMPARE(r.redirects, 1);
    QCOMPARE(home.seen.size(), 2);
    QCOMPARE(home.seen.at(1).target, QByteArray("/new"));
    QVERIFY(home.seen.at(1).head.contains("Authorization: Bearer T0"));
    QVERIFY(home.seen.at(1).head.contains("X-Custom: kept"));
    QCOMPARE(client.stats().retries, 0); // a redirect hop is not a retry
    QCOMPARE(client.stats().redirects, 1);

    // 303 after a POST: a GET without the (secret) body.
    const ApiResponse f = sendAndWait(client,
        ApiRequest::form(home.url().resolved(QUrl(u"/form"_s)), { { u"password"_s, u"pw-SECRET"_s } }));
    QVERIFY2(f.ok(), qPrintable(f.error.toLogString()));
    QCOMPARE(home.seen.size(), 4);
    QCOMPARE(home.seen.at(2).method, QByteArray("POST"));
    QVERIFY(home.seen.at(2).body.contains("pw-SECRET"));
    QCOMPARE(home.seen.at(3).method, QByteArray("GET"));
    QCOMPARE(home.seen.at(3).target, QByteArray("/done?x=1"));
    QVERIFY(home.seen.at(3).body.isEmpty());
}

void TestHostileNetwork::redirectLoopEnds()
{
    HostileServer home;
    home.handler = [](QTcpSocket *s, const SeenRequest &) {
        HostileServer::reply(s, 302, {}, { { "Location", "/again" } });
    };
    QNetworkAccessManager nam;
    HttpClient client(&nam);
    client.setSystemName(u"Pipeliner"_s);
    const ApiResponse r = sendAndWait(client, ApiRequest::get(home.url().resolved(QUrl(u"/a"_s))));
    QVERIFY(!r.ok());
    QCOMPARE(home.seen.size(), 1 + ApiRequest::kMaxRedirects);
    QVERIFY2(r.error.userMessage().contains(u"more than 5 times"_s), qPrintable(r.error.userMessage()));
}

void TestHostileNetwork::endlessAnswerIsCutAtTheCap()
{
    HostileServer home;
    home.handler = [&home](QTcpSocket *s, const SeenRequest &) { home.endless(s); };
    QNetworkAccessManager nam;
    HttpClient client(&nam);
    client.setSystemName(u"Act-On"_s);
    client.setAccountLabel(u"anna@example.com"_s);
    const qint64 before = peakRssKiB();
    ApiRequest req = ApiRequest::get(home.url().resolved(QUrl(u"/api/1/list/l-1"_s)));
    req.timeoutMs = 120'000;
    const ApiResponse r = sendAndWait(client, req, 180'000);
    const qint64 after = peakRssKiB();
    QVERIFY(!r.ok());
    QVERIFY2(r.error.userMessage().startsWith(
                 u"The Act-On server sent an answer larger than 64 MB for anna@example.com; "
                 "LeadBridge stopped reading it"_s),
        qPrintable(r.error.userMessage()));
    QCOMPARE(r.error.kind(), ApiError::Kind::Malformed);
    QCOMPARE(r.attempts, 2); // tried again once, like any unreadable answer, then given up
    QVERIFY(r.body.isEmpty());
    qInfo().noquote() << u"endless answer: server wrote %1 MiB over %2 attempts; peak RSS %3 MiB "
                         "before, %4 MiB after (cap %5 MiB)"_s
                             .arg(home.bytesSent >> 20)
                             .arg(r.attempts)
                             .arg(before >> 10)
                             .arg(after >> 10)
                             .arg(ApiRequest::kDefaultMaxBodyBytes >> 20);
    // Bounded: the cap plus buffers, not what the server was willing to send.
    QVERIFY2(after - before < 400 * 1024, qPrintable(QString::number(after - before)));
    QVERIFY2(home.bytesSent < 2 * (ApiRequest::kDefaultMaxBodyBytes + (64 << 20)),
        qPrintable(QString::number(home.bytesSent)));
}

void TestHostileNetwork::announcedHugeAnswerIsRefusedAtTheHeader()
{
    HostileServer home;
    home.handler = [&home](QTcpSocket *s, const SeenRequest &) {
        home.endless(s, qint64(1536) << 20); // "Content-Length: 1.5 GB"
    };
    QNetworkAccessManager nam;
    HttpClient client(&nam);
    client.setSystemName(u"Salesforce"_s);
    client.setAccountLabel(u"anna@example.com"_s);
    ApiRequest req = ApiRequest::get(home.url().resolved(QUrl(u"/jobs/query/1/results"_s)));
    req.maxBodyBytes = ApiRequest::kCsvMaxBodyBytes;
    req.expectJson = false;
    const ApiResponse r = sendAndWait(client, req);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.userMessage().contains(u"larger than 512 MB"_s), qPrintable(r.error.userMessage()));
    QVERIFY2(r.error.technicalDetail().contains(u"1610612736"_s), qPrintable(r.error.technicalDetail()));
    qInfo() << "announced 1.5 GB: server wrote" << (home.bytesSent >> 20) << "MiB before the client hung up";
}

void TestHostileNetwork::spooledDownloadGoesToDiskNotMemory()
{
    // A whole-list download larger than any in-memory cap arrives in a temporary file.
    const qint64 total = qint64(200) << 20;
    HostileServer home;
    home.handler = [&home, total](QTcpSocket *s, const SeenRequest &) { home.sized(s, total); };
    QNetworkAccessManager nam;
    HttpClient client(&nam);
    client.setSystemName(u"Act-On"_s);
    ApiRequest req = ApiRequest::get(home.url().resolved(QUrl(u"/api/1/list/l-1"_s)));
    req.expectJson = false;
    req.spoolBody = true;
    req.timeoutMs = 120'000;
    const qint64 before = peakRssKiB();
    QString path;
    {
        const ApiResponse r = sendAndWait(client, req, 180'000);
        const qint64 after = peakRssKiB();
        QVERIFY2(r.ok(), qPrintable(r.error.toLogString()));
        QVERIFY(r.body.isEmpty());
        QVERIFY(r.bodyFile);
        path = r.bodyFile->fileName();
        QCOMPARE(QFileInfo(path).size(), total);
        QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther), 0);
        QCOMPARE(r.bodyFile->pos(), 0);
        const QByteArray head = r.bodyFile->read(30);
        QCOMPARE(head, QByteArray("abcdefghijklmnopqrstuvwxyzabcd"));
        r.bodyFile->seek(total - 1);
        QCOMPARE(r.bodyFile->read(1), QByteArray(1, char('a' + (total - 1) % 26)));
        qInfo().noquote() << u"spooled download: %1 MiB to disk; peak RSS %2 MiB before, %3 MiB "
                             "after"_s.arg(total >> 20).arg(before >> 10).arg(after >> 10);
        QVERIFY2(after - before < 64 * 1024, qPrintable(QString::number(after - before)));
    }
    QVERIFY2(!QFile::exists(path), qPrintable(path)); // removed with the last response copy
}

void TestHostileNetwork::spooledDownloadErrorAnswerIsText()
{
    HostileServer home;
    home.handler = [](QTcpSocket *s, const SeenRequest &) {
        HostileServer::reply(s, 404, R"({"errorCode":"10012","message":"List not found"})");
    };
    QNetworkAccessManager nam;
    HttpClient client(&nam);
    client.setSystemName(u"Act-On"_s);
    ApiRequest req = ApiRequest::get(home.url().resolved(QUrl(u"/api/1/list/l-9"_s)));
    req.expectJson = false;
    req.spoolBody = true;
    const ApiResponse r = sendAndWait(client, req);
    QCOMPARE(r.error.kind(), ApiError::Kind::NotFound);
    QVERIFY(!r.bodyFile);
    QVERIFY2(r.body.contains("List not found"), r.body.constData());
}

void TestHostileNetwork::spooledDownloadWithoutRoomIsASentence()
{
    HostileServer home;
    home.handler = [&home](QTcpSocket *s, const SeenRequest &) { home.sized(s, 4096); };
    QNetworkAccessManager nam;
    HttpClient client(&nam);
    client.setSystemName(u"Act-On"_s);
    client.setAccountLabel(u"anna@example.com"_s);
    ApiRequest req = ApiRequest::get(home.url().resolved(QUrl(u"/api/1/list/l-1"_s)));
    req.expectJson = false;
    req.spoolBody = true;
    // A "folder" that is a file: nothing can be created in it, not even by root.
    QTemporaryFile notAFolder;
    QVERIFY(notAFolder.open());
    const QString missing = QFileInfo(notAFolder.fileName()).canonicalFilePath();
    const QByteArray oldTmp = qgetenv("TMPDIR");
    qputenv("TMPDIR", missing.toLocal8Bit());
    const ApiResponse r = sendAndWait(client, req);
    if (oldTmp.isEmpty())
        qunsetenv("TMPDIR");
    else
        qputenv("TMPDIR", oldTmp);
    QCOMPARE(r.error.kind(), ApiError::Kind::Storage);
    QCOMPARE(r.attempts, 1); // a full disk does not empty itself: no retry
    QVERIFY(!r.bodyFile);
    QVERIFY2(r.error.userMessage().startsWith(
                 u"LeadBridge could not save the download from Act-On for anna@example.com in "_s
                 + QDir::toNativeSeparators(missing)),
        qPrintable(r.error.userMessage()));
    QVERIFY2(r.error.userMessage().endsWith(u"Free disk space there, or point TMPDIR at a folder "
                                            "with room, then sync again."_s),
        qPrintable(r.error.userMessage()));
}

void TestHostileNetwork::signInTokenExchangeNeverFollowsARedirect()
{
    HostileServer login;
    HostileServer other;
    login.handler = [&other](QTcpSocket *s, const SeenRequest &r) {
        const QUrl url(QString::fromLatin1(r.target));
        if (url.path() == u"/services/oauth2/authorize"_s) {
            const QUrlQuery q(url);
            QUrl back(q.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
            back.setQuery(u"code=C0DE&state="_s
                + q.queryItemValue(u"state"_s, QUrl::FullyEncoded));
            return HostileServer::reply(s, 302, {}, { { "Location", back.toEncoded() } });
        }
        HostileServer::reply(s, 307, {},
            { { "Location", other.url().toString().toLatin1() + r.target } });
    };
    other.handler = [](QTcpSocket *s, const SeenRequest &) {
        HostileServer::reply(s, 200,
            "{\"access_token\":\"stolen\",\"refresh_token\":\"stolen\",\"instance_url\":\"http://x\"}");
    };
    SalesforceOAuthSignIn signIn;
    signIn.setPort(0);
    signIn.setAccountLabel(u"anna@example.com"_s);
    QNetworkAccessManager browser;
    browser.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    connect(&signIn, &SalesforceOAuthSignIn::authorizeUrl, this, [&browser](const QUrl &u) {
        QNetworkReply *reply = browser.get(QNetworkRequest(u));
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    });
    ApiError error;
    int finished = 0;
    connect(&signIn, &SalesforceOAuthSignIn::finished, this,
        [&](const SalesforceOAuthSignIn::Result &, const ApiError &e) {
            error = e;
            ++finished;
        });
    signIn.start(login.url(), u"client-1"_s);
    QTRY_COMPARE_WITH_TIMEOUT(finished, 1, 20000);
    bool exchanged = false;
    for (const SeenRequest &r : std::as_const(login.seen))
        exchanged = exchanged || (r.method == "POST" && r.body.contains("C0DE"));
    QVERIFY2(exchanged, "the token exchange never reached the login host");
    QVERIFY2(other.seen.isEmpty(), other.seen.value(0).all().constData());
    QVERIFY(error.isError());
    QVERIFY2(error.userMessage().contains(login.hostLabel())
            && error.userMessage().contains(other.hostLabel()),
        qPrintable(error.toLogString()));
}

void TestHostileNetwork::salesforceRepeatedNextRecordsUrlFails()
{
    RepeatingSalesforce emu;
    QVERIFY(emu.listen(0));
    QNetworkAccessManager nam;
    const std::unique_ptr<Connector> connector = seededSalesforce(emu, &nam);
    FetchRequest request;
    request.object = u"Lead"_s;
    request.pageSize = 200;
    const FetchOutcome out = runFetch([&](auto onPage, auto done) {
        connector->fetch(request, onPage, done);
    });
    QCOMPARE(out.doneCalls, 1);
    QVERIFY2(out.error.isError(), "the repeated nextRecordsUrl was followed without end");
    QVERIFY2(out.error.userMessage().contains(u"kept sending the same pages"_s),
        qPrintable(out.error.toLogString()));
    QVERIFY(out.error.technicalDetail().contains(u"a second time"_s));
    // Page 1 is handed on; the page whose next cursor repeats itself is not (it would be
    // followed again), and nothing after it is asked for.
    QCOMPARE(out.pages.size(), 1);
}

void TestHostileNetwork::salesforceRepeatedBulkLocatorFails()
{
    RepeatingBulkSalesforce emu;
    QVERIFY(emu.listen(0));
    QNetworkAccessManager nam;
    const std::unique_ptr<Connector> connector = seededSalesforce(emu, &nam);
    FetchRequest request;
    request.object = u"Lead"_s;
    request.pageSize = 100;
    request.options.insert(u"bulk"_s, true);
    const FetchOutcome out = runFetch([&](auto onPage, auto done) {
        connector->fetch(request, onPage, done);
    });
    QCOMPARE(out.doneCalls, 1);
    // Before: the same 100 rows were read again and again for ever.
    QVERIFY2(out.error.isError(), "the repeated locator was followed without end");
    QVERIFY2(out.error.userMessage().contains(u"kept sending the same pages"_s),
        qPrintable(out.error.toLogString()));
    QCOMPARE(out.pages.size(), 1);
}

void TestHostileNetwork::actOnServerIgnoringOffsetFails()
{
    OffsetIgnoringActOn emu;
    QVERIFY(emu.listen(0));
    DemoDataset d;
    DemoList list { u"Big"_s, u"Tests"_s, {} };
    for (int i = 0; i < 130; ++i) {
        d.people.append(person(i));
        list.members.append(i);
    }
    d.actOnLists.append(list);
    emu.seed(d);
    ConnectorConfig c;
    c.account.kind = AccountKind::ActOn;
    c.account.name = u"anna@example.com"_s;
    c.account.settings = { { u"username"_s, ActOnEmulator::defaultUsername() },
        { u"clientId"_s, ActOnEmulator::defaultClientId() }, { u"baseUrl"_s, emu.baseUrl().toString() } };
    c.credentials.secrets.insert(u"password"_s, ActOnEmulator::defaultPassword().toUtf8());
    c.credentials.secrets.insert(u"clientSecret"_s, ActOnEmulator::defaultClientSecret().toUtf8());
    QNetworkAccessManager nam;
    ActOnConnector connector(c, &nam);
    QString listId;
    bool listed = false;
    connector.listLists([&](const QList<ActOnListInfo> &lists, const ApiError &e) {
        QVERIFY2(!e.isError(), qPrintable(e.toLogString()));
        for (const auto &l : lists) {
            if (l.name == u"Big"_s)
                listId = l.id;
        }
        listed = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(listed, 20000);
    QVERIFY(!listId.isEmpty());
    ActOnDownloadOptions options;
    options.pageSize = 50;
    int pages = 0;
    ApiError error;
    int done = 0;
    connector.downloadList(
        listId, {}, [&pages](const ActOnListPage &) { ++pages; },
        [&](const ApiError &e) {
            error = e;
            ++done;
        },
        options);
    QTRY_VERIFY_WITH_TIMEOUT(done > 0 || pages > 20, 30000);
    QCOMPARE(done, 1);
    QVERIFY2(error.isError(), "a server ignoring the offset was read as a complete list");
    QVERIFY2(error.userMessage().contains(u"kept sending the same pages"_s), qPrintable(error.toLogString()));
    QCOMPARE(pages, 1);
}

void TestHostileNetwork::on24ServerIgnoringPageOffsetFails()
{
    BentOn24 emu;
    emu.mode = BentOn24::Mode::IgnoreOffset;
    QVERIFY(emu.listen(0));
    emu.seed(bigWebinar(emu.now(), 250));
    const FetchOutcome out = bigWebinarRegistrants(emu);
    QCOMPARE(out.doneCalls, 1);
    QVERIFY2(out.error.isError(),
        qPrintable(u"read as complete with %1 of 250 records"_s.arg(out.records())));
    QVERIFY2(out.error.userMessage().contains(u"kept sending the same pages"_s),
        qPrintable(out.error.toLogString()));
}

void TestHostileNetwork::on24RecordsWithoutUsableIdStayApart_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("eventuserid is a word") << int(BentOn24::Mode::StringIds);
    QTest::newRow("eventuserid missing") << int(BentOn24::Mode::MissingIds);
}

void TestHostileNetwork::on24RecordsWithoutUsableIdStayApart()
{
    QFETCH(int, mode);
    BentOn24 emu;
    emu.mode = BentOn24::Mode(mode);
    QVERIFY(emu.listen(0));
    emu.seed(bigWebinar(emu.now(), 150));
    const FetchOutcome out = bigWebinarRegistrants(emu);
    QVERIFY2(!out.error.isError(), qPrintable(out.error.toLogString()));
    // Before: every record had id "0" and all but one were dropped as "seen".
    QCOMPARE(out.records(), 150);
    QSet<QString> emails;
    for (const FetchPage &p : out.pages) {
        for (const ConnectorRecord &r : p.records) {
            QVERIFY2(r.id.isEmpty(), qPrintable(r.id)); // no made-up id such as "0"
            emails.insert(r.fields.value(u"email"_s).toString());
        }
    }
    QCOMPARE(emails.size(), 150);
}

void TestHostileNetwork::pipelinerRepeatedCursorFails()
{
    CursorRepeatingPipeliner emu;
    QVERIFY(emu.listen(0));
    DemoDataset d;
    for (int i = 0; i < 20; ++i) {
        DemoPerson p = person(i);
        p.inPipeliner = true;
        d.people.append(p);
    }
    emu.seed(d);
    ConnectorConfig c = configFor(AccountKind::Pipeliner, emu.baseUrl());
    c.account.settings.insert(u"spaceId"_s, PipelinerEmulator::defaultSpaceId());
    c.credentials.secrets.insert(u"apiToken"_s, PipelinerEmulator::defaultApiToken().toUtf8());
    c.credentials.secrets.insert(u"apiSecret"_s, PipelinerEmulator::defaultApiSecret().toUtf8());
    QNetworkAccessManager nam;
    std::unique_ptr<Connector> connector(ConnectorFactory::create(c, &nam));
    FetchRequest request;
    request.object = u"Contacts"_s;
    const FetchOutcome out = runFetch([&](auto onPage, auto done) {
        connector->fetch(request, onPage, done);
    });
    QCOMPARE(out.doneCalls, 1);
    // Before: the second "after=SAME" answer was taken for the end of the listing.
    QVERIFY2(out.error.isError(), "a repeated cursor was read as the end of the listing");
    QVERIFY2(out.error.userMessage().contains(u"kept sending the same pages"_s),
        qPrintable(out.error.toLogString()));
}

void TestHostileNetwork::pageCeilingStopsAnEndlessListing()
{
    // A listing that keeps inventing new records and cursors ends at the page ceiling.
    PagingGuard guard(u"Act-On"_s, u"the list L"_s, 25);
    ApiError e;
    int pages = 0;
    while (!e.isError() && pages < 1000) {
        e = guard.pageRead({ QString::number(pages) });
        if (!e.isError())
            e = guard.nextCursor(QString::number(++pages));
    }
    QVERIFY(e.isError());
    QCOMPARE(pages, 25);
    QVERIFY2(e.userMessage().contains(u"more than 25 pages"_s), qPrintable(e.userMessage()));
    QVERIFY(!e.isRetryable());
}

QTEST_GUILESS_MAIN(TestHostileNetwork)
#include "tst_hostile_network.moc"
