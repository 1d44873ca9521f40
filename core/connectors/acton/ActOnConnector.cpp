#include "core/connectors/acton/ActOnConnector.h"

#include "core/connectors/PagingGuard.h"
#include "core/connectors/acton/ActOnCsv.h"
#include "core/connectors/acton/ActOnCsvStream.h"
#include "core/connectors/acton/ActOnListMerge.h"
#include "core/connectors/acton/ActOnMultipart.h"
#include "core/connectors/acton/ActOnSession.h"
#include "core/connectors/acton/ActOnValues.h"
#include "core/mapping/MarketingFieldType.h"
#include "core/mapping/StandardFields.h"
#include "core/net/ApiJob.h"
#include "core/net/HttpClient.h"
#include "core/net/RateLimiter.h"
#include "core/util/LogCategories.h"
#include "core/util/UtcTimestamp.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>

namespace LeadBridge {

using namespace Qt::StringLiterals;

namespace {

const QString kSystem = QStringLiteral("Act-On");
constexpr qsizetype kLargeBodyBytes = 64 * 1024;

QString normalized(const QString &heading)
{
    QString out;
    for (const QChar c : heading) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

/// "2024-09-03 12:47:01 UTC" / "… GMT" / ISO 8601 → UTC; other zones are not guessed.
QDateTime parseActOnDate(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    // UtcTimestamp reads Act-On's own layout ("… UTC"); Qt's ISO parser takes other offsets.
    if (const QDateTime fast = UtcTimestamp::parse(t); fast.isValid())
        return fast;
    const QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    return dt.isValid() ? dt.toUTC() : QDateTime();
}

QString emailOf(const QVariantMap &fields, const QString &key)
{
    if (!key.isEmpty()) {
        for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
            if (it.key().compare(key, Qt::CaseInsensitive) == 0)
                return it.value().toString().trimmed();
        }
        return {};
    }
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (ActOnConnector::isEmailHeading(it.key()))
            return it.value().toString().trimmed();
    }
    return {};
}

QString valueText(const QVariant &v)
{
    if (v.metaType().id() == QMetaType::QDateTime)
        return v.toDateTime().toUTC().toString(Qt::ISODate);
    if (v.metaType().id() == QMetaType::Bool)
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toString();
}

} // namespace

QList<RateLimiter::Window> ActOnConnector::limiterWindows()
{
    // Act-On counts a call when it arrives; calls sent exactly 1 s apart can land in the
    // same server second, so the local 1-second window is a little longer.
    QList<RateLimiter::Window> windows = RateLimiter::actOnWindows();
    for (auto &w : windows) {
        if (w.periodMs <= 1000)
            w.periodMs += kSecondWindowMarginMs;
    }
    return windows;
}

ActOnConnector::ActOnConnector(
    const ConnectorConfig &config, QNetworkAccessManager *nam, QObject *parent)
    : Connector(config, nam, parent)
{
    const QVariantMap &s = config.account.settings;
    m_username = s.value(QStringLiteral("username")).toString().trimmed();
    QString url = s.value(QStringLiteral("baseUrl")).toString().trimmed();
    if (url.isEmpty())
        url = QStringLiteral("https://api.actonsoftware.com");
    m_base = checkedBaseUrl(url, &m_baseError);

    const QString label = config.account.name.isEmpty() ? m_username : config.account.name;
    m_http->setAccountLabel(label.isEmpty() ? tr("this Act-On account") : label);
    m_http->setCredentialKind(ApiError::Credential::Password);

    m_http->setRateLimiter(nullptr);
    delete m_limiter;
    m_limiter = new RateLimiter(limiterWindows(), this);
    m_http->setRateLimiter(m_limiter);

    RetryPolicy policy;
    policy.maxAttempts = 5;
    policy.baseDelayMs = 1000;
    m_http->setRetryPolicy(policy);
    m_http->setErrorClassifier(
        [this](const ApiResponse &answer, ApiError &error) { classify(answer, error); });

    ActOnSession::Credentials cred;
    cred.baseUrl = m_base;
    cred.username = m_username;
    cred.password = config.credentials.text(QStringLiteral("password"));
    cred.clientId = s.value(QStringLiteral("clientId")).toString().trimmed();
    cred.clientSecret = config.credentials.text(QStringLiteral("clientSecret"));
    cred.refreshToken = config.credentials.text(QStringLiteral("refreshToken"));
    cred.accessToken = config.credentials.text(QStringLiteral("accessToken"));
    cred.accessTokenExpiry = QDateTime::fromString(
        config.credentials.text(QStringLiteral("accessTokenExpiry")), Qt::ISODateWithMs);
    m_session = new ActOnSession(cred, nam, this);
    m_http->setAuthProvider(m_session);
    // Every grant's tokens go to the keychain (through the engine host), so the next run
    // (another process) uses them instead of one of Act-On's 5 sign-ins per hour.
    connect(m_session, &ActOnSession::tokensChanged, this,
        [this] { Q_EMIT secretsUpdated(m_session->tokenBundle()); });
}

ActOnConnector::~ActOnConnector()
{
    m_http->abortAll();
    m_session->abort();
    qDeleteAll(m_delays.keys());
    m_delays.clear();
}

bool ActOnConnector::isEmailHeading(const QString &heading)
{
    const QString n = normalized(heading);
    return n == QLatin1String("emailaddress") || n == QLatin1String("email");
}

QString ActOnConnector::headingType(const QString &heading)
{
    if (const auto standard = StandardFields::byName(heading))
        return MarketingFieldTypes::toString(standard->type);
    const QString n = heading.toLower();
    MarketingFieldType type = MarketingFieldType::Text;
    if (isEmailHeading(heading) || n.contains(QLatin1String("e-mail")))
        type = MarketingFieldType::Email;
    else if (n.contains(QLatin1String("score")))
        type = MarketingFieldType::Score;
    else if (n.contains(QLatin1String("date/time")) || n.contains(QLatin1String("datetime"))
        || n.contains(QLatin1String("timestamp")))
        type = MarketingFieldType::Datetime;
    else if (n.contains(QLatin1String("date")))
        type = MarketingFieldType::Date;
    return MarketingFieldTypes::toString(type);
}

// ---------------------------------------------------------------- plumbing

void ActOnConnector::classify(const ApiResponse &answer, ApiError &error) const
{
    const QString code = error.vendorCode();
    const QString message = error.vendorMessage();
    if (answer.status == 429) {
        if (message.contains(QLatin1String("day"), Qt::CaseInsensitive)) {
            const QDateTime midnight
                = QDateTime(QDate::currentDate().addDays(1), QTime(0, 0), Qt::UTC);
            error.setKind(ApiError::Kind::QuotaExhausted)
                .setRetryable(false)
                .setUserMessage(ApiError::quotaUsedUp(
                    kSystem, m_http->accountLabel(), 30000, midnight.toLocalTime()));
        } else if (error.retryAfterMs() < 0) {
            // Act-On sends no Retry-After; its window is one second.
            error.setRetryAfterMs(1000);
        }
        return;
    }
    if (answer.status == 403) {
        QJsonParseError pe;
        const QJsonObject obj = QJsonDocument::fromJson(answer.body, &pe).object();
        if (obj.contains(QStringLiteral("error_description")))
            error.setKind(ApiError::Kind::Auth);
        else if (obj.contains(QStringLiteral("errorCode")))
            error.setKind(ApiError::Kind::Validation);
        else
            // The reference: an unexplained 403 from Act-On means "slow down".
            error.setKind(ApiError::Kind::RateLimited).setRetryable(true).setRetryAfterMs(1000);
        return;
    }
    if (answer.status == 400 && code == QLatin1String("10004"))
        error.setKind(ApiError::Kind::NotFound);
}

