#pragma once

#include "core/mapping/FieldMap.h"
#include "core/model/Account.h"
#include "core/model/Flow.h"
#include "core/util/Expected.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace LeadBridge {

class BuiltInSandbox;
class Journal;

/// The sandbox accounts the demo flows run on (0 = not linked: flows that need it are left out).
struct DemoFlowAccounts
{
    qint64 on24 = 0;
    qint64 actOn = 0;
    qint64 salesforce = 0;
    qint64 pipeliner = 0;
    /// Pipeliner Client id that owns the leads and contacts of the lead handoff (the
    /// handoff runner takes an id only). Empty: the lead handoff is left out.
    QString pipelinerOwnerId;
};

/// The four ready-to-run flows "Try the sandbox" gives a new user, one per flow kind, on the
/// sandbox accounts:
///  - "Demo: Webinar import" (F1, ON24 → Act-On): backfillFrom = six months before the day
///    the flow is made, so the first run imports every past demo webinar;
///  - "Demo: Salesforce ↔ Act-On contacts" (F2): the standard Salesforce pre-map
///    (StandardFields::defaultMap) with Score → Score__c on Lead and Contact; Act-On list
///    "Salesforce contacts" in folder "LeadBridge" (created by the first run);
///  - "Demo: Salesforce list sync" (F3): source = all leads, list "All Salesforce Leads";
///    pull add new on, pull update of every mapped column but the e-mail, push update of Job
///    Title and Business Phone; columns E-mail Address, First Name, Last Name, Company, Job
///    Title, Business Phone, Lead Source;
///  - "Demo: Lead handoff to Pipeliner" (F4, Act-On → Pipeliner): scoreThreshold 75, all
///    lists, ownerId = the Pipeliner Client of the demo data's first sales rep.
/// Each flow made here gets its kind's default schedule (FlowSetup::applyDefaultSchedule).
/// Every demo flow carries the setting "demoFlow" (its stable id, e.g. "webinar-import"),
/// which is how ensure() finds it again even when it was renamed.
class DemoFlows
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::DemoFlows)

public:
    /// The flow setting that marks a demo flow; its value is one of the ids below.
    static QString markerKey();
    static QString webinarImportId();
    static QString contactSyncId();
    static QString listSyncId();
    static QString leadHandoffId();

    /// The (translated) names of the four flows.
    static QString webinarImportName();
    static QString contactSyncName();
    static QString listSyncName();
    static QString leadHandoffName();

    /// What ensure() did.
    struct Result
    {
        QStringList created; ///< names of the flows made now
        QStringList existing; ///< names of demo flows that were there already (untouched)
        /// Every demo flow available, in the order above (created + existing).
        QStringList all() const;
    };

    /// Makes the demo flows that do not exist yet (found by the "demoFlow" marker or by
    /// name; existing ones are left exactly as they are, so rerunning after the sandbox
    /// restarts changes nothing). A flow whose field map is missing (an earlier save broke
    /// off) gets it. Fails with the journal's sentence when a flow cannot be saved; flows
    /// saved before that stay.
    static Expected<Result> ensure(Journal &journal, const DemoFlowAccounts &accounts);

    /// The sandbox accounts (settings "sandbox" = true) in @p accounts, by kind.
    static DemoFlowAccounts sandboxAccounts(const QList<Account> &accounts);
    /// The Pipeliner Client id of the demo data's first user (sales rep) in the running
    /// @p sandbox, read from the Pipeliner emulator's records; empty when the sandbox or its
    /// Pipeliner emulator does not run.
    static QString sandboxLeadOwnerId(BuiltInSandbox &sandbox);

    /// Settings of each flow (also what the docs describe). @p today fixes the backfill.
    static QVariantMap webinarImportSettings(const QDate &today);
    static QVariantMap contactSyncSettings();
    static QVariantMap listSyncSettings();
    static QVariantMap leadHandoffSettings(const QString &ownerId);
    /// The F2 field map: the standard Salesforce pre-map with Score → Score__c.
    static FieldMap contactSyncMap();
    /// The F3 list columns.
    static FieldMap listSyncMap();
};

} // namespace LeadBridge
