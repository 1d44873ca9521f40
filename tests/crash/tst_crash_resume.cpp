// Crash resume with real processes (issue 11, "Prove the guarantees").
//
// Two leadbridge-sandbox processes serve the same demo world (same seed): a reference and a
// chaos one. Each gets its own data folder with the four accounts linked through
// "leadbridge-cli accounts link" and the four demo flows (F1 webinar import, F2 contact sync,
// F3 list sync, F4 lead handoff). Flow after flow, in rounds (each round changes the same
// records on both sandboxes first), the reference runs "leadbridge-cli sync" undisturbed;
// on the chaos side the CLI is SIGKILLed (QProcess::kill) at randomised points aimed at the
// fetch, apply and commit phases (LEADBRIDGE_PHASE_MARKERS makes the engine print its phases
// on standard error) and restarted until a run completes. At the end both sandboxes and both
// journals must agree: the same records (none lost, duplicated or stale), the same links and
// cursors, no run left running, every link pointing at a record that exists, and one more run
// of each flow finding nothing to do.
//
// Then the lock between processes: two "sync" processes on one flow (one runs, the other
// refuses with a sentence and exit code 3, the first run ends succeeded), two different flows
// on one data folder side by side, and several processes creating one journal at once.
//
// LEADBRIDGE_CRASH_SEED=<n> replays a run; the seed is printed either way.
// LEADBRIDGE_CRASH_KEEP=1 keeps both data folders (journals, logs) and prints their paths.
#include "core/engine/DemoFlows.h"
#include "core/model/Account.h"
#include "core/model/Flow.h"
#include "core/model/LinkSnapshot.h"
#include "core/store/AccountRepository.h"
#include "core/store/FlowRepository.h"
#include "core/store/Journal.h"
#include "core/store/SqlSupport.h"
#include "tests/support/RawHttp.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace LeadBridge;
using namespace Qt::StringLiterals;

namespace {

constexpr int kWorldSeed = 2026;
constexpr int kWorldSize = 48;
constexpr int kKillsPerFlow = 10;
constexpr int kMaxKillsPerRound = 5;
constexpr int kMaxRounds = 12;
constexpr int kProcessTimeoutMs = 180000;

QString exeDir()
{
    // build/<preset>/tests/tst_crash_resume → build/<preset>/app/
    return QDir(QCoreApplication::applicationDirPath() + u"/../app"_s).absolutePath();
}

/// Kill phases as reported: where the run was when the signal went out.
QString phaseOf(const QString &marker)
{
    if (marker.isEmpty())
        return u"start"_s;
    if (marker == u"apply"_s || marker == u"checkpoint:before-batch-commit"_s)
        return u"apply"_s;
    if (marker == u"commit"_s || marker == u"commit-begin"_s || marker == u"finish"_s
        || marker.startsWith(u"checkpoint:mid-apply"_s)
        || marker == u"checkpoint:before-cursor-commit"_s)
        return u"commit"_s;
    return u"fetch"_s; // run-started, fetch, plan, checkpoint:after-fetch
}

int phaseOrder(const QString &phase)
{
    static const QStringList order { u"start"_s, u"fetch"_s, u"apply"_s, u"commit"_s };
    return int(order.indexOf(phase));
}

/// One leadbridge-sandbox process and its control API.
class SandboxProcess
{
public:
    bool start(QString *error)
    {
        m_proc.setProgram(exeDir() + u"/leadbridge-sandbox"_s);
        // --fixed-dates: both worlds to the millisecond alike (not moved to "now").
        m_proc.setArguments({ u"--seed"_s, QString::number(kWorldSeed), u"--size"_s,
            QString::number(kWorldSize), u"--fixed-dates"_s });
        m_proc.start();
        if (!m_proc.waitForStarted(20000)) {
            *error = u"leadbridge-sandbox did not start: "_s + m_proc.errorString();
            return false;
        }
        QByteArray out;
        QElapsedTimer t;
        t.start();
        while (m_lines.size() < 4 && t.elapsed() < 60000) {
            m_proc.waitForReadyRead(500);
            out += m_proc.readAllStandardOutput();
            for (const QByteArray &line : out.split('\n')) {
                const QStringList parts = QString::fromUtf8(line).split(u' ', Qt::SkipEmptyParts);
                if (parts.size() >= 2 && parts.at(1).startsWith(u"http://"_s))
                    m_lines.insert(parts.at(0), parts);
            }
        }
        if (m_lines.size() < 4) {
            *error = u"leadbridge-sandbox printed no endpoints: "_s
                + QString::fromUtf8(m_proc.readAllStandardError());
            return false;
        }
        // Every CLI process signs in anew (more so when killed before it could keep a
        // token): Act-On's five sign-ins per hour would stop the test, not the product.
        if (call(u"acton"_s, "PATCH", u"/_sandbox/records/limits"_s,
                { { u"authCallsPerHour"_s, 100000 } })
                .status
            != 200) {
            *error = u"could not raise the Act-On sign-in limit of the sandbox"_s;
            return false;
        }
        return true;
    }
    ~SandboxProcess()
    {
        if (m_proc.state() != QProcess::NotRunning) {
            m_proc.terminate();
            if (!m_proc.waitForFinished(10000))
                m_proc.kill();
            m_proc.waitForFinished(5000);
        }
    }

    QString url(const QString &emu) const { return m_lines.value(emu).value(1); }
    QString field(const QString &emu, const QString &key) const
    {
        for (const QString &p : m_lines.value(emu)) {
            if (p.startsWith(key + u'='))
                return p.mid(key.size() + 1);
        }
        return {};
    }

