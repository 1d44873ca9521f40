#include "core/engine/CrmContactSyncRunner.h"

#include "core/connectors/Connector.h"
#include "core/connectors/acton/ActOnConnector.h"
#include "core/engine/AppliedGroup.h"
#include "core/engine/CrmIdentityColumns.h"
#include "core/engine/FlowRunners.h"
#include "core/engine/OwnWriteDigests.h"
#include "core/engine/OwnWritesReadBack.h"
#include "core/engine/PersonKey.h"
#include "core/engine/PreviewGate.h"
#include "core/engine/RecordSpill.h"
#include "core/engine/SyncEngine.h"
#include "core/engine/SyncPlanner.h"
#include "core/mapping/StandardFields.h"
#include "core/store/ConflictRepository.h"
#include "core/util/LogCategories.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

#include <algorithm>

namespace LeadBridge {

void registerCrmContactSyncRunner()
{
    SyncEngine::registerRunner(FlowKind::CrmContactSync,
        [](const FlowContext &context) { return new CrmContactSyncRunner(context); });
}

namespace {

QString cursorKey(const QString &system, const QString &object)
{
    return system + QChar(0x1f) + object;
}

CrmObjectType objectType(const QString &object)
{
    return object.startsWith(u"Lead", Qt::CaseInsensitive) ? CrmObjectType::Lead
                                                           : CrmObjectType::Contact;
}

const QString kIsConverted = QStringLiteral("IsConverted");

bool isFatal(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::Validation:
    case ApiError::Kind::NotFound:
        return false;
    default:
        return true;
    }
}

} // namespace

CrmContactSyncRunner::CrmContactSyncRunner(FlowContext context, QObject *parent)
    : FlowRunner(std::move(context), parent)
{ }

CrmContactSyncRunner::~CrmContactSyncRunner() = default;

void CrmContactSyncRunner::start()
{
    reportProgress(RunPhase::Loading, tr("Reading the flow's settings…"));
    const QVariantMap &s = m_context.flow.settings;
    m_acton = qobject_cast<ActOnConnector *>(m_context.connector(AccountRole::Marketing));
    m_crm = m_context.connector(AccountRole::Crm);
    if (!m_acton || !m_crm)
        return fail(tr("This flow needs a linked Act-On account and a linked Salesforce or "
                       "Pipeliner account. Check the flow's accounts."));
    const CrmKind crm = m_context.account(AccountRole::Crm).kind == AccountKind::Pipeliner
        ? CrmKind::Pipeliner
        : CrmKind::Salesforce;
    m_crmSystem = CrmKinds::toString(crm);

    m_map = m_context.fieldMap;
    m_map.setCrm(crm);
    // Hard bounces go to the CRM field chosen in the flow's settings.
    QString bounceField = s.value(QStringLiteral("hardBounceField")).toString().trimmed();
    const int bounceIndex = m_map.indexOfUsage(SystemUsage::HardBounce);
    if (bounceField.isEmpty() && crm == CrmKind::Salesforce
        && (bounceIndex < 0 || !m_map.row(bounceIndex).hasCrmSource()))
        bounceField = QStringLiteral("EmailBouncedReason");
    if (!bounceField.isEmpty()) {
        if (bounceIndex >= 0) {
            FieldMapRow row = m_map.row(bounceIndex);
            row.leadField = bounceField;
            row.contactField = bounceField;
            m_map.updateRow(bounceIndex, row);
        } else if (const auto field = StandardFields::byUsage(SystemUsage::HardBounce)) {
            m_map.addRow(FieldMapRow::make(*field, bounceField, bounceField, true));
        }
    }
    applyScoreSheets();
    addIdentityRows();
    m_normaliser = std::make_unique<FieldNormaliser>(m_map);
    m_createReason
        = tr("Added to Act-On with the values of the %1 record.").arg(CrmKinds::displayName(crm));
    m_previewCreateReason = tr("Would be added to Act-On with the values of the %1 record.")
                                .arg(CrmKinds::displayName(crm));
    if (m_normaliser->emailRow() < 0)
        return fail(tr("The field map of this flow has no e-mail field. Map \"E-mail Address\" "
                       "on the flow's Mapping page and run it again."));
    rebuildRows();

    m_options.pushOptOuts = s.value(QStringLiteral("pushOptOuts"), true).toBool();
    m_options.pushHardBounces = s.value(QStringLiteral("pushHardBounces"), true).toBool();
    m_options.defaultRule
        = ConflictRules::fromString(s.value(QStringLiteral("conflictRule")).toString());
    const QVariantMap rules = s.value(QStringLiteral("fieldRules")).toMap();
    for (auto it = rules.cbegin(); it != rules.cend(); ++it)
        m_options.fieldRules.insert(it.key(), ConflictRules::fromString(it.value().toString()));
    m_options.allowCrmCreate = false; // F2 never creates CRM records
    m_options.deleteInMarketing = true;
    m_options.deleteMissingOnFull = true;
    m_applyBatch = qMax(1, s.value(QStringLiteral("applyBatch"), kApplyBatch).toInt());
    m_groups.setLimit(
        qBound(1, s.value(QStringLiteral("groupsInFlight"), kGroupsInFlight).toInt(), 8));
    if (s.value(QStringLiteral("syncLeads"), true).toBool())
        m_crmObjects.append(QStringLiteral("Lead"));
    if (s.value(QStringLiteral("syncContacts"), true).toBool())
        m_crmObjects.append(QStringLiteral("Contact"));
    if (m_crmObjects.isEmpty())
        return fail(tr("This flow reads neither leads nor contacts. Choose at least one in the "
                       "flow's settings."));

    // Conflicts held for review: held again, applied or superseded by this run's plans.
    if (m_context.journal) {
        const auto held = ConflictRepository(*m_context.journal).unsettled(m_context.flow.id);
        if (!held)
            return fail(held.errorString());
        m_holds = held.value();
    }

    m_listId = s.value(QStringLiteral("listId")).toString();
    m_listName = s.value(QStringLiteral("listName"), m_context.flow.name).toString();
    m_folder = s.value(QStringLiteral("folder"), QStringLiteral("LeadBridge")).toString();
    resolveList();
}

void CrmContactSyncRunner::resolveList()
{
    if (isCancelled())
        return finishCancelled();
    reportProgress(RunPhase::Authenticating, tr("Signing in to Act-On…"));
    QPointer<CrmContactSyncRunner> self(this);
    const auto found = [this, self](const QString &listId, const ApiError &error) {
        if (!self || isFinished() || wasKilled())
            return;
        if (error.isError())
            return callFailed(error);
        m_listId = listId;
        m_listExists = !listId.isEmpty();
        m_options.marketingObject = m_listExists ? m_listId : m_listName;
        checkListColumns();
    };
    if (!m_listId.isEmpty())
        return found(m_listId, {});
    if (m_context.preview) {
        // A preview never creates anything: look the list up only.
        m_acton->listLists([this, found](const QList<ActOnListInfo> &lists, const ApiError &error) {
            QString id;
            for (const ActOnListInfo &l : lists) {
                if (l.name.compare(m_listName, Qt::CaseInsensitive) == 0)
                    id = l.id;
            }
            found(id, error);
        });
        return;
    }
    QStringList headings;
    for (const FieldMapRow &row : m_map.rows())
        headings.append(row.marketing.name);
    m_acton->findOrCreateList(m_folder, m_listName, headings, found);
}

