// SyncPlanner: every planning rule, one scenario per row, plus idempotence (planning again
// after applying a plan and storing its snapshots yields no writes).
//
// Scenarios are written compactly. Records: "key=value;..." with field aliases
//   em E-mail Address, fn First Name, co Company (no push; Contact column is Account.Name),
//   ti Job Title, sc Score, oo Opt-Out, hb Hard Bounce, wb Webinars (Lead column only)
// and the extra keys id, type (lead|contact), mod (ISO time), deleted (1). Several records
// of one side are separated by " || ". A snapshot spec lists the last-synced values plus
// crm / mkt ids and type. The expected plan is its sorted lines joined by " | ":
//   "<op> <system>[ #id]: alias=new,..." for writes, "conflict <alias> -> <winner>",
//   "skip <system> #<id or key>", "unlink <key>".
#include "core/engine/FieldNormaliser.h"
#include "core/engine/PersonKey.h"
#include "core/engine/SyncPlanner.h"
#include "core/mapping/StandardFields.h"

#include <QTest>

using namespace LeadBridge;
using namespace Qt::Literals::StringLiterals;

namespace {

const QStringList kAliases
    = { QStringLiteral("em"), QStringLiteral("fn"), QStringLiteral("co"), QStringLiteral("ti"),
          QStringLiteral("sc"), QStringLiteral("oo"), QStringLiteral("hb"), QStringLiteral("wb") };

FieldMap testMap(PushPolicy policy)
{
    FieldMap map(CrmKind::Salesforce, policy);
    const auto std
        = [&](SystemUsage usage, const QString &lead, const QString &contact, bool push = true) {
              map.addRow(FieldMapRow::make(*StandardFields::byUsage(usage), lead, contact, push));
          };
    std(SystemUsage::Email, QStringLiteral("Email"), QStringLiteral("Email"));
    std(SystemUsage::FirstName, QStringLiteral("FirstName"), QStringLiteral("FirstName"));
    std(SystemUsage::Company, QStringLiteral("Company"), QStringLiteral("Account.Name"), false);
    std(SystemUsage::JobTitle, QStringLiteral("Title"), QStringLiteral("Title"));
    std(SystemUsage::Score, QStringLiteral("Score__c"), QStringLiteral("Score__c"));
    std(SystemUsage::OptOut, QStringLiteral("HasOptedOutOfEmail"),
        QStringLiteral("HasOptedOutOfEmail"), false);
    std(SystemUsage::HardBounce, QStringLiteral("EmailBouncedReason"),
        QStringLiteral("EmailBouncedReason"), false);
    map.addRow(FieldMapRow::make(
        MarketingField::custom(QStringLiteral("Webinars"), MarketingFieldType::Number),
        QStringLiteral("Webinars__c"), QString()));
    return map;
}

QString aliasOf(const FieldMap &map, const QString &marketingName)
{
    const int i = map.indexOf(marketingName);
    return i >= 0 ? kAliases.value(i) : marketingName;
}

QHash<QString, QString> parseSpec(const QString &spec)
{
    QHash<QString, QString> out;
    for (const QString &part : spec.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        out.insert(part.left(eq).trimmed(), eq < 0 ? QString() : part.mid(eq + 1));
    }
    return out;
}

SideRecord crmRecord(const FieldMap &map, const QString &spec)
{
    const auto kv = parseSpec(spec);
    SideRecord r;
    r.side = SyncSide::Crm;
    r.system = QStringLiteral("salesforce");
    r.crmType = kv.value(QStringLiteral("type")) == u"lead" ? CrmObjectType::Lead
                                                            : CrmObjectType::Contact;
    r.object
        = r.crmType == CrmObjectType::Lead ? QStringLiteral("Lead") : QStringLiteral("Contact");
    r.id = kv.value(QStringLiteral("id"));
    r.deleted = kv.contains(QStringLiteral("deleted"));
    r.modifiedAt = QDateTime::fromString(kv.value(QStringLiteral("mod")), Qt::ISODate);
    r.values.resize(map.rowCount());
    for (int i = 0; i < map.rowCount(); ++i) {
        if (map.row(i).crmField(r.crmType).isEmpty())
            continue;
        const MarketingFieldType type = map.row(i).marketing.type;
        r.values[i] = FieldNormaliser::normaliseText(type, kv.value(kAliases.at(i)));
    }
    r.email = PersonKey::normaliseEmail(r.values.at(0));
    return r;
}

SideRecord marketingRecord(const FieldMap &map, const QString &spec)
{
    const auto kv = parseSpec(spec);
    SideRecord r;
    r.side = SyncSide::Marketing;
    r.system = QStringLiteral("acton");
    r.object = QStringLiteral("l-1");
    r.id = kv.value(QStringLiteral("id"));
    r.deleted = kv.contains(QStringLiteral("deleted"));
    r.modifiedAt = QDateTime::fromString(kv.value(QStringLiteral("mod")), Qt::ISODate);
    r.values.resize(map.rowCount());
    for (int i = 0; i < map.rowCount(); ++i)
        r.values[i]
            = FieldNormaliser::normaliseText(map.row(i).marketing.type, kv.value(kAliases.at(i)));
    r.email = PersonKey::normaliseEmail(r.values.at(0));
    return r;
}

LinkSnapshot snapshot(const FieldMap &map, const QString &spec)
{
    const auto kv = parseSpec(spec);
    LinkSnapshot s;
    s.crmId = kv.value(QStringLiteral("crm"));
    s.marketingId = kv.value(QStringLiteral("mkt"));
    s.crmType = kv.value(QStringLiteral("type")) == u"lead" ? LinkSnapshot::CrmType::Lead
                                                            : LinkSnapshot::CrmType::Contact;
    for (int i = 0; i < map.rowCount(); ++i) {
        if (!kv.contains(kAliases.at(i)))
            continue;
        const QString v
            = FieldNormaliser::normaliseText(map.row(i).marketing.type, kv.value(kAliases.at(i)));
        s.setHash(LinkSnapshot::fieldKey(map.row(i).marketing.name), LinkSnapshot::valueHash(v));
    }
    s.emailKey = PersonKey::normaliseEmail(kv.value(QStringLiteral("em")));
    return s;
}

QList<SideRecord> records(const FieldMap &map, const QString &specs, bool crm)
{
    QList<SideRecord> out;
    for (const QString &spec : specs.split(QStringLiteral(" || "), Qt::SkipEmptyParts))
        out.append(crm ? crmRecord(map, spec) : marketingRecord(map, spec));
    return out;
}

QString describe(const FieldMap &map, const Plan &plan)
{
    QStringList lines;
    for (const PlanBatch &b : plan.batches) {
        for (const PlannedChange &c : b.changes) {
            QStringList fields;
            for (const PlannedFieldChange &f : c.fields)
                fields.append(aliasOf(map, f.marketingField) + u'=' + f.newValue);
            fields.sort();
            QString line = RecordChange::operationToString(c.operation) + u' ' + c.system;
            if (c.target == SyncSide::Crm && c.operation == ChangeOperation::Create)
                line += u' ' + c.object;
            if (!c.id.isEmpty())
                line += QStringLiteral(" #") + c.id;
            if (!fields.isEmpty())
                line += QStringLiteral(": ") + fields.join(u',');
            lines.append(line);
        }
    }
    for (const PlannedChange &c : plan.conflicts) {
        const bool kept = c.reason.contains(QStringLiteral("left as they are"));
        lines.append(QStringLiteral("conflict ") + aliasOf(map, c.fields.value(0).marketingField)
            + QStringLiteral(" -> ")
            + (c.held ? QStringLiteral("hold")
                   : kept ? QStringLiteral("keep")
                    : (c.target == SyncSide::Crm ? QStringLiteral("salesforce")
                                                 : QStringLiteral("acton"))));
    }
    for (const PlannedChange &c : plan.skips)
        lines.append(QStringLiteral("skip ") + c.system + QStringLiteral(" #")
            + (c.id.isEmpty() ? c.key : c.id));
    for (const QString &k : plan.removedLinks)
        lines.append(QStringLiteral("unlink ") + k);
    lines.sort();
    return lines.join(QStringLiteral(" | "));
}

struct Scenario
{
    FieldMap map;
    PlanInput input;
};

Scenario scenario(const QString &policy, const QString &options, const QString &crm,
    const QString &mkt, const QString &snaps, const QString &mode)
{
    Scenario s;
    s.map = testMap(policy == u"crm-only" ? PushPolicy::CrmToMarketingOnly : PushPolicy::TwoWay);
    s.input.map = s.map;
    s.input.mode = mode == u"incremental" ? SyncMode::Incremental : SyncMode::Full;
    s.input.crmRecords = records(s.map, crm, true);
    s.input.marketingRecords = records(s.map, mkt, false);
    for (const QString &spec : snaps.split(QStringLiteral(" || "), Qt::SkipEmptyParts))
        s.input.snapshots.append(snapshot(s.map, spec));
    s.input.options.marketingObject = QStringLiteral("l-1");
    const auto kv = parseSpec(options);
    if (kv.contains(QStringLiteral("rule")))
        s.input.options.defaultRule = ConflictRules::fromString(kv.value(QStringLiteral("rule")));
    if (kv.contains(QStringLiteral("tiRule")))
        s.input.options.fieldRules.insert(QStringLiteral("JOB TITLE"),
            ConflictRules::fromString(kv.value(QStringLiteral("tiRule"))));
    if (kv.contains(QStringLiteral("crmCreate"))) {
        s.input.options.allowCrmCreate = true;
        s.input.options.crmCreateObject = kv.value(QStringLiteral("crmCreate")) == u"contact"
            ? CrmObjectType::Contact
            : CrmObjectType::Lead;
    }
    if (kv.contains(QStringLiteral("noDelete")))
        s.input.options.deleteInMarketing = false;
    return s;
}

/// Applies @p plan to copies of the records and snapshots as a successful apply would.
void apply(const Plan &plan, PlanInput &in)
{
    const FieldMap &map = in.map;
    int newIds = 0;
    const auto applyFields = [&](SideRecord &r, const PlannedChange &c) {
        for (const PlannedFieldChange &f : c.fields)
            r.values[map.indexOf(f.marketingField)] = f.newValue;
        r.email = PersonKey::normaliseEmail(r.values.at(0));
    };
    QList<LinkSnapshot> snaps = plan.snapshots;
    for (const PlanBatch &b : plan.batches) {
        for (const PlannedChange &c : b.changes) {
            QList<SideRecord> &side
                = c.target == SyncSide::Crm ? in.crmRecords : in.marketingRecords;
            if (c.operation == ChangeOperation::Create) {
                SideRecord r = c.target == SyncSide::Crm ? crmRecord(map, QString())
                                                         : marketingRecord(map, QString());
                if (c.target == SyncSide::Crm) {
                    r.crmType = c.crmType;
                    r.object = c.object;
                    r.values.fill(QString());
                    for (int i = 0; i < map.rowCount(); ++i) {
                        if (!map.row(i).crmField(c.crmType).isEmpty())
                            r.values[i] = FieldNormaliser::normaliseText(
                                map.row(i).marketing.type, QString());
                    }
                    r.id = QStringLiteral("NEW%1").arg(++newIds);
                    for (LinkSnapshot &s : snaps) {
                        if (s.emailKey == c.key)
                            s.crmId = r.id;
                    }
                }
                applyFields(r, c);
                side.append(r);
                continue;
            }
            for (qsizetype i = 0; i < side.size(); ++i) {
                const bool same
                    = c.id.isEmpty() ? side.at(i).email == c.key : side.at(i).id == c.id;
                if (!same)
                    continue;
                if (c.operation == ChangeOperation::Delete)
                    side.removeAt(i);
                else
                    applyFields(side[i], c);
                break;
            }
        }
    }
    // Records the CRM deleted are gone after the run.
    in.crmRecords.removeIf([](const SideRecord &r) { return r.deleted; });
    QList<LinkSnapshot> kept;
    for (const LinkSnapshot &s : std::as_const(in.snapshots)) {
        bool replaced = plan.removedLinks.contains(s.emailKey);
        for (const LinkSnapshot &n : std::as_const(snaps))
            replaced = replaced || n.emailKey == s.emailKey;
        if (!replaced)
            kept.append(s);
    }
    in.snapshots = kept + snaps;
}

} // namespace

class TestSyncPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plan_data();
    void plan();
    void idempotence_data() { plan_data(); }
    void idempotence();
    void counts();
    void skipReasonsArePlainSentences();
    void conflictRecordCarriesBothValues();
    void writesGroupedForBulk();
    void incrementalMissingSideIsUnchanged();
    void emailChangeMovesTheLinkKey();
    void previewRowsMatchHistoryShape();
    void skipAndReviewKeepTheSnapshotBase();
    void heldConflictStaysHeldWhenOneSideIsNotRead();
    void decisionAppliedWhenNeitherSideWasRead();
    void decisionSupersededWhenASideChanged();
    void heldConflictClosedWhenTheSidesAgree();
};

namespace {

/// Ann's title held for review: Salesforce "CFO", Act-On "CTO", last synced "CEO".
ConflictRecord heldTitle(ConflictRecord::Status status, ConflictRecord::Keep keep)
{
    ConflictRecord c;
    c.id = 7;
    c.personKey = QStringLiteral("ann@x.com");
    c.crmId = QStringLiteral("003A");
    c.crmType = QStringLiteral("Contact");
    c.field = QStringLiteral("Job Title");
    c.crmValue = QStringLiteral("CFO");
    c.marketingValue = QStringLiteral("CTO");
    c.status = status;
    c.keep = keep;
    return c;
}

const QString kAnnLink = QStringLiteral("crm=003A;mkt=a1;em=ann@x.com;fn=Ann;ti=CEO;sc=10;oo=false");

} // namespace