    Test::RawReply call(const QString &emu, const QByteArray &verb, const QString &path,
        const QJsonObject &body = {})
    {
        QUrl u(url(emu));
        const qsizetype q = path.indexOf(u'?');
        u.setPath(q < 0 ? path : path.left(q));
        if (q >= 0)
            u.setQuery(path.mid(q + 1));
        return m_http.send(verb, u,
            { { QByteArray("Content-Type"), QByteArray("application/json") } },
            body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    QJsonArray records(const QString &emu, const QString &object)
    {
        QJsonArray all;
        for (int offset = 0;; offset += 1000) {
            const QJsonObject page = call(emu, "GET",
                u"/_sandbox/records/%1?offset=%2&limit=1000"_s.arg(object).arg(offset))
                                         .json();
            const QJsonArray rows = page.value(u"records"_s).toArray();
            for (const QJsonValue &v : rows)
                all.append(v);
            if (rows.size() < 1000)
                break;
        }
        return all;
    }
    /// Act-On lists (id, name, folder).
    QJsonArray lists() { return call(u"acton"_s, "GET", u"/_sandbox/records/lists"_s).jsonArray(); }
    void setLatency(int ms)
    {
        for (const QString &emu : { u"on24"_s, u"acton"_s, u"salesforce"_s, u"pipeliner"_s })
            call(emu, "PATCH", u"/_sandbox/faults"_s, { { u"latencyMs"_s, ms } });
    }

private:
    QProcess m_proc;
    QMap<QString, QStringList> m_lines;
    Test::RawHttp m_http;
};

/// The result of one leadbridge-cli call.
struct CliResult
{
    int exitCode = -1;
    bool crashed = false; ///< ended by a signal (our SIGKILL)
    bool timedOut = false;
    QByteArray out;
    QByteArray err;
    QString lastMarker; ///< the last phase marker seen before the end
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

/// A kill aimed at a phase: after the first marker of that phase, wait delayMs, then SIGKILL.
struct KillPlan
{
    QString phase; ///< fetch, apply or commit; empty = no kill
    int delayMs = 0;
};

/// One data folder with the four accounts and demo flows, driven by leadbridge-cli.
class CliSide
{
public:
    explicit CliSide(SandboxProcess &sandbox)
        : m_sandbox(sandbox)
    {
        // LEADBRIDGE_CRASH_KEEP=1 keeps the data folders (journal, logs) to look into.
        if (qEnvironmentVariableIsSet("LEADBRIDGE_CRASH_KEEP")) {
            m_dir.setAutoRemove(false);
            qInfo("data folder kept: %s", qPrintable(m_dir.path()));
        }
    }

    QString dataDir() const { return m_dir.path(); }
    QString journalPath() const { return m_dir.path() + u"/journal.sqlite"_s; }

    CliResult cli(const QStringList &args, const QByteArray &input = {}, const KillPlan &kill = {},
        bool markers = false)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.remove(u"LEADBRIDGE_DATA_DIR"_s);
        if (markers || !kill.phase.isEmpty())
            env.insert(u"LEADBRIDGE_PHASE_MARKERS"_s, u"1"_s);
        else
            env.remove(u"LEADBRIDGE_PHASE_MARKERS"_s);
        p.setProcessEnvironment(env);
        p.setProgram(exeDir() + u"/leadbridge-cli"_s);
        p.setArguments(QStringList { u"--data-dir"_s, m_dir.path() } + args);
        CliResult r;
        QByteArray errBuffer;
        bool armed = false;
        QEventLoop loop;
        QTimer killTimer;
        killTimer.setSingleShot(true);
        QObject::connect(&killTimer, &QTimer::timeout, &p, [&] {
            if (p.state() == QProcess::Running)
                p.kill(); // SIGKILL
        });
        QObject::connect(&p, &QProcess::readyReadStandardError, &p, [&] {
            errBuffer += p.readAllStandardError();
            qsizetype nl;
            while ((nl = errBuffer.indexOf('\n')) >= 0) {
                const QByteArray line = errBuffer.left(nl);
                errBuffer.remove(0, nl + 1);
                r.err += line + '\n';
                if (!line.startsWith("LEADBRIDGE-PHASE "))
                    continue;
                r.lastMarker = QString::fromUtf8(line.mid(17)).trimmed();
                // Armed by the first marker of the aimed phase or of a later one (a run with
                // nothing to write has no apply phase).
                if (!armed && !kill.phase.isEmpty()
                    && phaseOrder(phaseOf(r.lastMarker)) >= phaseOrder(kill.phase)) {
                    armed = true;
                    if (kill.delayMs <= 0 && p.state() == QProcess::Running)
                        p.kill();
                    else
                        killTimer.start(kill.delayMs);
                }
            }
        });
        QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
        QObject::connect(&p, &QProcess::errorOccurred, &loop, [&](QProcess::ProcessError e) {
            if (e == QProcess::FailedToStart)
                loop.quit();
        });
        QTimer guard;
        guard.setSingleShot(true);
        QObject::connect(&guard, &QTimer::timeout, &loop, [&] {
            r.timedOut = true;
            p.kill();
            loop.quit();
        });
        p.start();
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        guard.start(kProcessTimeoutMs);
        if (p.state() != QProcess::NotRunning)
            loop.exec();
        p.waitForFinished(10000);
        errBuffer += p.readAllStandardError();
        r.err += errBuffer;
        r.out = p.readAllStandardOutput();
        r.crashed = p.exitStatus() == QProcess::CrashExit;
        r.exitCode = p.exitCode();
        return r;
    }

    /// Links the four sandbox accounts and adds the four demo flows.
    bool setUp(QString *error)
    {
        if (!m_dir.isValid()) {
            *error = u"no temporary directory"_s;
            return false;
        }
        const SandboxProcess &s = m_sandbox;
        struct Link
        {
            QString kind, name;
            QStringList settings;
            QByteArray secrets;
        };
        const QList<Link> links {
            { u"on24"_s, u"Crash ON24"_s,
                { u"clientId="_s + s.field(u"on24"_s, u"clientIds"_s).section(u',', 0, 0),
                    u"baseUrl="_s + s.url(u"on24"_s) },
                "tokenKey=" + s.field(u"on24"_s, u"accessTokenKey"_s).toUtf8() + "\ntokenSecret="
                    + s.field(u"on24"_s, u"accessTokenSecret"_s).toUtf8() + '\n' },
            { u"acton"_s, u"Crash Act-On"_s,
                { u"username="_s + s.field(u"acton"_s, u"username"_s),
                    u"clientId="_s + s.field(u"acton"_s, u"clientId"_s),
                    u"baseUrl="_s + s.url(u"acton"_s) },
                "password=" + s.field(u"acton"_s, u"password"_s).toUtf8() + "\nclientSecret="
                    + s.field(u"acton"_s, u"clientSecret"_s).toUtf8() + '\n' },
            { u"salesforce"_s, u"Crash Salesforce"_s,
                { u"loginUrl="_s + s.url(u"salesforce"_s), u"authMethod=password"_s,
                    u"clientId="_s + s.field(u"salesforce"_s, u"clientId"_s),
                    u"username="_s + s.field(u"salesforce"_s, u"username"_s) },
                "password=" + s.field(u"salesforce"_s, u"password"_s).toUtf8() + "\nsecurityToken="
                    + s.field(u"salesforce"_s, u"securityToken"_s).toUtf8() + "\nclientSecret="
                    + s.field(u"salesforce"_s, u"clientSecret"_s).toUtf8() + '\n' },
            { u"pipeliner"_s, u"Crash Pipeliner"_s,
                { u"spaceId="_s + s.field(u"pipeliner"_s, u"spaceId"_s),
                    u"baseUrl="_s + s.url(u"pipeliner"_s) },
                "apiToken=" + s.field(u"pipeliner"_s, u"apiToken"_s).toUtf8() + "\napiSecret="
                    + s.field(u"pipeliner"_s, u"apiSecret"_s).toUtf8() + '\n' },
        };
        for (const Link &l : links) {
            QStringList args { u"accounts"_s, u"link"_s, l.kind, u"--name"_s, l.name };
            for (const QString &setting : l.settings)
                args << u"--setting"_s << setting;
            const CliResult r = cli(args, l.secrets);
            if (r.exitCode != 0 || r.crashed) {
                *error = u"accounts link %1 failed (%2): %3"_s.arg(
                    l.kind, QString::number(r.exitCode), QString::fromUtf8(r.err + r.out));
                return false;
            }
        }
        Journal journal;
        static int counter = 0;
        if (Status st = journal.open(journalPath(), u"crash-setup-%1"_s.arg(++counter)); !st) {
            *error = st.errorString();
            return false;
        }
        AccountRepository accounts(journal);
        DemoFlowAccounts ids;
        const auto accountList = accounts.list();
        if (!accountList) {
            *error = accountList.errorString();
            return false;
        }
        for (const Account &a : accountList.value()) {
            switch (a.kind) {
            case AccountKind::On24:
                ids.on24 = a.id;
                break;
            case AccountKind::ActOn:
                ids.actOn = a.id;
                break;
            case AccountKind::Salesforce:
                ids.salesforce = a.id;
                break;
            case AccountKind::Pipeliner:
                ids.pipeliner = a.id;
                break;
            }
        }
        // The lead owner: the first Pipeliner user (the same in both sandboxes).
        QStringList clients;
        for (const QJsonValue &v : m_sandbox.records(u"pipeliner"_s, u"Clients"_s))
            clients.append(v.toObject().value(u"id"_s).toString());
        clients.sort();
        ids.pipelinerOwnerId = clients.value(0);
        const auto made = DemoFlows::ensure(journal, ids);
        if (!made) {
            *error = made.errorString();
            return false;
        }
        FlowRepository flows(journal);
        const auto flowList = flows.list();
        if (!flowList) {
            *error = flowList.errorString();
            return false;
        }
        for (const Flow &f : flowList.value()) {
            const QString demo = f.settings.value(DemoFlows::markerKey()).toString();
            if (demo == DemoFlows::webinarImportId())
                m_flows.insert(u"F1"_s, f.id);
            else if (demo == DemoFlows::contactSyncId())
                m_flows.insert(u"F2"_s, f.id);
            else if (demo == DemoFlows::listSyncId())
                m_flows.insert(u"F3"_s, f.id);
            else if (demo == DemoFlows::leadHandoffId())
                m_flows.insert(u"F4"_s, f.id);
            if (demo == DemoFlows::contactSyncId()) {
                // Small groups: many commits in one run, so kills land between them.
                Flow edited = f;
                edited.settings.insert(u"applyBatch"_s, 6);
                flows.update(edited);
            }
        }
        journal.close();
        if (m_flows.size() != 4) {
            *error = u"the four demo flows were not all made"_s;
            return false;
        }
        return true;
    }

    qint64 flow(const QString &kind) const { return m_flows.value(kind); }

    /// Reads one query's rows as joined strings.
    QStringList query(const QString &sql)
    {
        QStringList rows;
        Journal journal;
        static int counter = 0;
        if (!journal.open(journalPath(), u"crash-read-%1"_s.arg(++counter)))
            return { u"<journal does not open>"_s };
        {
            QSqlQuery q(journal.database());
            if (!q.exec(sql))
                return { u"<query failed>"_s };
            while (q.next()) {
                QStringList cols;
                for (int i = 0; i < q.record().count(); ++i)
                    cols.append(q.value(i).toString());
                rows.append(cols.join(u'|'));
            }
        }
        journal.close();
        return rows;
    }

private:
    SandboxProcess &m_sandbox;
    QTemporaryDir m_dir;
    QMap<QString, qint64> m_flows;
};

/// Record values without what differs between two equal worlds (ids, times, revisions).
QJsonValue canonical(const QJsonValue &v)
{
    static const QRegularExpression volatileText(
        u"^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-zA-Z]{3}[0-9a-zA-Z]{12}(?:[A-Z]{3})?|"
        "l-\\d+|c-\\d+)$"_s);
    static const QRegularExpression timeText(
        u"\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}|[A-Z][a-z]{2} \\d{1,2} \\d{4} \\d{1,2}:\\d{2}"_s);
    static const QSet<QString> volatileKeys { u"id"_s, u"Id"_s, u"attributes"_s, u"created"_s,
        u"modified"_s, u"revision"_s, u"CreatedDate"_s, u"LastModifiedDate"_s,
        u"SystemModstamp"_s, u"LastViewedDate"_s, u"LastReferencedDate"_s, u"CreatedById"_s,
        u"LastModifiedById"_s, u"url"_s };
    if (v.isObject()) {
        QJsonObject o;
        const QJsonObject in = v.toObject();
        for (auto it = in.begin(); it != in.end(); ++it) {
            if (volatileKeys.contains(it.key()) || it.key().startsWith(u'_'))
                continue;
            o.insert(it.key(), canonical(it.value()));
        }
        return o;
    }
    if (v.isArray()) {
        QStringList items;
        for (const QJsonValue &x : v.toArray())
            items.append(QString::fromUtf8(
                QJsonDocument(QJsonArray { canonical(x) }).toJson(QJsonDocument::Compact)));
        items.sort();
        QJsonArray out;
        for (const QString &s : items)
            out.append(s);
        return out;
    }
    if (v.isString()) {
        const QString s = v.toString();
        if (volatileText.match(s).hasMatch())
            return u"<id>"_s;
        if (timeText.match(s).hasMatch())
            return u"<time>"_s;
    }
    if (v.isDouble() && v.toDouble() > 1.0e12)
        return u"<time>"_s; // epoch milliseconds
    return v;
}

/// Everything the four flows write, as sorted canonical lines: Act-On lists and rows,
/// Salesforce leads and contacts, Pipeliner leads, contacts and accounts.
QStringList sandboxState(SandboxProcess &s, int *records)
{
    QStringList lines;
    *records = 0;
    const QJsonArray lists = s.lists();
    for (const QJsonValue &lv : lists) {
        const QJsonObject l = lv.toObject();
        const QString prefix = u"acton list "_s + l.value(u"name"_s).toString() + u" in "_s
            + l.value(u"folderName"_s).toString() + u": "_s;
        for (const QJsonValue &r : s.records(u"acton"_s, l.value(u"id"_s).toString())) {
            lines.append(prefix
                + QString::fromUtf8(QJsonDocument(canonical(r).toObject()).toJson(QJsonDocument::Compact)));
            ++*records;
        }
    }
    const QList<QPair<QString, QString>> objects { { u"salesforce"_s, u"Lead"_s },
        { u"salesforce"_s, u"Contact"_s }, { u"pipeliner"_s, u"Leads"_s },
        { u"pipeliner"_s, u"Contacts"_s }, { u"pipeliner"_s, u"Accounts"_s } };
    for (const auto &[emu, object] : objects) {
        for (const QJsonValue &r : s.records(emu, object)) {
            lines.append(emu + u' ' + object + u": "_s
                + QString::fromUtf8(QJsonDocument(canonical(r).toObject()).toJson(QJsonDocument::Compact)));
            ++*records;
        }
    }
    lines.sort();
    return lines;
}

/// Link rows with the snapshot (last column, hex) as sorted "field:hash" entries. A field
/// recorded with a blank value and a field not recorded both mean "nothing synced yet".
QStringList readableLinks(const QStringList &rows)
{
    const quint64 blank = LinkSnapshot::valueHash(QString());
    QStringList out;
    for (const QString &row : rows) {
        QStringList cols = row.split(u'|');
        LinkSnapshot snap;
        if (!cols.isEmpty() && snap.unpackFields(QByteArray::fromHex(cols.last().toLatin1()))) {
            QStringList entries;
            for (const LinkSnapshot::FieldHash &f : std::as_const(snap.fields)) {
                if (f.value != blank)
                    entries.append(u"%1:%2"_s.arg(f.field, 8, 16, QChar(u'0')).arg(f.value, 16, 16, QChar(u'0')));
            }
            entries.sort();
            cols.last() = entries.join(u',');
        }
        out.append(cols.join(u'|'));
    }
    return out;
}

/// Lines of @p a not in @p b (as a multiset), at most @p max.
QStringList missingFrom(QStringList a, const QStringList &b, int max = 5)
{
    for (const QString &line : b)
        a.removeOne(line);
    return a.mid(0, max);
}

} // namespace

class TestCrashResume : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedRunsEndLikeUninterruptedOnes();
    void oneFlowRunsInOneProcessOnly();
    void twoFlowsRunSideBySide();
    void processesCreateOneJournalAtOnce();
    void cleanupTestCase();

private:
    /// The same change on both sandboxes before round @p round of @p kind.
    void mutate(const QString &kind, int round);
    void mutateOne(SandboxProcess &s, const QString &kind, int round, const QDateTime &at);
    /// Runs @p kind on the chaos side, killing it as planned, until a run completes.
    void chaosRound(const QString &kind, int *killsLeftInRound);