void CrmContactSyncRunner::applyScoreSheets()
{
    // Seed 004: "choose which score sheet you would like to use". A score sheet's scores are
    // the list column named after it (docs/connector-acton.md, "Still assumptions"); the
    // default sheet is the "Score" column the row names itself.
    for (int i = 0; i < m_map.rowCount(); ++i) {
        FieldMapRow row = m_map.row(i);
        const QString sheet = row.scoreName.trimmed();
        if (!row.isScore() || sheet.isEmpty() || sheet == row.marketing.name)
            continue;
        if (m_map.indexOf(sheet) >= 0)
            continue; // the sheet's column is mapped on its own row already
        row.marketing.name = sheet;
        m_map.updateRow(i, row);
    }
}

void CrmContactSyncRunner::addIdentityRows()
{
    // Seed 004: External ID and Type are written without a field-map row; a map that maps
    // either heading itself keeps its own row.
    m_options.identityFields = CrmIdentityColumns::addTo(&m_map);
}

void CrmContactSyncRunner::rebuildRows()
{
    m_normaliser = std::make_unique<FieldNormaliser>(m_map);
    m_optOutRow = m_map.indexOfUsage(SystemUsage::OptOut);
    m_bounceRow = m_map.indexOfUsage(SystemUsage::HardBounce);
    m_identity = CrmIdentityColumns(m_map);
}

void CrmContactSyncRunner::checkListColumns()
{
    if (!m_listExists || m_options.identityFields.isEmpty())
        return spillSnapshots();
    QPointer<CrmContactSyncRunner> self(this);
    m_acton->describe(
        { m_listId }, [this, self](const QList<CrmObjectSchema> &schemas, const ApiError &error) {
            if (!self || isFinished() || wasKilled())
                return;
            if (error.isError())
                return callFailed(error);
            const QStringList missing = CrmIdentityColumns::missing(
                m_options.identityFields, CrmIdentityColumns::headingsOf(schemas));
            if (missing.isEmpty())
                return spillSnapshots();
            // Act-On's API documents no way to add a column to an existing list (A3), so
            // the automatic columns are left out for this list and the run goes on.
            CrmIdentityColumns::removeFrom(&m_map, missing);
            for (const QString &h : missing)
                m_options.identityFields.removeAll(h);
            rebuildRows();
            const RecordChange warning = CrmIdentityColumns::missingColumnsRow(
                m_context.runId, m_listId, m_listName, missing);
            const Status st = m_context.preview ? m_context.recorder->recordPreview({ warning })
                                                : m_context.recorder->commitBatch({ warning }, {});
            if (!st)
                return fail(st.errorString());
            spillSnapshots();
        });
}

void CrmContactSyncRunner::spillSnapshots()
{
    const int buckets = m_context.full ? kFullBuckets : 1;
    m_spill = std::make_unique<RecordSpill>(buckets);
    if (!m_spill->isValid())
        return fail(m_spill->errorString());
    m_fetchStartedAt = QDateTime::currentDateTimeUtc();
    if (m_context.full) {
        // Every stored link takes part in a full run (records no longer in the CRM are
        // deletes); they go to the bucket of their key, and their ids point there.
        reportProgress(RunPhase::Fetching, tr("Reading what was synced before…"));
        bool ok = true;
        const Status st = m_context.recorder->links().forEach([&](QList<LinkSnapshot> &&batch) {
            for (const LinkSnapshot &s : batch) {
                const int b = m_spill->bucketOf(s.emailKey);
                if (!s.crmId.isEmpty())
                    m_bucketByCrmId.insert(LinkSnapshot::valueHash(s.crmId), b);
                if (!s.marketingId.isEmpty())
                    m_bucketByMktId.insert(LinkSnapshot::valueHash(s.marketingId), b);
                ok = ok && m_spill->add(b, s);
            }
            return ok;
        });
        if (!st)
            return fail(st.errorString());
        if (!ok)
            return fail(m_spill->errorString());
    }
    fetchCrm(0);
}

int CrmContactSyncRunner::bucketFor(const SideRecord &r) const
{
    if (m_spill->bucketCount() == 1)
        return 0;
    if (!r.id.isEmpty()) {
        const auto &ids = r.side == SyncSide::Crm ? m_bucketByCrmId : m_bucketByMktId;
        const auto it = ids.constFind(LinkSnapshot::valueHash(r.id));
        if (it != ids.cend())
            return it.value();
    }
    return m_spill->bucketOf(r.email.isEmpty() ? r.id : r.email);
}

void CrmContactSyncRunner::noteCursor(
    const QString &system, const QString &object, const FetchPage &page)
{
    QDateTime newest = page.cursor.isEmpty()
        ? QDateTime()
        : QDateTime::fromString(page.cursor, Qt::ISODateWithMs);
    for (const ConnectorRecord &r : page.records) {
        if (r.modifiedAt.isValid() && (!newest.isValid() || r.modifiedAt > newest))
            newest = r.modifiedAt;
    }
    if (!newest.isValid())
        return;
    QDateTime &stored = m_newCursors[cursorKey(system, object)];
    if (!stored.isValid() || newest > stored)
        stored = newest.toUTC();
}

void CrmContactSyncRunner::fetchCrm(int objectIndex)
{
    if (isCancelled())
        return finishCancelled();
    if (objectIndex >= m_crmObjects.size())
        return fetchMarketing();
    const QString object = m_crmObjects.at(objectIndex);
    const CrmObjectType type = objectType(object);
    FetchRequest request;
    request.object = object;
    for (const FieldMapRow &row : m_map.rows()) {
        const QString field = row.crmField(type);
        if (!field.isEmpty() && !CrmIdentityColumns::isAutomaticSource(field)
            && !request.fields.contains(field))
            request.fields.append(field);
    }
    // Salesforce keeps converted leads (IsConverted = true, read-only): they are read so that
    // their links can pass to the contacts they became, and never written.
    const bool readsConversion = m_map.crm() == CrmKind::Salesforce && type == CrmObjectType::Lead;
    if (readsConversion && !request.fields.contains(kIsConverted))
        request.fields.append(kIsConverted);
    if (!m_context.full) {
        const auto cursor = m_context.recorder->links().cursor(m_crmSystem, object);
        if (!cursor)
            return fail(cursor.errorString());
        request.since = QDateTime::fromString(cursor.value(), Qt::ISODateWithMs);
        request.includeDeleted = true;
    }
    const QString crmName = CrmKinds::displayName(m_map.crm());
    const QString text = type == CrmObjectType::Lead ? tr("Reading %1 leads…").arg(crmName)
                                                     : tr("Reading %1 contacts…").arg(crmName);
    reportProgress(RunPhase::Fetching, text, m_fetched, m_total);
    QPointer<CrmContactSyncRunner> self(this);
    qint64 *total = &m_total;
    m_crm->fetch(
        request,
        [this, self, object, type, text, total, readsConversion](const FetchPage &page) {
            if (!self || isFinished() || wasKilled())
                return;
            if (page.pageNumber == 1 && page.totalKnown >= 0)
                *total = (*total < 0 ? 0 : *total) + page.totalKnown;
            for (const ConnectorRecord &r : page.records) {
                SideRecord rec = m_normaliser->fromCrm(r, type);
                m_identity.fill(rec);
                rec.converted = readsConversion && r.fields.value(kIsConverted).toBool();
                if (!m_spill->add(bucketFor(rec), rec))
                    return;
            }
            m_fetched += page.records.size();
            noteCursor(m_crmSystem, object, page);
            reportProgress(RunPhase::Fetching, text, m_fetched, m_total);
        },
        afterFetch([this, objectIndex] { fetchCrm(objectIndex + 1); }));
}

