// Hostile data (issue 11): every entry of tests/data/hostile/corpus.json is seeded into the
// emulator it comes from (ON24 registrants, Act-On list rows, Salesforce leads and contacts)
// through the control API, the real flows run through SyncEngine (F1 ON24 → Act-On, F3
// Act-On list → Salesforce, F2 Salesforce → Act-On), and each entry must end either as the
// exact expected value in the target emulator or as a per-record row in the run history that
// a person can read. Nothing may be dropped silently: seeded = arrived + per-record errors.
//
// Corpus placeholders: "@@LONG<n>@@" is an n-character text, "@@NOW-<m>M@@" the emulator
// time m minutes ago (ISO, UTC).
#include "core/engine/FlowRunners.h"
#include "core/engine/PersonKey.h"
#include "core/engine/flows/WebinarImportPlanner.h"
#include "core/engine/flows/WebinarImportRunner.h"
#include "core/sandbox/on24/On24Emulator.h"
#include "tests/support/EngineFixture.h"
#include "tests/support/FlowFieldMaps.h"
#include "tests/support/HostileCorpus.h"

#include <QRegularExpression>

#include <functional>

using namespace LeadBridge;
using namespace LeadBridge::Sandbox;
using LeadBridge::Test::HostileCorpus;

namespace {

const QString kF3List = QStringLiteral("Hostile List");
const QString kF4List = QStringLiteral("Hot Leads");

/// A corpus entry and what seeding it gave. Its knownGap names a defect found by the entry
/// that is not fixed yet (with where and why): the entry is counted and printed as a known
/// gap, and the test fails once it passes, so that the note is removed.
struct Entry : HostileCorpus::Entry
{
    /// Ids the source system gave the seeded record (eventuserid, Salesforce Id, Act-On id).
    QStringList sourceIds;
    QString rawEmail;
};

/// Shows invisible characters so a failure message says what differs.
QString visible(const QString &s)
{
    QString out;
    for (QChar c : s) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.unicode() == 0xfeff)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out.size() > 120 ? out.left(120) + QStringLiteral("…(%1 chars)").arg(s.size()) : out;
}

bool readable(const QString &reason)
{
    if (reason.trimmed().size() < 20)
        return false;
    static const QRegularExpression placeholder(QStringLiteral("%\\d"));
    if (placeholder.match(reason).hasMatch())
        return false;
    for (QChar c : reason) {
        if ((c.unicode() < 0x20 && c != u'\n') || c.unicode() == 0x7f)
            return false;
    }
    return true;
}

} // namespace

class TestHostileData : public QObject
{
    Q_OBJECT

private:
    QList<Entry> m_entries;
    QDateTime m_now;
    int m_seeded = 0;
    int m_arrived = 0;
    int m_errors = 0;
    int m_gaps = 0;
    int m_wrong = 0;

    QList<Entry *> entriesOf(const QString &flow)
    {
        QList<Entry *> out;
        for (Entry &e : m_entries) {
            if (e.flow == flow)
                out.append(&e);
        }
        return out;
    }

    static QList<RecordChange> historyRows(Test::EngineFixture &fx, qint64 runId)
    {
        QList<RecordChange> out;
        for (const RecordChange &r : fx.changes(runId)) {
            if (r.operation == ChangeOperation::Skip || r.operation == ChangeOperation::Error)
                out.append(r);
        }
        return out;
    }

    /// The per-record history row of @p e, or nullptr.
    static const RecordChange *errorRowOf(const Entry &e, const QList<RecordChange> &rows)
    {
        const QString email = e.rawEmail.trimmed();
        for (const RecordChange &r : rows) {
            const bool byKey = e.sourceIds.contains(r.recordKey)
                || (!email.isEmpty() && r.recordKey.compare(email, Qt::CaseInsensitive) == 0);
            const bool byText = !email.isEmpty() && r.reason.contains(visibleSafe(email));
            if (byKey || byText)
                return &r;
        }
        return nullptr;
    }

    /// What a sentence may show of an address (control characters dropped).
    static QString visibleSafe(const QString &s)
    {
        QString out;
        for (QChar c : s) {
            if (c.unicode() >= 0x20 && c.unicode() != 0x7f)
                out += c;
        }
        return out;
    }

