#pragma once

#include "core/model/Account.h"
#include "core/model/Flow.h"
#include "core/model/RunSummary.h"
#include "core/model/Schedule.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace LeadBridge {

/// The configured flows for the Flows page: name, kind, accounts (source → target),
/// schedule, last run, next run and state (Idle / Queued / Running / Paused / Needs
/// attention). The state of a queued or running flow comes from RunController through
/// setRunState() and survives reloads.
class FlowListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        KindColumn,
        AccountsColumn,
        ScheduleColumn,
        LastRunColumn,
        NextRunColumn,
        StatusColumn, ///< the state word
        ColumnCount
    };
    /// The flow id of a row (qint64).
    static constexpr int FlowIdRole = Qt::UserRole + 1;
    /// StatusColumn: true while the flow is queued or running (the delegate draws a bar).
    static constexpr int RunActiveRole = Qt::UserRole + 2;
    /// StatusColumn: records done and total (-1 = unknown) of the running run.
    static constexpr int ProgressDoneRole = Qt::UserRole + 3;
    static constexpr int ProgressTotalRole = Qt::UserRole + 4;

    /// What RunController knows about a flow that is launching, queued or running.
    struct RunState
    {
        bool running = false; ///< false = queued (or launching)
        QString phase; ///< "Reading Salesforce leads…"
        qint64 done = 0;
        qint64 total = -1;
        bool again = false; ///< runs again when done
        QString toolTip;
    };

    explicit FlowListModel(QObject *parent = nullptr);

    /// Shows @p flows, naming accounts from @p accounts, with their @p schedules and the
    /// @p lastRuns (newest run of each flow), both by flow id.
    void setFlows(const QList<Flow> &flows, const QList<Account> &accounts,
        const QHash<qint64, Schedule> &schedules = {},
        const QHash<qint64, RunSummary> &lastRuns = {});
    /// The flow in @p row.
    const Flow &flow(int row) const { return m_flows.at(row); }
    /// The row of flow @p id, or -1.
    int rowOf(qint64 id) const;
    /// The schedule of flow @p id (nullptr when it has none).
    const Schedule *schedule(qint64 id) const;

    /// Marks flow @p id queued or running with @p state.
    void setRunState(qint64 id, const RunState &state);
    /// The flow is idle again.
    void clearRunState(qint64 id);
    /// Whether flow @p id is launching, queued or running.
    bool isRunActive(qint64 id) const { return m_runs.contains(id); }

    /// The plain name of a kind: "Webinar import (ON24 → Act-On)", "CRM contact sync",
    /// "List sync", "Lead handoff".
    static QString kindName(FlowKind kind);
    /// Whether a flow of @p kind has a field map to edit (CRM contact sync, list sync).
    static bool hasFieldMap(FlowKind kind);
    /// The account kinds that fit the source (@p source true) or target of @p kind.
    static QList<AccountKind> fittingKinds(FlowKind kind, bool source);
    /// "14:30", "Yesterday 14:30", "Tomorrow 08:00" or a short date and time (local).
    static QString when(const QDateTime &utc, const QDateTime &nowUtc);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString accountName(qint64 id) const;
    QString stateText(const Flow &f) const;
    QString stateToolTip(const Flow &f) const;
    QString scheduleText(const Flow &f) const;
    QString nextRunText(const Flow &f) const;
    QString lastRunText(const Flow &f, bool toolTip) const;

    QList<Flow> m_flows;
    QHash<qint64, QString> m_accountNames;
    QHash<qint64, Schedule> m_schedules;
    QHash<qint64, RunSummary> m_lastRuns;
    QHash<qint64, RunState> m_runs;
};

} // namespace LeadBridge
