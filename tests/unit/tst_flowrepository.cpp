#include "core/model/Account.h"
#include "core/model/Flow.h"
#include "core/model/Schedule.h"
#include "core/model/ScheduleRules.h"
#include "core/store/AccountRepository.h"
#include "core/store/FlowRepository.h"
#include "core/store/Journal.h"
#include "core/store/RunRepository.h"
#include "core/store/ScheduleRepository.h"
#include "tests/support/TestEnv.h"

#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace LeadBridge;

/// Flow management in the journal: edit, rename, pause, duplicate, delete (history stays),
/// moving flows to another account, unique names; and the schedule rules that go with them.
class TestFlowRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void namesAreUniqueAndTrimmed();
    void updateKeepsStateUnlessAccountsChange();
    void pauseResumeAndAttention();
    void duplicateCopiesSetupNotState();
    void deleteKeepsHistoryAndFreesTheAccount();
    void moveAccountOnlyWithinOneSystem();
    void scheduleRulesPerKind();
    void salesforceMinimumIsFourHours();

private:
    qint64 addAccount(AccountKind kind, const QString &name);
    qint64 addFlow(FlowKind kind, const QString &name, qint64 source, qint64 target);
    qint64 count(const QString &sql, qint64 flowId);
    void addSyncState(qint64 flowId);

    std::unique_ptr<Test::ScopedDataDir> m_dataDir;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<FlowRepository> m_flows;
    qint64 m_sf = 0;
    qint64 m_sf2 = 0;
    qint64 m_ao = 0;
    qint64 m_pl = 0;
};

void TestFlowRepository::init()
{
    m_dataDir = std::make_unique<Test::ScopedDataDir>();
    m_journal = std::make_unique<Journal>();
    QVERIFY(m_journal->open());
    m_flows = std::make_unique<FlowRepository>(*m_journal);
    m_sf = addAccount(AccountKind::Salesforce, QStringLiteral("Salesforce EU"));
    m_sf2 = addAccount(AccountKind::Salesforce, QStringLiteral("Salesforce US"));
    m_ao = addAccount(AccountKind::ActOn, QStringLiteral("Act-On"));
    m_pl = addAccount(AccountKind::Pipeliner, QStringLiteral("Pipeliner"));
}

void TestFlowRepository::cleanup()
{
    m_flows.reset();
    m_journal.reset();
    m_dataDir.reset();
}

qint64 TestFlowRepository::addAccount(AccountKind kind, const QString &name)
{
    AccountRepository accounts(*m_journal);
    Account a;
    a.kind = kind;
    a.name = name;
    const auto added = accounts.add(a);
    return added ? added->id : 0;
}

qint64 TestFlowRepository::addFlow(FlowKind kind, const QString &name, qint64 source, qint64 target)
{
    Flow f;
    f.kind = kind;
    f.name = name;
    f.sourceAccountId = source;
    f.targetAccountId = target;
    f.settings = { { QStringLiteral("conflictRule"), QStringLiteral("crm_wins") } };
    const auto added = m_flows->add(f);
    return added ? added->id : 0;
}

qint64 TestFlowRepository::count(const QString &sql, qint64 flowId)
{
    QSqlQuery q(m_journal->database());
    q.prepare(sql);
    q.addBindValue(flowId);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void TestFlowRepository::addSyncState(qint64 flowId)
{
    QSqlQuery q(m_journal->database());
    QVERIFY(q.exec(QStringLiteral(
        "INSERT INTO record_links (flow_id, email_key, salesforce_id, acton_id, updated_at) "
        "VALUES (%1, 'ann@example.com', '00Q1', 'a1', '2026-01-01T00:00:00.000Z')")
                       .arg(flowId)));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO sync_cursors (flow_id, system, object, cursor, "
                                  "updated_at) VALUES (%1, 'salesforce', 'Lead', "
                                  "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00.000Z')")
                       .arg(flowId)));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO field_maps (flow_id, document, version, updated_at) "
                                  "VALUES (%1, '{\"fields\":[]}', 1, '2026-01-01T00:00:00.000Z')")
                       .arg(flowId)));
}

