// The demo world generator: determinism, proportions, dirty rows on purpose,
// cross-system overlap, unicode, and the synthetic person stream for volume tests.
#include "core/sandbox/DemoDataset.h"
#include "core/sandbox/DemoDatasetJson.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace LeadBridge::Sandbox;
using namespace Qt::Literals::StringLiterals;

namespace {

/// Every field of every record, flattened, so two datasets can be compared whole.
QString fingerprint(const DemoDataset &d)
{
    QStringList out;
    for (const DemoPerson &p : d.people) {
        out << QStringList { QString::number(p.index), p.firstName, p.middleName, p.lastName,
            p.email, p.phone, p.company, p.title, p.jobFunction, p.companySize, p.industry,
            p.street1, p.street2, p.city, p.state, p.postalCode, p.country, p.leadSource,
            QString::number(p.score), QString::number(p.optedOut), QString::number(p.hardBounced),
            QString::number(int(p.salesforceRole)), QString::number(p.inPipeliner),
            p.createdAt.toString(Qt::ISODate), p.modifiedAt.toString(Qt::ISODate) }
                   .join(u'|');
    }
    for (const DemoOn24Client &c : d.on24Clients) {
        out << QString::number(c.clientId) + c.name;
        for (const DemoEvent &e : c.events) {
            out << QString::number(e.eventId) + e.title + e.description + e.campaignCode
                    + e.start.toString(Qt::ISODate) + e.end.toString(Qt::ISODate);
            for (const DemoRegistration &r : e.registrations)
                out << QStringList { QString::number(r.personIndex), r.partnerRef,
                    r.registeredAt.toString(Qt::ISODate), QString::number(r.attended),
                    QString::number(r.attendedLive), r.attendedAt.toString(Qt::ISODate),
                    QString::number(r.liveMinutes), QString::number(r.archiveMinutes),
                    QString::number(r.engagementScore), QString::number(r.pollResponses),
                    QString::number(r.questionsAsked), QString::number(r.surveysSubmitted),
                    QString::number(r.resourcesViewed) }
                           .join(u',');
        }
    }
    for (const DemoList &l : d.actOnLists) {
        QStringList m;
        for (int i : l.members)
            m << QString::number(i);
        out << l.name + l.folder + m.join(u',');
    }
    for (const DemoUser &u : d.users)
        out << u.firstName + u.lastName + u.email;
    for (const DemoCampaign &c : d.campaigns) {
        QStringList m;
        for (int i : c.members)
            m << QString::number(i);
        out << c.name + c.status + m.join(u',');
    }
    return out.join(u'\n');
}

bool hasNonAscii(const QString &s)
{
    for (QChar c : s) {
        if (c.unicode() > 127)
            return true;
    }
    return false;
}

} // namespace

class TestDemoDataset : public QObject
{
    Q_OBJECT

private slots:
    void deterministic()
    {
        const DemoDataset a = DemoDataset::generate(2026, 500);
        const DemoDataset b = DemoDataset::generate(2026, 500);
        const DemoDataset c = DemoDataset::generate(7, 500);
        QCOMPARE(a.seed, 2026u);
        QCOMPARE(a.size, 500);
        const QString fa = fingerprint(a);
        QVERIFY(fa.size() > 100000);
        QCOMPARE(fingerprint(b), fa);
        QVERIFY(fingerprint(c) != fa);
        // Not just a shuffled tail: the very first people differ between seeds.
        int differentEmails = 0;
        for (int i = 0; i < 50; ++i)
            differentEmails += a.people.at(i).email != c.people.at(i).email;
        QVERIFY2(differentEmails > 40, qPrintable(QString::number(differentEmails)));
        // A bigger world with the same seed is another world, but still deterministic.
        QCOMPARE(fingerprint(DemoDataset::generate(2026, 501)),
            fingerprint(DemoDataset::generate(2026, 501)));
    }

