#include "core/sandbox/salesforce/SalesforceEmulator.h"

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

namespace {
const QByteArray kJsonType = QByteArrayLiteral("application/json;charset=UTF-8");
const QString kOrgId15 = u"00D8d0000000001"_s;
constexpr int kMaxCollection = 200;
constexpr int kMaxCursors = 50;
const QString kReportId15 = u"00O8d0000000001"_s;

void appendJsonString(QByteArray &out, QByteArrayView s)
{
    out.append('"');
    qsizetype start = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(s.sliced(start, i - start));
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default: {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out.append(buf);
        }
        }
        start = i + 1;
    }
    out.append(s.sliced(start));
    out.append('"');
}

QString base62Token(QRandomGenerator &rng, int n)
{
    static const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    QString s;
    s.reserve(n);
    for (int i = 0; i < n; ++i)
        s.append(QLatin1Char(alphabet[rng.bounded(62)]));
    return s;
}

QByteArray csvQuote(QByteArrayView v)
{
    QByteArray out;
    out.reserve(v.size() + 2);
    out.append('"');
    for (char c : v) {
        if (c == '"')
            out.append('"');
        out.append(c);
    }
    out.append('"');
    return out;
}

char delimiterChar(const QString &name)
{
    if (name == u"TAB")
        return '\t';
    if (name == u"SEMICOLON")
        return ';';
    if (name == u"PIPE")
        return '|';
    if (name == u"CARET")
        return '^';
    if (name == u"BACKQUOTE")
        return '`';
    return ',';
}

// RFC 4180 reader: quoted fields, doubled quotes, LF or CRLF rows.
QList<QList<QByteArray>> parseCsv(const QByteArray &data, char delim, bool *ok)
{
    QList<QList<QByteArray>> rows;
    QList<QByteArray> row;
    QByteArray field;
    bool quoted = false;
    bool fieldStarted = false;
    *ok = true;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data.at(i);
        if (quoted) {
            if (c == '"') {
                if (i + 1 < data.size() && data.at(i + 1) == '"') {
                    field.append('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
            continue;
        }
        if (c == '"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == delim) {
            row.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < data.size() && data.at(i + 1) == '\n')
                ++i;
            row.append(field);
            field.clear();
            fieldStarted = false;
            rows.append(row);
            row.clear();
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (quoted)
        *ok = false;
    if (fieldStarted || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

bool validEmail(const QString &s)
{
    static const QRegularExpression re(
        u"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"_s);
    return re.match(s).hasMatch();
}

QString jsonValueText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::floor(d) == d && std::fabs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    return {};
}

QString seasonLabel(int v)
{
    static const char *seasons[] = { "Winter", "Spring", "Summer" };
    const int off = v - 50;
    const int idx = ((off % 3) + 3) % 3;
    const int year = 21 + int(std::floor(off / 3.0));
    return QString::fromLatin1(seasons[idx]) + u" '"_s
        + QString::number(year).rightJustified(2, u'0');
}

qint64 parseIsoMs(QString s, bool *ok)
{
    s.replace(u' ', u'+'); // an unencoded '+' arrives as a space
    static const QRegularExpression compactOffset(u"([+-]\\d{2})(\\d{2})$"_s);
    if (!s.endsWith(u'Z') && s.size() > 19)
        s.replace(compactOffset, u"\\1:\\2"_s);
    QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(s, Qt::ISODate);
    *ok = dt.isValid();
    return dt.isValid() ? dt.toMSecsSinceEpoch() : 0;
}

QString soapEscape(const QString &s)
{
    return s.toHtmlEscaped();
}
} // namespace

SalesforceEmulator::SalesforceEmulator(QObject *parent)
    : Emulator(u"salesforce"_s, parent)
{
    for (const SfObject &o : SalesforceSchema::objects()) {
        m_tables.push_back(std::make_unique<SObjectTable>(&o));
        m_byName.insert(o.name.toLower(), m_tables.back().get());
    }
    clearAll();

    // Login host.
    addRoute("POST", u"/services/oauth2/token"_s, u"oauth.token"_s,
        [this](const SandboxRequest &r) { return oauthToken(r); });
    addRoute("GET", u"/services/oauth2/authorize"_s, u"oauth.authorize"_s,
        [this](const SandboxRequest &r) { return oauthAuthorize(r); });
    addRoute("POST", u"/services/oauth2/authorize"_s, u"oauth.authorize"_s,
        [this](const SandboxRequest &r) { return oauthAuthorize(r); });
    addRoute("POST", u"/services/oauth2/revoke"_s, u"oauth.revoke"_s,
        [this](const SandboxRequest &r) { return oauthRevoke(r); });
    addRoute("GET", u"/services/oauth2/revoke"_s, u"oauth.revoke"_s,
        [this](const SandboxRequest &r) { return oauthRevoke(r); });
    addRoute("POST", u"/services/Soap/u/{version}"_s, u"soap.login"_s,
        [this](const SandboxRequest &r) { return soapLogin(r); });
    addRoute("POST", u"/services/Soap/c/{version}"_s, u"soap.login"_s,
        [this](const SandboxRequest &r) { return soapLogin(r); });
    addRoute("GET", u"/id/{org}/{user}"_s, u"identity"_s,
        [this](const SandboxRequest &r) { return identity(r); });
    addRoute("POST", u"/id/{org}/{user}"_s, u"identity"_s,
        [this](const SandboxRequest &r) { return identity(r); });
    addRoute("GET", u"/services/data"_s, u"versions"_s,
        [this](const SandboxRequest &r) { return versions(r); });

    // REST (order matters: fixed segments before {id}).
    auto plain = [this](SandboxResponse (SalesforceEmulator::*fn)(const SandboxRequest &)) {
        return [this, fn](const SandboxRequest &r, const Session &) { return (this->*fn)(r); };
    };
    auto withSession = [this](SandboxResponse (SalesforceEmulator::*fn)(
                           const SandboxRequest &, const Session &)) {
        return [this, fn](const SandboxRequest &r, const Session &s) { return (this->*fn)(r, s); };
    };
    addRest("GET", u""_s, u"rest.resources"_s, plain(&SalesforceEmulator::resources));
    addRest("GET", u"/limits"_s, u"rest.limits"_s, plain(&SalesforceEmulator::limits));
    addRest("GET", u"/sobjects"_s, u"rest.describeGlobal"_s,
        plain(&SalesforceEmulator::describeGlobal));
    addRest(
        "GET", u"/sobjects/{object}"_s, u"rest.sobject"_s, plain(&SalesforceEmulator::sobjectInfo));
    addRest("POST", u"/sobjects/{object}"_s, u"rest.create"_s,
        withSession(&SalesforceEmulator::createOne));
    addRest("GET", u"/sobjects/{object}/describe"_s, u"rest.describe"_s,
        plain(&SalesforceEmulator::describe));
    addRest("GET", u"/sobjects/{object}/updated"_s, u"rest.updated"_s,
        plain(&SalesforceEmulator::updated));
    addRest("GET", u"/sobjects/{object}/deleted"_s, u"rest.deleted"_s,
        plain(&SalesforceEmulator::deleted));
    addRest("GET", u"/sobjects/{object}/{id}"_s, u"rest.retrieve"_s,
        plain(&SalesforceEmulator::retrieveOne));
    addRest("PATCH", u"/sobjects/{object}/{id}"_s, u"rest.update"_s,
        withSession(&SalesforceEmulator::updateOne));
    addRest("DELETE", u"/sobjects/{object}/{id}"_s, u"rest.delete"_s,
        plain(&SalesforceEmulator::deleteOne));
    addRest("PATCH", u"/sobjects/{object}/{field}/{value}"_s, u"rest.upsert"_s,
        withSession(&SalesforceEmulator::upsertOne));
    addRest("POST", u"/sobjects/{object}/{field}/{value}"_s, u"rest.upsert"_s,
        withSession(&SalesforceEmulator::upsertOne));
    addRest("GET", u"/query"_s, u"rest.query"_s,
        [this](const SandboxRequest &r, const Session &) { return query(r, false); });
    addRest("GET", u"/queryAll"_s, u"rest.queryAll"_s,
        [this](const SandboxRequest &r, const Session &) { return query(r, true); });
    addRest(
        "GET", u"/query/{locator}"_s, u"rest.queryMore"_s, plain(&SalesforceEmulator::queryMore));
    addRest("GET", u"/queryAll/{locator}"_s, u"rest.queryMore"_s,
        plain(&SalesforceEmulator::queryMore));
    addRest("POST", u"/composite/sobjects"_s, u"rest.collections.create"_s,
        withSession(&SalesforceEmulator::collectionCreate));
    addRest("PATCH", u"/composite/sobjects"_s, u"rest.collections.update"_s,
        withSession(&SalesforceEmulator::collectionUpdate));
    addRest("DELETE", u"/composite/sobjects"_s, u"rest.collections.delete"_s,
        plain(&SalesforceEmulator::collectionDelete));
    addRest("GET", u"/composite/sobjects/{object}"_s, u"rest.collections.retrieve"_s,
        plain(&SalesforceEmulator::collectionRetrieve));
    addRest("POST", u"/composite/sobjects/{object}"_s, u"rest.collections.retrieve"_s,
        plain(&SalesforceEmulator::collectionRetrieve));
    addRest("PATCH", u"/composite/sobjects/{object}/{field}"_s, u"rest.collections.upsert"_s,
        withSession(&SalesforceEmulator::collectionUpsert));
    addRest("GET", u"/analytics/reports"_s, u"rest.reports.list"_s,
        plain(&SalesforceEmulator::reportList));
    addRest("GET", u"/analytics/reports/{id}"_s, u"rest.reports.run"_s,
        plain(&SalesforceEmulator::reportRun));
    addRest("POST", u"/analytics/reports/{id}"_s, u"rest.reports.run"_s,
        plain(&SalesforceEmulator::reportRun));
    addRest("GET", u"/analytics/reports/{id}/describe"_s, u"rest.reports.describe"_s,
        plain(&SalesforceEmulator::reportDescribe));

    // Bulk API 2.0.
    addRest("POST", u"/jobs/ingest"_s, u"bulk.ingest.create"_s,
        withSession(&SalesforceEmulator::ingestCreate));
    addRest(
        "GET", u"/jobs/ingest"_s, u"bulk.ingest.list"_s, plain(&SalesforceEmulator::ingestList));
    addRest(
        "GET", u"/jobs/ingest/{id}"_s, u"bulk.ingest.get"_s, plain(&SalesforceEmulator::ingestGet));
    addRest("PATCH", u"/jobs/ingest/{id}"_s, u"bulk.ingest.state"_s,
        withSession(&SalesforceEmulator::ingestPatch));
    addRest("DELETE", u"/jobs/ingest/{id}"_s, u"bulk.ingest.delete"_s,
        plain(&SalesforceEmulator::ingestDelete));
    addRest("PUT", u"/jobs/ingest/{id}/batches"_s, u"bulk.ingest.upload"_s,
        plain(&SalesforceEmulator::ingestUpload));
    addRest("GET", u"/jobs/ingest/{id}/{kind}"_s, u"bulk.ingest.results"_s,
        plain(&SalesforceEmulator::ingestResults));
    addRest("POST", u"/jobs/query"_s, u"bulk.query.create"_s,
        withSession(&SalesforceEmulator::queryJobCreate));
    addRest(
        "GET", u"/jobs/query"_s, u"bulk.query.list"_s, plain(&SalesforceEmulator::queryJobList));
    addRest(
        "GET", u"/jobs/query/{id}"_s, u"bulk.query.get"_s, plain(&SalesforceEmulator::queryJobGet));
    addRest("PATCH", u"/jobs/query/{id}"_s, u"bulk.query.state"_s,
        plain(&SalesforceEmulator::queryJobPatch));
    addRest("DELETE", u"/jobs/query/{id}"_s, u"bulk.query.delete"_s,
        plain(&SalesforceEmulator::queryJobDelete));
    addRest("GET", u"/jobs/query/{id}/results"_s, u"bulk.query.results"_s,
        plain(&SalesforceEmulator::queryJobResults));
}

SalesforceEmulator::~SalesforceEmulator() = default;

QString SalesforceEmulator::demoUsername()
{
    return u"demo@leadbridge.sandbox"_s;
}
QString SalesforceEmulator::demoPassword()
{
    return u"sandbox"_s;
}
QString SalesforceEmulator::demoSecurityToken()
{
    return u"TOKEN"_s;
}
QString SalesforceEmulator::demoClientId()
{
    return u"leadbridge-sandbox-client"_s;
}
QString SalesforceEmulator::demoClientSecret()
{
    return u"leadbridge-sandbox-secret"_s;
}
QString SalesforceEmulator::organizationId()
{
    return SObjectTable::withChecksum(kOrgId15);
}

SObjectTable *SalesforceEmulator::table(QStringView object) const
{
    return m_byName.value(object.toString().toLower(), nullptr);
}

int SalesforceEmulator::recordCount(const QString &object) const
{
    const SObjectTable *t = table(object);
    return t ? t->liveCount() : 0;
}

bool SalesforceEmulator::removeField(const QString &object, const QString &apiName)
{
    const SObjectTable *t = table(object);
    if (!t || !t->def().field(apiName))
        return false;
    m_removedFields[t->def().name.toLower()].insert(apiName.toLower());
    return true;
}

QString SalesforceEmulator::isoMs(qint64 ms) const
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
        .toString(u"yyyy-MM-ddTHH:mm:ss.zzz+0000"_s);
}

// ---------------------------------------------------------------- framework

SandboxResponse SalesforceEmulator::sfError(
    int status, const QString &code, const QString &message, const QStringList &fields)
{
    // Written by hand to keep the documented key order: message, errorCode, fields.
    QByteArray out = "[{\"message\":";
    appendJsonString(out, QByteArrayView(message.toUtf8()));
    out.append(",\"errorCode\":");
    appendJsonString(out, QByteArrayView(code.toUtf8()));
    if (!fields.isEmpty()) {
        out.append(",\"fields\":[");
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i)
                out.append(',');
            appendJsonString(out, QByteArrayView(fields.at(i).toUtf8()));
        }
        out.append(']');
    }
    out.append("}]");
    return SandboxResponse::raw(status, kJsonType, out);
}

SandboxResponse SalesforceEmulator::oauthError(
    int status, const QString &error, const QString &description)
{
    return SandboxResponse::json(
        status, QJsonObject { { u"error"_s, error }, { u"error_description"_s, description } });
}

QString SalesforceEmulator::limitInfo() const
{
    return u"api-usage=%1/%2"_s.arg(m_apiUsed).arg(m_apiMax);
}

SandboxResponse SalesforceEmulator::rateLimitResponse(const SandboxRequest &)
{
    SandboxResponse r
        = sfError(403, u"REQUEST_LIMIT_EXCEEDED"_s, u"TotalRequests Limit exceeded."_s);
    r.setHeader("Sforce-Limit-Info", limitInfo().toLatin1());
    return r;
}

SandboxResponse SalesforceEmulator::serverErrorResponse(const SandboxRequest &request)
{
    if (request.path.startsWith(u"/services/Soap/")) {
        const QByteArray xml = QByteArrayLiteral(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><soapenv:Envelope "
            "xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" "
            "xmlns:sf=\"urn:fault.partner.soap.sforce.com\"><soapenv:Body><soapenv:Fault>"
            "<faultcode>sf:UNKNOWN_EXCEPTION</faultcode><faultstring>UNKNOWN_EXCEPTION: An "
            "unexpected error occurred (sandbox fault)</faultstring></soapenv:Fault></soapenv:Body>"
            "</soapenv:Envelope>");
        return SandboxResponse::raw(500, "text/xml;charset=UTF-8", xml);
    }
    return sfError(500, u"UNKNOWN_EXCEPTION"_s,
        u"An unexpected error occurred. Please include this ErrorId if you contact support: 1987654321-12345 (-1234567890)"_s);
}

SandboxResponse SalesforceEmulator::notFoundResponse(const SandboxRequest &)
{
    return sfError(404, u"NOT_FOUND"_s, u"The requested resource does not exist"_s);
}

QJsonObject SalesforceEmulator::limitUsage() const
{
    return QJsonObject { { u"dailyUsed"_s, m_apiUsed }, { u"dailyMax"_s, m_apiMax },
        { u"sessions"_s, int(m_sessions.size()) }, { u"openCursors"_s, int(m_cursors.size()) } };
}

void SalesforceEmulator::expireAllTokens()
{
    m_sessions.clear();
}

QString SalesforceEmulator::version(const SandboxRequest &request) const
{
    return request.param(u"version"_s);
}

