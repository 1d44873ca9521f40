#include "core/model/RunWords.h"

namespace LeadBridge {

QString RunWords::status(RunStatus status)
{
    switch (status) {
    case RunStatus::Queued:
        return tr("Queued");
    case RunStatus::Running:
        return tr("Running");
    case RunStatus::Succeeded:
        return tr("Succeeded");
    case RunStatus::SucceededWithErrors:
        return tr("Succeeded with errors");
    case RunStatus::Failed:
        return tr("Failed");
    case RunStatus::Cancelled:
        return tr("Cancelled");
    }
    return QString();
}

QString RunWords::trigger(RunTrigger trigger)
{
    switch (trigger) {
    case RunTrigger::Manual:
        return tr("Manual");
    case RunTrigger::Schedule:
        return tr("Schedule");
    case RunTrigger::Cli:
        return tr("Command line");
    }
    return QString();
}

QString RunWords::mode(RunMode mode)
{
    switch (mode) {
    case RunMode::Incremental:
        return tr("Incremental");
    case RunMode::Full:
        return tr("Full");
    case RunMode::Preview:
        return tr("Preview");
    }
    return QString();
}

QString RunWords::operation(ChangeOperation operation)
{
    switch (operation) {
    case ChangeOperation::Create:
        return tr("Create");
    case ChangeOperation::Update:
        return tr("Update");
    case ChangeOperation::Delete:
        return tr("Delete");
    case ChangeOperation::Skip:
        return tr("Skip");
    case ChangeOperation::Conflict:
        return tr("Conflict");
    case ChangeOperation::Error:
        return tr("Error");
    }
    return QString();
}

QString RunWords::system(const QString &storageName)
{
    if (storageName == QStringLiteral("on24"))
        return QStringLiteral("ON24");
    if (storageName == QStringLiteral("acton"))
        return QStringLiteral("Act-On");
    if (storageName == QStringLiteral("salesforce"))
        return QStringLiteral("Salesforce");
    if (storageName == QStringLiteral("pipeliner"))
        return QStringLiteral("Pipeliner");
    return storageName;
}

QString RunWords::duration(const QDateTime &start, const QDateTime &end)
{
    if (!start.isValid() || !end.isValid())
        return QString();
    const qint64 ms = qMax<qint64>(0, start.msecsTo(end));
    if (ms < 10000)
        return tr("%1 s").arg(QString::number(ms / 1000.0, 'f', 1));
    const qint64 s = ms / 1000;
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QList<RunStatus> RunWords::allStatuses()
{
    return { RunStatus::Queued, RunStatus::Running, RunStatus::Succeeded,
        RunStatus::SucceededWithErrors, RunStatus::Failed, RunStatus::Cancelled };
}

QList<ChangeOperation> RunWords::allOperations()
{
    return { ChangeOperation::Create, ChangeOperation::Update, ChangeOperation::Delete,
        ChangeOperation::Skip, ChangeOperation::Conflict, ChangeOperation::Error };
}

} // namespace LeadBridge
