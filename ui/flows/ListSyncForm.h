#pragma once

#include "ui/flows/FlowSettingsForm.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace LeadBridge {

class LookupCombo;

/// F3 list sync settings (ListSyncSettings, seed 003 "Sync Setup"): the Salesforce source
/// (all leads, all contacts, a report or a campaign picked from a live look-up), the
/// Act-On list to reuse or create, and the push and pull options with their field choices
/// (none by default; only "add new records from Salesforce" starts on).
class ListSyncForm : public FlowSettingsForm
{
    Q_OBJECT
public:
    explicit ListSyncForm(QWidget *parent = nullptr);

    FlowKind kind() const override { return FlowKind::ListSync; }
    void setAccounts(const Account &source, const Account &target) override;
    void load(const Flow &flow) override;
    QVariantMap settings(const QVariantMap &base) const override;
    QStringList formProblems() const override;
    Status saveExtras(const Flow &flow, bool created) override;

    QComboBox *sourceCombo() const { return m_source; }
    LookupCombo *reportPicker() const { return m_report; }
    LookupCombo *campaignPicker() const { return m_campaign; }
    LookupCombo *listPicker() const { return m_list; }
    QLineEdit *folderEdit() const { return m_folder; }
    QCheckBox *pushAddCheck() const { return m_pushAdd; }
    QComboBox *pushAddAsCombo() const { return m_pushAddAs; }
    QCheckBox *pushUpdateCheck() const { return m_pushUpdate; }
    QListWidget *pushFieldList() const { return m_pushFields; }
    /// The note that a campaign's member status is always pushed (shown for a campaign
    /// source with "Update existing Salesforce records" ticked).
    QLabel *campaignStatusNote() const { return m_campaignStatusNote; }
    QCheckBox *pullAddCheck() const { return m_pullAdd; }
    QCheckBox *pullUpdateCheck() const { return m_pullUpdate; }
    QListWidget *pullFieldList() const { return m_pullFields; }
    QCheckBox *pullRemoveCheck() const { return m_pullRemove; }
    /// Checks or clears the field @p heading in @p list; false when it is not listed.
    static bool setFieldChecked(QListWidget *list, const QString &heading, bool checked);

private:
    void sourceChanged();
    void updateCampaignStatusNote();
    void fillFields(QListWidget *list, const QStringList &headings, const QStringList &checked);
    static QStringList checkedFields(const QListWidget *list);
    QString suggestedListName() const;

    qint64 m_flowId = 0;
    Account m_sourceAccount;
    QStringList m_headings;
    QString m_autoListName;
    QComboBox *m_source = nullptr;
    QLabel *m_pickerLabel = nullptr;
    LookupCombo *m_report = nullptr;
    LookupCombo *m_campaign = nullptr;
    LookupCombo *m_list = nullptr;
    QLineEdit *m_folder = nullptr;
    QCheckBox *m_pushAdd = nullptr;
    QComboBox *m_pushAddAs = nullptr;
    QCheckBox *m_pushUpdate = nullptr;
    QListWidget *m_pushFields = nullptr;
    QLabel *m_campaignStatusNote = nullptr;
    QCheckBox *m_pullAdd = nullptr;
    QCheckBox *m_pullUpdate = nullptr;
    QListWidget *m_pullFields = nullptr;
    QCheckBox *m_pullRemove = nullptr;
};

} // namespace LeadBridge