void TestSyncPlanner::plan_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("options");
    QTest::addColumn<QString>("crm");
    QTest::addColumn<QString>("mkt");
    QTest::addColumn<QString>("snaps");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("stable"); // planning again after applying gives nothing

    const QString link = QStringLiteral("crm=003A;em=ann@x.com;fn=Ann;ti=CEO;sc=10;oo=false");
    const QString crmAnn = QStringLiteral("id=003A;em=ann@x.com;fn=Ann;ti=CEO;sc=10;oo=false");
    const QString mktAnn = QStringLiteral("em=ann@x.com;fn=Ann;ti=CEO;sc=10;oo=N");

    QTest::newRow("unchanged") << u"two-way"_s << u""_s << crmAnn << mktAnn << link << u"full"_s
                               << u""_s << true;
    QTest::newRow("changed in CRM only -> Act-On")
        << u"two-way"_s << u""_s << u"id=003A;em=ann@x.com;fn=Anna;ti=CEO;sc=10;oo=false"_s
        << mktAnn << link << u"full"_s << u"update acton: fn=Anna"_s << true;
    QTest::newRow("changed in Act-On only -> CRM")
        << u"two-way"_s << u""_s << crmAnn << u"em=ann@x.com;fn=Ann;ti=CTO;sc=10"_s << link
        << u"full"_s << u"update salesforce #003A: ti=CTO"_s << true;
    QTest::newRow("Act-On change, allow-push off -> nothing")
        << u"two-way"_s << u""_s << u"id=003A;type=lead;em=ann@x.com;fn=Ann;co=Acme;ti=CEO;sc=10"_s
        << u"em=ann@x.com;fn=Ann;co=Acme Ltd;ti=CEO;sc=10"_s
        << u"crm=003A;type=lead;em=ann@x.com;fn=Ann;co=Acme;ti=CEO;sc=10;oo=false;wb="_s
        << u"full"_s << u""_s << true;
    QTest::newRow("CRM -> Act-On only policy: Act-On change not pushed")
        << u"crm-only"_s << u""_s << crmAnn << u"em=ann@x.com;fn=Ann;ti=CTO;sc=10"_s << link
        << u"full"_s << u""_s << true;
    QTest::newRow("CRM -> Act-On only policy: score still pushes")
        << u"crm-only"_s << u""_s << crmAnn << u"em=ann@x.com;fn=Ann;ti=CEO;sc=55"_s << link
        << u"full"_s << u"update salesforce #003A: sc=55"_s << true;
    QTest::newRow("score pushes under two-way")
        << u"two-way"_s << u""_s << crmAnn << u"em=ann@x.com;fn=Ann;ti=CEO;sc=70"_s << link
        << u"full"_s << u"update salesforce #003A: sc=70"_s << true;
    QTest::newRow("score edited in CRM is restored from Act-On")
        << u"two-way"_s << u""_s << u"id=003A;em=ann@x.com;fn=Ann;ti=CEO;sc=99;oo=false"_s << mktAnn
        << link << u"full"_s << u"update salesforce #003A: sc=10"_s << true;
    QTest::newRow("both changed, CRM wins (default)")
        << u"two-way"_s << u""_s << u"id=003A;em=ann@x.com;fn=Ann;ti=CFO;sc=10"_s
        << u"em=ann@x.com;fn=Ann;ti=CTO;sc=10"_s << link << u"full"_s
        << u"conflict ti -> acton | update acton: ti=CFO"_s << true;
    QTest::newRow("both changed, Act-On wins")
        << u"two-way"_s << u"rule=marketing-wins"_s << u"id=003A;em=ann@x.com;fn=Ann;ti=CFO;sc=10"_s
        << u"em=ann@x.com;fn=Ann;ti=CTO;sc=10"_s << link << u"full"_s
        << u"conflict ti -> salesforce | update salesforce #003A: ti=CTO"_s << true;
    QTest::newRow("both changed, newest wins (Act-On newer)")
        << u"two-way"_s << u"rule=newest-wins"_s
        << u"id=003A;em=ann@x.com;fn=Ann;ti=CFO;sc=10;mod=2024-05-01T10:00:00Z"_s
        << u"em=ann@x.com;fn=Ann;ti=CTO;sc=10;mod=2024-05-02T10:00:00Z"_s << link << u"full"_s
        << u"conflict ti -> salesforce | update salesforce #003A: ti=CTO"_s << true;
    QTest::newRow("both changed, newest wins (CRM newer)")
        << u"two-way"_s << u"rule=newest-wins"_s
        << u"id=003A;em=ann@x.com;fn=Ann;ti=CFO;sc=10;mod=2024-05-03T10:00:00Z"_s
        << u"em=ann@x.com;fn=Ann;ti=CTO;sc=10;mod=2024-05-02T10:00:00Z"_s << link << u"full"_s
        << u"conflict ti -> acton | update acton: ti=CFO"_s << true;
    QTest::newRow("both changed, skip rule keeps both")
        << u"two-way"_s << u"rule=skip"_s << u"id=003A;em=ann@x.com;fn=Ann;ti=CFO;sc=10"_s
        << u"em=ann@x.com;fn=Ann;ti=CTO;sc=10"_s << link << u"full"_s << u"conflict ti -> keep"_s
        << false;
    QTest::newRow("both changed, review rule holds both")
        << u"two-way"_s << u"rule=review"_s << u"id=003A;em=ann@x.com;fn=Ann;ti=CFO;sc=10"_s
        << u"em=ann@x.com;fn=Ann;ti=CTO;sc=10"_s << link << u"full"_s << u"conflict ti -> hold"_s
        << false;
    QTest::newRow("per-field rule overrides the default")
        << u"two-way"_s << u"rule=crm-wins;tiRule=marketing-wins"_s
        << u"id=003A;em=ann@x.com;fn=Bea;ti=CFO;sc=10"_s << u"em=ann@x.com;fn=Bo;ti=CTO;sc=10"_s
        << link << u"full"_s
        << u"conflict fn -> acton | conflict ti -> salesforce | update acton: fn=Bea | update salesforce #003A: ti=CTO"_s
        << true;
    QTest::newRow("both changed to the same value is no conflict")
        << u"two-way"_s << u""_s << u"id=003A;em=ann@x.com;fn=Ann;ti=CTO;sc=10"_s
        << u"em=ann@x.com;fn=Ann;ti=CTO;sc=10"_s << link << u"full"_s << u""_s << true;
    QTest::newRow("both changed on a non-pushing field: CRM value flows, no conflict")
        << u"two-way"_s << u""_s
        << u"id=003A;type=lead;em=ann@x.com;fn=Ann;co=Acme 2;ti=CEO;sc=10"_s
        << u"em=ann@x.com;fn=Ann;co=Acme 3;ti=CEO;sc=10"_s
        << u"crm=003A;type=lead;em=ann@x.com;fn=Ann;co=Acme;ti=CEO;sc=10;oo=false;wb="_s
        << u"full"_s << u"update acton: co=Acme 2"_s << true;
    QTest::newRow("opt-out pushes although allow-push is off")
        << u"two-way"_s << u""_s << crmAnn << u"em=ann@x.com;fn=Ann;ti=CEO;sc=10;oo=Y"_s << link
        << u"full"_s << u"update salesforce #003A: oo=true"_s << true;
    QTest::newRow("opt-out both changed: opted out wins")
        << u"two-way"_s << u""_s << u"id=003A;em=ann@x.com;fn=Ann;ti=CEO;sc=10;oo=true"_s
        << u"em=ann@x.com;fn=Ann;ti=CEO;sc=10;oo=N"_s
        << u"crm=003A;em=ann@x.com;fn=Ann;ti=CEO;sc=10;oo=maybe"_s << u"full"_s
        << u"conflict oo -> acton | update acton: oo=true"_s << true;
    QTest::newRow("hard bounce pushes to the CRM field")
        << u"crm-only"_s << u""_s << crmAnn
        << u"em=ann@x.com;fn=Ann;ti=CEO;sc=10;hb=Hard bounce 550"_s << link << u"full"_s
        << u"update salesforce #003A: hb=Hard bounce 550"_s << true;
    QTest::newRow("blank Act-On bounce never clears the CRM field")
        << u"two-way"_s << u""_s << u"id=003A;em=ann@x.com;fn=Ann;ti=CEO;sc=10;hb=Old bounce"_s
        << mktAnn << link << u"full"_s << u""_s << true;
    QTest::newRow("new in CRM -> create in Act-On with every mapped value")
        << u"two-way"_s << u""_s << u"id=00QB;type=lead;em=Bob@X.com ;fn=Bob;co=Acme;ti=VP;wb=3"_s
        << u""_s << u""_s << u"full"_s
        << u"create acton: co=Acme,em=bob@x.com,fn=Bob,oo=false,ti=VP,wb=3"_s << true;
    QTest::newRow("new in Act-On, F2 -> no CRM create")
        << u"two-way"_s << u""_s << u""_s << u"em=new@x.com;fn=New;sc=5"_s << u""_s << u"full"_s
        << u""_s << true;
    QTest::newRow("new in Act-On, CRM create allowed -> every mapped field filled")
        << u"crm-only"_s << u"crmCreate=lead"_s << u""_s
        << u"em=new@x.com;fn=New;co=Newco;ti=Dev;sc=5;wb=2"_s << u""_s << u"full"_s
        << u"create salesforce Lead: co=Newco,em=new@x.com,fn=New,oo=false,sc=5,ti=Dev,wb=2"_s
        << true;
    QTest::newRow("CRM create as Contact skips the read-only Account.Name")
        << u"two-way"_s << u"crmCreate=contact"_s << u""_s << u"em=new@x.com;fn=New;co=Newco;sc=5"_s
        << u""_s << u"full"_s << u"create salesforce Contact: em=new@x.com,fn=New,oo=false,sc=5"_s
        << false;
    QTest::newRow("CRM delete -> delete in Act-On")
        << u"two-way"_s << u""_s << u"id=003A;deleted=1;em=ann@x.com"_s << u"id=a1;"_s + mktAnn
        << link + u";mkt=a1"_s << u"incremental"_s << u"delete acton #a1 | unlink ann@x.com"_s
        << true;
    QTest::newRow("CRM delete, Act-On record not fetched -> delete by stored id")
        << u"two-way"_s << u""_s << u"id=003A;deleted=1"_s << u""_s << link + u";mkt=a9"_s
        << u"incremental"_s << u"delete acton #a9 | unlink ann@x.com"_s << true;
    QTest::newRow("CRM delete with deletes off -> only unlinked")
        << u"two-way"_s << u"noDelete=1"_s << u"id=003A;deleted=1"_s << mktAnn << link
        << u"incremental"_s << u"unlink ann@x.com"_s << false;
    QTest::newRow("full run, linked CRM record gone -> delete in Act-On")
        << u"two-way"_s << u""_s << u""_s << mktAnn << link << u"full"_s
        << u"delete acton | unlink ann@x.com"_s << true;
    QTest::newRow("Act-On delete is never a CRM delete")
        << u"two-way"_s << u""_s << crmAnn << u"deleted=1;"_s + mktAnn << link << u"full"_s
        << u"skip acton #ann@x.com"_s << false;
    QTest::newRow("duplicates by case in the CRM -> one key, one skip")
        << u"two-way"_s << u""_s
        << u"id=003A;em=Ann@X.com;fn=Ann || id=003B;em=ann@x.COM;fn=Annie"_s << u""_s << u""_s
        << u"full"_s << u"create acton: em=ann@x.com,fn=Ann,oo=false | skip salesforce #003B"_s
        << false;
    QTest::newRow("duplicates by case in Act-On -> one key, one skip")
        << u"two-way"_s << u""_s << crmAnn << mktAnn + u" || em=ANN@x.com;fn=Other"_s << link
        << u"full"_s << u"skip acton #ann@x.com"_s << false;
    QTest::newRow("blank email and no link -> skip no email")
        << u"two-way"_s << u""_s << u"id=003Z;em= ;fn=Nobody"_s << u""_s << u""_s << u"full"_s
        << u"skip salesforce #003Z"_s << false;
    QTest::newRow("stored id beats email match")
        << u"two-way"_s << u""_s << u"id=003A;em=ann.new@x.com;fn=Ann;ti=CEO;sc=10;oo=false"_s
        << u"em=ann@x.com;fn=Ann;ti=CEO;sc=10 || em=ann.new@x.com;fn=Someone;ti=Intern;sc=1"_s
        << link << u"full"_s << u"unlink ann@x.com | update acton: em=ann.new@x.com"_s << false;
    QTest::newRow("email linked to another CRM record (incremental) -> skip")
        << u"two-way"_s << u""_s << u"id=003Q;em=ann@x.com;fn=Imposter"_s << u""_s << link
        << u"incremental"_s << u"skip salesforce #003Q"_s << false;
    QTest::newRow("first sync of an existing pair: CRM fills Act-On, Act-On fills blank CRM")
        << u"two-way"_s << u""_s << u"id=003A;em=ann@x.com;fn=Ann;ti="_s
        << u"em=ann@x.com;fn=Annie;ti=CTO"_s << u""_s << u"full"_s
        << u"update acton: fn=Ann | update salesforce #003A: ti=CTO"_s << true;
    QTest::newRow("Lead-only field not compared for a Contact")
        << u"two-way"_s << u""_s << crmAnn << mktAnn + u";wb=7"_s << link << u"full"_s << u""_s
        << true;
    QTest::newRow("normalised values are equal (case of email, Y/true)")
        << u"two-way"_s << u""_s << u"id=003A;em=ANN@x.com ;fn= Ann;ti=CEO;sc=10.0;oo=0"_s << mktAnn
        << link << u"full"_s << u""_s << true;
}

