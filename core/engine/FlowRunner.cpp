#include "core/engine/FlowRunner.h"

#include "core/connectors/Connector.h"
#include "core/engine/RunRecorder.h"
#include "core/net/ApiError.h"
#include "core/net/HttpClient.h"
#include "core/util/LogCategories.h"

namespace LeadBridge {

FlowRunner::FlowRunner(FlowContext context, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
{
    if (!m_context.cancelFlag)
        m_context.cancelFlag = std::make_shared<std::atomic_bool>(false);
}

FlowRunner::~FlowRunner() = default;

void FlowRunner::cancel()
{
    if (m_finished || m_killed)
        return;
    m_context.cancelFlag->store(true);
    // A write in flight is not aborted: an aborted write may still have been applied by the
    // system, and then the journal would not know about it. Its answer is recorded and the
    // runner stops before the next write.
    if (isWriting())
        return;
    for (Connector *c : std::as_const(m_context.connectors)) {
        if (c)
            c->abort();
    }
}

qint64 FlowRunner::callsUsed() const
{
    qint64 calls = 0;
    for (Connector *c : std::as_const(m_context.connectors)) {
        if (c && c->http())
            calls += c->http()->stats().attempts;
    }
    return calls;
}

void FlowRunner::reportProgress(
    RunPhase phase, const QString &text, qint64 recordsDone, qint64 recordsTotal)
{
    if (m_finished || m_killed)
        return;
    RunProgress p;
    p.runId = m_context.runId;
    p.flowId = m_context.flow.id;
    p.phaseId = phase;
    p.phase = text;
    p.recordsDone = recordsDone;
    p.recordsTotal = recordsTotal;
    for (Connector *c : std::as_const(m_context.connectors)) {
        if (!c || !c->http())
            continue;
        const auto s = c->http()->stats();
        p.callsUsed += s.attempts;
        p.rateLimitWaits += s.rateLimitAnswers + s.limiterWaits;
        p.rateLimitAnswers += s.rateLimitAnswers;
        p.waitMs += s.limiterWaitMs + s.backoffWaitMs;
    }
    Q_EMIT progress(p);
}

void FlowRunner::succeed()
{
    const bool errors = m_context.recorder && m_context.recorder->counts().errors > 0;
    emitFinished(errors ? RunStatus::SucceededWithErrors : RunStatus::Succeeded, QString());
}

void FlowRunner::fail(const QString &sentence)
{
    if (isCancelled())
        return finishCancelled();
    emitFinished(RunStatus::Failed, sentence);
}

void FlowRunner::finishCancelled()
{
    emitFinished(RunStatus::Cancelled,
        tr("The run was cancelled. Everything recorded up to then is kept; the next run "
           "continues from there."));
}

bool FlowRunner::killedAt(const QString &checkpoint)
{
    if (m_killed)
        return true;
    if (!m_context.killHook || !m_context.killHook(checkpoint))
        return false;
    m_killed = true;
    qCWarning(lcEngine) << "Run" << m_context.runId << "killed by test hook at" << checkpoint;
    for (Connector *c : std::as_const(m_context.connectors)) {
        if (c)
            c->abort();
    }
    Q_EMIT killed(checkpoint);
    return true;
}

bool FlowRunner::stopped()
{
    if (isFinished() || wasKilled())
        return true;
    if (isCancelled()) {
        finishCancelled();
        return true;
    }
    return false;
}

void FlowRunner::failApi(const ApiError &error)
{
    if (isFinished() || wasKilled())
        return;
    if (error.kind() == ApiError::Kind::Cancelled || isCancelled())
        return finishCancelled();
    fail(error.userMessage());
}

void FlowRunner::emitFinished(RunStatus status, const QString &sentence)
{
    if (m_finished || m_killed)
        return;
    m_finished = true;
    RunOutcome outcome;
    outcome.summary.id = m_context.runId;
    outcome.summary.flowId = m_context.flow.id;
    outcome.summary.status = status;
    outcome.summary.callsUsed = int(callsUsed());
    outcome.summary.errorSummary = sentence;
    if (m_context.recorder)
        outcome.summary.counts = m_context.recorder->counts();
    outcome.message = sentence;
    Q_EMIT finished(outcome);
}

} // namespace LeadBridge
