#pragma once

#include "ui/BasePage.h"

#include <QPointer>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace LeadBridge {

class AccountListModel;
class AccountService;
class ErrorBanner;
class LinkAccountDialog;
class UnlinkAccountDialog;

/// Lists the linked ON24, Act-On, Salesforce and Pipeliner accounts with their
/// status, and links, tests, edits and unlinks them. Until one is linked it
/// shows a teaching empty state with "Link account…" and "Try the sandbox".
class AccountsPage : public BasePage
{
    Q_OBJECT
public:
    explicit AccountsPage(QWidget *parent = nullptr);
    ~AccountsPage() override;

    /// Connects the page to @p service (not owned). Without one the actions stay
    /// disabled and the page says why (see setUnavailableReason()).
    void setAccountService(AccountService *service);
    /// The sentence shown when no service can be attached (e.g. the journal would not open).
    void setUnavailableReason(const QString &sentence, const QString &detail = {});

    /// The account table (tests, screenshots).
    QTableView *table() const { return m_table; }
    /// The model behind the table (nullptr before setAccountService()).
    AccountListModel *model() const { return m_model; }
    /// The inline banner of the page.
    ErrorBanner *banner() const { return m_banner; }
    /// The link/edit dialog while it is open.
    LinkAccountDialog *currentDialog() const;
    /// The reset confirmation while it is open (tests).
    QWidget *resetConfirmation() const { return m_resetBox; }
    /// The unlink dialog (flows that use the account) while it is open.
    UnlinkAccountDialog *unlinkDialog() const;
    /// Whether the empty state is on show.
    bool isShowingEmptyState() const;

public Q_SLOTS:
    /// Opens the link dialog (for a new account).
    void linkAccount();
    /// Links the four sandbox accounts against the built-in emulators.
    void trySandbox();
    /// Asks, then throws the sandbox's saved demo world away and starts it anew
    /// (AccountService::resetSandbox).
    void resetSandbox();
    /// Tests the selected account.
    void testSelected();
    /// Opens the selected account for editing.
    void editSelected();
    /// Asks, then unlinks the selected account.
    void unlinkSelected();

private:
    qint64 selectedAccountId() const;
    void selectAccount(qint64 accountId);
    void updateState();
    void onStatusChanged(qint64 accountId, const QString &statusWord, const QString &message);

    AccountService *m_service = nullptr;
    AccountListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    ErrorBanner *m_banner = nullptr;
    QPushButton *m_link = nullptr;
    QPushButton *m_sandbox = nullptr;
    QPushButton *m_resetSandbox = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_unlink = nullptr;
    QPushButton *m_emptyLink = nullptr;
    QPushButton *m_emptySandbox = nullptr;
    QLabel *m_busyLabel = nullptr;
    QPointer<UnlinkAccountDialog> m_unlinkDialog;
    QPointer<LinkAccountDialog> m_dialog;
    QPointer<QWidget> m_resetBox;
    bool m_sandboxBusy = false;
    qint64 m_keepSelection = 0;
};

} // namespace LeadBridge
