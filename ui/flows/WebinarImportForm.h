#pragma once

#include "ui/flows/FlowSettingsForm.h"

class QDateEdit;
class QLabel;
class QSpinBox;

namespace LeadBridge {

/// F1 webinar import settings (WebinarImportRunner): the ON24 client (from the chosen ON24
/// account), the backfill start ("backfillFrom", read in windows of at most six months)
/// and the late-attendance look-back ("lookBackHours", default 48).
class WebinarImportForm : public FlowSettingsForm
{
    Q_OBJECT
public:
    explicit WebinarImportForm(QWidget *parent = nullptr);

    FlowKind kind() const override { return FlowKind::WebinarImport; }
    void setAccounts(const Account &source, const Account &target) override;
    void load(const Flow &flow) override;
    QVariantMap settings(const QVariantMap &base) const override;

    QDateEdit *backfillEdit() const { return m_backfill; }
    QSpinBox *lookBackSpin() const { return m_lookBack; }
    /// The ON24 client line ("Client 12345 — North America (NA)").
    QString clientText() const;

private:
    void updateWindows();

    QLabel *m_client = nullptr;
    QDateEdit *m_backfill = nullptr;
    QLabel *m_windows = nullptr;
    QSpinBox *m_lookBack = nullptr;
};

} // namespace LeadBridge
