#include "core/engine/SyncPlanner.h"

#include "core/engine/FieldNormaliser.h"
#include "core/engine/PersonKey.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <optional>

namespace LeadBridge {

namespace {

// The context lupdate gives the sentences below (they are written inside class Planner); a
// different name here would leave every planner reason untranslated.
QString tr(const char *text)
{
    return QCoreApplication::translate("LeadBridge::Planner", text);
}

int typeIndex(CrmObjectType type)
{
    return type == CrmObjectType::Lead ? 0 : 1;
}

QString crmObjectName(CrmObjectType type)
{
    return type == CrmObjectType::Lead ? QStringLiteral("Lead") : QStringLiteral("Contact");
}

/// Fields with a fixed direction or tie-break.
enum class Special { None, Score, OptOut, HardBounce, Identity };

/// One field map row, pre-digested once per plan.
struct RowInfo
{
    QString name;
    MarketingFieldType type = MarketingFieldType::Text;
    quint32 key = 0;
    Special special = Special::None;
    QString crmField[2];
    bool pushable[2] = { false, false };
    bool createable[2] = { false, false };
    ConflictRule rule = ConflictRule::CrmWins;
};

/// One person of this plan: the records of each side and the stored link.
struct Slot
{
    QString key;
    int crm = -1;
    int mkt = -1;
    int snap = -1;
};

/// Where a field's value goes.
enum class Direction { None, ToMarketing, ToCrm, Keep };

class Planner
{
public:
    explicit Planner(const PlanInput &input)
        : m_in(input)
        , m_crmSystem(CrmKinds::toString(input.map.crm()))
        , m_crmName(CrmKinds::displayName(input.map.crm()))
    { }

    Plan run()
    {
        prepareRows();
        indexSnapshots();
        matchCrm();
        matchMarketing();
        if (m_in.mode == SyncMode::Full && m_in.options.deleteMissingOnFull)
            addMissingCrmSlots();
        indexHolds();
        for (const Slot &slot : std::as_const(m_slots))
            process(slot);
        closeHolds();
        return std::move(m_plan);
    }

private:
    void prepareRows()
    {
        const FieldMap &map = m_in.map;
        QSet<QString> pushable[2];
        QSet<QString> createable[2];
        for (CrmObjectType t : { CrmObjectType::Lead, CrmObjectType::Contact }) {
            for (const MappedField &f : map.pushableFieldsForUpdate(t))
                pushable[typeIndex(t)].insert(f.marketingField);
            for (const MappedField &f : map.fieldsForCreate(t))
                createable[typeIndex(t)].insert(f.marketingField);
        }
        QHash<QString, ConflictRule> rules;
        for (auto it = m_in.options.fieldRules.constBegin();
             it != m_in.options.fieldRules.constEnd(); ++it)
            rules.insert(it.key().trimmed().toCaseFolded(), it.value());

        m_rows.reserve(map.rowCount());
        for (const FieldMapRow &row : map.rows()) {
            RowInfo info;
            info.name = row.marketing.name;
            info.type = row.marketing.type;
            info.key = LinkSnapshot::fieldKey(row.marketing.name);
            if (m_in.options.identityFields.contains(row.marketing.name, Qt::CaseInsensitive))
                info.special = Special::Identity;
            else if (row.isScore())
                info.special = Special::Score;
            else if (row.marketing.usage == SystemUsage::OptOut && m_in.options.pushOptOuts)
                info.special = Special::OptOut;
            else if (row.marketing.usage == SystemUsage::HardBounce && m_in.options.pushHardBounces)
                info.special = Special::HardBounce;
            for (CrmObjectType t : { CrmObjectType::Lead, CrmObjectType::Contact }) {
                const int ti = typeIndex(t);
                const QString field = row.crmField(t);
                info.crmField[ti] = field;
                const bool direct = !field.isEmpty() && !FieldMapRow::isRelationshipPath(field);
                info.pushable[ti] = pushable[ti].contains(info.name)
                    || (direct
                        && (info.special == Special::OptOut
                            || info.special == Special::HardBounce));
                info.createable[ti] = createable[ti].contains(info.name);
                if (info.special == Special::Identity)
                    info.pushable[ti] = info.createable[ti] = false;
            }
            info.rule = rules.value(row.marketing.nameKey(), m_in.options.defaultRule);
            m_rows.append(info);
        }
        const FieldNormaliser normaliser(map);
        m_emailRow = normaliser.emailRow();
    }

