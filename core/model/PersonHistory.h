#pragma once

#include "core/model/Flow.h"
#include "core/model/RecordChange.h"
#include "core/model/RunSummary.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace LeadBridge {

/// One recorded change to a person, with the run and flow that made it.
struct PersonChange
{
    RecordChange change;
    qint64 flowId = 0;
    QString flowName;
    FlowKind flowKind = FlowKind::WebinarImport;
    RunMode runMode = RunMode::Incremental;
    RunStatus runStatus = RunStatus::Succeeded;
    QDateTime runStartedAt;
};

/// One id a flow's link table holds for a person in one system.
struct PersonLink
{
    qint64 flowId = 0;
    QString flowName;
    /// Account kind storage name ("on24", "acton", "salesforce", "pipeliner").
    QString system;
    QString id;
    /// Salesforce only: "lead" or "contact"; empty otherwise.
    QString crmType;
    /// The link's key in that flow (the lower-cased e-mail, for lead handoffs "email|list").
    QString linkKey;
    QDateTime updatedAt;
};

/// Everything the journal knows about one person: the current linked ids in each system and
/// every recorded change, newest first (PersonTimeline).
struct PersonHistory
{
    /// The address searched for, trimmed and lower-cased.
    QString email;
    /// Every address the person was found under: the one searched for first, then earlier
    /// or later addresses reached through recorded e-mail changes and shared record ids.
    QStringList addresses;
    /// Current links, newest first (one per flow and system).
    QList<PersonLink> links;
    /// Recorded changes, newest first.
    QList<PersonChange> changes;
    /// True when there were more changes than the limit asked for.
    bool truncated = false;

    bool isEmpty() const { return links.isEmpty() && changes.isEmpty(); }
};

} // namespace LeadBridge

Q_DECLARE_METATYPE(LeadBridge::PersonHistory)