void SalesforceEmulator::addRest(
    const QByteArray &method, const QString &suffix, const QString &endpoint, RestHandler handler)
{
    addRoute(method, u"/services/data/{version}"_s + suffix, endpoint,
        [this, handler](const SandboxRequest &r) { return restCall(r, handler); });
}

qint64 SalesforceEmulator::sessionLifetimeMs() const
{
    const int secs
        = faults().tokenLifetimeSeconds >= 0 ? faults().tokenLifetimeSeconds : kSessionSeconds;
    return qint64(secs) * 1000;
}

const SalesforceEmulator::Session *SalesforceEmulator::sessionFor(const SandboxRequest &request)
{
    QByteArray auth = request.header("authorization").trimmed();
    QString token;
    if (auth.startsWith("Bearer ") || auth.startsWith("bearer "))
        token = QString::fromLatin1(auth.mid(7).trimmed());
    else if (auth.startsWith("OAuth "))
        token = QString::fromLatin1(auth.mid(6).trimmed());
    if (token.isEmpty())
        token = request.query(u"oauth_token");
    auto it = m_sessions.find(token);
    if (it == m_sessions.end())
        return nullptr;
    if (now().toMSecsSinceEpoch() >= it->expiresMs) {
        m_sessions.erase(it);
        return nullptr;
    }
    return &it.value();
}

SandboxResponse SalesforceEmulator::restCall(
    const SandboxRequest &request, const RestHandler &handler)
{
    static const QRegularExpression versionRe(u"^v(\\d{2})\\.0$"_s);
    const auto m = versionRe.match(version(request));
    if (!m.hasMatch() || m.captured(1).toInt() < 20 || m.captured(1).toInt() > 62)
        return notFoundResponse(request);
    const Session *session = sessionFor(request);
    if (!session)
        return sfError(401, u"INVALID_SESSION_ID"_s, u"Session expired or invalid"_s);
    const Session copy = *session;
    const qint64 nowMs = now().toMSecsSinceEpoch();
    if (nowMs - m_windowStartMs >= 24LL * 3600 * 1000) {
        m_windowStartMs = nowMs;
        m_apiUsed = 0;
    }
    if (m_apiUsed >= m_apiMax) {
        SandboxResponse r
            = sfError(403, u"REQUEST_LIMIT_EXCEEDED"_s, u"TotalRequests Limit exceeded."_s);
        r.setHeader("Sforce-Limit-Info", limitInfo().toLatin1());
        return r;
    }
    ++m_apiUsed;
    SandboxResponse r = handler(request, copy);
    r.setHeader("Sforce-Limit-Info", limitInfo().toLatin1());
    return r;
}

// ---------------------------------------------------------------- auth

bool SalesforceEmulator::checkPassword(
    const QString &username, const QString &password, int *userRow, bool *needsToken) const
{
    *needsToken = false;
    if (username.compare(demoUsername(), Qt::CaseInsensitive) != 0)
        return false;
    *userRow = 0;
    if (password == demoPassword() + demoSecurityToken())
        return true;
    if (password == demoPassword())
        *needsToken = true;
    return false;
}

QString SalesforceEmulator::newSessionToken(int userRow)
{
    const QString token = kOrgId15 + u"!AQ"_s + base62Token(rng(), 94);
    m_sessions.insert(token, Session { userRow, now().toMSecsSinceEpoch() + sessionLifetimeMs() });
    return token;
}

QJsonObject SalesforceEmulator::issueToken(
    int userRow, const QString &clientSecret, bool withRefresh, const QString &scope)
{
    const QString base = baseUrl().toString();
    const QString idUrl = base + u"/id/"_s + organizationId() + u"/"_s + users().idOf(userRow);
    const QString issuedAt = QString::number(now().toMSecsSinceEpoch());
    const QByteArray sig = QMessageAuthenticationCode::hash(
        (idUrl + issuedAt).toUtf8(), clientSecret.toUtf8(), QCryptographicHash::Sha256)
                               .toBase64();
    QJsonObject o { { u"access_token"_s, newSessionToken(userRow) }, { u"instance_url"_s, base },
        { u"id"_s, idUrl }, { u"token_type"_s, u"Bearer"_s }, { u"issued_at"_s, issuedAt },
        { u"signature"_s, QString::fromLatin1(sig) } };
    if (!scope.isEmpty())
        o.insert(u"scope"_s, scope);
    if (withRefresh) {
        const QString refresh = u"5Aep861"_s + base62Token(rng(), 80);
        m_refreshTokens.insert(refresh, userRow);
        o.insert(u"refresh_token"_s, refresh);
    }
    return o;
}

