#pragma once

#include "core/net/ApiError.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QTemporaryFile>

#include <memory>

namespace LeadBridge {

/// The one result of an ApiJob: the last answer (status, headers, body, parsed JSON) or
/// the error, plus what it cost (attempts, time waiting on the limiter and on backoff).
class ApiResponse
{
public:
    bool ok() const { return !error.isError(); }
    /// Header value by case-insensitive name; empty if absent.
    QByteArray header(QByteArrayView name) const;

    int status = 0; ///< HTTP status of the last answer, 0 when none arrived
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    /// The body of a spooled download (ApiRequest::spoolBody), open for reading at its start;
    /// the file is removed when the last copy of the response is gone. Null otherwise.
    std::shared_ptr<QTemporaryFile> bodyFile;
    QJsonDocument json; ///< parsed body when the request expected JSON
    ApiError error; ///< kind None on success
    int attempts = 0; ///< HTTP calls sent (including a replay after re-authentication)
    int redirects = 0; ///< same-origin redirects followed
    qint64 limiterWaitMs = 0; ///< time spent waiting for rate-limiter slots
    qint64 backoffWaitMs = 0; ///< time spent waiting between attempts
    qint64 elapsedMs = 0; ///< from start to result
};

} // namespace LeadBridge

Q_DECLARE_METATYPE(LeadBridge::ApiResponse)
