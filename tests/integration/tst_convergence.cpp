// Every run converges (issue 12): after a full run of a flow, the next runs with nothing
// changed in between change nothing. Each flow (F1 webinar import ON24 → Act-On, F2 contact
// sync Salesforce ↔ Act-On and Pipeliner ↔ Act-On, F3 list sync, F4 lead handoff) runs once
// in full, then once incrementally and once more in full; each of the two later runs must
//  - count no record created, updated or deleted and no conflict,
//  - leave no create/update/delete/conflict row in the journal's record changes,
//  - leave every record of the Act-On, Salesforce and Pipeliner emulators exactly as it was
//    (compared field by field through the control API, deleted records and list summaries
//    included, so a write of equal values that moves a modification stamp shows as well).
// Twice over: on the demo world the app's "Try the sandbox" makes (DemoFlows on
// DemoDataset::generate(2026, 500), as in tst_demoflows), and on the hostile-data corpus
// tests/data/hostile/corpus.json seeded as tst_hostile_data seeds it.
#include "core/engine/DemoFlows.h"
#include "core/engine/FlowRunners.h"
#include "core/sandbox/on24/On24Emulator.h"
#include "tests/support/EngineFixture.h"
#include "tests/support/FlowFieldMaps.h"
#include "tests/support/HostileCorpus.h"

#include <QMap>

using namespace LeadBridge;
using namespace LeadBridge::Sandbox;
using namespace Qt::StringLiterals;
using LeadBridge::Test::HostileCorpus;

namespace {


/// One record of an emulator, keyed "emulator/object/id".
using Records = QMap<QString, QJsonObject>;

QString shown(const QJsonValue &v)
{
    if (v.isUndefined())
        return u"(absent)"_s;
    const QString text = v.isString()
        ? u"\""_s + v.toString() + u'"'
        : QString::fromUtf8(QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact))
              .mid(1)
              .chopped(1);
    return text.size() > 80 ? text.left(80) + u"…"_s : text;
}

/// What differs between two snapshots, one line per field (at most @p max lines).
QStringList differences(const Records &before, const Records &after, int max = 25)
{
    QStringList out;
    const auto add = [&out](const QString &line) { out.append(line); };
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const auto other = after.constFind(it.key());
        if (other == after.cend()) {
            add(it.key() + u": removed"_s);
            continue;
        }
        if (*other == it.value())
            continue;
        QSet<QString> keys;
        for (auto f = it.value().begin(); f != it.value().end(); ++f)
            keys.insert(f.key());
        for (auto f = other->begin(); f != other->end(); ++f)
            keys.insert(f.key());
        QStringList sorted = keys.values();
        sorted.sort();
        for (const QString &k : std::as_const(sorted)) {
            const QJsonValue a = it.value().value(k);
            const QJsonValue b = other->value(k);
            if (a != b)
                add(u"%1.%2: %3 → %4"_s.arg(it.key(), k, shown(a), shown(b)));
        }
    }
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!before.contains(it.key()))
            add(it.key() + u": added"_s);
    }
    if (out.size() > max) {
        const qsizetype more = out.size() - max;
        out = out.mid(0, max);
        out.append(u"… and %1 more"_s.arg(more));
    }
    return out;
}

QString operationName(ChangeOperation op)
{
    switch (op) {
    case ChangeOperation::Create:
        return u"create"_s;
    case ChangeOperation::Update:
        return u"update"_s;
    case ChangeOperation::Delete:
        return u"delete"_s;
    case ChangeOperation::Conflict:
        return u"conflict"_s;
    case ChangeOperation::Skip:
        return u"skip"_s;
    case ChangeOperation::Error:
        return u"error"_s;
    }
    return QString();
}

} // namespace

class TestConvergence : public QObject
{
    Q_OBJECT

private:
    using Entry = Test::HostileCorpus::Entry;

    QList<Entry> m_entries;
    QDateTime m_now;
    int m_flows = 0;
    int m_runs = 0;
    qint64 m_compared = 0;
    int m_firstRunWrites = 0;

    QList<Entry> entriesOf(const QString &flow) const
    {
        QList<Entry> out;
        for (const Entry &e : m_entries) {
            if (e.flow == flow)
                out.append(e);
        }
        return out;
    }