void CrmContactSyncRunner::fetchMarketing()
{
    if (isCancelled())
        return finishCancelled();
    if (!m_listExists)
        return fetchSuppressions(0);
    FetchRequest request;
    request.object = m_listId;
    if (m_context.full) {
        request.options.insert(QStringLiteral("format"), QStringLiteral("csv"));
    } else {
        const auto cursor = m_context.recorder->links().cursor(QStringLiteral("acton"), m_listId);
        if (!cursor)
            return fail(cursor.errorString());
        request.since = QDateTime::fromString(cursor.value(), Qt::ISODateWithMs);
    }
    const QString text = tr("Reading the Act-On list…");
    reportProgress(RunPhase::Fetching, text, m_fetched, m_total);
    QPointer<CrmContactSyncRunner> self(this);
    m_acton->fetch(
        request,
        [this, self, text](const FetchPage &page) {
            if (!self || isFinished() || wasKilled())
                return;
            for (const ConnectorRecord &r : page.records) {
                SideRecord rec = m_normaliser->fromMarketing(r);
                rec.object = m_listId;
                if (!m_spill->add(bucketFor(rec), rec))
                    return;
            }
            m_fetched += page.records.size();
            noteCursor(QStringLiteral("acton"), m_listId, page);
            reportProgress(RunPhase::Fetching, text, m_fetched, m_total);
        },
        afterFetch([this] { fetchSuppressions(0); }));
}

std::function<void(const ApiError &)> CrmContactSyncRunner::afterFetch(std::function<void()> next)
{
    QPointer<CrmContactSyncRunner> self(this);
    return [this, self, next = std::move(next)](const ApiError &error) {
        if (!self || isFinished() || wasKilled())
            return;
        if (error.isError())
            return callFailed(error);
        if (!m_spill->isValid())
            return fail(m_spill->errorString());
        next();
    };
}

void CrmContactSyncRunner::fetchSuppressions(int step)
{
    if (isCancelled())
        return finishCancelled();
    // Step 0: opt-outs, step 1: hard bounces; each only when the map has the row.
    if (step == 0 && !(m_options.pushOptOuts && m_optOutRow >= 0))
        return fetchSuppressions(1);
    if (step == 1 && !(m_options.pushHardBounces && m_bounceRow >= 0))
        return fetchSuppressions(2);
    if (step >= 2) {
        if (killedAt(QStringLiteral("after-fetch")))
            return;
        return processBuckets();
    }
    reportProgress(RunPhase::Fetching,
        step == 0 ? tr("Reading Act-On opt-outs…") : tr("Reading Act-On hard bounces…"), m_fetched,
        m_total);
    QPointer<CrmContactSyncRunner> self(this);
    m_acton->readSuppressionList(
        step == 0 ? QStringLiteral("optout") : QStringLiteral("hardbounce"),
        [this, self, step](const QList<ActOnSuppression> &entries, const ApiError &error) {
            if (!self || isFinished() || wasKilled())
                return;
            if (error.isError())
                return callFailed(error);
            for (const ActOnSuppression &e : entries) {
                const QString email = PersonKey::normaliseEmail(e.email);
                if (email.isEmpty())
                    continue;
                if (step == 0) {
                    m_optOuts.insert(email, QStringLiteral("true"));
                } else {
                    // Stable text: the same bounce gives the same value on every run.
                    const QString when = e.timestamp.isValid()
                        ? e.timestamp.toUTC().toString(Qt::ISODate)
                        : QStringLiteral("unknown date");
                    m_bounces.insert(email, QStringLiteral("Hard bounce (Act-On) %1").arg(when));
                }
            }
            fetchSuppressions(step + 1);
        });
}

void CrmContactSyncRunner::injectSuppressions(
    QList<SideRecord> &marketing, const QHash<QString, QString> &crmBounces)
{
    if (m_optOuts.isEmpty() && m_bounces.isEmpty())
        return;
    for (SideRecord &r : marketing) {
        if (r.email.isEmpty())
            continue;
        if (m_optOutRow >= 0) {
            const auto it = m_optOuts.constFind(r.email);
            if (it != m_optOuts.cend()) {
                while (r.values.size() <= m_optOutRow)
                    r.values.append(QString());
                r.values[m_optOutRow] = it.value();
                m_suppressionsSeen.insert(r.email);
            }
        }
        if (m_bounceRow >= 0) {
            const auto it = m_bounces.constFind(r.email);
            if (it != m_bounces.cend()) {
                while (r.values.size() <= m_bounceRow)
                    r.values.append(QString());
                // crmBounces: the CRM's own reason (kept), or a null string when only the
                // snapshot says the CRM has one (then Act-On's value stays as read).
                const auto crm = crmBounces.constFind(r.email);
                if (crm == crmBounces.cend())
                    r.values[m_bounceRow] = FieldNormaliser::normaliseText(
                        m_map.row(m_bounceRow).marketing.type, it.value());
                else if (!crm.value().isNull())
                    r.values[m_bounceRow] = crm.value();
                m_suppressionsSeen.insert(r.email);
            }
        }
    }
}

void CrmContactSyncRunner::processBuckets()
{
    m_nextBucket = 0;
    m_pending = std::make_unique<Plan>();
    m_pendingWrites = 0;
    planBucket(0);
}

bool CrmContactSyncRunner::planData(
    RecordSpill::Bucket &data, bool loadSnapshots, PlanInput *inputOut, Plan *planOut)
{
    if (loadSnapshots) {
        // Incremental: the snapshots of the people concerned, by id first, then by email.
        QStringList crmIds, mktIds, emails;
        for (const SideRecord &r : std::as_const(data.crm)) {
            if (!r.id.isEmpty())
                crmIds.append(r.id);
            if (!r.email.isEmpty())
                emails.append(r.email);
        }
        for (const SideRecord &r : std::as_const(data.marketing)) {
            if (!r.id.isEmpty())
                mktIds.append(r.id);
            if (!r.email.isEmpty())
                emails.append(r.email);
        }
        // A decided conflict is applied even when neither record changed: its person's
        // snapshot is needed although no record of theirs was read.
        for (const ConflictRecord &c : std::as_const(m_holds)) {
            if (c.status == ConflictRecord::Status::Resolved)
                emails.append(c.personKey);
        }
        QSet<QString> seen;
        LinkRepository &links = m_context.recorder->links();
        const auto take = [this, &seen, &data](const Expected<QList<LinkSnapshot>> &loaded) {
            if (!loaded) {
                fail(loaded.errorString());
                return false;
            }
            for (const LinkSnapshot &s : loaded.value()) {
                if (!seen.contains(s.emailKey)) {
                    seen.insert(s.emailKey);
                    data.snapshots.append(s);
                }
            }
            return true;
        };
        if (!take(links.loadByCrmId(crmIds)) || !take(links.loadByMarketingId(mktIds)))
            return false;
        // An address whose link came with its ids is not looked up again (a read of a
        // million rows back after a full run would read every link twice).
        emails.removeIf([&seen](const QString &e) { return seen.contains(e); });
        if (!take(links.loadByEmail(emails)))
            return false;
    }
    // A CRM record that already carries a bounce reason keeps it: Act-On's bounce is pushed
    // only to records that do not say so yet.
    QHash<QString, QString> crmBounces;
    // The snapshot's hash of a reason known only from the snapshot, to be kept as it is.
    QHash<QString, quint64> knownBounces;
    if (m_bounceRow >= 0) {
        for (const SideRecord &r : std::as_const(data.crm)) {
            const QString v = r.value(m_bounceRow);
            if (!v.isEmpty() && !r.email.isEmpty())
                crmBounces.insert(r.email, v);
        }
    }
    if (m_bounceRow >= 0 && !m_bounces.isEmpty()) {
        // Without the CRM record at hand, the snapshot tells whether the CRM had a bounce
        // reason of its own when last seen; then it is kept as well.
        const quint32 key = LinkSnapshot::fieldKey(m_map.row(m_bounceRow).marketing.name);
        const quint64 blank = LinkSnapshot::valueHash(QString());
        for (const LinkSnapshot &snap : std::as_const(data.snapshots)) {
            const auto bounce = m_bounces.constFind(snap.emailKey);
            if (bounce == m_bounces.cend() || crmBounces.contains(snap.emailKey))
                continue;
            const auto known = snap.hashFor(key);
            if (known && *known != blank && *known != LinkSnapshot::valueHash(bounce.value())) {
                crmBounces.insert(snap.emailKey, QString());
                knownBounces.insert(snap.emailKey, *known);
            }
        }
    }
    injectSuppressions(data.marketing, crmBounces);

    PlanInput &input = *inputOut;
    input.flow = FlowKind::CrmContactSync;
    input.map = m_map;
    input.mode = loadSnapshots ? SyncMode::Incremental : SyncMode::Full;
    input.crmRecords = std::move(data.crm);
    input.marketingRecords = std::move(data.marketing);
    input.snapshots = std::move(data.snapshots);
    input.options = m_options;
    input.heldConflicts = m_holds;
    Plan &plan = *planOut;
    plan = SyncPlanner::plan(input);
    if (!crmBounces.isEmpty()) {
        const quint32 key = LinkSnapshot::fieldKey(m_map.row(m_bounceRow).marketing.name);
        for (LinkSnapshot &snap : plan.snapshots) {
            const auto it = crmBounces.constFind(snap.emailKey);
            if (it == crmBounces.cend())
                continue;
            // A reason read from the CRM record is what the CRM has now; one known only from
            // the snapshot stays as the snapshot knew it (a blank here would let the next
            // run push Act-On's bounce over the CRM's own reason).
            const auto known = knownBounces.constFind(snap.emailKey);
            snap.setHash(key,
                known != knownBounces.cend() ? known.value() : LinkSnapshot::valueHash(it.value()));
        }
    }
    return true;
}

