// FieldMapRepository: a flow's field map in the journal (field_maps), revisions, the full-sync
// mark on flows.needs_full_sync when a save adds a field, unreadable documents and bad flows.
#include "core/mapping/FieldMapJson.h"
#include "core/mapping/StandardFields.h"
#include "core/model/Account.h"
#include "core/model/Flow.h"
#include "core/store/AccountRepository.h"
#include "core/store/FieldMapRepository.h"
#include "core/store/FlowRepository.h"
#include "core/store/Journal.h"
#include "tests/support/MappingFixtures.h"
#include "tests/support/TestEnv.h"

#include <QSqlQuery>
#include <QTest>

using namespace LeadBridge;

class TestFieldMapRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void noMapYet();
    void saveThenLoadRoundTrips();
    void fullSyncMarkedOnlyWhenFieldsAreAdded_data();
    void fullSyncMarkedOnlyWhenFieldsAreAdded();
    void secondJournalConnectionSeesSavedMap();
    void unknownFlowIsRefused();
    void unreadableDocumentFailsWithSentence();
    void mapGoesWithItsFlow();

private:
    bool needsFullSync(qint64 flowId);
    void setNeedsFullSync(qint64 flowId, bool on);
    FieldMap baseMap() const;

    std::unique_ptr<Test::ScopedDataDir> m_dir;
    std::unique_ptr<Journal> m_journal;
    qint64 m_flowId = 0;
};

void TestFieldMapRepository::init()
{
    m_dir = std::make_unique<Test::ScopedDataDir>();
    m_journal = std::make_unique<Journal>();
    QVERIFY(
        m_journal->open(m_dir->path() + QStringLiteral("/journal.sqlite"), QStringLiteral("t")));
    AccountRepository accounts(*m_journal);
    Account sf;
    sf.kind = AccountKind::Salesforce;
    sf.name = QStringLiteral("Sales CRM");
    Account ao;
    ao.kind = AccountKind::ActOn;
    ao.name = QStringLiteral("Marketing");
    const auto a = accounts.add(sf);
    const auto b = accounts.add(ao);
    QVERIFY(a && b);
    Flow flow;
    flow.kind = FlowKind::CrmContactSync;
    flow.name = QStringLiteral("CRM contact sync");
    flow.sourceAccountId = a->id;
    flow.targetAccountId = b->id;
    const auto added = FlowRepository(*m_journal).add(flow);
    QVERIFY2(added, qPrintable(added.errorString()));
    m_flowId = added->id;
}

void TestFieldMapRepository::cleanup()
{
    m_journal.reset();
    m_dir.reset();
}

bool TestFieldMapRepository::needsFullSync(qint64 flowId)
{
    return FlowRepository(*m_journal).get(flowId)->needsFullSync;
}

void TestFieldMapRepository::setNeedsFullSync(qint64 flowId, bool on)
{
    QSqlQuery q(m_journal->database());
    QVERIFY(q.exec(QStringLiteral("UPDATE flows SET needs_full_sync = %1 WHERE id = %2")
                       .arg(on ? 1 : 0)
                       .arg(flowId)));
}

FieldMap TestFieldMapRepository::baseMap() const
{
    return StandardFields::defaultMap(
        CrmKind::Salesforce, Test::salesforceLead(), Test::salesforceContact());
}

void TestFieldMapRepository::noMapYet()
{
    FieldMapRepository repo(*m_journal);
    const auto loaded = repo.load(m_flowId);
    QVERIFY(loaded.ok());
    QVERIFY(!loaded.value().has_value());
}

