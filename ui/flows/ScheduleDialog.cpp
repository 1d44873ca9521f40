#include "ui/flows/ScheduleDialog.h"

#include "core/model/ScheduleRules.h"
#include "core/store/ScheduleRepository.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace LeadBridge {

ScheduleDialog::ScheduleDialog(
    Journal &journal, const Flow &flow, const QList<Account> &accounts, QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_flow(flow)
    , m_accounts(accounts)
{
    setObjectName(QStringLiteral("scheduleDialog"));
    setWindowTitle(tr("Schedule of “%1”").arg(flow.name));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("When “%1” runs by itself. Sync Now runs it at any time.").arg(flow.name), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *grid = new QGridLayout;
    m_interval = new QRadioButton(tr("&Every"), this);
    m_interval->setObjectName(QStringLiteral("intervalRadio"));
    m_hours = new QSpinBox(this);
    m_hours->setObjectName(QStringLiteral("hoursSpin"));
    m_hours->setRange(1, ScheduleRules::kMaximumMinutes / 60);
    m_hours->setSuffix(tr(" hours"));
    m_hours->setAccessibleName(tr("Hours between runs"));
    grid->addWidget(m_interval, 0, 0);
    grid->addWidget(m_hours, 0, 1);
    m_daily = new QRadioButton(tr("&Daily at"), this);
    m_daily->setObjectName(QStringLiteral("dailyRadio"));
    m_time = new QTimeEdit(this);
    m_time->setObjectName(QStringLiteral("dailyTimeEdit"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setAccessibleName(tr("Time of day"));
    auto *local = new QLabel(tr("local time"), this);
    local->setForegroundRole(QPalette::PlaceholderText);
    grid->addWidget(m_daily, 1, 0);
    grid->addWidget(m_time, 1, 1);
    grid->addWidget(local, 1, 2);
    m_off = new QRadioButton(tr("&Off — the flow runs only when you click Sync Now"), this);
    m_off->setObjectName(QStringLiteral("offRadio"));
    grid->addWidget(m_off, 2, 0, 1, 3);
    grid->setColumnStretch(2, 1);
    layout->addLayout(grid);
    auto *group = new QButtonGroup(this);
    for (QRadioButton *r : { m_interval, m_daily, m_off })
        group->addButton(r);

    const int minimum = ScheduleRules::minimumIntervalMinutes(flow, accounts);
    m_minimum = new QLabel(minimum == ScheduleRules::kSalesforceMinimumMinutes
            ? tr("This flow uses a Salesforce account: Salesforce allows a sync at most every 4 "
                 "hours.")
            : tr("Flows run at most once an hour."),
        this);
    m_minimum->setObjectName(QStringLiteral("minimumLabel"));
    m_minimum->setWordWrap(true);
    m_minimum->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_minimum);

    m_paused = new QLabel(tr("“%1” is paused: it keeps this schedule but does not run by it until "
                             "you click Resume on the Flows page.")
                              .arg(flow.name),
        this);
    m_paused->setObjectName(QStringLiteral("pausedLabel"));
    m_paused->setWordWrap(true);
    m_paused->setVisible(!flow.enabled);
    layout->addWidget(m_paused);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("scheduleProblemLabel"));
    m_problem->setWordWrap(true);
    QPalette pal = m_problem->palette();
    pal.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_problem->setPalette(pal);
    m_problem->setVisible(false);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ScheduleDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const auto stored = ScheduleRepository(journal).get(flow.id);
    m_hasStored = bool(stored);
    const Schedule defaults = ScheduleRules::defaultFor(flow.kind, flow.id);
    m_stored = m_hasStored ? stored.value() : defaults;
    const Schedule &shown = m_stored;
    m_hours->setValue(shown.kind == Schedule::Kind::Interval
            ? qMax(1, shown.intervalMinutes / 60)
            : (defaults.kind == Schedule::Kind::Interval ? defaults.intervalMinutes / 60
                                                         : qMax(1, minimum / 60)));
    m_time->setTime(shown.kind == Schedule::Kind::Daily && shown.dailyTime.isValid()
            ? shown.dailyTime
            : QTime(8, 0));
    if (!m_hasStored || !shown.enabled)
        m_off->setChecked(true);
    else if (shown.kind == Schedule::Kind::Daily)
        m_daily->setChecked(true);
    else
        m_interval->setChecked(true);

    for (QRadioButton *r : { m_interval, m_daily, m_off })
        connect(r, &QRadioButton::toggled, this, &ScheduleDialog::validate);
    connect(m_hours, &QSpinBox::valueChanged, this, &ScheduleDialog::validate);
    connect(m_time, &QTimeEdit::timeChanged, this, &ScheduleDialog::validate);
    validate();
    resize(460, sizeHint().height());
}

QPushButton *ScheduleDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString ScheduleDialog::problemText() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

Schedule ScheduleDialog::currentSchedule() const
{
    Schedule s = m_stored;
    s.flowId = m_flow.id;
    s.enabled = !m_off->isChecked();
    if (m_daily->isChecked()) {
        s.kind = Schedule::Kind::Daily;
        s.dailyTime = m_time->time();
    } else if (m_interval->isChecked()) {
        s.kind = Schedule::Kind::Interval;
        s.intervalMinutes = m_hours->value() * 60;
    }
    return s;
}

void ScheduleDialog::validate()
{
    m_hours->setEnabled(m_interval->isChecked());
    m_time->setEnabled(m_daily->isChecked());
    const Schedule s = currentSchedule();
    const QString problem = s.enabled ? ScheduleRules::problem(s, m_flow, m_accounts) : QString();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    okButton()->setEnabled(problem.isEmpty());
}

void ScheduleDialog::accept()
{
    validate();
    if (!okButton()->isEnabled())
        return;
    ScheduleRepository schedules(m_journal);
    Schedule s = currentSchedule();
    Status saved;
    if (!s.enabled) {
        saved = schedules.remove(m_flow.id);
    } else {
        const bool changed = !m_hasStored || !m_stored.enabled || s.kind != m_stored.kind
            || (s.kind == Schedule::Kind::Daily ? s.dailyTime != m_stored.dailyTime
                                                : s.intervalMinutes != m_stored.intervalMinutes);
        if (changed) {
            s.nextRunAt = QDateTime(); // the scheduler works out the next occurrence
            s.retryAt = QDateTime();
            s.failures = 0;
        }
        saved = schedules.set(s);
    }
    if (!saved) {
        m_problem->setText(saved.errorString());
        m_problem->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace LeadBridge
