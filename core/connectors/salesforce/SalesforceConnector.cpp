#include "core/connectors/salesforce/SalesforceConnector.h"

#include "core/connectors/PagingGuard.h"
#include "core/connectors/salesforce/SalesforceBulkPage.h"
#include "core/connectors/salesforce/SalesforceCsv.h"
#include "core/connectors/salesforce/SalesforceSession.h"
#include "core/net/HttpClient.h"
#include "core/net/RateLimiter.h"
#include "core/util/LogCategories.h"
#include "core/util/UtcTimestamp.h"
#include "core/util/WholeNumber.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPointer>
#include <QRegularExpression>
#include <QThreadPool>
#include <QTimeZone>
#include <QTimer>
#include <QtConcurrentRun>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace LeadBridge {

namespace {
const QString kSystem = QStringLiteral("Salesforce");

QString str(const char *s)
{
    return QString::fromLatin1(s);
}

/// Record fields as the API has them: every key but "attributes", nested parents as maps.
ConnectorRecord recordFromJson(const QJsonObject &o, const QString &fallbackObject)
{
    ConnectorRecord r;
    r.object = o.value(QStringLiteral("attributes"))
                   .toObject()
                   .value(QStringLiteral("type"))
                   .toString(fallbackObject);
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() == QLatin1String("attributes"))
            continue;
        if (it->isObject()) {
            QJsonObject nested = it->toObject();
            nested.remove(QStringLiteral("attributes"));
            r.fields.insert(it.key(), nested.toVariantMap());
        } else {
            r.fields.insert(it.key(), it->toVariant());
        }
    }
    r.id = o.value(QStringLiteral("Id")).toString();
    r.modifiedAt
        = SalesforceConnector::parseDateTime(o.value(QStringLiteral("SystemModstamp")).toString());
    return r;
}

QString cellText(const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return QStringLiteral("#N/A");
    switch (v.typeId()) {
    case QMetaType::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::QDateTime:
        return v.toDateTime().toUTC().toString(Qt::ISODateWithMs);
    case QMetaType::QDate:
        return v.toDate().toString(Qt::ISODate);
    case QMetaType::Double:
        return QString::number(v.toDouble(), 'g', 15);
    default:
        return v.toString();
    }
}

QJsonValue jsonValue(const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return QJsonValue(QJsonValue::Null);
    if (v.typeId() == QMetaType::QDateTime)
        return v.toDateTime().toUTC().toString(Qt::ISODateWithMs);
    if (v.typeId() == QMetaType::QDate)
        return v.toDate().toString(Qt::ISODate);
    return QJsonValue::fromVariant(v);
}

bool isIdKey(const QString &k)
{
    return k.compare(QLatin1String("Id"), Qt::CaseInsensitive) == 0;
}
} // namespace

/// State shared by the callbacks of one fetch or write.
struct SalesforceConnector::Op
{
    bool finished = false;
    QPointer<QTimer> timer;
    std::function<void(const ApiError &)> cancel;
};

struct SalesforceConnector::FetchOp : Op
{
    FetchRequest request;
    PageHandler onPage;
    Done done;
    int pageNumber = 0;
    QDateTime maxStamp;
    bool bulk = false;
    QString jobId;
    qint64 total = -1;
    qint64 pollStartedMs = 0;
    std::unique_ptr<PagingGuard> guard; ///< created with the first page
    // Bulk results are read as a pipeline (pumpBulkResults).
    struct BulkAnswer
    {
        QByteArray body;
        qsizetype declared = 0; ///< Sforce-NumberOfRecords
        bool last = false;
    };
    QList<BulkAnswer> waiting; ///< answered pages not parsed yet (at most one)
    QString nextLocator; ///< the page to ask for next; empty when asked or after the last
    bool asking = false; ///< a results call is on the wire
    bool parsing = false; ///< a page is being parsed on a worker thread

    PagingGuard &paging()
    {
        if (!guard) {
            guard = std::make_unique<PagingGuard>(kSystem,
                SalesforceConnector::tr("the %1 records").arg(request.object),
                request.options.value(QStringLiteral("maxPages")).toInt());
        }
        return *guard;
    }
};

struct SalesforceConnector::WriteOp : Op
{
    WriteRequest request;
    Result<WriteResult> done;
    WriteResult result;
    QList<int> pending; ///< request indexes still to be sent
    // bulk
    QString jobId;
    QStringList columns;
    QHash<QString, QList<int>> rowsByKey; ///< original cells joined → request indexes
    QList<WriteOutcome> bulkOutcomes;
    QByteArray successCsv;
    qint64 deadlineMs = 0;
    QElapsedTimer clock;
};

SalesforceConnector::SalesforceConnector(
    const ConnectorConfig &config, QNetworkAccessManager *nam, QObject *parent)
    : Connector(config, nam, parent)
    , m_session(new SalesforceSession(config, m_http, this))
    , m_worker(std::make_unique<QThreadPool>())
{
    m_worker->setMaxThreadCount(1); // pages are parsed in order, and freed on the same heap
    QString why;
    const QUrl login = loginUrlFromSettings(&why);
    m_session->setLoginUrl(login, why);
    m_http->setCredentialKind(ApiError::Credential::Password);
    m_http->setAuthProvider(m_session);
    m_http->setErrorClassifier([this](const ApiResponse &a, ApiError &e) { classify(a, e); });
    m_http->setResponseObserver([this](const ApiResponse &a) { observe(a); });
    // A rotated refresh token replaces the stored one in the keychain (through the engine
    // host); the old one may stop working.
    connect(m_session, &SalesforceSession::refreshTokenRotated, this, [this] {
        CredentialBundle bundle;
        bundle.secrets.insert(
            QStringLiteral("refreshToken"), m_session->rotatedRefreshToken().toUtf8());
        Q_EMIT secretsUpdated(bundle);
    });
}

SalesforceConnector::~SalesforceConnector()
{
    m_http->abortAll();
    m_http->setAuthProvider(nullptr);
}

QUrl SalesforceConnector::loginUrlFromSettings(QString *error) const
{
    const QVariantMap &s = m_config.account.settings;
    QString url = s.value(QStringLiteral("baseUrl")).toString().trimmed();
    if (url.isEmpty())
        url = s.value(QStringLiteral("loginUrl")).toString().trimmed();
    if (url.isEmpty() || url == QLatin1String("production"))
        url = QStringLiteral("https://login.salesforce.com");
    else if (url == QLatin1String("sandbox") || url == QLatin1String("test"))
        url = QStringLiteral("https://test.salesforce.com");
    else if (!url.contains(QLatin1String("://")))
        url = u"https://" + url; // a bare My Domain host, e.g. acme.my.salesforce.com
    return checkedBaseUrl(url, error);
}

// --- plumbing -----------------------------------------------------------------------------

void SalesforceConnector::classify(const ApiResponse &a, ApiError &e) const
{
    if (!e.isError())
        return;
    if (a.status == 403 && e.vendorCode() == QLatin1String("REQUEST_LIMIT_EXCEEDED")) {
        if (e.vendorMessage().contains(QLatin1String("Concurrent"), Qt::CaseInsensitive)) {
            e.setKind(ApiError::Kind::RateLimited).setRetryable(true);
            return;
        }
        e.setKind(ApiError::Kind::QuotaExhausted).setRetryable(false);
        e.setUserMessage(ApiError::quotaUsedUp(kSystem, label(), m_usage.limit) + u' '
            + tr("Salesforce counts calls over a rolling 24 hours; other tools connected to the "
                 "org use the same allowance."));
        return;
    }
    // The identity URL answers an expired or revoked token with 403 "Bad_OAuth_Token" instead
    // of 401 (Salesforce help, "Identity URLs"): that is a sign-in problem, so the job signs
    // in again once like after a 401.
    if (a.status == 403 && a.body.trimmed() == "Bad_OAuth_Token") {
        e.setKind(ApiError::Kind::Auth).setRetryable(false);
        return;
    }
    if (a.status == 500 && a.body.contains("faultcode")
        && (a.body.contains("INVALID_LOGIN") || a.body.contains("LOGIN_MUST_USE_SECURITY_TOKEN"))) {
        e.setKind(ApiError::Kind::Auth).setRetryable(false);
        e.setVendorCode(a.body.contains("INVALID_LOGIN")
                ? QStringLiteral("INVALID_LOGIN")
                : QStringLiteral("LOGIN_MUST_USE_SECURITY_TOKEN"));
    }
}

