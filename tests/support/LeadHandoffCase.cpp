#include "tests/support/LeadHandoffCase.h"

#include "core/engine/flows/LeadHandoffRunner.h"
#include "tests/support/DemoPeople.h"

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

void LeadHandoffCase::startBobHandoffToSalesforce()
{
    Sandbox::DemoDataset world;
    world.users = DemoPeople::ownerAndSeller();
    Sandbox::DemoPerson bob = DemoPeople::person(
        0, QStringLiteral("Bob"), QStringLiteral("Byte"), QStringLiteral("bob@beta.example"),
        QStringLiteral("Beta GmbH"), 40);
    bob.salesforceRole = Sandbox::DemoCrmRole::None;
    world.people = { bob };
    world.actOnLists = { Sandbox::DemoList {
        QStringLiteral("Webinar"), QStringLiteral("Events"), { 0 } } };
    startFixture(world, AccountKind::Salesforce);
    for (const QJsonObject &u : h->sfRecordList(QStringLiteral("User"))) {
        if (u.value(QStringLiteral("Username")).toString() == QStringLiteral("sam@demo.example"))
            m_owner = u.value(QStringLiteral("Id")).toString();
    }
    QVERIFY(!m_owner.isEmpty());
    QVERIFY(h->setListScore(QStringLiteral("Webinar"), QStringLiteral("bob@beta.example"), 70));
    addHandoffFlow();
}

} // namespace LeadBridge::Test
