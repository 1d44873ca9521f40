// PersonTimeline: one person's recorded changes across flows and systems, newest first, with
// the current linked ids; an e-mail change followed both ways; record-id keys found through
// the links; previews, other people and unknown addresses left out; the limit; the upgrade
// from schema 3; and on a big journal every look-up answered from an index (with a figure).
#include "core/store/JournalSchema.h"
#include "core/store/Journal.h"
#include "core/store/PersonTimeline.h"
#include "core/store/Transaction.h"
#include "tests/support/TestEnv.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace LeadBridge;
using namespace Qt::Literals::StringLiterals;

namespace {

bool exec(Journal &journal, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(journal.database());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        qWarning() << sql << q.lastError().text();
        return false;
    }
    return true;
}

/// A tiny journal world: flows, runs, changes and links written as the engine writes them.
class World
{
public:
    explicit World(Journal &journal)
        : m_journal(journal)
    { }

    qint64 flow(const QString &kind, const QString &name)
    {
        exec(m_journal,
            u"INSERT INTO flows (kind, name, created_at, updated_at) VALUES (?, ?, "
            "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')"_s,
            { kind, name });
        return lastId();
    }

    qint64 run(qint64 flowId, const QString &startedAt, const QString &mode = u"incremental"_s)
    {
        exec(m_journal,
            u"INSERT INTO runs (flow_id, trigger, mode, status, started_at, finished_at) "
            "VALUES (?, 'manual', ?, 'succeeded', ?, ?)"_s,
            { flowId, mode, startedAt, startedAt });
        return lastId();
    }

    qint64 change(qint64 runId, const QString &system, const QString &object, const QString &key,
        const QString &operation, const QString &field = {}, const QString &oldValue = {},
        const QString &newValue = {}, const QString &reason = {})
    {
        exec(m_journal,
            u"INSERT INTO record_changes (run_id, system, object, record_key, operation, field, "
            "old_value, new_value, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            { runId, system, object, key, operation, nullable(field), nullable(oldValue),
                nullable(newValue), nullable(reason) });
        return lastId();
    }

    void link(qint64 flowId, const QString &key, const QVariantMap &ids,
        const QString &updatedAt = u"2026-01-01T00:00:00.000Z"_s)
    {
        exec(m_journal,
            u"INSERT INTO record_links (flow_id, email_key, on24_id, acton_id, salesforce_id, "
            "salesforce_type, pipeliner_id, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
            { flowId, key, ids.value(u"on24"_s), ids.value(u"acton"_s),
                ids.value(u"salesforce"_s), ids.value(u"salesforce_type"_s),
                ids.value(u"pipeliner"_s), updatedAt });
    }

    void unlink(qint64 flowId, const QString &key)
    {
        exec(m_journal, u"DELETE FROM record_links WHERE flow_id = ? AND email_key = ?"_s,
            { flowId, key });
    }

private:
    static QVariant nullable(const QString &text)
    {
        return text.isNull() ? QVariant() : QVariant(text);
    }
    qint64 lastId()
    {
        QSqlQuery q(m_journal.database());
        q.exec(u"SELECT last_insert_rowid()"_s);
        q.next();
        return q.value(0).toLongLong();
    }

    Journal &m_journal;
};

QList<qint64> ids(const PersonHistory &h)
{
    QList<qint64> out;
    for (const PersonChange &c : h.changes)
        out.append(c.change.id);
    return out;
}

QString linkText(const PersonHistory &h)
{
    QStringList out;
    for (const PersonLink &l : h.links)
        out.append(l.flowName + u':' + l.system + u'=' + l.id);
    out.sort();
    return out.join(u", "_s);
}

} // namespace

class TestPersonTimeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyFlowAndSystemNewestFirst();
    void emailChangeIsFollowedBothWays();
    void unknownPersonPreviewAndOthersAreLeftOut();
    void limitMarksTruncated();
    void upgradeFromSchema3KeepsTheTimeline();
    void bigJournalUsesIndexes();

private:
    std::unique_ptr<Test::ScopedDataDir> m_dir;
    std::unique_ptr<Journal> m_journal;
};

void TestPersonTimeline::init()
{
    m_dir = std::make_unique<Test::ScopedDataDir>();
    m_journal = std::make_unique<Journal>();
    QVERIFY(m_journal->open());
}