QUrl ActOnConnector::apiUrl(const QString &path, const QList<QPair<QString, QString>> &query) const
{
    QUrl url = m_base;
    url.setPath(url.path() + path);
    QStringList parts;
    for (const auto &q : query)
        parts.append(ActOnValues::urlEncoded(q.first) + u'=' + ActOnValues::urlEncoded(q.second));
    if (!parts.isEmpty())
        url.setQuery(parts.join(u'&'), QUrl::StrictMode);
    return url;
}

ApiError ActOnConnector::configError() const
{
    if (!m_baseError.isEmpty())
        return ApiError(ApiError::Kind::Validation, m_baseError, QStringLiteral("bad baseUrl"));
    if (m_username.isEmpty()) {
        return ApiError(ApiError::Kind::Auth,
            tr("No Act-On user name is saved for %1. Enter it in Accounts → Act-On.")
                .arg(m_http->accountLabel()),
            QStringLiteral("settings.username is empty"));
    }
    return {};
}

ApiError ActOnConnector::malformed(const ApiResponse &response, const QString &what) const
{
    return ApiError(ApiError::Kind::Malformed,
        ApiError::sentence(ApiError::Kind::Malformed, kSystem, m_http->accountLabel()),
        QStringLiteral("%1: unexpected answer shape (HTTP %2, %3 bytes): %4")
            .arg(what, QString::number(response.status), QString::number(response.body.size()),
                QString::fromUtf8(response.body.left(200))));
}

ApiError ActOnConnector::cancelled() const
{
    return ApiError(ApiError::Kind::Cancelled,
        ApiError::sentence(ApiError::Kind::Cancelled, kSystem, m_http->accountLabel()),
        QStringLiteral("aborted by the caller"));
}

ApiError ActOnConnector::validation(const QString &sentence, const QString &detail) const
{
    return ApiError(ApiError::Kind::Validation, sentence, detail);
}

void ActOnConnector::failLater(const ApiError &error, std::function<void(const ApiError &)> done)
{
    QMetaObject::invokeMethod(
        this, [error, done = std::move(done)] { done(error); }, Qt::QueuedConnection);
}

void ActOnConnector::send(const ApiRequest &request, Callback done)
{
    const ApiError config = configError();
    if (config.isError()) {
        failLater(config, [done](const ApiError &e) {
            ApiResponse r;
            r.error = e;
            done(r);
        });
        return;
    }
    m_session->ensureToken([this, request, done](const ApiError &error) {
        if (error.isError()) {
            ApiResponse r;
            r.error = error;
            done(r);
            return;
        }
        if (request.body.size() < kLargeBodyBytes) {
            m_http->send(request, this, done);
            return;
        }
        // Act-On counts an upload when it has arrived, which for megabytes is well after
        // the limiter granted the slot: count it again on completion so the next calls keep
        // clear of the server's second.
        m_http->send(request, this, [this, done](const ApiResponse &r) {
            m_limiter->recordCall();
            done(r);
        });
    });
}

void ActOnConnector::after(int ms, std::function<void(const ApiError &)> then)
{
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    m_delays.insert(timer, std::move(then));
    connect(timer, &QTimer::timeout, this, [this, timer] {
        const auto next = m_delays.take(timer);
        timer->deleteLater();
        if (next)
            next(ApiError());
    });
    timer->start(ms);
}

void ActOnConnector::abort()
{
    const auto delays = std::exchange(m_delays, {});
    for (auto it = delays.cbegin(); it != delays.cend(); ++it) {
        it.key()->stop();
        it.key()->deleteLater();
    }
    const ApiError e = cancelled();
    for (auto it = delays.cbegin(); it != delays.cend(); ++it) {
        if (it.value())
            it.value()(e);
    }
    m_session->abort();
    Connector::abort();
}

// ---------------------------------------------------------------- connection

void ActOnConnector::checkConnection(Result<ConnectionInfo> done)
{
    const ApiRequest req = ApiRequest::get(apiUrl(QStringLiteral("/api/1/list"),
        { { QStringLiteral("listingtype"), QStringLiteral("CONTACT_LIST") },
            { QStringLiteral("count"), QStringLiteral("1") },
            { QStringLiteral("offset"), QStringLiteral("0") } }));
    send(req, [this, done](const ApiResponse &r) {
        if (!r.ok())
            return done({}, r.error);
        const QJsonObject obj = r.json.object();
        if (!obj.value(QStringLiteral("result")).isArray())
            return done({}, malformed(r, QStringLiteral("list listing")));
        ConnectionInfo info;
        info.displayName = m_username;
        info.instanceUrl = m_base.toString();
        const qint64 lists = ActOnValues::integer(obj.value(QStringLiteral("totalCount")),
            obj.value(QStringLiteral("result")).toArray().size());
        info.details.insert(QStringLiteral("username"), m_username);
        info.details.insert(QStringLiteral("lists"), lists);
        info.details.insert(QStringLiteral("authCallsLastHour"),
            ActOnSession::authCallsLastHour(m_base, m_username));
        const QString refresh = m_session->refreshToken();
        if (!refresh.isEmpty()
            && refresh != m_config.credentials.text(QStringLiteral("refreshToken"))) {
            info.updatedSecrets.secrets.insert(QStringLiteral("refreshToken"), refresh.toUtf8());
        }
        done(info, {});
    });
}

// ---------------------------------------------------------------- lists

void ActOnConnector::listLists(ListsDone done)
{
    listingPage(std::make_shared<QList<ActOnListInfo>>(), 0, std::move(done),
        std::make_shared<PagingGuard>(kSystem, tr("the contact lists")));
}

void ActOnConnector::listingPage(std::shared_ptr<QList<ActOnListInfo>> lists, int offset,
    ListsDone done, std::shared_ptr<PagingGuard> guard)
{
    const ApiRequest req = ApiRequest::get(apiUrl(QStringLiteral("/api/1/list"),
        { { QStringLiteral("listingtype"), QStringLiteral("CONTACT_LIST") },
            { QStringLiteral("count"), QString::number(kPageSize) },
            { QStringLiteral("offset"), QString::number(offset) } }));
    send(req, [this, lists, offset, done, guard](const ApiResponse &r) {
        if (!r.ok())
            return done({}, r.error);
        const QJsonObject obj = r.json.object();
        const QJsonValue result = obj.value(QStringLiteral("result"));
        if (!result.isArray())
            return done({}, malformed(r, QStringLiteral("list listing")));
        const QJsonArray items = result.toArray();
        QStringList keys;
        for (const QJsonValue &v : items)
            keys.append(ActOnValues::text(v.toObject().value(QStringLiteral("id"))));
        if (const ApiError loop = guard->pageRead(keys); loop.isError())
            return done({}, loop);
        for (const QJsonValue &v : items) {
            const QJsonObject o = v.toObject();
            ActOnListInfo info;
            info.id = ActOnValues::text(o.value(QStringLiteral("id")));
            info.name = ActOnValues::text(o.value(QStringLiteral("name")));
            info.folderName = ActOnValues::text(o.value(QStringLiteral("folderName")));
            info.size = ActOnValues::integer(o.value(QStringLiteral("sourceSize")));
            const qint64 ts = ActOnValues::integer(o.value(QStringLiteral("tsLastModified")));
            if (ts > 0)
                info.lastModified = QDateTime::fromMSecsSinceEpoch(ts, Qt::UTC);
            if (!info.id.isEmpty())
                lists->append(info);
        }
        const qint64 total = ActOnValues::integer(obj.value(QStringLiteral("totalCount")));
        const int next = offset + int(items.size());
        if (items.isEmpty() || items.size() < kPageSize || (total >= 0 && next >= total))
            return done(*lists, {});
        if (const ApiError loop = guard->nextCursor(QString::number(next)); loop.isError())
            return done({}, loop);
        listingPage(lists, next, done, guard);
    });
}

