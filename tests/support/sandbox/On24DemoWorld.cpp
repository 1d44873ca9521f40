#include "tests/support/sandbox/On24DemoWorld.h"

using namespace LeadBridge::Sandbox;

namespace LeadBridge::Test {

Sandbox::DemoPerson On24DemoWorld::person(int i)
{
    DemoPerson p;
    p.index = i;
    p.firstName = QStringLiteral("First%1").arg(i);
    p.lastName = QStringLiteral("Last%1").arg(i);
    p.email = QStringLiteral("person%1@example.com").arg(i);
    p.phone = QStringLiteral("+1 555 01%1").arg(i, 2, 10, QLatin1Char('0'));
    p.company = QStringLiteral("Company %1").arg(i);
    p.title = QStringLiteral("Engineer");
    p.jobFunction = QStringLiteral("Manager");
    p.companySize = QStringLiteral("1 - 49");
    p.industry = QStringLiteral("Software");
    p.street1 = QStringLiteral("%1 Main St").arg(i);
    p.street2 = QStringLiteral("Suite %1").arg(i);
    p.city = QStringLiteral("Springfield");
    p.state = QStringLiteral("CA");
    p.postalCode = QStringLiteral("9%1").arg(i, 4, 10, QLatin1Char('0'));
    p.country = QStringLiteral("United States");
    p.score = i % 100;
    return p;
}

Sandbox::DemoRegistration On24DemoWorld::registration(int personIndex, const QDateTime &at)
{
    DemoRegistration r;
    r.personIndex = personIndex;
    r.partnerRef = personIndex % 2 ? QStringLiteral("linkedin") : QStringLiteral("newsletter");
    r.registeredAt = at;
    return r;
}

Sandbox::DemoEvent On24DemoWorld::event(qint64 id, const QDateTime &start)
{
    DemoEvent e;
    e.eventId = id;
    e.title = QStringLiteral("Webinar %1").arg(id);
    e.description = QStringLiteral("About webinar %1").arg(id);
    e.campaignCode = QStringLiteral("CMP-%1").arg(id);
    e.start = start;
    e.end = start.addSecs(3600);
    return e;
}

Sandbox::DemoDataset On24DemoWorld::dataset(const QDateTime &now)
{
    DemoDataset d;
    for (int i = 0; i < 400; ++i)
        d.people.append(person(i));

    DemoOn24Client c1;
    c1.clientId = 1001;
    c1.name = QStringLiteral("Acme Webinars");
    DemoEvent past = event(5001, now.addDays(-10));
    DemoRegistration live = registration(0, now.addDays(-12));
    live.attended = true;
    live.attendedLive = true;
    live.attendedAt = past.start.addSecs(120);
    live.liveMinutes = 40;
    live.archiveMinutes = 0;
    live.engagementScore = 8.5;
    live.pollResponses = 2;
    live.questionsAsked = 1;
    live.surveysSubmitted = 1;
    live.resourcesViewed = 3;
    DemoRegistration onDemand = registration(1, now.addDays(-11));
    onDemand.attended = true;
    onDemand.attendedLive = false;
    onDemand.attendedAt = past.end.addDays(1);
    onDemand.archiveMinutes = 25;
    onDemand.engagementScore = 4.0;
    past.registrations = { live, onDemand, registration(2, now.addDays(-11)) };
    c1.events.append(past);
    c1.events.append(event(5002, now.addDays(5)));
    d.on24Clients.append(c1);

    DemoOn24Client c2;
    c2.clientId = 1002;
    DemoEvent other = event(6001, now.addDays(-3));
    other.registrations = { registration(3, now.addDays(-4)) };
    c2.events.append(other);
    d.on24Clients.append(c2);

    DemoOn24Client c3;
    c3.clientId = 1003;
    DemoEvent hundred = event(7001, now.addDays(-2));
    for (int i = 0; i < 100; ++i)
        hundred.registrations.append(registration(i, now.addDays(-5).addSecs(i * 60)));
    c3.events.append(hundred);
    d.on24Clients.append(c3);

    DemoOn24Client c4;
    c4.clientId = 1004;
    DemoEvent big = event(8001, now.addDays(-2));
    for (int i = 0; i < 250; ++i)
        big.registrations.append(registration(i, now.addDays(-6).addSecs(i * 60)));
    c4.events.append(big);
    d.on24Clients.append(c4);

    DemoOn24Client c5;
    c5.clientId = 1005;
    d.on24Clients.append(c5);
    return d;
}

} // namespace LeadBridge::Test
