#pragma once

#include "core/engine/SyncTypes.h"
#include "tests/benchmarks/suite/BenchResult.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>

namespace LeadBridge {
class Journal;
struct Account;
struct Flow;
} // namespace LeadBridge

namespace LeadBridge::Bench {

class BenchSandbox;

/// One flow run through EngineHost — the engine thread, connectors and journal the window
/// and the CLI use — measured the same way for every benchmark: wall time, peak RSS of this
/// process (reset before the run), time per phase, waits on limits, rate-limit answers,
/// journal growth and the calls each emulator counted.
class BenchEngineRun
{
public:
    BenchEngineRun(
        BenchSandbox &sandbox, qint64 flowId, QHash<qint64, CredentialBundle> *credentials);

    /// Runs the flow (full / preview / engine's choice) and fills a result named @p name
    /// for a world of @p count records; @p emulators are the systems whose calls count.
    /// @p onProgress (optional) sees every progress report as it arrives.
    BenchResult run(const QString &name, bool full, bool preview, qint64 count,
        const QStringList &emulators,
        const std::function<void(const RunProgress &)> &onProgress = {});

    /// Opens the journal of the data folder @p dataDir into @p journal and finds the flow
    /// named @p name (@p flow keeps id 0 when there is none yet).
    static bool openAndFindFlow(
        Journal &journal, const QString &dataDir, const QString &name, Flow *flow, QString *error);
    /// Adds @p source, the sandbox's Act-On account ("Bench Act-On") and @p flow (its kind,
    /// name and settings filled in) from the one to the other; @p flow becomes the stored one.
    static bool addFlowIntoActOn(
        Journal &journal, BenchSandbox &sandbox, const Account &source, Flow *flow, QString *error);
    /// The name a phase has in the figures ("fetching", "applying", …).
    static QString phaseName(RunPhase phase);
    /// A 64-bit checksum of one record: its key and values, in order.
    static quint64 recordHash(const QString &key, const QStringList &values);

private:
    BenchSandbox &m_sandbox;
    qint64 m_flowId = 0;
    QHash<qint64, CredentialBundle> *m_credentials = nullptr;
};

} // namespace LeadBridge::Bench