    /// Creates the Act-On list @p name (folder "Hostile") with @p headings in @p fx's emulator,
    /// makes its downloads start with a byte-order mark (as Act-On's do) and adds the entries
    /// of @p flow to it (their source ids and raw addresses noted). Returns the list's id.
    QString hostileList(Test::EngineFixture &fx, const QString &name, const QStringList &headings,
        const QString &flow)
    {
        fx.control(fx.acton(), "POST", QStringLiteral("/_sandbox/records/lists"),
            QJsonObject { { QStringLiteral("name"), name },
                { QStringLiteral("folder"), QStringLiteral("Hostile") },
                { QStringLiteral("headings"), QJsonArray::fromStringList(headings) } });
        if (fx.lastStatus() != 201) {
            QTest::qFail(
                qPrintable(QStringLiteral("creating the list answered %1").arg(fx.lastStatus())),
                __FILE__, __LINE__);
            return {};
        }
        const QString listId = fx.listId(name);
        // Act-On answers list downloads with a byte-order mark in front of the first heading.
        fx.control(fx.acton(), "PATCH", QStringLiteral("/_sandbox/records/export"),
            QJsonObject { { QStringLiteral("bom"), true } });
        if (fx.lastStatus() != 200) {
            QTest::qFail(
                qPrintable(QStringLiteral("the export switch answered %1").arg(fx.lastStatus())),
                __FILE__, __LINE__);
            return {};
        }
        for (Entry *e : entriesOf(flow)) {
            const QJsonObject made = fx.control(
                fx.acton(), "POST", QStringLiteral("/_sandbox/records/") + listId, e->input);
            if (fx.lastStatus() != 201) {
                QTest::qFail(qPrintable(e->id), __FILE__, __LINE__);
                return {};
            }
            e->sourceIds = { made.value(QStringLiteral("_contact_id_")).toString() };
            e->rawEmail = e->input.value(QStringLiteral("E-mail Address")).toString();
        }
        return listId;
    }

    /// That the @p flow run @p out finished, read its list through the CSV download (the one
    /// that starts with a byte-order mark) and succeeded, at most with record errors.
    static void checkListRun(Test::EngineFixture &fx, const RunOutcome &out, const QString &flow)
    {
        QVERIFY2(
            out.summary.id > 0, qPrintable(QStringLiteral("the %1 run did not finish").arg(flow)));
        QVERIFY(fx.acton()
                    .counters()
                    .value(QStringLiteral("calls"))
                    .toObject()
                    .value(QStringLiteral("list.download"))
                    .toInteger()
            > 0);
        QVERIFY2(out.summary.status == RunStatus::Succeeded
                || out.summary.status == RunStatus::SucceededWithErrors,
            qPrintable(out.message));
    }

    struct Tally
    {
        int seeded = 0;
        int arrived = 0;
        int errors = 0;
        QStringList failures;
        QStringList knownGaps;
    };

    /// Checks every entry of @p flow against the target records and the history rows.
    void judge(const QString &flow, const std::function<QJsonObject(const QString &key)> &target,
        const QList<RecordChange> &rows, Tally *t)
    {
        for (Entry *e : entriesOf(flow)) {
            const qsizetype failuresBefore = t->failures.size();
            judgeOne(*e, target, rows, t);
            if (e->knownGap.isEmpty())
                continue;
            if (t->failures.size() > failuresBefore) {
                t->knownGaps.append(e->id + QStringLiteral(": ") + e->knownGap
                    + QStringLiteral(" — ") + t->failures.takeLast());
            } else {
                t->failures.append(e->id
                    + QStringLiteral(": passes now; remove its knownGap note from the corpus"));
            }
        }
    }

