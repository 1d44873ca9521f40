// Hot Prospects (issue 12) against the in-process Act-On, Salesforce and Pipeliner emulators.
// The world is written here, record by record, through the emulators' own API (Act-On lists
// with known scores and change dates; Salesforce leads/contacts and Pipeliner contacts with
// known owners through /_sandbox/records), so the expected ranking below follows from the
// data, not from what HotProspects computes.
#include "core/connectors/ConnectorFactory.h"
#include "core/connectors/acton/ActOnConnector.h"
#include "core/engine/HotProspects.h"
#include "tests/support/EngineFixture.h"

#include <QElapsedTimer>

using namespace LeadBridge;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Person
{
    QString email; ///< as Act-On holds it
    QString first;
    QString last;
    QString score; ///< as the list holds it ("" = no score)
    int minutesLater = 0; ///< the row's change, after the base time
};

/// Alice's 22 people: a01..a22 score 100 - i, except a11 = 90 (ties a10, changed later) and
/// a13 = 88 (ties a12, same change time; "Amy Apple" sorts before "Zed Zulu").
QList<Person> alicePeople()
{
    QList<Person> out;
    for (int i = 1; i <= 22; ++i) {
        Person p;
        p.email = u"a%1@alice-accounts.example"_s.arg(i, 2, 10, QLatin1Char('0'));
        p.first = u"Person"_s;
        p.last = u"A%1"_s.arg(i, 2, 10, QLatin1Char('0'));
        p.score = QString::number(100 - i);
        if (i == 11) {
            p.score = u"90"_s;
            p.minutesLater = 30;
        }
        if (i == 12) {
            p.first = u"Zed"_s;
            p.last = u"Zulu"_s;
        }
        if (i == 13) {
            p.score = u"88"_s;
            p.first = u"Amy"_s;
            p.last = u"Apple"_s;
        }
        out.append(p);
    }
    return out;
}

QStringList expectedAlice()
{
    QStringList order;
    for (int i : { 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 10, 13, 12, 14, 15, 16, 17, 18, 19, 20 })
        order.append(u"a%1@alice-accounts.example"_s.arg(i, 2, 10, QLatin1Char('0')));
    return order;
}

} // namespace

class TestHotProspects : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void salesforceTopTwentyPerOwner();
    void pipelinerOwnersAndNoOwner();
    void optionsComeFromTheFlows();
    void actOnRefusalBecomesASentence();
    void crmServerErrorBecomesASentence();
    void ownerNamesForQueuesAndUnknownUsers();
    void cancelAnswersOnce();

private:
    HotProspectsResult refresh(qint64 crmAccount, const HotProspectsOptions &options = {},
        bool cancelAtOnce = false, const QByteArray &actonPassword = {});
    ConnectorConfig config(qint64 accountId);
    QString userId(Sandbox::Emulator &emu, const QString &collection, const QString &email);

    Test::ScopedDataDir m_dir;
    std::unique_ptr<Test::EngineFixture> m_fx;
    QNetworkAccessManager m_nam;
    qint64 m_acton = 0;
    qint64 m_sf = 0;
    qint64 m_pl = 0;
};

ConnectorConfig TestHotProspects::config(qint64 accountId)
{
    AccountRepository accounts(m_fx->journal());
    return ConnectorConfig { accounts.get(accountId).value(),
        m_fx->credentials().value(accountId) };
}

QString TestHotProspects::userId(
    Sandbox::Emulator &emu, const QString &collection, const QString &email)
{
    const QJsonObject all = m_fx->control(emu, "GET", u"/_sandbox/records/"_s + collection);
    for (const QJsonValue &v : all.value(u"records"_s).toArray()) {
        const QJsonObject o = v.toObject();
        const QString mail = o.value(u"Email"_s).toString() + o.value(u"email"_s).toString();
        if (mail.compare(email, Qt::CaseInsensitive) == 0)
            return o.value(u"Id"_s).toString() + o.value(u"id"_s).toString();
    }
    return {};
}