void ActOnConnector::listFolders(FoldersDone done)
{
    listLists([done](const QList<ActOnListInfo> &lists, const ApiError &error) {
        if (error.isError())
            return done({}, error);
        QStringList folders;
        for (const auto &l : lists) {
            if (!l.folderName.isEmpty() && !folders.contains(l.folderName))
                folders.append(l.folderName);
        }
        folders.sort(Qt::CaseInsensitive);
        done(folders, {});
    });
}

void ActOnConnector::findOrCreateList(
    const QString &folder, const QString &listName, const QStringList &headings, ListIdDone done)
{
    const QString name = listName.trimmed();
    if (name.isEmpty()) {
        failLater(validation(tr("A list name is needed to create an Act-On list."),
                      QStringLiteral("findOrCreateList: empty name")),
            [done](const ApiError &e) { done({}, e); });
        return;
    }
    const QString key = name.toLower();
    auto it = m_pendingCreates.find(key);
    if (it != m_pendingCreates.end()) {
        it->append(std::move(done));
        return;
    }
    m_pendingCreates.insert(key, { std::move(done) });
    listLists([this, key, name, folder, headings](
                  const QList<ActOnListInfo> &lists, const ApiError &error) {
        if (error.isError())
            return finishCreate(key, {}, error);
        QString found;
        for (const auto &l : lists) {
            if (l.name == name) {
                found = l.id;
                break;
            }
        }
        if (found.isEmpty()) {
            for (const auto &l : lists) {
                if (l.name.compare(name, Qt::CaseInsensitive) == 0) {
                    found = l.id;
                    break;
                }
            }
        }
        if (!found.isEmpty())
            return finishCreate(key, found, {});
        createList(folder, name, headings);
    });
}

void ActOnConnector::createList(
    const QString &folder, const QString &listName, const QStringList &givenHeadings)
{
    const QString key = listName.toLower();
    QStringList headings;
    for (const QString &h : givenHeadings) {
        const QString t = h.trimmed();
        if (!t.isEmpty() && !headings.contains(t, Qt::CaseInsensitive))
            headings.append(t);
    }
    bool hasEmail = false;
    for (const QString &h : std::as_const(headings))
        hasEmail = hasEmail || isEmailHeading(h);
    if (!hasEmail)
        headings.prepend(emailHeading());

    QJsonArray specs;
    for (qsizetype i = 0; i < headings.size(); ++i) {
        QJsonObject spec { { QStringLiteral("columnHeading"), headings.at(i) },
            { QStringLiteral("ignoreColumn"), QStringLiteral("N") },
            { QStringLiteral("columnIndex"), QString::number(i) } };
        const QString n = normalized(headings.at(i));
        if (isEmailHeading(headings.at(i)))
            spec.insert(QStringLiteral("columnType"), QStringLiteral("EMAIL"));
        else if (n == QLatin1String("firstname"))
            spec.insert(QStringLiteral("columnType"), QStringLiteral("FIRSTNAME"));
        else if (n == QLatin1String("lastname"))
            spec.insert(QStringLiteral("columnType"), QStringLiteral("LASTNAME"));
        specs.append(spec);
    }
    ActOnMultipart form;
    form.addField(QStringLiteral("listname"), listName);
    if (!folder.trimmed().isEmpty())
        form.addField(QStringLiteral("foldername"), folder.trimmed());
    form.addField(QStringLiteral("headings"), QStringLiteral("Y"));
    form.addField(QStringLiteral("fieldseparator"), QStringLiteral("COMMA"));
    form.addField(QStringLiteral("quotecharacter"), QStringLiteral("DOUBLE_QUOTE"));
    form.addField(QStringLiteral("uploadspecs"),
        QString::fromUtf8(QJsonDocument(specs).toJson(QJsonDocument::Compact)));
    form.addFile(QStringLiteral("file"), QStringLiteral("headings.csv"), "text/csv; charset=UTF-8",
        ActOnCsv::headerRow(headings));
    ApiRequest req(QByteArrayLiteral("POST"), apiUrl(QStringLiteral("/api/1/list")));
    req.body = form.body();
    req.setHeader("Content-Type", form.contentType());
    req.operation = QStringLiteral("create list");
    qCInfo(lcConnectors).noquote()
        << QStringLiteral("Act-On: creating list \"%1\" in folder \"%2\"").arg(listName, folder);
    send(req, [this, key, listName](const ApiResponse &r) {
        if (!r.ok()) {
            if (r.error.vendorMessage().contains(
                    QLatin1String("already exists"), Qt::CaseInsensitive)) {
                // Someone else created it meanwhile: use theirs.
                listLists([this, key, listName](
                              const QList<ActOnListInfo> &lists, const ApiError &error) {
                    if (error.isError())
                        return finishCreate(key, {}, error);
                    for (const auto &l : lists) {
                        if (l.name.compare(listName, Qt::CaseInsensitive) == 0)
                            return finishCreate(key, l.id, {});
                    }
                    finishCreate(key, {},
                        validation(tr("Act-On says a list named “%1” exists but does not show it "
                                      "for %2. Check the list in Act-On, then sync again.")
                                       .arg(listName, m_http->accountLabel()),
                            QStringLiteral("list exists but not listed")));
                });
                return;
            }
            return finishCreate(key, {}, r.error);
        }
        const QJsonObject obj = r.json.object();
        const QString listId = ActOnValues::text(obj.value(QStringLiteral("listId")));
        if (!listId.isEmpty())
            return finishCreate(key, listId, {});
        const QString jobId = ActOnValues::text(obj.value(QStringLiteral("jobId")));
        if (jobId.isEmpty())
            return finishCreate(key, {}, malformed(r, QStringLiteral("create list")));
        pollJob(jobId, 0, 0, {}, [this, key, r](const PollResult &poll, const ApiError &error) {
            if (error.isError())
                return finishCreate(key, {}, error);
            const QString id = ActOnValues::text(poll.details.value(QStringLiteral("listId")));
            if (id.isEmpty())
                return finishCreate(key, {}, malformed(r, QStringLiteral("create list job")));
            finishCreate(key, id, {});
        });
    });
}

void ActOnConnector::finishCreate(const QString &key, const QString &listId, const ApiError &error)
{
    const auto waiters = m_pendingCreates.take(key);
    for (const auto &done : waiters) {
        if (done)
            done(listId, error);
    }
}

// ---------------------------------------------------------------- jobs

QJsonObject ActOnConnector::jobDetails(const QJsonObject &statusAnswer)
{
    QJsonObject details = statusAnswer.value(QStringLiteral("details")).toObject();
    if (details.isEmpty()) {
        const QString text = statusAnswer.value(QStringLiteral("jobDetails")).toString();
        details = QJsonDocument::fromJson(text.toUtf8()).object();
    }
    return details;
}