void TestSyncPlanner::plan()
{
    QFETCH(QString, policy);
    QFETCH(QString, options);
    QFETCH(QString, crm);
    QFETCH(QString, mkt);
    QFETCH(QString, snaps);
    QFETCH(QString, mode);
    QFETCH(QString, expected);
    const Scenario s = scenario(policy, options, crm, mkt, snaps, mode);
    const Plan plan = SyncPlanner::plan(s.input);
    QCOMPARE(describe(s.map, plan), expected);
    // Pure: the same input always gives the same plan.
    QCOMPARE(describe(s.map, SyncPlanner::plan(s.input)), expected);
}

void TestSyncPlanner::idempotence()
{
    QFETCH(QString, policy);
    QFETCH(QString, options);
    QFETCH(QString, crm);
    QFETCH(QString, mkt);
    QFETCH(QString, snaps);
    QFETCH(bool, stable);
    if (!stable)
        QSKIP("scenario leaves a skip or an unresolved conflict by design");
    Scenario s = scenario(policy, options, crm, mkt, snaps, QStringLiteral("full"));
    const Plan first = SyncPlanner::plan(s.input);
    apply(first, s.input);
    const Plan second = SyncPlanner::plan(s.input);
    QVERIFY2(!second.hasWrites(), qPrintable(describe(s.map, second)));
    QVERIFY(second.conflicts.isEmpty());
    QVERIFY(second.skips.isEmpty());
    // Storing the second plan's snapshots changes nothing either.
    apply(second, s.input);
    QCOMPARE(describe(s.map, SyncPlanner::plan(s.input)), QString());
}

