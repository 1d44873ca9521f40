#include "app/cli/ConflictsCommand.h"

#include "app/cli/FlowsCommand.h"
#include "core/mapping/CrmKind.h"
#include "core/store/ConflictRepository.h"
#include "core/store/Journal.h"

#include <QJsonArray>
#include <QJsonObject>

namespace LeadBridge {

namespace {

QJsonObject conflictJson(const ConflictRecord &c)
{
    return {
        { QStringLiteral("id"), c.id },
        { QStringLiteral("flow_id"), c.flowId },
        { QStringLiteral("flow"), c.flowName },
        { QStringLiteral("person"), c.personKey },
        { QStringLiteral("crm_system"), c.crmSystem },
        { QStringLiteral("crm_id"), c.crmId },
        { QStringLiteral("crm_type"), c.crmType },
        { QStringLiteral("acton_id"), c.marketingId },
        { QStringLiteral("field"), c.field },
        { QStringLiteral("crm_value"), c.crmValue },
        { QStringLiteral("acton_value"), c.marketingValue },
        { QStringLiteral("found_run"), c.foundRunId },
        { QStringLiteral("found_at"), CliCommand::isoOrEmpty(c.foundAt) },
        { QStringLiteral("status"), ConflictRecord::statusToString(c.status) },
        { QStringLiteral("keep"), ConflictRecord::keepToString(c.keep) },
        { QStringLiteral("decided_at"), CliCommand::isoOrEmpty(c.decidedAt) },
        { QStringLiteral("applied_run"), c.appliedRunId },
        { QStringLiteral("note"), c.note },
    };
}

} // namespace

QString ConflictsCommand::helpText()
{
    return tr("\n  conflicts [FLOW]         The conflicts held for review (flow rule \"Hold for "
              "review\"): person,\n"
              "                           field, the CRM and the Act-On value, status.\n"
              "  conflicts resolve ID [ID ...] --keep crm|acton\n"
              "                           Keep the CRM or the Act-On value; the flow's next "
              "run writes it.");
}

int ConflictsCommand::run(const QStringList &arguments, const QString &keep, bool json,
    QTextStream &out, QTextStream &err)
{
    Journal journal;
    const bool resolve = arguments.value(0) == u"resolve";
    if (resolve) {
        const ConflictRecord::Keep k = ConflictRecord::keepFromString(keep);
        if (k == ConflictRecord::Keep::Undecided) {
            err << tr("Say which value to keep: “leadbridge-cli conflicts resolve ID --keep crm” "
                      "or “--keep acton”.")
                << Qt::endl;
            return UsageError;
        }
        QList<qint64> ids;
        for (const QString &a : arguments.mid(1)) {
            bool ok = false;
            const qint64 id = a.toLongLong(&ok);
            if (!ok || id <= 0) {
                err << tr("“%1” is not a conflict number, as “leadbridge-cli conflicts” shows "
                          "it.")
                           .arg(safe(a))
                    << Qt::endl;
                return UsageError;
            }
            ids.append(id);
        }
        if (ids.isEmpty()) {
            err << tr("Say which conflicts to resolve, by number: “leadbridge-cli conflicts "
                      "resolve 12 --keep acton”.")
                << Qt::endl;
            return UsageError;
        }
        if (!openJournal(journal, err))
            return JournalError;
        ConflictRepository conflicts(journal);
        for (qint64 id : std::as_const(ids)) {
            if (const auto found = conflicts.get(id); !found) {
                err << found.errorString() << Qt::endl;
                return UsageError;
            }
        }
        if (const Status s = conflicts.decide(ids, k); !s) {
            err << s.errorString() << Qt::endl;
            return UsageError;
        }
        if (json) {
            QJsonArray array;
            for (qint64 id : std::as_const(ids))
                array.append(conflictJson(conflicts.get(id).value()));
            writeJson(out, array);
            return Ok;
        }
        out << (k == ConflictRecord::Keep::Marketing
                       ? tr("Keeping the Act-On value of %n conflict(s); the flow's next run "
                            "writes it.",
                           nullptr, int(ids.size()))
                       : tr("Keeping the CRM value of %n conflict(s); the flow's next run "
                            "writes it.",
                           nullptr, int(ids.size())))
            << Qt::endl;
        return Ok;
    }
    if (arguments.size() > 1) {
        err << tr("The conflicts command takes at most one flow, or “resolve ID --keep "
                  "crm|acton”.")
            << Qt::endl;
        return UsageError;
    }
    if (!keep.isEmpty()) {
        err << tr("--keep goes with “leadbridge-cli conflicts resolve ID”.") << Qt::endl;
        return UsageError;
    }
    if (!openJournal(journal, err))
        return JournalError;
    qint64 flowId = 0;
    if (!arguments.isEmpty()) {
        const auto flow = FlowsCommand::find(journal, arguments.constFirst());
        if (!flow) {
            err << flow.errorString() << Qt::endl;
            return UsageError;
        }
        flowId = flow->id;
    }
    const auto listed = ConflictRepository(journal).list(flowId);
    if (!listed) {
        err << listed.errorString() << Qt::endl;
        return JournalError;
    }
    if (json) {
        QJsonArray array;
        for (const ConflictRecord &c : listed.value())
            array.append(conflictJson(c));
        writeJson(out, array);
        return Ok;
    }
    if (listed->isEmpty()) {
        out << tr("No conflicts held for review. A CRM contact sync flow holds fields changed on "
                  "both sides when its conflict rule is “Hold for review”.")
            << Qt::endl;
        return Ok;
    }
    out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8")
               .arg(pad(tr("ID"), 5), pad(tr("Flow"), 20), pad(tr("Person"), 28),
                   pad(tr("Field"), 18), pad(tr("CRM value"), 22), pad(tr("Act-On value"), 22),
                   pad(tr("Run"), 5), tr("Status"))
        << Qt::endl;
    for (const ConflictRecord &c : listed.value()) {
        QString status;
        switch (c.status) {
        case ConflictRecord::Status::Open:
            status = tr("open");
            break;
        case ConflictRecord::Status::Resolved:
            status = c.keep == ConflictRecord::Keep::Marketing
                ? tr("keep Act-On value, applied by the next run")
                : tr("keep %1 value, applied by the next run")
                      .arg(CrmKinds::displayName(CrmKinds::fromString(c.crmSystem)));
            break;
        case ConflictRecord::Status::Applied:
            status = tr("applied by run %1").arg(num(c.appliedRunId));
            break;
        case ConflictRecord::Status::Superseded:
            status = tr("superseded: %1").arg(safe(c.note));
            break;
        }
        out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8")
                   .arg(pad(num(c.id), 5), pad(cell(c.flowName, 20), 20),
                       pad(cell(c.personKey, 28), 28), pad(cell(c.field, 18), 18),
                       pad(cell(c.crmValue, 22), 22), pad(cell(c.marketingValue, 22), 22),
                       pad(num(c.foundRunId), 5), status)
            << Qt::endl;
    }
    return Ok;
}

} // namespace LeadBridge
