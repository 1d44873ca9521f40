// LinkRepository: snapshots and links round trip through the journal, upserts keep known ids,
// batched loads by email / CRM id / Act-On id, removal, cursors, rollback with the caller's
// transaction, and a 100,000-snapshot write+read figure.
#include "core/store/Journal.h"
#include "core/store/LinkRepository.h"
#include "core/store/Transaction.h"
#include "tests/support/ScratchJournal.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>

#include <cstdio>

using namespace LeadBridge;
using namespace Qt::Literals::StringLiterals;

namespace {

LinkSnapshot make(int i)
{
    LinkSnapshot s;
    s.emailKey = u"p%1@example.com"_s.arg(i);
    s.crmId = u"003%1"_s.arg(i, 12, 10, QChar(u'0'));
    s.crmType = i % 2 ? LinkSnapshot::CrmType::Lead : LinkSnapshot::CrmType::Contact;
    s.marketingId = u"l-1:%1"_s.arg(i);
    for (int f = 0; f < 15; ++f)
        s.setHash(LinkSnapshot::fieldKey(u"Field %1"_s.arg(f)),
            LinkSnapshot::valueHash(u"value %1/%2"_s.arg(i).arg(f)));
    return s;
}

} // namespace

class TestLinkRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void packRoundTrip();
    void upsertAndLoad();
    void upsertKeepsKnownIds();
    void pipelinerTypeInSnapshot();
    void removeAndCount();
    void rollbackWithCallerTransaction();
    void cursors();
    void forEachStreams();
    void throughput();

private:
    std::unique_ptr<Test::ScratchJournal> m_scratch;
    Journal *m_journal = nullptr;
    qint64 m_flowId = 0;
};

void TestLinkRepository::init()
{
    m_scratch = std::make_unique<Test::ScratchJournal>();
    QVERIFY(m_scratch->ok());
    m_journal = &m_scratch->journal();
    m_flowId = m_scratch->flowId();
}

void TestLinkRepository::cleanup()
{
    m_journal = nullptr;
    m_scratch.reset();
}

void TestLinkRepository::packRoundTrip()
{
    const LinkSnapshot s = make(7);
    const QByteArray packed = s.packFields();
    QCOMPARE(packed.size(), 2 + 12 * 15);
    LinkSnapshot back;
    QVERIFY(back.unpackFields(packed));
    QCOMPARE(back.fields, s.fields);
    QCOMPARE(back.crmType, s.crmType);
    // Damaged or foreign bytes are refused and change nothing.
    LinkSnapshot untouched = back;
    QVERIFY(!untouched.unpackFields(QByteArray("\x09\x01", 2)));
    QVERIFY(!untouched.unpackFields(packed.left(packed.size() - 1)));
    QCOMPARE(untouched, back);
    // Fingerprints are stable numbers (stored on disk), not Qt's seeded qHash.
    QCOMPARE(LinkSnapshot::valueHash(u""_s), Q_UINT64_C(14695981039346656037));
    QCOMPARE(LinkSnapshot::fieldKey(u" First Name "_s), LinkSnapshot::fieldKey(u"first name"_s));
    QVERIFY(LinkSnapshot::valueHash(u"a"_s) != LinkSnapshot::valueHash(u"A"_s));
}

