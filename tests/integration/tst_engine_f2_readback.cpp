// F2: a full run reads its own Act-On writes back once at its end, so that the next
// incremental run does not read (and plan) them again; a row somebody else changed meanwhile
// is still read by the next run. SyncEngine + CrmContactSyncRunner against the Act-On and
// Salesforce emulators; rows counted as the Act-On connector hands them to the runner.
#include "core/connectors/acton/ActOnConnector.h"
#include "core/engine/SyncEngine.h"
#include "core/sandbox/DemoDataset.h"
#include "tests/support/EngineFixture.h"
#include "tests/support/SyncRows.h"

#include <QTest>

using namespace LeadBridge;
using namespace Qt::StringLiterals;
using LeadBridge::Test::SyncRows;

namespace {

/// What the Act-On connectors of the runs read: one entry per fetch (list read).
struct ActOnReads
{
    QList<qint64> rows; ///< rows handed on, per fetch
    /// Runs before fetch number hookAt (1-based, counted in rows) when set.
    int hookAt = 0;
    std::function<void()> beforeFetch;

    void reset()
    {
        rows.clear();
        hookAt = 0;
        beforeFetch = nullptr;
    }
};

/// Act-On as it is, counting the rows of every list read.
class CountingActOn : public ActOnConnector
{
public:
    CountingActOn(const ConnectorConfig &config, QNetworkAccessManager *nam,
        std::shared_ptr<ActOnReads> reads)
        : ActOnConnector(config, nam)
        , m_reads(std::move(reads))
    { }
    void fetch(const FetchRequest &request, PageHandler onPage, Done done) override
    {
        m_reads->rows.append(0);
        const qsizetype n = m_reads->rows.size();
        if (n == m_reads->hookAt && m_reads->beforeFetch)
            m_reads->beforeFetch();
        auto reads = m_reads;
        ActOnConnector::fetch(
            request,
            [reads, n, onPage](const FetchPage &page) {
                reads->rows[n - 1] += page.records.size();
                onPage(page);
            },
            std::move(done));
    }

private:
    std::shared_ptr<ActOnReads> m_reads;
};

} // namespace

class TestEngineF2Readback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void nextRunDoesNotReadTheFullRunsWrites();
    void rowChangedDuringTheFullRunIsReadNextTime();
    void previewRecordsOneRowPerPlannedCreate();

private:
    std::unique_ptr<Test::EngineFixture> m_fx;
    std::shared_ptr<ActOnReads> m_reads;
    qint64 m_flow = 0;
};

void TestEngineF2Readback::init()
{
    m_fx = std::make_unique<Test::EngineFixture>(Sandbox::DemoDataset::generate(93, 30));
    QVERIFY(m_fx->ok());
    m_reads = std::make_shared<ActOnReads>();
    m_fx->engine().setConnectorFactory([reads = m_reads](const ConnectorConfig &config,
                                           QNetworkAccessManager *nam) -> Connector * {
        if (config.account.kind == AccountKind::ActOn)
            return new CountingActOn(config, nam, reads);
        return nullptr;
    });
    m_flow = m_fx->addF2Flow();
    QVERIFY(m_flow > 0);
}

void TestEngineF2Readback::cleanup()
{
    m_fx.reset();
}

void TestEngineF2Readback::nextRunDoesNotReadTheFullRunsWrites()
{
    // The full run reads the new (empty) list, writes every person, reads its writes back.
    const RunOutcome full = m_fx->run(m_flow);
    QVERIFY2(full.succeeded(), qPrintable(full.message));
    QCOMPARE(full.summary.mode, RunMode::Full);
    const qint64 people = m_fx->listRows().size();
    QVERIFY(people > 10);
    QCOMPARE(full.summary.counts.created, int(people));
    QCOMPARE(m_reads->rows, QList<qint64>({ 0, people }));

    // The next incremental run reads none of them and has nothing to do.
    m_reads->reset();
    const RunOutcome next = m_fx->run(m_flow);
    QVERIFY2(next.succeeded(), qPrintable(next.message));
    QCOMPARE(next.summary.mode, RunMode::Incremental);
    QCOMPARE(m_reads->rows, QList<qint64>({ 0 }));
    QCOMPARE(
        next.summary.counts.created + next.summary.counts.updated + next.summary.counts.conflicts,
        0);

    // A row changed after the run is read by the next one, and only that row.
    const QJsonObject contact = SyncRows::person(m_fx->cleanCrmPeople(), 1, u"Contact"_s);
    const QString email = contact.value(u"Email"_s).toString().trimmed().toLower();
    QVERIFY(m_fx->patchListRow(email, { { u"Business Phone"_s, u"+44 20 7946 0077"_s } }));
    m_reads->reset();
    const RunOutcome after = m_fx->run(m_flow);
    QVERIFY2(after.succeeded(), qPrintable(after.message));
    QCOMPARE(m_reads->rows, QList<qint64>({ 1 }));
    QCOMPARE(m_fx->sfRecords(u"Contact"_s).value(email).value(u"Phone"_s).toString(),
        u"+44 20 7946 0077"_s);
}

