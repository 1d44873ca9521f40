#include "core/sandbox/SandboxLogging.h"

Q_LOGGING_CATEGORY(lcSandbox, "leadbridge.sandbox", QtInfoMsg)
