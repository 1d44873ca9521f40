#pragma once

#include "core/sandbox/DemoDataset.h"
#include "core/sandbox/Emulator.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <algorithm>
#include <memory>
#include <vector>

namespace LeadBridge::Sandbox {

class On24AnalyticsApi;
class On24SyntheticWorld;
class On24ControlApi;

/// Loopback emulator of the ON24 REST API v2 (analytics + REST registration),
/// written from reference/api-on24-acton.md §1:
///  - GET  /v2/client/{clientId}/event
///  - GET  /v2/client/{clientId}/event/{eventId}
///  - GET  /v2/client/{clientId}/event/{eventId}/registrant
///  - POST /v2/client/{clientId}/event/{eventId}/registrant (form-encoded)
///  - GET  /v2/client/{clientId}/event/{eventId}/attendee
///  - GET  /v2/client/{clientId}/registrant, /v2/client/{clientId}/attendee
///  - GET  /v2/client/{clientId}/registrant/{email}[/allevents],
///    /v2/client/{clientId}/attendee/{email}[/allevents]
/// Auth is the static accessTokenKey/accessTokenSecret header pair. Errors are
/// {"message":"…"} with ON24's wording. Attendance becomes visible only
/// attendanceDelay seconds after max(event end, last activity), measured with now().
class On24Emulator : public Emulator
{
    Q_OBJECT
public:
    explicit On24Emulator(QObject *parent = nullptr);
    ~On24Emulator() override;

    /// Token key of the demo account (32 hex characters), valid for every seeded client.
    static QString demoTokenKey();
    /// Token secret of the demo account (128 hex characters).
    static QString demoTokenSecret();
    /// Client id of the single client that exists before any seed().
    static constexpr qint64 kDefaultClientId = 22921;

    /// Replaces all stored data with the ON24 part of @p data (clients, events,
    /// registrations, attendance). The demo token opens every seeded client.
    void seed(const DemoDataset &data);
    /// Replaces every webinar and registration with the synthetic world of @p world
    /// (On24SyntheticWorld) under client @p clientId, which keeps its name and tokens (the
    /// demo token opens it). Meant
    /// for volume work: a million registrants are seeded in seconds.
    void seedSynthetic(qint64 clientId, const On24SyntheticWorld &world);
    /// Creates the client if needed and binds it to exactly this token pair
    /// (other tokens lose access to it).
    void setCredentials(qint64 clientId, const QString &key, const QString &secret);

    /// Seconds after max(event end, last activity) before attendance shows (default 0).
    void setAttendanceDelay(qint64 seconds) { m_attendanceDelaySecs = seconds; }
    qint64 attendanceDelay() const { return m_attendanceDelaySecs; }
    /// Seconds after registration before a registrant shows (default 0; ON24 ≈ 900).
    void setRegistrantDelay(qint64 seconds) { m_registrantDelaySecs = seconds; }
    qint64 registrantDelay() const { return m_registrantDelaySecs; }
    /// Status of the quota answer: 403 (ON24-OAS, default) or 429 (leaky bucket).
    void setQuotaStatus(int status) { m_quotaStatus = status; }
    int quotaStatus() const { return m_quotaStatus; }
    /// Calls per Pacific-time day / per minute before the quota answer (0 = unlimited,
    /// the default: ON24 publishes no figure).
    void setDailyCallLimit(int calls) { m_dailyLimit = calls; }
    void setMinuteCallLimit(int calls) { m_minuteLimit = calls; }
    /// Enforce the 6-month window on the client-level registrant/attendee lists too
    /// (default true; documented only for /event, where it is always enforced).
    void setStrictClientRange(bool strict) { m_strictClientRange = strict; }

    /// Number of stored registrations / attendances (all clients).
    int registrantCount() const { return int(m_registrants.size()); }
    int attendeeCount() const;

protected:
    /// World state for the built-in sandbox's state file (in On24EmulatorState.cpp).
    QJsonObject saveWorld() const override;
    bool loadWorld(const QJsonObject &world, QString *error) override;
    SandboxResponse rateLimitResponse(const SandboxRequest &request) override;
    SandboxResponse serverErrorResponse(const SandboxRequest &request) override;
    SandboxResponse notFoundResponse(const SandboxRequest &request) override;
    QJsonObject limitUsage() const override;
    void expireAllTokens() override;
    SandboxResponse controlRecords(
        const SandboxRequest &request, const QString &object, const QString &id) override;
    std::optional<SandboxResponse> beforeRoute(
        const SandboxRequest &request, const QString &endpoint) override;

private:
    // The API areas (one handler class each) share this state.
    friend class On24AnalyticsApi;
    friend class On24ControlApi;

