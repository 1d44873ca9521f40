#include "ui/hotprospects/HotProspectsModel.h"

#include <QLocale>

namespace LeadBridge {

HotProspectsModel::HotProspectsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void HotProspectsModel::setProspects(const QList<HotProspect> &prospects)
{
    beginResetModel();
    m_rows = prospects;
    endResetModel();
}

int HotProspectsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HotProspectsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HotProspectsModel::text(const HotProspect &p, int column)
{
    switch (column) {
    case Owner:
        return p.ownerName;
    case Rank:
        return QString::number(p.rank);
    case Name:
        return p.name;
    case Email:
        return p.email;
    case Company:
        return p.company;
    case Score:
        return QLocale().toString(p.score, 'g', 12);
    case Type:
        return p.type == QLatin1String("Lead") ? tr("Lead") : tr("Contact");
    case Lists:
        return p.lists.join(QStringLiteral(", "));
    default:
        return {};
    }
}

QVariant HotProspectsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const HotProspect &p = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(p, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Type)
            return tr("%1 record %2").arg(text(p, Type), p.crmId);
        if (index.column() == Score && p.lastChange.isValid())
            return tr("Last changed in Act-On on %1")
                .arg(QLocale().toString(p.lastChange.toLocalTime(), QLocale::ShortFormat));
        return text(p, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Rank || index.column() == Score)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        if (index.column() == Rank)
            return p.rank;
        if (index.column() == Score)
            return p.score;
        return text(p, index.column()).toCaseFolded();
    case OwnerIdRole:
        return p.ownerId;
    default:
        return {};
    }
}

QVariant HotProspectsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Owner:
        return tr("Owner");
    case Rank:
        return tr("Rank");
    case Name:
        return tr("Name");
    case Email:
        return tr("E-mail");
    case Company:
        return tr("Company");
    case Score:
        return tr("Score");
    case Type:
        return tr("Type");
    case Lists:
        return tr("Lists");
    default:
        return {};
    }
}

} // namespace LeadBridge
