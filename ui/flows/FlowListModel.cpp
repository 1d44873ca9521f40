#include "ui/flows/FlowListModel.h"

namespace LeadBridge {

FlowListModel::FlowListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void FlowListModel::setFlows(const QList<Flow> &flows, const QList<Account> &accounts)
{
    beginResetModel();
    m_flows = flows;
    m_accountNames.clear();
    for (const Account &a : accounts)
        m_accountNames.insert(a.id, a.name);
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
    switch (kind) {
    case FlowKind::WebinarImport:
        return { source ? AccountKind::On24 : AccountKind::ActOn };
    case FlowKind::CrmContactSync:
        return source ? QList<AccountKind> { AccountKind::Salesforce, AccountKind::Pipeliner }
                      : QList<AccountKind> { AccountKind::ActOn };
    case FlowKind::ListSync:
        return { source ? AccountKind::Salesforce : AccountKind::ActOn };
    case FlowKind::LeadHandoff:
        return source ? QList<AccountKind> { AccountKind::ActOn }
                      : QList<AccountKind> { AccountKind::Pipeliner, AccountKind::Salesforce };
    }
    return {};
}

QString FlowListModel::accountName(qint64 id) const
{
    if (id <= 0)
        return tr("(none)");
    return m_accountNames.value(id, tr("(unlinked account)"));
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
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return f.name;
    case KindColumn:
        return kindName(f.kind);
    case AccountsColumn:
        return tr("%1 → %2").arg(accountName(f.sourceAccountId), accountName(f.targetAccountId));
    case StatusColumn:
        if (!f.enabled)
            return tr("Paused");
        if (role == Qt::ToolTipRole && f.needsFullSync)
            return tr("Idle. The next run reads every record again (a full sync), because the "
                      "flow is new or its field map gained a field.");
        return f.needsFullSync ? tr("Idle — next run is a full sync") : tr("Idle");
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
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace LeadBridge