bool ActOnConnector::jobStillRunning(const QJsonObject &statusAnswer)
{
    // Act-On OpenAPI, GET /api/1/list/{jobid}/status, examples "Job Pending" and "Job Running":
    // while a job runs the answer is only {"status":"The job is pending"} or
    // {"status":"The job is running"}; the details come when it is done.
    if (!jobDetails(statusAnswer).isEmpty())
        return false;
    const QString status = statusAnswer.value(QStringLiteral("status")).toString().toLower();
    return status.contains(QLatin1String("pending")) || status.contains(QLatin1String("running"));
}

void ActOnConnector::pollJob(
    const QString &jobId, int round, qint64 waitedMs, PollResult acc, PollDone done)
{
    ApiRequest req = ApiRequest::get(
        apiUrl(u"/api/1/list/"_s + ActOnValues::urlEncoded(jobId) + u"/status"_s));
    req.operation = QStringLiteral("job status");
    send(req, [this, jobId, round, waitedMs, acc, done](const ApiResponse &r) mutable {
        acc.calls += r.attempts;
        if (!r.ok())
            return done(acc, r.error);
        const QJsonObject answer = r.json.object();
        const QJsonObject details = jobDetails(answer);
        QString status;
        if (details.isEmpty()) {
            if (!jobStillRunning(answer))
                return done(acc, malformed(r, QStringLiteral("job status")));
            status = answer.value(QStringLiteral("status")).toString();
        } else {
            status = ActOnValues::text(details.value(QStringLiteral("status"))).toLower();
            acc.details = details;
            static const QSet<QString> finished { QStringLiteral("ok"), QStringLiteral("success"),
                QStringLiteral("complete"), QStringLiteral("completed"), QStringLiteral("done"),
                QStringLiteral("finished") };
            if (finished.contains(status))
                return done(acc, {});
            if (status == QLatin1String("failed") || status == QLatin1String("error")) {
                const QString message = ActOnValues::text(details.value(QStringLiteral("message")));
                return done(acc,
                    ApiError(ApiError::Kind::Validation,
                        ApiError::sentence(
                            ApiError::Kind::Validation, kSystem, m_http->accountLabel(), message),
                        QStringLiteral("job %1 failed: %2")
                            .arg(jobId,
                                QString::fromUtf8(
                                    QJsonDocument(details).toJson(QJsonDocument::Compact)))));
            }
        }
        ++acc.waits;
        // Still pending or running: poll again after 1 s, doubling up to m_maxPollMs, for at
        // most m_jobTimeLimitMs in all.
        const int wait = jobPollDelayMs(round, m_maxPollMs);
        if (waitedMs + wait > m_jobTimeLimitMs) {
            return done(acc,
                ApiError(ApiError::Kind::Timeout,
                    tr("Act-On is still running the import job %1 after %2. It goes on in "
                       "Act-On by itself; the next sync checks the list again and sends what is "
                       "still missing.")
                        .arg(jobId, ApiError::humanDuration(waitedMs)),
                    QStringLiteral("job %1 still '%2' after %3 ms of polling")
                        .arg(jobId, status, QString::number(waitedMs))));
        }
        after(wait, [this, jobId, round, waitedMs, wait, acc, done](const ApiError &e) {
            if (e.isError())
                return done(acc, e);
            pollJob(jobId, round + 1, waitedMs + wait, acc, done);
        });
    });
}

// ---------------------------------------------------------------- download

QList<QPair<QString, QString>> ActOnConnector::listQuery(
    const QString &format, const QStringList &fields, const DownloadOptions &options)
{
    // GET /api/1/list/{listid}: responseformat, then fields (or every column with its date
    // qualifiers) and modafter (milliseconds since the epoch) for changed rows only.
    QList<QPair<QString, QString>> query { { QStringLiteral("responseformat"), format } };
    if (!fields.isEmpty())
        query.append({ QStringLiteral("fields"), fields.join(u';') });
    else if (options.dateQualifiers)
        query.append({ QStringLiteral("datequalifiers"), QStringLiteral("true") });
    if (options.modifiedAfter.isValid())
        query.append({ QStringLiteral("modafter"),
            QString::number(options.modifiedAfter.toMSecsSinceEpoch()) });
    return query;
}

void ActOnConnector::downloadList(const QString &listId, const QStringList &fields,
    ListPageHandler onPage, Done done, const DownloadOptions &options)
{
    if (listId.trimmed().isEmpty()) {
        failLater(validation(tr("No Act-On list was chosen to read."),
                      QStringLiteral("downloadList: empty list id")),
            done);
        return;
    }
    DownloadOptions o = options;
    o.pageSize = qBound(1, o.pageSize, kPageSize);
    downloadPage(listId, fields, std::move(onPage), std::move(done), o, 0, 1,
        std::make_shared<PagingGuard>(kSystem, tr("the list %1").arg(listId)));
}

void ActOnConnector::downloadPage(const QString &listId, const QStringList &fields,
    ListPageHandler onPage, Done done, const DownloadOptions &options, qint64 offset,
    int pageNumber, std::shared_ptr<PagingGuard> guard)
{
    QList<QPair<QString, QString>> query = listQuery(QStringLiteral("JSON"), fields, options);
    query.append({ QStringLiteral("count"), QString::number(options.pageSize) });
    query.append({ QStringLiteral("offset"), QString::number(offset) });
    ApiRequest req
        = ApiRequest::get(apiUrl(u"/api/1/list/"_s + ActOnValues::urlEncoded(listId), query));
    req.operation = QStringLiteral("download list");
    send(req, [=, this](const ApiResponse &r) {
        if (!r.ok())
            return done(r.error);
        const QJsonObject obj = r.json.object();
        const QJsonValue headers = obj.value(QStringLiteral("headers"));
        const QJsonValue data = obj.value(QStringLiteral("data"));
        if (!headers.isArray() || !data.isArray())
            return done(malformed(r, QStringLiteral("download list")));
        ActOnListPage page;
        page.listId = listId;
        page.offset = offset;
        page.pageNumber = pageNumber;
        page.totalCount = ActOnValues::integer(obj.value(QStringLiteral("totalCount")));
        page.emailColumn = int(ActOnValues::integer(obj.value(QStringLiteral("emailColumn"))));
        for (const QJsonValue &h : headers.toArray())
            page.headers.append(ActOnValues::text(h));
        const QJsonArray rows = data.toArray();
        page.rows.reserve(rows.size());
        for (const QJsonValue &row : rows) {
            QStringList values;
            const QJsonArray cells = row.toArray();
            values.reserve(cells.size());
            for (const QJsonValue &c : cells)
                values.append(ActOnValues::text(c));
            page.rows.append(values);
        }
        QStringList keys;
        keys.reserve(page.rows.size());
        for (const QStringList &row : std::as_const(page.rows)) {
            keys.append(page.emailColumn >= 0 && page.emailColumn < row.size()
                    ? row.at(page.emailColumn).toLower()
                    : row.join(QChar(0x1f)));
        }
        if (const ApiError loop = guard->pageRead(keys); loop.isError())
            return done(loop);
        if (pageNumber == 1 && options.csvAbove >= 0 && page.totalCount > options.csvAbove) {
            // Many pages to go at one call each: the same rows as one CSV download instead.
            qCDebug(lcConnectors) << "Act-On list" << listId << "has" << page.totalCount
                                  << "matching rows: reading them as one CSV download";
            return downloadCsvAttempt(listId, fields, onPage, done, options, 1);
        }
        const qint64 next = offset + rows.size();
        page.last
            = rows.size() < options.pageSize || (page.totalCount >= 0 && next >= page.totalCount);
        onPage(page);
        if (page.last)
            return done({});
        if (const ApiError loop = guard->nextCursor(QString::number(next)); loop.isError())
            return done(loop);
        downloadPage(listId, fields, onPage, done, options, next, pageNumber + 1, guard);
    });
}

