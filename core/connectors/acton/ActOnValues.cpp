#include "core/connectors/acton/ActOnValues.h"

#include "core/util/WholeNumber.h"

#include <QUrl>

namespace LeadBridge {

QString ActOnValues::text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double d = value.toDouble();
        const std::optional<qint64> n = wholeNumber(d);
        return n ? QString::number(*n) : QString::number(d);
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

qint64 ActOnValues::integer(const QJsonValue &value, qint64 fallback)
{
    if (value.isDouble())
        return wholeNumber(value.toDouble()).value_or(fallback);
    if (value.isString()) {
        bool ok = false;
        const qint64 n = value.toString().trimmed().toLongLong(&ok);
        return ok ? n : fallback;
    }
    return fallback;
}

QString ActOnValues::urlEncoded(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

bool ActOnValues::isDateQualifier(const QString &heading)
{
    const QString n = heading.toLower();
    return n == QLatin1String("__created_date") || n == QLatin1String("__modified_date")
        || n == QLatin1String("created_date") || n == QLatin1String("modified_date");
}

} // namespace LeadBridge
