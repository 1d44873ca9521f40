#pragma once

#include <QLoggingCategory>

/// Logging category of the API emulators ("leadbridge.sandbox").
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