    void countsAndProportions()
    {
        const DemoDataset d = DemoDataset::generate(2026, 2000);
        QCOMPARE(d.people.size(), 2000);
        for (int i = 0; i < d.people.size(); ++i)
            QCOMPARE(d.people.at(i).index, i);

        int leads = 0, contacts = 0, none = 0, pipeliner = 0, optedOut = 0, bounced = 0, hot = 0,
            cold = 0;
        for (const DemoPerson &p : d.people) {
            leads += p.salesforceRole == DemoCrmRole::Lead;
            contacts += p.salesforceRole == DemoCrmRole::Contact;
            none += p.salesforceRole == DemoCrmRole::None;
            pipeliner += p.inPipeliner;
            optedOut += p.optedOut;
            bounced += p.hardBounced;
            QVERIFY(p.score >= 0 && p.score <= 100);
            hot += p.score >= 75;
            cold += p.score < 30;
            QVERIFY(!p.firstName.isEmpty());
            QVERIFY(!p.lastName.isEmpty());
            QVERIFY(!p.company.isEmpty());
            QVERIFY(!p.phone.isEmpty());
            QVERIFY(p.phone.startsWith(u'+'));
            QVERIFY(!p.street1.isEmpty() && !p.city.isEmpty() && !p.country.isEmpty());
            QVERIFY(!p.postalCode.isEmpty());
            QVERIFY(!p.jobFunction.isEmpty() && !p.companySize.isEmpty());
            QVERIFY(p.createdAt.isValid() && p.createdAt.timeSpec() == Qt::UTC);
            QVERIFY(p.modifiedAt >= p.createdAt);
            QVERIFY(p.modifiedAt <= DemoDataset::referenceTime());
        }
        const auto near
            = [](int n, double share, double tol) { return std::abs(n / 2000.0 - share) <= tol; };
        QVERIFY2(near(leads, 0.40, 0.04), qPrintable(QString::number(leads)));
        QVERIFY2(near(contacts, 0.30, 0.04), qPrintable(QString::number(contacts)));
        QVERIFY2(near(none, 0.30, 0.04), qPrintable(QString::number(none)));
        QVERIFY2(near(pipeliner, 0.35, 0.04), qPrintable(QString::number(pipeliner)));
        QVERIFY2(near(optedOut, 0.03, 0.015), qPrintable(QString::number(optedOut)));
        QVERIFY2(near(bounced, 0.02, 0.012), qPrintable(QString::number(bounced)));
        // Skewed low, with a real hot tail.
        QVERIFY2(cold > 2000 / 2, qPrintable(QString::number(cold)));
        QVERIFY2(hot >= 100 && hot <= 400, qPrintable(QString::number(hot)));

        // Distinct countries, companies with domains, first.last@domain emails.
        QSet<QString> countries, domains;
        const QRegularExpression emailRe(u"^[a-z]+\\.[a-z]+[0-9]*@([a-z0-9.-]+\\.[a-z]+)$"_s,
            QRegularExpression::CaseInsensitiveOption);
        int wellFormed = 0;
        for (const DemoPerson &p : d.people) {
            countries.insert(p.country);
            const auto m = emailRe.match(p.email);
            if (m.hasMatch()) {
                ++wellFormed;
                domains.insert(m.captured(1).toLower());
            }
        }
        QVERIFY2(countries.size() >= 8, qPrintable(QString::number(countries.size())));
        QVERIFY2(domains.size() >= 20, qPrintable(QString::number(domains.size())));
        QVERIFY(wellFormed >= 2000 - 30);

        // Users, campaigns, lists.
        QVERIFY(d.users.size() >= 4 && d.users.size() <= 6);
        for (const DemoUser &u : d.users)
            QVERIFY(u.email.contains(u'@') && !u.firstName.isEmpty());
        QVERIFY(d.campaigns.size() >= 2 && d.campaigns.size() <= 3);
        for (const DemoCampaign &c : d.campaigns) {
            QVERIFY(!c.members.isEmpty());
            for (int i : c.members)
                QVERIFY(d.people.at(i).salesforceRole != DemoCrmRole::None);
        }
        QVERIFY(d.actOnLists.size() >= 3 && d.actOnLists.size() <= 5);
        QSet<int> seenInTwoLists;
        QHash<int, int> listsPerPerson;
        for (const DemoList &l : d.actOnLists) {
            QVERIFY(!l.name.isEmpty() && !l.folder.isEmpty());
            QVERIFY(!l.members.isEmpty());
            for (int i : l.members) {
                QVERIFY(!d.people.at(i).email.trimmed().isEmpty());
                if (++listsPerPerson[i] == 2)
                    seenInTwoLists.insert(i);
            }
        }
        QVERIFY2(seenInTwoLists.size() > 20, "Act-On lists must overlap");
    }

