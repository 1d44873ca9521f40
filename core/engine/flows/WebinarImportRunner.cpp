#include "core/engine/flows/WebinarImportRunner.h"

#include "core/connectors/acton/ActOnConnector.h"
#include "core/connectors/on24/On24Connector.h"
#include "core/engine/RunRecorder.h"
#include "core/engine/SyncEngine.h"
#include "core/util/LogCategories.h"

#include <QMutex>
#include <QPointer>

#include <algorithm>

namespace LeadBridge {

namespace {

const QString kOn24 = QStringLiteral("on24");
const QString kActOn = QStringLiteral("acton");

QMutex &clockMutex()
{
    static QMutex m;
    return m;
}

std::function<QDateTime()> &clockFn()
{
    static std::function<QDateTime()> fn;
    return fn;
}

int intSetting(const QVariantMap &s, const char *key, int fallback, int min, int max)
{
    bool ok = false;
    const int v = s.value(QString::fromLatin1(key)).toInt(&ok);
    return ok ? std::clamp(v, min, max) : fallback;
}

QDateTime parseCursor(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QString cursorText(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

WebinarImportRunner::WebinarImportRunner(FlowContext context, QObject *parent)
    : FlowRunner(std::move(context), parent)
{ }

WebinarImportRunner::~WebinarImportRunner() = default;

QString WebinarImportRunner::registrantCursorObject(const QString &clientId)
{
    return QStringLiteral("registrant:") + clientId;
}

QString WebinarImportRunner::attendeeCursorObject(const QString &clientId)
{
    return QStringLiteral("attendee:") + clientId;
}

void WebinarImportRunner::setClock(std::function<QDateTime()> clock)
{
    QMutexLocker lock(&clockMutex());
    clockFn() = std::move(clock);
}

QDateTime WebinarImportRunner::now()
{
    QMutexLocker lock(&clockMutex());
    return clockFn() ? clockFn()().toUTC() : QDateTime::currentDateTimeUtc();
}

void WebinarImportRunner::start()
{
    m_on24 = qobject_cast<On24Connector *>(m_context.connector(AccountRole::Webinar));
    m_acton = qobject_cast<ActOnConnector *>(m_context.connector(AccountRole::Marketing));
    if (!m_on24 || !m_acton || !m_context.recorder) {
        fail(tr("The webinar import “%1” needs a linked ON24 account and a linked Act-On "
                "account. Choose both in the flow's settings.")
                 .arg(m_context.flow.name));
        return;
    }
    m_clientId = m_context.account(AccountRole::Webinar)
                     .settings.value(QStringLiteral("clientId"))
                     .toString()
                     .trimmed();
    if (m_clientId.isEmpty()) {
        fail(tr("The ON24 account “%1” has no client id. Enter it in Accounts → ON24.")
                 .arg(m_context.account(AccountRole::Webinar).name));
        return;
    }

    const QVariantMap &s = m_context.flow.settings;
    m_lookBackSecs
        = qint64(intSetting(s, "lookBackHours", kDefaultLookBackHours, 0, 24 * 90)) * 3600;
    m_overlapSecs
        = qint64(intSetting(s, "overlapMinutes", kDefaultOverlapMinutes, 0, 24 * 60)) * 60;
    m_upsertMax = intSetting(s, "upsertMax", kDefaultUpsertMax, 0, ActOnConnector::kMergeThreshold);
    m_batchRows = intSetting(s, "batchRows", kDefaultBatchRows, 1, 1'000'000);
    const QString from = s.value(QStringLiteral("backfillFrom")).toString().trimmed();
    if (!from.isEmpty()) {
        m_backfillFrom = QDateTime::fromString(from, Qt::ISODate);
        if (!m_backfillFrom.isValid()) {
            const QDate d = QDate::fromString(from, Qt::ISODate);
            if (d.isValid())
                m_backfillFrom = d.startOfDay(Qt::UTC);
        }
        if (!m_backfillFrom.isValid()) {
            fail(tr("The backfill start “%1” of “%2” is not a date. Enter it as YYYY-MM-DD in "
                    "the flow's settings.")
                     .arg(from, m_context.flow.name));
            return;
        }
        m_backfillFrom = m_backfillFrom.toUTC();
    }
    if (!m_backfillFrom.isValid())
        m_backfillFrom = now().addDays(-kDefaultBackfillDays);

    LinkRepository &links = m_context.recorder->links();
    const auto reg = links.cursor(kOn24, registrantCursorObject(m_clientId));
    const auto att = links.cursor(kOn24, attendeeCursorObject(m_clientId));
    if (!reg || !att) {
        fail(reg ? att.errorString() : reg.errorString());
        return;
    }
    m_storedRegCursor = parseCursor(*reg);
    m_storedAttCursor = parseCursor(*att);
    m_newRegCursor = m_storedRegCursor;
    m_newAttCursor = m_storedAttCursor;

    reportProgress(RunPhase::Authenticating, tr("Connecting to ON24 and Act-On…"));
    fetchRegistrants();
}

void WebinarImportRunner::stopWith(const ApiError &error, const QString &what)
{
    if (stopped())
        return;
    if (error.kind() == ApiError::Kind::Cancelled) {
        finishCancelled();
        return;
    }
    qCWarning(lcEngine) << "F1" << what << error.toLogString();
    fail(error.userMessage());
}

void WebinarImportRunner::noteCursor(QDateTime *slot, const QString &cursor)
{
    const QDateTime t = parseCursor(cursor);
    if (t.isValid() && (!slot->isValid() || t > *slot))
        *slot = t;
}

QList<RecordChange> WebinarImportRunner::withRunId(QList<RecordChange> rows) const
{
    for (RecordChange &r : rows)
        r.runId = m_context.runId;
    return rows;
}

// ------------------------------------------------------------------ fetch

std::function<void(const ApiError &)> WebinarImportRunner::thenOrStop(
    const QString &what, std::function<void(WebinarImportRunner *)> next)
{
    QPointer<WebinarImportRunner> self(this);
    return [self, what, next = std::move(next)](const ApiError &error) {
        if (!self)
            return;
        if (error.isError())
            return self->stopWith(error, what);
        next(self.data());
    };
}

void WebinarImportRunner::collectPage(CollectFn collectInto, const QList<ConnectorRecord> &records)
{
    if (collectInto == &WebinarImportPlanner::collectRegistrants) {
        // Only the time span of the registrations is kept of the records (for the titles).
        for (const ConnectorRecord &r : records) {
            const QDateTime t = r.modifiedAt;
            if (!t.isValid())
                continue;
            if (!m_firstActivity.isValid() || t < m_firstActivity)
                m_firstActivity = t;
            if (!m_lastActivity.isValid() || t > m_lastActivity)
                m_lastActivity = t;
        }
    }
    m_recordsRead += records.size();
    collectInto(m_collecting, records);
}

std::function<void(const FetchPage &)> WebinarImportRunner::collectOfEvent(
    qint64 eventId, CollectFn collectInto)
{
    QPointer<WebinarImportRunner> self(this);
    return [self, eventId, collectInto](const FetchPage &page) {
        if (!self)
            return;
        QList<ConnectorRecord> records = page.records;
        for (ConnectorRecord &r : records) {
            // Event-level lists carry no event id of their own.
            if (!r.fields.contains(QStringLiteral("eventid")))
                r.fields.insert(QStringLiteral("eventid"), eventId);
        }
        self->collectPage(collectInto, records);
    };
}

void WebinarImportRunner::fetchSince(const QString &object, const QDateTime &storedCursor,
    CollectFn collectInto, QDateTime WebinarImportRunner::*newCursor, const QString &progress,
    std::function<void(WebinarImportRunner *)> next)
{
    if (stopped())
        return;
    reportProgress(RunPhase::Fetching, progress, m_recordsRead);
    FetchRequest req;
    req.object = object;
    const bool incremental = !m_context.full && storedCursor.isValid();
    if (incremental)
        req.since = storedCursor.addSecs(-m_overlapSecs);
    else
        req.options.insert(QStringLiteral("from"), m_backfillFrom);
    QPointer<WebinarImportRunner> self(this);
    m_on24->fetch(
        req,
        [self, collectInto, newCursor, progress](const FetchPage &page) {
            if (!self)
                return;
            self->collectPage(collectInto, page.records);
            self->noteCursor(&((*self).*newCursor), page.cursor);
            self->reportProgress(RunPhase::Fetching, progress, self->m_recordsRead);
        },
        thenOrStop(object + u's', std::move(next)));
}

void WebinarImportRunner::fetchRegistrants()
{
    fetchSince(QStringLiteral("registrant"), m_storedRegCursor,
        &WebinarImportPlanner::collectRegistrants,
        &WebinarImportRunner::m_newRegCursor, tr("Reading ON24 registrants…"),
        [](WebinarImportRunner *r) { r->fetchAttendees(); });
}

void WebinarImportRunner::fetchAttendees()
{
    fetchSince(QStringLiteral("attendee"), m_storedAttCursor,
        &WebinarImportPlanner::collectAttendees,
        &WebinarImportRunner::m_newAttCursor, tr("Reading ON24 attendees…"),
        [](WebinarImportRunner *r) { r->fetchRecentlyEnded(); });
}

void WebinarImportRunner::fetchRecentlyEnded()
{
    if (stopped())
        return;
    if (m_lookBackSecs <= 0) {
        collectAndLoad();
        return;
    }
    reportProgress(RunPhase::Fetching, tr("Checking recently ended webinars for late attendance…"));
    QPointer<WebinarImportRunner> self(this);
    m_on24->recentlyEndedEvents(
        m_lookBackSecs, [self](const QList<ConnectorRecord> &events, const ApiError &error) {
            if (!self)
                return;
            if (error.isError())
                return self->stopWith(error, QStringLiteral("recently ended events"));
            self->m_recentEvents = events;
            for (const ConnectorRecord &e : events) {
                self->m_titles.insert(
                    e.id.toLongLong(), e.fields.value(QStringLiteral("description")).toString());
            }
            self->fetchLateAttendees(0);
        });
}

void WebinarImportRunner::fetchLateAttendees(int index)
{
    if (stopped())
        return;
    if (index >= m_recentEvents.size()) {
        collectAndLoad();
        return;
    }
    const qint64 eventId = m_recentEvents.at(index).id.toLongLong();
    m_on24->eventAttendees(eventId, collectOfEvent(eventId, &WebinarImportPlanner::collectAttendees),
        thenOrStop(QStringLiteral("late attendees"),
            [index](WebinarImportRunner *r) { r->fetchLateAttendees(index + 1); }));
}

void WebinarImportRunner::fetchMissingRegistrations(QList<qint64> events)
{
    if (stopped())
        return;
    if (events.isEmpty()) {
        // The registrations read now have filled in the attendance-only contacts.
        m_collecting.out.eventsMissingRegistration.clear();
        collectAndLoad();
        return;
    }
    const qint64 eventId = events.takeFirst();
    m_on24->eventRegistrants(eventId, collectOfEvent(eventId, &WebinarImportPlanner::collectRegistrants),
        thenOrStop(QStringLiteral("event registrants"),
            [events](WebinarImportRunner *r) { r->fetchMissingRegistrations(events); }));
}

// ------------------------------------------------------------------ plan

void WebinarImportRunner::collectAndLoad()
{
    if (stopped())
        return;
    WebinarImportPlanner::markAttended(m_collecting);
    QStringList keys;
    for (const WebinarContact &c : std::as_const(m_collecting.out.contacts))
        keys.append(WebinarImportPlanner::linkKey(m_clientId, c.eventId, c.emailKey));
    const auto known = m_context.recorder->links().loadByEmail(keys);
    if (!known) {
        fail(known.errorString());
        return;
    }
    m_snapshots.clear();
    for (const LinkSnapshot &s : *known)
        m_snapshots.insert(s.emailKey, s);
    if (!m_recollected) {
        // Attendance of people whose registration this run did not read (and the journal
        // does not know either): read those webinars' registrants for the contact fields.
        QSet<qint64> need;
        for (const WebinarContact &c : std::as_const(m_collecting.out.contacts)) {
            if (m_collecting.out.eventsMissingRegistration.contains(c.eventId)
                && !c.values.contains(QStringLiteral("Registration Date/Time"))
                && !m_snapshots.contains(
                    WebinarImportPlanner::linkKey(m_clientId, c.eventId, c.emailKey)))
                need.insert(c.eventId);
        }
        if (!need.isEmpty()) {
            QList<qint64> missing = need.values();
            std::sort(missing.begin(), missing.end());
            m_recollected = true;
            fetchMissingRegistrations(missing);
            return;
        }
    }

    if (killedAt(QStringLiteral("after-fetch")))
        return;
    reportProgress(RunPhase::Planning, tr("Planning the Act-On changes…"),
        m_collecting.out.contacts.size(), m_collecting.out.contacts.size());

    m_pendingRows = withRunId(m_collecting.out.skips);
    for (WebinarContact &c : m_collecting.out.contacts) {
        const QString key = WebinarImportPlanner::linkKey(m_clientId, c.eventId, c.emailKey);
        const auto it = m_snapshots.constFind(key);
        if (!WebinarImportPlanner::differs(c, it == m_snapshots.cend() ? nullptr : &*it))
            continue;
        if (!m_byEvent.contains(c.eventId))
            m_dirtyEvents.append(c.eventId);
        m_byEvent[c.eventId].append(std::move(c));
    }
    m_collecting = {};
    if (m_dirtyEvents.isEmpty()) {
        commitCursors();
        return;
    }
    listActOn();
}

void WebinarImportRunner::listActOn()
{
    if (stopped())
        return;
    reportProgress(
        RunPhase::Planning, tr("Reading the Act-On lists of folder %1…").arg(m_clientId));
    QPointer<WebinarImportRunner> self(this);
    m_acton->listLists([self](const QList<ActOnListInfo> &lists, const ApiError &error) {
        if (!self)
            return;
        if (error.isError())
            return self->stopWith(error, QStringLiteral("Act-On lists"));
        QHash<qint64, ActOnListInfo> found;
        for (const ActOnListInfo &l : lists) {
            if (l.folderName != self->m_clientId)
                continue;
            const qint64 id = WebinarImportPlanner::eventIdOfListName(l.name);
            if (id > 0 && !found.contains(id))
                found.insert(id, l);
        }
        for (qint64 eventId : std::as_const(self->m_dirtyEvents)) {
            WebinarListState st;
            st.eventId = eventId;
            if (found.contains(eventId)) {
                st.listId = found.value(eventId).id;
                st.listName = found.value(eventId).name;
            }
            self->m_lists.insert(eventId, st);
        }
        self->resolveTitles();
    });
}

void WebinarImportRunner::resolveTitles()
{
    if (stopped())
        return;
    QList<qint64> unnamed;
    for (qint64 eventId : std::as_const(m_dirtyEvents)) {
        if (m_lists.value(eventId).listId.isEmpty() && !m_titles.contains(eventId))
            unnamed.append(eventId);
    }
    auto name = [this] {
        for (qint64 eventId : std::as_const(m_dirtyEvents)) {
            WebinarListState &st = m_lists[eventId];
            if (st.listName.isEmpty())
                st.listName = WebinarImportPlanner::listName(eventId, m_titles.value(eventId));
        }
        startLists();
    };
    if (unnamed.isEmpty()) {
        name();
        return;
    }
    // Webinars start after most of their registrations and before on-demand ones: look six
    // months either side of the registrations read.
    QDateTime first = m_firstActivity;
    QDateTime last = m_lastActivity;
    const QDateTime n = now();
    if (!first.isValid())
        first = n;
    if (!last.isValid() || last > n)
        last = n;
    reportProgress(RunPhase::Planning, tr("Reading ON24 webinar titles…"));
    // Slices of five months: the connector splits longer ranges at six months, which ON24
    // (and the sandbox) may count as too long across a daylight-saving change.
    QList<QPair<QDateTime, QDateTime>> slices;
    const QDateTime end = last.addMonths(6);
    for (QDateTime from = first.addMonths(-6); from < end; from = from.addMonths(5))
        slices.append({ from, qMin(from.addMonths(5).addSecs(-1), end) });
    readTitles(slices, name);
}

void WebinarImportRunner::readTitles(
    QList<QPair<QDateTime, QDateTime>> slices, const std::function<void()> &then)
{
    if (stopped())
        return;
    if (slices.isEmpty()) {
        then();
        return;
    }
    const auto [from, to] = slices.takeFirst();
    QPointer<WebinarImportRunner> self(this);
    m_on24->listEvents(from, to,
        [self, slices, then](const QList<ConnectorRecord> &events, const ApiError &error) {
            if (!self)
                return;
            if (error.isError())
                return self->stopWith(error, QStringLiteral("event titles"));
            for (const ConnectorRecord &e : events) {
                self->m_titles.insert(
                    e.id.toLongLong(), e.fields.value(QStringLiteral("description")).toString());
            }
            self->readTitles(slices, then);
        });
}

// ------------------------------------------------------------------ per list

void WebinarImportRunner::startLists()
{
    if (stopped())
        return;
    if (m_nextList == 0 && m_listsInFlight == 0) {
        for (qint64 eventId : std::as_const(m_dirtyEvents))
            m_total += m_byEvent.value(eventId).size();
        if (!m_context.preview)
            reportProgress(RunPhase::Applying, tr("Writing to Act-On…"), 0, m_total);
    }
    // A few lists at once, so that one list's job polls leave Act-On's rate to the others.
    while (m_listsInFlight < kListsInFlight && m_nextList < m_dirtyEvents.size()) {
        ++m_listsInFlight;
        readCurrent(m_dirtyEvents.at(m_nextList++));
        if (isFinished() || wasKilled())
            return;
    }
    if (m_listsInFlight == 0 && m_nextList >= m_dirtyEvents.size())
        finishLists();
}

void WebinarImportRunner::listDone()
{
    --m_listsInFlight;
    if (stopped())
        return;
    const bool workLeft = m_listsInFlight > 0 || m_nextList < m_dirtyEvents.size();
    if (!m_context.preview && workLeft && killedAt(QStringLiteral("mid-apply")))
        return;
    startLists();
}

void WebinarImportRunner::finishLists()
{
    if (!m_context.preview) {
        commitCursors();
        return;
    }
    reportProgress(RunPhase::Finishing, tr("Recording the preview…"), m_total, m_total);
    const Status st = m_context.recorder->recordPreview(m_pendingRows + m_previewRows);
    if (!st) {
        fail(st.errorString());
        return;
    }
    succeed();
}

void WebinarImportRunner::readCurrent(qint64 eventId)
{
    const WebinarListState &known = m_lists[eventId];
    if (known.listId.isEmpty()) {
        planAndWrite(eventId);
        return;
    }
    reportProgress(m_context.preview ? RunPhase::Planning : RunPhase::Applying,
        tr("Reading the Act-On list “%1”…").arg(known.listName), m_done, m_total);
    QPointer<WebinarImportRunner> self(this);
    m_acton->downloadList(
        known.listId, {},
        [self, eventId](const ActOnListPage &page) {
            if (!self)
                return;
            WebinarListState &st = self->m_lists[eventId];
            st.currentKnown = true;
            int emailCol = page.emailColumn;
            if (emailCol < 0) {
                for (int i = 0; i < page.headers.size(); ++i) {
                    if (ActOnConnector::isEmailHeading(page.headers.at(i)))
                        emailCol = i;
                }
            }
            if (emailCol < 0)
                return;
            for (const QStringList &row : page.rows) {
                const QString email = row.value(emailCol).trimmed().toLower();
                if (email.isEmpty() || st.current.contains(email))
                    continue; // Act-On matches the first record of an e-mail address
                QHash<QString, QString> values;
                for (int i = 1; i < page.headers.size() && i < row.size(); ++i)
                    values.insert(page.headers.at(i), row.at(i));
                st.current.insert(email, values);
            }
        },
        [self, eventId](const ApiError &error) {
            if (!self || self->stopped())
                return;
            if (error.isError())
                return self->stopWith(error, QStringLiteral("list download"));
            self->planAndWrite(eventId);
        });
}

std::shared_ptr<WebinarImportRunner::ListWork> WebinarImportRunner::planList(qint64 eventId)
{
    // The list's contacts and current rows leave the runner here: each list is held in
    // memory only while it is planned and written.
    const WebinarListState st = m_lists.take(eventId);
    auto work = std::make_shared<ListWork>();
    work->plan = WebinarImportPlanner::planList(
        st, m_byEvent.take(eventId), m_snapshots, m_clientId, m_context.runId);
    // No Act-On record id goes into F1's links: list rows are keyed by e-mail, and an id is
    // known only for contacts written one by one, so a run resumed after a crash would know
    // ids an uninterrupted one never learns.
    for (const WebinarContactWrite &w : std::as_const(work->plan.writes))
        m_snapshots.remove(w.snapshot.emailKey);
    for (const LinkSnapshot &s : std::as_const(work->plan.refreshOnly))
        m_snapshots.remove(s.emailKey);
    if (st.listId.isEmpty() && !work->plan.writes.isEmpty()) {
        RecordChange rc;
        rc.runId = m_context.runId;
        rc.system = kActOn;
        rc.object = QStringLiteral("list");
        rc.recordKey = st.listName;
        rc.operation = ChangeOperation::Create;
        rc.field = QStringLiteral("Folder");
        rc.newValue = m_clientId;
        work->createRows.append(rc);
    }
    // Contacts Act-On already holds as planned are done without a write.
    m_done += work->plan.refreshOnly.size();
    return work;
}

void WebinarImportRunner::planAndWrite(qint64 eventId)
{
    if (stopped())
        return;
    std::shared_ptr<ListWork> work = planList(eventId);
    if (m_context.preview) {
        m_previewRows += work->createRows;
        for (const WebinarContactWrite &w : std::as_const(work->plan.writes))
            m_previewRows += w.changes;
        listDone();
        return;
    }
    if (work->plan.writes.isEmpty()) {
        // Only snapshots to refresh (Act-On already holds the values).
        const Status st
            = m_context.recorder->commitBatch(withRunId(m_pendingRows), work->plan.refreshOnly);
        if (!st) {
            fail(st.errorString());
            return;
        }
        m_pendingRows.clear();
        listDone();
        return;
    }
    if (!work->plan.listId.isEmpty()) {
        writeBatch(work, 0);
        return;
    }
    reportProgress(RunPhase::Applying,
        tr("Creating the Act-On list “%1”…").arg(work->plan.listName), m_done, m_total);
    QPointer<WebinarImportRunner> self(this);
    m_acton->findOrCreateList(m_clientId, work->plan.listName, WebinarImportPlanner::headings(),
        [self, work](const QString &listId, const ApiError &error) {
            if (!self || self->stopped())
                return;
            if (error.isError()) {
                if (error.kind() == ApiError::Kind::Cancelled)
                    return self->finishCancelled();
                // This webinar's contacts fail; the other webinars still go through.
                QList<RecordChange> rows = self->m_pendingRows;
                for (const WebinarContactWrite &cw : std::as_const(work->plan.writes)) {
                    RecordChange rc;
                    rc.runId = self->m_context.runId;
                    rc.system = kActOn;
                    rc.object = QStringLiteral("list:") + work->plan.listName;
                    rc.recordKey = cw.contact.emailKey;
                    rc.operation = ChangeOperation::Error;
                    rc.reason = error.userMessage();
                    rows.append(rc);
                }
                self->m_anyFailed = true;
                const Status st = self->m_context.recorder->commitBatch(rows, {});
                if (!st)
                    return self->fail(st.errorString());
                self->m_pendingRows.clear();
                self->m_done += work->plan.writes.size();
                self->listDone();
                return;
            }
            work->plan.listId = listId;
            self->writeBatch(work, 0);
        });
}

// ------------------------------------------------------------------ apply

void WebinarImportRunner::writeBatch(std::shared_ptr<ListWork> work, qsizetype from)
{
    if (stopped())
        return;
    const qsizetype count = qMin<qsizetype>(m_batchRows, work->plan.writes.size() - from);
    if (count <= 0) {
        listDone();
        return;
    }
    if (from > 0 && killedAt(QStringLiteral("mid-apply")))
        return;
    const QList<WebinarContactWrite> batch = work->plan.writes.mid(from, count);
    const qint64 runId = m_context.runId;
    const QString object = QStringLiteral("list:") + work->plan.listName;
    reportProgress(RunPhase::Applying,
        tr("Writing %n contacts to “%1”…", nullptr, int(count)).arg(work->plan.listName), m_done,
        m_total);

    // Records the batch: its rows, the snapshots of the contacts written, and the list
    // creation and pending skip rows with the first batch.
    auto record = [this, work, from, count, object, runId](
                      const QList<bool> &ok, const QString &errorText) {
        QList<RecordChange> rows;
        if (from == 0) {
            rows += m_pendingRows;
            rows += work->createRows;
        }
        QList<LinkSnapshot> snaps;
        if (from == 0)
            snaps += work->plan.refreshOnly;
        for (qsizetype i = 0; i < count; ++i) {
            const WebinarContactWrite &w = work->plan.writes.at(from + i);
            if (ok.value(i)) {
                rows += w.changes;
                snaps.append(w.snapshot);
            } else {
                RecordChange rc;
                rc.runId = runId;
                rc.system = kActOn;
                rc.object = object;
                rc.recordKey = w.contact.emailKey;
                rc.operation = ChangeOperation::Error;
                rc.reason = errorText;
                rows.append(rc);
                m_anyFailed = true;
            }
        }
        const Status st = m_context.recorder->commitBatch(rows, snaps);
        if (!st) {
            fail(st.errorString());
            return false;
        }
        m_pendingRows.clear();
        m_done += count;
        reportProgress(RunPhase::Applying, tr("Writing to Act-On…"), m_done, m_total);
        return true;
    };

    QPointer<WebinarImportRunner> self(this);
    if (count <= m_upsertMax) {
        QList<QVariantMap> records;
        for (const WebinarContactWrite &w : batch) {
            QVariantMap m;
            for (auto it = w.contact.values.cbegin(); it != w.contact.values.cend(); ++it)
                m.insert(it.key(), it.value());
            records.append(m);
        }
        m_acton->upsertByEmail(work->plan.listId, records,
            [self, work, from, count, record](
                const QList<WriteOutcome> &outcomes, const ApiError &error) {
                if (!self || self->stopped())
                    return;
                if (error.kind() == ApiError::Kind::Cancelled)
                    return self->finishCancelled();
                QList<bool> ok(count, false);
                QString reason = error.userMessage();
                for (const WriteOutcome &o : outcomes) {
                    if (o.index < 0 || o.index >= count)
                        continue;
                    ok[o.index] = o.ok && !error.isError();
                    if (!o.ok && reason.isEmpty())
                        reason = o.error.userMessage();
                }
                // Per-record sentences where Act-On gave one.
                if (!record(ok, reason))
                    return;
                self->writeBatch(work, from + count);
            });
        return;
    }

    const QStringList headings = WebinarImportPlanner::headings();
    QList<QStringList> rows;
    rows.reserve(batch.size());
    for (const WebinarContactWrite &w : batch) {
        QStringList row;
        row.reserve(headings.size());
        for (const QString &h : headings)
            row.append(w.contact.values.value(h));
        rows.append(row);
    }
    m_acton->mergeCsv(work->plan.listId, headings, rows, WebinarImportPlanner::emailHeading(),
        [self, work, from, count, record](const ActOnImportResult &result, const ApiError &error) {
            if (!self || self->stopped())
                return;
            if (error.kind() == ApiError::Kind::Cancelled)
                return self->finishCancelled();
            const bool ok = !error.isError();
            QString reason = error.userMessage();
            if (ok && (result.failedCount > 0 || result.rejectedCount > 0))
                qCWarning(lcEngine) << "F1 merge into" << result.listId << "rejected"
                                    << result.rejectedCount << "failed" << result.failedCount;
            if (!record(QList<bool>(count, ok), reason))
                return;
            self->writeBatch(work, from + count);
        });
}

void WebinarImportRunner::commitCursors()
{
    if (stopped())
        return;
    if (m_context.preview) {
        const Status st = m_context.recorder->recordPreview(m_pendingRows);
        if (!st)
            return fail(st.errorString());
        succeed();
        return;
    }
    if (killedAt(QStringLiteral("before-cursor-commit")))
        return;
    QList<CursorUpdate> cursors;
    if (!m_anyFailed) {
        if (m_newRegCursor.isValid() && m_newRegCursor != m_storedRegCursor)
            cursors.append(
                { kOn24, registrantCursorObject(m_clientId), cursorText(m_newRegCursor) });
        if (m_newAttCursor.isValid() && m_newAttCursor != m_storedAttCursor)
            cursors.append({ kOn24, attendeeCursorObject(m_clientId), cursorText(m_newAttCursor) });
    }
    if (!cursors.isEmpty() || !m_pendingRows.isEmpty()) {
        const Status st = m_context.recorder->commitBatch(withRunId(m_pendingRows), {}, cursors);
        if (!st)
            return fail(st.errorString());
        m_pendingRows.clear();
    }
    reportProgress(RunPhase::Finishing, tr("Finishing…"), m_done, m_total);
    succeed();
}

void registerWebinarImportRunner()
{
    SyncEngine::registerRunner(
        FlowKind::WebinarImport, [](const FlowContext &context) -> FlowRunner * {
            return new WebinarImportRunner(context);
        });
}

} // namespace LeadBridge
