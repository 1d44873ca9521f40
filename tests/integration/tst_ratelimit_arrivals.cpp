// The Act-On rate limit as the server counts it: the engine's calls stamped when their
// request was sent (RateLimiter::callSent), several lists written at once, against an Act-On
// emulator on loopback in its own thread with 50 ms latency. The emulator records the moment
// it counts each call; every sliding second must hold at most five.

#include "core/connectors/acton/ActOnConnector.h"
#include "core/connectors/acton/ActOnSession.h"
#include "core/sandbox/acton/ActOnEmulator.h"

#include <QMutex>
#include <QNetworkAccessManager>
#include <QThread>
#include <QtTest>

#include <algorithm>
#include <memory>

using namespace LeadBridge;
using LeadBridge::Sandbox::ActOnEmulator;
using LeadBridge::Sandbox::FaultSettings;
using LeadBridge::Sandbox::SandboxRequest;
using LeadBridge::Sandbox::SandboxResponse;

namespace {

/// An Act-On emulator that notes when it counts each API call (its limit clock, the one its
/// own per-second window uses) and how many it refused with 429.
class RecordingActOnEmulator : public ActOnEmulator
{
public:
    QList<qint64> arrivals() const
    {
        QMutexLocker lock(&m_mutex);
        return m_arrivals;
    }
    int refused() const
    {
        QMutexLocker lock(&m_mutex);
        return m_refused;
    }

protected:
    std::optional<SandboxResponse> beforeRoute(
        const SandboxRequest &request, const QString &endpoint) override
    {
        const qint64 at = limitClockMs();
        auto answer = ActOnEmulator::beforeRoute(request, endpoint);
        if (endpoint == QStringLiteral("token"))
            return answer;
        QMutexLocker lock(&m_mutex);
        if (!answer)
            m_arrivals.append(at);
        else if (answer->status == 429)
            ++m_refused;
        return answer;
    }

private:
    mutable QMutex m_mutex;
    QList<qint64> m_arrivals;
    int m_refused = 0;
};

/// The most calls that fall into one sliding second of @p arrivals, counted as the emulator
/// counts them: a call at t shares its window with every call in (t - 1000, t].
int busiestSecond(QList<qint64> arrivals)
{
    std::sort(arrivals.begin(), arrivals.end());
    int most = 0;
    qsizetype first = 0;
    for (qsizetype last = 0; last < arrivals.size(); ++last) {
        while (arrivals.at(first) <= arrivals.at(last) - 1000)
            ++first;
        most = std::max(most, int(last - first + 1));
    }
    return most;
}

} // namespace

class TestRateLimitArrivals : public QObject
{
    Q_OBJECT

private:
    QThread m_serverThread;
    RecordingActOnEmulator *m_emu = nullptr;

private Q_SLOTS:
    void init()
    {
        ActOnSession::clearProcessCache();
        m_emu = new RecordingActOnEmulator;
        m_emu->moveToThread(&m_serverThread);
        m_serverThread.start();
        bool listening = false;
        QMetaObject::invokeMethod(
            m_emu,
            [this, &listening] {
                listening = m_emu->listen();
                FaultSettings f;
                f.latencyMs = 50;
                m_emu->setFaults(f);
            },
            Qt::BlockingQueuedConnection);
        QVERIFY(listening);
    }
    void cleanup()
    {
        if (m_emu) {
            QMetaObject::invokeMethod(m_emu, [this] { delete m_emu; }, Qt::BlockingQueuedConnection);
            m_emu = nullptr;
        }
        m_serverThread.quit();
        m_serverThread.wait();
    }

