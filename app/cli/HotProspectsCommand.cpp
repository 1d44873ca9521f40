#include "app/cli/HotProspectsCommand.h"

#include "app/cli/CliServices.h"
#include "app/cli/CommandLine.h"
#include "app/cli/StopSignal.h"
#include "core/engine/HotProspects.h"
#include "core/engine/HotProspectsService.h"
#include "core/store/FieldMapRepository.h"
#include "core/store/FlowRepository.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <optional>

namespace LeadBridge {

namespace {

QString safe(const QString &text)
{
    return CliCommand::safe(text);
}

QString safeLines(const QString &text)
{
    return CliCommand::safeLines(text);
}

/// A table cell: one line, controls escaped, cut to @p width with an ellipsis, padded.
QString cell(const QString &text, int width)
{
    return CliCommand::cell(text, width).leftJustified(width);
}

QString scoreText(double score)
{
    return QString::number(score, 'g', 12);
}

bool isCrm(AccountKind kind)
{
    return kind == AccountKind::Salesforce || kind == AccountKind::Pipeliner;
}

/// The account named by @p given, or the only account @p wanted accepts; a sentence otherwise.
Expected<Account> pick(const AccountService &accounts, const QString &given,
    const std::function<bool(AccountKind)> &wanted, const QString &what, const QString &system,
    const QString &option)
{
    if (!given.trimmed().isEmpty()) {
        const auto found = accounts.find(given);
        if (!found)
            return found;
        if (!wanted(found->kind))
            return Expected<Account>::failure(
                HotProspectsCommand::tr("“%1” is a %2 account, not %3 account.")
                    .arg(safe(found->name), AccountService::kindDisplayName(found->kind), what));
        return found;
    }
    const auto all = accounts.accounts();
    if (!all)
        return Expected<Account>::failure(all.errorString());
    QList<Account> matches;
    for (const Account &a : all.value()) {
        if (wanted(a.kind))
            matches.append(a);
    }
    if (matches.size() == 1)
        return matches.constFirst();
    if (matches.isEmpty())
        return Expected<Account>::failure(HotProspectsCommand::tr(
            "No %1 account is linked. Link an Act-On account and a CRM account first "
            "(“leadbridge-cli accounts link”, or try “leadbridge-cli sandbox”).")
                                              .arg(system));
    QStringList names;
    for (const Account &a : std::as_const(matches))
        names << QStringLiteral("“%1” (%2)").arg(safe(a.name), QString::number(a.id));
    return Expected<Account>::failure(
        HotProspectsCommand::tr("Several %1 accounts are linked: %2. Choose one with %3.")
            .arg(system, names.join(QStringLiteral(", ")), option));
}

QJsonObject prospectJson(const HotProspect &p)
{
    return {
        { QStringLiteral("owner_id"), p.ownerId },
        { QStringLiteral("owner"), p.ownerName },
        { QStringLiteral("rank"), p.rank },
        { QStringLiteral("name"), p.name },
        { QStringLiteral("email"), p.email },
        { QStringLiteral("company"), p.company },
        { QStringLiteral("score"), p.score },
        { QStringLiteral("type"), p.type },
        { QStringLiteral("crm_id"), p.crmId },
        { QStringLiteral("lists"), QJsonArray::fromStringList(p.lists) },
        { QStringLiteral("last_change"),
            p.lastChange.isValid() ? p.lastChange.toUTC().toString(Qt::ISODate) : QString() },
    };
}

} // namespace

QString HotProspectsCommand::helpText()
{
    return tr("  hot-prospects [--acton ACCOUNT] [--crm ACCOUNT] [--owner ID|NAME] [--limit N] "
              "[--all-lists]\n"
              "                           The people with the highest Act-On score per sales "
              "owner (20 each,\n"
              "                           or N), owners read live from Salesforce or Pipeliner "
              "by e-mail. Reads the\n"
              "                           lists the two accounts' flows use (--all-lists: every "
              "list). Exit status:\n"
              "                           0 shown, 2 usage (no such account or owner), 4 the "
              "refresh failed.");
}

int HotProspectsCommand::run(const Arguments &args, QTextStream &out, QTextStream &err)
{
    if (args.limit <= 0) {
        err << tr("--limit needs a positive whole number, e.g. --limit 20.") << Qt::endl;
        return CommandLine::UsageError;
    }
    // Renewed sign-in tokens are written to the keychain asynchronously; CliServices waits
    // for them (bounded) before the process ends, as for every account command.
    CliServices services;
    if (const Status opened = services.open(QStringLiteral("leadbridge-cli-hot-prospects"));
        !opened) {
        err << opened.errorString() << Qt::endl;
        return CommandLine::JournalError;
    }
    Journal &journal = services.journal;
    const std::unique_ptr<AccountService> &accounts = services.accounts;

    const auto acton = pick(
        *accounts, args.acton, [](AccountKind k) { return k == AccountKind::ActOn; },
        tr("an Act-On"), tr("Act-On"), QStringLiteral("--acton"));
    if (!acton) {
        err << safeLines(acton.errorString()) << Qt::endl;
        return CommandLine::UsageError;
    }
    const auto crm
        = pick(*accounts, args.crm, isCrm, tr("a Salesforce or Pipeliner"),
            tr("Salesforce or Pipeliner"), QStringLiteral("--crm"));
    if (!crm) {
        err << safeLines(crm.errorString()) << Qt::endl;
        return CommandLine::UsageError;
    }

    // The lists and score headings the flows between the two accounts use.
    QList<Flow> flows;
    QHash<qint64, FieldMap> maps;
    FlowRepository flowRepo(journal);
    FieldMapRepository mapRepo(journal);
    if (const auto all = flowRepo.list())
        flows = all.value();
    for (const Flow &f : std::as_const(flows)) {
        if (const auto map = mapRepo.load(f.id); map && map->has_value())
            maps.insert(f.id, map->value());
    }
    HotProspectsOptions options
        = HotProspects::optionsForFlows(flows, maps, acton->id, crm->id);
    options.allLists = args.allLists;
    options.limit = args.limit;

    QEventLoop loop;
    // Sandbox accounts need the in-process emulators (new ports on every start).
    if (acton->settings.value(QStringLiteral("sandbox")).toBool()
        || crm->settings.value(QStringLiteral("sandbox")).toBool()) {
        bool started = false;
        AccountOperationResult result;
        const bool resuming = accounts->resumeSandbox([&](const AccountOperationResult &r) {
            result = r;
            started = true;
            loop.quit();
        });
        if (resuming && !started)
            loop.exec();
        if (!accounts->isSandboxRunning()) {
            err << safeLines(result.message.isEmpty()
                        ? tr("LeadBridge could not start the built-in sandbox.")
                        : result.message)
                << Qt::endl;
            return CommandLine::Failed;
        }
    }
    // Re-read: starting the sandbox points its accounts at new addresses.
    const auto actonNow = accounts->account(acton->id);
    const auto crmNow = accounts->account(crm->id);
    if (!actonNow || !crmNow) {
        err << safeLines(!actonNow ? actonNow.errorString() : crmNow.errorString()) << Qt::endl;
        return CommandLine::JournalError;
    }

    HotProspectsService service(&services.store, services.engine.get());
    HotProspectsResult result;
    bool finished = false;
    QObject::connect(&service, &HotProspectsService::finished, &loop,
        [&](quint64, const HotProspectsResult &r) {
            result = r;
            finished = true;
            loop.quit();
        });
    std::optional<StopSignal> stop;
    stop.emplace();
    const quint64 id = service.refresh(actonNow.value(), crmNow.value(), options);
    QTimer poll;
    bool cancelling = false;
    // A signal handler may only set a flag; the loop looks at it a few times a second.
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (StopSignal::requested() && !cancelling) {
            cancelling = true;
            service.cancel(id);
        }
    });
    poll.start(100);
    if (!finished)
        loop.exec();
    poll.stop();
    stop.reset();

    if (result.cancelled) {
        err << tr("Cancelled; nothing was changed.") << Qt::endl;
        return CommandLine::Failed;
    }
    if (!result.error.isEmpty()) {
        err << safeLines(result.error) << Qt::endl;
        if (args.json)
            out << QString::fromUtf8(
                QJsonDocument(QJsonObject { { QStringLiteral("error"), result.error } })
                    .toJson(QJsonDocument::Indented));
        return CommandLine::Failed;
    }

    // --owner: the CRM id, or a name that names one owner only.
    QString ownerId;
    bool ownerChosen = false;
    if (!args.owner.trimmed().isEmpty()) {
        const QString wanted = args.owner.trimmed();
        QList<HotProspectOwner> byName;
        for (const HotProspectOwner &o : std::as_const(result.owners)) {
            if (!o.id.isEmpty() && o.id == wanted) {
                byName = { o };
                break;
            }
            if (o.name.compare(wanted, Qt::CaseInsensitive) == 0)
                byName.append(o);
        }
        if (byName.size() != 1) {
            QStringList names;
            for (const HotProspectOwner &o : std::as_const(result.owners))
                names << (o.id.isEmpty() ? safe(o.name)
                                         : QStringLiteral("%1 (%2)").arg(safe(o.name), safe(o.id)));
            err << (byName.isEmpty()
                           ? (names.isEmpty()
                                     ? tr("No sales owner “%1” has a scored person in %2: no "
                                          "owner has one.")
                                           .arg(safe(wanted), result.crmSystem)
                                     : tr("No sales owner “%1” has a scored person in %2. The "
                                          "owners are: %3.")
                                           .arg(safe(wanted), result.crmSystem,
                                               names.join(QStringLiteral(", "))))
                           : tr("Several sales owners are called “%1”; give the owner's %2 id "
                                "instead: %3.")
                                 .arg(safe(wanted), result.crmSystem,
                                     names.join(QStringLiteral(", "))))
                << Qt::endl;
            return CommandLine::UsageError;
        }
        ownerId = byName.constFirst().id;
        ownerChosen = true;
    }
    QList<HotProspect> shown;
    for (const HotProspect &p : std::as_const(result.prospects)) {
        if (!ownerChosen || p.ownerId == ownerId)
            shown.append(p);
    }
    const QString notInCrm = result.notInCrm == 0
        ? QString()
        : tr("%n list member(s) are not in %1, so no owner is known for them.", nullptr,
              result.notInCrm)
              .arg(result.crmSystem);

    if (args.json) {
        QJsonArray owners;
        for (const HotProspectOwner &o : std::as_const(result.owners)) {
            if (ownerChosen && o.id != ownerId)
                continue;
            owners.append(QJsonObject { { QStringLiteral("id"), o.id },
                { QStringLiteral("name"), o.name }, { QStringLiteral("shown"), o.shown },
                { QStringLiteral("scored"), o.scored } });
        }
        QJsonArray people;
        for (const HotProspect &p : std::as_const(shown))
            people.append(prospectJson(p));
        const QJsonObject o {
            { QStringLiteral("acton_account"), actonNow->name },
            { QStringLiteral("crm_account"), crmNow->name },
            { QStringLiteral("crm"), result.crmSystem },
            { QStringLiteral("limit"), args.limit },
            { QStringLiteral("lists_read"), QJsonArray::fromStringList(result.listsRead) },
            { QStringLiteral("lists_without_score"),
                QJsonArray::fromStringList(result.listsWithoutScore) },
            { QStringLiteral("members_read"), result.membersRead },
            { QStringLiteral("people_scored"), result.peopleScored },
            { QStringLiteral("people_without_score"), result.peopleWithoutScore },
            { QStringLiteral("not_in_crm"), result.notInCrm },
            { QStringLiteral("calls_used"), result.callsUsed },
            { QStringLiteral("owners"), owners },
            { QStringLiteral("prospects"), people },
        };
        out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        out.flush();
        return CommandLine::Ok;
    }
    if (shown.isEmpty()) {
        out << (result.peopleScored == 0
                       ? tr("No list member has a score yet.")
                       : tr("No scored list member is in %1.").arg(result.crmSystem))
            << Qt::endl;
    } else {
        out << cell(tr("Owner"), 20) << QStringLiteral("  ") << cell(tr("#"), 3)
            << QStringLiteral("  ") << cell(tr("Name"), 24) << QStringLiteral("  ")
            << cell(tr("E-mail"), 30) << QStringLiteral("  ") << cell(tr("Company"), 20)
            << QStringLiteral("  ") << cell(tr("Score"), 6) << QStringLiteral("  ")
            << cell(tr("Type"), 7) << QStringLiteral("  ") << tr("Lists") << Qt::endl;
        for (const HotProspect &p : std::as_const(shown)) {
            out << cell(p.ownerName, 20) << QStringLiteral("  ")
                << cell(QString::number(p.rank), 3) << QStringLiteral("  ") << cell(p.name, 24)
                << QStringLiteral("  ") << cell(p.email, 30) << QStringLiteral("  ")
                << cell(p.company, 20) << QStringLiteral("  ") << cell(scoreText(p.score), 6)
                << QStringLiteral("  ")
                << cell(p.type == QLatin1String("Lead") ? tr("Lead") : tr("Contact"), 7)
                << QStringLiteral("  ") << safe(p.lists.join(QStringLiteral(", "))) << Qt::endl;
        }
    }
    out << tr("Read %n Act-On list(s): %1.", nullptr, int(result.listsRead.size()))
               .arg(safe(result.listsRead.join(QStringLiteral(", "))))
        << Qt::endl;
    if (!notInCrm.isEmpty())
        out << notInCrm << Qt::endl;
    if (!result.listsWithoutScore.isEmpty())
        out << tr("These lists have no score column: %1.")
                   .arg(safe(result.listsWithoutScore.join(QStringLiteral(", "))))
            << Qt::endl;
    return CommandLine::Ok;
}

} // namespace LeadBridge