SandboxResponse SalesforceEmulator::oauthToken(const SandboxRequest &request)
{
    auto param = [&request](const char16_t *name) {
        const QString v = request.form(QStringView(name));
        return v.isEmpty() ? request.query(QStringView(name)) : v;
    };
    const QString grant = param(u"grant_type");
    const QString clientId = param(u"client_id");
    const QString clientSecret = param(u"client_secret");
    if (grant.isEmpty())
        return oauthError(400, u"unsupported_grant_type"_s, u"grant type not supported"_s);
    if (grant != u"password" && grant != u"refresh_token" && grant != u"authorization_code")
        return oauthError(400, u"unsupported_grant_type"_s, u"grant type not supported"_s);
    if (clientId != demoClientId())
        return oauthError(400, u"invalid_client_id"_s, u"client identifier invalid"_s);

    if (grant == u"password") {
        if (clientSecret != demoClientSecret())
            return oauthError(400, u"invalid_client"_s, u"invalid client credentials"_s);
        // An org that blocks the username-password flow answers exactly as for a wrong
        // password; only Login History tells the two apart ("Username-Password Flow
        // Disabled"). Sources: blog.enree.co/?p=2693, openillumi.com/?p=43376 (third-party
        // write-ups; Salesforce help "Block Authorization Flows to Improve Security").
        // Checked after the client (assumption: no source orders the two checks).
        if (m_app.usernamePasswordFlowDisabled) {
            recordLogin(
                param(u"username"), u"Remote Access 2.0"_s, u"Username-Password Flow Disabled"_s);
            return oauthError(400, u"invalid_grant"_s, u"authentication failure"_s);
        }
        int userRow = 0;
        bool needsToken = false;
        if (!checkPassword(param(u"username"), param(u"password"), &userRow, &needsToken)) {
            recordLogin(param(u"username"), u"Remote Access 2.0"_s, u"Invalid Password"_s);
            return oauthError(400, u"invalid_grant"_s, u"authentication failure"_s);
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
        if (!clientSecret.isEmpty() && clientSecret != demoClientSecret())
            return oauthError(400, u"invalid_client"_s, u"invalid client credentials"_s);
        if (clientSecret.isEmpty() && m_app.requireSecretForRefreshTokenFlow)
            return oauthError(400, u"invalid_client"_s, u"invalid client credentials"_s);
        const auto it = m_refreshTokens.constFind(param(u"refresh_token"));
        if (it == m_refreshTokens.constEnd())
            return oauthError(400, u"invalid_grant"_s, u"expired access/refresh token"_s);
        return SandboxResponse::json(
            200, issueToken(it.value(), demoClientSecret(), false, u"refresh_token api"_s));
    }
    // authorization_code (+ PKCE)
    if (!clientSecret.isEmpty() && clientSecret != demoClientSecret())
        return oauthError(400, u"invalid_client"_s, u"invalid client credentials"_s);
    if (clientSecret.isEmpty() && m_app.requireSecretForWebServerFlow)
        return oauthError(400, u"invalid_client"_s, u"invalid client credentials"_s);
    const QString code = param(u"code");
    const auto it = m_codes.constFind(code);
    if (it == m_codes.constEnd() || now().toMSecsSinceEpoch() >= it->expiresMs) {
        m_codes.remove(code);
        return oauthError(400, u"invalid_grant"_s, u"invalid authorization code"_s);
    }
    const AuthCode ac = it.value();
    m_codes.remove(code); // single use
    if (ac.clientId != clientId || param(u"redirect_uri") != ac.redirectUri)
        return oauthError(400, u"invalid_grant"_s, u"redirect_uri must match configuration"_s);
    if (!ac.challenge.isEmpty()) {
        const QString verifier = param(u"code_verifier");
        QString computed = verifier;
        if (ac.method.compare(u"S256"_s, Qt::CaseInsensitive) == 0) {
            computed = QString::fromLatin1(
                QCryptographicHash::hash(verifier.toUtf8(), QCryptographicHash::Sha256)
                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        }
        if (verifier.isEmpty() || computed != ac.challenge)
            return oauthError(400, u"invalid_grant"_s, u"invalid code verifier"_s);
    } else if (clientSecret.isEmpty()) {
        return oauthError(400, u"invalid_client"_s, u"invalid client credentials"_s);
    }
    return SandboxResponse::json(
        200, issueToken(ac.userRow, demoClientSecret(), true, u"refresh_token api"_s));
}

SandboxResponse SalesforceEmulator::oauthAuthorize(const SandboxRequest &request)
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
    if (clientId != demoClientId())
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
        const QString code = u"aPrx"_s + base62Token(rng(), 60);
        m_codes.insert(code,
            AuthCode { clientId, redirect, param(u"code_challenge"),
                method.isEmpty() ? u"plain"_s : method, 0,
                now().toMSecsSinceEpoch() + 15 * 60 * 1000 });
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

SandboxResponse SalesforceEmulator::oauthRevoke(const SandboxRequest &request)
{
    QString token = request.form(u"token");
    if (token.isEmpty())
        token = request.query(u"token");
    const bool known = m_sessions.remove(token) > 0 || m_refreshTokens.remove(token) > 0;
    if (!known)
        return oauthError(400, u"unsupported_token_type"_s, u"this token type is not supported"_s);
    return SandboxResponse::empty(200);
}

SandboxResponse SalesforceEmulator::soapLogin(const SandboxRequest &request)
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
        if (!versionOk || v > kLastSoapLoginVersion) {
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
    const QString base = baseUrl().toString();
    const QString session = newSessionToken(userRow);
    const SObjectTable &u = users();
    const QString userId = u.idOf(userRow);
    const QString fullName = QString(u.text(userRow, u.def().field(u"FirstName")->slot) + u" "_s
        + u.text(userRow, u.def().field(u"LastName")->slot))
                                 .trimmed();
    const int validSecs = int(sessionLifetimeMs() / 1000);
    const QString body
        = u"<?xml version=\"1.0\" encoding=\"UTF-8\"?><soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns=\"urn:partner.soap.sforce.com\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><soapenv:Body><loginResponse><result>"_s
        + u"<metadataServerUrl>"_s + base + u"/services/Soap/m/"_s + ver + u"/"_s + kOrgId15
        + u"</metadataServerUrl>"_s
        + u"<passwordExpired>false</passwordExpired><sandbox>true</sandbox>"_s + u"<serverUrl>"_s
        + base + u"/services/Soap/u/"_s + ver + u"/"_s + kOrgId15 + u"</serverUrl>"_s
        + u"<sessionId>"_s + session + u"</sessionId>"_s + u"<userId>"_s + userId + u"</userId>"_s
        + u"<userInfo><accessibilityMode>false</accessibilityMode><currencySymbol>$</currencySymbol><orgAttachmentFileSizeLimit>5242880</orgAttachmentFileSizeLimit><orgDefaultCurrencyIsoCode>USD</orgDefaultCurrencyIsoCode><orgDisallowHtmlAttachments>false</orgDisallowHtmlAttachments><orgHasPersonAccounts>false</orgHasPersonAccounts>"_s
        + u"<organizationId>"_s + organizationId()
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

SandboxResponse SalesforceEmulator::identity(const SandboxRequest &request)
{
    const Session *s = sessionFor(request);
    if (!s)
        return SandboxResponse::raw(403, "text/plain;charset=UTF-8", "Bad_OAuth_Token");
    const SObjectTable &u = users();
    const int row = u.rowOf(request.param(u"user"_s));
    if (request.param(u"org"_s) != organizationId() || row != s->userRow)
        return SandboxResponse::raw(403, "text/plain;charset=UTF-8", "Bad_Id");
    const QString base = baseUrl().toString();
    auto f
        = [&](const char16_t *name) { return u.text(row, u.def().field(QStringView(name))->slot); };
    const QString rest = base + u"/services/data/v{version}/"_s;
    return SandboxResponse::json(200,
        QJsonObject { { u"id"_s, QString(base + request.path) }, { u"asserted_user"_s, true },
            { u"user_id"_s, u.idOf(row) }, { u"organization_id"_s, organizationId() },
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

// ---------------------------------------------------------------- REST basics

SandboxResponse SalesforceEmulator::versions(const SandboxRequest &)
{
    QJsonArray out;
    for (int v = 20; v <= 62; ++v) {
        const QString ver = QString::number(v) + u".0"_s;
        out.append(QJsonObject { { u"label"_s, seasonLabel(v) },
            { u"url"_s, QString(u"/services/data/v"_s + ver) }, { u"version"_s, ver } });
    }
    return SandboxResponse::json(200, out);
}

SandboxResponse SalesforceEmulator::resources(const SandboxRequest &request)
{
    const QString b = u"/services/data/"_s + version(request);
    QJsonObject o;
    for (const char16_t *name : { u"sobjects", u"query", u"queryAll", u"limits", u"composite",
             u"analytics", u"jobs", u"search", u"recent", u"tooling" })
        o.insert(QString::fromUtf16(name), QString(b + u"/"_s + QString::fromUtf16(name)));
    o.insert(u"identity"_s,
        QString(baseUrl().toString() + u"/id/"_s + organizationId() + u"/"_s + users().idOf(0)));
    return SandboxResponse::json(200, o);
}

SandboxResponse SalesforceEmulator::limits(const SandboxRequest &)
{
    auto pair = [](int max, int remaining) {
        return QJsonObject { { u"Max"_s, max }, { u"Remaining"_s, remaining } };
    };
    int bulkJobs = 0;
    for (const auto &j : std::as_const(m_ingestJobs))
        bulkJobs += j.uploaded ? 1 : 0;
    return SandboxResponse::json(200,
        QJsonObject { { u"DailyApiRequests"_s, pair(m_apiMax, qMax(0, m_apiMax - m_apiUsed)) },
            { u"DailyBulkApiBatches"_s, pair(15000, 15000 - bulkJobs) },
            { u"DailyBulkV2QueryJobs"_s, pair(10000, 10000 - int(m_queryJobs.size())) },
            { u"DailyBulkV2QueryFileStorageMB"_s, pair(976562, 976562) },
            { u"ConcurrentAsyncGetReportInstances"_s, pair(200, 200) },
            { u"ConcurrentSyncReportRuns"_s, pair(20, 20) },
            { u"DailyAsyncApexExecutions"_s, pair(250000, 250000) },
            { u"DataStorageMB"_s, pair(1024, 1024) }, { u"FileStorageMB"_s, pair(1024, 1024) },
            { u"HourlyTimeBasedWorkflow"_s, pair(50, 50) }, { u"SingleEmail"_s, pair(5000, 5000) },
            { u"MassEmail"_s, pair(5000, 5000) } });
}

SandboxResponse SalesforceEmulator::describeGlobal(const SandboxRequest &request)
{
    QJsonArray list;
    for (const SfObject &o : SalesforceSchema::objects())
        list.append(o.describeGlobalEntry(version(request)));
    return SandboxResponse::json(200,
        QJsonObject {
            { u"encoding"_s, u"UTF-8"_s }, { u"maxBatchSize"_s, 200 }, { u"sobjects"_s, list } });
}

SandboxResponse SalesforceEmulator::sobjectInfo(const SandboxRequest &request)
{
    const SObjectTable *t = table(request.param(u"object"_s));
    if (!t)
        return notFoundResponse(request);
    QJsonArray recent;
    const int from = qMax(0, t->rowCount() - 3);
    for (int row = t->rowCount() - 1; row >= from; --row) {
        QByteArray json;
        writeRecord(json, *t, row, {}, version(request));
        recent.append(QJsonDocument::fromJson(json).object());
    }
    return SandboxResponse::json(200,
        QJsonObject { { u"objectDescribe"_s, t->def().describeGlobalEntry(version(request)) },
            { u"recentItems"_s, recent } });
}

SandboxResponse SalesforceEmulator::describe(const SandboxRequest &request)
{
    const SObjectTable *t = table(request.param(u"object"_s));
    if (!t)
        return notFoundResponse(request);
    QJsonObject result = t->def().describe(version(request));
    const QSet<QString> removed = m_removedFields.value(t->def().name.toLower());
    if (!removed.isEmpty()) {
        QJsonArray fields;
        for (const QJsonValue &f : result.value(u"fields"_s).toArray()) {
            if (!removed.contains(f.toObject().value(u"name"_s).toString().toLower()))
                fields.append(f);
        }
        result.insert(u"fields"_s, fields);
    }
    return SandboxResponse::json(200, result);
}

// ---------------------------------------------------------------- storage

void SalesforceEmulator::clearAll()
{
    for (auto &t : m_tables)
        t->clear();
    m_cursors.clear();
    m_cursorOrder.clear();
    addUser(u"Demo"_s, u"Admin"_s, demoUsername(), demoUsername());
}

int SalesforceEmulator::addUser(
    const QString &first, const QString &last, const QString &email, const QString &username)
{
    SObjectTable &u = users();
    const SfObject &d = u.def();
    QJsonObject in { { u"FirstName"_s, first }, { u"LastName"_s, last }, { u"Email"_s, email },
        { u"Username"_s, username },
        { u"Alias"_s, QString(first.left(1) + last).left(8).toLower() }, { u"IsActive"_s, true },
        { u"CompanyName"_s, u"LeadBridge Sandbox"_s } };
    Staged st;
    QList<SaveError> errors;
    if (!stage(u, in, true, -1, &st, &errors)) {
        // Dirty demo names: keep what fits.
        st.values.clear();
        for (auto it = in.begin(); it != in.end(); ++it) {
            const SfField *f = d.field(it.key());
            QByteArray v = jsonValueText(it.value()).left(f->length > 0 ? f->length : 255).toUtf8();
            st.values.append({ f->slot, v });
        }
    }
    return commitCreate(u, st, u.rowCount() == 0 ? 0 : 0);
}

bool SalesforceEmulator::convertValue(
    const SfField &f, const QJsonValue &value, QByteArray *out, SaveError *error) const
{
    out->clear();
    if (value.isNull() || value.isUndefined()) {
        if (f.type == SfType::Boolean)
            *out = "false";
        return true;
    }
    const QString text = jsonValueText(value);
    auto typeError = [&]() {
        error->code = u"INVALID_TYPE_ON_FIELD_IN_RECORD"_s;
        error->message = f.label + u": value not of required type: "_s
            + (value.isObject() || value.isArray() ? QString::fromUtf8(
                   QJsonDocument(value.isObject() ? QJsonDocument(value.toObject())
                                                  : QJsonDocument(value.toArray()))
                       .toJson(QJsonDocument::Compact))
                                                   : text);
        error->fields = { f.name };
        return false;
    };
    if (value.isObject() || value.isArray())
        return typeError();
    switch (f.type) {
    case SfType::Boolean: {
        if (value.isBool()) {
            *out = value.toBool() ? "true" : "false";
            return true;
        }
        const QString t = text.trimmed().toLower();
        if (t == u"true" || t == u"1")
            *out = "true";
        else if (t == u"false" || t == u"0" || t.isEmpty())
            *out = "false";
        else
            return typeError();
        return true;
    }
    case SfType::Int:
    case SfType::Double:
    case SfType::Currency: {
        if (value.isBool())
            return typeError();
        if (text.trimmed().isEmpty())
            return true;
        bool ok = false;
        const double d = text.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(d))
            return typeError();
        if (f.type == SfType::Int) {
            if (std::floor(d) != d)
                return typeError();
            *out = QByteArray::number(qint64(d));
        } else {
            *out = (std::floor(d) == d && std::fabs(d) < 1e15)
                ? QByteArray::number(qint64(d)) + ".0"
                : QByteArray::number(d, 'g', 15);
        }
        return true;
    }
    case SfType::Date: {
        if (text.isEmpty())
            return true;
        const QDate d = QDate::fromString(text.left(10), Qt::ISODate);
        if (!d.isValid() || !value.isString())
            return typeError();
        *out = d.toString(Qt::ISODate).toLatin1();
        return true;
    }
    case SfType::DateTime: {
        if (text.isEmpty())
            return true;
        bool ok = false;
        const qint64 ms = parseIsoMs(text, &ok);
        if (!ok || !value.isString())
            return typeError();
        *out = isoMs(ms).toLatin1();
        return true;
    }
    case SfType::Reference:
    case SfType::Id: {
        if (text.isEmpty())
            return true;
        static const QRegularExpression idRe(u"^[A-Za-z0-9]{15}([A-Za-z0-9]{3})?$"_s);
        if (!idRe.match(text).hasMatch()) {
            error->code = u"MALFORMED_ID"_s;
            error->message = f.label + u": id value of incorrect type: "_s + text;
            error->fields = { f.name };
            return false;
        }
        const SObjectTable *target = table(f.referenceTo);
        const int row = target ? target->rowOf(text) : -1;
        if (row < 0 || target->record(row).deleted != 0) {
            error->code = u"INVALID_CROSS_REFERENCE_KEY"_s;
            error->message = u"invalid cross reference id"_s;
            error->fields = { f.name };
            return false;
        }
        *out = target->idOf(row).toLatin1();
        return true;
    }
    default:
        break;
    }
    // Text types.
    if (f.length > 0 && text.size() > f.length) {
        error->code = u"STRING_TOO_LONG"_s;
        error->message = f.label + u": data value too large: "_s + text.left(200)
            + u" (max length="_s + QString::number(f.length) + u")"_s;
        error->fields = { f.name };
        return false;
    }
    if (f.type == SfType::Email && !text.isEmpty() && !validEmail(text)) {
        error->code = u"INVALID_EMAIL_ADDRESS"_s;
        error->message = f.label + u": invalid email address: "_s + text;
        error->fields = { f.name };
        return false;
    }
    *out = text.toUtf8();
    return true;
}

bool SalesforceEmulator::stage(const SObjectTable &t, const QJsonObject &input, bool create,
    int existingRow, Staged *out, QList<SaveError> *errors) const
{
    const SfObject &d = t.def();
    QSet<int> given;
    QHash<int, QByteArray> values;
    for (auto it = input.begin(); it != input.end(); ++it) {
        const QString &key = it.key();
        if (key == u"attributes")
            continue;
        const int fi = d.fieldIndex(key);
        if (fi < 0) {
            errors->append({ u"INVALID_FIELD"_s,
                u"No such column '"_s + key + u"' on sobject of type "_s + d.name, { key } });
            continue;
        }
        const SfField &f = d.fields.at(fi);
        if (f.storage == SfStorage::Id)
            continue; // the caller decides what an Id in the body means
        if ((create && !f.createable) || (!create && !f.updateable)
            || f.storage != SfStorage::Data) {
            errors->append({ u"INVALID_FIELD_FOR_INSERT_UPDATE"_s,
                u"Unable to create/update fields: "_s + f.name
                    + u". Please check the security settings of this field and verify that it is read/write for your Profile or Permission set."_s,
                { f.name } });
            continue;
        }
        QByteArray v;
        SaveError e;
        if (!convertValue(f, it.value(), &v, &e)) {
            errors->append(e);
            continue;
        }
        given.insert(fi);
        values.insert(f.slot, v);
    }
    if (!errors->isEmpty())
        return false;

    // Defaults, required fields and uniqueness.
    QStringList missing;
    for (int fi = 0; fi < d.fields.size(); ++fi) {
        const SfField &f = d.fields.at(fi);
        if (f.storage != SfStorage::Data)
            continue;
        if (create && !given.contains(fi) && !f.defaultValue.isEmpty() && f.name != u"OwnerId")
            values.insert(f.slot, f.defaultValue.toUtf8());
        const bool required
            = !f.nillable && f.type != SfType::Boolean && f.createable && !f.defaultedOnCreate;
        if (!required)
            continue;
        const bool empty = create ? values.value(f.slot).isEmpty()
                                  : (values.contains(f.slot) && values.value(f.slot).isEmpty());
        if (empty)
            missing.append(f.name);
    }
    if (!missing.isEmpty()) {
        errors->append({ u"REQUIRED_FIELD_MISSING"_s,
            u"Required fields are missing: ["_s + missing.join(u", "_s) + u"]"_s, missing });
        return false;
    }
    for (int fi = 0; fi < d.fields.size(); ++fi) {
        const SfField &f = d.fields.at(fi);
        if (!f.unique || f.storage != SfStorage::Data || values.value(f.slot).isEmpty())
            continue;
        const QList<int> hits = const_cast<SObjectTable &>(t).findByExternal(
            f.slot, QString::fromUtf8(values.value(f.slot)));
        for (int hit : hits) {
            if (hit != existingRow) {
                errors->append({ u"DUPLICATE_VALUE"_s,
                    u"duplicate value found: "_s + f.name
                        + u" duplicates value on record with id: "_s + t.idOf(hit),
                    { f.name } });
                return false;
            }
        }
    }
    if (d.name == u"CampaignMember") {
        // Status is a picklist whose values are the campaign's CampaignMemberStatus labels
        // (Object Reference, CampaignMember.Status and CampaignMemberStatus). A label the
        // campaign does not define is refused with Salesforce's restricted-picklist error
        // (INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST, "<Field label>: bad value for restricted
        // picklist field: <value>"); that this code applies to CampaignMember.Status is an
        // assumption (docs/sandbox-salesforce.md). A create without Status gets the
        // campaign's default status (IsDefault).
        const SfField *campaign = d.field(u"CampaignId");
        const SfField *status = d.field(u"Status");
        const QByteArray campId = create ? values.value(campaign->slot)
                                         : t.value(existingRow, campaign->slot).toByteArray();
        const bool statusGiven = given.contains(d.fieldIndex(u"Status"));
        if (create && !statusGiven) {
            const QByteArray def = defaultMemberStatus(campId);
            if (!def.isEmpty())
                values.insert(status->slot, def);
        } else if (statusGiven && memberStatusRow(campId, values.value(status->slot)) < 0) {
            errors->append({ u"INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST"_s,
                u"Status: bad value for restricted picklist field: "_s
                    + QString::fromUtf8(values.value(status->slot)),
                { u"Status"_s } });
            return false;
        }
    }
    if (d.name == u"CampaignMember" && create) {
        const SfField *lead = d.field(u"LeadId");
        const SfField *contact = d.field(u"ContactId");
        const SfField *campaign = d.field(u"CampaignId");
        const QByteArray leadId = values.value(lead->slot);
        const QByteArray contactId = values.value(contact->slot);
        if (leadId.isEmpty() == contactId.isEmpty()) {
            errors->append({ u"REQUIRED_FIELD_MISSING"_s,
                u"Required fields are missing: [LeadId or ContactId]"_s,
                { u"LeadId"_s, u"ContactId"_s } });
            return false;
        }
        const QByteArray camp = values.value(campaign->slot);
        const int personSlot = leadId.isEmpty() ? contact->slot : lead->slot;
        const QByteArray person = leadId.isEmpty() ? contactId : leadId;
        for (int row = 0; row < t.rowCount(); ++row) {
            if (t.record(row).deleted == 0 && t.value(row, campaign->slot) == camp
                && t.value(row, personSlot) == person) {
                errors->append({ u"DUPLICATE_VALUE"_s, u"Already a campaign member."_s, {} });
                return false;
            }
        }
    }
    for (auto it = values.begin(); it != values.end(); ++it)
        out->values.append({ it.key(), it.value() });
    return true;
}

int SalesforceEmulator::commitCreate(SObjectTable &t, const Staged &staged, int userRow)
{
    SfRecord r;
    r.data = t.blankData();
    r.created = r.modified = now().toMSecsSinceEpoch();
    const int row = t.append(std::move(r));
    const SfObject &d = t.def();
    const QByteArray userId = users().rowCount() > userRow
        ? users().idOf(userRow).toLatin1()
        : SObjectTable::makeId(u"005"_s, 1).toLatin1();
    for (const auto &p : staged.values)
        t.setValue(row, p.first, p.second);
    for (const SfField &f : d.fields) {
        if (f.storage != SfStorage::Data)
            continue;
        if (f.name == u"OwnerId" && t.value(row, f.slot).isEmpty())
            t.setValue(row, f.slot, userId);
        else if (f.name == u"CreatedById" || f.name == u"LastModifiedById")
            t.setValue(row, f.slot, userId);
        else if (f.type == SfType::Boolean && t.value(row, f.slot).isEmpty())
            t.setValue(row, f.slot, "false");
    }
    if (d.name == u"Campaign") {
        // A new campaign gets the two member statuses Salesforce creates for it: "Sent"
        // (the default) and "Responded" (counted as responded). Object Reference,
        // CampaignMemberStatus: every campaign has a default status and at least one
        // HasResponded status (API 39.0+).
        const QByteArray campId = t.idOf(row).toLatin1();
        const qint64 ms = now().toMSecsSinceEpoch();
        addMemberStatus(campId, u"Sent"_s, false, true, 1, userId, ms);
        addMemberStatus(campId, u"Responded"_s, true, false, 2, userId, ms);
    }
    return row;
}

int SalesforceEmulator::memberStatusRow(const QByteArray &campaignId, QByteArrayView label) const
{
    const SObjectTable &st = *table(u"CampaignMemberStatus");
    const int campSlot = st.def().field(u"CampaignId")->slot;
    const int labelSlot = st.def().field(u"Label")->slot;
    for (int r = 0; r < st.rowCount(); ++r) {
        if (st.record(r).deleted == 0 && st.value(r, campSlot) == campaignId
            && st.value(r, labelSlot) == label)
            return r;
    }
    return -1;
}

QByteArray SalesforceEmulator::defaultMemberStatus(const QByteArray &campaignId) const
{
    const SObjectTable &st = *table(u"CampaignMemberStatus");
    const int campSlot = st.def().field(u"CampaignId")->slot;
    const int defSlot = st.def().field(u"IsDefault")->slot;
    const int labelSlot = st.def().field(u"Label")->slot;
    for (int r = 0; r < st.rowCount(); ++r) {
        if (st.record(r).deleted == 0 && st.value(r, campSlot) == campaignId
            && st.value(r, defSlot) == "true")
            return st.value(r, labelSlot).toByteArray();
    }
    return {};
}

void SalesforceEmulator::addMemberStatus(const QByteArray &campaignId, const QString &label,
    bool responded, bool isDefault, int sortOrder, const QByteArray &userId, qint64 nowMs)
{
    SObjectTable &st = *table(u"CampaignMemberStatus");
    const SfObject &d = st.def();
    SfRecord r;
    r.data = st.blankData();
    r.created = r.modified = nowMs;
    const int row = st.append(std::move(r));
    st.setValue(row, d.field(u"CampaignId")->slot, campaignId);
    st.setValue(row, d.field(u"Label")->slot, label.toUtf8());
    st.setValue(row, d.field(u"HasResponded")->slot, responded ? "true" : "false");
    st.setValue(row, d.field(u"IsDefault")->slot, isDefault ? "true" : "false");
    st.setValue(row, d.field(u"SortOrder")->slot, QByteArray::number(sortOrder));
    st.setValue(row, d.field(u"CreatedById")->slot, userId);
    st.setValue(row, d.field(u"LastModifiedById")->slot, userId);
}

void SalesforceEmulator::commitUpdate(SObjectTable &t, int row, const Staged &staged, int userRow)
{
    for (const auto &p : staged.values)
        t.setValue(row, p.first, p.second);
    if (const SfField *f = t.def().field(u"LastModifiedById"))
        t.setValue(row, f->slot, users().idOf(userRow).toLatin1());
    t.setModified(row, now().toMSecsSinceEpoch());
}

QString SalesforceEmulator::computed(const SObjectTable &t, int row, const SfField &f) const
{
    const SfObject &d = t.def();
    auto val = [&](const SObjectTable &tt, int r, const char16_t *name) {
        const SfField *ff = tt.def().field(QStringView(name));
        return ff && ff->storage == SfStorage::Data ? tt.text(r, ff->slot) : QString();
    };
    if (f.name == u"Name")
        return QString(val(t, row, u"FirstName") + u" "_s + val(t, row, u"LastName")).trimmed();
    if (f.name == u"IsEmailBounced")
        return val(t, row, u"EmailBouncedReason").isEmpty()
                && val(t, row, u"EmailBouncedDate").isEmpty()
            ? u"false"_s
            : u"true"_s;
    // HasResponded follows the CampaignMemberStatus the member's Status names.
    auto respondedStatus = [this](const QByteArray &campaignId, QByteArrayView label) {
        const int sr = memberStatusRow(campaignId, label);
        if (sr < 0)
            return false;
        const SObjectTable &st = *table(u"CampaignMemberStatus");
        return st.value(sr, st.def().field(u"HasResponded")->slot) == "true";
    };
    if (d.name == u"Campaign") {
        const SObjectTable &cm = *table(u"CampaignMember");
        const int campSlot = cm.def().field(u"CampaignId")->slot;
        const int leadSlot = cm.def().field(u"LeadId")->slot;
        const int statusSlot = cm.def().field(u"Status")->slot;
        const QByteArray id = t.idOf(row).toLatin1();
        int n = 0;
        for (int r = 0; r < cm.rowCount(); ++r) {
            if (cm.record(r).deleted || cm.value(r, campSlot) != id)
                continue;
            const bool isLead = !cm.value(r, leadSlot).isEmpty();
            if ((f.name == u"NumberOfLeads" && isLead) || (f.name == u"NumberOfContacts" && !isLead)
                || (f.name == u"NumberOfResponses" && respondedStatus(id, cm.value(r, statusSlot))))
                ++n;
        }
        return QString::number(n);
    }
    if (d.name == u"CampaignMember") {
        if (f.name == u"HasResponded")
            return respondedStatus(
                       val(t, row, u"CampaignId").toLatin1(), val(t, row, u"Status").toUtf8())
                ? u"true"_s
                : u"false"_s;
        const QString leadId = val(t, row, u"LeadId");
        const bool isLead = !leadId.isEmpty();
        const SObjectTable &p = *table(isLead ? u"Lead" : u"Contact");
        const int pr = p.rowOf(isLead ? leadId : val(t, row, u"ContactId"));
        if (pr < 0)
            return {};
        if (f.name == u"CompanyOrAccount") {
            if (isLead)
                return val(p, pr, u"Company");
            const SObjectTable &acc = *table(u"Account");
            const int ar = acc.rowOf(val(p, pr, u"AccountId"));
            return ar < 0 ? QString() : val(acc, ar, u"Name");
        }
        if (f.name == u"City")
            return isLead ? val(p, pr, u"City") : val(p, pr, u"MailingCity");
        if (f.name == u"Country")
            return isLead ? val(p, pr, u"Country") : val(p, pr, u"MailingCountry");
        return val(p, pr, reinterpret_cast<const char16_t *>(f.name.utf16()));
    }
    return {};
}

SoqlQuery::ComputedFn SalesforceEmulator::computedFn() const
{
    return [this](const SObjectTable &t, int row, const SfField &f) { return computed(t, row, f); };
}

// ---------------------------------------------------------------- serialisation

void SalesforceEmulator::writeValue(
    QByteArray &out, const SObjectTable &t, int row, const SfField &f) const
{
    QByteArray tmp;
    QByteArrayView v;
    const SfRecord &r = t.record(row);
    switch (f.storage) {
    case SfStorage::Data:
        v = t.value(row, f.slot);
        break;
    case SfStorage::Id:
        tmp = t.idOf(row).toLatin1();
        v = tmp;
        break;
    case SfStorage::IsDeleted:
        out.append(r.deleted ? "true" : "false");
        return;
    case SfStorage::CreatedDate:
    case SfStorage::LastModifiedDate:
    case SfStorage::SystemModstamp:
        tmp = isoMs(f.storage == SfStorage::CreatedDate ? r.created : r.modified).toLatin1();
        v = tmp;
        break;
    case SfStorage::Computed:
        tmp = computed(t, row, f).toUtf8();
        v = tmp;
        break;
    }
    if (f.type == SfType::Boolean) {
        out.append(v == "true" ? "true" : "false");
        return;
    }
    if (v.isEmpty()) {
        out.append("null");
        return;
    }
    if (f.isText())
        appendJsonString(out, v);
    else
        out.append(v);
}

void SalesforceEmulator::writeRecord(QByteArray &out, const SObjectTable &t, int row,
    const QList<SoqlSelectItem> &items, const QString &version) const
{
    const SfObject &d = t.def();
    const QByteArray id = t.idOf(row).toLatin1();
    out.append("{\"attributes\":{\"type\":\"");
    out.append(d.name.toLatin1());
    out.append("\",\"url\":\"/services/data/");
    out.append(version.toLatin1());
    out.append("/sobjects/");
    out.append(d.name.toLatin1());
    out.append('/');
    out.append(id);
    out.append("\"}");
    if (items.isEmpty()) {
        for (const SfField &f : d.fields) {
            out.append(",\"");
            out.append(f.name.toLatin1());
            out.append("\":");
            writeValue(out, t, row, f);
        }
        out.append('}');
        return;
    }
    QSet<int> doneRefs;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const SoqlSelectItem &it = items.at(i);
        if (it.viaRef < 0) {
            const SfField &f = d.fields.at(it.field);
            out.append(",\"");
            out.append(f.name.toLatin1());
            out.append("\":");
            writeValue(out, t, row, f);
            continue;
        }
        if (doneRefs.contains(it.viaRef))
            continue;
        doneRefs.insert(it.viaRef);
        out.append(",\"");
        out.append(it.relationship.toLatin1());
        out.append("\":");
        const SfField &refField = d.fields.at(it.viaRef);
        const QString refId = SoqlQuery::fieldText(t, row, refField, computedFn());
        const SObjectTable *target = table(it.target->name);
        const int trow = target && !refId.isEmpty() ? target->rowOf(refId) : -1;
        if (trow < 0) {
            out.append("null");
            continue;
        }
        QList<SoqlSelectItem> sub;
        for (qsizetype j = i; j < items.size(); ++j) {
            if (items.at(j).viaRef == it.viaRef) {
                SoqlSelectItem s = items.at(j);
                s.viaRef = -1;
                sub.append(s);
            }
        }
        writeRecord(out, *target, trow, sub, version);
    }
    out.append('}');
}

QByteArray SalesforceEmulator::queryPage(const QString &version, const QString &locator,
    const Cursor &cursor, qsizetype offset, qsizetype totalSize) const
{
    const SObjectTable &t = *table(cursor.object);
    const qsizetype end = qMin<qsizetype>(offset + cursor.batchSize, qsizetype(cursor.rows.size()));
    const bool done = end >= qsizetype(cursor.rows.size());
    QByteArray out;
    out.reserve((end - offset) * 400 + 200);
    out.append("{\"totalSize\":");
    out.append(QByteArray::number(totalSize));
    out.append(",\"done\":");
    out.append(done ? "true" : "false");
    if (!done) {
        out.append(",\"nextRecordsUrl\":\"/services/data/");
        out.append(version.toLatin1());
        out.append("/query/");
        out.append(locator.toLatin1());
        out.append('-');
        out.append(QByteArray::number(end));
        out.append('"');
    }
    out.append(",\"records\":[");
    for (qsizetype i = offset; i < end; ++i) {
        if (i > offset)
            out.append(',');
        writeRecord(out, t, cursor.rows[size_t(i)], cursor.query->select(), version);
    }
    out.append("]}");
    return out;
}

// ---------------------------------------------------------------- query

SandboxResponse SalesforceEmulator::query(const SandboxRequest &request, bool all)
{
    const QString soql = request.query(u"q");
    if (soql.trimmed().isEmpty())
        return sfError(400, u"MALFORMED_QUERY"_s, u"A query string has to be specified"_s);
    QString code;
    QString message;
    std::shared_ptr<SoqlQuery> q(
        SoqlQuery::parse(soql, &code, &message, now().toMSecsSinceEpoch()));
    if (!q)
        return sfError(400, code, message);
    SObjectTable &t = *table(q->object()->name);
    Cursor cursor;
    cursor.object = t.def().name;
    cursor.query = q;
    cursor.rows = q->execute(t, all, computedFn());
    const QString ver = version(request);
    if (q->isCountOnly()) {
        return SandboxResponse::raw(200, kJsonType,
            "{\"totalSize\":" + QByteArray::number(qint64(cursor.rows.size()))
                + ",\"done\":true,\"records\":[]}");
    }
    if (q->isAggregate()) {
        QByteArray out = "{\"totalSize\":1,\"done\":true,\"records\":[{\"attributes\":{\"type\":"
                         "\"AggregateResult\"}";
        for (const SoqlSelectItem &it : q->select()) {
            const SfField &f = t.def().fields.at(it.field);
            qint64 n = 0;
            for (int row : cursor.rows)
                n += SoqlQuery::fieldText(t, row, f, computedFn()).isEmpty() ? 0 : 1;
            out.append(",\"" + it.alias.toUtf8() + "\":" + QByteArray::number(n));
        }
        out.append("}]}");
        return SandboxResponse::raw(200, kJsonType, out);
    }
    int batch = 2000;
    const QByteArray opts = request.header("sforce-query-options");
    static const QRegularExpression batchRe(
        u"batchSize\\s*=\\s*(\\d+)"_s, QRegularExpression::CaseInsensitiveOption);
    const auto bm = batchRe.match(QString::fromLatin1(opts));
    if (bm.hasMatch())
        batch = std::clamp(bm.captured(1).toInt(), 200, 2000);
    cursor.batchSize = batch;
    QString locator;
    const qsizetype total = qsizetype(cursor.rows.size());
    if (total > batch) {
        locator = SObjectTable::makeId(u"01g"_s, ++m_seq);
        m_cursors.insert(locator, cursor);
        m_cursorOrder.append(locator);
        while (m_cursorOrder.size() > kMaxCursors)
            m_cursors.remove(m_cursorOrder.takeFirst());
    }
    return SandboxResponse::raw(200, kJsonType, queryPage(ver, locator, cursor, 0, total));
}

SandboxResponse SalesforceEmulator::queryMore(const SandboxRequest &request)
{
    const QString raw = request.param(u"locator"_s);
    const qsizetype dash = raw.lastIndexOf(u'-');
    const QString locator = dash < 0 ? raw : raw.left(dash);
    bool ok = dash >= 0;
    const qsizetype offset = dash < 0 ? 0 : raw.mid(dash + 1).toLongLong(&ok);
    const auto it = m_cursors.constFind(locator);
    if (!ok || it == m_cursors.constEnd() || offset < 0 || offset >= qsizetype(it->rows.size()))
        return sfError(400, u"INVALID_QUERY_LOCATOR"_s, u"invalid query locator"_s);
    return SandboxResponse::raw(200, kJsonType,
        queryPage(version(request), locator, it.value(), offset, qsizetype(it->rows.size())));
}

// ---------------------------------------------------------------- CRUD

QJsonArray SalesforceEmulator::errorsJson(const QList<SaveError> &errors, bool statusCode)
{
    QJsonArray arr;
    for (const SaveError &e : errors) {
        arr.append(QJsonObject { { statusCode ? u"statusCode"_s : u"errorCode"_s, e.code },
            { u"message"_s, e.message }, { u"fields"_s, QJsonArray::fromStringList(e.fields) } });
    }
    return arr;
}

QJsonObject SalesforceEmulator::saveResultJson(const SaveResult &r, bool withCreated)
{
    QJsonObject o;
    if (!r.id.isEmpty())
        o.insert(u"id"_s, r.id);
    o.insert(u"success"_s, r.success);
    o.insert(u"errors"_s, errorsJson(r.errors, true));
    if (withCreated)
        o.insert(u"created"_s, r.created);
    return o;
}

SalesforceEmulator::SaveResult SalesforceEmulator::saveCreate(
    SObjectTable &t, const QJsonObject &input, int userRow, bool dryRun, Staged *stagedOut)
{
    SaveResult res;
    Staged staged;
    QJsonObject in = input;
    in.remove(u"Id"_s);
    in.remove(u"id"_s);
    if (!stage(t, in, true, -1, &staged, &res.errors))
        return res;
    res.success = true;
    res.created = true;
    if (stagedOut)
        *stagedOut = staged;
    if (!dryRun)
        res.id = t.idOf(commitCreate(t, staged, userRow));
    return res;
}

SandboxResponse SalesforceEmulator::createOne(const SandboxRequest &request, const Session &session)
{
    SObjectTable *t = table(request.param(u"object"_s));
    if (!t)
        return notFoundResponse(request);
    bool ok = false;
    const QJsonDocument doc = request.json(&ok);
    if (!ok || !doc.isObject())
        return sfError(
            400, u"JSON_PARSER_ERROR"_s, u"The request body is not a valid JSON object"_s);
    if (doc.object().contains(u"Id"_s) || doc.object().contains(u"id"_s))
        return sfError(400, u"INVALID_FIELD_FOR_INSERT_UPDATE"_s,
            u"Unable to create/update fields: Id. Please check the security settings of this field and verify that it is read/write for your Profile or Permission set."_s,
            { u"Id"_s });
    const SaveResult r = saveCreate(*t, doc.object(), session.userRow, false, nullptr);
    if (!r.success) {
        const SaveError &e = r.errors.first();
        return sfError(400, e.code, e.message, e.fields);
    }
    SandboxResponse resp = SandboxResponse::json(201,
        QJsonObject { { u"id"_s, r.id }, { u"success"_s, true }, { u"errors"_s, QJsonArray {} } });
    resp.setHeader("Location",
        (u"/services/data/"_s + version(request) + u"/sobjects/"_s + t->def().name + u"/"_s + r.id)
            .toLatin1());
    return resp;
}

SandboxResponse SalesforceEmulator::retrieveOne(const SandboxRequest &request)
{
    SObjectTable *t = table(request.param(u"object"_s));
    if (!t)
        return notFoundResponse(request);
    const QString id = request.param(u"id"_s);
    const int row = t->rowOf(id);
    if (row < 0)
        return notFoundResponse(request);
    if (t->record(row).deleted)
        return sfError(404, u"ENTITY_IS_DELETED"_s, u"entity is deleted"_s);
    QList<SoqlSelectItem> items;
    const QString fields = request.query(u"fields");
    if (!fields.isEmpty()) {
        const QStringList names = fields.split(u',', Qt::SkipEmptyParts);
        for (const QString &n : names) {
            SoqlSelectItem it;
            it.field = t->def().fieldIndex(n.trimmed());
            if (it.field < 0)
                return sfError(400, u"INVALID_FIELD"_s,
                    u"No such column '"_s + n.trimmed() + u"' on entity '"_s + t->def().name
                        + u"'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names."_s);
            items.append(it);
        }
    }
    QByteArray out;
    writeRecord(out, *t, row, items, version(request));
    return SandboxResponse::raw(200, kJsonType, out);
}

SandboxResponse SalesforceEmulator::updateOne(const SandboxRequest &request, const Session &session)
{
    SObjectTable *t = table(request.param(u"object"_s));
    if (!t)
        return notFoundResponse(request);
    const int row = t->rowOf(request.param(u"id"_s));
    if (row < 0)
        return notFoundResponse(request);
    if (t->record(row).deleted)
        return sfError(404, u"ENTITY_IS_DELETED"_s, u"entity is deleted"_s);
    bool ok = false;
    const QJsonDocument doc = request.json(&ok);
    if (!ok || !doc.isObject())
        return sfError(
            400, u"JSON_PARSER_ERROR"_s, u"The request body is not a valid JSON object"_s);
    Staged staged;
    QList<SaveError> errors;
    QJsonObject in = doc.object();
    in.remove(u"Id"_s);
    in.remove(u"id"_s);
    if (!stage(*t, in, false, row, &staged, &errors))
        return sfError(400, errors.first().code, errors.first().message, errors.first().fields);
    commitUpdate(*t, row, staged, session.userRow);
    return SandboxResponse::empty(204);
}

SandboxResponse SalesforceEmulator::deleteOne(const SandboxRequest &request)
{
    SObjectTable *t = table(request.param(u"object"_s));
    if (!t)
        return notFoundResponse(request);
    const int row = t->rowOf(request.param(u"id"_s));
    if (row < 0)
        return notFoundResponse(request);
    if (t->record(row).deleted)
        return sfError(404, u"ENTITY_IS_DELETED"_s, u"entity is deleted"_s);
    t->markDeleted(row, now().toMSecsSinceEpoch());
    return SandboxResponse::empty(204);
}

SalesforceEmulator::SaveResult SalesforceEmulator::saveUpsert(SObjectTable &t,
    const QString &extField, const QString &value, const QJsonObject &input, int userRow,
    bool dryRun)
{
    SaveResult res;
    const SfField *f = t.def().field(extField);
    QJsonObject in = input;
    in.remove(u"attributes"_s);
    QList<int> hits;
    if (f->storage == SfStorage::Id) {
        in.remove(u"Id"_s);
        in.remove(u"id"_s);
        if (!value.isEmpty()) {
            const int row = t.rowOf(value);
            if (row < 0 || t.record(row).deleted) {
                res.errors.append({ u"NOT_FOUND"_s,
                    u"Provided external ID field does not exist or is not accessible: "_s + value,
                    { u"Id"_s } });
                return res;
            }
            hits.append(row);
        }
    } else {
        for (auto it = in.begin(); it != in.end();) {
            if (it.key().compare(f->name, Qt::CaseInsensitive) == 0)
                it = in.erase(it);
            else
                ++it;
        }
        hits = t.findByExternal(f->slot, value);
    }
    if (hits.size() > 1) {
        res.errors.append({ u"DUPLICATE_EXTERNAL_ID"_s,
            f->name + u": more than one record found for external id field: "_s + value,
            { f->name } });
        return res;
    }
    if (hits.isEmpty()) {
        if (f->storage != SfStorage::Id)
            in.insert(f->name, value);
        Staged staged;
        if (!stage(t, in, true, -1, &staged, &res.errors)) {
            res.created = true;
            return res;
        }
        res.success = true;
        res.created = true;
        if (!dryRun)
            res.id = t.idOf(commitCreate(t, staged, userRow));
        return res;
    }
    Staged staged;
    if (!stage(t, in, false, hits.first(), &staged, &res.errors))
        return res;
    res.success = true;
    res.created = false;
    res.id = t.idOf(hits.first());
    if (!dryRun)
        commitUpdate(t, hits.first(), staged, userRow);
    return res;
}

SandboxResponse SalesforceEmulator::upsertOne(const SandboxRequest &request, const Session &session)
{
    SObjectTable *t = table(request.param(u"object"_s));
    if (!t)
        return notFoundResponse(request);
    const SfField *f = t->def().field(request.param(u"field"_s));
    if (!f || !(f->externalId || f->storage == SfStorage::Id))
        return notFoundResponse(request);
    bool ok = false;
    const QJsonDocument doc
        = request.body.trimmed().isEmpty() ? QJsonDocument(QJsonObject {}) : request.json(&ok);
    if ((!ok && !request.body.trimmed().isEmpty()) || !doc.isObject())
        return sfError(
            400, u"JSON_PARSER_ERROR"_s, u"The request body is not a valid JSON object"_s);
    QString value = request.param(u"value"_s);
    if (f->storage != SfStorage::Id) {
        const QList<int> hits = t->findByExternal(f->slot, value);
        if (hits.size() > 1) {
            QJsonArray urls;
            for (int row : hits)
                urls.append(QString(u"/services/data/"_s + version(request) + u"/sobjects/"_s
                    + t->def().name + u"/"_s + t->idOf(row)));
            return SandboxResponse::json(300, urls);
        }
        if (hits.isEmpty() && request.query(u"updateOnly") == u"true")
            return notFoundResponse(request);
    }
    const SaveResult r = saveUpsert(*t, f->name, value, doc.object(), session.userRow, false);
    if (!r.success) {
        const SaveError &e = r.errors.first();
        return sfError(e.code == u"NOT_FOUND" ? 404 : 400, e.code, e.message, e.fields);
    }
    static const QRegularExpression verRe(u"^v(\\d+)"_s);
    const int ver = verRe.match(version(request)).captured(1).toInt();
    const QJsonObject body { { u"id"_s, r.id }, { u"success"_s, true },
        { u"errors"_s, QJsonArray {} }, { u"created"_s, r.created } };
    if (r.created)
        return SandboxResponse::json(201, body);
    if (ver < 46)
        return SandboxResponse::empty(204);
    return SandboxResponse::json(200, body);
}

// ---------------------------------------------------------------- collections

namespace {
struct CollectionInput
{
    bool allOrNone = false;
    QJsonArray records;
    QString error;
};

CollectionInput readCollection(const SandboxRequest &request)
{
    CollectionInput in;
    bool ok = false;
    const QJsonDocument doc = request.json(&ok);
    if (!ok || !doc.isObject()) {
        in.error = u"JSON_PARSER_ERROR"_s;
        return in;
    }
    in.allOrNone = doc.object().value(u"allOrNone"_s).toBool(false);
    in.records = doc.object().value(u"records"_s).toArray();
    return in;
}
} // namespace

SandboxResponse SalesforceEmulator::collectionCreate(
    const SandboxRequest &request, const Session &session)
{
    const CollectionInput in = readCollection(request);
    if (!in.error.isEmpty())
        return sfError(
            400, u"JSON_PARSER_ERROR"_s, u"The request body is not a valid JSON object"_s);
    if (in.records.size() > kMaxCollection)
        return sfError(400, u"EXCEEDED_ID_LIMIT"_s,
            u"record limit reached. cannot submit more than 200 records into this call"_s);
    QList<SaveResult> results;
    QList<QPair<SObjectTable *, QJsonObject>> valid;
    bool anyFailed = false;
    for (const QJsonValue &v : in.records) {
        const QJsonObject rec = v.toObject();
        const QString type = rec.value(u"attributes"_s).toObject().value(u"type"_s).toString();
        SObjectTable *t = table(type);
        SaveResult r;
        if (type.isEmpty() || !t) {
            r.errors.append({ u"INVALID_TYPE"_s,
                type.isEmpty() ? u"Must send a concrete entity type."_s
                               : u"sObject type '"_s + type + u"' is not supported."_s,
                {} });
        } else if (rec.contains(u"id"_s) || rec.contains(u"Id"_s)) {
            r.errors.append(
                { u"INVALID_FIELD"_s, u"cannot specify Id in an insert call"_s, { u"Id"_s } });
        } else {
            r = saveCreate(*t, rec, session.userRow, true, nullptr);
        }
        anyFailed = anyFailed || !r.success;
        results.append(r);
        valid.append({ t, rec });
    }
    QJsonArray out;
    for (qsizetype i = 0; i < results.size(); ++i) {
        SaveResult &r = results[i];
        if (in.allOrNone && anyFailed) {
            if (r.success) {
                r.success = false;
                r.errors = { { u"ALL_OR_NONE_OPERATION_ROLLED_BACK"_s,
                    u"Record rolled back because not all records were valid and the request was using AllOrNone header"_s,
                    {} } };
            }
        } else if (r.success) {
            r = saveCreate(*valid[i].first, valid[i].second, session.userRow, false, nullptr);
        }
        out.append(saveResultJson(r, false));
    }
    return SandboxResponse::json(200, out);
}

SandboxResponse SalesforceEmulator::collectionUpdate(
    const SandboxRequest &request, const Session &session)
{
    const CollectionInput in = readCollection(request);
    if (!in.error.isEmpty())
        return sfError(
            400, u"JSON_PARSER_ERROR"_s, u"The request body is not a valid JSON object"_s);
    if (in.records.size() > kMaxCollection)
        return sfError(400, u"EXCEEDED_ID_LIMIT"_s,
            u"record limit reached. cannot submit more than 200 records into this call"_s);
    struct Item
    {
        SObjectTable *t = nullptr;
        int row = -1;
        Staged staged;
        SaveResult r;
    };
    QList<Item> items;
    bool anyFailed = false;
    for (const QJsonValue &v : in.records) {
        QJsonObject rec = v.toObject();
        Item item;
        const QString type = rec.value(u"attributes"_s).toObject().value(u"type"_s).toString();
        const QString id
            = rec.contains(u"id"_s) ? rec.value(u"id"_s).toString() : rec.value(u"Id"_s).toString();
        rec.remove(u"id"_s);
        rec.remove(u"Id"_s);
        item.t = table(type);
        if (type.isEmpty() || !item.t) {
            item.r.errors.append({ u"INVALID_TYPE"_s, u"Must send a concrete entity type."_s, {} });
        } else if (id.isEmpty()) {
            item.r.errors.append(
                { u"MISSING_ARGUMENT"_s, u"Id not specified in an update call"_s, {} });
        } else if ((item.row = item.t->rowOf(id)) < 0) {
            item.r.id = id;
            item.r.errors.append({ u"MALFORMED_ID"_s, u"Id: invalid id "_s + id, { u"Id"_s } });
        } else if (item.t->record(item.row).deleted) {
            item.r.id = id;
            item.r.errors.append({ u"ENTITY_IS_DELETED"_s, u"entity is deleted"_s, {} });
        } else if (stage(*item.t, rec, false, item.row, &item.staged, &item.r.errors)) {
            item.r.success = true;
            item.r.id = item.t->idOf(item.row);
        } else {
            item.r.id = item.t->idOf(item.row);
        }
        anyFailed = anyFailed || !item.r.success;
        items.append(item);
    }
    QJsonArray out;
    for (Item &item : items) {
        if (in.allOrNone && anyFailed && item.r.success) {
            item.r.success = false;
            item.r.errors = { { u"ALL_OR_NONE_OPERATION_ROLLED_BACK"_s,
                u"Record rolled back because not all records were valid and the request was using AllOrNone header"_s,
                {} } };
        } else if (item.r.success) {
            commitUpdate(*item.t, item.row, item.staged, session.userRow);
        }
        out.append(saveResultJson(item.r, false));
    }
    return SandboxResponse::json(200, out);
}

SandboxResponse SalesforceEmulator::collectionUpsert(
    const SandboxRequest &request, const Session &session)
{
    SObjectTable *t = table(request.param(u"object"_s));
    if (!t)
        return notFoundResponse(request);
    const SfField *f = t->def().field(request.param(u"field"_s));
    if (!f || !(f->externalId || f->storage == SfStorage::Id))
        return sfError(400, u"INVALID_FIELD"_s,
            u"Field name provided, "_s + request.param(u"field"_s)
                + u" is not an External ID or indexed field for "_s + t->def().name);
    const CollectionInput in = readCollection(request);
    if (!in.error.isEmpty())
        return sfError(
            400, u"JSON_PARSER_ERROR"_s, u"The request body is not a valid JSON object"_s);
    if (in.records.size() > kMaxCollection)
        return sfError(400, u"EXCEEDED_ID_LIMIT"_s,
            u"record limit reached. cannot submit more than 200 records into this call"_s);
    QList<SaveResult> results;
    QList<QPair<QString, QJsonObject>> inputs;
    bool anyFailed = false;
    for (const QJsonValue &v : in.records) {
        const QJsonObject rec = v.toObject();
        QString value;
        for (auto it = rec.begin(); it != rec.end(); ++it) {
            if (it.key().compare(f->name, Qt::CaseInsensitive) == 0)
                value = jsonValueText(it.value());
        }
        const QString type = rec.value(u"attributes"_s).toObject().value(u"type"_s).toString();
        SaveResult r;
        if (!type.isEmpty() && type.compare(t->def().name, Qt::CaseInsensitive) != 0) {
            r.errors.append(
                { u"INVALID_TYPE"_s, u"Record type does not match the URL: "_s + type, {} });
        } else if (value.isEmpty() && f->storage != SfStorage::Id) {
            r.errors.append({ u"MISSING_ARGUMENT"_s, f->name + u" not specified"_s, { f->name } });
        } else {
            r = saveUpsert(*t, f->name, value, rec, session.userRow, true);
        }
        anyFailed = anyFailed || !r.success;
        results.append(r);
        inputs.append({ value, rec });
    }
    QJsonArray out;
    for (qsizetype i = 0; i < results.size(); ++i) {
        SaveResult &r = results[i];
        if (in.allOrNone && anyFailed) {
            if (r.success) {
                r.success = false;
                r.id.clear();
                r.errors = { { u"ALL_OR_NONE_OPERATION_ROLLED_BACK"_s,
                    u"Record rolled back because not all records were valid and the request was using AllOrNone header"_s,
                    {} } };
            }
            r.created = true; // what a real org reports for rolled-back upserts
        } else if (r.success) {
            r = saveUpsert(*t, f->name, inputs[i].first, inputs[i].second, session.userRow, false);
        }
        out.append(saveResultJson(r, true));
    }
    return SandboxResponse::json(200, out);
}

SandboxResponse SalesforceEmulator::collectionDelete(const SandboxRequest &request)
{
    const QStringList ids = request.query(u"ids").split(u',', Qt::SkipEmptyParts);
    if (ids.isEmpty())
        return sfError(400, u"MISSING_ARGUMENT"_s, u"ids parameter is required"_s);
    if (ids.size() > kMaxCollection)
        return sfError(400, u"EXCEEDED_ID_LIMIT"_s,
            u"record limit reached. cannot submit more than 200 records into this call"_s);
    const bool allOrNone = request.query(u"allOrNone") == u"true";
    struct Item
    {
        SObjectTable *t = nullptr;
        int row = -1;
        SaveResult r;
    };
    QList<Item> items;
    bool anyFailed = false;
    for (const QString &id : ids) {
        Item item;
        item.r.id = id;
        for (auto &t : m_tables) {
            const int row = t->rowOf(id);
            if (row >= 0) {
                item.t = t.get();
                item.row = row;
                break;
            }
        }
        if (!item.t) {
            item.r.id.clear();
            item.r.errors.append({ u"MALFORMED_ID"_s, u"malformed id "_s + id, {} });
        } else if (item.t->record(item.row).deleted) {
            item.r.errors.append({ u"ENTITY_IS_DELETED"_s, u"entity is deleted"_s, {} });
        } else {
            item.r.id = item.t->idOf(item.row);
            item.r.success = true;
        }
        anyFailed = anyFailed || !item.r.success;
        items.append(item);
    }
    QJsonArray out;
    for (Item &item : items) {
        if (allOrNone && anyFailed && item.r.success) {
            item.r.success = false;
            item.r.errors = { { u"ALL_OR_NONE_OPERATION_ROLLED_BACK"_s,
                u"Record rolled back because not all records were valid and the request was using AllOrNone header"_s,
                {} } };
        } else if (item.r.success) {
            item.t->markDeleted(item.row, now().toMSecsSinceEpoch());
        }
        out.append(saveResultJson(item.r, false));
    }
    return SandboxResponse::json(200, out);
}

SandboxResponse SalesforceEmulator::collectionRetrieve(const SandboxRequest &request)
{
    SObjectTable *t = table(request.param(u"object"_s));
    if (!t)
        return notFoundResponse(request);
    QStringList ids;
    QStringList fields;
    if (request.method == "POST") {
        bool ok = false;
        const QJsonObject o = request.json(&ok).object();
        if (!ok)
            return sfError(
                400, u"JSON_PARSER_ERROR"_s, u"The request body is not a valid JSON object"_s);
        for (const QJsonValue &v : o.value(u"ids"_s).toArray())
            ids.append(v.toString());
        for (const QJsonValue &v : o.value(u"fields"_s).toArray())
            fields.append(v.toString());
    } else {
        ids = request.query(u"ids").split(u',', Qt::SkipEmptyParts);
        fields = request.query(u"fields").split(u',', Qt::SkipEmptyParts);
    }
    if (ids.isEmpty() || fields.isEmpty())
        return sfError(400, u"MISSING_ARGUMENT"_s, u"ids and fields are required"_s);
    if (ids.size() > 2000)
        return sfError(400, u"EXCEEDED_ID_LIMIT"_s, u"Too many ids requested"_s);
    QList<SoqlSelectItem> items;
    for (const QString &n : std::as_const(fields)) {
        SoqlSelectItem it;
        it.field = t->def().fieldIndex(n.trimmed());
        if (it.field < 0)
            return sfError(400, u"INVALID_FIELD"_s,
                u"No such column '"_s + n + u"' on entity '"_s + t->def().name + u"'"_s);
        items.append(it);
    }
    QByteArray out = "[";
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            out.append(',');
        const int row = t->rowOf(ids.at(i));
        if (row < 0 || t->record(row).deleted)
            out.append("null");
        else
            writeRecord(out, *t, row, items, version(request));
    }
    out.append(']');
    return SandboxResponse::raw(200, kJsonType, out);
}

// ---------------------------------------------------------------- replication

SandboxResponse SalesforceEmulator::updated(const SandboxRequest &request)
{
    SObjectTable *t = table(request.param(u"object"_s));
    if (!t)
        return notFoundResponse(request);
    bool okS = false;
    bool okE = false;
    const QString s = request.query(u"start");
    const QString e = request.query(u"end");
    if (s.isEmpty() || e.isEmpty())
        return sfError(
            400, u"MISSING_ARGUMENT"_s, u"Missing required query parameters: start and end"_s);
    qint64 start = parseIsoMs(s, &okS);
    qint64 end = parseIsoMs(e, &okE);
    if (!okS || !okE)
        return sfError(
            400, u"INVALID_REPLICATION_DATE"_s, u"Unable to parse the start or end date"_s);
    start -= start % 60000;
    end -= end % 60000;
    const qint64 nowMs = now().toMSecsSinceEpoch();
    if (start >= end)
        return sfError(400, u"INVALID_REPLICATION_DATE"_s,
            u"startDate must chronologically precede endDate by more than one minute"_s);
    if (start < nowMs - 30LL * 86400000)
        return sfError(
            400, u"INVALID_REPLICATION_DATE"_s, u"startDate cannot be more than 30 days ago"_s);
    end = qMin(end, nowMs - nowMs % 60000);
    QByteArray out = "{\"ids\":[";
    int n = 0;
    for (int row = 0; row < t->rowCount(); ++row) {
        const SfRecord &r = t->record(row);
        if (r.deleted || r.modified < start || r.modified >= end)
            continue;
        if (++n > 600000)
            return sfError(400, u"EXCEEDED_ID_LIMIT"_s,
                u"Too many ids: more than 600,000 records were updated in the interval"_s);
        if (n > 1)
            out.append(',');
        out.append('"' + t->idOf(row).toLatin1() + '"');
    }
    out.append("],\"latestDateCovered\":\"" + isoMs(qMax(start, end)).toLatin1() + "\"}");
    return SandboxResponse::raw(200, kJsonType, out);
}

SandboxResponse SalesforceEmulator::deleted(const SandboxRequest &request)
{
    SObjectTable *t = table(request.param(u"object"_s));
    if (!t)
        return notFoundResponse(request);
    bool okS = false;
    bool okE = false;
    const QString s = request.query(u"start");
    const QString e = request.query(u"end");
    if (s.isEmpty() || e.isEmpty())
        return sfError(
            400, u"MISSING_ARGUMENT"_s, u"Missing required query parameters: start and end"_s);
    qint64 start = parseIsoMs(s, &okS);
    qint64 end = parseIsoMs(e, &okE);
    if (!okS || !okE)
        return sfError(
            400, u"INVALID_REPLICATION_DATE"_s, u"Unable to parse the start or end date"_s);
    start -= start % 60000;
    end -= end % 60000;
    const qint64 nowMs = now().toMSecsSinceEpoch();
    if (start >= end)
        return sfError(400, u"INVALID_REPLICATION_DATE"_s,
            u"startDate must chronologically precede endDate by more than one minute"_s);
    const qint64 earliest = nowMs - 15LL * 86400000;
    if (start < earliest - 60000)
        return sfError(
            400, u"INVALID_REPLICATION_DATE"_s, u"startDate cannot be more than 15 days ago"_s);
    end = qMin(end, nowMs - nowMs % 60000);
    QJsonArray recs;
    for (int row = 0; row < t->rowCount(); ++row) {
        const SfRecord &r = t->record(row);
        if (!r.deleted || r.deleted < start || r.deleted >= end)
            continue;
        recs.append(
            QJsonObject { { u"id"_s, t->idOf(row) }, { u"deletedDate"_s, isoMs(r.deleted) } });
    }
    return SandboxResponse::json(200,
        QJsonObject { { u"deletedRecords"_s, recs },
            { u"earliestDateAvailable"_s, isoMs(earliest - earliest % 60000) },
            { u"latestDateCovered"_s, isoMs(qMax(start, end)) } });
}

// ---------------------------------------------------------------- reports

namespace {
struct ReportColumn
{
    const char16_t *key;
    const char16_t *label;
    const char16_t *field;
    const char16_t *type;
};
const ReportColumn kWebinarColumns[] = {
    { u"LEAD_ID", u"Lead ID", u"Id", u"id" },
    { u"FIRST_NAME", u"First Name", u"FirstName", u"string" },
    { u"LAST_NAME", u"Last Name", u"LastName", u"string" },
    { u"EMAIL", u"Email", u"Email", u"email" },
    { u"COMPANY", u"Company / Account", u"Company", u"string" },
    { u"LEAD_SOURCE", u"Lead Source", u"LeadSource", u"picklist" },
    { u"Lead.Score__c", u"Score", u"Score__c", u"double" },
};
} // namespace

SandboxResponse SalesforceEmulator::reportList(const SandboxRequest &request)
{
    const QString id = SObjectTable::withChecksum(kReportId15);
    const QString b = u"/services/data/"_s + version(request) + u"/analytics/reports/"_s + id;
    return SandboxResponse::json(200,
        QJsonArray { QJsonObject { { u"describeUrl"_s, QString(b + u"/describe"_s) },
            { u"id"_s, id }, { u"instancesUrl"_s, QString(b + u"/instances"_s) },
            { u"name"_s, u"Webinar leads"_s }, { u"url"_s, b } } });
}

SandboxResponse SalesforceEmulator::reportDescribe(const SandboxRequest &request)
{
    const SObjectTable *dummy = nullptr;
    Q_UNUSED(dummy)
    const QString id = request.param(u"id"_s);
    if (id != SObjectTable::withChecksum(kReportId15) && id != kReportId15)
        return notFoundResponse(request);
    QJsonArray cols;
    QJsonObject info;
    for (const ReportColumn &c : kWebinarColumns) {
        cols.append(QString::fromUtf16(c.key));
        info.insert(QString::fromUtf16(c.key),
            QJsonObject { { u"dataType"_s, QString::fromUtf16(c.type) },
                { u"entityColumnName"_s, QString::fromUtf16(c.field) }, { u"filterable"_s, true },
                { u"isLookup"_s, false }, { u"label"_s, QString::fromUtf16(c.label) } });
    }
    const QJsonObject meta { { u"aggregates"_s, QJsonArray { u"RowCount"_s } },
        { u"detailColumns"_s, cols }, { u"id"_s, SObjectTable::withChecksum(kReportId15) },
        { u"name"_s, u"Webinar leads"_s }, { u"developerName"_s, u"Webinar_leads"_s },
        { u"reportFormat"_s, u"TABULAR"_s },
        { u"reportType"_s,
            QJsonObject { { u"label"_s, u"Leads"_s }, { u"type"_s, u"LeadList"_s } } },
        { u"reportFilters"_s,
            QJsonArray { QJsonObject { { u"column"_s, u"LEAD_SOURCE"_s },
                { u"operator"_s, u"equals"_s }, { u"value"_s, u"Webinar"_s } } } },
        { u"reportBooleanFilter"_s, QJsonValue::Null }, { u"groupingsDown"_s, QJsonArray {} },
        { u"groupingsAcross"_s, QJsonArray {} }, { u"hasDetailRows"_s, true } };
    const QJsonObject ext { { u"detailColumnInfo"_s, info },
        { u"aggregateColumnInfo"_s,
            QJsonObject { { u"RowCount"_s,
                QJsonObject {
                    { u"dataType"_s, u"int"_s }, { u"label"_s, u"Record Count"_s } } } } },
        { u"groupingColumnInfo"_s, QJsonObject {} } };
    return SandboxResponse::json(200,
        QJsonObject { { u"reportMetadata"_s, meta }, { u"reportExtendedMetadata"_s, ext },
            { u"reportTypeMetadata"_s, QJsonObject {} } });
}

SandboxResponse SalesforceEmulator::reportRun(const SandboxRequest &request)
{
    SandboxResponse describe = reportDescribe(request);
    if (describe.status != 200)
        return describe;
    QJsonObject out = QJsonDocument::fromJson(describe.body).object();
    out.remove(u"reportTypeMetadata"_s);
    // "Webinar leads": leads from the Webinar lead source or members of a webinar campaign.
    const SObjectTable &leads = *table(u"Lead");
    const SObjectTable &cm = *table(u"CampaignMember");
    const SObjectTable &camps = *table(u"Campaign");
    QSet<QByteArray> webinarCampaigns;
    const int typeSlot = camps.def().field(u"Type")->slot;
    for (int r = 0; r < camps.rowCount(); ++r) {
        if (!camps.record(r).deleted && camps.value(r, typeSlot) == "Webinar")
            webinarCampaigns.insert(camps.idOf(r).toLatin1());
    }
    QSet<int> memberLeads;
    const int cmCamp = cm.def().field(u"CampaignId")->slot;
    const int cmLead = cm.def().field(u"LeadId")->slot;
    for (int r = 0; r < cm.rowCount(); ++r) {
        if (cm.record(r).deleted || !webinarCampaigns.contains(cm.value(r, cmCamp).toByteArray()))
            continue;
        const int lr = leads.rowOf(QString::fromLatin1(cm.value(r, cmLead)));
        if (lr >= 0)
            memberLeads.insert(lr);
    }
    const int srcSlot = leads.def().field(u"LeadSource")->slot;
    QJsonArray rows;
    int total = 0;
    for (int r = 0; r < leads.rowCount(); ++r) {
        if (leads.record(r).deleted)
            continue;
        if (leads.value(r, srcSlot) != "Webinar" && !memberLeads.contains(r))
            continue;
        ++total;
        if (rows.size() >= 2000)
            continue;
        QJsonArray cells;
        for (const ReportColumn &c : kWebinarColumns) {
            const SfField *f = leads.def().field(QStringView(c.field));
            const QString v = SoqlQuery::fieldText(leads, r, *f, computedFn());
            QJsonValue value = v.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v);
            if (f->type == SfType::Double && !v.isEmpty())
                value = v.toDouble();
            const QString label = f->name == u"Id" ? computed(leads, r, *leads.def().field(u"Name"))
                                                   : (v.isEmpty() ? u"-"_s : v);
            cells.append(QJsonObject { { u"label"_s, label }, { u"value"_s, value } });
        }
        rows.append(QJsonObject { { u"dataCells"_s, cells } });
    }
    const QString id = SObjectTable::withChecksum(kReportId15);
    out.insert(u"attributes"_s,
        QJsonObject { { u"describeUrl"_s,
                          QString(u"/services/data/"_s + version(request) + u"/analytics/reports/"_s
                              + id + u"/describe"_s) },
            { u"instancesUrl"_s,
                QString(u"/services/data/"_s + version(request) + u"/analytics/reports/"_s + id
                    + u"/instances"_s) },
            { u"reportId"_s, id }, { u"reportName"_s, u"Webinar leads"_s },
            { u"type"_s, u"Report"_s } });
    out.insert(u"allData"_s, total <= 2000);
    out.insert(u"hasDetailRows"_s, true);
    out.insert(u"groupingsDown"_s, QJsonObject { { u"groupings"_s, QJsonArray {} } });
    out.insert(u"groupingsAcross"_s, QJsonObject { { u"groupings"_s, QJsonArray {} } });
    out.insert(u"factMap"_s,
        QJsonObject { { u"T!T"_s,
            QJsonObject { { u"aggregates"_s,
                              QJsonArray { QJsonObject { { u"label"_s, QString::number(total) },
                                  { u"value"_s, total } } } },
                { u"rows"_s, rows } } } });
    return SandboxResponse::json(200, out);
}

// ---------------------------------------------------------------- Bulk 2.0 ingest

QJsonObject SalesforceEmulator::ingestInfo(const IngestJob &job) const
{
    QJsonObject o { { u"id"_s, job.id }, { u"operation"_s, job.operation },
        { u"object"_s, job.object }, { u"createdById"_s, job.createdById },
        { u"createdDate"_s, isoMs(job.created) }, { u"systemModstamp"_s, isoMs(job.modified) },
        { u"state"_s, job.state }, { u"concurrencyMode"_s, u"Parallel"_s },
        { u"contentType"_s, u"CSV"_s }, { u"apiVersion"_s, job.apiVersion.mid(1).toDouble() },
        { u"jobType"_s, u"V2Ingest"_s },
        { u"contentUrl"_s,
            QString(u"services/data/"_s + job.apiVersion + u"/jobs/ingest/"_s + job.id
                + u"/batches"_s) },
        { u"lineEnding"_s, job.lineEnding }, { u"columnDelimiter"_s, job.columnDelimiter },
        { u"numberRecordsProcessed"_s, job.processed }, { u"numberRecordsFailed"_s, job.failed },
        { u"retries"_s, 0 }, { u"totalProcessingTime"_s, 0 }, { u"apiActiveProcessingTime"_s, 0 },
        { u"apexProcessingTime"_s, 0 } };
    if (!job.externalIdField.isEmpty())
        o.insert(u"externalIdFieldName"_s, job.externalIdField);
    if (!job.errorMessage.isEmpty())
        o.insert(u"errorMessage"_s, job.errorMessage);
    return o;
}

SandboxResponse SalesforceEmulator::ingestCreate(
    const SandboxRequest &request, const Session &session)
{
    bool ok = false;
    const QJsonObject in = request.json(&ok).object();
    if (!ok)
        return sfError(
            400, u"JSON_PARSER_ERROR"_s, u"The request body is not a valid JSON object"_s);
    IngestJob job;
    const QString object = in.value(u"object"_s).toString();
    job.operation = in.value(u"operation"_s).toString();
    const SObjectTable *t = table(object);
    if (object.isEmpty() || !t)
        return sfError(400, u"INVALIDJOB"_s, u"Unable to find object: "_s + object);
    static const QStringList ops
        = { u"insert"_s, u"update"_s, u"upsert"_s, u"delete"_s, u"hardDelete"_s };
    if (!ops.contains(job.operation))
        return sfError(
            400, u"INVALIDJOB"_s, u"InvalidJob : Invalid job operation: "_s + job.operation);
    job.externalIdField = in.value(u"externalIdFieldName"_s).toString();
    if (job.operation == u"upsert") {
        const SfField *f = t->def().field(job.externalIdField);
        if (job.externalIdField.isEmpty())
            return sfError(400, u"INVALIDJOB"_s,
                u"InvalidJob : External ID was blank for "_s + t->def().name
                    + u". An External ID must be specified for upsert."_s);
        if (!f || !(f->externalId || f->storage == SfStorage::Id))
            return sfError(400, u"INVALIDJOB"_s,
                u"InvalidJob : Field name provided, "_s + job.externalIdField
                    + u" is not an External ID or indexed field for "_s + t->def().name);
        job.externalIdField = f->name;
    }
    const QString contentType = in.value(u"contentType"_s).toString(u"CSV"_s);
    if (contentType != u"CSV")
        return sfError(
            400, u"INVALIDJOB"_s, u"InvalidJob : Invalid content type: "_s + contentType);
    job.lineEnding = in.value(u"lineEnding"_s).toString(u"LF"_s);
    job.columnDelimiter = in.value(u"columnDelimiter"_s).toString(u"COMMA"_s);
    if (job.lineEnding != u"LF" && job.lineEnding != u"CRLF")
        return sfError(
            400, u"INVALIDJOB"_s, u"InvalidJob : Invalid line ending: "_s + job.lineEnding);
    static const QStringList delims
        = { u"COMMA"_s, u"TAB"_s, u"SEMICOLON"_s, u"PIPE"_s, u"CARET"_s, u"BACKQUOTE"_s };
    if (!delims.contains(job.columnDelimiter))
        return sfError(400, u"INVALIDJOB"_s,
            u"InvalidJob : Invalid column delimiter: "_s + job.columnDelimiter);
    job.object = t->def().name;
    job.id = SObjectTable::makeId(u"750"_s, ++m_seq);
    job.state = u"Open"_s;
    job.apiVersion = version(request);
    job.createdById = users().idOf(session.userRow);
    job.created = job.modified = now().toMSecsSinceEpoch();
    m_ingestJobs.insert(job.id, job);
    return SandboxResponse::json(200, ingestInfo(job));
}

SandboxResponse SalesforceEmulator::ingestList(const SandboxRequest &)
{
    QJsonArray records;
    for (const IngestJob &j : std::as_const(m_ingestJobs))
        records.append(ingestInfo(j));
    return SandboxResponse::json(200,
        QJsonObject { { u"done"_s, true }, { u"records"_s, records },
            { u"nextRecordsUrl"_s, QJsonValue::Null } });
}

SandboxResponse SalesforceEmulator::ingestGet(const SandboxRequest &request)
{
    const auto it = m_ingestJobs.constFind(request.param(u"id"_s));
    if (it == m_ingestJobs.constEnd())
        return notFoundResponse(request);
    return SandboxResponse::json(200, ingestInfo(it.value()));
}

SandboxResponse SalesforceEmulator::ingestUpload(const SandboxRequest &request)
{
    auto it = m_ingestJobs.find(request.param(u"id"_s));
    if (it == m_ingestJobs.end())
        return notFoundResponse(request);
    if (it->state != u"Open" || it->uploaded)
        return sfError(409, u"INVALIDJOBSTATE"_s,
            u"Found an already uploaded batch or the job is not Open: "_s + it->state);
    if (request.contentType() != "text/csv")
        return sfError(415, u"UNSUPPORTEDCONTENTTYPE"_s,
            u"Unsupported content type: "_s + QString::fromLatin1(request.contentType()));
    if (request.body.size() > 150LL * 1024 * 1024)
        return sfError(400, u"INVALIDBATCH"_s, u"Upload exceeds 150 MB"_s);
    it->data = request.body;
    it->uploaded = true;
    it->modified = now().toMSecsSinceEpoch();
    return SandboxResponse::empty(201);
}

void SalesforceEmulator::processIngest(IngestJob &job, int userRow)
{
    SObjectTable &t = *table(job.object);
    const char delim = delimiterChar(job.columnDelimiter);
    bool ok = false;
    const QList<QList<QByteArray>> rows = parseCsv(job.data, delim, &ok);
    job.data.clear();
    const QByteArray eol = job.lineEnding == u"CRLF" ? QByteArray("\r\n") : QByteArray("\n");
    if (!ok || rows.isEmpty()) {
        job.state = u"Failed"_s;
        job.errorMessage = ok ? u"InvalidBatch : Empty CSV file"_s
                              : u"InvalidBatch : Failed to parse CSV: unmatched quote"_s;
        return;
    }
    const QList<QByteArray> header = rows.first();
    QByteArray origHeader;
    for (qsizetype i = 0; i < header.size(); ++i)
        origHeader.append((i ? QByteArray(1, delim) : QByteArray()) + csvQuote(header.at(i)));
    for (const QByteArray &h : header) {
        const QString name = QString::fromUtf8(h).trimmed();
        if (!t.def().field(name) && name.contains(u'.') == false) {
            job.state = u"Failed"_s;
            job.errorMessage = u"InvalidBatch : Field name not found : "_s + name;
            return;
        }
    }
    const QByteArray d(1, delim);
    job.successCsv = "\"sf__Id\"" + d + "\"sf__Created\"" + d + origHeader + eol;
    job.failedCsv = "\"sf__Id\"" + d + "\"sf__Error\"" + d + origHeader + eol;
    job.unprocessedCsv = origHeader + eol;
    const int idCol = [&] {
        for (qsizetype i = 0; i < header.size(); ++i)
            if (QString::fromUtf8(header.at(i)).trimmed().compare(u"Id"_s, Qt::CaseInsensitive)
                == 0)
                return int(i);
        return -1;
    }();
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const QList<QByteArray> &row = rows.at(r);
        if (row.size() == 1 && row.first().isEmpty())
            continue;
        QByteArray orig;
        for (qsizetype i = 0; i < row.size(); ++i)
            orig.append((i ? d : QByteArray()) + csvQuote(row.at(i)));
        QJsonObject rec;
        for (qsizetype i = 0; i < header.size() && i < row.size(); ++i) {
            const QString name = QString::fromUtf8(header.at(i)).trimmed();
            const QString value = QString::fromUtf8(row.at(i));
            if (value == u"#N/A")
                rec.insert(name, QJsonValue::Null);
            else if (!value.isEmpty())
                rec.insert(name, value);
        }
        SaveResult res;
        const QString id
            = idCol >= 0 && idCol < row.size() ? QString::fromUtf8(row.at(idCol)) : QString();
        if (row.size() != header.size()) {
            res.errors.append(
                { u"INVALID_FIELD"_s, u"Column count does not match the header"_s, {} });
        } else if (job.operation == u"insert") {
            res = saveCreate(t, rec, userRow, false, nullptr);
        } else if (job.operation == u"upsert") {
            const QString value = rec.value(job.externalIdField).toString();
            if (value.isEmpty() && job.externalIdField != u"Id")
                res.errors.append({ u"MISSING_ARGUMENT"_s,
                    job.externalIdField + u" not specified"_s, { job.externalIdField } });
            else
                res = saveUpsert(t, job.externalIdField, value, rec, userRow, false);
        } else {
            const int tr = t.rowOf(id);
            res.id = id;
            if (id.isEmpty()) {
                res.errors.append({ u"MISSING_ARGUMENT"_s,
                    u"Id not specified in an "_s + job.operation + u" call"_s, { u"Id"_s } });
            } else if (tr < 0) {
                res.errors.append({ u"MALFORMED_ID"_s, u"Id: invalid id "_s + id, { u"Id"_s } });
            } else if (t.record(tr).deleted) {
                res.errors.append({ u"ENTITY_IS_DELETED"_s, u"entity is deleted"_s, {} });
            } else if (job.operation == u"update") {
                Staged staged;
                rec.remove(u"Id"_s);
                rec.remove(u"id"_s);
                if (stage(t, rec, false, tr, &staged, &res.errors)) {
                    commitUpdate(t, tr, staged, userRow);
                    res.success = true;
                    res.id = t.idOf(tr);
                }
            } else {
                t.markDeleted(tr, now().toMSecsSinceEpoch());
                res.success = true;
                res.id = t.idOf(tr);
            }
        }
        ++job.processed;
        if (res.success) {
            job.successCsv.append(csvQuote(res.id.toLatin1()) + d
                + csvQuote(res.created ? "true" : "false") + d + orig + eol);
        } else {
            ++job.failed;
            const SaveError e = res.errors.value(0);
            const QByteArray err
                = (e.code + u":"_s + e.message + u":"_s + e.fields.join(u","_s) + u" --"_s)
                      .toUtf8();
            job.failedCsv.append(csvQuote(res.id.toLatin1()) + d + csvQuote(err) + d + orig + eol);
        }
    }
    job.state = u"JobComplete"_s;
}

SandboxResponse SalesforceEmulator::ingestPatch(
    const SandboxRequest &request, const Session &session)
{
    auto it = m_ingestJobs.find(request.param(u"id"_s));
    if (it == m_ingestJobs.end())
        return notFoundResponse(request);
    bool ok = false;
    const QString state = request.json(&ok).object().value(u"state"_s).toString();
    if (!ok)
        return sfError(
            400, u"JSON_PARSER_ERROR"_s, u"The request body is not a valid JSON object"_s);
    if (state == u"UploadComplete") {
        if (it->state != u"Open")
            return sfError(409, u"INVALIDJOBSTATE"_s,
                u"Job's state is "_s + it->state + u", it must be Open"_s);
        if (!it->uploaded) {
            it->state = u"Failed"_s;
            it->errorMessage = u"InvalidBatch : No data was uploaded for the job"_s;
            return SandboxResponse::json(200, ingestInfo(it.value()));
        }
        it->state = u"UploadComplete"_s;
        it->modified = now().toMSecsSinceEpoch();
        const QJsonObject answer = ingestInfo(it.value());
        processIngest(it.value(), session.userRow); // visible as JobComplete on the next GET
        return SandboxResponse::json(200, answer);
    }
    if (state == u"Aborted") {
        if (it->state == u"JobComplete" || it->state == u"Failed" || it->state == u"Aborted")
            return sfError(409, u"INVALIDJOBSTATE"_s,
                u"Job's state is "_s + it->state + u", it cannot be aborted"_s);
        it->state = u"Aborted"_s;
        it->modified = now().toMSecsSinceEpoch();
        if (it->uploaded)
            it->unprocessedCsv = it->data;
        return SandboxResponse::json(200, ingestInfo(it.value()));
    }
    return sfError(400, u"INVALIDJOBSTATE"_s, u"Invalid state transition: "_s + state);
}

SandboxResponse SalesforceEmulator::ingestDelete(const SandboxRequest &request)
{
    auto it = m_ingestJobs.find(request.param(u"id"_s));
    if (it == m_ingestJobs.end())
        return notFoundResponse(request);
    if (it->state == u"Open" || it->state == u"UploadComplete" || it->state == u"InProgress")
        return sfError(409, u"INVALIDJOBSTATE"_s,
            u"Job must be completed, failed or aborted before it can be deleted"_s);
    m_ingestJobs.erase(it);
    return SandboxResponse::empty(204);
}

SandboxResponse SalesforceEmulator::ingestResults(const SandboxRequest &request)
{
    const auto it = m_ingestJobs.constFind(request.param(u"id"_s));
    if (it == m_ingestJobs.constEnd())
        return notFoundResponse(request);
    const QString kind = request.param(u"kind"_s);
    if (kind != u"successfulResults" && kind != u"failedResults" && kind != u"unprocessedrecords")
        return notFoundResponse(request);
    if (kind == u"unprocessedrecords")
        return SandboxResponse::raw(200, "text/csv", it->unprocessedCsv);
    if (it->state != u"JobComplete" && it->state != u"Failed" && it->state != u"Aborted")
        return sfError(412, u"JOB_NOT_COMPLETE"_s, u"Job is not complete: "_s + it->state);
    return SandboxResponse::raw(
        200, "text/csv", kind == u"successfulResults" ? it->successCsv : it->failedCsv);
}

// ---------------------------------------------------------------- Bulk 2.0 query

QJsonObject SalesforceEmulator::queryJobInfo(const QueryJob &job) const
{
    return QJsonObject { { u"id"_s, job.id }, { u"operation"_s, job.operation },
        { u"object"_s, job.object }, { u"createdById"_s, job.createdById },
        { u"createdDate"_s, isoMs(job.created) }, { u"systemModstamp"_s, isoMs(job.modified) },
        { u"state"_s, job.state }, { u"concurrencyMode"_s, u"Parallel"_s },
        { u"contentType"_s, u"CSV"_s }, { u"apiVersion"_s, job.apiVersion.mid(1).toDouble() },
        { u"jobType"_s, u"V2Query"_s }, { u"lineEnding"_s, job.lineEnding },
        { u"columnDelimiter"_s, job.columnDelimiter },
        { u"numberRecordsProcessed"_s, job.state == u"JobComplete" ? qint64(job.rows.size()) : 0 },
        { u"retries"_s, 0 }, { u"totalProcessingTime"_s, 0 } };
}

SandboxResponse SalesforceEmulator::queryJobCreate(
    const SandboxRequest &request, const Session &session)
{
    bool ok = false;
    const QJsonObject in = request.json(&ok).object();
    if (!ok)
        return sfError(
            400, u"JSON_PARSER_ERROR"_s, u"The request body is not a valid JSON object"_s);
    QueryJob job;
    job.operation = in.value(u"operation"_s).toString(u"query"_s);
    if (job.operation != u"query" && job.operation != u"queryAll")
        return sfError(
            400, u"INVALIDJOB"_s, u"InvalidJob : Invalid job operation: "_s + job.operation);
    job.query = in.value(u"query"_s).toString();
    job.lineEnding = in.value(u"lineEnding"_s).toString(u"LF"_s);
    job.columnDelimiter = in.value(u"columnDelimiter"_s).toString(u"COMMA"_s);
    QString code;
    QString message;
    std::shared_ptr<SoqlQuery> q(
        SoqlQuery::parse(job.query, &code, &message, now().toMSecsSinceEpoch()));
    if (!q)
        return sfError(400, u"INVALIDJOB"_s, code + u": "_s + message);
    if (q->isCountOnly() || q->isAggregate())
        return sfError(400, u"INVALIDJOB"_s,
            u"FeatureNotEnabled : Aggregate queries are not supported by Bulk API 2.0"_s);
    job.parsed = q;
    job.object = q->object()->name;
    job.rows = q->execute(*table(job.object), job.operation == u"queryAll", computedFn());
    job.id = SObjectTable::makeId(u"750"_s, ++m_seq);
    job.state = u"UploadComplete"_s;
    job.apiVersion = version(request);
    job.createdById = users().idOf(session.userRow);
    job.created = job.modified = now().toMSecsSinceEpoch();
    const QJsonObject answer = queryJobInfo(job);
    job.state = u"JobComplete"_s; // finished by the first poll
    m_queryJobs.insert(job.id, job);
    return SandboxResponse::json(200, answer);
}

SandboxResponse SalesforceEmulator::queryJobList(const SandboxRequest &)
{
    QJsonArray records;
    for (const QueryJob &j : std::as_const(m_queryJobs))
        records.append(queryJobInfo(j));
    return SandboxResponse::json(200,
        QJsonObject { { u"done"_s, true }, { u"records"_s, records },
            { u"nextRecordsUrl"_s, QJsonValue::Null } });
}

SandboxResponse SalesforceEmulator::queryJobGet(const SandboxRequest &request)
{
    const auto it = m_queryJobs.constFind(request.param(u"id"_s));
    if (it == m_queryJobs.constEnd())
        return notFoundResponse(request);
    return SandboxResponse::json(200, queryJobInfo(it.value()));
}

SandboxResponse SalesforceEmulator::queryJobPatch(const SandboxRequest &request)
{
    auto it = m_queryJobs.find(request.param(u"id"_s));
    if (it == m_queryJobs.end())
        return notFoundResponse(request);
    bool ok = false;
    const QString state = request.json(&ok).object().value(u"state"_s).toString();
    if (!ok || state != u"Aborted")
        return sfError(400, u"INVALIDJOBSTATE"_s, u"Invalid state transition: "_s + state);
    if (it->state == u"JobComplete" || it->state == u"Aborted" || it->state == u"Failed")
        return sfError(409, u"INVALIDJOBSTATE"_s,
            u"Job's state is "_s + it->state + u", it cannot be aborted"_s);
    it->state = u"Aborted"_s;
    return SandboxResponse::json(200, queryJobInfo(it.value()));
}

SandboxResponse SalesforceEmulator::queryJobDelete(const SandboxRequest &request)
{
    if (m_queryJobs.remove(request.param(u"id"_s)) == 0)
        return notFoundResponse(request);
    return SandboxResponse::empty(204);
}

SandboxResponse SalesforceEmulator::queryJobResults(const SandboxRequest &request)
{
    const auto it = m_queryJobs.constFind(request.param(u"id"_s));
    if (it == m_queryJobs.constEnd())
        return notFoundResponse(request);
    if (it->state != u"JobComplete")
        return sfError(412, u"JOB_NOT_COMPLETE"_s, u"Job is not complete: "_s + it->state);
    if (it->apiVersion != version(request))
        return sfError(409, u"API_VERSION_MISMATCH"_s,
            u"Job was created with API version "_s + it->apiVersion.mid(1));
    qsizetype offset = 0;
    const QString locator = request.query(u"locator");
    if (!locator.isEmpty() && locator != u"null") {
        bool ok = false;
        offset = QByteArray::fromBase64(locator.toLatin1()).toLongLong(&ok);
        if (!ok || offset < 0 || offset > qsizetype(it->rows.size()))
            return sfError(400, u"INVALIDLOCATOR"_s, u"Invalid locator: "_s + locator);
    }
    qsizetype max = 50000;
    if (request.hasQuery(u"maxRecords")) {
        bool ok = false;
        max = request.query(u"maxRecords").toLongLong(&ok);
        if (!ok || max <= 0)
            return sfError(400, u"INVALIDMAXRECORDS"_s, u"maxRecords must be a positive integer"_s);
    }
    const SObjectTable &t = *table(it->object);
    const char delim = delimiterChar(it->columnDelimiter);
    const QByteArray eol = it->lineEnding == u"CRLF" ? QByteArray("\r\n") : QByteArray("\n");
    const QList<SoqlSelectItem> &items = it->parsed->select();
    QByteArray out;
    const qsizetype end = qMin<qsizetype>(offset + max, qsizetype(it->rows.size()));
    out.reserve((end - offset) * 200 + 256);
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i)
            out.append(delim);
        const SoqlSelectItem &s = items.at(i);
        const QString name = s.viaRef < 0
            ? t.def().fields.at(s.field).name
            : s.relationship + u"."_s + s.target->fields.at(s.field).name;
        out.append(csvQuote(name.toUtf8()));
    }
    out.append(eol);
    const auto fn = computedFn();
    for (qsizetype i = offset; i < end; ++i) {
        const int row = it->rows[size_t(i)];
        for (qsizetype c = 0; c < items.size(); ++c) {
            if (c)
                out.append(delim);
            const SoqlSelectItem &s = items.at(c);
            QString v;
            if (s.viaRef < 0) {
                const SfField &f = t.def().fields.at(s.field);
                if (f.storage == SfStorage::Data) {
                    const QByteArrayView raw = t.value(row, f.slot);
                    if (!raw.isEmpty())
                        out.append(csvQuote(raw));
                    continue;
                }
                v = SoqlQuery::fieldText(t, row, f, fn);
            } else {
                const QString refId = SoqlQuery::fieldText(t, row, t.def().fields.at(s.viaRef), fn);
                const SObjectTable *target = table(s.target->name);
                const int tr = refId.isEmpty() ? -1 : target->rowOf(refId);
                if (tr >= 0)
                    v = SoqlQuery::fieldText(*target, tr, s.target->fields.at(s.field), fn);
            }
            if (!v.isEmpty())
                out.append(csvQuote(v.toUtf8()));
        }
        out.append(eol);
    }
    SandboxResponse r = SandboxResponse::raw(200, "text/csv", out);
    r.setHeader("Sforce-NumberOfRecords", QByteArray::number(end - offset));
    r.setHeader("Sforce-Locator",
        end >= qsizetype(it->rows.size()) ? QByteArray("null")
                                          : QByteArray::number(qint64(end)).toBase64());
    return r;
}