    quint32 m_seed = 0;
    QRandomGenerator m_rng;
    std::unique_ptr<SandboxProcess> m_refBox;
    std::unique_ptr<SandboxProcess> m_chaosBox;
    std::unique_ptr<CliSide> m_ref;
    std::unique_ptr<CliSide> m_chaos;
    QMap<QString, QMap<QString, int>> m_kills; ///< flow kind → phase → kills
    QMap<QString, int> m_restarts;
    QMap<QString, QMap<QString, int>> m_delayCap; ///< flow kind → phase → longest kill delay, ms
    bool m_ready = false;
};

void TestCrashResume::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No session bus for the keychain; run through scripts/with-keyring.sh.");
    QVERIFY2(QFileInfo::exists(exeDir() + u"/leadbridge-cli"_s)
            && QFileInfo::exists(exeDir() + u"/leadbridge-sandbox"_s),
        qPrintable(u"build leadbridge-cli and leadbridge-sandbox first (looked in %1)"_s.arg(exeDir())));
    bool ok = false;
    m_seed = qEnvironmentVariableIntValue("LEADBRIDGE_CRASH_SEED", &ok);
    if (!ok)
        m_seed = QRandomGenerator::global()->generate() % 1000000;
    m_rng.seed(m_seed);
    qInfo("crash resume seed %u (replay with LEADBRIDGE_CRASH_SEED=%u)", m_seed, m_seed);

