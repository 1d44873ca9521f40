#pragma once

// End-to-end fixture for the sync engine tests (F2, resume, faults, benchmark): the Act-On,
// Salesforce and Pipeliner emulators serving in this thread, a private journal, linked
// accounts, an F2 flow with a field map, and a SyncEngine that can be thrown away and made
// again (as after a crash). Emulator state is read and changed through the control API
// (/_sandbox/records), never through LeadBridge's connectors. Header-only on purpose.

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

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

#include <memory>

namespace LeadBridge::Test {

class EngineFixture
{
public:
    /// Emulators seeded with @p world (or left empty for seedSynthetic()).
    explicit EngineFixture(const Sandbox::DemoDataset &world, bool seed = true)
        : m_world(world)
    {
        if (seed) {
            m_acton.seed(world);
            m_sf.seed(world);
            m_pl.seed(world);
        }
        m_ok = m_acton.listen(0) && m_sf.listen(0) && m_pl.listen(0);
        static int counter = 0;
        m_ok = m_ok
            && m_journal
                   .open(
                       AppPaths::journalPath(), QStringLiteral("engine-fixture-%1").arg(++counter))
                   .ok();
        m_ok = m_ok && restartEngine();
    }

    bool ok() const { return m_ok; }
    Journal &journal() { return m_journal; }
    SyncEngine &engine() { return *m_engine; }
    Sandbox::ActOnEmulator &acton() { return m_acton; }
    Sandbox::SalesforceEmulator &salesforce() { return m_sf; }
    Sandbox::PipelinerEmulator &pipeliner() { return m_pl; }
    const QHash<qint64, CredentialBundle> &credentials() const { return m_credentials; }

    /// Throws the engine away (as a killed process would) and makes a new one, which
    /// recovers interrupted runs on open().
    bool restartEngine()
    {
        m_engine.reset();
        m_engine = std::make_unique<SyncEngine>(&m_nam);
        return m_engine->open().ok();
    }

    /// The F2 field map used by the tests (Salesforce): e-mail, names, company (leads),
    /// job title with allow-push OFF, phone, score, opt-out, hard bounce.
    static FieldMap salesforceMap()
    {
        FieldMap map(CrmKind::Salesforce, PushPolicy::TwoWay);
        const auto add
            = [&map](const char *name, const char *lead, const char *contact, bool push = true) {
                  map.addRow(FieldMapRow::make(*StandardFields::byName(QString::fromLatin1(name)),
                      QString::fromLatin1(lead), QString::fromLatin1(contact), push));
              };
        add("E-mail Address", "Email", "Email");
        add("First Name", "FirstName", "FirstName");
        add("Last Name", "LastName", "LastName");
        add("Company", "Company", "");
        add("Job Title", "Title", "Title", false);
        add("Business Phone", "Phone", "Phone");
        add("Score", "Score__c", "Score__c");
        add("Opt-Out", "HasOptedOutOfEmail", "HasOptedOutOfEmail");
        add("Hard Bounce", "EmailBouncedReason", "EmailBouncedReason");
        return map;
    }

    /// Links the emulator @p kind as an account; returns its id (0 on failure).
    qint64 link(AccountKind kind)
    {
        Account a;
        a.kind = kind;
        a.name = QStringLiteral("Test ") + Account::kindToString(kind);
        CredentialBundle b;
        const auto cred = [&](const QString &emu, const char *key) {
            return Sandbox::Sandbox::demoCredentials(emu, m_world)
                .value(QString::fromLatin1(key))
                .toString();
        };
        switch (kind) {
        case AccountKind::ActOn:
            a.settings = { { QStringLiteral("baseUrl"), m_acton.baseUrl().toString() },
                { QStringLiteral("username"), cred(QStringLiteral("acton"), "username") },
                { QStringLiteral("clientId"), cred(QStringLiteral("acton"), "clientId") } };
            for (const char *k : { "password", "clientSecret" })
                b.secrets.insert(QString::fromLatin1(k), cred(QStringLiteral("acton"), k).toUtf8());
            break;
        case AccountKind::Salesforce:
            a.settings = { { QStringLiteral("loginUrl"), m_sf.baseUrl().toString() },
                { QStringLiteral("authMethod"), QStringLiteral("password") },
                { QStringLiteral("clientId"), cred(QStringLiteral("salesforce"), "clientId") },
                { QStringLiteral("username"), cred(QStringLiteral("salesforce"), "username") } };
            for (const char *k : { "password", "securityToken", "clientSecret" })
                b.secrets.insert(
                    QString::fromLatin1(k), cred(QStringLiteral("salesforce"), k).toUtf8());
            break;
        case AccountKind::Pipeliner:
            a.settings = { { QStringLiteral("baseUrl"), m_pl.baseUrl().toString() },
                { QStringLiteral("spaceId"), cred(QStringLiteral("pipeliner"), "spaceId") } };
            for (const char *k : { "apiToken", "apiSecret" })
                b.secrets.insert(
                    QString::fromLatin1(k), cred(QStringLiteral("pipeliner"), k).toUtf8());
            break;
        case AccountKind::On24:
            return 0;
        }
        AccountRepository repo(m_journal);
        const auto added = repo.add(a);
        if (!added)
            return 0;
        m_credentials.insert(added->id, b);
        return added->id;
    }