void ActOnConnector::downloadListCsv(const QString &listId, const QStringList &fields,
    ListPageHandler onPage, Done done, const DownloadOptions &options)
{
    if (listId.trimmed().isEmpty()) {
        failLater(validation(tr("No Act-On list was chosen to read."),
                      QStringLiteral("downloadListCsv: empty list id")),
            done);
        return;
    }
    downloadCsvAttempt(listId, fields, std::move(onPage), std::move(done), options, 1);
}

void ActOnConnector::downloadCsvAttempt(const QString &listId, const QStringList &fields,
    ListPageHandler onPage, Done done, const DownloadOptions &options, int attempt)
{
    const QList<QPair<QString, QString>> query = listQuery(QStringLiteral("CSV"), fields, options);
    ApiRequest req
        = ApiRequest::get(apiUrl(u"/api/1/list/"_s + ActOnValues::urlEncoded(listId), query));
    req.expectJson = false;
    req.timeoutMs = 10 * 60 * 1000;
    req.spoolBody = true; // a whole list: to a temporary file as it arrives, read from there
    req.operation = QStringLiteral("download list (CSV)");
    send(req, [=, this](const ApiResponse &r) {
        if (!r.ok())
            return done(r.error);
        QBuffer memory; // a body that was not spooled (an answer without a 2xx status)
        QIODevice *csv = r.bodyFile.get();
        if (!csv) {
            memory.setData(r.body);
            memory.open(QIODevice::ReadOnly);
            csv = &memory;
        }
        // A CSV answer ends with a line break and starts with the record id column; a cut
        // or garbled answer is read again once. The whole file is checked before the first
        // page goes out, then read again page by page: never all rows in memory at once.
        const qint64 size = csv->size();
        bool complete = size == 0;
        if (size > 0 && csv->seek(size - 1))
            complete = csv->read(1) == "\n";
        csv->seek(0);
        ActOnCsvStream check(csv);
        QStringList headers;
        const bool hasHeader = check.next(&headers);
        qint64 total = 0;
        while (check.skip())
            ++total;
        const QString parseError = check.error();
        const bool parsed = parseError.isEmpty();
        const bool shaped = parsed && hasHeader
            && headers.value(0).compare(ActOnValues::recordIdHeading(), Qt::CaseInsensitive) == 0;
        if (!complete || !shaped) {
            if (attempt < 2)
                return downloadCsvAttempt(listId, fields, onPage, done, options, attempt + 1);
            return done(malformed(r,
                QStringLiteral("CSV download (%1)")
                    .arg(!parsed ? parseError
                                 : (complete ? QStringLiteral("no header row")
                                             : QStringLiteral("cut off")))));
        }
        csv->seek(0);
        ActOnCsvStream read(csv);
        QStringList skipped;
        read.next(&skipped); // the header row, checked above
        qint64 offset = 0;
        int pageNumber = 1;
        do {
            ActOnListPage page;
            page.listId = listId;
            page.headers = headers;
            page.offset = offset;
            page.totalCount = total;
            page.pageNumber = pageNumber++;
            for (int i = 0; i < headers.size(); ++i) {
                if (isEmailHeading(headers.at(i))) {
                    page.emailColumn = i;
                    break;
                }
            }
            const qint64 n = qMin<qint64>(kPageSize, total - offset);
            page.rows.reserve(n);
            for (QStringList row; page.rows.size() < n && read.next(&row);)
                page.rows.append(row);
            offset += n;
            page.last = offset >= total;
            onPage(page);
        } while (offset < total);
        done({});
    });
}

// ---------------------------------------------------------------- writes

void ActOnConnector::upsertByEmail(
    const QString &listId, const QList<QVariantMap> &records, OutcomesDone done)
{
    struct State
    {
        QList<WriteOutcome> outcomes;
        int pending = 0;
        OutcomesDone done;
    };
    auto state = std::make_shared<State>();
    state->done = std::move(done);
    state->outcomes.resize(records.size());
    auto finishOne = [this, state] {
        if (--state->pending > 0)
            return;
        // Per-record refusals are outcomes; a failure that hit every record (sign-in,
        // limits, the list itself, abort) is the call's error.
        ApiError callError;
        bool allFailed = !state->outcomes.isEmpty();
        for (const auto &o : std::as_const(state->outcomes))
            allFailed = allFailed && !o.ok;
        for (const auto &o : std::as_const(state->outcomes)) {
            if (o.ok)
                continue;
            const auto k = o.error.kind();
            if (k == ApiError::Kind::Cancelled || k == ApiError::Kind::Auth
                || k == ApiError::Kind::QuotaExhausted || k == ApiError::Kind::NotFound
                || (allFailed && k != ApiError::Kind::Validation)) {
                callError = o.error;
                break;
            }
        }
        state->done(state->outcomes, callError);
    };
    state->pending = int(records.size()) + 1; // +1: released below, after queueing all
    for (int i = 0; i < records.size(); ++i) {
        WriteOutcome &out = state->outcomes[i];
        out.index = i;
        const QString email = emailOf(records.at(i), {});
        if (email.isEmpty()) {
            out.error = validation(tr("Record %1 has no e-mail address, which Act-On needs to "
                                      "match contacts. Map an e-mail field, then sync again.")
                                       .arg(i + 1),
                QStringLiteral("upsertByEmail: record %1 without e-mail").arg(i));
            --state->pending;
            continue;
        }
        QJsonObject body;
        for (auto it = records.at(i).cbegin(); it != records.at(i).cend(); ++it)
            body.insert(it.key(), valueText(it.value()));
        const ApiRequest req = ApiRequest::json(QByteArrayLiteral("PUT"),
            apiUrl(u"/api/1/list/"_s + ActOnValues::urlEncoded(listId) + u"/record"_s,
                { { QStringLiteral("email"), email } }),
            QJsonDocument(body));
        send(req, [this, state, i, finishOne](const ApiResponse &r) {
            WriteOutcome &result = state->outcomes[i];
            if (r.ok()) {
                const QJsonObject obj = r.json.object();
                result.ok = true;
                result.id = ActOnValues::text(obj.value(QStringLiteral("contact_id")));
                if (result.id.isEmpty())
                    result.id = ActOnValues::text(obj.value(QStringLiteral("id")));
                result.created = ActOnValues::text(obj.value(QStringLiteral("message")))
                                     .contains(QLatin1String("inserted"), Qt::CaseInsensitive);
            } else {
                result.error = r.error;
            }
            finishOne();
        });
    }
    // Release the guard from the event loop so done never runs inside this call.
    QMetaObject::invokeMethod(this, finishOne, Qt::QueuedConnection);
}

void ActOnConnector::mergeCsv(const QString &listId, const QStringList &headings,
    const QList<QStringList> &rows, const QString &mergeKey, ImportDone done)
{
    ActOnListMerge::start(this, listId, headings, rows, mergeKey, std::move(done));
}

void ActOnConnector::deleteRecords(
    const QString &listId, const QStringList &recordIds, DeleteDone done)
{
    auto result = std::make_shared<ActOnDeleteResult>();
    if (recordIds.isEmpty()) {
        failLater({}, [result, done](const ApiError &) { done(*result, {}); });
        return;
    }
    deleteBatch(listId, std::make_shared<QStringList>(recordIds), 0, result, std::move(done));
}