void CrmContactSyncRunner::planBucket(int bucket)
{
    if (isFinished() || wasKilled() || m_groups.stopping())
        return;
    if (isCancelled()) {
        // The groups in flight are written and committed first (their writes were not
        // aborted).
        return m_groups.afterAll([this] { finishCancelled(); });
    }
    if (bucket >= m_spill->bucketCount()) {
        // Last group (after the one in flight), then the suppressions of people not read.
        const bool leftover = !m_context.preview && m_pending
            && (m_pendingWrites > 0 || !m_pending->skips.isEmpty()
                || !m_pending->conflicts.isEmpty() || !m_pending->snapshots.isEmpty()
                || !m_pending->removedLinks.isEmpty() || !m_pending->supersededConflicts.isEmpty());
        return m_groups.afterAll([this, leftover] {
            if (leftover) {
                launchGroup();
                return m_groups.afterAll([this] { pushLeftoverSuppressions(); });
            }
            pushLeftoverSuppressions();
        });
    }
    RecordSpill::Bucket data;
    if (!m_spill->take(bucket, &data))
        return fail(m_spill->errorString());

    PlanInput input;
    Plan plan;
    if (!planData(data, !m_context.full, &input, &plan))
        return;
    const qint64 people = qMax(input.crmRecords.size(), input.marketingRecords.size());
    m_planned += people;
    reportProgress(m_context.preview ? RunPhase::Planning : RunPhase::Applying,
        m_context.preview ? tr("Planning the changes…") : tr("Applying the changes…"), m_planned,
        m_fetched);

    if (m_context.preview) {
        // What the real run would record: one row per created contact, field rows for the
        // rest (a million planned creates must not become twenty million rows).
        if (Status s = m_context.recorder->recordPreview(
                plan.toHistoryRows(m_context.runId, m_previewCreateReason));
            !s)
            return fail(s.errorString());
        // Through the event loop, not a nested call: this bucket's records and plan are freed
        // before the next is read (nested, all 64 stayed alive to the end: 5 GB at a million).
        return nextBucket(bucket + 1);
    }

    notePlannedTimes(plan, input);
    gate(plan);
    for (const PlanBatch &b : std::as_const(plan.batches)) {
        for (const PlannedChange &c : b.changes)
            m_pending->addWrite(c);
        m_pendingWrites += int(b.changes.size());
    }
    m_pending->skips.append(plan.skips);
    m_pending->conflicts.append(plan.conflicts);
    m_pending->snapshots.append(plan.snapshots);
    m_pending->removedLinks.append(plan.removedLinks);
    m_pending->appliedConflicts.append(plan.appliedConflicts);
    m_pending->supersededConflicts.append(plan.supersededConflicts);
    if (m_pendingWrites >= m_applyBatch) {
        // Groups are written while the next is planned: the vendor works on the uploads
        // while this thread plans and records. At most "groupsInFlight" at once.
        return m_groups.whenFree(pendingIsExclusive(), [this, bucket] {
            launchGroup();
            nextBucket(bucket + 1);
        });
    }
    nextBucket(bucket + 1);
}

void CrmContactSyncRunner::nextBucket(int bucket)
{
    // Through the event loop, so uploads in flight progress and cancel is seen promptly.
    QPointer<CrmContactSyncRunner> self(this);
    QTimer::singleShot(0, this, [this, self, bucket] {
        if (self && !isFinished() && !wasKilled())
            planBucket(bucket);
    });
}

bool CrmContactSyncRunner::pendingIsExclusive() const
{
    for (const PlanBatch &b : std::as_const(m_pending->batches)) {
        if (b.target != SyncSide::Marketing || b.operation == ChangeOperation::Delete)
            continue;
        for (const PlannedChange &c : b.changes) {
            if (!c.movedFrom.isEmpty())
                return true;
        }
    }
    return false;
}

void CrmContactSyncRunner::launchGroup()
{
    m_groups.started(pendingIsExclusive());
    applyGroup([this] { m_groups.ended(); });
}

bool CrmContactSyncRunner::stopIfAsked(const std::shared_ptr<Group> &group)
{
    if (!isCancelled() && !m_groups.stopping())
        return false;
    stopGroup(group, [this] { finishCancelled(); });
    return true;
}

void CrmContactSyncRunner::applyGroup(std::function<void()> then)
{
    auto group = std::make_shared<Group>();
    group->timer.start();
    group->plan = std::move(*m_pending);
    m_pending = std::make_unique<Plan>();
    m_pendingWrites = 0;
    QPointer<CrmContactSyncRunner> self(this);
    applyMarketingUpserts(group, [this, self, group, then] {
        if (!self)
            return;
        applyMarketingDeletes(group, [this, self, group, then] {
            if (!self)
                return;
            applyCrmUpdates(group, 0, [this, self, group, then] {
                if (!self)
                    return;
                group->writeMs = group->timer.elapsed();
                commitGroup(group, then);
            });
        });
    });
}

