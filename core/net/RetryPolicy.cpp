#include "core/net/RetryPolicy.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace LeadBridge {

qint64 RetryPolicy::backoffMs(int nextAttempt, double random01) const
{
    const int exponent = std::clamp(nextAttempt - 2, 0, 30);
    // Doubling in floating point avoids overflow for large attempt numbers.
    const double raw = double(std::max<qint64>(baseDelayMs, 0)) * std::pow(2.0, exponent);
    const qint64 cap = qint64(std::min(raw, double(std::max<qint64>(maxDelayMs, 0))));
    if (jitter == Jitter::None)
        return cap;
    const double r = std::clamp(random01, 0.0, 1.0);
    return qint64(std::floor(double(cap) * r));
}

RetryPolicy::Decision RetryPolicy::decide(
    const ApiError &error, int attemptsMade, double random01) const
{
    Decision d;
    if (!error.isError() || !error.isRetryable() || attemptsMade >= maxAttempts)
        return d;
    const qint64 retryAfter = error.retryAfterMs();
    if (retryAfter >= 0) {
        if (retryAfter > maxRetryAfterMs) {
            d.retryAfterTooLong = true;
            d.delayMs = retryAfter;
            return d;
        }
        d.retry = true;
        d.delayMs = retryAfter;
        return d;
    }
    d.retry = true;
    d.delayMs = backoffMs(attemptsMade + 1, random01);
    return d;
}

bool RetryPolicy::isRetryableStatus(int httpStatus)
{
    if (httpStatus == 408 || httpStatus == 429)
        return true;
    if (httpStatus >= 500 && httpStatus <= 599)
        return httpStatus != 501 && httpStatus != 505;
    return false;
}

bool RetryPolicy::isRetryableNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::UnknownProxyError:
    case QNetworkReply::InternalServerError:
    case QNetworkReply::ServiceUnavailableError:
    case QNetworkReply::UnknownServerError:
        return true;
    default:
        return false;
    }
}

std::optional<qint64> RetryPolicy::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QString text = QString::fromLatin1(value).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok) {
        if (seconds < 0)
            return std::nullopt;
        return std::min(seconds, kMaxRetryAfterMs / 1000) * 1000;
    }
    // All digits but too long for qint64: an absurd wait, clamped like any other.
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); }))
        return kMaxRetryAfterMs;
    // HTTP-date: IMF-fixdate, then the obsolete RFC 850 and asctime forms (RFC 9110 §5.6.7).
    // The weekday is dropped first: it is redundant, and QLocale would reject a two-digit
    // RFC 850 year whose weekday belongs to the 21st century.
    QString rest = text.simplified();
    const qsizetype comma = rest.indexOf(QLatin1Char(','));
    if (comma >= 0)
        rest = rest.mid(comma + 1).trimmed();
    else
        rest = rest.section(QLatin1Char(' '), 1); // asctime: "Wed Oct 21 07:28:00 2015"
    static const QString formats[] = {
        QStringLiteral("dd MMM yyyy HH:mm:ss 'GMT'"),
        QStringLiteral("dd-MMM-yy HH:mm:ss 'GMT'"),
        QStringLiteral("MMM d HH:mm:ss yyyy"),
    };
    const QLocale c = QLocale::c();
    for (const QString &format : formats) {
        QDateTime when = c.toDateTime(rest, format);
        if (!when.isValid())
            continue;
        if (when.date().year() < 1970)
            when = when.addYears(100); // two-digit RFC 850 years
        when.setTimeSpec(Qt::UTC);
        return std::clamp<qint64>(now.msecsTo(when), 0, kMaxRetryAfterMs);
    }
    return std::nullopt;
}

} // namespace LeadBridge
