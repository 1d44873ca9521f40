#pragma once

#include <QString>
#include <QUrl>
#include <QVariantMap>

namespace LeadBridge::Sandbox {

/// Where one running emulator answers and how to sign in to it: a plain value,
/// safe to copy between threads.
struct SandboxEndpoint
{
    QString name; ///< "on24", "acton", "salesforce" or "pipeliner"
    QUrl baseUrl; ///< http://127.0.0.1:<port>
    /// The emulator's documented demo credentials (e.g. "username"/"password",
    /// "accessTokenKey"/"accessTokenSecret", "clientIds"), as strings.
    QVariantMap credentials;
};

} // namespace LeadBridge::Sandbox
