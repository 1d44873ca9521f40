#pragma once

#include "core/model/Account.h"
#include "core/sandbox/DemoDataset.h"
#include "tests/support/EngineFixture.h"

#include <QObject>
#include <QString>

#include <memory>

namespace LeadBridge::Test {

/// Base of the F4 lead handoff tests (tst_engine_f4 with Pipeliner, tst_engine_f4_salesforce):
/// an EngineFixture over the test's world with Act-On and the CRM linked, and the flow under
/// test. The test's init() calls startFixture(), finds its lead owner, then addHandoffFlow().
class LeadHandoffCase : public QObject
{
    Q_OBJECT

protected:
    /// Registers the F4 runner, makes the fixture over @p world and links Act-On and @p crm.
    void startFixture(const Sandbox::DemoDataset &world, AccountKind crm);
    /// Adds the F4 flow from Act-On to the CRM (score threshold 60, leads owned by m_owner).
    void addHandoffFlow();
    /// The smallest handoff into Salesforce: Bob, with no CRM record, on the Act-On list
    /// "Webinar" with a score of 70, and the F4 flow with leads owned by Sam Seller (a run
    /// hands Bob over as a new lead).
    void startBobHandoffToSalesforce();

    std::unique_ptr<EngineFixture> h;
    qint64 m_actonAccount = 0;
    qint64 m_crmAccount = 0;
    qint64 m_flow = 0;
    QString m_owner;
};

} // namespace LeadBridge::Test
