#pragma once

#include <QString>

namespace LeadBridge::Test {

/// Application settings for a test: QSettings in INI files under a private folder, never the
/// user's own settings.
class TestSettings
{
public:
    /// QSettings (default format INI) read and written under @p dir.
    static void useIniIn(const QString &dir);
    /// As useIniIn(), and names the application as the UI tests do: "LeadBridge" of
    /// leadbridge.invalid.
    static void useTestApplication(const QString &dir);
};

} // namespace LeadBridge::Test