void TestHotProspects::initTestCase()
{
    Sandbox::DemoDataset world;
    world.users = { Sandbox::DemoUser { u"Alice"_s, u"Able"_s, u"alice@corp.example"_s },
        Sandbox::DemoUser { u"Bob"_s, u"Baker"_s, u"bob@corp.example"_s } };
    m_fx = std::make_unique<Test::EngineFixture>(world);
    QVERIFY(m_fx->ok());
    m_acton = m_fx->link(AccountKind::ActOn);
    m_sf = m_fx->link(AccountKind::Salesforce);
    m_pl = m_fx->link(AccountKind::Pipeliner);
    QVERIFY(m_acton > 0 && m_sf > 0 && m_pl > 0);

    // --- Act-On: two lists with a Score column, through the control API ------------------
    const QJsonArray headings { u"E-mail Address"_s, u"First Name"_s, u"Last Name"_s,
        u"Company"_s, u"Score"_s };
    const auto makeList = [&](const QString &name, const QString &folder) {
        const QJsonObject made = m_fx->control(m_fx->acton(), "POST", u"/_sandbox/records/lists"_s,
            { { u"name"_s, name }, { u"folder"_s, folder }, { u"headings"_s, headings } });
        return made.value(u"id"_s).toString();
    };
    const auto addRow = [&](const QString &listId, const Person &p) {
        m_fx->control(m_fx->acton(), "POST", u"/_sandbox/records/"_s + listId,
            { { u"E-mail Address"_s, p.email }, { u"First Name"_s, p.first },
                { u"Last Name"_s, p.last }, { u"Company"_s, u"Acme"_s },
                { u"Score"_s, p.score } });
        return m_fx->lastStatus() == 201;
    };
    const QString webinarId = makeList(u"Webinar A"_s, u"Events"_s);
    const QString newsletterId = makeList(u"Newsletter"_s, u"Mail"_s);
    QVERIFY(!webinarId.isEmpty() && !newsletterId.isEmpty());
    QList<Person> webinar = alicePeople();
    webinar += {
        { u"b1@bob-accounts.example"_s, u"Bea"_s, u"One"_s, u"70"_s, 0 },
        { u"b2@bob-accounts.example"_s, u"Ben"_s, u"Two"_s, u"60"_s, 0 },
        // Matched to the CRM's "carol.case@corp.example": trimmed and lower-cased.
        { u" Carol.Case@Corp.Example "_s, u"Carol"_s, u"Case"_s, u"65"_s, 0 },
        { u"x1@nowhere.example"_s, u"Xavier"_s, u"One"_s, u"99"_s, 0 }, // not in any CRM
        { u"x2@nowhere.example"_s, u"Xenia"_s, u"Two"_s, u"50"_s, 0 }, // not in any CRM
        { u"u1@bob-accounts.example"_s, u"Una"_s, u"Scoreless"_s, u""_s, 0 }, // no score
        { u"n1@orphans.example"_s, u"Nina"_s, u"Nobody"_s, u"55"_s, 0 }, // Pipeliner: no owner
    };
    for (const Person &p : std::as_const(webinar)) {
        if (p.minutesLater == 0)
            QVERIFY(addRow(webinarId, p));
    }
    // b2 scores 95 on the newsletter: the highest score counts, both lists are named.
    QVERIFY(addRow(newsletterId, { u"b2@bob-accounts.example"_s, u"Ben"_s, u"Two"_s, u"95"_s, 0 }));
    // a11 changes half an hour later (emulator clock): it ranks before a10 at the same score.
    m_fx->acton().advanceClock(30 * 60);
    for (const Person &p : std::as_const(webinar)) {
        if (p.minutesLater > 0)
            QVERIFY(addRow(webinarId, p));
    }

    // --- Salesforce: Alice's people alternate lead/contact; b2 is a contact of Bob's and
    //     also an (older) lead of Alice's: the contact wins.
    const QString sfAlice = userId(m_fx->salesforce(), u"User"_s, u"alice@corp.example"_s);
    const QString sfBob = userId(m_fx->salesforce(), u"User"_s, u"bob@corp.example"_s);
    QVERIFY(!sfAlice.isEmpty() && !sfBob.isEmpty());
    const auto sfAdd = [&](const QString &object, const QString &email, const QString &first,
                           const QString &last, const QString &owner) {
        QJsonObject o { { u"Email"_s, email }, { u"FirstName"_s, first }, { u"LastName"_s, last },
            { u"OwnerId"_s, owner } };
        if (object == u"Lead"_s)
            o.insert(u"Company"_s, u"Lead Co"_s);
        m_fx->control(m_fx->salesforce(), "POST", u"/_sandbox/records/"_s + object, o);
        QCOMPARE(m_fx->lastStatus(), 201);
    };
    int i = 0;
    for (const Person &p : alicePeople())
        sfAdd(i++ % 2 ? u"Contact"_s : u"Lead"_s, p.email, p.first, p.last, sfAlice);
    sfAdd(u"Lead"_s, u"b1@bob-accounts.example"_s, u"Bea"_s, u"One"_s, sfBob);
    sfAdd(u"Lead"_s, u"b2@bob-accounts.example"_s, u"Ben"_s, u"Two"_s, sfAlice);
    sfAdd(u"Contact"_s, u"b2@bob-accounts.example"_s, u"Ben"_s, u"Two"_s, sfBob);
    sfAdd(u"Contact"_s, u"carol.case@corp.example"_s, u"Carol"_s, u"Case"_s, sfBob);
    sfAdd(u"Contact"_s, u"u1@bob-accounts.example"_s, u"Una"_s, u"Scoreless"_s, sfBob);

    // --- Pipeliner: the same people as contacts; n1 has no owner.
    const QString plAlice = userId(m_fx->pipeliner(), u"Clients"_s, u"alice@corp.example"_s);
    const QString plBob = userId(m_fx->pipeliner(), u"Clients"_s, u"bob@corp.example"_s);
    QVERIFY(!plAlice.isEmpty() && !plBob.isEmpty());
    const auto plAdd = [&](const QString &email, const QString &first, const QString &last,
                           const QString &owner) {
        QJsonObject o { { u"email1"_s, email }, { u"first_name"_s, first },
            { u"last_name"_s, last }, { u"formatted_name"_s, QString(first + u' ' + last) } };
        o.insert(u"owner_id"_s, owner.isEmpty() ? QJsonValue() : QJsonValue(owner));
        m_fx->control(m_fx->pipeliner(), "POST", u"/_sandbox/records/Contacts"_s, o);
        QCOMPARE(m_fx->lastStatus(), 201);
    };
    for (const Person &p : alicePeople())
        plAdd(p.email, p.first, p.last, plAlice);
    plAdd(u"b1@bob-accounts.example"_s, u"Bea"_s, u"One"_s, plBob);
    plAdd(u"b2@bob-accounts.example"_s, u"Ben"_s, u"Two"_s, plBob);
    plAdd(u"carol.case@corp.example"_s, u"Carol"_s, u"Case"_s, plBob);
    plAdd(u"u1@bob-accounts.example"_s, u"Una"_s, u"Scoreless"_s, plBob);
    plAdd(u"n1@orphans.example"_s, u"Nina"_s, u"Nobody"_s, QString());
}

