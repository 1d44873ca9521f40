#include "app/cli/ApplyCommand.h"

#include "app/cli/CliServices.h"
#include "app/cli/SyncCommand.h"
#include "core/engine/PreviewApplyCheck.h"
#include "core/model/RecordChange.h"
#include "core/model/RunWords.h"
#include "core/store/FlowRepository.h"
#include "core/store/HistoryQuery.h"

namespace LeadBridge {

namespace {

/// What the run did with one row, as the list after the summary says it.
QString doneWord(ChangeOperation operation)
{
    switch (operation) {
    case ChangeOperation::Create:
        return ApplyCommand::tr("created");
    case ChangeOperation::Update:
        return ApplyCommand::tr("updated");
    case ChangeOperation::Delete:
        return ApplyCommand::tr("deleted");
    case ChangeOperation::Conflict:
        return ApplyCommand::tr("conflict");
    case ChangeOperation::Error:
        return ApplyCommand::tr("error");
    case ChangeOperation::Skip:
        break;
    }
    return ApplyCommand::tr("skipped");
}

} // namespace

QString ApplyCommand::helpText()
{
    return tr("  apply RUN                Apply the plan of preview RUN (its number in history) "
              "as a new run that\n"
              "                           writes exactly the previewed changes; records changed "
              "since the preview\n"
              "                           are not written and are listed with the reason (press "
              "Preview again for\n"
              "                           them). Exit status as for sync; 2 when the preview "
              "cannot be applied.\n");
}

int ApplyCommand::run(const QString &runText, bool json, QTextStream &out, QTextStream &err)
{
    CliServices services;
    qint64 previewId = 0;
    if (const int opened = SyncCommand::openRun(services, runText,
            tr("Say which preview to apply by its run number: “leadbridge-cli apply 42”. "
               "“leadbridge-cli history” lists the runs."),
            &previewId, err);
        opened != Ok)
        return opened;
    qint64 flowId = 0;
    const QString problem = PreviewApplyCheck::problem(services.journal, previewId, &flowId);
    const auto flow = problem.isEmpty() ? FlowRepository(services.journal).get(flowId)
                                        : Expected<Flow>::failure(problem);
    if (!flow) {
        err << safeLines(flow.errorString()) << Qt::endl;
        if (json)
            writeJson(out, QJsonObject { { QStringLiteral("error"), flow.errorString() } });
        return UsageError;
    }
    RunRequest request;
    request.flowId = flowId;
    request.trigger = RunTrigger::Cli;
    request.applyPreviewRunId = previewId;

    // What the run wrote and what it held back (with the reason), after the summary.
    const auto lines = [&out](const HistoryRun &h, const QList<RecordChange> &changes) {
        if (h.run.appliesPreviewRunId > 0)
            out << tr("This run carried out preview %1.").arg(num(h.run.appliesPreviewRunId))
                << Qt::endl;
        if (changes.isEmpty())
            return;
        out << tr("Record by record:") << Qt::endl;
        for (const RecordChange &c : changes) {
            QString line = QStringLiteral("  %1 %2 %3")
                               .arg(pad(doneWord(c.operation), 12),
                                   pad(RunWords::system(c.system), 11), safe(c.recordKey));
            if (!c.field.isEmpty())
                line += QStringLiteral(" · %1: “%2” → “%3”")
                            .arg(safe(c.field), safe(c.oldValue), safe(c.newValue));
            out << line << Qt::endl;
            const bool written = c.operation == ChangeOperation::Create
                || c.operation == ChangeOperation::Update || c.operation == ChangeOperation::Delete;
            if (!written && !c.reason.isEmpty())
                out << QStringLiteral("      ") << safe(c.reason) << Qt::endl;
        }
    };
    return SyncCommand::execute(services, flow.value(), request, json, out, err,
        SyncCommand::withChanges(services.journal, lines));
}

} // namespace LeadBridge
