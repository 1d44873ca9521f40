// Planner volume benchmark: a 1,000,000-person F2 full sync (CRM and Act-On records plus
// snapshots) planned in partitions of 50,000 people, as the engine does, printing
// records/s and peak RSS. Mix: 80% unchanged, 10% changed in the CRM, 5% changed in
// Act-On, 1% conflicts, 4% new in the CRM.
//
//   bench_planner [--quick] [--records N] [--partition P]
//   --quick: 50,000 records (ctest).
#include "core/engine/FieldNormaliser.h"
#include "core/engine/SyncPlanner.h"
#include "core/mapping/StandardFields.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

using namespace LeadBridge;
using namespace Qt::Literals::StringLiterals;

namespace {

qint64 peakRssKb()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &l : f.readAll().split('\n')) {
        if (l.startsWith("VmHWM:"))
            return l.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    qint64 total = args.contains(u"--quick"_s) ? 50000 : 1000000;
    int partition = 50000;
    if (const qsizetype i = args.indexOf(u"--records"_s); i >= 0)
        total = args.value(i + 1).toLongLong();
    if (const qsizetype i = args.indexOf(u"--partition"_s); i >= 0)
        partition = args.value(i + 1).toInt();

    FieldMap map = StandardFields::defaultMap(CrmKind::Salesforce);
    const int scoreRow = map.indexOfUsage(SystemUsage::Score);
    map.updateRow(
        scoreRow, FieldMapRow::make(map.row(scoreRow).marketing, u"Score__c"_s, u"Score__c"_s));
    const int rows = map.rowCount();
    const int firstName = map.indexOfUsage(SystemUsage::FirstName);
    const int title = map.indexOfUsage(SystemUsage::JobTitle);
    const int city = map.indexOfUsage(SystemUsage::City);

    QElapsedTimer wall;
    wall.start();
    qint64 planMs = 0;
    PlanCounts sum;
    qint64 writes = 0;
    for (qint64 start = 0; start < total; start += partition) {
        const int n = int(qMin<qint64>(partition, total - start));
        PlanInput in;
        in.map = map;
        in.mode = SyncMode::Full;
        in.options.marketingObject = u"l-1"_s;
        in.crmRecords.reserve(n);
        in.marketingRecords.reserve(n);
        in.snapshots.reserve(n);
        for (int k = 0; k < n; ++k) {
            const qint64 i = start + k;
            SideRecord c;
            c.side = SyncSide::Crm;
            c.system = u"salesforce"_s;
            c.object = u"Contact"_s;
            c.crmType = CrmObjectType::Contact;
            c.id = u"003%1"_s.arg(i, 12, 10, QChar(u'0'));
            c.email = u"person%1@example.com"_s.arg(i);
            c.values.resize(rows);
            for (int r = 0; r < rows; ++r) {
                if (map.row(r).contactField.isEmpty())
                    continue;
                c.values[r] = r == map.indexOfUsage(SystemUsage::Email)
                    ? c.email
                    : u"v%1-%2"_s.arg(r).arg(i % 997);
            }
            SideRecord m = c;
            m.side = SyncSide::Marketing;
            m.system = u"acton"_s;
            m.object = u"l-1"_s;
            m.id.clear();
            for (int r = 0; r < rows; ++r) {
                if (m.values.at(r).isNull())
                    m.values[r] = u""_s;
            }
            const int bucket = int(i % 100);
            const bool isNew = bucket >= 96;
            if (!isNew) {
                LinkSnapshot s;
                s.emailKey = c.email;
                s.crmId = c.id;
                s.crmType = LinkSnapshot::CrmType::Contact;
                for (int r = 0; r < rows; ++r) {
                    if (!c.values.at(r).isNull())
                        s.fields.append({ LinkSnapshot::fieldKey(map.row(r).marketing.name),
                            LinkSnapshot::valueHash(c.values.at(r)) });
                }
                in.snapshots.append(std::move(s));
            }
            if (bucket < 10)
                c.values[firstName] = u"Changed"_s;
            else if (bucket < 15)
                m.values[title] = u"New title"_s;
            else if (bucket < 16) {
                c.values[city] = u"Crm City"_s;
                m.values[city] = u"Act-On City"_s;
            }
            in.crmRecords.append(std::move(c));
            if (!isNew)
                in.marketingRecords.append(std::move(m));
        }
        QElapsedTimer t;
        t.start();
        const Plan plan = SyncPlanner::plan(in);
        planMs += t.elapsed();
        sum.creates += plan.counts.creates;
        sum.updates += plan.counts.updates;
        sum.conflicts += plan.counts.conflicts;
        sum.unchanged += plan.counts.unchanged;
        sum.skips += plan.counts.skips;
        for (const PlanBatch &b : plan.batches)
            writes += b.changes.size();
    }
    const qint64 wallMs = qMax<qint64>(1, wall.elapsed());
    planMs = qMax<qint64>(1, planMs);
    std::printf(
        "bench_planner: %lld people (%d-field map, partitions of %d)\n", total, rows, partition);
    std::printf("  plan: %lld ms = %lld records/s (CRM + Act-On records: %lld/s)\n", planMs,
        total * 1000 / planMs, 2 * total * 1000 / planMs);
    std::printf(
        "  incl. building inputs: %lld ms = %lld records/s\n", wallMs, total * 1000 / wallMs);
    std::printf("  creates %d, updates %d, conflicts %d, unchanged %d, skips %d, writes %lld\n",
        sum.creates, sum.updates, sum.conflicts, sum.unchanged, sum.skips, writes);
    std::printf("  peak RSS: %lld MB\n", peakRssKb() / 1024);
    const bool ok = sum.creates == int(total * 4 / 100) && sum.skips == 0 && sum.conflicts > 0;
    if (!ok)
        std::printf("  UNEXPECTED counts\n");
    return ok ? 0 : 1;
}