void TestFlowRepository::namesAreUniqueAndTrimmed()
{
    QVERIFY(addFlow(FlowKind::CrmContactSync, QStringLiteral("  Contacts "), m_sf, m_ao) > 0);
    Flow dup;
    dup.kind = FlowKind::ListSync;
    dup.name = QStringLiteral("contacts");
    dup.sourceAccountId = m_sf;
    dup.targetAccountId = m_ao;
    const auto refused = m_flows->add(dup);
    QVERIFY(!refused);
    QCOMPARE(refused.errorString(),
        QStringLiteral("Another flow is already called “contacts”. Choose a different name."));
    dup.name = QStringLiteral("   ");
    QCOMPARE(m_flows->add(dup).errorString(), QStringLiteral("Give the flow a name."));
    dup.name = QString(201, QLatin1Char('x'));
    QCOMPARE(m_flows->add(dup).errorString(),
        QStringLiteral("Choose a shorter name: at most 200 characters."));
    QCOMPARE(m_flows->uniqueName(QStringLiteral("Contacts")), QStringLiteral("Contacts (2)"));
    QCOMPARE(m_flows->uniqueName(QStringLiteral("Leads")), QStringLiteral("Leads"));
    QCOMPARE(m_flows->list()->size(), 1);
    // A name holding %1 is text, not a placeholder (issue 11, defect 13).
    const qint64 percent = addFlow(FlowKind::ListSync, QStringLiteral("Sales %1 %2"), m_sf, m_ao);
    QVERIFY(percent > 0);
    QCOMPARE(m_flows->uniqueName(QStringLiteral("Sales %1 %2")), QStringLiteral("Sales %1 %2 (2)"));
    QVERIFY(m_flows->remove(percent));
}

void TestFlowRepository::updateKeepsStateUnlessAccountsChange()
{
    const qint64 id = addFlow(FlowKind::CrmContactSync, QStringLiteral("Contacts"), m_sf, m_ao);
    const qint64 other = addFlow(FlowKind::ListSync, QStringLiteral("Leads list"), m_sf, m_ao);
    addSyncState(id);
    QSqlQuery(m_journal->database())
        .exec(QStringLiteral("UPDATE flows SET needs_full_sync = 0 WHERE id = %1").arg(id));

    // New settings and a new name: links and cursors stay, no full sync needed.
    Flow f = m_flows->get(id).value();
    QVERIFY(!f.needsFullSync);
    f.settings.insert(QStringLiteral("conflictRule"), QStringLiteral("acton_wins"));
    f.name = QStringLiteral("Contacts EU");
    QVERIFY(m_flows->update(f));
    f = m_flows->get(id).value();
    QCOMPARE(f.name, QStringLiteral("Contacts EU"));
    QCOMPARE(f.settings.value(QStringLiteral("conflictRule")).toString(),
        QStringLiteral("acton_wins"));
    QVERIFY(!f.needsFullSync);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM record_links WHERE flow_id = ?"), id), 1);

    // Renaming onto another flow's name is refused and changes nothing.
    const Status clash = m_flows->rename(id, QStringLiteral("LEADS LIST"));
    QCOMPARE(clash.errorString(),
        QStringLiteral("Another flow is already called “LEADS LIST”. Choose a different name."));
    QCOMPARE(m_flows->get(id)->name, QStringLiteral("Contacts EU"));
    QVERIFY(m_flows->rename(id, QStringLiteral(" Contacts ")));
    QCOMPARE(m_flows->get(id)->name, QStringLiteral("Contacts"));
    QVERIFY(m_flows->rename(other, QStringLiteral("Leads list"))); // its own name is fine

    // Another CRM account: the remembered ids belong to the old one.
    f = m_flows->get(id).value();
    f.sourceAccountId = m_sf2;
    QVERIFY(m_flows->update(f));
    f = m_flows->get(id).value();
    QCOMPARE(f.sourceAccountId, m_sf2);
    QVERIFY(f.needsFullSync);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM record_links WHERE flow_id = ?"), id), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sync_cursors WHERE flow_id = ?"), id), 0);
    // The field map belongs to the flow, not the account.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM field_maps WHERE flow_id = ?"), id), 1);

    // Secrets never reach the journal through flow settings.
    f.settings.insert(QStringLiteral("apiSecret"), QStringLiteral("x"));
    QVERIFY(!m_flows->update(f));
    QVERIFY(!m_flows->get(id)->settings.contains(QStringLiteral("apiSecret")));
    Flow gone = f;
    gone.id = 999;
    QCOMPARE(m_flows->update(gone).errorString(), QStringLiteral("The flow no longer exists."));
}

void TestFlowRepository::pauseResumeAndAttention()
{
    const qint64 id = addFlow(FlowKind::CrmContactSync, QStringLiteral("Contacts"), m_sf, m_ao);
    QVERIFY(m_flows->get(id)->enabled);
    QVERIFY(m_flows->setEnabled(id, false));
    QVERIFY(!m_flows->get(id)->enabled);
    QVERIFY(m_flows->setEnabled(id, true));
    QVERIFY(m_flows->get(id)->enabled);
    QCOMPARE(m_flows->setEnabled(4242, false).errorString(),
        QStringLiteral("The flow no longer exists."));

    const QString why = QStringLiteral("The last 3 scheduled runs failed.");
    QVERIFY(m_flows->setAttention(id, why));
    QCOMPARE(m_flows->get(id)->attention, why);
    QCOMPARE(m_flows->list()->first().attention, why);
    QVERIFY(m_flows->setAttention(id, QString()));
    QVERIFY(m_flows->get(id)->attention.isEmpty());
}

