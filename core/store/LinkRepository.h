#pragma once

#include "core/mapping/CrmKind.h"
#include "core/model/LinkSnapshot.h"
#include "core/util/Expected.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <functional>

namespace LeadBridge {

class Journal;

/// Record links and last-synced snapshots of one flow (table record_links), and the flow's
/// sync cursors (table sync_cursors).
///
/// Writes never open a transaction of their own: the engine commits a batch's history,
/// snapshots, links and cursor in one transaction (Transaction) around these calls, so a run
/// killed at any instant leaves either all of a batch or none of it. Statements are
/// prepared once per call and reused for every row; reads are batched (IN lists of
/// kReadBatch keys).
class LinkRepository
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::LinkRepository)

public:
    /// Keys per IN (...) list when loading.
    static constexpr int kReadBatch = 500;

    /// Links of flow @p flowId, whose CRM is @p crm (which id column the CRM id goes to).
    LinkRepository(Journal &journal, qint64 flowId, CrmKind crm);

    /// Snapshots whose email key is one of @p emailKeys (missing keys are simply absent).
    Expected<QList<LinkSnapshot>> loadByEmail(const QStringList &emailKeys);
    /// Snapshots whose CRM id is one of @p crmIds.
    Expected<QList<LinkSnapshot>> loadByCrmId(const QStringList &crmIds);
    /// Snapshots whose Act-On id is one of @p marketingIds.
    Expected<QList<LinkSnapshot>> loadByMarketingId(const QStringList &marketingIds);
    /// Every snapshot of the flow, handed to @p sink in batches of @p batchSize (full runs
    /// stream them instead of holding all). @p sink returns false to stop early.
    Status forEach(const std::function<bool(QList<LinkSnapshot> &&)> &sink, int batchSize = 10000);
    /// Number of links of the flow.
    Expected<qint64> count();

    /// Inserts or replaces the snapshots (by email key). A null id never erases a stored
    /// one. Call inside the caller's transaction for speed and atomicity.
    Status upsert(const QList<LinkSnapshot> &snapshots);
    /// Removes the links with these email keys.
    Status remove(const QStringList &emailKeys);

    /// The stored cursor of @p system / @p object; empty when none.
    Expected<QString> cursor(const QString &system, const QString &object);
    /// Stores (replaces) a cursor. Call in the transaction that records the data it covers.
    Status setCursor(const QString &system, const QString &object, const QString &cursor);
    /// Forgets every cursor of the flow (the next run is full).
    Status clearCursors();

private:
    Expected<QList<LinkSnapshot>> loadWhere(const QString &column, const QStringList &values);
    QString crmIdColumn() const;

    Journal &m_journal;
    qint64 m_flowId = 0;
    CrmKind m_crm = CrmKind::Salesforce;
};

} // namespace LeadBridge