    struct Token
    {
        QString secret;
        QSet<qint64> clients;
        QDateTime lastUsed;
        bool deactivated = false;
    };
    struct Client
    {
        qint64 clientId = 0;
        QString name;
        bool active = true;
        QList<qint64> eventIds;
    };
    struct Event
    {
        qint64 eventId = 0;
        qint64 clientId = 0;
        QString title;
        QString description;
        QString campaignCode;
        QString contentType = QStringLiteral("webcast");
        QDateTime start;
        QDateTime end;
        QDateTime created;
        QDateTime lastModified;
        QDateTime lastUpdated;
        bool active = true;
        QList<qint64> registrantIds; ///< eventuserids in registration order
    };
    struct Registrant
    {
        qint64 eventUserId = 0;
        qint64 eventId = 0;
        qint64 clientId = 0;
        QString email;
        QMap<QString, QString> fields; ///< lower-case ON24 form keys -> value
        QString userStatus = QStringLiteral("active");
        QDateTime created;
        QDateTime lastActivity;
        // attendance
        bool attended = false;
        QDateTime firstLive, lastLive, firstArchive, lastArchive;
        int liveMinutes = 0;
        int archiveMinutes = 0;
        double engagementScore = 0.0;
        int polls = 0;
        int questions = 0;
        int surveys = 0;
        int resources = 0;
        QString attendancePartnerRef;
        /// Test-only (control API key "_wire"): values laid over the registrant's API
        /// answer exactly as given (JSON nulls, numbers, unknown fields), so tests can
        /// send the hostile answer shapes a real ON24 server may produce.
        QJsonObject wire;
    };
    struct Window
    {
        QDateTime from;
        QDateTime to;
        bool given = false;
        /// True when @p t lies in the window, or no window was given.
        bool contains(const QDateTime &t) const { return !given || (t >= from && t <= to); }
    };
    struct Page
    {
        int offset = 0;
        int size = 100;
        bool given = false;
        /// The [first, last) indexes of this page among @p total items; all of them when
        /// @p paged is false.
        std::pair<qsizetype, qsizetype> range(qsizetype total, bool paged) const
        {
            if (!paged)
                return { 0, total };
            const qsizetype first = std::min<qsizetype>(qsizetype(offset) * size, total);
            return { first, std::min<qsizetype>(first + size, total) };
        }
        /// How many pages of this size @p total items fill.
        int count(qsizetype total) const { return int((total + size - 1) / size); }
    };

    void registerRoutes();
    void clearData();
    Client *addClient(qint64 clientId, const QString &name);
    Event *addEvent(qint64 clientId, qint64 eventId);
    Registrant *addRegistrant(Event &event, const QString &email);
    void removeRegistrant(qint64 eventUserId);
    void markDirty()
    {
        m_indexDirty = true;
        ++m_changes;
    }
    void rebuildIndexes();

    // auth, look-ups
    std::optional<SandboxResponse> checkClient(const SandboxRequest &request, Client **client);
    std::optional<SandboxResponse> checkEvent(
        const SandboxRequest &request, const Client &client, Event **event);

    // query helpers
    std::optional<SandboxResponse> parseWindow(const SandboxRequest &request, int defaultDays,
        bool defaults, bool sixMonths, Window *out) const;
    std::optional<SandboxResponse> parsePage(const SandboxRequest &request, Page *out) const;
    bool registrantVisible(const Registrant &r) const;
    bool attendanceVisible(const Registrant &r) const;
    QDateTime attendanceVisibleAt(const Registrant &r) const;
    QDateTime activityTime(const Registrant &r) const;
    bool matchesStatus(const Registrant &r, const QString &userStatus) const;

    // JSON
    QString ts(const QDateTime &utc) const;
    QJsonObject eventJson(const Event &e) const;
    QJsonObject registrantJson(const Registrant &r, bool clientLevel) const;
    QJsonObject attendeeJson(const Registrant &r, bool clientLevel, bool realtimeOnly) const;
    QJsonObject controlRegistrantJson(const Registrant &r) const;
    /// The profile link, campaign codes and source event of @p r, as registrant and attendee
    /// answers both carry them.
    void insertSource(QJsonObject &o, const Registrant &r) const;
    void applyAttendance(Registrant &r, const QJsonObject &patch, const Event &event);
    void applyRegistrantFields(Registrant &r, const QJsonObject &patch);
    static void placeActivity(Registrant &r, const Event &e, bool live, const QDateTime &at);
    void indexEmail(const Registrant &r, bool add);



    QTimeZone m_pacific;
    QHash<QString, Token> m_tokens; ///< key -> token
    QHash<qint64, Client> m_clients;
    QHash<qint64, Event> m_events;
    QHash<qint64, Registrant> m_registrants; ///< eventuserid -> registration
    QHash<QString, QList<qint64>> m_byEmail; ///< clientId|lower email -> eventuserids
    // Per client, eventuserids sorted by created / by attendance activity time / by
    // lastactivity; rebuilt lazily (markDirty() after changing any of those times).
    QHash<qint64, std::vector<qint64>> m_clientByCreated;
    QHash<qint64, std::vector<qint64>> m_clientByActivity;
    QHash<qint64, std::vector<qint64>> m_clientByLastActivity; ///< every registration

    bool m_indexDirty = true;
    /// Counts changes (markDirty() and every call that is not a GET): answers cached between
    /// the pages of one read are valid while it stands still.
    quint64 m_changes = 0;
    qint64 m_nextEventUserId = 150000001;
    qint64 m_nextEventId = 4000001;

    qint64 m_attendanceDelaySecs = 0;
    qint64 m_registrantDelaySecs = 0;
    int m_quotaStatus = 403;
    int m_dailyLimit = 0;
    int m_minuteLimit = 0;
    bool m_strictClientRange = true;
    QDate m_day;
    int m_dayCalls = 0;
    qint64 m_minute = -1;
    int m_minuteCalls = 0;

    std::unique_ptr<On24AnalyticsApi> m_analytics;
    std::unique_ptr<On24ControlApi> m_control;
};

} // namespace LeadBridge::Sandbox
