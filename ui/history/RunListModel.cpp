#include "ui/history/RunListModel.h"

#include "core/model/RunWords.h"
#include "core/store/Journal.h"

#include <QLocale>
#include <QScopedValueRollback>

namespace LeadBridge {

RunListModel::RunListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RunListModel::setJournal(Journal *journal)
{
    m_journal = journal;
    load(m_pageSize);
}

void RunListModel::setFilter(const RunFilter &filter)
{
    m_filter = filter;
    load(m_pageSize);
}

void RunListModel::refresh()
{
    load(qMax(m_pageSize, int(m_rows.size())));
}

int RunListModel::rowOfRun(qint64 runId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).run.id == runId)
            return i;
    }
    return -1;
}

HistoryQuery::RunSort RunListModel::sortKey(int column)
{
    using S = HistoryQuery::RunSort;
    switch (column) {
    case RunColumn:
        return S::Id;
    case FlowColumn:
        return S::Flow;
    case TriggerColumn:
        return S::Trigger;
    case ModeColumn:
        return S::Mode;
    case StartedColumn:
        return S::Started;
    case DurationColumn:
        return S::Duration;
    case StatusColumn:
        return S::Status;
    case CreatedColumn:
        return S::Created;
    case UpdatedColumn:
        return S::Updated;
    case DeletedColumn:
        return S::Deleted;
    case SkippedColumn:
        return S::Skipped;
    case ConflictsColumn:
        return S::Conflicts;
    case ErrorsColumn:
        return S::Errors;
    case CallsColumn:
        return S::Calls;
    case ErrorColumn:
        return S::Error;
    }
    return S::Started;
}

void RunListModel::load(int rows)
{
    // Views and testers may ask for more rows from their modelReset slots; the first
    // page is in place only once every slot ran.
    m_fetching = true;
    beginResetModel();
    m_rows.clear();
    m_more = false;
    if (m_journal && m_journal->isOpen()) {
        HistoryQuery query(*m_journal);
        const auto page = query.runs(m_filter, sortKey(m_sortColumn), m_sortOrder, 0, rows);
        if (page) {
            m_rows = page.value();
            m_more = m_rows.size() == rows;
            m_error.clear();
        } else {
            m_error = page.errorString();
        }
    }
    endResetModel();
    m_fetching = false;
    if (!m_error.isEmpty())
        Q_EMIT readFailed(m_error);
}

int RunListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RunListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool RunListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more && m_journal && !m_fetching;
}

void RunListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QScopedValueRollback<bool> guard(m_fetching, true);
    HistoryQuery query(*m_journal);
    const auto page
        = query.runs(m_filter, sortKey(m_sortColumn), m_sortOrder, int(m_rows.size()), m_pageSize);
    if (!page) {
        m_more = false;
        m_error = page.errorString();
        Q_EMIT readFailed(m_error);
        return;
    }
    m_more = page->size() == m_pageSize;
    if (page->isEmpty())
        return;
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows.append(page.value());
    endInsertRows();
}

void RunListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    if (column == m_sortColumn && order == m_sortOrder && !m_rows.isEmpty())
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    load(qMax(m_pageSize, int(m_rows.size())));
}

QVariant RunListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryRun &h = m_rows.at(index.row());
    const RunSummary &r = h.run;
    if (role == RunIdRole)
        return r.id;
    if (role == StatusRole)
        return int(r.status);
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == RunColumn
            || (index.column() >= CreatedColumn && index.column() <= CallsColumn)
            || index.column() == DurationColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == ErrorColumn || index.column() == StatusColumn)
            return r.errorSummary.isEmpty() ? QVariant() : QVariant(r.errorSummary);
        if (index.column() == StartedColumn && r.startedAt.isValid())
            return QLocale().toString(r.startedAt.toLocalTime(), QLocale::LongFormat);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case RunColumn:
        return r.id;
    case FlowColumn:
        return h.flowName;
    case TriggerColumn:
        return RunWords::trigger(r.trigger);
    case ModeColumn:
        if (r.undoOfRunId > 0)
            return r.mode == RunMode::Preview ? tr("Undo of run %1 (preview)").arg(r.undoOfRunId)
                                              : tr("Undo of run %1").arg(r.undoOfRunId);
        if (r.appliesPreviewRunId > 0)
            return tr("Applies preview %1").arg(r.appliesPreviewRunId);
        return RunWords::mode(r.mode);
    case StartedColumn:
        return r.startedAt.isValid()
            ? r.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
            : QString();
    case DurationColumn:
        return RunWords::duration(r.startedAt, r.finishedAt);
    case StatusColumn:
        return RunWords::status(r.status);
    case CreatedColumn:
        return locale.toString(r.counts.created);
    case UpdatedColumn:
        return locale.toString(r.counts.updated);
    case DeletedColumn:
        return locale.toString(r.counts.deleted);
    case SkippedColumn:
        return locale.toString(r.counts.skipped);
    case ConflictsColumn:
        return locale.toString(r.counts.conflicts);
    case ErrorsColumn:
        return locale.toString(r.counts.errors);
    case CallsColumn:
        return locale.toString(r.callsUsed);
    case ErrorColumn:
        return r.errorSummary;
    }
    return {};
}

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case TriggerColumn:
            return tr("What started the run: you (Manual), the schedule or the command line");
        case ModeColumn:
            return tr("Incremental (changes since the last run), Full (everything), Preview "
                      "(nothing written) or Undo of run N (the values run N replaced, restored)");
        case CallsColumn:
            return tr("API calls the run used, as the systems count them");
        case ConflictsColumn:
            return tr("Records changed on both sides since the last sync; the flow's conflict "
                      "rule decided");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RunColumn:
        return tr("Run");
    case FlowColumn:
        return tr("Flow");
    case TriggerColumn:
        return tr("Trigger");
    case ModeColumn:
        return tr("Mode");
    case StartedColumn:
        return tr("Started");
    case DurationColumn:
        return tr("Duration");
    case StatusColumn:
        return tr("Status");
    case CreatedColumn:
        return tr("Created");
    case UpdatedColumn:
        return tr("Updated");
    case DeletedColumn:
        return tr("Deleted");
    case SkippedColumn:
        return tr("Skipped");
    case ConflictsColumn:
        return tr("Conflicts");
    case ErrorsColumn:
        return tr("Errors");
    case CallsColumn:
        return tr("Calls");
    case ErrorColumn:
        return tr("Error");
    }
    return {};
}

} // namespace LeadBridge
