#include "ui/flows/ListSyncForm.h"

#include "core/engine/flows/ListSyncSettings.h"
#include "core/mapping/SystemUsage.h"
#include "ui/flows/LookupCombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace LeadBridge {

namespace {

QListWidget *fieldList(QWidget *parent, const QString &name, const QString &accessible)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(name);
    list->setAccessibleName(accessible);
    list->setFlow(QListView::LeftToRight);
    list->setWrapping(true);
    list->setResizeMode(QListView::Adjust);
    list->setSpacing(2);
    list->setMinimumHeight(52);
    list->setMaximumHeight(84);
    return list;
}

} // namespace

ListSyncForm::ListSyncForm(QWidget *parent)
    : FlowSettingsForm(parent)
{
    setObjectName(QStringLiteral("listSyncForm"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("listSourceCombo"));
    m_source->addItem(tr("All Salesforce leads"), QStringLiteral("leads"));
    m_source->addItem(tr("All Salesforce contacts"), QStringLiteral("contacts"));
    m_source->addItem(tr("A Salesforce report"), QStringLiteral("report"));
    m_source->addItem(tr("A Salesforce campaign"), QStringLiteral("campaign"));
    form->addRow(tr("&Records from:"), m_source);
    auto *pickers = new QWidget(this);
    auto *pickerLayout = new QVBoxLayout(pickers);
    pickerLayout->setContentsMargins(0, 0, 0, 0);
    m_report = new LookupCombo(pickers);
    m_report->setObjectName(QStringLiteral("reportPicker"));
    m_campaign = new LookupCombo(pickers);
    m_campaign->setObjectName(QStringLiteral("campaignPicker"));
    pickerLayout->addWidget(m_report);
    pickerLayout->addWidget(m_campaign);
    m_pickerLabel = new QLabel(tr("Re&port:"), this);
    form->addRow(m_pickerLabel, pickers);

    m_list = new LookupCombo(this);
    m_list->setObjectName(QStringLiteral("listPicker"));
    m_list->setAllowFreeText(true);
    m_list->setToolTip(tr("Choose an Act-On list to reuse, or type a new name: LeadBridge "
                          "creates it with the mapped columns at the first run."));
    form->addRow(tr("Act-On &list:"), m_list);
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("listFolderEdit"));
    m_folder->setPlaceholderText(QStringLiteral("Default Folder"));
    form->addRow(tr("Folder for a &new list:"), m_folder);
    layout->addLayout(form);

    auto *push = new QGroupBox(tr("Push to Salesforce"), this);
    auto *pushLayout = new QVBoxLayout(push);
    auto *addRow = new QHBoxLayout;
    m_pushAdd = new QCheckBox(tr("&Add new list records to Salesforce as"), push);
    m_pushAdd->setObjectName(QStringLiteral("pushAddCheck"));
    m_pushAddAs = new QComboBox(push);
    m_pushAddAs->setObjectName(QStringLiteral("pushAddAsCombo"));
    m_pushAddAs->setAccessibleName(tr("Add new records as"));
    m_pushAddAs->addItem(tr("leads"), QStringLiteral("lead"));
    m_pushAddAs->addItem(tr("contacts"), QStringLiteral("contact"));
    addRow->addWidget(m_pushAdd);
    addRow->addWidget(m_pushAddAs);
    addRow->addStretch(1);
    pushLayout->addLayout(addRow);
    m_pushUpdate
        = new QCheckBox(tr("&Update existing Salesforce records with these fields:"), push);
    m_pushUpdate->setObjectName(QStringLiteral("pushUpdateCheck"));
    pushLayout->addWidget(m_pushUpdate);
    m_pushFields
        = fieldList(push, QStringLiteral("pushFieldList"), tr("Fields pushed to Salesforce"));
    pushLayout->addWidget(m_pushFields);
    // Seed 003: "for Salesforce campaigns, campaign status will always be pushed if the
    // Update existing records option is enabled".
    m_campaignStatusNote = new QLabel(
        tr("For a campaign, the member status (the list’s “Campaign Status” column) is always "
           "pushed to Salesforce with this option, whatever fields are ticked."),
        push);
    m_campaignStatusNote->setObjectName(QStringLiteral("campaignStatusNote"));
    m_campaignStatusNote->setWordWrap(true);
    m_campaignStatusNote->setVisible(false);
    pushLayout->addWidget(m_campaignStatusNote);
    layout->addWidget(push);

    auto *pull = new QGroupBox(tr("Pull from Salesforce"), this);
    auto *pullLayout = new QVBoxLayout(pull);
    m_pullAdd = new QCheckBox(tr("A&dd new records from Salesforce to the list"), pull);
    m_pullAdd->setObjectName(QStringLiteral("pullAddCheck"));
    pullLayout->addWidget(m_pullAdd);
    m_pullUpdate = new QCheckBox(tr("Update existing list records with these &fields:"), pull);
    m_pullUpdate->setObjectName(QStringLiteral("pullUpdateCheck"));
    pullLayout->addWidget(m_pullUpdate);
    m_pullFields
        = fieldList(pull, QStringLiteral("pullFieldList"), tr("Fields pulled from Salesforce"));
    pullLayout->addWidget(m_pullFields);
    m_pullRemove = new QCheckBox(tr("R&emove list records not found in Salesforce"), pull);
    m_pullRemove->setObjectName(QStringLiteral("pullRemoveCheck"));
    pullLayout->addWidget(m_pullRemove);
    layout->addWidget(pull);

    connect(m_source, &QComboBox::currentIndexChanged, this, &ListSyncForm::sourceChanged);
    for (LookupCombo *c : { m_report, m_campaign }) {
        connect(c, &LookupField::changed, this, [this] {
            const QString suggested = suggestedListName();
            if (m_list->currentName() == m_autoListName && !suggested.isEmpty()
                && suggested != m_autoListName) {
                m_autoListName = suggested;
                m_list->setCurrent(QString(), suggested);
            }
            Q_EMIT changed();
        });
    }
    connect(m_list, &LookupField::changed, this, &FlowSettingsForm::changed);
    connect(m_folder, &QLineEdit::textChanged, this, &FlowSettingsForm::changed);
    for (QCheckBox *c : { m_pushAdd, m_pushUpdate, m_pullAdd, m_pullUpdate, m_pullRemove })
        connect(c, &QCheckBox::toggled, this, [this] {
            m_pushAddAs->setEnabled(m_pushAdd->isChecked());
            m_pushFields->setEnabled(m_pushUpdate->isChecked());
            m_pullFields->setEnabled(m_pullUpdate->isChecked());
            updateCampaignStatusNote();
            Q_EMIT changed();
        });
    connect(m_pushAddAs, &QComboBox::currentIndexChanged, this, &FlowSettingsForm::changed);
    for (QListWidget *l : { m_pushFields, m_pullFields })
        connect(l, &QListWidget::itemChanged, this, &FlowSettingsForm::changed);
}

