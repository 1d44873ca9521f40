#pragma once

#include "core/sandbox/FaultSettings.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace LeadBridge::Sandbox {

/// What a Sandbox serves: which emulators, on which ports, with which demo
/// world and which faults. A plain value type.
struct SandboxConfig
{
    /// Emulators to start, by name (see allEmulators()); order does not matter.
    QStringList emulators = allEmulators();
    /// 0 = any free ports; otherwise on24 = base, acton = base+1,
    /// salesforce = base+2, pipeliner = base+3.
    quint16 portBase = 0;
    /// Seed and number of people of the generated demo world.
    quint32 seed = 2026;
    int size = 500;
    /// Fault knobs per emulator name; emulators not listed get none.
    QHash<QString, FaultSettings> faults;
    /// When set, the demo world is read from this JSON file (DemoDatasetJson)
    /// instead of being generated; seed and size are then ignored.
    QString dataFile;
    /// Moves the generated world's dates by whole days so that its reference
    /// day (DemoDataset::referenceTime()) is today: recent webinars stay recent
    /// and upcoming ones upcoming. Not applied to a loaded data file.
    bool rebaseToToday = true;
    /// When set, each emulator keeps its world in `<stateDir>/<emulator>.json`
    /// (EmulatorStateFile): read back at start if present (else seeded and written), and
    /// written after every request that changes it. Empty (the default) = in memory only.
    QString stateDir;

    /// "on24", "acton", "salesforce", "pipeliner" — also the order of endpoints.
    static QStringList allEmulators();
    /// The fixed offset of @p name from the port base (-1 if unknown).
    static int portOffset(const QString &name);
    /// Parses "--only"-style lists ("on24,acton"); unknown names fail with @p error.
    static bool parseEmulatorList(const QString &list, QStringList *out, QString *error);
    /// Parses "acton:latency=50,error=0.1;salesforce:ratelimit=0.05" (the name
    /// "all" applies to every emulator) into @p out, merging with what is there.
    static bool parseFaults(
        const QString &spec, QHash<QString, FaultSettings> *out, QString *error);
    /// Checks names, size and port range; returns false with a sentence in @p error.
    bool validate(QString *error) const;
};

} // namespace LeadBridge::Sandbox
