// Integration tests of ActOnConnector against the in-process Act-On emulator.

#include "core/connectors/acton/ActOnConnector.h"
#include "core/connectors/acton/ActOnCsv.h"
#include "core/connectors/acton/ActOnCsvStream.h"
#include "core/connectors/acton/ActOnSession.h"
#include "core/net/HttpClient.h"
#include "core/sandbox/SandboxRequest.h"
#include "core/sandbox/acton/ActOnEmulator.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace LeadBridge;
using LeadBridge::Sandbox::ActOnEmulator;

namespace {
constexpr int kWait = 20000;
const QString kUser = ActOnEmulator::defaultUsername();
} // namespace

class TestConnectorActOn : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ActOnEmulator> m_emu;
    std::unique_ptr<QNetworkAccessManager> m_nam;

    ConnectorConfig config(const QString &password = ActOnEmulator::defaultPassword(),
        const QString &refreshToken = {}) const
    {
        ConnectorConfig c;
        c.account.kind = AccountKind::ActOn;
        c.account.name = kUser;
        c.account.settings.insert(QStringLiteral("username"), kUser);
        c.account.settings.insert(QStringLiteral("clientId"), ActOnEmulator::defaultClientId());
        c.account.settings.insert(QStringLiteral("baseUrl"), m_emu->baseUrl().toString());
        c.credentials.secrets.insert(QStringLiteral("password"), password.toUtf8());
        c.credentials.secrets.insert(
            QStringLiteral("clientSecret"), ActOnEmulator::defaultClientSecret().toUtf8());
        if (!refreshToken.isEmpty())
            c.credentials.secrets.insert(QStringLiteral("refreshToken"), refreshToken.toUtf8());
        return c;
    }
    std::unique_ptr<ActOnConnector> connector(
        const QString &password = ActOnEmulator::defaultPassword(), const QString &refresh = {})
    {
        return std::make_unique<ActOnConnector>(config(password, refresh), m_nam.get());
    }
    int calls(const QString &endpoint) const
    {
        return m_emu->counters().value(QStringLiteral("calls")).toObject().value(endpoint).toInt();
    }
    int totalCalls() const { return m_emu->counters().value(QStringLiteral("total")).toInt(); }
    Sandbox::SandboxResponse control(const QByteArray &method, const QString &path,
        const QList<QPair<QString, QString>> &query = {}, const QJsonObject &body = {})
    {
        Sandbox::SandboxRequest r;
        r.method = method;
        r.path = path;
        r.queryItems = query;
        if (!body.isEmpty()) {
            r.body = QJsonDocument(body).toJson();
            r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        }
        return m_emu->dispatch(r);
    }
    void expireTokens()
    {
        QCOMPARE(control("POST", QStringLiteral("/_sandbox/tokens/expire")).status, 200);
    }
    void faults(const QJsonObject &f)
    {
        QString error;
        m_emu->setFaults(Sandbox::FaultSettings::fromJson(f, m_emu->faults(), &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    QJsonObject records(const QString &listId, int offset, int limit)
    {
        const auto r = control("GET", QStringLiteral("/_sandbox/records/") + listId,
            { { QStringLiteral("offset"), QString::number(offset) },
                { QStringLiteral("limit"), QString::number(limit) } });
        return QJsonDocument::fromJson(r.body).object();
    }

    /// Waits for one write() of @p request through @p c; its result, the error in @p error.
    WriteResult writeOnce(ActOnConnector &c, const WriteRequest &request, ApiError *error)
    {
        bool done = false;
        WriteResult result;
        c.write(request, [&](const WriteResult &r, const ApiError &e) {
            result = r;
            *error = e;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, kWait); }();
        return result;
    }

    /// Waits for one mergeCsv() through @p c (at most @p timeoutMs); its result, the error in
    /// @p error.
    ActOnImportResult mergeOnce(ActOnConnector &c, const QString &listId,
        const QStringList &headings, const QList<QStringList> &rows, const QString &key,
        ApiError *error, int timeoutMs = kWait)
    {
        bool done = false;
        ActOnImportResult result;
        c.mergeCsv(listId, headings, rows, key, [&](const ActOnImportResult &r, const ApiError &e) {
            result = r;
            *error = e;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, timeoutMs); }();
        return result;
    }

    /// Waits for a whole fetch() of @p request through @p c (at most @p timeoutMs); its pages,
    /// the error it ended with in @p error.
    QList<FetchPage> fetchAll(
        ActOnConnector &c, const FetchRequest &request, ApiError *error, int timeoutMs = kWait)
    {
        QList<FetchPage> pages;
        int doneCalls = 0;
        c.fetch(
            request, [&](const FetchPage &p) { pages.append(p); },
            [&](const ApiError &e) {
                *error = e;
                ++doneCalls;
            });
        [&] { QTRY_COMPARE_WITH_TIMEOUT(doneCalls, 1, timeoutMs); }();
        return pages;
    }

    /// Waits for one listLists() and returns its error.
    ApiError listOnce(ActOnConnector &c, QList<ActOnListInfo> *out = nullptr)
    {
        bool done = false;
        int times = 0;
        ApiError err;
        c.listLists([&](const QList<ActOnListInfo> &lists, const ApiError &e) {
            done = true;
            ++times;
            err = e;
            if (out)
                *out = lists;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, kWait); }();
        QTest::qWait(20);
        [&] { QCOMPARE(times, 1); }();
        return err;
    }
    ConnectionInfo check(ActOnConnector &c, ApiError *error)
    {
        bool done = false;
        ConnectionInfo info;
        c.checkConnection([&](const ConnectionInfo &i, const ApiError &e) {
            done = true;
            info = i;
            *error = e;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, kWait); }();
        return info;
    }
    struct Download
    {
        QList<ActOnListPage> pages;
        ApiError error;
        int doneCalls = 0;
        qint64 rows() const
        {
            qint64 n = 0;
            for (const auto &p : pages)
                n += p.rows.size();
            return n;
        }
    };
    Download download(
        ActOnConnector &c, const QString &listId, bool csv = false, const QStringList &fields = {})
    {
        Download d;
        auto onPage = [&](const ActOnListPage &p) { d.pages.append(p); };
        auto onDone = [&](const ApiError &e) {
            ++d.doneCalls;
            d.error = e;
        };
        if (csv)
            c.downloadListCsv(listId, fields, onPage, onDone);
        else
            c.downloadList(listId, fields, onPage, onDone);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(d.doneCalls > 0, 60000); }();
        return d;
    }

private Q_SLOTS:
    void init()
    {
        ActOnSession::clearProcessCache();
        m_emu = std::make_unique<ActOnEmulator>();
        QVERIFY(m_emu->listen());
        m_emu->seedSynthetic(50, 7);
        m_nam = std::make_unique<QNetworkAccessManager>();
    }
    void cleanup()
    {
        m_nam.reset();
        m_emu.reset();
    }

    void checkConnectionReportsUserListsAndRefreshToken()
    {
        m_emu->createList(
            QStringLiteral("Second"), QStringLiteral("F"), ActOnEmulator::standardHeadings());
        auto c = connector();
        QSignalSpy secrets(c.get(), &ActOnConnector::secretsUpdated);
        ApiError e;
        const ConnectionInfo info = check(*c, &e);
        QVERIFY2(!e.isError(), qPrintable(e.toLogString()));
        QCOMPARE(info.displayName, kUser);
        QCOMPARE(info.details.value(QStringLiteral("lists")).toInt(), 2);
        QVERIFY(info.updatedSecrets.has(QStringLiteral("refreshToken")));
        QCOMPARE(secrets.count(), 1);
        QCOMPARE(
            secrets.first().first().value<CredentialBundle>().text(QStringLiteral("refreshToken")),
            info.updatedSecrets.text(QStringLiteral("refreshToken")));
        QCOMPARE(calls(QStringLiteral("token")), 1);
        QCOMPARE(calls(QStringLiteral("list.listing")), 1);
    }

    void tokenIsReusedAcrossCallsAndConnectors()
    {
        auto c = connector();
        for (int i = 0; i < 8; ++i)
            QVERIFY(!listOnce(*c).isError());
        QCOMPARE(calls(QStringLiteral("list.listing")), 8);
        QCOMPARE(calls(QStringLiteral("token")), 1);
        QCOMPARE(c->session()->authCallsMade(), 1);
        // A second connector for the same account (e.g. the next sync run) reuses it too.
        auto c2 = connector();
        QVERIFY(!listOnce(*c2).isError());
        QCOMPARE(calls(QStringLiteral("token")), 1);
        QCOMPARE(ActOnSession::authCallsLastHour(m_emu->baseUrl(), kUser), 1);
    }

    void refreshGrantBeforeExpiryRotatesTheRefreshToken()
    {
        faults({ { QStringLiteral("tokenLifetimeSeconds"), 2 } });
        auto c = connector();
        QSignalSpy secrets(c.get(), &ActOnConnector::secretsUpdated);
        QVERIFY(!listOnce(*c).isError());
        const QString first = c->session()->refreshToken();
        QVERIFY(!first.isEmpty());
        QTest::qWait(2100);
        QVERIFY(!listOnce(*c).isError());
        const QString second = c->session()->refreshToken();
        QVERIFY(second != first);
        QCOMPARE(calls(QStringLiteral("token")), 2);
        QCOMPARE(c->http()->stats().authRefreshes, 0); // renewed before a 401, not after
        QCOMPARE(secrets.count(), 2);
        QCOMPARE(
            secrets.last().first().value<CredentialBundle>().text(QStringLiteral("refreshToken")),
            second);

        // The rotated-out token no longer works: a fresh process holding it signs in again.
        faults({ { QStringLiteral("tokenLifetimeSeconds"), -1 } });
        ActOnSession::clearProcessCache();
        auto c2 = connector(ActOnEmulator::defaultPassword(), first);
        QVERIFY(!listOnce(*c2).isError());
        QCOMPARE(calls(QStringLiteral("token")), 4); // refused refresh + password grant
    }

    void rejectedRefreshTokenFallsBackToPassword()
    {
        auto c = connector(ActOnEmulator::defaultPassword(), QStringLiteral("not-a-valid-token"));
        ApiError e;
        const ConnectionInfo info = check(*c, &e);
        QVERIFY2(!e.isError(), qPrintable(e.toLogString()));
        QCOMPARE(calls(QStringLiteral("token")), 2);
        QVERIFY(info.updatedSecrets.has(QStringLiteral("refreshToken")));
        QVERIFY(info.updatedSecrets.text(QStringLiteral("refreshToken"))
            != QLatin1String("not-a-valid-token"));
    }

    void expiredAccessTokenCostsOneSignIn()
    {
        auto c = connector();
        QVERIFY(!listOnce(*c).isError());
        expireTokens();
        QVERIFY(!listOnce(*c).isError());
        QCOMPARE(calls(QStringLiteral("token")), 2);
        QCOMPARE(c->http()->stats().authRefreshes, 1);
        QCOMPARE(calls(QStringLiteral("list.listing")), 3); // 1 + (401, replay)
    }

    void wrongPasswordSentence()
    {
        auto c = connector(QStringLiteral("wrong"));
        ApiError e;
        check(*c, &e);
        QCOMPARE(e.kind(), ApiError::Kind::Auth);
        QCOMPARE(e.userMessage(),
            QStringLiteral("Act-On rejected the password for demo@leadbridge.sandbox. Check it in "
                           "Accounts → Act-On."));
        QCOMPARE(calls(QStringLiteral("token")), 1); // not retried
        QCOMPARE(calls(QStringLiteral("list.listing")), 0);
        QVERIFY(!e.technicalDetail().contains(QLatin1String("wrong")));
    }

    void wrongClientSecretSentence()
    {
        ConnectorConfig cfg = config();
        cfg.credentials.secrets.insert(QStringLiteral("clientSecret"), "nope");
        ActOnConnector c(cfg, m_nam.get());
        ApiError e;
        check(c, &e);
        QCOMPARE(e.kind(), ApiError::Kind::Auth);
        QCOMPARE(e.userMessage(),
            QStringLiteral("Act-On did not accept the client ID and client secret saved for "
                           "demo@leadbridge.sandbox. Check them in Accounts → Act-On."));
    }

    void sixthSignInWithinAnHourIsRefusedWithASentence()
    {
        auto c = connector();
        QVERIFY(!listOnce(*c).isError());
        for (int i = 0; i < 4; ++i) {
            expireTokens();
            QVERIFY(!listOnce(*c).isError());
        }
        QCOMPARE(calls(QStringLiteral("token")), 5);
        expireTokens();
        const ApiError e = listOnce(*c);
        QCOMPARE(e.kind(), ApiError::Kind::QuotaExhausted);
        QVERIFY2(e.userMessage().startsWith(QStringLiteral(
                     "Act-On allows 5 sign-ins per hour and they are used up for "
                     "demo@leadbridge.sandbox. LeadBridge will be able to sign in again after ")),
            qPrintable(e.userMessage()));
        QCOMPARE(calls(QStringLiteral("token")), 5); // the 6th was never sent

        // Another process used them up: the server's 429 gives the same kind of sentence.
        ActOnSession::clearProcessCache();
        auto c2 = connector();
        const ApiError e2 = listOnce(*c2);
        QCOMPARE(e2.kind(), ApiError::Kind::QuotaExhausted);
        QVERIFY2(
            e2.userMessage().startsWith(QStringLiteral("Act-On allows 5 sign-ins per hour and they "
                                                       "are used up for demo@leadbridge.sandbox.")),
            qPrintable(e2.userMessage()));
        QCOMPARE(calls(QStringLiteral("token")), 6); // one call, no retry
    }

    void burstOfTwentyStaysUnderFivePerSecond()
    {
        auto c = connector();
        QVERIFY(!listOnce(*c).isError()); // sign in first
        int done = 0;
        int failed = 0;
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < 20; ++i) {
            c->listLists([&](const QList<ActOnListInfo> &, const ApiError &e) {
                ++done;
                failed += e.isError() ? 1 : 0;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(done, 20, 30000);
        const qint64 ms = t.elapsed();
        QCOMPARE(failed, 0);
        QCOMPARE(c->http()->stats().rateLimitAnswers, 0);
        QCOMPARE(calls(QStringLiteral("list.listing")), 21);
        QVERIFY2(ms >= 3000, qPrintable(QString::number(ms))); // 21 calls at ≤ 5/s
        qInfo("burst of 20 listing calls: %lld ms, no 429", ms);
    }

    void injectedRateLimitIsWaitedOut()
    {
        auto c = connector();
        QVERIFY(!listOnce(*c).isError());
        faults({ { QStringLiteral("rateLimitNext"), 2 } });
        QVERIFY(!listOnce(*c).isError());
        QCOMPARE(c->http()->stats().rateLimitAnswers, 2);
        QCOMPARE(calls(QStringLiteral("list.listing")), 4);
        QVERIFY(c->http()->stats().backoffWaitMs >= 1900);
    }

    void dailyLimitEndsWithQuotaSentence()
    {
        auto c = connector();
        QVERIFY(!listOnce(*c).isError());
        QCOMPARE(control("PATCH", QStringLiteral("/_sandbox/records/limits"), {},
                     { { QStringLiteral("dailyUsed"), 30000 } })
                     .status,
            200);
        const ApiError e = listOnce(*c);
        QCOMPARE(e.kind(), ApiError::Kind::QuotaExhausted);
        QVERIFY2(e.userMessage().startsWith(QStringLiteral(
                     "Act-On's limit of 30,000 API calls for demo@leadbridge.sandbox is used up.")),
            qPrintable(e.userMessage()));
        QCOMPARE(calls(QStringLiteral("list.listing")), 2); // not retried
    }

    void serverErrorsAreRetriedThenReported()
    {
        auto c = connector();
        QVERIFY(!listOnce(*c).isError());
        faults({ { QStringLiteral("failNext"), 3 } });
        QVERIFY(!listOnce(*c).isError());
        QCOMPARE(calls(QStringLiteral("list.listing")), 5);
        faults({ { QStringLiteral("failNext"), 10 } });
        const ApiError e = listOnce(*c);
        QCOMPARE(e.kind(), ApiError::Kind::Server);
        QCOMPARE(e.httpStatus(), 503);
        QVERIFY2(
            e.userMessage().contains(QLatin1String("Act-On")) && e.userMessage().contains(kUser),
            qPrintable(e.userMessage()));
        QCOMPARE(calls(QStringLiteral("list.listing")), 10); // 5 attempts
        faults({ { QStringLiteral("failNext"), 0 } });
    }

    void malformedAndTruncatedAnswers()
    {
        auto c = connector();
        QVERIFY(!listOnce(*c).isError());
        faults({ { QStringLiteral("malformedNext"), 1 } });
        QVERIFY(!listOnce(*c).isError());
        faults({ { QStringLiteral("truncateNext"), 1 } });
        QVERIFY(!listOnce(*c).isError());
        faults({ { QStringLiteral("malformedNext"), 2 } });
        const ApiError e = listOnce(*c);
        QCOMPARE(e.kind(), ApiError::Kind::Malformed);
        QVERIFY(e.userMessage().contains(QLatin1String("Act-On")));
        QCOMPARE(calls(QStringLiteral("list.listing")), 7);

        // A garbled CSV download is read again once, then reported.
        faults({ { QStringLiteral("malformedNext"), 1 } });
        Download d = download(*c, QStringLiteral("l-0001"), true);
        QVERIFY2(!d.error.isError(), qPrintable(d.error.toLogString()));
        QCOMPARE(d.rows(), 50);
        faults({ { QStringLiteral("truncateNext"), 2 } });
        d = download(*c, QStringLiteral("l-0001"), true);
        QCOMPARE(d.error.kind(), ApiError::Kind::Malformed);
        QCOMPARE(d.doneCalls, 1);
    }

    void listsAndFolders()
    {
        m_emu->createList(QStringLiteral("Webinar B"), QStringLiteral("Client 22317"),
            ActOnEmulator::standardHeadings());
        auto c = connector();
        QList<ActOnListInfo> lists;
        QVERIFY(!listOnce(*c, &lists).isError());
        QCOMPARE(lists.size(), 2);
        QCOMPARE(lists.at(0).id, QStringLiteral("l-0001"));
        QCOMPARE(lists.at(0).name, QStringLiteral("Synthetic Contacts"));
        QCOMPARE(lists.at(0).size, 50);
        QCOMPARE(lists.at(1).folderName, QStringLiteral("Client 22317"));
        bool done = false;
        QStringList folders;
        c->listFolders([&](const QStringList &f, const ApiError &e) {
            QVERIFY(!e.isError());
            folders = f;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, kWait);
        QCOMPARE(
            folders, (QStringList { QStringLiteral("Client 22317"), QStringLiteral("Synthetic") }));
    }

    void findOrCreateListIsIdempotent()
    {
        auto c = connector();
        const QStringList headings { QStringLiteral("First Name"), QStringLiteral("Last Name"),
            QStringLiteral("Status"), QStringLiteral("Registration Date/Time") };
        QString id1, id2, id3;
        int done = 0;
        c->findOrCreateList(QStringLiteral("Client 22317"), QStringLiteral("Webinar 4242"),
            headings, [&](const QString &id, const ApiError &e) {
                QVERIFY2(!e.isError(), qPrintable(e.toLogString()));
                id1 = id;
                ++done;
            });
        // A concurrent call for the same list shares the creation.
        c->findOrCreateList(QStringLiteral("Client 22317"), QStringLiteral("Webinar 4242"),
            headings, [&](const QString &id, const ApiError &) {
                id2 = id;
                ++done;
            });
        QTRY_COMPARE_WITH_TIMEOUT(done, 2, kWait);
        QVERIFY(!id1.isEmpty());
        QCOMPARE(id2, id1);
        QCOMPARE(m_emu->listIdByName(QStringLiteral("Webinar 4242")), id1);
        QCOMPARE(calls(QStringLiteral("list.create")), 1);
        c->findOrCreateList(QStringLiteral("Client 22317"), QStringLiteral("Webinar 4242"),
            headings, [&](const QString &id, const ApiError &) {
                id3 = id;
                ++done;
            });
        QTRY_COMPARE_WITH_TIMEOUT(done, 3, kWait);
        QCOMPARE(id3, id1);
        QCOMPARE(calls(QStringLiteral("list.create")), 1);
        QCOMPARE(m_emu->listIds().size(), 2);
        // The list carries the headings, e-mail first, and is empty.
        const QJsonObject rec = records(id1, 0, 10);
        QCOMPARE(rec.value(QStringLiteral("totalCount")).toInt(), 0);
        const QJsonArray h = rec.value(QStringLiteral("headings")).toArray();
        QCOMPARE(h.at(0).toString(), QStringLiteral("E-mail Address"));
        QCOMPARE(h.at(4).toString(), QStringLiteral("Registration Date/Time"));

        // describe() of the new list types the headings.
        bool described = false;
        c->describe({ id1, QStringLiteral("contact fields") },
            [&](const QList<CrmObjectSchema> &schemas, const ApiError &e) {
                QVERIFY2(!e.isError(), qPrintable(e.toLogString()));
                QCOMPARE(schemas.size(), 2);
                QCOMPARE(schemas.at(0).name, id1);
                QCOMPARE(schemas.at(0).fields.size(), 5);
                QCOMPARE(schemas.at(0).field(QStringLiteral("E-mail Address"))->type,
                    QStringLiteral("email"));
                QCOMPARE(
                    schemas.at(0).field(QStringLiteral("Status"))->type, QStringLiteral("text"));
                QCOMPARE(schemas.at(0).field(QStringLiteral("Registration Date/Time"))->type,
                    QStringLiteral("datetime"));
                QVERIFY(schemas.at(1).contains(QStringLiteral("E-mail Address")));
                described = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(described, kWait);
    }

    void mergeOf100kContactsCostsFewCalls()
    {
        const QString listId = m_emu->createList(QStringLiteral("Merge target"),
            QStringLiteral("Tests"), ActOnEmulator::standardHeadings());
        auto c = connector();
        c->setMaxChunkBytes(2 * 1024 * 1024); // several chunks, to exercise chunking
        // Chunks of more than 10,000 rows are "pending"/"running" for a poll or two in the
        // emulator; short poll intervals keep the test quick.
        c->setMaxPollIntervalMs(20);
        const QStringList headings { QStringLiteral("E-mail Address"), QStringLiteral("First Name"),
            QStringLiteral("Last Name"), QStringLiteral("Company"), QStringLiteral("Score") };
        QList<QStringList> rows;
        rows.reserve(100000);
        for (int i = 0; i < 100000; ++i) {
            rows.append(
                { QStringLiteral("person%1@merge.example").arg(i), QStringLiteral("Zoë %1").arg(i),
                    i % 7 == 0 ? QStringLiteral("O\"Brien, Jr.") : QStringLiteral("Last%1").arg(i),
                    QStringLiteral("Acme, Inc.\nEurope"), QString::number(i % 100) });
        }
        const int before = totalCalls();
        QElapsedTimer t;
        t.start();
        ActOnImportResult result;
        ApiError err;
        result
            = mergeOnce(*c, listId, headings, rows, QStringLiteral("E-mail Address"), &err, 60000);
        const qint64 ms = t.elapsed();
        QVERIFY2(!err.isError(), qPrintable(err.toLogString()));
        const int used = totalCalls() - before;
        qInfo("merge of 100,000 contacts: %d calls (%d chunks, %lld bytes), %lld ms", used,
            result.chunks, result.bytesUploaded, ms);
        QVERIFY(result.chunks > 1);
        QVERIFY2(used <= 40, qPrintable(QString::number(used)));
        QCOMPARE(result.appendCount, 100000);
        QCOMPARE(result.updateCount, 0);
        QCOMPARE(m_emu->listSize(listId), 100000);
        for (int i : { 0, 1, 7, 49999, 99999 }) {
            const QJsonObject rec
                = records(listId, i, 1).value(QStringLiteral("records")).toArray().at(0).toObject();
            QCOMPARE(rec.value(QStringLiteral("E-mail Address")).toString(),
                QStringLiteral("person%1@merge.example").arg(i));
            QCOMPARE(rec.value(QStringLiteral("First Name")).toString(),
                QStringLiteral("Zoë %1").arg(i));
            QCOMPARE(rec.value(QStringLiteral("Last Name")).toString(),
                i % 7 == 0 ? QStringLiteral("O\"Brien, Jr.") : QStringLiteral("Last%1").arg(i));
            QCOMPARE(rec.value(QStringLiteral("Company")).toString(),
                QStringLiteral("Acme, Inc.\nEurope"));
        }

        // Merging again updates by e-mail instead of adding.
        result = mergeOnce(
            *c, listId, headings, rows.mid(0, 10), QStringLiteral("E-mail Address"), &err);
        QVERIFY(!err.isError());
        QCOMPARE(result.updateCount, 10);
        QCOMPARE(m_emu->listSize(listId), 100000);
        // Uploads of megabytes did not push the calls after them past 5 per second.
        QCOMPARE(c->http()->stats().rateLimitAnswers, 0);
    }

    void downloadPagingEdges_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("pages");
        QTest::newRow("empty") << 0 << 1;
        QTest::newRow("exactly 1000") << 1000 << 1;
        QTest::newRow("1001") << 1001 << 2;
    }
    void downloadPagingEdges()
    {
        QFETCH(int, rows);
        QFETCH(int, pages);
        m_emu->seedSynthetic(rows, 11);
        auto c = connector();
        Download d = download(*c, QStringLiteral("l-0001"));
        QVERIFY2(!d.error.isError(), qPrintable(d.error.toLogString()));
        QCOMPARE(d.doneCalls, 1);
        QCOMPARE(d.pages.size(), pages);
        QCOMPARE(d.rows(), rows);
        QVERIFY(d.pages.last().last);
        QCOMPARE(calls(QStringLiteral("list.download")), pages);
        QCOMPARE(d.pages.first().headers.first(), QStringLiteral("_contact_id_"));
        if (rows > 0) {
            QCOMPARE(d.pages.first().rows.first().first(), QStringLiteral("l-0001:0"));
            QCOMPARE(d.pages.last().rows.last().first(),
                QStringLiteral("l-0001:%1").arg(rows - 1, 0, 16));
        }
        // The CSV variant reads the same rows in one call.
        Download csv = download(*c, QStringLiteral("l-0001"), true);
        QVERIFY2(!csv.error.isError(), qPrintable(csv.error.toLogString()));
        QCOMPARE(csv.rows(), rows);
        QCOMPARE(calls(QStringLiteral("list.download")), pages + 1);
        if (rows > 0)
            QCOMPARE(csv.pages.last().rows.last(), d.pages.last().rows.last());
        // Read back from the spooled file page by page: the same pages, row for row.
        QCOMPARE(csv.pages.size(), pages);
        for (int i = 0; i < pages; ++i) {
            QCOMPARE(csv.pages.at(i).rows, d.pages.at(i).rows);
            QCOMPARE(csv.pages.at(i).totalCount, rows);
            QCOMPARE(csv.pages.at(i).last, i == pages - 1);
        }
    }

    void fetchStreamsRecordsKeyedByHeading()
    {
        auto c = connector();
        FetchRequest req;
        req.object = QStringLiteral("l-0001");
        req.pageSize = 20;
        ApiError err;
        const QList<FetchPage> pages = fetchAll(*c, req, &err);
        QVERIFY(!err.isError());
        QCOMPARE(pages.size(), 3);
        QCOMPARE(pages.at(2).records.size(), 10);
        QCOMPARE(pages.at(0).totalKnown, 50);
        const ConnectorRecord &r = pages.at(0).records.at(0);
        QCOMPARE(r.id, QStringLiteral("l-0001:0"));
        QCOMPARE(r.object, QStringLiteral("l-0001"));
        QVERIFY(r.fields.value(QStringLiteral("E-mail Address")).toString().contains(u'@'));
        QVERIFY(!r.fields.contains(QStringLiteral("__modified_date")));
        QVERIFY(r.modifiedAt.isValid());
        QVERIFY(!pages.last().cursor.isEmpty());
        const QJsonObject stored = records(QStringLiteral("l-0001"), 0, 1)
                                       .value(QStringLiteral("records"))
                                       .toArray()
                                       .at(0)
                                       .toObject();
        QCOMPARE(r.fields.value(QStringLiteral("Last Name")).toString(),
            stored.value(QStringLiteral("Last Name")).toString());
    }

    void manyChangedRowsAreReadAsOneCsvDownload()
    {
        // The first incremental read after a big write reads that write back: 12,000 changed
        // rows are one JSON page (for totalCount) and one CSV download, not twelve pages.
        m_emu->seedSynthetic(12000, 7);
        auto c = connector();
        auto fetchSince = [&](const QDateTime &since, const QVariantMap &options) {
            FetchRequest req;
            req.object = QStringLiteral("l-0001");
            req.since = since;
            req.options = options;
            ApiError err;
            const QList<FetchPage> pages = fetchAll(*c, req, &err, 60000);
            [&] { QVERIFY2(!err.isError(), qPrintable(err.toLogString())); }();
            return pages;
        };
        auto recordsOf = [](const QList<FetchPage> &pages) {
            QList<ConnectorRecord> out;
            for (const FetchPage &p : pages)
                out.append(p.records);
            return out;
        };
        // Synthetic rows carry their people's (past) modification times.
        const QDateTime yesterday
            = QDateTime::fromString(QStringLiteral("2000-01-01T00:00:00Z"), Qt::ISODate);
        const QList<FetchPage> csvPages = fetchSince(yesterday, {});
        const QList<ConnectorRecord> viaCsv = recordsOf(csvPages);
        QCOMPARE(viaCsv.size(), 12000);
        QCOMPARE(calls(QStringLiteral("list.download")), 2);
        QVERIFY(viaCsv.last().modifiedAt.isValid());
        QVERIFY(!csvPages.last().cursor.isEmpty());
        QVERIFY(!viaCsv.first().fields.contains(QStringLiteral("__modified_date")));

        // The same read page by page (the switch raised above the change set): the same rows.
        const QList<ConnectorRecord> viaJson
            = recordsOf(fetchSince(yesterday, { { QStringLiteral("csvAbove"), 20000 } }));
        QCOMPARE(calls(QStringLiteral("list.download")), 2 + 12);
        QCOMPARE(viaJson.size(), viaCsv.size());
        for (int i : { 0, 4999, 11999 }) {
            QCOMPARE(viaCsv.at(i).id, viaJson.at(i).id);
            QCOMPARE(viaCsv.at(i).fields, viaJson.at(i).fields);
            QCOMPARE(viaCsv.at(i).modifiedAt, viaJson.at(i).modifiedAt);
        }

        // The CSV download keeps the filter: an hour later, 6,000 rows changed after the
        // cursor come back, not the 12,000.
        m_emu->advanceClock(3600);
        QVERIFY(!listOnce(*c).isError()); // the access token expired with the hour: renew it
        const QJsonArray rows
            = records(QStringLiteral("l-0001"), 0, 6000).value(QStringLiteral("records")).toArray();
        QCOMPARE(rows.size(), 6000);
        for (const QJsonValue &row : rows) {
            const QString id = row.toObject().value(QStringLiteral("_contact_id_")).toString();
            const auto r = control("PATCH", QStringLiteral("/_sandbox/records/l-0001/") + id, {},
                { { QStringLiteral("Job Title"), QStringLiteral("Changed") } });
            QCOMPARE(r.status, 200);
        }
        const QList<ConnectorRecord> changed
            = recordsOf(fetchSince(QDateTime::currentDateTimeUtc().addSecs(1800), {}));
        QCOMPARE(changed.size(), 6000);
        QCOMPARE(calls(QStringLiteral("list.download")), 2 + 12 + 2);
        for (const ConnectorRecord &r : changed)
            QCOMPARE(
                r.fields.value(QStringLiteral("Job Title")).toString(), QStringLiteral("Changed"));
        // A handful of changes stays one JSON page.
        control("PATCH", QStringLiteral("/_sandbox/records/l-0001/l-0001:0"), {},
            { { QStringLiteral("Job Title"), QStringLiteral("Again") } });
        m_emu->advanceClock(3600);
        QVERIFY(!listOnce(*c).isError());
        control("PATCH", QStringLiteral("/_sandbox/records/l-0001/l-0001:1"), {},
            { { QStringLiteral("Job Title"), QStringLiteral("Again") } });
        const QList<ConnectorRecord> few
            = recordsOf(fetchSince(QDateTime::currentDateTimeUtc().addSecs(5400), {}));
        QCOMPARE(few.size(), 1);
        QCOMPARE(few.first().id, QStringLiteral("l-0001:1"));
        QCOMPARE(calls(QStringLiteral("list.download")), 2 + 12 + 2 + 1);
    }

    void upsertAFewAndMergeMany()
    {
        auto c = connector();
        const QJsonObject first = records(QStringLiteral("l-0001"), 0, 1)
                                      .value(QStringLiteral("records"))
                                      .toArray()
                                      .at(0)
                                      .toObject();
        const QString existing = first.value(QStringLiteral("E-mail Address")).toString();
        WriteRequest w;
        w.object = QStringLiteral("l-0001");
        w.operation = WriteRequest::Operation::Upsert;
        auto rec = [](const QString &email, const QString &company) {
            ConnectorRecord r;
            r.fields.insert(QStringLiteral("E-mail Address"), email);
            r.fields.insert(QStringLiteral("Company"), company);
            return r;
        };
        w.records = { rec(existing, QStringLiteral("Updated Co")),
            rec(QStringLiteral("new.one@example.com"), QStringLiteral("New Co")),
            rec(QString(), QStringLiteral("No Mail Co")) };
        ApiError err;
        WriteResult result = writeOnce(*c, w, &err);
        QVERIFY2(!err.isError(), qPrintable(err.toLogString()));
        QCOMPARE(result.outcomes.size(), 3);
        QVERIFY(result.outcomes.at(0).ok);
        QCOMPARE(result.outcomes.at(0).id, QStringLiteral("l-0001:0"));
        QVERIFY(result.outcomes.at(1).ok);
        QCOMPARE(result.outcomes.at(1).id, QStringLiteral("l-0001:32")); // 50 = 0x32
        QVERIFY(!result.outcomes.at(2).ok);
        QVERIFY(
            result.outcomes.at(2).error.userMessage().contains(QLatin1String("no e-mail address")));
        QCOMPARE(calls(QStringLiteral("record.upsert")), 2);
        QCOMPARE(m_emu->listSize(QStringLiteral("l-0001")), 51);
        QCOMPARE(records(QStringLiteral("l-0001"), 0, 1)
                     .value(QStringLiteral("records"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("Company"))
                     .toString(),
            QStringLiteral("Updated Co"));

        // 25 records: one CSV merge instead of 25 calls.
        WriteRequest many = w;
        many.records.clear();
        for (int i = 0; i < 25; ++i)
            many.records.append(
                rec(QStringLiteral("bulk%1@example.com").arg(i), QStringLiteral("Bulk")));
        result = writeOnce(*c, many, &err);
        QVERIFY(!err.isError());
        QCOMPARE(result.succeeded(), 25);
        QCOMPARE(result.callsUsed, 3); // list headings + upload + job status
        QCOMPARE(calls(QStringLiteral("list.merge")), 1);
        QCOMPARE(calls(QStringLiteral("record.upsert")), 2);
        QCOMPARE(m_emu->listSize(QStringLiteral("l-0001")), 76);

        // The next merge into the same list reuses the headings the first one read.
        WriteRequest more = many;
        more.records.clear();
        for (int i = 0; i < 25; ++i)
            more.records.append(
                rec(QStringLiteral("again%1@example.com").arg(i), QStringLiteral("Again")));
        result = writeOnce(*c, more, &err);
        QVERIFY(!err.isError());
        QCOMPARE(result.succeeded(), 25);
        QCOMPARE(result.callsUsed, 2); // upload + job status
        QCOMPARE(calls(QStringLiteral("list.merge")), 2);
        QCOMPARE(m_emu->listSize(QStringLiteral("l-0001")), 101);

        // A list that does not exist is a plain NotFound sentence.
        WriteRequest missing = w;
        missing.object = QStringLiteral("l-0fff");
        missing.records = { rec(QStringLiteral("x@example.com"), QStringLiteral("X")) };
        result = writeOnce(*c, missing, &err);
        QCOMPARE(err.kind(), ApiError::Kind::NotFound);
        QVERIFY(err.userMessage().contains(QLatin1String("Invalid or missing list")));
        QVERIFY(!result.outcomes.at(0).ok);
    }

    void deletesInBatchesOfHundred()
    {
        m_emu->seedSynthetic(250, 3);
        auto c = connector();
        QStringList ids;
        for (int i = 0; i < 150; ++i)
            ids.append(QStringLiteral("l-0001:%1").arg(i, 0, 16));
        ids.append(QStringLiteral("l-0001:fff")); // unknown
        bool done = false;
        ActOnDeleteResult result;
        ApiError err;
        c->deleteRecords(
            QStringLiteral("l-0001"), ids, [&](const ActOnDeleteResult &r, const ApiError &e) {
                result = r;
                err = e;
                done = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done, kWait);
        QVERIFY2(!err.isError(), qPrintable(err.toLogString()));
        QCOMPARE(calls(QStringLiteral("record.bulkDelete")), 2);
        QCOMPARE(result.successCount, 150);
        QCOMPARE(result.failed.size(), 1);
        QCOMPARE(result.failed.at(0).id, QStringLiteral("l-0001:fff"));
        QCOMPARE(result.failed.at(0).reason, QStringLiteral("Invalid contact id"));
        QCOMPARE(m_emu->listSize(QStringLiteral("l-0001")), 100);

        // Through write(): per-record outcomes.
        WriteRequest w;
        w.object = QStringLiteral("l-0001");
        w.operation = WriteRequest::Operation::Delete;
        ConnectorRecord a;
        a.id = QStringLiteral("l-0001:96"); // 150
        ConnectorRecord b;
        b.id = QStringLiteral("l-0001:0"); // already deleted
        w.records = { a, b };
        const WriteResult wr = writeOnce(*c, w, &err);
        QVERIFY(!err.isError());
        QVERIFY(wr.outcomes.at(0).ok);
        // failedList entries are {"id","reason"} objects: the failed delete is this record's
        // own error, with Act-On's reason (it used to count as done).
        QVERIFY(!wr.outcomes.at(1).ok);
        QCOMPARE(wr.outcomes.at(1).id, QStringLiteral("l-0001:0"));
        QVERIFY2(wr.outcomes.at(1).error.userMessage().contains(QLatin1String("l-0001:0"))
                && wr.outcomes.at(1).error.userMessage().contains(
                    QLatin1String("Invalid contact id")),
            qPrintable(wr.outcomes.at(1).error.userMessage()));
        QCOMPARE(m_emu->listSize(QStringLiteral("l-0001")), 99);
    }

    // A1: while a list job runs, Act-On answers only {"status":"The job is pending"} or
    // {"status":"The job is running"}; the merge waits instead of calling it malformed.
    void mergeWaitsWhileTheJobIsPendingOrRunning()
    {
        const QString listId = m_emu->createList(
            QStringLiteral("Waiting"), QStringLiteral("Tests"), ActOnEmulator::standardHeadings());
        auto c = connector();
        c->setMaxPollIntervalMs(10);
        faults(QJsonObject { { QStringLiteral("jobPendingNext"), 3 } });
        const QStringList headings { QStringLiteral("E-mail Address"),
            QStringLiteral("First Name") };
        QList<QStringList> rows;
        for (int i = 0; i < 5; ++i)
            rows.append({ QStringLiteral("wait%1@example.com").arg(i), QStringLiteral("W") });
        ActOnImportResult result;
        ApiError err;
        result = mergeOnce(*c, listId, headings, rows, QStringLiteral("E-mail Address"), &err);
        QVERIFY2(!err.isError(), qPrintable(err.toLogString()));
        QCOMPARE(result.jobWaits, 3); // pending, running, running
        QCOMPARE(calls(QStringLiteral("list.jobStatus")), 4);
        QCOMPARE(result.appendCount, 5);
        QCOMPARE(m_emu->listSize(listId), 5);
    }

    void jobStatusShapesFromTheOpenApi()
    {
        // The three documented answers of GET /api/1/list/{jobid}/status.
        const auto parse
            = [](const char *json) { return QJsonDocument::fromJson(QByteArray(json)).object(); };
        QVERIFY(ActOnConnector::jobStillRunning(parse(R"({"status": "The job is pending"})")));
        QVERIFY(ActOnConnector::jobStillRunning(parse(R"({"status": "The job is running"})")));
        // the "Successful Response" example: details twice, as an object and as JSON text
        const QJsonObject details = parse(R"({"status":"ok","listId":"l-0001","appendCount":10,)"
                                          R"("updateCount":2,"failedCount":0,"rejectedCount":0})");
        const QJsonObject done { { QStringLiteral("status"), QStringLiteral("success") },
            { QStringLiteral("jobDetails"),
                QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)) },
            { QStringLiteral("details"), details } };
        QJsonObject textOnly = done;
        textOnly.remove(QStringLiteral("details"));
        QCOMPARE(ActOnConnector::jobDetails(textOnly), details);
        QVERIFY(!ActOnConnector::jobStillRunning(done));
        QCOMPARE(ActOnConnector::jobDetails(done).value(QStringLiteral("appendCount")).toInt(), 10);
        QVERIFY(!ActOnConnector::jobStillRunning(parse(R"({"status":"success"})")));
        QVERIFY(!ActOnConnector::jobStillRunning(QJsonObject()));
    }

    void jobStillRunningAtTheTimeLimitIsASentence()
    {
        // 1 s doubling to 30 s between polls, by default
        QList<int> delays;
        for (int round = 0; round < 7; ++round)
            delays.append(ActOnConnector::jobPollDelayMs(round, 30000));
        QCOMPARE(delays, (QList<int> { 1000, 2000, 4000, 8000, 16000, 30000, 30000 }));

        const QString listId = m_emu->createList(
            QStringLiteral("Slow"), QStringLiteral("Tests"), ActOnEmulator::standardHeadings());
        auto c = connector();
        c->setMaxPollIntervalMs(10);
        c->setJobTimeLimitMs(50); // the waits are counted, not timed: 5 waits of 10 ms
        faults(QJsonObject { { QStringLiteral("jobPendingNext"), 1000 } });
        ActOnImportResult result;
        ApiError err;
        result = mergeOnce(*c, listId, { QStringLiteral("E-mail Address") },
            { { QStringLiteral("slow@example.com") } }, QStringLiteral("E-mail Address"), &err);
        QCOMPARE(err.kind(), ApiError::Kind::Timeout);
        QVERIFY2(err.userMessage().contains(QLatin1String("still running"))
                && err.userMessage().contains(QLatin1String("next sync")),
            qPrintable(err.userMessage()));
        QCOMPARE(result.jobWaits, 6);
        QCOMPARE(calls(QStringLiteral("list.jobStatus")), 6);
    }

    // A2/A3: the CSV has exactly the list's columns, in its order and spelling, with the
    // documented mergespecs; the emulator refuses anything else.
    void mergeFollowsTheListsColumns()
    {
        const QString listId
            = m_emu->createList(QStringLiteral("Odd order"), QStringLiteral("Tests"),
                { QStringLiteral("First Name"), QStringLiteral("Company"),
                    QStringLiteral("E-mail Address"), QStringLiteral("Score") });
        auto c = connector();
        ActOnImportResult result;
        ApiError err;
        // our headings in another order and spelling than the list's
        result = mergeOnce(*c, listId,
            { QStringLiteral("e-mail address"), QStringLiteral("score"),
                QStringLiteral("First Name") },
            { { QStringLiteral("ann@example.com"), QStringLiteral("7"), QStringLiteral("Ann") },
                { QStringLiteral("bo@example.com"), QStringLiteral("9"), QStringLiteral("Bo") } },
            QStringLiteral("E-mail Address"), &err);
        QVERIFY2(!err.isError(), qPrintable(err.toLogString()));
        QCOMPARE(result.appendCount, 2);
        const QJsonObject rec
            = records(listId, 1, 1).value(QStringLiteral("records")).toArray().at(0).toObject();
        QCOMPARE(rec.value(QStringLiteral("E-mail Address")).toString(),
            QStringLiteral("bo@example.com"));
        QCOMPARE(rec.value(QStringLiteral("First Name")).toString(), QStringLiteral("Bo"));
        QCOMPARE(rec.value(QStringLiteral("Score")).toString(), QStringLiteral("9"));
        QCOMPARE(rec.value(QStringLiteral("Company")).toString(), QString());
        // a second merge updates by e-mail and leaves the ignored column alone
        result
            = mergeOnce(*c, listId, { QStringLiteral("E-mail Address"), QStringLiteral("Score") },
                { { QStringLiteral("BO@example.com"), QStringLiteral("10") } },
                QStringLiteral("E-mail Address"), &err);
        QVERIFY2(!err.isError(), qPrintable(err.toLogString()));
        QCOMPARE(result.updateCount, 1);
        QCOMPARE(m_emu->listSize(listId), 2);
        const QJsonObject after
            = records(listId, 1, 1).value(QStringLiteral("records")).toArray().at(0).toObject();
        QCOMPARE(after.value(QStringLiteral("Score")).toString(), QStringLiteral("10"));
        QCOMPARE(after.value(QStringLiteral("First Name")).toString(), QStringLiteral("Bo"));
    }

    void mergeStopsWhenTheListLacksAColumn()
    {
        const QString listId = m_emu->createList(QStringLiteral("Narrow"), QStringLiteral("Tests"),
            { QStringLiteral("E-mail Address"), QStringLiteral("First Name") });
        auto c = connector();
        ApiError err;
        mergeOnce(*c, listId,
            { QStringLiteral("E-mail Address"), QStringLiteral("Shoe Size"),
                QStringLiteral("Type") },
            { { QStringLiteral("x@example.com"), QStringLiteral("44"), QStringLiteral("Lead") } },
            QStringLiteral("E-mail Address"), &err);
        QCOMPARE(err.kind(), ApiError::Kind::Validation);
        QVERIFY2(err.userMessage().contains(QStringLiteral("“Shoe Size”, “Type”"))
                && err.userMessage().contains(QLatin1String("add the column")),
            qPrintable(err.userMessage()));
        QCOMPARE(calls(QStringLiteral("list.merge")), 0);
        QCOMPARE(m_emu->listSize(listId), 0);
    }

    void suppressionLists()
    {
        for (const auto &email :
            { QStringLiteral("a@example.com"), QStringLiteral("b@example.com") }) {
            QCOMPARE(control("POST", QStringLiteral("/_sandbox/records/optout"), {},
                         { { QStringLiteral("email"), email },
                             { QStringLiteral("origin"), QStringLiteral("unsubscribe") } })
                         .status
                    / 100,
                2);
        }
        auto c = connector();
        bool done = false;
        QList<ActOnSuppression> entries;
        c->optOuts([&](const QList<ActOnSuppression> &e, const ApiError &err) {
            QVERIFY(!err.isError());
            entries = e;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, kWait);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).email, QStringLiteral("a@example.com"));
        QCOMPARE(entries.at(0).origin, QStringLiteral("unsubscribe"));
        done = false;
        c->hardBounces([&](const QList<ActOnSuppression> &e, const ApiError &err) {
            QVERIFY(!err.isError());
            entries = e;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, kWait);
        QCOMPARE(entries.size(), 0);
    }

    void abortCancelsEverythingOnce()
    {
        auto c = connector();
        QVERIFY(!listOnce(*c).isError());
        faults({ { QStringLiteral("latencyMs"), 3000 } });
        int downloadDone = 0;
        int createDone = 0;
        ApiError e1, e2;
        c->downloadList(
            QStringLiteral("l-0001"), {}, [](const ActOnListPage &) {},
            [&](const ApiError &e) {
                ++downloadDone;
                e1 = e;
            });
        c->findOrCreateList(
            QString(), QStringLiteral("Never"), {}, [&](const QString &, const ApiError &e) {
                ++createDone;
                e2 = e;
            });
        QTest::qWait(300);
        c->abort();
        QCOMPARE(downloadDone, 1);
        QCOMPARE(createDone, 1);
        QCOMPARE(e1.kind(), ApiError::Kind::Cancelled);
        QCOMPARE(e2.kind(), ApiError::Kind::Cancelled);
        QTest::qWait(3500);
        QCOMPARE(downloadDone, 1);
        QCOMPARE(createDone, 1);
        QCOMPARE(calls(QStringLiteral("list.create")), 0);
        faults({ { QStringLiteral("latencyMs"), 0 } });
        QVERIFY(!listOnce(*c).isError()); // still usable
    }

    void csvWriterQuotesPerRfc4180()
    {
        QByteArray out;
        ActOnCsv::appendRow(out,
            { QStringLiteral("plain"), QStringLiteral("a,b"), QStringLiteral("say \"hi\""),
                QStringLiteral("two\nlines"), QStringLiteral(" pad"), QStringLiteral("Zoë") });
        QCOMPARE(out,
            QByteArray("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" pad\",Zo\xC3\xAB\r\n"));
        QList<QStringList> rows;
        QVERIFY(ActOnCsv::parse(out, &rows));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).at(2), QStringLiteral("say \"hi\""));
        QCOMPARE(rows.at(0).at(3), QStringLiteral("two\nlines"));
        QString error;
        QVERIFY(!ActOnCsv::parse("a,\"open\r\n", &rows, &error));
        QVERIFY(error.contains(QLatin1String("line 1")));
    }

    void csvStreamReadsAcrossItsBufferEdges()
    {
        // The stream reads a megabyte at a time: a doubled quote, a CRLF and a UTF-8
        // character split at that edge must read as if the document were one piece.
        const qsizetype edge = 1024 * 1024;
        for (const QByteArray &straddler :
            { QByteArray("\"\""), QByteArray("\r\n"), QByteArray("\xC3\xAB") }) {
            for (qsizetype shift = 0; shift < 3; ++shift) {
                QByteArray csv = "Record ID,Note\r\n1,\"";
                const bool quoted = straddler == "\"\"";
                QByteArray filler(edge - csv.size() - 1 + shift, 'x');
                csv += filler + straddler + "end\"\r\n2,last\r\n";
                QList<QStringList> whole;
                QVERIFY(ActOnCsv::parse(csv, &whole));
                QBuffer device(&csv);
                QVERIFY(device.open(QIODevice::ReadOnly));
                ActOnCsvStream stream(&device);
                QList<QStringList> streamed;
                for (QStringList row; stream.next(&row);)
                    streamed.append(row);
                QVERIFY2(stream.error().isEmpty(), qPrintable(stream.error()));
                QCOMPARE(streamed, whole);
                QCOMPARE(streamed.size(), 3);
                QCOMPARE(streamed.at(1).at(1),
                    QString::fromUtf8(filler + (quoted ? QByteArray("\"") : straddler) + "end"));
                QCOMPARE(
                    streamed.at(2), (QStringList { QStringLiteral("2"), QStringLiteral("last") }));
            }
        }
    }

    void badBaseUrlIsASentence()
    {
        ConnectorConfig cfg = config();
        cfg.account.settings.insert(
            QStringLiteral("baseUrl"), QStringLiteral("http://example.com"));
        ActOnConnector c(cfg, m_nam.get());
        ApiError e;
        check(c, &e);
        QCOMPARE(e.kind(), ApiError::Kind::Validation);
        QVERIFY(e.userMessage().contains(QLatin1String("https://")));
        QCOMPARE(totalCalls(), 0);
    }
};

QTEST_GUILESS_MAIN(TestConnectorActOn)
#include "tst_connector_acton.moc"
