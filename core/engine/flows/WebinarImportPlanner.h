#pragma once

#include "core/connectors/ConnectorTypes.h"
#include "core/model/LinkSnapshot.h"
#include "core/model/RecordChange.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace LeadBridge {

/// One ON24 registration (and its attendance, if any) as it should look in Act-On: one
/// contact of one webinar's list, keyed by the lower-cased e-mail address.
struct WebinarContact
{
    qint64 eventId = 0;
    QString emailKey; ///< lower-cased, trimmed
    QString on24Id; ///< eventuserid
    /// Act-On heading → value, blank values left out (they never overwrite anything).
    QMap<QString, QString> values;
    bool attended = false;
};

/// The contacts of one webinar and what is known about its Act-On list.
struct WebinarListState
{
    qint64 eventId = 0;
    QString listName; ///< "<event title> (<eventid>)"
    QString listId; ///< empty when the list does not exist yet
    /// Lower-cased e-mail → heading → value, as the list holds them now (only filled for
    /// lists that exist and have contacts to write).
    QHash<QString, QHash<QString, QString>> current;
    bool currentKnown = false;
};

/// One contact to write to a list, with its history rows and its new snapshot.
struct WebinarContactWrite
{
    WebinarContact contact;
    bool create = false;
    /// History rows: an update has one per changed field, a create one for the contact
    /// (createReason(); its values are the ON24 registration's).
    QList<RecordChange> changes;
    LinkSnapshot snapshot; ///< the snapshot to store once the write succeeded
};

/// The plan for one webinar list.
struct WebinarListPlan
{
    qint64 eventId = 0;
    QString listName;
    QString listId; ///< empty: the list is created first
    QList<WebinarContactWrite> writes;
    /// Snapshots to refresh without writing (Act-On already holds the values).
    QList<LinkSnapshot> refreshOnly;
};

/// Pure planning of the F1 webinar import (ON24 → Act-On): turns ON24 registrant and
/// attendee records into Act-On contact values, compares them with the link snapshots of
/// earlier runs (and, for lists that exist, with what Act-On holds now) and says what to
/// write. No network, no journal: table-testable.
///
/// Headings written to every webinar list (the seed's names; the e-mail column uses
/// Act-On's own "E-mail Address" heading, which Act-On treats as the contact key):
/// First Name, Last Name, E-mail Address, Work Phone Number, Street Address 1,
/// Street Address 2, Postal Code, Company, Company Size, Job Function, Lead Source,
/// Status, Registration Date/Time, Attendance Date/Time, Live Duration, Archive Duration,
/// Engagement Score, # of Poll Responses, # of Questions Asked, # of Surveys Submitted,
/// Number of Resources Viewed.
class WebinarImportPlanner
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::WebinarImportPlanner)

public:
    /// The Act-On headings of a webinar list, in column order.
    static QStringList headings();
    /// The registration headings (demographic and status fields), ON24 field → heading.
    static QList<QPair<QString, QString>> registrationFields();
    /// The activity headings, ON24 attendee field → heading.
    static QList<QPair<QString, QString>> activityFields();
    static QString statusHeading() { return QStringLiteral("Status"); }
    static QString registeredStatus() { return QStringLiteral("Registered"); }
    static QString attendedStatus() { return QStringLiteral("Attended"); }
    static QString emailHeading() { return QStringLiteral("E-mail Address"); }

    /// "<title> (<eventid>)", the title trimmed and cut to keep the name under 120
    /// characters; "Webinar <eventid>" names it when the title is unknown.
    static QString listName(qint64 eventId, const QString &title);
    /// The event id a list name ends with ("… (12345)"), 0 when none.
    static qint64 eventIdOfListName(const QString &name);
    /// The journal key of a contact of @p eventId: "<clientId>/<eventId>/<email>" (the
    /// same e-mail in two webinars is two contacts in two lists).
    static QString linkKey(const QString &clientId, qint64 eventId, const QString &emailKey);
    /// ON24 timestamp → "yyyy-MM-ddTHH:mm:ssZ" (UTC); empty when unreadable.
    static QString formatTime(const QVariant &on24Time);

    /// Result of collect(): the contacts and the registrations skipped (with reasons).
    struct Collected
    {
        QList<WebinarContact> contacts; ///< ordered by event, then first appearance
        QList<RecordChange> skips;
        /// Events with attendance whose registration was not among the registrants.
        QSet<qint64> eventsMissingRegistration;
    };

    /// Merges registrant and attendee records (client- or event-level, in any order, with
    /// repeats) into one contact per (event, lower-cased e-mail). Blank or invalid e-mail
    /// addresses and deleted/forgotten registrations are skipped with a reason. Later
    /// activity wins when an e-mail address appears twice in one webinar.
    static Collected collect(
        const QList<ConnectorRecord> &registrants, const QList<ConnectorRecord> &attendees);

    /// collect() page by page, so that ON24 records need not be held: every registrant
    /// page first, then the attendee pages, then markAttended() (registrations read after
    /// the attendees fill in the attendance-only contacts, as collect() would).
    struct Collecting
    {
        Collected out;
        QHash<QString, qsizetype> index; ///< "<eventid>/<email>" → position in out.contacts
        QHash<QString, QDateTime> regActivity;
        QHash<QString, QDateTime> attActivity;
        QSet<QString> skipped;
    };
    static void collectRegistrants(Collecting &state, const QList<ConnectorRecord> &registrants);
    static void collectAttendees(Collecting &state, const QList<ConnectorRecord> &attendees);
    /// Sets Status = Attended on the contacts with attendance (may be called again).
    static void markAttended(Collecting &state);

    /// Plans one list: for each contact, the fields that differ from its snapshot (or, when
    /// @p state.currentKnown, from what the list holds now); contacts that differ in
    /// nothing give no write. Status never goes back from Attended to Registered.
    /// @p snapshots by linkKey(); @p clientId for the keys; @p runId for the rows.
    static WebinarListPlan planList(const WebinarListState &state,
        const QList<WebinarContact> &contacts, const QHash<QString, LinkSnapshot> &snapshots,
        const QString &clientId, qint64 runId);

    /// The reason of a created contact's history row, by its Status value.
    static QString createReason(const QString &status);

    /// True when @p contact differs from @p snapshot in any field (no snapshot: true).
    static bool differs(const WebinarContact &contact, const LinkSnapshot *snapshot);
};

} // namespace LeadBridge