void SalesforceConnector::observe(const ApiResponse &a)
{
    const QByteArray date = a.header("Date");
    if (!date.isEmpty()) {
        const QDateTime server = QLocale::c().toDateTime(
            QString::fromLatin1(date).section(QLatin1Char(','), 1).trimmed().chopped(4),
            QStringLiteral("dd MMM yyyy HH:mm:ss"));
        if (server.isValid()) {
            QDateTime utc = server;
            utc.setTimeSpec(Qt::UTC);
            m_serverSkewMs = QDateTime::currentDateTimeUtc().msecsTo(utc);
        }
    }
    const QByteArray info = a.header("Sforce-Limit-Info");
    if (info.isEmpty())
        return;
    if (const auto usage = RateLimiter::parseApiUsage(info)) {
        m_usage.used = usage->first;
        m_usage.limit = usage->second;
        m_limiter->applyServerUsage(usage->first, usage->second);
        Q_EMIT apiUsageChanged();
    }
}

QDateTime SalesforceConnector::serverNow() const
{
    return QDateTime::currentDateTimeUtc().addMSecs(m_serverSkewMs);
}

std::shared_ptr<SalesforceConnector::Op> SalesforceConnector::track(std::shared_ptr<Op> op)
{
    m_ops.removeIf([](const std::weak_ptr<Op> &w) { return w.expired(); });
    m_ops.append(op);
    return op;
}

void SalesforceConnector::abort()
{
    Connector::abort(); // running calls report Cancelled through their callbacks
    const auto ops = m_ops;
    for (const auto &w : ops) {
        if (auto op = w.lock()) {
            if (!op->finished && op->cancel) {
                op->cancel(ApiError(ApiError::Kind::Cancelled,
                    ApiError::sentence(ApiError::Kind::Cancelled, kSystem, label()),
                    QStringLiteral("aborted by the caller")));
            }
        }
    }
}

void SalesforceConnector::withSession(std::function<void(const ApiError &)> next)
{
    m_session->ensure([this, next = std::move(next)](const ApiError &error) {
        if (error.isError() || !m_apiVersion.isEmpty()) {
            next(error);
            return;
        }
        QUrl url = m_session->instanceUrl();
        url.setPath(url.path() + QStringLiteral("/services/data/"));
        ApiRequest req = ApiRequest::get(url);
        req.useAuth = false;
        req.operation = QStringLiteral("API versions");
        m_http->send(req, this, [this, next](const ApiResponse &r) {
            if (!r.ok()) {
                next(r.error);
                return;
            }
            double best = 0;
            QString bestText;
            for (const QJsonValue &v : r.json.array()) {
                const QString text = v.toObject().value(QStringLiteral("version")).toString();
                const double n = text.toDouble();
                if (n > best) {
                    best = n;
                    bestText = text;
                }
            }
            if (best < kMinApiVersion) {
                next(ApiError(ApiError::Kind::Validation,
                    tr("The Salesforce org of %1 offers API version %2 at most; LeadBridge needs "
                       "%3 or newer. Ask Salesforce support about the org's API access.")
                        .arg(label(), bestText.isEmpty() ? tr("none") : bestText,
                            QString::number(kMinApiVersion, 'f', 1)),
                    QStringLiteral("newest version %1").arg(bestText)));
                return;
            }
            m_apiVersion = bestText;
            qCInfo(lcConnectors) << "Salesforce" << label() << "uses API v" << m_apiVersion;
            next(ApiError());
        });
    });
}

