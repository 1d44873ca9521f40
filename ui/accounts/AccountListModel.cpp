#include "ui/accounts/AccountListModel.h"

#include "core/engine/AccountService.h"

#include <QFont>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace LeadBridge {

AccountListModel::AccountListModel(AccountService *service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    connect(m_service, &AccountService::accountsChanged, this, &AccountListModel::reload);
    connect(m_service, &AccountService::statusChanged, this, &AccountListModel::onStatusChanged);
    reload();
}

int AccountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_accounts.size());
}

int AccountListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void AccountListModel::reload()
{
    const auto loaded = m_service->accounts();
    beginResetModel();
    if (loaded) {
        m_accounts = loaded.value();
        m_loadError.clear();
    } else {
        m_accounts.clear();
        m_loadError = loaded.errorString();
    }
    for (const Account &a : std::as_const(m_accounts)) {
        if (!m_service->isChecking(a.id))
            m_transient.remove(a.id);
    }
    endResetModel();
}

int AccountListModel::rowOf(qint64 accountId) const
{
    for (int i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts.at(i).id == accountId)
            return i;
    }
    return -1;
}

void AccountListModel::onStatusChanged(qint64 accountId, const QString &statusWord, const QString &)
{
    if (statusWord == AccountService::checkingWord())
        m_transient.insert(accountId, statusWord);
    else
        m_transient.remove(accountId);
    const int row = rowOf(accountId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Account &a = m_accounts.at(index.row());
    const bool checking = m_transient.contains(a.id);
    const QString message = m_service->lastMessage(a.id);

    if (role == AccountIdRole)
        return a.id;
    if (role == MessageRole)
        return message;
    if (role == DetailRole)
        return m_service->lastDetail(a.id);

    switch (index.column()) {
    case KindColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return AccountService::kindDisplayName(a.kind);
        if (role == Qt::DecorationRole)
            return kindIcon(a.kind);
        break;
    case NameColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return a.name;
        if (role == Qt::ToolTipRole && a.settings.value(QStringLiteral("sandbox")).toBool())
            return tr("Connected to LeadBridge's built-in sandbox, not to a real %1 account.")
                .arg(AccountService::kindDisplayName(a.kind));
        break;
    case LocationColumn:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
            return AccountService::locationText(a);
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole)
            return checking ? AccountService::checkingWord() : AccountService::statusWord(a.status);
        if (role == SortRole)
            return checking                                 ? 1
                : a.status == AccountStatus::NeedsAttention ? 0
                : a.status == AccountStatus::Unchecked      ? 2
                                                            : 3;
        if (role == Qt::ToolTipRole) {
            if (checking)
                return tr("LeadBridge is testing the connection.");
            if (!message.isEmpty())
                return message;
            if (a.status == AccountStatus::NeedsAttention)
                return tr("The last connection test failed. Select the account and choose Test "
                          "connection to see why.");
            return {};
        }
        if (role == Qt::ForegroundRole && !checking && a.status == AccountStatus::NeedsAttention)
            return QColor(0xc0, 0x39, 0x2b);
        if (role == Qt::FontRole && !checking && a.status == AccountStatus::NeedsAttention) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case LastCheckColumn:
        if (role == Qt::DisplayRole)
            return a.lastCheckAt.isValid()
                ? QLocale().toString(a.lastCheckAt.toLocalTime(), QLocale::ShortFormat)
                : tr("Never");
        if (role == SortRole)
            return a.lastCheckAt.isValid() ? a.lastCheckAt.toMSecsSinceEpoch() : qint64(0);
        if (role == Qt::ToolTipRole)
            return tr("When LeadBridge last reached this account successfully.");
        break;
    default:
        break;
    }
    return {};
}

QVariant AccountListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("System");
    case NameColumn:
        return tr("Name");
    case LocationColumn:
        return tr("Region / address");
    case StatusColumn:
        return tr("Status");
    case LastCheckColumn:
        return tr("Last successful check");
    default:
        return {};
    }
}

QIcon AccountListModel::kindIcon(AccountKind kind)
{
    static QHash<int, QIcon> cache;
    if (const auto it = cache.constFind(int(kind)); it != cache.cend())
        return it.value();
    QColor colour;
    QString letter;
    switch (kind) {
    case AccountKind::On24:
        colour = QColor(0x00, 0x8c, 0x95);
        letter = QStringLiteral("O");
        break;
    case AccountKind::ActOn:
        colour = QColor(0xe0, 0x6c, 0x1f);
        letter = QStringLiteral("A");
        break;
    case AccountKind::Salesforce:
        colour = QColor(0x1b, 0x96, 0xff);
        letter = QStringLiteral("S");
        break;
    case AccountKind::Pipeliner:
        colour = QColor(0x2e, 0x9d, 0x4f);
        letter = QStringLiteral("P");
        break;
    }
    QIcon icon;
    for (const int size : { 16, 24, 32, 48 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        QPainterPath path;
        path.addRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), size * 0.22, size * 0.22);
        painter.fillPath(path, colour);
        QFont font;
        font.setBold(true);
        font.setPixelSize(qRound(size * 0.62));
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(QRect(0, 0, size, size), Qt::AlignCenter, letter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(int(kind), icon);
    return icon;
}

} // namespace LeadBridge
