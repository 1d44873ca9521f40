#pragma once

#include "core/sandbox/pipeliner/PipelinerEmulator.h"

namespace LeadBridge::Sandbox {

/// The Pipeliner emulator's entity list endpoint (GET /entities/{collection}): filters,
/// sorting, cursor and offset paging, includes and relation expansion.
class PipelinerListApi
{
public:
    explicit PipelinerListApi(PipelinerEmulator &emulator)
        : m_emu(emulator)
    { }

    SandboxResponse list(const SandboxRequest &r, const QString &collection);

private:
    PipelinerEmulator &m_emu;
};

} // namespace LeadBridge::Sandbox