void ActOnConnector::deleteBatch(const QString &listId, std::shared_ptr<QStringList> ids,
    qsizetype from, std::shared_ptr<ActOnDeleteResult> result, DeleteDone done)
{
    const QStringList batch = ids->mid(from, kDeleteBatch);
    QStringList encoded;
    for (const QString &id : batch)
        encoded.append(ActOnValues::urlEncoded(id));
    QUrl url = apiUrl(u"/api/1/list/"_s + ActOnValues::urlEncoded(listId) + u"/record"_s);
    url.setQuery(u"contactids="_s + encoded.join(u','), QUrl::StrictMode);
    ApiRequest req(QByteArrayLiteral("DELETE"), url);
    req.operation = QStringLiteral("delete records");
    send(req, [=, this](const ApiResponse &r) {
        result->callsUsed += r.attempts;
        if (!r.ok())
            return done(*result, r.error);
        const QJsonObject obj = r.json.object();
        if (!obj.contains(QStringLiteral("success_count")))
            return done(*result, malformed(r, QStringLiteral("bulk delete")));
        result->successCount
            += int(ActOnValues::integer(obj.value(QStringLiteral("success_count")), 0));
        result->failCount += int(ActOnValues::integer(obj.value(QStringLiteral("fail_count")), 0));
        // failedList entries are {"id": "...", "reason": "..."} (Act-On OpenAPI, example
        // "Failed Records"); a bare id string is read as an entry without a reason.
        for (const QJsonValue &v : obj.value(QStringLiteral("failedList")).toArray()) {
            ActOnFailedDelete f;
            if (v.isObject()) {
                f.id = ActOnValues::text(v.toObject().value(QStringLiteral("id")));
                f.reason = ActOnValues::text(v.toObject().value(QStringLiteral("reason")));
            } else {
                f.id = ActOnValues::text(v);
            }
            if (f.id.isEmpty())
                return done(*result, malformed(r, QStringLiteral("bulk delete failedList")));
            result->failed.append(f);
        }
        const qsizetype next = from + batch.size();
        if (next >= ids->size())
            return done(*result, {});
        deleteBatch(listId, ids, next, result, done);
    });
}

void ActOnConnector::readSuppressionList(const QString &kind, SuppressionDone done)
{
    static const QStringList kinds { QStringLiteral("optout"), QStringLiteral("hardbounce"),
        QStringLiteral("spamcomplaint") };
    if (!kinds.contains(kind)) {
        failLater(validation(tr("“%1” is not an Act-On suppression list.").arg(kind),
                      QStringLiteral("readSuppressionList: unknown kind")),
            [done](const ApiError &e) { done({}, e); });
        return;
    }
    suppressionPage(kind, std::make_shared<QList<ActOnSuppression>>(), 0, std::move(done),
        std::make_shared<PagingGuard>(kSystem, tr("the %1 list").arg(kind)));
}

void ActOnConnector::suppressionPage(const QString &kind,
    std::shared_ptr<QList<ActOnSuppression>> entries, int offset, SuppressionDone done,
    std::shared_ptr<PagingGuard> guard)
{
    const ApiRequest req = ApiRequest::get(apiUrl(u"/api/1/list/"_s + kind,
        { { QStringLiteral("count"), QString::number(kPageSize) },
            { QStringLiteral("offset"), QString::number(offset) } }));
    send(req, [=, this](const ApiResponse &r) {
        if (!r.ok())
            return done({}, r.error);
        const QJsonValue result = r.json.object().value(QStringLiteral("result"));
        if (!result.isArray())
            return done({}, malformed(r, QStringLiteral("%1 list").arg(kind)));
        const QJsonArray items = result.toArray();
        QStringList keys;
        for (const QJsonValue &v : items)
            keys.append(ActOnValues::text(v.toObject().value(QStringLiteral("email"))).toLower());
        if (const ApiError loop = guard->pageRead(keys); loop.isError())
            return done({}, loop);
        for (const QJsonValue &v : items) {
            const QJsonObject o = v.toObject();
            ActOnSuppression s;
            s.email = ActOnValues::text(o.value(QStringLiteral("email")));
            s.origin = ActOnValues::text(o.value(QStringLiteral("origin")));
            const qint64 ts = ActOnValues::integer(o.value(QStringLiteral("timestamp")));
            if (ts > 0)
                s.timestamp = QDateTime::fromMSecsSinceEpoch(ts, Qt::UTC);
            entries->append(s);
        }
        // totalCount is always -1 here: a short page is the last one.
        if (items.size() < kPageSize)
            return done(*entries, {});
        const int next = offset + int(items.size());
        if (const ApiError loop = guard->nextCursor(QString::number(next)); loop.isError())
            return done({}, loop);
        suppressionPage(kind, entries, next, done, guard);
    });
}

// ---------------------------------------------------------------- common interface

void ActOnConnector::describe(const QStringList &objects, Result<QList<CrmObjectSchema>> done)
{
    auto list = std::make_shared<QStringList>(
        objects.isEmpty() ? QStringList { QStringLiteral("contact fields") } : objects);
    auto out = std::make_shared<QList<CrmObjectSchema>>();
    QMetaObject::invokeMethod(
        this, [this, list, out, done] { describeNext(list, out, done); }, Qt::QueuedConnection);
}

void ActOnConnector::describeNext(std::shared_ptr<QStringList> objects,
    std::shared_ptr<QList<CrmObjectSchema>> out, Result<QList<CrmObjectSchema>> done)
{
    if (objects->isEmpty())
        return done(*out, {});
    const QString object = objects->takeFirst();
    CrmObjectSchema schema;
    schema.object = CrmObjectType::Contact;
    schema.name = object;
    if (object.compare(QLatin1String("contact fields"), Qt::CaseInsensitive) == 0
        || object.compare(QLatin1String("contacts"), Qt::CaseInsensitive) == 0) {
        for (const MarketingField &f : StandardFields::catalogue()) {
            CrmFieldDescriptor d
                = CrmFieldDescriptor::make(f.name, f.name, MarketingFieldTypes::toString(f.type));
            d.nillable = !isEmailHeading(f.name);
            schema.fields.append(d);
        }
        out->append(schema);
        return describeNext(objects, out, done);
    }
    ApiRequest req = ApiRequest::get(apiUrl(u"/api/1/list/"_s + ActOnValues::urlEncoded(object),
        { { QStringLiteral("responseformat"), QStringLiteral("JSON") },
            { QStringLiteral("count"), QStringLiteral("1") },
            { QStringLiteral("offset"), QStringLiteral("0") } }));
    req.operation = QStringLiteral("describe list");
    send(req, [=, this](const ApiResponse &r) mutable {
        if (!r.ok())
            return done({}, r.error);
        const QJsonValue headers = r.json.object().value(QStringLiteral("headers"));
        if (!headers.isArray())
            return done({}, malformed(r, QStringLiteral("list headings")));
        for (const QJsonValue &h : headers.toArray()) {
            const QString heading = ActOnValues::text(h);
            if (heading.isEmpty() || heading == ActOnValues::recordIdHeading()
                || ActOnValues::isDateQualifier(heading))
                continue;
            CrmFieldDescriptor d = CrmFieldDescriptor::make(heading, heading, headingType(heading));
            d.nillable = !isEmailHeading(heading);
            d.custom = !StandardFields::byName(heading).has_value();
            schema.fields.append(d);
        }
        out->append(schema);
        describeNext(objects, out, done);
    });
}

