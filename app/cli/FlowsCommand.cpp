#include "app/cli/FlowsCommand.h"

#include "core/model/RunWords.h"
#include "core/store/AccountRepository.h"
#include "core/store/FlowRepository.h"
#include "core/store/HistoryQuery.h"
#include "core/store/Journal.h"

#include <QJsonArray>
#include <QJsonObject>

namespace LeadBridge {

Expected<Flow> FlowsCommand::find(Journal &journal, const QString &nameOrId)
{
    FlowRepository repo(journal);
    const auto all = repo.list();
    if (!all)
        return Expected<Flow>::failure(all.errorString());
    bool isNumber = false;
    const qint64 id = nameOrId.toLongLong(&isNumber);
    QList<Flow> matches;
    for (const Flow &f : all.value()) {
        if ((isNumber && f.id == id)
            || f.name.compare(nameOrId.trimmed(), Qt::CaseInsensitive) == 0)
            matches.append(f);
    }
    if (matches.size() == 1)
        return matches.constFirst();
    QStringList names;
    for (const Flow &f : all.value())
        names << QStringLiteral("“%1” (%2)").arg(safe(f.name), num(f.id));
    if (matches.isEmpty())
        return Expected<Flow>::failure(names.isEmpty()
                ? QCoreApplication::translate("LeadBridge::CommandLine",
                    "There is no flow “%1”: no flows are set up yet. Set one up in the "
                    "LeadBridge window.")
                      .arg(safe(nameOrId))
                : QCoreApplication::translate(
                    "LeadBridge::CommandLine", "There is no flow “%1”. The flows are: %2.")
                      .arg(safe(nameOrId), names.join(QStringLiteral(", "))));
    return Expected<Flow>::failure(QCoreApplication::translate("LeadBridge::CommandLine",
        "Several flows are called “%1”; give its number instead (see “leadbridge-cli flows”).")
                                       .arg(safe(nameOrId)));
}

QString FlowsCommand::kindText(FlowKind kind)
{
    switch (kind) {
    case FlowKind::WebinarImport:
        return QCoreApplication::translate("LeadBridge::CommandLine", "Webinar import");
    case FlowKind::CrmContactSync:
        return QCoreApplication::translate("LeadBridge::CommandLine", "CRM contact sync");
    case FlowKind::ListSync:
        return QCoreApplication::translate("LeadBridge::CommandLine", "List sync");
    case FlowKind::LeadHandoff:
        return QCoreApplication::translate("LeadBridge::CommandLine", "Lead handoff");
    }
    return QString();
}

int FlowsCommand::run(bool json, QTextStream &out, QTextStream &err)
{
    Journal journal;
    if (!openJournal(journal, err))
        return JournalError;
    FlowRepository flows(journal);
    AccountRepository accounts(journal);
    HistoryQuery history(journal);
    const auto all = flows.list();
    if (!all) {
        err << all.errorString() << Qt::endl;
        return JournalError;
    }
    const auto accountName = [&accounts](qint64 id) {
        if (id <= 0)
            return QString();
        const auto a = accounts.get(id);
        return a ? a->name : QString();
    };
    QJsonArray array;
    QStringList lines;
    for (const Flow &f : all.value()) {
        RunFilter filter;
        filter.flowId = f.id;
        const auto last
            = history.runs(filter, HistoryQuery::RunSort::Started, Qt::DescendingOrder, 0, 1);
        const bool hasLast = last && !last->isEmpty();
        if (json) {
            QJsonObject o { { QStringLiteral("id"), f.id }, { QStringLiteral("name"), f.name },
                { QStringLiteral("kind"), Flow::kindToString(f.kind) },
                { QStringLiteral("kind_text"), kindText(f.kind) },
                { QStringLiteral("source_account"), accountName(f.sourceAccountId) },
                { QStringLiteral("target_account"), accountName(f.targetAccountId) },
                { QStringLiteral("enabled"), f.enabled },
                { QStringLiteral("needs_full_sync"), f.needsFullSync } };
            o.insert(QStringLiteral("last_run"),
                hasLast ? QJsonValue(runJson(last->constFirst())) : QJsonValue());
            array.append(o);
            continue;
        }
        QString lastText = tr("Never run");
        if (hasLast) {
            const RunSummary &r = last->constFirst().run;
            lastText
                = QStringLiteral("%1 %2 (%3)")
                      .arg(RunWords::status(r.status),
                          r.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                          RunWords::mode(r.mode));
        }
        lines << QStringLiteral("%1  %2  %3  %4  %5")
                     .arg(pad(num(f.id), 4), pad(cell(f.name, 28), 28),
                         pad(kindText(f.kind), 17),
                         pad(cell(accountName(f.sourceAccountId) + QStringLiteral(" → ")
                                     + accountName(f.targetAccountId),
                                 40),
                             40),
                         f.enabled ? lastText : tr("Disabled; %1").arg(lastText));
    }
    if (json) {
        writeJson(out, array);
        return Ok;
    }
    if (lines.isEmpty()) {
        out << tr("No flows set up yet. Set one up on the Flows page of the LeadBridge window "
                  "(link accounts first, or try the sandbox with “leadbridge-cli sandbox”).")
            << Qt::endl;
        return Ok;
    }
    out << QStringLiteral("%1  %2  %3  %4  %5")
               .arg(pad(tr("ID"), 4), pad(tr("Name"), 28), pad(tr("Kind"), 17),
                   pad(tr("Accounts"), 40), tr("Last run"))
        << Qt::endl;
    for (const QString &line : lines)
        out << line << Qt::endl;
    return Ok;
}

} // namespace LeadBridge