void TestSyncPlanner::counts()
{
    Scenario s = scenario(QStringLiteral("two-way"), QString(),
        QStringLiteral("id=003A;em=ann@x.com;fn=Anna;ti=CFO;sc=10 || id=003B;em=bob@x.com;fn=Bob"
                       " || id=003C;em= || id=003D;deleted=1 || id=003E;em=eve@x.com;fn=Eve"),
        QStringLiteral("em=ann@x.com;fn=Ann;ti=CTO;sc=10 || em=dan@x.com;fn=Dan || "
                       "em=mo@x.com;fn=Mo || em=eve@x.com;fn=Eve"),
        QStringLiteral("crm=003A;em=ann@x.com;fn=Ann;ti=CEO;sc=10;oo=false || "
                       "crm=003D;mkt=a4;em=dan@x.com;fn=Dan || "
                       "crm=003E;em=eve@x.com;fn=Eve;ti=;sc=;oo=false"),
        QStringLiteral("incremental"));
    const Plan plan = SyncPlanner::plan(s.input);
    PlanCounts expected;
    expected.creates = 1; // Bob
    expected.updates = 1; // Ann (fn and ti in one Act-On update)
    expected.deletes = 1; // Dan
    expected.skips = 1; // no email
    expected.conflicts = 1; // Ann's title
    expected.unchanged = 1; // Eve
    expected.marketingOnly = 1; // Mo
    QCOMPARE(plan.counts, expected);
    QCOMPARE(plan.removedLinks, QStringList { QStringLiteral("dan@x.com") });
}