void ActOnConnector::fetch(const FetchRequest &request, PageHandler onPage, Done done)
{
    const QString listId = request.object.isEmpty()
        ? request.options.value(QStringLiteral("listId")).toString()
        : request.object;
    auto highest = std::make_shared<QDateTime>();
    auto convert = [listId, onPage, highest](const ActOnListPage &page) {
        FetchPage fp;
        fp.pageNumber = page.pageNumber;
        fp.totalKnown = page.totalCount;
        fp.last = page.last;
        int modifiedColumn = -1;
        QList<int> valueColumns; ///< the columns that are not date qualifiers, once a page
        for (int i = 0; i < page.headers.size(); ++i) {
            const QString h = page.headers.at(i).toLower();
            if (h == QLatin1String("__modified_date") || h == QLatin1String("modified_date"))
                modifiedColumn = i;
            if (i > 0 && !ActOnValues::isDateQualifier(page.headers.at(i)))
                valueColumns.append(i);
        }
        // In heading order, so that each field goes in at the map's end without a search;
        // of two columns with one heading, the later still wins.
        std::stable_sort(valueColumns.begin(), valueColumns.end(),
            [&page](int a, int b) { return page.headers.at(a) < page.headers.at(b); });
        fp.records.reserve(page.rows.size());
        for (const QStringList &row : page.rows) {
            ConnectorRecord rec;
            rec.id = row.value(0);
            rec.object = listId;
            for (int i : std::as_const(valueColumns)) {
                if (i < row.size())
                    rec.fields.insert(rec.fields.cend(), page.headers.at(i), row.at(i));
            }
            if (modifiedColumn >= 0) {
                rec.modifiedAt = parseActOnDate(row.value(modifiedColumn));
                if (rec.modifiedAt.isValid() && (!highest->isValid() || rec.modifiedAt > *highest))
                    *highest = rec.modifiedAt;
            }
            fp.records.append(rec);
        }
        if (highest->isValid())
            fp.cursor = highest->toString(Qt::ISODate);
        onPage(fp);
    };
    const QString format = request.options.value(QStringLiteral("format")).toString();
    DownloadOptions options;
    // Every column with its change time (records' modifiedAt: the runners' cursors).
    options.dateQualifiers = request.fields.isEmpty();
    if (format.compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0) {
        downloadListCsv(listId, request.fields, convert, std::move(done), options);
        return;
    }
    options.pageSize = request.pageSize > 0 ? qMin(request.pageSize, kPageSize) : kPageSize;
    if (request.since.isValid()) {
        options.modifiedAfter = request.since.addSecs(-kOverlapSeconds);
        options.csvAbove
            = request.options.value(QStringLiteral("csvAbove"), kCsvAboveRows).toLongLong();
    }
    downloadList(listId, request.fields, convert, std::move(done), options);
}

void ActOnConnector::write(const WriteRequest &request, Result<WriteResult> done)
{
    const QString listId = request.object.isEmpty()
        ? request.options.value(QStringLiteral("listId")).toString()
        : request.object;
    const qsizetype n = request.records.size();
    if (n == 0) {
        failLater({}, [done](const ApiError &) { done(WriteResult(), {}); });
        return;
    }
    if (request.options.contains(QStringLiteral("maxChunkBytes")))
        setMaxChunkBytes(request.options.value(QStringLiteral("maxChunkBytes")).toLongLong());

    if (request.operation == WriteRequest::Operation::Delete) {
        QStringList ids;
        QList<int> indexOf;
        WriteResult result;
        for (int i = 0; i < n; ++i) {
            WriteOutcome o;
            o.index = i;
            if (request.records.at(i).id.isEmpty()) {
                o.error = validation(tr("Record %1 has no Act-On record id, so it cannot be "
                                        "deleted.")
                                         .arg(i + 1),
                    QStringLiteral("delete without id"));
            } else {
                o.id = request.records.at(i).id;
                ids.append(o.id);
            }
            result.outcomes.append(o);
        }
        deleteRecords(listId, ids,
            [this, result, done](const ActOnDeleteResult &r, const ApiError &error) mutable {
                result.callsUsed = r.callsUsed;
                if (error.isError())
                    return done(result, error);
                QHash<QString, QString> reasons;
                for (const ActOnFailedDelete &f : r.failed)
                    reasons.insert(f.id, f.reason);
                for (WriteOutcome &o : result.outcomes) {
                    if (o.id.isEmpty())
                        continue;
                    const auto failed = reasons.constFind(o.id);
                    if (failed != reasons.constEnd()) {
                        const QString reason = failed->isEmpty() ? tr("no reason given") : *failed;
                        o.error = ApiError(ApiError::Kind::NotFound,
                            tr("Act-On did not delete the record %1 from the list: %2. If it "
                               "is still in the list, delete it there or sync again.")
                                .arg(o.id, reason),
                            QStringLiteral("bulk delete: %1 in failedList (%2)").arg(o.id, reason));
                    } else {
                        o.ok = true;
                    }
                }
                done(result, {});
            });
        return;
    }

    const int threshold
        = request.options.value(QStringLiteral("mergeThreshold"), kMergeThreshold).toInt();
    if (n <= threshold) {
        QList<QVariantMap> maps;
        maps.reserve(n);
        for (const auto &r : request.records)
            maps.append(r.fields);
        upsertByEmail(
            listId, maps, [done](const QList<WriteOutcome> &outcomes, const ApiError &error) {
                WriteResult result;
                result.outcomes = outcomes;
                for (const auto &o : outcomes)
                    result.callsUsed += (o.ok || o.error.httpStatus() != 0) ? 1 : 0;
                done(result, error);
            });
        return;
    }

    // Volume: one CSV merge. Headings are the union of the records' keys, in first-seen order.
    const QString key = request.keyField.isEmpty() ? emailHeading() : request.keyField;
    QStringList headings;
    QHash<QString, int> column;
    for (const auto &r : request.records) {
        for (auto it = r.fields.cbegin(); it != r.fields.cend(); ++it) {
            const QString folded = it.key().toLower();
            if (!column.contains(folded)) {
                column.insert(folded, int(headings.size()));
                headings.append(it.key());
            }
        }
    }
    QList<QStringList> rows;
    rows.reserve(n);
    for (const auto &r : request.records) {
        QStringList row(headings.size());
        for (auto it = r.fields.cbegin(); it != r.fields.cend(); ++it)
            row[column.value(it.key().toLower())] = valueText(it.value());
        rows.append(row);
    }
    mergeRows(listId, headings, std::move(rows), key, std::move(done));
}