    void serverNeverCountsMoreThanFivePerSecond()
    {
        QNetworkAccessManager nam;
        ConnectorConfig c;
        c.account.kind = AccountKind::ActOn;
        c.account.name = ActOnEmulator::defaultUsername();
        c.account.settings.insert(QStringLiteral("username"), ActOnEmulator::defaultUsername());
        c.account.settings.insert(QStringLiteral("clientId"), ActOnEmulator::defaultClientId());
        c.account.settings.insert(QStringLiteral("baseUrl"), m_emu->baseUrl().toString());
        c.credentials.secrets.insert(
            QStringLiteral("password"), ActOnEmulator::defaultPassword().toUtf8());
        c.credentials.secrets.insert(
            QStringLiteral("clientSecret"), ActOnEmulator::defaultClientSecret().toUtf8());
        ActOnConnector acton(c, &nam);

        // Three lanes, as the webinar import writes lists: find or create a list (listing,
        // create, job poll), merge rows into it (headings read, upload, job poll), read it
        // back. Two uploads are large, so their sending takes a while.
        const QStringList headings { QStringLiteral("E-mail Address"),
            QStringLiteral("First Name"), QStringLiteral("Status") };
        constexpr int kLanes = 3;
        constexpr int kRounds = 2;
        int lanesDone = 0;
        QStringList errors;
        std::function<void(int, int)> round = [&](int lane, int n) {
            if (n == kRounds) {
                ++lanesDone;
                return;
            }
            const QString name = QStringLiteral("Lane %1 round %2").arg(lane).arg(n);
            acton.findOrCreateList(QStringLiteral("Arrivals"), name, headings,
                [&, lane, n](const QString &listId, const ApiError &error) {
                    if (error.isError()) {
                        errors.append(error.toLogString());
                        ++lanesDone;
                        return;
                    }
                    QList<QStringList> rows;
                    const int count = (lane == 0) ? 20000 : 10;
                    for (int i = 0; i < count; ++i) {
                        rows.append({ QStringLiteral("p%1.%2.%3@example.com").arg(lane).arg(n).arg(i),
                            QStringLiteral("Person %1").arg(i), QStringLiteral("Registered") });
                    }
                    acton.mergeCsv(listId, headings, rows, headings.first(),
                        [&, lane, n, listId, count](
                            const ActOnImportResult &, const ApiError &mergeError) {
                            if (mergeError.isError()) {
                                errors.append(mergeError.toLogString());
                                ++lanesDone;
                                return;
                            }
                            auto seen = std::make_shared<int>(0);
                            acton.downloadList(
                                listId, {},
                                [seen](const ActOnListPage &page) { *seen += int(page.rows.size()); },
                                [&, lane, n, seen, count](const ApiError &readError) {
                                    if (readError.isError())
                                        errors.append(readError.toLogString());
                                    else if (*seen != count)
                                        errors.append(QStringLiteral("lane %1 read %2 rows of %3")
                                                          .arg(lane).arg(*seen).arg(count));
                                    round(lane, n + 1);
                                });
                        });
                });
        };
        for (int lane = 0; lane < kLanes; ++lane)
            round(lane, 0);
        QTRY_COMPARE_WITH_TIMEOUT(lanesDone, kLanes, 120000);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));

        const QList<qint64> arrivals = m_emu->arrivals();
        QVERIFY2(arrivals.size() >= kLanes * kRounds * 5, qPrintable(QString::number(arrivals.size())));
        QCOMPARE(m_emu->refused(), 0);
        const int most = busiestSecond(arrivals);
        QVERIFY2(most <= 5, qPrintable(QStringLiteral("%1 calls in one second").arg(most)));
        const qint64 span = *std::max_element(arrivals.begin(), arrivals.end())
            - *std::min_element(arrivals.begin(), arrivals.end());
        qInfo("%d Act-On calls in %lld ms (%.2f a second), at most %d in any second",
            int(arrivals.size()), span, span > 0 ? arrivals.size() * 1000.0 / span : 0.0, most);
    }

    void busiestSecondCountsSlidingWindows()
    {
        // The checker itself: six calls inside one second are caught wherever they start.
        QCOMPARE(busiestSecond({}), 0);
        QCOMPARE(busiestSecond({ 0, 200, 400, 600, 800, 1000 }), 5);
        QCOMPARE(busiestSecond({ 0, 200, 400, 600, 800, 999 }), 6);
        QCOMPARE(busiestSecond({ 5000, 100, 4100, 4200, 4300, 4400, 4500 }), 6);
    }
};

QTEST_GUILESS_MAIN(TestRateLimitArrivals)
#include "tst_ratelimit_arrivals.moc"
