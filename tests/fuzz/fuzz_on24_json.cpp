// ON24 answers (events, registrants, attendees): every object becomes a record without a
// crash, whatever the types, and its id is either a positive whole number or empty (a
// missing or word eventuserid/eventid once gave every such record the id "0", which this
// target found at once: issue 11 defect 9; the input is corpus/on24_json/missing-id.json).
#include "core/connectors/on24/On24Connector.h"
#include "tests/fuzz/FuzzCheck.h"
#include "tests/fuzz/FuzzJson.h"

#include <cstdint>

using namespace LeadBridge;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    Fuzz::forEachObject(body, [](const QJsonObject &o) {
        for (const QString &object : { QStringLiteral("event"), QStringLiteral("registrant"),
                 QStringLiteral("attendee") }) {
            const ConnectorRecord r = On24Connector::toRecord(o, object);
            LEADBRIDGE_FUZZ_CHECK(r.object == object, "object kept");
            bool numeric = false;
            const qlonglong id = r.id.toLongLong(&numeric);
            LEADBRIDGE_FUZZ_CHECK(r.id.isEmpty() || (numeric && id > 0), "id is usable or empty");
        }
    });
    return 0;
}
