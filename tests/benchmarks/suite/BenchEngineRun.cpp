#include "tests/benchmarks/suite/BenchEngineRun.h"

#include "core/engine/EngineHost.h"
#include "core/store/AccountRepository.h"
#include "core/store/FlowRepository.h"
#include "core/store/Journal.h"
#include "core/util/AppPaths.h"
#include "tests/benchmarks/suite/BenchSandbox.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace LeadBridge::Bench {

namespace {

qint64 journalBytes()
{
    const QString path = AppPaths::journalPath();
    return QFileInfo(path).size() + QFileInfo(path + u"-wal"_s).size();
}

} // namespace

QString BenchEngineRun::phaseName(RunPhase p)
{
    switch (p) {
    case RunPhase::Queued:
        return u"queued"_s;
    case RunPhase::Loading:
        return u"loading"_s;
    case RunPhase::Authenticating:
        return u"authenticating"_s;
    case RunPhase::Fetching:
        return u"fetching"_s;
    case RunPhase::Planning:
        return u"planning"_s;
    case RunPhase::Applying:
        return u"applying"_s;
    case RunPhase::Finishing:
        return u"finishing"_s;
    }
    return u"other"_s;
}

BenchEngineRun::BenchEngineRun(
    BenchSandbox &sandbox, qint64 flowId, QHash<qint64, CredentialBundle> *credentials)
    : m_sandbox(sandbox)
    , m_flowId(flowId)
    , m_credentials(credentials)
{ }

bool BenchEngineRun::openAndFindFlow(
    Journal &journal, const QString &dataDir, const QString &name, Flow *flow, QString *error)
{
    if (!journal.open(AppPaths::journalPath(), u"bench-setup"_s)) {
        *error = u"the journal in %1 does not open"_s.arg(dataDir);
        return false;
    }
    const auto existing = FlowRepository(journal).list();
    if (!existing) {
        *error = existing.errorString();
        return false;
    }
    for (const Flow &f : existing.value()) {
        if (f.name == name)
            *flow = f;
    }
    return true;
}

bool BenchEngineRun::addFlowIntoActOn(
    Journal &journal, BenchSandbox &sandbox, const Account &source, Flow *flow, QString *error)
{
    AccountRepository accounts(journal);
    const QVariantMap ao = sandbox.credentials(u"acton"_s);
    const auto sAdded = accounts.add(source);
    Account a;
    a.kind = AccountKind::ActOn;
    a.name = u"Bench Act-On"_s;
    a.settings = { { u"baseUrl"_s, sandbox.url(u"acton"_s).toString() },
        { u"username"_s, ao.value(u"username"_s) }, { u"clientId"_s, ao.value(u"clientId"_s) } };
    const auto aAdded = accounts.add(a);
    if (!sAdded || !aAdded) {
        *error = u"the bench accounts could not be added"_s;
        return false;
    }
    flow->sourceAccountId = sAdded.value().id;
    flow->targetAccountId = aAdded.value().id;
    const auto added = FlowRepository(journal).add(*flow);
    if (!added) {
        *error = added.errorString();
        return false;
    }
    *flow = added.value();
    return true;
}

quint64 BenchEngineRun::recordHash(const QString &key, const QStringList &values)
{
    QCryptographicHash h(QCryptographicHash::Sha1);
    h.addData(key.toUtf8());
    for (const QString &v : values) {
        h.addData(QByteArrayView("\x1f", 1));
        h.addData(v.toUtf8());
    }
    const QByteArray d = h.result();
    quint64 out = 0;
    for (int i = 0; i < 8; ++i)
        out = (out << 8) | quint8(d.at(i));
    return out;
}

BenchResult BenchEngineRun::run(const QString &name, bool full, bool preview, qint64 count,
    const QStringList &emulators, const std::function<void(const RunProgress &)> &onProgress)
{
    BenchResult result;
    result.name = name;
    result.count = count;
    for (const QString &emu : emulators)
        m_sandbox.resetCounters(emu);
    const qint64 journalBefore = journalBytes();

    EngineHost engine;
    QEventLoop loop;
    RunOutcome outcome;
    RunProgress last;
    QElapsedTimer wall, phase;
    RunPhase current = RunPhase::Queued;
    QObject::connect(&engine, &EngineHost::runProgress, &loop, [&](const RunProgress &p) {
        if (p.phaseId != current) {
            result.phaseSeconds[phaseName(current)] += double(phase.restart()) / 1000.0;
            current = p.phaseId;
        }
        last = p;
        if (onProgress)
            onProgress(p);
    });
    QObject::connect(&engine, &EngineHost::runFinished, &loop, [&](const RunOutcome &o) {
        outcome = o;
        loop.quit();
    });
    QObject::connect(&engine, &EngineHost::secretsUpdated, &loop,
        [&](qint64 accountId, const CredentialBundle &secrets) {
            for (auto it = secrets.secrets.cbegin(); it != secrets.secrets.cend(); ++it)
                (*m_credentials)[accountId].secrets.insert(it.key(), it.value());
        });
    RunRequest request;
    request.flowId = m_flowId;
    request.trigger = RunTrigger::Cli;
    request.full = full;
    request.preview = preview;
    request.credentials = *m_credentials;
    BenchResult::resetPeakRss();
    wall.start();
    phase.start();
    engine.requestRun(request);
    loop.exec();
    result.wallSeconds = double(wall.elapsed()) / 1000.0;
    result.phaseSeconds[phaseName(current)] += double(phase.elapsed()) / 1000.0;
    result.phaseSeconds.remove(u"queued"_s);
    result.peakRssMb = BenchResult::peakRssMbNow();
    result.journalGrowthMb = double(journalBytes() - journalBefore) / 1048576.0;
    result.waitingOnLimitsSeconds = double(last.waitMs) / 1000.0;
    result.rateLimitAnswers = last.rateLimitAnswers;
    for (const QString &emu : emulators)
        result.calls.insert(emu, m_sandbox.counters(emu).value(u"total"_s).toInteger());
    const RunCounts &c = outcome.summary.counts;
    result.created = c.created;
    result.updated = c.updated;
    result.deleted = c.deleted;
    result.skipped = c.skipped;
    result.errors = c.errors;
    if (!outcome.succeeded())
        result.verification = u"the run did not succeed: "_s + outcome.message;
    return result;
}

} // namespace LeadBridge::Bench
