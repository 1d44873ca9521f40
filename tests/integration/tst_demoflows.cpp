// "Try the sandbox" gives a new user four ready-to-run flows (DemoFlows): after
// AccountService::trySandbox the flows exist with valid settings and field maps, a second try
// and a restart of the sandbox add or change nothing, and each flow runs once through the
// engine thread (EngineHost → SyncEngine) with the secrets from the keychain, leaving its
// records in the emulators. Needs a keychain: ctest runs it under scripts/with-keyring.sh.
#include "core/engine/AccountService.h"
#include "core/engine/DemoFlows.h"
#include "core/engine/EngineHost.h"
#include "core/engine/flows/ListSyncSettings.h"
#include "core/mapping/MappingValidator.h"
#include "core/mapping/StandardFields.h"
#include "core/model/Flow.h"
#include "core/sandbox/DemoDataset.h"
#include "core/sandbox/SandboxEndpoint.h"
#include "core/secrets/CredentialStore.h"
#include "core/store/FieldMapRepository.h"
#include "core/store/FlowRepository.h"
#include "core/store/Journal.h"
#include "core/store/RunRepository.h"
#include "tests/support/AppTestEnvironment.h"
#include "tests/support/KeychainProbe.h"
#include "tests/support/RawHttp.h"
#include "tests/support/TestEnv.h"
#include "tests/support/TestSettings.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace LeadBridge;
using namespace Qt::StringLiterals;

class TestDemoFlows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void trySandboxAddsFourReadyFlows();
    void fieldMapsAreValidAgainstTheSandboxOrg();
    void secondTryAndRestartAddNothing();
    void ensureWithoutAccountsAddsNothing();
    void everyDemoFlowRunsEndToEnd();

private:
    AccountOperationResult wait(const std::function<void(AccountService::Callback)> &start);
    CredentialBundle secretsOf(const Account &account);
    QHash<QString, Flow> flowsByMarker();
    Account accountOf(AccountKind kind);
    QUrl emulatorUrl(const QString &name, const QString &path);
    QJsonValue control(const QString &emulator, const QString &path);
    QHash<QString, QJsonObject> actOnRows(const QString &listId);
    RunOutcome runFlow(const Flow &flow);

    std::unique_ptr<Test::ScopedDataDir> m_dataDir;
    std::unique_ptr<QTemporaryDir> m_settingsDir;
    Journal m_journal;
    CredentialStore m_store;
    std::unique_ptr<EngineHost> m_engine;
    std::unique_ptr<AccountService> m_service;
    Test::RawHttp m_http;
    Sandbox::DemoDataset m_world = Sandbox::DemoDataset::generate(2026, 500);
};

void TestDemoFlows::initTestCase()
{
    m_dataDir = std::make_unique<Test::ScopedDataDir>();
    m_settingsDir = std::make_unique<QTemporaryDir>();
    Test::TestSettings::useIniIn(m_settingsDir->path());

    LEADBRIDGE_REQUIRE_KEYCHAIN(m_store);

    QVERIFY(Test::AppTestEnvironment::openServices(m_journal, m_store, m_engine, m_service));
}

void TestDemoFlows::cleanupTestCase()
{
    // The demo flows hold on to the accounts, so take their secrets out of the keychain
    // directly.
    if (m_service) {
        if (const auto all = m_service->accounts()) {
            int pending = 0;
            for (const Account &a : all.value()) {
                ++pending;
                m_store.removeAll(AccountService::keychainId(a), AccountService::secretNames(a.kind),
                    [&pending](const CredentialResult &) { --pending; });
            }
            if (!QTest::qWaitFor([&] { return pending == 0; }, 10000))
                qWarning("the keychain did not remove every secret within 10 s");
        }
        m_service->stopSandbox();
    }
    m_service.reset();
    m_engine.reset();
    m_journal.close();
}

AccountOperationResult TestDemoFlows::wait(
    const std::function<void(AccountService::Callback)> &start)
{
    AccountOperationResult result;
    bool finished = false;
    start([&](const AccountOperationResult &r) {
        result = r;
        finished = true;
    });
    if (!QTest::qWaitFor([&] { return finished; }, 30000))
        qWarning("operation did not finish within 30 s");
    return result;
}

