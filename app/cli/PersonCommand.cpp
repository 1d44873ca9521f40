#include "app/cli/PersonCommand.h"

#include "core/engine/PersonKey.h"
#include "core/model/RunWords.h"
#include "core/store/Journal.h"
#include "core/store/PersonTimeline.h"

#include <QJsonArray>
#include <QJsonObject>

namespace LeadBridge {

namespace {

QJsonObject personChangeJson(const PersonChange &p)
{
    QJsonObject o = CliCommand::changeJson(p.change);
    o.insert(QStringLiteral("id"), p.change.id);
    o.insert(QStringLiteral("run"), p.change.runId);
    o.insert(QStringLiteral("run_started_at"), CliCommand::isoOrEmpty(p.runStartedAt));
    o.insert(QStringLiteral("run_mode"), RunSummary::modeToString(p.runMode));
    o.insert(QStringLiteral("run_status"), RunSummary::statusToString(p.runStatus));
    o.insert(QStringLiteral("flow_id"), p.flowId);
    o.insert(QStringLiteral("flow"), p.flowName);
    o.insert(QStringLiteral("flow_kind"), Flow::kindToString(p.flowKind));
    return o;
}

QJsonObject linkJson(const PersonLink &l)
{
    return {
        { QStringLiteral("flow_id"), l.flowId },
        { QStringLiteral("flow"), l.flowName },
        { QStringLiteral("system"), l.system },
        { QStringLiteral("id"), l.id },
        { QStringLiteral("type"), l.crmType },
        { QStringLiteral("link_key"), l.linkKey },
        { QStringLiteral("updated_at"), CliCommand::isoOrEmpty(l.updatedAt) },
    };
}

} // namespace

QString PersonCommand::helpText()
{
    return tr("\n  person EMAIL [--limit N]\n"
              "                           One person across systems: the record each flow "
              "links the address to\n"
              "                           in each system, and every recorded change to the "
              "person in any flow\n"
              "                           and run, newest first (at most N, default %1). "
              "Earlier and later\n"
              "                           addresses of a changed e-mail are followed.")
        .arg(PersonTimeline::kDefaultLimit);
}

int PersonCommand::run(
    const QString &email, int limit, bool json, QTextStream &out, QTextStream &err)
{
    if (!PersonKey::isValidEmail(email)) {
        err << tr("“%1” is not an e-mail address. Give the person's address, for example "
                  "“leadbridge-cli person ada@example.com”.")
                   .arg(safe(email.trimmed()))
            << Qt::endl;
        return UsageError;
    }
    Journal journal;
    if (!openJournal(journal, err))
        return JournalError;
    PersonTimeline timeline(journal);
    const auto found = timeline.find(email, limit > 0 ? limit : PersonTimeline::kDefaultLimit);
    if (!found) {
        err << found.errorString() << Qt::endl;
        return JournalError;
    }
    const PersonHistory &h = found.value();

    if (json) {
        QJsonObject newest;
        QJsonArray links;
        for (const PersonLink &l : h.links) {
            if (!newest.contains(l.system))
                newest.insert(l.system, l.id);
            links.append(linkJson(l));
        }
        QJsonArray changes;
        for (const PersonChange &c : h.changes)
            changes.append(personChangeJson(c));
        writeJson(out,
            QJsonObject {
                { QStringLiteral("email"), h.email },
                { QStringLiteral("addresses"), QJsonArray::fromStringList(h.addresses) },
                { QStringLiteral("links"), newest },
                { QStringLiteral("linked_records"), links },
                { QStringLiteral("changes"), changes },
                { QStringLiteral("truncated"), h.truncated },
            });
        return Ok;
    }

    if (h.isEmpty()) {
        out << tr("No changes recorded for %1.").arg(safe(h.email)) << Qt::endl;
        return Ok;
    }
    out << tr("Person %1").arg(safe(h.email));
    if (h.addresses.size() > 1)
        out << tr(" (also recorded as %1)")
                   .arg(safe(h.addresses.mid(1).join(QStringLiteral(", "))));
    out << Qt::endl << Qt::endl;
    if (h.links.isEmpty()) {
        out << tr("No flow links this person to a record now.") << Qt::endl;
    } else {
        out << tr("Linked records:") << Qt::endl;
        for (const PersonLink &l : h.links) {
            const QString id = l.crmType.isEmpty()
                ? safe(l.id)
                : tr("%1 (%2)").arg(safe(l.id), l.crmType == QStringLiteral("lead")
                            ? tr("lead")
                            : tr("contact"));
            out << QStringLiteral("  %1  %2  %3")
                       .arg(pad(RunWords::system(l.system), 10), pad(id, 28),
                           tr("in “%1”").arg(safe(l.flowName)))
                << Qt::endl;
        }
    }
    out << Qt::endl;
    if (h.changes.isEmpty()) {
        out << tr("No changes recorded for %1.").arg(safe(h.email)) << Qt::endl;
        return Ok;
    }
    out << (h.truncated ? tr("The newest %1 changes (there are more; raise --limit):")
                              .arg(num(h.changes.size()))
                        : tr("Changes, newest first:"))
        << Qt::endl;
    out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9")
               .arg(pad(tr("Run started"), 16), pad(tr("Run"), 5), pad(tr("Flow"), 24),
                   pad(tr("System"), 10), pad(tr("Record"), 28), pad(tr("Operation"), 9),
                   pad(tr("Field"), 18), tr("Old → new"), tr("Reason"))
        << Qt::endl;
    for (const PersonChange &p : h.changes) {
        const RecordChange &c = p.change;
        QString values;
        if (!c.oldValue.isEmpty() || !c.newValue.isEmpty())
            values = cell(c.oldValue, 30) + QStringLiteral(" → ") + cell(c.newValue, 30);
        out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9")
                   .arg(pad(localTimeText(p.runStartedAt), 16), pad(num(c.runId), 5),
                       pad(cell(p.flowName, 24), 24), pad(RunWords::system(c.system), 10),
                       pad(cell(c.recordKey, 28), 28), pad(RunWords::operation(c.operation), 9),
                       pad(cell(c.field, 18), 18), values, safe(c.reason))
            << Qt::endl;
    }
    return Ok;
}

} // namespace LeadBridge
