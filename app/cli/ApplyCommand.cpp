#include "app/cli/ApplyCommand.h"

#include "app/cli/CliServices.h"
#include "app/cli/SyncCommand.h"
#include "core/engine/PreviewApplyCheck.h"
#include "core/model/RunWords.h"
#include "core/store/FlowRepository.h"
#include "core/store/HistoryQuery.h"
#include "core/store/RunRepository.h"

#include <QJsonArray>

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
    bool ok = false;
    const qint64 previewId = runText.toLongLong(&ok);
    if (!ok || previewId <= 0) {
        err << tr("Say which preview to apply by its run number: “leadbridge-cli apply 42”. "
                  "“leadbridge-cli history” lists the runs.")
            << Qt::endl;
        return UsageError;
    }
    CliServices services;
    if (const Status opened = services.open(); !opened) {
        err << opened.errorString() << Qt::endl;
        return JournalError;
    }
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
    const auto details = [&services, &out, previewId](const HistoryRun &h, QJsonObject *object) {
        if (h.run.id <= 0)
            return;
        const auto changes = RunRepository(services.journal).changes(h.run.id);
        if (!changes)
            return;
        if (object) {
            QJsonArray rows;
            for (const RecordChange &c : changes.value())
                rows.append(changeJson(c));
            object->insert(QStringLiteral("preview"), previewId);
            object->insert(QStringLiteral("changes"), rows);
            return;
        }
        if (h.run.appliesPreviewRunId > 0)
            out << tr("This run carried out preview %1.").arg(num(h.run.appliesPreviewRunId))
                << Qt::endl;
        if (changes->isEmpty())
            return;
        out << tr("Record by record:") << Qt::endl;
        for (const RecordChange &c : changes.value()) {
            QString line = QStringLiteral("  %1 %2 %3").arg(pad(doneWord(c.operation), 12),
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
    return SyncCommand::execute(services, flow.value(), request, json, out, err, details);
}

} // namespace LeadBridge
