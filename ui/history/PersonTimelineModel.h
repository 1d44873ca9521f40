#pragma once

#include "core/model/PersonHistory.h"
#include "ui/history/ChangeColumns.h"

#include <QAbstractTableModel>

#include <optional>

namespace LeadBridge {

/// The changes of one person's timeline (PersonHistory), newest first: when the run started,
/// run, flow, system, record, operation, field, old → new, reason or error. Held whole: a
/// timeline is at most PersonTimeline::kDefaultLimit rows.
class PersonTimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        WhenColumn,
        RunColumn,
        FlowColumn,
        SystemColumn,
        RecordColumn,
        OperationColumn,
        FieldColumn,
        OldValueColumn,
        NewValueColumn,
        ReasonColumn,
        ColumnCount
    };

    explicit PersonTimelineModel(QObject *parent = nullptr);

    /// Shows the changes of @p history.
    void setHistory(const PersonHistory &history);
    /// Shows nothing.
    void clear();
    const PersonChange &changeAt(int row) const { return m_changes.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    /// The shared change column that @p column shows (none for when, run and flow).
    static std::optional<ChangeColumns::Part> partOf(int column);

    QList<PersonChange> m_changes;
};

} // namespace LeadBridge
