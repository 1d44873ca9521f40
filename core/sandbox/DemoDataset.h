#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace LeadBridge::Sandbox {

/// Where a demo person lives in Salesforce.
enum class DemoCrmRole { None, Lead, Contact };

/// One person of the demo world; the same person shows up consistently in
/// ON24 (registrant/attendee), Act-On (list member with a score), Salesforce
/// (lead or contact) and Pipeliner (contact), keyed by email.
struct DemoPerson
{
    int index = 0;
    QString firstName;
    QString middleName;
    QString lastName;
    QString email; ///< may be blank or differ only by case from another person's (dirty rows)
    QString phone;
    QString company;
    QString title;
    QString jobFunction;
    QString companySize;
    QString industry;
    QString street1;
    QString street2;
    QString city;
    QString state;
    QString postalCode;
    QString country;
    QString leadSource;
    int score = 0; ///< Act-On behaviour score, 0..100
    bool optedOut = false;
    bool hardBounced = false;
    DemoCrmRole salesforceRole = DemoCrmRole::None;
    bool inPipeliner = false;
    QDateTime createdAt; ///< UTC
    QDateTime modifiedAt; ///< UTC
};

/// One person's registration (and maybe attendance) for one webinar.
struct DemoRegistration
{
    int personIndex = 0;
    QString partnerRef; ///< becomes Act-On "Lead Source"
    QDateTime registeredAt;
    bool attended = false;
    bool attendedLive = false; ///< live vs on-demand
    QDateTime attendedAt;
    int liveMinutes = 0;
    int archiveMinutes = 0;
    double engagementScore = 0.0; ///< 0..10
    int pollResponses = 0;
    int questionsAsked = 0;
    int surveysSubmitted = 0;
    int resourcesViewed = 0;
};

/// One ON24 webinar.
struct DemoEvent
{
    qint64 eventId = 0;
    QString title;
    QString description;
    QString campaignCode;
    QDateTime start; ///< UTC
    QDateTime end; ///< UTC
    QList<DemoRegistration> registrations;
};

/// One ON24 client account with its webinars.
struct DemoOn24Client
{
    qint64 clientId = 0;
    QString name;
    QList<DemoEvent> events;
};

/// An Act-On marketing list (members are person indexes).
struct DemoList
{
    QString name;
    QString folder;
    QList<int> members;
};

/// A CRM user (Salesforce User / Pipeliner Client) who can own records.
struct DemoUser
{
    QString firstName;
    QString lastName;
    QString email;
};

/// A Salesforce campaign (members are person indexes with a Salesforce role).
struct DemoCampaign
{
    QString name;
    QString status;
    QList<int> members;
};

/// The whole deterministic demo world: the same seed and size always give the
/// same data, byte for byte. Holds believable names and companies, unicode,
/// and a few dirty rows (blank emails, emails duplicated by case, over-long
/// values) on purpose.
struct DemoDataset
{
    quint32 seed = 2026;
    int size = 0;
    QList<DemoPerson> people;
    QList<DemoOn24Client> on24Clients;
    QList<DemoList> actOnLists;
    QList<DemoUser> users;
    QList<DemoCampaign> campaigns;
    /// The Pipeliner space already defines the Lead custom fields of the Act-On hand-off
    /// (cf_acton_score, cf_acton_list_name, cf_acton_contact_id). Off by default: F4
    /// creates them through the Fields API on its first run.
    bool pipelinerLeadActOnFields = false;

    /// Generates the demo world for @p size people (size >= 1).
    static DemoDataset generate(quint32 seed = 2026, int size = 500);
    /// One synthetic person as a pure function of (seed, index), for volume
    /// tests that must not hold a million people in memory. Always a clean row
    /// with a unique lower-case email.
    static DemoPerson syntheticPerson(quint32 seed, int index);

    /// The fixed "today" of generated data (2026-11-01 00:00 UTC): webinars lie in
    /// the ~5 months before it and two are upcoming after it.
    static QDateTime referenceTime();
    /// Moves every timestamp by @p seconds, e.g. so that the reference time
    /// becomes today and upcoming webinars stay upcoming.
    void shiftTimes(qint64 seconds);
};

} // namespace LeadBridge::Sandbox
