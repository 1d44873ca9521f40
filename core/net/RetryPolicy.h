#pragma once

#include "core/net/ApiError.h"

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>

#include <optional>

namespace LeadBridge {

/// When and how long to wait before trying an API call again: bounded attempts,
/// exponential backoff with full jitter, and the server's Retry-After honoured up to a cap.
/// A plain value; the decisions are pure functions so they can be table-tested.
class RetryPolicy
{
public:
    enum class Jitter {
        Full, ///< wait a uniform random time in [0, backoff] (AWS "full jitter")
        None, ///< wait exactly the backoff (tests, deterministic schedules)
    };

    /// The outcome of decide().
    struct Decision
    {
        bool retry = false;
        qint64 delayMs = 0;
        /// True when the server asked for a longer wait than maxRetryAfterMs allows: the
        /// job stops and the account cools down for the full period instead.
        bool retryAfterTooLong = false;
    };

    /// Longest wait parseRetryAfter() ever reports (24 hours): larger delta seconds, numbers
    /// too big for 64 bits and HTTP-dates further ahead are clamped to it.
    static constexpr qint64 kMaxRetryAfterMs = 24LL * 3600 * 1000;

    int maxAttempts = 4; ///< total attempts including the first
    qint64 baseDelayMs = 500; ///< backoff cap of the first retry
    qint64 maxDelayMs = 30'000; ///< backoff never exceeds this
    qint64 maxRetryAfterMs = 120'000; ///< longest Retry-After a job waits for itself
    int maxMalformedRetries = 1; ///< an unreadable answer is tried again this often
    Jitter jitter = Jitter::Full;

    /// Backoff before attempt @p nextAttempt (2 = first retry) for a uniform @p random01 in
    /// [0,1): min(maxDelayMs, baseDelayMs · 2^(nextAttempt−2)), scaled by random01 under
    /// full jitter.
    qint64 backoffMs(int nextAttempt, double random01) const;

    /// Whether to try again after @p error, having made @p attemptsMade attempts, and after
    /// how long. Honours error.retryAfterMs() (used as-is when it is within the cap).
    Decision decide(const ApiError &error, int attemptsMade, double random01) const;

    /// Whether a failure of this shape is worth retrying: 5xx except 501/505, 408, 429,
    /// and transport failures (timeouts, refused/reset/closed connections, DNS, proxy).
    /// Never 4xx auth/validation answers, TLS failures or caller aborts.
    static bool isRetryableStatus(int httpStatus);
    static bool isRetryableNetworkError(QNetworkReply::NetworkError error);

    /// Parses a Retry-After value: delta seconds ("120") or an HTTP-date
    /// ("Wed, 21 Oct 2015 07:28:00 GMT") relative to @p now. Dates in the past give 0,
    /// waits beyond kMaxRetryAfterMs are clamped to it; negative delta seconds and
    /// unreadable values give nullopt.
    static std::optional<qint64> parseRetryAfter(
        const QByteArray &value, const QDateTime &now = QDateTime::currentDateTimeUtc());
};

} // namespace LeadBridge