void TestPersonTimeline::cleanup()
{
    m_journal.reset();
    m_dir.reset();
}

void TestPersonTimeline::everyFlowAndSystemNewestFirst()
{
    World w(*m_journal);
    const qint64 f1 = w.flow(u"webinar_import"_s, u"Webinars"_s);
    const qint64 f2 = w.flow(u"crm_contact_sync"_s, u"Contacts"_s);
    const qint64 f4 = w.flow(u"lead_handoff"_s, u"Handoff"_s);

    // F1: the ON24 registrant was first skipped under its ON24 id, then written to Act-On.
    const qint64 r1 = w.run(f1, u"2026-03-01T09:00:00.000Z"_s);
    const qint64 skip = w.change(r1, u"on24"_s, u"registrant"_s, u"R-77"_s, u"skip"_s, {}, {}, {},
        u"No attendance yet."_s);
    const qint64 a1 = w.change(r1, u"acton"_s, u"list:Webinar A"_s, u"ada@example.com"_s,
        u"create"_s, u"First Name"_s, {}, u"Ada"_s);
    w.change(r1, u"acton"_s, u"list:Webinar A"_s, u"bob@example.com"_s, u"create"_s,
        u"First Name"_s, {}, u"Bob"_s);
    w.link(f1, u"ada@example.com"_s, { { u"on24"_s, u"R-77"_s }, { u"acton"_s, u"l-1:a"_s } });
    w.link(f1, u"bob@example.com"_s, { { u"on24"_s, u"R-78"_s }, { u"acton"_s, u"l-1:b"_s } });
    // F2: Salesforce → Act-On.
    const qint64 r2 = w.run(f2, u"2026-03-02T09:00:00.000Z"_s);
    const qint64 b1 = w.change(r2, u"salesforce"_s, u"Contact"_s, u"ada@example.com"_s,
        u"update"_s, u"Phone"_s, u"1"_s, u"2"_s);
    const qint64 b2 = w.change(r2, u"acton"_s, u"l-2"_s, u"ada@example.com"_s, u"error"_s, {},
        {}, {}, u"Act-On refused the row."_s);
    w.link(f2, u"ada@example.com"_s,
        { { u"acton"_s, u"l-2:a"_s }, { u"salesforce"_s, u"003A"_s },
            { u"salesforce_type"_s, u"contact"_s } },
        u"2026-03-02T09:00:00.000Z"_s);
    // F4: a lead per list membership ("email|list") and the contact by e-mail.
    const qint64 r4 = w.run(f4, u"2026-03-03T09:00:00.000Z"_s);
    const qint64 c1 = w.change(r4, u"pipeliner"_s, u"Contacts"_s, u"ada@example.com"_s,
        u"create"_s, u"email1"_s, {}, u"ada@example.com"_s);
    const qint64 c2 = w.change(r4, u"pipeliner"_s, u"Leads"_s, u"ada@example.com|l-1"_s,
        u"create"_s, u"owner"_s, {}, u"Jo"_s);
    w.change(r4, u"pipeliner"_s, u"Leads"_s, u"ada@example.comx|l-1"_s, u"create"_s,
        u"owner"_s, {}, u"Not Ada"_s);
    w.link(f4, u"ada@example.com|l-1"_s, { { u"acton"_s, u"l-1:a"_s }, { u"pipeliner"_s, u"P9"_s } },
        u"2026-03-03T09:00:00.000Z"_s);

    PersonTimeline timeline(*m_journal);
    const auto found = timeline.find(u"  Ada@Example.COM "_s);
    QVERIFY2(found, qPrintable(found.errorString()));
    const PersonHistory &h = found.value();
    QCOMPARE(h.email, u"ada@example.com"_s);
    QCOMPARE(ids(h), (QList<qint64> { c2, c1, b2, b1, a1, skip }));
    QCOMPARE(h.changes.constFirst().flowName, u"Handoff"_s);
    QCOMPARE(h.changes.constFirst().flowKind, FlowKind::LeadHandoff);
    QCOMPARE(h.changes.constFirst().runStartedAt,
        QDateTime::fromString(u"2026-03-03T09:00:00.000Z"_s, Qt::ISODateWithMs));
    QCOMPARE(h.changes.at(2).change.reason, u"Act-On refused the row."_s);
    QCOMPARE(h.changes.at(3).change.oldValue, u"1"_s);
    QCOMPARE(h.changes.at(3).change.newValue, u"2"_s);
    QCOMPARE(h.changes.at(3).change.runId, r2);
    QCOMPARE(linkText(h),
        u"Contacts:acton=l-2:a, Contacts:salesforce=003A, Handoff:acton=l-1:a, "
        "Handoff:pipeliner=P9, Webinars:acton=l-1:a, Webinars:on24=R-77"_s);
    // Newest link first; the Salesforce link says what it is.
    QCOMPARE(h.links.constFirst().flowName, u"Handoff"_s);
    for (const PersonLink &l : h.links) {
        if (l.system == u"salesforce"_s)
            QCOMPARE(l.crmType, u"contact"_s);
    }
    QCOMPARE(h.addresses, QStringList { u"ada@example.com"_s });
    QVERIFY(!h.truncated);
}

