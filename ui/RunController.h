#pragma once

#include "core/engine/CallForecast.h"
#include "core/engine/SyncTypes.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

namespace LeadBridge {

class AccountService;
class EngineHost;
class FlowsPage;
class ForecastDialog;
class HistoryPage;
class MainWindow;
class RunLauncher;

/// Connects the main window's Sync Now / Preview / Cancel to the engine for the flow
/// selected on the Flows page: the secrets are read from the keychain first
/// (RunLauncher, asynchronous), the run happens on the engine thread, and its state
/// comes back by queued signals: "Queued" / "Running" in the status bar and on the
/// flow's row, a progress bar with phase and counts, the final status word, and a
/// refreshed History page. Before a run starts, the engine forecasts its API calls per
/// system (RunLauncher::forecast()); the forecast shows under the flow table, and a run that
/// would exhaust a daily allowance waits for Run Anyway in a ForecastDialog. Nothing here
/// blocks the GUI thread.
class RunController : public QObject
{
    Q_OBJECT
public:
    /// Works with @p window's Flows and History pages; nothing is owned.
    RunController(
        MainWindow *window, RunLauncher *launcher, EngineHost *engine, QObject *parent = nullptr);

    /// The status word of @p flowId while it is queued or running ("Queued", "Running");
    /// empty when it is idle.
    QString flowStateWord(qint64 flowId) const;
    /// The flow whose run is in progress (0 when none).
    qint64 runningFlowId() const { return m_running; }
    /// The outcome of the last run that ended.
    RunOutcome lastOutcome() const { return m_last; }
    /// The last forecast made before a run (flowId 0 when none yet).
    CallForecast lastForecast() const { return m_lastForecast; }
    /// The dialog asking whether to run despite the forecast, while it is open.
    ForecastDialog *forecastDialog() const;

public Q_SLOTS:
    /// Runs the selected flow now (Sync Now) or as a preview.
    void runSelected(bool preview);
    /// Cancels the selected flow's run (or drops it from the queue).
    void cancelSelected();
    /// Runs flow @p flowId now: a preview, or (with @p full) a full run that reads every
    /// record again. Refused with runRefused() when the flow's settings have a problem
    /// (FlowSettingsCheck, the checks the flow editor shows).
    void runFlow(qint64 flowId, bool preview, bool full);
    /// The accounts the settings checks consult (not owned; may stay unset).
    void setAccountService(AccountService *accounts);

Q_SIGNALS:
    /// A run ended (after the History page was refreshed).
    void runEnded(const LeadBridge::RunOutcome &outcome);
    /// A run could not be started; @p sentence says why.
    void runRefused(qint64 flowId, const QString &sentence);
    /// The forecast of a run is on show (before the run starts or the dialog asks).
    void forecastShown(const LeadBridge::CallForecast &forecast);

private:
    enum class State { Launching, Queued, Running };
    struct FlowRun
    {
        State state = State::Launching;
        bool preview = false;
        bool again = false;
        RunProgress progress;
    };

    void onQueued(qint64 flowId, int position);
    void onStarted(const RunSummary &run);
    void onProgress(const RunProgress &progress);
    void onFinished(const RunOutcome &outcome);
    void onLaunchFailed(qint64 flowId, const QString &sentence);
    void onForecastReady(quint64 id, const CallForecast &forecast);
    void onForecastFailed(quint64 id, const QString &sentence);
    /// Starts the run of @p request, or drops it when the person said Cancel.
    void launchAfterForecast(const RunRequest &request, bool go);
    qint64 selectedFlowId() const;
    QString flowName(qint64 flowId) const;
    QString progressText(qint64 flowId, const FlowRun &run) const;
    void updateWindow();
    void updateFlowRow(qint64 flowId);
    void clearFlowRow(qint64 flowId);

    QPointer<MainWindow> m_window;
    QPointer<RunLauncher> m_launcher;
    QPointer<EngineHost> m_engine;
    FlowsPage *m_flows = nullptr;
    HistoryPage *m_history = nullptr;
    QHash<qint64, FlowRun> m_runs; ///< flows launching, queued or running
    qint64 m_running = 0;
    RunOutcome m_last;
    QPointer<AccountService> m_accounts;
    QElapsedTimer m_historyRefreshed; ///< throttles History refreshes during a run
    QHash<quint64, RunRequest> m_forecasting; ///< forecast id → the run waiting for it
    CallForecast m_lastForecast;
    QPointer<ForecastDialog> m_forecastDialog;
};

} // namespace LeadBridge
