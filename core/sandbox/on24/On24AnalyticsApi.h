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
    /// The checks shared by the client-level registrant and attendee lists: client, sub-account
    /// flags, date window, paging and date filter mode.
    /// The active registrations of @p email at client @p clientId that the API shows now (as
    /// attendees when @p attended), in registration order.
    std::vector<const On24Emulator::Registrant *> activeRegistrations(
        qint64 clientId, const QString &email, bool attended);
    /// Paging and date filter mode, checked last by every registrant and attendee list.
    std::optional<SandboxResponse> parsePageAndMode(
        const SandboxRequest &request, On24Emulator::Page *page);
    /// The checks shared by an event's registrant and attendee lists: client, event, date
    /// window, paging and date filter mode.
    std::optional<SandboxResponse> parseEventListQuery(const SandboxRequest &request,
        On24Emulator::Event **event, On24Emulator::Window *w, On24Emulator::Page *page);
    std::optional<SandboxResponse> parseClientListQuery(const SandboxRequest &request,
        On24Emulator::Client **client, On24Emulator::Window *w, On24Emulator::Page *page);
    SandboxResponse clientRegistrants(const SandboxRequest &request);
    SandboxResponse clientAttendees(const SandboxRequest &request);
    SandboxResponse registrantByEmail(const SandboxRequest &request);
    SandboxResponse attendeeByEmail(const SandboxRequest &request);
    SandboxResponse registrantAllEvents(const SandboxRequest &request);
    SandboxResponse attendeeAllEvents(const SandboxRequest &request);

private:
    using Found = std::vector<const On24Emulator::Registrant *>;
    /// What @p scan finds for the client-level list query @p key, reused for the next pages
    /// of the same query while the emulator has not changed. @p scan returns false when it
    /// left out registrations that are not visible yet (time will show them: not cached).
    /// Without it every page of a million-registrant client would scan them all again.
    const Found &found(const QString &key, const std::function<bool(Found *)> &scan);

    /// The userstatus and partnerref filters of the client-level lists (empty: any).
    bool matches(
        const On24Emulator::Registrant &r, const QString &status, const QString &partnerRef) const;

    On24Emulator &m_emu;
    QString m_foundKey;
    quint64 m_foundChanges = 0;
    Found m_found;
};

} // namespace LeadBridge::Sandbox