    QString error;
    m_refBox = std::make_unique<SandboxProcess>();
    m_chaosBox = std::make_unique<SandboxProcess>();
    QVERIFY2(m_refBox->start(&error), qPrintable(error));
    QVERIFY2(m_chaosBox->start(&error), qPrintable(error));
    m_ref = std::make_unique<CliSide>(*m_refBox);
    m_chaos = std::make_unique<CliSide>(*m_chaosBox);
    QVERIFY2(m_ref->setUp(&error), qPrintable(error));
    QVERIFY2(m_chaos->setUp(&error), qPrintable(error));
    int refRecords = 0, chaosRecords = 0;
    QCOMPARE(sandboxState(*m_chaosBox, &chaosRecords), sandboxState(*m_refBox, &refRecords));
    m_ready = true;
}

void TestCrashResume::cleanupTestCase()
{
    m_ref.reset();
    m_chaos.reset();
    m_refBox.reset();
    m_chaosBox.reset();
}

void TestCrashResume::mutateOne(
    SandboxProcess &s, const QString &kind, int round, const QDateTime &at)
{
    const int people = 4;
    if (kind == u"F1"_s) {
        // New registrants of a webinar of the linked ON24 client.
        const QString client = s.field(u"on24"_s, u"clientIds"_s).section(u',', 0, 0);
        qint64 event = 0;
        for (const QJsonValue &v : s.records(u"on24"_s, u"registrant"_s)) {
            const QJsonObject r = v.toObject();
            if (QString::number(r.value(u"clientid"_s).toInteger()) == client) {
                event = r.value(u"eventid"_s).toInteger();
                break;
            }
        }
        for (int i = 0; i < people; ++i) {
            s.call(u"on24"_s, "POST", u"/_sandbox/records/registrant"_s,
                { { u"eventid"_s, event },
                    { u"email"_s, u"crash.r%1.p%2@resume.example"_s.arg(round).arg(i) },
                    { u"firstname"_s, u"Round%1"_s.arg(round) },
                    { u"lastname"_s, u"Person%1"_s.arg(i) }, { u"company"_s, u"Resume Ltd"_s },
                    // the same registration time in both worlds
                    { u"createtimestamp"_s, at.toString(Qt::ISODate) },
                    { u"lastactivity"_s, at.toString(Qt::ISODate) } });
        }
        return;
    }
    if (kind == u"F2"_s || kind == u"F3"_s) {
        // Salesforce leads changed (by e-mail, so both worlds pick the same people).
        QMap<QString, QString> byEmail;
        for (const QJsonValue &v : s.records(u"salesforce"_s, u"Lead"_s)) {
            const QJsonObject r = v.toObject();
            if (!r.value(u"IsDeleted"_s).toBool() && !r.value(u"Email"_s).toString().isEmpty())
                byEmail.insert(r.value(u"Email"_s).toString().toLower(), r.value(u"Id"_s).toString());
        }
        int i = 0;
        const int start = (round * 5 + (kind == u"F3"_s ? 2 : 0)) % qMax(1, int(byEmail.size()));
        for (auto it = byEmail.cbegin(); it != byEmail.cend(); ++it, ++i) {
            if (i < start || i >= start + people)
                continue;
            const QJsonObject fields = kind == u"F2"_s
                ? QJsonObject { { u"FirstName"_s, u"F2r%1n%2"_s.arg(round).arg(i) } }
                : QJsonObject { { u"Title"_s, u"Title r%1 n%2"_s.arg(round).arg(i) } };
            s.call(u"salesforce"_s, "PATCH", u"/_sandbox/records/Lead/%1"_s.arg(it.value()), fields);
        }
        return;
    }
    // F4: Act-On scores raised over the handoff threshold (75) in the seeded lists.
    QMap<QString, QPair<QString, QString>> rows; ///< list name + email → (list id, row id)
    for (const QJsonValue &lv : s.lists()) {
        const QJsonObject l = lv.toObject();
        const QString id = l.value(u"id"_s).toString();
        if (!QRegularExpression(u"^l-000[1-4]$"_s).match(id).hasMatch())
            continue;
        for (const QJsonValue &v : s.records(u"acton"_s, id)) {
            const QJsonObject r = v.toObject();
            rows.insert(l.value(u"name"_s).toString() + u' '
                    + r.value(u"E-mail Address"_s).toString().toLower(),
                { id, r.value(u"_contact_id_"_s).toString() });
        }
    }
    int i = 0;
    const int start = (round * 3) % qMax(1, int(rows.size()));
    for (auto it = rows.cbegin(); it != rows.cend(); ++it, ++i) {
        if (i < start || i >= start + people)
            continue;
        s.call(u"acton"_s, "PATCH",
            u"/_sandbox/records/%1/%2"_s.arg(it.value().first, it.value().second),
            { { u"Score"_s, QString::number(76 + round * 3 + i % 3) } });
    }
}