void ListSyncForm::setAccounts(const Account &source, const Account &target)
{
    for (LookupCombo *c : { m_report, m_campaign, m_list })
        c->setService(lookups());
    m_list->setSource(target, LookupKind::ActOnLists);
    const QString kind = m_source->currentData().toString();
    if (kind == QLatin1String("report"))
        m_report->setSource(source, LookupKind::SalesforceReports);
    if (kind == QLatin1String("campaign"))
        m_campaign->setSource(source, LookupKind::SalesforceCampaigns);
    m_sourceAccount = source;
}

void ListSyncForm::sourceChanged()
{
    const QString kind = m_source->currentData().toString();
    const bool report = kind == QLatin1String("report");
    const bool campaign = kind == QLatin1String("campaign");
    m_report->setVisible(report);
    m_campaign->setVisible(campaign);
    m_pickerLabel->setVisible(report || campaign);
    m_pickerLabel->setText(campaign ? tr("Cam&paign:") : tr("Re&port:"));
    m_pickerLabel->setBuddy(campaign ? static_cast<QWidget *>(m_campaign) : m_report);
    if (report)
        m_report->setSource(m_sourceAccount, LookupKind::SalesforceReports);
    if (campaign)
        m_campaign->setSource(m_sourceAccount, LookupKind::SalesforceCampaigns);
    updateCampaignStatusNote();
    const QString suggested = suggestedListName();
    // The list name follows the source until the person types their own.
    if (!suggested.isEmpty()
        && (m_list->currentName().isEmpty() || m_list->currentName() == m_autoListName)) {
        m_autoListName = suggested;
        m_list->setCurrent(QString(), suggested);
    }
    Q_EMIT changed();
}

QString ListSyncForm::suggestedListName() const
{
    const QString kind = m_source->currentData().toString();
    if (kind == QLatin1String("report") || kind == QLatin1String("campaign")) {
        LookupCombo *picker = kind == QLatin1String("report") ? m_report : m_campaign;
        const QString name = picker->currentId().isEmpty() ? QString() : picker->currentName();
        if (name.isEmpty())
            return {};
        return kind == QLatin1String("report") ? tr("Salesforce report %1").arg(name)
                                               : tr("Salesforce campaign %1").arg(name);
    }
    QVariantMap m { { QStringLiteral("source"), kind } };
    return ListSyncSettings::fromMap(m).defaultListName();
}

void ListSyncForm::updateCampaignStatusNote()
{
    m_campaignStatusNote->setVisible(m_source->currentData().toString() == QLatin1String("campaign")
        && m_pushUpdate->isChecked());
}

