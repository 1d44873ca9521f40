#pragma once

#include "core/net/ApiError.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

namespace LeadBridge {

class SalesforceOAuthSignIn;

/// Signing a Salesforce account in through the system browser, for the link dialog: the
/// engine's face of the connector's SalesforceOAuthSignIn (OAuth 2.0 authorization code with
/// PKCE and a loopback redirect), so the window never drives a connector itself. Runs on the
/// GUI thread: start() emits authorizeUrl(), the window opens it, the person approves, and
/// finished() reports exactly once per start() with the tokens to keep or an ApiError
/// (refused, cancelled, timed out) whose sentence the window shows.
class BrowserSignIn : public QObject
{
    Q_OBJECT
public:
    /// What a successful sign-in yields; the refresh token goes to the keychain on save.
    struct Result
    {
        QString refreshToken;
        QUrl instanceUrl;
    };

    explicit BrowserSignIn(QObject *parent = nullptr);
    ~BrowserSignIn() override;

    /// Loopback port of the redirect (0 = any free port; default 1717, which the connected
    /// app registers as http://127.0.0.1:1717/callback).
    void setPort(quint16 port);
    quint16 port() const;
    /// The connected app's consumer secret, sent with the code exchange when not empty.
    void setClientSecret(const QString &secret);
    /// The account's name, used in error sentences.
    void setAccountLabel(const QString &label);
    bool isRunning() const;

    /// Starts a sign-in against @p loginUrl for the connected app @p clientId (a running one
    /// is cancelled first).
    void start(const QUrl &loginUrl, const QString &clientId);
    /// Stops waiting; finished() reports Cancelled.
    void cancel();

Q_SIGNALS:
    /// Open this address in the system browser.
    void authorizeUrl(const QUrl &url);
    /// Exactly once per start(). @p error is None on success.
    void finished(
        const LeadBridge::BrowserSignIn::Result &result, const LeadBridge::ApiError &error);

private:
    SalesforceOAuthSignIn *m_signIn;
};

} // namespace LeadBridge

Q_DECLARE_METATYPE(LeadBridge::BrowserSignIn::Result)