void TestCrashResume::mutate(const QString &kind, int round)
{
    QDateTime at = QDateTime::currentDateTimeUtc();
    at.setTime(QTime(at.time().hour(), at.time().minute(), at.time().second()));
    mutateOne(*m_refBox, kind, round, at);
    mutateOne(*m_chaosBox, kind, round, at);
}

void TestCrashResume::chaosRound(const QString &kind, int *killsLeftInRound)
{
    const QString flow = QString::number(m_chaos->flow(kind));
    for (int attempt = 0; attempt < 60; ++attempt) {
        KillPlan plan;
        if (*killsLeftInRound > 0) {
            static const QStringList phases { u"fetch"_s, u"apply"_s, u"commit"_s };
            plan.phase = phases.at(int(m_rng.bounded(3)));
            const int cap = m_delayCap[kind].value(plan.phase, plan.phase == u"fetch"_s ? 100 : 50);
            plan.delayMs = int(m_rng.bounded(cap));
        }
        const CliResult r = m_chaos->cli({ u"sync"_s, flow, u"--json"_s }, {}, plan, true);
        if (qEnvironmentVariableIsSet("LEADBRIDGE_CRASH_VERBOSE"))
            qInfo("%s: aimed at %s +%d ms: %s (last marker %s)", qPrintable(kind),
                qPrintable(plan.phase), plan.delayMs,
                r.crashed ? "killed" : qPrintable(u"exit "_s + QString::number(r.exitCode)),
                qPrintable(r.lastMarker));
        QVERIFY2(!r.timedOut, qPrintable(kind + u": a run did not end: "_s + QString::fromUtf8(r.err)));
        if (r.crashed) {
            ++m_kills[kind][phaseOf(r.lastMarker)];
            ++m_restarts[kind];
            --*killsLeftInRound;
            continue;
        }
        // Ended by itself: it must have completed (with or without record errors). A kill
        // aimed at this phase came too late: the phase is shorter here than the delay, so
        // later aims at it wait less (short phases differ from machine to machine).
        if (!plan.phase.isEmpty())
            m_delayCap[kind][plan.phase] = qMax(1, plan.delayMs / 2);
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1,
            qPrintable(u"%1: run after %2 kill(s) ended with exit code %3: %4 %5"_s.arg(kind)
                    .arg(m_restarts.value(kind))
                    .arg(r.exitCode)
                    .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err))));
        return;
    }
    QFAIL(qPrintable(kind + u": no run completed in 60 attempts"_s));
}