    void indexSnapshots()
    {
        const QList<LinkSnapshot> &snaps = m_in.snapshots;
        m_snapByEmail.reserve(snaps.size());
        for (int i = 0; i < snaps.size(); ++i) {
            const LinkSnapshot &s = snaps.at(i);
            m_snapByEmail.insert(s.emailKey, i);
            if (!s.crmId.isEmpty())
                m_snapByCrmId.insert(s.crmId, i);
            if (!s.marketingId.isEmpty())
                m_snapByMktId.insert(s.marketingId, i);
        }
        m_snapHasCrm.fill(false, snaps.size());
        m_snapHasSlot.fill(false, snaps.size());
    }

    Slot &slotFor(const QString &key, int snap)
    {
        auto it = m_slotByKey.constFind(key);
        if (it != m_slotByKey.constEnd())
            return m_slots[*it];
        Slot s;
        s.key = key;
        s.snap = snap >= 0 ? snap : m_snapByEmail.value(key, -1);
        if (s.snap >= 0)
            m_snapHasSlot[s.snap] = true;
        m_slotByKey.insert(key, int(m_slots.size()));
        m_slots.append(s);
        return m_slots.last();
    }

    void skip(const SideRecord &r, const QString &key, const QString &reason)
    {
        PlannedChange c;
        c.target = r.side;
        c.system = r.system;
        c.object = r.object;
        c.key = key.isEmpty() ? (r.id.isEmpty() ? QStringLiteral("-") : r.id) : key;
        c.id = r.id;
        c.crmType = r.crmType;
        c.operation = ChangeOperation::Skip;
        c.reason = reason;
        m_plan.skips.append(c);
        ++m_plan.counts.skips;
    }

    QString systemName(const SideRecord &r) const
    {
        return r.side == SyncSide::Crm ? m_crmName : QStringLiteral("Act-On");
    }

    QString duplicateReason(const SideRecord &r, const SideRecord &kept) const
    {
        return tr("Another %1 record (%2) has the same email address (%3), so this one was "
                  "skipped. Merge the duplicates in %1.")
            .arg(systemName(r), kept.id.isEmpty() ? kept.email : kept.id, r.email);
    }

