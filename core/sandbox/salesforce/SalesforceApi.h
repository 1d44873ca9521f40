#pragma once

#include "core/sandbox/salesforce/SalesforceEmulator.h"

namespace LeadBridge::Sandbox {

/// Base of the Salesforce emulator's API areas (SalesforceAuthApi, SalesforceRestApi, …):
/// each area is one handler class that the emulator owns and that works on the emulator's
/// state (tables, sessions, cursors, jobs) through m_sf.
class SalesforceApi
{
public:
    explicit SalesforceApi(SalesforceEmulator &emulator)
        : m_sf(emulator)
    { }

protected:
    using Session = SalesforceEmulator::Session;
    using AuthCode = SalesforceEmulator::AuthCode;
    using Cursor = SalesforceEmulator::Cursor;
    using SaveError = SalesforceEmulator::SaveError;
    using SaveResult = SalesforceEmulator::SaveResult;
    using Staged = SalesforceEmulator::Staged;
    using IngestJob = SalesforceEmulator::IngestJob;
    using QueryJob = SalesforceEmulator::QueryJob;
    using ConnectedApp = SalesforceEmulator::ConnectedApp;
    using LoginAttempt = SalesforceEmulator::LoginAttempt;

    SalesforceEmulator &m_sf;
};

} // namespace LeadBridge::Sandbox
