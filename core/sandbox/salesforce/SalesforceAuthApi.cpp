#include "core/sandbox/salesforce/SalesforceAuthApi.h"

#include "core/sandbox/salesforce/SalesforceWire.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <QUrlQuery>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace LeadBridge::Sandbox {

using namespace SalesforceWire;

bool SalesforceAuthApi::checkPassword(
    const QString &username, const QString &password, int *userRow, bool *needsToken) const
{
    *needsToken = false;
    if (username.compare(SalesforceEmulator::demoUsername(), Qt::CaseInsensitive) != 0)
        return false;
    *userRow = 0;
    if (password == SalesforceEmulator::demoPassword() + SalesforceEmulator::demoSecurityToken())
        return true;
    if (password == SalesforceEmulator::demoPassword())
        *needsToken = true;
    return false;
}

QString SalesforceAuthApi::newSessionToken(int userRow)
{
    const QString token = kOrgId15 + u"!AQ"_s + base62Token(m_sf.rng(), 94);
    m_sf.m_sessions.insert(
        token, Session { userRow, m_sf.now().toMSecsSinceEpoch() + m_sf.sessionLifetimeMs() });
    return token;
}

QJsonObject SalesforceAuthApi::issueToken(
    int userRow, const QString &clientSecret, bool withRefresh, const QString &scope)
{
    const QString base = m_sf.baseUrl().toString();
    const QString idUrl = base + u"/id/"_s + SalesforceEmulator::organizationId() + u"/"_s
        + m_sf.users().idOf(userRow);
    const QString issuedAt = QString::number(m_sf.now().toMSecsSinceEpoch());
    const QByteArray sig = QMessageAuthenticationCode::hash(
        (idUrl + issuedAt).toUtf8(), clientSecret.toUtf8(), QCryptographicHash::Sha256)
                               .toBase64();
    QJsonObject o { { u"access_token"_s, newSessionToken(userRow) }, { u"instance_url"_s, base },
        { u"id"_s, idUrl }, { u"token_type"_s, u"Bearer"_s }, { u"issued_at"_s, issuedAt },
        { u"signature"_s, QString::fromLatin1(sig) } };
    if (!scope.isEmpty())
        o.insert(u"scope"_s, scope);
    if (withRefresh) {
        const QString refresh = u"5Aep861"_s + base62Token(m_sf.rng(), 80);
        m_sf.m_refreshTokens.insert(refresh, userRow);
        o.insert(u"refresh_token"_s, refresh);
    }
    return o;
}