    void on24Events()
    {
        const DemoDataset d = DemoDataset::generate(2026, 1000);
        const QDateTime ref = DemoDataset::referenceTime();
        QCOMPARE(d.on24Clients.size(), 2);
        QCOMPARE(d.on24Clients.at(0).clientId, 41750);
        QCOMPARE(d.on24Clients.at(1).clientId, 41751);
        QSet<qint64> eventIds;
        for (const DemoOn24Client &c : d.on24Clients) {
            QVERIFY(!c.name.isEmpty());
            int past = 0, upcoming = 0;
            QDateTime oldest = ref;
            for (const DemoEvent &e : c.events) {
                QVERIFY(!eventIds.contains(e.eventId));
                eventIds.insert(e.eventId);
                QVERIFY(!e.title.isEmpty() && !e.campaignCode.isEmpty());
                QVERIFY(e.end > e.start);
                const double share = e.registrations.size() / 1000.0;
                QVERIFY2(share >= 0.03 && share <= 0.65, qPrintable(QString::number(share)));
                int attended = 0;
                QSet<int> registered;
                for (const DemoRegistration &r : e.registrations) {
                    QVERIFY(!registered.contains(r.personIndex));
                    registered.insert(r.personIndex);
                    QVERIFY(!d.people.at(r.personIndex).email.trimmed().isEmpty());
                    QVERIFY(!r.partnerRef.isEmpty());
                    QVERIFY(r.registeredAt.isValid() && r.registeredAt <= ref);
                    if (r.attended) {
                        ++attended;
                        QVERIFY(r.liveMinutes + r.archiveMinutes > 0);
                        QVERIFY(r.attendedLive ? r.liveMinutes > 0 : r.archiveMinutes > 0);
                        QVERIFY(r.engagementScore >= 0.0 && r.engagementScore <= 10.0);
                        QVERIFY(r.attendedAt >= e.start && r.attendedAt <= ref);
                    } else {
                        QCOMPARE(r.liveMinutes + r.archiveMinutes, 0);
                    }
                }
                if (e.start > ref) {
                    ++upcoming;
                    QCOMPARE(attended, 0);
                } else {
                    ++past;
                    oldest = std::min(oldest, e.start);
                    const double rate = attended / double(e.registrations.size());
                    QVERIFY2(rate > 0.40 && rate < 0.70, qPrintable(QString::number(rate)));
                }
            }
            QVERIFY2(past >= 6 && past <= 10, qPrintable(QString::number(past)));
            QCOMPARE(upcoming, 2);
            const qint64 spanDays = oldest.daysTo(ref);
            QVERIFY2(spanDays >= 120 && spanDays <= 170, qPrintable(QString::number(spanDays)));
        }
        QSet<QString> refs;
        for (const DemoRegistration &r : d.on24Clients.at(0).events.at(0).registrations)
            refs.insert(r.partnerRef);
        QVERIFY(refs.contains(u"linkedin"_s) && refs.contains(u"newsletter"_s));
        QVERIFY(refs.contains(u"partner-acme"_s));
    }

    void dirtyRows()
    {
        const DemoDataset d = DemoDataset::generate(2026, 500);
        int blank = 0, spaced = 0, longCompany = 0, longTitle = 0;
        QHash<QString, QStringList> byLower;
        for (const DemoPerson &p : d.people) {
            if (p.email.isEmpty())
                ++blank;
            else if (p.email != p.email.trimmed())
                ++spaced;
            if (p.company.size() > 255)
                ++longCompany;
            if (p.title.size() > 128)
                ++longTitle;
            if (!p.email.isEmpty())
                byLower[p.email.trimmed().toLower()].append(p.email.trimmed());
        }
        int caseDuplicates = 0, exactDuplicates = 0;
        for (const QStringList &group : std::as_const(byLower)) {
            if (group.size() < 2)
                continue;
            QCOMPARE(group.size(), 2);
            if (group.at(0) == group.at(1))
                ++exactDuplicates;
            else
                ++caseDuplicates;
        }
        QVERIFY2(blank >= 2 && blank <= 10, qPrintable(QString::number(blank)));
        QVERIFY2(spaced >= 2 && spaced <= 10, qPrintable(QString::number(spaced)));
        QVERIFY2(longCompany >= 2 && longCompany <= 10, qPrintable(QString::number(longCompany)));
        QVERIFY2(longTitle >= 2 && longTitle <= 10, qPrintable(QString::number(longTitle)));
        QVERIFY2(caseDuplicates >= 2 && caseDuplicates <= 10,
            qPrintable(QString::number(caseDuplicates)));
        QCOMPARE(exactDuplicates, 0);
        // Person 0 is always clean so tests have a safe person to look up.
        const DemoPerson &p0 = d.people.at(0);
        QVERIFY(!p0.email.isEmpty() && p0.email == p0.email.trimmed().toLower());
        QCOMPARE(byLower.value(p0.email).size(), 1);

        // Tiny worlds stay clean (no dirty row can crowd out the real ones).
        const DemoDataset tiny = DemoDataset::generate(1, 5);
        QCOMPARE(tiny.people.size(), 5);
        for (const DemoPerson &p : tiny.people)
            QVERIFY(!p.email.isEmpty() && p.email == p.email.trimmed());
        QCOMPARE(DemoDataset::generate(1, 0).people.size(), 1);
    }

