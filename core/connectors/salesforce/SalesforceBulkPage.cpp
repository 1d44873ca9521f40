#include "core/connectors/salesforce/SalesforceBulkPage.h"

#include "core/connectors/salesforce/SalesforceConnector.h"
#include "core/connectors/salesforce/SalesforceCsv.h"

namespace LeadBridge {

SalesforceBulkPage SalesforceBulkPage::parse(const QByteArray &csv, const QString &object)
{
    SalesforceBulkPage page;
    const QList<QStringList> rows = SalesforceCsv::parse(csv);
    if (rows.isEmpty())
        return page;
    page.rows = rows.size() - 1;
    const QStringList &header = rows.first();
    const qsizetype idCol = header.indexOf(QStringLiteral("Id"));
    const qsizetype stampCol = header.indexOf(QStringLiteral("SystemModstamp"));
    page.records.reserve(page.rows);
    if (idCol >= 0)
        page.keys.reserve(page.rows);
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QStringList &row = rows.at(i);
        ConnectorRecord rec;
        rec.object = object;
        for (qsizetype c = 0; c < header.size() && c < row.size(); ++c)
            rec.fields.insert(header.at(c), row.at(c).isEmpty() ? QVariant() : row.at(c));
        if (idCol >= 0) {
            page.keys.append(row.value(idCol));
            rec.id = page.keys.constLast();
        }
        if (stampCol >= 0 && stampCol < row.size())
            rec.modifiedAt = SalesforceConnector::parseDateTime(row.at(stampCol));
        page.records.append(std::move(rec));
    }
    return page;
}

} // namespace LeadBridge