void TestEngineF2Readback::rowChangedDuringTheFullRunIsReadNextTime()
{
    const RunOutcome first = m_fx->run(m_flow);
    QVERIFY2(first.succeeded(), qPrintable(first.message));
    const auto people = m_fx->cleanCrmPeople();

    // A second full run that writes three first names; while it runs (after its writes,
    // before it reads them back) somebody changes a phone number in Act-On.
    for (int i = 0; i < 3; ++i) {
        const QJsonObject lead = SyncRows::person(people, i, u"Lead"_s);
        QVERIFY(m_fx->patchSf(u"Lead"_s, lead.value(u"Id"_s).toString(),
            { { u"FirstName"_s, u"Renamed%1"_s.arg(i) } }));
    }
    const QJsonObject contact = SyncRows::person(people, 0, u"Contact"_s);
    const QString email = contact.value(u"Email"_s).toString().trimmed().toLower();
    bool patched = false;
    m_reads->reset();
    m_reads->hookAt = 2; // the read-back
    m_reads->beforeFetch = [this, email, &patched] {
        patched = m_fx->patchListRow(email, { { u"Business Phone"_s, u"+44 20 7946 0042"_s } });
    };
    const RunOutcome full = m_fx->run(m_flow, false, /*full*/ true);
    QVERIFY2(full.succeeded(), qPrintable(full.message));
    QCOMPARE(full.summary.mode, RunMode::Full);
    QVERIFY(patched);
    QCOMPARE(full.summary.counts.updated, 3);
    QCOMPARE(m_reads->rows.size(), 2);
    QVERIFY(m_reads->rows.at(1) >= 4); // the three writes and the changed row (at least)
    // The full run itself did not push the phone (it read the row before the change).
    QVERIFY(m_fx->sfRecords(u"Contact"_s).value(email).value(u"Phone"_s).toString()
        != u"+44 20 7946 0042"_s);

    // The next incremental run reads the changed row and pushes it to Salesforce.
    m_reads->reset();
    const RunOutcome next = m_fx->run(m_flow);
    QVERIFY2(next.succeeded(), qPrintable(next.message));
    QCOMPARE(next.summary.mode, RunMode::Incremental);
    QCOMPARE(m_reads->rows.size(), 1);
    QVERIFY(m_reads->rows.at(0) >= 1);
    QCOMPARE(m_fx->sfRecords(u"Contact"_s).value(email).value(u"Phone"_s).toString(),
        u"+44 20 7946 0042"_s);
    const auto pushed = SyncRows::rowsOf(m_fx->changes(next.summary.id), u"salesforce"_s,
        ChangeOperation::Update, email, u"Phone"_s);
    QCOMPARE(pushed.size(), 1);
    QCOMPARE(pushed.first().newValue, u"+44 20 7946 0042"_s);
}

void TestEngineF2Readback::previewRecordsOneRowPerPlannedCreate()
{
    // A preview of the first sync records what the run would: one row per contact to add.
    const RunOutcome preview = m_fx->run(m_flow, /*preview*/ true);
    QVERIFY2(preview.succeeded(), qPrintable(preview.message));
    QCOMPARE(preview.summary.mode, RunMode::Preview);
    QSet<QString> planned;
    for (const RecordChange &c : m_fx->changes(preview.summary.id)) {
        if (c.operation != ChangeOperation::Create)
            continue;
        QCOMPARE(c.system, u"acton"_s);
        QVERIFY2(c.field.isEmpty(), qPrintable(c.field));
        QCOMPARE(c.reason, u"Would be added to Act-On with the values of the Salesforce record."_s);
        QVERIFY2(!planned.contains(c.recordKey), qPrintable(c.recordKey)); // one row each
        planned.insert(c.recordKey);
    }
    QCOMPARE(preview.summary.counts.created, int(planned.size()));
    const auto people = m_fx->cleanCrmPeople();
    QVERIFY(people.size() > 10);
    for (auto it = people.cbegin(); it != people.cend(); ++it)
        QVERIFY2(planned.contains(it.key()), qPrintable(it.key()));
    QCOMPARE(m_fx->listRows().size(), 0); // nothing written

    // The run then adds exactly those people, with one history row each as well.
    const RunOutcome real = m_fx->run(m_flow);
    QVERIFY2(real.succeeded(), qPrintable(real.message));
    QSet<QString> created;
    for (const RecordChange &c : m_fx->changes(real.summary.id)) {
        if (c.operation == ChangeOperation::Create) {
            QVERIFY(c.field.isEmpty());
            created.insert(c.recordKey);
        }
    }
    QCOMPARE(created, planned);
    QCOMPARE(real.summary.counts.created, preview.summary.counts.created);
}

QTEST_GUILESS_MAIN(TestEngineF2Readback)
#include "tst_engine_f2_readback.moc"
