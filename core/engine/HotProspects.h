#pragma once

#include "core/engine/HotProspectTypes.h"
#include "core/mapping/FieldMap.h"
#include "core/model/Flow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace LeadBridge {

class ActOnConnector;
class Connector;
class ApiError;

/// Hot Prospects (seed 003, "Hot Prospects"; issue 12): per sales owner, the people with
/// the highest Act-On score, with ownership from the CRM, as the Act-On Salesforce
/// integration shows them (top 20 per owner).
///
/// One refresh, on the thread of its connectors (the engine thread):
///  1. Act-On: the contact lists (listLists), then each chosen list in JSON pages with its
///     date qualifiers (downloadList). A person's score is the highest numeric score of
///     their rows; blank or non-numeric scores do not rank.
///  2. CRM, read live: Salesforce Contacts and unconverted Leads (Id, Email, OwnerId, names,
///     Company) and every User (Id, Name); Pipeliner Contacts (email1, owner_id, names,
///     quick_account_name) and Clients. Matched by e-mail, trimmed and lower-cased; a
///     person who is both a contact and a lead counts as the contact (the lead was usually
///     converted); of several records of one kind, the most recently modified wins.
///  3. Ranking per owner: score (highest first), then the latest Act-On change of the
///     person's rows (most recent first), then name and e-mail (alphabetically, ignoring
///     case). People without an owner go under "No owner in <CRM>"; people the CRM does
///     not have are left out and counted.
/// cancel() aborts both connectors; finished() then reports cancelled. finished() comes
/// exactly once.
class HotProspects : public QObject
{
    Q_OBJECT
public:
    /// One Act-On person, merged over the lists read.
    struct Member
    {
        QString email; ///< normalised
        QString name;
        QString company;
        double score = 0;
        bool hasScore = false;
        QStringList lists;
        QDateTime lastChange;
    };
    /// One CRM lead or contact.
    struct CrmPerson
    {
        QString id;
        QString type; ///< "Lead" / "Contact"
        QString ownerId;
        QString name;
        QString company;
        QDateTime modifiedAt;
    };

    /// Uses @p acton and @p crm (not owned; both must live in this thread).
    HotProspects(ActOnConnector *acton, Connector *crm, const HotProspectsOptions &options,
        QObject *parent = nullptr);
    ~HotProspects() override;

    /// Starts the refresh; answers through finished().
    void start();
    /// Stops the refresh; finished() reports cancelled.
    void cancel();

    /// The ranking of step 3 (pure): @p members by e-mail against @p crm by e-mail, owner
    /// names from @p ownerNames, at most @p limit per owner.
    static HotProspectsResult rank(const QList<Member> &members,
        const QHash<QString, CrmPerson> &crm, const QHash<QString, QString> &ownerNames,
        const QString &crmSystem, int limit);
    /// "No owner in Salesforce".
    static QString noOwnerName(const QString &crmSystem);
    /// The lists and score headings the flows between Act-On account @p actonId and CRM
    /// account @p crmId use: F2 (listId, else listName, else the flow's name), F3
    /// (listName) and F4 (lists, scoreHeading); score headings also from the Score rows of
    /// the flows' field maps (@p maps by flow id). Lists stay empty when a flow reads all
    /// lists (F4 without lists) or when no flow links the two accounts.
    static HotProspectsOptions optionsForFlows(const QList<Flow> &flows,
        const QHash<qint64, FieldMap> &maps, qint64 actonId, qint64 crmId);
    /// The sentence for a failed call: "LeadBridge could not read <what>: <reason> …".
    static QString failureSentence(const QString &what, const QString &reason);

Q_SIGNALS:
    /// What is being read (a sentence), and how far (@p total 0 = unknown).
    void progress(const QString &phase, int done, int total);
    /// The answer, exactly once.
    void finished(const LeadBridge::HotProspectsResult &result);

private:
    void readLists();
    void readList(int index);
    void readCrm(int step);
    void finish();
    void fail(const QString &what, const ApiError &error);
    void done(HotProspectsResult result);
    void addCrmRecord(const QString &type, const QString &id, const QString &email,
        const QString &ownerId, const QString &name, const QString &company,
        const QDateTime &modifiedAt);
    bool stopped() const { return m_cancelled || m_done; }

    QPointer<ActOnConnector> m_acton;
    QPointer<Connector> m_crm;
    HotProspectsOptions m_options;
    QString m_crmSystem;
    QList<QPair<QString, QString>> m_lists; ///< id, name
    QHash<QString, Member> m_members; ///< by e-mail
    QStringList m_memberOrder;
    QStringList m_listsWithoutScore;
    QSet<QString> m_unscored; ///< e-mails seen only without a numeric score
    int m_rowsRead = 0;
    QHash<QString, CrmPerson> m_people; ///< by e-mail
    QHash<QString, QString> m_ownerNames;
    bool m_cancelled = false;
    bool m_done = false;
};

} // namespace LeadBridge
