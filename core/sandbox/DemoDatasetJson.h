#pragma once

#include "core/sandbox/DemoDataset.h"

#include <QJsonObject>
#include <QString>

namespace LeadBridge::Sandbox {

/// JSON form of a DemoDataset, so a demo world can be saved, edited by hand and
/// served again (leadbridge-sandbox --save-data / --data-file).
///
/// Shape: {"format":"leadbridge-demo-dataset","version":1,"seed":n,"size":n,
/// "people":[{…}],"on24Clients":[{"clientId","name","events":[{…,"registrations":[…]}]}],
/// "actOnLists":[{"name","folder","members":[personIndex…]}],"users":[…],"campaigns":[…]}.
/// Timestamps are ISO 8601 UTC; person references are indexes into "people".
class DemoDatasetJson
{
public:
    /// Largest demo data file load() reads (256 MiB); larger files are refused with a sentence.
    static constexpr qint64 kMaxFileBytes = 256LL * 1024 * 1024;

    static QJsonObject toJson(const DemoDataset &data);
    /// Reads @p json into @p out. Missing optional fields keep their defaults;
    /// wrong types, unknown formats and dangling person references fail with
    /// a sentence in @p error.
    static bool fromJson(const QJsonObject &json, DemoDataset *out, QString *error);

    /// Writes @p data to @p path (indented when @p pretty).
    static bool save(
        const QString &path, const DemoDataset &data, QString *error, bool pretty = false);
    /// Reads a file written by save() (or by hand). Only regular files up to kMaxFileBytes are
    /// read (not /dev/zero, FIFOs or directories).
    static bool load(const QString &path, DemoDataset *out, QString *error);
};

} // namespace LeadBridge::Sandbox
