#include "core/engine/UndoRunner.h"

#include "core/connectors/Connector.h"
#include "core/connectors/acton/ActOnConnector.h"
#include "core/connectors/salesforce/SalesforceConnector.h"
#include "core/engine/FieldNormaliser.h"
#include "core/engine/FlowRunners.h"
#include "core/engine/PersonKey.h"
#include "core/engine/RunRecorder.h"
#include "core/engine/SyncEngine.h"
#include "core/engine/UndoPlanner.h"
#include "core/engine/UndoRunCheck.h"
#include "core/store/Journal.h"
#include "core/store/SqlSupport.h"
#include "core/util/LogCategories.h"

#include <QPointer>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>

namespace LeadBridge {

namespace {

const QString kActOn = QStringLiteral("acton");
/// Salesforce ids per Id IN (…) read.
constexpr int kIdsPerRead = 200;

/// A column's text: null for SQL NULL (an old value the run did not know), never null
/// otherwise, so that an empty value stays a known value.
QString nullable(const QVariant &v)
{
    if (v.isNull())
        return QString();
    const QString text = v.toString();
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

void registerUndoRunner()
{
    SyncEngine::registerUndoRunner(
        [](const FlowContext &context) -> FlowRunner * { return new UndoRunner(context); });
}

UndoRunner::UndoRunner(FlowContext context, QObject *parent)
    : FlowRunner(std::move(context), parent)
    , m_undoOf(m_context.undoOfRunId)
{ }

void UndoRunner::start()
{
    reportProgress(RunPhase::Loading, tr("Reading run %1…").arg(m_undoOf));
    // From the event loop: the engine connects to finished() after start() returns as well.
    QTimer::singleShot(0, this, [this] {
        if (stopped())
            return;
        if (const QString problem = load(); !problem.isEmpty())
            return fail(problem);
        reportProgress(RunPhase::Fetching, tr("Reading the values the records hold now…"));
        runTasks([this] { planAndApply(); });
    });
}

QString UndoRunner::load()
{
    Journal &journal = *m_context.journal;
    qint64 flowId = 0;
    if (const QString problem = UndoRunCheck::problem(journal, m_undoOf, &flowId);
        !problem.isEmpty())
        return problem;
    if (flowId != m_context.flow.id)
        return tr("Run %1 is a run of another flow than “%2”, so it cannot be undone here.")
            .arg(m_undoOf)
            .arg(m_context.flow.name);

    const QString readError = tr("LeadBridge could not read run %1 from its journal. Details are "
                                 "in the log.")
                                  .arg(m_undoOf);
    QSqlQuery q(journal.database());
    q.prepare(QStringLiteral("SELECT system, object, record_key, operation, field, old_value, "
                             "new_value FROM record_changes WHERE run_id = ? AND operation IN "
                             "('create','update','delete') ORDER BY id"));
    q.addBindValue(m_undoOf);
    if (!SqlSupport::exec(q, "read the run to undo"))
        return readError;
    QSet<QString> keys;
    while (q.next()) {
        RecordChange c;
        c.runId = m_undoOf;
        c.system = q.value(0).toString();
        c.object = q.value(1).toString();
        c.recordKey = q.value(2).toString();
        c.operation = RecordChange::operationFromString(q.value(3).toString());
        c.field = nullable(q.value(4));
        c.oldValue = nullable(q.value(5));
        c.newValue = nullable(q.value(6));
        keys.insert(c.recordKey);
        m_input.changes.append(c);
    }
    q.finish();
    m_input.runId = m_undoOf;

    // Later runs that wrote the same records (the newest per field and per record).
    q.prepare(QStringLiteral(
        "SELECT c.system, c.object, c.record_key, c.field, MAX(c.run_id) FROM record_changes c "
        "JOIN runs r ON r.id = c.run_id WHERE r.flow_id = ? AND r.id > ? AND r.id <> ? "
        "AND r.mode <> ? AND c.operation IN ('create','update','delete') "
        "GROUP BY c.system, c.object, c.record_key, c.field"));
    q.addBindValue(m_context.flow.id);
    q.addBindValue(m_undoOf);
    q.addBindValue(m_context.runId);
    q.addBindValue(RunSummary::modeToString(RunMode::Preview));
    if (!SqlSupport::exec(q, "read later runs"))
        return readError;
    while (q.next()) {
        const QString key = q.value(2).toString();
        if (!keys.contains(key))
            continue;
        const qint64 later = q.value(4).toLongLong();
        const QString record
            = UndoInput::recordKeyOf(q.value(0).toString(), q.value(1).toString(), key);
        m_input.laterRuns.insert(record, qMax(later, m_input.laterRuns.value(record)));
        if (!q.value(3).isNull())
            m_input.laterRuns.insert(UndoInput::fieldKey(q.value(0).toString(),
                                         q.value(1).toString(), key, q.value(3).toString()),
                later);
    }
    q.finish();

    const auto links = m_context.recorder->links().loadByEmail(keys.values());
    if (!links)
        return links.errorString();
    for (const LinkSnapshot &s : links.value()) {
        m_links.insert(s.emailKey, s);
        if (!s.crmId.isEmpty())
            m_emailByCrmId.insert(s.crmId, s.emailKey);
    }

    // What to read: Act-On lists with restores or deletes, CRM records with restores.
    QSet<QString> lists;
    QHash<QString, QSet<QString>> crmIds; // "system/object" → ids
    QHash<QString, QSet<QString>> crmFields;
    for (const RecordChange &c : std::as_const(m_input.changes)) {
        if (c.operation == ChangeOperation::Delete)
            continue;
        if (c.system == kActOn) {
            if (c.object == QLatin1String("list"))
                continue; // a list the run created (F1): lists are never deleted
            lists.insert(c.object);
            m_wantedKeys.insert(c.recordKey);
        } else if (c.operation == ChangeOperation::Update) {
            const QString crmId = m_links.value(c.recordKey).crmId;
            const QString group = c.system + u'/' + c.object;
            if (!crmId.isEmpty())
                crmIds[group].insert(crmId);
            crmFields[group].insert(c.field);
        }
    }
    for (const QString &listId : std::as_const(lists))
        m_tasks.append([this, listId](std::function<void()> next) {
            readMarketing(listId, std::move(next));
        });
    for (auto it = crmIds.cbegin(); it != crmIds.cend(); ++it) {
        const QString system = it.key().section(u'/', 0, 0);
        const QString object = it.key().section(u'/', 1);
        QStringList ids = it.value().values();
        ids.sort();
        const QStringList fields = crmFields.value(it.key()).values();
        m_tasks.append([this, system, object, ids, fields](std::function<void()> next) {
            readCrm(system, object, ids, fields, std::move(next));
        });
    }
    return QString();
}

void UndoRunner::runTasks(std::function<void()> done)
{
    if (isFinished() || wasKilled())
        return;
    // Cancelled while writing: what was written is recorded before the run ends.
    if (isCancelled())
        return m_applying ? commit() : finishCancelled();
    if (m_tasks.isEmpty())
        return done();
    const Task task = m_tasks.takeFirst();
    QPointer<UndoRunner> self(this);
    task([self, done] {
        if (self)
            self->runTasks(done);
    });
}

Connector *UndoRunner::connectorFor(const QString &system) const
{
    return m_context.connector(system == kActOn ? AccountRole::Marketing : AccountRole::Crm);
}

MarketingFieldType UndoRunner::typeOf(
    const QString &system, const QString &object, const QString &field) const
{
    const QString name = marketingFieldOf(system, object, field);
    const int row = name.isEmpty() ? -1 : m_context.fieldMap.indexOf(name);
    return row >= 0 ? m_context.fieldMap.row(row).marketing.type : MarketingFieldType::Text;
}

QString UndoRunner::marketingFieldOf(
    const QString &system, const QString &object, const QString &field) const
{
    if (system == kActOn)
        return field;
    const CrmObjectType type
        = object.startsWith(u"Lead", Qt::CaseInsensitive) ? CrmObjectType::Lead : CrmObjectType::Contact;
    for (const FieldMapRow &row : m_context.fieldMap.rows()) {
        if (row.crmField(type).compare(field, Qt::CaseInsensitive) == 0)
            return row.marketing.name;
    }
    return QString();
}

void UndoRunner::readMarketing(const QString &object, std::function<void()> next)
{
    Connector *acton = connectorFor(kActOn);
    if (!acton)
        return fail(tr("This flow has no Act-On account, so run %1 cannot be undone.").arg(m_undoOf));
    QPointer<UndoRunner> self(this);
    // F1 names its list ("list:<name>"): its id comes from the account's lists.
    auto *lists = qobject_cast<ActOnConnector *>(acton);
    if (object.startsWith(QLatin1String("list:")) && !m_listIds.contains(object) && lists) {
        lists->listLists([this, self, object, next](
                             const QList<ActOnListInfo> &found, const ApiError &error) {
            if (!self)
                return;
            if (error.isError())
                return failApi(error);
            for (const ActOnListInfo &list : found) {
                if (QStringLiteral("list:") + list.name == object) {
                    m_listIds.insert(object, list.id);
                    return readMarketing(object, next);
                }
            }
            // The list is gone: its contacts are not there either.
            m_input.readSystems.insert(kActOn);
            next();
        });
        return;
    }
    m_input.readSystems.insert(kActOn);
    const QString listId = m_listIds.value(object, object);
    FetchRequest request;
    request.object = listId;
    acton->fetch(
        request,
        [this, self, object, listId](const FetchPage &page) {
            if (!self)
                return;
            for (const ConnectorRecord &r : page.records) {
                QString email;
                for (auto it = r.fields.cbegin(); it != r.fields.cend(); ++it) {
                    if (ActOnConnector::isEmailHeading(it.key())) {
                        m_input.emailHeadings.insert(it.key());
                        m_listEmailHeading.insert(object, it.key());
                        email = PersonKey::normaliseEmail(it.value().toString());
                        break;
                    }
                }
                if (email.isEmpty() || !m_wantedKeys.contains(email))
                    continue;
                UndoCurrentRecord current;
                current.id = r.id;
                for (auto it = r.fields.cbegin(); it != r.fields.cend(); ++it)
                    current.values.insert(it.key(),
                        FieldNormaliser::normalise(typeOf(kActOn, object, it.key()), it.value()));
                m_input.current.insert(UndoInput::recordKeyOf(kActOn, object, email), current);
            }
        },
        [this, self, next](const ApiError &error) {
            if (!self)
                return;
            if (error.isError())
                return failApi(error);
            next();
        });
}

void UndoRunner::readCrm(const QString &system, const QString &object, const QStringList &ids,
    const QStringList &fields, std::function<void()> next)
{
    Connector *crm = connectorFor(system);
    if (!crm || ids.isEmpty())
        return next();
    m_input.readSystems.insert(system);
    FetchRequest request;
    request.object = object;
    request.fields = fields;
    QStringList rest;
    if (system == QLatin1String("salesforce")) {
        QStringList quoted;
        for (const QString &id : ids.mid(0, kIdsPerRead))
            quoted.append(SalesforceConnector::soqlString(id));
        rest = ids.mid(kIdsPerRead);
        request.options.insert(QStringLiteral("soqlWhere"),
            QStringLiteral("Id IN (%1)").arg(quoted.join(u',')));
        request.options.insert(QStringLiteral("bulk"), false);
    } else {
        // Pipeliner filters on one value per call.
        request.options.insert(
            QStringLiteral("filter"), QVariantMap { { QStringLiteral("id"), ids.first() } });
        rest = ids.mid(1);
    }
    QPointer<UndoRunner> self(this);
    crm->fetch(
        request,
        [this, self, system](const FetchPage &page) {
            if (!self)
                return;
            for (const ConnectorRecord &r : page.records)
                onCrmRecord(system, r);
        },
        [this, self, system, object, rest, fields, next](const ApiError &error) {
            if (!self)
                return;
            if (error.isError())
                return failApi(error);
            if (rest.isEmpty())
                return next();
            readCrm(system, object, rest, fields, next);
        });
}

void UndoRunner::onCrmRecord(const QString &system, const ConnectorRecord &r)
{
    const QString email = m_emailByCrmId.value(r.id);
    if (email.isEmpty() || r.deleted)
        return;
    const QString object = r.object;
    UndoCurrentRecord current;
    current.id = r.id;
    for (auto it = r.fields.cbegin(); it != r.fields.cend(); ++it)
        current.values.insert(
            it.key(), FieldNormaliser::normalise(typeOf(system, object, it.key()), it.value()));
    // The history names the object as the run wrote it ("Lead", "Contact", "Contacts" …).
    for (const RecordChange &c : std::as_const(m_input.changes)) {
        if (c.system == system && c.recordKey == email)
            m_input.current.insert(UndoInput::recordKeyOf(system, c.object, email), current);
    }
}

void UndoRunner::planAndApply()
{
    if (stopped())
        return;
    reportProgress(RunPhase::Planning, tr("Planning the undo of run %1…").arg(m_undoOf));
    m_plan = UndoPlanner::plan(m_input);
    qCInfo(lcEngine) << "Undo of run" << m_undoOf << "plans" << m_plan.steps.size() << "steps";
    if (m_context.preview) {
        if (Status s = m_context.recorder->recordPreview(m_plan.toRecordChanges(m_context.runId));
            !s)
            return fail(s.errorString());
        return succeed();
    }
    for (const UndoStep &s : std::as_const(m_plan.steps)) {
        if (s.action == UndoStep::Action::LeaveAlone)
            m_rows.append(s.toRecordChange(m_context.runId));
    }
    queueWrites();
    m_applying = true;
    reportProgress(RunPhase::Applying, tr("Writing the values back…"));
    runTasks([this] { commit(); });
}

void UndoRunner::queueWrites()
{
    // One record per (system, object, key) and action, in plan order.
    struct Group
    {
        QString system;
        QString object;
        UndoStep::Action action;
        QList<QList<UndoStep>> records;
        QHash<QString, int> index;
    };
    QList<Group> groups;
    const auto groupOf = [&groups](const UndoStep &s) -> Group & {
        for (Group &g : groups) {
            if (g.system == s.system && g.object == s.object && g.action == s.action)
                return g;
        }
        groups.append(Group { s.system, s.object, s.action, {}, {} });
        return groups.last();
    };
    for (const UndoStep &s : std::as_const(m_plan.steps)) {
        if (s.action == UndoStep::Action::LeaveAlone)
            continue;
        Group &g = groupOf(s);
        const auto it = g.index.constFind(s.recordKey);
        if (it != g.index.cend()) {
            g.records[it.value()].append(s);
        } else {
            g.index.insert(s.recordKey, int(g.records.size()));
            g.records.append({ s });
        }
    }
    // Act-On first (restores, then deletes), then the CRM, as the sync writes.
    std::stable_sort(groups.begin(), groups.end(), [](const Group &a, const Group &b) {
        return (a.system == kActOn) > (b.system == kActOn);
    });
    for (const Group &g : std::as_const(groups)) {
        WriteRequest request;
        request.object = m_listIds.value(g.object, g.object);
        const bool marketing = g.system == kActOn;
        if (g.action == UndoStep::Action::Delete) {
            request.operation = WriteRequest::Operation::Delete;
        } else if (marketing) {
            request.operation = WriteRequest::Operation::Upsert;
            request.keyField
                = m_listEmailHeading.value(g.object, ActOnConnector::emailHeading());
        } else {
            request.operation = WriteRequest::Operation::Update;
            request.options.insert(QStringLiteral("bulk"), false);
        }
        for (const QList<UndoStep> &steps : g.records) {
            ConnectorRecord r;
            r.object = g.object;
            r.id = steps.first().recordId;
            for (const UndoStep &s : steps) {
                if (s.action != UndoStep::Action::Restore)
                    continue;
                const MarketingFieldType type = typeOf(s.system, s.object, s.field);
                if (marketing)
                    r.fields.insert(s.field, FieldNormaliser::toMarketingValue(type, s.restoreValue));
                else
                    r.fields.insert(s.field, FieldNormaliser::toCrmValue(type, s.restoreValue));
            }
            if (marketing && g.action == UndoStep::Action::Restore)
                r.fields.insert(request.keyField, steps.first().recordKey);
            request.records.append(r);
        }
        const QString system = g.system;
        const QList<QList<UndoStep>> records = g.records;
        m_tasks.append([this, system, request, records](std::function<void()> next) {
            Connector *connector = connectorFor(system);
            if (!connector) {
                recordWrite(records, WriteResult(),
                    ApiError(ApiError::Kind::Validation,
                        tr("This flow has no %1 account any more.")
                            .arg(UndoPlanner::systemName(system)),
                        QStringLiteral("undo: no connector for %1").arg(system)));
                return next();
            }
            QPointer<UndoRunner> self(this);
            beginWrite();
            connector->write(request,
                [this, self, records, next](const WriteResult &result, const ApiError &error) {
                    if (!self)
                        return;
                    endWrite();
                    if (isFinished() || wasKilled())
                        return;
                    recordWrite(records, result, error);
                    if (error.kind() == ApiError::Kind::Cancelled)
                        return commit();
                    next();
                });
        });
    }
}

void UndoRunner::recordWrite(
    const QList<QList<UndoStep>> &groups, const WriteResult &result, const ApiError &error)
{
    QHash<int, WriteOutcome> outcomes;
    for (const WriteOutcome &o : result.outcomes)
        outcomes.insert(o.index, o);
    for (int i = 0; i < groups.size(); ++i) {
        const QList<UndoStep> &steps = groups.at(i);
        const auto it = outcomes.constFind(i);
        const bool ok = !error.isError() && it != outcomes.cend() && it->ok;
        if (!ok) {
            const QString sentence = error.isError() ? error.userMessage()
                : it != outcomes.cend()              ? it->error.userMessage()
                                                     : tr("The system did not answer for this record.");
            for (const UndoStep &s : steps) {
                RecordChange row = s.toRecordChange(m_context.runId);
                row.operation = ChangeOperation::Error;
                row.reason = sentence;
                m_rows.append(row);
            }
            continue;
        }
        for (const UndoStep &s : steps) {
            m_rows.append(s.toRecordChange(m_context.runId));
            // A deleted Act-On contact keeps its link: the next incremental run then reads
            // its CRM record (if at all) as linked and unchanged, and does not add it again.
            if (s.action == UndoStep::Action::Delete)
                continue;
            const QString name = marketingFieldOf(s.system, s.object, s.field);
            if (name.isEmpty() || !m_links.contains(s.recordKey))
                continue;
            auto moved = m_movedLinks.find(s.recordKey);
            if (moved == m_movedLinks.end())
                moved = m_movedLinks.insert(s.recordKey, m_links.value(s.recordKey));
            moved->setHash(LinkSnapshot::fieldKey(name), LinkSnapshot::valueHash(s.restoreValue));
        }
    }
}

void UndoRunner::commit()
{
    if (isFinished() || wasKilled())
        return;
    reportProgress(RunPhase::Finishing, tr("Recording the undo…"));
    const QList<LinkSnapshot> snapshots = m_movedLinks.values();
    if (killedAt(QStringLiteral("before-batch-commit")))
        return;
    if (Status s = m_context.recorder->commitBatch(m_rows, snapshots); !s)
        return fail(s.errorString());
    if (isCancelled())
        return finishCancelled();
    succeed();
}

} // namespace LeadBridge