    void matchCrm()
    {
        const QList<SideRecord> &records = m_in.crmRecords;
        // A lead counts as converted when it is reported deleted, or (full runs) is no
        // longer returned; a lead still there keeps its link.
        QSet<QString> alive;
        QSet<QString> gone;
        for (const SideRecord &r : records) {
            if (!r.id.isEmpty())
                (r.deleted || r.converted ? gone : alive).insert(r.id);
        }
        QList<int> byEmail;
        for (int i = 0; i < records.size(); ++i) {
            const SideRecord &r = records.at(i);
            // A converted lead is read-only in Salesforce and lives on as its contact: it is
            // neither written nor deleted nor added; its link waits for that contact.
            if (r.converted) {
                m_convertedLeads.insert(r.id);
                const int s = r.id.isEmpty() ? -1 : m_snapByCrmId.value(r.id, -1);
                if (s >= 0)
                    m_snapHasCrm[s] = true; // a full run must not read its absence as a delete
                continue;
            }
            const int s = r.id.isEmpty() ? -1 : m_snapByCrmId.value(r.id, -1);
            if (s < 0) {
                byEmail.append(i);
                continue;
            }
            Slot &slot = slotFor(m_in.snapshots.at(s).emailKey, s);
            if (slot.crm >= 0) {
                skip(r, slot.key, duplicateReason(r, records.at(slot.crm)));
                continue;
            }
            slot.crm = i;
            m_snapHasCrm[s] = true;
        }
        for (int i : std::as_const(byEmail)) {
            const SideRecord &r = records.at(i);
            if (r.email.isEmpty()) {
                skip(r, QString(),
                    tr("This %1 record has no email address, so it cannot be matched to an "
                       "Act-On contact. Add an email address in %1.")
                        .arg(m_crmName));
                continue;
            }
            if (!PersonKey::isValidEmail(r.email)) {
                // Act-On drops such an address from an import without a word; say so here.
                skip(r, QString(),
                    tr("“%1” is not a valid email address, so this %2 record cannot be put on "
                       "the Act-On list. Correct the address in %2.")
                        .arg(FieldNormaliser::stripControlCharacters(r.email), m_crmName));
                continue;
            }
            const int s = m_snapByEmail.value(r.email, -1);
            // A lead converted to a contact: same e-mail, now a Contact with its own id. The
            // contact takes the link over (its id and type reach Act-On, seed 004).
            const bool converted = s >= 0 && !m_in.snapshots.at(s).crmId.isEmpty()
                && m_in.snapshots.at(s).crmId != r.id
                && m_in.snapshots.at(s).crmType == LinkSnapshot::CrmType::Lead
                && r.crmType == CrmObjectType::Contact && !r.deleted
                && (gone.contains(m_in.snapshots.at(s).crmId)
                    || (m_in.mode == SyncMode::Full && !alive.contains(m_in.snapshots.at(s).crmId)));
            if (s >= 0 && !converted && !m_in.snapshots.at(s).crmId.isEmpty()
                && m_in.snapshots.at(s).crmId != r.id && m_in.mode == SyncMode::Incremental) {
                skip(r, r.email,
                    tr("The email address %1 is already linked to %2 record %3, so this record "
                       "was skipped. Merge the duplicates in %2.")
                        .arg(r.email, m_crmName, m_in.snapshots.at(s).crmId));
                continue;
            }
            Slot &slot = slotFor(r.email, s);
            if (slot.crm >= 0 && converted
                && records.at(slot.crm).id == m_in.snapshots.at(s).crmId) {
                slot.crm = i; // the lead it was converted from gives way
                continue;
            }
            if (slot.crm >= 0) {
                skip(r, slot.key, duplicateReason(r, records.at(slot.crm)));
                continue;
            }
            slot.crm = i;
            // On a full run a link whose CRM record was not returned is taken over by the
            // record that now has its email.
            if (slot.snap >= 0)
                m_snapHasCrm[slot.snap] = true;
        }
    }

    void matchMarketing()
    {
        const QList<SideRecord> &records = m_in.marketingRecords;
        for (int i = 0; i < records.size(); ++i) {
            const SideRecord &r = records.at(i);
            int s = r.id.isEmpty() ? -1 : m_snapByMktId.value(r.id, -1);
            QString key;
            if (s >= 0) {
                key = m_in.snapshots.at(s).emailKey;
            } else {
                if (r.email.isEmpty()) {
                    skip(r, QString(),
                        tr("This Act-On contact has no email address, so it cannot be matched "
                           "to a %1 record.")
                            .arg(m_crmName));
                    continue;
                }
                key = r.email;
            }
            Slot &slot = slotFor(key, s);
            if (slot.mkt >= 0) {
                skip(r, slot.key, duplicateReason(r, records.at(slot.mkt)));
                continue;
            }
            slot.mkt = i;
        }
    }

    static QString holdKey(const QString &person, const QString &field)
    {
        return person + QChar(0x1f) + field.trimmed().toCaseFolded();
    }

    /// Indexes the held conflicts; a person with a decided one gets a slot (the decision is
    /// applied even when neither record was read).
    void indexHolds()
    {
        const QList<ConflictRecord> &holds = m_in.heldConflicts;
        m_holdSeen.fill(false, holds.size());
        m_holdDone.fill(false, holds.size());
        for (int h = 0; h < holds.size(); ++h) {
            const ConflictRecord &hold = holds.at(h);
            m_holdByKey.insert(holdKey(hold.personKey, hold.field), h);
            if (hold.status != ConflictRecord::Status::Resolved)
                continue;
            const int snap = m_snapByEmail.value(hold.personKey, -1);
            if (snap >= 0) {
                m_decidedKeys.insert(hold.personKey);
                slotFor(hold.personKey, snap);
            }
        }
    }

