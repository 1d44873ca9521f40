#pragma once

#include "core/model/Flow.h"
#include "core/store/Journal.h"
#include "tests/support/TestEnv.h"

#include <QString>

namespace LeadBridge::Test {

/// A journal of its own in a throw-away data folder, holding one flow: what the store and
/// engine unit tests that record links or runs stand on.
class ScratchJournal
{
public:
    explicit ScratchJournal(FlowKind kind = FlowKind::CrmContactSync,
        const QString &flowName = QStringLiteral("CRM contacts"));
    ScratchJournal(const ScratchJournal &) = delete;
    ScratchJournal &operator=(const ScratchJournal &) = delete;

    /// False when the journal did not open or the flow was not added (the log says why).
    bool ok() const { return m_flowId > 0; }
    Journal &journal() { return m_journal; }
    qint64 flowId() const { return m_flowId; }

private:
    ScopedDataDir m_dir; // first: the journal opens inside it and closes before it goes
    Journal m_journal;
    qint64 m_flowId = 0;
};

} // namespace LeadBridge::Test
