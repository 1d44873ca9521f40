#include "tests/support/ScratchJournal.h"

#include "core/store/FlowRepository.h"

#include <QDebug>

namespace LeadBridge::Test {

ScratchJournal::ScratchJournal(FlowKind kind, const QString &flowName)
{
    if (!m_journal.open())
        return;
    Flow flow;
    flow.kind = kind;
    flow.name = flowName;
    const auto added = FlowRepository(m_journal).add(flow);
    if (!added) {
        qWarning() << "ScratchJournal: the flow was not added:" << added.errorString();
        return;
    }
    m_flowId = added->id;
}

} // namespace LeadBridge::Test
