#pragma once

#include "core/engine/FlowRunner.h"
#include "core/model/LinkSnapshot.h"
#include "core/model/RecordChange.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <functional>

namespace LeadBridge {

class ActOnConnector;
class PipelinerConnector;
class SalesforceConnector;
struct ConnectorRecord;

/// F4 lead handoff, Act-On -> Pipeliner (seed 002) or Salesforce (DESIGN.md §2 F4).
///
/// A run reads the chosen Act-On lists (all lists when none is chosen) and keeps the
/// members whose score is at or above the threshold. For each such list membership:
///  - a lead already linked in the journal only has its score brought up to date (one bulk
///    update of the leads whose score changed since the last run);
///  - otherwise a lead named exactly "First Last (List name)" is looked up by name (so a
///    lead made by hand or by a lost run is linked, never duplicated) and created when
///    missing: owned by the chosen owner, carrying the Act-On score, and linked to the CRM
///    contact with the member's e-mail — which is created first (first, middle, last name,
///    e-mail, account name; same owner) when the CRM has none.
/// Links: the lead of a membership is stored under the key "email|listId", the contact
/// under the e-mail. Settings (Flow::settings): scoreThreshold (default 50), lists (ids or
/// names), ownerId (Pipeliner Client id / Salesforce User id; required), scoreHeading
/// (default "Score"), scoreField (default cf_acton_score / Score__c).
/// Pre-flight (Pipeliner): the Lead custom fields the run writes (the score field,
/// cf_acton_list_name, cf_acton_contact_id) must exist in the space. Missing cf_ fields are
/// created through the Fields API (POST entities/Fields); when Pipeliner refuses (the user may
/// not manage fields) the run stops before any write with a sentence naming the fields.
/// Salesforce has no lead-to-contact lookup: there the lead's name is FirstName + LastName
/// "Last (List name)", Company = the account name (or "[not provided]"), and the contact
/// link is kept in the journal and written into the lead's Description.
class LeadHandoffRunner : public FlowRunner
{
    Q_OBJECT
public:
    explicit LeadHandoffRunner(FlowContext context, QObject *parent = nullptr);
    ~LeadHandoffRunner() override;

    void start() override;

    /// "First Last (List name)" (blank name parts left out; the e-mail when both are blank).
    static QString leadName(
        const QString &first, const QString &last, const QString &email, const QString &listName);
    /// The journal link key of one list membership's lead.
    static QString membershipKey(const QString &email, const QString &listId);

private:
    /// One Act-On list member at or above the threshold.
    struct Member
    {
        QString email; ///< normalised
        QString listId;
        QString listName;
        QString recordId; ///< Act-On record id
        QString first, middle, last, company;
        QString score; ///< normalised number text
        double scoreValue = 0;
        QString leadId; ///< linked or found lead
        QString contactId;
        bool knownLead = false; ///< linked in the journal before this run
    };

    void checkCustomFields();
    void createMissingField(int index);
    /// The Pipeliner Lead custom fields a run writes.
    QStringList leadCustomFields() const;
    void readLists();
    void readMembers(int index);
    void loadLinks();
    void checkNames(int index);
    void findContacts();
    void createContacts();
    void createLeads();
    void updateScores();
    /// The journal row of a record the CRM did not take; @p failure says why.
    using FailedRow = std::function<RecordChange(const Member &m, const QString &failure)>;
    /// What a record the CRM took adds to the journal; @p k = its index in the request.
    using Confirmed = std::function<void(int k, Member &m, const WriteOutcome &outcome,
        QList<RecordChange> &rows, QList<LinkSnapshot> &links)>;
    /// Sends @p req to the CRM (record k for member @p who[k]); when it answers, records each
    /// record through @p failed or @p confirmed, commits, then stops on a call error or goes
    /// on with @p next. What the CRM confirmed is recorded even when a cancel arrived meanwhile.
    void writeToCrm(const WriteRequest &req, const QList<int> &who, FailedRow failed,
        Confirmed confirmed, std::function<void()> next);
    void finish();
    void findLead(const Member &m, std::function<void(const QString &id, const ApiError &)> done);
    void fetchContacts(const QStringList &emails,
        std::function<void(const QHash<QString, QString> &, const ApiError &)> done);
    bool commit(const QList<RecordChange> &rows, const QList<LinkSnapshot> &snapshots);
    RecordChange row(const QString &object, const QString &key, ChangeOperation op,
        const QString &field = QString(), const QString &oldValue = QString(),
        const QString &newValue = QString(), const QString &reason = QString()) const;
    LinkSnapshot leadSnapshot(const Member &m) const;
    QString crmSystem() const;
    QString leadObject() const;
    QString contactObject() const;

    ActOnConnector *m_acton = nullptr;
    PipelinerConnector *m_pipeliner = nullptr;
    SalesforceConnector *m_sf = nullptr;
    double m_threshold = 50;
    QStringList m_chosenLists;
    QString m_ownerId;
    QString m_scoreHeading;
    QString m_scoreField;
    QList<QPair<QString, QString>> m_lists; ///< id, name
    QStringList m_listsWithoutScore; ///< names of lists read that have no score column
    int m_listsWithScore = 0;
    QList<Member> m_members;
    QHash<QString, LinkSnapshot> m_links; ///< by link key
    QList<int> m_newLeads; ///< indexes into m_members needing a lead
    QHash<QString, QString> m_contacts; ///< email -> CRM contact id
    QList<RecordChange> m_skips;
    QStringList m_missingFields; ///< pre-flight: Lead custom fields still to create
};

/// Registers LeadHandoffRunner for FlowKind::LeadHandoff with SyncEngine.
void registerLeadHandoffRunner();

} // namespace LeadBridge
