#include "ui/flows/CrmContactSyncForm.h"

#include "core/engine/ConflictRule.h"
#include "core/engine/SyncEngine.h"
#include "ui/flows/LookupCombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace LeadBridge {

namespace {
const QString kSalesforceBounceField = QStringLiteral("EmailBouncedReason");
}

CrmContactSyncForm::CrmContactSyncForm(QWidget *parent)
    : FlowSettingsForm(parent)
{
    setObjectName(QStringLiteral("crmContactSyncForm"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);

    m_policy = new QComboBox(this);
    m_policy->setObjectName(QStringLiteral("pushPolicyCombo"));
    for (const PushPolicy p : { PushPolicy::TwoWay, PushPolicy::CrmToMarketingOnly })
        m_policy->addItem(PushPolicies::displayName(p), int(p));
    m_policy->setToolTip(tr("Two-way: CRM changes flow to Act-On and Act-On changes push to the "
                            "CRM (per field, see Allow push in the mapping). One-way: only "
                            "scores push to the CRM."));
    form->addRow(tr("&Push policy:"), m_policy);

    m_conflict = new QComboBox(this);
    m_conflict->setObjectName(QStringLiteral("conflictRuleCombo"));
    for (const ConflictRule r : { ConflictRule::CrmWins, ConflictRule::MarketingWins,
             ConflictRule::NewestWins, ConflictRule::Skip, ConflictRule::Review })
        m_conflict->addItem(ConflictRules::displayName(r), ConflictRules::toString(r));
    m_conflict->setToolTip(tr("What happens to a field changed on both sides since the last "
                              "sync. \"Hold for review\" writes neither side and lists the "
                              "field in Conflicts, where you keep one of the two values; the "
                              "next run writes it."));
    form->addRow(tr("When both sides &changed:"), m_conflict);

    auto *objects = new QWidget(this);
    auto *objectsRow = new QHBoxLayout(objects);
    objectsRow->setContentsMargins(0, 0, 0, 0);
    m_leads = new QCheckBox(tr("&Leads"), objects);
    m_leads->setObjectName(QStringLiteral("syncLeadsCheck"));
    m_contacts = new QCheckBox(tr("C&ontacts"), objects);
    m_contacts->setObjectName(QStringLiteral("syncContactsCheck"));
    objectsRow->addWidget(m_leads);
    objectsRow->addWidget(m_contacts);
    objectsRow->addStretch(1);
    form->addRow(tr("CRM records synced:"), objects);

    m_list = new LookupCombo(this);
    m_list->setObjectName(QStringLiteral("contactListPicker"));
    m_list->setAllowFreeText(true);
    m_list->setToolTip(tr("Choose an Act-On list to reuse, or type a new name: LeadBridge "
                          "creates it at the first run."));
    form->addRow(tr("Act-On &list:"), m_list);
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("contactFolderEdit"));
    m_folder->setPlaceholderText(QStringLiteral("LeadBridge"));
    form->addRow(tr("Folder for a &new list:"), m_folder);

    auto *bounceRow = new QWidget(this);
    auto *bounceLayout = new QHBoxLayout(bounceRow);
    bounceLayout->setContentsMargins(0, 0, 0, 0);
    m_bounces = new QCheckBox(tr("Push &hard bounces to the CRM field"), bounceRow);
    m_bounces->setObjectName(QStringLiteral("pushBouncesCheck"));
    m_bounceField = new QLineEdit(bounceRow);
    m_bounceField->setObjectName(QStringLiteral("bounceFieldEdit"));
    m_bounceField->setAccessibleName(tr("CRM field for hard bounces"));
    bounceLayout->addWidget(m_bounces);
    bounceLayout->addWidget(m_bounceField, 1);
    form->addRow(tr("Bounces:"), bounceRow);
    m_optOuts = new QCheckBox(
        tr("Sync &opt-outs (the Opt-Out row of the field map, e.g. HasOptedOutOfEmail)"), this);
    m_optOuts->setObjectName(QStringLiteral("pushOptOutsCheck"));
    form->addRow(tr("Opt-outs:"), m_optOuts);

    auto *fullRow = new QWidget(this);
    auto *fullLayout = new QVBoxLayout(fullRow);
    fullLayout->setContentsMargins(0, 0, 0, 0);
    m_fullSyncDays = new QSpinBox(fullRow);
    m_fullSyncDays->setObjectName(QStringLiteral("fullSyncDaysSpin"));
    m_fullSyncDays->setRange(1, 90);
    m_fullSyncDays->setValue(SyncEngine::kFullSyncDays);
    m_fullSyncDays->setPrefix(tr("every "));
    m_fullSyncDays->setSuffix(tr(" days"));
    m_fullSyncDays->setAccessibleName(tr("Full sync every so many days"));
    fullLayout->addWidget(m_fullSyncDays, 0, Qt::AlignLeft);
    auto *full = new QLabel(tr("Incremental runs follow the schedule. A full run reads every "
                               "record again at this cadence and whenever a field is added to "
                               "the map; Run Full Sync Now on the Flows page starts one at once."),
        fullRow);
    full->setObjectName(QStringLiteral("fullSyncLabel"));
    full->setWordWrap(true);
    fullLayout->addWidget(full);
    auto *fullLabel = new QLabel(tr("&Full sync:"), this);
    fullLabel->setBuddy(m_fullSyncDays);
    form->addRow(fullLabel, fullRow);
    connect(m_fullSyncDays, &QSpinBox::valueChanged, this, &FlowSettingsForm::changed);

    m_editMapping = new QPushButton(tr("Edit &Mapping…"), this);
    m_editMapping->setObjectName(QStringLiteral("formEditMappingButton"));
    form->addRow(tr("Field map:"), m_editMapping);

    for (QCheckBox *c : { m_leads, m_contacts, m_optOuts })
        connect(c, &QCheckBox::toggled, this, &FlowSettingsForm::changed);
    connect(m_bounces, &QCheckBox::toggled, this, [this] {
        updateBounceField();
        Q_EMIT changed();
    });
    connect(m_policy, &QComboBox::currentIndexChanged, this, &FlowSettingsForm::changed);
    connect(m_conflict, &QComboBox::currentIndexChanged, this, &FlowSettingsForm::changed);
    connect(m_list, &LookupField::changed, this, &FlowSettingsForm::changed);
    connect(m_folder, &QLineEdit::textChanged, this, &FlowSettingsForm::changed);
    connect(m_bounceField, &QLineEdit::textChanged, this, &FlowSettingsForm::changed);
    connect(m_editMapping, &QPushButton::clicked, this, &FlowSettingsForm::editMappingRequested);
}

