#pragma once

#include "core/engine/SyncEngine.h"
#include "core/mapping/FieldMap.h"
#include "core/mapping/StandardFields.h"
#include "core/model/Account.h"
#include "core/model/Flow.h"
#include "core/sandbox/Sandbox.h"
#include "core/sandbox/acton/ActOnEmulator.h"
#include "core/sandbox/pipeliner/PipelinerEmulator.h"
#include "core/sandbox/salesforce/SalesforceEmulator.h"
#include "core/store/AccountRepository.h"
#include "core/store/FieldMapRepository.h"
#include "core/store/FlowRepository.h"
#include "core/store/Journal.h"
#include "core/store/LinkRepository.h"
#include "core/store/RunRepository.h"
#include "core/util/AppPaths.h"
#include "tests/support/RawHttp.h"
#include "tests/support/TestEnv.h"

// What the engine tests use with the fixture, so that one include serves them.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace LeadBridge::Sandbox {
class On24Emulator;
}

namespace LeadBridge::Test {

/// End-to-end fixture for the sync engine and flow runner tests (F2, F3, F4, resume, faults,
/// hostile data, convergence, benchmark): the Act-On, Salesforce and Pipeliner emulators
/// serving in this thread, a private data folder and journal, linked accounts, flows with field
/// maps, and a SyncEngine that can be thrown away and made again (as after a crash). Emulator
/// state is read and changed through the control API (/_sandbox/records), never through
/// LeadBridge's connectors.
class EngineFixture
{
public:
    /// Emulators seeded with @p world (or left empty for seedSynthetic()).
    explicit EngineFixture(const Sandbox::DemoDataset &world, bool seed = true);

    bool ok() const { return m_ok; }
    Journal &journal() { return m_journal; }
    SyncEngine &engine() { return *m_engine; }
    Sandbox::ActOnEmulator &acton() { return m_acton; }
    Sandbox::SalesforceEmulator &salesforce() { return m_sf; }
    Sandbox::PipelinerEmulator &pipeliner() { return m_pl; }
    const QHash<qint64, CredentialBundle> &credentials() const { return m_credentials; }

    /// Throws the engine away (as a killed process would) and makes a new one, which
    /// recovers interrupted runs on open().
    bool restartEngine();

    /// The F2 field map used by the tests (Salesforce): e-mail, names, company (leads),
    /// job title with allow-push OFF, phone, score, opt-out, hard bounce.
    static FieldMap salesforceMap();

    /// Links the emulator @p kind as an account; returns its id (0 on failure).
    qint64 link(AccountKind kind);
    /// Links the ON24 emulator @p on24 (client @p clientId) as account @p name with the demo
    /// token; returns its id (0 on failure).
    qint64 linkOn24(const Sandbox::On24Emulator &on24, qint64 clientId, const QString &name);

    /// Links Salesforce and Act-On and adds an F2 flow "CRM contacts" with @p map.
    qint64 addF2Flow(const FieldMap &map = salesforceMap(), const QVariantMap &settings = {});
    /// Links Pipeliner and Act-On and adds an F2 flow "CRM contacts" with @p map (contacts
    /// only, no leads) into the Act-On list @p listName.
    qint64 addPipelinerF2Flow(const FieldMap &map, const QString &listName);
    /// Adds a flow "Flow under test" of @p kind between two linked accounts; saves @p map
    /// when it has rows.
    qint64 addFlow(FlowKind kind, qint64 source, qint64 target, const QVariantMap &settings,
        const FieldMap &map = FieldMap());
    /// Changes the settings of flow @p flowId in place.
    bool setFlowSettings(qint64 flowId, const QVariantMap &settings);

    /// Queues @p request with the linked accounts' credentials (those in the request win)
    /// and waits for its end (or for the kill hook). Returns the outcome (summary id 0 when
    /// the run was killed or did not end in time).
    RunOutcome runRequest(RunRequest request, int timeoutMs = 120000);
    /// A run as the command line starts it.
    RunOutcome run(qint64 flowId, bool preview = false, bool full = false, int timeoutMs = 120000);
    /// A full run as a person starts it from the app (the flow runner tests).
    RunOutcome runFull(qint64 flowId, bool preview = false);

    /// record_changes of run @p runId.
    QList<RecordChange> changes(qint64 runId);
    RunSummary runRow(qint64 runId);
    QList<RunSummary> runs(qint64 flowId);
    /// Links of flow @p flowId by email key.
    QHash<QString, LinkSnapshot> links(qint64 flowId, CrmKind crm = CrmKind::Salesforce);
    /// Cursors of flow @p flowId: "system/object" → cursor.
    QHash<QString, QString> cursors(qint64 flowId);
    bool needsFullSync(qint64 flowId);

    // --- emulator state through the control API -----------------------------------------

    QJsonObject control(Sandbox::Emulator &emu, const QByteArray &verb, const QString &path,
        const QJsonObject &body = {});
    int lastStatus() const { return m_lastStatus; }

    QString listId(const QString &name = QStringLiteral("CRM contacts"));
    /// Rows of the Act-On list, by lower-cased e-mail; @p count receives the number of rows
    /// (to tell duplicates).
    QHash<QString, QJsonObject> listRows(
        const QString &name = QStringLiteral("CRM contacts"), int *count = nullptr);
    /// Changes one Act-On row (by e-mail) through the control API.
    bool patchListRow(const QString &email, const QJsonObject &fields,
        const QString &name = QStringLiteral("CRM contacts"));
    /// Sets the Score of the row of @p email on Act-On list @p list; false when there is none.
    bool setListScore(const QString &list, const QString &email, int score);

    /// Salesforce records of @p object by lower-cased e-mail (deleted ones left out).
    QHash<QString, QJsonObject> sfRecords(const QString &object);
    /// Salesforce records of @p object, not deleted, in stored order.
    QList<QJsonObject> sfRecordList(const QString &object);
    bool patchSf(const QString &object, const QString &id, const QJsonObject &fields);
    bool deleteSf(const QString &object, const QString &id);

    /// Pipeliner records of @p entity ("Contacts", "Leads") by lower-cased email1, not deleted.
    QHash<QString, QJsonObject> plRecords(const QString &entity, bool uniqueOnly = false);
    /// Pipeliner records of @p entity (Leads, Contacts, Clients ...), not deleted, in stored
    /// order.
    QList<QJsonObject> plRecordList(const QString &entity);
    bool patchPl(const QString &entity, const QString &id, const QJsonObject &fields);

    /// Emails that appear once in Salesforce leads+contacts and are well formed: the people
    /// F2 must create in Act-On.
    QHash<QString, QJsonObject> cleanCrmPeople();

private:
    /// Adds the flow @p name of @p kind between two linked accounts; its id (0 on failure).
    qint64 addFlowRow(FlowKind kind, const QString &name, qint64 source, qint64 target,
        const QVariantMap &settings);
    /// Records of @p path, not deleted (by the flag @p deletedKey), in stored order.
    QList<QJsonObject> liveRecords(
        Sandbox::Emulator &emu, const QString &path, const QString &deletedKey);

    Sandbox::DemoDataset m_world;
    ScopedDataDir m_dir;
    Sandbox::ActOnEmulator m_acton;
    Sandbox::SalesforceEmulator m_sf;
    Sandbox::PipelinerEmulator m_pl;
    QNetworkAccessManager m_nam;
    Journal m_journal;
    std::unique_ptr<SyncEngine> m_engine;
    QHash<qint64, CredentialBundle> m_credentials;
    RawHttp m_http;
    int m_lastStatus = 0;
    bool m_ok = false;
};

} // namespace LeadBridge::Test