void TestFlowRepository::duplicateCopiesSetupNotState()
{
    const qint64 id = addFlow(FlowKind::CrmContactSync, QStringLiteral("Contacts"), m_sf, m_ao);
    addSyncState(id);
    ScheduleRepository schedules(*m_journal);
    Schedule s = ScheduleRules::defaultFor(FlowKind::CrmContactSync, id);
    QVERIFY(schedules.set(s));

    const auto copy = m_flows->duplicate(id, m_flows->uniqueName(QStringLiteral("Contacts")));
    QVERIFY2(copy, qPrintable(copy.errorString()));
    QCOMPARE(copy->name, QStringLiteral("Contacts (2)"));
    QVERIFY(copy->id != id);
    QVERIFY(!copy->enabled); // starts paused: two flows writing the same records by surprise
    QVERIFY(copy->needsFullSync);
    QCOMPARE(copy->settings, m_flows->get(id)->settings);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM field_maps WHERE flow_id = ?"), copy->id),
        1);
    QCOMPARE(schedules.get(copy->id)->intervalMinutes, 4 * 60);
    QCOMPARE(
        count(QStringLiteral("SELECT COUNT(*) FROM record_links WHERE flow_id = ?"), copy->id), 0);
    QCOMPARE(
        count(QStringLiteral("SELECT COUNT(*) FROM sync_cursors WHERE flow_id = ?"), copy->id), 0);
    QCOMPARE(m_flows->duplicate(id, QStringLiteral("contacts")).errorString(),
        QStringLiteral("Another flow is already called “contacts”. Choose a different name."));
    QCOMPARE(m_flows->list()->size(), 2);
}

void TestFlowRepository::deleteKeepsHistoryAndFreesTheAccount()
{
    const qint64 id = addFlow(FlowKind::LeadHandoff, QStringLiteral("Hot leads"), m_ao, m_pl);
    addSyncState(id);
    ScheduleRepository schedules(*m_journal);
    QVERIFY(schedules.set(ScheduleRules::defaultFor(FlowKind::LeadHandoff, id)));
    RunRepository runs(*m_journal);
    const auto run = runs.startRun(id, RunTrigger::Manual, RunMode::Full);
    QVERIFY2(run, qPrintable(run.errorString()));

    AccountRepository accounts(*m_journal);
    QVERIFY(!accounts.remove(m_pl)); // still used

    QVERIFY(m_flows->remove(id));
    QCOMPARE(m_flows->get(id).errorString(), QStringLiteral("The flow no longer exists."));
    QVERIFY(m_flows->list()->isEmpty());
    QVERIFY(m_flows->usingAccount(m_pl)->isEmpty());
    for (const char *table : { "record_links", "sync_cursors", "field_maps", "schedules" })
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE flow_id = ?")
                           .arg(QLatin1StringView(table)),
                     id),
            0);
    // The history stays, under the flow's name.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM runs WHERE flow_id = ?"), id), 1);
    QSqlQuery q(m_journal->database());
    QVERIFY(q.exec(QStringLiteral("SELECT name, deleted_at FROM flows WHERE id = %1").arg(id)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("Hot leads"));
    QVERIFY(!q.value(1).isNull());
    // The name is free again and the account can be unlinked.
    QVERIFY(addFlow(FlowKind::LeadHandoff, QStringLiteral("Hot leads"), m_ao, m_pl) > 0);
    QCOMPARE(m_flows->remove(id).errorString(), QStringLiteral("The flow no longer exists."));
    const qint64 again = m_flows->list()->first().id;
    QVERIFY(m_flows->remove(again));
    QVERIFY(accounts.remove(m_pl));
}

