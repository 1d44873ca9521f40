#pragma once

#include "core/connectors/ConnectorTypes.h"
#include "core/engine/FlowRunner.h"
#include "core/engine/flows/WebinarImportPlanner.h"
#include "core/model/LinkSnapshot.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

namespace LeadBridge {

class ActOnConnector;
class On24Connector;
struct CursorUpdate;

/// F1 Webinar import (ON24 → Act-On), DESIGN.md §2 F1 and seeds 000/001.
///
/// For the flow's ON24 client account: an Act-On folder named by the ON24 client id, one
/// contact list per webinar ("<event title> (<eventid>)", created when the first
/// registrant with an e-mail address is found), one contact per registrant keyed by the
/// lower-cased e-mail address inside the list. Registration fills the demographic fields,
/// Lead Source = partnerref, Status = Registered and the registration time; attendance
/// sets Status = Attended, the attendance time and the activity fields (headings:
/// WebinarImportPlanner).
///
/// Run: read registrants (by last activity) and attendees since the per-client cursors
/// (minus an overlap), re-read the attendees of webinars that ended within the look-back
/// (ON24 publishes attendance late), plan against the link snapshots, then per list one
/// bulk write (a CSV merge, or upserts by e-mail for a handful of contacts) and one
/// journal batch. Cursors move in a last batch, only when every write succeeded.
/// A full run reads from the backfill start in windows of at most six months.
///
/// Flow settings (Flow::settings): "lookBackHours" (48), "backfillFrom" (ISO date; default
/// 90 days back), "overlapMinutes" (60), "upsertMax" (5: more contacts per list go through
/// a CSV merge), "batchRows" (5000 contacts per merge and journal batch).
class WebinarImportRunner : public FlowRunner
{
    Q_OBJECT
public:
    static constexpr int kDefaultLookBackHours = 48;
    static constexpr int kDefaultBackfillDays = 90;
    static constexpr int kDefaultOverlapMinutes = 60;
    static constexpr int kDefaultUpsertMax = 5;
    static constexpr int kDefaultBatchRows = 5000;
    /// Lists read, planned and written at once: while one waits on an Act-On job, the
    /// others keep the account's call rate busy.
    static constexpr int kListsInFlight = 3;

    explicit WebinarImportRunner(FlowContext context, QObject *parent = nullptr);
    ~WebinarImportRunner() override;

    void start() override;

    /// The cursor objects of one ON24 client ("registrant:<clientId>", "attendee:<clientId>").
    static QString registrantCursorObject(const QString &clientId);
    static QString attendeeCursorObject(const QString &clientId);

    /// Replaces the clock used for "now" (default backfill start, event title look-up);
    /// tests set the sandbox clock. An empty function restores the system clock.
    static void setClock(std::function<QDateTime()> clock);
    static QDateTime now();

private:
    using CollectFn = void (*)(WebinarImportPlanner::Collecting &, const QList<ConnectorRecord> &);

    struct ListWork
    {
        WebinarListPlan plan;
        QList<RecordChange> createRows; ///< the list creation row, when it is created
    };

    /// Reads @p object ("registrant" or "attendee") since @p storedCursor (minus the
    /// overlap; a full run from the backfill start) into contacts with @p collectInto, noting the newest cursor
    /// in @p newCursor, then calls @p next.
    void fetchSince(const QString &object, const QDateTime &storedCursor, CollectFn collectInto,
        QDateTime WebinarImportRunner::*newCursor, const QString &progress,
        std::function<void(WebinarImportRunner *)> next);
    void fetchRegistrants();
    void fetchAttendees();
    void fetchRecentlyEnded();
    void fetchLateAttendees(int index);
    void fetchMissingRegistrations(QList<qint64> events);
    void collectAndLoad();
    void listActOn();
    void resolveTitles();
    void readTitles(QList<QPair<QDateTime, QDateTime>> slices, const std::function<void()> &then);
    /// Starts lists until kListsInFlight are in flight; finishes when none is left.
    void startLists();
    /// One list is written (or planned, in a preview): the next may start.
    void listDone();
    void finishLists();
    /// Reads what an existing list holds now, then plans and writes it.
    void readCurrent(qint64 eventId);
    /// Plans the list of @p eventId, dropping its contacts and current rows from the runner.
    std::shared_ptr<ListWork> planList(qint64 eventId);
    void planAndWrite(qint64 eventId);
    void writeBatch(std::shared_ptr<ListWork> work, qsizetype from);
    void commitCursors();

    /// A fetch's done handler: ends the run on an error (naming @p what in the log),
    /// otherwise calls @p next with this runner (never after it is gone).
    std::function<void(const ApiError &)> thenOrStop(
        const QString &what, std::function<void(WebinarImportRunner *)> next);
    /// Merges one page of ON24 records into m_collecting (the records are not kept).
    void collectPage(CollectFn collectInto, const QList<ConnectorRecord> &records);
    /// A page handler collecting the records of event @p eventId, each with its "eventid"
    /// (event-level lists leave it out).
    std::function<void(const FetchPage &)> collectOfEvent(qint64 eventId, CollectFn collectInto);
    /// Ends the run on a fetch/apply error that stops everything.
    void stopWith(const ApiError &error, const QString &what);
    QString clientId() const { return m_clientId; }
    void noteCursor(QDateTime *slot, const QString &cursor);
    QList<RecordChange> withRunId(QList<RecordChange> rows) const;

    On24Connector *m_on24 = nullptr;
    ActOnConnector *m_acton = nullptr;
    QString m_clientId;
    qint64 m_lookBackSecs = 0;
    qint64 m_overlapSecs = 0;
    int m_upsertMax = kDefaultUpsertMax;
    int m_batchRows = kDefaultBatchRows;
    QDateTime m_backfillFrom;

    QDateTime m_storedRegCursor;
    QDateTime m_storedAttCursor;
    QDateTime m_newRegCursor;
    QDateTime m_newAttCursor;

    /// The contacts read so far: ON24 pages are merged in as they arrive.
    WebinarImportPlanner::Collecting m_collecting;
    qint64 m_recordsRead = 0; ///< ON24 registrant and attendee records read
    QList<ConnectorRecord> m_recentEvents;
    QHash<qint64, QString> m_titles;
    QHash<QString, LinkSnapshot> m_snapshots;
    /// Events with contacts that differ from their snapshots, in first-seen order.
    QList<qint64> m_dirtyEvents;
    QHash<qint64, QList<WebinarContact>> m_byEvent;
    QHash<qint64, WebinarListState> m_lists;
    qsizetype m_nextList = 0; ///< index into m_dirtyEvents of the next list to start
    int m_listsInFlight = 0;
    QList<RecordChange> m_pendingRows; ///< skips etc., recorded with the first batch
    QList<RecordChange> m_previewRows; ///< a preview's planned rows, recorded at the end
    QDateTime m_firstActivity; ///< earliest and latest registration activity read
    QDateTime m_lastActivity;
    qint64 m_total = 0;
    qint64 m_done = 0;
    bool m_anyFailed = false;
    bool m_recollected = false; ///< the registrations of attendance-only webinars were read
};

/// Registers WebinarImportRunner for FlowKind::WebinarImport with SyncEngine.
void registerWebinarImportRunner();

} // namespace LeadBridge