void TestCrashResume::killedRunsEndLikeUninterruptedOnes()
{
    QVERIFY(m_ready);
    QElapsedTimer timer;
    timer.start();
    // Latency on the chaos side only: runs last long enough for kills to land mid-run.
    m_chaosBox->setLatency(60);
    int rounds = 0;
    for (const QString &kind : { u"F1"_s, u"F2"_s, u"F3"_s, u"F4"_s }) {
        int killed = 0;
        for (int round = 0; round < kMaxRounds && (round == 0 || killed < kKillsPerFlow);
             ++round) {
            if (round > 0)
                mutate(kind, round);
            const CliResult ref = m_ref->cli({ u"sync"_s, QString::number(m_ref->flow(kind)), u"--json"_s });
            QVERIFY2(!ref.crashed && (ref.exitCode == 0 || ref.exitCode == 1),
                qPrintable(u"reference %1 round %2: exit %3: %4"_s.arg(kind)
                        .arg(round)
                        .arg(ref.exitCode)
                        .arg(QString::fromUtf8(ref.err + ref.out))));
            int killsLeft = qMin(kMaxKillsPerRound, kKillsPerFlow - killed);
            const int before = killsLeft;
            chaosRound(kind, &killsLeft);
            if (QTest::currentTestFailed())
                return;
            killed += before - killsLeft;
            ++rounds;
        }
        QVERIFY2(killed >= kKillsPerFlow,
            qPrintable(u"%1: only %2 kills landed in %3 rounds"_s.arg(kind).arg(killed).arg(kMaxRounds)));
    }
    m_chaosBox->setLatency(0);

    // --- the sandboxes agree ----------------------------------------------------------
    int refRecords = 0, chaosRecords = 0;
    const QStringList refState = sandboxState(*m_refBox, &refRecords);
    const QStringList chaosState = sandboxState(*m_chaosBox, &chaosRecords);
    const QStringList lost = missingFrom(refState, chaosState);
    const QStringList extra = missingFrom(chaosState, refState);
    // QVERIFY2 cuts long messages: every differing line whole in the log first.
    for (const QString &line : lost)
        qInfo("in the reference only: %s", qPrintable(line));
    for (const QString &line : extra)
        qInfo("after kills only: %s", qPrintable(line));
    QVERIFY2(lost.isEmpty() && extra.isEmpty(),
        qPrintable(u"sandbox states differ.\nIn the reference only:\n  %1\nAfter kills only:\n  %2"_s.arg(
            lost.join(u"\n  "_s), extra.join(u"\n  "_s))));
    QCOMPARE(chaosRecords, refRecords);

    // --- the journals agree -------------------------------------------------------------
    for (const QString &kind : { u"F1"_s, u"F2"_s, u"F3"_s, u"F4"_s }) {
        const auto links = [kind](CliSide &side) {
            return side.query(u"SELECT email_key, on24_id IS NOT NULL, acton_id IS NOT NULL, "
                              "salesforce_id IS NOT NULL, COALESCE(salesforce_type, ''), "
                              "pipeliner_id IS NOT NULL, hex(snapshot) FROM record_links WHERE "
                              "flow_id = %1 ORDER BY email_key"_s.arg(side.flow(kind)));
        };
        const QStringList refLinks = readableLinks(links(*m_ref));
        const QStringList chaosLinks = readableLinks(links(*m_chaos));
        if (refLinks != chaosLinks) {
            const QStringList a = missingFrom(refLinks, chaosLinks, 1000);
            const QStringList b = missingFrom(chaosLinks, refLinks, 1000);
            for (const QString &line : a)
                qInfo("%s reference link: %s", qPrintable(kind), qPrintable(line));
            for (const QString &line : b)
                qInfo("%s link after kills: %s", qPrintable(kind), qPrintable(line));
        }
        QVERIFY2(refLinks == chaosLinks,
            qPrintable(u"%1 links differ. Reference only: %2; after kills only: %3"_s.arg(kind,
                missingFrom(refLinks, chaosLinks).join(u"; "_s),
                missingFrom(chaosLinks, refLinks).join(u"; "_s))));
        const auto cursors = [kind](CliSide &side) {
            return side.query(u"SELECT system, object, cursor <> '' FROM sync_cursors WHERE "
                              "flow_id = %1 ORDER BY system, object"_s.arg(side.flow(kind)));
        };
        QCOMPARE(cursors(*m_chaos), cursors(*m_ref));
        for (const QString &row : cursors(*m_chaos))
            QVERIFY2(row.endsWith(u"|1"_s), qPrintable(kind + u": empty cursor " + row));
    }
    QCOMPARE(m_chaos->query(u"SELECT COUNT(*) FROM runs WHERE status IN ('running','queued')"_s),
        QStringList { u"0"_s });
    QCOMPARE(m_ref->query(u"SELECT COUNT(*) FROM runs WHERE status IN ('running','queued')"_s),
        QStringList { u"0"_s });
    const int interrupted = m_chaos
                                ->query(u"SELECT COUNT(*) FROM runs WHERE status = 'failed' AND "
                                        "error_summary LIKE '%stopped during this run%'"_s)
                                .value(0)
                                .toInt();

    // --- nothing stale: every link points at a record that exists --------------------------
    QSet<QString> sfIds, plIds, actonIds;
    for (const QString &object : { u"Lead"_s, u"Contact"_s }) {
        for (const QJsonValue &v : m_chaosBox->records(u"salesforce"_s, object)) {
            if (!v.toObject().value(u"IsDeleted"_s).toBool())
                sfIds.insert(v.toObject().value(u"Id"_s).toString());
        }
    }
    for (const QString &object : { u"Leads"_s, u"Contacts"_s }) {
        for (const QJsonValue &v : m_chaosBox->records(u"pipeliner"_s, object)) {
            if (!v.toObject().value(u"is_deleted"_s).toBool())
                plIds.insert(v.toObject().value(u"id"_s).toString());
        }
    }
    for (const QJsonValue &lv : m_chaosBox->lists()) {
        const QString list = lv.toObject().value(u"id"_s).toString();
        for (const QJsonValue &v : m_chaosBox->records(u"acton"_s, list)) {
            // F2 keeps the contact id, F4 "list:contact".
            const QString id = v.toObject().value(u"_contact_id_"_s).toString();
            actonIds.insert(id);
            actonIds.insert(list + u':' + id);
        }
    }
    int linksChecked = 0;
    for (const QString &row : m_chaos->query(u"SELECT COALESCE(acton_id,''), "
                                             "COALESCE(salesforce_id,''), "
                                             "COALESCE(pipeliner_id,''), flow_id, email_key "
                                             "FROM record_links"_s)) {
        const QStringList c = row.split(u'|'); // the e-mail key may hold '|' itself: ids first
        ++linksChecked;
        QVERIFY2(c.value(0).isEmpty() || actonIds.contains(c.value(0)),
            qPrintable(u"stale Act-On id in link " + row));
        QVERIFY2(c.value(1).isEmpty() || sfIds.contains(c.value(1)),
            qPrintable(u"stale Salesforce id in link " + row));
        QVERIFY2(c.value(2).isEmpty() || plIds.contains(c.value(2)),
            qPrintable(u"stale Pipeliner id in link " + row));
    }

    // --- no stuck cursor: two more rounds of every flow. The first may still carry changes
    // one flow made for another (F3 and F4 write to systems F2 reads); both sides must do
    // the same. The second finds nothing to write on either side.
    const auto writes = [](const QJsonObject &o) {
        return o.value(u"created"_s).toInt() + o.value(u"updated"_s).toInt()
            + o.value(u"deleted"_s).toInt();
    };
    for (int settle = 0; settle < 2; ++settle) {
        for (const QString &kind : { u"F1"_s, u"F2"_s, u"F3"_s, u"F4"_s }) {
            const CliResult ref
                = m_ref->cli({ u"sync"_s, QString::number(m_ref->flow(kind)), u"--json"_s });
            const CliResult chaos
                = m_chaos->cli({ u"sync"_s, QString::number(m_chaos->flow(kind)), u"--json"_s });
            QVERIFY2(chaos.exitCode == 0 || chaos.exitCode == 1, chaos.err.constData());
            QVERIFY2(writes(chaos.json()) == writes(ref.json()),
                qPrintable(u"%1: a run after recovery wrote %2 record(s), an undisturbed one %3: %4"_s
                        .arg(kind)
                        .arg(writes(chaos.json()))
                        .arg(writes(ref.json()))
                        .arg(QString::fromUtf8(chaos.out))));
            if (settle == 1)
                QVERIFY2(writes(chaos.json()) == 0,
                    qPrintable(kind + u": still writing after two quiet rounds: "_s
                        + QString::fromUtf8(chaos.out)));
        }
    }

    int total = 0;
    for (auto it = m_kills.cbegin(); it != m_kills.cend(); ++it) {
        QStringList parts;
        int sum = 0;
        for (auto p = it.value().cbegin(); p != it.value().cend(); ++p) {
            parts.append(u"%1 %2"_s.arg(p.key()).arg(p.value()));
            sum += p.value();
        }
        total += sum;
        qInfo("%s: %d kills (%s), %d restarts", qPrintable(it.key()), sum,
            qPrintable(parts.join(u", "_s)), m_restarts.value(it.key()));
    }
    qInfo("crash resume: %d kills survived over %d rounds, %d interrupted runs recovered, "
          "%d sandbox records and %d links compared, seed %u, %lld s",
        total, rounds, interrupted, chaosRecords, linksChecked, m_seed, timer.elapsed() / 1000);
}

