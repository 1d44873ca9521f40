// The SOQL builder: SalesforceConnector::soqlString quotes any text as one literal (no quote
// left unescaped, so no input can end the literal and add conditions), and the query it goes
// into parses in the sandbox's SOQL parser; the raw bytes as a whole query exercise that
// parser (the Salesforce emulator's answer to any client) too.
#include "core/connectors/salesforce/SalesforceConnector.h"
#include "core/sandbox/salesforce/SoqlQuery.h"
#include "tests/fuzz/FuzzCheck.h"

#include <cstdint>

using namespace LeadBridge;

namespace {
/// Where the literal starting at @p text[0] ends, as a SOQL lexer reads it (-1 = unclosed).
qsizetype literalEnd(const QString &text)
{
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (text.at(i) == u'\\') {
            ++i;
            continue;
        }
        if (text.at(i) == u'\'')
            return i;
    }
    return -1;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString literal = SalesforceConnector::soqlString(text);
    LEADBRIDGE_FUZZ_CHECK(literalEnd(literal) == literal.size() - 1,
        "the literal ends at its last character, nowhere before");

    QString code;
    QString message;
    const auto query = Sandbox::SoqlQuery::parse(
        QStringLiteral("SELECT Id, Email FROM Lead WHERE LastName = ") + literal, &code, &message,
        1700000000000LL);
    LEADBRIDGE_FUZZ_CHECK(query != nullptr, qPrintable(code + u": " + message));

    // The time literal of any instant the builder may be given.
    qint64 ms = 0;
    memcpy(&ms, data, qMin(size, sizeof(ms)));
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(ms % (253402300799000LL), Qt::UTC);
    const QString time = SalesforceConnector::soqlDateTime(when);
    LEADBRIDGE_FUZZ_CHECK(!time.contains(u'\''), "datetime literals are bare");

    // Any text as a query: an answer or an error code, never a crash.
    const auto any = Sandbox::SoqlQuery::parse(text, &code, &message, 1700000000000LL);
    LEADBRIDGE_FUZZ_CHECK(any != nullptr || !code.isEmpty(), "a refused query has an error code");
    return 0;
}