CredentialBundle TestDemoFlows::secretsOf(const Account &account)
{
    CredentialBundle bundle;
    const QStringList names = AccountService::secretNames(account.kind);
    int pending = int(names.size());
    for (const QString &name : names) {
        m_store.read(AccountService::keychainId(account), name,
            [&bundle, &pending, name](const CredentialResult &r) {
                if (r.ok)
                    bundle.secrets.insert(name, r.value);
                --pending;
            });
    }
    if (!QTest::qWaitFor([&] { return pending == 0; }, 10000))
        qWarning("the keychain did not answer within 10 s");
    return bundle;
}

QHash<QString, Flow> TestDemoFlows::flowsByMarker()
{
    QHash<QString, Flow> out;
    const auto all = FlowRepository(m_journal).list();
    if (all) {
        for (const Flow &f : all.value())
            out.insert(f.settings.value(DemoFlows::markerKey()).toString(), f);
    }
    return out;
}

Account TestDemoFlows::accountOf(AccountKind kind)
{
    const auto all = m_service->accounts();
    for (const Account &a : all.value()) {
        if (a.kind == kind && a.settings.value(u"sandbox"_s).toBool())
            return a;
    }
    return {};
}

QUrl TestDemoFlows::emulatorUrl(const QString &name, const QString &path)
{
    for (const auto &e : m_service->sandboxEndpoints()) {
        if (e.name == name) {
            QUrl u = e.baseUrl;
            const qsizetype q = path.indexOf(u'?');
            u.setPath(q < 0 ? path : path.left(q));
            if (q >= 0)
                u.setQuery(path.mid(q + 1));
            return u;
        }
    }
    return {};
}

QJsonValue TestDemoFlows::control(const QString &emulator, const QString &path)
{
    const Test::RawReply reply = m_http.get(emulatorUrl(emulator, path));
    const QJsonDocument doc = reply.jsonDoc();
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

QHash<QString, QJsonObject> TestDemoFlows::actOnRows(const QString &listId)
{
    QHash<QString, QJsonObject> out;
    const QJsonArray rows = control(u"acton"_s, u"/_sandbox/records/%1?limit=10000"_s.arg(listId))
                                .toObject()
                                .value(u"records"_s)
                                .toArray();
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        out.insert(o.value(u"E-mail Address"_s).toString().trimmed().toLower(), o);
    }
    return out;
}

RunOutcome TestDemoFlows::runFlow(const Flow &flow)
{
    RunRequest request;
    request.flowId = flow.id;
    for (const qint64 id : { flow.sourceAccountId, flow.targetAccountId })
        request.credentials.insert(id, secretsOf(m_service->account(id).value()));
    RunOutcome outcome;
    bool finished = false;
    const auto c
        = connect(m_engine.get(), &EngineHost::runFinished, this, [&](const RunOutcome &o) {
              if (o.summary.flowId == flow.id) {
                  outcome = o;
                  finished = true;
              }
          });
    m_engine->requestRun(request);
    if (!QTest::qWaitFor([&] { return finished; }, 180000))
        qWarning("run of %s did not finish within 3 minutes", qPrintable(flow.name));
    disconnect(c);
    return outcome;
}

