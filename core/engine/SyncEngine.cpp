#include "core/engine/SyncEngine.h"

#include "core/connectors/Connector.h"
#include "core/connectors/ConnectorFactory.h"
#include "core/engine/AccountRoles.h"
#include "core/engine/FlowLock.h"
#include "core/engine/FlowRunners.h"
#include "core/engine/PhaseMarkers.h"
#include "core/engine/PreviewApplyCheck.h"
#include "core/engine/PreviewGate.h"
#include "core/engine/RunRecorder.h"
#include "core/mapping/FieldMap.h"
#include "core/store/AccountRepository.h"
#include "core/store/FieldMapRepository.h"
#include "core/store/FlowRepository.h"
#include "core/store/Journal.h"
#include "core/store/RunRepository.h"
#include "core/store/SqlSupport.h"
#include "core/util/LogCategories.h"

#include <QFileInfo>
#include <QMutex>
#include <QSqlQuery>
#include <QTimer>

namespace LeadBridge {

namespace {

QMutex &registryMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<FlowKind, SyncEngine::RunnerFactory> &registry()
{
    static QHash<FlowKind, SyncEngine::RunnerFactory> factories;
    return factories;
}

SyncEngine::RunnerFactory &undoFactory()
{
    static SyncEngine::RunnerFactory factory;
    return factory;
}

/// A cancelled run must end within this time even if a connector is slow to stop.
constexpr int kCancelGraceMs = 800;
/// ... unless a write is in flight: its answer is waited for (and recorded) up to this long,
/// longer than any single call may take, so the journal knows what the system did.
constexpr int kCancelWriteGraceMs = 180000;

} // namespace

struct SyncEngine::Active
{
    RunRequest request;
    RunSummary run;
    std::unique_ptr<RunRecorder> recorder;
    QList<Connector *> connectors; ///< owned (deleted after the runner)
    FlowRunner *runner = nullptr;
    std::shared_ptr<std::atomic_bool> cancelFlag;
    bool again = false;
    bool full = false;
    QTimer *cancelTimer = nullptr;
    /// Held for the whole run: no other LeadBridge process runs this flow meanwhile.
    std::unique_ptr<FlowLock> lock;
    /// The flow's settings and field map as this run read them (flows.updated_at and the
    /// field map document): the full-sync mark is cleared only if neither changed since.
    QVariant flowUpdatedAt;
    QVariant mapDocument;
    /// "Apply this plan": the preview's writes, passed to the runner.
    std::shared_ptr<PreviewGate> previewGate;
};

void SyncEngine::registerRunner(FlowKind kind, RunnerFactory factory)
{
    QMutexLocker lock(&registryMutex());
    registry().insert(kind, std::move(factory));
}

void SyncEngine::registerUndoRunner(RunnerFactory factory)
{
    QMutexLocker lock(&registryMutex());
    undoFactory() = std::move(factory);
}

bool SyncEngine::hasRunner(FlowKind kind)
{
    registerBuiltInFlowRunners();
    QMutexLocker lock(&registryMutex());
    return registry().contains(kind);
}

SyncEngine::SyncEngine(QNetworkAccessManager *nam, const QString &journalPath, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_journalPath(journalPath)
{
    registerBuiltInFlowRunners();
}

SyncEngine::~SyncEngine()
{
    m_queue.clear();
    if (m_active) {
        // Shutting down mid-run: stop the calls, and record the run as cancelled so the
        // journal does not keep a "running" row.
        if (m_active->runner && !m_active->runner->isFinished() && !m_active->runner->wasKilled()) {
            m_active->cancelFlag->store(true);
            for (Connector *c : std::as_const(m_active->connectors))
                c->abort();
            if (m_journal && m_journal->isOpen()) {
                RunRepository runs(*m_journal);
                runs.finishRun(m_active->run.id, RunStatus::Cancelled, 0,
                    tr("LeadBridge was closed during this run. Everything recorded up to then "
                       "is kept; the next run continues from there."));
            }
        }
        delete m_active->runner;
        qDeleteAll(m_active->connectors);
        m_active.reset();
    }
    if (m_journal)
        m_journal->close();
}

Status SyncEngine::open()
{
    if (m_journal && m_journal->isOpen())
        return Status();
    m_journal = std::make_unique<Journal>();
    static std::atomic_int counter { 0 };
    const QString name = QStringLiteral("leadbridge-engine-%1").arg(++counter);
    if (Status s = m_journal->open(m_journalPath, name); !s)
        return s;
    m_dead = false;
    return recoverInterrupted();
}

QString SyncEngine::dataDir() const
{
    return m_journal ? QFileInfo(m_journal->path()).absolutePath() : QString();
}

Status SyncEngine::recoverInterrupted(qint64 flowId)
{
    // Runs left "running" (or "queued") by a process that is gone. A run whose flow lock a
    // live process holds is that process's run in progress, not ours to end.
    QSqlQuery q(m_journal->database());
    if (flowId > 0) {
        q.prepare(QStringLiteral("SELECT id, flow_id FROM runs WHERE status IN "
                                 "('running','queued') AND flow_id = ?"));
        q.addBindValue(flowId);
    } else {
        q.prepare(
            QStringLiteral("SELECT id, flow_id FROM runs WHERE status IN ('running','queued')"));
    }
    if (!SqlSupport::exec(q, "find interrupted runs"))
        return Status::failure(tr("LeadBridge could not read its journal to finish runs that "
                                  "were interrupted. Details are in the log."));
    QList<qint64> interrupted;
    const QString dir = dataDir();
    while (q.next()) {
        const qint64 runId = q.value(0).toLongLong();
        const qint64 runFlow = q.value(1).toLongLong();
        // With flowId given, the caller holds that flow's lock: its rows are all stale.
        if (flowId > 0 || !FlowLock::isHeld(dir, runFlow))
            interrupted.append(runId);
        else
            qCInfo(lcEngine) << "Run" << runId << "of flow" << runFlow
                             << "is running in another process; left as it is";
    }
    q.finish();
    for (const qint64 runId : std::as_const(interrupted)) {
        QSqlQuery update(m_journal->database());
        update.prepare(
            QStringLiteral("UPDATE runs SET status = 'failed', finished_at = ?, error_summary = ? "
                           "WHERE id = ? AND status IN ('running','queued')"));
        update.addBindValue(SqlSupport::toColumn(SqlSupport::now()));
        update.addBindValue(tr("LeadBridge stopped during this run (it was closed or crashed). "
                               "Everything recorded up to then is kept; the next run continues "
                               "from there."));
        update.addBindValue(runId);
        if (!SqlSupport::exec(update, "mark interrupted run"))
            return Status::failure(tr("LeadBridge could not read its journal to finish runs "
                                      "that were interrupted. Details are in the log."));
    }
    if (!interrupted.isEmpty())
        qCInfo(lcEngine) << "Marked" << interrupted.size() << "interrupted run(s) as failed";
    return Status();
}

void SyncEngine::setKillHook(std::function<bool(const QString &)> hook)
{
    m_killHook = std::move(hook);
}

void SyncEngine::setConnectorFactory(
    std::function<Connector *(const ConnectorConfig &, QNetworkAccessManager *)> factory)
{
    m_connectorFactory = std::move(factory);
}

qint64 SyncEngine::runningFlowId() const
{
    return m_active ? m_active->request.flowId : 0;
}

QList<qint64> SyncEngine::queuedFlowIds() const
{
    QList<qint64> ids;
    for (const Pending &p : m_queue)
        ids.append(p.request.flowId);
    return ids;
}

bool SyncEngine::isIdle() const
{
    return !m_active && m_queue.isEmpty();
}

void SyncEngine::requestRun(const RunRequest &request)
{
    // An undo is its own run: it never merges with a sync of the flow, nor a sync with it.
    const auto sameKind = [&request](const RunRequest &other) {
        return other.undoOfRunId == request.undoOfRunId
            && other.applyPreviewRunId == request.applyPreviewRunId;
    };
    if (m_active && m_active->request.flowId == request.flowId
        && sameKind(m_active->request)) {
        // Sync Now on the running flow: once more when it is done (latest request wins).
        m_active->again = true;
        m_active->request.credentials.insert(request.credentials);
        Pending p { request, true };
        for (qsizetype i = 0; i < m_queue.size(); ++i) {
            if (m_queue.at(i).request.flowId == request.flowId && sameKind(m_queue.at(i).request)) {
                m_queue[i] = p;
                Q_EMIT runQueued(request.flowId, 0);
                return;
            }
        }
        m_queue.prepend(p);
        Q_EMIT runQueued(request.flowId, 0);
        return;
    }
    for (qsizetype i = 0; i < m_queue.size(); ++i) {
        if (m_queue.at(i).request.flowId == request.flowId && sameKind(m_queue.at(i).request)) {
            RunRequest merged = request;
            merged.full = merged.full || m_queue.at(i).request.full;
            m_queue[i].request = merged;
            Q_EMIT runQueued(request.flowId, int(i) + 1);
            return;
        }
    }
    m_queue.append({ request, false });
    Q_EMIT runQueued(request.flowId, int(m_queue.size()));
    startNext();
}

void SyncEngine::cancel(qint64 flowId)
{
    for (qsizetype i = m_queue.size() - 1; i >= 0; --i) {
        if (m_queue.at(i).request.flowId == flowId)
            m_queue.removeAt(i);
    }
    if (!m_active || m_active->request.flowId != flowId)
        return;
    m_active->again = false;
    if (!m_active->runner || m_active->runner->isFinished())
        return;
    qCInfo(lcEngine) << "Cancelling run" << m_active->run.id;
    m_active->runner->cancel();
    if (!m_active->cancelTimer && m_active) {
        // The runner answers at once in nearly every case; this is the guarantee.
        m_active->cancelTimer = new QTimer(this);
        m_active->cancelTimer->setSingleShot(true);
        const qint64 runId = m_active->run.id;
        auto waited = std::make_shared<int>(0);
        connect(m_active->cancelTimer, &QTimer::timeout, this, [this, runId, waited] {
            if (!m_active || m_active->run.id != runId)
                return;
            *waited += kCancelGraceMs;
            if (m_active->runner && m_active->runner->isWriting()
                && *waited < kCancelWriteGraceMs) {
                m_active->cancelTimer->start(kCancelGraceMs);
                return;
            }
            qCWarning(lcEngine) << "Run" << runId << "did not stop in time; ending it";
            RunOutcome o;
            o.summary = m_active->run;
            o.summary.status = RunStatus::Cancelled;
            o.summary.counts = m_active->recorder ? m_active->recorder->counts() : RunCounts();
            o.message = tr("The run was cancelled. Everything recorded up to then is kept; "
                           "the next run continues from there.");
            o.summary.errorSummary = o.message;
            endRun(o);
        });
        m_active->cancelTimer->start(kCancelGraceMs);
    }
}

void SyncEngine::cancelAll()
{
    m_queue.clear();
    if (m_active)
        cancel(m_active->request.flowId);
}

void SyncEngine::startNext()
{
    if (m_active || m_dead || m_queue.isEmpty() || m_startScheduled)
        return;
    // Start from the event loop so callers see runQueued() before runStarted().
    m_startScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_startScheduled = false;
        if (m_active || m_dead || m_queue.isEmpty())
            return;
        const Pending next = m_queue.takeFirst();
        startRun(next.request);
    });
}