    /// Held conflicts of people planned here that were neither held again nor applied.
    void closeHolds()
    {
        for (int h = 0; h < m_in.heldConflicts.size(); ++h) {
            if (!m_holdSeen.at(h) || m_holdDone.at(h))
                continue;
            ConflictRecord hold = m_in.heldConflicts.at(h);
            hold.note = tr("No longer a conflict: the two sides agree now, or the field's rule "
                           "is no longer \"Hold for review\".");
            m_plan.supersededConflicts.append(hold);
        }
    }

    /// A decided held conflict whose values changed since: the decision is not applied.
    void supersedeDecision(int h, const Slot &slot, const RowInfo &row, const QString &crmField,
        const QString &cv, const QString &mv)
    {
        m_holdDone[h] = true;
        ConflictRecord hold = m_in.heldConflicts.at(h);
        hold.note = tr("Not applied: a value changed after the decision. The field was planned "
                       "as usual.");
        PlannedChange k;
        k.target = SyncSide::Crm;
        k.system = m_crmSystem;
        k.object = hold.crmType.isEmpty() ? QStringLiteral("Contact") : hold.crmType;
        k.key = slot.key;
        k.id = hold.crmId;
        k.operation = ChangeOperation::Skip;
        k.fields.append({ row.name, crmField, cv, mv });
        k.reason = tr("The decision made in the Conflicts view for \"%1\" (keep the %2 value) "
                      "was not applied: %3 now has \"%4\" and Act-On \"%5\", not the values "
                      "shown then. The field was planned as usual.")
                       .arg(row.name,
                           hold.keep == ConflictRecord::Keep::Marketing ? QStringLiteral("Act-On")
                                                                        : m_crmName,
                           m_crmName, cv, mv);
        m_plan.skips.append(k);
        ++m_plan.counts.skips;
        m_plan.supersededConflicts.append(hold);
    }

    void addMissingCrmSlots()
    {
        for (int s = 0; s < m_in.snapshots.size(); ++s) {
            if (!m_snapHasSlot.at(s) && !m_in.snapshots.at(s).crmId.isEmpty())
                slotFor(m_in.snapshots.at(s).emailKey, s);
        }
    }

    void process(const Slot &slot)
    {
        const SideRecord *c = slot.crm >= 0 ? &m_in.crmRecords.at(slot.crm) : nullptr;
        const SideRecord *m = slot.mkt >= 0 ? &m_in.marketingRecords.at(slot.mkt) : nullptr;
        const LinkSnapshot *snap = slot.snap >= 0 ? &m_in.snapshots.at(slot.snap) : nullptr;

        if (c && c->deleted) {
            deleteInMarketing(slot, m, snap,
                tr("Deleted in %1, so the Act-On contact is removed.").arg(m_crmName));
            return;
        }
        if (!c && snap && !snap->crmId.isEmpty() && m_in.mode == SyncMode::Full
            && m_in.options.deleteMissingOnFull && !m_snapHasCrm.at(slot.snap)) {
            deleteInMarketing(slot, m, snap,
                tr("No longer in %1 (record %2), so the Act-On contact is removed.")
                    .arg(m_crmName, snap->crmId));
            return;
        }
        if (!c && snap && m_convertedLeads.contains(snap->crmId)) {
            if (m) {
                skip(*m, slot.key,
                    tr("Lead %2 was converted in %1 and can no longer be changed there. The "
                       "Act-On contact is left as it is until %1 has a contact with this "
                       "e-mail address, which then takes its place.")
                        .arg(m_crmName, snap->crmId));
            }
            return;
        }
        if (m && m->deleted) {
            skip(*m, slot.key,
                tr("Deleted in Act-On. LeadBridge never deletes %1 records; the %1 record "
                   "was left as it is.")
                    .arg(m_crmName));
            return;
        }
        if (c && !m && (!snap || m_in.mode == SyncMode::Full)) {
            createInMarketing(slot, *c, snap);
            return;
        }
        if (!c && m && (!snap || snap->crmId.isEmpty())) {
            if (m_in.options.allowCrmCreate)
                createInCrm(slot, *m, snap);
            else
                ++m_plan.counts.marketingOnly;
            return;
        }
        if (!c && !m && !m_decidedKeys.contains(slot.key))
            return;
        reconcile(slot, c, m, snap);
    }