void TestDemoFlows::trySandboxAddsFourReadyFlows()
{
    // The flows exist by the time views are told to reload.
    qsizetype flowsAtLastSignal = -1;
    const auto c = connect(m_service.get(), &AccountService::accountsChanged, this,
        [&] { flowsAtLastSignal = FlowRepository(m_journal).list()->size(); });
    const auto result = wait([&](auto done) { m_service->trySandbox(done); });
    disconnect(c);
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(flowsAtLastSignal, 4);
    QCOMPARE(result.flows,
        QStringList({ u"Demo: Webinar import"_s, u"Demo: Salesforce ↔ Act-On contacts"_s,
            u"Demo: Salesforce list sync"_s, u"Demo: Lead handoff to Pipeliner"_s }));

    const auto flows = flowsByMarker();
    QCOMPARE(flows.size(), 4);
    const Account on24 = accountOf(AccountKind::On24);
    const Account acton = accountOf(AccountKind::ActOn);
    const Account sf = accountOf(AccountKind::Salesforce);
    const Account pl = accountOf(AccountKind::Pipeliner);
    QVERIFY(on24.id && acton.id && sf.id && pl.id);

    // F1: ON24 → Act-On, backfill from six months ago (a date the runner reads).
    const Flow f1 = flows.value(DemoFlows::webinarImportId());
    QCOMPARE(f1.name, u"Demo: Webinar import"_s);
    QCOMPARE(f1.kind, FlowKind::WebinarImport);
    QCOMPARE(f1.sourceAccountId, on24.id);
    QCOMPARE(f1.targetAccountId, acton.id);
    QVERIFY(f1.enabled);
    const QDate backfill
        = QDate::fromString(f1.settings.value(u"backfillFrom"_s).toString(), Qt::ISODate);
    QVERIFY2(backfill.isValid(), qPrintable(f1.settings.value(u"backfillFrom"_s).toString()));
    QCOMPARE(backfill, QDateTime::currentDateTimeUtc().date().addMonths(-6));

    // F2: Salesforce ↔ Act-On list "Salesforce contacts".
    const Flow f2 = flows.value(DemoFlows::contactSyncId());
    QCOMPARE(f2.kind, FlowKind::CrmContactSync);
    QCOMPARE(f2.sourceAccountId, sf.id);
    QCOMPARE(f2.targetAccountId, acton.id);
    QCOMPARE(f2.settings.value(u"listName"_s).toString(), u"Salesforce contacts"_s);
    QCOMPARE(f2.settings.value(u"folder"_s).toString(), u"LeadBridge"_s);

    // F3: all leads, pull add + update, push update; the settings parser accepts them.
    const Flow f3 = flows.value(DemoFlows::listSyncId());
    QCOMPARE(f3.kind, FlowKind::ListSync);
    QCOMPARE(f3.sourceAccountId, sf.id);
    QCOMPARE(f3.targetAccountId, acton.id);
    QString error;
    const ListSyncSettings s3 = ListSyncSettings::fromMap(f3.settings, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(s3.source, ListSyncSettings::Source::Leads);
    QCOMPARE(s3.listName, u"All Salesforce Leads"_s);
    QVERIFY(s3.pullAddNew);
    QVERIFY(s3.pullUpdate);
    QVERIFY(s3.pullsField(u"Job Title"_s));
    QVERIFY(s3.pushUpdate);
    QVERIFY(s3.pushesField(u"Job Title"_s));
    QVERIFY(!s3.pushesField(u"E-mail Address"_s));
    QVERIFY(!s3.pushAddNew);
    QVERIFY(!s3.pullRemoveNotFound);

    // F4: Act-On → Pipeliner, threshold 75, owned by the demo data's first sales rep.
    const Flow f4 = flows.value(DemoFlows::leadHandoffId());
    QCOMPARE(f4.kind, FlowKind::LeadHandoff);
    QCOMPARE(f4.sourceAccountId, acton.id);
    QCOMPARE(f4.targetAccountId, pl.id);
    QCOMPARE(f4.settings.value(u"scoreThreshold"_s).toInt(), 75);
    const QString owner = f4.settings.value(u"ownerId"_s).toString();
    QVERIFY(!owner.isEmpty());
    const QJsonObject client
        = control(u"pipeliner"_s, u"/_sandbox/records/Clients/"_s + owner).toObject();
    QVERIFY(!m_world.users.isEmpty());
    QCOMPARE(client.value(u"email"_s).toString(), m_world.users.constFirst().email);
}

void TestDemoFlows::fieldMapsAreValidAgainstTheSandboxOrg()
{
    const auto flows = flowsByMarker();
    FieldMapRepository maps(m_journal);
    QVERIFY(!maps.load(flows.value(DemoFlows::webinarImportId()).id).value().has_value());
    QVERIFY(!maps.load(flows.value(DemoFlows::leadHandoffId()).id).value().has_value());

    // The live Lead and Contact schemas of the sandbox org, through the engine thread.
    const Account sf = accountOf(AccountKind::Salesforce);
    ConnectorConfig config;
    config.account = sf;
    config.credentials = secretsOf(sf);
    QSignalSpy described(m_engine.get(), &EngineHost::described);
    m_engine->describe(config, { u"Lead"_s, u"Contact"_s });
    QVERIFY(described.wait(30000));
    QVERIFY2(!described.first().at(2).value<ApiError>().isError(),
        qPrintable(described.first().at(2).value<ApiError>().technicalDetail()));
    std::optional<CrmObjectSchema> lead, contact;
    for (const auto &schema : described.first().at(1).value<QList<CrmObjectSchema>>()) {
        if (schema.object == CrmObjectType::Lead)
            lead = schema;
        else
            contact = schema;
    }
    QVERIFY(lead && contact);

    const auto check = [&](const Flow &flow, int minRows) {
        const auto loaded = maps.load(flow.id);
        QVERIFY2(loaded, qPrintable(loaded.errorString()));
        QVERIFY(loaded.value().has_value());
        const FieldMap map = *loaded.value();
        QCOMPARE(map.crm(), CrmKind::Salesforce);
        QVERIFY(map.rowCount() >= minRows);
        const auto issues = MappingValidator::validate(map, lead, contact, flow.kind);
        QStringList errors;
        for (const auto &i : issues) {
            if (i.isError())
                errors << i.code + u": "_s + i.message;
        }
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    };
    const Flow f2 = flows.value(DemoFlows::contactSyncId());
    check(f2, 10);
    check(flows.value(DemoFlows::listSyncId()), 7);

    // The F2 map is the standard pre-map plus the score: Score → Score__c both ways,
    // Company of a contact through its account.
    const FieldMap map = *maps.load(f2.id).value();
    const FieldMapRow score = map.row(map.indexOfUsage(SystemUsage::Score));
    QCOMPARE(score.leadField, u"Score__c"_s);
    QCOMPARE(score.contactField, u"Score__c"_s);
    const FieldMapRow company = map.row(map.indexOf(u"Company"_s));
    QCOMPARE(company.leadField, u"Company"_s);
    QCOMPARE(company.contactField, u"Account.Name"_s);
    QCOMPARE(map.row(map.indexOfUsage(SystemUsage::Email)).leadField, u"Email"_s);

    // Without the org's schema the rule "F2 must map a score" fails for a bare pre-map:
    // the Score__c source is what makes the demo map valid.
    FieldMap bare = StandardFields::defaultMap(CrmKind::Salesforce);
    QVERIFY(MappingValidator::hasErrors(
        MappingValidator::validate(bare, lead, contact, FlowKind::CrmContactSync)));
}

void TestDemoFlows::secondTryAndRestartAddNothing()
{
    const auto before = FlowRepository(m_journal).list().value();
    QCOMPARE(before.size(), 4);
    FieldMapRepository maps(m_journal);
    QHash<qint64, int> revisions;
    for (const Flow &f : before) {
        if (const auto m = maps.load(f.id).value())
            revisions.insert(f.id, m->revision());
    }

    auto result = wait([&](auto done) { m_service->trySandbox(done); });
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(result.flows.size(), 4);

    // The sandbox restarts on other ports (as at the next start of LeadBridge).
    m_service->stopSandbox();
    result = wait([&](auto done) { QVERIFY(m_service->resumeSandbox(done)); });
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(result.flows.size(), 4);

    // A renamed demo flow is found by its marker, not made again.
    {
        QSqlQuery q(m_journal.database());
        QVERIFY(
            q.exec(u"UPDATE flows SET name = 'My webinars' WHERE name = 'Demo: Webinar import'"_s));
    }
    result = wait([&](auto done) { m_service->trySandbox(done); });
    QVERIFY(result.ok);
    QVERIFY(result.flows.contains(u"My webinars"_s));

    const auto after = FlowRepository(m_journal).list().value();
    QCOMPARE(after.size(), before.size());
    for (const Flow &b : before) {
        bool same = false;
        for (const Flow &a : after) {
            if (a.id != b.id)
                continue;
            same = a.kind == b.kind && a.settings == b.settings
                && a.sourceAccountId == b.sourceAccountId && a.targetAccountId == b.targetAccountId
                && a.updatedAt == b.updatedAt;
        }
        QVERIFY2(same, qPrintable(b.name));
        if (revisions.contains(b.id))
            QCOMPARE(maps.load(b.id).value()->revision(), revisions.value(b.id));
    }
    QCOMPARE(m_service->accounts()->size(), 4);
    {
        QSqlQuery q(m_journal.database());
        QVERIFY(
            q.exec(u"UPDATE flows SET name = 'Demo: Webinar import' WHERE name = 'My webinars'"_s));
    }
}

void TestDemoFlows::ensureWithoutAccountsAddsNothing()
{
    // No ON24 and no Pipeliner owner: only the two Salesforce flows qualify, and they
    // exist already, so nothing is made; a missing owner never makes a handoff that fails.
    DemoFlowAccounts partial = DemoFlows::sandboxAccounts(m_service->accounts().value());
    partial.on24 = 0;
    partial.pipelinerOwnerId.clear();
    const auto ensured = DemoFlows::ensure(m_journal, partial);
    QVERIFY2(ensured, qPrintable(ensured.errorString()));
    QVERIFY(ensured->created.isEmpty());
    QCOMPARE(ensured->existing,
        QStringList({ u"Demo: Salesforce ↔ Act-On contacts"_s, u"Demo: Salesforce list sync"_s }));

    const auto none = DemoFlows::ensure(m_journal, DemoFlowAccounts());
    QVERIFY(none);
    QVERIFY(none->all().isEmpty());
    QCOMPARE(FlowRepository(m_journal).list()->size(), 4);
}

void TestDemoFlows::everyDemoFlowRunsEndToEnd()
{
    const auto flows = flowsByMarker();
    const auto runAndCheck = [&](const QString &id) -> RunOutcome {
        const Flow flow = flows.value(id);
        const RunOutcome o = runFlow(flow);
        qInfo("%s: status %d, created %d, updated %d, skipped %d, errors %d — %s",
            qPrintable(flow.name), int(o.summary.status), o.summary.counts.created,
            o.summary.counts.updated, o.summary.counts.skipped, o.summary.counts.errors,
            qPrintable(o.message));
        return o;
    };
    const auto actOnLists = [&] {
        QHash<QString, QJsonObject> byName;
        for (const QJsonValue &v : control(u"acton"_s, u"/_sandbox/records/lists"_s).toArray())
            byName.insert(v.toObject().value(u"name"_s).toString(), v.toObject());
        return byName;
    };

    // F1: a folder for ON24 client 41750, a list per past webinar with its registrants.
    {
        const RunOutcome o = runAndCheck(DemoFlows::webinarImportId());
        QVERIFY2(o.succeeded(), qPrintable(o.message));
        QVERIFY(o.summary.counts.created > 0);
        const auto lists = actOnLists();
        int webinarLists = 0;
        const Sandbox::DemoOn24Client &client = m_world.on24Clients.constFirst();
        for (const auto &event : client.events) {
            const QString suffix = u" (%1)"_s.arg(event.eventId);
            for (auto it = lists.cbegin(); it != lists.cend(); ++it) {
                if (!it.key().endsWith(suffix))
                    continue;
                ++webinarLists;
                QCOMPARE(it->value(u"folderName"_s).toString(), QString::number(client.clientId));
                // One registrant with an e-mail address is in the list, with the name ON24 has.
                const auto rows = actOnRows(it->value(u"id"_s).toString());
                QVERIFY(!rows.isEmpty());
                for (const auto &reg : event.registrations) {
                    const auto &person = m_world.people.at(reg.personIndex);
                    const QString email = person.email.trimmed().toLower();
                    if (!rows.contains(email))
                        continue;
                    QCOMPARE(rows.value(email).value(u"First Name"_s).toString(), person.firstName);
                    break;
                }
            }
        }
        QVERIFY2(webinarLists >= 3, qPrintable(QString::number(webinarLists)));
    }

    // F2: the list "Salesforce contacts" holds the Salesforce leads and contacts.
    {
        const RunOutcome o = runAndCheck(DemoFlows::contactSyncId());
        QVERIFY2(o.succeeded(), qPrintable(o.message));
        QVERIFY(o.summary.counts.created > 100);
        const auto lists = actOnLists();
        QVERIFY(lists.contains(u"Salesforce contacts"_s));
        QCOMPARE(lists.value(u"Salesforce contacts"_s).value(u"folderName"_s).toString(),
            u"LeadBridge"_s);
        const auto rows
            = actOnRows(lists.value(u"Salesforce contacts"_s).value(u"id"_s).toString());
        QVERIFY(rows.size() > 100);
        const QJsonArray leads = control(u"salesforce"_s, u"/_sandbox/records/Lead?limit=10000"_s)
                                     .toObject()
                                     .value(u"records"_s)
                                     .toArray();
        int checked = 0;
        for (const QJsonValue &v : leads) {
            const QJsonObject lead = v.toObject();
            const QString email = lead.value(u"Email"_s).toString().trimmed().toLower();
            if (email.isEmpty() || !rows.contains(email) || checked >= 5)
                continue;
            QCOMPARE(rows.value(email).value(u"Last Name"_s).toString(),
                lead.value(u"LastName"_s).toString());
            QCOMPARE(rows.value(email).value(u"Company"_s).toString(),
                lead.value(u"Company"_s).toString());
            ++checked;
        }
        QCOMPARE(checked, 5);
    }

    // F3: "All Salesforce Leads" mirrors the leads, with their titles.
    {
        const RunOutcome o = runAndCheck(DemoFlows::listSyncId());
        QVERIFY2(o.succeeded(), qPrintable(o.message));
        QVERIFY(o.summary.counts.created > 100);
        const auto lists = actOnLists();
        QVERIFY(lists.contains(u"All Salesforce Leads"_s));
        const auto rows
            = actOnRows(lists.value(u"All Salesforce Leads"_s).value(u"id"_s).toString());
        const QJsonArray leads = control(u"salesforce"_s, u"/_sandbox/records/Lead?limit=10000"_s)
                                     .toObject()
                                     .value(u"records"_s)
                                     .toArray();
        int withEmail = 0;
        int titled = 0;
        for (const QJsonValue &v : leads) {
            const QJsonObject lead = v.toObject();
            const QString email = lead.value(u"Email"_s).toString().trimmed().toLower();
            if (email.isEmpty() || lead.value(u"IsDeleted"_s).toBool())
                continue;
            ++withEmail;
            if (!rows.contains(email) || lead.value(u"Title"_s).toString().isEmpty() || titled >= 5)
                continue;
            QCOMPARE(rows.value(email).value(u"Job Title"_s).toString(),
                lead.value(u"Title"_s).toString());
            ++titled;
        }
        QCOMPARE(titled, 5);
        // Every lead is on the list but for the deliberately dirty rows (duplicated e-mails).
        QVERIFY2(rows.size() >= withEmail - 10,
            qPrintable(u"%1 rows for %2 leads"_s.arg(rows.size()).arg(withEmail)));
    }

    // F4: Pipeliner leads "First Last (List name)" owned by the demo owner.
    {
        const Flow f4 = flows.value(DemoFlows::leadHandoffId());
        const QString owner = f4.settings.value(u"ownerId"_s).toString();
        QSet<QString> seeded; // leads the sandbox starts with
        for (const QJsonValue &v : control(u"pipeliner"_s, u"/_sandbox/records/Leads"_s)
                                       .toObject()
                                       .value(u"records"_s)
                                       .toArray())
            seeded.insert(v.toObject().value(u"id"_s).toString());
        const RunOutcome o = runAndCheck(DemoFlows::leadHandoffId());
        QVERIFY2(o.succeeded(), qPrintable(o.message));
        QVERIFY(o.summary.counts.created > 0);
        const QJsonArray leads = control(u"pipeliner"_s, u"/_sandbox/records/Leads"_s)
                                     .toObject()
                                     .value(u"records"_s)
                                     .toArray();
        int handedOff = 0;
        for (const QJsonValue &v : leads) {
            const QJsonObject lead = v.toObject();
            if (seeded.contains(lead.value(u"id"_s).toString()))
                continue;
            ++handedOff;
            QCOMPARE(lead.value(u"owner_id"_s).toString(), owner);
            QVERIFY(lead.value(u"name"_s).toString().endsWith(
                u" ("_s + lead.value(u"cf_acton_list_name"_s).toString() + u')'));
            QVERIFY(lead.value(u"cf_acton_score"_s).toDouble() >= 75);
        }
        QVERIFY(handedOff > 0);
        QVERIFY(handedOff <= o.summary.counts.created);
    }

    // Each flow ran once, recorded in the journal as succeeded with records created.
    for (const Flow &flow : flows) {
        const auto runs = RunRepository(m_journal).list(flow.id);
        QVERIFY2(runs, qPrintable(runs.errorString()));
        QCOMPARE(runs->size(), 1);
        const RunSummary &run = runs->constFirst();
        QVERIFY2(run.status == RunStatus::Succeeded || run.status == RunStatus::SucceededWithErrors,
            qPrintable(flow.name));
        QVERIFY(run.counts.created > 0);
    }
}

QTEST_MAIN(TestDemoFlows)
#include "tst_demoflows.moc"
