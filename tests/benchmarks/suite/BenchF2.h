#pragma once

#include <QVariantMap>

#include "core/engine/SyncTypes.h"
#include "core/mapping/FieldMap.h"
#include "tests/benchmarks/suite/BenchResult.h"

#include <QHash>
#include <QString>

namespace LeadBridge {
class EngineHost;
}

namespace LeadBridge::Bench {

class BenchSandbox;

/// F2 (Salesforce leads → Act-On) at volume against a separate leadbridge-sandbox process,
/// run through EngineHost — the engine thread the app and the CLI use. One data folder
/// holds the accounts, the flow and the journal, so f2-full, f2-incremental and
/// f2-preview can run one after another, each in its own process.
class BenchF2
{
public:
    /// @p flowSettings are added to the flow's settings when setUp() adds it (e.g.
    /// {"groupsInFlight": 1}, to measure one setting against the default on the same build).
    BenchF2(BenchSandbox &sandbox, const QString &dataDir, const QVariantMap &flowSettings = {});

    /// Links the two sandbox accounts and adds the flow with its 20-row map (once per folder).
    bool setUp(QString *error);
    /// Runs the flow (full / preview / engine's choice) and measures it.
    BenchResult run(const QString &name, bool full, bool preview, qint64 count);
    /// Changes @p everyNth Salesforce lead's first name and, for other people, every
    /// @p everyNth Act-On row's job title (through the sandbox's control API).
    bool changeOnBothSides(int everyNth, int round, QString *error, qint64 *changed);
    /// Checks the whole world record by record: every lead is one list row whose 20 mapped
    /// values equal the lead's (count + checksum on both sides). Fills verified/verification.
    void verify(BenchResult &result, qint64 expectedRows);
    /// Checks that a preview wrote nothing to Act-On (the list is absent or empty).
    void verifyNothingWritten(BenchResult &result);

    /// The flow setUp() found or added.
    qint64 flowId() const { return m_flowId; }
    /// The secrets of its two accounts (by account id), as the sandbox printed them.
    QHash<qint64, CredentialBundle> credentials() const { return m_credentials; }

    /// The 20-row Salesforce map the benchmark uses.
    static FieldMap benchMap();
    static QString listName() { return QStringLiteral("Bench leads"); }

private:
    QString findListId();

    BenchSandbox &m_sandbox;
    QString m_dataDir;
    QVariantMap m_flowSettings;
    qint64 m_flowId = 0;
    QHash<qint64, CredentialBundle> m_credentials;
};

} // namespace LeadBridge::Bench