int SyncEngine::fullSyncDays(const Flow &flow)
{
    bool ok = false;
    const int days = flow.settings.value(QStringLiteral("fullSyncDays")).toInt(&ok);
    return ok && days >= 1 && days <= 90 ? days : kFullSyncDays;
}

Expected<bool> SyncEngine::needsFullRun(const Flow &flow, QString *reason)
{
    const auto because = [reason](const QString &why) {
        if (reason)
            *reason = why;
        return true;
    };
    if (flow.needsFullSync)
        return because(tr("The flow is new or its field map gained a field."));
    QSqlDatabase db = m_journal->database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM sync_cursors WHERE flow_id = ?"));
    q.addBindValue(flow.id);
    if (!SqlSupport::exec(q, "count cursors") || !q.next())
        return Expected<bool>::failure(tr("LeadBridge could not read its journal."));
    if (q.value(0).toLongLong() == 0)
        return because(tr("No run of this flow has completed yet."));
    q.prepare(QStringLiteral("SELECT MAX(started_at) FROM runs WHERE flow_id = ? AND mode = 'full' "
                             "AND status IN ('succeeded','succeeded_with_errors')"));
    q.addBindValue(flow.id);
    if (!SqlSupport::exec(q, "last full run") || !q.next())
        return Expected<bool>::failure(tr("LeadBridge could not read its journal."));
    const QDateTime last = SqlSupport::dateTimeFromColumn(q.value(0));
    if (!last.isValid())
        return because(tr("No full run of this flow has completed yet."));
    const int days = fullSyncDays(flow);
    if (last.daysTo(SqlSupport::now()) >= days)
        return because(days == 1 ? tr("The last full run is more than a day old.")
                                 : tr("The last full run is more than %1 days old.").arg(days));
    if (reason)
        reason->clear();
    return false;
}

