#pragma once

#include "core/engine/SyncTypes.h"
#include "tests/benchmarks/suite/BenchResult.h"

#include <QHash>
#include <QString>

namespace LeadBridge::Bench {

class BenchSandbox;

/// F1 (ON24 webinars → Act-On lists) at volume against a separate leadbridge-sandbox
/// process started with --synthetic-registrants N (On24SyntheticWorld), run through
/// EngineHost like BenchF2. Act-On keeps its limits (5 calls a second, 30,000 a day).
class BenchF1
{
public:
    BenchF1(BenchSandbox &sandbox, const QString &dataDir);

    /// Links the ON24 and Act-On sandbox accounts and adds the F1 flow (once per folder).
    bool setUp(QString *error);
    /// Runs the flow (full or the engine's choice) and measures it.
    BenchResult run(const QString &name, bool full, qint64 count);
    /// Recomputes every registrant of the synthetic world (@p registrants in @p webinars,
    /// dated from @p anchor as the sandbox seeded them) and checks, record by record, that
    /// each is one row of its webinar's list with the expected Status and field values, and
    /// that the lists hold nothing else (count + checksum on both sides).
    void verify(BenchResult &result, qint64 registrants, int webinars);

    /// The ON24 client the sandbox seeded the synthetic webinars under.
    qint64 clientId() const { return m_clientId; }

private:
    BenchSandbox &m_sandbox;
    QString m_dataDir;
    qint64 m_flowId = 0;
    qint64 m_clientId = 0;
    QHash<qint64, CredentialBundle> m_credentials;
};

} // namespace LeadBridge::Bench