void TestCrashResume::oneFlowRunsInOneProcessOnly()
{
    QVERIFY(m_ready);
    // A slow run (latency) so the second process surely finds it running.
    m_chaosBox->setLatency(150);
    const QString flow = QString::number(m_chaos->flow(u"F2"_s));
    QProcess first;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"LEADBRIDGE_PHASE_MARKERS"_s, u"1"_s);
    first.setProcessEnvironment(env);
    first.start(exeDir() + u"/leadbridge-cli"_s,
        { u"--data-dir"_s, m_chaos->dataDir(), u"sync"_s, flow, u"--full"_s, u"--json"_s });
    QVERIFY(first.waitForStarted(20000));
    QByteArray err;
    QVERIFY(QTest::qWaitFor(
        [&] {
            err += first.readAllStandardError();
            return err.contains("LEADBRIDGE-PHASE fetch") || first.state() == QProcess::NotRunning;
        },
        60000));
    QCOMPARE(first.state(), QProcess::Running);

    const CliResult second = m_chaos->cli({ u"sync"_s, flow });
    QCOMPARE(second.exitCode, 3);
    QVERIFY2(second.err.contains("is already running in another LeadBridge process"),
        second.err.constData());
    // The refused process recorded no run and ended none.
    QCOMPARE(m_chaos->query(u"SELECT COUNT(*) FROM runs WHERE flow_id = %1 AND status = 'running'"_s
                                .arg(flow)),
        QStringList { u"1"_s });

    m_chaosBox->setLatency(0);
    QVERIFY(first.waitForFinished(kProcessTimeoutMs));
    QCOMPARE(first.exitStatus(), QProcess::NormalExit);
    QVERIFY2(first.exitCode() == 0 || first.exitCode() == 1, first.readAllStandardError().constData());
    const QJsonObject run = QJsonDocument::fromJson(first.readAllStandardOutput()).object();
    QCOMPARE(m_chaos->query(u"SELECT status FROM runs WHERE id = %1"_s.arg(run.value(u"id"_s).toInteger())),
        QStringList { u"succeeded"_s });
}