void TestPersonTimeline::emailChangeIsFollowedBothWays()
{
    World w(*m_journal);
    const qint64 f2 = w.flow(u"crm_contact_sync"_s, u"Contacts"_s);
    const qint64 f1 = w.flow(u"webinar_import"_s, u"Webinars"_s);
    // Run 1 knows the person as old@; F1 too (its link still has the old address).
    const qint64 r1 = w.run(f2, u"2026-03-01T09:00:00.000Z"_s);
    const qint64 before = w.change(r1, u"acton"_s, u"l-2"_s, u"old@example.com"_s, u"create"_s,
        u"E-mail Address"_s, {}, u"old@example.com"_s);
    w.link(f2, u"old@example.com"_s, { { u"acton"_s, u"l-2:a"_s }, { u"salesforce"_s, u"003A"_s } });
    const qint64 rf1 = w.run(f1, u"2026-03-01T10:00:00.000Z"_s);
    const qint64 webinar = w.change(rf1, u"acton"_s, u"list:W"_s, u"old@example.com"_s,
        u"create"_s, u"First Name"_s, {}, u"Ada"_s);
    w.link(f1, u"old@example.com"_s, { { u"acton"_s, u"l-3:a"_s } });
    // Run 2: the address changed in Salesforce; recorded under the old key, the link moves.
    const qint64 r2 = w.run(f2, u"2026-03-02T09:00:00.000Z"_s);
    const qint64 move = w.change(r2, u"acton"_s, u"l-2"_s, u"old@example.com"_s, u"update"_s,
        u"E-mail Address"_s, u"old@example.com"_s, u"New@Example.com"_s);
    w.unlink(f2, u"old@example.com"_s);
    w.link(f2, u"new@example.com"_s, { { u"acton"_s, u"l-2:a"_s }, { u"salesforce"_s, u"003A"_s } },
        u"2026-03-02T09:00:00.000Z"_s);
    // Run 3 knows the person as new@ only.
    const qint64 r3 = w.run(f2, u"2026-03-03T09:00:00.000Z"_s);
    const qint64 after = w.change(r3, u"salesforce"_s, u"Contact"_s, u"new@example.com"_s,
        u"update"_s, u"Phone"_s, u"1"_s, u"2"_s);
    // Somebody else's notes mention the new address: not an e-mail change, not followed.
    w.change(r3, u"salesforce"_s, u"Contact"_s, u"eve@example.com"_s, u"update"_s,
        u"Description"_s, {}, u"new@example.com"_s);

    PersonTimeline timeline(*m_journal);
    const auto byNew = timeline.find(u"new@example.com"_s);
    QVERIFY2(byNew, qPrintable(byNew.errorString()));
    QCOMPARE(ids(byNew.value()), (QList<qint64> { after, move, webinar, before }));
    QCOMPARE(byNew->addresses, (QStringList { u"new@example.com"_s, u"old@example.com"_s }));
    QCOMPARE(linkText(byNew.value()),
        u"Contacts:acton=l-2:a, Contacts:salesforce=003A, Webinars:acton=l-3:a"_s);

    const auto byOld = timeline.find(u"OLD@example.com"_s);
    QVERIFY(byOld);
    QCOMPARE(ids(byOld.value()), (QList<qint64> { after, move, webinar, before }));
    QCOMPARE(byOld->addresses, (QStringList { u"old@example.com"_s, u"new@example.com"_s }));
}

