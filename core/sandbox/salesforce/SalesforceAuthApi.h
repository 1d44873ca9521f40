#pragma once

#include "core/sandbox/salesforce/SalesforceApi.h"

namespace LeadBridge::Sandbox {

/// The Salesforce emulator's sign-in: OAuth 2.0 token, authorize and revoke endpoints, SOAP
/// partner login(), the identity URL and the Login History it keeps.
class SalesforceAuthApi : public SalesforceApi
{
public:
    using SalesforceApi::SalesforceApi;

    bool checkPassword(
        const QString &username, const QString &password, int *userRow, bool *needsToken) const;
    QString newSessionToken(int userRow);
    QJsonObject issueToken(
        int userRow, const QString &clientSecret, bool withRefresh, const QString &scope);
    SandboxResponse oauthToken(const SandboxRequest &request);
    SandboxResponse oauthAuthorize(const SandboxRequest &request);
    SandboxResponse oauthRevoke(const SandboxRequest &request);
    SandboxResponse soapLogin(const SandboxRequest &request);
    SandboxResponse identity(const SandboxRequest &request);
    void recordLogin(const QString &username, const QString &loginType, const QString &status);
};

} // namespace LeadBridge::Sandbox