void CrmContactSyncRunner::applyMarketingUpserts(
    std::shared_ptr<Group> group, std::function<void()> then)
{
    if (stopIfAsked(group))
        return;
    QList<PlannedChange> changes;
    QList<PlannedChange> moves;
    for (const PlanBatch &b : std::as_const(group->plan.batches)) {
        if (b.target == SyncSide::Marketing
            && (b.operation == ChangeOperation::Create || b.operation == ChangeOperation::Update)) {
            for (const PlannedChange &c : b.changes)
                (c.movedFrom.isEmpty() ? changes : moves).append(c);
        }
    }
    if (!moves.isEmpty()) {
        // E-mail changes first, by record id; then the rest (whose writes are upserts).
        QPointer<CrmContactSyncRunner> self(this);
        return applyMarketingMoves(
            group, moves, [this, self, group, changes, then](const QList<PlannedChange> &back) {
                if (!self || isFinished() || wasKilled())
                    return;
                const QList<PlannedChange> rest = back + changes;
                if (rest.isEmpty())
                    return then();
                applyMarketingUpsertList(group, rest, then);
            });
    }
    if (changes.isEmpty())
        return then();
    applyMarketingUpsertList(group, changes, std::move(then));
}

void CrmContactSyncRunner::applyMarketingMoves(std::shared_ptr<Group> group,
    const QList<PlannedChange> &moves, std::function<void(const QList<PlannedChange> &)> then)
{
    const QString emailHeading = m_map.row(m_normaliser->emailRow()).marketing.name;
    const auto newEmailOf = [emailHeading](const PlannedChange &c) {
        for (const PlannedFieldChange &f : c.fields) {
            if (f.marketingField == emailHeading)
                return PersonKey::normaliseEmail(f.newValue);
        }
        return QString();
    };
    QSet<QString> emails;
    for (const PlannedChange &c : moves) {
        emails.insert(c.movedFrom);
        emails.insert(newEmailOf(c));
    }
    QPointer<CrmContactSyncRunner> self(this);
    beginWrite();
    m_acton->findRecordsByEmail(m_listId, emails,
        [this, self, group, moves, then, newEmailOf, emailHeading](
            const QHash<QString, QStringList> &ids, const ApiError &error) {
            if (!self)
                return;
            endWrite();
            if (isFinished() || wasKilled())
                return;
            if (error.isError())
                return stopGroup(group, [this, error] { callFailed(error); });
            QList<PlannedChange> upserts; // the old row is gone: written as usual
            QList<PlannedChange> updates;
            QList<QPair<QString, QVariantMap>> bodies;
            for (const PlannedChange &c : moves) {
                const QString to = newEmailOf(c);
                const QString id = c.id.isEmpty() ? ids.value(c.movedFrom).value(0) : c.id;
                QStringList others = ids.value(to);
                others.removeAll(id);
                if (!others.isEmpty()) {
                    // Two people would become one: nothing is written, the link stays.
                    group->answeredMarketing.insert(c.key);
                    group->failedKeys.insert(c.key);
                    group->failedKeys.insert(to);
                    RecordChange k;
                    k.runId = m_context.runId;
                    k.system = c.system;
                    k.object = c.object;
                    k.recordKey = c.key;
                    k.operation = ChangeOperation::Conflict;
                    k.field = emailHeading;
                    k.oldValue = c.movedFrom;
                    k.newValue = to;
                    k.reason = tr("The e-mail address of this person changed in %1 from %2 to "
                                  "%3, but the Act-On list already has another contact with "
                                  "%3. LeadBridge does not merge two contacts: merge or remove "
                                  "one of them in Act-On or %1, then sync again.")
                                   .arg(CrmKinds::displayName(m_map.crm()), c.movedFrom, to);
                    group->rows.append(k);
                    continue;
                }
                if (id.isEmpty()) {
                    upserts.append(c);
                    continue;
                }
                PlannedChange u = c;
                u.id = id;
                updates.append(u);
                bodies.append({ id, m_normaliser->toMarketingRecord(u).fields });
            }
            if (updates.isEmpty())
                return then(upserts);
            beginWrite();
            m_acton->updateRecords(m_listId, bodies,
                [this, self, group, updates, upserts, then, newEmailOf](
                    const QList<WriteOutcome> &outcomes, const ApiError &callError) {
                    if (!self)
                        return;
                    endWrite();
                    noteActOnWrite();
                    if (isFinished() || wasKilled())
                        return;
                    for (int i = 0; i < updates.size() && i < outcomes.size(); ++i) {
                        const PlannedChange &c = updates.at(i);
                        const WriteOutcome &o = outcomes.at(i);
                        group->answeredMarketing.insert(c.key);
                        if (!o.ok) {
                            group->failedKeys.insert(newEmailOf(c));
                            group->failed(c, m_context.runId, o.error.userMessage());
                            continue;
                        }
                        group->createdMarketingIds.insert(newEmailOf(c), c.id);
                        group->rows.append(c.toRecordChanges(m_context.runId));
                    }
                    if (callError.isError())
                        return stopGroup(group, [this, callError] { callFailed(callError); });
                    then(upserts);
                });
        });
}

void CrmContactSyncRunner::applyMarketingUpsertList(
    std::shared_ptr<Group> group, const QList<PlannedChange> &changes, std::function<void()> then)
{
    if (stopIfAsked(group))
        return;
    const QString keyField = m_map.row(m_normaliser->emailRow()).marketing.name;
    QPointer<CrmContactSyncRunner> self(this);
    // The answer needs each person's key and operation, and an update's fields for its
    // history rows; a create is one history row without fields. Dropping the creates' field
    // lists here (and in the group's plan) keeps a group in flight small while the next one
    // is planned.
    QList<PlannedChange> answered = changes;
    for (PlannedChange &c : answered) {
        if (c.operation == ChangeOperation::Create)
            c.fields = {};
    }
    auto onWritten = [this, self, group, changes = std::move(answered), then](
                         const WriteResult &result, const ApiError &error) {
        if (!self)
            return;
        endWrite();
        noteActOnWrite();
        const auto take = [this, &group](const PlannedChange &c, const WriteOutcome *o) {
            if (o && !o->ok) {
                group->failed(c, m_context.runId, o->error.userMessage());
                return;
            }
            if (o && !o->id.isEmpty())
                group->createdMarketingIds.insert(c.key, o->id);
            // One history row per new contact (its values are the CRM record's): a full
            // sync of a million people must not write twenty million rows.
            if (c.operation == ChangeOperation::Create)
                group->rows.append(c.recordRow(m_context.runId, m_createReason));
            else
                group->rows.append(c.toRecordChanges(m_context.runId));
        };
        if (takeOutcomes(group, SyncSide::Marketing, changes, result, error, take))
            then();
    };
    beginWrite();
    if (changes.size() > ActOnConnector::kMergeThreshold) {
        // Many records: rows straight from the plan, without a map per record.
        QStringList headings;
        QList<QStringList> rows;
        m_normaliser->toMarketingRows(changes, &headings, &rows);
        for (PlanBatch &b : group->plan.batches) {
            if (b.target == SyncSide::Marketing && b.operation == ChangeOperation::Create) {
                for (PlannedChange &c : b.changes)
                    c.fields = {};
            }
        }
        m_acton->mergeRows(m_listId, headings, std::move(rows), keyField, std::move(onWritten));
        return;
    }
    WriteRequest request;
    request.object = m_listId;
    request.operation = WriteRequest::Operation::Upsert;
    request.keyField = keyField;
    request.records.reserve(changes.size());
    for (const PlannedChange &c : std::as_const(changes))
        request.records.append(m_normaliser->toMarketingRecord(c));
    m_acton->write(request, std::move(onWritten));
}

