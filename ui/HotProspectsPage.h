#pragma once

#include "core/engine/HotProspectTypes.h"
#include "ui/BasePage.h"

#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace LeadBridge {

class AccountService;
class CredentialStore;
class EngineHost;
class EmptyState;
class ErrorBanner;
class HotProspectsModel;
class HotProspectsService;
class Journal;

/// Hot Prospects (seed 003; issue 12): per sales owner, the 20 people with the highest
/// Act-On score, owners read live from Salesforce or Pipeliner. A person picks the Act-On
/// account and the CRM account (pre-selected when only one pair exists), clicks Refresh
/// (progress, Cancel) and reads a sortable table that can be narrowed to one owner, copied
/// and exported as CSV. Nothing is read until Refresh: every refresh uses API calls.
class HotProspectsPage : public BasePage
{
    Q_OBJECT
public:
    explicit HotProspectsPage(QWidget *parent = nullptr);
    ~HotProspectsPage() override;

    /// Reads accounts and flows through @p journal / @p accounts and refreshes through
    /// @p store and @p engine (none owned; nulls leave the page explaining why).
    void setServices(
        Journal *journal, AccountService *accounts, CredentialStore *store, EngineHost *engine);

    /// Starts a refresh with the chosen accounts; false when no pair is chosen or one runs.
    bool refresh();
    /// Cancels the running refresh.
    void cancel();
    /// Chooses the accounts by id; false when either is not offered.
    bool selectAccounts(qint64 actonId, qint64 crmId);
    /// Reads every Act-On list instead of the flows' lists.
    void setAllLists(bool all);
    /// Narrows the table to one owner by CRM id ("" = the people without owner); false when
    /// the owner is not in the last answer.
    bool showOwner(const QString &ownerId);
    /// Shows every owner again.
    void showAllOwners();

    bool isRefreshing() const { return m_requestId != 0; }
    /// Whether the "link accounts first" state is on show.
    bool isShowingEmptyState() const;
    /// The line under the table ("23 people of 3 owners · 12 list members are not in …").
    QString statusText() const;
    /// The sentence of the last failure ("" when none).
    QString errorText() const;
    /// The rows as shown (filter and sort applied), cells as text, for tests and copying.
    QList<QStringList> shownRows() const;

    QTableView *table() const { return m_table; }
    QComboBox *actonCombo() const { return m_actonCombo; }
    QComboBox *crmCombo() const { return m_crmCombo; }
    QComboBox *ownerCombo() const { return m_ownerCombo; }
    QPushButton *refreshButton() const { return m_refresh; }
    QPushButton *cancelButton() const { return m_cancel; }

    /// Writes the shown rows to @p filePath as CSV; false (with errorText()) on failure.
    bool exportCsv(const QString &filePath);

public Q_SLOTS:
    /// Re-reads the accounts (they were linked, changed or removed).
    void reloadAccounts();
    /// Copies the selected rows (all shown rows when none is selected) as tab-separated text.
    void copyRows();

Q_SIGNALS:
    /// A refresh ended (succeeded, failed or cancelled).
    void refreshFinished();

private:
    void updateState();
    void finished(quint64 requestId, const HotProspectsResult &result);
    void progress(quint64 requestId, const QString &phase, int done, int total);
    void fillOwners();
    void exportWithDialog();

    Journal *m_journal = nullptr;
    QPointer<AccountService> m_accounts;
    HotProspectsService *m_service = nullptr;
    quint64 m_requestId = 0;
    HotProspectsResult m_result;
    bool m_haveResult = false;

    QStackedWidget *m_stack = nullptr;
    EmptyState *m_empty = nullptr;
    QComboBox *m_actonCombo = nullptr;
    QComboBox *m_crmCombo = nullptr;
    QComboBox *m_ownerCombo = nullptr;
    QCheckBox *m_allLists = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_export = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_phase = nullptr;
    ErrorBanner *m_banner = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_table = nullptr;
    HotProspectsModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
};

} // namespace LeadBridge