    void judgeOne(Entry &entry, const std::function<QJsonObject(const QString &key)> &target,
        const QList<RecordChange> &rows, Tally *t)
    {
        Entry *e = &entry;
        {
            ++t->seeded;
            const QJsonObject ex = e->expect;
            if (ex.contains(QStringLiteral("error"))) {
                const RecordChange *row = errorRowOf(*e, rows);
                const QString want = ex.value(QStringLiteral("error")).toString();
                if (!row) {
                    t->failures.append(QStringLiteral("%1: silently dropped (no history row; "
                                                      "expected one saying “%2”)")
                                           .arg(e->id, want));
                    return;
                } else if (!row->reason.contains(want, Qt::CaseInsensitive)) {
                    t->failures.append(QStringLiteral("%1: history says “%2”, expected “%3”")
                                           .arg(e->id, visible(row->reason), want));
                    return;
                } else if (!readable(row->reason)) {
                    t->failures.append(QStringLiteral("%1: history sentence is not readable: %2")
                                           .arg(e->id, visible(row->reason)));
                    return;
                }
                ++t->errors;
                return;
            }
            const QString key = ex.value(QStringLiteral("key")).toString();
            const QJsonObject got = target(key);
            if (got.isEmpty()) {
                const RecordChange *row = errorRowOf(*e, rows);
                t->failures.append(
                    QStringLiteral("%1: did not arrive as %2%3")
                        .arg(e->id, key,
                            row ? QStringLiteral(" (history: %1)").arg(visible(row->reason))
                                : QStringLiteral(" and left no history row: silently dropped")));
                return;
            }
            const QJsonObject values = ex.value(QStringLiteral("values")).toObject();
            QStringList wrong;
            for (auto it = values.begin(); it != values.end(); ++it) {
                const QJsonValue v = got.value(it.key());
                const QString have = v.isDouble() ? QString::number(v.toDouble(), 'g', 15)
                                                  : v.toVariant().toString();
                if (have != it.value().toString())
                    wrong.append(QStringLiteral("%1 = “%2”, expected “%3”")
                                     .arg(it.key(), visible(have), visible(it.value().toString())));
            }
            if (wrong.isEmpty())
                ++t->arrived;
            else
                t->failures.append(e->id + QStringLiteral(": mangled: ") + wrong.join(u"; "));
        }
    }

