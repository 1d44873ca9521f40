#pragma once

#include "core/model/Account.h"
#include "core/model/Flow.h"
#include "core/model/Schedule.h"

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTimeEdit;

namespace LeadBridge {

class Journal;

/// Schedule…: when one flow runs by itself — every N hours, daily at a local time, or off
/// (only Sync Now). Shows when the flow is paused. A schedule ScheduleRules refuses (e.g.
/// a Salesforce flow more often than every 4 hours) is explained inline and cannot be saved.
class ScheduleDialog : public QDialog
{
    Q_OBJECT
public:
    /// Edits the schedule of @p flow (which uses some of @p accounts).
    ScheduleDialog(Journal &journal, const Flow &flow, const QList<Account> &accounts,
        QWidget *parent = nullptr);

    QRadioButton *intervalRadio() const { return m_interval; }
    QRadioButton *dailyRadio() const { return m_daily; }
    QRadioButton *offRadio() const { return m_off; }
    QSpinBox *hoursSpin() const { return m_hours; }
    QTimeEdit *timeEdit() const { return m_time; }
    /// The paused note (visible only for a paused flow).
    QLabel *pausedLabel() const { return m_paused; }
    /// The refusal on show (empty when OK is enabled).
    QString problemText() const;
    QPushButton *okButton() const;
    /// The schedule as chosen now (enabled false = off).
    Schedule currentSchedule() const;

    void accept() override;

private:
    void validate();

    Journal &m_journal;
    Flow m_flow;
    QList<Account> m_accounts;
    Schedule m_stored;
    bool m_hasStored = false;
    QRadioButton *m_interval = nullptr;
    QRadioButton *m_daily = nullptr;
    QRadioButton *m_off = nullptr;
    QSpinBox *m_hours = nullptr;
    QTimeEdit *m_time = nullptr;
    QLabel *m_paused = nullptr;
    QLabel *m_minimum = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace LeadBridge
