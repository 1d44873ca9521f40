#pragma once

#include "core/mapping/PushPolicy.h"
#include "ui/flows/FlowSettingsForm.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace LeadBridge {

class LookupCombo;

/// F2 CRM contact sync settings (CrmContactSyncRunner): push policy (kept in the field
/// map), conflict rule, which CRM objects are read, the Act-On list and folder, hard
/// bounces and opt-outs, and the full-sync cadence. The field map itself is edited in the
/// mapping editor (Edit Mapping…).
class CrmContactSyncForm : public FlowSettingsForm
{
    Q_OBJECT
public:
    explicit CrmContactSyncForm(QWidget *parent = nullptr);

    FlowKind kind() const override { return FlowKind::CrmContactSync; }
    void setAccounts(const Account &source, const Account &target) override;
    void load(const Flow &flow) override;
    QVariantMap settings(const QVariantMap &base) const override;
    Status saveExtras(const Flow &flow, bool created) override;

    QComboBox *policyCombo() const { return m_policy; }
    QComboBox *conflictCombo() const { return m_conflict; }
    QCheckBox *leadsCheck() const { return m_leads; }
    QCheckBox *contactsCheck() const { return m_contacts; }
    LookupCombo *listPicker() const { return m_list; }
    QLineEdit *folderEdit() const { return m_folder; }
    QCheckBox *bouncesCheck() const { return m_bounces; }
    QLineEdit *bounceFieldEdit() const { return m_bounceField; }
    QCheckBox *optOutsCheck() const { return m_optOuts; }
    QSpinBox *fullSyncDaysSpin() const { return m_fullSyncDays; }
    /// The push policy chosen.
    PushPolicy pushPolicy() const;

private:
    void updateBounceField();

    CrmKind m_crm = CrmKind::Salesforce;
    qint64 m_flowId = 0;
    QString m_flowName;
    QComboBox *m_policy = nullptr;
    QComboBox *m_conflict = nullptr;
    QCheckBox *m_leads = nullptr;
    QCheckBox *m_contacts = nullptr;
    LookupCombo *m_list = nullptr;
    QLineEdit *m_folder = nullptr;
    QCheckBox *m_bounces = nullptr;
    QLineEdit *m_bounceField = nullptr;
    QCheckBox *m_optOuts = nullptr;
    QSpinBox *m_fullSyncDays = nullptr;
    QPushButton *m_editMapping = nullptr;
};

} // namespace LeadBridge
