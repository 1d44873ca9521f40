#pragma once

#include "core/model/RunSummary.h"

#include <QCoreApplication>
#include <QString>

namespace LeadBridge {

class Journal;

/// Whether a run can be undone ("Undo run…" in History, leadbridge-cli undo, the engine's
/// own check before it plans): one plain sentence saying why not, or empty when it can.
class UndoRunCheck
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::UndoRunCheck)
public:
    /// Why @p run cannot be undone, from the run alone (preview, still running, wrote
    /// nothing); empty when it can.
    static QString problem(const RunSummary &run);
    /// Why run @p runId cannot be undone, reading it, its flow and the flow's accounts from
    /// @p journal (unknown run, deleted flow, unlinked accounts, and problem(run)); empty when
    /// it can. @p flowId receives the run's flow when the run exists.
    static QString problem(Journal &journal, qint64 runId, qint64 *flowId = nullptr);
};

} // namespace LeadBridge
