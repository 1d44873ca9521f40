#include "core/engine/PreviewApplyCheck.h"

#include "core/store/FlowRepository.h"
#include "core/store/Journal.h"
#include "core/store/RunRepository.h"
#include "core/store/SqlSupport.h"

#include <QSqlQuery>

namespace LeadBridge {

QString PreviewApplyCheck::problem(const RunSummary &run)
{
    if (run.mode != RunMode::Preview)
        return tr("Run %1 was not a preview. Only a preview's plan can be applied.").arg(run.id);
    if (run.undoOfRunId > 0)
        return tr("Run %1 previews an undo. Apply it with “Undo run…” on run %2.")
            .arg(run.id)
            .arg(run.undoOfRunId);
    if (!RunSummary::isFinal(run.status))
        return tr("Preview %1 has not finished yet. Apply it once it has ended.").arg(run.id);
    if (run.status != RunStatus::Succeeded && run.status != RunStatus::SucceededWithErrors)
        return tr("Preview %1 did not finish, so its plan is incomplete. Press Preview again "
                  "and apply the new plan.")
            .arg(run.id);
    if (run.counts.created + run.counts.updated + run.counts.deleted == 0)
        return tr("Preview %1 planned no changes, so there is nothing to apply.").arg(run.id);
    return QString();
}

QString PreviewApplyCheck::problem(
    Journal &journal, qint64 runId, qint64 *flowId, qint64 applyingRunId)
{
    RunRepository runs(journal);
    const auto run = runs.get(runId);
    if (!run)
        return tr("There is no run %1 in the history. Check the preview's number on the History "
                  "page or with leadbridge-cli history.")
            .arg(runId);
    if (flowId)
        *flowId = run->flowId;
    if (const QString p = problem(run.value()); !p.isEmpty())
        return p;
    FlowRepository flows(journal);
    const auto flow = flows.get(run->flowId);
    if (!flow)
        return tr("The flow of preview %1 no longer exists, so its plan cannot be applied.")
            .arg(runId);
    if (flow->kind != FlowKind::CrmContactSync && flow->kind != FlowKind::ListSync)
        return tr("“%1” imports or hands over records as they come; its previews show what "
                  "Sync Now would do. Press Sync Now to run it.")
            .arg(flow->name);
    const auto applier = runs.applierOf(runId);
    if (!applier)
        return applier.errorString();
    if (applier.value() > 0)
        return tr("Preview %1 was applied already, by run %2.").arg(runId).arg(applier.value());
    const auto later = runs.nextNonPreviewRun(run->flowId, runId, applyingRunId);
    if (!later)
        return later.errorString();
    if (later.value() > 0)
        return tr("Run %1 of “%2” ran after preview %3, so this plan is out of date. Press "
                  "Preview again and apply the new plan.")
            .arg(later.value())
            .arg(flow->name)
            .arg(runId);
    // The plan follows the flow's settings and field map as they were: an edit since makes
    // it a different plan.
    QSqlQuery q(journal.database());
    q.prepare(QStringLiteral("SELECT (SELECT updated_at FROM flows WHERE id = ?), "
                             "(SELECT updated_at FROM field_maps WHERE flow_id = ?)"));
    q.addBindValue(run->flowId);
    q.addBindValue(run->flowId);
    if (!SqlSupport::exec(q, "read flow edit times") || !q.next())
        return tr("LeadBridge could not read the flow's settings. Details are in the log.");
    for (int column : { 0, 1 }) {
        const QDateTime edited = SqlSupport::dateTimeFromColumn(q.value(column));
        if (edited.isValid() && edited > run->startedAt)
            return tr("“%1” was edited after preview %2, so this plan is out of date. Press "
                      "Preview again and apply the new plan.")
                .arg(flow->name)
                .arg(runId);
    }
    return QString();
}

} // namespace LeadBridge