    void deleteInMarketing(
        const Slot &slot, const SideRecord *m, const LinkSnapshot *snap, const QString &reason)
    {
        if (snap)
            m_plan.removedLinks.append(snap->emailKey);
        if (!m_in.options.deleteInMarketing || (!m && !snap))
            return;
        PlannedChange d;
        d.target = SyncSide::Marketing;
        d.system = FieldNormaliser::marketingSystem();
        d.object = m ? m->object : m_in.options.marketingObject;
        d.key = slot.key;
        d.id = m && !m->id.isEmpty() ? m->id : (snap ? snap->marketingId : QString());
        d.operation = ChangeOperation::Delete;
        d.reason = reason;
        m_plan.addWrite(std::move(d));
        ++m_plan.counts.deletes;
    }

    void createInMarketing(const Slot &slot, const SideRecord &c, const LinkSnapshot *snap)
    {
        if (!m_in.options.allowMarketingCreate) {
            skip(c, slot.key, tr("Not in Act-On, and this flow does not add contacts."));
            return;
        }
        PlannedChange w;
        w.target = SyncSide::Marketing;
        w.system = FieldNormaliser::marketingSystem();
        w.object = m_in.options.marketingObject;
        w.key = slot.key;
        w.id = snap ? snap->marketingId : QString();
        w.operation = ChangeOperation::Create;
        LinkSnapshot next = baseSnapshot(snap, &c, nullptr, slot.key);
        next.fields.clear();
        // Exact capacity: a million planned creates must not carry the list's growth slack.
        next.fields.reserve(m_rows.size());
        w.fields.reserve(m_rows.size());
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            const RowInfo &row = m_rows.at(i);
            const QString value = c.value(i);
            if (value.isNull() || row.special == Special::Score
                || row.special == Special::HardBounce)
                continue;
            next.setHash(row.key, LinkSnapshot::valueHash(value));
            if (!value.isEmpty())
                w.fields.append({ row.name, row.name, QString(), value });
        }
        next.emailKey = c.email.isEmpty() ? slot.key : c.email;
        m_plan.addWrite(std::move(w));
        ++m_plan.counts.creates;
        finishSnapshot(slot, snap, std::move(next));
    }

    void createInCrm(const Slot &slot, const SideRecord &m, const LinkSnapshot *snap)
    {
        const CrmObjectType type = m_in.options.crmCreateObject;
        const int ti = typeIndex(type);
        PlannedChange w;
        w.target = SyncSide::Crm;
        w.system = m_crmSystem;
        w.object = crmObjectName(type);
        w.key = slot.key;
        w.crmType = type;
        w.operation = ChangeOperation::Create;
        LinkSnapshot next = baseSnapshot(snap, nullptr, &m, slot.key);
        next.crmType = LinkSnapshot::crmTypeOf(type);
        next.fields.clear();
        next.fields.reserve(m_rows.size());
        w.fields.reserve(m_rows.size());
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            const RowInfo &row = m_rows.at(i);
            if (row.crmField[ti].isEmpty() || row.special == Special::Identity)
                continue;
            const QString value = m.value(i).isNull() ? QStringLiteral("") : m.value(i);
            next.setHash(row.key, LinkSnapshot::valueHash(value));
            if (row.createable[ti] && !value.isEmpty())
                w.fields.append({ row.name, row.crmField[ti], QString(), value });
        }
        m_plan.addWrite(std::move(w));
        ++m_plan.counts.creates;
        finishSnapshot(slot, snap, std::move(next));
    }

