#include "ui/flows/FlowListModel.h"

#include "core/engine/FlowSettingsCheck.h"
#include "core/model/RunWords.h"
#include "core/model/ScheduleRules.h"

#include <QLocale>

namespace LeadBridge {

FlowListModel::FlowListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void FlowListModel::setFlows(const QList<Flow> &flows, const QList<Account> &accounts,
    const QHash<qint64, Schedule> &schedules, const QHash<qint64, RunSummary> &lastRuns)
{
    beginResetModel();
    m_flows = flows;
    m_accountNames.clear();
    for (const Account &a : accounts)
        m_accountNames.insert(a.id, a.name);
    m_schedules = schedules;
    m_lastRuns = lastRuns;
    endResetModel();
}

int FlowListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_flows.size(); ++i) {
        if (m_flows.at(i).id == id)
            return i;
    }
    return -1;
}

const Schedule *FlowListModel::schedule(qint64 id) const
{
    const auto it = m_schedules.constFind(id);
    return it == m_schedules.cend() ? nullptr : &*it;
}

void FlowListModel::setRunState(qint64 id, const RunState &state)
{
    m_runs.insert(id, state);
    const int row = rowOf(id);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void FlowListModel::clearRunState(qint64 id)
{
    if (!m_runs.remove(id))
        return;
    const int row = rowOf(id);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QString FlowListModel::kindName(FlowKind kind)
{
    switch (kind) {
    case FlowKind::WebinarImport:
        return tr("Webinar import (ON24 → Act-On)");
    case FlowKind::CrmContactSync:
        return tr("CRM contact sync");
    case FlowKind::ListSync:
        return tr("List sync");
    case FlowKind::LeadHandoff:
        return tr("Lead handoff");
    }
    return {};
}

bool FlowListModel::hasFieldMap(FlowKind kind)
{
    return kind == FlowKind::CrmContactSync || kind == FlowKind::ListSync;
}

QList<AccountKind> FlowListModel::fittingKinds(FlowKind kind, bool source)
{
    return FlowSettingsCheck::fittingKinds(kind, source);
}

QString FlowListModel::when(const QDateTime &utc, const QDateTime &nowUtc)
{
    if (!utc.isValid())
        return {};
    const QLocale locale;
    const QDateTime local = utc.toLocalTime();
    const QDate today = nowUtc.toLocalTime().date();
    const QString time = ScheduleRules::timeText(local.time());
    if (local.date() == today)
        return time;
    if (local.date() == today.addDays(1))
        return tr("Tomorrow %1").arg(time);
    if (local.date() == today.addDays(-1))
        return tr("Yesterday %1").arg(time);
    return locale.toString(local, QLocale::ShortFormat);
}

QString FlowListModel::accountName(qint64 id) const
{
    if (id <= 0)
        return tr("(none)");
    return m_accountNames.value(id, tr("(unlinked account)"));
}

QString FlowListModel::stateText(const Flow &f) const
{
    const auto run = m_runs.constFind(f.id);
    if (run != m_runs.cend()) {
        if (!run->running)
            return RunWords::status(RunStatus::Queued);
        QString text = RunWords::status(RunStatus::Running);
        if (!run->phase.isEmpty())
            text += QStringLiteral(" — ") + run->phase;
        if (run->again)
            text += tr(" (again when done)");
        return text;
    }
    if (!f.enabled)
        return tr("Paused");
    if (!f.attention.isEmpty())
        return tr("Needs attention");
    return tr("Idle");
}

QString FlowListModel::stateToolTip(const Flow &f) const
{
    const auto run = m_runs.constFind(f.id);
    if (run != m_runs.cend())
        return run->toolTip.isEmpty() ? stateText(f) : run->toolTip;
    QStringList lines;
    if (!f.attention.isEmpty())
        lines.append(f.attention);
    if (!f.enabled)
        lines.append(tr("Paused: the flow does not run by its schedule until you resume it. "
                        "Sync Now still runs it."));
    if (f.needsFullSync)
        lines.append(tr("The next run reads every record again (a full sync), because the "
                        "flow is new, its accounts changed or its field map gained a field."));
    return lines.isEmpty() ? tr("Idle") : lines.join(u'\n');
}

QString FlowListModel::scheduleText(const Flow &f) const
{
    const Schedule *s = schedule(f.id);
    if (!f.enabled)
        return tr("Paused");
    if (!s || !s->enabled)
        return tr("Off");
    return ScheduleRules::describe(*s);
}

QString FlowListModel::nextRunText(const Flow &f) const
{
    const Schedule *s = schedule(f.id);
    if (!f.enabled || !s || !s->enabled)
        return QStringLiteral("—");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime next = s->retryAt.isValid() ? s->retryAt : s->nextRunAt;
    if (!next.isValid())
        next = s->nextAfter(now);
    if (next < now)
        return tr("Due now");
    return when(next, now);
}

QString FlowListModel::lastRunText(const Flow &f, bool toolTip) const
{
    const auto it = m_lastRuns.constFind(f.id);
    if (it == m_lastRuns.cend())
        return toolTip ? tr("The flow has not run yet.") : tr("Never");
    const RunSummary &r = *it;
    const QDateTime at = r.finishedAt.isValid() ? r.finishedAt : r.startedAt;
    if (!toolTip)
        return tr("%1 · %2").arg(
            RunWords::status(r.status), when(at, QDateTime::currentDateTimeUtc()));
    const QLocale locale;
    QString text = tr("%1 on %2: %3 created, %4 updated, %5 deleted, %6 errors.")
                       .arg(RunWords::status(r.status),
                           locale.toString(at.toLocalTime(), QLocale::ShortFormat),
                           locale.toString(r.counts.created), locale.toString(r.counts.updated),
                           locale.toString(r.counts.deleted), locale.toString(r.counts.errors));
    if (!r.errorSummary.isEmpty())
        text += u'\n' + r.errorSummary;
    return text;
}

int FlowListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_flows.size());
}

int FlowListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FlowListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Flow &f = m_flows.at(index.row());
    if (role == FlowIdRole)
        return f.id;
    if (index.column() == StatusColumn) {
        const auto run = m_runs.constFind(f.id);
        if (role == RunActiveRole)
            return run != m_runs.cend();
        if (role == ProgressDoneRole)
            return run != m_runs.cend() ? run->done : 0;
        if (role == ProgressTotalRole)
            return run != m_runs.cend() && run->running ? run->total : qint64(-1);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const bool tip = role == Qt::ToolTipRole;
    switch (index.column()) {
    case NameColumn:
        return f.name;
    case KindColumn:
        return kindName(f.kind);
    case AccountsColumn:
        return tr("%1 → %2").arg(accountName(f.sourceAccountId), accountName(f.targetAccountId));
    case ScheduleColumn:
        if (tip && !f.enabled) {
            const Schedule *s = schedule(f.id);
            return s ? tr("Paused. When resumed: %1.").arg(ScheduleRules::describe(*s))
                     : tr("Paused. No schedule: the flow runs when you click Sync Now.");
        }
        if (tip && scheduleText(f) == tr("Off"))
            return tr("No schedule: the flow runs when you click Sync Now. Schedule… sets one.");
        return scheduleText(f);
    case LastRunColumn:
        return lastRunText(f, tip);
    case NextRunColumn:
        return nextRunText(f);
    case StatusColumn:
        return tip ? stateToolTip(f) : stateText(f);
    default:
        return {};
    }
}

QVariant FlowListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case AccountsColumn:
        return tr("Source → target");
    case ScheduleColumn:
        return tr("Schedule");
    case LastRunColumn:
        return tr("Last run");
    case NextRunColumn:
        return tr("Next run");
    case StatusColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace LeadBridge
