#include "core/engine/FlowSettingsCheck.h"

#include "core/engine/AccountService.h"
#include "core/engine/flows/ListSyncSettings.h"

#include <QDate>
#include <QDateTime>

namespace LeadBridge {

namespace {

const Account *findAccount(const QList<Account> &accounts, qint64 id)
{
    for (const Account &a : accounts) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

QString kindNames(const QList<AccountKind> &kinds)
{
    QStringList names;
    for (const AccountKind k : kinds)
        names.append(AccountService::kindDisplayName(k));
    return names.join(FlowSettingsCheck::tr(" or "));
}

} // namespace

QList<AccountKind> FlowSettingsCheck::fittingKinds(FlowKind kind, bool source)
{
    switch (kind) {
    case FlowKind::WebinarImport:
        return { source ? AccountKind::On24 : AccountKind::ActOn };
    case FlowKind::CrmContactSync:
        return source ? QList<AccountKind> { AccountKind::Salesforce, AccountKind::Pipeliner }
                      : QList<AccountKind> { AccountKind::ActOn };
    case FlowKind::ListSync:
        return { source ? AccountKind::Salesforce : AccountKind::ActOn };
    case FlowKind::LeadHandoff:
        return source ? QList<AccountKind> { AccountKind::ActOn }
                      : QList<AccountKind> { AccountKind::Pipeliner, AccountKind::Salesforce };
    }
    return {};
}

QString FlowSettingsCheck::problem(const Flow &flow, const QList<Account> &accounts)
{
    const QStringList all = problems(flow, accounts);
    return all.isEmpty() ? QString() : all.first();
}

QStringList FlowSettingsCheck::problems(const Flow &flow, const QList<Account> &accounts)
{
    QStringList out;
    if (flow.name.trimmed().isEmpty())
        out.append(tr("Enter a name for the flow."));
    const Account *source = findAccount(accounts, flow.sourceAccountId);
    const Account *target = findAccount(accounts, flow.targetAccountId);
    const QList<AccountKind> sourceKinds = fittingKinds(flow.kind, true);
    const QList<AccountKind> targetKinds = fittingKinds(flow.kind, false);
    if (!source || !sourceKinds.contains(source->kind))
        out.append(tr("Choose the %1 account the flow reads from. Link one on the Accounts page "
                      "if none is listed.")
                       .arg(kindNames(sourceKinds)));
    if (!target || !targetKinds.contains(target->kind))
        out.append(tr("Choose the %1 account the flow writes to. Link one on the Accounts page "
                      "if none is listed.")
                       .arg(kindNames(targetKinds)));
    const QVariantMap &s = flow.settings;

    switch (flow.kind) {
    case FlowKind::WebinarImport: {
        if (source && source->kind == AccountKind::On24
            && source->settings.value(QStringLiteral("clientId")).toString().trimmed().isEmpty())
            out.append(tr("The ON24 account “%1” has no client id. Enter it in Accounts → ON24.")
                           .arg(source->name));
        const QString from = s.value(QStringLiteral("backfillFrom")).toString().trimmed();
        if (!from.isEmpty()) {
            QDate date = QDate::fromString(from, Qt::ISODate);
            if (!date.isValid())
                date = QDateTime::fromString(from, Qt::ISODate).date();
            if (!date.isValid())
                out.append(
                    tr("The backfill start “%1” is not a date. Enter it as YYYY-MM-DD.").arg(from));
            else if (date > QDate::currentDate())
                out.append(tr("The backfill start is in the future. Choose today or an earlier "
                              "date."));
        }
        if (s.contains(QStringLiteral("lookBackHours"))) {
            bool ok = false;
            const int hours = s.value(QStringLiteral("lookBackHours")).toInt(&ok);
            if (!ok || hours < kMinimumLookBackHours)
                out.append(tr("ON24 publishes on-demand attendance up to 12 hours late. Choose a "
                              "look-back of at least 12 hours."));
            else if (hours > kMaximumLookBackHours)
                out.append(tr("Choose a look-back of at most 90 days (2160 hours)."));
        }
        break;
    }
    case FlowKind::CrmContactSync:
        if (!s.value(QStringLiteral("syncLeads"), true).toBool()
            && !s.value(QStringLiteral("syncContacts"), true).toBool())
            out.append(tr("This flow reads neither leads nor contacts. Choose at least one."));
        break;
    case FlowKind::ListSync: {
        QString error;
        const ListSyncSettings ls = ListSyncSettings::fromMap(s, &error);
        if (!error.isEmpty())
            out.append(error);
        if (s.value(QStringLiteral("listName")).toString().trimmed().isEmpty())
            out.append(tr("Choose the Act-On list to reuse, or type the name of a new one."));
        // A campaign's list pushes the member status with "Update existing records"
        // whatever fields are chosen (seed 003), so no field is needed there.
        if (ls.pushUpdate && ls.pushUpdateFields.isEmpty()
            && ls.source != ListSyncSettings::Source::Campaign)
            out.append(tr("Choose at least one field for “Update existing Salesforce records”, "
                          "or clear that option."));
        if (ls.pullUpdate && ls.pullUpdateFields.isEmpty())
            out.append(tr("Choose at least one field for “Update existing list records”, or "
                          "clear that option."));
        if (!ls.pushAddNew && !ls.pushUpdate && !ls.pullAddNew && !ls.pullUpdate
            && !ls.pullRemoveNotFound)
            out.append(tr("Every push and pull option is off, so the list sync would change "
                          "nothing. Choose at least one."));
        break;
    }
    case FlowKind::LeadHandoff: {
        bool ok = true;
        const double threshold = s.value(QStringLiteral("scoreThreshold"), 50).toDouble(&ok);
        if (!ok)
            out.append(tr("The score threshold of the lead handoff is not a number. Enter a "
                          "number."));
        else if (threshold <= 0)
            out.append(tr("Choose a score threshold above 0, or every contact on the lists "
                          "would become a lead."));
        if (s.value(QStringLiteral("ownerId")).toString().trimmed().isEmpty())
            out.append(tr("The lead handoff has no lead owner. Choose the user who owns the new "
                          "leads and contacts."));
        break;
    }
    }
    return out;
}

} // namespace LeadBridge