QUrl SalesforceConnector::restUrl(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_session->instanceUrl();
    url.setPath(url.path() + QStringLiteral("/services/data/v") + m_apiVersion + u'/' + path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QUrl SalesforceConnector::instanceUrl(const QString &absolutePath) const
{
    QUrl url = m_session->instanceUrl();
    const qsizetype q = absolutePath.indexOf(QLatin1Char('?'));
    url.setPath(url.path() + (q < 0 ? absolutePath : absolutePath.left(q)));
    if (q >= 0)
        url.setQuery(absolutePath.mid(q + 1), QUrl::TolerantMode);
    return url;
}

// --- helpers ------------------------------------------------------------------------------

QString SalesforceConnector::soqlDateTime(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

QString SalesforceConnector::soqlString(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    v.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    v.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return u'\'' + v + u'\'';
}

QDateTime SalesforceConnector::parseDateTime(const QString &text)
{
    if (text.isEmpty())
        return {};
    if (const QDateTime fast = UtcTimestamp::parse(text); fast.isValid())
        return fast;
    QString t = text;
    static const QRegularExpression offset(QStringLiteral("([+-]\\d\\d)(\\d\\d)$"));
    t.replace(offset, QStringLiteral("\\1:\\2"));
    QDateTime d = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!d.isValid())
        d = QDateTime::fromString(t, Qt::ISODate);
    return d.isValid() ? d.toUTC() : QDateTime();
}

ConnectorRecord SalesforceConnector::recordFromJson(
    const QJsonObject &o, const QString &fallbackObject)
{
    return LeadBridge::recordFromJson(o, fallbackObject); // the file's helper, now testable
}

QStringList SalesforceConnector::defaultFields(const QString &object)
{
    if (object.compare(QLatin1String("Lead"), Qt::CaseInsensitive) == 0)
        return { str("Id"), str("FirstName"), str("LastName"), str("Email"), str("Company"),
            str("Title"), str("Phone"), str("City"), str("State"), str("Country"),
            str("LeadSource"), str("Status"), str("HasOptedOutOfEmail"), str("OwnerId"),
            str("LastModifiedDate"), str("SystemModstamp") };
    if (object.compare(QLatin1String("Contact"), Qt::CaseInsensitive) == 0)
        return { str("Id"), str("FirstName"), str("LastName"), str("Email"), str("AccountId"),
            str("Title"), str("Phone"), str("MailingCity"), str("MailingState"),
            str("MailingCountry"), str("LeadSource"), str("HasOptedOutOfEmail"), str("OwnerId"),
            str("LastModifiedDate"), str("SystemModstamp") };
    if (object.compare(QLatin1String("CampaignMember"), Qt::CaseInsensitive) == 0)
        return { str("Id"), str("CampaignId"), str("LeadId"), str("ContactId"), str("Status"),
            str("HasResponded"), str("FirstName"), str("LastName"), str("Email"),
            str("SystemModstamp") };
    return { str("Id"), str("SystemModstamp") };
}

QString SalesforceConnector::soql(const FetchRequest &request, bool orderBy) const
{
    QString object = request.object;
    const QString campaign = request.options.value(QStringLiteral("campaignId")).toString();
    if (object.isEmpty())
        object = campaign.isEmpty() ? QStringLiteral("Lead") : QStringLiteral("CampaignMember");
    QStringList fields = request.fields.isEmpty() ? defaultFields(object) : request.fields;
    for (const char *must : { "Id", "SystemModstamp" }) {
        if (!fields.contains(QLatin1String(must), Qt::CaseInsensitive))
            fields.append(QLatin1String(must));
    }
    QStringList where;
    if (request.since.isValid()) {
        where.append(QStringLiteral("SystemModstamp >= %1")
                         .arg(soqlDateTime(request.since.addSecs(-kOverlapSeconds))));
    }
    if (request.until.isValid())
        where.append(QStringLiteral("SystemModstamp <= %1").arg(soqlDateTime(request.until)));
    if (!campaign.isEmpty())
        where.append(QStringLiteral("CampaignId = %1").arg(soqlString(campaign)));
    const QString extra = request.options.value(QStringLiteral("soqlWhere")).toString().trimmed();
    if (!extra.isEmpty())
        where.append(u'(' + extra + u')');
    QString q = QStringLiteral("SELECT %1 FROM %2").arg(fields.join(QStringLiteral(", ")), object);
    if (!where.isEmpty())
        q += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    if (orderBy)
        q += QStringLiteral(" ORDER BY SystemModstamp ASC, Id ASC");
    return q;
}

ApiError SalesforceConnector::recordError(
    const QString &code, const QString &message, const QStringList &fields) const
{
    // Some messages already name the field, by API name or by label ("Status: bad value for
    // restricted picklist field: Maybe", "First Name: data value too large: …" for
    // FirstName); those are not prefixed a second time.
    const qsizetype colon = message.indexOf(u':');
    QString head = colon > 0 ? message.left(colon) : QString();
    head.remove(u' ');
    const bool named = !fields.isEmpty() && !head.isEmpty()
        && head.compare(fields.first(), Qt::CaseInsensitive) == 0;
    const QString detail
        = fields.isEmpty() || named ? message : fields.join(QStringLiteral(", ")) + u": " + message;
    ApiError e(ApiError::Kind::Validation,
        ApiError::sentence(ApiError::Kind::Validation, kSystem, label(), detail),
        QStringLiteral("%1: %2 (fields: %3)").arg(code, message, fields.join(u',')));
    e.setVendorCode(code);
    e.setVendorMessage(message);
    e.setHttpStatus(400);
    return e;
}

// --- checkConnection / describe -----------------------------------------------------------

void SalesforceConnector::checkConnection(Result<ConnectionInfo> done)
{
    withSession([this, done](const ApiError &error) {
        if (error.isError()) {
            done({}, error);
            return;
        }
        QUrl id = m_session->identityUrl();
        QUrlQuery q(id);
        q.addQueryItem(QStringLiteral("format"), QStringLiteral("json"));
        id.setQuery(q);
        ApiRequest req = ApiRequest::get(id);
        req.operation = QStringLiteral("identity");
        m_http->send(req, this, [this, done](const ApiResponse &ident) {
            if (!ident.ok()) {
                done({}, ident.error);
                return;
            }
            ApiRequest lim = ApiRequest::get(restUrl(QStringLiteral("limits")));
            lim.operation = QStringLiteral("limits");
            m_http->send(lim, this, [this, done, ident](const ApiResponse &limits) {
                if (!limits.ok()) {
                    done({}, limits.error);
                    return;
                }
                const QJsonObject who = ident.json.object();
                const QJsonObject daily
                    = limits.json.object().value(QStringLiteral("DailyApiRequests")).toObject();
                ConnectionInfo info;
                const QString user = who.value(QStringLiteral("username")).toString();
                const QString name = who.value(QStringLiteral("display_name")).toString();
                info.displayName
                    = name.isEmpty() ? user : QStringLiteral("%1 (%2)").arg(name, user);
                info.instanceUrl = m_session->instanceUrl().toString();
                QVariantMap &d = info.details;
                d.insert(QStringLiteral("organizationId"),
                    who.value(QStringLiteral("organization_id"))
                        .toString(m_session->organizationId()));
                d.insert(QStringLiteral("userId"),
                    who.value(QStringLiteral("user_id")).toString(m_session->userId()));
                d.insert(QStringLiteral("username"), user);
                d.insert(QStringLiteral("email"), who.value(QStringLiteral("email")).toString());
                d.insert(QStringLiteral("apiVersion"), m_apiVersion);
                d.insert(QStringLiteral("signInMethod"),
                    SalesforceSession::methodName(m_session->method()));
                d.insert(QStringLiteral("loginUrl"), m_session->loginUrl().toString());
                // Non-secret: kept as the account setting of that name (AccountService).
                if (m_session->passwordGrantBlocked())
                    d.insert(QStringLiteral("soapLoginFirst"), true);
                if (!daily.isEmpty()) {
                    const qint64 max = daily.value(QStringLiteral("Max")).toInteger();
                    const qint64 remaining = daily.value(QStringLiteral("Remaining")).toInteger();
                    d.insert(QStringLiteral("dailyApiMax"), max);
                    d.insert(QStringLiteral("dailyApiRemaining"), remaining);
                }
                d.insert(QStringLiteral("apiUsed"), m_usage.used);
                d.insert(QStringLiteral("apiLimit"), m_usage.limit);
                if (!m_session->rotatedRefreshToken().isEmpty()) {
                    info.updatedSecrets.secrets.insert(
                        QStringLiteral("refreshToken"), m_session->rotatedRefreshToken().toUtf8());
                }
                done(info, ApiError());
            });
        });
    });
}

void SalesforceConnector::describe(const QStringList &objects, Result<QList<CrmObjectSchema>> done)
{
    const QStringList names
        = objects.isEmpty() ? QStringList { str("Lead"), str("Contact") } : objects;
    auto out = std::make_shared<QList<CrmObjectSchema>>();
    auto step = std::make_shared<std::function<void(qsizetype)>>();
    *step = [this, names, out, done, step](qsizetype i) {
        if (i >= names.size()) {
            done(*out, ApiError());
            *step = nullptr; // break the cycle
            return;
        }
        ApiRequest req
            = ApiRequest::get(restUrl(QStringLiteral("sobjects/%1/describe").arg(names.at(i))));
        req.operation = QStringLiteral("describe %1").arg(names.at(i));
        m_http->send(req, this, [this, names, out, done, step, i](const ApiResponse &r) {
            if (!r.ok()) {
                done(*out, r.error);
                *step = nullptr;
                return;
            }
            const QJsonObject o = r.json.object();
            CrmObjectSchema schema;
            schema.crm = CrmKind::Salesforce;
            schema.name = o.value(QStringLiteral("name")).toString(names.at(i));
            schema.object = schema.name.compare(QLatin1String("Contact"), Qt::CaseInsensitive) == 0
                ? CrmObjectType::Contact
                : CrmObjectType::Lead;
            for (const QJsonValue &fv : o.value(QStringLiteral("fields")).toArray()) {
                const QJsonObject f = fv.toObject();
                CrmFieldDescriptor d;
                d.apiName = f.value(QStringLiteral("name")).toString();
                d.label = f.value(QStringLiteral("label")).toString();
                d.type = f.value(QStringLiteral("type")).toString();
                d.length = f.value(QStringLiteral("length")).toInt();
                d.createable = f.value(QStringLiteral("createable")).toBool();
                d.updateable = f.value(QStringLiteral("updateable")).toBool();
                d.nillable = f.value(QStringLiteral("nillable")).toBool();
                d.defaultedOnCreate = f.value(QStringLiteral("defaultedOnCreate")).toBool();
                d.custom = f.value(QStringLiteral("custom")).toBool();
                d.relationshipName = f.value(QStringLiteral("relationshipName")).toString();
                for (const QJsonValue &ref : f.value(QStringLiteral("referenceTo")).toArray())
                    d.referenceTo.append(ref.toString());
                for (const QJsonValue &pv : f.value(QStringLiteral("picklistValues")).toArray()) {
                    const QJsonObject p = pv.toObject();
                    if (p.value(QStringLiteral("active")).toBool(true))
                        d.picklistValues.append(p.value(QStringLiteral("value")).toString());
                }
                schema.fields.append(d);
            }
            if (schema.fields.isEmpty()) {
                const ApiError e
                    = malformed(QStringLiteral("describe %1: no fields").arg(names.at(i)));
                done(*out, e);
                *step = nullptr;
                return;
            }
            out->append(schema);
            (*step)(i + 1);
        });
    };
    withSession([step, done](const ApiError &error) {
        if (error.isError()) {
            done({}, error);
            *step = nullptr;
            return;
        }
        (*step)(0);
    });
}

// --- fetch --------------------------------------------------------------------------------

void SalesforceConnector::fetch(const FetchRequest &request, PageHandler onPage, Done done)
{
    auto op = std::make_shared<FetchOp>();
    op->request = request;
    if (op->request.object.isEmpty()) {
        op->request.object = request.options.contains(QStringLiteral("campaignId"))
            ? QStringLiteral("CampaignMember")
            : QStringLiteral("Lead");
    }
    op->onPage = std::move(onPage);
    op->done = std::move(done);
    std::weak_ptr<FetchOp> weak = op;
    op->cancel = [this, weak](const ApiError &e) {
        if (auto o = weak.lock())
            finishFetch(o, e);
    };
    track(op);
    withSession([this, op](const ApiError &error) {
        if (op->finished)
            return; // aborted while signing in
        if (error.isError()) {
            finishFetch(op, error);
            return;
        }
        if (op->request.options.contains(QStringLiteral("reportId"))) {
            fetchReport(op);
            return;
        }
        const QVariant bulk = op->request.options.value(QStringLiteral("bulk"));
        if (bulk.isValid() && bulk.toBool()) {
            bulkQuery(op);
            return;
        }
        QUrlQuery q;
        q.addQueryItem(
            QStringLiteral("q"), QString::fromUtf8(QUrl::toPercentEncoding(soql(op->request))));
        QUrl url = restUrl(QStringLiteral("query"));
        url.setQuery(q.toString(QUrl::FullyEncoded), QUrl::StrictMode);
        restPage(op, url);
    });
}

ApiError SalesforceConnector::malformed(const QString &detail) const
{
    return ApiError(ApiError::Kind::Malformed,
        ApiError::sentence(ApiError::Kind::Malformed, kSystem, label()), detail);
}

void SalesforceConnector::restPage(const std::shared_ptr<FetchOp> &op, const QUrl &url)
{
    ApiRequest req = ApiRequest::get(url);
    if (op->request.pageSize > 0) {
        req.setHeader("Sforce-Query-Options",
            "batchSize=" + QByteArray::number(qBound(200, op->request.pageSize, 2000)));
    }
    req.operation = QStringLiteral("query %1").arg(op->request.object);
    sendForFetch(op, req, [this, op](const ApiResponse &r) {
        const QJsonObject o = r.json.object();
        if (!o.value(QStringLiteral("records")).isArray()) {
            finishFetch(op, malformed(QStringLiteral("query answer without records array")));
            return;
        }
        const qint64 total = o.value(QStringLiteral("totalSize")).toInteger(-1);
        if (op->pageNumber == 0) {
            const QVariant bulk = op->request.options.value(QStringLiteral("bulk"));
            const qint64 threshold
                = op->request.options
                      .value(QStringLiteral("bulkFetchThreshold"), kDefaultBulkFetchThreshold)
                      .toLongLong();
            if (!bulk.isValid() && total > threshold) {
                qCInfo(lcConnectors) << "Salesforce" << label() << total << op->request.object
                                     << "records match; reading them with a Bulk API 2.0 job";
                op->total = total;
                bulkQuery(op);
                return;
            }
        }
        QList<ConnectorRecord> records;
        const QJsonArray rows = o.value(QStringLiteral("records")).toArray();
        records.reserve(rows.size());
        QStringList keys;
        keys.reserve(rows.size());
        for (const QJsonValue &v : rows) {
            records.append(recordFromJson(v.toObject(), op->request.object));
            keys.append(records.constLast().id);
        }
        const bool done = o.value(QStringLiteral("done")).toBool(true);
        const QString next = o.value(QStringLiteral("nextRecordsUrl")).toString();
        const bool last = done || next.isEmpty();
        ApiError loop = op->paging().pageRead(keys);
        if (!loop.isError() && !last)
            loop = op->paging().nextCursor(next);
        if (loop.isError()) {
            finishFetch(op, loop);
            return;
        }
        emitPage(op, std::move(records), last && !op->request.includeDeleted, total);
        if (op->finished)
            return;
        if (!last)
            restPage(op, instanceUrl(next));
        else if (op->request.includeDeleted)
            fetchDeleted(op);
        else
            finishFetch(op, ApiError());
    });
}

QList<ConnectorRecord> SalesforceConnector::emitPage(
    const std::shared_ptr<FetchOp> &op, QList<ConnectorRecord> records, bool last, qint64 total)
{
    FetchPage page;
    page.pageNumber = ++op->pageNumber;
    page.totalKnown = total;
    page.last = last;
    for (const auto &r : std::as_const(records)) {
        if (!r.deleted && r.modifiedAt.isValid()
            && (!op->maxStamp.isValid() || r.modifiedAt > op->maxStamp))
            op->maxStamp = r.modifiedAt;
    }
    // Bulk results come unordered: the highest stamp is only safe to store at the end.
    if (!op->bulk || last) {
        if (op->maxStamp.isValid())
            page.cursor = op->maxStamp.toString(Qt::ISODateWithMs);
        else if (op->request.since.isValid())
            page.cursor = op->request.since.toUTC().toString(Qt::ISODateWithMs);
    }
    page.records = std::move(records);
    if (op->onPage)
        op->onPage(page);
    return std::move(page.records);
}

void SalesforceConnector::finishFetch(const std::shared_ptr<FetchOp> &op, const ApiError &error)
{
    if (op->finished)
        return;
    op->finished = true;
    if (op->timer)
        op->timer->deleteLater();
    if (error.isError())
        qCWarning(lcConnectors).noquote() << "Salesforce fetch failed:" << error.toLogString();
    if (op->done)
        op->done(error);
}

void SalesforceConnector::sendForFetch(const std::shared_ptr<FetchOp> &op, const ApiRequest &req,
    std::function<void(const ApiResponse &r)> onAnswer)
{
    m_http->send(req, this, [this, op, onAnswer](const ApiResponse &r) {
        if (op->finished)
            return;
        if (!r.ok()) {
            finishFetch(op, r.error);
            return;
        }
        onAnswer(r);
    });
}

void SalesforceConnector::bulkQuery(const std::shared_ptr<FetchOp> &op)
{
    op->bulk = true;
    QJsonObject body { { QStringLiteral("operation"), QStringLiteral("query") },
        { QStringLiteral("query"), soql(op->request, false) },
        { QStringLiteral("contentType"), QStringLiteral("CSV") },
        { QStringLiteral("columnDelimiter"), QStringLiteral("COMMA") },
        { QStringLiteral("lineEnding"), QStringLiteral("LF") } };
    ApiRequest req
        = ApiRequest::json("POST", restUrl(QStringLiteral("jobs/query")), QJsonDocument(body));
    req.operation = QStringLiteral("bulk query job");
    sendForFetch(op, req, [this, op](const ApiResponse &r) {
        op->jobId = r.json.object().value(QStringLiteral("id")).toString();
        if (op->jobId.isEmpty()) {
            finishFetch(op, malformed(QStringLiteral("bulk query job answer without id")));
            return;
        }
        op->pollStartedMs = QDateTime::currentMSecsSinceEpoch();
        bulkQueryPoll(op, 0);
    });
}

void SalesforceConnector::bulkQueryPoll(const std::shared_ptr<FetchOp> &op, int delayMs)
{
    auto poll = [this, op, delayMs] {
        if (op->finished)
            return;
        ApiRequest req = ApiRequest::get(restUrl(QStringLiteral("jobs/query/") + op->jobId));
        req.operation = QStringLiteral("bulk query status");
        sendForFetch(op, req, [this, op, delayMs](const ApiResponse &r) {
            const QJsonObject o = r.json.object();
            const QString state = o.value(QStringLiteral("state")).toString();
            if (state == QLatin1String("JobComplete")) {
                op->total = o.value(QStringLiteral("numberRecordsProcessed")).toInteger(op->total);
                bulkQueryResults(op, QString());
            } else if (state == QLatin1String("Failed") || state == QLatin1String("Aborted")) {
                const QString why = o.value(QStringLiteral("errorMessage")).toString(state);
                finishFetch(op,
                    ApiError(ApiError::Kind::Validation,
                        ApiError::sentence(ApiError::Kind::Validation, kSystem, label(), why),
                        QStringLiteral("bulk query job %1 %2: %3").arg(op->jobId, state, why)));
            } else if (QDateTime::currentMSecsSinceEpoch() - op->pollStartedMs
                > op->request.options.value(QStringLiteral("bulkTimeoutMs"), 30 * 60 * 1000)
                      .toLongLong()) {
                finishFetch(op,
                    ApiError(ApiError::Kind::Timeout,
                        ApiError::sentence(ApiError::Kind::Timeout, kSystem, label()),
                        QStringLiteral("bulk query job %1 still %2").arg(op->jobId, state)));
            } else {
                bulkQueryPoll(op, qBound(250, delayMs * 2, 10'000));
            }
        });
    };
    if (delayMs <= 0) {
        poll();
        return;
    }
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    op->timer = timer;
    connect(timer, &QTimer::timeout, this, [timer, poll] {
        timer->deleteLater();
        poll();
    });
    timer->start(delayMs);
}

void SalesforceConnector::bulkQueryResults(
    const std::shared_ptr<FetchOp> &op, const QString &locator)
{
    QUrlQuery q;
    const int chunk = op->request.pageSize > 0 ? op->request.pageSize : kBulkResultPage;
    q.addQueryItem(QStringLiteral("maxRecords"), QString::number(chunk));
    if (!locator.isEmpty())
        q.addQueryItem(QStringLiteral("locator"), locator);
    ApiRequest req
        = ApiRequest::get(restUrl(QStringLiteral("jobs/query/%1/results").arg(op->jobId), q));
    req.setHeader("Accept", "text/csv");
    req.expectJson = false;
    req.timeoutMs = 120'000;
    req.maxBodyBytes = ApiRequest::kCsvMaxBodyBytes; // a CSV download, not a JSON page
    req.operation = QStringLiteral("bulk query results");
    op->asking = true;
    sendForFetch(op, req, [this, op](const ApiResponse &r) {
        op->asking = false;
        const QByteArray next = r.header("Sforce-Locator");
        const bool last = next.isEmpty() || next == "null";
        if (!last) {
            if (ApiError loop = op->paging().nextCursor(QString::fromLatin1(next));
                loop.isError()) {
                finishFetch(op, loop);
                return;
            }
            op->nextLocator = QString::fromLatin1(next);
        }
        op->waiting.append({ r.body, r.header("Sforce-NumberOfRecords").toLongLong(), last });
        pumpBulkResults(op);
    });
}

void SalesforceConnector::pumpBulkResults(const std::shared_ptr<FetchOp> &op)
{
    if (op->finished)
        return;
    // Three pages at work at most: one on the wire, one parsed on a worker thread, one handed
    // on here; a page that arrives while the worker is busy waits, and nothing more is asked.
    if (!op->parsing && !op->waiting.isEmpty()) {
        FetchOp::BulkAnswer answer = op->waiting.takeFirst();
        op->parsing = true;
        QtConcurrent::run( // the body moves to the worker: run() is over before then() copies
            m_worker.get(), &SalesforceBulkPage::parse, std::move(answer.body), op->request.object)
            .then(this, [this, op, answer](QFuture<SalesforceBulkPage> parsed) {
                op->parsing = false;
                digestBulkPage(op, parsed.takeResult(), answer.declared, answer.last);
            });
    }
    if (!op->asking && op->waiting.isEmpty() && !op->nextLocator.isEmpty())
        bulkQueryResults(op, std::exchange(op->nextLocator, QString()));
}

void SalesforceConnector::digestBulkPage(
    const std::shared_ptr<FetchOp> &op, SalesforceBulkPage page, qsizetype declared, bool last)
{
    if (op->finished)
        return;
    if (page.rows < 0 || (declared > 0 && page.rows != declared)) {
        // A cut-off CSV must not be taken for a short page.
        finishFetch(op,
            malformed(QStringLiteral("bulk results: %1 rows, Sforce-NumberOfRecords %2")
                          .arg(page.rows)
                          .arg(declared)));
        return;
    }
    if (ApiError loop = op->paging().pageRead(page.keys); loop.isError()) {
        finishFetch(op, loop);
        return;
    }
    pumpBulkResults(op); // the next page is parsed and asked for while this one is handed on
    QList<ConnectorRecord> done
        = emitPage(op, std::move(page.records), last && !op->request.includeDeleted, op->total);
    // Freed where they were made: a free into another thread's heap takes that heap's lock,
    // which the worker holds most of the time while it parses the next page.
    m_worker->start([done = std::move(done), last]() mutable {
        done = QList<ConnectorRecord>();
#ifdef __GLIBC__
        // What the worker freed stays in its own heap, where the engine thread cannot reuse
        // it: without this a million leads leave some 300 MB resident for the rest of the run.
        if (last)
            malloc_trim(0);
#endif
    });
    if (op->finished || !last)
        return;
    if (op->request.includeDeleted)
        fetchDeleted(op);
    else
        finishFetch(op, ApiError());
}

void SalesforceConnector::fetchDeleted(const std::shared_ptr<FetchOp> &op)
{
    // getDeleted covers whole minutes of the last 15 days only.
    const QDateTime now = serverNow();
    QDateTime end = op->request.until.isValid() ? op->request.until.toUTC() : now;
    QDateTime start = op->request.since.isValid()
        ? op->request.since.toUTC().addSecs(-kOverlapSeconds)
        : now.addDays(-15).addSecs(120);
    if (start < now.addDays(-15).addSecs(120))
        start = now.addDays(-15).addSecs(120);
    auto floorMinute = [](QDateTime d) {
        d.setTime(QTime(d.time().hour(), d.time().minute()));
        return d;
    };
    start = floorMinute(start);
    // The end is rounded up: Salesforce caps it at the last whole minute that has passed.
    end = floorMinute(end.addSecs(60));
    if (start >= end) {
        emitPage(op, {}, true, op->total);
        finishFetch(op, ApiError());
        return;
    }
    auto fmt = [](const QDateTime &d) {
        return QString::fromLatin1(QUrl::toPercentEncoding(
            d.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss")) + QStringLiteral("+00:00")));
    };
    QUrl url = restUrl(QStringLiteral("sobjects/%1/deleted/").arg(op->request.object));
    url.setQuery(QStringLiteral("start=%1&end=%2").arg(fmt(start), fmt(end)), QUrl::StrictMode);
    ApiRequest req = ApiRequest::get(url);
    req.operation = QStringLiteral("deleted %1").arg(op->request.object);
    sendForFetch(op, req, [this, op](const ApiResponse &r) {
        QList<ConnectorRecord> records;
        for (const QJsonValue &v :
            r.json.object().value(QStringLiteral("deletedRecords")).toArray()) {
            const QJsonObject o = v.toObject();
            ConnectorRecord rec;
            rec.id = o.value(QStringLiteral("id")).toString();
            rec.object = op->request.object;
            rec.deleted = true;
            rec.modifiedAt = parseDateTime(o.value(QStringLiteral("deletedDate")).toString());
            records.append(rec);
        }
        emitPage(op, std::move(records), true, op->total);
        finishFetch(op, ApiError());
    });
}

void SalesforceConnector::listReports(Result<QList<ConnectorRecord>> done)
{
    withSession([this, done](const ApiError &error) {
        if (error.isError()) {
            done({}, error);
            return;
        }
        ApiRequest req = ApiRequest::get(restUrl(QStringLiteral("analytics/reports")));
        req.operation = QStringLiteral("list reports");
        m_http->send(req, this, [done](const ApiResponse &r) {
            if (!r.ok()) {
                done({}, r.error);
                return;
            }
            QList<ConnectorRecord> reports;
            for (const QJsonValue &v : r.json.array()) {
                const QJsonObject o = v.toObject();
                ConnectorRecord rec;
                rec.id = o.value(QStringLiteral("id")).toString();
                rec.object = QStringLiteral("Report");
                rec.fields.insert(
                    QStringLiteral("name"), o.value(QStringLiteral("name")).toString());
                const QString folder = o.value(QStringLiteral("folderName")).toString();
                if (!folder.isEmpty())
                    rec.fields.insert(QStringLiteral("folderName"), folder);
                if (!rec.id.isEmpty())
                    reports.append(rec);
            }
            done(reports, ApiError());
        });
    });
}

void SalesforceConnector::fetchReport(const std::shared_ptr<FetchOp> &op)
{
    const QString id = op->request.options.value(QStringLiteral("reportId")).toString();
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("includeDetails"), QStringLiteral("true"));
    ApiRequest req = ApiRequest::get(restUrl(QStringLiteral("analytics/reports/") + id, q));
    req.operation = QStringLiteral("run report");
    req.timeoutMs = 120'000;
    sendForFetch(op, req, [this, op](const ApiResponse &r) {
        const QJsonObject o = r.json.object();
        const QJsonArray columns = o.value(QStringLiteral("reportMetadata"))
                                       .toObject()
                                       .value(QStringLiteral("detailColumns"))
                                       .toArray();
        const QJsonArray rows = o.value(QStringLiteral("factMap"))
                                    .toObject()
                                    .value(QStringLiteral("T!T"))
                                    .toObject()
                                    .value(QStringLiteral("rows"))
                                    .toArray();
        static const QRegularExpression sfId(
            QStringLiteral("^[a-zA-Z0-9]{3}[a-zA-Z0-9]{12}([a-zA-Z0-9]{3})?$"));
        QList<ConnectorRecord> records;
        for (const QJsonValue &rv : rows) {
            const QJsonArray cells = rv.toObject().value(QStringLiteral("dataCells")).toArray();
            ConnectorRecord rec;
            rec.object = op->request.object;
            for (qsizetype c = 0; c < cells.size() && c < columns.size(); ++c) {
                const QJsonObject cell = cells.at(c).toObject();
                const QJsonValue value = cell.value(QStringLiteral("value"));
                const QString column = columns.at(c).toString();
                rec.fields.insert(column,
                    value.isNull() || value.isUndefined()
                        ? cell.value(QStringLiteral("label")).toVariant()
                        : value.toVariant());
                if (rec.id.isEmpty() && value.isString() && column.endsWith(QLatin1String("_ID"))
                    && sfId.match(value.toString()).hasMatch())
                    rec.id = value.toString();
            }
            records.append(rec);
        }
        const bool allData = o.value(QStringLiteral("allData")).toBool(true);
        if (!allData)
            qCWarning(lcConnectors)
                << "Salesforce report" << label() << "returned only its first 2,000 rows";
        emitPage(op, std::move(records), true, rows.size());
        finishFetch(op, ApiError());
    });
}

// --- write --------------------------------------------------------------------------------

void SalesforceConnector::write(const WriteRequest &request, Result<WriteResult> done)
{
    auto op = std::make_shared<WriteOp>();
    op->request = request;
    op->done = std::move(done);
    op->clock.start();
    std::weak_ptr<WriteOp> weak = op;
    op->cancel = [this, weak](const ApiError &e) {
        if (auto o = weak.lock())
            finishWrite(o, e);
    };
    track(op);

    using Op = WriteRequest::Operation;
    // Records that cannot be sent are answered locally, in request order.
    for (int i = 0; i < request.records.size(); ++i) {
        const ConnectorRecord &rec = request.records.at(i);
        QString missing;
        if ((request.operation == Op::Update || request.operation == Op::Delete) && rec.id.isEmpty()
            && rec.fields.value(QStringLiteral("Id")).toString().isEmpty())
            missing = QStringLiteral("Id");
        if (request.operation == Op::Upsert
            && rec.fields.value(request.keyField).toString().isEmpty())
            missing = request.keyField.isEmpty() ? QStringLiteral("(key field)") : request.keyField;
        if (!missing.isEmpty()) {
            WriteOutcome out;
            out.index = i;
            ApiError e(ApiError::Kind::Validation,
                tr("The record has no value for %1, which Salesforce needs to match it for %2. "
                   "Check the field mapping, then sync again.")
                    .arg(missing, label()),
                QStringLiteral("record %1: no %2").arg(i).arg(missing));
            e.setVendorCode(QStringLiteral("MISSING_KEY"));
            out.error = e;
            op->result.outcomes.append(out);
            continue;
        }
        op->pending.append(i);
    }
    if (request.operation == Op::Upsert && request.keyField.isEmpty()) {
        finishWrite(op,
            ApiError(ApiError::Kind::Validation,
                tr("LeadBridge cannot update-or-create %1 records in %2 without a matching field. "
                   "Choose the field (for example Email__c) in the flow's settings.")
                    .arg(request.object, label()),
                QStringLiteral("upsert without keyField")));
        return;
    }
    withSession([this, op](const ApiError &error) {
        if (op->finished)
            return; // aborted while signing in
        if (error.isError()) {
            finishWrite(op, error);
            return;
        }
        if (op->pending.isEmpty()) {
            finishWrite(op, ApiError());
            return;
        }
        const QVariant bulk = op->request.options.value(QStringLiteral("bulk"));
        const int threshold
            = op->request.options
                  .value(QStringLiteral("bulkWriteThreshold"), kDefaultBulkWriteThreshold)
                  .toInt();
        if (bulk.isValid() ? bulk.toBool() : op->pending.size() > threshold)
            writeBulk(op);
        else
            writeCollections(op, 0);
    });
}

void SalesforceConnector::writeCollections(const std::shared_ptr<WriteOp> &op, qsizetype from)
{
    if (op->finished)
        return;
    if (from >= op->pending.size()) {
        finishWrite(op, ApiError());
        return;
    }
    using Op = WriteRequest::Operation;
    const WriteRequest &w = op->request;
    const QList<int> chunk = op->pending.mid(from, kCollectionLimit);
    ApiRequest req;
    if (w.operation == Op::Delete) {
        QStringList ids;
        for (int i : chunk) {
            const ConnectorRecord &r = w.records.at(i);
            ids.append(r.id.isEmpty() ? r.fields.value(QStringLiteral("Id")).toString() : r.id);
        }
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("ids"), ids.join(u','));
        q.addQueryItem(QStringLiteral("allOrNone"), QStringLiteral("false"));
        req = ApiRequest(
            QByteArrayLiteral("DELETE"), restUrl(QStringLiteral("composite/sobjects"), q));
    } else {
        QJsonArray records;
        for (int i : chunk) {
            const ConnectorRecord &r = w.records.at(i);
            QJsonObject o;
            o.insert(QStringLiteral("attributes"),
                QJsonObject {
                    { QStringLiteral("type"), r.object.isEmpty() ? w.object : r.object } });
            for (auto it = r.fields.begin(); it != r.fields.end(); ++it) {
                if (isIdKey(it.key()) || it.key() == QLatin1String("attributes"))
                    continue;
                o.insert(it.key(), jsonValue(it.value()));
            }
            if (w.operation == Op::Update)
                o.insert(QStringLiteral("id"),
                    r.id.isEmpty() ? r.fields.value(QStringLiteral("Id")).toString() : r.id);
            records.append(o);
        }
        const QJsonDocument body(QJsonObject {
            { QStringLiteral("allOrNone"), false }, { QStringLiteral("records"), records } });
        if (w.operation == Op::Create)
            req = ApiRequest::json("POST", restUrl(QStringLiteral("composite/sobjects")), body);
        else if (w.operation == Op::Update)
            req = ApiRequest::json("PATCH", restUrl(QStringLiteral("composite/sobjects")), body);
        else
            req = ApiRequest::json("PATCH",
                restUrl(QStringLiteral("composite/sobjects/%1/%2").arg(w.object, w.keyField)),
                body);
    }
    req.operation = QStringLiteral("collection write %1").arg(w.object);
    req.timeoutMs = 120'000;
    m_http->send(req, this, [this, op, chunk, from](const ApiResponse &r) {
        if (op->finished)
            return;
        op->result.callsUsed += r.attempts;
        if (!r.ok()) {
            const auto kind = r.error.kind();
            if (kind == ApiError::Kind::Validation || kind == ApiError::Kind::NotFound) {
                // The request as a whole was refused: every record of it carries the reason.
                for (int i : chunk) {
                    WriteOutcome out;
                    out.index = i;
                    out.error = r.error;
                    op->result.outcomes.append(out);
                }
                writeCollections(op, from + kCollectionLimit);
                return;
            }
            finishWrite(op, r.error);
            return;
        }
        const QJsonArray results = r.json.array();
        if (results.size() != chunk.size()) {
            finishWrite(op,
                malformed(QStringLiteral("collections answered %1 results for %2 records")
                              .arg(results.size())
                              .arg(chunk.size())));
            return;
        }
        const bool creating = op->request.operation == WriteRequest::Operation::Create;
        for (qsizetype k = 0; k < chunk.size(); ++k) {
            const QJsonObject o = results.at(k).toObject();
            WriteOutcome out;
            out.index = chunk.at(k);
            out.ok = o.value(QStringLiteral("success")).toBool();
            out.id = o.value(QStringLiteral("id")).toString();
            out.created = out.ok && (creating || o.value(QStringLiteral("created")).toBool());
            if (!out.ok) {
                const QJsonObject err
                    = o.value(QStringLiteral("errors")).toArray().first().toObject();
                QStringList fields;
                for (const QJsonValue &f : err.value(QStringLiteral("fields")).toArray())
                    fields.append(f.toString());
                out.error
                    = recordError(err.value(QStringLiteral("statusCode"))
                                      .toString(err.value(QStringLiteral("errorCode")).toString()),
                        err.value(QStringLiteral("message")).toString(), fields);
            }
            op->result.outcomes.append(out);
        }
        writeCollections(op, from + kCollectionLimit);
    });
}

void SalesforceConnector::writeBulk(const std::shared_ptr<WriteOp> &op)
{
    using Op = WriteRequest::Operation;
    const WriteRequest &w = op->request;
    // Columns: the key first, then every field in order of first appearance.
    QStringList columns;
    if (w.operation == Op::Update || w.operation == Op::Delete)
        columns.append(QStringLiteral("Id"));
    else if (w.operation == Op::Upsert)
        columns.append(w.keyField);
    if (w.operation != Op::Delete) {
        for (int i : std::as_const(op->pending)) {
            const QVariantMap &f = w.records.at(i).fields;
            for (auto it = f.begin(); it != f.end(); ++it) {
                if (isIdKey(it.key()) || columns.contains(it.key()))
                    continue;
                columns.append(it.key());
            }
        }
    }
    op->columns = columns;
    QByteArray csv = SalesforceCsv::line(columns);
    for (int i : std::as_const(op->pending)) {
        const ConnectorRecord &r = w.records.at(i);
        QStringList cells;
        cells.reserve(columns.size());
        for (const QString &c : std::as_const(columns)) {
            if (c == QLatin1String("Id"))
                cells.append(
                    r.id.isEmpty() ? r.fields.value(QStringLiteral("Id")).toString() : r.id);
            else if (r.fields.contains(c))
                cells.append(cellText(r.fields.value(c)));
            else
                cells.append(QString()); // empty leaves the field alone
        }
        op->rowsByKey[cells.join(QChar(0x1f))].append(i);
        csv += SalesforceCsv::line(cells);
    }

    QString operation = QStringLiteral("insert");
    if (w.operation == Op::Update)
        operation = QStringLiteral("update");
    else if (w.operation == Op::Upsert)
        operation = QStringLiteral("upsert");
    else if (w.operation == Op::Delete)
        operation = QStringLiteral("delete");
    QJsonObject job { { QStringLiteral("object"), w.object },
        { QStringLiteral("operation"), operation },
        { QStringLiteral("contentType"), QStringLiteral("CSV") },
        { QStringLiteral("lineEnding"), QStringLiteral("LF") },
        { QStringLiteral("columnDelimiter"), QStringLiteral("COMMA") } };
    if (w.operation == Op::Upsert)
        job.insert(QStringLiteral("externalIdFieldName"), w.keyField);
    ApiRequest create
        = ApiRequest::json("POST", restUrl(QStringLiteral("jobs/ingest")), QJsonDocument(job));
    create.operation = QStringLiteral("bulk ingest job");
    sendForWrite(op, create, [this, op, csv](const ApiResponse &r) {
        op->jobId = r.json.object().value(QStringLiteral("id")).toString();
        ApiRequest upload(QByteArrayLiteral("PUT"),
            restUrl(QStringLiteral("jobs/ingest/%1/batches").arg(op->jobId)));
        upload.setHeader("Content-Type", "text/csv");
        upload.body = csv;
        upload.expectJson = false;
        upload.timeoutMs = 10 * 60 * 1000;
        upload.operation = QStringLiteral("bulk ingest upload");
        sendForWrite(op, upload, [this, op](const ApiResponse &) {
            ApiRequest close = ApiRequest::json("PATCH",
                restUrl(QStringLiteral("jobs/ingest/") + op->jobId),
                QJsonDocument(
                    QJsonObject { { QStringLiteral("state"), QStringLiteral("UploadComplete") } }));
            close.operation = QStringLiteral("bulk ingest close");
            sendForWrite(op, close, [this, op](const ApiResponse &) {
                op->deadlineMs = op->clock.elapsed()
                    + op->request.options.value(QStringLiteral("bulkTimeoutMs"), 30 * 60 * 1000)
                          .toLongLong();
                bulkIngestPoll(op, 250);
            });
        });
    });
}

void SalesforceConnector::bulkIngestPoll(const std::shared_ptr<WriteOp> &op, int delayMs)
{
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    op->timer = timer;
    connect(timer, &QTimer::timeout, this, [this, op, timer, delayMs] {
        timer->deleteLater();
        if (op->finished)
            return;
        ApiRequest req = ApiRequest::get(restUrl(QStringLiteral("jobs/ingest/") + op->jobId));
        req.operation = QStringLiteral("bulk ingest status");
        sendForWrite(op, req, [this, op, delayMs](const ApiResponse &r) {
            const QJsonObject o = r.json.object();
            const QString state = o.value(QStringLiteral("state")).toString();
            if (state == QLatin1String("JobComplete")) {
                bulkIngestResults(op, false);
            } else if (state == QLatin1String("Failed") || state == QLatin1String("Aborted")) {
                const QString why = o.value(QStringLiteral("errorMessage")).toString(state);
                finishWrite(op,
                    ApiError(ApiError::Kind::Validation,
                        ApiError::sentence(ApiError::Kind::Validation, kSystem, label(), why),
                        QStringLiteral("bulk ingest job %1 %2: %3").arg(op->jobId, state, why)));
            } else if (op->clock.elapsed() > op->deadlineMs) {
                finishWrite(op,
                    ApiError(ApiError::Kind::Timeout,
                        tr("Salesforce had not finished the bulk load for %1 in time (job %2 is "
                           "still %3). LeadBridge will check the records at the next sync.")
                            .arg(label(), op->jobId, state),
                        QStringLiteral("bulk ingest job %1 still %2").arg(op->jobId, state)));
            } else {
                bulkIngestPoll(op, qMin(delayMs * 2, 10'000));
            }
        });
    });
    timer->start(delayMs);
}

void SalesforceConnector::bulkIngestResults(const std::shared_ptr<WriteOp> &op, bool failed)
{
    ApiRequest req = ApiRequest::get(restUrl(
        QStringLiteral("jobs/ingest/%1/%2")
            .arg(op->jobId,
                failed ? QStringLiteral("failedResults") : QStringLiteral("successfulResults"))));
    req.setHeader("Accept", "text/csv");
    req.expectJson = false;
    req.timeoutMs = 10 * 60 * 1000;
    req.maxBodyBytes = ApiRequest::kCsvMaxBodyBytes; // a CSV download, not a JSON page
    req.operation = QStringLiteral("bulk ingest results");
    sendForWrite(op, req, [this, op, failed](const ApiResponse &r) {
        const QList<QStringList> rows = SalesforceCsv::parse(r.body);
        const qsizetype width = op->columns.size() + 2;
        for (qsizetype k = 1; k < rows.size(); ++k) {
            const QStringList &row = rows.at(k);
            if (row.size() < width)
                continue;
            const QString key = row.mid(2, op->columns.size()).join(QChar(0x1f));
            auto it = op->rowsByKey.find(key);
            if (it == op->rowsByKey.end() || it->isEmpty())
                continue;
            WriteOutcome out;
            out.index = it->takeFirst();
            out.id = row.at(0);
            if (!failed) {
                out.ok = true;
                out.created = row.at(1) == QLatin1String("true");
            } else {
                // "CODE:message:fields --"
                const QString text = row.at(1);
                const QString code = text.section(QLatin1Char(':'), 0, 0);
                QString message = text.section(QLatin1Char(':'), 1);
                QStringList fields;
                static const QRegularExpression tail(QStringLiteral(":([A-Za-z0-9_,]*) --$"));
                const auto m = tail.match(message);
                if (m.hasMatch()) {
                    fields = m.captured(1).split(u',', Qt::SkipEmptyParts);
                    message = message.left(m.capturedStart());
                }
                out.error = recordError(code, message, fields);
            }
            op->result.outcomes.append(out);
        }
        if (!failed) {
            bulkIngestResults(op, true);
            return;
        }
        // Whatever is in neither list was not processed.
        for (auto it = op->rowsByKey.begin(); it != op->rowsByKey.end(); ++it) {
            for (int i : std::as_const(*it)) {
                WriteOutcome out;
                out.index = i;
                out.error = ApiError(ApiError::Kind::Server,
                    tr("Salesforce did not process this record in the bulk load for %1. "
                       "LeadBridge will send it again at the next sync.")
                        .arg(label()),
                    QStringLiteral("bulk ingest job %1: record %2 unprocessed")
                        .arg(op->jobId, QString::number(i)));
                op->result.outcomes.append(out);
            }
        }
        op->rowsByKey.clear();
        finishWrite(op, ApiError());
    });
}

void SalesforceConnector::sendForWrite(const std::shared_ptr<WriteOp> &op, const ApiRequest &req,
    std::function<void(const ApiResponse &r)> onAnswer)
{
    m_http->send(req, this, [this, op, onAnswer](const ApiResponse &r) {
        if (op->finished)
            return;
        op->result.callsUsed += r.attempts;
        if (!r.ok()) {
            finishWrite(op, r.error);
            return;
        }
        onAnswer(r);
    });
}

void SalesforceConnector::finishWrite(const std::shared_ptr<WriteOp> &op, const ApiError &error)
{
    if (op->finished)
        return;
    op->finished = true;
    if (op->timer)
        op->timer->deleteLater();
    std::sort(op->result.outcomes.begin(), op->result.outcomes.end(),
        [](const WriteOutcome &a, const WriteOutcome &b) { return a.index < b.index; });
    if (error.isError())
        qCWarning(lcConnectors).noquote() << "Salesforce write failed:" << error.toLogString();
    if (op->done)
        op->done(op->result, error);
}

void SalesforceConnector::countRecords(const FetchRequest &request, Result<qint64> done)
{
    withSession([this, request, done](const ApiError &error) {
        if (error.isError())
            return done(-1, error);
        // The fetch's own query, with COUNT() for its field list and without ORDER BY.
        const QString select = soql(request, false);
        const qsizetype from = select.indexOf(QLatin1String(" FROM "));
        const QString count = QStringLiteral("SELECT COUNT()") + select.mid(from);
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("q"), QString::fromUtf8(QUrl::toPercentEncoding(count)));
        QUrl url = restUrl(QStringLiteral("query"));
        url.setQuery(q.toString(QUrl::FullyEncoded), QUrl::StrictMode);
        ApiRequest req = ApiRequest::get(url);
        req.operation = QStringLiteral("count %1").arg(request.object);
        m_http->send(req, this, [this, done](const ApiResponse &r) {
            if (!r.ok())
                return done(-1, r.error);
            const QJsonValue total = r.json.object().value(QStringLiteral("totalSize"));
            const auto n = total.isDouble() ? wholeNumber(total.toDouble()) : std::nullopt;
            if (!n || *n < 0)
                return done(-1, malformed(QStringLiteral("count answer without totalSize")));
            done(*n, ApiError());
        });
    });
}

void SalesforceConnector::dailyApiRequests(Result<ApiUsage> done)
{
    withSession([this, done](const ApiError &error) {
        if (error.isError())
            return done({}, error);
        ApiRequest req = ApiRequest::get(restUrl(QStringLiteral("limits")));
        req.operation = QStringLiteral("limits");
        m_http->send(req, this, [this, done](const ApiResponse &r) {
            if (!r.ok())
                return done({}, r.error);
            const QJsonObject daily
                = r.json.object().value(QStringLiteral("DailyApiRequests")).toObject();
            const QJsonValue max = daily.value(QStringLiteral("Max"));
            const QJsonValue remaining = daily.value(QStringLiteral("Remaining"));
            const auto m = max.isDouble() ? wholeNumber(max.toDouble()) : std::nullopt;
            const auto left
                = remaining.isDouble() ? wholeNumber(remaining.toDouble()) : std::nullopt;
            if (!m || !left || *m < 0)
                return done(
                    {}, malformed(QStringLiteral("limits answer without DailyApiRequests")));
            ApiUsage usage;
            usage.limit = *m;
            usage.used = qBound<qint64>(0, *m - *left, *m);
            done(usage, ApiError());
        });
    });
}

} // namespace LeadBridge