void TestCrashResume::twoFlowsRunSideBySide()
{
    QVERIFY(m_ready);
    m_chaosBox->setLatency(60);
    QList<std::shared_ptr<QProcess>> procs;
    const QStringList kinds { u"F1"_s, u"F3"_s };
    for (const QString &kind : kinds) {
        auto p = std::make_shared<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        p->setProcessEnvironment(env);
        p->start(exeDir() + u"/leadbridge-cli"_s,
            { u"--data-dir"_s, m_chaos->dataDir(), u"sync"_s,
                QString::number(m_chaos->flow(kind)), u"--full"_s, u"--json"_s });
        QVERIFY(p->waitForStarted(20000));
        procs.append(p);
    }
    // Both runs are recorded as running at the same time at some point, and both succeed.
    bool together = false;
    QVERIFY(QTest::qWaitFor(
        [&] {
            if (!together
                && m_chaos->query(u"SELECT COUNT(*) FROM runs WHERE status = 'running'"_s)
                        .value(0)
                    == u"2"_s)
                together = true;
            return procs.at(0)->state() == QProcess::NotRunning
                && procs.at(1)->state() == QProcess::NotRunning;
        },
        kProcessTimeoutMs));
    m_chaosBox->setLatency(0);
    QVERIFY2(together, "the two flows never ran at the same time");
    for (int i = 0; i < procs.size(); ++i) {
        QProcess &p = *procs.at(i);
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() == 0 || p.exitCode() == 1, p.readAllStandardError().constData());
        const QJsonObject run = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        const QString status = m_chaos
                                   ->query(u"SELECT status FROM runs WHERE id = %1"_s.arg(
                                       run.value(u"id"_s).toInteger()))
                                   .value(0);
        QVERIFY2(status.startsWith(u"succeeded"_s), qPrintable(kinds.at(i) + u": " + status));
    }
    QCOMPARE(m_chaos->query(u"SELECT COUNT(*) FROM runs WHERE status IN ('running','queued')"_s),
        QStringList { u"0"_s });
}

void TestCrashResume::processesCreateOneJournalAtOnce()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QList<std::shared_ptr<QProcess>> procs;
    for (int i = 0; i < 4; ++i) {
        auto p = std::make_shared<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        p->setProcessEnvironment(env);
        p->start(exeDir() + u"/leadbridge-cli"_s,
            { u"--data-dir"_s, dir.path(), u"info"_s, u"--json"_s });
        procs.append(p);
    }
    int version = -1;
    for (const auto &p : procs) {
        QVERIFY(p->waitForFinished(60000));
        QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0,
            p->readAllStandardError().constData());
        const QJsonObject info = QJsonDocument::fromJson(p->readAllStandardOutput()).object();
        const int v = info.value(u"schema_version"_s).toInt(-1);
        if (version < 0)
            version = v;
        QCOMPARE(v, version);
    }
    QCOMPARE(version, Journal::latestSchemaVersion());
}

QTEST_GUILESS_MAIN(TestCrashResume)
#include "tst_crash_resume.moc"
