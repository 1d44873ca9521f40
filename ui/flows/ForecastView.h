#pragma once

#include "core/engine/CallForecast.h"

#include <QGroupBox>

class QLabel;
class QProgressBar;
class QTableWidget;

namespace LeadBridge {

/// "API calls of the next run": the forecast of a run per system (forecast calls, used
/// today, remaining, daily allowance, warning) with how it was made, or a busy bar while
/// the engine counts, or the sentence why no forecast could be made. Shown under the flow
/// table and in ForecastDialog.
class ForecastView : public QGroupBox
{
    Q_OBJECT
public:
    /// Table columns.
    enum Column {
        SystemColumn,
        AccountColumn,
        ForecastColumn,
        UsedColumn,
        RemainingColumn,
        AllowanceColumn,
        WarningColumn,
        ColumnCount
    };

    explicit ForecastView(QWidget *parent = nullptr);

    /// The engine is counting what a run of @p flowName would read.
    void showBusy(const QString &flowName);
    /// Shows @p forecast (its sentence when it has an error).
    void showForecast(const CallForecast &forecast);
    /// Shows why no forecast could be made.
    void showError(const QString &sentence);
    /// Back to the hint that Sync Now and Preview forecast first.
    void clear();

    /// The forecast on show (flowId 0 when none).
    const CallForecast &forecast() const { return m_forecast; }
    /// Whether the busy bar is on show.
    bool isBusy() const;
    /// The summary line (or busy text, or error) on show.
    QString summaryText() const;
    /// The table (tests).
    QTableWidget *table() const { return m_table; }

    /// The warning column's words for @p system.
    static QString warningWords(const SystemForecast &system);

private:
    CallForecast m_forecast;
    QLabel *m_summary = nullptr;
    QProgressBar *m_busy = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_basis = nullptr;
};

} // namespace LeadBridge
