#pragma once

#include "core/sandbox/on24/On24Emulator.h"

#include <functional>

namespace LeadBridge::Sandbox {

/// The ON24 emulator's REST API: event list and event, registrants and attendees per event
/// and per client, look-ups by e-mail (one event and all events) and registration.
class On24AnalyticsApi
{
public:
    explicit On24AnalyticsApi(On24Emulator &emulator)
        : m_emu(emulator)
    { }

    SandboxResponse listEvents(const SandboxRequest &request);
    SandboxResponse getEvent(const SandboxRequest &request);
    SandboxResponse eventRegistrants(const SandboxRequest &request);
    SandboxResponse eventAttendees(const SandboxRequest &request);
    SandboxResponse registerRegistrant(const SandboxRequest &request);
    /// What a registrant or attendee list was asked for.
    struct ListQuery
    {
        On24Emulator::Client *client = nullptr;
        On24Emulator::Event *event = nullptr; ///< event-level lists only
        On24Emulator::Window w;
        On24Emulator::Page page;
        QString mode; ///< datefiltermode, lower-case
        QString status; ///< userstatus, lower-case
        QString partnerRef; ///< empty = every partner reference
    };
    /// The active registrations of @p email at client @p clientId that the API shows now (as
    /// attendees when @p attended), in registration order.
    std::vector<const On24Emulator::Registrant *> activeRegistrations(
        qint64 clientId, const QString &email, bool attended);
    /// The client and the event of an event-level call.
    std::optional<SandboxResponse> checkClientAndEvent(
        const SandboxRequest &request, On24Emulator::Client **client, On24Emulator::Event **event);
    /// Paging and date filter mode, checked last by every registrant and attendee list; then
    /// the user status and partner reference filters.
    std::optional<SandboxResponse> parsePageAndFilters(const SandboxRequest &request, ListQuery *q);
    /// The checks shared by an event's registrant and attendee lists: client, event, date
    /// window, paging and filters.
    std::optional<SandboxResponse> parseEventListQuery(const SandboxRequest &request, ListQuery *q);
    /// The checks shared by the client-level registrant and attendee lists: client, sub-account
    /// flags, date window, paging and filters.
    std::optional<SandboxResponse> parseClientListQuery(
        const SandboxRequest &request, ListQuery *q);
    /// A registrant or attendee list answer: @p head plus the client or event id,
    /// "total<what>" and the records of the asked-for page under @p what; records of another
    /// partner reference than the query's are left out first. Client-level lists (no event)
    /// always page and add "pagecount" and "currentpage"; event-level lists page only when
    /// asked to.
    static SandboxResponse listAnswer(const ListQuery &q,
        std::vector<const On24Emulator::Registrant *> found, const QString &what,
        const std::function<QJsonObject(const On24Emulator::Registrant &)> &toJson,
        QJsonObject head = {});
    /// An e-mail address's registrations (or, when @p attended, attendances) over all events
    /// of the client, newest first.
    SandboxResponse allEvents(const SandboxRequest &request, bool attended);
    SandboxResponse clientRegistrants(const SandboxRequest &request);
    SandboxResponse clientAttendees(const SandboxRequest &request);
    SandboxResponse registrantByEmail(const SandboxRequest &request);
    SandboxResponse attendeeByEmail(const SandboxRequest &request);
    SandboxResponse registrantAllEvents(const SandboxRequest &request);
    SandboxResponse attendeeAllEvents(const SandboxRequest &request);

private:
    On24Emulator &m_emu;
};

} // namespace LeadBridge::Sandbox
