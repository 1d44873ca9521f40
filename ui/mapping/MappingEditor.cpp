#include "ui/mapping/MappingEditor.h"

#include "core/engine/AccountService.h"
#include "core/engine/EngineHost.h"
#include "core/engine/FieldDiscovery.h"
#include "core/mapping/AutoMapper.h"
#include "core/mapping/FieldMapJson.h"
#include "core/mapping/MappingValidator.h"
#include "core/mapping/StandardFields.h"
#include "core/secrets/CredentialStore.h"
#include "core/store/FieldMapRepository.h"
#include "core/store/FlowRepository.h"
#include "core/util/LogCategories.h"
#include "ui/accounts/ErrorBanner.h"
#include "ui/mapping/AddFieldDialog.h"
#include "ui/mapping/FieldMapTableModel.h"
#include "ui/mapping/FieldPickerDelegate.h"
#include "core/engine/LookupService.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace LeadBridge {

namespace {
const QString kHeaderKey = QStringLiteral("mappingEditor/header");
const QString kSplitterKey = QStringLiteral("mappingEditor/splitter");
constexpr int kIssueRowRole = Qt::UserRole + 1;
constexpr int kIssueColumnRole = Qt::UserRole + 2;
constexpr int kSampleCount = 5;

bool isCrm(AccountKind kind)
{
    return kind == AccountKind::Salesforce || kind == AccountKind::Pipeliner;
}
} // namespace

