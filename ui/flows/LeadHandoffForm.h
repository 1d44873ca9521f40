#pragma once

#include "ui/flows/FlowSettingsForm.h"

class QLabel;
class QRadioButton;
class QSpinBox;
class QTimeEdit;

namespace LeadBridge {

class LookupChecklist;
class LookupCombo;

/// F4 lead handoff settings (LeadHandoffRunner, seed 002): the CRM that receives the
/// leads (the flow's target account), the Act-On lists (all, or chosen from a live
/// look-up), the score threshold, the daily time (the flow's schedule) and the owner of
/// the new leads and contacts, chosen from the CRM's users.
class LeadHandoffForm : public FlowSettingsForm
{
    Q_OBJECT
public:
    /// The runner's default threshold.
    static constexpr int kDefaultThreshold = 50;

    explicit LeadHandoffForm(QWidget *parent = nullptr);

    FlowKind kind() const override { return FlowKind::LeadHandoff; }
    void setAccounts(const Account &source, const Account &target) override;
    void load(const Flow &flow) override;
    QVariantMap settings(const QVariantMap &base) const override;
    QStringList formProblems() const override;
    Status saveExtras(const Flow &flow, bool created) override;

    QRadioButton *allListsRadio() const { return m_allLists; }
    QRadioButton *chosenListsRadio() const { return m_chosenLists; }
    LookupChecklist *listPicker() const { return m_lists; }
    QSpinBox *thresholdSpin() const { return m_threshold; }
    QTimeEdit *timeEdit() const { return m_time; }
    LookupCombo *ownerPicker() const { return m_owner; }

private:
    QLabel *m_crm = nullptr;
    QRadioButton *m_allLists = nullptr;
    QRadioButton *m_chosenLists = nullptr;
    LookupChecklist *m_lists = nullptr;
    QSpinBox *m_threshold = nullptr;
    QTimeEdit *m_time = nullptr;
    QLabel *m_timeNote = nullptr;
    LookupCombo *m_owner = nullptr;
    Account m_target;
};

} // namespace LeadBridge
