#pragma once

#include "core/connectors/Connector.h"
#include "core/sandbox/Emulator.h"
#include "tests/support/RequestSpy.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace LeadBridge::Test {

/// Base of the connector tests that run one connector against its in-process emulator (ON24,
/// Pipeliner): the request spy, runners that wait for a fetch or a single result, the
/// emulator's call counters, faults and control API. The test makes the emulator and the spy
/// in init() and names its emulator through emulator().
class ConnectorTestCase : public QObject
{
    Q_OBJECT

protected:
    /// What a fetch delivered: its pages, the error it ended with and how often done() came.
    struct FetchOutcome
    {
        QList<FetchPage> pages;
        std::optional<ApiError> error;
        int doneCalls = 0;
        int records() const;
    };

    /// The emulator under test.
    virtual Sandbox::Emulator &emulator() const = 0;

    /// Retries after 20 ms, at most 100 ms, without jitter.
    static void fastRetries(Connector &c);
    /// Calls the emulator counted for @p endpoint (e.g. "event.list").
    qint64 calls(const QString &endpoint) const;
    /// All calls the emulator counted.
    qint64 totalCalls() const;
    /// Sets the emulator's faults from their JSON form; an unknown key fails the test.
    void setFaults(const QJsonObject &json);
    /// Sends @p verb @p path (with its query) to the emulator's control API; the JSON answer
    /// (empty when none came within 5 s).
    QJsonObject control(const QByteArray &verb, const QString &path, const QJsonValue &body = {});
    /// The queries of the spied requests whose path ends with @p pathEnd.
    QList<QUrlQuery> spiedQueries(const QString &pathEnd) const;

    /// Starts a fetch and waits for its done() (20 s), then a little more to catch a second.
    static FetchOutcome runFetch(
        const std::function<void(Connector::PageHandler, Connector::Done)> &start);

    /// Starts a fetch, aborts @p connector 100 ms later (the first call still in flight) and
    /// waits for done(), then @p settleMs more to catch a second.
    static FetchOutcome runFetchAbortedInFlight(Connector &connector,
        const std::function<void(Connector::PageHandler, Connector::Done)> &start, int settleMs);
    /// Starts a fetch that aborts @p connector on its first page and waits for done(), then
    /// 50 ms more.
    static FetchOutcome runFetchAbortedOnFirstPage(Connector &connector,
        const std::function<void(Connector::PageHandler, Connector::Done)> &start);

    /// Starts a call with a single result and waits for it (20 s); warns when the callback
    /// came more than once.
    template<typename T>
    static std::pair<T, ApiError> runResult(const std::function<void(Connector::Result<T>)> &start)
    {
        auto value = std::make_shared<T>();
        auto error = std::make_shared<std::optional<ApiError>>();
        auto count = std::make_shared<int>(0);
        start([value, error, count](const T &v, const ApiError &e) {
            ++*count;
            *value = v;
            *error = e;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(error->has_value(), 20000); }();
        QTest::qWait(20);
        if (*count != 1)
            qWarning("callback called %d times", *count);
        return { *value, error->value_or(ApiError()) };
    }

    /// The request spy the connectors are given (made in the test's init()).
    std::unique_ptr<RequestSpy> m_nam;

private:
    QNetworkAccessManager m_control;
};

} // namespace LeadBridge::Test
