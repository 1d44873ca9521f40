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

    /// Inserts @p flow; its accounts must exist. Returns it with id and timestamps.
    Expected<Flow> add(const Flow &flow);
    /// One flow by id.
    Expected<Flow> get(qint64 id);
    /// All flows, by name.
    Expected<QList<Flow>> list();

private:
    Journal &m_journal;
};

} // namespace LeadBridge
