#pragma once

#include "core/model/PersonHistory.h"
#include "core/util/Expected.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace LeadBridge {

class Journal;

/// One person across systems: for an e-mail address, the ids every flow's link table holds
/// for that person now, and every change the journal recorded to the person in any system,
/// flow and run, newest first (History → Find a person…, `leadbridge-cli person`).
///
/// How a change is found: the engine records a person's changes under the link's e-mail key
/// (F1, F2, F4 contacts), the lead handoff's "email|list" key (F4 leads) or a record id
/// (rows skipped before a link existed). The search starts from the address, adds the ids of
/// the person's links, and follows e-mail changes both ways: an update whose new value is
/// the address leads to the earlier address (under which the earlier runs recorded the
/// person), and an e-mail update recorded under the address leads to the later one. Links
/// of other flows that share one of the person's record ids are followed too. Every step
/// is an index look-up (journal schema 4: `record_links_email`,
/// `record_changes_email_moves`), so the search stays fast on a journal of millions of
/// changes. Preview runs are left out: nothing of them was written.
class PersonTimeline
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::PersonTimeline)
public:
    /// Changes returned at most unless told otherwise.
    static constexpr int kDefaultLimit = 2000;
    /// Addresses one search follows at most (a chain of e-mail changes).
    static constexpr int kMaxAddresses = 20;

    explicit PersonTimeline(Journal &journal);

    /// The address as the journal keys people: trimmed and lower-cased.
    static QString normaliseEmail(const QString &email);

    /// The person with @p email (case and surrounding spaces do not matter): links and at
    /// most @p limit changes, newest first. An unknown address gives an empty history.
    Expected<PersonHistory> find(const QString &email, int limit = kDefaultLimit);

    /// The query plan (EXPLAIN QUERY PLAN detail lines) of every statement find() runs, for
    /// checking that each one is answered from an index.
    Expected<QStringList> queryPlans();

private:
    Journal &m_journal;
};

} // namespace LeadBridge