    void emailsOverlapAcrossSystems()
    {
        const DemoDataset d = DemoDataset::generate(2026, 500);
        QSet<int> registrants;
        for (const DemoOn24Client &c : d.on24Clients)
            for (const DemoEvent &e : c.events)
                for (const DemoRegistration &r : e.registrations)
                    registrants.insert(r.personIndex);
        QSet<int> listMembers;
        for (const DemoList &l : d.actOnLists)
            for (int i : l.members)
                listMembers.insert(i);
        int all = 0, sfLeads = 0, sfContacts = 0;
        for (int i : std::as_const(registrants)) {
            const DemoPerson &p = d.people.at(i);
            if (p.salesforceRole == DemoCrmRole::None || !p.inPipeliner)
                continue;
            ++all;
            sfLeads += p.salesforceRole == DemoCrmRole::Lead;
            sfContacts += p.salesforceRole == DemoCrmRole::Contact;
        }
        QVERIFY2(all > 30, qPrintable(QString::number(all)));
        QVERIFY(sfLeads > 0 && sfContacts > 0);
        QVERIFY((registrants & listMembers).size() > 50);
        // Someone hot enough for the lead handoff, on a list, known to Pipeliner.
        bool handoffCandidate = false;
        for (int i : std::as_const(listMembers))
            handoffCandidate |= d.people.at(i).score >= 75 && d.people.at(i).inPipeliner;
        QVERIFY(handoffCandidate);
    }

    void unicodePresent()
    {
        const DemoDataset d = DemoDataset::generate(2026, 500);
        int unicodeNames = 0, unicodeCompanies = 0, unicodeAddresses = 0;
        for (const DemoPerson &p : d.people) {
            unicodeNames += hasNonAscii(p.firstName + p.lastName);
            unicodeCompanies += hasNonAscii(p.company);
            unicodeAddresses += hasNonAscii(p.street1 + p.city + p.state);
            // Email local parts are transliterated, never unicode.
            QVERIFY2(!hasNonAscii(p.email), qPrintable(p.email));
        }
        QVERIFY2(unicodeNames > 50, qPrintable(QString::number(unicodeNames)));
        QVERIFY(unicodeCompanies > 0);
        QVERIFY(unicodeAddresses > 20);
        bool cjk = false;
        for (const DemoPerson &p : d.people)
            cjk |= p.firstName == u"美咲"_s || p.lastName == u"佐藤"_s || p.lastName == u"鈴木"_s;
        QVERIFY(cjk);
        QVERIFY(d.actOnLists.at(0).name.contains(u'—'));
    }

    void shiftTimes()
    {
        DemoDataset d = DemoDataset::generate(2026, 100);
        const DemoDataset orig = d;
        d.shiftTimes(86400 * 3);
        QCOMPARE(d.people.at(5).createdAt, orig.people.at(5).createdAt.addDays(3));
        const DemoEvent &e = d.on24Clients.at(1).events.at(2);
        const DemoEvent &o = orig.on24Clients.at(1).events.at(2);
        QCOMPARE(e.start, o.start.addDays(3));
        QVERIFY(!e.registrations.isEmpty());
        QCOMPARE(e.registrations.at(0).registeredAt, o.registrations.at(0).registeredAt.addDays(3));
    }

