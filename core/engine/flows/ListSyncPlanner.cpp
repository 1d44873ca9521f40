#include "core/engine/flows/ListSyncPlanner.h"

#include "core/engine/FieldNormaliser.h"
#include "core/engine/PersonKey.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace LeadBridge {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LeadBridge::ListSyncPlanner", text);
}

QString objectName(CrmObjectType type)
{
    return type == CrmObjectType::Lead ? QStringLiteral("Lead") : QStringLiteral("Contact");
}

const QString kSalesforce = QStringLiteral("salesforce");
const QString kActOn = QStringLiteral("acton");

struct Decision
{
    enum Kind { None, Push, Pull } kind = None;
    bool conflict = false;
};

} // namespace

Plan ListSyncPlanner::plan(const ListSyncInput &in)
{
    Plan plan;
    const FieldMap &map = in.map;
    const ListSyncSettings &s = in.settings;
    const int emailRow = [&] {
        const int u = map.indexOfUsage(SystemUsage::Email);
        if (u >= 0)
            return u;
        for (int i = 0; i < map.rowCount(); ++i) {
            if (map.row(i).marketing.type == MarketingFieldType::Email)
                return i;
        }
        return -1;
    }();

    QHash<QString, const LinkSnapshot *> snapshots;
    for (const LinkSnapshot &snap : in.snapshots)
        snapshots.insert(snap.emailKey, &snap);

    // The list, by email (first row wins; later duplicates are skipped).
    QHash<QString, const SideRecord *> listByEmail;
    QList<const SideRecord *> listOrder;
    auto skipRow = [&](const SideRecord &r, const QString &key, const QString &reason) {
        PlannedChange skip;
        skip.target = SyncSide::Marketing;
        skip.system = kActOn;
        skip.object = in.listId;
        skip.key = key;
        skip.id = r.id;
        skip.operation = ChangeOperation::Skip;
        skip.reason = reason;
        plan.skips.append(skip);
        ++plan.counts.skips;
    };
    for (const SideRecord &r : in.listRecords) {
        if (r.email.isEmpty()) {
            skipRow(r, r.id,
                tr("This list row has no email address, so it cannot be matched to "
                   "a Salesforce record."));
            continue;
        }
        if (!PersonKey::isValidEmail(r.email)) {
            // Sent on, the address is refused by Salesforce at best; a NUL byte in front
            // even made the run's history impossible to write.
            skipRow(r, r.id,
                tr("“%1” is not a valid email address, so this list row cannot be "
                   "matched to a Salesforce record. Correct the address in Act-On.")
                    .arg(FieldNormaliser::stripControlCharacters(r.email)));
            continue;
        }
        if (listByEmail.contains(r.email)) {
            skipRow(r, r.email,
                tr("Another row of the list (%1) has the same email address, so "
                   "this one was left alone.")
                    .arg(listByEmail.value(r.email)->id));
            continue;
        }
        listByEmail.insert(r.email, &r);
        listOrder.append(&r);
    }

    QSet<QString> seenCrm;
    QSet<QString> matchedList;

    auto snapshotOf = [&](const SideRecord &crm, const QString &email) {
        LinkSnapshot snap;
        snap.emailKey = email;
        snap.crmId = crm.id;
        snap.crmType = LinkSnapshot::crmTypeOf(crm.crmType);
        return snap;
    };

    // One person on both sides: per-column decisions. @p movedFrom: the list row still has
    // the person's previous address, which the update changes in place.
    auto compare = [&](const SideRecord &crm, const SideRecord &row, const QString &movedFrom) {
        const LinkSnapshot *old = snapshots.value(movedFrom.isEmpty() ? crm.email : movedFrom);
        LinkSnapshot snap = snapshotOf(crm, crm.email);
        snap.marketingId = row.id;
        PlannedChange push;
        push.target = SyncSide::Crm;
        push.system = kSalesforce;
        push.object = objectName(crm.crmType);
        push.key = crm.email;
        push.id = crm.id;
        push.crmType = crm.crmType;
        push.operation = ChangeOperation::Update;
        PlannedChange pull;
        pull.target = SyncSide::Marketing;
        pull.system = kActOn;
        pull.object = in.listId;
        pull.key = crm.email;
        pull.id = row.id;
        pull.operation = ChangeOperation::Update;
        if (!movedFrom.isEmpty()) {
            const QString heading = map.row(emailRow).marketing.name;
            pull.movedFrom = movedFrom;
            pull.fields.append({ heading, heading, row.value(emailRow), crm.value(emailRow) });
            pull.reason = tr("The e-mail address of this person changed in Salesforce; the "
                             "list row keeps its place and gets the new address.");
        }

        for (int i = 0; i < map.rowCount(); ++i) {
            const FieldMapRow &fr = map.row(i);
            const QString column = fr.crmField(crm.crmType);
            const quint32 fkey = LinkSnapshot::fieldKey(fr.marketing.name);
            const QString cv = crm.value(i);
            const QString mv = row.value(i);
            if (column.isEmpty() || cv.isNull()) {
                snap.clearHash(fkey);
                continue;
            }
            if (cv == mv || i == emailRow) {
                if (cv == mv)
                    snap.setHash(fkey, LinkSnapshot::valueHash(cv));
                continue;
            }
            const bool identity = in.identityColumns.contains(fr.marketing.name);
            const bool canPush = !identity && s.pushesField(fr.marketing.name)
                && !FieldMapRow::isRelationshipPath(column);
            const bool canPull = identity || s.pullsField(fr.marketing.name);
            const std::optional<quint64> h = old ? old->hashFor(fkey) : std::nullopt;
            const bool crmChanged = h && *h != LinkSnapshot::valueHash(cv);
            const bool listChanged = h && *h != LinkSnapshot::valueHash(mv);
            Decision d;
            if (canPush && canPull) {
                if (h) {
                    if (crmChanged && listChanged) {
                        d.kind = Decision::Pull;
                        d.conflict = true;
                    } else if (listChanged) {
                        d.kind = Decision::Push;
                    } else {
                        d.kind = Decision::Pull;
                    }
                } else {
                    d.kind = cv.isEmpty() ? Decision::Push : Decision::Pull;
                }
            } else if (canPush) {
                if (!mv.isEmpty() || listChanged)
                    d.kind = Decision::Push;
            } else if (canPull) {
                d.kind = Decision::Pull;
            }
            // A blank cannot be merged into an Act-On list (empty cells never overwrite).
            if (d.kind == Decision::Pull && cv.isEmpty())
                d.kind = Decision::None;
            if (d.conflict) {
                PlannedChange c;
                c.target = SyncSide::Crm;
                c.system = kSalesforce;
                c.object = objectName(crm.crmType);
                c.key = crm.email;
                c.id = crm.id;
                c.crmType = crm.crmType;
                c.operation = ChangeOperation::Conflict;
                c.fields.append({ fr.marketing.name, column, cv, mv });
                c.reason = tr("Changed in Salesforce and in the Act-On list since the last "
                              "sync; Salesforce wins, so the list gets its value.");
                plan.conflicts.append(c);
                ++plan.counts.conflicts;
            }
            if (d.kind == Decision::Push) {
                push.fields.append({ fr.marketing.name, column, cv, mv });
                snap.setHash(fkey, LinkSnapshot::valueHash(mv));
            } else if (d.kind == Decision::Pull) {
                pull.fields.append({ fr.marketing.name, fr.marketing.name, mv, cv });
                snap.setHash(fkey, LinkSnapshot::valueHash(cv));
            } else {
                snap.clearHash(fkey);
            }
        }
        if (!push.fields.isEmpty()) {
            plan.addWrite(push);
            ++plan.counts.updates;
        }
        if (!pull.fields.isEmpty()) {
            plan.addWrite(pull);
            ++plan.counts.updates;
        }
        if (push.fields.isEmpty() && pull.fields.isEmpty())
            ++plan.counts.unchanged;
        plan.snapshots.append(snap);
    };

    auto crmSkip = [&](const SideRecord &crm, const QString &reason) {
        PlannedChange skip;
        skip.target = SyncSide::Crm;
        skip.system = kSalesforce;
        skip.object = objectName(crm.crmType);
        skip.key = crm.email.isEmpty() ? crm.id : crm.email;
        skip.id = crm.id;
        skip.crmType = crm.crmType;
        skip.operation = ChangeOperation::Skip;
        skip.reason = reason;
        plan.skips.append(skip);
        ++plan.counts.skips;
    };

    // A linked Salesforce record that comes back with another address (and whose new
    // address is not on the list yet) moves its list row instead of adding a second one.
    QHash<QString, const LinkSnapshot *> snapshotByCrmId;
    for (const LinkSnapshot &snap : in.snapshots) {
        if (!snap.crmId.isEmpty())
            snapshotByCrmId.insert(snap.crmId, &snap);
    }
    QSet<QString> sourceEmails;
    for (const SideRecord &crm : in.sourceRecords) {
        if (!crm.deleted)
            sourceEmails.insert(crm.email);
    }
    auto movedRow = [&](const SideRecord &crm) -> const SideRecord * {
        const LinkSnapshot *snap = crm.id.isEmpty() ? nullptr : snapshotByCrmId.value(crm.id);
        if (!snap || snap->emailKey == crm.email || sourceEmails.contains(snap->emailKey)
            || matchedList.contains(snap->emailKey) || emailRow < 0)
            return nullptr;
        const SideRecord *row = listByEmail.value(snap->emailKey);
        return row && !row->id.isEmpty() ? row : nullptr;
    };

    // Source records.
    for (const SideRecord &crm : in.sourceRecords) {
        if (crm.deleted)
            continue;
        if (crm.email.isEmpty()) {
            crmSkip(crm,
                tr("This Salesforce record has no email address, so it cannot be put on an "
                   "Act-On list."));
            continue;
        }
        if (seenCrm.contains(crm.email)) {
            crmSkip(crm,
                tr("Another Salesforce record of the source has the same email address (%1), "
                   "so this one was left alone.")
                    .arg(crm.email));
            continue;
        }
        seenCrm.insert(crm.email);
        if (const SideRecord *row = listByEmail.value(crm.email)) {
            matchedList.insert(crm.email);
            compare(crm, *row, QString());
            continue;
        }
        if (const SideRecord *row = movedRow(crm)) {
            matchedList.insert(row->email);
            compare(crm, *row, row->email);
            continue;
        }
        if (!s.pullAddNew) {
            crmSkip(crm,
                tr("Not on the Act-On list; the pull option “Add new records to the list” is "
                   "off."));
            continue;
        }
        PlannedChange add;
        add.target = SyncSide::Marketing;
        add.system = kActOn;
        add.object = in.listId;
        add.key = crm.email;
        add.operation = ChangeOperation::Create;
        LinkSnapshot snap = snapshotOf(crm, crm.email);
        for (int i = 0; i < map.rowCount(); ++i) {
            const QString cv = crm.value(i);
            const quint32 fkey = LinkSnapshot::fieldKey(map.row(i).marketing.name);
            if (cv.isEmpty())
                continue;
            add.fields.append(
                { map.row(i).marketing.name, map.row(i).marketing.name, QString(), cv });
            snap.setHash(fkey, LinkSnapshot::valueHash(cv));
        }
        plan.addWrite(add);
        ++plan.counts.creates;
        plan.snapshots.append(snap);
    }

    // Known to Salesforce outside the source: update only.
    QHash<QString, const SideRecord *> others;
    for (const SideRecord &crm : in.otherCrmRecords) {
        if (crm.deleted || crm.email.isEmpty() || seenCrm.contains(crm.email)
            || others.contains(crm.email))
            continue;
        others.insert(crm.email, &crm);
    }

    // List rows not in the source.
    for (const SideRecord *row : listOrder) {
        if (matchedList.contains(row->email))
            continue;
        if (const SideRecord *crm = others.value(row->email)) {
            compare(*crm, *row, QString());
            continue;
        }
        if (s.pushAddNew) {
            const CrmObjectType type = s.pushAddAs;
            PlannedChange add;
            add.target = SyncSide::Crm;
            add.system = kSalesforce;
            add.object = objectName(type);
            add.key = row->email;
            add.crmType = type;
            add.operation = ChangeOperation::Create;
            LinkSnapshot snap;
            snap.emailKey = row->email;
            snap.crmType = LinkSnapshot::crmTypeOf(type);
            snap.marketingId = row->id;
            for (const MappedField &f : map.fieldsForCreate(type)) {
                const int i = map.indexOf(f.marketingField);
                const QString mv = i >= 0 ? row->value(i) : QString();
                if (i < 0 || mv.isEmpty())
                    continue;
                add.fields.append({ map.row(i).marketing.name, f.crmField, QString(), mv });
                snap.setHash(
                    LinkSnapshot::fieldKey(map.row(i).marketing.name), LinkSnapshot::valueHash(mv));
            }
            plan.addWrite(add);
            ++plan.counts.creates;
            plan.snapshots.append(snap);
        } else if (s.pullRemoveNotFound) {
            PlannedChange del;
            del.target = SyncSide::Marketing;
            del.system = kActOn;
            del.object = in.listId;
            del.key = row->email;
            del.id = row->id;
            del.operation = ChangeOperation::Delete;
            del.reason = tr("Not found in Salesforce; the pull option “Remove records not "
                            "found in Salesforce” is on.");
            plan.addWrite(del);
            ++plan.counts.deletes;
            if (snapshots.contains(row->email))
                plan.removedLinks.append(row->email);
        } else {
            PlannedChange skip;
            skip.target = SyncSide::Marketing;
            skip.system = kActOn;
            skip.object = in.listId;
            skip.key = row->email;
            skip.id = row->id;
            skip.operation = ChangeOperation::Skip;
            skip.reason = tr("Not found in Salesforce; the push option “Add new records to "
                             "Salesforce” is off.");
            plan.skips.append(skip);
            ++plan.counts.skips;
        }
    }
    if (s.source == ListSyncSettings::Source::Campaign)
        planCampaignStatus(in, &plan);
    return plan;
}

