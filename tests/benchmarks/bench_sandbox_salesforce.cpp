// Salesforce emulator throughput: seeds N synthetic Leads, then pages them all
// through REST /query + nextRecordsUrl and through a Bulk API 2.0 query job,
// printing wall time, records/s and peak RSS.
//   bench_sandbox_salesforce [--quick] [--count N]   (quick: 50,000; default 1,000,000)
#include "core/sandbox/salesforce/SalesforceEmulator.h"
#include "tests/support/RawHttp.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QUrlQuery>

#include <cstdio>

using namespace LeadBridge::Sandbox;
using namespace LeadBridge::Test;
using namespace Qt::Literals::StringLiterals;

namespace {
QString peakRss()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return u"n/a"_s;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return QString::fromLatin1(line.mid(6).trimmed());
    }
    return u"n/a"_s;
}

void report(const char *what, qint64 records, qint64 ms, qint64 calls)
{
    std::printf("%-28s %10lld records in %8.2f s = %10.0f records/s (%lld calls)\n", what,
        static_cast<long long>(records), double(ms) / 1000.0,
        ms > 0 ? double(records) * 1000.0 / double(ms) : 0.0, static_cast<long long>(calls));
    std::fflush(stdout);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int count = args.contains(u"--quick"_s) ? 50000 : 1000000;
    const qsizetype ci = args.indexOf(u"--count"_s);
    if (ci >= 0 && ci + 1 < args.size())
        count = args.at(ci + 1).toInt();

    SalesforceEmulator emu;
    if (!emu.listen(0)) {
        std::fprintf(stderr, "cannot listen: %s\n", qPrintable(emu.errorString()));
        return 1;
    }
    emu.setDailyApiLimit(10000000);
    QElapsedTimer t;
    t.start();
    emu.seedSynthetic(count, 2026);
    report("seedSynthetic", count, t.elapsed(), 0);
    std::printf("peak RSS after seeding: %s\n", qPrintable(peakRss()));

    RawHttp http;
    const QString base = emu.baseUrl().toString();
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"password"_s);
    form.addQueryItem(u"username"_s, SalesforceEmulator::demoUsername());
    form.addQueryItem(u"password"_s,
        SalesforceEmulator::demoPassword() + SalesforceEmulator::demoSecurityToken());
    form.addQueryItem(u"client_id"_s, SalesforceEmulator::demoClientId());
    form.addQueryItem(u"client_secret"_s, SalesforceEmulator::demoClientSecret());
    const RawReply login = http.send("POST", QUrl(base + u"/services/oauth2/token"_s),
        { { "Content-Type", "application/x-www-form-urlencoded" } },
        form.toString(QUrl::FullyEncoded).toLatin1());
    const QByteArray auth = "Bearer " + login.json().value(u"access_token"_s).toString().toLatin1();
    if (login.status != 200) {
        std::fprintf(stderr, "login failed: %d\n", login.status);
        return 1;
    }
    const RawHttp::Headers h { { "Authorization", auth } };
    const QString soql
        = u"SELECT Id, FirstName, LastName, Email, Company, Score__c, HasOptedOutOfEmail, LastModifiedDate FROM Lead"_s;

    // REST query + queryMore.
    t.restart();
    qint64 got = 0;
    qint64 calls = 0;
    QString next
        = u"/services/data/v50.0/query?q="_s + QString::fromLatin1(QUrl::toPercentEncoding(soql));
    while (!next.isEmpty()) {
        const RawReply r = http.send("GET", QUrl(base + next), h, {}, 120000);
        ++calls;
        if (r.status != 200) {
            std::fprintf(stderr, "query failed: %d %s\n", r.status, r.body.left(200).constData());
            return 1;
        }
        const QJsonObject o = r.json();
        got += o.value(u"records"_s).toArray().size();
        next = o.value(u"done"_s).toBool() ? QString() : o.value(u"nextRecordsUrl"_s).toString();
    }
    report("REST query + queryMore", got, t.elapsed(), calls);
    if (got != count) {
        std::fprintf(stderr, "REST paging returned %lld of %d records\n",
            static_cast<long long>(got), count);
        return 1;
    }

    // Bulk API 2.0 query job.
    t.restart();
    calls = 1;
    const QByteArray body
        = QJsonDocument(QJsonObject { { u"operation"_s, u"query"_s }, { u"query"_s, soql } })
              .toJson(QJsonDocument::Compact);
    RawHttp::Headers jh = h;
    jh.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    const RawReply job
        = http.send("POST", QUrl(base + u"/services/data/v50.0/jobs/query"_s), jh, body, 120000);
    const QString jobId = job.json().value(u"id"_s).toString();
    QString state;
    while (state != u"JobComplete"_s) {
        const RawReply info
            = http.get(QUrl(base + u"/services/data/v50.0/jobs/query/"_s + jobId), h);
        ++calls;
        state = info.json().value(u"state"_s).toString();
        if (state == u"Failed"_s || state == u"Aborted"_s || info.status != 200) {
            std::fprintf(stderr, "bulk job failed: %s\n", info.body.constData());
            return 1;
        }
    }
    got = 0;
    QString locator;
    do {
        QString path
            = u"/services/data/v50.0/jobs/query/"_s + jobId + u"/results?maxRecords=100000"_s;
        if (!locator.isEmpty())
            path += u"&locator="_s + locator;
        const RawReply r = http.send("GET", QUrl(base + path),
            { { "Authorization", auth }, { "Accept", "text/csv" } }, {}, 120000);
        ++calls;
        if (r.status != 200) {
            std::fprintf(stderr, "bulk results failed: %d\n", r.status);
            return 1;
        }
        got += r.header("Sforce-NumberOfRecords").toLongLong();
        locator = QString::fromLatin1(r.header("Sforce-Locator"));
    } while (locator != u"null"_s);
    report("Bulk 2.0 query job", got, t.elapsed(), calls);
    std::printf("peak RSS (VmHWM): %s\n", qPrintable(peakRss()));
    if (got != count) {
        std::fprintf(
            stderr, "bulk query returned %lld of %d records\n", static_cast<long long>(got), count);
        return 1;
    }
    return 0;
}
