#include "core/engine/UndoRunCheck.h"

#include "core/store/AccountRepository.h"
#include "core/store/FlowRepository.h"
#include "core/store/Journal.h"
#include "core/store/RunRepository.h"

namespace LeadBridge {

QString UndoRunCheck::problem(const RunSummary &run)
{
    if (run.mode == RunMode::Preview)
        return tr("Run %1 was a preview and wrote nothing, so there is nothing to undo.")
            .arg(run.id);
    if (!RunSummary::isFinal(run.status))
        return tr("Run %1 has not finished yet. Undo it once it has ended.").arg(run.id);
    if (run.counts.created + run.counts.updated + run.counts.deleted == 0)
        return tr("Run %1 wrote nothing, so there is nothing to undo.").arg(run.id);
    return QString();
}

QString UndoRunCheck::problem(Journal &journal, qint64 runId, qint64 *flowId)
{
    RunRepository runs(journal);
    const auto run = runs.get(runId);
    if (!run)
        return tr("There is no run %1 in the history. Check the run's number on the History "
                  "page or with leadbridge-cli history.")
            .arg(runId);
    if (flowId)
        *flowId = run->flowId;
    FlowRepository flows(journal);
    const auto flow = flows.get(run->flowId);
    if (!flow)
        return tr("The flow of run %1 no longer exists, so the run cannot be undone.").arg(runId);
    AccountRepository accounts(journal);
    for (const qint64 id : { flow->sourceAccountId, flow->targetAccountId }) {
        // Every flow reads from one account and writes to another.
        if (id > 0 && accounts.get(id))
            continue;
        return tr("An account of the flow “%1” is no longer linked. Link it again on the "
                  "Accounts page to undo run %2.")
            .arg(flow->name)
            .arg(runId);
    }
    return problem(run.value());
}

} // namespace LeadBridge
