#include "core/engine/CallForecaster.h"

#include "core/connectors/Connector.h"
#include "core/connectors/acton/ActOnConnector.h"
#include "core/connectors/on24/On24Connector.h"
#include "core/connectors/salesforce/SalesforceConnector.h"
#include "core/engine/AccountRoles.h"
#include "core/engine/CrmContactSyncRunner.h"
#include "core/engine/CrmIdentityColumns.h"
#include "core/engine/SyncEngine.h"
#include "core/engine/flows/WebinarImportPlanner.h"
#include "core/engine/flows/WebinarImportRunner.h"
#include "core/mapping/CrmKind.h"
#include "core/mapping/FieldMap.h"
#include "core/store/AccountRepository.h"
#include "core/store/FieldMapRepository.h"
#include "core/store/FlowRepository.h"
#include "core/store/Journal.h"
#include "core/store/LinkRepository.h"
#include "core/store/SqlSupport.h"
#include "core/util/LogCategories.h"

#include <QPointer>
#include <QSet>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace LeadBridge {

namespace {

const QString kActOn = QStringLiteral("acton");
const QString kOn24 = QStringLiteral("on24");

int setting(const QVariantMap &s, const char *key, int fallback, int min, int max)
{
    bool ok = false;
    const int v = s.value(QString::fromLatin1(key)).toInt(&ok);
    return ok ? std::clamp(v, min, max) : fallback;
}

QDateTime parseTime(const QString &text)
{
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

} // namespace

void CallForecaster::start(
    SyncEngine &engine, const RunRequest &request, ConnectorMaker make, Done done)
{
    auto *forecaster
        = new CallForecaster(engine, request, std::move(make), std::move(done), &engine);
    // From the event loop: the caller holds its request id by the time the answer comes.
    QTimer::singleShot(0, forecaster, [forecaster] { forecaster->begin(); });
}

CallForecaster::CallForecaster(
    SyncEngine &engine, const RunRequest &request, ConnectorMaker make, Done done, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_request(request)
    , m_make(std::move(make))
    , m_done(std::move(done))
{
    m_forecast.flowId = request.flowId;
    m_forecast.preview = request.preview;
}

CallForecaster::~CallForecaster()
{
    for (Connector *c : std::as_const(m_connectors)) {
        c->abort();
        delete c;
    }
}

qint64 CallForecaster::pages(qint64 records, qint64 pageSize)
{
    if (records <= 0 || pageSize <= 0)
        return 1;
    return (records + pageSize - 1) / pageSize;
}

static_assert(CallForecaster::kF2RowsPerMerge == CrmContactSyncRunner::kApplyBatch);

qint64 CallForecaster::actOnWriteCalls(qint64 records, int upsertMax, qint64 rowsPerMerge)
{
    if (records <= 0)
        return 0;
    if (records <= upsertMax)
        return records; // one upsert by e-mail each
    qint64 calls = 0;
    for (qint64 left = records; left > 0; left -= rowsPerMerge) {
        const qint64 rows = qMin(left, rowsPerMerge);
        calls += kActOnMergeCalls;
        if (rows > kActOnQuickJobRows)
            calls += 1 + pages(rows, kActOnRowsPerPoll); // "pending", then "running"s
    }
    return calls;
}

qint64 CallForecaster::salesforceWriteCalls(qint64 records)
{
    if (records <= 0)
        return 0;
    if (records > SalesforceConnector::kDefaultBulkWriteThreshold)
        return kSalesforceBulkWriteCalls;
    return pages(records, SalesforceConnector::kCollectionLimit);
}

qint64 CallForecaster::salesforceReadCalls(qint64 records)
{
    if (records > SalesforceConnector::kDefaultBulkFetchThreshold) {
        // The first REST page tells the size, then a Bulk API 2.0 query job.
        return 1 + kSalesforceBulkQueryCalls + pages(records, SalesforceConnector::kBulkResultPage);
    }
    return pages(records, kSalesforceQueryPage);
}

qint64 CallForecaster::journalCallsToday(Journal &journal, qint64 accountId)
{
    QSqlQuery q(journal.database());
    q.prepare(QStringLiteral(
        "SELECT COALESCE(SUM(r.calls_used), 0) FROM runs r JOIN flows f ON f.id = r.flow_id "
        "WHERE (f.source_account_id = ? OR f.target_account_id = ?) AND r.started_at >= ?"));
    q.addBindValue(accountId);
    q.addBindValue(accountId);
    q.addBindValue(SqlSupport::toColumn(SqlSupport::now().addSecs(-24 * 3600)));
    if (!SqlSupport::exec(q, "calls of the last 24 hours") || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

SystemForecast *CallForecaster::entry(AccountRole role)
{
    const int i = m_entryOf.value(role, -1);
    return i >= 0 ? &m_forecast.systems[i] : nullptr;
}

qint64 CallForecaster::lastRunWrites(const QString &system) const
{
    QSqlQuery q(m_engine.journal()->database());
    q.prepare(QStringLiteral(
        "SELECT COUNT(DISTINCT record_key) FROM record_changes WHERE system = ? AND operation "
        "IN ('create','update') AND run_id = (SELECT MAX(id) FROM runs WHERE flow_id = ? AND "
        "mode <> 'preview' AND status IN ('succeeded','succeeded_with_errors'))"));
    q.addBindValue(system);
    q.addBindValue(m_flow.id);
    if (!SqlSupport::exec(q, "writes of the last run") || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

QDateTime CallForecaster::cursor(const QString &system, const QString &object) const
{
    QSqlQuery q(m_engine.journal()->database());
    q.prepare(QStringLiteral(
        "SELECT cursor FROM sync_cursors WHERE flow_id = ? AND system = ? AND object = ?"));
    q.addBindValue(m_flow.id);
    q.addBindValue(system);
    q.addBindValue(object);
    if (!SqlSupport::exec(q, "read a cursor for a forecast") || !q.next())
        return {};
    return parseTime(q.value(0).toString());
}

void CallForecaster::begin()
{
    if (!m_engine.journal() || !m_engine.journal()->isOpen()) {
        if (Status s = m_engine.open(); !s)
            return failWith(s.errorString());
    }
    Journal &journal = *m_engine.journal();
    FlowRepository flows(journal);
    const auto flow = flows.get(m_request.flowId);
    if (!flow)
        return failWith(flow.errorString());
    m_flow = flow.value();
    m_forecast.flowName = m_flow.name;
    m_forecast.flowKind = m_flow.kind;

    QString reason;
    const auto needFull = m_engine.needsFullRun(m_flow, &reason);
    if (!needFull)
        return failWith(needFull.errorString());
    m_forecast.full = m_request.full || needFull.value();
    m_forecast.fullReason = m_request.full ? tr("A full run was asked for.") : reason;

    AccountRepository accounts(journal);
    for (qint64 id : { m_flow.sourceAccountId, m_flow.targetAccountId }) {
        if (id <= 0)
            continue;
        const auto account = accounts.get(id);
        if (!account)
            return failWith(tr("An account of the flow “%1” no longer exists. Link it again on "
                               "the Accounts page and check the flow's settings.")
                                .arg(m_flow.name));
        const AccountRole role = accountRoleOf(account->kind);
        ConnectorConfig config;
        config.account = account.value();
        config.credentials = m_request.credentials.value(id);
        Connector *c = m_make ? m_make(config) : nullptr;
        if (!c)
            return failWith(tr("This version of LeadBridge cannot connect to the account “%1”.")
                                .arg(account->name));
        c->setParent(nullptr);
        m_connectors.insert(role, c);
        SystemForecast s;
        s.accountId = id;
        s.kind = account->kind;
        s.accountName = account->name;
        m_entryOf.insert(role, int(m_forecast.systems.size()));
        m_forecast.systems.append(s);
    }

    m_forecast.basis = tr("Counted before the run; writes are estimated from the records "
                          "changed on the other side since the last run.");
    const bool salesforceCrm = connector(AccountRole::Crm)
        && qobject_cast<SalesforceConnector *>(connector(AccountRole::Crm));
    if (m_flow.kind == FlowKind::CrmContactSync && salesforceCrm)
        forecastCrmContactSync();
    else if (m_flow.kind == FlowKind::WebinarImport)
        forecastWebinarImport();
    else
        forecastFromHistory();
}

void CallForecaster::next()
{
    if (m_delivered)
        return;
    if (m_steps.isEmpty())
        return deliver();
    const Step step = m_steps.takeFirst();
    step();
}

void CallForecaster::failWith(const ApiError &error)
{
    failWith(tr("LeadBridge could not count what the run would read: %1").arg(error.userMessage()));
    qCInfo(lcEngine).noquote() << "Forecast of flow" << m_request.flowId
                               << "failed:" << error.toLogString();
}

void CallForecaster::failWith(const QString &sentence)
{
    if (m_delivered)
        return;
    m_steps.clear();
    m_forecast.systems.clear();
    m_forecast.error = sentence;
    deliver();
}

void CallForecaster::deliver()
{
    if (m_delivered)
        return;
    m_delivered = true;
    const CallForecast forecast = m_forecast;
    const Done done = m_done;
    deleteLater();
    if (done)
        done(forecast);
}

// ------------------------------------------------------------------------------- F2

void CallForecaster::forecastCrmContactSync()
{
    auto *acton = qobject_cast<ActOnConnector *>(connector(AccountRole::Marketing));
    auto *sf = qobject_cast<SalesforceConnector *>(connector(AccountRole::Crm));
    if (!acton || !sf)
        return forecastFromHistory();
    const QVariantMap &s = m_flow.settings;
    QStringList objects;
    if (s.value(QStringLiteral("syncLeads"), true).toBool())
        objects.append(QStringLiteral("Lead"));
    if (s.value(QStringLiteral("syncContacts"), true).toBool())
        objects.append(QStringLiteral("Contact"));

    FieldMap map;
    FieldMapRepository maps(*m_engine.journal());
    if (const auto stored = maps.load(m_flow.id); stored && stored.value())
        map = *stored.value();
    const bool identity = !CrmIdentityColumns::addTo(&map).isEmpty();
    const bool optOuts = s.value(QStringLiteral("pushOptOuts"), true).toBool()
        && map.indexOfUsage(SystemUsage::OptOut) >= 0;
    const bool bounces = s.value(QStringLiteral("pushHardBounces"), true).toBool()
        && map.indexOfUsage(SystemUsage::HardBounce) >= 0;

    struct Counts
    {
        QString listId;
        bool listLookup = false;
        qint64 crmRead = 0; ///< records the CRM read returns
        qint64 crmReadCalls = 0;
        qint64 crmChanged = 0; ///< records changed since the cursors (no overlap)
        qint64 actonChanged = 0;
        qint64 actonRead = 0;
        qint64 actonReadCalls = 0;
    };
    auto c = std::make_shared<Counts>();
    c->listId = s.value(QStringLiteral("listId")).toString();
    c->listLookup = c->listId.isEmpty();
    const QString listName = s.value(QStringLiteral("listName"), m_flow.name).toString();
    QPointer<CallForecaster> self(this);

    if (c->listLookup) {
        m_steps.append([this, self, acton, c, listName] {
            acton->listLists(
                [self, c, listName](const QList<ActOnListInfo> &lists, const ApiError &e) {
                    if (!self)
                        return;
                    if (e.isError())
                        return self->failWith(e);
                    for (const ActOnListInfo &l : lists) {
                        if (l.name.compare(listName, Qt::CaseInsensitive) == 0)
                            c->listId = l.id;
                    }
                    self->next();
                });
        });
    }
    // What changed after the cursor itself (the overlap and the cursor's own second, in
    // which the newest record read last time lies, were read last time).
    const auto exactly
        = [](const QDateTime &since) { return since.addSecs(ActOnConnector::kOverlapSeconds + 1); };
    static_assert(ActOnConnector::kOverlapSeconds == SalesforceConnector::kOverlapSeconds);
    for (const QString &object : std::as_const(objects)) {
        const QDateTime since = cursor(CrmKinds::toString(CrmKind::Salesforce), object);
        const bool incremental = !m_forecast.full && since.isValid();
        // What the run reads: everything on full runs, the changes (with the overlap) otherwise.
        m_steps.append([self, sf, c, object, since, incremental] {
            FetchRequest request;
            request.object = object;
            if (incremental)
                request.since = since;
            sf->countRecords(request, [self, c, incremental](qint64 n, const ApiError &e) {
                if (!self)
                    return;
                if (e.isError())
                    return self->failWith(e);
                c->crmRead += n;
                // An incremental read also asks for the deletions (getDeleted).
                c->crmReadCalls += salesforceReadCalls(n) + (incremental ? 1 : 0);
                self->next();
            });
        });
        // What changed since the cursor: the writes to Act-On (every record on a first run).
        m_steps.append([self, sf, c, object, since, exactly] {
            if (!since.isValid()) {
                c->crmChanged = -1; // no cursor: everything read is new
                return self->next();
            }
            FetchRequest request;
            request.object = object;
            request.since = exactly(since);
            sf->countRecords(request, [self, c](qint64 n, const ApiError &e) {
                if (!self)
                    return;
                if (e.isError())
                    return self->failWith(e);
                if (c->crmChanged >= 0)
                    c->crmChanged += n;
                self->next();
            });
        });
    }
    m_steps.append([this, self, acton, c] {
        if (c->listId.isEmpty())
            return next(); // no list yet: nothing to read there
        const QDateTime since = cursor(kActOn, c->listId);
        const bool full = m_forecast.full || !since.isValid();
        if (full)
            c->actonReadCalls = 1; // one CSV download of the whole list
        if (!since.isValid())
            return next();
        acton->countRows(c->listId, since, [self, c, full](qint64 n, const ApiError &e) {
            if (!self)
                return;
            if (e.isError())
                return self->failWith(e);
            c->actonRead = n;
            if (!full) {
                c->actonReadCalls = n > ActOnConnector::kCsvAboveRows
                    ? 2 // the first page tells the size, then one CSV download
                    : pages(n, ActOnConnector::kPageSize);
            }
            self->next();
        });
    });
    m_steps.append([this, self, acton, c, exactly] {
        const QDateTime since = c->listId.isEmpty() ? QDateTime() : cursor(kActOn, c->listId);
        if (!since.isValid())
            return next();
        acton->countRows(c->listId, exactly(since), [self, c](qint64 n, const ApiError &e) {
            if (!self)
                return;
            if (e.isError())
                return self->failWith(e);
            c->actonChanged = n;
            self->next();
        });
    });
    m_steps.append([this, c, identity, optOuts, bounces] {
        const bool preview = m_forecast.preview;
        const bool listExists = !c->listId.isEmpty();
        SystemForecast *crm = entry(AccountRole::Crm);
        crm->records = c->crmRead;
        crm->readCalls = kSalesforceSignInCalls + c->crmReadCalls;
        SystemForecast *mkt = entry(AccountRole::Marketing);
        mkt->records = listExists ? c->actonRead : 0;
        // A list the run creates is then described and read (empty) like an existing one.
        const bool listRead = listExists || !preview;
        mkt->readCalls = kActOnSignInCalls + (c->listLookup ? 1 : 0)
            + (identity && listRead ? 1 : 0) + (listExists ? c->actonReadCalls : (listRead ? 1 : 0))
            + (optOuts ? 1 : 0) + (bounces ? 1 : 0);
        if (!preview) {
            // Changes since the cursors, less what the last run wrote there itself (those
            // read back as changed); a first run creates every CRM person in Act-On.
            const qint64 toActOn = c->crmChanged < 0
                ? c->crmRead
                : qMax<qint64>(
                    0, c->crmChanged - lastRunWrites(CrmKinds::toString(CrmKind::Salesforce)));
            const qint64 toCrm = qMax<qint64>(0, c->actonChanged - lastRunWrites(kActOn));
            mkt->writeCalls = actOnWriteCalls(toActOn, ActOnConnector::kMergeThreshold)
                + (c->listLookup && !listExists ? kActOnCreateListCalls - 1 : 0);
            crm->writeCalls = salesforceWriteCalls(toCrm);
        }
        readAllowances();
    });
    next();
}

// ------------------------------------------------------------------------------- F1

void CallForecaster::forecastWebinarImport()
{
    auto *on24 = qobject_cast<On24Connector *>(connector(AccountRole::Webinar));
    auto *acton = qobject_cast<ActOnConnector *>(connector(AccountRole::Marketing));
    if (!on24 || !acton)
        return forecastFromHistory();
    const QVariantMap &s = m_flow.settings;
    const QString clientId
        = on24->config().account.settings.value(QStringLiteral("clientId")).toString().trimmed();
    const qint64 lookBack = qint64(setting(s, "lookBackHours",
                                WebinarImportRunner::kDefaultLookBackHours, 0, 24 * 90))
        * 3600;
    const qint64 overlap = qint64(setting(s, "overlapMinutes",
                               WebinarImportRunner::kDefaultOverlapMinutes, 0, 24 * 60))
        * 60;
    const int upsertMax = setting(
        s, "upsertMax", WebinarImportRunner::kDefaultUpsertMax, 0, ActOnConnector::kMergeThreshold);
    const int batchRows
        = setting(s, "batchRows", WebinarImportRunner::kDefaultBatchRows, 1, 1'000'000);
    QDateTime backfill
        = QDateTime::fromString(s.value(QStringLiteral("backfillFrom")).toString(), Qt::ISODate);
    if (!backfill.isValid()) {
        const QDate d
            = QDate::fromString(s.value(QStringLiteral("backfillFrom")).toString(), Qt::ISODate);
        backfill = d.isValid()
            ? d.startOfDay(Qt::UTC)
            : WebinarImportRunner::now().addDays(-WebinarImportRunner::kDefaultBackfillDays);
    }

    struct Counts
    {
        qint64 on24Calls = 0;
        qint64 records = 0; ///< registrants and attendees ON24 reports
        QList<ConnectorRecord> registrants; ///< the first pages
        QList<ConnectorRecord> attendees;
        QList<ActOnListInfo> lists;
    };
    auto c = std::make_shared<Counts>();
    QPointer<CallForecaster> self(this);
    for (const QString &object : { QStringLiteral("registrant"), QStringLiteral("attendee") }) {
        const bool registrants = object == QLatin1String("registrant");
        const QDateTime stored = cursor(kOn24,
            registrants ? WebinarImportRunner::registrantCursorObject(clientId)
                        : WebinarImportRunner::attendeeCursorObject(clientId));
        const bool incremental = !m_forecast.full && stored.isValid();
        m_steps.append([self, on24, c, object, registrants, stored, incremental, overlap,
                           backfill] {
            FetchRequest request;
            request.object = object;
            if (incremental)
                request.since = stored.addSecs(-overlap);
            else
                request.options.insert(QStringLiteral("from"), backfill);
            on24->sampleRead(request,
                [self, c, registrants](const On24Connector::ReadSample &sample, const ApiError &e) {
                    if (!self)
                        return;
                    if (e.isError())
                        return self->failWith(e);
                    c->on24Calls += sample.pages;
                    c->records += sample.total;
                    (registrants ? c->registrants : c->attendees).append(sample.firstPages);
                    self->next();
                });
        });
    }
    if (lookBack > 0) {
        m_steps.append([self, on24, c, lookBack] {
            on24->recentlyEndedEvents(
                lookBack, [self, c](const QList<ConnectorRecord> &events, const ApiError &e) {
                    if (!self)
                        return;
                    if (e.isError())
                        return self->failWith(e);
                    // The list itself, then each event's attendees (one page each).
                    c->on24Calls += pages(events.size(), On24Connector::kPageSize) + events.size();
                    self->next();
                });
        });
    }
    m_steps.append([self, acton, c] {
        acton->listLists([self, c](const QList<ActOnListInfo> &lists, const ApiError &e) {
            if (!self)
                return;
            if (e.isError())
                return self->failWith(e);
            c->lists = lists;
            self->next();
        });
    });
    m_steps.append([this, c, clientId, upsertMax, batchRows] {
        QHash<qint64, ActOnListInfo> existing;
        for (const ActOnListInfo &l : std::as_const(c->lists)) {
            const qint64 id = WebinarImportPlanner::eventIdOfListName(l.name);
            if (l.folderName == clientId && id > 0 && !existing.contains(id))
                existing.insert(id, l);
        }
        // The runner's own planning on the first pages: the contacts that differ from what
        // was synced last, per webinar; the rest of the pages count alike.
        const WebinarImportPlanner::Collected collected
            = WebinarImportPlanner::collect(c->registrants, c->attendees);
        QStringList keys;
        for (const WebinarContact &contact : collected.contacts)
            keys.append(WebinarImportPlanner::linkKey(clientId, contact.eventId, contact.emailKey));
        LinkRepository links(*m_engine.journal(), m_flow.id, CrmKind::Salesforce);
        QHash<QString, LinkSnapshot> snapshots;
        if (const auto known = links.loadByEmail(keys)) {
            for (const LinkSnapshot &snapshot : *known)
                snapshots.insert(snapshot.emailKey, snapshot);
        }
        const qint64 sampled = c->registrants.size() + c->attendees.size();
        const double scale = sampled > 0 ? qMax(1.0, double(c->records) / double(sampled)) : 1.0;
        QHash<qint64, qint64> dirty; ///< event → contacts to write
        for (const WebinarContact &contact : collected.contacts) {
            const auto it = snapshots.constFind(
                WebinarImportPlanner::linkKey(clientId, contact.eventId, contact.emailKey));
            if (WebinarImportPlanner::differs(contact, it == snapshots.cend() ? nullptr : &*it))
                ++dirty[contact.eventId];
        }
        // Attendance without a registration read (nor synced before): the runner reads those
        // webinars' registrants, one page each.
        QSet<qint64> missingRegistrations;
        for (const WebinarContact &contact : collected.contacts) {
            if (collected.eventsMissingRegistration.contains(contact.eventId)
                && !contact.values.contains(QStringLiteral("Registration Date/Time"))
                && !snapshots.contains(
                    WebinarImportPlanner::linkKey(clientId, contact.eventId, contact.emailKey)))
                missingRegistrations.insert(contact.eventId);
        }
        qint64 actonReads = 0;
        qint64 actonWrites = 0;
        bool unnamed = false;
        for (auto it = dirty.cbegin(); it != dirty.cend(); ++it) {
            const qint64 contacts = qint64(double(it.value()) * scale + 0.5);
            if (existing.contains(it.key())) {
                actonReads += pages(existing.value(it.key()).size, ActOnConnector::kPageSize);
            } else {
                unnamed = true;
                actonWrites += kActOnCreateListCalls;
            }
            actonWrites += actOnWriteCalls(contacts, upsertMax, batchRows);
        }
        qint64 titleCalls = 0;
        if (unnamed) {
            // New lists are named after their webinars: the titles are read in five-month
            // slices from six months before the first registration to six after the last.
            QDateTime first;
            QDateTime last;
            for (const ConnectorRecord &r : std::as_const(c->registrants)) {
                if (!r.modifiedAt.isValid())
                    continue;
                first = !first.isValid() || r.modifiedAt < first ? r.modifiedAt : first;
                last = !last.isValid() || r.modifiedAt > last ? r.modifiedAt : last;
            }
            const QDateTime now = WebinarImportRunner::now();
            first = first.isValid() ? first : now;
            last = !last.isValid() || last > now ? now : last;
            const QDateTime end = last.addMonths(6);
            for (QDateTime from = first.addMonths(-6); from < end; from = from.addMonths(5))
                ++titleCalls;
        }
        SystemForecast *webinar = entry(AccountRole::Webinar);
        webinar->records = c->records;
        webinar->readCalls = c->on24Calls + titleCalls + missingRegistrations.size();
        SystemForecast *mkt = entry(AccountRole::Marketing);
        mkt->records = -1;
        const bool anything = !dirty.isEmpty();
        mkt->readCalls = anything ? kActOnSignInCalls + 1 + actonReads : 0;
        mkt->writeCalls = m_forecast.preview ? 0 : actonWrites;
        readAllowances();
    });
    next();
}

// --------------------------------------------------------------------- history and limits

void CallForecaster::forecastFromHistory()
{
    // No count model for this kind: the flow's last finished run of the same mode.
    QSqlQuery q(m_engine.journal()->database());
    q.prepare(
        // An undo reads only the records it restores: not a run of the same kind.
        QStringLiteral("SELECT calls_used FROM runs WHERE flow_id = ? AND mode = ? AND status IN "
                       "('succeeded','succeeded_with_errors') AND undo_of IS NULL "
                       "ORDER BY started_at DESC LIMIT 1"));
    q.addBindValue(m_flow.id);
    q.addBindValue(m_forecast.preview
            ? QStringLiteral("preview")
            : (m_forecast.full ? QStringLiteral("full") : QStringLiteral("incremental")));
    const bool found = SqlSupport::exec(q, "last run's calls") && q.next();
    const qint64 last = found ? q.value(0).toLongLong() : 0;
    m_forecast.basis = found
        ? tr("LeadBridge cannot count this flow's records before a run, so this repeats the "
             "calls of its last run of the same kind; runs record their calls for all systems "
             "together, so each system shows that whole.")
        : tr("LeadBridge cannot count this flow's records before a run, and it has no earlier "
             "run of the same kind to go by.");
    // Each system gets at most the whole: its share is not recorded per run.
    for (SystemForecast &s : m_forecast.systems)
        s.readCalls = last;
    readAllowances();
}

void CallForecaster::readAllowances()
{
    QPointer<CallForecaster> self(this);
    for (int i = 0; i < m_forecast.systems.size(); ++i) {
        SystemForecast &s = m_forecast.systems[i];
        if (s.kind == AccountKind::Salesforce) {
            auto *sf = qobject_cast<SalesforceConnector *>(connector(AccountRole::Crm));
            m_steps.append([self, sf, i] {
                sf->dailyApiRequests(
                    [self, i](const SalesforceConnector::ApiUsage &usage, const ApiError &e) {
                        if (!self)
                            return;
                        if (e.isError())
                            return self->failWith(e);
                        SystemForecast &entry = self->m_forecast.systems[i];
                        entry.dailyAllowance = usage.limit;
                        entry.usedToday = usage.used;
                        entry.usageSource = tr("Salesforce limits");
                        self->next();
                    });
            });
            continue;
        }
        s.usedToday = journalCallsToday(*m_engine.journal(), s.accountId);
        s.usageSource = tr("LeadBridge runs, last 24 hours");
        s.dailyAllowance = s.kind == AccountKind::ActOn ? kActOnDailyAllowance : -1;
    }
    next();
}

} // namespace LeadBridge
