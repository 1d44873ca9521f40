#include "ui/flows/LeadHandoffForm.h"

#include "core/engine/AccountService.h"
#include "core/engine/LookupService.h"
#include "core/model/ScheduleRules.h"
#include "core/store/ScheduleRepository.h"
#include "ui/flows/LookupChecklist.h"
#include "ui/flows/LookupCombo.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace LeadBridge {

LeadHandoffForm::LeadHandoffForm(QWidget *parent)
    : FlowSettingsForm(parent)
{
    setObjectName(QStringLiteral("leadHandoffForm"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_crm = new QLabel(this);
    m_crm->setObjectName(QStringLiteral("handoffCrmLabel"));
    m_crm->setWordWrap(true);
    form->addRow(tr("Leads go to:"), m_crm);

    auto *lists = new QWidget(this);
    auto *listsLayout = new QVBoxLayout(lists);
    listsLayout->setContentsMargins(0, 0, 0, 0);
    auto *radios = new QHBoxLayout;
    m_allLists = new QRadioButton(tr("&All lists"), lists);
    m_allLists->setObjectName(QStringLiteral("allListsRadio"));
    m_chosenLists = new QRadioButton(tr("Only &these lists:"), lists);
    m_chosenLists->setObjectName(QStringLiteral("chosenListsRadio"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_allLists);
    group->addButton(m_chosenLists);
    radios->addWidget(m_allLists);
    radios->addWidget(m_chosenLists);
    radios->addStretch(1);
    listsLayout->addLayout(radios);
    m_lists = new LookupChecklist(lists);
    m_lists->setObjectName(QStringLiteral("handoffListPicker"));
    listsLayout->addWidget(m_lists);
    form->addRow(tr("Act-On lists:"), lists);

    m_threshold = new QSpinBox(this);
    m_threshold->setObjectName(QStringLiteral("thresholdSpin"));
    m_threshold->setRange(0, 1000);
    m_threshold->setToolTip(tr("Contacts whose Act-On score reaches this number become leads."));
    form->addRow(tr("Score &threshold:"), m_threshold);

    auto *timeRow = new QWidget(this);
    auto *timeLayout = new QHBoxLayout(timeRow);
    timeLayout->setContentsMargins(0, 0, 0, 0);
    m_time = new QTimeEdit(timeRow);
    m_time->setObjectName(QStringLiteral("handoffTimeEdit"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_timeNote = new QLabel(tr("your local time, once a day"), timeRow);
    m_timeNote->setForegroundRole(QPalette::PlaceholderText);
    m_timeNote->setWordWrap(true);
    timeLayout->addWidget(m_time);
    timeLayout->addWidget(m_timeNote, 1);
    form->addRow(tr("Run &daily at:"), timeRow);

    m_owner = new LookupCombo(this);
    m_owner->setObjectName(QStringLiteral("ownerPicker"));
    form->addRow(tr("Lead and contact &owner:"), m_owner);

    connect(m_allLists, &QRadioButton::toggled, this, [this](bool all) {
        m_lists->setChoicesAllowed(!all);
        Q_EMIT changed();
    });
    connect(m_lists, &LookupField::changed, this, &FlowSettingsForm::changed);
    connect(m_owner, &LookupField::changed, this, &FlowSettingsForm::changed);
    connect(m_threshold, &QSpinBox::valueChanged, this, &FlowSettingsForm::changed);
    connect(m_time, &QTimeEdit::timeChanged, this, &FlowSettingsForm::changed);
}

void LeadHandoffForm::setAccounts(const Account &source, const Account &target)
{
    m_target = target;
    m_lists->setService(lookups());
    m_owner->setService(lookups());
    m_lists->setSource(source, LookupKind::ActOnLists);
    m_owner->setSource(target, LookupKind::CrmUsers);
    m_crm->setText(target.id > 0
            ? tr("“%1” (%2): a lead named “First Last (List name)” per list, linked to the "
                 "contact with the same e-mail (created when missing).")
                  .arg(target.name, AccountService::kindDisplayName(target.kind))
            : tr("Choose the Pipeliner or Salesforce account above."));
}

void LeadHandoffForm::load(const Flow &flow)
{
    const QVariantMap &s = flow.settings;
    const QVariant lists = s.value(QStringLiteral("lists"));
    const QStringList chosen = lists.typeId() == QMetaType::QString
        ? lists.toString().split(u',', Qt::SkipEmptyParts)
        : lists.toStringList();
    (chosen.isEmpty() ? m_allLists : m_chosenLists)->setChecked(true);
    m_lists->setChoicesAllowed(!chosen.isEmpty());
    m_lists->setChecked(chosen);
    m_threshold->setValue(
        qRound(s.value(QStringLiteral("scoreThreshold"), kDefaultThreshold).toDouble()));
    QTime time = ScheduleRules::defaultFor(FlowKind::LeadHandoff).dailyTime;
    m_timeNote->setText(tr("your local time, once a day"));
    if (journal() && flow.id > 0) {
        const auto schedule = ScheduleRepository(*journal()).get(flow.id);
        if (schedule && schedule->kind == Schedule::Kind::Daily && schedule->dailyTime.isValid())
            time = schedule->dailyTime;
        else if (!schedule)
            m_timeNote->setText(tr("your local time, once a day — the schedule is off now; this "
                                   "turns it on"));
    }
    m_time->setTime(time);
    m_owner->setCurrent(s.value(QStringLiteral("ownerId")).toString());
}

QVariantMap LeadHandoffForm::settings(const QVariantMap &base) const
{
    QVariantMap s = base;
    s.insert(QStringLiteral("scoreThreshold"), m_threshold->value());
    s.insert(
        QStringLiteral("lists"), m_allLists->isChecked() ? QStringList() : m_lists->checkedIds());
    s.insert(QStringLiteral("ownerId"), m_owner->currentId());
    return s;
}

QStringList LeadHandoffForm::formProblems() const
{
    QStringList out;
    if (m_chosenLists->isChecked()) {
        const QStringList ids = m_lists->checkedIds();
        if (ids.isEmpty())
            out.append(tr("Choose at least one Act-On list, or choose All lists."));
        else if (m_lists->state() == LookupField::State::Loaded) {
            for (const QString &id : ids) {
                if (!m_lists->item(id)) {
                    out.append(tr("The Act-On list “%1” chosen for the lead handoff no longer "
                                  "exists. Choose the lists again.")
                                   .arg(id));
                    break;
                }
            }
        }
    }
    if (m_owner->currentId().isEmpty() && !m_owner->currentName().isEmpty()
        && m_owner->state() == LookupField::State::Loaded)
        out.append(tr("“%1” is not among %2. Choose the owner from the list.")
                       .arg(m_owner->currentName(),
                           LookupService::subject(LookupKind::CrmUsers, m_target.kind)));
    return out;
}

Status LeadHandoffForm::saveExtras(const Flow &flow, bool created)
{
    if (!journal())
        return {};
    ScheduleRepository schedules(*journal());
    auto stored = schedules.get(flow.id);
    Schedule schedule
        = stored ? stored.value() : ScheduleRules::defaultFor(FlowKind::LeadHandoff, flow.id);
    Q_UNUSED(created)
    if (stored && schedule.kind == Schedule::Kind::Daily && schedule.dailyTime == m_time->time())
        return {};
    schedule.flowId = flow.id;
    schedule.kind = Schedule::Kind::Daily;
    schedule.dailyTime = m_time->time();
    schedule.nextRunAt = QDateTime(); // the scheduler works it out again
    return schedules.set(schedule);
}

} // namespace LeadBridge
