#pragma once

#include "core/engine/LookupTypes.h"
#include "core/mapping/CrmObjectSchema.h"
#include "core/mapping/FieldMap.h"
#include "core/mapping/MappingSuggestion.h"
#include "core/model/Account.h"
#include "core/model/Flow.h"
#include "core/net/ApiError.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;
class QToolButton;

namespace LeadBridge {

class AccountService;
class AddFieldDialog;
class CredentialStore;
class EngineHost;
class ErrorBanner;
class FieldDiscovery;
class FieldMapTableModel;
class Journal;
class LookupService;

/// The field mapping editor of one CRM flow (CRM contact sync, list sync): a table of
/// Act-On field <- CRM Lead/Contact field rows with searchable pickers, allow-push toggles
/// and inline validation, a banner listing every problem, the push policy, Auto-map with
/// suggestions to accept or reject, Import/Export as JSON, Save/Revert, and a sample panel
/// with real values from the CRM. The CRM schema is discovered on open (describe on the
/// engine thread; secrets read from the keychain), so fields deleted in the CRM are flagged
/// before any run.
class MappingEditor : public QWidget
{
    Q_OBJECT
public:
    /// Opens the map of flow @p flowId. @p journal is the GUI thread's journal; the other
    /// services are not owned and may be null (then no fields are discovered).
    MappingEditor(Journal &journal, AccountService *accounts, CredentialStore *store,
        EngineHost *engine, qint64 flowId, QWidget *parent = nullptr);
    ~MappingEditor() override;

    qint64 flowId() const { return m_flow.id; }
    /// The flow as loaded (name, kind, accounts).
    const Flow &flow() const { return m_flow; }
    /// The table model (source model, rows in map order).
    FieldMapTableModel *model() const { return m_model; }
    /// The table view and its filter model.
    QTableView *table() const { return m_table; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    /// The validation banner's issue list (one item per issue, errors first).
    QListWidget *issueList() const { return m_issueList; }
    /// The inline banner for load, save, import and discovery problems.
    ErrorBanner *banner() const { return m_banner; }
    /// The list of Auto-map suggestions waiting for a decision.
    QListWidget *suggestionList() const { return m_suggestionList; }
    /// The example values of the sample panel.
    QListWidget *sampleList() const { return m_sampleList; }
    /// The sample panel's caption ("Lead field “Email” — 5 examples", "Loading…").
    QString sampleCaption() const;
    /// The unsaved-changes indicator's text.
    QString modifiedText() const;
    /// The schema status line ("Loading fields…", "52 Lead and 48 Contact fields").
    QString schemaStatusText() const;
    /// True while the Act-On score sheets are being looked up.
    bool isLoadingScoreSheets() const { return m_sheetRequest != 0; }
    /// True while the CRM fields are being discovered.
    bool isLoadingFields() const { return m_loadingFields; }
    /// True when a map is stored for the flow.
    bool hasSavedMap() const { return m_everSaved; }
    /// True when there is something to save.
    bool canSave() const;
    /// The Add Field dialog while it is open.
    AddFieldDialog *addFieldDialog() const;

public Q_SLOTS:
    /// Saves the map to the journal (refused while it has errors). Returns success.
    bool save();
    /// Discards unsaved changes.
    void revert();
    /// Applies the standard pre-map and high-confidence matches; lists the others.
    void autoMap();
    /// Accepts / rejects the suggestion in row @p row of suggestionList().
    void acceptSuggestion(int row);
    void rejectSuggestion(int row);
    /// Opens the Add Field dialog.
    void addField();
    /// Removes the selected rows.
    void removeSelected();
    /// Writes the map as JSON to @p path; false (with the banner) on failure.
    bool exportTo(const QString &path);
    /// Reads a map from @p path into the editor (unsaved until Save); false (with every
    /// problem in the banner) when the file cannot be used — the map then stays as it was.
    bool importFrom(const QString &path);
    /// Asks the CRM for its Lead and Contact fields again.
    void reloadFields();
    /// Looks the Act-On account's score sheets up again (offered for Score rows).
    void reloadScoreSheets();
    /// Selects and shows the row (and column) of issue @p item of issueList().
    void focusIssue(QListWidgetItem *item);

Q_SIGNALS:
    /// Discovery finished (@p ok false: the banner says why).
    void fieldsLoaded(bool ok);
    /// The sample panel shows a new answer (values or a sentence).
    void sampleUpdated();
    /// The map was saved.
    void saved();
    /// The score sheet look-up finished (@p ok false: the Score rows' sheet cell says why).
    void scoreSheetsLoaded(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void loadFlow();
    void onSecretsFailed(const QString &error, const QString &detail);
    void onDescribed(const QList<CrmObjectSchema> &objects, const ApiError &error);
    void onSampled(quint64 requestId, const QStringList &values, const ApiError &error);
    void onLookup(quint64 requestId, const QList<LeadBridge::LookupItem> &items,
        const QString &error, const QString &detail);
    void updateIssues();
    void updateState();
    void updateSuggestions();
    void requestSample();
    void setSampleState(const QString &caption, const QStringList &values = {});
    QString crmName() const;
    int sourceRow(const QModelIndex &proxyIndex) const;

    Journal &m_journal;
    QPointer<AccountService> m_accounts;
    QPointer<CredentialStore> m_store;
    QPointer<EngineHost> m_engine;
    Flow m_flow;
    Account m_crmAccount;
    bool m_hasCrmAccount = false;
    Account m_actOnAccount;
    bool m_hasActOnAccount = false;
    LookupService *m_lookups = nullptr;
    quint64 m_sheetRequest = 0;
    bool m_everSaved = false;
    bool m_loadingFields = false;
    FieldDiscovery *m_fields = nullptr;
    quint64 m_sampleRequest = 0;
    QString m_sampleKey; ///< the (object, field) the panel shows or waits for
    QString m_sampleRequestKey; ///< the (object, field) of m_sampleRequest
    QString m_sampleRequestCaption;
    QHash<QString, QStringList> m_sampleCache;
    QList<MappingSuggestion> m_suggestions;

    FieldMapTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_schemaStatus = nullptr;
    QPushButton *m_retry = nullptr;
    ErrorBanner *m_banner = nullptr;
    QWidget *m_validationBanner = nullptr;
    QLabel *m_validationSummary = nullptr;
    QListWidget *m_issueList = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_policy = nullptr;
    QPushButton *m_autoMap = nullptr;
    QPushButton *m_add = nullptr;
    QToolButton *m_remove = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_export = nullptr;
    QWidget *m_suggestionBox = nullptr;
    QListWidget *m_suggestionList = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_reject = nullptr;
    QLabel *m_sampleCaption = nullptr;
    QListWidget *m_sampleList = nullptr;
    QTimer *m_sampleTimer = nullptr;
    QLabel *m_modified = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_save = nullptr;
    QPointer<AddFieldDialog> m_addDialog;
};

} // namespace LeadBridge