SandboxResponse SalesforceAuthApi::oauthToken(const SandboxRequest &request)
{
    auto param = [&request](const char16_t *name) {
        const QString v = request.form(QStringView(name));
        return v.isEmpty() ? request.query(QStringView(name)) : v;
    };
    const QString grant = param(u"grant_type");
    const QString clientId = param(u"client_id");
    const QString clientSecret = param(u"client_secret");
    if (grant.isEmpty())
        return SandboxResponse::oauthError(
            400, u"unsupported_grant_type"_s, u"grant type not supported"_s);
    if (grant != u"password" && grant != u"refresh_token" && grant != u"authorization_code")
        return SandboxResponse::oauthError(
            400, u"unsupported_grant_type"_s, u"grant type not supported"_s);
    if (clientId != SalesforceEmulator::demoClientId())
        return SandboxResponse::oauthError(
            400, u"invalid_client_id"_s, u"client identifier invalid"_s);

    if (grant == u"password") {
        if (clientSecret != SalesforceEmulator::demoClientSecret())
            return SandboxResponse::oauthError(
                400, u"invalid_client"_s, u"invalid client credentials"_s);
        // An org that blocks the username-password flow answers exactly as for a wrong
        // password; only Login History tells the two apart ("Username-Password Flow
        // Disabled"). Sources: blog.enree.co/?p=2693, openillumi.com/?p=43376 (third-party
        // write-ups; Salesforce help "Block Authorization Flows to Improve Security").
        // Checked after the client (assumption: no source orders the two checks).
        if (m_sf.m_app.usernamePasswordFlowDisabled) {
            recordLogin(
                param(u"username"), u"Remote Access 2.0"_s, u"Username-Password Flow Disabled"_s);
            return SandboxResponse::oauthError(
                400, u"invalid_grant"_s, u"authentication failure"_s);
        }
        int userRow = 0;
        bool needsToken = false;
        if (!checkPassword(param(u"username"), param(u"password"), &userRow, &needsToken)) {
            recordLogin(param(u"username"), u"Remote Access 2.0"_s, u"Invalid Password"_s);
            return SandboxResponse::oauthError(
                400, u"invalid_grant"_s, u"authentication failure"_s);
        }
        recordLogin(param(u"username"), u"Remote Access 2.0"_s, u"Success"_s);
        return SandboxResponse::json(200, issueToken(userRow, clientSecret, false, {}));
    }
    // "Require Secret for Web Server Flow" / "Require Secret for Refresh Token Flow": without
    // client_secret the token endpoint refuses the client as a wrong secret does,
    // {"error":"invalid_client","error_description":"invalid client credentials"} (observed
    // answer for a code exchange without the secret: DuendeArchive/IdentityModel.OidcClient
    // issue #121; settings: Salesforce help "Enable OAuth Settings for API Integration",
    // REST API guide "OAuth refresh token flow": client_secret "required unless the Require
    // Secret ... setting is not enabled"). HTTP 400 as for a wrong secret (assumption).
    if (grant == u"refresh_token") {
        if (!clientSecret.isEmpty() && clientSecret != SalesforceEmulator::demoClientSecret())
            return SandboxResponse::oauthError(
                400, u"invalid_client"_s, u"invalid client credentials"_s);
        if (clientSecret.isEmpty() && m_sf.m_app.requireSecretForRefreshTokenFlow)
            return SandboxResponse::oauthError(
                400, u"invalid_client"_s, u"invalid client credentials"_s);
        const auto it = m_sf.m_refreshTokens.constFind(param(u"refresh_token"));
        if (it == m_sf.m_refreshTokens.constEnd())
            return SandboxResponse::oauthError(
                400, u"invalid_grant"_s, u"expired access/refresh token"_s);
        return SandboxResponse::json(200,
            issueToken(
                it.value(), SalesforceEmulator::demoClientSecret(), false, u"refresh_token api"_s));
    }
    // authorization_code (+ PKCE)
    if (!clientSecret.isEmpty() && clientSecret != SalesforceEmulator::demoClientSecret())
        return SandboxResponse::oauthError(
            400, u"invalid_client"_s, u"invalid client credentials"_s);
    if (clientSecret.isEmpty() && m_sf.m_app.requireSecretForWebServerFlow)
        return SandboxResponse::oauthError(
            400, u"invalid_client"_s, u"invalid client credentials"_s);
    const QString code = param(u"code");
    const auto it = m_sf.m_codes.constFind(code);
    if (it == m_sf.m_codes.constEnd() || m_sf.now().toMSecsSinceEpoch() >= it->expiresMs) {
        m_sf.m_codes.remove(code);
        return SandboxResponse::oauthError(
            400, u"invalid_grant"_s, u"invalid authorization code"_s);
    }
    const AuthCode ac = it.value();
    m_sf.m_codes.remove(code); // single use
    if (ac.clientId != clientId || param(u"redirect_uri") != ac.redirectUri)
        return SandboxResponse::oauthError(
            400, u"invalid_grant"_s, u"redirect_uri must match configuration"_s);
    if (!ac.challenge.isEmpty()) {
        const QString verifier = param(u"code_verifier");
        QString computed = verifier;
        if (ac.method.compare(u"S256"_s, Qt::CaseInsensitive) == 0) {
            computed = QString::fromLatin1(
                QCryptographicHash::hash(verifier.toUtf8(), QCryptographicHash::Sha256)
                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        }
        if (verifier.isEmpty() || computed != ac.challenge)
            return SandboxResponse::oauthError(400, u"invalid_grant"_s, u"invalid code verifier"_s);
    } else if (clientSecret.isEmpty()) {
        return SandboxResponse::oauthError(
            400, u"invalid_client"_s, u"invalid client credentials"_s);
    }
    return SandboxResponse::json(200,
        issueToken(
            ac.userRow, SalesforceEmulator::demoClientSecret(), true, u"refresh_token api"_s));
}

SandboxResponse SalesforceAuthApi::oauthAuthorize(const SandboxRequest &request)
{
    auto param = [&request](const char16_t *name) {
        const QString v = request.query(QStringView(name));
        return v.isEmpty() ? request.form(QStringView(name)) : v;
    };
    const QString clientId = param(u"client_id");
    const QString redirect = param(u"redirect_uri");
    auto page = [](int status, const QString &text) {
        return SandboxResponse::raw(status, "text/html;charset=UTF-8",
            (u"<html><head><title>Salesforce sandbox</title></head><body><p>"_s
                + text.toHtmlEscaped() + u"</p></body></html>"_s)
                .toUtf8());
    };
    if (clientId != SalesforceEmulator::demoClientId())
        return page(400, u"error=invalid_client_id&error_description=client identifier invalid"_s);
    const QUrl target(redirect);
    if (redirect.isEmpty() || !target.isValid() || target.scheme().isEmpty())
        return page(400,
            u"error=redirect_uri_mismatch&error_description=redirect_uri must match configuration"_s);
    QUrlQuery q(target);
    const QString state = param(u"state");
    const QString responseType = param(u"response_type");
    const QString method = param(u"code_challenge_method");
    if (responseType != u"code") {
        q.addQueryItem(u"error"_s, u"unsupported_response_type"_s);
        q.addQueryItem(u"error_description"_s, u"response type not supported"_s);
    } else if (!method.isEmpty() && method != u"S256" && method != u"plain") {
        q.addQueryItem(u"error"_s, u"invalid_request"_s);
        q.addQueryItem(u"error_description"_s, u"invalid code_challenge_method"_s);
    } else {
        const QString code = u"aPrx"_s + base62Token(m_sf.rng(), 60);
        m_sf.m_codes.insert(code,
            AuthCode { clientId, redirect, param(u"code_challenge"),
                method.isEmpty() ? u"plain"_s : method, 0,
                m_sf.now().toMSecsSinceEpoch() + 15 * 60 * 1000 });
        q.addQueryItem(u"code"_s, code);
    }
    if (!state.isEmpty())
        q.addQueryItem(u"state"_s, state);
    QUrl location = target;
    location.setQuery(q);
    SandboxResponse r = SandboxResponse::raw(302, "text/html;charset=UTF-8", {});
    r.setHeader("Location", location.toString(QUrl::FullyEncoded).toUtf8());
    return r;
}

SandboxResponse SalesforceAuthApi::oauthRevoke(const SandboxRequest &request)
{
    QString token = request.form(u"token");
    if (token.isEmpty())
        token = request.query(u"token");
    const bool known = m_sf.m_sessions.remove(token) > 0 || m_sf.m_refreshTokens.remove(token) > 0;
    if (!known)
        return SandboxResponse::oauthError(
            400, u"unsupported_token_type"_s, u"this token type is not supported"_s);
    return SandboxResponse::empty(200);
}

SandboxResponse SalesforceAuthApi::soapLogin(const SandboxRequest &request)
{
    auto fault = [](const QString &code, const QString &message) {
        const QString xml
            = u"<?xml version=\"1.0\" encoding=\"UTF-8\"?><soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:sf=\"urn:fault.partner.soap.sforce.com\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><soapenv:Body><soapenv:Fault><faultcode>sf:"_s
            + code + u"</faultcode><faultstring>"_s + code + u": "_s + soapEscape(message)
            + u"</faultstring><detail><sf:LoginFault xsi:type=\"sf:LoginFault\"><sf:exceptionCode>"_s
            + code + u"</sf:exceptionCode><sf:exceptionMessage>"_s + soapEscape(message)
            + u"</sf:exceptionMessage></sf:LoginFault></detail></soapenv:Fault></soapenv:Body></soapenv:Envelope>"_s;
        return SandboxResponse::raw(500, "text/xml;charset=UTF-8", xml.toUtf8());
    };
    QXmlStreamReader xml(request.body);
    QString username;
    QString password;
    bool inLogin = false;
    bool sawLogin = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"login") {
                inLogin = true;
                sawLogin = true;
            } else if (inLogin && name == u"username") {
                username = xml.readElementText();
            } else if (inLogin && name == u"password") {
                password = xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == u"login") {
            inLogin = false;
        }
    }
    if (xml.hasError() || !sawLogin) {
        const QString xmlFault
            = u"<?xml version=\"1.0\" encoding=\"UTF-8\"?><soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body><soapenv:Fault><faultcode>soapenv:Client</faultcode><faultstring>"_s
            + soapEscape(
                xml.hasError() ? xml.errorString() : u"No operation available for request"_s)
            + u"</faultstring></soapenv:Fault></soapenv:Body></soapenv:Envelope>"_s;
        return SandboxResponse::raw(500, "text/xml;charset=UTF-8", xmlFault.toUtf8());
    }
    // login() is not offered in API 65.0 and later (Salesforce help 005132110 "Platform SOAP
    // API login() Retirement"; SOAP API guide "login()": "remains available in API version
    // 64.0 and earlier"). The fault for such a version is the documented one for an
    // operation a version does not offer, 500 UNSUPPORTED_API_VERSION (SOAP API End-of-Life
    // Policy); its fault string is an assumption.
    {
        bool versionOk = false;
        const double v = request.param(u"version"_s).toDouble(&versionOk);
        if (!versionOk || v > SalesforceEmulator::kLastSoapLoginVersion) {
            const QString xmlFault
                = u"<?xml version=\"1.0\" encoding=\"UTF-8\"?><soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:sf=\"urn:fault.partner.soap.sforce.com\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><soapenv:Body><soapenv:Fault><faultcode>sf:UNSUPPORTED_API_VERSION</faultcode><faultstring>UNSUPPORTED_API_VERSION: login() is not available in API version "_s
                + soapEscape(request.param(u"version"_s))
                + u"</faultstring><detail><sf:UnexpectedErrorFault xsi:type=\"sf:UnexpectedErrorFault\"><sf:exceptionCode>UNSUPPORTED_API_VERSION</sf:exceptionCode><sf:exceptionMessage>login() is not available in API version "_s
                + soapEscape(request.param(u"version"_s))
                + u"</sf:exceptionMessage></sf:UnexpectedErrorFault></detail></soapenv:Fault></soapenv:Body></soapenv:Envelope>"_s;
            return SandboxResponse::raw(500, "text/xml;charset=UTF-8", xmlFault.toUtf8());
        }
    }
    int userRow = 0;
    bool needsToken = false;
    if (!checkPassword(username, password, &userRow, &needsToken)) {
        recordLogin(username, u"SOAP login()"_s, u"Invalid Password"_s);
        if (needsToken)
            return fault(u"LOGIN_MUST_USE_SECURITY_TOKEN"_s,
                u"Invalid username, password, security token; or user locked out. Are you at a new location? When accessing Salesforce--either via a desktop client or the API--from outside of your company’s trusted networks, you must add a security token to your password to log in. To get your new security token, log in to Salesforce. From your personal settings, enter Reset My Security Token in the Quick Find box, then select Reset My Security Token."_s);
        return fault(u"INVALID_LOGIN"_s,
            u"Invalid username, password, security token; or user locked out."_s);
    }
    recordLogin(username, u"SOAP login()"_s, u"Success"_s);
    const QString ver = request.param(u"version"_s);
    const QString base = m_sf.baseUrl().toString();
    const QString session = newSessionToken(userRow);
    const SObjectTable &u = m_sf.users();
    const QString userId = u.idOf(userRow);
    const QString fullName = QString(u.text(userRow, u.def().field(u"FirstName")->slot) + u" "_s
        + u.text(userRow, u.def().field(u"LastName")->slot))
                                 .trimmed();
    const int validSecs = int(m_sf.sessionLifetimeMs() / 1000);
    const QString body
        = u"<?xml version=\"1.0\" encoding=\"UTF-8\"?><soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns=\"urn:partner.soap.sforce.com\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><soapenv:Body><loginResponse><result>"_s
        + u"<metadataServerUrl>"_s + base + u"/services/Soap/m/"_s + ver + u"/"_s + kOrgId15
        + u"</metadataServerUrl>"_s
        + u"<passwordExpired>false</passwordExpired><sandbox>true</sandbox>"_s + u"<serverUrl>"_s
        + base + u"/services/Soap/u/"_s + ver + u"/"_s + kOrgId15 + u"</serverUrl>"_s
        + u"<sessionId>"_s + session + u"</sessionId>"_s + u"<userId>"_s + userId + u"</userId>"_s
        + u"<userInfo><accessibilityMode>false</accessibilityMode><currencySymbol>$</currencySymbol><orgAttachmentFileSizeLimit>5242880</orgAttachmentFileSizeLimit><orgDefaultCurrencyIsoCode>USD</orgDefaultCurrencyIsoCode><orgDisallowHtmlAttachments>false</orgDisallowHtmlAttachments><orgHasPersonAccounts>false</orgHasPersonAccounts>"_s
        + u"<organizationId>"_s + SalesforceEmulator::organizationId()
        + u"</organizationId><organizationMultiCurrency>false</organizationMultiCurrency><organizationName>LeadBridge Sandbox</organizationName><profileId>00e8d0000000001AAA</profileId><roleId xsi:nil=\"true\"/>"_s
        + u"<sessionSecondsValid>"_s + QString::number(validSecs)
        + u"</sessionSecondsValid><userDefaultCurrencyIsoCode xsi:nil=\"true\"/>"_s
        + u"<userEmail>"_s + soapEscape(u.text(userRow, u.def().field(u"Email")->slot))
        + u"</userEmail><userFullName>"_s + soapEscape(fullName) + u"</userFullName><userId>"_s
        + userId
        + u"</userId><userLanguage>en_US</userLanguage><userLocale>en_US</userLocale><userName>"_s
        + soapEscape(u.text(userRow, u.def().field(u"Username")->slot))
        + u"</userName><userTimeZone>America/Los_Angeles</userTimeZone><userType>Standard</userType><userUiSkin>Theme3</userUiSkin></userInfo></result></loginResponse></soapenv:Body></soapenv:Envelope>"_s;
    return SandboxResponse::raw(200, "text/xml;charset=UTF-8", body.toUtf8());
}

