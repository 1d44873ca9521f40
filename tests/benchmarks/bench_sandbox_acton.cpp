// Act-On emulator volume benchmark: builds a CSV of N contacts, merges it into
// a list through the real HTTP endpoint (PUT /api/1/list/{listid}, multipart)
// while keeping to Act-On's 5 calls per second, polls the upload job, merges the
// same file again (all updates), downloads a JSON page and a CSV export, and
// prints rows/s, wall times, calls used and peak RSS.
//
//   bench_sandbox_acton [--quick] [--rows N] [--chunks K]
//   --quick: 50,000 rows (ctest); default 1,000,000 rows in one ~100 MB body.
#include "core/sandbox/acton/ActOnEmulator.h"
#include "tests/support/RawHttp.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTest>

#include <cstdio>
#include <deque>

using namespace LeadBridge::Sandbox;
using namespace LeadBridge::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

qint64 peakRssKb()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &l : lines) {
        if (l.startsWith("VmHWM:"))
            return l.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

/// Keeps this client under the per-second limit, as a real connector must.
///
/// The server counts a call when it has read the request, which can be long after the client
/// started sending it (a 5 MB upload). The only moment the client knows the server has
/// counted it is when the reply arrives, so calls are stamped then (afterCall()), and the
/// next call waits until fewer than the limit were answered within the last second. Both
/// sides use monotonic clocks; kSlackMs only absorbs timer rounding.
class Pacer
{
public:
    explicit Pacer(int perSecond)
        : m_perSecond(perSecond)
    {
        m_clock.start();
    }
    void beforeCall()
    {
        prune();
        while (m_perSecond > 0 && qsizetype(m_answered.size()) >= m_perSecond) {
            const qint64 wait = m_answered.front() + kWindowMs + kSlackMs - m_clock.elapsed();
            if (wait > 0)
                QTest::qWait(int(wait));
            prune();
        }
        ++m_used;
    }
    void afterCall() { m_answered.push_back(m_clock.elapsed()); }
    int used() const { return m_used; }

private:
    static constexpr qint64 kWindowMs = 1000;
    static constexpr qint64 kSlackMs = 5;
    void prune()
    {
        while (!m_answered.empty()
            && m_answered.front() + kWindowMs + kSlackMs <= m_clock.elapsed())
            m_answered.pop_front();
    }

    int m_perSecond;
    QElapsedTimer m_clock;
    std::deque<qint64> m_answered;
    int m_used = 0;
};

QByteArray buildCsv(qint64 from, qint64 to)
{
    QByteArray csv;
    csv.reserve((to - from) * 104 + 128);
    csv += "E-mail Address,First Name,Last Name,Company,Job Title,Business City,Score\r\n";
    for (qint64 i = from; i < to; ++i) {
        const QByteArray n = QByteArray::number(i);
        csv += "contact" + n + "@bench.example.com,First" + n + ",Last" + n + ",\"Company "
            + QByteArray::number(i % 5000) + ", Inc.\",Manager,Portland,"
            + QByteArray::number(i % 100) + "\r\n";
    }
    return csv;
}

QByteArray multipart(const QByteArray &boundary, const QList<QPair<QByteArray, QByteArray>> &fields,
    const QByteArray &file)
{
    QByteArray body;
    body.reserve(file.size() + 2048);
    for (const auto &f : fields)
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.first
            + "\"\r\n\r\n" + f.second + "\r\n";
    body += "--" + boundary
        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"contacts.csv\"\r\n"
          "Content-Type: text/csv\r\n\r\n";
    body += file;
    body += "\r\n--" + boundary + "--\r\n";
    return body;
}

int fail(const char *what, const RawReply &r)
{
    std::fprintf(
        stderr, "FAILED: %s -> HTTP %d %s\n", what, r.status, r.body.left(300).constData());
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool quick = args.contains(u"--quick"_s);
    qint64 rows = quick ? 50000 : 1000000;
    int chunks = 1;
    if (int i = int(args.indexOf(u"--rows"_s)); i > 0 && i + 1 < args.size())
        rows = args.at(i + 1).toLongLong();
    if (int i = int(args.indexOf(u"--chunks"_s)); i > 0 && i + 1 < args.size())
        chunks = qMax(1, args.at(i + 1).toInt());

    ActOnEmulator emu; // real limits: 5 calls/s, 30,000/day, 5 auth calls/hour
    if (!emu.listen()) {
        std::fprintf(stderr, "cannot listen: %s\n", qPrintable(emu.errorString()));
        return 1;
    }
    RawHttp http;
    Pacer pacer(emu.callsPerSecondLimit());
    auto paced = [&http, &pacer](const QByteArray &verb, const QUrl &url,
                     const RawHttp::Headers &headers = {}, const QByteArray &body = {},
                     int timeoutMs = 30000) {
        pacer.beforeCall();
        RawReply reply = http.send(verb, url, headers, body, timeoutMs);
        pacer.afterCall();
        return reply;
    };
    auto at = [&emu](const QString &path, const QString &query = {}) {
        QUrl u = emu.baseUrl();
        u.setPath(path);
        if (!query.isEmpty())
            u.setQuery(query);
        return u;
    };
    constexpr int kBig = 900000;

    QElapsedTimer total;
    total.start();
    std::printf("Act-On emulator benchmark: %lld rows in %d merge call(s)%s\n", rows, chunks,
        quick ? " (quick)" : "");

    // 1. token
    RawReply r = paced("POST", at(u"/token"_s),
        { { "Content-Type", "application/x-www-form-urlencoded" } },
        "grant_type=password&username=demo%40leadbridge.sandbox&password=sandbox"
        "&client_id=leadbridge-sandbox-client&client_secret=leadbridge-sandbox-secret");
    if (r.status != 200)
        return fail("token", r);
    const QByteArray bearer = "Bearer " + r.json().value(u"access_token").toString().toUtf8();

    // 2. create an empty list whose headings are the CSV's: Act-On merges only files whose
    // columns match the list's 1:1 by index (developer.act-on.com "uploadspecs")
    const QByteArray uploadSpecs
        = R"([{"columnHeading":"E-mail Address","columnType":"EMAIL","columnIndex":"0"},)"
          R"({"columnHeading":"First Name","columnIndex":"1"},)"
          R"({"columnHeading":"Last Name","columnIndex":"2"},)"
          R"({"columnHeading":"Company","columnIndex":"3"},)"
          R"({"columnHeading":"Job Title","columnIndex":"4"},)"
          R"({"columnHeading":"Business City","columnIndex":"5"},)"
          R"({"columnHeading":"Score","columnIndex":"6"}])";
    const QByteArray boundary = "----LeadBridgeBench0123456789";
    QByteArray createBody = "--" + boundary
        + "\r\nContent-Disposition: form-data; name=\"listname\"\r\n\r\nBenchmark Contacts\r\n--"
        + boundary + "\r\nContent-Disposition: form-data; name=\"foldername\"\r\n\r\nBench\r\n--"
        + boundary + "\r\nContent-Disposition: form-data; name=\"uploadspecs\"\r\n\r\n"
        + uploadSpecs + "\r\n--" + boundary + "--\r\n";
    r = paced("POST", at(u"/api/1/list"_s),
        { { "Authorization", bearer },
            { "Content-Type", "multipart/form-data; boundary=" + boundary } },
        createBody);
    if (r.status != 200)
        return fail("create list", r);
    const QString listId = r.json().value(u"listId").toString();

    // 3. build the CSV chunks
    QElapsedTimer t;
    t.start();
    QList<QByteArray> bodies;
    qint64 csvBytes = 0;
    for (int c = 0; c < chunks; ++c) {
        const QByteArray csv = buildCsv(rows * c / chunks, rows * (c + 1) / chunks);
        csvBytes += csv.size();
        bodies.append(multipart(boundary,
            { { "headings", "Y" }, { "fieldseparator", "COMMA" },
                { "quotecharacter", "DOUBLE_QUOTE" },
                { "uploadspecs", uploadSpecs },
                { "mergespecs",
                    R"([{"dstListId":")" + listId.toUtf8()
                        + R"(","mergeMode":"UPSERT","columnMap":[]}])" } },
            csv));
    }
    const qint64 buildMs = t.elapsed();
    std::printf("  CSV built: %.1f MB in %lld ms\n", csvBytes / 1048576.0, buildMs);

    // 4. merge (first pass: all appends), poll each job
    qint64 mergeCallMs = 0; // time inside the merge calls, without client pacing
    auto mergeAll = [&](qint64 *appended, qint64 *updated) -> int {
        mergeCallMs = 0;
        for (const QByteArray &body : bodies) {
            QElapsedTimer call;
            call.start();
            RawReply m = paced("PUT", at(u"/api/1/list/"_s + listId),
                { { "Authorization", bearer },
                    { "Content-Type", "multipart/form-data; boundary=" + boundary } },
                body, kBig);
            mergeCallMs += call.elapsed();
            if (m.status != 200)
                return fail("merge", m);
            const QString jobId = m.json().value(u"jobId").toString();
            // large jobs answer "The job is pending"/"The job is running" for a few polls
            RawReply s;
            do {
                s = paced("GET", at(u"/api/1/list/%1/status"_s.arg(jobId)),
                    { { "Authorization", bearer } });
                if (s.status != 200)
                    return fail("job status", s);
            } while (!s.json().contains(u"details"_s));
            const QJsonObject d = s.json().value(u"details").toObject();
            *appended += d.value(u"appendCount").toInteger();
            *updated += d.value(u"updateCount").toInteger();
        }
        return 0;
    };
    qint64 appended = 0, updated = 0;
    t.restart();
    if (mergeAll(&appended, &updated))
        return 1;
    const qint64 firstMs = t.elapsed();
    if (appended != rows || updated != 0) {
        std::fprintf(stderr, "FAILED: first merge appended %lld updated %lld\n", appended, updated);
        return 1;
    }
    std::printf("  merge #1 (appends): %lld rows, merge calls %lld ms = %.0f rows/s "
                "(upload + parse + store); with polling and pacing %lld ms\n",
        appended, mergeCallMs, appended * 1000.0 / qMax<qint64>(1, mergeCallMs), firstMs);

    appended = updated = 0;
    t.restart();
    if (mergeAll(&appended, &updated))
        return 1;
    const qint64 secondMs = t.elapsed();
    if (appended != 0 || updated != rows) {
        std::fprintf(
            stderr, "FAILED: second merge appended %lld updated %lld\n", appended, updated);
        return 1;
    }
    std::printf("  merge #2 (updates by email): %lld rows, merge calls %lld ms = %.0f rows/s; "
                "with polling and pacing %lld ms\n",
        updated, mergeCallMs, updated * 1000.0 / qMax<qint64>(1, mergeCallMs), secondMs);
    bodies.clear();

    // 5. download one JSON page from the middle, then the whole list as CSV
    t.restart();
    r = paced("GET", at(u"/api/1/list/"_s + listId, u"count=1000&offset=%1"_s.arg(rows / 2)),
        { { "Authorization", bearer } });
    const qint64 pageMs = t.elapsed();
    if (r.status != 200 || r.json().value(u"totalCount").toInteger() != rows
        || r.json().value(u"data").toArray().size() != qMin<qint64>(1000, rows - rows / 2))
        return fail("download page", r);
    std::printf("  JSON page (1000 rows at offset %lld): %lld ms, %lld bytes\n", rows / 2, pageMs,
        qint64(r.body.size()));
    t.restart();
    r = paced("GET", at(u"/api/1/list/"_s + listId, u"responseformat=CSV"_s),
        { { "Authorization", bearer } }, {}, kBig);
    const qint64 csvMs = t.elapsed();
    if (r.status != 200 || r.body.count('\n') != rows + 1)
        return fail("download CSV", r);
    std::printf(
        "  CSV export: %lld rows in %lld ms (%.1f MB)\n", rows, csvMs, r.body.size() / 1048576.0);
    r = RawReply();

    RawReply counters = http.get(at(u"/_sandbox/counters"_s));
    const qint64 apiCalls = counters.json().value(u"total").toInteger();
    std::printf("  calls used: %lld (client-paced %d, every one answered 200, no 429)\n", apiCalls,
        pacer.used());
    std::printf(
        "  wall time: %lld ms, peak RSS (VmHWM): %.0f MB\n", total.elapsed(), peakRssKb() / 1024.0);
    return 0;
}