void SyncEngine::captureFlowVersion(qint64 flowId, QVariant *flowUpdatedAt, QVariant *mapDocument)
{
    QSqlQuery q(m_journal->database());
    q.prepare(QStringLiteral("SELECT f.updated_at, m.document FROM flows f LEFT JOIN field_maps m "
                             "ON m.flow_id = f.id WHERE f.id = ?"));
    q.addBindValue(flowId);
    if (SqlSupport::exec(q, "read flow version") && q.next()) {
        *flowUpdatedAt = q.value(0);
        *mapDocument = q.value(1);
    }
}

void SyncEngine::failBeforeStart(const RunRequest &request, qint64 runId, const QString &sentence)
{
    RunOutcome o;
    o.summary.id = runId;
    o.summary.flowId = request.flowId;
    o.summary.trigger = request.trigger;
    o.summary.status = RunStatus::Failed;
    o.summary.errorSummary = sentence;
    o.message = sentence;
    if (runId > 0) {
        RunRepository runs(*m_journal);
        runs.finishRun(runId, RunStatus::Failed, 0, sentence);
        if (auto stored = runs.get(runId))
            o.summary = stored.value();
    }
    qCWarning(lcEngine) << "Run of flow" << request.flowId << "could not start:" << sentence;
    Q_EMIT runFinished(o);
}

