#include "core/engine/flows/ListSyncRunner.h"

#include "core/engine/PreviewGate.h"

#include "core/connectors/acton/ActOnConnector.h"
#include "core/connectors/salesforce/SalesforceConnector.h"
#include "core/engine/PreviewGate.h"
#include "core/engine/RunRecorder.h"
#include "core/engine/SyncEngine.h"
#include "core/engine/flows/ListSyncPlanner.h"
#include "core/util/LogCategories.h"

#include <QPointer>

namespace LeadBridge {

namespace {

QString inList(const QStringList &values)
{
    QStringList quoted;
    quoted.reserve(values.size());
    for (const QString &v : values)
        quoted.append(SalesforceConnector::soqlString(v));
    return quoted.join(u',');
}

} // namespace

ListSyncRunner::ListSyncRunner(FlowContext context, QObject *parent)
    : FlowRunner(std::move(context), parent)
{ }

ListSyncRunner::~ListSyncRunner() = default;

void ListSyncRunner::start()
{
    reportProgress(RunPhase::Loading, tr("Reading the list sync settings…"));
    QString error;
    m_settings = ListSyncSettings::fromMap(m_context.flow.settings, &error);
    if (!error.isEmpty())
        return fail(error);
    m_acton = qobject_cast<ActOnConnector *>(m_context.connector(AccountRole::Marketing));
    m_sf = qobject_cast<SalesforceConnector *>(m_context.connector(AccountRole::Crm));
    if (!m_acton || !m_sf)
        return fail(tr("A list sync needs a linked Act-On account and a linked Salesforce "
                       "account. Choose them in the flow settings."));
    // Seed 004: contacts synced from the CRM get External ID and Type without a map row.
    m_identityHeadings = CrmIdentityColumns::addTo(&m_context.fieldMap);
    m_identity = CrmIdentityColumns(m_context.fieldMap);
    m_norm = std::make_unique<FieldNormaliser>(m_context.fieldMap);
    if (m_norm->emailRow() < 0)
        return fail(tr("The list sync has no column mapped to the e-mail address, which it "
                       "matches people on. Map the E-mail Address column, then sync again."));
    resolveList();
}

QStringList ListSyncRunner::crmFields(CrmObjectType type) const
{
    QStringList out { QStringLiteral("Id"), QStringLiteral("Email") };
    for (const FieldMapRow &row : m_context.fieldMap.rows()) {
        const QString f = row.crmField(type);
        if (!f.isEmpty() && !CrmIdentityColumns::isAutomaticSource(f)
            && !out.contains(f, Qt::CaseInsensitive))
            out.append(f);
    }
    return out;
}

void ListSyncRunner::resolveList()
{
    if (stopped())
        return;
    reportProgress(
        RunPhase::Authenticating, tr("Finding the Act-On list “%1”…").arg(m_settings.listName));
    QPointer<ListSyncRunner> self(this);
    if (m_context.preview) {
        // A preview never creates the list: a missing list simply has no rows yet.
        m_acton->listLists([self](const QList<ActOnListInfo> &lists, const ApiError &error) {
            if (!self)
                return;
            if (error.isError())
                return self->failApi(error);
            for (const ActOnListInfo &l : lists) {
                if (l.name.compare(self->m_settings.listName, Qt::CaseInsensitive) == 0) {
                    self->m_listId = l.id;
                    break;
                }
            }
            self->checkListColumns();
        });
        return;
    }
    QStringList headings;
    for (const FieldMapRow &row : m_context.fieldMap.rows())
        headings.append(row.marketing.name);
    if (readsCampaignStatus() && !headings.contains(ListSyncPlanner::campaignStatusColumn()))
        headings.append(ListSyncPlanner::campaignStatusColumn());
    m_acton->findOrCreateList(m_settings.listFolder, m_settings.listName, headings,
        [self](const QString &listId, const ApiError &error) {
            if (!self)
                return;
            if (error.isError())
                return self->failApi(error);
            self->m_listId = listId;
            self->checkListColumns();
        });
}

void ListSyncRunner::queueIdentity(const PlannedChange &created, const QString &id, PlanBatch *into)
{
    // The list row that was just created in Salesforce learns the record's id and type in
    // this run (not the next), so a rerun finds nothing to write.
    if (m_identityHeadings.isEmpty() || id.isEmpty())
        return;
    PlannedChange u;
    u.target = SyncSide::Marketing;
    u.system = QStringLiteral("acton");
    u.object = m_listId;
    u.key = created.key;
    u.operation = ChangeOperation::Update;
    LinkSnapshot *snap = nullptr;
    for (LinkSnapshot &s : m_plan.snapshots) {
        if (s.emailKey == created.key)
            snap = &s;
    }
    if (snap)
        u.id = snap->marketingId;
    for (const QString &heading : std::as_const(m_identityHeadings)) {
        const QString value = heading == CrmIdentityColumns::externalIdHeading()
            ? id
            : CrmIdentityColumns::typeValue(created.crmType);
        u.fields.append({ heading, heading, QString(), value });
        if (snap)
            snap->setHash(LinkSnapshot::fieldKey(heading), LinkSnapshot::valueHash(value));
    }
    u.reason = tr("The list row gets the id and type of the record just created in Salesforce.");
    into->target = SyncSide::Marketing;
    into->system = u.system;
    into->object = m_listId;
    into->operation = ChangeOperation::Update;
    into->changes.append(u);
    m_pending[u.key] += 1;
}

void ListSyncRunner::checkListColumns()
{
    if (stopped())
        return;
    if (m_listId.isEmpty() || m_identityHeadings.isEmpty())
        return readList();
    QPointer<ListSyncRunner> self(this);
    m_acton->describe(
        { m_listId }, [self](const QList<CrmObjectSchema> &schemas, const ApiError &error) {
            if (!self || self->stopped())
                return;
            if (error.isError())
                return self->failApi(error);
            const QStringList missing = CrmIdentityColumns::missing(
                self->m_identityHeadings, CrmIdentityColumns::headingsOf(schemas));
            if (!missing.isEmpty()) {
                // No API adds a column to an existing list (A3): the run goes on without.
                CrmIdentityColumns::removeFrom(&self->m_context.fieldMap, missing);
                for (const QString &h : missing)
                    self->m_identityHeadings.removeAll(h);
                self->m_identity = CrmIdentityColumns(self->m_context.fieldMap);
                self->m_norm = std::make_unique<FieldNormaliser>(self->m_context.fieldMap);
                const RecordChange warning = CrmIdentityColumns::missingColumnsRow(
                    self->m_context.runId, self->m_listId, self->m_settings.listName, missing);
                const Status st = self->m_context.preview
                    ? self->m_context.recorder->recordPreview({ warning })
                    : self->m_context.recorder->commitBatch({ warning }, {});
                if (!st)
                    return self->fail(st.errorString());
            }
            self->readList();
        });
}

void ListSyncRunner::readList()
{
    if (stopped())
        return;
    if (m_listId.isEmpty())
        return readSource();
    reportProgress(
        RunPhase::Fetching, tr("Reading the Act-On list “%1”…").arg(m_settings.listName));
    FetchRequest req;
    req.object = m_listId;
    QPointer<ListSyncRunner> self(this);
    m_acton->fetch(
        req,
        [self](const FetchPage &page) {
            if (!self)
                return;
            for (const ConnectorRecord &r : page.records) {
                self->m_list.append(self->m_norm->fromMarketing(r));
                self->keepListCampaignStatus(r, self->m_list.constLast());
            }
            self->reportProgress(RunPhase::Fetching,
                tr("Reading the Act-On list “%1”…").arg(self->m_settings.listName),
                self->m_list.size(), page.totalKnown);
        },
        [self](const ApiError &error) {
            if (!self)
                return;
            if (error.isError())
                return self->failApi(error);
            self->readSource();
        });
}

void ListSyncRunner::readObject(
    const QString &object, const QString &where, QList<SideRecord> *into, Step next)
{
    const CrmObjectType type
        = object == QLatin1String("Lead") ? CrmObjectType::Lead : CrmObjectType::Contact;
    FetchRequest req;
    req.object = object;
    req.fields = crmFields(type);
    // A converted lead lives on as its contact and is read-only in Salesforce: never synced.
    QString condition = where;
    if (type == CrmObjectType::Lead) {
        condition = condition.isEmpty()
            ? QStringLiteral("IsConverted = false")
            : QStringLiteral("IsConverted = false AND (%1)").arg(condition);
    }
    if (!condition.isEmpty())
        req.options.insert(QStringLiteral("soqlWhere"), condition);
    QPointer<ListSyncRunner> self(this);
    m_sf->fetch(
        req,
        [self, into, type](const FetchPage &page) {
            if (!self)
                return;
            for (const ConnectorRecord &r : page.records) {
                if (!r.deleted) {
                    into->append(self->m_norm->fromCrm(r, type));
                    self->m_identity.fill(into->last());
                }
            }
            self->reportProgress(RunPhase::Fetching, tr("Reading Salesforce records…"),
                self->m_source.size() + self->m_others.size());
        },
        [self, next](const ApiError &error) {
            if (!self)
                return;
            if (error.isError())
                return self->failApi(error);
            if (!self->stopped())
                next();
        });
}

void ListSyncRunner::readByIds(const QStringList &ids, Step next)
{
    // Report rows and campaign members point at Leads (00Q) and Contacts (003): read those
    // with the mapped fields, kIdsPerQuery ids per query.
    auto chunks = std::make_shared<QList<QPair<QString, QStringList>>>();
    QStringList leads, contacts;
    for (const QString &id : ids) {
        if (id.startsWith(QLatin1String("00Q")))
            leads.append(id);
        else if (id.startsWith(QLatin1String("003")))
            contacts.append(id);
    }
    leads.removeDuplicates();
    contacts.removeDuplicates();
    for (qsizetype i = 0; i < leads.size(); i += kIdsPerQuery)
        chunks->append({ QStringLiteral("Lead"), leads.mid(i, kIdsPerQuery) });
    for (qsizetype i = 0; i < contacts.size(); i += kIdsPerQuery)
        chunks->append({ QStringLiteral("Contact"), contacts.mid(i, kIdsPerQuery) });
    auto step = std::make_shared<std::function<void(int)>>();
    QPointer<ListSyncRunner> self(this);
    *step = [self, chunks, step, next](int index) {
        if (!self)
            return;
        if (index >= chunks->size()) {
            const Step then = next; // resetting *step destroys this closure
            *step = nullptr;
            return then();
        }
        const auto &c = chunks->at(index);
        self->readObject(c.first, QStringLiteral("Id IN (%1)").arg(inList(c.second)),
            &self->m_source, [step, index] { (*step)(index + 1); });
    };
    (*step)(0);
}

void ListSyncRunner::readSource()
{
    if (stopped())
        return;
    reportProgress(RunPhase::Fetching, tr("Reading Salesforce records…"));
    QPointer<ListSyncRunner> self(this);
    auto then = [self] {
        if (self)
            self->lookUpOthers();
    };
    switch (m_settings.source) {
    case ListSyncSettings::Source::Leads:
        return readObject(QStringLiteral("Lead"), QString(), &m_source, then);
    case ListSyncSettings::Source::Contacts:
        return readObject(QStringLiteral("Contact"), QString(), &m_source, then);
    case ListSyncSettings::Source::Report:
    case ListSyncSettings::Source::Campaign:
        break;
    }
    FetchRequest req;
    auto ids = std::make_shared<QStringList>();
    if (m_settings.source == ListSyncSettings::Source::Report) {
        req.options.insert(QStringLiteral("reportId"), m_settings.reportId);
    } else {
        req.object = QStringLiteral("CampaignMember");
        req.fields = { QStringLiteral("Id"), QStringLiteral("LeadId"), QStringLiteral("ContactId"),
            QStringLiteral("Status") };
        req.options.insert(QStringLiteral("campaignId"), m_settings.campaignId);
    }
    const bool report = m_settings.source == ListSyncSettings::Source::Report;
    m_sf->fetch(
        req,
        [self, ids, report](const FetchPage &page) {
            for (const ConnectorRecord &r : page.records) {
                if (report) {
                    if (!r.id.isEmpty())
                        ids->append(r.id);
                    continue;
                }
                if (self)
                    self->keepCampaignMember(r);
                const QString contact = r.fields.value(QStringLiteral("ContactId")).toString();
                const QString lead = r.fields.value(QStringLiteral("LeadId")).toString();
                ids->append(contact.isEmpty() ? lead : contact);
            }
        },
        [self, ids, then](const ApiError &error) {
            if (!self)
                return;
            if (error.isError())
                return self->failApi(error);
            if (!self->stopped())
                self->readByIds(*ids, then);
        });
}

void ListSyncRunner::lookUpOthers()
{
    if (stopped())
        return;
    const ListSyncSettings &s = m_settings;
    QSet<QString> inSource;
    for (const SideRecord &r : std::as_const(m_source))
        inSource.insert(r.email);
    QStringList missing;
    for (const SideRecord &r : std::as_const(m_list)) {
        if (!r.email.isEmpty() && !inSource.contains(r.email))
            missing.append(r.email);
    }
    missing.removeDuplicates();
    const bool needed = s.pushAddNew || s.pullRemoveNotFound || s.pushUpdate || s.pullUpdate;
    if (!needed || missing.isEmpty())
        return planAndApply();
    reportProgress(RunPhase::Fetching, tr("Looking up list members in Salesforce…"));
    auto chunks = std::make_shared<QList<QPair<QString, QStringList>>>();
    for (qsizetype i = 0; i < missing.size(); i += kEmailsPerQuery) {
        chunks->append({ QStringLiteral("Lead"), missing.mid(i, kEmailsPerQuery) });
        chunks->append({ QStringLiteral("Contact"), missing.mid(i, kEmailsPerQuery) });
    }
    auto step = std::make_shared<std::function<void(int)>>();
    QPointer<ListSyncRunner> self(this);
    *step = [self, chunks, step](int index) {
        if (!self)
            return;
        if (index >= chunks->size()) {
            const QPointer<ListSyncRunner> runner = self; // resetting *step destroys this closure
            *step = nullptr;
            return runner->planAndApply();
        }
        const auto &c = chunks->at(index);
        self->readObject(c.first, QStringLiteral("Email IN (%1)").arg(inList(c.second)),
            &self->m_others, [step, index] { (*step)(index + 1); });
    };
    (*step)(0);
}

void ListSyncRunner::planAndApply()
{
    if (stopped() || killedAt(QStringLiteral("after-fetch")))
        return;
    reportProgress(RunPhase::Planning, tr("Planning the list sync…"));
    ListSyncInput in;
    in.map = m_context.fieldMap;
    in.settings = m_settings;
    in.listId = m_listId;
    in.sourceRecords = std::move(m_source);
    in.otherCrmRecords = std::move(m_others);
    in.listRecords = std::move(m_list);
    in.identityColumns = m_identityHeadings;
    QStringList emails;
    for (const auto *list : { &in.sourceRecords, &in.otherCrmRecords, &in.listRecords }) {
        for (const SideRecord &r : *list) {
            if (!r.email.isEmpty())
                emails.append(r.email);
        }
    }
    emails.removeDuplicates();
    auto snaps = m_context.recorder->links().loadByEmail(emails);
    if (!snaps)
        return fail(snaps.errorString());
    in.snapshots = snaps.value();
    if (in.listId.isEmpty())
        in.listId = m_settings.listName; // preview of a list not created yet
    addCampaignStatusInput(&in);
    m_plan = ListSyncPlanner::plan(in);
    if (m_context.previewGate)
        m_context.previewGate->filter(m_plan);

    if (m_context.preview) {
        const Status st
            = m_context.recorder->recordPreview(m_plan.toRecordChanges(m_context.runId));
        if (!st)
            return fail(st.errorString());
        return succeed();
    }
    for (const PlanBatch &b : std::as_const(m_plan.batches)) {
        for (const PlannedChange &c : b.changes)
            m_pending[c.key] += 1;
    }
    m_batch = 0;
    applyNext();
}

void ListSyncRunner::applyNext()
{
    if (stopped())
        return;
    if (m_batch > 0 && killedAt(QStringLiteral("mid-apply")))
        return;
    if (m_batch >= m_plan.batches.size())
        return commitFinal();
    const PlanBatch batch = m_plan.batches.at(m_batch);
    int done = 0;
    for (int i = 0; i < m_batch; ++i)
        done += int(m_plan.batches.at(i).changes.size());
    reportProgress(RunPhase::Applying,
        batch.target == SyncSide::Crm ? tr("Writing to Salesforce…")
                                      : tr("Writing to the Act-On list…"),
        done, m_plan.writes().size());

    if (batch.target == SyncSide::Marketing && batch.operation == ChangeOperation::Update) {
        for (const PlannedChange &c : batch.changes) {
            if (!c.movedFrom.isEmpty())
                return applyMoves(batch);
        }
    }
    WriteRequest req;
    req.object = batch.object;
    Connector *connector = batch.target == SyncSide::Crm ? static_cast<Connector *>(m_sf)
                                                         : static_cast<Connector *>(m_acton);
    switch (batch.operation) {
    case ChangeOperation::Create:
        req.operation = batch.target == SyncSide::Crm ? WriteRequest::Operation::Create
                                                      : WriteRequest::Operation::Upsert;
        break;
    case ChangeOperation::Delete:
        req.operation = WriteRequest::Operation::Delete;
        break;
    default:
        req.operation = batch.target == SyncSide::Crm ? WriteRequest::Operation::Update
                                                      : WriteRequest::Operation::Upsert;
        break;
    }
    if (batch.target == SyncSide::Marketing) {
        // Always one CSV merge (the list's own headings; a column it lacks is refused).
        req.options.insert(QStringLiteral("mergeThreshold"), 0);
        req.keyField = m_context.fieldMap.row(m_norm->emailRow()).marketing.name;
    }
    for (const PlannedChange &c : batch.changes) {
        ConnectorRecord rec
            = batch.target == SyncSide::Crm ? m_norm->toCrmRecord(c) : m_norm->toMarketingRecord(c);
        rec.object = batch.object;
        req.records.append(rec);
    }

    QPointer<ListSyncRunner> self(this);
    beginWrite();
    connector->write(req, [self, batch](const WriteResult &result, const ApiError &error) {
        if (!self)
            return;
        self->endWrite();
        if (self->isFinished() || self->wasKilled())
            return;
        self->finishBatch(batch, result, error, [self] {
            ++self->m_batch;
            self->applyNext();
        });
    });
}

void ListSyncRunner::applyMoves(const PlanBatch &batch)
{
    // Act-On's merge is keyed by e-mail and cannot change one; a moved address is written by
    // record id (PUT /api/1/list/{listid}/record/{recordid}) first, then the batch goes on.
    PlanBatch moves = batch;
    moves.changes.clear();
    PlanBatch rest = batch;
    rest.changes.clear();
    QList<QPair<QString, QVariantMap>> bodies;
    for (const PlannedChange &c : batch.changes) {
        if (c.movedFrom.isEmpty()) {
            rest.changes.append(c);
            continue;
        }
        moves.changes.append(c);
        bodies.append({ c.id, m_norm->toMarketingRecord(c).fields });
    }
    QPointer<ListSyncRunner> self(this);
    beginWrite();
    m_acton->updateRecords(m_listId, bodies,
        [self, moves, rest](const QList<WriteOutcome> &outcomes, const ApiError &error) {
            if (!self)
                return;
            self->endWrite();
            if (self->isFinished() || self->wasKilled())
                return;
            WriteResult result;
            for (int i = 0; i < outcomes.size(); ++i) {
                WriteOutcome o = outcomes.at(i);
                o.index = i;
                result.outcomes.append(o);
            }
            self->finishBatch(moves, result, error, [self, rest] {
                self->m_plan.batches[self->m_batch] = rest;
                if (rest.changes.isEmpty())
                    ++self->m_batch;
                self->applyNext();
            });
        });
}

void ListSyncRunner::finishBatch(const PlanBatch &batch, const WriteResult &result,
    const ApiError &error, std::function<void()> next)
{
    // Whatever the system confirmed is recorded, cancelled or not; cancel is checked
    // before the next write (applyNext()).
    const qint64 runId = m_context.runId;
    QList<RecordChange> rows;
    QList<LinkSnapshot> snapshots;
    QStringList removed;
    QHash<int, WriteOutcome> outcomes;
    PlanBatch identity; ///< the new records' id and type for their list rows
    for (const WriteOutcome &o : result.outcomes)
        outcomes.insert(o.index, o);
    for (int i = 0; i < batch.changes.size(); ++i) {
        const PlannedChange &c = batch.changes.at(i);
        const WriteOutcome o = outcomes.value(i);
        const bool ok = outcomes.contains(i) ? o.ok : !error.isError();
        if (!ok) {
            RecordChange e;
            e.runId = runId;
            e.system = c.system;
            e.object = c.object;
            e.recordKey = c.key;
            e.operation = ChangeOperation::Error;
            e.reason = (o.error.isError() ? o.error : error).userMessage();
            if (e.reason.isEmpty())
                e.reason = tr("The write was not confirmed. The next sync tries again.");
            rows.append(e);
            m_failed.insert(c.key);
        } else {
            QList<RecordChange> written = c.toRecordChanges(runId);
            if (c.operation == ChangeOperation::Create && batch.target == SyncSide::Crm) {
                for (RecordChange &r : written)
                    r.reason = tr("Created %1 %2.").arg(c.object, o.id);
                for (LinkSnapshot &s : m_plan.snapshots) {
                    if (s.emailKey == c.key)
                        s.crmId = o.id;
                }
                queueIdentity(c, o.id, &identity);
            }
            rows.append(written);
            if (c.operation == ChangeOperation::Delete)
                removed.append(c.key);
            if (!c.movedFrom.isEmpty())
                removed.append(c.movedFrom);
        }
        if (--m_pending[c.key] == 0 && !m_failed.contains(c.key)
            && c.operation != ChangeOperation::Delete) {
            for (const LinkSnapshot &s : std::as_const(m_plan.snapshots)) {
                if (s.emailKey == c.key) {
                    snapshots.append(s);
                    m_snapshotted.insert(c.key);
                }
            }
        }
    }
    const Status st = m_context.recorder->commitBatch(rows, snapshots, {}, removed);
    if (!st)
        return fail(st.errorString());
    if (!identity.changes.isEmpty())
        m_plan.batches.append(identity);
    if (error.kind() == ApiError::Kind::Cancelled)
        return finishCancelled();
    if (error.isError())
        return fail(error.userMessage());
    next();
}

bool ListSyncRunner::readsCampaignStatus() const
{
    return m_settings.source == ListSyncSettings::Source::Campaign;
}

void ListSyncRunner::keepListCampaignStatus(const ConnectorRecord &row, const SideRecord &side)
{
    if (!readsCampaignStatus() || side.email.isEmpty() || m_listCampaignStatus.contains(side.email))
        return;
    m_listCampaignStatus.insert(side.email,
        FieldNormaliser::stripControlCharacters(
            row.fields.value(ListSyncPlanner::campaignStatusColumn()).toString().trimmed()));
}

void ListSyncRunner::keepCampaignMember(const ConnectorRecord &member)
{
    const QString contact = member.fields.value(QStringLiteral("ContactId")).toString();
    const QString person
        = contact.isEmpty() ? member.fields.value(QStringLiteral("LeadId")).toString() : contact;
    if (person.isEmpty())
        return;
    ListSyncCampaignMember m;
    m.memberId
        = member.id.isEmpty() ? member.fields.value(QStringLiteral("Id")).toString() : member.id;
    m.status = member.fields.value(QStringLiteral("Status")).toString();
    m_members.insert(person, m);
}

void ListSyncRunner::addCampaignStatusInput(ListSyncInput *in) const
{
    if (!readsCampaignStatus())
        return;
    for (const SideRecord &r : std::as_const(in->sourceRecords)) {
        const auto m = m_members.constFind(r.id);
        if (!r.email.isEmpty() && m != m_members.cend() && !in->campaignMembers.contains(r.email))
            in->campaignMembers.insert(r.email, *m);
    }
    in->listCampaignStatus = m_listCampaignStatus;
}

void ListSyncRunner::commitFinal()
{
    if (killedAt(QStringLiteral("before-cursor-commit")))
        return;
    reportProgress(RunPhase::Finishing, tr("Recording the list sync…"));
    QList<RecordChange> rows;
    for (const PlannedChange &c : std::as_const(m_plan.conflicts))
        rows.append(c.toRecordChanges(m_context.runId));
    for (const PlannedChange &c : std::as_const(m_plan.skips))
        rows.append(c.toRecordChanges(m_context.runId));
    if (m_context.previewGate)
        rows.append(m_context.previewGate->notPlannedAgain(m_context.runId));
    QList<LinkSnapshot> snapshots;
    for (const LinkSnapshot &s : std::as_const(m_plan.snapshots)) {
        // People with nothing to write (already equal) keep their snapshot fresh.
        if (!m_pending.contains(s.emailKey) && !m_snapshotted.contains(s.emailKey))
            snapshots.append(s);
    }
    const Status st = m_context.recorder->commitBatch(rows, snapshots);
    if (!st)
        return fail(st.errorString());
    succeed();
}

void registerListSyncRunner()
{
    SyncEngine::registerRunner(FlowKind::ListSync,
        [](const FlowContext &context) -> FlowRunner * { return new ListSyncRunner(context); });
}

} // namespace LeadBridge
