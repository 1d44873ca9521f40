#pragma once

#include "core/model/RunSummary.h"

#include <QCoreApplication>
#include <QString>

namespace LeadBridge {

class Journal;

/// Whether a preview can be carried out with "Apply this plan" (the plan view, History,
/// leadbridge-cli apply, and the engine's own check before it runs): one plain sentence
/// saying why not, or empty when it can.
class PreviewApplyCheck
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::PreviewApplyCheck)
public:
    /// Why @p run cannot be applied, from the run alone (not a preview, an undo preview,
    /// unfinished, failed or cancelled); empty when it can.
    static QString problem(const RunSummary &run);
    /// Why preview @p runId cannot be applied, reading the run, its flow and the history
    /// from @p journal: unknown run, deleted or edited flow, a flow kind that cannot apply a
    /// plan, applied already, or a run of the flow since (other than @p applyingRunId, the
    /// run that is to apply it); empty when it can. @p flowId receives the preview's flow
    /// when the run exists.
    static QString problem(
        Journal &journal, qint64 runId, qint64 *flowId = nullptr, qint64 applyingRunId = 0);
};

} // namespace LeadBridge