void TestSyncPlanner::skipReasonsArePlainSentences()
{
    const Scenario s = scenario(QStringLiteral("two-way"), QString(),
        QStringLiteral("id=003Z;fn=Nobody || id=003A;em=a@x.com || id=003B;em=A@x.com"),
        QStringLiteral("deleted=1;em=c@x.com"), QString(), QStringLiteral("full"));
    const Plan plan = SyncPlanner::plan(s.input);
    QCOMPARE(plan.skips.size(), 3);
    QCOMPARE(plan.skips.at(1).reason,
        QStringLiteral("Another Salesforce record (003A) has the same email address (a@x.com), "
                       "so this one was skipped. Merge the duplicates in Salesforce."));
    QCOMPARE(plan.skips.at(0).reason,
        QStringLiteral("This Salesforce record has no email address, so it cannot be matched to "
                       "an Act-On contact. Add an email address in Salesforce."));
    QCOMPARE(plan.skips.at(0).key, QStringLiteral("003Z"));
    QVERIFY(plan.skips.at(2).reason.startsWith(QStringLiteral("Deleted in Act-On.")));
}

void TestSyncPlanner::conflictRecordCarriesBothValues()
{
    const Scenario s = scenario(QStringLiteral("two-way"), QString(),
        QStringLiteral("id=003A;em=ann@x.com;ti=CFO"), QStringLiteral("em=ann@x.com;ti=CTO"),
        QStringLiteral("crm=003A;em=ann@x.com;ti=CEO"), QStringLiteral("full"));
    const Plan plan = SyncPlanner::plan(s.input);
    QCOMPARE(plan.conflicts.size(), 1);
    const PlannedChange &c = plan.conflicts.first();
    QCOMPARE(c.operation, ChangeOperation::Conflict);
    QCOMPARE(c.system, QStringLiteral("salesforce"));
    QCOMPARE(c.id, QStringLiteral("003A"));
    QCOMPARE(c.fields.first().targetField, QStringLiteral("Title"));
    QCOMPARE(c.fields.first().oldValue, QStringLiteral("CFO"));
    QCOMPARE(c.fields.first().newValue, QStringLiteral("CTO"));
    QCOMPARE(c.reason,
        QStringLiteral("\"Job Title\" changed in both Salesforce and Act-On since the last sync. "
                       "Rule \"CRM wins\": Act-On gets the Salesforce value."));
    // The update carries the old Act-On value for history.
    const PlanBatch *b
        = plan.batch(SyncSide::Marketing, QStringLiteral("l-1"), ChangeOperation::Update);
    QVERIFY(b);
    QCOMPARE(b->changes.first().fields.first().oldValue, QStringLiteral("CTO"));
    QCOMPARE(b->changes.first().fields.first().newValue, QStringLiteral("CFO"));
}

void TestSyncPlanner::writesGroupedForBulk()
{
    QStringList crm, mkt, snaps;
    for (int i = 0; i < 10; ++i) {
        const QString email = QStringLiteral("p%1@x.com").arg(i);
        const QString type = i % 2 ? QStringLiteral("lead") : QStringLiteral("contact");
        crm << QStringLiteral("id=C%1;type=%2;em=%3;fn=N%1").arg(i).arg(type, email);
        mkt << QStringLiteral("em=%1;fn=N%2;sc=%2").arg(email).arg(i);
        snaps << QStringLiteral("crm=C%1;type=%2;em=%3;fn=N%1;sc=0").arg(i).arg(type, email);
    }
    crm << QStringLiteral("id=NEW;em=new@x.com;fn=New");
    const Scenario s = scenario(QStringLiteral("two-way"), QString(),
        crm.join(QStringLiteral(" || ")), mkt.join(QStringLiteral(" || ")),
        snaps.join(QStringLiteral(" || ")), QStringLiteral("full"));
    const Plan plan = SyncPlanner::plan(s.input);
    // Every Act-On score differs from the CRM's blank one and pushes: Leads and Contacts in
    // their own batches, the new CRM record in an Act-On create batch.
    QCOMPARE(plan.batches.size(), 3);
    const PlanBatch *leads
        = plan.batch(SyncSide::Crm, QStringLiteral("Lead"), ChangeOperation::Update);
    const PlanBatch *contacts
        = plan.batch(SyncSide::Crm, QStringLiteral("Contact"), ChangeOperation::Update);
    const PlanBatch *creates
        = plan.batch(SyncSide::Marketing, QStringLiteral("l-1"), ChangeOperation::Create);
    QVERIFY(leads && contacts && creates);
    QCOMPARE(leads->changes.size(), 5);
    QCOMPARE(contacts->changes.size(), 5);
    QCOMPARE(creates->changes.size(), 1);

    // The normaliser turns a batch into wire records for the connector.
    const FieldNormaliser n(s.map);
    const ConnectorRecord wire = n.toCrmRecord(leads->changes.first());
    QCOMPARE(wire.id, QStringLiteral("C1"));
    QCOMPARE(wire.fields.value(QStringLiteral("Score__c")), QVariant(qlonglong(1)));
    const ConnectorRecord row = n.toMarketingRecord(creates->changes.first());
    QCOMPARE(
        row.fields.value(QStringLiteral("E-mail Address")).toString(), QStringLiteral("new@x.com"));
    QCOMPARE(row.fields.value(QStringLiteral("First Name")).toString(), QStringLiteral("New"));
}