// ---------------------------------------------------------------- seeding

namespace {
// Fills the packed value blob of a new record slot by slot.
class BlobBuilder
{
public:
    explicit BlobBuilder(const SfObject &def)
        : m_def(def)
        , m_values(def.slotCount)
    { }
    void set(const char16_t *field, const QString &value)
    {
        const SfField *f = lookup(field);
        if (!f || f->storage != SfStorage::Data)
            return;
        QString v = value;
        if (f->length > 0 && v.size() > f->length)
            v.truncate(f->length);
        m_values[f->slot] = v.toUtf8();
    }
    void setRaw(const char16_t *field, const QByteArray &value)
    {
        const SfField *f = lookup(field);
        if (f && f->storage == SfStorage::Data)
            m_values[f->slot] = value;
    }
    QByteArray build()
    {
        for (const SfField &f : m_def.fields) {
            if (f.storage == SfStorage::Data && f.type == SfType::Boolean
                && m_values[f.slot].isEmpty())
                m_values[f.slot] = "false";
        }
        QByteArray out;
        qsizetype size = m_def.slotCount;
        for (const QByteArray &v : m_values)
            size += v.size();
        out.reserve(size);
        for (int i = 0; i < m_def.slotCount; ++i) {
            if (i)
                out.append('\x1f');
            QByteArray v = m_values[i];
            v.replace('\x1f', ' ');
            out.append(v);
        }
        return out;
    }

private:
    // Field look-up by literal address: the seeding loops call this millions of times.
    const SfField *lookup(const char16_t *field)
    {
        static QHash<QPair<const SfObject *, const char16_t *>, const SfField *> cache;
        const auto key = qMakePair(&m_def, field);
        auto it = cache.constFind(key);
        if (it == cache.constEnd())
            it = cache.insert(key, m_def.field(QStringView(field)));
        return it.value();
    }

