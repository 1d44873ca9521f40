// Salesforce query/retrieve answers: every object becomes a record (attributes dropped), and
// any SystemModstamp text parses to a UTC time or none.
#include "core/connectors/salesforce/SalesforceConnector.h"
#include "tests/fuzz/FuzzCheck.h"
#include "tests/fuzz/FuzzJson.h"

#include <cstdint>

using namespace LeadBridge;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    Fuzz::forEachObject(body, [](const QJsonObject &o) {
        const ConnectorRecord r = SalesforceConnector::recordFromJson(o, QStringLiteral("Lead"));
        LEADBRIDGE_FUZZ_CHECK(!r.fields.contains(QStringLiteral("attributes")), "attributes dropped");
        LEADBRIDGE_FUZZ_CHECK(!r.modifiedAt.isValid() || r.modifiedAt.timeSpec() == Qt::UTC,
            "times are UTC");
    });
    // The bytes as a datetime text too.
    const QDateTime t = SalesforceConnector::parseDateTime(QString::fromUtf8(body));
    LEADBRIDGE_FUZZ_CHECK(!t.isValid() || t.timeSpec() == Qt::UTC, "times are UTC");
    return 0;
}