void CrmContactSyncRunner::applyMarketingDeletes(
    std::shared_ptr<Group> group, std::function<void()> then)
{
    if (stopIfAsked(group))
        return;
    QList<PlannedChange> changes;
    for (const PlanBatch &b : std::as_const(group->plan.batches)) {
        if (b.target == SyncSide::Marketing && b.operation == ChangeOperation::Delete)
            changes.append(b.changes);
    }
    if (changes.isEmpty())
        return then();
    QPointer<CrmContactSyncRunner> self(this);
    const auto send = [this, self, group, then](const QList<PlannedChange> &toSend) {
        WriteRequest request;
        request.object = m_listId;
        request.operation = WriteRequest::Operation::Delete;
        QList<PlannedChange> sent;
        for (const PlannedChange &c : toSend) {
            if (c.id.isEmpty()) {
                // Not in the list any more: nothing to delete, the link goes.
                group->answeredMarketing.insert(c.key);
                group->rows.append(c.toRecordChanges(m_context.runId));
                continue;
            }
            ConnectorRecord r;
            r.id = c.id;
            r.object = m_listId;
            request.records.append(r);
            sent.append(c);
        }
        if (sent.isEmpty())
            return then();
        beginWrite();
        m_acton->write(request,
            [this, self, group, sent, then](const WriteResult &result, const ApiError &error) {
                if (!self)
                    return;
                endWrite();
                const auto take = [this, &group](const PlannedChange &c, const WriteOutcome *o) {
                    // Already gone counts as deleted.
                    if (o && !o->ok && o->error.kind() != ApiError::Kind::NotFound)
                        group->failed(c, m_context.runId, o->error.userMessage());
                    else
                        group->rows.append(c.toRecordChanges(m_context.runId));
                };
                if (takeOutcomes(group, SyncSide::Marketing, sent, result, error, take))
                    then();
            });
    };
    bool missingIds = false;
    for (const PlannedChange &c : std::as_const(changes))
        missingIds = missingIds || c.id.isEmpty();
    if (!missingIds || !m_listExists)
        return send(changes);
    // Contacts added by a CSV merge have no id in their link yet: look them up by e-mail
    // (one CSV call for the whole list, e-mail column only).
    auto ids = std::make_shared<QHash<QString, QString>>();
    const QString emailHeading = m_map.row(m_normaliser->emailRow()).marketing.name;
    m_acton->downloadListCsv(
        m_listId, { emailHeading },
        [ids](const ActOnListPage &page) {
            const int idCol = 0;
            for (const QStringList &row : page.rows) {
                if (page.emailColumn >= 0 && page.emailColumn < row.size() && idCol < row.size())
                    ids->insert(PersonKey::normaliseEmail(row.at(page.emailColumn)), row.at(idCol));
            }
        },
        [self, ids, changes, send, group, this](const ApiError &error) mutable {
            if (!self || isFinished() || wasKilled())
                return;
            if (error.isError())
                return stopGroup(group, [this, error] { callFailed(error); });
            if (stopIfAsked(group))
                return;
            for (PlannedChange &c : changes) {
                if (c.id.isEmpty())
                    c.id = ids->value(c.key);
            }
            send(changes);
        });
}

void CrmContactSyncRunner::applyCrmUpdates(
    std::shared_ptr<Group> group, int objectIndex, std::function<void()> then)
{
    if (stopIfAsked(group))
        return;
    // One write per CRM object (Lead, Contact), in the CRM's bulk form.
    QList<const PlanBatch *> batches;
    for (const PlanBatch &b : std::as_const(group->plan.batches)) {
        if (b.target == SyncSide::Crm && b.operation == ChangeOperation::Update)
            batches.append(&b);
    }
    if (objectIndex >= batches.size())
        return then();
    const PlanBatch *batch = batches.at(objectIndex);
    const QList<PlannedChange> changes = batch->changes;
    WriteRequest request;
    request.object = batch->object;
    request.operation = WriteRequest::Operation::Update;
    request.records.reserve(changes.size());
    for (const PlannedChange &c : changes)
        request.records.append(m_normaliser->toCrmRecord(c));
    QPointer<CrmContactSyncRunner> self(this);
    beginWrite();
    m_crm->write(request,
        [this, self, group, changes, objectIndex, then](
            const WriteResult &result, const ApiError &error) {
            if (!self)
                return;
            endWrite();
            const auto take = [this, &group](const PlannedChange &c, const WriteOutcome *o) {
                if (!o || !o->ok) {
                    group->failedCrmIds.insert(c.id);
                    group->failed(c, m_context.runId,
                        o ? o->error.userMessage()
                          : tr("%1 did not report on this record.")
                                .arg(CrmKinds::displayName(m_map.crm())));
                    return;
                }
                group->rows.append(c.toRecordChanges(m_context.runId));
            };
            if (takeOutcomes(group, SyncSide::Crm, changes, result, error, take))
                applyCrmUpdates(group, objectIndex + 1, then);
        });
}

bool CrmContactSyncRunner::takeWriteResult(const std::shared_ptr<Group> &group,
    const WriteResult &result, const ApiError &error, QHash<int, const WriteOutcome *> *byIndex)
{
    if (isFinished() || wasKilled())
        return false;
    if (error.isError() && (result.outcomes.isEmpty() || isFatal(error))) {
        stopGroup(group, [this, error] { callFailed(error); });
        return false;
    }
    for (const WriteOutcome &o : result.outcomes)
        byIndex->insert(o.index, &o);
    return true;
}

bool CrmContactSyncRunner::takeOutcomes(const std::shared_ptr<Group> &group, SyncSide side,
    const QList<PlannedChange> &changes, const WriteResult &result, const ApiError &error,
    const std::function<void(const PlannedChange &, const WriteOutcome *)> &take)
{
    QHash<int, const WriteOutcome *> byIndex;
    if (!takeWriteResult(group, result, error, &byIndex))
        return false;
    QSet<QString> &answered = side == SyncSide::Crm ? group->answeredCrm : group->answeredMarketing;
    for (int i = 0; i < changes.size(); ++i) {
        const PlannedChange &c = changes.at(i);
        answered.insert(c.key);
        take(c, byIndex.value(i));
    }
    return true;
}

void CrmContactSyncRunner::stopGroup(std::shared_ptr<Group> group, std::function<void()> end)
{
    // Writes not sent: those people are left as they were (old snapshot and link).
    QSet<QString> unsent;
    for (const PlanBatch &b : std::as_const(group->plan.batches)) {
        const QSet<QString> &answered
            = b.target == SyncSide::Crm ? group->answeredCrm : group->answeredMarketing;
        for (const PlannedChange &c : b.changes) {
            if (answered.contains(c.key))
                continue;
            unsent.insert(c.key);
            group->failedKeys.insert(c.key);
            if (b.target == SyncSide::Crm && !c.id.isEmpty())
                group->failedCrmIds.insert(c.id);
        }
    }
    QList<PlannedChange> conflicts;
    for (const PlannedChange &c : std::as_const(group->plan.conflicts)) {
        if (!unsent.contains(c.key))
            conflicts.append(c);
    }
    group->plan.conflicts = conflicts;
    qCInfo(lcEngine) << "Run" << m_context.runId << "stops with" << unsent.size()
                     << "people not written; recording" << group->rows.size()
                     << "changes that were";
    // The first group to stop decides how the run ends; the others in flight stop at their
    // next step and commit what was answered before it does.
    m_groups.stop(std::move(end));
    commitGroup(group, [this] { m_groups.ended(); });
}

void CrmContactSyncRunner::notePlannedTimes(const Plan &plan, const PlanInput &input)
{
    if (!plan.hasWrites())
        return;
    QSet<QString> keys;
    for (const PlanBatch &b : plan.batches) {
        for (const PlannedChange &c : b.changes) {
            keys.insert(c.key);
            if (!c.id.isEmpty())
                keys.insert(c.id);
        }
    }
    const auto note = [this, &keys](const SideRecord &r, const QString &cursor) {
        if (!r.modifiedAt.isValid())
            return;
        for (const QString &k : { r.email, r.id }) {
            if (!k.isEmpty() && keys.contains(k))
                m_plannedTimes[k].append({ cursor, r.modifiedAt.toUTC() });
        }
    };
    for (const SideRecord &r : input.crmRecords)
        note(r, cursorKey(m_crmSystem, r.object));
    const QString acton = cursorKey(QStringLiteral("acton"), m_listId);
    for (const SideRecord &r : input.marketingRecords)
        note(r, acton);
}