void TestPersonTimeline::unknownPersonPreviewAndOthersAreLeftOut()
{
    World w(*m_journal);
    const qint64 f2 = w.flow(u"crm_contact_sync"_s, u"Contacts"_s);
    const qint64 preview = w.run(f2, u"2026-03-01T09:00:00.000Z"_s, u"preview"_s);
    w.change(preview, u"acton"_s, u"l-2"_s, u"ada@example.com"_s, u"create"_s, u"First Name"_s,
        {}, u"Ada"_s);
    const qint64 run = w.run(f2, u"2026-03-02T09:00:00.000Z"_s);
    w.change(run, u"acton"_s, u"l-2"_s, u"ada@example.co"_s, u"create"_s);
    w.change(run, u"acton"_s, u"l-2"_s, u"xada@example.com"_s, u"create"_s);
    // A key with LIKE wildcards matches only itself.
    w.change(run, u"acton"_s, u"l-2"_s, u"a_a@example.com"_s, u"create"_s);

    PersonTimeline timeline(*m_journal);
    const auto found = timeline.find(u"ada@example.com"_s);
    QVERIFY(found);
    QVERIFY(found->changes.isEmpty());
    QVERIFY(found->isEmpty());
    const auto unknown = timeline.find(u"nobody@example.com"_s);
    QVERIFY(unknown);
    QVERIFY(unknown->isEmpty());
    QCOMPARE(unknown->email, u"nobody@example.com"_s);
    const auto blank = timeline.find(u"   "_s);
    QVERIFY(blank);
    QVERIFY(blank->isEmpty());
    const auto quote = timeline.find(u"a\"b\\c@example.com"_s);
    QVERIFY2(quote, qPrintable(quote.errorString()));
    QVERIFY(quote->isEmpty());
}

void TestPersonTimeline::limitMarksTruncated()
{
    World w(*m_journal);
    const qint64 f2 = w.flow(u"crm_contact_sync"_s, u"Contacts"_s);
    const qint64 run = w.run(f2, u"2026-03-02T09:00:00.000Z"_s);
    QList<qint64> written;
    for (int i = 0; i < 5; ++i)
        written.prepend(w.change(run, u"acton"_s, u"l-2"_s, u"ada@example.com"_s, u"update"_s,
            u"Score"_s, QString::number(i), QString::number(i + 1)));
    PersonTimeline timeline(*m_journal);
    const auto three = timeline.find(u"ada@example.com"_s, 3);
    QVERIFY(three);
    QCOMPARE(ids(three.value()), written.mid(0, 3));
    QVERIFY(three->truncated);
    const auto all = timeline.find(u"ada@example.com"_s, 5);
    QVERIFY(all);
    QCOMPARE(ids(all.value()), written);
    QVERIFY(!all->truncated);
}

void TestPersonTimeline::upgradeFromSchema3KeepsTheTimeline()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v3.sqlite"_s);
    qint64 move = 0;
    {
        Journal old;
        QVERIFY(old.open(path, u"v3"_s, JournalSchema::migrations().mid(0, 3)));
        QCOMPARE(old.schemaVersion(), 3);
        World w(old);
        const qint64 f2 = w.flow(u"crm_contact_sync"_s, u"Contacts"_s);
        const qint64 r = w.run(f2, u"2026-03-02T09:00:00.000Z"_s);
        move = w.change(r, u"acton"_s, u"l-2"_s, u"old@example.com"_s, u"update"_s,
            u"E-mail Address"_s, u"old@example.com"_s, u"new@example.com"_s);
        w.link(f2, u"new@example.com"_s, { { u"salesforce"_s, u"003A"_s } });
    }
    Journal journal;
    const Status opened = journal.open(path, u"v4"_s);
    QVERIFY2(opened, qPrintable(opened.errorString()));
    QCOMPARE(journal.schemaVersion(), JournalSchema::latestVersion());
    QSqlQuery q(journal.database());
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                   "('record_links_email', 'record_changes_email_moves')"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 2);
    // The index built on the upgrade holds the e-mail change recorded before it.
    PersonTimeline timeline(journal);
    const auto found = timeline.find(u"new@example.com"_s);
    QVERIFY(found);
    QCOMPARE(ids(found.value()), QList<qint64> { move });
    QCOMPARE(linkText(found.value()), u"Contacts:salesforce=003A"_s);
}