void TestHotProspects::cleanupTestCase()
{
    m_fx.reset();
}

HotProspectsResult TestHotProspects::refresh(qint64 crmAccount,
    const HotProspectsOptions &options, bool cancelAtOnce, const QByteArray &actonPassword)
{
    ConnectorConfig actonConfig = config(m_acton);
    if (!actonPassword.isEmpty())
        actonConfig.credentials.secrets.insert(u"password"_s, actonPassword);
    std::unique_ptr<Connector> acton(ConnectorFactory::create(actonConfig, &m_nam));
    std::unique_ptr<Connector> crm(ConnectorFactory::create(config(crmAccount), &m_nam));
    HotProspects hot(qobject_cast<ActOnConnector *>(acton.get()), crm.get(), options);
    QSignalSpy finished(&hot, &HotProspects::finished);
    QSignalSpy progress(&hot, &HotProspects::progress);
    hot.start();
    if (cancelAtOnce)
        hot.cancel();
    (void)QTest::qWaitFor([&] { return !finished.isEmpty(); }, 60000);
    if (finished.isEmpty())
        return {};
    // Nothing more comes after the answer.
    QTest::qWait(50);
    if (finished.size() != 1)
        qWarning() << "finished" << finished.size() << "times";
    qInfo() << "progress reports:" << progress.size();
    return finished.first().first().value<HotProspectsResult>();
}