    /// Every record the flows can write: Act-On lists (summaries) and their rows, the
    /// Salesforce objects (deleted ones too) and the Pipeliner collections.
    Records snapshot(Test::EngineFixture &fx)
    {
        Records out;
        const Test::RawReply lists = Test::RawHttp().get(
            QUrl(fx.acton().baseUrl().toString() + u"/_sandbox/records/lists"_s));
        for (const QJsonValue &v : lists.jsonArray()) {
            const QJsonObject list = v.toObject();
            const QString id = list.value(u"id"_s).toString();
            out.insert(u"acton/lists/"_s + id, list);
            for (int offset = 0;; offset += 1000) {
                const QJsonArray page = fx.control(fx.acton(), "GET",
                                              u"/_sandbox/records/%1?offset=%2&limit=1000"_s
                                                  .arg(id)
                                                  .arg(offset))
                                            .value(u"records"_s)
                                            .toArray();
                for (const QJsonValue &r : page) {
                    const QJsonObject row = r.toObject();
                    out.insert(u"acton/%1/%2"_s.arg(id, row.value(u"_contact_id_"_s).toString()),
                        row);
                }
                if (page.size() < 1000)
                    break;
            }
        }
        for (const QString &object : { u"Lead"_s, u"Contact"_s, u"Account"_s, u"Campaign"_s,
                 u"CampaignMember"_s, u"User"_s }) {
            const QJsonArray rows = fx.control(fx.salesforce(), "GET",
                                          u"/_sandbox/records/%1?limit=1000000&deleted=true"_s.arg(
                                              object))
                                        .value(u"records"_s)
                                        .toArray();
            for (const QJsonValue &r : rows) {
                QJsonObject o = r.toObject();
                o.remove(u"attributes"_s);
                out.insert(u"salesforce/%1/%2"_s.arg(object, o.value(u"Id"_s).toString()), o);
            }
        }
        for (const QString &entity : { u"Contacts"_s, u"Leads"_s, u"Accounts"_s, u"Clients"_s }) {
            const QJsonArray rows = fx.control(fx.pipeliner(), "GET", u"/_sandbox/records/"_s + entity)
                                        .value(u"records"_s)
                                        .toArray();
            for (const QJsonValue &r : rows) {
                const QJsonObject o = r.toObject();
                out.insert(u"pipeliner/%1/%2"_s.arg(entity, o.value(u"id"_s).toString()), o);
            }
        }
        return out;
    }

    RunOutcome runOnce(Test::EngineFixture &fx, qint64 flowId, bool full,
        const QHash<qint64, CredentialBundle> &extra)
    {
        QSignalSpy finished(&fx.engine(), &SyncEngine::runFinished);
        RunRequest r;
        r.flowId = flowId;
        r.full = full;
        r.trigger = RunTrigger::Cli;
        r.credentials = fx.credentials();
        r.credentials.insert(extra);
        fx.engine().requestRun(r);
        (void)QTest::qWaitFor([&] { return !finished.isEmpty(); }, 180000);
        ++m_runs;
        return finished.isEmpty() ? RunOutcome() : finished.first().first().value<RunOutcome>();
    }

