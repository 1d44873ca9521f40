#pragma once

// End-to-end harness for flow runner tests (F3, F4): the Act-On, Salesforce and Pipeliner
// emulators serving in this thread, a private journal, accounts and a flow in it, and a
// SyncEngine running the flow. Emulator state is read through the control API
// (/_sandbox/records), never through LeadBridge's connectors. Header-only on purpose.

#include "core/engine/SyncEngine.h"
#include "core/mapping/FieldMap.h"
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
#include <QSqlQuery>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace LeadBridge::Test {

class FlowRunHarness
{
public:
    explicit FlowRunHarness(const Sandbox::DemoDataset &world)
        : m_world(world)
    {
        m_acton.seed(world);
        m_sf.seed(world);
        m_pl.seed(world);
        m_ok = m_acton.listen(0) && m_sf.listen(0) && m_pl.listen(0);
        m_ok = m_ok && m_journal.open(AppPaths::journalPath(), QStringLiteral("flow-harness")).ok();
        m_engine = std::make_unique<SyncEngine>(&m_nam);
        m_ok = m_ok && m_engine->open().ok();
    }

    bool ok() const { return m_ok; }
    Journal &journal() { return m_journal; }
    SyncEngine &engine() { return *m_engine; }
    Sandbox::ActOnEmulator &acton() { return m_acton; }
    Sandbox::SalesforceEmulator &salesforce() { return m_sf; }
    Sandbox::PipelinerEmulator &pipeliner() { return m_pl; }

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
            b.secrets.insert(
                QStringLiteral("password"), cred(QStringLiteral("acton"), "password").toUtf8());
            b.secrets.insert(QStringLiteral("clientSecret"),
                cred(QStringLiteral("acton"), "clientSecret").toUtf8());
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

    /// Adds a flow of @p kind between two linked accounts; saves @p map when it has rows.
    qint64 addFlow(FlowKind kind, qint64 source, qint64 target, const QVariantMap &settings,
        const FieldMap &map = FieldMap())
    {
        Flow f;
        f.kind = kind;
        f.name = QStringLiteral("Flow under test");
        f.sourceAccountId = source;
        f.targetAccountId = target;
        f.settings = settings;
        FlowRepository flows(m_journal);
        const auto added = flows.add(f);
        if (!added)
            return 0;
        if (map.rowCount() > 0) {
            FieldMapRepository maps(m_journal);
            if (!maps.save(added->id, map))
                return 0;
        }
        return added->id;
    }

    /// Changes the settings of flow @p flowId in place.
    bool setFlowSettings(qint64 flowId, const QVariantMap &settings)
    {
        QSqlQuery q(m_journal.database());
        q.prepare(QStringLiteral("UPDATE flows SET settings = ? WHERE id = ?"));
        q.addBindValue(QString::fromUtf8(
            QJsonDocument(QJsonObject::fromVariantMap(settings)).toJson(QJsonDocument::Compact)));
        q.addBindValue(flowId);
        return q.exec();
    }

    /// Runs flow @p flowId to its end and returns the outcome.
    RunOutcome run(qint64 flowId, bool preview = false)
    {
        QSignalSpy spy(m_engine.get(), &SyncEngine::runFinished);
        RunRequest r;
        r.flowId = flowId;
        r.preview = preview;
        r.full = true;
        r.credentials = m_credentials;
        m_engine->requestRun(r);
        if (!spy.wait(120000) && spy.isEmpty())
            return {};
        return spy.first().first().value<RunOutcome>();
    }

    /// record_changes of run @p runId.
    QList<RecordChange> changes(qint64 runId)
    {
        RunRepository runs(m_journal);
        const auto c = runs.changes(runId);
        return c ? c.value() : QList<RecordChange>();
    }

    /// Links of flow @p flowId (by email key).
    QHash<QString, LinkSnapshot> links(qint64 flowId, CrmKind crm)
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
        return reply.json();
    }

    /// Act-On list id by name (empty when there is none).
    QString listId(const QString &name) { return m_acton.listIdByName(name); }

    /// Rows of an Act-On list, by lower-cased e-mail.
    QHash<QString, QJsonObject> listRows(const QString &name)
    {
        QHash<QString, QJsonObject> out;
        const QString id = listId(name);
        if (id.isEmpty())
            return out;
        const QJsonArray rows
            = control(m_acton, "GET", QStringLiteral("/_sandbox/records/%1?limit=10000").arg(id))
                  .value(QStringLiteral("records"))
                  .toArray();
        for (const QJsonValue &v : rows) {
            const QJsonObject o = v.toObject();
            out.insert(o.value(QStringLiteral("E-mail Address")).toString().trimmed().toLower(), o);
        }
        return out;
    }

    /// Salesforce records of @p object, by lower-cased e-mail (deleted ones left out).
    QHash<QString, QJsonObject> sfRecords(const QString &object)
    {
        QHash<QString, QJsonObject> out;
        const QJsonArray rows
            = control(m_sf, "GET", QStringLiteral("/_sandbox/records/%1?limit=10000").arg(object))
                  .value(QStringLiteral("records"))
                  .toArray();
        for (const QJsonValue &v : rows) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("IsDeleted")).toBool())
                continue;
            out.insert(o.value(QStringLiteral("Email")).toString().trimmed().toLower(), o);
        }
        return out;
    }

    /// Pipeliner records of @p entity (Leads, Contacts ...), not deleted, in stored order.
    QList<QJsonObject> plRecords(const QString &entity)
    {
        QList<QJsonObject> out;
        const QJsonArray rows = control(m_pl, "GET", QStringLiteral("/_sandbox/records/") + entity)
                                    .value(QStringLiteral("records"))
                                    .toArray();
        for (const QJsonValue &v : rows) {
            if (!v.toObject().value(QStringLiteral("is_deleted")).toBool())
                out.append(v.toObject());
        }
        return out;
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
    bool m_ok = false;
};

} // namespace LeadBridge::Test