void TestSyncPlanner::incrementalMissingSideIsUnchanged()
{
    // Only the CRM record was fetched: Act-On is taken to be as last synced.
    Scenario s = scenario(QStringLiteral("two-way"), QString(),
        QStringLiteral("id=003A;em=ann@x.com;fn=Anna;ti=CEO;sc=10;oo=false"), QString(),
        QStringLiteral("crm=003A;mkt=a1;em=ann@x.com;fn=Ann;ti=CEO;sc=10;oo=false"),
        QStringLiteral("incremental"));
    Plan plan = SyncPlanner::plan(s.input);
    QCOMPARE(describe(s.map, plan), QStringLiteral("update acton #a1: fn=Anna"));
    QVERIFY(plan.writes().first().fields.first().oldValue.isNull()); // unknown, not blank

    // Only the Act-On record was fetched: the CRM is taken to be as last synced.
    s = scenario(QStringLiteral("two-way"), QString(), QString(),
        QStringLiteral("em=ann@x.com;fn=Ann;ti=CTO;sc=10;oo=N"),
        QStringLiteral("crm=003A;em=ann@x.com;fn=Ann;ti=CEO;sc=10;oo=false"),
        QStringLiteral("incremental"));
    plan = SyncPlanner::plan(s.input);
    QCOMPARE(describe(s.map, plan), QStringLiteral("update salesforce #003A: ti=CTO"));
    QCOMPARE(plan.writes().first().object, QStringLiteral("Contact"));
    // A full run would read the CRM record as deleted instead.
    s.input.mode = SyncMode::Full;
    QCOMPARE(describe(s.map, SyncPlanner::plan(s.input)),
        QStringLiteral("delete acton | unlink ann@x.com"));
}

void TestSyncPlanner::emailChangeMovesTheLinkKey()
{
    const Scenario s = scenario(QStringLiteral("two-way"), QString(),
        QStringLiteral("id=003A;em=ann.b@x.com;fn=Ann"),
        QStringLiteral("id=a1;em=ann@x.com;fn=Ann"),
        QStringLiteral("crm=003A;mkt=a1;em=ann@x.com;fn=Ann"), QStringLiteral("full"));
    const Plan plan = SyncPlanner::plan(s.input);
    QCOMPARE(describe(s.map, plan),
        QStringLiteral("unlink ann@x.com | update acton #a1: em=ann.b@x.com"));
    QCOMPARE(plan.snapshots.size(), 1);
    QCOMPARE(plan.snapshots.first().emailKey, QStringLiteral("ann.b@x.com"));
    QCOMPARE(plan.snapshots.first().crmId, QStringLiteral("003A"));
    QCOMPARE(plan.snapshots.first().marketingId, QStringLiteral("a1"));
}

void TestSyncPlanner::previewRowsMatchHistoryShape()
{
    const Scenario s = scenario(QStringLiteral("two-way"), QString(),
        QStringLiteral("id=003A;em=ann@x.com;fn=Anna;ti=CFO || id=003Z;fn=X"),
        QStringLiteral("em=ann@x.com;fn=Ann;ti=CTO"),
        QStringLiteral("crm=003A;em=ann@x.com;fn=Ann;ti=CEO"), QStringLiteral("full"));
    const QList<RecordChange> rows = SyncPlanner::plan(s.input).toRecordChanges(42);
    QStringList got;
    for (const RecordChange &r : rows)
        got << QStringLiteral("%1 %2 %3 %4 %5:%6->%7")
                   .arg(r.runId)
                   .arg(RecordChange::operationToString(r.operation), r.system, r.recordKey,
                       r.field, r.oldValue, r.newValue);
    QCOMPARE(got,
        QStringList({ QStringLiteral("42 update acton ann@x.com First Name:Ann->Anna"),
            QStringLiteral("42 update acton ann@x.com Job Title:CTO->CFO"),
            QStringLiteral("42 conflict salesforce ann@x.com Title:CFO->CTO"),
            QStringLiteral("42 skip salesforce 003Z :->") }));
}

void TestSyncPlanner::skipAndReviewKeepTheSnapshotBase()
{
    // ConflictRule::Skip's promise ("reported again until resolved") holds when both records
    // are read again: the snapshot keeps the base, not the CRM value.
    for (const QString &rule : { u"skip"_s, u"review"_s }) {
        Scenario s = scenario(QStringLiteral("two-way"), u"rule="_s + rule,
            QStringLiteral("id=003A;em=ann@x.com;fn=Ann;ti=CFO;sc=10;oo=false"),
            QStringLiteral("id=a1;em=ann@x.com;fn=Ann;ti=CTO;sc=10;oo=N"), kAnnLink,
            QStringLiteral("full"));
        const Plan first = SyncPlanner::plan(s.input);
        QVERIFY2(!first.hasWrites(), qPrintable(rule));
        QCOMPARE(first.conflicts.size(), 1);
        QCOMPARE(first.conflicts.first().held, rule == u"review");
        apply(first, s.input);
        const quint32 title = LinkSnapshot::fieldKey(QStringLiteral("Job Title"));
        QCOMPARE(s.input.snapshots.first().hashFor(title),
            std::optional<quint64>(LinkSnapshot::valueHash(QStringLiteral("CEO"))));
        QCOMPARE(SyncPlanner::plan(s.input).conflicts.size(), 1);
    }
    const Scenario s = scenario(QStringLiteral("two-way"), QStringLiteral("rule=review"),
        QStringLiteral("id=003A;em=ann@x.com;ti=CFO"), QStringLiteral("id=a1;em=ann@x.com;ti=CTO"),
        kAnnLink, QStringLiteral("full"));
    const PlannedChange held = SyncPlanner::plan(s.input).conflicts.first();
    QCOMPARE(held.reason,
        QStringLiteral("\"Job Title\" changed in both Salesforce and Act-On since the last sync. "
                       "Rule \"Hold for review\": Held for review: nothing is written until a "
                       "value is kept in the Conflicts view."));
    QCOMPARE(held.marketingId, QStringLiteral("a1"));
}

