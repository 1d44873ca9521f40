// Pipeliner answers (entity pages, batch results): every object becomes a record.
#include "core/connectors/pipeliner/PipelinerConnector.h"
#include "tests/fuzz/FuzzCheck.h"
#include "tests/fuzz/FuzzJson.h"

#include <cstdint>

using namespace LeadBridge;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    Fuzz::forEachObject(body, [](const QJsonObject &o) {
        const ConnectorRecord r = PipelinerConnector::toRecord(o, QStringLiteral("Contacts"));
        LEADBRIDGE_FUZZ_CHECK(r.object == QStringLiteral("Contacts"), "entity kept");
        LEADBRIDGE_FUZZ_CHECK(
            r.id.isEmpty() || o.value(QStringLiteral("id")).toString() == r.id, "id from the object");
    });
    return 0;
}