void TestFieldMapRepository::saveThenLoadRoundTrips()
{
    FieldMapRepository repo(*m_journal);
    FieldMap map = baseMap();
    map.setPolicy(PushPolicy::CrmToMarketingOnly);
    map.addRow(FieldMapRow::make(
        MarketingField::custom(QStringLiteral("Webinar Count"), MarketingFieldType::Number),
        QStringLiteral("Webinar_Count__c"), {}, false));

    const auto first = repo.save(m_flowId, map);
    QVERIFY2(first, qPrintable(first.errorString()));
    QCOMPARE(first->map.revision(), 1);
    const auto loaded = repo.load(m_flowId);
    QVERIFY(loaded.ok() && loaded.value().has_value());
    QCOMPARE(*loaded.value(), first->map);
    QCOMPARE(loaded.value()->policy(), PushPolicy::CrmToMarketingOnly);
    QCOMPARE(
        loaded.value()->row(loaded.value()->indexOf(QStringLiteral("Webinar Count"))).leadField,
        QStringLiteral("Webinar_Count__c"));

    // The stored document is the export format, revision included.
    QSqlQuery q(m_journal->database());
    QVERIFY(q.exec(QStringLiteral("SELECT document, version FROM field_maps WHERE flow_id = %1")
                       .arg(m_flowId)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString().toUtf8(), FieldMapJson::toJson(first->map));
    QCOMPARE(q.value(1).toInt(), FieldMap::kFormatVersion);

    const auto second = repo.save(m_flowId, *loaded.value());
    QVERIFY(second);
    QCOMPARE(second->map.revision(), 2);
    QCOMPARE(repo.load(m_flowId).value()->revision(), 2);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM field_maps")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestFieldMapRepository::fullSyncMarkedOnlyWhenFieldsAreAdded_data()
{
    QTest::addColumn<int>("change");
    QTest::addColumn<bool>("expectMark");
    QTest::addColumn<QStringList>("added");
    QTest::newRow("new row with a source") << 0 << true << QStringList { QStringLiteral("Rating") };
    QTest::newRow("new row without a source") << 1 << false << QStringList();
    QTest::newRow("source changed") << 2 << true << QStringList { QStringLiteral("Job Title") };
    QTest::newRow("source cleared") << 3 << false << QStringList();
    QTest::newRow("allow push toggled") << 4 << false << QStringList();
    QTest::newRow("policy changed") << 5 << false << QStringList();
    QTest::newRow("row removed") << 6 << false << QStringList();
}

void TestFieldMapRepository::fullSyncMarkedOnlyWhenFieldsAreAdded()
{
    QFETCH(int, change);
    QFETCH(bool, expectMark);
    QFETCH(QStringList, added);
    FieldMapRepository repo(*m_journal);
    const auto saved = repo.save(m_flowId, baseMap());
    QVERIFY(saved);
    QVERIFY(saved->fullSyncMarked); // the first save pulls every mapped field
    setNeedsFullSync(m_flowId, false); // as after a full run
    QVERIFY(!needsFullSync(m_flowId));

    FieldMap map = saved->map;
    const int title = map.indexOf(QStringLiteral("Job Title"));
    QVERIFY(title >= 0);
    FieldMapRow row = map.row(title);
    switch (change) {
    case 0:
        map.addRow(FieldMapRow::make(
            MarketingField::custom(QStringLiteral("Rating"), MarketingFieldType::Text),
            QStringLiteral("Rating"), {}));
        break;
    case 1:
        map.addRow(FieldMapRow::make(
            MarketingField::custom(QStringLiteral("Notes"), MarketingFieldType::Text), {}, {}));
        break;
    case 2:
        row.leadField = QStringLiteral("Department__c");
        map.updateRow(title, row);
        break;
    case 3:
        row.leadField.clear();
        map.updateRow(title, row);
        break;
    case 4:
        row.allowPush = !row.allowPush;
        map.updateRow(title, row);
        break;
    case 5:
        map.setPolicy(PushPolicy::CrmToMarketingOnly);
        break;
    case 6:
        map.removeRow(title);
        break;
    }
    const auto result = repo.save(m_flowId, map);
    QVERIFY2(result, qPrintable(result.errorString()));
    QCOMPARE(result->fullSyncMarked, expectMark);
    QCOMPARE(result->addedFields, added);
    QCOMPARE(needsFullSync(m_flowId), expectMark);
}

void TestFieldMapRepository::secondJournalConnectionSeesSavedMap()
{
    FieldMap map = baseMap();
    QVERIFY(FieldMapRepository(*m_journal).save(m_flowId, map));
    Journal other;
    QVERIFY(other.open(m_journal->path(), QStringLiteral("other")));
    const auto loaded = FieldMapRepository(other).load(m_flowId);
    QVERIFY(loaded.ok() && loaded.value());
    QCOMPARE(loaded.value()->rows(), map.rows());
}

void TestFieldMapRepository::unknownFlowIsRefused()
{
    FieldMapRepository repo(*m_journal);
    const auto result = repo.save(m_flowId + 100, baseMap());
    QVERIFY(!result);
    QCOMPARE(result.errorString(),
        QStringLiteral("The flow no longer exists, so its field map cannot be saved."));
    QSqlQuery q(m_journal->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM field_maps")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestFieldMapRepository::unreadableDocumentFailsWithSentence()
{
    QSqlQuery q(m_journal->database());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO field_maps (flow_id, document, updated_at) VALUES "
                                  "(%1, '{\"format\":\"something-else\"}', 'x')")
                       .arg(m_flowId)));
    FieldMapRepository repo(*m_journal);
    const auto loaded = repo.load(m_flowId);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.errorString().startsWith(
                 QStringLiteral("The saved field map of this flow cannot be read")),
        qPrintable(loaded.errorString()));
    // Saving over it repairs it.
    const auto saved = repo.save(m_flowId, baseMap());
    QVERIFY(saved);
    QCOMPARE(saved->map.revision(), 1);
    QVERIFY(repo.load(m_flowId).ok());
}

void TestFieldMapRepository::mapGoesWithItsFlow()
{
    FieldMapRepository repo(*m_journal);
    QVERIFY(repo.save(m_flowId, baseMap()));
    QVERIFY(repo.remove(m_flowId));
    QVERIFY(!repo.load(m_flowId).value().has_value());
    QVERIFY(repo.remove(m_flowId)); // nothing left: still fine
}

QTEST_GUILESS_MAIN(TestFieldMapRepository)
#include "tst_fieldmaprepository.moc"
