#include "tests/support/EngineFixture.h"

#include "core/sandbox/on24/On24Emulator.h"

namespace LeadBridge::Test {

EngineFixture::EngineFixture(const Sandbox::DemoDataset &world, bool seed)
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
               .open(AppPaths::journalPath(), QStringLiteral("engine-fixture-%1").arg(++counter))
               .ok();
    m_ok = m_ok && restartEngine();
}

bool EngineFixture::restartEngine()
{
    m_engine.reset();
    m_engine = std::make_unique<SyncEngine>(&m_nam);
    return m_engine->open().ok();
}

FieldMap EngineFixture::salesforceMap()
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

qint64 EngineFixture::link(AccountKind kind)
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
            b.secrets.insert(QString::fromLatin1(k), cred(QStringLiteral("pipeliner"), k).toUtf8());
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

qint64 EngineFixture::linkOn24(
    const Sandbox::On24Emulator &on24, qint64 clientId, const QString &name)
{
    Account a;
    a.kind = AccountKind::On24;
    a.name = name;
    a.settings = { { QStringLiteral("clientId"), QString::number(clientId) },
        { QStringLiteral("dataCentre"), QStringLiteral("custom") },
        { QStringLiteral("baseUrl"), on24.baseUrl().toString() } };
    AccountRepository repo(m_journal);
    const auto added = repo.add(a);
    if (!added)
        return 0;
    CredentialBundle b;
    b.secrets.insert(QStringLiteral("tokenKey"), Sandbox::On24Emulator::demoTokenKey().toUtf8());
    b.secrets.insert(
        QStringLiteral("tokenSecret"), Sandbox::On24Emulator::demoTokenSecret().toUtf8());
    m_credentials.insert(added->id, b);
    return added->id;
}

qint64 EngineFixture::addPipelinerF2Flow(const FieldMap &map, const QString &listName)
{
    return addF2Flow(
        map, { { QStringLiteral("syncLeads"), false }, { QStringLiteral("listName"), listName } });
}

qint64 EngineFixture::addF2Flow(const FieldMap &map, const QVariantMap &settings)
{
    const qint64 crm
        = link(map.crm() == CrmKind::Pipeliner ? AccountKind::Pipeliner : AccountKind::Salesforce);
    const qint64 acton = link(AccountKind::ActOn);
    const qint64 id = addFlowRow(
        FlowKind::CrmContactSync, QStringLiteral("CRM contacts"), crm, acton, settings);
    if (id == 0 || !FieldMapRepository(m_journal).save(id, map))
        return 0;
    return id;
}

qint64 EngineFixture::addFlow(
    FlowKind kind, qint64 source, qint64 target, const QVariantMap &settings, const FieldMap &map)
{
    const qint64 id = addFlowRow(kind, QStringLiteral("Flow under test"), source, target, settings);
    if (id == 0 || (map.rowCount() > 0 && !FieldMapRepository(m_journal).save(id, map)))
        return 0;
    return id;
}

qint64 EngineFixture::addFlowRow(
    FlowKind kind, const QString &name, qint64 source, qint64 target, const QVariantMap &settings)
{
    Flow f;
    f.kind = kind;
    f.name = name;
    f.sourceAccountId = source;
    f.targetAccountId = target;
    f.settings = settings;
    FlowRepository flows(m_journal);
    const auto added = flows.add(f);
    return added ? added->id : 0;
}

bool EngineFixture::setFlowSettings(qint64 flowId, const QVariantMap &settings)
{
    QSqlQuery q(m_journal.database());
    q.prepare(QStringLiteral("UPDATE flows SET settings = ? WHERE id = ?"));
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonObject::fromVariantMap(settings)).toJson(QJsonDocument::Compact)));
    q.addBindValue(flowId);
    return q.exec();
}

RunOutcome EngineFixture::runRequest(RunRequest request, int timeoutMs)
{
    QSignalSpy finished(m_engine.get(), &SyncEngine::runFinished);
    QSignalSpy killed(m_engine.get(), &SyncEngine::runKilled);
    QHash<qint64, CredentialBundle> credentials = m_credentials;
    credentials.insert(request.credentials);
    request.credentials = credentials;
    m_engine->requestRun(request);
    (void)QTest::qWaitFor([&] { return !finished.isEmpty() || !killed.isEmpty(); }, timeoutMs);
    if (finished.isEmpty())
        return {};
    return finished.first().first().value<RunOutcome>();
}

RunOutcome EngineFixture::run(qint64 flowId, bool preview, bool full, int timeoutMs)
{
    RunRequest r;
    r.flowId = flowId;
    r.preview = preview;
    r.full = full;
    r.trigger = RunTrigger::Cli;
    return runRequest(r, timeoutMs);
}

RunOutcome EngineFixture::runFull(qint64 flowId, bool preview)
{
    RunRequest r;
    r.flowId = flowId;
    r.preview = preview;
    r.full = true;
    return runRequest(r);
}

QList<RecordChange> EngineFixture::changes(qint64 runId)
{
    RunRepository runs(m_journal);
    const auto c = runs.changes(runId);
    return c ? c.value() : QList<RecordChange>();
}

RunSummary EngineFixture::runRow(qint64 runId)
{
    RunRepository runs(m_journal);
    const auto r = runs.get(runId);
    return r ? r.value() : RunSummary();
}

QList<RunSummary> EngineFixture::runs(qint64 flowId)
{
    RunRepository runs(m_journal);
    const auto r = runs.list(flowId);
    return r ? r.value() : QList<RunSummary>();
}

QHash<QString, LinkSnapshot> EngineFixture::links(qint64 flowId, CrmKind crm)
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

