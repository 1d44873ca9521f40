// ActOnCsv::parse over any bytes (list downloads); when it parses, writing the rows back with
// ActOnCsv::appendRow and parsing again gives the same rows.
#include "core/connectors/acton/ActOnCsv.h"
#include "tests/fuzz/FuzzCheck.h"

#include <QDebug>

#include <cstdint>

using namespace LeadBridge;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray csv(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<QStringList> rows;
    QString error;
    if (!ActOnCsv::parse(csv, &rows, &error)) {
        LEADBRIDGE_FUZZ_CHECK(!error.isEmpty(), "a failed parse says why");
        return 0;
    }
    QByteArray again;
    for (const QStringList &row : std::as_const(rows))
        ActOnCsv::appendRow(again, row);
    QList<QStringList> reparsed;
    LEADBRIDGE_FUZZ_CHECK(ActOnCsv::parse(again, &reparsed), "written rows parse again");
    // Rows of only empty fields are blank lines when written, and blank lines are skipped.
    QList<QStringList> expected;
    for (const QStringList &row : std::as_const(rows)) {
        bool blank = true;
        for (const QString &f : row)
            blank = blank && f.isEmpty();
        if (!(blank && row.size() <= 1))
            expected.append(row);
    }
    if (reparsed != expected) {
        for (qsizetype i = 0; i < qMax(reparsed.size(), expected.size()); ++i) {
            if (reparsed.value(i) != expected.value(i)) {
                qWarning() << "row" << i << "parsed" << expected.value(i) << "written and parsed"
                           << reparsed.value(i);
                break;
            }
        }
    }
    LEADBRIDGE_FUZZ_CHECK(reparsed == expected, "round trip keeps every row");
    return 0;
}
