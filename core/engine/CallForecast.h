#pragma once

#include "core/engine/SystemForecast.h"
#include "core/model/Flow.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace LeadBridge {

/// What one run of a flow is expected to cost in API calls, per system, against each
/// system's daily allowance (CallForecaster makes it on the engine thread; the window and
/// `leadbridge-cli sync FLOW --forecast` show it). A value type.
struct CallForecast
{
    Q_DECLARE_TR_FUNCTIONS(LeadBridge::CallForecast)

public:
    qint64 flowId = 0;
    QString flowName;
    FlowKind flowKind = FlowKind::CrmContactSync;
    /// Whether the run would read everything (full) or the changes since the last run.
    bool full = false;
    /// Why the run would be full, for people (empty for incremental runs).
    QString fullReason;
    /// Whether the forecast is for a preview (reads only, no writes).
    bool preview = false;
    /// One entry per linked account of the flow, in the flow's order (source, target).
    QList<SystemForecast> systems;
    /// How the figures were made, for people: counted before the run, or repeated from the
    /// flow's last run of the same mode.
    QString basis;
    /// A sentence when no forecast could be made (a count failed); systems is then empty.
    QString error;

    bool ok() const { return error.isEmpty(); }
    /// Forecast calls over every system.
    qint64 totalCalls() const;
    /// The strongest warning over every system.
    AllowanceWarning worstWarning() const;
    /// Every system's warning sentence, one per line (empty when none).
    QString warningText() const;
    /// One line for people: "About 14 API calls: Salesforce 6, Act-On 8 (incremental run)."
    QString summaryLine() const;
    /// Stable JSON for the command line (flow, mode, systems[], total_calls, warning, error).
    QJsonObject toJson() const;
};

} // namespace LeadBridge

Q_DECLARE_METATYPE(LeadBridge::CallForecast)
