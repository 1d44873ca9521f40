#pragma once

#include "core/net/ApiError.h"

#include <QNetworkRequest>

#include <functional>

namespace LeadBridge {

/// How a connector plugs its sign-in into HttpClient: applyTo() adds the current
/// credentials to each attempt (Authorization header, ON24 token headers, session id),
/// refresh() gets fresh ones asynchronously. On a 401 the job asks for one refresh and
/// replays the call exactly once; a second 401 ends it with an Auth error (no loop).
class AuthProvider
{
public:
    /// Called once with a default-constructed ApiError on success, or the reason it failed.
    using RefreshDone = std::function<void(const ApiError &error)>;

    virtual ~AuthProvider();

    /// Adds the current credentials to @p request.
    virtual void applyTo(QNetworkRequest &request) const = 0;
    /// Obtains new credentials without blocking and calls @p done exactly once, from the
    /// event loop of the provider's thread. HttpClient coalesces concurrent refreshes.
    virtual void refresh(RefreshDone done) = 0;
};

} // namespace LeadBridge
