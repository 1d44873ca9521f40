#pragma once

#include "core/sandbox/on24/On24Emulator.h"

#include <functional>

namespace LeadBridge::Sandbox {

/// The ON24 emulator's REST API: event list and event, registrants and attendees per event
/// and per client, look-ups by e-mail (one event and all events) and registration.
class On24AnalyticsApi
{
public:
    /// The query of a registrant or attendee list: date window, paging, date filter mode
    /// ("" or "lastactivity"), userstatus and partnerref filters.
    struct ListQuery
    {
        On24Emulator::Window window;
        On24Emulator::Page page;
        QString mode;
        QString status;
        QString partnerRef;
    };

    explicit On24AnalyticsApi(On24Emulator &emulator)
        : m_emu(emulator)
    { }

    SandboxResponse listEvents(const SandboxRequest &request);
    SandboxResponse getEvent(const SandboxRequest &request);
    SandboxResponse eventRegistrants(const SandboxRequest &request);
    SandboxResponse eventAttendees(const SandboxRequest &request);
    SandboxResponse registerRegistrant(const SandboxRequest &request);
    /// The active registrations of @p email at client @p clientId that the API shows now (as
    /// attendees when @p attended), in registration order.
    std::vector<const On24Emulator::Registrant *> activeRegistrations(
        qint64 clientId, const QString &email, bool attended);
    /// The client and event of the request's path (@p client may be nullptr).
    std::optional<SandboxResponse> findEvent(const SandboxRequest &request,
        On24Emulator::Event **event, On24Emulator::Client **client = nullptr);
    /// Paging, date filter mode and the status and partnerref filters, read last by every
    /// registrant and attendee list.
    std::optional<SandboxResponse> parsePageAndMode(
        const SandboxRequest &request, ListQuery *query);
    /// The checks shared by an event's registrant and attendee lists: client, event, date
    /// window, then parsePageAndMode().
    std::optional<SandboxResponse> parseEventListQuery(
        const SandboxRequest &request, On24Emulator::Event **event, ListQuery *query);
    /// The checks shared by the client-level registrant and attendee lists: client,
    /// sub-account flags, date window, then parsePageAndMode().
    std::optional<SandboxResponse> parseClientListQuery(
        const SandboxRequest &request, On24Emulator::Client **client, ListQuery *query);
    SandboxResponse clientRegistrants(const SandboxRequest &request);
    SandboxResponse clientAttendees(const SandboxRequest &request);
    SandboxResponse registrantByEmail(const SandboxRequest &request);
    SandboxResponse attendeeByEmail(const SandboxRequest &request);
    SandboxResponse registrantAllEvents(const SandboxRequest &request);
    SandboxResponse attendeeAllEvents(const SandboxRequest &request);
    /// Every active registration of one e-mail address at the client, newest first (as
    /// attendances, newest attendance first, when @p attended).
    SandboxResponse allEvents(const SandboxRequest &request, bool attended);

private:
    using Found = std::vector<const On24Emulator::Registrant *>;
    /// What @p scan finds for the client-level list query @p key, reused for the next pages
    /// of the same query while the emulator has not changed. @p scan returns false when it
    /// left out registrations that are not visible yet (time will show them: not cached).
    /// Without it every page of a million-registrant client would scan them all again.
    const Found &found(const QString &key, const std::function<bool(Found *)> &scan);

    /// The answer of a registrant list (an attendee list when @p attended): @p head (eventid
    /// or clientid, email), the count as "total<list>" and this page of @p found as the
    /// items. Client-level lists are always paged and say "pagecount" and "currentpage"; an
    /// event's lists are paged only when the request gives itemsperpage or pageoffset.
    /// @p realtime: attendees as realtimeonly shows them.
    SandboxResponse listPage(QJsonObject head, bool attended, const Found &found,
        const On24Emulator::Page &page, bool clientLevel, bool realtime) const;
    /// The registrant or attendee list of one event.
    SandboxResponse eventList(const SandboxRequest &request, bool attended);
    /// What a client-level list (@p list: its kind and variant, for the cache key) finds of
    /// @p client: the registrations of @p ids (sorted by @p timeOf) inside the window that
    /// pass the filters, cached for the next pages (found()). @p shown(r, t) says whether
    /// the API shows a registration yet; one it does not yet show keeps the answer uncached.
    template<typename TimeOf, typename Shown>
    const Found &clientScan(const QString &list, const On24Emulator::Client &client,
        const ListQuery &q, const std::vector<qint64> &ids, TimeOf timeOf, Shown shown);
    /// ON24's 404 answers of the e-mail look-ups.
    static SandboxResponse noRegistrant();
    static SandboxResponse noAttendee(const QString &email);

    /// The userstatus and partnerref filters of the registrant and attendee lists (empty: any).
    bool matches(
        const On24Emulator::Registrant &r, const QString &status, const QString &partnerRef) const;

    On24Emulator &m_emu;
    QString m_foundKey;
    quint64 m_foundChanges = 0;
    Found m_found;
};

} // namespace LeadBridge::Sandbox
