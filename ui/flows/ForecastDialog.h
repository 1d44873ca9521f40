#pragma once

#include "core/engine/CallForecast.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace LeadBridge {

class ForecastView;

/// Asks before a run whose forecast would exhaust, or come within 10 % of, a system's
/// daily allowance: the forecast per system, the warning sentences, and Run Anyway or
/// Cancel (the default). Window-modal, opened with open(); the answer comes by finished().
class ForecastDialog : public QDialog
{
    Q_OBJECT
public:
    ForecastDialog(const CallForecast &forecast, bool preview, QWidget *parent = nullptr);

    /// The run-anyway button (tests).
    QPushButton *runAnywayButton() const { return m_runAnyway; }
    /// The warning sentences on show.
    QString warningText() const;
    /// The forecast table.
    ForecastView *view() const { return m_view; }

private:
    ForecastView *m_view = nullptr;
    QLabel *m_warning = nullptr;
    QPushButton *m_runAnyway = nullptr;
};

} // namespace LeadBridge