    /// Links Salesforce and Act-On and adds an F2 flow "CRM contacts" with @p map.
    qint64 addF2Flow(const FieldMap &map = salesforceMap(), const QVariantMap &settings = {})
    {
        const qint64 crm = link(
            map.crm() == CrmKind::Pipeliner ? AccountKind::Pipeliner : AccountKind::Salesforce);
        const qint64 acton = link(AccountKind::ActOn);
        Flow f;
        f.kind = FlowKind::CrmContactSync;
        f.name = QStringLiteral("CRM contacts");
        f.sourceAccountId = crm;
        f.targetAccountId = acton;
        f.settings = settings;
        FlowRepository flows(m_journal);
        const auto added = flows.add(f);
        if (!added)
            return 0;
        FieldMapRepository maps(m_journal);
        if (!maps.save(added->id, map))
            return 0;
        return added->id;
    }

    /// Queues a run and waits for its end (or for the kill hook). Returns the outcome
    /// (summary id 0 when the run was killed or did not end in time).
    RunOutcome run(qint64 flowId, bool preview = false, bool full = false, int timeoutMs = 120000)
    {
        QSignalSpy finished(m_engine.get(), &SyncEngine::runFinished);
        QSignalSpy killed(m_engine.get(), &SyncEngine::runKilled);
        RunRequest r;
        r.flowId = flowId;
        r.preview = preview;
        r.full = full;
        r.trigger = RunTrigger::Cli;
        r.credentials = m_credentials;
        m_engine->requestRun(r);
        (void)QTest::qWaitFor([&] { return !finished.isEmpty() || !killed.isEmpty(); }, timeoutMs);
        if (finished.isEmpty())
            return {};
        return finished.first().first().value<RunOutcome>();
    }

    /// record_changes of run @p runId.
    QList<RecordChange> changes(qint64 runId)
    {
        RunRepository runs(m_journal);
        const auto c = runs.changes(runId);
        return c ? c.value() : QList<RecordChange>();
    }

    RunSummary runRow(qint64 runId)
    {
        RunRepository runs(m_journal);
        const auto r = runs.get(runId);
        return r ? r.value() : RunSummary();
    }

    QList<RunSummary> runs(qint64 flowId)
    {
        RunRepository runs(m_journal);
        const auto r = runs.list(flowId);
        return r ? r.value() : QList<RunSummary>();
    }

    /// Links of flow @p flowId by email key.
    QHash<QString, LinkSnapshot> links(qint64 flowId, CrmKind crm = CrmKind::Salesforce)
    {
        LinkRepository repo(m_journal, flowId, crm);
        QHash<QString, LinkSnapshot> out;
        repo.forEach([&](QList<LinkSnapshot> &&batch) {
            for (const LinkSnapshot &s : batch)
                out.insert(s.emailKey, s);
            return true;
        });
        return out;
    }

    /// Cursors of flow @p flowId: "system/object" → cursor.
    QHash<QString, QString> cursors(qint64 flowId)
    {
        QHash<QString, QString> out;
        QSqlQuery q(m_journal.database());
        q.prepare(
            QStringLiteral("SELECT system, object, cursor FROM sync_cursors WHERE flow_id = ?"));
        q.addBindValue(flowId);
        q.exec();
        while (q.next())
            out.insert(q.value(0).toString() + u'/' + q.value(1).toString(), q.value(2).toString());
        return out;
    }

    bool needsFullSync(qint64 flowId)
    {
        FlowRepository flows(m_journal);
        return flows.get(flowId).value().needsFullSync;
    }

    // --- emulator state through the control API -----------------------------------------

