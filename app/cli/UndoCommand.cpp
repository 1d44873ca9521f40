#include "app/cli/UndoCommand.h"

#include "app/cli/CliServices.h"
#include "app/cli/SyncCommand.h"
#include "core/engine/UndoRunCheck.h"
#include "core/store/FlowRepository.h"
#include "core/store/HistoryQuery.h"

namespace LeadBridge {

QString UndoCommand::helpText()
{
    return tr("  undo RUN [--preview]     Undo a finished run (its number in history): restore "
              "the values it\n"
              "                           replaced and remove the Act-On contacts it added, as a "
              "new run; records\n"
              "                           changed since are left alone with the reason. "
              "--preview records and\n"
              "                           prints the plan without writing. Exit status as for "
              "sync.\n");
}

int UndoCommand::run(
    const QString &runText, bool preview, bool json, QTextStream &out, QTextStream &err)
{
    CliServices services;
    qint64 runId = 0;
    if (const int opened = SyncCommand::openRun(services, runText,
            tr("Say which run to undo by its number: “leadbridge-cli undo 42”. "
               "“leadbridge-cli history” lists the runs."),
            &runId, err);
        opened != Ok)
        return opened;
    qint64 flowId = 0;
    if (const QString problem = UndoRunCheck::problem(services.journal, runId, &flowId);
        !problem.isEmpty()) {
        err << safeLines(problem) << Qt::endl;
        if (json)
            writeJson(out, QJsonObject { { QStringLiteral("error"), problem } });
        return UsageError;
    }
    const auto flow = FlowRepository(services.journal).get(flowId);
    if (!flow) {
        err << safeLines(flow.errorString()) << Qt::endl;
        return UsageError;
    }
    RunRequest request;
    request.flowId = flowId;
    request.trigger = RunTrigger::Cli;
    request.preview = preview;
    request.undoOfRunId = runId;

    // The plan (or what was done), one line per record and field, after the run's summary.
    const auto lines = [&out, preview](const HistoryRun &, const QList<RecordChange> &changes) {
        if (changes.isEmpty())
            return;
        out << (preview ? tr("The undo would do this:") : tr("The undo did this:")) << Qt::endl;
        for (const RecordChange &c : changes) {
            QString what;
            switch (c.operation) {
            case ChangeOperation::Update:
                what = preview ? tr("restore") : tr("restored");
                break;
            case ChangeOperation::Delete:
                what = preview ? tr("delete") : tr("deleted");
                break;
            case ChangeOperation::Error:
                what = tr("error");
                break;
            default:
                what = tr("left alone");
                break;
            }
            QString line = QStringLiteral("  %1 %2 %3").arg(pad(what, 11), pad(safe(c.system), 11),
                safe(c.recordKey));
            if (!c.field.isEmpty())
                line += QStringLiteral(" · ") + safe(c.field);
            if (c.operation == ChangeOperation::Update)
                line += QStringLiteral(": “%1” → “%2”").arg(safe(c.oldValue), safe(c.newValue));
            out << line << Qt::endl;
            if (c.operation != ChangeOperation::Update && !c.reason.isEmpty())
                out << QStringLiteral("      ") << safe(c.reason) << Qt::endl;
        }
    };
    return SyncCommand::execute(services, flow.value(), request, json, out, err,
        SyncCommand::withChanges(services.journal, lines));
}

} // namespace LeadBridge
