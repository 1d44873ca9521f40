#include "core/sandbox/salesforce/SalesforceEmulator.h"

#include "core/sandbox/salesforce/SalesforceAuthApi.h"
#include "core/sandbox/salesforce/SalesforceBulkApi.h"
#include "core/sandbox/salesforce/SalesforceCollectionsApi.h"
#include "core/sandbox/salesforce/SalesforceControlApi.h"
#include "core/sandbox/salesforce/SalesforceLimitsApi.h"
#include "core/sandbox/salesforce/SalesforceRecordStore.h"
#include "core/sandbox/salesforce/SalesforceReplicationApi.h"
#include "core/sandbox/salesforce/SalesforceReportsApi.h"
#include "core/sandbox/salesforce/SalesforceRestApi.h"
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

SalesforceEmulator::SalesforceEmulator(QObject *parent)
    : Emulator(u"salesforce"_s, parent)
{
    m_auth = std::make_unique<SalesforceAuthApi>(*this);
    m_limitsApi = std::make_unique<SalesforceLimitsApi>(*this);
    m_rest = std::make_unique<SalesforceRestApi>(*this);
    m_records = std::make_unique<SalesforceRecordStore>(*this);
    m_collections = std::make_unique<SalesforceCollectionsApi>(*this);
    m_replication = std::make_unique<SalesforceReplicationApi>(*this);
    m_reports = std::make_unique<SalesforceReportsApi>(*this);
    m_bulk = std::make_unique<SalesforceBulkApi>(*this);
    m_control = std::make_unique<SalesforceControlApi>(*this);
    for (const SfObject &o : SalesforceSchema::objects()) {
        m_tables.push_back(std::make_unique<SObjectTable>(&o));
        m_byName.insert(o.name.toLower(), m_tables.back().get());
    }
    clearAll();

    // Login host.
    addRoute("POST", u"/services/oauth2/token"_s, u"oauth.token"_s,
        [this](const SandboxRequest &r) { return m_auth->oauthToken(r); });
    addRoute("GET", u"/services/oauth2/authorize"_s, u"oauth.authorize"_s,
        [this](const SandboxRequest &r) { return m_auth->oauthAuthorize(r); });
    addRoute("POST", u"/services/oauth2/authorize"_s, u"oauth.authorize"_s,
        [this](const SandboxRequest &r) { return m_auth->oauthAuthorize(r); });
    addRoute("POST", u"/services/oauth2/revoke"_s, u"oauth.revoke"_s,
        [this](const SandboxRequest &r) { return m_auth->oauthRevoke(r); });
    addRoute("GET", u"/services/oauth2/revoke"_s, u"oauth.revoke"_s,
        [this](const SandboxRequest &r) { return m_auth->oauthRevoke(r); });
    addRoute("POST", u"/services/Soap/u/{version}"_s, u"soap.login"_s,
        [this](const SandboxRequest &r) { return m_auth->soapLogin(r); });
    addRoute("POST", u"/services/Soap/c/{version}"_s, u"soap.login"_s,
        [this](const SandboxRequest &r) { return m_auth->soapLogin(r); });
    addRoute("GET", u"/id/{org}/{user}"_s, u"identity"_s,
        [this](const SandboxRequest &r) { return m_auth->identity(r); });
    addRoute("POST", u"/id/{org}/{user}"_s, u"identity"_s,
        [this](const SandboxRequest &r) { return m_auth->identity(r); });
    addRoute("GET", u"/services/data"_s, u"versions"_s,
        [this](const SandboxRequest &r) { return m_limitsApi->versions(r); });

    // REST (order matters: fixed segments before {id}).
    auto plain = [](auto *api, SandboxResponse (std::remove_pointer_t<decltype(api)>::*fn)(
                                   const SandboxRequest &)) {
        return [api, fn](const SandboxRequest &r, const Session &) { return (api->*fn)(r); };
    };
    auto withSession = [](auto *api,
                           SandboxResponse (std::remove_pointer_t<decltype(api)>::*fn)(
                               const SandboxRequest &, const Session &)) {
        return [api, fn](const SandboxRequest &r, const Session &s) { return (api->*fn)(r, s); };
    };
    addRest("GET", u""_s, u"rest.resources"_s, plain(m_limitsApi.get(), &SalesforceLimitsApi::resources));
    addRest("GET", u"/limits"_s, u"rest.limits"_s, plain(m_limitsApi.get(), &SalesforceLimitsApi::limits));
    addRest("GET", u"/sobjects"_s, u"rest.describeGlobal"_s,
        plain(m_rest.get(), &SalesforceRestApi::describeGlobal));
    addRest(
        "GET", u"/sobjects/{object}"_s, u"rest.sobject"_s, plain(m_rest.get(), &SalesforceRestApi::sobjectInfo));
    addRest("POST", u"/sobjects/{object}"_s, u"rest.create"_s,
        withSession(m_rest.get(), &SalesforceRestApi::createOne));
    addRest("GET", u"/sobjects/{object}/describe"_s, u"rest.describe"_s,
        plain(m_rest.get(), &SalesforceRestApi::describe));
    addRest("GET", u"/sobjects/{object}/updated"_s, u"rest.updated"_s,
        plain(m_replication.get(), &SalesforceReplicationApi::updated));
    addRest("GET", u"/sobjects/{object}/deleted"_s, u"rest.deleted"_s,
        plain(m_replication.get(), &SalesforceReplicationApi::deleted));
    addRest("GET", u"/sobjects/{object}/{id}"_s, u"rest.retrieve"_s,
        plain(m_rest.get(), &SalesforceRestApi::retrieveOne));
    addRest("PATCH", u"/sobjects/{object}/{id}"_s, u"rest.update"_s,
        withSession(m_rest.get(), &SalesforceRestApi::updateOne));
    addRest("DELETE", u"/sobjects/{object}/{id}"_s, u"rest.delete"_s,
        plain(m_rest.get(), &SalesforceRestApi::deleteOne));
    addRest("PATCH", u"/sobjects/{object}/{field}/{value}"_s, u"rest.upsert"_s,
        withSession(m_rest.get(), &SalesforceRestApi::upsertOne));
    addRest("POST", u"/sobjects/{object}/{field}/{value}"_s, u"rest.upsert"_s,
        withSession(m_rest.get(), &SalesforceRestApi::upsertOne));
    addRest("GET", u"/query"_s, u"rest.query"_s,
        [this](const SandboxRequest &r, const Session &) { return m_rest->query(r, false); });
    addRest("GET", u"/queryAll"_s, u"rest.queryAll"_s,
        [this](const SandboxRequest &r, const Session &) { return m_rest->query(r, true); });
    addRest(
        "GET", u"/query/{locator}"_s, u"rest.queryMore"_s, plain(m_rest.get(), &SalesforceRestApi::queryMore));
    addRest("GET", u"/queryAll/{locator}"_s, u"rest.queryMore"_s,
        plain(m_rest.get(), &SalesforceRestApi::queryMore));
    addRest("POST", u"/composite/sobjects"_s, u"rest.collections.create"_s,
        withSession(m_collections.get(), &SalesforceCollectionsApi::collectionCreate));
    addRest("PATCH", u"/composite/sobjects"_s, u"rest.collections.update"_s,
        withSession(m_collections.get(), &SalesforceCollectionsApi::collectionUpdate));
    addRest("DELETE", u"/composite/sobjects"_s, u"rest.collections.delete"_s,
        plain(m_collections.get(), &SalesforceCollectionsApi::collectionDelete));
    addRest("GET", u"/composite/sobjects/{object}"_s, u"rest.collections.retrieve"_s,
        plain(m_collections.get(), &SalesforceCollectionsApi::collectionRetrieve));
    addRest("POST", u"/composite/sobjects/{object}"_s, u"rest.collections.retrieve"_s,
        plain(m_collections.get(), &SalesforceCollectionsApi::collectionRetrieve));
    addRest("PATCH", u"/composite/sobjects/{object}/{field}"_s, u"rest.collections.upsert"_s,
        withSession(m_collections.get(), &SalesforceCollectionsApi::collectionUpsert));
    addRest("GET", u"/analytics/reports"_s, u"rest.reports.list"_s,
        plain(m_reports.get(), &SalesforceReportsApi::reportList));
    addRest("GET", u"/analytics/reports/{id}"_s, u"rest.reports.run"_s,
        plain(m_reports.get(), &SalesforceReportsApi::reportRun));
    addRest("POST", u"/analytics/reports/{id}"_s, u"rest.reports.run"_s,
        plain(m_reports.get(), &SalesforceReportsApi::reportRun));
    addRest("GET", u"/analytics/reports/{id}/describe"_s, u"rest.reports.describe"_s,
        plain(m_reports.get(), &SalesforceReportsApi::reportDescribe));

    // Bulk API 2.0.
    addRest("POST", u"/jobs/ingest"_s, u"bulk.ingest.create"_s,
        withSession(m_bulk.get(), &SalesforceBulkApi::ingestCreate));
    addRest("GET", u"/jobs/ingest"_s, u"bulk.ingest.list"_s,
        [this](const SandboxRequest &, const Session &) { return m_bulk->listJobs(m_ingestJobs); });
    addRest("GET", u"/jobs/ingest/{id}"_s, u"bulk.ingest.get"_s,
        [this](
            const SandboxRequest &r, const Session &) { return m_bulk->getJob(r, m_ingestJobs); });
    addRest("PATCH", u"/jobs/ingest/{id}"_s, u"bulk.ingest.state"_s,
        withSession(m_bulk.get(), &SalesforceBulkApi::ingestPatch));
    addRest("DELETE", u"/jobs/ingest/{id}"_s, u"bulk.ingest.delete"_s,
        plain(m_bulk.get(), &SalesforceBulkApi::ingestDelete));
    addRest("PUT", u"/jobs/ingest/{id}/batches"_s, u"bulk.ingest.upload"_s,
        plain(m_bulk.get(), &SalesforceBulkApi::ingestUpload));
    addRest("GET", u"/jobs/ingest/{id}/{kind}"_s, u"bulk.ingest.results"_s,
        plain(m_bulk.get(), &SalesforceBulkApi::ingestResults));
    addRest("POST", u"/jobs/query"_s, u"bulk.query.create"_s,
        withSession(m_bulk.get(), &SalesforceBulkApi::queryJobCreate));
    addRest("GET", u"/jobs/query"_s, u"bulk.query.list"_s,
        [this](const SandboxRequest &, const Session &) { return m_bulk->listJobs(m_queryJobs); });
    addRest("GET", u"/jobs/query/{id}"_s, u"bulk.query.get"_s,
        [this](
            const SandboxRequest &r, const Session &) { return m_bulk->getJob(r, m_queryJobs); });
    addRest("PATCH", u"/jobs/query/{id}"_s, u"bulk.query.state"_s,
        plain(m_bulk.get(), &SalesforceBulkApi::queryJobPatch));
    addRest("DELETE", u"/jobs/query/{id}"_s, u"bulk.query.delete"_s,
        plain(m_bulk.get(), &SalesforceBulkApi::queryJobDelete));
    addRest("GET", u"/jobs/query/{id}/results"_s, u"bulk.query.results"_s,
        plain(m_bulk.get(), &SalesforceBulkApi::queryJobResults));
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
    if (!m_records->stage(u, in, true, -1, &st, &errors)) {
        // Dirty demo names: keep what fits.
        st.values.clear();
        for (auto it = in.begin(); it != in.end(); ++it) {
            const SfField *f = d.field(it.key());
            QByteArray v = jsonValueText(it.value()).left(f->length > 0 ? f->length : 255).toUtf8();
            st.values.append({ f->slot, v });
        }
    }
    return m_records->commitCreate(u, st, u.rowCount() == 0 ? 0 : 0);
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
        m_records->addMemberStatus(campId, u"Sent"_s, false, true, 1, owner, nowMs);
        m_records->addMemberStatus(campId, u"Responded"_s, true, false, 2, owner, nowMs);
        m_records->addMemberStatus(campId, u"Registered"_s, false, false, 3, owner, nowMs);
        m_records->addMemberStatus(campId, u"Attended"_s, true, false, 4, owner, nowMs);
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

SandboxResponse SalesforceEmulator::controlRecords(
    const SandboxRequest &request, const QString &object, const QString &id)
{
    return m_control->records(request, object, id);
}

} // namespace LeadBridge::Sandbox