void TestLinkRepository::upsertAndLoad()
{
    LinkRepository repo(*m_journal, m_flowId, CrmKind::Salesforce);
    QList<LinkSnapshot> all;
    for (int i = 0; i < 1200; ++i) // more than two IN batches
        all.append(make(i));
    QVERIFY(repo.upsert(all).ok());

    QStringList emails, crmIds, mktIds;
    for (int i = 0; i < 1200; i += 2) {
        emails << all.at(i).emailKey;
        crmIds << all.at(i).crmId;
        mktIds << all.at(i).marketingId;
    }
    emails << u"nobody@example.com"_s;
    const auto byEmail = repo.loadByEmail(emails);
    QVERIFY(byEmail.ok());
    QCOMPARE(byEmail->size(), 600);
    for (const LinkSnapshot &s : *byEmail) {
        const int i = s.emailKey.mid(1, s.emailKey.indexOf(u'@') - 1).toInt();
        QCOMPARE(s, all.at(i));
    }
    QCOMPARE(repo.loadByCrmId(crmIds)->size(), 600);
    QCOMPARE(repo.loadByMarketingId(mktIds)->size(), 600);
    QVERIFY(repo.loadByEmail({})->isEmpty());

    // Columns hold what the schema says: Salesforce id and type, Act-On id.
    QSqlQuery q(m_journal->database());
    QVERIFY(
        q.exec(u"SELECT salesforce_id, salesforce_type, acton_id, pipeliner_id, length(snapshot) "
               "FROM record_links WHERE email_key = 'p1@example.com'"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), all.at(1).crmId);
    QCOMPARE(q.value(1).toString(), u"lead"_s);
    QCOMPARE(q.value(2).toString(), u"l-1:1"_s);
    QVERIFY(q.value(3).isNull());
    QCOMPARE(q.value(4).toInt(), 182);
}

void TestLinkRepository::upsertKeepsKnownIds()
{
    LinkRepository repo(*m_journal, m_flowId, CrmKind::Salesforce);
    LinkSnapshot s = make(1);
    QVERIFY(repo.upsert({ s }).ok());
    // A later snapshot without ids (e.g. from a create whose id is not known) keeps them.
    LinkSnapshot later = s;
    later.crmId.clear();
    later.marketingId.clear();
    later.fields = { { 1, 2 } };
    QVERIFY(repo.upsert({ later }).ok());
    const auto back = repo.loadByEmail({ s.emailKey });
    QCOMPARE(back->size(), 1);
    QCOMPARE(back->first().crmId, s.crmId);
    QCOMPARE(back->first().marketingId, s.marketingId);
    QCOMPARE(back->first().fields, later.fields);
    QCOMPARE(*repo.count(), 1);
    // A snapshot without a key is refused with a sentence.
    const Status bad = repo.upsert({ LinkSnapshot() });
    QVERIFY(!bad.ok());
    QVERIFY(bad.errorString().endsWith(u"Details are in the log."_s));
}

void TestLinkRepository::pipelinerTypeInSnapshot()
{
    LinkRepository repo(*m_journal, m_flowId, CrmKind::Pipeliner);
    LinkSnapshot s = make(3);
    s.crmType = LinkSnapshot::CrmType::Lead;
    QVERIFY(repo.upsert({ s }).ok());
    QSqlQuery q(m_journal->database());
    QVERIFY(q.exec(u"SELECT pipeliner_id, salesforce_id, salesforce_type FROM record_links"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), s.crmId);
    QVERIFY(q.value(1).isNull());
    QVERIFY(q.value(2).isNull());
    const auto back = repo.loadByCrmId({ s.crmId });
    QCOMPARE(back->size(), 1);
    QCOMPARE(back->first().crmType, LinkSnapshot::CrmType::Lead);
}

void TestLinkRepository::removeAndCount()
{
    LinkRepository repo(*m_journal, m_flowId, CrmKind::Salesforce);
    QVERIFY(repo.upsert({ make(1), make(2), make(3) }).ok());
    QVERIFY(repo.remove({ make(2).emailKey, u"absent@x.com"_s }).ok());
    QCOMPARE(*repo.count(), 2);
    QVERIFY(repo.loadByEmail({ make(2).emailKey })->isEmpty());
    // Another flow's links are separate.
    LinkRepository other(*m_journal, m_flowId + 1000, CrmKind::Salesforce);
    QCOMPARE(*other.count(), 0);
    QVERIFY(!other.upsert({ make(1) }).ok()); // no such flow: foreign key refuses
}