void CrmContactSyncRunner::holdCursorsFor(const QString &key, const QString &crmId)
{
    for (const QString &k : { key, crmId }) {
        if (k.isEmpty())
            continue;
        for (const auto &[cursor, at] : m_plannedTimes.value(k)) {
            QDateTime &held = m_holdCursors[cursor];
            if (!held.isValid() || at < held)
                held = at;
        }
    }
}

void CrmContactSyncRunner::commitGroup(std::shared_ptr<Group> group, std::function<void()> then)
{
    // No cancel check here: these writes were done, the journal must know about them.
    QList<RecordChange> rows = std::move(group->rows);
    for (const PlannedChange &c : std::as_const(group->plan.conflicts))
        rows.append(c.toRecordChanges(m_context.runId));
    for (const PlannedChange &c : std::as_const(group->plan.skips))
        rows.append(c.toRecordChanges(m_context.runId));
    // A person whose write failed keeps the old snapshot and link: the next run retries.
    QList<LinkSnapshot> snapshots;
    snapshots.reserve(group->plan.snapshots.size());
    for (LinkSnapshot &s : group->plan.snapshots) {
        if (group->failedKeys.contains(s.emailKey)
            || (!s.crmId.isEmpty() && group->failedCrmIds.contains(s.crmId)))
            continue;
        if (s.marketingId.isEmpty())
            s.marketingId = group->createdMarketingIds.value(s.emailKey);
        snapshots.append(std::move(s));
    }
    QStringList removed;
    for (const QString &key : std::as_const(group->plan.removedLinks)) {
        if (!group->failedKeys.contains(key))
            removed.append(key);
    }
    // A failed (or unsent) write holds the cursors before its records' change times, so the
    // next incremental run reads and retries them without waiting for a full run.
    for (const QString &key : std::as_const(group->failedKeys))
        holdCursorsFor(key, QString());
    for (const QString &id : std::as_const(group->failedCrmIds))
        holdCursorsFor(QString(), id);
    for (const PlanBatch &b : std::as_const(group->plan.batches)) {
        for (const PlannedChange &c : b.changes) {
            m_plannedTimes.remove(c.key);
            if (!c.id.isEmpty())
                m_plannedTimes.remove(c.id);
        }
    }
    // Test hook: the writes are done, the journal does not know yet (kill -9 right here).
    if (killedAt(QStringLiteral("before-batch-commit")))
        return;
    QElapsedTimer commitTimer;
    commitTimer.start();
    if (Status s = m_context.recorder->commitBatch(rows, snapshots, {}, removed); !s)
        return fail(s.errorString());
    if (m_context.full && !m_context.preview) { // for readOwnWrites()
        if (!m_ownWrites)
            m_ownWrites = std::make_unique<OwnWriteDigests>(m_map);
        for (const LinkSnapshot &s : std::as_const(snapshots))
            m_ownWrites->note(s);
    }
    qCDebug(lcEngine) << "Run" << m_context.runId << "batch:" << snapshots.size()
                      << "people, writes" << group->writeMs << "ms, journal"
                      << commitTimer.elapsed() << "ms";
    if (Status s = recordHolds(*group); !s)
        return fail(s.errorString());
    if (killedAt(QStringLiteral("mid-apply")))
        return;
    then();
}

Status CrmContactSyncRunner::recordHolds(const Group &group)
{
    if (!m_context.journal)
        return Status();
    QList<ConflictRecord> found;
    for (const PlannedChange &c : group.plan.conflicts) {
        if (!c.held || c.fields.isEmpty())
            continue;
        ConflictRecord r;
        r.flowId = m_context.flow.id;
        r.personKey = c.key;
        r.crmSystem = m_crmSystem;
        r.crmId = c.id;
        r.crmType
            = c.crmType == CrmObjectType::Lead ? QStringLiteral("Lead") : QStringLiteral("Contact");
        r.marketingId = c.marketingId;
        r.field = c.fields.constFirst().marketingField;
        r.crmValue = c.fields.constFirst().oldValue;
        r.marketingValue = c.fields.constFirst().newValue;
        found.append(r);
    }
    QList<qint64> applied;
    for (const ConflictRecord &c : group.plan.appliedConflicts) {
        // A write that failed (or was not sent) leaves the decision for the next run.
        if (!group.failedKeys.contains(c.personKey)
            && !(!c.crmId.isEmpty() && group.failedCrmIds.contains(c.crmId)))
            applied.append(c.id);
    }
    QHash<QString, QList<qint64>> superseded; ///< note → ids
    for (const ConflictRecord &c : group.plan.supersededConflicts)
        superseded[c.note].append(c.id);
    ConflictRepository repository(*m_context.journal);
    for (auto it = superseded.cbegin(); it != superseded.cend(); ++it) {
        if (Status s = repository.markSuperseded(it.value(), it.key()); !s)
            return s;
    }
    if (Status s = repository.markApplied(applied, m_context.runId); !s)
        return s;
    if (Status s = repository.hold(m_context.runId, found); !s)
        return s;
    // What is settled now is no longer planned (the read-back of a full run's own writes).
    const QSet<qint64> settled(applied.cbegin(), applied.cend());
    m_holds.removeIf([&settled, &superseded](const ConflictRecord &c) {
        if (settled.contains(c.id))
            return true;
        for (const QList<qint64> &ids : superseded) {
            if (ids.contains(c.id))
                return true;
        }
        return false;
    });
    return Status();
}

void CrmContactSyncRunner::pushLeftoverSuppressions()
{
    if (isCancelled())
        return finishCancelled();
    // An opt-out or bounce of someone whose list row was not read this time is pushed from
    // the link (CRM id and type) directly: incremental runs read only changed Act-On rows,
    // and on any run a person the plan has just added to the list had no row to read yet
    // (Act-On's opt-out and bounce lists are account-wide), so the plan wrote the CRM's
    // value into the new row and its link. Left for later, the next run would push the
    // opt-out then: a run would not converge (issue 12).
    QStringList emails;
    for (const QString &e : m_optOuts.keys()) {
        if (!m_suppressionsSeen.contains(e))
            emails.append(e);
    }
    for (const QString &e : m_bounces.keys()) {
        if (!m_suppressionsSeen.contains(e) && !m_optOuts.contains(e))
            emails.append(e);
    }
    Plan plan;
    if (!emails.isEmpty()) {
        const auto loaded = m_context.recorder->links().loadByEmail(emails);
        if (!loaded)
            return fail(loaded.errorString());
        for (LinkSnapshot s : loaded.value()) {
            if (s.crmId.isEmpty() || s.crmType == LinkSnapshot::CrmType::None)
                continue;
            const CrmObjectType type = s.crmType == LinkSnapshot::CrmType::Lead
                ? CrmObjectType::Lead
                : CrmObjectType::Contact;
            PlannedChange c;
            c.target = SyncSide::Crm;
            c.system = m_crmSystem;
            c.object
                = type == CrmObjectType::Lead ? QStringLiteral("Lead") : QStringLiteral("Contact");
            c.key = s.emailKey;
            c.id = s.crmId;
            c.crmType = type;
            c.operation = ChangeOperation::Update;
            for (const auto &[row, values] :
                { std::pair { m_optOutRow, &m_optOuts }, std::pair { m_bounceRow, &m_bounces } }) {
                if (row < 0 || !values->contains(s.emailKey))
                    continue;
                const FieldMapRow &r = m_map.row(row);
                const QString field = r.crmField(type);
                if (field.isEmpty() || FieldMapRow::isRelationshipPath(field))
                    continue;
                const QString value
                    = FieldNormaliser::normaliseText(r.marketing.type, values->value(s.emailKey));
                const quint32 key = LinkSnapshot::fieldKey(r.marketing.name);
                const quint64 hash = LinkSnapshot::valueHash(value);
                const auto known = s.hashFor(key);
                if (known == hash)
                    continue;
                // The CRM already has a bounce reason of its own: keep it.
                if (row == m_bounceRow && known && *known != LinkSnapshot::valueHash(QString()))
                    continue;
                c.fields.append({ r.marketing.name, field, QString(), value });
                s.setHash(key, hash);
            }
            if (c.fields.isEmpty())
                continue;
            c.reason = tr("Act-On reported this person as opted out or hard-bounced.");
            plan.addWrite(c);
            plan.snapshots.append(s);
            ++plan.counts.updates;
        }
    }
    if (!plan.hasWrites())
        return commitCursors();
    if (m_context.preview) {
        if (Status s = m_context.recorder->recordPreview(plan.toRecordChanges(m_context.runId)); !s)
            return fail(s.errorString());
        return commitCursors();
    }
    gate(plan);
    *m_pending = std::move(plan);
    launchGroup();
    m_groups.afterAll([this] { commitCursors(); });
}