    void report(const QString &flow, const Tally &t)
    {
        qInfo("%s hostile inputs: %d seeded, %d arrived with the right value, %d per-record "
              "errors in the history, %d known gaps, %d wrong",
            qPrintable(flow), t.seeded, t.arrived, t.errors, int(t.knownGaps.size()),
            int(t.failures.size()));
        m_seeded += t.seeded;
        m_arrived += t.arrived;
        m_errors += t.errors;
        m_gaps += int(t.knownGaps.size());
        m_wrong += int(t.failures.size());
        for (const QString &g : t.knownGaps)
            qInfo("known gap: %s", qPrintable(g));
        for (const QString &f : t.failures)
            qWarning("%s", qPrintable(f));
    }

private Q_SLOTS:
    void initTestCase()
    {
        registerBuiltInFlowRunners();
        m_now = QDateTime::currentDateTimeUtc();
        QString error;
        const QList<HostileCorpus::Entry> corpus = HostileCorpus::load(m_now, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSet<QString> ids;
        for (const HostileCorpus::Entry &c : corpus) {
            Entry e;
            static_cast<HostileCorpus::Entry &>(e) = c;
            QVERIFY2(!e.id.isEmpty() && !ids.contains(e.id), qPrintable(e.id));
            ids.insert(e.id);
            QVERIFY2(e.expect.contains(QStringLiteral("error"))
                    != e.expect.contains(QStringLiteral("key")),
                qPrintable(e.id + QStringLiteral(": expect needs key+values or error")));
            m_entries.append(e);
        }
        QVERIFY(m_entries.size() >= 40);
    }

    /// F1: ON24 registrants (and raw ON24 answer shapes) → the webinar's Act-On list.
    void on24RegistrantsToActOn()
    {
        Test::EngineFixture fx(HostileCorpus::world(m_now), false);
        QVERIFY(fx.ok());
        // The webinar's title is hostile too (corpus entries of "flow" F1E).
        QString title = HostileCorpus::eventTitle();
        for (Entry *e : entriesOf(QStringLiteral("F1E")))
            title = e->input.value(QStringLiteral("title")).toString();
        On24Emulator on24;
        on24.seed(HostileCorpus::world(m_now, title));
        QVERIFY(on24.listen(0));

        Tally t;
        for (Entry *e : entriesOf(QStringLiteral("F1"))) {
            const QJsonObject made = HostileCorpus::addRegistrant(fx, on24, e->input, e->wire);
            QVERIFY2(fx.lastStatus() == 201, qPrintable(e->id));
            e->sourceIds
                = { QString::number(made.value(QStringLiteral("eventuserid")).toInteger()) };
            e->rawEmail = e->wire.contains(QStringLiteral("email"))
                ? e->wire.value(QStringLiteral("email")).toVariant().toString()
                : e->input.value(QStringLiteral("email")).toString();
        }

        const qint64 on24Account
            = fx.linkOn24(on24, HostileCorpus::on24ClientId, QStringLiteral("ON24 hostile"));
        QVERIFY(on24Account > 0);
        const qint64 actonAccount = fx.link(AccountKind::ActOn);
        QVERIFY(actonAccount > 0);
        Flow f;
        f.kind = FlowKind::WebinarImport;
        f.name = QStringLiteral("Hostile webinars");
        f.sourceAccountId = on24Account;
        f.targetAccountId = actonAccount;
        f.settings = { { QStringLiteral("backfillFrom"),
            m_now.addDays(-30).date().toString(Qt::ISODate) } };
        FlowRepository flows(fx.journal());
        const auto flow = flows.add(f);
        QVERIFY(flow);

        const RunOutcome out = fx.run(flow->id, false, true);
        QVERIFY2(out.summary.id > 0, "the F1 run did not finish");
        QVERIFY2(out.summary.status == RunStatus::Succeeded
                || out.summary.status == RunStatus::SucceededWithErrors,
            qPrintable(out.message));

        // The Act-On lists made for the webinar (by the event id its name ends with).
        const auto webinarLists = [&fx] {
            QStringList names;
            Test::RawHttp http;
            const Test::RawReply reply = http.get(
                QUrl(fx.acton().baseUrl().toString() + QStringLiteral("/_sandbox/records/lists")));
            for (const QJsonValue &v : reply.jsonArray()) {
                const QString name = v.toObject().value(QStringLiteral("name")).toString();
                if (WebinarImportPlanner::eventIdOfListName(name) == HostileCorpus::eventId)
                    names.append(name);
            }
            return names;
        };
        const QStringList names = webinarLists();
        QCOMPARE(names.size(), 1);
        const auto rows = fx.listRows(names.first());
        const QList<RecordChange> history = historyRows(fx, out.summary.id);
        judge(
            QStringLiteral("F1"), [&](const QString &key) { return rows.value(key); }, history, &t);
        judge(
            QStringLiteral("F1E"),
            [&](const QString &) {
                return QJsonObject { { QStringLiteral("name"), names.first() } };
            },
            history, &t);

        report(QStringLiteral("F1 (ON24 → Act-On)"), t);
        QVERIFY2(t.failures.isEmpty(), qPrintable(t.failures.join(u'\n')));
        QCOMPARE(t.arrived + t.errors, t.seeded);

        // A second run finds the same list by its name: no second list, nothing new written.
        const RunOutcome again = fx.run(flow->id, false, true);
        QVERIFY2(again.summary.id > 0, "the second F1 run did not finish");
        QCOMPARE(webinarLists(), names);
        QCOMPARE(again.summary.counts.created, 0);
    }

    /// F3: Act-On list rows (read back through Act-On's CSV export) → Salesforce leads.
    void actOnListRowsToSalesforce()
    {
        Test::EngineFixture fx(HostileCorpus::world(m_now));
        QVERIFY(fx.ok());
        const QStringList headings = { QStringLiteral("E-mail Address"),
            QStringLiteral("First Name"), QStringLiteral("Last Name"), QStringLiteral("Company"),
            QStringLiteral("Job Title") };
        QVERIFY(!hostileList(fx, kF3List, headings, QStringLiteral("F3")).isEmpty());
        if (QTest::currentTestFailed())
            return;
        Tally t;

        const qint64 sf = fx.link(AccountKind::Salesforce);
        const qint64 acton = fx.link(AccountKind::ActOn);
        Flow f;
        f.kind = FlowKind::ListSync;
        f.name = QStringLiteral("Hostile list");
        f.sourceAccountId = sf;
        f.targetAccountId = acton;
        f.settings = { { QStringLiteral("source"), QStringLiteral("leads") },
            { QStringLiteral("listName"), kF3List }, { QStringLiteral("pullAddNew"), false },
            { QStringLiteral("pushAddNew"), true },
            { QStringLiteral("pushAddAs"), QStringLiteral("lead") } };
        FlowRepository flows(fx.journal());
        const auto flow = flows.add(f);
        QVERIFY(flow);
        QVERIFY(FieldMapRepository(fx.journal())
                    .save(flow->id, Test::FlowFieldMaps::listSyncColumns()));

        const RunOutcome out = fx.run(flow->id, false, true);
        checkListRun(fx, out, QStringLiteral("F3"));
        if (QTest::currentTestFailed())
            return;
        const auto leads = fx.sfRecords(QStringLiteral("Lead"));
        judge(
            QStringLiteral("F3"), [&](const QString &key) { return leads.value(key); },
            historyRows(fx, out.summary.id), &t);
        report(QStringLiteral("F3 (Act-On list → Salesforce)"), t);
        QVERIFY2(t.failures.isEmpty(), qPrintable(t.failures.join(u'\n')));
        QCOMPARE(t.arrived + t.errors, t.seeded);
    }

    /// F2: Salesforce leads and contacts (JSON nulls, numbers) → the Act-On "CRM contacts" list.
    void salesforceRecordsToActOn()
    {
        Test::EngineFixture fx(HostileCorpus::world(m_now));
        QVERIFY(fx.ok());
        Tally t;
        for (Entry *e : entriesOf(QStringLiteral("F2"))) {
            const QString object = e->from.section(u'.', 1);
            const QJsonObject made = fx.control(
                fx.salesforce(), "POST", QStringLiteral("/_sandbox/records/") + object, e->input);
            QVERIFY2(fx.lastStatus() == 201,
                qPrintable(e->id + u' ' + QString::fromUtf8(QJsonDocument(made).toJson())));
            e->sourceIds = { made.value(QStringLiteral("Id")).toString() };
            e->rawEmail = e->input.value(QStringLiteral("Email")).toString();
        }
        const qint64 flow = fx.addF2Flow();
        QVERIFY(flow > 0);
        const RunOutcome out = fx.run(flow, false, true);
        QVERIFY2(out.summary.id > 0, "the F2 run did not finish");
        QVERIFY2(out.summary.status == RunStatus::Succeeded
                || out.summary.status == RunStatus::SucceededWithErrors,
            qPrintable(out.message));
        const auto rows = fx.listRows();
        judge(
            QStringLiteral("F2"), [&](const QString &key) { return rows.value(key); },
            historyRows(fx, out.summary.id), &t);
        report(QStringLiteral("F2 (Salesforce → Act-On)"), t);
        QVERIFY2(t.failures.isEmpty(), qPrintable(t.failures.join(u'\n')));
        QCOMPARE(t.arrived + t.errors, t.seeded);
    }

    /// F2 with Pipeliner: contacts (JSON nulls, unknown fields) → the Act-On list.
    void pipelinerContactsToActOn()
    {
        Test::EngineFixture fx(HostileCorpus::world(m_now));
        QVERIFY(fx.ok());
        Tally t;
        for (Entry *e : entriesOf(QStringLiteral("F2P"))) {
            const QString entity = e->from.section(u'.', 1);
            const QJsonObject made = fx.control(
                fx.pipeliner(), "POST", QStringLiteral("/_sandbox/records/") + entity, e->input);
            QVERIFY2(fx.lastStatus() == 201 || fx.lastStatus() == 200,
                qPrintable(e->id + u' ' + QString::fromUtf8(QJsonDocument(made).toJson())));
            e->sourceIds = { made.value(QStringLiteral("id")).toString() };
            e->rawEmail = e->input.value(QStringLiteral("email1")).toString();
        }
        FieldMap map(CrmKind::Pipeliner, PushPolicy::TwoWay);
        const auto add = [&map](const QString &name, const QString &contact) {
            map.addRow(FieldMapRow::make(*StandardFields::byName(name), QString(), contact));
        };
        add(QStringLiteral("E-mail Address"), QStringLiteral("email1"));
        add(QStringLiteral("First Name"), QStringLiteral("first_name"));
        add(QStringLiteral("Last Name"), QStringLiteral("last_name"));
        add(QStringLiteral("Business Phone"), QStringLiteral("phone1"));
        const qint64 flow = fx.addF2Flow(map,
            { { QStringLiteral("syncLeads"), false },
                { QStringLiteral("listName"), QStringLiteral("Pipeliner contacts") } });
        QVERIFY(flow > 0);
        const RunOutcome out = fx.run(flow, false, true);
        QVERIFY2(out.summary.id > 0, "the F2 (Pipeliner) run did not finish");
        QVERIFY2(out.summary.status == RunStatus::Succeeded
                || out.summary.status == RunStatus::SucceededWithErrors,
            qPrintable(out.message));
        const auto rows = fx.listRows(QStringLiteral("Pipeliner contacts"));
        judge(
            QStringLiteral("F2P"), [&](const QString &key) { return rows.value(key); },
            historyRows(fx, out.summary.id), &t);
        report(QStringLiteral("F2 (Pipeliner → Act-On)"), t);
        QVERIFY2(t.failures.isEmpty(), qPrintable(t.failures.join(u'\n')));
        QCOMPARE(t.arrived + t.errors, t.seeded);
    }

    /// F4: Act-On list members at or above the score threshold → Pipeliner contacts (and
    /// one lead per membership).
    void actOnMembersToPipeliner()
    {
        Test::EngineFixture fx(HostileCorpus::world(m_now));
        QVERIFY(fx.ok());
        const QStringList headings
            = { QStringLiteral("E-mail Address"), QStringLiteral("First Name"),
                  QStringLiteral("Last Name"), QStringLiteral("Company"), QStringLiteral("Score") };
        hostileList(fx, kF4List, headings, QStringLiteral("F4"));
        if (QTest::currentTestFailed())
            return;
        Tally t;
        const QJsonArray clients
            = fx.control(fx.pipeliner(), "GET", QStringLiteral("/_sandbox/records/Clients"))
                  .value(QStringLiteral("records"))
                  .toArray();
        QVERIFY(!clients.isEmpty());
        const QString owner = clients.last().toObject().value(QStringLiteral("id")).toString();
        const qint64 acton = fx.link(AccountKind::ActOn);
        const qint64 pl = fx.link(AccountKind::Pipeliner);
        Flow f;
        f.kind = FlowKind::LeadHandoff;
        f.name = QStringLiteral("Hostile hand-off");
        f.sourceAccountId = acton;
        f.targetAccountId = pl;
        f.settings
            = { { QStringLiteral("scoreThreshold"), 60 }, { QStringLiteral("ownerId"), owner },
                  { QStringLiteral("lists"), QStringList { kF4List } } };
        FlowRepository flows(fx.journal());
        const auto flow = flows.add(f);
        QVERIFY(flow);
        const RunOutcome out = fx.run(flow->id, false, true);
        checkListRun(fx, out, QStringLiteral("F4"));
        if (QTest::currentTestFailed())
            return;
        const auto contacts = fx.plRecords(QStringLiteral("Contacts"));
        judge(
            QStringLiteral("F4"), [&](const QString &key) { return contacts.value(key); },
            historyRows(fx, out.summary.id), &t);
        report(QStringLiteral("F4 (Act-On → Pipeliner)"), t);
        QVERIFY2(t.failures.isEmpty(), qPrintable(t.failures.join(u'\n')));
        QCOMPARE(t.arrived + t.errors + int(t.knownGaps.size()), t.seeded);
    }

    /// The address check the planners share: real addresses pass, hostile ones do not.
    void emailValidity_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("valid");
        const auto row = [](const char *name, const QString &email, bool valid) {
            QTest::newRow(name) << email << valid;
        };
        row("plain", QStringLiteral("ada@example.com"), true);
        row("surrounding blanks", QStringLiteral("  Ada@Example.COM "), true);
        row("plus, apostrophe, subdomain", QStringLiteral("o'brien+tag@mail.example.co.uk"), true);
        row("hyphen and digits", QStringLiteral("a-1_b@x-9.example"), true);
        row("non-ASCII local part", QStringLiteral("jörg@example.de"), true);
        row("punycode domain", QStringLiteral("user@xn--bcher-kva.example"), true);
        row("blank", QStringLiteral("   "), false);
        row("no at", QStringLiteral("not-an-address"), false);
        row("two ats", QStringLiteral("two@@example.com"), false);
        row("no domain dot", QStringLiteral("user@localhost"), false);
        row("trailing at", QStringLiteral("broken@"), false);
        row("leading at", QStringLiteral("@example.com"), false);
        row("empty label", QStringLiteral("a@example..com"), false);
        row("dot at local end", QStringLiteral("a.@example.com"), false);
        row("blank inside", QStringLiteral("a b@example.com"), false);
        row("two addresses", QStringLiteral("a@example.com,b@example.com"), false);
        row("display name", QStringLiteral("Ada <ada@example.com>"), false);
        row("NUL byte", QStringLiteral("a") + QChar(0) + QStringLiteral("b@example.com"), false);
        row("BOM", QChar(0xfeff) + QStringLiteral("a@example.com"), false);
        row("too long", QString(250, u'a') + QStringLiteral("@example.com"), false);
    }

    void emailValidity()
    {
        QFETCH(QString, email);
        QFETCH(bool, valid);
        QCOMPARE(PersonKey::isValidEmail(email), valid);
    }

    void cleanupTestCase()
    {
        qInfo("hostile corpus: %d entries; %d seeded and judged: %d arrived with the right "
              "value, %d per-record errors in the history, %d known gaps, %d dropped or wrong",
            int(m_entries.size()), m_seeded, m_arrived, m_errors, m_gaps, m_wrong);
    }
};

QTEST_GUILESS_MAIN(TestHostileData)
#include "tst_hostile_data.moc"
