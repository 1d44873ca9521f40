#include "core/connectors/pipeliner/PipelinerFilter.h"

#include <QRegularExpression>
#include <QUrl>

namespace LeadBridge {

bool PipelinerFilter::isFieldName(const QString &field)
{
    static const QRegularExpression name(
        QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?$"));
    return field.size() <= 200 && name.match(field).hasMatch();
}

bool PipelinerFilter::isOperator(const QString &op)
{
    static const QRegularExpression name(QStringLiteral("^[a-z]+(-[a-z]+)*$"));
    return op.size() <= 40 && name.match(op).hasMatch();
}

bool PipelinerFilter::add(
    QUrlQuery &query, const QString &field, const QString &value, const QString &op)
{
    if (!isFieldName(field) || (!op.isEmpty() && !isOperator(op)))
        return false;
    // QUrlQuery keeps percent sequences as they are, so an encoded value passes through
    // untouched, while a raw '&', '=', '#' or '+' would be read by the server as syntax.
    query.addQueryItem(QStringLiteral("filter[%1]").arg(field),
        QString::fromLatin1(QUrl::toPercentEncoding(value)));
    if (!op.isEmpty())
        query.addQueryItem(QStringLiteral("filter-op[%1]").arg(field), op);
    return true;
}

} // namespace LeadBridge
