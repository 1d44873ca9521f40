#pragma once

#include "core/connectors/ConnectorTypes.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace LeadBridge {

/// One page of a Bulk API 2.0 query job's results (a CSV download) turned into records.
///
/// parse() touches nothing but its arguments, so it runs on a worker thread while the
/// engine thread digests the page before.
class SalesforceBulkPage
{
public:
    QList<ConnectorRecord> records;
    QStringList keys; ///< the Id of every row, in order (empty when the CSV has no Id column)
    qsizetype rows = -1; ///< data rows read; -1 when the CSV had not even a header line

    /// Reads @p csv (header line first) into records of @p object: empty cells are null
    /// fields, Id and SystemModstamp also fill the record's id and time of change.
    static SalesforceBulkPage parse(const QByteArray &csv, const QString &object);
};

} // namespace LeadBridge