    LinkSnapshot baseSnapshot(const LinkSnapshot *snap, const SideRecord *c, const SideRecord *m,
        const QString &key) const
    {
        LinkSnapshot next = snap ? *snap : LinkSnapshot();
        next.emailKey = key;
        if (c) {
            next.crmId = c->id;
            next.crmType = LinkSnapshot::crmTypeOf(c->crmType);
        }
        if (m && !m->id.isEmpty())
            next.marketingId = m->id;
        return next;
    }

    void finishSnapshot(const Slot &slot, const LinkSnapshot *old, LinkSnapshot next)
    {
        if (next.emailKey.isEmpty())
            next.emailKey = slot.key;
        if (old && old->emailKey != next.emailKey)
            m_plan.removedLinks.append(old->emailKey);
        if (!old || !(*old == next))
            m_plan.snapshots.append(std::move(next));
    }

    Direction resolveConflict(const RowInfo &row, const SideRecord *c, const SideRecord *m,
        const QString &cv, const QString &mv, QString *ruleName) const
    {
        if (row.special == Special::OptOut) {
            *ruleName = tr("opted out wins");
            if (cv == u"true")
                return Direction::ToMarketing;
            if (mv == u"true")
                return Direction::ToCrm;
        }
        *ruleName = ConflictRules::displayName(row.rule);
        switch (row.rule) {
        case ConflictRule::CrmWins:
            return Direction::ToMarketing;
        case ConflictRule::MarketingWins:
            return Direction::ToCrm;
        case ConflictRule::NewestWins:
            if (c && m && c->modifiedAt.isValid() && m->modifiedAt.isValid()
                && m->modifiedAt > c->modifiedAt)
                return Direction::ToCrm;
            return Direction::ToMarketing;
        case ConflictRule::Skip:
        case ConflictRule::Review:
            return Direction::Keep;
        }
        return Direction::ToMarketing;
    }