void TestHotProspects::salesforceTopTwentyPerOwner()
{
    const HotProspectsResult r = refresh(m_sf);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.crmSystem, u"Salesforce"_s);
    QCOMPARE(r.listsRead, (QStringList { u"Webinar A"_s, u"Newsletter"_s }));
    QCOMPARE(r.membersRead, 30); // 29 rows of Webinar A + 1 of Newsletter
    QCOMPARE(r.peopleWithoutScore, 1); // u1
    QCOMPARE(r.peopleScored, 28);
    QCOMPARE(r.notInCrm, 3); // x1, x2, n1

    QCOMPARE(r.owners.size(), 2);
    QCOMPARE(r.owners.at(0).name, u"Alice Able"_s);
    QCOMPARE(r.owners.at(0).scored, 22);
    QCOMPARE(r.owners.at(0).shown, 20);
    QCOMPARE(r.owners.at(1).name, u"Bob Baker"_s);
    QCOMPARE(r.owners.at(1).shown, 3);

    QStringList alice;
    QList<HotProspect> bob;
    for (const HotProspect &p : r.prospects) {
        if (p.ownerName == u"Alice Able"_s) {
            alice.append(p.email);
            QCOMPARE(p.rank, int(alice.size()));
        } else {
            bob.append(p);
        }
    }
    QCOMPARE(alice, expectedAlice());
    QCOMPARE(r.prospects.at(0).score, 99.0);
    QCOMPARE(r.prospects.at(0).type, u"Lead"_s); // a01: the first of the alternation
    QCOMPARE(r.prospects.at(1).type, u"Contact"_s);
    QCOMPARE(r.prospects.at(0).lists, QStringList { u"Webinar A"_s });
    QVERIFY(r.prospects.at(0).crmId.startsWith(u"00Q"_s)); // a Lead id
    QCOMPARE(r.prospects.at(11).name, u"Amy Apple"_s);

    QCOMPARE(bob.size(), 3);
    QCOMPARE(bob.at(0).email, u"b2@bob-accounts.example"_s);
    QCOMPARE(bob.at(0).score, 95.0);
    QCOMPARE(bob.at(0).type, u"Contact"_s); // not Alice's older lead
    QVERIFY(bob.at(0).crmId.startsWith(u"003"_s));
    QCOMPARE(bob.at(0).lists, (QStringList { u"Webinar A"_s, u"Newsletter"_s }));
    QCOMPARE(bob.at(1).email, u"b1@bob-accounts.example"_s);
    QCOMPARE(bob.at(2).email, u"carol.case@corp.example"_s);
    QCOMPARE(bob.at(2).name, u"Carol Case"_s);
    QCOMPARE(bob.at(2).rank, 3);
    qInfo() << "Salesforce refresh:" << r.callsUsed << "calls," << r.prospects.size() << "rows";

    // --limit 5 and one list only.
    HotProspectsOptions few;
    few.limit = 5;
    few.lists = { u"newsletter"_s };
    const HotProspectsResult n = refresh(m_sf, few);
    QVERIFY2(n.ok(), qPrintable(n.error));
    QCOMPARE(n.listsRead, QStringList { u"Newsletter"_s });
    QCOMPARE(n.prospects.size(), 1);
    QCOMPARE(n.prospects.at(0).ownerName, u"Bob Baker"_s);
}

void TestHotProspects::pipelinerOwnersAndNoOwner()
{
    HotProspectsOptions options;
    options.limit = 20;
    const HotProspectsResult r = refresh(m_pl, options);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.crmSystem, u"Pipeliner"_s);
    QCOMPARE(r.notInCrm, 2); // x1, x2
    QCOMPARE(r.owners.size(), 3);
    QCOMPARE(r.owners.at(0).name, u"Alice Able"_s);
    QCOMPARE(r.owners.at(1).name, u"Bob Baker"_s);
    QCOMPARE(r.owners.at(2).name, u"No owner in Pipeliner"_s); // always last
    QCOMPARE(r.owners.at(2).id, QString());
    QStringList alice;
    for (const HotProspect &p : r.prospects) {
        if (p.ownerName == u"Alice Able"_s)
            alice.append(p.email);
        QCOMPARE(p.type, u"Contact"_s);
    }
    QCOMPARE(alice, expectedAlice());
    const HotProspect &last = r.prospects.constLast();
    QCOMPARE(last.email, u"n1@orphans.example"_s);
    QCOMPARE(last.ownerName, u"No owner in Pipeliner"_s);
    QCOMPARE(last.rank, 1);
    QCOMPARE(last.score, 55.0);
    QVERIFY(!last.crmId.isEmpty());
    QCOMPARE(r.prospects.size(), 20 + 3 + 1);
}

