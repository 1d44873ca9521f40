// F1 collecting page by page (WebinarImportPlanner::collectRegistrants / collectAttendees /
// markAttended), as the webinar import does so that it never holds the ON24 records: the
// contacts must be the ones collect() makes from all records at once, also when a webinar's
// registrations are read after its attendance, and bad records are skipped with a reason.

#include "core/engine/flows/WebinarImportPlanner.h"

#include <QTest>

using namespace LeadBridge;

namespace {

ConnectorRecord registrant(qint64 eventId, const QString &id, const QString &email,
    const QString &first, const QDateTime &modified)
{
    ConnectorRecord r;
    r.id = id;
    r.object = QStringLiteral("registrant");
    r.fields.insert(QStringLiteral("eventid"), eventId);
    r.fields.insert(QStringLiteral("email"), email);
    r.fields.insert(QStringLiteral("firstname"), first);
    r.fields.insert(QStringLiteral("company"), QStringLiteral("Acme"));
    r.fields.insert(QStringLiteral("createtimestamp"), QStringLiteral("2026-11-02T09:00:00Z"));
    r.modifiedAt = modified;
    return r;
}

ConnectorRecord attendee(qint64 eventId, const QString &id, const QString &email, int minutes)
{
    ConnectorRecord r;
    r.id = id;
    r.object = QStringLiteral("attendee");
    r.fields.insert(QStringLiteral("eventid"), eventId);
    r.fields.insert(QStringLiteral("email"), email);
    r.fields.insert(QStringLiteral("liveminutes"), minutes);
    r.fields.insert(QStringLiteral("firstliveactivity"), QStringLiteral("2026-11-05T15:01:00Z"));
    r.modifiedAt = QDateTime(QDate(2026, 11, 5), QTime(16, 0), Qt::UTC);
    return r;
}

QString describe(const WebinarContact &c)
{
    QStringList parts { QString::number(c.eventId), c.emailKey, c.on24Id,
        c.attended ? QStringLiteral("attended") : QStringLiteral("registered") };
    for (auto it = c.values.cbegin(); it != c.values.cend(); ++it)
        parts.append(it.key() + u'=' + it.value());
    return parts.join(u'|');
}

QStringList describe(const QList<WebinarContact> &contacts)
{
    QStringList out;
    for (const WebinarContact &c : contacts)
        out.append(describe(c));
    return out;
}

const QDateTime kMonday(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);

} // namespace

