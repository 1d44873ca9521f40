#include "ui/RunController.h"

#include "core/engine/AccountService.h"
#include "core/engine/EngineHost.h"
#include "core/engine/FlowSettingsCheck.h"
#include "core/engine/RunLauncher.h"
#include "core/model/RunWords.h"
#include "ui/FlowsPage.h"
#include "ui/HistoryPage.h"
#include "ui/MainWindow.h"
#include "ui/flows/FlowListModel.h"
#include "ui/flows/ForecastDialog.h"
#include "ui/flows/ForecastView.h"

#include <QLocale>
#include <QStatusBar>

namespace LeadBridge {

RunController::RunController(
    MainWindow *window, RunLauncher *launcher, EngineHost *engine, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_launcher(launcher)
    , m_engine(engine)
{
    m_flows = qobject_cast<FlowsPage *>(window->page(QStringLiteral("flows")));
    m_history = qobject_cast<HistoryPage *>(window->page(QStringLiteral("history")));
    connect(window, &MainWindow::syncNowRequested, this, [this] { runSelected(false); });
    connect(window, &MainWindow::previewRequested, this, [this] { runSelected(true); });
    connect(window, &MainWindow::cancelRequested, this, &RunController::cancelSelected);
    connect(launcher, &RunLauncher::launchFailed, this, &RunController::onLaunchFailed);
    connect(launcher, &RunLauncher::forecastReady, this, &RunController::onForecastReady);
    connect(launcher, &RunLauncher::forecastFailed, this, &RunController::onForecastFailed);
    connect(engine, &EngineHost::runQueued, this, &RunController::onQueued);
    connect(engine, &EngineHost::runStarted, this, &RunController::onStarted);
    connect(engine, &EngineHost::runProgress, this, &RunController::onProgress);
    connect(engine, &EngineHost::runFinished, this, &RunController::onFinished);
    if (m_flows) {
        connect(m_flows, &FlowsPage::currentFlowChanged, this, &RunController::updateWindow);
        connect(m_flows, &FlowsPage::runFullSyncRequested, this,
            [this](qint64 flowId) { runFlow(flowId, false, true); });
    }
    updateWindow();
}

void RunController::setAccountService(AccountService *accounts)
{
    m_accounts = accounts;
}

qint64 RunController::selectedFlowId() const
{
    return m_flows ? m_flows->selectedFlowId() : 0;
}

QString RunController::flowName(qint64 flowId) const
{
    if (m_flows && m_flows->model()) {
        const int row = m_flows->model()->rowOf(flowId);
        if (row >= 0)
            return m_flows->model()->flow(row).name;
    }
    return tr("flow %1").arg(flowId);
}

QString RunController::flowStateWord(qint64 flowId) const
{
    const auto it = m_runs.constFind(flowId);
    if (it == m_runs.cend())
        return QString();
    return it->state == State::Running ? RunWords::status(RunStatus::Running)
                                       : RunWords::status(RunStatus::Queued);
}

void RunController::runSelected(bool preview)
{
    runFlow(selectedFlowId(), preview, false);
}

void RunController::runFlow(qint64 flowId, bool preview, bool full)
{
    if (flowId <= 0 || !m_launcher)
        return;
    if (m_runs.contains(flowId) && m_runs.value(flowId).state != State::Running)
        return; // already on its way
    // The checks the flow editor shows inline: a run with such settings could only fail.
    if (m_flows && m_flows->model() && m_accounts) {
        const int row = m_flows->model()->rowOf(flowId);
        if (row >= 0) {
            const auto accounts = m_accounts->accounts();
            const QString problem = FlowSettingsCheck::problem(
                m_flows->model()->flow(row), accounts ? accounts.value() : QList<Account>());
            if (!problem.isEmpty()) {
                const QString sentence
                    = tr("“%1” cannot run yet: %2 Click Edit… on the Flows page to fix it.")
                          .arg(flowName(flowId), problem);
                if (m_window)
                    m_window->statusBar()->showMessage(sentence, 20000);
                Q_EMIT runRefused(flowId, sentence);
                return;
            }
        }
    }
    FlowRun &run = m_runs[flowId];
    if (run.state != State::Running) {
        run = FlowRun();
        run.preview = preview;
    }
    run.progress.flowId = flowId;
    updateWindow();
    updateFlowRow(flowId);
    RunRequest request;
    request.flowId = flowId;
    request.trigger = RunTrigger::Manual;
    request.preview = preview;
    request.full = full;
    if (run.state == State::Running) {
        m_launcher->launch(request); // "run again when done": forecast when it starts over
        return;
    }
    // First the forecast of its API calls, on the engine thread; the run follows.
    if (m_flows && m_flows->forecastView())
        m_flows->forecastView()->showBusy(flowName(flowId));
    if (m_window)
        m_window->statusBar()->showMessage(
            tr("Counting what a run of “%1” would read…").arg(flowName(flowId)));
    m_forecasting.insert(m_launcher->forecast(request), request);
}

ForecastDialog *RunController::forecastDialog() const
{
    return m_forecastDialog.data();
}

void RunController::onForecastReady(quint64 id, const CallForecast &forecast)
{
    if (!m_forecasting.contains(id))
        return;
    const RunRequest request = m_forecasting.take(id);
    m_lastForecast = forecast;
    if (m_flows && m_flows->forecastView())
        m_flows->forecastView()->showForecast(forecast);
    Q_EMIT forecastShown(forecast);
    if (m_window)
        m_window->statusBar()->showMessage(forecast.worstWarning() == AllowanceWarning::None
                ? forecast.summaryLine()
                : forecast.warningText(),
            20000);
    if (forecast.worstWarning() != AllowanceWarning::Exhausts || !m_window)
        return launchAfterForecast(request, true);
    // It would run out: the person decides.
    auto *dialog = new ForecastDialog(forecast, request.preview, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_forecastDialog = dialog;
    connect(dialog, &QDialog::finished, this,
        [this, request](int result) { launchAfterForecast(request, result == QDialog::Accepted); });
    dialog->open();
}

void RunController::onForecastFailed(quint64 id, const QString &sentence)
{
    if (!m_forecasting.contains(id))
        return;
    const RunRequest request = m_forecasting.take(id);
    if (m_flows && m_flows->forecastView())
        m_flows->forecastView()->showError(sentence);
    // The run's own pre-flight says what is wrong when the run cannot start either.
    launchAfterForecast(request, true);
}

void RunController::launchAfterForecast(const RunRequest &request, bool go)
{
    const qint64 flowId = request.flowId;
    if (!m_runs.contains(flowId))
        return; // cancelled while the forecast was made
    if (!go || !m_launcher) {
        m_runs.remove(flowId);
        clearFlowRow(flowId);
        updateWindow();
        if (m_window)
            m_window->statusBar()->showMessage(
                tr("The run of “%1” was not started.").arg(flowName(flowId)), 20000);
        return;
    }
    m_launcher->launch(request);
}

void RunController::cancelSelected()
{
    const qint64 flowId = selectedFlowId();
    for (auto it = m_forecasting.begin(); it != m_forecasting.end(); ++it) {
        if (it.value().flowId == flowId && m_runs.value(flowId).state == State::Launching) {
            // Not handed to the engine yet: the run simply does not start.
            const RunRequest dropped = it.value();
            m_forecasting.erase(it);
            launchAfterForecast(dropped, false);
            return;
        }
    }
    if (flowId > 0 && m_runs.contains(flowId) && m_engine) {
        m_engine->cancel(flowId);
        if (m_window)
            m_window->setEngineState(tr("Cancelling…"));
    }
}

void RunController::onLaunchFailed(qint64 flowId, const QString &sentence)
{
    if (!m_runs.value(flowId).again || m_runs.value(flowId).state != State::Running) {
        m_runs.remove(flowId);
        clearFlowRow(flowId);
    }
    if (m_window)
        m_window->statusBar()->showMessage(sentence, 20000);
    updateWindow();
    Q_EMIT runRefused(flowId, sentence);
}

void RunController::onQueued(qint64 flowId, int position)
{
    FlowRun &run = m_runs[flowId];
    if (position == 0 && run.state == State::Running)
        run.again = true; // "run again when done"
    else if (run.state != State::Running)
        run.state = State::Queued;
    updateWindow();
    updateFlowRow(flowId);
}

void RunController::onStarted(const RunSummary &summary)
{
    FlowRun &run = m_runs[summary.flowId];
    run.state = State::Running;
    run.preview = summary.mode == RunMode::Preview;
    run.progress = RunProgress();
    run.progress.runId = summary.id;
    run.progress.flowId = summary.flowId;
    m_running = summary.flowId;
    updateWindow();
    updateFlowRow(summary.flowId);
    if (m_history)
        m_history->refresh(); // shows the run as Running
}

void RunController::onProgress(const RunProgress &progress)
{
    auto it = m_runs.find(progress.flowId);
    if (it == m_runs.end())
        return;
    it->progress = progress;
    it->state = State::Running;
    m_running = progress.flowId;
    updateFlowRow(progress.flowId);
    if (m_window)
        m_window->setRunProgress(
            progressText(progress.flowId, *it), progress.recordsDone, progress.recordsTotal);
    // The running run's counts climb in History as its batches commit (every 2 s at most,
    // and only while the page is on show).
    if (m_history && m_history->isVisible()
        && (!m_historyRefreshed.isValid() || m_historyRefreshed.elapsed() > 2000)) {
        m_historyRefreshed.start();
        m_history->refresh();
    }
}

void RunController::onFinished(const RunOutcome &outcome)
{
    const qint64 flowId = outcome.summary.flowId;
    // A Preview pressed in the window ends in its plan view, where it can be applied.
    const RunSummary &ended = outcome.summary;
    const bool showPlan = m_runs.value(flowId).preview && ended.mode == RunMode::Preview
        && ended.undoOfRunId == 0 && ended.id > 0 && outcome.succeeded();
    const bool again = outcome.runAgainQueued || m_runs.value(flowId).again;
    if (again) {
        FlowRun &run = m_runs[flowId];
        run = FlowRun();
        run.state = State::Queued;
    } else {
        m_runs.remove(flowId);
        clearFlowRow(flowId);
    }
    if (m_running == flowId)
        m_running = 0;
    m_last = outcome;
    if (m_window) {
        m_window->clearRunProgress();
        const RunSummary &r = outcome.summary;
        const QLocale locale;
        QString text
            = tr("Last run of “%1”: %2 — %3 created, %4 updated, %5 deleted, %6 "
                 "skipped, %7 conflicts, %8 errors.")
                  .arg(flowName(flowId), RunWords::status(r.status),
                      locale.toString(r.counts.created), locale.toString(r.counts.updated),
                      locale.toString(r.counts.deleted), locale.toString(r.counts.skipped),
                      locale.toString(r.counts.conflicts), locale.toString(r.counts.errors));
        const QString sentence = !outcome.message.isEmpty() ? outcome.message : r.errorSummary;
        if (!sentence.isEmpty())
            text += QLatin1Char(' ') + sentence;
        m_window->statusBar()->showMessage(text, 30000);
    }
    if (m_flows)
        m_flows->reload(); // e.g. "next run is a full sync" no longer applies
    if (m_history)
        m_history->refresh();
    if (m_history && showPlan)
        m_history->reviewPlan(ended.id);
    updateWindow();
    Q_EMIT runEnded(outcome);
}

QString RunController::progressText(qint64 flowId, const FlowRun &run) const
{
    const RunProgress &p = run.progress;
    const QLocale locale;
    QString text = (run.preview ? tr("Preview of “%1”") : tr("“%1”")).arg(flowName(flowId));
    if (!p.phase.isEmpty())
        text += QStringLiteral(": ") + p.phase;
    if (p.recordsTotal > 0)
        text += QStringLiteral(" %1 / %2")
                    .arg(locale.toString(p.recordsDone), locale.toString(p.recordsTotal));
    else if (p.recordsDone > 0)
        text += QLatin1Char(' ') + locale.toString(p.recordsDone);
    text += QStringLiteral(" · ") + tr("%1 calls").arg(locale.toString(p.callsUsed));
    if (p.rateLimitWaits > 0)
        text += QStringLiteral(" · ") + tr("waited %1 s for rate limits").arg(p.waitMs / 1000);
    return text;
}

void RunController::updateWindow()
{
    if (!m_window)
        return;
    const qint64 selected = selectedFlowId();
    m_window->setRunActive(selected > 0 && m_runs.contains(selected));
    QString state;
    if (m_running > 0)
        state = RunWords::status(RunStatus::Running);
    else if (!m_runs.isEmpty())
        state = RunWords::status(RunStatus::Queued);
    else
        state = tr("Idle");
    const int waiting = int(m_runs.size()) - (m_running > 0 ? 1 : 0);
    if (m_running > 0 && waiting > 0)
        state += tr(" (%1 queued)").arg(waiting);
    m_window->setEngineState(state);
    if (m_running == 0)
        m_window->clearRunProgress();
    if (m_running == 0 && !m_runs.isEmpty())
        m_window->setRunProgress(tr("Starting “%1”…").arg(flowName(m_runs.cbegin().key())), 0, -1);
}

void RunController::updateFlowRow(qint64 flowId)
{
    if (!m_flows || !m_flows->model())
        return;
    const auto it = m_runs.constFind(flowId);
    if (it == m_runs.cend())
        return;
    const RunProgress &p = it->progress;
    FlowListModel::RunState state;
    state.running = it->state == State::Running;
    state.phase = p.phase;
    state.done = p.recordsDone;
    state.total = p.recordsTotal;
    state.again = it->again;
    state.toolTip = progressText(flowId, *it);
    m_flows->model()->setRunState(flowId, state);
}

void RunController::clearFlowRow(qint64 flowId)
{
    if (m_flows && m_flows->model())
        m_flows->model()->clearRunState(flowId);
}

} // namespace LeadBridge
