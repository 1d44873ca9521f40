#pragma once

#include "core/sandbox/on24/On24Emulator.h"

namespace LeadBridge::Sandbox {

/// The ON24 emulator's control endpoints under /_sandbox/records: events, registrants and
/// attendance, clients and tokens, and the emulator's settings.
class On24ControlApi
{
public:
    explicit On24ControlApi(On24Emulator &emulator)
        : m_emu(emulator)
    { }

    SandboxResponse controlEvents(const SandboxRequest &request, const QString &id);
    SandboxResponse controlRegistrants(
        const SandboxRequest &request, const QString &id, bool attendance);
    SandboxResponse controlClients(const SandboxRequest &request, const QString &id);
    SandboxResponse controlSettings(const SandboxRequest &request);
    QJsonObject settingsJson() const;

private:
    /// The JSON object body of a control write, or 400 "Body must be a JSON object.".
    static std::optional<SandboxResponse> readBody(
        const SandboxRequest &request, QJsonObject *body);

    On24Emulator &m_emu;
};

} // namespace LeadBridge::Sandbox