    void jsonRoundTrip()
    {
        const DemoDataset d = DemoDataset::generate(31, 300);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"world.json"_s);
        QString error;
        QVERIFY2(DemoDatasetJson::save(path, d, &error), qPrintable(error));
        DemoDataset back;
        QVERIFY2(DemoDatasetJson::load(path, &back, &error), qPrintable(error));
        QCOMPARE(back.seed, 31u);
        QCOMPARE(back.size, 300);
        QCOMPARE(fingerprint(back), fingerprint(d));
        // Unicode and dirty rows survive byte for byte.
        QCOMPARE(DemoDatasetJson::toJson(back), DemoDatasetJson::toJson(d));
    }

    void jsonRejectsBadInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{nope") << u"not a JSON object"_s;
        QTest::newRow("wrong format")
            << QByteArray(R"({"format":"other","version":1})") << u"$.format must be"_s;
        QTest::newRow("wrong version")
            << QByteArray(R"({"format":"leadbridge-demo-dataset","version":9})")
            << u"$.version must be 1"_s;
        QTest::newRow("no people")
            << QByteArray(R"({"format":"leadbridge-demo-dataset","version":1,"people":[]})")
            << u"at least one person"_s;
        QTest::newRow("bad score") << QByteArray(
            R"({"format":"leadbridge-demo-dataset","version":1,"people":[{"email":"a@b.c","score":"high"}]})")
                                   << u"$.people[0].score must be a whole number"_s;
        QTest::newRow("dangling registration")
            << QByteArray(
                   R"({"format":"leadbridge-demo-dataset","version":1,"people":[{"email":"a@b.c"}],
               "on24Clients":[{"clientId":41750,"events":[{"eventId":5,"start":"2026-10-01T10:00:00Z",
               "end":"2026-10-01T11:00:00Z","registrations":[{"personIndex":3}]}]}]})")
            << u"registrations[0].personIndex must be the index of a person"_s;
        QTest::newRow("dangling list member") << QByteArray(
            R"({"format":"leadbridge-demo-dataset","version":1,"people":[{"email":"a@b.c"}],
               "actOnLists":[{"name":"L","members":[0,1]}]})")
                                              << u"$.actOnLists[0].members[1]"_s;
        QTest::newRow("bad date") << QByteArray(
            R"({"format":"leadbridge-demo-dataset","version":1,"people":[{"email":"a@b.c","createdAt":"yesterday"}]})")
                                  << u"$.people[0].createdAt must be an ISO 8601"_s;
    }

    void jsonRejectsBadInput()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bad.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json);
        f.close();
        DemoDataset out;
        out.size = 77;
        QString error;
        QVERIFY(!DemoDatasetJson::load(path, &out, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(error.contains(path));
        QCOMPARE(out.size, 77); // untouched on failure
        QVERIFY(!DemoDatasetJson::load(dir.filePath(u"missing.json"_s), &out, &error));
        QVERIFY2(error.contains(u"Could not open"_s), qPrintable(error));
    }

    void syntheticPeople()
    {
        const int n = 100000;
        QSet<QString> emails;
        emails.reserve(n);
        QElapsedTimer timer;
        timer.start();
        qint64 chars = 0;
        for (int i = 0; i < n; ++i) {
            const DemoPerson p = DemoDataset::syntheticPerson(99, i);
            chars += p.email.size();
            emails.insert(p.email);
        }
        const qint64 ms = std::max<qint64>(1, timer.elapsed());
        qInfo("syntheticPerson: %d people in %lld ms (%lld people/s)", n, ms, n * 1000LL / ms);
        QCOMPARE(emails.size(), n);
        QVERIFY(chars > n * 10);

        for (int i : { 0, 1, 77, 99999, 5000000 }) {
            const DemoPerson p = DemoDataset::syntheticPerson(99, i);
            QCOMPARE(p.index, i);
            QCOMPARE(p.email, p.email.trimmed().toLower());
            QVERIFY(p.email.contains(u'.' + QString::number(i) + u'@'));
            QVERIFY(!p.firstName.isEmpty() && !p.lastName.isEmpty() && !p.company.isEmpty());
            QVERIFY(p.company.size() <= 255 && p.title.size() <= 128);
            QVERIFY(!p.optedOut && !p.hardBounced);
            // Pure function of (seed, index).
            const DemoPerson again = DemoDataset::syntheticPerson(99, i);
            QCOMPARE(again.email, p.email);
            QCOMPARE(again.phone, p.phone);
            QCOMPARE(again.createdAt, p.createdAt);
            QCOMPARE(again.score, p.score);
        }
        // Another seed gives other people for the same index.
        int differ = 0;
        for (int i = 0; i < 100; ++i)
            differ += DemoDataset::syntheticPerson(1, i).email
                != DemoDataset::syntheticPerson(2, i).email;
        QVERIFY(differ > 80);
    }

    void generationSpeed()
    {
        QElapsedTimer timer;
        timer.start();
        const DemoDataset small = DemoDataset::generate(2026, 500);
        const qint64 smallMs = timer.restart();
        const DemoDataset big = DemoDataset::generate(2026, 100000);
        const qint64 bigMs = timer.elapsed();
        qsizetype regs = 0;
        for (const DemoOn24Client &c : big.on24Clients)
            for (const DemoEvent &e : c.events)
                regs += e.registrations.size();
        qInfo("generate: 500 people in %lld ms; 100000 people (%lld registrations) in %lld ms",
            smallMs, qint64(regs), bigMs);
        QCOMPARE(small.people.size(), 500);
        QCOMPARE(big.people.size(), 100000);
        QVERIFY2(bigMs < 60000, "generating 100k people must stay well under a minute");
    }
};

QTEST_GUILESS_MAIN(TestDemoDataset)
#include "tst_demodataset.moc"
