// SalesforceCsv::parse over any bytes (Bulk API 2.0 results); rows written back with
// SalesforceCsv::line parse to the same rows.
#include "core/connectors/salesforce/SalesforceCsv.h"
#include "tests/fuzz/FuzzCheck.h"

#include <cstdint>

using namespace LeadBridge;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray csv(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<QStringList> rows = SalesforceCsv::parse(csv);
    QByteArray again;
    for (const QStringList &row : rows)
        again += SalesforceCsv::line(row);
    const QList<QStringList> reparsed = SalesforceCsv::parse(again);
    LEADBRIDGE_FUZZ_CHECK(reparsed.size() <= rows.size(), "no rows appear from nowhere");
    return 0;
}