void SyncEngine::notStarted(const RunRequest &request, const QString &sentence)
{
    RunOutcome o;
    o.summary.flowId = request.flowId;
    o.summary.trigger = request.trigger;
    o.summary.mode = request.preview ? RunMode::Preview : RunMode::Incremental;
    o.summary.status = RunStatus::Failed;
    o.summary.errorSummary = sentence;
    o.message = sentence;
    o.notStarted = true;
    qCInfo(lcEngine) << "Run of flow" << request.flowId << "not started:" << sentence;
    Q_EMIT runFinished(o);
}

void SyncEngine::startRun(const RunRequest &request)
{
    if (!m_journal || !m_journal->isOpen()) {
        if (Status s = open(); !s) {
            failBeforeStart(request, 0, s.errorString());
            return startNext();
        }
    }
    FlowRepository flows(*m_journal);
    const auto flow = flows.get(request.flowId);
    if (!flow) {
        failBeforeStart(request, 0,
            tr("The flow to run no longer exists. Refresh the list of flows and try again."));
        return startNext();
    }
    // One flow never runs in two processes at once: hold its lock for the whole run.
    auto flowLock = std::make_unique<FlowLock>(dataDir(), flow->id);
    if (!flowLock->tryLock()) {
        notStarted(request, FlowLock::alreadyRunningSentence(flow->name));
        return startNext();
    }
    // Rows of this flow still "running" were left by a process that is gone (we hold the
    // lock now): end them before this run resumes from what they recorded.
    if (Status s = recoverInterrupted(flow->id); !s)
        qCWarning(lcEngine) << "Could not end interrupted runs:" << s.errorString();

    QString fullReason;
    const auto needFull = needsFullRun(flow.value(), &fullReason);
    // An undo reads only the records it restores; it is never a full run.
    const bool undo = request.undoOfRunId > 0;
    bool full = !undo && (request.full || !needFull || needFull.value());
    const bool apply = request.applyPreviewRunId > 0 && !undo && !request.preview;
    if (apply) {
        // Read as the preview read, so the "before" values it planned with are known again.
        const auto previewReadAll = RunRepository(*m_journal).readAll(request.applyPreviewRunId);
        if (previewReadAll)
            full = previewReadAll.value();
    }
    const RunMode mode
        = request.preview ? RunMode::Preview : (full ? RunMode::Full : RunMode::Incremental);

    RunRepository runs(*m_journal);
    const auto run = runs.startRun(flow.value().id, request.trigger, mode);
    if (!run) {
        failBeforeStart(request, 0, run.errorString());
        return startNext();
    }
    m_active = std::make_unique<Active>();
    m_active->request = request;
    m_active->run = run.value();
    if (request.preview && full && !undo) {
        if (Status s = runs.setReadAll(m_active->run.id); !s)
            qCWarning(lcEngine) << "Could not record that preview" << m_active->run.id
                                << "reads everything";
    }
    if (undo) {
        if (Status s = runs.setUndoOf(m_active->run.id, request.undoOfRunId); !s)
            qCWarning(lcEngine) << "Could not mark run" << m_active->run.id << "as an undo";
        else
            m_active->run.undoOfRunId = request.undoOfRunId;
    }
    if (apply) {
        // Recorded as a failed run when refused, so History says why nothing was written.
        qint64 previewFlow = 0;
        QString problem = PreviewApplyCheck::problem(
            *m_journal, request.applyPreviewRunId, &previewFlow, m_active->run.id);
        if (problem.isEmpty() && previewFlow != flow->id)
            problem = tr("Preview %1 belongs to another flow.").arg(request.applyPreviewRunId);
        if (problem.isEmpty()) {
            if (Status s = runs.setAppliesPreview(m_active->run.id, request.applyPreviewRunId); !s)
                problem = s.errorString();
            else
                m_active->run.appliesPreviewRunId = request.applyPreviewRunId;
        }
        if (problem.isEmpty()) {
            const auto gate = PreviewGate::load(*m_journal, request.applyPreviewRunId,
                flow->kind == FlowKind::CrmContactSync ? PreviewGate::Creates::OneRow
                                                       : PreviewGate::Creates::FieldRows);
            if (gate)
                m_active->previewGate = gate.value();
            else
                problem = gate.errorString();
        }
        if (!problem.isEmpty()) {
            const qint64 runId = m_active->run.id;
            m_active.reset();
            failBeforeStart(request, runId, problem);
            return startNext();
        }
    }
    m_active->full = full;
    m_active->cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_active->lock = std::move(flowLock);
    captureFlowVersion(flow->id, &m_active->flowUpdatedAt, &m_active->mapDocument);

    const auto failStart = [this, &request](const QString &sentence) {
        const qint64 runId = m_active->run.id;
        qDeleteAll(m_active->connectors);
        m_active.reset();
        failBeforeStart(request, runId, sentence);
        startNext();
    };

    RunnerFactory factory;
    {
        QMutexLocker lock(&registryMutex());
        factory = undo ? undoFactory() : registry().value(flow.value().kind);
    }
    if (!factory)
        return failStart(tr("This version of LeadBridge cannot run flows of this kind yet."));

    FlowContext ctx;
    ctx.flow = flow.value();
    ctx.runId = m_active->run.id;
    ctx.preview = request.preview;
    ctx.undoOfRunId = request.undoOfRunId;
    ctx.previewGate = m_active->previewGate;
    ctx.full = full;
    ctx.journal = m_journal.get();
    ctx.journalConnection = m_journal->connectionName();
    ctx.cancelFlag = m_active->cancelFlag;
    ctx.killHook = m_killHook;
    if (PhaseMarkers::enabled()) {
        // Crash tests aim their kills with these lines; the runner's behaviour is unchanged.
        ctx.killHook = [hook = m_killHook](const QString &checkpoint) {
            PhaseMarkers::mark(QStringLiteral("checkpoint:") + checkpoint);
            return hook ? hook(checkpoint) : false;
        };
    }

    AccountRepository accounts(*m_journal);
    CrmKind crm = CrmKind::Salesforce;
    for (qint64 accountId : { ctx.flow.sourceAccountId, ctx.flow.targetAccountId }) {
        if (accountId <= 0)
            continue;
        const auto account = accounts.get(accountId);
        if (!account)
            return failStart(tr("An account of this flow no longer exists. Link it again in "
                                "Accounts and check the flow's settings."));
        const AccountRole role = accountRoleOf(account.value().kind);
        if (account.value().kind == AccountKind::Pipeliner)
            crm = CrmKind::Pipeliner;
        ConnectorConfig config;
        config.account = account.value();
        config.credentials = request.credentials.value(accountId);
        Connector *connector = m_connectorFactory ? m_connectorFactory(config, m_nam) : nullptr;
        if (!connector)
            connector = ConnectorFactory::create(config, m_nam);
        if (!connector)
            return failStart(tr("This version of LeadBridge cannot connect to the account "
                                "\"%1\".")
                                 .arg(account.value().name));
        m_active->connectors.append(connector);
        ctx.accounts.insert(role, account.value());
        ctx.connectors.insert(role, connector);
    }

    if (ctx.flow.kind == FlowKind::CrmContactSync || ctx.flow.kind == FlowKind::ListSync) {
        FieldMapRepository maps(*m_journal);
        const auto map = maps.load(ctx.flow.id);
        if (!map)
            return failStart(map.errorString());
        if (map.value())
            ctx.fieldMap = *map.value();
        else if (ctx.flow.kind == FlowKind::CrmContactSync)
            return failStart(tr("This flow has no field map yet. Open the flow's Mapping page, "
                                "map at least the e-mail and a score field, and save."));
    }

    m_active->recorder = std::make_unique<RunRecorder>(*m_journal, ctx.flow.id, ctx.runId, crm);
    ctx.recorder = m_active->recorder.get();

    FlowRunner *runner = factory(ctx);
    if (!runner)
        return failStart(tr("LeadBridge could not prepare this flow to run."));
    m_active->runner = runner;
    connect(runner, &FlowRunner::progress, this, &SyncEngine::progress);
    if (PhaseMarkers::enabled()) {
        PhaseMarkers::mark(QStringLiteral("run-started"));
        auto last = std::make_shared<RunPhase>(RunPhase::Queued);
        connect(runner, &FlowRunner::progress, this, [last](const RunProgress &p) {
            if (p.phaseId == *last)
                return;
            *last = p.phaseId;
            switch (p.phaseId) {
            case RunPhase::Loading:
            case RunPhase::Authenticating:
            case RunPhase::Fetching:
                return PhaseMarkers::mark(QStringLiteral("fetch"));
            case RunPhase::Planning:
                return PhaseMarkers::mark(QStringLiteral("plan"));
            case RunPhase::Applying:
                return PhaseMarkers::mark(QStringLiteral("apply"));
            case RunPhase::Finishing:
                return PhaseMarkers::mark(QStringLiteral("finish"));
            case RunPhase::Queued:
                return;
            }
        });
    }
    connect(
        runner, &FlowRunner::finished, this, &SyncEngine::onRunnerFinished, Qt::QueuedConnection);
    connect(runner, &FlowRunner::killed, this, [this](const QString &checkpoint) {
        // As if the process died here: leave the run row "running", stop taking work. The
        // operating system would drop the lock of a dead process; so do we.
        m_dead = true;
        if (m_active)
            m_active->lock.reset();
        const qint64 flowId = m_active ? m_active->request.flowId : 0;
        Q_EMIT runKilled(flowId, checkpoint);
    });

    qCInfo(lcEngine).noquote() << "Run" << ctx.runId << "of flow" << ctx.flow.id << "started"
                               << RunSummary::modeToString(mode)
                               << (full && !request.full ? fullReason : QString());
    Q_EMIT runStarted(m_active->run);
    runner->start();
}

