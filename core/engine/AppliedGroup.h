#pragma once

#include "core/engine/Plan.h"
#include "core/model/RecordChange.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace LeadBridge {

/// Everything one applied group of F2 plans needs until it is committed
/// (CrmContactSyncRunner): the plans, the history of the writes answered, and who failed.
struct AppliedGroup
{
    Plan plan;
    QList<RecordChange> rows; ///< history of the writes done (and failed)
    QSet<QString> failedKeys;
    QSet<QString> failedCrmIds;
    QHash<QString, QString> createdMarketingIds; ///< email key → Act-On record id
    /// Keys whose Act-On / CRM write was answered (done or failed); the others were not sent.
    QSet<QString> answeredMarketing;
    QSet<QString> answeredCrm;
    QElapsedTimer timer;
    qint64 writeMs = 0;

    /// The write of @p c failed: the person keeps the old snapshot, with an error row.
    void failed(const PlannedChange &c, qint64 runId, const QString &reason);
};

} // namespace LeadBridge
