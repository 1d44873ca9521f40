#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace LeadBridge {

/// RFC 4180 CSV as Bulk API 2.0 speaks it (comma, LF, double quotes, UTF-8).
class SalesforceCsv
{
public:
    /// Rows of @p csv, header included; quoted cells may hold commas, quotes and line breaks.
    static QList<QStringList> parse(const QByteArray &csv);
    /// One line (with LF) from @p cells; every cell quoted so commas and breaks survive.
    static QByteArray line(const QStringList &cells);
};

} // namespace LeadBridge
