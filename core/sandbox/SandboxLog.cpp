#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSandbox, "leadbridge.sandbox", QtInfoMsg)