QHash<QString, QString> EngineFixture::cursors(qint64 flowId)
{
    QHash<QString, QString> out;
    QSqlQuery q(m_journal.database());
    q.prepare(QStringLiteral("SELECT system, object, cursor FROM sync_cursors WHERE flow_id = ?"));
    q.addBindValue(flowId);
    q.exec();
    while (q.next())
        out.insert(q.value(0).toString() + u'/' + q.value(1).toString(), q.value(2).toString());
    return out;
}

bool EngineFixture::needsFullSync(qint64 flowId)
{
    FlowRepository flows(m_journal);
    return flows.get(flowId).value().needsFullSync;
}

QJsonObject EngineFixture::control(
    Sandbox::Emulator &emu, const QByteArray &verb, const QString &path, const QJsonObject &body)
{
    QUrl u = emu.baseUrl();
    const qsizetype q = path.indexOf(u'?');
    u.setPath(q < 0 ? path : path.left(q));
    if (q >= 0)
        u.setQuery(path.mid(q + 1));
    const RawReply reply
        = m_http.send(verb, u, { { QByteArray("Content-Type"), QByteArray("application/json") } },
            body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
    m_lastStatus = reply.status;
    if (qEnvironmentVariableIsSet("ENGINE_FIXTURE_DEBUG"))
        qWarning() << "control" << verb << u << reply.status << reply.error << reply.body.left(300);
    return reply.json();
}

QString EngineFixture::listId(const QString &name)
{
    return m_acton.listIdByName(name.isEmpty() ? QStringLiteral("CRM contacts") : name);
}

QHash<QString, QJsonObject> EngineFixture::listRows(const QString &name, int *count)
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

bool EngineFixture::patchListRow(
    const QString &email, const QJsonObject &fields, const QString &name)
{
    const QJsonObject row = listRows(name).value(email.toLower());
    const QString id = row.value(QStringLiteral("_contact_id_")).toString();
    if (id.isEmpty())
        return false;
    control(
        m_acton, "PATCH", QStringLiteral("/_sandbox/records/%1/%2").arg(listId(name), id), fields);
    return m_lastStatus == 200;
}

bool EngineFixture::setListScore(const QString &list, const QString &email, int score)
{
    const QString id = listId(list);
    const QString rec
        = listRows(list).value(email).value(QStringLiteral("_contact_id_")).toString();
    if (rec.isEmpty())
        return false;
    control(m_acton, "PATCH", QStringLiteral("/_sandbox/records/%1/%2").arg(id, rec),
        QJsonObject { { QStringLiteral("Score"), QString::number(score) } });
    return true;
}

QList<QJsonObject> EngineFixture::liveRecords(
    Sandbox::Emulator &emu, const QString &path, const QString &deletedKey)
{
    QList<QJsonObject> out;
    const QJsonArray rows = control(emu, "GET", path).value(QStringLiteral("records")).toArray();
    for (const QJsonValue &v : rows) {
        if (!v.toObject().value(deletedKey).toBool())
            out.append(v.toObject());
    }
    return out;
}

QHash<QString, QJsonObject> EngineFixture::sfRecords(const QString &object)
{
    QHash<QString, QJsonObject> out;
    const QList<QJsonObject> rows
        = liveRecords(m_sf, QStringLiteral("/_sandbox/records/%1?limit=100000").arg(object),
            QStringLiteral("IsDeleted"));
    for (const QJsonObject &o : rows) {
        const QString email = o.value(QStringLiteral("Email")).toString().trimmed().toLower();
        if (!email.isEmpty())
            out.insert(email, o);
    }
    return out;
}

QList<QJsonObject> EngineFixture::sfRecordList(const QString &object)
{
    return liveRecords(m_sf, QStringLiteral("/_sandbox/records/%1?limit=100000").arg(object),
        QStringLiteral("IsDeleted"));
}

bool EngineFixture::patchSf(const QString &object, const QString &id, const QJsonObject &fields)
{
    control(m_sf, "PATCH", QStringLiteral("/_sandbox/records/%1/%2").arg(object, id), fields);
    return m_lastStatus >= 200 && m_lastStatus < 300;
}

bool EngineFixture::deleteSf(const QString &object, const QString &id)
{
    control(m_sf, "DELETE", QStringLiteral("/_sandbox/records/%1/%2").arg(object, id));
    return m_lastStatus >= 200 && m_lastStatus < 300;
}

QHash<QString, QJsonObject> EngineFixture::plRecords(const QString &entity, bool uniqueOnly)
{
    QHash<QString, QJsonObject> out;
    QSet<QString> dup;
    for (const QJsonObject &o : plRecordList(entity)) {
        const QString email = o.value(QStringLiteral("email1")).toString().trimmed().toLower();
        if (email.isEmpty())
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

QList<QJsonObject> EngineFixture::plRecordList(const QString &entity)
{
    return liveRecords(
        m_pl, QStringLiteral("/_sandbox/records/") + entity, QStringLiteral("is_deleted"));
}

bool EngineFixture::patchPl(const QString &entity, const QString &id, const QJsonObject &fields)
{
    control(m_pl, "PATCH", QStringLiteral("/_sandbox/records/%1/%2").arg(entity, id), fields);
    return m_lastStatus >= 200 && m_lastStatus < 300;
}

QHash<QString, QJsonObject> EngineFixture::cleanCrmPeople()
{
    QHash<QString, QJsonObject> all;
    QHash<QString, int> seen;
    for (const QString &object : { QStringLiteral("Lead"), QStringLiteral("Contact") }) {
        for (QJsonObject o : sfRecordList(object)) {
            const QString email = o.value(QStringLiteral("Email")).toString().trimmed().toLower();
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

} // namespace LeadBridge::Test
