#include "app/cli/HistoryCommand.h"

#include "app/cli/FlowsCommand.h"
#include "core/model/RecordChange.h"
#include "core/model/RunWords.h"
#include "core/store/HistoryQuery.h"
#include "core/store/Journal.h"

#include <QJsonArray>
#include <QJsonObject>

namespace LeadBridge {

int HistoryCommand::run(
    const QString &flowName, qint64 runId, int limit, bool json, QTextStream &out, QTextStream &err)
{
    Journal journal;
    if (!openJournal(journal, err))
        return JournalError;
    HistoryQuery history(journal);
    if (runId > 0) {
        const auto run = history.run(runId);
        if (!run) {
            err << run.errorString() << Qt::endl;
            return UsageError;
        }
        ChangeFilter filter;
        filter.runId = runId;
        QJsonArray changes;
        QStringList lines;
        qint64 shown = 0;
        const auto rows = history.forEachChange(filter, [&](const RecordChange &c) {
            if (limit > 0 && shown >= limit)
                return false;
            ++shown;
            if (json) {
                changes.append(changeJson(c));
                return true;
            }
            QString values;
            if (!c.oldValue.isEmpty() || !c.newValue.isEmpty())
                values = cell(c.oldValue, 30) + QStringLiteral(" → ") + cell(c.newValue, 30);
            lines << QStringLiteral("%1  %2  %3  %4  %5  %6  %7")
                         .arg(pad(RunWords::system(c.system), 10), pad(cell(c.object, 12), 12),
                             pad(cell(c.recordKey, 32), 32), pad(RunWords::operation(c.operation), 9),
                             pad(cell(c.field, 20), 20), values, safe(c.reason));
            return true;
        });
        if (!rows) {
            err << rows.errorString() << Qt::endl;
            return JournalError;
        }
        if (json) {
            QJsonObject o = runJson(run.value());
            o.insert(QStringLiteral("changes"), changes);
            writeJson(out, o);
            return Ok;
        }
        const RunSummary &r = run->run;
        out << tr("Run %1 of “%2”: %3, %4, %5. %6.")
                   .arg(num(r.id), safe(run->flowName), RunWords::mode(r.mode),
                       RunWords::status(r.status),
                       r.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                       countsText(r.counts))
            << Qt::endl;
        if (!r.errorSummary.isEmpty())
            out << safeLines(r.errorSummary) << Qt::endl;
        if (lines.isEmpty()) {
            out << tr("This run recorded no record changes.") << Qt::endl;
            return Ok;
        }
        out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7")
                   .arg(pad(tr("System"), 10), pad(tr("Object"), 12), pad(tr("Record"), 32),
                       pad(tr("Operation"), 9), pad(tr("Field"), 20), tr("Old → new"),
                       tr("Reason"))
            << Qt::endl;
        for (const QString &line : lines)
            out << line << Qt::endl;
        return Ok;
    }

    RunFilter filter;
    if (!flowName.isEmpty()) {
        const auto flow = FlowsCommand::find(journal, flowName);
        if (!flow) {
            err << flow.errorString() << Qt::endl;
            return UsageError;
        }
        filter.flowId = flow->id;
    }
    const auto runs = history.runs(
        filter, HistoryQuery::RunSort::Started, Qt::DescendingOrder, 0, limit > 0 ? limit : 20);
    if (!runs) {
        err << runs.errorString() << Qt::endl;
        return JournalError;
    }
    if (json) {
        QJsonArray array;
        for (const HistoryRun &h : runs.value())
            array.append(runJson(h));
        writeJson(out, array);
        return Ok;
    }
    if (runs->isEmpty()) {
        out << tr("No runs recorded yet. Run a flow with “leadbridge-cli sync FLOW” or from the "
                  "LeadBridge window.")
            << Qt::endl;
        return Ok;
    }
    out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9")
               .arg(pad(tr("Run"), 5), pad(tr("Flow"), 24), pad(tr("Trigger"), 12),
                   pad(tr("Mode"), 11), pad(tr("Started"), 16), pad(tr("Duration"), 9),
                   pad(tr("Status"), 21), pad(tr("Cre/Upd/Del/Skp/Cnf/Err"), 23), tr("Calls"))
        << Qt::endl;
    for (const HistoryRun &h : runs.value()) {
        const RunSummary &r = h.run;
        const RunCounts &c = r.counts;
        out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9")
                   .arg(pad(num(r.id), 5), pad(cell(h.flowName, 24), 24),
                       pad(RunWords::trigger(r.trigger), 12), pad(RunWords::mode(r.mode), 11),
                       pad(r.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                           16),
                       pad(RunWords::duration(r.startedAt, r.finishedAt), 9),
                       pad(RunWords::status(r.status), 21),
                       pad(QStringLiteral("%1/%2/%3/%4/%5/%6")
                               .arg(num(c.created), num(c.updated), num(c.deleted),
                                   num(c.skipped), num(c.conflicts), num(c.errors)),
                           23),
                       num(r.callsUsed))
            << Qt::endl;
        if (!r.errorSummary.isEmpty())
            out << QStringLiteral("       ") << safeLines(r.errorSummary) << Qt::endl;
    }
    return Ok;
}

} // namespace LeadBridge
