#pragma once

#include "core/model/Account.h"
#include "core/model/Flow.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace LeadBridge {

/// The configured flows for the Flows page: name, kind, source → target accounts, status.
class FlowListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, KindColumn, AccountsColumn, StatusColumn, ColumnCount };
    /// The flow id of a row (qint64).
    static constexpr int FlowIdRole = Qt::UserRole + 1;

    explicit FlowListModel(QObject *parent = nullptr);

    /// Shows @p flows, naming accounts from @p accounts.
    void setFlows(const QList<Flow> &flows, const QList<Account> &accounts);
    /// The flow in @p row.
    const Flow &flow(int row) const { return m_flows.at(row); }
    /// The row of flow @p id, or -1.
    int rowOf(qint64 id) const;

    /// The plain name of a kind: "Webinar import (ON24 → Act-On)", "CRM contact sync",
    /// "List sync", "Lead handoff".
    static QString kindName(FlowKind kind);
    /// Whether a flow of @p kind has a field map to edit (CRM contact sync, list sync).
    static bool hasFieldMap(FlowKind kind);
    /// The account kinds that fit the source (@p source true) or target of @p kind.
    static QList<AccountKind> fittingKinds(FlowKind kind, bool source);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString accountName(qint64 id) const;

    QList<Flow> m_flows;
    QHash<qint64, QString> m_accountNames;
};

} // namespace LeadBridge
