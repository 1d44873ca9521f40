#include "tests/support/LeadHandoffCase.h"

#include "core/engine/flows/LeadHandoffRunner.h"

#include <QTest>

namespace LeadBridge::Test {

void LeadHandoffCase::startFixture(const Sandbox::DemoDataset &world, AccountKind crm)
{
    registerLeadHandoffRunner();
    h = std::make_unique<EngineFixture>(world);
    QVERIFY(h->ok());
    m_actonAccount = h->link(AccountKind::ActOn);
    m_crmAccount = h->link(crm);
    QVERIFY(m_actonAccount > 0 && m_crmAccount > 0);
}

void LeadHandoffCase::addHandoffFlow()
{
    m_flow = h->addFlow(FlowKind::LeadHandoff, m_actonAccount, m_crmAccount,
        { { QStringLiteral("scoreThreshold"), 60 }, { QStringLiteral("ownerId"), m_owner } });
    QVERIFY(m_flow > 0);
}

} // namespace LeadBridge::Test
