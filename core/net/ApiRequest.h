#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace LeadBridge {

/// One API call to make: method, URL, headers, body and how to treat it.
/// A plain value; HttpClient::send() turns it into an ApiJob.
class ApiRequest
{
public:
    /// Largest answer body read for an ordinary (JSON) call: 64 MiB.
    static constexpr qint64 kDefaultMaxBodyBytes = 64LL * 1024 * 1024;
    /// Largest answer body read for a CSV download (list exports, Bulk results): 512 MiB.
    static constexpr qint64 kCsvMaxBodyBytes = 512LL * 1024 * 1024;
    /// Largest answer body saved for a spooled download (spoolBody): 8 GiB of disk.
    static constexpr qint64 kSpooledMaxBodyBytes = 8LL * 1024 * 1024 * 1024;
    /// Redirects (same host only) followed before a call gives up.
    static constexpr int kMaxRedirects = 5;

    ApiRequest() = default;
    ApiRequest(const QByteArray &method, const QUrl &url);

    static ApiRequest get(const QUrl &url);
    /// A POST/PUT/PATCH with a JSON body (Content-Type application/json).
    static ApiRequest json(const QByteArray &method, const QUrl &url, const QJsonDocument &body);
    /// A POST with an application/x-www-form-urlencoded body.
    static ApiRequest form(const QUrl &url, const QList<QPair<QString, QString>> &fields);

    /// Sets (replaces) a header.
    ApiRequest &setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(QByteArrayView name) const;

    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    /// The answer must be JSON (empty bodies excepted); unreadable JSON is a Malformed error.
    bool expectJson = true;
    /// Apply the AuthProvider and re-authenticate once on 401 (off for the token call itself).
    bool useAuth = true;
    /// Wait for the rate limiter before each attempt.
    bool useLimiter = true;
    /// Longest time one attempt may take, from sending to the last byte.
    int timeoutMs = 30'000;
    /// Largest answer body read; a longer answer is aborted as it arrives and the call fails
    /// with ApiError::answerTooLarge (Kind::Malformed).
    qint64 maxBodyBytes = kDefaultMaxBodyBytes;
    /// A successful (2xx) answer body goes to a temporary file as it arrives, never to memory
    /// (ApiResponse::bodyFile; body stays empty): whole-list CSV downloads. Error answers are
    /// still read into body.
    bool spoolBody = false;
    /// Whether the call may be sent again after the server answered 2xx with a body that
    /// could not be read (cut off, over the cap, not JSON). False for writes that create
    /// records: the server has most likely applied them, and a repeat would create them twice.
    bool repeatAfterAnswer = true;
    /// Short name for logs, e.g. "list contacts".
    QString operation;
};

} // namespace LeadBridge
