#pragma once

#include "core/engine/HotProspectTypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace LeadBridge {

/// The rows of the Hot Prospects table: one per person, owner by owner, as HotProspects
/// ranked them. Sorting happens in a proxy: SortRole gives numbers for Rank and Score.
class HotProspectsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Owner, Rank, Name, Email, Company, Score, Type, Lists, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< numbers for Rank and Score, case-folded text otherwise
        OwnerIdRole, ///< the owner's CRM id ("" for no owner)
    };

    explicit HotProspectsModel(QObject *parent = nullptr);

    /// Replaces the rows.
    void setProspects(const QList<HotProspect> &prospects);
    /// The person of @p row.
    const HotProspect &prospect(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The cell text of @p column for @p p, as the table shows it (also for copy and CSV).
    static QString text(const HotProspect &p, int column);

private:
    QList<HotProspect> m_rows;
};

} // namespace LeadBridge