PushPolicy CrmContactSyncForm::pushPolicy() const
{
    return PushPolicy(m_policy->currentData().toInt());
}

void CrmContactSyncForm::setAccounts(const Account &source, const Account &target)
{
    m_crm = source.kind == AccountKind::Pipeliner ? CrmKind::Pipeliner : CrmKind::Salesforce;
    m_list->setService(lookups());
    m_list->setSource(target, LookupKind::ActOnLists);
    updateBounceField();
}

void CrmContactSyncForm::updateBounceField()
{
    m_bounceField->setEnabled(m_bounces->isChecked());
    m_bounceField->setPlaceholderText(m_crm == CrmKind::Salesforce
            ? kSalesforceBounceField
            : tr("the Hard Bounce row of the field map"));
}

void CrmContactSyncForm::load(const Flow &flow)
{
    const QVariantMap &s = flow.settings;
    m_flowId = flow.id;
    m_flowName = flow.name;
    m_conflict->setCurrentIndex(qMax(0,
        m_conflict->findData(ConflictRules::toString(
            ConflictRules::fromString(s.value(QStringLiteral("conflictRule")).toString())))));
    m_leads->setChecked(s.value(QStringLiteral("syncLeads"), true).toBool());
    m_contacts->setChecked(s.value(QStringLiteral("syncContacts"), true).toBool());
    m_list->setCurrent(s.value(QStringLiteral("listId")).toString(),
        s.value(QStringLiteral("listName"), flow.name).toString());
    m_folder->setText(s.value(QStringLiteral("folder"), QStringLiteral("LeadBridge")).toString());
    m_bounces->setChecked(s.value(QStringLiteral("pushHardBounces"), true).toBool());
    m_bounceField->setText(s.value(QStringLiteral("hardBounceField")).toString());
    m_optOuts->setChecked(s.value(QStringLiteral("pushOptOuts"), true).toBool());
    m_fullSyncDays->setValue(SyncEngine::fullSyncDays(flow));
    const FieldMap map = storedOrDefaultMap(flow.id, m_crm);
    m_policy->setCurrentIndex(qMax(0, m_policy->findData(int(map.policy()))));
    m_editMapping->setEnabled(flow.id > 0);
    m_editMapping->setToolTip(flow.id > 0
            ? tr("Choose which CRM fields fill which Act-On fields, and what may be pushed back.")
            : tr("The common fields are pre-mapped when the flow is created; adjust them with "
                 "Edit Mapping… afterwards."));
    updateBounceField();
}

QVariantMap CrmContactSyncForm::settings(const QVariantMap &base) const
{
    QVariantMap s = base;
    s.insert(QStringLiteral("conflictRule"), m_conflict->currentData().toString());
    s.insert(QStringLiteral("syncLeads"), m_leads->isChecked());
    s.insert(QStringLiteral("syncContacts"), m_contacts->isChecked());
    const QString listId = m_list->currentId();
    if (listId.isEmpty())
        s.remove(QStringLiteral("listId"));
    else
        s.insert(QStringLiteral("listId"), listId);
    const QString listName = m_list->currentName();
    if (listName.isEmpty())
        s.remove(QStringLiteral("listName")); // the runner then uses the flow's name
    else
        s.insert(QStringLiteral("listName"), listName);
    const QString folder = m_folder->text().trimmed();
    s.insert(QStringLiteral("folder"), folder.isEmpty() ? QStringLiteral("LeadBridge") : folder);
    s.insert(QStringLiteral("pushHardBounces"), m_bounces->isChecked());
    const QString bounce = m_bounceField->text().trimmed();
    if (bounce.isEmpty())
        s.remove(QStringLiteral("hardBounceField"));
    else
        s.insert(QStringLiteral("hardBounceField"), bounce);
    s.insert(QStringLiteral("pushOptOuts"), m_optOuts->isChecked());
    s.insert(QStringLiteral("fullSyncDays"), m_fullSyncDays->value());
    return s;
}

Status CrmContactSyncForm::saveExtras(const Flow &flow, bool created)
{
    const bool stored = !created && hasStoredMap(flow.id);
    FieldMap map = storedOrDefaultMap(stored ? flow.id : 0, m_crm);
    if (stored && map.policy() == pushPolicy())
        return {};
    map.setCrm(m_crm);
    map.setPolicy(pushPolicy());
    return saveMap(flow.id, map);
}

} // namespace LeadBridge