void TestPersonTimeline::bigJournalUsesIndexes()
{
    // 300,000 record changes of 20,000 people in three flows, and 60,000 links.
    World w(*m_journal);
    const QList<qint64> flows = { w.flow(u"webinar_import"_s, u"Webinars"_s),
        w.flow(u"crm_contact_sync"_s, u"Contacts"_s), w.flow(u"lead_handoff"_s, u"Handoff"_s) };
    constexpr int kPeople = 20000;
    constexpr int kChanges = 300000;
    {
        Transaction tx(m_journal->database());
        QVERIFY(tx.isActive());
        QList<qint64> runs;
        for (int r = 0; r < 30; ++r)
            runs.append(w.run(flows.at(r % 3),
                QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC)
                    .addDays(r)
                    .toString(Qt::ISODateWithMs)));
        QSqlQuery ins(m_journal->database());
        ins.prepare(u"INSERT INTO record_changes (run_id, system, object, record_key, operation, "
                    "field, old_value, new_value) VALUES (?, 'acton', 'l-2', ?, ?, ?, ?, ?)"_s);
        for (int i = 0; i < kChanges; ++i) {
            const QString person = u"p%1@example.com"_s.arg(i % kPeople);
            const bool emailMove = i % 997 == 0;
            ins.addBindValue(runs.at(i * 30 / kChanges));
            ins.addBindValue(person);
            ins.addBindValue(i % 3 ? u"update"_s : u"create"_s);
            ins.addBindValue(emailMove ? u"E-mail Address"_s : u"Score"_s);
            ins.addBindValue(QString::number(i));
            ins.addBindValue(emailMove ? u"moved%1@example.com"_s.arg(i) : QString::number(i + 1));
            QVERIFY(ins.exec());
        }
        QSqlQuery link(m_journal->database());
        link.prepare(u"INSERT INTO record_links (flow_id, email_key, acton_id, salesforce_id, "
                     "updated_at) VALUES (?, ?, ?, ?, '2026-01-01T00:00:00.000Z')"_s);
        for (int p = 0; p < kPeople; ++p) {
            for (qint64 f : flows) {
                link.addBindValue(f);
                link.addBindValue(u"p%1@example.com"_s.arg(p));
                link.addBindValue(u"l-%1:%2"_s.arg(f).arg(p, 0, 16));
                link.addBindValue(u"003%1"_s.arg(p, 12, 10, QChar(u'0')));
                QVERIFY(link.exec());
            }
        }
        QVERIFY(tx.commit());
    }
    PersonTimeline timeline(*m_journal);
    const auto plans = timeline.queryPlans();
    QVERIFY2(plans, qPrintable(plans.errorString()));
    // A full scan of record_changes or record_links (c, x, l) would read every row; the flows
    // and the bound key list (k) are small.
    const QRegularExpression fullScan(u"SCAN (c|x|l|record_changes|record_links)(;|$| )"_s);
    for (const QString &plan : plans.value()) {
        qInfo().noquote() << "plan:" << plan;
        QVERIFY2(!fullScan.match(plan).hasMatch(), qPrintable(plan));
        QVERIFY2(plan.contains(u"USING"_s), qPrintable(plan));
    }

    QElapsedTimer clock;
    clock.start();
    const auto found = timeline.find(u"p42@example.com"_s);
    const qint64 ms = clock.elapsed();
    QVERIFY2(found, qPrintable(found.errorString()));
    // p42's 15 changes, and those of the addresses it moved to.
    QCOMPARE(found->changes.size(), kChanges / kPeople);
    QCOMPARE(found->links.size(), 6);
    qInfo("person timeline: %lld ms for 1 person of %d in %d record changes (debug build)", ms,
        kPeople, kChanges);
}

QTEST_GUILESS_MAIN(TestPersonTimeline)
#include "tst_persontimeline.moc"