SandboxResponse SalesforceAuthApi::identity(const SandboxRequest &request)
{
    const Session *s = m_sf.sessionFor(request);
    if (!s)
        return SandboxResponse::raw(403, "text/plain;charset=UTF-8", "Bad_OAuth_Token");
    const SObjectTable &u = m_sf.users();
    const int row = u.rowOf(request.param(u"user"_s));
    if (request.param(u"org"_s) != SalesforceEmulator::organizationId() || row != s->userRow)
        return SandboxResponse::raw(403, "text/plain;charset=UTF-8", "Bad_Id");
    const QString base = m_sf.baseUrl().toString();
    auto f
        = [&](const char16_t *name) { return u.text(row, u.def().field(QStringView(name))->slot); };
    const QString rest = base + u"/services/data/v{version}/"_s;
    return SandboxResponse::json(200,
        QJsonObject { { u"id"_s, QString(base + request.path) }, { u"asserted_user"_s, true },
            { u"user_id"_s, u.idOf(row) },
            { u"organization_id"_s, SalesforceEmulator::organizationId() },
            { u"username"_s, f(u"Username") }, { u"nick_name"_s, f(u"Alias") },
            { u"display_name"_s, QString(f(u"FirstName") + u" "_s + f(u"LastName")).trimmed() },
            { u"email"_s, f(u"Email") }, { u"email_verified"_s, true },
            { u"first_name"_s, f(u"FirstName") }, { u"last_name"_s, f(u"LastName") },
            { u"timezone"_s, u"America/Los_Angeles"_s }, { u"active"_s, true },
            { u"user_type"_s, u"STANDARD"_s }, { u"language"_s, u"en_US"_s },
            { u"locale"_s, u"en_US"_s }, { u"utcOffset"_s, -28800000 },
            { u"urls"_s,
                QJsonObject { { u"rest"_s, rest },
                    { u"sobjects"_s, QString(rest + u"sobjects/"_s) },
                    { u"query"_s, QString(rest + u"query/"_s) },
                    { u"partner"_s,
                        QString(base + u"/services/Soap/u/{version}/"_s + kOrgId15) } } },
            { u"is_app_installed"_s, true } });
}

void SalesforceAuthApi::recordLogin(
    const QString &username, const QString &loginType, const QString &status)
{
    constexpr qsizetype kKept = 1000;
    if (m_sf.m_loginHistory.size() >= kKept)
        m_sf.m_loginHistory.removeFirst();
    m_sf.m_loginHistory.append(
        LoginAttempt { username, loginType, status, m_sf.now().toMSecsSinceEpoch() });
}

} // namespace LeadBridge::Sandbox