void TestLinkRepository::rollbackWithCallerTransaction()
{
    LinkRepository repo(*m_journal, m_flowId, CrmKind::Salesforce);
    {
        Transaction t(m_journal->database());
        QVERIFY(t.isActive());
        QVERIFY(repo.upsert({ make(1), make(2) }).ok());
        QVERIFY(repo.setCursor(u"salesforce"_s, u"Contact"_s, u"2024-01-01T00:00:00Z"_s).ok());
        // No commit: a run killed here leaves nothing half-written.
    }
    QCOMPARE(*repo.count(), 0);
    QCOMPARE(*repo.cursor(u"salesforce"_s, u"Contact"_s), QString());
}

void TestLinkRepository::cursors()
{
    LinkRepository repo(*m_journal, m_flowId, CrmKind::Salesforce);
    QCOMPARE(*repo.cursor(u"salesforce"_s, u"Lead"_s), QString());
    QVERIFY(repo.setCursor(u"salesforce"_s, u"Lead"_s, u"A"_s).ok());
    QVERIFY(repo.setCursor(u"salesforce"_s, u"Lead"_s, u"B"_s).ok());
    QVERIFY(repo.setCursor(u"acton"_s, u"l-1"_s, u"C"_s).ok());
    QCOMPARE(*repo.cursor(u"salesforce"_s, u"Lead"_s), u"B"_s);
    QCOMPARE(*repo.cursor(u"acton"_s, u"l-1"_s), u"C"_s);
    QVERIFY(repo.clearCursors().ok());
    QCOMPARE(*repo.cursor(u"acton"_s, u"l-1"_s), QString());
    LinkRepository ghost(*m_journal, 999999, CrmKind::Salesforce);
    const Status bad = ghost.setCursor(u"acton"_s, u"l-1"_s, u"X"_s);
    QVERIFY(!bad.ok());
    QVERIFY(bad.errorString().contains(u"Check that the flow still exists"_s));
}

void TestLinkRepository::forEachStreams()
{
    LinkRepository repo(*m_journal, m_flowId, CrmKind::Salesforce);
    QList<LinkSnapshot> all;
    for (int i = 0; i < 250; ++i)
        all.append(make(i));
    QVERIFY(repo.upsert(all).ok());
    QList<int> sizes;
    int seen = 0;
    QVERIFY(repo.forEach(
                    [&](QList<LinkSnapshot> &&batch) {
                        sizes << int(batch.size());
                        for (const LinkSnapshot &s : batch)
                            seen += s == all.at(seen) ? 1 : 1000;
                        return true;
                    },
                    100)
                .ok());
    QCOMPARE(sizes, QList<int>({ 100, 100, 50 }));
    QCOMPARE(seen, 250);
    int calls = 0;
    QVERIFY(repo.forEach([&](QList<LinkSnapshot> &&) { return ++calls < 2; }, 100).ok());
    QCOMPARE(calls, 2); // stopped early
}

void TestLinkRepository::throughput()
{
    const int n = 100000;
    LinkRepository repo(*m_journal, m_flowId, CrmKind::Salesforce);
    QList<LinkSnapshot> all;
    all.reserve(n);
    for (int i = 0; i < n; ++i)
        all.append(make(i));
    QElapsedTimer timer;
    timer.start();
    for (int start = 0; start < n; start += 10000) {
        Transaction t(m_journal->database());
        QVERIFY(repo.upsert(all.mid(start, 10000)).ok());
        QVERIFY(t.commit());
    }
    const qint64 writeMs = qMax<qint64>(1, timer.restart());
    QStringList keys;
    keys.reserve(n);
    for (const LinkSnapshot &s : all)
        keys << s.emailKey;
    const auto back = repo.loadByEmail(keys);
    const qint64 readMs = qMax<qint64>(1, timer.elapsed());
    QVERIFY(back.ok());
    QCOMPARE(back->size(), n);
    std::printf("LinkRepository: %d snapshots (15 fields) written in %lld ms = %lld rows/s; "
                "read by email in %lld ms = %lld rows/s\n",
        n, writeMs, n * 1000LL / writeMs, readMs, n * 1000LL / readMs);
    std::fflush(stdout);
}

QTEST_GUILESS_MAIN(TestLinkRepository)
#include "tst_linkrepository.moc"