    /// Runs flow @p flowId in full, then incrementally, then in full again; the last two
    /// runs must change nothing. @p firstRun receives the first run's outcome.
    void checkConverges(Test::EngineFixture &fx, qint64 flowId, const QString &name,
        const QHash<qint64, CredentialBundle> &extra = {}, RunOutcome *firstRun = nullptr)
    {
        ++m_flows;
        const RunOutcome first = runOnce(fx, flowId, true, extra);
        if (firstRun)
            *firstRun = first;
        QVERIFY2(first.summary.id > 0, qPrintable(name + u": the first run did not finish"_s));
        QVERIFY2(first.summary.status == RunStatus::Succeeded
                || first.summary.status == RunStatus::SucceededWithErrors,
            qPrintable(name + u": "_s + first.message));
        const RunCounts &c1 = first.summary.counts;
        m_firstRunWrites += c1.created + c1.updated + c1.deleted;
        qInfo("%s, run 1 (full): created %d, updated %d, deleted %d, skipped %d, errors %d",
            qPrintable(name), c1.created, c1.updated, c1.deleted, c1.skipped, c1.errors);

        for (const bool full : { false, true }) {
            const QString label = u"%1, run %2 (%3)"_s.arg(
                name, full ? u"3"_s : u"2"_s, full ? u"full"_s : u"incremental"_s);
            const Records before = snapshot(fx);
            const RunOutcome again = runOnce(fx, flowId, full, extra);
            const Records after = snapshot(fx);
            m_compared += before.size();
            QVERIFY2(again.summary.id > 0, qPrintable(label + u": did not finish"_s));
            QVERIFY2(again.summary.status == RunStatus::Succeeded
                    || again.summary.status == RunStatus::SucceededWithErrors,
                qPrintable(label + u": "_s + again.message));
            const RunCounts &c = again.summary.counts;
            qInfo("%s: created %d, updated %d, deleted %d, conflicts %d, skipped %d, errors %d; "
                  "%d records compared",
                qPrintable(label), c.created, c.updated, c.deleted, c.conflicts, c.skipped,
                c.errors, int(before.size()));

            QStringList journal;
            for (const RecordChange &rc : fx.changes(again.summary.id)) {
                if (rc.operation == ChangeOperation::Skip || rc.operation == ChangeOperation::Error)
                    continue;
                if (journal.size() < 25)
                    journal.append(u"%1 %2 %3/%4 %5: “%6” → “%7” (%8)"_s.arg(
                        operationName(rc.operation), rc.system, rc.object, rc.recordKey, rc.field,
                        rc.oldValue, rc.newValue, rc.reason));
                else if (journal.size() == 25)
                    journal.append(u"…"_s);
            }
            const QStringList changed = differences(before, after);
            QVERIFY2(changed.isEmpty(),
                qPrintable(label + u" changed emulator records:\n"_s + changed.join(u'\n')
                    + u"\njournal:\n"_s + journal.join(u'\n')));
            QVERIFY2(journal.isEmpty(),
                qPrintable(label + u" recorded changes:\n"_s + journal.join(u'\n')));
            QCOMPARE(c.created, 0);
            QCOMPARE(c.updated, 0);
            QCOMPARE(c.deleted, 0);
            QCOMPARE(c.conflicts, 0);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        registerBuiltInFlowRunners();
        m_now = QDateTime::currentDateTimeUtc();
        QString error;
        m_entries = HostileCorpus::load(m_now, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_entries.size() >= 40);
    }

    /// The four demo flows of "Try the sandbox" plus a Pipeliner ↔ Act-On contact sync with
    /// the standard Pipeliner pre-map, on the demo world the sandbox serves.
    void demoWorldConverges()
    {
        const DemoDataset world = DemoDataset::generate(2026, 500);
        Test::EngineFixture fx(world);
        QVERIFY(fx.ok());
        On24Emulator on24;
        on24.seed(world);
        QVERIFY(on24.listen(0));

        DemoFlowAccounts accounts;
        accounts.on24 = fx.linkOn24(on24, world.on24Clients.constFirst().clientId, u"ON24 demo"_s);
        QVERIFY(accounts.on24 > 0);
        accounts.actOn = fx.link(AccountKind::ActOn);
        accounts.salesforce = fx.link(AccountKind::Salesforce);
        accounts.pipeliner = fx.link(AccountKind::Pipeliner);
        for (const QJsonValue &v : fx.control(fx.pipeliner(), "GET", u"/_sandbox/records/Clients"_s)
                                       .value(u"records"_s)
                                       .toArray()) {
            if (v.toObject().value(u"email"_s).toString() == world.users.constFirst().email)
                accounts.pipelinerOwnerId = v.toObject().value(u"id"_s).toString();
        }
        QVERIFY(!accounts.pipelinerOwnerId.isEmpty());
        const auto ensured = DemoFlows::ensure(fx.journal(), accounts);
        QVERIFY2(ensured, qPrintable(ensured.errorString()));
        QCOMPARE(ensured->created.size(), 4);

        QHash<QString, qint64> byMarker;
        const QList<Flow> flows = FlowRepository(fx.journal()).list().value();
        for (const Flow &flow : flows)
            byMarker.insert(flow.settings.value(DemoFlows::markerKey()).toString(), flow.id);

        // Pipeliner ↔ Act-On with the pre-map a new Pipeliner flow gets, plus the score.
        FieldMap plMap = StandardFields::defaultMap(CrmKind::Pipeliner);
        if (const int score = plMap.indexOfUsage(SystemUsage::Score); score >= 0) {
            FieldMapRow row = plMap.row(score);
            row.contactField = u"cf_acton_score"_s;
            plMap.updateRow(score, row);
        }
        Flow pl;
        pl.kind = FlowKind::CrmContactSync;
        pl.name = u"Pipeliner contacts"_s;
        pl.sourceAccountId = accounts.pipeliner;
        pl.targetAccountId = accounts.actOn;
        pl.settings = { { u"listName"_s, u"Pipeliner contacts"_s } };
        const auto plFlow = FlowRepository(fx.journal()).add(pl);
        QVERIFY(plFlow);
        QVERIFY(FieldMapRepository(fx.journal()).save(plFlow->id, plMap));

        RunOutcome f1, f2, f2p, f3, f4;
        checkConverges(fx, byMarker.value(DemoFlows::webinarImportId()),
            u"demo F1 webinar import"_s, {}, &f1);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(f1.summary.counts.created > 0);
        checkConverges(fx, byMarker.value(DemoFlows::contactSyncId()),
            u"demo F2 Salesforce ↔ Act-On"_s, {}, &f2);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(f2.summary.counts.created > 100);
        checkConverges(fx, plFlow->id, u"demo F2 Pipeliner ↔ Act-On"_s, {}, &f2p);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(f2p.summary.counts.created > 0);
        checkConverges(fx, byMarker.value(DemoFlows::listSyncId()), u"demo F3 list sync"_s, {}, &f3);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(f3.summary.counts.created > 100);
        checkConverges(
            fx, byMarker.value(DemoFlows::leadHandoffId()), u"demo F4 lead handoff"_s, {}, &f4);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(f4.summary.counts.created > 0);
    }

    /// F1 on the hostile ON24 registrants and webinar title.
    void hostileF1Converges()
    {
        QString title = HostileCorpus::eventTitle();
        for (const Entry &e : entriesOf(u"F1E"_s))
            title = e.input.value(u"title"_s).toString();
        Test::EngineFixture fx(HostileCorpus::world(m_now, title), false);
        QVERIFY(fx.ok());
        On24Emulator on24;
        on24.seed(HostileCorpus::world(m_now, title));
        QVERIFY(on24.listen(0));
        for (const Entry &e : entriesOf(u"F1"_s)) {
            HostileCorpus::addRegistrant(fx, on24, e.input, e.wire);
            QVERIFY2(fx.lastStatus() == 201, qPrintable(e.id));
        }
        const qint64 on24Account
            = fx.linkOn24(on24, HostileCorpus::on24ClientId, u"ON24 hostile"_s);
        QVERIFY(on24Account > 0);
        Flow f;
        f.kind = FlowKind::WebinarImport;
        f.name = u"Hostile webinars"_s;
        f.sourceAccountId = on24Account;
        f.targetAccountId = fx.link(AccountKind::ActOn);
        f.settings = { { u"backfillFrom"_s, m_now.addDays(-30).date().toString(Qt::ISODate) } };
        const auto flow = FlowRepository(fx.journal()).add(f);
        QVERIFY(flow);
        checkConverges(fx, flow->id, u"hostile F1 webinar import"_s);
    }

    /// F2 on the hostile Salesforce leads and contacts (JSON nulls, numbers, blanks).
    void hostileF2SalesforceConverges()
    {
        Test::EngineFixture fx(HostileCorpus::world(m_now));
        QVERIFY(fx.ok());
        QHash<QString, QString> ids; // corpus entry → Salesforce Id
        for (const Entry &e : entriesOf(u"F2"_s)) {
            const QJsonObject made = fx.control(fx.salesforce(), "POST",
                u"/_sandbox/records/"_s + e.from.section(u'.', 1), e.input);
            QVERIFY2(fx.lastStatus() == 201, qPrintable(e.id));
            ids.insert(e.id, made.value(u"Id"_s).toString());
        }
        // Opt-outs and bounces on both sides, with addresses in another case in Act-On's
        // account-wide suppression lists (the people are not on the synced list yet): one
        // opted out in Act-On only, one in Salesforce only, one bounced in Act-On with a
        // reason of its own in Salesforce, one bounced in Act-On only, and a suppressed
        // address nobody in the CRM has.
        const auto suppress = [&](const QString &kind, const QString &email) {
            fx.control(fx.acton(), "POST", u"/_sandbox/records/"_s + kind,
                QJsonObject { { u"email"_s, email }, { u"origin"_s, u"test"_s } });
            return fx.lastStatus() == 201;
        };
        QVERIFY(suppress(u"optout"_s, u"CRMPLAIN@Hostile.Example"_s));
        QVERIFY(suppress(u"optout"_s, u"nobody-in-crm@hostile.example"_s));
        QVERIFY(suppress(u"hardbounce"_s, u"CrmHtml@HOSTILE.example"_s));
        QVERIFY(suppress(u"hardbounce"_s, u"crmnum@hostile.EXAMPLE"_s));
        QVERIFY(fx.patchSf(u"Lead"_s, ids.value(u"f2-formula-cells"_s),
            { { u"HasOptedOutOfEmail"_s, true } }));
        QVERIFY(fx.patchSf(u"Lead"_s, ids.value(u"f2-html-name"_s),
            { { u"EmailBouncedReason"_s, u"550 mailbox unavailable"_s } }));
        const qint64 flow = fx.addF2Flow();
        QVERIFY(flow > 0);
        checkConverges(fx, flow, u"hostile F2 Salesforce ↔ Act-On"_s);
        if (QTest::currentTestFailed())
            return;
        // The suppressions arrived in the first run, and a CRM reason of its own was kept.
        const auto leads = fx.sfRecords(u"Lead"_s);
        QCOMPARE(leads.value(u"crmplain@hostile.example"_s).value(u"HasOptedOutOfEmail"_s),
            QJsonValue(true));
        QCOMPARE(leads.value(u"crmformula@hostile.example"_s).value(u"HasOptedOutOfEmail"_s),
            QJsonValue(true));
        QCOMPARE(leads.value(u"crmhtml@hostile.example"_s).value(u"EmailBouncedReason"_s),
            QJsonValue(u"550 mailbox unavailable"_s));
        QVERIFY(leads.value(u"crmnum@hostile.example"_s)
                    .value(u"EmailBouncedReason"_s)
                    .toString()
                    .startsWith(u"Hard bounce (Act-On)"_s));
        // Seed 004: External ID and Type are part of what converged (no row in the map).
        const auto rows = fx.listRows();
        const QJsonObject plain = rows.value(u"crmplain@hostile.example"_s);
        QCOMPARE(plain.value(u"External ID"_s).toString(),
            leads.value(u"crmplain@hostile.example"_s).value(u"Id"_s).toString());
        QCOMPARE(plain.value(u"Type"_s).toString(), u"Lead"_s);
    }

    /// F2 on the hostile Pipeliner contacts.
    void hostileF2PipelinerConverges()
    {
        Test::EngineFixture fx(HostileCorpus::world(m_now));
        QVERIFY(fx.ok());
        for (const Entry &e : entriesOf(u"F2P"_s)) {
            fx.control(fx.pipeliner(), "POST",
                u"/_sandbox/records/"_s + e.from.section(u'.', 1), e.input);
            QVERIFY2(fx.lastStatus() == 201 || fx.lastStatus() == 200, qPrintable(e.id));
        }
        const qint64 flow = fx.addPipelinerF2Flow(
            Test::FlowFieldMaps::pipelinerContacts(true, false), u"Pipeliner contacts"_s);
        QVERIFY(flow > 0);
        checkConverges(fx, flow, u"hostile F2 Pipeliner ↔ Act-On"_s);
    }

    /// F3 on the hostile Act-On list rows (read through a CSV download with a BOM).
    void hostileF3Converges()
    {
        Test::EngineFixture fx(HostileCorpus::world(m_now));
        QVERIFY(fx.ok());
        fx.control(fx.acton(), "POST", u"/_sandbox/records/lists"_s,
            QJsonObject { { u"name"_s, u"Hostile List"_s }, { u"folder"_s, u"Hostile"_s },
                { u"headings"_s,
                    QJsonArray { u"E-mail Address"_s, u"First Name"_s, u"Last Name"_s,
                        u"Company"_s, u"Job Title"_s } } });
        QCOMPARE(fx.lastStatus(), 201);
        const QString listId = fx.listId(u"Hostile List"_s);
        fx.control(fx.acton(), "PATCH", u"/_sandbox/records/export"_s,
            QJsonObject { { u"bom"_s, true } });
        for (const Entry &e : entriesOf(u"F3"_s)) {
            fx.control(fx.acton(), "POST", u"/_sandbox/records/"_s + listId, e.input);
            QVERIFY2(fx.lastStatus() == 201, qPrintable(e.id));
        }
        Flow f;
        f.kind = FlowKind::ListSync;
        f.name = u"Hostile list"_s;
        f.sourceAccountId = fx.link(AccountKind::Salesforce);
        f.targetAccountId = fx.link(AccountKind::ActOn);
        f.settings = { { u"source"_s, u"leads"_s }, { u"listName"_s, u"Hostile List"_s },
            { u"pullAddNew"_s, false }, { u"pushAddNew"_s, true },
            { u"pushAddAs"_s, u"lead"_s } };
        const auto flow = FlowRepository(fx.journal()).add(f);
        QVERIFY(flow);
        QVERIFY(FieldMapRepository(fx.journal())
                    .save(flow->id, Test::FlowFieldMaps::listSyncColumns()));
        checkConverges(fx, flow->id, u"hostile F3 list sync"_s);
    }

    /// F4 on the hostile Act-On members at or above the threshold.
    void hostileF4Converges()
    {
        Test::EngineFixture fx(HostileCorpus::world(m_now));
        QVERIFY(fx.ok());
        fx.control(fx.acton(), "POST", u"/_sandbox/records/lists"_s,
            QJsonObject { { u"name"_s, u"Hot Leads"_s }, { u"folder"_s, u"Hostile"_s },
                { u"headings"_s,
                    QJsonArray { u"E-mail Address"_s, u"First Name"_s, u"Last Name"_s,
                        u"Company"_s, u"Score"_s } } });
        QCOMPARE(fx.lastStatus(), 201);
        const QString listId = fx.listId(u"Hot Leads"_s);
        fx.control(fx.acton(), "PATCH", u"/_sandbox/records/export"_s,
            QJsonObject { { u"bom"_s, true } });
        for (const Entry &e : entriesOf(u"F4"_s)) {
            fx.control(fx.acton(), "POST", u"/_sandbox/records/"_s + listId, e.input);
            QVERIFY2(fx.lastStatus() == 201, qPrintable(e.id));
        }
        const QJsonArray clients
            = fx.control(fx.pipeliner(), "GET", u"/_sandbox/records/Clients"_s)
                  .value(u"records"_s)
                  .toArray();
        QVERIFY(!clients.isEmpty());
        Flow f;
        f.kind = FlowKind::LeadHandoff;
        f.name = u"Hostile hand-off"_s;
        f.sourceAccountId = fx.link(AccountKind::ActOn);
        f.targetAccountId = fx.link(AccountKind::Pipeliner);
        f.settings = { { u"scoreThreshold"_s, 60 },
            { u"ownerId"_s, clients.last().toObject().value(u"id"_s).toString() },
            { u"lists"_s, QStringList { u"Hot Leads"_s } } };
        const auto flow = FlowRepository(fx.journal()).add(f);
        QVERIFY(flow);
        checkConverges(fx, flow->id, u"hostile F4 lead handoff"_s);
    }

    void cleanupTestCase()
    {
        qInfo("convergence: %d flows, %d runs, %lld emulator records compared after the "
              "repeated runs; the first runs wrote %d records",
            m_flows, m_runs, m_compared, m_firstRunWrites);
    }
};

QTEST_GUILESS_MAIN(TestConvergence)
#include "tst_convergence.moc"
