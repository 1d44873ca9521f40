// Act-On JSON answers: the job status (details inline or as JSON text inside "jobDetails")
// over every object of the document.
#include "core/connectors/acton/ActOnConnector.h"
#include "tests/fuzz/FuzzCheck.h"
#include "tests/fuzz/FuzzJson.h"

#include <cstdint>

using namespace LeadBridge;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    Fuzz::forEachObject(body, [](const QJsonObject &o) {
        const QJsonObject details = ActOnConnector::jobDetails(o);
        if (o.value(QStringLiteral("details")).isObject()
            && !o.value(QStringLiteral("details")).toObject().isEmpty())
            LEADBRIDGE_FUZZ_CHECK(details == o.value(QStringLiteral("details")).toObject(),
                "inline details win");
    });
    return 0;
}
