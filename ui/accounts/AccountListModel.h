#pragma once

#include "core/model/Account.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>

namespace LeadBridge {

class AccountService;

/// The linked accounts as a table: kind (icon + system name), name, region or
/// address, status word and the time of the last successful check. Reads the
/// journal through AccountService and follows its statusChanged() signal, so
/// "Checking…" shows while a test runs. Sort through a QSortFilterProxyModel
/// on SortRole.
class AccountListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        KindColumn,
        NameColumn,
        LocationColumn,
        StatusColumn,
        LastCheckColumn,
        ColumnCount
    };
    enum Role {
        AccountIdRole = Qt::UserRole + 1, ///< qint64
        SortRole, ///< a value that sorts sensibly (kind name, status order, check time)
        MessageRole, ///< the last sentence of a check of this account (may be empty)
        DetailRole, ///< its technical detail
    };

    explicit AccountListModel(AccountService *service, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// Re-reads the accounts from the journal.
    void reload();
    /// The account in @p row (unchecked range: use rowCount()).
    const Account &accountAt(int row) const { return m_accounts.at(row); }
    /// Row of @p accountId, or -1.
    int rowOf(qint64 accountId) const;
    /// The sentence from the last failed read of the journal (empty when fine).
    QString loadError() const { return m_loadError; }

    /// A small badge icon for @p kind (drawn, so it is sharp at any scale).
    static QIcon kindIcon(AccountKind kind);

private:
    void onStatusChanged(qint64 accountId, const QString &statusWord, const QString &message);

    AccountService *m_service;
    QList<Account> m_accounts;
    QHash<qint64, QString> m_transient; ///< account id -> "Checking…"
    QString m_loadError;
};

} // namespace LeadBridge
