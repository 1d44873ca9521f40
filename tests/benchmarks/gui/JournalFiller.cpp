#include "tests/benchmarks/gui/JournalFiller.h"

#include "core/store/Journal.h"
#include "core/util/AppPaths.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace LeadBridge::Bench {

namespace {

constexpr qint64 kChangesPerRun = 5000; ///< average of the older runs
constexpr int kFlows = 4;
/// One row in 20 of each kind below (the rest are per-field updates).
constexpr int kCycle = 20;

/// How many i in [0, n) have i % kCycle in [from, to).
qint64 inCycle(qint64 n, int from, int to)
{
    qint64 count = 0;
    for (int k = from; k < to; ++k)
        count += n / kCycle + (n % kCycle > k ? 1 : 0);
    return count;
}

bool exec(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

bool execText(QSqlDatabase db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = sql.left(60) + u": "_s + q.lastError().text();
    return false;
}

double fileMb(const QString &path)
{
    return double(QFileInfo(path).size() + QFileInfo(path + u"-wal"_s).size()) / 1048576.0;
}

} // namespace

bool JournalFiller::fill(qint64 changes, Filled *filled, QString *error)
{
    return write(changes, 0, filled, error);
}

bool JournalFiller::fillToSize(qint64 megabytes, Filled *filled, QString *error)
{
    return write(0, megabytes, filled, error);
}

bool JournalFiller::write(qint64 changes, qint64 megabytes, Filled *filled, QString *error)
{
    QElapsedTimer clock;
    clock.start();
    Journal journal;
    const Status opened = journal.open(AppPaths::journalPath(), u"bench-fill"_s);
    if (!opened) {
        *error = opened.errorString();
        return false;
    }
    QSqlDatabase db = journal.database();
    if (!execText(db, u"PRAGMA synchronous = OFF"_s, error))
        return false;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (!execText(db, u"BEGIN"_s, error))
        return false;
    for (int f = 1; f <= kFlows; ++f) {
        QSqlQuery q(db);
        q.prepare(u"INSERT INTO flows (id, kind, name, settings, created_at, updated_at) "
                  "VALUES (?, ?, ?, '{}', ?, ?)"_s);
        q.addBindValue(f);
        q.addBindValue(f % 2 ? u"crm_contact_sync"_s : u"webinar_import"_s);
        q.addBindValue(u"History flow %1"_s.arg(f));
        q.addBindValue(now);
        q.addBindValue(now);
        if (!exec(q, error))
            return false;
    }
    QSqlQuery run(db);
    run.prepare(u"INSERT INTO runs (flow_id, trigger, mode, status, started_at, finished_at, "
                "created, updated, deleted, skipped, conflicts, errors, calls_used, error_summary) "
                "VALUES (?, 'schedule', 'incremental', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    // Rows made in SQLite: per-field updates, then creates, a skip, a delete, a conflict
    // and an error in every 20; record keys cycle through a million people.
    QSqlQuery rows(db);
    rows.prepare(u"WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ?) "
                 "INSERT INTO record_changes (run_id, system, object, record_key, operation, "
                 "field, old_value, new_value, reason) "
                 "SELECT ?, CASE WHEN i % 3 = 0 THEN 'salesforce' ELSE 'acton' END, "
                 "CASE WHEN i % 3 = 0 THEN 'Lead' ELSE 'List' END, "
                 "printf('person%07d@example.com', (i * 7919 + ?) % 1000000), "
                 "CASE WHEN i % 20 < 10 THEN 'update' WHEN i % 20 < 16 THEN 'create' "
                 "WHEN i % 20 = 16 THEN 'skip' WHEN i % 20 = 17 THEN 'delete' "
                 "WHEN i % 20 = 18 THEN 'conflict' ELSE 'error' END, "
                 "CASE WHEN i % 20 < 10 THEN 'Job Title' WHEN i % 20 = 18 THEN 'First Name' END, "
                 "CASE WHEN i % 20 < 10 OR i % 20 = 18 THEN printf('Value %d before', i) END, "
                 "CASE WHEN i % 20 < 16 OR i % 20 = 18 THEN printf('Value %d after run %d', i, ?) END, "
                 "CASE WHEN i % 20 = 16 THEN 'No mapped field changed' "
                 "WHEN i % 20 = 19 THEN 'Act-On refused the row: the e-mail address is not valid.' END "
                 "FROM n"_s);
    // The newest run is the largest: a tenth of everything (or of the target size).
    const qint64 estimateRows = changes > 0 ? changes : megabytes * 1048576 / 160;
    const qint64 newestRows = qMax<qint64>(1, estimateRows / 10);
    const QDateTime firstStart = QDateTime::currentDateTimeUtc().addSecs(-3600LL * 24 * 365 * 3);
    qint64 written = 0;
    qint64 runIndex = 0;
    Filled out;
    while (true) {
        const bool last = changes > 0 ? written + newestRows >= changes
                                      : fileMb(journal.path()) >= double(megabytes) * 0.9;
        qint64 n = newestRows;
        if (!last) {
            // Older runs vary between 1 and 2 × the average, deterministically.
            n = kChangesPerRun / 2 + (runIndex * 2654435761LL) % kChangesPerRun + 1;
            if (changes > 0)
                n = qMin(n, changes - newestRows - written);
        } else if (changes > 0) {
            n = changes - written;
        }
        const QDateTime started = firstStart.addSecs(runIndex * 3600);
        const qint64 errors = inCycle(n, 19, 20);
        run.addBindValue(int(runIndex % kFlows) + 1);
        run.addBindValue(errors > 0 ? u"succeeded_with_errors"_s : u"succeeded"_s);
        run.addBindValue(started.toString(Qt::ISODateWithMs));
        run.addBindValue(started.addSecs(60 + n / 100).toString(Qt::ISODateWithMs));
        run.addBindValue(inCycle(n, 10, 16));
        run.addBindValue(inCycle(n, 0, 10));
        run.addBindValue(inCycle(n, 17, 18));
        run.addBindValue(inCycle(n, 16, 17));
        run.addBindValue(inCycle(n, 18, 19));
        run.addBindValue(errors);
        run.addBindValue(3 + n / 1000);
        run.addBindValue(errors > 0 ? u"%1 records were refused."_s.arg(errors) : QString());
        if (!exec(run, error))
            return false;
        const qint64 runId = run.lastInsertId().toLongLong();
        rows.addBindValue(n);
        rows.addBindValue(runId);
        rows.addBindValue(runIndex * 104729);
        rows.addBindValue(runId);
        if (!exec(rows, error))
            return false;
        written += n;
        ++runIndex;
        out.newestRunId = runId;
        out.newestRunChanges = n;
        if (last)
            break;
        if (runIndex % 200 == 0) {
            // Commit now and then so the size check sees the file grow.
            if (!execText(db, u"COMMIT"_s, error) || !execText(db, u"BEGIN"_s, error))
                return false;
        }
    }
    if (!execText(db, u"COMMIT"_s, error) || !execText(db, u"PRAGMA wal_checkpoint(TRUNCATE)"_s, error))
        return false;
    out.runs = runIndex;
    out.changes = written;
    out.fileMb = fileMb(AppPaths::journalPath());
    out.seconds = double(clock.elapsed()) / 1000.0;
    *filled = out;
    return true;
}

} // namespace LeadBridge::Bench