MappingEditor::MappingEditor(Journal &journal, AccountService *accounts, CredentialStore *store,
    EngineHost *engine, qint64 flowId, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
    , m_accounts(accounts)
    , m_store(store)
    , m_engine(engine)
{
    setObjectName(QStringLiteral("mappingEditor"));
    m_flow.id = flowId;
    m_model = new FieldMapTableModel(this);
    buildUi();
    loadFlow();
    m_fields = new FieldDiscovery(m_store, m_engine, this);
    connect(m_fields, &FieldDiscovery::described, this, &MappingEditor::onDescribed);
    connect(m_fields, &FieldDiscovery::secretsFailed, this, &MappingEditor::onSecretsFailed);
    connect(m_fields, &FieldDiscovery::sampled, this, &MappingEditor::onSampled);
    reloadFields();
    m_lookups = new LookupService(m_store, m_engine, this);
    connect(m_lookups, &LookupService::finished, this, &MappingEditor::onLookup);
    reloadScoreSheets();
}

void MappingEditor::reloadScoreSheets()
{
    if (!m_hasActOnAccount || !m_store || !m_engine)
        return;
    if (m_sheetRequest)
        m_lookups->cancel(m_sheetRequest);
    m_sheetRequest = m_lookups->lookup(m_actOnAccount, LookupKind::ActOnScoreSheets);
}

void MappingEditor::onLookup(quint64 requestId, const QList<LeadBridge::LookupItem> &items,
    const QString &error, const QString &detail)
{
    Q_UNUSED(detail)
    if (requestId != m_sheetRequest)
        return;
    m_sheetRequest = 0;
    QStringList sheets;
    for (const LookupItem &item : items)
        sheets.append(item.name);
    m_model->setScoreSheetsError(error);
    m_model->setScoreSheets(sheets);
    Q_EMIT scoreSheetsLoaded(error.isEmpty());
}

MappingEditor::~MappingEditor()
{
    QSettings settings;
    settings.setValue(kHeaderKey, m_table->horizontalHeader()->saveState());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mappingSplitter")))
        settings.setValue(kSplitterKey, splitter->saveState());
}

void MappingEditor::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(8);

    // Heading: flow name, accounts, discovery state.
    auto *heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("mappingHeading"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    layout->addWidget(heading);
    auto *statusRow = new QHBoxLayout;
    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(QStringLiteral("mappingSubtitle"));
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    statusRow->addWidget(m_subtitle);
    statusRow->addStretch(1);
    m_schemaStatus = new QLabel(this);
    m_schemaStatus->setObjectName(QStringLiteral("schemaStatus"));
    statusRow->addWidget(m_schemaStatus);
    m_retry = new QPushButton(tr("&Reload Fields"), this);
    m_retry->setObjectName(QStringLiteral("reloadFieldsButton"));
    m_retry->setToolTip(tr("Ask the CRM for its Lead and Contact fields again."));
    statusRow->addWidget(m_retry);
    layout->addLayout(statusRow);

    m_banner = new ErrorBanner(this);
    m_banner->setObjectName(QStringLiteral("mappingBanner"));
    layout->addWidget(m_banner);

    // Validation banner: every issue, click to go to the row.
    auto *validation = new QFrame(this);
    validation->setObjectName(QStringLiteral("validationBanner"));
    validation->setFrameShape(QFrame::StyledPanel);
    auto *validationLayout = new QVBoxLayout(validation);
    validationLayout->setContentsMargins(8, 6, 8, 6);
    validationLayout->setSpacing(4);
    m_validationSummary = new QLabel(validation);
    m_validationSummary->setObjectName(QStringLiteral("validationSummary"));
    QFont bold = m_validationSummary->font();
    bold.setBold(true);
    m_validationSummary->setFont(bold);
    validationLayout->addWidget(m_validationSummary);
    m_issueList = new QListWidget(validation);
    m_issueList->setObjectName(QStringLiteral("issueList"));
    m_issueList->setAccessibleName(tr("Problems in the map"));
    m_issueList->setWordWrap(true);
    m_issueList->setFrameShape(QFrame::NoFrame);
    m_issueList->setMaximumHeight(112);
    m_issueList->setToolTip(tr("Click a problem (or press Enter) to go to its row."));
    validationLayout->addWidget(m_issueList);
    m_validationBanner = validation;
    layout->addWidget(validation);

    // Tool row.
    auto *tools = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Filter fields…"));
    m_filter->setAccessibleName(tr("Filter fields"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(260);
    tools->addWidget(m_filter);
    auto *policyLabel = new QLabel(tr("&Push policy:"), this);
    m_policy = new QComboBox(this);
    m_policy->setObjectName(QStringLiteral("policyCombo"));
    m_policy->addItem(PushPolicies::displayName(PushPolicy::TwoWay), int(PushPolicy::TwoWay));
    m_policy->addItem(PushPolicies::displayName(PushPolicy::CrmToMarketingOnly),
        int(PushPolicy::CrmToMarketingOnly));
    m_policy->setToolTip(tr("Two-way: Act-On changes push to the CRM for fields whose Allow push "
                            "is on. CRM → Act-On only: nothing pushes except score fields."));
    policyLabel->setBuddy(m_policy);
    tools->addSpacing(12);
    tools->addWidget(policyLabel);
    tools->addWidget(m_policy);
    tools->addStretch(1);
    m_autoMap = new QPushButton(tr("A&uto-map"), this);
    m_autoMap->setObjectName(QStringLiteral("autoMapButton"));
    m_autoMap->setToolTip(tr("Fill blank sources from the standard pre-map and by matching names, "
                             "labels and types. Less certain matches are listed for you to "
                             "accept or reject."));
    m_add = new QPushButton(tr("&Add Field…"), this);
    m_add->setObjectName(QStringLiteral("addFieldButton"));
    m_remove = new QToolButton(this);
    m_remove->setObjectName(QStringLiteral("removeButton"));
    auto *removeAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-delete"),
                                         style()->standardIcon(QStyle::SP_TrashIcon)),
        tr("Remove"), this);
    removeAction->setToolTip(tr("Remove the selected fields from the map (Delete)"));
    m_remove->setDefaultAction(removeAction);
    m_remove->setAccessibleName(tr("Remove the selected fields"));
    m_import = new QPushButton(tr("&Import…"), this);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setToolTip(tr("Replace the map with one exported from LeadBridge (JSON)."));
    m_export = new QPushButton(tr("E&xport…"), this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setToolTip(
        tr("Save the map as a JSON file, to copy it or keep it in version control."));
    for (QWidget *w : { static_cast<QWidget *>(m_autoMap), static_cast<QWidget *>(m_add),
             static_cast<QWidget *>(m_remove), static_cast<QWidget *>(m_import),
             static_cast<QWidget *>(m_export) })
        tools->addWidget(w);
    layout->addLayout(tools);

    // Table and side panel.
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mappingSplitter"));
    splitter->setChildrenCollapsible(false);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("mappingTable"));
    m_table->setAccessibleName(tr("Field map"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new FieldPickerDelegate(m_model, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    // Tab leaves the table for the next control; arrow keys move between cells.
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setColumnWidth(FieldMapTableModel::MarketingColumn, 170);
    m_table->setColumnWidth(FieldMapTableModel::TypeColumn, 90);
    m_table->setColumnWidth(FieldMapTableModel::LeadColumn, 210);
    m_table->setColumnWidth(FieldMapTableModel::ContactColumn, 230);
    m_table->setColumnWidth(FieldMapTableModel::AllowPushColumn, 90);
    m_table->setColumnWidth(FieldMapTableModel::ScoreSheetColumn, 160);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(removeAction);

    auto *side = new QWidget(splitter);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto *sampleBox = new QGroupBox(tr("Examples from the CRM"), side);
    sampleBox->setObjectName(QStringLiteral("sampleBox"));
    auto *sampleLayout = new QVBoxLayout(sampleBox);
    m_sampleCaption = new QLabel(sampleBox);
    m_sampleCaption->setObjectName(QStringLiteral("sampleCaption"));
    m_sampleCaption->setWordWrap(true);
    sampleLayout->addWidget(m_sampleCaption);
    m_sampleList = new QListWidget(sampleBox);
    m_sampleList->setObjectName(QStringLiteral("sampleList"));
    m_sampleList->setAccessibleName(tr("Example values"));
    m_sampleList->setFocusPolicy(Qt::NoFocus);
    m_sampleList->setMaximumHeight(130);
    sampleLayout->addWidget(m_sampleList);
    sideLayout->addWidget(sampleBox);

    auto *suggestionBox = new QGroupBox(tr("Auto-map suggestions"), side);
    suggestionBox->setObjectName(QStringLiteral("suggestionBox"));
    auto *suggestionLayout = new QVBoxLayout(suggestionBox);
    auto *suggestionHint = new QLabel(
        tr("Less certain matches. Accept the ones that are right; rejected ones are dropped."),
        suggestionBox);
    suggestionHint->setWordWrap(true);
    suggestionHint->setForegroundRole(QPalette::PlaceholderText);
    suggestionLayout->addWidget(suggestionHint);
    m_suggestionList = new QListWidget(suggestionBox);
    m_suggestionList->setObjectName(QStringLiteral("suggestionList"));
    m_suggestionList->setAccessibleName(tr("Auto-map suggestions"));
    m_suggestionList->setWordWrap(true);
    suggestionLayout->addWidget(m_suggestionList, 1);
    auto *decide = new QHBoxLayout;
    m_accept = new QPushButton(tr("A&ccept"), suggestionBox);
    m_accept->setObjectName(QStringLiteral("acceptSuggestionButton"));
    m_reject = new QPushButton(tr("Re&ject"), suggestionBox);
    m_reject->setObjectName(QStringLiteral("rejectSuggestionButton"));
    decide->addStretch(1);
    decide->addWidget(m_accept);
    decide->addWidget(m_reject);
    suggestionLayout->addLayout(decide);
    m_suggestionBox = suggestionBox;
    sideLayout->addWidget(suggestionBox, 1);
    sideLayout->addStretch(1);
    splitter->addWidget(m_table);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 1);
    splitter->setSizes({ 800, 280 });
    layout->addWidget(splitter, 1);

    // Save row.
    auto *saveRow = new QHBoxLayout;
    m_modified = new QLabel(this);
    m_modified->setObjectName(QStringLiteral("modifiedLabel"));
    saveRow->addWidget(m_modified);
    saveRow->addStretch(1);
    m_revert = new QPushButton(tr("Re&vert"), this);
    m_revert->setObjectName(QStringLiteral("revertButton"));
    m_revert->setToolTip(tr("Discard the changes made since the last save."));
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setDefault(true);
    saveRow->addWidget(m_revert);
    saveRow->addWidget(m_save);
    layout->addLayout(saveRow);

    QSettings settings;
    if (settings.contains(kHeaderKey))
        m_table->horizontalHeader()->restoreState(settings.value(kHeaderKey).toByteArray());
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    if (settings.contains(kSplitterKey))
        splitter->restoreState(settings.value(kSplitterKey).toByteArray());

    setTabOrder(m_filter, m_policy);
    setTabOrder(m_policy, m_autoMap);
    setTabOrder(m_autoMap, m_add);
    setTabOrder(m_add, m_remove);
    setTabOrder(m_remove, m_import);
    setTabOrder(m_import, m_export);
    setTabOrder(m_export, m_table);
    setTabOrder(m_table, m_suggestionList);
    setTabOrder(m_suggestionList, m_accept);
    setTabOrder(m_accept, m_reject);
    setTabOrder(m_reject, m_issueList);
    setTabOrder(m_issueList, m_revert);
    setTabOrder(m_revert, m_save);

    m_sampleTimer = new QTimer(this);
    m_sampleTimer->setSingleShot(true);
    m_sampleTimer->setInterval(200);

    connect(
        m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_policy, &QComboBox::activated, this,
        [this] { m_model->setPolicy(PushPolicy(m_policy->currentData().toInt())); });
    connect(m_autoMap, &QPushButton::clicked, this, &MappingEditor::autoMap);
    connect(m_add, &QPushButton::clicked, this, &MappingEditor::addField);
    connect(removeAction, &QAction::triggered, this, &MappingEditor::removeSelected);
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import Field Map"), {}, tr("Field maps (*.json);;All files (*)"));
        if (!path.isEmpty())
            importFrom(path);
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString suggested = m_flow.name.isEmpty()
            ? QStringLiteral("field-map.json")
            : m_flow.name + QStringLiteral(" field map.json");
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Field Map"), suggested, tr("Field maps (*.json)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    connect(m_save, &QPushButton::clicked, this, &MappingEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &MappingEditor::revert);
    connect(m_retry, &QPushButton::clicked, this, &MappingEditor::reloadFields);
    connect(m_issueList, &QListWidget::itemClicked, this, &MappingEditor::focusIssue);
    connect(m_issueList, &QListWidget::itemActivated, this, &MappingEditor::focusIssue);
    connect(m_accept, &QPushButton::clicked, this,
        [this] { acceptSuggestion(m_suggestionList->currentRow()); });
    connect(m_reject, &QPushButton::clicked, this,
        [this] { rejectSuggestion(m_suggestionList->currentRow()); });
    connect(m_suggestionList, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { acceptSuggestion(m_suggestionList->row(item)); });
    connect(m_model, &FieldMapTableModel::issuesChanged, this, &MappingEditor::updateIssues);
    connect(m_model, &FieldMapTableModel::modifiedChanged, this, &MappingEditor::updateState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MappingEditor::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MappingEditor::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, m_sampleTimer,
        qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::dataChanged, m_sampleTimer, qOverload<>(&QTimer::start));
    connect(m_sampleTimer, &QTimer::timeout, this, &MappingEditor::requestSample);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &MappingEditor::updateState);

    heading->setText(tr("Field mapping"));
}

QString MappingEditor::crmName() const
{
    return CrmKinds::displayName(m_model->map().crm());
}

void MappingEditor::loadFlow()
{
    const auto flow = FlowRepository(m_journal).get(m_flow.id);
    if (!flow) {
        m_banner->showMessage(flow.errorString());
        setEnabled(true);
        return;
    }
    m_flow = flow.value();
    if (auto *heading = findChild<QLabel *>(QStringLiteral("mappingHeading")))
        heading->setText(tr("Field mapping — %1").arg(m_flow.name));
    setWindowTitle(tr("Field Mapping — %1[*]").arg(m_flow.name));

    CrmKind crm = CrmKind::Salesforce;
    QString otherName;
    for (const qint64 id : { m_flow.sourceAccountId, m_flow.targetAccountId }) {
        if (id <= 0 || !m_accounts)
            continue;
        const auto account = m_accounts->account(id);
        if (!account)
            continue;
        if (isCrm(account->kind) && !m_hasCrmAccount) {
            m_crmAccount = account.value();
            m_hasCrmAccount = true;
            crm = account->kind == AccountKind::Pipeliner ? CrmKind::Pipeliner
                                                          : CrmKind::Salesforce;
        } else {
            otherName = account->name;
            if (account->kind == AccountKind::ActOn) {
                m_actOnAccount = account.value();
                m_hasActOnAccount = true;
            }
        }
    }
    m_model->setFlowKind(m_flow.kind);
    if (m_hasCrmAccount)
        m_subtitle->setText(tr("%1 account “%2” ↔ Act-On account “%3”")
                                .arg(AccountService::kindDisplayName(m_crmAccount.kind),
                                    m_crmAccount.name, otherName));

    const auto stored = FieldMapRepository(m_journal).load(m_flow.id);
    if (!stored.ok()) {
        m_banner->showMessage(stored.errorString());
        m_model->setMap(StandardFields::defaultMap(crm));
    } else if (stored.value()) {
        m_everSaved = true;
        FieldMap map = *stored.value();
        m_model->setMap(map);
    } else {
        m_model->setMap(StandardFields::defaultMap(crm));
    }
    m_policy->setCurrentIndex(m_policy->findData(int(m_model->map().policy())));
    updateState();
}

void MappingEditor::reloadFields()
{
    if (!m_hasCrmAccount) {
        m_schemaStatus->setText(tr("No CRM account"));
        if (m_banner->text().isEmpty())
            m_banner->showMessage(
                tr("This flow has no linked Salesforce or Pipeliner account, so its fields cannot "
                   "be listed. Link one on the Accounts page."));
        m_retry->setVisible(false);
        return;
    }
    if (!m_store || !m_engine) {
        m_schemaStatus->setText(tr("Fields not loaded"));
        m_retry->setVisible(false);
        return;
    }
    m_loadingFields = true;
    m_retry->setVisible(false);
    m_schemaStatus->setText(tr("Loading fields…"));
    m_table->setToolTip(tr("Loading the %1 fields…").arg(crmName()));

    m_fields->describe(m_crmAccount);
}

void MappingEditor::onSecretsFailed(const QString &error, const QString &detail)
{
    m_loadingFields = false;
    m_schemaStatus->setText(tr("Fields not loaded"));
    m_retry->setVisible(true);
    m_banner->showMessage(error, detail);
    Q_EMIT fieldsLoaded(false);
}

void MappingEditor::onDescribed(const QList<CrmObjectSchema> &objects, const ApiError &error)
{
    m_loadingFields = false;
    m_table->setToolTip({});
    if (error.isError()) {
        m_schemaStatus->setText(tr("Fields not loaded"));
        m_retry->setVisible(true);
        m_banner->showMessage(tr("LeadBridge could not list the fields of %1 account “%2”: %3 You "
                                 "can still edit the map; it is checked against %1 again before "
                                 "each run.")
                                  .arg(crmName(), m_crmAccount.name, error.userMessage()),
            error.technicalDetail());
        Q_EMIT fieldsLoaded(false);
        return;
    }
    std::optional<CrmObjectSchema> lead;
    std::optional<CrmObjectSchema> contact;
    for (const CrmObjectSchema &schema : objects) {
        if (schema.object == CrmObjectType::Lead && !lead)
            lead = schema;
        else if (schema.object == CrmObjectType::Contact && !contact)
            contact = schema;
    }
    if (m_banner->text().startsWith(tr("LeadBridge could not list the fields")))
        m_banner->clear();
    m_model->setSchemas(lead, contact);
    // A map never saved starts from the pre-map made with the live schema (score field found,
    // fields this org lacks left blank), unless the admin already changed it.
    if (!m_everSaved && !m_model->isModified()) {
        FieldMap fresh = StandardFields::defaultMap(m_model->map().crm(), lead, contact);
        fresh.setPolicy(m_model->map().policy());
        m_model->setMap(fresh);
    }
    m_schemaStatus->setText(tr("%1 Lead and %2 Contact fields from %3")
                                .arg(lead ? lead->fields.size() : 0)
                                .arg(contact ? contact->fields.size() : 0)
                                .arg(crmName()));
    m_retry->setVisible(true);
    m_sampleCache.clear();
    updateState();
    requestSample();
    Q_EMIT fieldsLoaded(true);
}

int MappingEditor::sourceRow(const QModelIndex &proxyIndex) const
{
    return proxyIndex.isValid() ? m_proxy->mapToSource(proxyIndex).row() : -1;
}

void MappingEditor::setSampleState(const QString &caption, const QStringList &values)
{
    m_sampleCaption->setText(caption);
    m_sampleList->clear();
    m_sampleList->addItems(values);
    m_sampleList->setVisible(!values.isEmpty());
    Q_EMIT sampleUpdated();
}

void MappingEditor::requestSample()
{
    const QModelIndex current = m_table->currentIndex();
    const int row = sourceRow(current);
    if (row < 0 || row >= m_model->rowCount()) {
        m_sampleKey.clear();
        setSampleState(tr("Select a row to see example values from %1.").arg(crmName()));
        return;
    }
    const FieldMapRow &mapRow = m_model->map().row(row);
    const int column = m_proxy->mapToSource(current).column();
    CrmObjectType object = CrmObjectType::Lead;
    if (column == FieldMapTableModel::ContactColumn
        || (column != FieldMapTableModel::LeadColumn && mapRow.leadField.isEmpty()))
        object = CrmObjectType::Contact;
    const QString field = mapRow.crmField(object);
    const QString objectName = CrmKinds::objectDisplayName(object);
    if (field.isEmpty()) {
        m_sampleKey.clear();
        setSampleState(tr("“%1” has no %2 field, so there is nothing to show.")
                           .arg(mapRow.marketing.name, objectName));
        return;
    }
    const auto &schema = m_model->schema(object);
    const QString key = QStringLiteral("%1/%2").arg(int(object)).arg(field.toCaseFolded());
    const QString caption = tr("%1 field “%2”").arg(objectName, field);
    if (!m_fields->canSample() || !m_engine || !schema) {
        m_sampleKey.clear();
        setSampleState(m_loadingFields
                ? tr("Examples appear once the %1 fields are loaded.").arg(crmName())
                : tr("Examples cannot be read while the %1 fields are not loaded.").arg(crmName()));
        return;
    }
    if (!FieldMapRow::isRelationshipPath(field) && !schema->contains(field)) {
        m_sampleKey.clear();
        setSampleState(tr("%1 has no %2 field “%3”.").arg(crmName(), objectName, field));
        return;
    }
    if (m_sampleCache.contains(key)) {
        const QStringList values = m_sampleCache.value(key);
        m_sampleKey = key;
        setSampleState(values.isEmpty()
                ? tr("%1: no %2 record has a value yet.").arg(caption, objectName)
                : tr("%1 — %2 examples:").arg(caption, QString::number(values.size())),
            values);
        return;
    }
    if (m_sampleKey == key && m_sampleRequest != 0)
        return; // already on its way
    m_sampleKey = key;
    setSampleState(tr("%1 — loading examples…").arg(caption));
    m_sampleRequest
        = m_fields->sample(schema->name.isEmpty() ? objectName : schema->name, field, kSampleCount);
    m_sampleRequestKey = key;
    m_sampleRequestCaption = caption;
}

void MappingEditor::onSampled(quint64 requestId, const QStringList &values, const ApiError &error)
{
    if (requestId != m_sampleRequest)
        return;
    m_sampleRequest = 0;
    const QString key = m_sampleRequestKey;
    if (error.isError()) {
        if (key == m_sampleKey)
            setSampleState(tr("%1 — examples could not be read: %2")
                               .arg(m_sampleRequestCaption, error.userMessage()));
        return;
    }
    m_sampleCache.insert(key, values);
    if (key == m_sampleKey) {
        m_sampleKey.clear();
        requestSample();
    } else {
        requestSample();
    }
}

QString MappingEditor::sampleCaption() const
{
    return m_sampleCaption->text();
}

void MappingEditor::updateIssues()
{
    const QList<MappingIssue> &issues = m_model->issues();
    m_issueList->clear();
    int errors = 0;
    int warnings = 0;
    QList<MappingIssue> ordered;
    for (const MappingIssue &issue : issues) {
        if (issue.isError()) {
            ordered.append(issue);
            ++errors;
        }
    }
    for (const MappingIssue &issue : issues) {
        if (!issue.isError()) {
            ordered.append(issue);
            ++warnings;
        }
    }
    for (const MappingIssue &issue : std::as_const(ordered)) {
        auto *item = new QListWidgetItem(
            style()->standardIcon(
                issue.isError() ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning),
            issue.message, m_issueList);
        item->setData(kIssueRowRole, issue.rowIndex);
        item->setData(kIssueColumnRole, FieldMapTableModel::columnOf(issue));
        item->setData(Qt::UserRole + 3, issue.code);
        item->setToolTip(issue.message);
    }
    const QString errorText = errors == 1
        ? tr("1 problem must be fixed before saving.")
        : tr("%1 problems must be fixed before saving.").arg(errors);
    const QString warningText = warnings == 1
        ? tr("1 warning: the map can be saved, but check it.")
        : tr("%1 warnings: the map can be saved, but check them.").arg(warnings);
    if (errors > 0 && warnings > 0)
        m_validationSummary->setText(errorText + u' ' + warningText);
    else
        m_validationSummary->setText(errors > 0 ? errorText : warningText);
    QPalette pal = m_validationBanner->palette();
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QColor background = errors > 0
        ? (dark ? QColor(0x5c, 0x22, 0x22) : QColor(0xfd, 0xec, 0xea))
        : (dark ? QColor(0x4a, 0x3b, 0x14) : QColor(0xff, 0xf6, 0xdd));
    pal.setColor(QPalette::Window, background);
    pal.setColor(QPalette::Base, background);
    m_validationBanner->setPalette(pal);
    m_validationBanner->setAutoFillBackground(true);
    m_issueList->setPalette(pal);
    const int rows = int(qMin<qsizetype>(ordered.size(), 4));
    m_issueList->setFixedHeight(rows * (m_issueList->fontMetrics().height() * 2 + 6) + 4);
    m_validationBanner->setVisible(!ordered.isEmpty());
    updateState();
}

void MappingEditor::focusIssue(QListWidgetItem *item)
{
    if (!item)
        return;
    const int row = item->data(kIssueRowRole).toInt();
    const int column = item->data(kIssueColumnRole).toInt();
    if (row < 0 || row >= m_model->rowCount())
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, column));
    if (!index.isValid()) {
        m_filter->clear(); // the row was filtered out
        index = m_proxy->mapFromSource(m_model->index(row, column));
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    m_table->setFocus(Qt::OtherFocusReason);
}

bool MappingEditor::canSave() const
{
    return (m_model->isModified() || !m_everSaved)
        && !MappingValidator::hasErrors(m_model->issues());
}

AddFieldDialog *MappingEditor::addFieldDialog() const
{
    return m_addDialog;
}

QString MappingEditor::modifiedText() const
{
    return m_modified->text();
}

QString MappingEditor::schemaStatusText() const
{
    return m_schemaStatus->text();
}

void MappingEditor::updateState()
{
    const bool modified = m_model->isModified();
    const bool errors = MappingValidator::hasErrors(m_model->issues());
    if (!m_everSaved)
        m_modified->setText(tr("● Not saved yet"));
    else if (modified)
        m_modified->setText(tr("● Unsaved changes"));
    else
        m_modified->setText(tr("All changes saved"));
    QFont font = m_modified->font();
    font.setBold(modified || !m_everSaved);
    m_modified->setFont(font);
    setWindowModified(modified || !m_everSaved);
    m_save->setEnabled(canSave());
    m_save->setToolTip(
        errors ? tr("Fix the problems listed above before saving.") : tr("Save the map (Ctrl+S)."));
    m_revert->setEnabled(modified);
    m_remove->setEnabled(m_table->selectionModel() && m_table->selectionModel()->hasSelection());
    const int policyIndex = m_policy->findData(int(m_model->map().policy()));
    if (m_policy->currentIndex() != policyIndex)
        m_policy->setCurrentIndex(policyIndex);
}

bool MappingEditor::save()
{
    if (MappingValidator::hasErrors(m_model->issues())) {
        m_banner->showMessage(tr("The map has problems that must be fixed before it can be saved; "
                                 "they are listed above."));
        return false;
    }
    const auto result = FieldMapRepository(m_journal).save(m_flow.id, m_model->map());
    if (!result) {
        m_banner->showMessage(result.errorString());
        return false;
    }
    m_everSaved = true;
    m_model->markSaved(result->map);
    if (result->fullSyncMarked)
        m_banner->showMessage(
            tr("Saved. The next run of “%1” is a full sync, so existing records get %2.")
                .arg(m_flow.name,
                    QLocale().createSeparatedList(result->addedFields.mid(0, 5))
                        + (result->addedFields.size() > 5 ? tr(" and more") : QString())),
            {}, ErrorBanner::Tone::Success);
    else
        m_banner->showMessage(tr("Saved."), {}, ErrorBanner::Tone::Success);
    updateState();
    Q_EMIT saved();
    return true;
}

void MappingEditor::revert()
{
    m_model->revert();
    m_suggestions.clear();
    updateSuggestions();
    m_banner->clear();
    updateState();
}

void MappingEditor::autoMap()
{
    const AutoMapper::Result result = AutoMapper::autoMap(m_model->map(),
        m_model->schema(CrmObjectType::Lead), m_model->schema(CrmObjectType::Contact));
    m_model->replaceMap(result.map);
    m_suggestions = result.pending;
    updateSuggestions();
    QString message = result.applied.isEmpty()
        ? tr("Auto-map found no blank source it could fill with confidence.")
        : tr("Auto-map filled %1 blank sources.").arg(result.applied.size());
    if (!result.pending.isEmpty())
        message += u' '
            + tr("%1 less certain suggestions are listed on the right: accept or reject each.")
                  .arg(result.pending.size());
    if (!m_model->schema(CrmObjectType::Lead) && !m_model->schema(CrmObjectType::Contact))
        message += u' '
            + tr("Without the %1 fields only the standard pre-map was applied.").arg(crmName());
    m_banner->showMessage(message, {}, ErrorBanner::Tone::Info);
}

void MappingEditor::updateSuggestions()
{
    m_suggestionList->clear();
    for (const MappingSuggestion &s : std::as_const(m_suggestions)) {
        const auto &schema = m_model->schema(s.object);
        const CrmFieldDescriptor *field = schema ? schema->field(s.crmField) : nullptr;
        const QString crmText = field ? FieldMapTableModel::choiceText(*field) : s.crmField;
        auto *item = new QListWidgetItem(
            tr("%1 ← %2 field %3 (%4 % sure)")
                .arg(s.marketingField, CrmKinds::objectDisplayName(s.object), crmText,
                    QString::number(qRound(s.confidence * 100))),
            m_suggestionList);
        item->setToolTip(s.reason);
    }
    m_suggestionBox->setVisible(!m_suggestions.isEmpty());
    if (!m_suggestions.isEmpty())
        m_suggestionList->setCurrentRow(0);
    const bool any = !m_suggestions.isEmpty();
    m_accept->setEnabled(any);
    m_reject->setEnabled(any);
}

void MappingEditor::acceptSuggestion(int row)
{
    if (row < 0 || row >= m_suggestions.size())
        return;
    const MappingSuggestion s = m_suggestions.takeAt(row);
    const int mapRow = m_model->map().indexOf(s.marketingField);
    if (mapRow >= 0)
        m_model->setSource(mapRow, s.object, s.crmField);
    updateSuggestions();
    m_suggestionList->setCurrentRow(qMin(row, int(m_suggestions.size()) - 1));
}

void MappingEditor::rejectSuggestion(int row)
{
    if (row < 0 || row >= m_suggestions.size())
        return;
    m_suggestions.removeAt(row);
    updateSuggestions();
    m_suggestionList->setCurrentRow(qMin(row, int(m_suggestions.size()) - 1));
}

void MappingEditor::addField()
{
    QStringList names;
    for (const FieldMapRow &row : m_model->map().rows())
        names.append(row.marketing.name);
    auto *dialog = new AddFieldDialog(names, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_addDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const int row = m_model->addMapRow(dialog->row());
        m_filter->clear();
        const QModelIndex index
            = m_proxy->mapFromSource(m_model->index(row, FieldMapTableModel::LeadColumn));
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
        m_table->setFocus(Qt::OtherFocusReason);
    });
    dialog->open();
}