    void reconcile(
        const Slot &slot, const SideRecord *c, const SideRecord *m, const LinkSnapshot *snap)
    {
        CrmObjectType type = CrmObjectType::Contact;
        if (c)
            type = c->crmType;
        else if (snap && snap->crmType == LinkSnapshot::CrmType::Lead)
            type = CrmObjectType::Lead;
        const int ti = typeIndex(type);
        const bool canWriteCrm = c || (snap && !snap->crmId.isEmpty());

        PlannedChange toMkt;
        toMkt.target = SyncSide::Marketing;
        toMkt.system = FieldNormaliser::marketingSystem();
        toMkt.object = m ? m->object : m_in.options.marketingObject;
        toMkt.key = slot.key;
        toMkt.id = m && !m->id.isEmpty() ? m->id : (snap ? snap->marketingId : QString());
        toMkt.operation = ChangeOperation::Update;

        PlannedChange toCrm;
        toCrm.target = SyncSide::Crm;
        toCrm.system = m_crmSystem;
        toCrm.object = c ? c->object : crmObjectName(type);
        toCrm.key = slot.key;
        toCrm.id = c ? c->id : snap->crmId;
        toCrm.crmType = type;
        toCrm.operation = ChangeOperation::Update;

        LinkSnapshot next = baseSnapshot(snap, c, m, slot.key);
        next.crmType = LinkSnapshot::crmTypeOf(type);
        next.fields.clear();
        bool conflict = false;
        QString finalEmail = c ? c->email : (m ? m->email : snap->emailKey);
        QStringList keptCrm; ///< fields whose decided CRM value goes to Act-On
        QStringList keptMarketing;

        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            const RowInfo &row = m_rows.at(i);
            if (row.crmField[ti].isEmpty())
                continue;
            const std::optional<quint64> base = snap ? snap->hashFor(row.key) : std::nullopt;
            const QString cRead = c ? c->value(i) : QString();
            if (c && cRead.isNull())
                continue;
            const QString mRead
                = m ? (m->value(i).isNull() ? QStringLiteral("") : m->value(i)) : QString();
            // A field held for review: a side not read this time still has the value found.
            const int h = m_holdByKey.value(holdKey(slot.key, row.name), -1);
            const ConflictRecord *hold = h >= 0 ? &m_in.heldConflicts.at(h) : nullptr;
            const QString cv = c || !hold ? cRead : hold->crmValue;
            const QString mv = m || !hold ? mRead : hold->marketingValue;
            const std::optional<quint64> hc = c || hold ? LinkSnapshot::valueHash(cv) : base;
            const std::optional<quint64> hm = m || hold ? LinkSnapshot::valueHash(mv) : base;
            const bool pushable = row.pushable[ti] && canWriteCrm;

            Direction flow = Direction::None;
            QString ruleName;
            bool isConflict = false;
            bool decided = false;
            if (hold) {
                m_holdSeen[h] = true;
                if (hold->status == ConflictRecord::Status::Resolved) {
                    const bool asShown = hc == LinkSnapshot::valueHash(hold->crmValue)
                        && hm == LinkSnapshot::valueHash(hold->marketingValue);
                    const bool keepMarketing = hold->keep == ConflictRecord::Keep::Marketing;
                    if (asShown && (!keepMarketing || pushable)) {
                        decided = true;
                        m_holdDone[h] = true;
                        m_plan.appliedConflicts.append(*hold);
                        flow = keepMarketing ? Direction::ToCrm : Direction::ToMarketing;
                        (keepMarketing ? keptMarketing : keptCrm).append(row.name);
                    } else {
                        supersedeDecision(h, slot, row, row.crmField[ti], cv, mv);
                    }
                }
            }
            if (decided) {
                // The admin's choice, made in the Conflicts view.
            } else if (row.special == Special::Identity) {
                // The CRM record's own id and type: Act-On always gets the CRM's (seed 004).
                if (c && hc != hm)
                    flow = Direction::ToMarketing;
            } else if (row.special == Special::Score) {
                // Scores are computed in Act-On; they only ever flow to the CRM.
                if (m && !mv.isEmpty() && hm != hc && pushable)
                    flow = Direction::ToCrm;
                else
                    flow = Direction::Keep;
            } else if (row.special == Special::HardBounce) {
                if (m && !mv.isEmpty() && hm != hc && pushable)
                    flow = Direction::ToCrm;
            } else if (!base) {
                if (c && !cv.isEmpty() && hc != hm)
                    flow = Direction::ToMarketing;
                else if (m && !mv.isEmpty() && hc != hm && pushable)
                    flow = Direction::ToCrm;
            } else if (hc != hm) {
                const bool cChanged = hc != base;
                const bool mChanged = hm != base;
                if (cChanged && !mChanged)
                    flow = Direction::ToMarketing;
                else if (mChanged && !cChanged)
                    flow = pushable ? Direction::ToCrm : Direction::None;
                else if (!pushable)
                    flow = Direction::ToMarketing; // a field that does not push cannot conflict
                else {
                    flow = resolveConflict(row, c, m, cv, mv, &ruleName);
                    isConflict = true;
                }
            }

            // Fingerprint of the value both sides hold once the plan is applied.
            std::optional<quint64> agreed;
            switch (flow) {
            case Direction::ToMarketing:
                toMkt.fields.append({ row.name, row.name, m || hold ? mv : QString(), cv });
                agreed = hc;
                if (int(i) == m_emailRow)
                    finalEmail = PersonKey::normaliseEmail(cv);
                break;
            case Direction::ToCrm:
                toCrm.fields.append({ row.name, row.crmField[ti], c || hold ? cv : QString(), mv });
                agreed = hm;
                if (int(i) == m_emailRow)
                    finalEmail = PersonKey::normaliseEmail(mv);
                break;
            case Direction::Keep:
                agreed = base;
                break;
            case Direction::None:
                agreed = c || hold ? hc : base;
                break;
            }
            if (agreed)
                next.setHash(row.key, *agreed);

            if (isConflict) {
                conflict = true;
                PlannedChange k;
                k.target = flow == Direction::ToMarketing ? SyncSide::Marketing : SyncSide::Crm;
                k.system = m_crmSystem;
                k.object = toCrm.object;
                k.key = slot.key;
                k.id = toCrm.id;
                k.crmType = type;
                k.operation = ChangeOperation::Conflict;
                k.fields.append({ row.name, row.crmField[ti], cv, mv });
                k.marketingId = toMkt.id;
                k.held = flow == Direction::Keep && row.rule == ConflictRule::Review;
                if (k.held && hold)
                    m_holdDone[h] = true; // held again: its row is updated
                QString outcome;
                if (flow == Direction::ToMarketing)
                    outcome = tr("Act-On gets the %1 value.").arg(m_crmName);
                else if (flow == Direction::ToCrm)
                    outcome = tr("%1 gets the Act-On value.").arg(m_crmName);
                else if (k.held)
                    outcome = tr("Held for review: nothing is written until a value is kept in "
                                 "the Conflicts view.");
                else
                    outcome = tr("Both values were left as they are until one side changes.");
                k.reason = tr("\"%1\" changed in both %2 and Act-On since the last sync. Rule "
                              "\"%3\": %4")
                               .arg(row.name, m_crmName, ruleName, outcome);
                m_plan.conflicts.append(std::move(k));
            }
        }