void TestHotProspects::optionsComeFromTheFlows()
{
    Flow f2;
    f2.id = 1;
    f2.kind = FlowKind::CrmContactSync;
    f2.name = u"CRM contacts"_s;
    f2.sourceAccountId = m_sf;
    f2.targetAccountId = m_acton;
    Flow f3;
    f3.id = 2;
    f3.kind = FlowKind::ListSync;
    f3.sourceAccountId = m_sf;
    f3.targetAccountId = m_acton;
    f3.settings = { { u"listName"_s, u"All Salesforce Leads"_s } };
    Flow other = f3;
    other.id = 3;
    other.sourceAccountId = m_pl; // another CRM account: not this pair
    other.settings = { { u"listName"_s, u"Elsewhere"_s } };
    FieldMap map(CrmKind::Salesforce, PushPolicy::TwoWay);
    MarketingField behaviour = *StandardFields::byName(u"Score"_s);
    behaviour.name = u"Behavior Score"_s;
    map.addRow(FieldMapRow::make(behaviour, u"Score__c"_s, u"Score__c"_s));
    const HotProspectsOptions o = HotProspects::optionsForFlows(
        { f2, f3, other }, { { 1, map } }, m_acton, m_sf);
    QCOMPARE(o.lists, (QStringList { u"CRM contacts"_s, u"All Salesforce Leads"_s }));
    QCOMPARE(o.scoreHeadings, (QStringList { u"Behavior Score"_s, u"Score"_s }));
    // An F4 flow without lists reads every list, so the view does too.
    Flow f4;
    f4.id = 4;
    f4.kind = FlowKind::LeadHandoff;
    f4.sourceAccountId = m_acton;
    f4.targetAccountId = m_sf;
    QVERIFY(HotProspects::optionsForFlows({ f2, f4 }, {}, m_acton, m_sf).lists.isEmpty());
    // No flow between the two accounts: every list.
    QVERIFY(HotProspects::optionsForFlows({ other }, {}, m_acton, m_sf).lists.isEmpty());

    // The flows' lists that do not exist in Act-On yet: a sentence, not an empty view.
    const HotProspectsResult r = refresh(m_sf, o);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(u"“CRM contacts”, “All Salesforce Leads”"_s), qPrintable(r.error));
    QVERIFY(r.error.contains(u"“All lists”"_s) && r.error.contains(u"--all-lists"_s));
}

void TestHotProspects::actOnRefusalBecomesASentence()
{
    // A wrong password: Act-On's token endpoint refuses the grant.
    const HotProspectsResult r = refresh(m_sf, {}, false, "not-the-password");
    QVERIFY(!r.ok());
    QVERIFY(!r.cancelled);
    QVERIFY2(r.error.startsWith(u"LeadBridge could not read the Act-On lists: "_s),
        qPrintable(r.error));
    QVERIFY2(r.error.endsWith(u"Check the account on the Accounts page, then refresh again."_s),
        qPrintable(r.error));
    QVERIFY(r.prospects.isEmpty());
}

void TestHotProspects::crmServerErrorBecomesASentence()
{
    Sandbox::FaultSettings faults;
    faults.errorRate = 1.0;
    m_fx->pipeliner().setFaults(faults);
    QElapsedTimer timer;
    timer.start();
    const HotProspectsResult r = refresh(m_pl);
    qInfo() << "Pipeliner answering 5xx: the sentence came after" << timer.elapsed() << "ms";
    m_fx->pipeliner().setFaults({});
    QVERIFY(!r.ok());
    QVERIFY2(r.error.startsWith(u"LeadBridge could not read the Pipeliner contacts: "_s),
        qPrintable(r.error));
    QVERIFY(r.prospects.isEmpty());
}

void TestHotProspects::ownerNamesForQueuesAndUnknownUsers()
{
    // Salesforce leads may be owned by a queue (Group, key prefix 00G) rather than a User.
    HotProspects::Member m;
    m.email = u"q@queue.example"_s;
    m.score = 10;
    m.hasScore = true;
    HotProspects::Member n = m;
    n.email = u"u@gone.example"_s;
    QHash<QString, HotProspects::CrmPerson> crm;
    crm.insert(m.email, { u"00Q1"_s, u"Lead"_s, u"00G000000000001"_s, u"Q"_s, {}, {} });
    crm.insert(n.email, { u"0031"_s, u"Contact"_s, u"005000000000009"_s, u"U"_s, {}, {} });
    const HotProspectsResult r = HotProspects::rank({ m, n }, crm, {}, u"Salesforce"_s, 20);
    QCOMPARE(r.owners.size(), 2);
    QCOMPARE(r.owners.at(0).name, u"Queue 00G000000000001"_s);
    QCOMPARE(r.owners.at(1).name, u"Unknown user 005000000000009"_s);
}

void TestHotProspects::cancelAnswersOnce()
{
    const HotProspectsResult r = refresh(m_sf, {}, true);
    QVERIFY(r.cancelled);
    QVERIFY(r.error.isEmpty());
    QVERIFY(r.prospects.isEmpty());
}

QTEST_MAIN(TestHotProspects)
#include "tst_hot_prospects.moc"