    QJsonObject control(Sandbox::Emulator &emu, const QByteArray &verb, const QString &path,
        const QJsonObject &body = {})
    {
        QUrl u = emu.baseUrl();
        const qsizetype q = path.indexOf(u'?');
        u.setPath(q < 0 ? path : path.left(q));
        if (q >= 0)
            u.setQuery(path.mid(q + 1));
        const RawReply reply = m_http.send(verb, u,
            { { QByteArray("Content-Type"), QByteArray("application/json") } },
            body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
        m_lastStatus = reply.status;
        if (qEnvironmentVariableIsSet("ENGINE_FIXTURE_DEBUG"))
            qWarning() << "control" << verb << u << reply.status << reply.error
                       << reply.body.left(300);
        return reply.json();
    }
    int lastStatus() const { return m_lastStatus; }

    QString listId(const QString &name = QStringLiteral("CRM contacts"))
    {
        return m_acton.listIdByName(name.isEmpty() ? QStringLiteral("CRM contacts") : name);
    }

    /// Rows of the Act-On list, by lower-cased e-mail; @p count receives the number of rows
    /// (to tell duplicates).
    QHash<QString, QJsonObject> listRows(
        const QString &name = QStringLiteral("CRM contacts"), int *count = nullptr)
    {
        QHash<QString, QJsonObject> out;
        const QString id = listId(name);
        if (count)
            *count = 0;
        if (id.isEmpty())
            return out;
        QJsonArray rows;
        for (int offset = 0;; offset += 1000) {
            const QJsonArray page = control(m_acton, "GET",
                QStringLiteral("/_sandbox/records/%1?offset=%2&limit=1000").arg(id).arg(offset))
                                        .value(QStringLiteral("records"))
                                        .toArray();
            for (const QJsonValue &v : page)
                rows.append(v);
            if (page.size() < 1000)
                break;
        }
        for (const QJsonValue &v : rows) {
            const QJsonObject o = v.toObject();
            out.insert(o.value(QStringLiteral("E-mail Address")).toString().trimmed().toLower(), o);
        }
        if (count)
            *count = int(rows.size());
        return out;
    }

    /// Changes one Act-On row (by e-mail) through the control API.
    bool patchListRow(const QString &email, const QJsonObject &fields,
        const QString &name = QStringLiteral("CRM contacts"))
    {
        const QJsonObject row = listRows(name).value(email.toLower());
        const QString id = row.value(QStringLiteral("_contact_id_")).toString();
        if (id.isEmpty())
            return false;
        control(m_acton, "PATCH", QStringLiteral("/_sandbox/records/%1/%2").arg(listId(name), id),
            fields);
        return m_lastStatus == 200;
    }

    /// Salesforce records of @p object by lower-cased e-mail (deleted ones left out).
    QHash<QString, QJsonObject> sfRecords(const QString &object)
    {
        QHash<QString, QJsonObject> out;
        const QJsonArray rows
            = control(m_sf, "GET", QStringLiteral("/_sandbox/records/%1?limit=100000").arg(object))
                  .value(QStringLiteral("records"))
                  .toArray();
        for (const QJsonValue &v : rows) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("IsDeleted")).toBool())
                continue;
            const QString email = o.value(QStringLiteral("Email")).toString().trimmed().toLower();
            if (!email.isEmpty())
                out.insert(email, o);
        }
        return out;
    }

    bool patchSf(const QString &object, const QString &id, const QJsonObject &fields)
    {
        control(m_sf, "PATCH", QStringLiteral("/_sandbox/records/%1/%2").arg(object, id), fields);
        return m_lastStatus >= 200 && m_lastStatus < 300;
    }

    bool deleteSf(const QString &object, const QString &id)
    {
        control(m_sf, "DELETE", QStringLiteral("/_sandbox/records/%1/%2").arg(object, id));
        return m_lastStatus >= 200 && m_lastStatus < 300;
    }

    /// Pipeliner records of @p entity ("Contacts", "Leads") by lower-cased email1, not deleted.
    QHash<QString, QJsonObject> plRecords(const QString &entity, bool uniqueOnly = false)
    {
        QHash<QString, QJsonObject> out;
        QSet<QString> dup;
        const QJsonArray rows = control(m_pl, "GET", QStringLiteral("/_sandbox/records/") + entity)
                                    .value(QStringLiteral("records"))
                                    .toArray();
        for (const QJsonValue &v : rows) {
            const QJsonObject o = v.toObject();
            const QString email = o.value(QStringLiteral("email1")).toString().trimmed().toLower();
            if (o.value(QStringLiteral("is_deleted")).toBool() || email.isEmpty())
                continue;
            if (out.contains(email))
                dup.insert(email);
            out.insert(email, o);
        }
        if (uniqueOnly) {
            for (const QString &e : std::as_const(dup))
                out.remove(e);
        }
        return out;
    }

    bool patchPl(const QString &entity, const QString &id, const QJsonObject &fields)
    {
        control(m_pl, "PATCH", QStringLiteral("/_sandbox/records/%1/%2").arg(entity, id), fields);
        return m_lastStatus >= 200 && m_lastStatus < 300;
    }

    /// Emails that appear once in Salesforce leads+contacts and are well formed: the people
    /// F2 must create in Act-On.
    QHash<QString, QJsonObject> cleanCrmPeople()
    {
        QHash<QString, QJsonObject> all;
        QHash<QString, int> seen;
        for (const QString &object : { QStringLiteral("Lead"), QStringLiteral("Contact") }) {
            const QJsonArray rows = control(
                m_sf, "GET", QStringLiteral("/_sandbox/records/%1?limit=100000").arg(object))
                                        .value(QStringLiteral("records"))
                                        .toArray();
            for (const QJsonValue &v : rows) {
                QJsonObject o = v.toObject();
                if (o.value(QStringLiteral("IsDeleted")).toBool())
                    continue;
                const QString email
                    = o.value(QStringLiteral("Email")).toString().trimmed().toLower();
                if (email.isEmpty())
                    continue;
                o.insert(QStringLiteral("_object"), object);
                ++seen[email];
                all.insert(email, o);
            }
        }
        for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
            if (it.value() > 1)
                all.remove(it.key());
        }
        return all;
    }

private:
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