void ActOnConnector::mergeRows(const QString &listId, QStringList headings, QList<QStringList> rows,
    const QString &key, Result<WriteResult> done)
{
    int keyColumn = -1;
    for (int i = 0; i < headings.size() && keyColumn < 0; ++i) {
        if (headings.at(i).compare(key, Qt::CaseInsensitive) == 0)
            keyColumn = i;
    }
    if (keyColumn < 0) {
        keyColumn = int(headings.size());
        headings.append(key);
    }
    WriteResult result;
    result.outcomes.reserve(rows.size());
    // Rows without a key value fail alone; the others are compacted in place and merged.
    qsizetype kept = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        WriteOutcome o;
        o.index = int(i);
        if (rows.at(i).value(keyColumn).trimmed().isEmpty()) {
            o.error = validation(tr("Record %1 has no value in “%2”, which Act-On matches "
                                    "contacts on. Map it, then sync again.")
                                     .arg(i + 1)
                                     .arg(key),
                QStringLiteral("merge: record %1 without key").arg(i));
        } else {
            o.ok = true;
            QStringList &row = rows[i];
            row.resize(headings.size());
            if (kept != i)
                rows[kept] = std::move(row);
            ++kept;
        }
        result.outcomes.append(o);
    }
    rows.resize(kept);
    mergeCsv(listId, headings, rows, key,
        [result, done](const ActOnImportResult &r, const ApiError &error) mutable {
            result.callsUsed = r.callsUsed;
            if (error.isError()) {
                for (WriteOutcome &o : result.outcomes) {
                    if (o.ok) {
                        o.ok = false;
                        o.error = error;
                    }
                }
                return done(result, error);
            }
            if (r.failedCount + r.rejectedCount > 0) {
                qCWarning(lcConnectors).noquote()
                    << QStringLiteral("Act-On merge into %1: %2 failed, %3 rejected rows")
                           .arg(r.listId, QString::number(r.failedCount),
                               QString::number(r.rejectedCount));
            }
            done(result, {});
        });
}

void ActOnConnector::updateRecords(
    const QString &listId, const QList<QPair<QString, QVariantMap>> &records, OutcomesDone done)
{
    // One call after the other: these are rare (a contact's e-mail address changed in the
    // CRM), so there is no need to spend the per-second limit in a burst.
    struct State
    {
        QList<QPair<QString, QVariantMap>> records;
        QList<WriteOutcome> outcomes;
        OutcomesDone done;
    };
    auto state = std::make_shared<State>();
    state->records = records;
    state->done = std::move(done);
    auto next = std::make_shared<std::function<void(int)>>();
    *next = [this, state, listId, weak = std::weak_ptr<std::function<void(int)>>(next)](int i) {
        if (i >= state->records.size()) {
            ApiError callError;
            for (const WriteOutcome &o : std::as_const(state->outcomes)) {
                const auto k = o.error.kind();
                if (!o.ok
                    && (k == ApiError::Kind::Cancelled || k == ApiError::Kind::Auth
                        || k == ApiError::Kind::QuotaExhausted)) {
                    callError = o.error;
                    break;
                }
            }
            return state->done(state->outcomes, callError);
        }
        // Named copies, not a structured binding: the answer's lambda captures the id.
        const QString recordId = state->records.at(i).first;
        const QVariantMap &fields = state->records.at(i).second;
        QJsonObject body;
        for (auto it = fields.cbegin(); it != fields.cend(); ++it)
            body.insert(it.key(), valueText(it.value()));
        // The record id ("l-0001:1a") is one path segment: percent-encoded once, kept so.
        QUrl url = apiUrl(u"/api/1/list/"_s + ActOnValues::urlEncoded(listId) + u"/record/"_s);
        url.setPath(
            url.path(QUrl::FullyEncoded) + ActOnValues::urlEncoded(recordId), QUrl::TolerantMode);
        const ApiRequest req = ApiRequest::json(QByteArrayLiteral("PUT"), url, QJsonDocument(body));
        send(req, [state, i, recordId, step = weak.lock()](const ApiResponse &r) {
            WriteOutcome o;
            o.index = i;
            o.id = recordId;
            if (r.ok())
                o.ok = true;
            else
                o.error = r.error;
            state->outcomes.append(o);
            if (step)
                (*step)(i + 1);
        });
    };
    // The chain owns itself until the last answer: keep it alive through the state.
    auto keep = next;
    QMetaObject::invokeMethod(
        this, [keep] { (*keep)(0); }, Qt::QueuedConnection);
}

void ActOnConnector::findRecordsByEmail(
    const QString &listId, const QSet<QString> &emails, EmailIdsDone done)
{
    auto found = std::make_shared<QHash<QString, QStringList>>();
    if (emails.isEmpty()) {
        failLater({}, [found, done](const ApiError &error) { done(*found, error); });
        return;
    }
    downloadList(
        listId, {},
        [found, emails](const ActOnListPage &page) {
            int column = page.emailColumn;
            if (column < 0) {
                for (int i = 1; i < page.headers.size(); ++i) {
                    if (isEmailHeading(page.headers.at(i))) {
                        column = i;
                        break;
                    }
                }
            }
            if (column < 0)
                return;
            for (const QStringList &row : page.rows) {
                const QString email = row.value(column).trimmed().toLower();
                if (!email.isEmpty() && emails.contains(email))
                    (*found)[email].append(row.value(0));
            }
        },
        [found, done](const ApiError &error) { done(*found, error); });
}

void ActOnConnector::listScoreSheets(
    std::function<void(const QStringList &sheets, const ApiError &error)> done)
{
    listLists([this, done](const QList<ActOnListInfo> &lists, const ApiError &error) {
        if (error.isError())
            return done({}, error);
        QList<ActOnListInfo> recent = lists;
        std::stable_sort(
            recent.begin(), recent.end(), [](const ActOnListInfo &a, const ActOnListInfo &b) {
                return a.lastModified > b.lastModified;
            });
        QStringList ids;
        for (qsizetype i = 0; i < recent.size() && i < kScoreSheetLists; ++i)
            ids.append(recent.at(i).id);
        const QString fallback = QStringLiteral("Score");
        if (ids.isEmpty())
            return done({ fallback }, {});
        describe(ids,
            [done, fallback](const QList<CrmObjectSchema> &schemas, const ApiError &describeError) {
                if (describeError.isError())
                    return done({}, describeError);
                QStringList sheets;
                for (const CrmObjectSchema &schema : schemas) {
                    for (const CrmFieldDescriptor &f : schema.fields) {
                        if (headingType(f.apiName) == QLatin1String("score")
                            && !sheets.contains(f.apiName, Qt::CaseInsensitive))
                            sheets.append(f.apiName);
                    }
                }
                sheets.removeAll(fallback);
                std::sort(sheets.begin(), sheets.end(), [](const QString &a, const QString &b) {
                    return a.compare(b, Qt::CaseInsensitive) < 0;
                });
                sheets.prepend(fallback);
                done(sheets, {});
            });
    });
}

void ActOnConnector::countRows(
    const QString &listId, const QDateTime &changedSince, Result<qint64> done)
{
    if (listId.trimmed().isEmpty()) {
        failLater(validation(tr("No Act-On list was chosen to count."),
                      QStringLiteral("countRows: empty list id")),
            [done](const ApiError &e) { done(-1, e); });
        return;
    }
    QList<QPair<QString, QString>> query { { QStringLiteral("responseformat"),
                                               QStringLiteral("JSON") },
        { QStringLiteral("count"), QStringLiteral("1") },
        { QStringLiteral("offset"), QStringLiteral("0") } };
    if (changedSince.isValid())
        query.append({ QStringLiteral("modafter"),
            QString::number(changedSince.addSecs(-kOverlapSeconds).toMSecsSinceEpoch()) });
    ApiRequest req
        = ApiRequest::get(apiUrl(u"/api/1/list/"_s + ActOnValues::urlEncoded(listId), query));
    req.operation = QStringLiteral("count list rows");
    send(req, [this, done](const ApiResponse &r) {
        if (!r.ok())
            return done(-1, r.error);
        const QJsonValue total = r.json.object().value(QStringLiteral("totalCount"));
        if (!total.isDouble())
            return done(-1, malformed(r, QStringLiteral("count list rows")));
        done(qMax<qint64>(0, ActOnValues::integer(total)), ApiError());
    });
}

} // namespace LeadBridge
