#pragma once

#include "core/engine/SyncTypes.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace LeadBridge {

class ChangeListModel;
class EngineHost;
class ForecastView;
class Journal;
class RunLauncher;

/// The plan view of a preview (docs/apply-plan.md): every change the preview planned —
/// system, object, record, operation, field, before → after and the rule or reason — filtered
/// by operation, system and text, with the counts and the API calls applying it needs
/// (a forecast made on the engine thread). "Apply this plan" runs the flow so that it writes
/// exactly these changes (RunRequest::applyPreviewRunId); a record that changed on either side
/// since the preview is re-planned and listed, never written blind. Afterwards the table shows
/// what the applying run did. Nothing here blocks the GUI thread.
class PlanDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Stage { Reviewing, Applying, Applied, Failed };

    /// The plan of preview @p previewRunId, read through @p journal (the GUI thread's
    /// connection); applies and forecasts through @p launcher and @p engine (may be null:
    /// Apply then stays disabled). Nothing is owned.
    PlanDialog(Journal *journal, RunLauncher *launcher, EngineHost *engine, qint64 previewRunId,
        QWidget *parent = nullptr);
    ~PlanDialog() override;

    Stage stage() const { return m_stage; }
    qint64 previewRunId() const { return m_previewRun; }
    qint64 flowId() const { return m_flowId; }
    /// The run that applied the plan (0 before it started).
    qint64 appliedRunId() const { return m_appliedRun; }
    /// The counts line above the filters.
    QString summaryText() const;
    /// The sentence under it: what to do, why Apply is disabled, or what the apply did.
    QString statusText() const;
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *closeButton() const { return m_close; }
    QComboBox *operationFilter() const { return m_operationFilter; }
    QComboBox *systemFilter() const { return m_systemFilter; }
    QLineEdit *searchField() const { return m_search; }
    QTableView *table() const { return m_table; }
    ChangeListModel *model() const { return m_changes; }
    ForecastView *forecastView() const { return m_forecast; }

public Q_SLOTS:
    /// "Apply this plan": starts the run; false (the status line says why) when it cannot.
    bool apply();

Q_SIGNALS:
    /// The applying run ended (or was refused); @p outcome as the engine reported it.
    void applyFinished(const LeadBridge::RunOutcome &outcome);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void loadPlan();
    void applyFilter();
    void showRun(qint64 runId);
    void requestForecast();
    void onFinished(const RunOutcome &outcome);
    void onProgress(const RunProgress &progress);
    void onLaunchFailed(qint64 flowId, const QString &sentence);
    void onClose();
    void setStage(Stage stage);

    Journal *m_journal = nullptr;
    QPointer<RunLauncher> m_launcher;
    QPointer<EngineHost> m_engine;
    qint64 m_previewRun = 0;
    qint64 m_flowId = 0;
    qint64 m_appliedRun = 0;
    qint64 m_shownRun = 0;
    quint64 m_forecastRequest = 0;
    QString m_flowName;
    QString m_problem;
    Stage m_stage = Stage::Reviewing;
    ChangeListModel *m_changes = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    ForecastView *m_forecast = nullptr;
    QComboBox *m_operationFilter = nullptr;
    QComboBox *m_systemFilter = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QTimer *m_searchTimer = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace LeadBridge