class TestWebinarCollect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesMakeTheSameContactsAsCollect()
    {
        QList<ConnectorRecord> regs {
            registrant(1, QStringLiteral("r1"), QStringLiteral("Ann@Example.com"),
                QStringLiteral("Ann"), kMonday),
            registrant(1, QStringLiteral("r2"), QStringLiteral("bob@example.com"),
                QStringLiteral("Bob"), kMonday),
            registrant(2, QStringLiteral("r3"), QStringLiteral("ann@example.com"),
                QStringLiteral("Ann"), kMonday),
            // A newer copy of Bob's registration on a later page wins; an older one after it
            // changes nothing.
            registrant(1, QStringLiteral("r2"), QStringLiteral("bob@example.com"),
                QStringLiteral("Robert"), kMonday.addDays(1)),
            registrant(1, QStringLiteral("r2"), QStringLiteral("bob@example.com"),
                QStringLiteral("Old Bob"), kMonday.addSecs(-60)),
            registrant(2, QStringLiteral("r4"), QString(), QStringLiteral("Nobody"), kMonday),
        };
        QList<ConnectorRecord> atts {
            attendee(1, QStringLiteral("r1"), QStringLiteral("ann@example.com"), 42),
            attendee(2, QStringLiteral("r9"), QStringLiteral("not-an-address"), 5),
        };
        const WebinarImportPlanner::Collected all = WebinarImportPlanner::collect(regs, atts);

        WebinarImportPlanner::Collecting state;
        WebinarImportPlanner::collectRegistrants(state, regs.mid(0, 2));
        WebinarImportPlanner::collectRegistrants(state, regs.mid(2, 2));
        WebinarImportPlanner::collectRegistrants(state, regs.mid(4));
        WebinarImportPlanner::collectAttendees(state, atts.mid(0, 1));
        WebinarImportPlanner::collectAttendees(state, atts.mid(1));
        WebinarImportPlanner::markAttended(state);

        QCOMPARE(describe(state.out.contacts), describe(all.contacts));
        QCOMPARE(state.out.contacts.size(), 3);
        const WebinarContact &ann = state.out.contacts.at(0);
        QCOMPARE(ann.emailKey, QStringLiteral("ann@example.com"));
        QVERIFY(ann.attended);
        QCOMPARE(ann.values.value(QStringLiteral("Status")), QStringLiteral("Attended"));
        QCOMPARE(ann.values.value(QStringLiteral("Live Duration")), QStringLiteral("42"));
        QCOMPARE(state.out.contacts.at(1).values.value(QStringLiteral("First Name")),
            QStringLiteral("Robert"));

        // The blank and the invalid address are skipped once each, with a sentence.
        QCOMPARE(state.out.skips.size(), 2);
        QCOMPARE(all.skips.size(), 2);
        QVERIFY2(state.out.skips.at(0).reason.contains(QStringLiteral("no e-mail address")),
            qPrintable(state.out.skips.at(0).reason));
        QCOMPARE(state.out.skips.at(1).object, QStringLiteral("attendee"));
        QVERIFY(state.out.eventsMissingRegistration.isEmpty());
    }

    void registrationsReadAfterAttendanceFillTheContact()
    {
        // An incremental run sees Cara's attendance but not her (older) registration, so it
        // reads the webinar's registrants afterwards: the contact gets the registration's
        // fields and keeps its attendance.
        const ConnectorRecord reg = registrant(
            7, QStringLiteral("c1"), QStringLiteral("cara@example.com"), QStringLiteral("Cara"),
            kMonday);
        const ConnectorRecord att
            = attendee(7, QStringLiteral("c1"), QStringLiteral("cara@example.com"), 30);

        WebinarImportPlanner::Collecting state;
        WebinarImportPlanner::collectAttendees(state, { att });
        WebinarImportPlanner::markAttended(state);
        QCOMPARE(state.out.contacts.size(), 1);
        QVERIFY(state.out.eventsMissingRegistration.contains(7));
        QVERIFY(!state.out.contacts.at(0).values.contains(QStringLiteral("First Name")));

        WebinarImportPlanner::collectRegistrants(state, { reg });
        WebinarImportPlanner::markAttended(state);
        QCOMPARE(state.out.contacts.size(), 1);
        const WebinarContact &cara = state.out.contacts.at(0);
        QCOMPARE(cara.values.value(QStringLiteral("First Name")), QStringLiteral("Cara"));
        QCOMPARE(cara.values.value(QStringLiteral("Company")), QStringLiteral("Acme"));
        QCOMPARE(cara.values.value(QStringLiteral("Status")), QStringLiteral("Attended"));
        QCOMPARE(cara.values.value(QStringLiteral("Live Duration")), QStringLiteral("30"));
        QVERIFY(cara.values.contains(QStringLiteral("Registration Date/Time")));
        // The same contact as reading both at once.
        QCOMPARE(describe(cara), describe(WebinarImportPlanner::collect({ reg }, { att }).contacts.at(0)));
    }

    void createdContactIsOneHistoryRow()
    {
        WebinarListState list;
        list.eventId = 7;
        list.listName = QStringLiteral("Roadmap (7)");
        const QList<WebinarContact> contacts = WebinarImportPlanner::collect(
            { registrant(7, QStringLiteral("c1"), QStringLiteral("cara@example.com"),
                QStringLiteral("Cara"), kMonday) },
            {})
                                                   .contacts;
        const WebinarListPlan plan
            = WebinarImportPlanner::planList(list, contacts, {}, QStringLiteral("41750"), 9);
        QCOMPARE(plan.writes.size(), 1);
        const QList<RecordChange> &rows = plan.writes.at(0).changes;
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).operation, ChangeOperation::Create);
        QCOMPARE(rows.at(0).field, QString());
        QCOMPARE(rows.at(0).recordKey, QStringLiteral("cara@example.com"));
        QCOMPARE(rows.at(0).object, QStringLiteral("list:Roadmap (7)"));
        QCOMPARE(rows.at(0).runId, 9);
        QCOMPARE(rows.at(0).reason,
            QStringLiteral("Added to the webinar's list with the ON24 registration."));
        // The values still go to Act-On and into the snapshot.
        QCOMPARE(plan.writes.at(0).contact.values.value(QStringLiteral("First Name")),
            QStringLiteral("Cara"));
        QVERIFY(plan.writes.at(0).snapshot.hashFor(LinkSnapshot::fieldKey(QStringLiteral("First Name"))));
    }
};

QTEST_GUILESS_MAIN(TestWebinarCollect)
#include "tst_webinarcollect.moc"
