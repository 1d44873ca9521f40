#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace LeadBridge {

/// One person of the Hot Prospects view: an Act-On list member with a score, matched by
/// e-mail to a CRM lead or contact, which tells who owns the person.
struct HotProspect
{
    QString ownerId; ///< CRM user id (Salesforce User / Pipeliner Client); empty = no owner
    QString ownerName; ///< the user's name, or "No owner in <CRM>"
    int rank = 0; ///< 1-based within the owner
    QString name;
    QString email; ///< normalised (trimmed, lower-case)
    QString company;
    double score = 0;
    QString type; ///< "Lead" or "Contact"
    QString crmId; ///< the CRM record's id
    QStringList lists; ///< names of the Act-On lists the person is on (read ones only)
    QDateTime lastChange; ///< the latest Act-On modification of the person's rows (UTC)

    friend bool operator==(const HotProspect &, const HotProspect &) = default;
};

/// One sales owner and how many people of theirs the view shows.
struct HotProspectOwner
{
    QString id; ///< empty for "No owner in <CRM>"
    QString name;
    int shown = 0; ///< people listed (at most the limit)
    int scored = 0; ///< people with a score this owner has in all

    friend bool operator==(const HotProspectOwner &, const HotProspectOwner &) = default;
};

/// What to read and how much to show.
struct HotProspectsOptions
{
    /// Act-On lists to read, by id or name. Empty and allLists false = every list.
    QStringList lists;
    /// Read every Act-On contact list, whatever @p lists says.
    bool allLists = false;
    /// Headings that hold the score, tried in order per list (default "Score").
    QStringList scoreHeadings { QStringLiteral("Score") };
    /// People shown per owner (the vendor shows 20).
    int limit = 20;
};

/// The answer of one Hot Prospects refresh.
struct HotProspectsResult
{
    QString crmSystem; ///< "Salesforce" or "Pipeliner"
    QList<HotProspect> prospects; ///< owner by owner (owners by name, "No owner" last), ranked
    QList<HotProspectOwner> owners; ///< every owner with at least one scored person
    QStringList listsRead; ///< names of the Act-On lists read
    QStringList listsWithoutScore; ///< names of lists read that have no score column
    int membersRead = 0; ///< list rows read (all lists)
    int peopleScored = 0; ///< distinct e-mail addresses with a numeric score
    int peopleWithoutScore = 0; ///< distinct addresses whose score is blank or not a number
    int notInCrm = 0; ///< scored people the CRM has no lead or contact for
    int callsUsed = 0;
    QString error; ///< a sentence: what happened and what to do; empty on success
    QString technicalDetail; ///< for the log
    bool cancelled = false;

    bool ok() const { return error.isEmpty() && !cancelled; }
};

} // namespace LeadBridge

Q_DECLARE_METATYPE(LeadBridge::HotProspect)
Q_DECLARE_METATYPE(LeadBridge::HotProspectsOptions)
Q_DECLARE_METATYPE(LeadBridge::HotProspectsResult)