    const SfObject &m_def;
    QList<QByteArray> m_values;
};

QString joinStreet(const DemoPerson &p)
{
    return p.street2.isEmpty() ? p.street1 : p.street1 + u"\n"_s + p.street2;
}

void fillPerson(BlobBuilder &b, const DemoPerson &p, bool lead, const QByteArray &ownerId)
{
    b.set(u"FirstName", p.firstName);
    b.set(u"MiddleName", p.middleName);
    b.set(u"LastName", p.lastName.isEmpty() ? u"[not provided]"_s : p.lastName);
    b.set(u"Email", p.email);
    b.set(u"Email__c", p.email.toLower());
    b.set(u"Phone", p.phone);
    b.set(u"Title", p.title);
    b.set(u"LeadSource", p.leadSource);
    if (lead) {
        b.set(u"Company", p.company.isEmpty() ? u"[not provided]"_s : p.company);
        b.set(u"Street", joinStreet(p));
        b.set(u"City", p.city);
        b.set(u"State", p.state);
        b.set(u"PostalCode", p.postalCode);
        b.set(u"Country", p.country);
        b.set(u"Industry", p.industry);
        b.set(u"Status", u"Open - Not Contacted"_s);
    } else {
        b.set(u"MailingStreet", joinStreet(p));
        b.set(u"MailingCity", p.city);
        b.set(u"MailingState", p.state);
        b.set(u"MailingPostalCode", p.postalCode);
        b.set(u"MailingCountry", p.country);
        b.set(u"Department", p.jobFunction);
    }
    b.setRaw(u"Score__c", QByteArray::number(p.score) + ".0");
    b.setRaw(u"HasOptedOutOfEmail", p.optedOut ? "true" : "false");
    if (p.hardBounced) {
        b.set(u"EmailBouncedReason",
            u"550 5.1.1 <"_s + p.email + u">: Recipient address rejected: User unknown"_s);
        b.set(u"EmailBouncedDate",
            (p.modifiedAt.isValid() ? p.modifiedAt : QDateTime::currentDateTimeUtc())
                .toUTC()
                .toString(u"yyyy-MM-ddTHH:mm:ss.zzz+0000"_s));
    }
    b.setRaw(u"OwnerId", ownerId);
    b.setRaw(u"CreatedById", ownerId);
    b.setRaw(u"LastModifiedById", ownerId);
}
} // namespace

