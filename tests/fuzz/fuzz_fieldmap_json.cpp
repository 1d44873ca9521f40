// FieldMapJson::fromJson over any bytes (an admin's imported file): either a map or sentences,
// never both; an imported map exports and imports again to the same document.
#include "core/mapping/FieldMapJson.h"
#include "tests/fuzz/FuzzCheck.h"

#include <cstdint>

using namespace LeadBridge;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const FieldMapJson::ImportResult result = FieldMapJson::fromJson(json);
    LEADBRIDGE_FUZZ_CHECK(result.ok() == result.errors.isEmpty(), "a map or sentences, not both");
    if (!result.ok())
        return 0;
    const QByteArray exported = FieldMapJson::toJson(*result.map);
    const FieldMapJson::ImportResult again = FieldMapJson::fromJson(exported);
    LEADBRIDGE_FUZZ_CHECK(again.ok(), "an exported map imports again");
    LEADBRIDGE_FUZZ_CHECK(FieldMapJson::toJson(*again.map) == exported, "export is stable");
    return 0;
}