QString ListSyncPlanner::campaignStatusColumn()
{
    return QStringLiteral("Campaign Status");
}

void ListSyncPlanner::planCampaignStatus(const ListSyncInput &in, Plan *plan)
{
    const QString column = campaignStatusColumn();
    const quint32 fkey = LinkSnapshot::fieldKey(column);
    QHash<QString, const LinkSnapshot *> old;
    for (const LinkSnapshot &snap : in.snapshots)
        old.insert(snap.emailKey, &snap);
    auto changeFor = [plan](SyncSide target, ChangeOperation op, const QString &key) {
        for (PlanBatch &b : plan->batches) {
            if (b.target != target || b.operation != op)
                continue;
            for (PlannedChange &c : b.changes) {
                if (c.key == key)
                    return &c;
            }
        }
        return static_cast<PlannedChange *>(nullptr);
    };

    for (LinkSnapshot &snap : plan->snapshots) {
        const auto member = in.campaignMembers.constFind(snap.emailKey);
        if (member == in.campaignMembers.cend())
            continue; // not a member of the campaign (a list row known outside the source)
        const QString cv = member->status;
        // Added to the list by this plan: the new row gets the member's status.
        if (PlannedChange *add
            = changeFor(SyncSide::Marketing, ChangeOperation::Create, snap.emailKey)) {
            if (!cv.isEmpty()) {
                add->fields.append({ column, column, QString(), cv });
                snap.setHash(fkey, LinkSnapshot::valueHash(cv));
            }
            continue;
        }
        const auto cell = in.listCampaignStatus.constFind(snap.emailKey);
        if (cell == in.listCampaignStatus.cend())
            continue; // not on the list and not added (pull "add new" off)
        const QString mv = *cell;
        if (cv == mv) {
            snap.setHash(fkey, LinkSnapshot::valueHash(cv));
            continue;
        }
        const LinkSnapshot *before = old.value(snap.emailKey);
        const std::optional<quint64> h = before ? before->hashFor(fkey) : std::nullopt;
        const bool crmChanged = h && *h != LinkSnapshot::valueHash(cv);
        const bool listChanged = h && *h != LinkSnapshot::valueHash(mv);
        const bool canPush = in.settings.pushUpdate && !mv.isEmpty();
        bool push = false;
        bool conflict = false;
        if (h && listChanged && crmChanged)
            conflict = true; // Salesforce wins, as for every two-way column
        else if (h && listChanged)
            push = canPush;
        else if (!h && cv.isEmpty())
            push = canPush;
        if (!push && cv.isEmpty()) {
            snap.clearHash(fkey); // nothing to pull (a blank never overwrites a list cell)
            continue;
        }
        const bool hadWrites = changeFor(SyncSide::Crm, ChangeOperation::Update, snap.emailKey)
            || changeFor(SyncSide::Marketing, ChangeOperation::Update, snap.emailKey);
        if (conflict) {
            PlannedChange c;
            c.target = SyncSide::Crm;
            c.system = kSalesforce;
            c.object = QStringLiteral("CampaignMember");
            c.key = snap.emailKey;
            c.id = member->memberId;
            c.operation = ChangeOperation::Conflict;
            c.fields.append({ column, QStringLiteral("Status"), cv, mv });
            c.reason = tr("The campaign status changed in Salesforce and in the Act-On list "
                          "since the last sync; Salesforce wins, so the list gets its value.");
            plan->conflicts.append(c);
            ++plan->counts.conflicts;
        }
        if (push) {
            PlannedChange c;
            c.target = SyncSide::Crm;
            c.system = kSalesforce;
            c.object = QStringLiteral("CampaignMember");
            c.key = snap.emailKey;
            c.id = member->memberId;
            c.operation = ChangeOperation::Update;
            c.fields.append({ column, QStringLiteral("Status"), cv, mv });
            plan->addWrite(c);
            ++plan->counts.updates;
            snap.setHash(fkey, LinkSnapshot::valueHash(mv));
        } else {
            PlannedChange *pull
                = changeFor(SyncSide::Marketing, ChangeOperation::Update, snap.emailKey);
            if (pull) {
                pull->fields.append({ column, column, mv, cv });
            } else {
                PlannedChange c;
                c.target = SyncSide::Marketing;
                c.system = kActOn;
                c.object = in.listId;
                c.key = snap.emailKey;
                c.id = snap.marketingId;
                c.operation = ChangeOperation::Update;
                c.fields.append({ column, column, mv, cv });
                plan->addWrite(c);
                ++plan->counts.updates;
            }
            snap.setHash(fkey, LinkSnapshot::valueHash(cv));
        }
        if (!hadWrites && plan->counts.unchanged > 0)
            --plan->counts.unchanged;
    }
}

} // namespace LeadBridge