void MappingEditor::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedIndexes()) {
        const int row = sourceRow(index);
        if (row >= 0 && !rows.contains(row))
            rows.append(row);
    }
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows.append(sourceRow(m_table->currentIndex()));
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (const int row : std::as_const(rows))
        m_model->removeRows(row, 1);
}

bool MappingEditor::exportTo(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(FieldMapJson::toJson(m_model->map())) < 0
        || !file.commit()) {
        m_banner->showMessage(
            tr("The map could not be written to %1. Check that the folder exists and is "
               "writable.")
                .arg(QDir::toNativeSeparators(path)),
            file.errorString());
        return false;
    }
    m_banner->showMessage(
        tr("Exported to %1.").arg(QDir::toNativeSeparators(path)), {}, ErrorBanner::Tone::Success);
    return true;
}

bool MappingEditor::importFrom(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_banner->showMessage(
            tr("%1 could not be opened. Check that the file exists and can be read.")
                .arg(QDir::toNativeSeparators(path)),
            file.errorString());
        return false;
    }
    const FieldMapJson::ImportResult result = FieldMapJson::fromJson(file.readAll());
    if (!result.ok()) {
        m_banner->showMessage(tr("%1 was not imported, so the map is unchanged. %2 Details lists "
                                 "every problem.")
                                  .arg(QDir::toNativeSeparators(path), result.errors.value(0)),
            result.errors.join(u'\n'));
        return false;
    }
    if (result.map->crm() != m_model->map().crm()) {
        m_banner->showMessage(tr("%1 was made for %2, but this flow talks to %3, so it was not "
                                 "imported.")
                                  .arg(QDir::toNativeSeparators(path),
                                      CrmKinds::displayName(result.map->crm()), crmName()));
        return false;
    }
    m_model->replaceMap(*result.map);
    m_suggestions.clear();
    updateSuggestions();
    m_banner->showMessage(tr("Imported %1 fields from %2. Save to keep them.")
                              .arg(result.map->rowCount())
                              .arg(QDir::toNativeSeparators(path)),
        {}, ErrorBanner::Tone::Info);
    return true;
}

void MappingEditor::closeEvent(QCloseEvent *event)
{
    if (!m_model->isModified()) {
        event->accept();
        return;
    }
    const auto answer = QMessageBox::question(this, tr("Unsaved Changes"),
        tr("The field map of “%1” has unsaved changes. Save them before closing?").arg(m_flow.name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save())) {
        event->ignore();
        return;
    }
    event->accept();
}

} // namespace LeadBridge