void SalesforceEmulator::seed(const DemoDataset &data)
{
    clearAll();
    m_ingestJobs.clear();
    m_queryJobs.clear();
    for (const DemoUser &u : data.users) {
        if (u.email.compare(demoUsername(), Qt::CaseInsensitive) == 0)
            continue;
        addUser(u.firstName, u.lastName, u.email, u.email);
    }
    SObjectTable &userTable = users();
    SObjectTable &leads = *table(u"Lead");
    SObjectTable &contacts = *table(u"Contact");
    SObjectTable &accounts = *table(u"Account");
    SObjectTable &campaigns = *table(u"Campaign");
    SObjectTable &members = *table(u"CampaignMember");
    const qint64 nowMs = now().toMSecsSinceEpoch();
    auto ownerFor = [&](int i) {
        const int n = userTable.rowCount();
        return userTable.idOf(n > 1 ? 1 + i % (n - 1) : 0).toLatin1();
    };
    auto stamp = [&](SfRecord &r, const DemoPerson &p) {
        r.created = p.createdAt.isValid() ? p.createdAt.toMSecsSinceEpoch() : nowMs;
        r.modified = p.modifiedAt.isValid() ? qMax(p.modifiedAt.toMSecsSinceEpoch(), r.created)
                                            : r.created;
    };
    QHash<QString, QByteArray> accountIds; // lower-case company -> id
    QHash<int, QByteArray> leadIds;
    QHash<int, QByteArray> contactIds;
    for (const DemoPerson &p : data.people) {
        if (p.salesforceRole == DemoCrmRole::None)
            continue;
        const QByteArray owner = ownerFor(p.index);
        const bool lead = p.salesforceRole == DemoCrmRole::Lead;
        BlobBuilder b((lead ? leads : contacts).def());
        fillPerson(b, p, lead, owner);
        if (!lead && !p.company.isEmpty()) {
            const QString key = p.company.toLower();
            if (!accountIds.contains(key)) {
                BlobBuilder ab(accounts.def());
                ab.set(u"Name", p.company);
                ab.set(u"Industry", p.industry);
                ab.set(u"BillingCity", p.city);
                ab.set(u"BillingState", p.state);
                ab.set(u"BillingCountry", p.country);
                ab.set(u"Type", u"Prospect"_s);
                ab.setRaw(u"OwnerId", owner);
                ab.setRaw(u"CreatedById", owner);
                ab.setRaw(u"LastModifiedById", owner);
                SfRecord ar;
                ar.data = ab.build();
                stamp(ar, p);
                accountIds.insert(key, accounts.idOf(accounts.append(std::move(ar))).toLatin1());
            }
            b.setRaw(u"AccountId", accountIds.value(key));
        }
        SfRecord r;
        r.data = b.build();
        stamp(r, p);
        SObjectTable &t = lead ? leads : contacts;
        const QByteArray id = t.idOf(t.append(std::move(r))).toLatin1();
        (lead ? leadIds : contactIds).insert(p.index, id);
    }
    int memberSeq = 0;
    for (qsizetype c = 0; c < data.campaigns.size(); ++c) {
        const DemoCampaign &camp = data.campaigns.at(c);
        BlobBuilder cb(campaigns.def());
        const QByteArray owner = ownerFor(int(c));
        cb.set(u"Name", camp.name);
        cb.set(u"Status", camp.status.isEmpty() ? u"In Progress"_s : camp.status);
        cb.set(u"Type", u"Webinar"_s);
        cb.setRaw(u"IsActive", "true");
        cb.setRaw(u"OwnerId", owner);
        cb.setRaw(u"CreatedById", owner);
        cb.setRaw(u"LastModifiedById", owner);
        SfRecord cr;
        cr.data = cb.build();
        cr.created = cr.modified = nowMs;
        const QByteArray campId = campaigns.idOf(campaigns.append(std::move(cr))).toLatin1();
        // Salesforce's two statuses of every campaign, then the demo webinars' own
        // (an assumption of the demo data, docs/sandbox-salesforce.md).
        addMemberStatus(campId, u"Sent"_s, false, true, 1, owner, nowMs);
        addMemberStatus(campId, u"Responded"_s, true, false, 2, owner, nowMs);
        addMemberStatus(campId, u"Registered"_s, false, false, 3, owner, nowMs);
        addMemberStatus(campId, u"Attended"_s, true, false, 4, owner, nowMs);
        QSet<int> seen;
        for (int idx : camp.members) {
            if (seen.contains(idx) || (!leadIds.contains(idx) && !contactIds.contains(idx)))
                continue;
            seen.insert(idx);
            BlobBuilder mb(members.def());
            mb.setRaw(u"CampaignId", campId);
            if (leadIds.contains(idx))
                mb.setRaw(u"LeadId", leadIds.value(idx));
            else
                mb.setRaw(u"ContactId", contactIds.value(idx));
            mb.set(u"Status", (memberSeq++ % 3 == 0) ? u"Responded"_s : u"Sent"_s);
            mb.setRaw(u"CreatedById", owner);
            mb.setRaw(u"LastModifiedById", owner);
            SfRecord mr;
            mr.data = mb.build();
            mr.created = mr.modified = nowMs;
            members.append(std::move(mr));
        }
    }
}