void CrmContactSyncRunner::gate(Plan &plan)
{
    if (!m_context.previewGate)
        return;
    // Not written now, so the cursors stay before them and the next run plans them again.
    for (const PlannedChange &c : m_context.previewGate->filter(plan))
        holdCursorsFor(c.key, c.id);
}

void CrmContactSyncRunner::commitCursors()
{
    if (isCancelled())
        return finishCancelled();
    if (m_context.preview)
        return succeed();
    if (m_context.full && m_listExists && m_wroteActOn && !m_ownWritesRead) {
        m_ownWritesRead = true;
        // Act-On stamps a row's change time to the second: the read waits until the second
        // of this run's last write is over, so that whatever it does not see comes later.
        const qint64 wait = kOwnWritesDelayMs - m_lastActOnWrite.elapsed();
        QPointer<CrmContactSyncRunner> self(this);
        QTimer::singleShot(qMax<qint64>(0, wait), this, [this, self] {
            if (self && !isFinished() && !wasKilled())
                readOwnWrites();
        });
        return;
    }
    if (killedAt(QStringLiteral("before-cursor-commit")))
        return;
    reportProgress(RunPhase::Finishing, tr("Saving where this run stopped…"), m_planned, m_fetched);
    // Every object read gets a cursor: the newest change seen, else (nothing changed) the
    // time the fetch started, so an empty object does not force full runs forever.
    QList<CursorUpdate> cursors;
    QStringList objects = m_crmObjects;
    // Never past a record whose write failed: one millisecond before its change time.
    for (auto it = m_holdCursors.cbegin(); it != m_holdCursors.cend(); ++it) {
        QDateTime &t = m_newCursors[it.key()];
        const QDateTime before = it.value().addMSecs(-1);
        if (!t.isValid() || before < t) {
            qCInfo(lcEngine).noquote()
                << "Run" << m_context.runId << "holds cursor"
                << QString(it.key()).replace(u'\x1f', u' ') << "at"
                << before.toString(Qt::ISODateWithMs) << "(a write failed or was held back)";
            t = before;
        }
    }
    for (const QString &object : std::as_const(objects)) {
        const QDateTime t = m_newCursors.value(cursorKey(m_crmSystem, object));
        const auto old = m_context.recorder->links().cursor(m_crmSystem, object);
        if (t.isValid())
            cursors.append({ m_crmSystem, object, t.toString(Qt::ISODateWithMs) });
        else if (old && old.value().isEmpty())
            cursors.append({ m_crmSystem, object, m_fetchStartedAt.toString(Qt::ISODateWithMs) });
    }
    if (m_listExists) {
        const QString acton = QStringLiteral("acton");
        QDateTime t = m_newCursors.value(cursorKey(acton, m_listId));
        const auto old = m_context.recorder->links().cursor(acton, m_listId);
        // A cursor a full run moved past its own writes (readOwnWrites()) lies ahead of the
        // rows read after it: it does not go back (which would read those writes again)
        // unless a failed write holds it.
        const QDateTime stored
            = old ? QDateTime::fromString(old.value(), Qt::ISODateWithMs) : QDateTime();
        if (t.isValid() && stored.isValid() && stored > t
            && !m_holdCursors.contains(cursorKey(acton, m_listId)))
            t = stored;
        if (t.isValid())
            cursors.append({ acton, m_listId, t.toString(Qt::ISODateWithMs) });
        else if (old && old.value().isEmpty())
            cursors.append({ acton, m_listId, m_fetchStartedAt.toString(Qt::ISODateWithMs) });
    }
    // "Apply this plan": the previewed writes no longer needed are listed with the reason.
    const QList<RecordChange> rows = m_context.previewGate
        ? m_context.previewGate->notPlannedAgain(m_context.runId)
        : QList<RecordChange>();
    if (Status s = m_context.recorder->commitBatch(rows, {}, cursors); !s)
        return fail(s.errorString());
    succeed();
}

void CrmContactSyncRunner::noteActOnWrite()
{
    m_wroteActOn = true;
    m_lastActOnWrite.start();
}

void CrmContactSyncRunner::readOwnWrites()
{
    if (isCancelled())
        return finishCancelled();
    reportProgress(RunPhase::Finishing, tr("Checking the Act-On list after this run's writes…"),
        m_planned, m_fetched);
    const QString acton = cursorKey(QStringLiteral("acton"), m_listId);
    QPointer<CrmContactSyncRunner> self(this);
    const OwnWritesReadBack readBack(m_acton, m_normaliser.get(), m_listId, m_context.runId);
    // A person with a suppression or a held conflict is planned as always: both change
    // what the planner makes of their row.
    QSet<QString> planAlways;
    for (const ConflictRecord &c : std::as_const(m_holds))
        planAlways.insert(c.personKey);
    readBack.read(
        m_newCursors.value(acton),
        [this, self] { return !self || isFinished() || wasKilled() || isCancelled(); },
        [this, planAlways](const SideRecord &row) {
            return m_ownWrites && !planAlways.contains(row.email) && !m_optOuts.contains(row.email)
                && !m_bounces.contains(row.email) && m_ownWrites->matches(row);
        },
        [this](RecordSpill::Bucket &data, Plan *plan) {
            PlanInput input;
            return planData(data, true, &input, plan);
        },
        [this, self, acton](std::optional<QDateTime> cursor) {
            if (!self || isFinished() || wasKilled())
                return;
            if (cursor)
                m_newCursors[acton] = *cursor;
            commitCursors();
        });
}

void CrmContactSyncRunner::callFailed(const ApiError &error)
{
    if (error.kind() == ApiError::Kind::Cancelled || isCancelled())
        return finishCancelled();
    QString sentence = error.userMessage();
    if (sentence.isEmpty())
        sentence = tr("The run stopped because a system did not answer as expected. Details "
                      "are in the log.");
    qCWarning(lcEngine).noquote() << "Run" << m_context.runId << "failed:" << sentence;
    fail(sentence);
}

} // namespace LeadBridge