void TestSyncPlanner::heldConflictStaysHeldWhenOneSideIsNotRead()
{
    // Only the CRM record changed again (first name): without the held values the planner
    // would take Act-On as "as last synced" and write the CRM's title over Act-On's.
    Scenario s = scenario(QStringLiteral("two-way"), QStringLiteral("rule=review"),
        QStringLiteral("id=003A;em=ann@x.com;fn=Anna;ti=CFO;sc=10;oo=false"), QString(), kAnnLink,
        QStringLiteral("incremental"));
    s.input.heldConflicts
        = { heldTitle(ConflictRecord::Status::Open, ConflictRecord::Keep::Undecided) };
    const Plan plan = SyncPlanner::plan(s.input);
    QCOMPARE(describe(s.map, plan), QStringLiteral("conflict ti -> hold | update acton #a1: fn=Anna"));
    QCOMPARE(plan.conflicts.first().fields.first().newValue, QStringLiteral("CTO"));
    QVERIFY(plan.supersededConflicts.isEmpty());
    QVERIFY(plan.appliedConflicts.isEmpty());
}

void TestSyncPlanner::decisionAppliedWhenNeitherSideWasRead()
{
    Scenario s = scenario(QStringLiteral("two-way"), QStringLiteral("rule=review"), QString(),
        QString(), kAnnLink, QStringLiteral("incremental"));
    s.input.heldConflicts
        = { heldTitle(ConflictRecord::Status::Resolved, ConflictRecord::Keep::Marketing) };
    Plan plan = SyncPlanner::plan(s.input);
    QCOMPARE(describe(s.map, plan), QStringLiteral("update salesforce #003A: ti=CTO"));
    QCOMPARE(plan.writes().first().reason,
        QStringLiteral("Kept the Act-On value of \"Job Title\", as decided in the Conflicts view."));
    QCOMPARE(plan.writes().first().fields.first().oldValue, QStringLiteral("CFO"));
    QCOMPARE(plan.appliedConflicts.size(), 1);
    QCOMPARE(plan.appliedConflicts.first().id, 7);
    QCOMPARE(plan.snapshots.size(), 1);
    QCOMPARE(plan.snapshots.first().hashFor(LinkSnapshot::fieldKey(QStringLiteral("Job Title"))),
        std::optional<quint64>(LinkSnapshot::valueHash(QStringLiteral("CTO"))));

    // Keeping the CRM value writes it to Act-On, by the link's record id.
    s.input.heldConflicts
        = { heldTitle(ConflictRecord::Status::Resolved, ConflictRecord::Keep::Crm) };
    plan = SyncPlanner::plan(s.input);
    QCOMPARE(describe(s.map, plan), QStringLiteral("update acton #a1: ti=CFO"));
    QCOMPARE(plan.writes().first().reason,
        QStringLiteral("Kept the Salesforce value of \"Job Title\", as decided in the Conflicts "
                       "view."));
}

void TestSyncPlanner::decisionSupersededWhenASideChanged()
{
    // Act-On's title changed again after the admin chose to keep it ("CTO" -> "COO").
    Scenario s = scenario(QStringLiteral("two-way"), QStringLiteral("rule=review"), QString(),
        QStringLiteral("id=a1;em=ann@x.com;fn=Ann;ti=COO;sc=10;oo=N"), kAnnLink,
        QStringLiteral("incremental"));
    s.input.heldConflicts
        = { heldTitle(ConflictRecord::Status::Resolved, ConflictRecord::Keep::Marketing) };
    const Plan plan = SyncPlanner::plan(s.input);
    // Nothing written; held again with the new Act-On value; the decision superseded.
    QCOMPARE(describe(s.map, plan), QStringLiteral("conflict ti -> hold | skip salesforce #003A"));
    QVERIFY(plan.appliedConflicts.isEmpty());
    QCOMPARE(plan.supersededConflicts.size(), 1);
    QCOMPARE(plan.supersededConflicts.first().id, 7);
    QVERIFY(plan.skips.first().reason.contains(QStringLiteral("was not applied")));
    QCOMPARE(plan.conflicts.first().fields.first().newValue, QStringLiteral("COO"));
}

void TestSyncPlanner::heldConflictClosedWhenTheSidesAgree()
{
    // Somebody set Act-On's title to the CRM's: no conflict any more, nothing to decide.
    Scenario s = scenario(QStringLiteral("two-way"), QStringLiteral("rule=review"), QString(),
        QStringLiteral("id=a1;em=ann@x.com;fn=Ann;ti=CFO;sc=10;oo=N"), kAnnLink,
        QStringLiteral("incremental"));
    s.input.heldConflicts
        = { heldTitle(ConflictRecord::Status::Open, ConflictRecord::Keep::Undecided) };
    const Plan plan = SyncPlanner::plan(s.input);
    QCOMPARE(describe(s.map, plan), QString());
    QCOMPARE(plan.supersededConflicts.size(), 1);
    QVERIFY(plan.supersededConflicts.first().note.startsWith(QStringLiteral("No longer a conflict")));
    // A person not in this plan keeps an open hold as it is.
    s.input.marketingRecords.clear();
    QVERIFY(SyncPlanner::plan(s.input).supersededConflicts.isEmpty());
}

QTEST_GUILESS_MAIN(TestSyncPlanner)
#include "tst_syncplanner.moc"