        // A linked person whose e-mail changed in the CRM: the Act-On row is moved to the new
        // address by its record id, never upserted by the new address (a second contact).
        if (m_emailRow >= 0 && snap && c) {
            for (PlannedFieldChange &f : toMkt.fields) {
                if (f.marketingField != m_rows.at(m_emailRow).name)
                    continue;
                const QString before = m ? m->email : snap->emailKey;
                if (!before.isEmpty() && before != PersonKey::normaliseEmail(f.newValue)) {
                    toMkt.movedFrom = before;
                    if (f.oldValue.isNull())
                        f.oldValue = before;
                }
            }
        }

        const auto quoted = [](const QStringList &fields) -> QString {
            return u'"' + fields.join(QStringLiteral("\", \"")) + u'"';
        };
        if (!keptCrm.isEmpty())
            toMkt.reason = tr("Kept the %1 value of %2, as decided in the Conflicts view.")
                               .arg(m_crmName, quoted(keptCrm));
        if (!keptMarketing.isEmpty())
            toCrm.reason = tr("Kept the Act-On value of %1, as decided in the Conflicts view.")
                               .arg(quoted(keptMarketing));
        const bool writesMkt = !toMkt.fields.isEmpty();
        const bool writesCrm = !toCrm.fields.isEmpty();
        if (writesMkt) {
            m_plan.addWrite(std::move(toMkt));
            ++m_plan.counts.updates;
        }
        if (writesCrm) {
            m_plan.addWrite(std::move(toCrm));
            ++m_plan.counts.updates;
        }
        if (conflict)
            ++m_plan.counts.conflicts;
        if (!writesMkt && !writesCrm && !conflict)
            ++m_plan.counts.unchanged;
        next.emailKey = finalEmail.isEmpty() ? slot.key : finalEmail;
        finishSnapshot(slot, snap, std::move(next));
    }

    const PlanInput &m_in;
    Plan m_plan;
    QString m_crmSystem;
    QString m_crmName;
    QList<RowInfo> m_rows;
    int m_emailRow = -1;
    QHash<QString, int> m_snapByEmail;
    QHash<QString, int> m_snapByCrmId;
    QHash<QString, int> m_snapByMktId;
    QList<bool> m_snapHasCrm;
    QSet<QString> m_convertedLeads; ///< ids of converted leads read this time
    QList<bool> m_snapHasSlot;
    QList<Slot> m_slots;
    QHash<QString, int> m_slotByKey;
    QHash<QString, int> m_holdByKey; ///< person key + field → index in heldConflicts
    QSet<QString> m_decidedKeys; ///< people with a decided held conflict
    QList<bool> m_holdSeen; ///< the held field was planned here
    QList<bool> m_holdDone; ///< held again, applied or superseded
};

} // namespace

Plan SyncPlanner::plan(const PlanInput &input)
{
    return Planner(input).run();
}

} // namespace LeadBridge
