#include "core/engine/BrowserSignIn.h"

#include "core/connectors/salesforce/SalesforceOAuthSignIn.h"

namespace LeadBridge {

BrowserSignIn::BrowserSignIn(QObject *parent)
    : QObject(parent)
    , m_signIn(new SalesforceOAuthSignIn(this))
{
    connect(m_signIn, &SalesforceOAuthSignIn::authorizeUrl, this, &BrowserSignIn::authorizeUrl);
    connect(m_signIn, &SalesforceOAuthSignIn::finished, this,
        [this](const SalesforceOAuthSignIn::Result &signedIn, const ApiError &error) {
            Q_EMIT finished(Result { signedIn.refreshToken, signedIn.instanceUrl }, error);
        });
}

BrowserSignIn::~BrowserSignIn() = default;

void BrowserSignIn::setPort(quint16 port)
{
    m_signIn->setPort(port);
}

quint16 BrowserSignIn::port() const
{
    return m_signIn->port();
}

void BrowserSignIn::setClientSecret(const QString &secret)
{
    m_signIn->setClientSecret(secret);
}

void BrowserSignIn::setAccountLabel(const QString &label)
{
    m_signIn->setAccountLabel(label);
}

bool BrowserSignIn::isRunning() const
{
    return m_signIn->isRunning();
}

void BrowserSignIn::start(const QUrl &loginUrl, const QString &clientId)
{
    m_signIn->start(loginUrl, clientId);
}

void BrowserSignIn::cancel()
{
    m_signIn->cancel();
}

} // namespace LeadBridge
