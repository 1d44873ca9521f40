#include "core/engine/DemoFlows.h"

#include "core/engine/BuiltInSandbox.h"
#include "core/engine/FlowSetup.h"
#include "core/mapping/StandardFields.h"
#include "core/store/FieldMapRepository.h"
#include "core/store/FlowRepository.h"
#include "core/store/Journal.h"
#include "core/util/LogCategories.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace LeadBridge {

namespace {

const QString kScoreField = QStringLiteral("Score__c");

/// One demo flow to make.
struct Spec
{
    QString id;
    QString name;
    QString englishName; ///< also matched, so a language switch does not make a second flow
    FlowKind kind;
    qint64 source = 0;
    qint64 target = 0;
    QVariantMap settings;
    FieldMap map; ///< no rows = the flow has no field map
};

FieldMapRow standardRow(SystemUsage usage)
{
    const auto field = StandardFields::byUsage(usage);
    return FieldMapRow::make(*field,
        StandardFields::defaultSource(CrmKind::Salesforce, CrmObjectType::Lead, usage),
        StandardFields::defaultSource(CrmKind::Salesforce, CrmObjectType::Contact, usage));
}

bool sameName(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

} // namespace

QString DemoFlows::markerKey()
{
    return QStringLiteral("demoFlow");
}

QString DemoFlows::webinarImportId()
{
    return QStringLiteral("webinar-import");
}

QString DemoFlows::contactSyncId()
{
    return QStringLiteral("contact-sync");
}

QString DemoFlows::listSyncId()
{
    return QStringLiteral("list-sync");
}

QString DemoFlows::leadHandoffId()
{
    return QStringLiteral("lead-handoff");
}

QString DemoFlows::webinarImportName()
{
    return tr("Demo: Webinar import");
}

QString DemoFlows::contactSyncName()
{
    return tr("Demo: Salesforce ↔ Act-On contacts");
}

QString DemoFlows::listSyncName()
{
    return tr("Demo: Salesforce list sync");
}

QString DemoFlows::leadHandoffName()
{
    return tr("Demo: Lead handoff to Pipeliner");
}

QStringList DemoFlows::Result::all() const
{
    QStringList out;
    for (const QString &name :
        { webinarImportName(), contactSyncName(), listSyncName(), leadHandoffName() }) {
        if (created.contains(name) || existing.contains(name))
            out.append(name);
    }
    // Demo flows found under another name (renamed by the person) come last.
    for (const QStringList *list : { &existing, &created }) {
        for (const QString &name : *list) {
            if (!out.contains(name))
                out.append(name);
        }
    }
    return out;
}

QVariantMap DemoFlows::webinarImportSettings(const QDate &today)
{
    return {
        { markerKey(), webinarImportId() },
        { QStringLiteral("backfillFrom"), today.addMonths(-6).toString(Qt::ISODate) },
    };
}

QVariantMap DemoFlows::contactSyncSettings()
{
    return {
        { markerKey(), contactSyncId() },
        { QStringLiteral("listName"), tr("Salesforce contacts") },
        { QStringLiteral("folder"), QStringLiteral("LeadBridge") },
        { QStringLiteral("conflictRule"), QStringLiteral("crm-wins") },
    };
}

QVariantMap DemoFlows::listSyncSettings()
{
    const QString first = QStringLiteral("First Name");
    const QString last = QStringLiteral("Last Name");
    const QString company = QStringLiteral("Company");
    const QString title = QStringLiteral("Job Title");
    const QString phone = QStringLiteral("Business Phone");
    const QString source = QStringLiteral("Lead Source");
    return {
        { markerKey(), listSyncId() },
        { QStringLiteral("source"), QStringLiteral("leads") },
        { QStringLiteral("listName"), QStringLiteral("All Salesforce Leads") },
        { QStringLiteral("listFolder"), QStringLiteral("LeadBridge") },
        { QStringLiteral("pullAddNew"), true },
        { QStringLiteral("pullUpdate"), true },
        { QStringLiteral("pullUpdateFields"),
            QStringList { first, last, company, title, phone, source } },
        { QStringLiteral("pullRemoveNotFound"), false },
        { QStringLiteral("pushAddNew"), false },
        { QStringLiteral("pushUpdate"), true },
        { QStringLiteral("pushUpdateFields"), QStringList { title, phone } },
    };
}

QVariantMap DemoFlows::leadHandoffSettings(const QString &ownerId)
{
    return {
        { markerKey(), leadHandoffId() },
        { QStringLiteral("scoreThreshold"), 75 },
        { QStringLiteral("ownerId"), ownerId },
        { QStringLiteral("lists"), QStringList() },
    };
}

FieldMap DemoFlows::contactSyncMap()
{
    FieldMap map = StandardFields::defaultMap(CrmKind::Salesforce);
    // Without a live schema the pre-map leaves Score blank; the sandbox org (like most
    // Act-On customers' orgs) has Score__c on Lead and Contact.
    const int score = map.indexOfUsage(SystemUsage::Score);
    if (score >= 0) {
        FieldMapRow row = map.row(score);
        row.leadField = kScoreField;
        row.contactField = kScoreField;
        map.updateRow(score, row);
    }
    return map;
}

FieldMap DemoFlows::listSyncMap()
{
    FieldMap map(CrmKind::Salesforce, PushPolicy::TwoWay);
    for (const SystemUsage usage :
        { SystemUsage::Email, SystemUsage::FirstName, SystemUsage::LastName, SystemUsage::Company,
            SystemUsage::JobTitle, SystemUsage::Phone, SystemUsage::LeadSource })
        map.addRow(standardRow(usage));
    return map;
}

DemoFlowAccounts DemoFlows::sandboxAccounts(const QList<Account> &accounts)
{
    DemoFlowAccounts out;
    for (const Account &a : accounts) {
        if (!a.settings.value(QStringLiteral("sandbox")).toBool())
            continue;
        qint64 *slot = nullptr;
        switch (a.kind) {
        case AccountKind::On24:
            slot = &out.on24;
            break;
        case AccountKind::ActOn:
            slot = &out.actOn;
            break;
        case AccountKind::Salesforce:
            slot = &out.salesforce;
            break;
        case AccountKind::Pipeliner:
            slot = &out.pipeliner;
            break;
        }
        if (*slot == 0)
            *slot = a.id;
    }
    return out;
}

QString DemoFlows::sandboxLeadOwnerId(BuiltInSandbox &sandbox)
{
    // The emulator makes one Client per demo user, in order; the first user is the owner.
    // Read through the control API in-process, so the id is the one served.
    const QJsonArray records
        = sandbox.controlRecords(QStringLiteral("pipeliner"), QStringLiteral("Clients"));
    const QString wanted = sandbox.firstDemoUserEmail();
    QString owner;
    for (const QJsonValue &v : records) {
        const QJsonObject client = v.toObject();
        if (client.value(u"is_deleted").toBool())
            continue;
        const QString id = client.value(u"id").toString();
        if (wanted.isEmpty() || sameName(client.value(u"email").toString(), wanted))
            return id;
        if (owner.isEmpty())
            owner = id; // fall back on the first client when the first user is gone
    }
    return owner;
}

Expected<DemoFlows::Result> DemoFlows::ensure(Journal &journal, const DemoFlowAccounts &accounts)
{
    QList<Spec> specs;
    if (accounts.on24 && accounts.actOn)
        specs.append({ webinarImportId(), webinarImportName(),
            QStringLiteral("Demo: Webinar import"), FlowKind::WebinarImport, accounts.on24,
            accounts.actOn, webinarImportSettings(QDateTime::currentDateTimeUtc().date()), {} });
    if (accounts.salesforce && accounts.actOn)
        specs.append({ contactSyncId(), contactSyncName(),
            QStringLiteral("Demo: Salesforce ↔ Act-On contacts"), FlowKind::CrmContactSync,
            accounts.salesforce, accounts.actOn, contactSyncSettings(), contactSyncMap() });
    if (accounts.salesforce && accounts.actOn)
        specs.append({ listSyncId(), listSyncName(), QStringLiteral("Demo: Salesforce list sync"),
            FlowKind::ListSync, accounts.salesforce, accounts.actOn, listSyncSettings(),
            listSyncMap() });
    if (accounts.actOn && accounts.pipeliner && !accounts.pipelinerOwnerId.isEmpty())
        specs.append(
            { leadHandoffId(), leadHandoffName(), QStringLiteral("Demo: Lead handoff to Pipeliner"),
                FlowKind::LeadHandoff, accounts.actOn, accounts.pipeliner,
                leadHandoffSettings(accounts.pipelinerOwnerId), {} });

    FlowRepository flows(journal);
    FieldMapRepository maps(journal);
    const auto all = flows.list();
    if (!all)
        return Expected<Result>::failure(all.errorString());

    Result result;
    for (const Spec &spec : std::as_const(specs)) {
        const Flow *found = nullptr;
        for (const Flow &f : all.value()) {
            if (f.settings.value(markerKey()).toString() == spec.id) {
                found = &f;
                break;
            }
        }
        for (const Flow &f : all.value()) {
            if (!found && f.kind == spec.kind
                && (sameName(f.name, spec.name) || sameName(f.name, spec.englishName)))
                found = &f;
        }
        qint64 flowId = 0;
        if (found) {
            result.existing.append(found->name);
            flowId = found->id;
        } else {
            Flow flow;
            flow.kind = spec.kind;
            flow.name = spec.name;
            flow.sourceAccountId = spec.source;
            flow.targetAccountId = spec.target;
            flow.settings = spec.settings;
            const auto added = flows.add(flow);
            if (!added)
                return Expected<Result>::failure(
                    tr("LeadBridge could not add the demo flow “%1”: %2")
                        .arg(spec.name, added.errorString()));
            flowId = added->id;
            result.created.append(spec.name);
            qCInfo(lcEngine) << "Added demo flow" << flowId << spec.id;
            // Like any new flow: its kind's default schedule.
            if (const Status scheduled = FlowSetup::applyDefaultSchedule(journal, added.value());
                !scheduled)
                return Expected<Result>::failure(
                    tr("LeadBridge could not schedule the demo flow “%1”: %2")
                        .arg(spec.name, scheduled.errorString()));
        }
        if (spec.map.rowCount() == 0)
            continue;
        // A found flow keeps its map; only a missing one (an add whose map save broke off)
        // is filled in.
        const auto stored = maps.load(flowId);
        if (stored && stored.value().has_value())
            continue;
        if (!stored && found)
            continue; // a map that no longer reads is the person's to fix, not ours to replace
        if (const auto saved = maps.save(flowId, spec.map); !saved)
            return Expected<Result>::failure(
                tr("LeadBridge could not save the field map of the demo flow “%1”: %2")
                    .arg(spec.name, saved.errorString()));
    }
    return result;
}

} // namespace LeadBridge