void SalesforceEmulator::seedSynthetic(int count, quint32 seed)
{
    SObjectTable &leads = *table(u"Lead");
    leads.clear();
    m_cursors.clear();
    m_cursorOrder.clear();
    leads.reserve(count);
    const QByteArray owner = users().idOf(0).toLatin1();
    const qint64 nowMs = now().toMSecsSinceEpoch();
    for (int i = 0; i < count; ++i) {
        const DemoPerson p = DemoDataset::syntheticPerson(seed, i);
        BlobBuilder b(leads.def());
        fillPerson(b, p, true, owner);
        SfRecord r;
        r.data = b.build();
        r.data.squeeze();
        r.created = p.createdAt.isValid() ? p.createdAt.toMSecsSinceEpoch() : nowMs;
        r.modified = p.modifiedAt.isValid() ? qMax(p.modifiedAt.toMSecsSinceEpoch(), r.created)
                                            : r.created;
        leads.append(std::move(r));
    }
}

// ---------------------------------------------------------------- control API

void SalesforceEmulator::recordLogin(
    const QString &username, const QString &loginType, const QString &status)
{
    constexpr qsizetype kKept = 1000;
    if (m_loginHistory.size() >= kKept)
        m_loginHistory.removeFirst();
    m_loginHistory.append(LoginAttempt { username, loginType, status, now().toMSecsSinceEpoch() });
}