void TestFlowRepository::moveAccountOnlyWithinOneSystem()
{
    const qint64 a = addFlow(FlowKind::CrmContactSync, QStringLiteral("Contacts"), m_sf, m_ao);
    const qint64 b = addFlow(FlowKind::ListSync, QStringLiteral("Leads list"), m_sf, m_ao);
    const qint64 c = addFlow(FlowKind::LeadHandoff, QStringLiteral("Hot leads"), m_ao, m_pl);
    addSyncState(a);
    QSqlQuery(m_journal->database())
        .exec(QStringLiteral("UPDATE flows SET needs_full_sync = 0"));

    QCOMPARE(m_flows->usingAccount(m_sf)->size(), 2);
    QCOMPARE(m_flows->moveAccount(m_sf, m_pl).errorString(),
        QStringLiteral("Flows can only move to another account of the same system."));
    QCOMPARE(m_flows->moveAccount(m_sf, m_sf).errorString(),
        QStringLiteral("Choose a different account to move the flows to."));
    QCOMPARE(m_flows->moveAccount(m_sf, 4242).errorString(),
        QStringLiteral("That account no longer exists."));

    const auto moved = m_flows->moveAccount(m_sf, m_sf2);
    QVERIFY2(moved, qPrintable(moved.errorString()));
    QCOMPARE(moved.value(), 2);
    QCOMPARE(m_flows->get(a)->sourceAccountId, m_sf2);
    QCOMPARE(m_flows->get(b)->sourceAccountId, m_sf2);
    QCOMPARE(m_flows->get(a)->targetAccountId, m_ao);
    QVERIFY(m_flows->get(a)->needsFullSync);
    QVERIFY(!m_flows->get(c)->needsFullSync); // untouched
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM record_links WHERE flow_id = ?"), a), 0);
    QVERIFY(m_flows->usingAccount(m_sf)->isEmpty());
    AccountRepository accounts(*m_journal);
    QVERIFY(accounts.remove(m_sf));
}

void TestFlowRepository::scheduleRulesPerKind()
{
    const Schedule f1 = ScheduleRules::defaultFor(FlowKind::WebinarImport, 7);
    QCOMPARE(f1.flowId, 7);
    QCOMPARE(f1.kind, Schedule::Kind::Interval);
    QCOMPARE(f1.intervalMinutes, 6 * 60); // ON24's own cadence
    QCOMPARE(ScheduleRules::defaultFor(FlowKind::CrmContactSync).intervalMinutes, 4 * 60);
    const Schedule f3 = ScheduleRules::defaultFor(FlowKind::ListSync);
    QCOMPARE(f3.kind, Schedule::Kind::Daily);
    QCOMPARE(f3.dailyTime, QTime(2, 0));
    const Schedule f4 = ScheduleRules::defaultFor(FlowKind::LeadHandoff);
    QCOMPARE(f4.kind, Schedule::Kind::Daily);
    QCOMPARE(f4.dailyTime, QTime(8, 0));
    QCOMPARE(ScheduleRules::describe(f1), QStringLiteral("Every 6 hours"));
    Schedule odd = f1;
    odd.intervalMinutes = 90;
    QCOMPARE(ScheduleRules::describe(odd), QStringLiteral("Every 90 minutes"));
    QVERIFY(ScheduleRules::describe(f4).startsWith(QStringLiteral("Daily at ")));
}

void TestFlowRepository::salesforceMinimumIsFourHours()
{
    AccountRepository accountRepo(*m_journal);
    const QList<Account> accounts = accountRepo.list().value();
    Flow sfFlow = m_flows->get(addFlow(FlowKind::ListSync, QStringLiteral("L"), m_sf, m_ao)).value();
    Flow plFlow
        = m_flows->get(addFlow(FlowKind::LeadHandoff, QStringLiteral("H"), m_ao, m_pl)).value();
    QCOMPARE(ScheduleRules::minimumIntervalMinutes(sfFlow, accounts), 240);
    QCOMPARE(ScheduleRules::minimumIntervalMinutes(plFlow, accounts), 60);

    Schedule s;
    s.kind = Schedule::Kind::Interval;
    s.intervalMinutes = 3 * 60;
    QCOMPARE(ScheduleRules::problem(s, sfFlow, accounts),
        QStringLiteral("Salesforce allows a sync at most every 4 hours. Choose 4 hours or more, "
                       "or a daily time."));
    QVERIFY(ScheduleRules::problem(s, plFlow, accounts).isEmpty());
    s.intervalMinutes = 4 * 60;
    QVERIFY(ScheduleRules::problem(s, sfFlow, accounts).isEmpty());
    s.intervalMinutes = 30;
    QCOMPARE(ScheduleRules::problem(s, plFlow, accounts),
        QStringLiteral("Choose an interval of at least 1 hour."));
    s.intervalMinutes = 8 * 24 * 60;
    QCOMPARE(ScheduleRules::problem(s, plFlow, accounts),
        QStringLiteral("Choose an interval of at most 7 days (168 hours), or a daily time."));
    Schedule daily;
    daily.kind = Schedule::Kind::Daily;
    QCOMPARE(ScheduleRules::problem(daily, sfFlow, accounts),
        QStringLiteral("Choose the time of day the flow runs."));
    daily.dailyTime = QTime(6, 30);
    QVERIFY(ScheduleRules::problem(daily, sfFlow, accounts).isEmpty());
}

QTEST_GUILESS_MAIN(TestFlowRepository)
#include "tst_flowrepository.moc"