void ListSyncForm::load(const Flow &flow)
{
    m_flowId = flow.id;
    const ListSyncSettings s = ListSyncSettings::fromMap(flow.settings);
    const bool stored = flow.settings.contains(QStringLiteral("source"));
    const FieldMap map = storedOrDefaultMap(flow.id, CrmKind::Salesforce);
    m_headings.clear();
    for (const FieldMapRow &row : map.rows()) {
        if (row.hasCrmSource() && row.marketing.usage != SystemUsage::Email)
            m_headings.append(row.marketing.name);
    }
    m_source->blockSignals(true);
    m_source->setCurrentIndex(
        qMax(0, m_source->findData(ListSyncSettings::sourceToString(s.source))));
    m_source->blockSignals(false);
    m_report->setCurrent(s.reportId);
    m_campaign->setCurrent(s.campaignId);
    const QString listName = stored ? s.listName : s.defaultListName();
    m_autoListName = stored ? QString() : listName;
    m_list->setCurrent(QString(), listName);
    m_folder->setText(flow.settings.value(QStringLiteral("listFolder")).toString().isEmpty()
            ? QStringLiteral("LeadBridge")
            : s.listFolder);
    m_pushAdd->setChecked(s.pushAddNew);
    m_pushAddAs->setCurrentIndex(s.pushAddAs == CrmObjectType::Contact ? 1 : 0);
    m_pushUpdate->setChecked(s.pushUpdate);
    fillFields(m_pushFields, m_headings, s.pushUpdateFields);
    m_pullAdd->setChecked(s.pullAddNew);
    m_pullUpdate->setChecked(s.pullUpdate);
    fillFields(m_pullFields, m_headings, s.pullUpdateFields);
    m_pullRemove->setChecked(s.pullRemoveNotFound);
    m_pushAddAs->setEnabled(m_pushAdd->isChecked());
    m_pushFields->setEnabled(m_pushUpdate->isChecked());
    m_pullFields->setEnabled(m_pullUpdate->isChecked());
    sourceChanged();
}

void ListSyncForm::fillFields(
    QListWidget *list, const QStringList &headings, const QStringList &checked)
{
    list->blockSignals(true);
    list->clear();
    QStringList all = headings;
    for (const QString &c : checked) {
        if (!all.contains(c, Qt::CaseInsensitive))
            all.append(c);
    }
    for (const QString &h : std::as_const(all)) {
        auto *item = new QListWidgetItem(h, list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(h, Qt::CaseInsensitive) ? Qt::Checked : Qt::Unchecked);
    }
    list->blockSignals(false);
}

QStringList ListSyncForm::checkedFields(const QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            out.append(list->item(i)->text());
    }
    return out;
}

bool ListSyncForm::setFieldChecked(QListWidget *list, const QString &heading, bool checked)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text().compare(heading, Qt::CaseInsensitive) == 0) {
            list->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

QVariantMap ListSyncForm::settings(const QVariantMap &base) const
{
    ListSyncSettings s;
    const QString kind = m_source->currentData().toString();
    s.source = ListSyncSettings::fromMap({ { QStringLiteral("source"), kind } }).source;
    s.reportId = kind == QLatin1String("report") ? m_report->currentId() : QString();
    s.campaignId = kind == QLatin1String("campaign") ? m_campaign->currentId() : QString();
    s.listName = m_list->currentName();
    s.listFolder = m_folder->text().trimmed();
    s.pushAddNew = m_pushAdd->isChecked();
    s.pushAddAs = m_pushAddAs->currentData().toString() == QLatin1String("contact")
        ? CrmObjectType::Contact
        : CrmObjectType::Lead;
    s.pushUpdate = m_pushUpdate->isChecked();
    s.pushUpdateFields = checkedFields(m_pushFields);
    s.pullAddNew = m_pullAdd->isChecked();
    s.pullUpdate = m_pullUpdate->isChecked();
    s.pullUpdateFields = checkedFields(m_pullFields);
    s.pullRemoveNotFound = m_pullRemove->isChecked();
    QVariantMap out = base;
    const QVariantMap mine = s.toMap();
    for (auto it = mine.cbegin(); it != mine.cend(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

QStringList ListSyncForm::formProblems() const
{
    QStringList out;
    const QString kind = m_source->currentData().toString();
    const LookupCombo *picker = kind == QLatin1String("report") ? m_report
        : kind == QLatin1String("campaign")                     ? m_campaign
                                                                : nullptr;
    if (picker && picker->currentId().isEmpty() && !picker->currentName().isEmpty()
        && picker->state() == LookupField::State::Loaded)
        out.append(kind == QLatin1String("report")
                ? tr("The report “%1” is not among the Salesforce reports. Choose one from the "
                     "list.")
                      .arg(picker->currentName())
                : tr("The campaign “%1” is not among the Salesforce campaigns. Choose one from "
                     "the list.")
                      .arg(picker->currentName()));
    return out;
}

Status ListSyncForm::saveExtras(const Flow &flow, bool created)
{
    if (!created && hasStoredMap(flow.id))
        return {};
    return saveMap(flow.id, storedOrDefaultMap(0, CrmKind::Salesforce));
}

} // namespace LeadBridge