SandboxResponse SalesforceEmulator::controlConnectedApp(
    const SandboxRequest &request, const QString &clientId)
{
    auto bad = [](int status, const QString &msg) {
        return SandboxResponse::json(status, QJsonObject { { u"message"_s, msg } });
    };
    if (!clientId.isEmpty() && clientId != demoClientId())
        return bad(404, u"no connected app with consumer key '%1'"_s.arg(clientId));
    static const QStringList keys { u"requireSecretForWebServerFlow"_s,
        u"requireSecretForRefreshTokenFlow"_s, u"usernamePasswordFlowDisabled"_s };
    if (request.method == "PATCH" || request.method == "PUT" || request.method == "POST") {
        bool ok = false;
        const QJsonObject in = request.json(&ok).object();
        if (!ok)
            return bad(400, u"connectedApp body must be a JSON object"_s);
        ConnectedApp next = request.method == "PUT" ? ConnectedApp() : m_app;
        for (auto it = in.begin(); it != in.end(); ++it) {
            if (!keys.contains(it.key()))
                return bad(400,
                    u"unknown connected app setting '%1' (known: %2)"_s.arg(
                        it.key(), keys.join(u", "_s)));
            if (!it.value().isBool())
                return bad(
                    400, u"connected app setting '%1' must be true or false"_s.arg(it.key()));
            const bool v = it.value().toBool();
            if (it.key() == keys.at(0))
                next.requireSecretForWebServerFlow = v;
            else if (it.key() == keys.at(1))
                next.requireSecretForRefreshTokenFlow = v;
            else
                next.usernamePasswordFlowDisabled = v;
        }
        m_app = next;
    } else if (request.method != "GET") {
        return bad(405, u"method not allowed"_s);
    }
    return SandboxResponse::json(200,
        QJsonObject { { u"clientId"_s, demoClientId() },
            { keys.at(0), m_app.requireSecretForWebServerFlow },
            { keys.at(1), m_app.requireSecretForRefreshTokenFlow },
            { keys.at(2), m_app.usernamePasswordFlowDisabled } });
}

SandboxResponse SalesforceEmulator::controlLoginHistory(const SandboxRequest &request)
{
    if (request.method != "GET")
        return SandboxResponse::json(
            405, QJsonObject { { u"message"_s, u"method not allowed"_s } });
    QJsonArray out;
    for (const LoginAttempt &a : std::as_const(m_loginHistory))
        out.append(QJsonObject { { u"Username"_s, a.username }, { u"LoginType"_s, a.loginType },
            { u"Status"_s, a.status }, { u"LoginTime"_s, isoMs(a.timeMs) } });
    return SandboxResponse::json(
        200, QJsonObject { { u"total"_s, int(out.size()) }, { u"records"_s, out } });
}

SandboxResponse SalesforceEmulator::controlRecords(
    const SandboxRequest &request, const QString &object, const QString &id)
{
    if (object.compare(u"connectedApp"_s, Qt::CaseInsensitive) == 0)
        return controlConnectedApp(request, id);
    if (object.compare(u"loginHistory"_s, Qt::CaseInsensitive) == 0 && id.isEmpty())
        return controlLoginHistory(request);
    SObjectTable *t = table(object);
    if (!t)
        return SandboxResponse::json(404,
            QJsonObject { { u"message"_s,
                QString(u"salesforce keeps no records of type '"_s + object + u"'"_s) } });
    const QString ver = u"v50.0"_s;
    if (id.isEmpty()) {
        if (request.method == "GET") {
            const int limit = request.query(u"limit", u"1000"_s).toInt();
            const int offset = request.query(u"offset", u"0"_s).toInt();
            const bool withDeleted = request.query(u"deleted") == u"true";
            QByteArray out = "{\"object\":\"" + t->def().name.toLatin1()
                + "\",\"total\":" + QByteArray::number(t->liveCount()) + ",\"records\":[";
            int n = 0;
            int skipped = 0;
            for (int row = 0; row < t->rowCount() && n < limit; ++row) {
                if (!withDeleted && t->record(row).deleted)
                    continue;
                if (skipped++ < offset)
                    continue;
                if (n++)
                    out.append(',');
                writeRecord(out, *t, row, {}, ver);
            }
            out.append("]}");
            return SandboxResponse::raw(200, kJsonType, out);
        }
        if (request.method == "POST") {
            bool ok = false;
            const QJsonObject in = request.json(&ok).object();
            if (!ok)
                return SandboxResponse::json(
                    400, QJsonObject { { u"message"_s, u"body must be a JSON object"_s } });
            const SaveResult r = saveCreate(*t, in, 0, false, nullptr);
            if (!r.success)
                return SandboxResponse::json(400, errorsJson(r.errors, false));
            QByteArray out;
            writeRecord(out, *t, t->rowOf(r.id), {}, ver);
            return SandboxResponse::raw(201, kJsonType, out);
        }
        return SandboxResponse::json(
            405, QJsonObject { { u"message"_s, u"method not allowed"_s } });
    }
    const int row = t->rowOf(id);
    if (row < 0)
        return SandboxResponse::json(404,
            QJsonObject {
                { u"message"_s, QString(u"no "_s + t->def().name + u" with id "_s + id) } });
    if (request.method == "GET") {
        QByteArray out;
        writeRecord(out, *t, row, {}, ver);
        return SandboxResponse::raw(200, kJsonType, out);
    }
    if (request.method == "PATCH") {
        bool ok = false;
        QJsonObject in = request.json(&ok).object();
        if (!ok)
            return SandboxResponse::json(
                400, QJsonObject { { u"message"_s, u"body must be a JSON object"_s } });
        // Control writes may also move the audit dates (tests of incremental sync).
        const QString lm = in.take(u"LastModifiedDate"_s).toString();
        in.remove(u"SystemModstamp"_s);
        Staged staged;
        QList<SaveError> errors;
        if (!stage(*t, in, false, row, &staged, &errors))
            return SandboxResponse::json(400, errorsJson(errors, false));
        commitUpdate(*t, row, staged, 0);
        if (!lm.isEmpty()) {
            bool okDate = false;
            const qint64 ms = parseIsoMs(lm, &okDate);
            if (okDate)
                t->setModified(row, ms);
        }
        QByteArray out;
        writeRecord(out, *t, row, {}, ver);
        return SandboxResponse::raw(200, kJsonType, out);
    }
    if (request.method == "DELETE") {
        t->markDeleted(row, now().toMSecsSinceEpoch());
        return SandboxResponse::empty(204);
    }
    return SandboxResponse::json(405, QJsonObject { { u"message"_s, u"method not allowed"_s } });
}

} // namespace LeadBridge::Sandbox