void SyncEngine::onRunnerFinished(const RunOutcome &outcome)
{
    if (!m_active || outcome.summary.id != m_active->run.id)
        return;
    endRun(outcome);
}

void SyncEngine::endRun(const RunOutcome &finishedOutcome)
{
    RunOutcome outcome = finishedOutcome;
    RunRepository runs(*m_journal);
    const QString sentence
        = outcome.message.isEmpty() ? outcome.summary.errorSummary : outcome.message;
    if (Status s = runs.finishRun(
            m_active->run.id, outcome.summary.status, outcome.summary.callsUsed, sentence);
        !s) {
        qCWarning(lcEngine) << "Could not finish run" << m_active->run.id << s.errorString();
    }
    // A plan applied with records held back has not brought everybody up to date.
    const bool heldBack = m_active->previewGate && m_active->previewGate->heldCount() > 0;
    if (!m_active->request.preview && m_active->full && outcome.succeeded() && !heldBack) {
        // Only when the flow and its field map are still as this run read them: a field
        // added while the run was going has not been read for everybody yet, so the mark
        // stays and the next run is a full run that backfills it.
        QSqlQuery q(m_journal->database());
        q.prepare(QStringLiteral(
            "UPDATE flows SET needs_full_sync = 0 WHERE id = ? AND updated_at IS ? AND "
            "(SELECT document FROM field_maps WHERE flow_id = flows.id) IS ?"));
        q.addBindValue(m_active->run.flowId);
        q.addBindValue(m_active->flowUpdatedAt);
        q.addBindValue(m_active->mapDocument);
        if (SqlSupport::exec(q, "clear full-sync mark") && q.numRowsAffected() == 0)
            qCInfo(lcEngine) << "Flow" << m_active->run.flowId
                             << "changed during its full run; the next run is full again";
    }
    if (auto stored = runs.get(m_active->run.id))
        outcome.summary = stored.value();
    outcome.message = sentence;

    const bool again = m_active->again;
    outcome.runAgainQueued = again;
    cleanupRun();
    qCInfo(lcEngine).noquote() << "Run" << outcome.summary.id << "ended"
                               << RunSummary::statusToString(outcome.summary.status) << sentence;
    Q_EMIT runFinished(outcome);
    startNext();
}

void SyncEngine::cleanupRun()
{
    if (!m_active)
        return;
    std::unique_ptr<Active> active = std::move(m_active);
    if (active->cancelTimer)
        active->cancelTimer->deleteLater();
    if (active->runner) {
        active->runner->disconnect(this);
        active->runner->deleteLater();
    }
    for (Connector *c : std::as_const(active->connectors)) {
        c->abort();
        c->deleteLater();
    }
}

} // namespace LeadBridge
