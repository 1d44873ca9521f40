#pragma once

#include "core/connectors/Connector.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QUrl>
#include <QUrlQuery>
#include <QVariantMap>

#include <functional>
#include <memory>

namespace LeadBridge {

class ApiResponse;

/// Client of the ON24 REST API v2 (reference/api-on24-acton.md §1) for one ON24 client
/// account: events, registrants and attendees at event and client level, and REST
/// registration. Authenticates with the static accessTokenKey/accessTokenSecret header
/// pair, so there is no re-login: a 401 is reported at once. ON24's 403 "maximum number of
/// calls" answer and 429 are rate-limit answers (waited for and retried).
///
/// Every date range is split into windows of at most six months (ON24 refuses longer
/// ranges and backfills must be pulled six months at a time). Client-level lists are read
/// 100 per page (pageoffset/itemsperpage) until pagecount is reached.
class On24Connector : public Connector
{
    Q_OBJECT
public:
    /// NA data centre.
    static constexpr const char *kNaBaseUrl = "https://api.on24.com";
    /// EU data centre.
    static constexpr const char *kEuBaseUrl = "https://api.eu.on24.com";
    /// Page size of the paginating list endpoints (ON24's maximum).
    static constexpr int kPageSize = 100;

    using Records = QList<ConnectorRecord>;
    using Clock = std::function<QDateTime()>;

    On24Connector(
        const ConnectorConfig &config, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~On24Connector() override;

    void checkConnection(Result<ConnectionInfo> done) override;
    /// "registrant" and "attendee" (the default set) and "event": ON24's documented fields.
    void describe(const QStringList &objects, Result<QList<CrmObjectSchema>> done) override;
    /// object "registrant", "attendee" or "event". With options eventId: that event's
    /// list; otherwise the client-level list between since (default: 30 days back, or
    /// options "from") and until (default now), split into six-month windows. Registrants
    /// asked for with since are selected by last activity (new and changed ones).
    void fetch(const FetchRequest &request, PageHandler onPage, Done done) override;
    /// Only Create on "registrant" (REST registration, one call per person; options
    /// eventId or a record field "eventid"). Anything else is refused with a sentence.
    void write(const WriteRequest &request, Result<WriteResult> done) override;

    /// Events whose start (goodafter) lies between @p from and @p to, any range length:
    /// split into windows of at most six months, each read page by page.
    void listEvents(const QDateTime &from, const QDateTime &to, Result<Records> done);
    /// All registrants of one event.
    void eventRegistrants(qint64 eventId, PageHandler onPage, Done done);
    /// All attendees of one event (as far as ON24 has processed them).
    void eventAttendees(qint64 eventId, PageHandler onPage, Done done);
    /// Client-level registrants registered between @p from and @p to (with
    /// @p byLastActivity: active — registered, updated or forgotten — in that range).
    void registrants(const QDateTime &from, const QDateTime &to, PageHandler onPage, Done done,
        bool byLastActivity = false);
    /// Client-level attendees with activity between @p from and @p to.
    void attendees(const QDateTime &from, const QDateTime &to, PageHandler onPage, Done done);
    /// Events whose live end lies within @p lookBackSecs before now: ON24 publishes
    /// attendance 30 min to 2 h (live) and 4 to 12 h (on demand) after an event, so a sync
    /// re-reads the attendees of these events to pick up late attendance.
    void recentlyEndedEvents(qint64 lookBackSecs, Result<Records> done);
    /// What a client-level read of registrants or attendees (fetch() of @p request without an
    /// eventId) would take, from the first page of each six-month window: one call a window.
    struct ReadSample
    {
        int pages = 0; ///< calls the read makes: per window max(1, ⌈total / kPageSize⌉)
        qint64 total = 0; ///< records ON24 reports over all windows
        Records firstPages; ///< the records of the first pages (event ids, e-mail addresses)
    };
    /// Samples the read of @p request (forecasts, CallForecaster).
    void sampleRead(const FetchRequest &request, Result<ReadSample> done);

    /// The six-month windows [from, to] is read in (date granularity, Pacific time, as
    /// ON24 counts days). Public for tests and progress estimates.
    static QList<QPair<QDate, QDate>> sixMonthWindows(const QDate &from, const QDate &to);
    /// One event, registrant or attendee object of an answer as a record of @p object.
    static ConnectorRecord toRecord(const QJsonObject &o, const QString &object);
    /// The API root actually used: {base}/v2/client/{clientId}.
    QUrl clientRoot() const { return m_root; }
    /// Replaces the clock used for "now" (tests). Default: the system clock (UTC).
    void setClock(Clock clock) { m_clock = std::move(clock); }

private:
    struct PagedList;
    struct WriteState;

    QDateTime now() const;
    QUrl url(const QString &path, const QUrlQuery &query = {}) const;
    void get(const QString &path, const QUrlQuery &query, const QString &operation, JsonDone done);
    /// A list read of @p object ("registrant", "attendee", "event") from @p path; the answer
    /// holds them under "<object>s" with the count in "total<object>s".
    static std::shared_ptr<PagedList> pagedList(
        const QString &path, const QString &object, const QString &operation);
    /// Pages one list endpoint (pageoffset/itemsperpage) over consecutive windows.
    void runPaged(const std::shared_ptr<PagedList> &list);
    /// The client-level list of @p object ("registrant" or "attendee") from @p from to @p to,
    /// by last activity when @p byLastActivity (registrants only).
    void clientList(const QString &object, const QDateTime &from, const QDateTime &to,
        bool byLastActivity, PageHandler onPage, Done done);
    void pagedStep(const std::shared_ptr<PagedList> &list);
    void writeStep(const std::shared_ptr<WriteState> &st);
    struct SampleState;
    /// One window of sampleRead().
    void sampleWindow(const std::shared_ptr<SampleState> &st, int index);
    /// The id in @p value when it is one (a positive integer or a string of one), else "".
    static QString usableId(const QJsonValue &value);
    static QDate pacificDate(const QDateTime &t);
    static QString dateParam(const QDate &d);
    void classify(const ApiResponse &answer, ApiError &error) const;

    QUrl m_root;
    QString m_clientId;
    QString m_label;
    Clock m_clock;
};

} // namespace LeadBridge
