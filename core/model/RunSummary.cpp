#include "core/model/RunSummary.h"

#include <initializer_list>

namespace LeadBridge {

namespace {
template<typename E, typename ToString>
E parse(const QString &text, std::initializer_list<E> values, ToString toString, bool *ok)
{
    for (E value : values) {
        if (toString(value) == text) {
            if (ok)
                *ok = true;
            return value;
        }
    }
    if (ok)
        *ok = false;
    return *values.begin();
}
} // namespace

QString RunSummary::triggerToString(RunTrigger trigger)
{
    switch (trigger) {
    case RunTrigger::Manual:
        return QStringLiteral("manual");
    case RunTrigger::Schedule:
        return QStringLiteral("schedule");
    case RunTrigger::Cli:
        return QStringLiteral("cli");
    }
    return QString();
}

RunTrigger RunSummary::triggerFromString(const QString &text, bool *ok)
{
    return parse(text, { RunTrigger::Manual, RunTrigger::Schedule, RunTrigger::Cli },
        &RunSummary::triggerToString, ok);
}

QString RunSummary::modeToString(RunMode mode)
{
    switch (mode) {
    case RunMode::Incremental:
        return QStringLiteral("incremental");
    case RunMode::Full:
        return QStringLiteral("full");
    case RunMode::Preview:
        return QStringLiteral("preview");
    }
    return QString();
}

RunMode RunSummary::modeFromString(const QString &text, bool *ok)
{
    return parse(text, { RunMode::Incremental, RunMode::Full, RunMode::Preview },
        &RunSummary::modeToString, ok);
}

QString RunSummary::statusToString(RunStatus status)
{
    switch (status) {
    case RunStatus::Queued:
        return QStringLiteral("queued");
    case RunStatus::Running:
        return QStringLiteral("running");
    case RunStatus::Succeeded:
        return QStringLiteral("succeeded");
    case RunStatus::SucceededWithErrors:
        return QStringLiteral("succeeded_with_errors");
    case RunStatus::Failed:
        return QStringLiteral("failed");
    case RunStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

RunStatus RunSummary::statusFromString(const QString &text, bool *ok)
{
    return parse(text,
        { RunStatus::Queued, RunStatus::Running, RunStatus::Succeeded,
            RunStatus::SucceededWithErrors, RunStatus::Failed, RunStatus::Cancelled },
        &RunSummary::statusToString, ok);
}

bool RunSummary::isFinal(RunStatus status)
{
    return status != RunStatus::Queued && status != RunStatus::Running;
}

} // namespace LeadBridge
