#pragma once

#include "core/model/Flow.h"
#include "core/util/Expected.h"

#include <QCoreApplication>
#include <QList>

namespace LeadBridge {

class Journal;

/// Configured flows in the journal.
class FlowRepository
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::FlowRepository)

public:
    /// Works on @p journal's connection (same thread as the journal).
    explicit FlowRepository(Journal &journal);

    /// Inserts @p flow; its accounts must exist and its name must not be taken by another
    /// flow. Returns it with id and timestamps.
    Expected<Flow> add(const Flow &flow);
    /// One flow by id (deleted flows are gone: "The flow no longer exists.").
    Expected<Flow> get(qint64 id);
    /// All flows that are not deleted, by name.
    Expected<QList<Flow>> list();
    /// The flows (not deleted) that read from or write to @p accountId, by name.
    Expected<QList<Flow>> usingAccount(qint64 accountId);

    /// Saves name, accounts, settings, enabled and needsFullSync of @p flow (by id). Changing
    /// an account clears the flow's record links and cursors and marks it for a full sync,
    /// since the ids it remembered belong to the old account.
    Status update(const Flow &flow);
    /// Renames flow @p id; the name must be non-empty and not taken by another flow.
    Status rename(qint64 id, const QString &name);
    /// Pauses (false) or resumes (true) flow @p id: a paused flow never runs by schedule.
    Status setEnabled(qint64 id, bool enabled);
    /// Sets (or with an empty @p sentence clears) why the flow needs attention.
    Status setAttention(qint64 id, const QString &sentence);
    /// Copies flow @p id as @p name: settings, field map and schedule, but no links, cursors
    /// or history. The copy starts paused and needs a full sync.
    Expected<Flow> duplicate(qint64 id, const QString &name);
    /// Deletes flow @p id: its field map, schedule, record links and cursors go; its runs and
    /// record changes stay in the history under its name. The name is free again.
    Status remove(qint64 id);
    /// Moves every flow that uses account @p fromAccountId to @p toAccountId (same system),
    /// clearing their links and cursors and marking them for a full sync. Returns how many
    /// flows moved.
    Expected<int> moveAccount(qint64 fromAccountId, qint64 toAccountId);

    /// A name based on @p base that no flow has yet: "Base", "Base (2)", "Base (3)"...
    QString uniqueName(const QString &base);

private:
    /// Empty when @p name is fine for flow @p selfId (0 = a new flow); else the sentence.
    QString nameProblem(const QString &name, qint64 selfId);
    bool clearSyncState(qint64 flowId);

    Journal &m_journal;
};

} // namespace LeadBridge
