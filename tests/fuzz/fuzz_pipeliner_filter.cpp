// The Pipeliner filter builder: PipelinerFilter::add puts any value into filter[field] so the
// emulator (reading the query as a server does, '+' as a space) gets back exactly the value,
// and no value, field or operator can end its parameter early and add another one. Input:
// "field\nop\nvalue", or just a value (filtered on email1 with ieq, as the e-mail look-up does).
#include "core/connectors/pipeliner/PipelinerFilter.h"
#include "core/sandbox/SandboxRequest.h"
#include "tests/fuzz/FuzzCheck.h"

#include <QUrl>

#include <cstdint>

using namespace LeadBridge;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString field = QStringLiteral("email1");
    QString op = QStringLiteral("ieq");
    QString value = text;
    const QStringList parts = text.split(u'\n');
    if (parts.size() >= 3) {
        field = parts.at(0);
        op = parts.at(1);
        value = text.section(u'\n', 2);
    }

    QUrlQuery query;
    query.addQueryItem(QStringLiteral("first"), QStringLiteral("1"));
    const bool added = PipelinerFilter::add(query, field, value, op);
    const bool valid = PipelinerFilter::isFieldName(field)
        && (op.isEmpty() || PipelinerFilter::isOperator(op));
    LEADBRIDGE_FUZZ_CHECK(added == valid, "added exactly when field and operator are names");
    query.addQueryItem(QStringLiteral("load-only"), QStringLiteral("id"));

    QUrl url(QStringLiteral("https://eu-central.api.pipelinersales.com/api/v100/rest/spaces/"
                            "demo/entities/Contacts"));
    url.setQuery(query);
    // What goes on the wire, read back the way the emulators read it.
    const QUrl received = QUrl::fromEncoded(url.toEncoded());
    const auto items
        = Sandbox::SandboxRequest::decodeQuery(received.query(QUrl::FullyEncoded).toLatin1());

    QList<QPair<QString, QString>> expected { { QStringLiteral("first"), QStringLiteral("1") } };
    if (added) {
        expected.append({ QStringLiteral("filter[%1]").arg(field), value });
        if (!op.isEmpty())
            expected.append({ QStringLiteral("filter-op[%1]").arg(field), op });
    }
    expected.append({ QStringLiteral("load-only"), QStringLiteral("id") });
    LEADBRIDGE_FUZZ_CHECK(items.size() == expected.size(), "no parameter added or lost");
    for (qsizetype i = 0; i < items.size(); ++i) {
        LEADBRIDGE_FUZZ_CHECK(items.at(i).first == expected.at(i).first, "names arrive as built");
        LEADBRIDGE_FUZZ_CHECK(items.at(i).second == expected.at(i).second,
            qPrintable(QStringLiteral("value %1 arrived as %2")
                           .arg(expected.at(i).second, items.at(i).second)));
    }
    return 0;
}
