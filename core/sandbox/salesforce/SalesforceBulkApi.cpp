#include "core/sandbox/salesforce/SalesforceBulkApi.h"

#include "core/sandbox/salesforce/SalesforceRecordStore.h"
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

template<typename Job>
QJsonObject SalesforceBulkApi::jobInfo(const Job &job, const QString &jobType) const
{
    return QJsonObject { { u"id"_s, job.id }, { u"operation"_s, job.operation },
        { u"object"_s, job.object }, { u"createdById"_s, job.createdById },
        { u"createdDate"_s, m_sf.isoMs(job.created) },
        { u"systemModstamp"_s, m_sf.isoMs(job.modified) }, { u"state"_s, job.state },
        { u"concurrencyMode"_s, u"Parallel"_s }, { u"contentType"_s, u"CSV"_s },
        { u"apiVersion"_s, job.apiVersion.mid(1).toDouble() }, { u"jobType"_s, jobType },
        { u"lineEnding"_s, job.lineEnding }, { u"columnDelimiter"_s, job.columnDelimiter },
        { u"retries"_s, 0 }, { u"totalProcessingTime"_s, 0 } };
}

QJsonObject SalesforceBulkApi::ingestInfo(const IngestJob &job) const
{
    QJsonObject o = jobInfo(job, u"V2Ingest"_s);
    o.insert(u"contentUrl"_s,
        QString(
            u"services/data/"_s + job.apiVersion + u"/jobs/ingest/"_s + job.id + u"/batches"_s));
    o.insert(u"numberRecordsProcessed"_s, job.processed);
    o.insert(u"numberRecordsFailed"_s, job.failed);
    o.insert(u"apiActiveProcessingTime"_s, 0);
    o.insert(u"apexProcessingTime"_s, 0);
    if (!job.externalIdField.isEmpty())
        o.insert(u"externalIdFieldName"_s, job.externalIdField);
    if (!job.errorMessage.isEmpty())
        o.insert(u"errorMessage"_s, job.errorMessage);
    return o;
}

std::optional<SandboxResponse> SalesforceBulkApi::readJobRequest(
    const SandboxRequest &request, QJsonObject *in) const
{
    bool ok = false;
    *in = request.json(&ok).object();
    if (!ok)
        return SalesforceEmulator::sfError(
            400, u"JSON_PARSER_ERROR"_s, u"The request body is not a valid JSON object"_s);
    return std::nullopt;
}

template<typename Job>
void SalesforceBulkApi::stampNewJob(
    Job &job, const QString &state, const SandboxRequest &request, const Session &session)
{
    job.id = SObjectTable::makeId(u"750"_s, ++m_sf.m_seq);
    job.state = state;
    job.apiVersion = m_sf.version(request);
    job.createdById = m_sf.users().idOf(session.userRow);
    job.created = job.modified = m_sf.now().toMSecsSinceEpoch();
}

SandboxResponse SalesforceBulkApi::ingestCreate(
    const SandboxRequest &request, const Session &session)
{
    IngestJob job;
    QJsonObject in;
    if (auto error = readJobRequest(request, &in))
        return *error;
    const QString object = in.value(u"object"_s).toString();
    job.operation = in.value(u"operation"_s).toString();
    const SObjectTable *t = m_sf.table(object);
    if (object.isEmpty() || !t)
        return SalesforceEmulator::sfError(
            400, u"INVALIDJOB"_s, u"Unable to find object: "_s + object);
    static const QStringList ops
        = { u"insert"_s, u"update"_s, u"upsert"_s, u"delete"_s, u"hardDelete"_s };
    if (!ops.contains(job.operation))
        return SalesforceEmulator::sfError(
            400, u"INVALIDJOB"_s, u"InvalidJob : Invalid job operation: "_s + job.operation);
    job.externalIdField = in.value(u"externalIdFieldName"_s).toString();
    if (job.operation == u"upsert") {
        const SfField *f = t->def().field(job.externalIdField);
        if (job.externalIdField.isEmpty())
            return SalesforceEmulator::sfError(400, u"INVALIDJOB"_s,
                u"InvalidJob : External ID was blank for "_s + t->def().name
                    + u". An External ID must be specified for upsert."_s);
        if (!f || !(f->externalId || f->storage == SfStorage::Id))
            return SalesforceEmulator::sfError(400, u"INVALIDJOB"_s,
                u"InvalidJob : Field name provided, "_s + job.externalIdField
                    + u" is not an External ID or indexed field for "_s + t->def().name);
        job.externalIdField = f->name;
    }
    const QString contentType = in.value(u"contentType"_s).toString(u"CSV"_s);
    if (contentType != u"CSV")
        return SalesforceEmulator::sfError(
            400, u"INVALIDJOB"_s, u"InvalidJob : Invalid content type: "_s + contentType);
    job.lineEnding = in.value(u"lineEnding"_s).toString(u"LF"_s);
    job.columnDelimiter = in.value(u"columnDelimiter"_s).toString(u"COMMA"_s);
    if (job.lineEnding != u"LF" && job.lineEnding != u"CRLF")
        return SalesforceEmulator::sfError(
            400, u"INVALIDJOB"_s, u"InvalidJob : Invalid line ending: "_s + job.lineEnding);
    static const QStringList delims
        = { u"COMMA"_s, u"TAB"_s, u"SEMICOLON"_s, u"PIPE"_s, u"CARET"_s, u"BACKQUOTE"_s };
    if (!delims.contains(job.columnDelimiter))
        return SalesforceEmulator::sfError(400, u"INVALIDJOB"_s,
            u"InvalidJob : Invalid column delimiter: "_s + job.columnDelimiter);
    job.object = t->def().name;
    stampNewJob(job, u"Open"_s, request, session);
    m_sf.m_ingestJobs.insert(job.id, job);
    return SandboxResponse::json(200, ingestInfo(job));
}

template<typename Job, typename Handle>
SandboxResponse SalesforceBulkApi::withJob(
    const SandboxRequest &request, QHash<QString, Job> &jobs, Handle handle) const
{
    const auto it = jobs.find(request.param(u"id"_s));
    if (it == jobs.end())
        return m_sf.notFoundResponse(request);
    return handle(it.value());
}

SandboxResponse SalesforceBulkApi::ingestUpload(const SandboxRequest &request)
{
    return withJob(request, m_sf.m_ingestJobs, [&](IngestJob &job) -> SandboxResponse {
        if (job.state != u"Open" || job.uploaded)
            return SalesforceEmulator::sfError(409, u"INVALIDJOBSTATE"_s,
                u"Found an already uploaded batch or the job is not Open: "_s + job.state);
        if (request.contentType() != "text/csv")
            return SalesforceEmulator::sfError(415, u"UNSUPPORTEDCONTENTTYPE"_s,
                u"Unsupported content type: "_s + QString::fromLatin1(request.contentType()));
        if (request.body.size() > 150LL * 1024 * 1024)
            return SalesforceEmulator::sfError(400, u"INVALIDBATCH"_s, u"Upload exceeds 150 MB"_s);
        job.data = request.body;
        job.uploaded = true;
        job.modified = m_sf.now().toMSecsSinceEpoch();
        return SandboxResponse::empty(201);
    });
}

void SalesforceBulkApi::processIngest(IngestJob &job, int userRow)
{
    SObjectTable &t = *m_sf.table(job.object);
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
            res = m_sf.m_records->saveCreate(t, rec, userRow, false, nullptr);
        } else if (job.operation == u"upsert") {
            const QString value = rec.value(job.externalIdField).toString();
            if (value.isEmpty() && job.externalIdField != u"Id")
                res.errors.append({ u"MISSING_ARGUMENT"_s,
                    job.externalIdField + u" not specified"_s, { job.externalIdField } });
            else
                res = m_sf.m_records->saveUpsert(
                    t, job.externalIdField, value, rec, userRow, false);
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
                if (m_sf.m_records->stage(t, rec, false, tr, &staged, &res.errors)) {
                    m_sf.m_records->commitUpdate(t, tr, staged, userRow);
                    res.success = true;
                    res.id = t.idOf(tr);
                }
            } else {
                t.markDeleted(tr, m_sf.now().toMSecsSinceEpoch());
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

SandboxResponse SalesforceBulkApi::ingestPatch(
    const SandboxRequest &request, const Session &session)
{
    return withJob(request, m_sf.m_ingestJobs, [&](IngestJob &job) -> SandboxResponse {
        bool ok = false;
        const QString state = request.json(&ok).object().value(u"state"_s).toString();
        if (!ok)
            return SalesforceEmulator::sfError(
                400, u"JSON_PARSER_ERROR"_s, u"The request body is not a valid JSON object"_s);
        if (state == u"UploadComplete") {
            if (job.state != u"Open")
                return SalesforceEmulator::sfError(409, u"INVALIDJOBSTATE"_s,
                    u"Job's state is "_s + job.state + u", it must be Open"_s);
            if (!job.uploaded) {
                job.state = u"Failed"_s;
                job.errorMessage = u"InvalidBatch : No data was uploaded for the job"_s;
                return SandboxResponse::json(200, ingestInfo(job));
            }
            job.state = u"UploadComplete"_s;
            job.modified = m_sf.now().toMSecsSinceEpoch();
            const QJsonObject answer = ingestInfo(job);
            processIngest(job, session.userRow); // visible as JobComplete on the next GET
            return SandboxResponse::json(200, answer);
        }
        if (state == u"Aborted") {
            if (job.state == u"JobComplete" || job.state == u"Failed" || job.state == u"Aborted")
                return SalesforceEmulator::sfError(409, u"INVALIDJOBSTATE"_s,
                    u"Job's state is "_s + job.state + u", it cannot be aborted"_s);
            job.state = u"Aborted"_s;
            job.modified = m_sf.now().toMSecsSinceEpoch();
            if (job.uploaded)
                job.unprocessedCsv = job.data;
            return SandboxResponse::json(200, ingestInfo(job));
        }
        return SalesforceEmulator::sfError(
            400, u"INVALIDJOBSTATE"_s, u"Invalid state transition: "_s + state);
    });
}

SandboxResponse SalesforceBulkApi::ingestDelete(const SandboxRequest &request)
{
    auto it = m_sf.m_ingestJobs.find(request.param(u"id"_s));
    if (it == m_sf.m_ingestJobs.end())
        return m_sf.notFoundResponse(request);
    if (it->state == u"Open" || it->state == u"UploadComplete" || it->state == u"InProgress")
        return SalesforceEmulator::sfError(409, u"INVALIDJOBSTATE"_s,
            u"Job must be completed, failed or aborted before it can be deleted"_s);
    m_sf.m_ingestJobs.erase(it);
    return SandboxResponse::empty(204);
}

SandboxResponse SalesforceBulkApi::ingestResults(const SandboxRequest &request)
{
    const auto it = m_sf.m_ingestJobs.constFind(request.param(u"id"_s));
    if (it == m_sf.m_ingestJobs.constEnd())
        return m_sf.notFoundResponse(request);
    const QString kind = request.param(u"kind"_s);
    if (kind != u"successfulResults" && kind != u"failedResults" && kind != u"unprocessedrecords")
        return m_sf.notFoundResponse(request);
    if (kind == u"unprocessedrecords")
        return SandboxResponse::raw(200, "text/csv", it->unprocessedCsv);
    if (it->state != u"JobComplete" && it->state != u"Failed" && it->state != u"Aborted")
        return SalesforceEmulator::sfError(
            412, u"JOB_NOT_COMPLETE"_s, u"Job is not complete: "_s + it->state);
    return SandboxResponse::raw(
        200, "text/csv", kind == u"successfulResults" ? it->successCsv : it->failedCsv);
}

// ---------------------------------------------------------------- Bulk 2.0 query

QJsonObject SalesforceBulkApi::queryJobInfo(const QueryJob &job) const
{
    QJsonObject o = jobInfo(job, u"V2Query"_s);
    o.insert(
        u"numberRecordsProcessed"_s, job.state == u"JobComplete" ? qint64(job.rows.size()) : 0);
    return o;
}

SandboxResponse SalesforceBulkApi::queryJobCreate(
    const SandboxRequest &request, const Session &session)
{
    QJsonObject in;
    if (auto error = readJobRequest(request, &in))
        return *error;
    QueryJob job;
    job.operation = in.value(u"operation"_s).toString(u"query"_s);
    if (job.operation != u"query" && job.operation != u"queryAll")
        return SalesforceEmulator::sfError(
            400, u"INVALIDJOB"_s, u"InvalidJob : Invalid job operation: "_s + job.operation);
    job.query = in.value(u"query"_s).toString();
    job.lineEnding = in.value(u"lineEnding"_s).toString(u"LF"_s);
    job.columnDelimiter = in.value(u"columnDelimiter"_s).toString(u"COMMA"_s);
    QString code;
    QString message;
    std::shared_ptr<SoqlQuery> q(
        SoqlQuery::parse(job.query, &code, &message, m_sf.now().toMSecsSinceEpoch()));
    if (!q)
        return SalesforceEmulator::sfError(400, u"INVALIDJOB"_s, code + u": "_s + message);
    if (q->isCountOnly() || q->isAggregate())
        return SalesforceEmulator::sfError(400, u"INVALIDJOB"_s,
            u"FeatureNotEnabled : Aggregate queries are not supported by Bulk API 2.0"_s);
    job.parsed = q;
    job.object = q->object()->name;
    job.rows = q->execute(
        *m_sf.table(job.object), job.operation == u"queryAll", m_sf.m_records->computedFn());
    stampNewJob(job, u"UploadComplete"_s, request, session);
    const QJsonObject answer = queryJobInfo(job);
    job.state = u"JobComplete"_s; // finished by the first poll
    m_sf.m_queryJobs.insert(job.id, job);
    return SandboxResponse::json(200, answer);
}

SandboxResponse SalesforceBulkApi::queryJobPatch(const SandboxRequest &request)
{
    return withJob(request, m_sf.m_queryJobs, [&](QueryJob &job) -> SandboxResponse {
        bool ok = false;
        const QString state = request.json(&ok).object().value(u"state"_s).toString();
        if (!ok || state != u"Aborted")
            return SalesforceEmulator::sfError(
                400, u"INVALIDJOBSTATE"_s, u"Invalid state transition: "_s + state);
        if (job.state == u"JobComplete" || job.state == u"Aborted" || job.state == u"Failed")
            return SalesforceEmulator::sfError(409, u"INVALIDJOBSTATE"_s,
                u"Job's state is "_s + job.state + u", it cannot be aborted"_s);
        job.state = u"Aborted"_s;
        return SandboxResponse::json(200, queryJobInfo(job));
    });
}

SandboxResponse SalesforceBulkApi::queryJobDelete(const SandboxRequest &request)
{
    if (m_sf.m_queryJobs.remove(request.param(u"id"_s)) == 0)
        return m_sf.notFoundResponse(request);
    return SandboxResponse::empty(204);
}

SandboxResponse SalesforceBulkApi::queryJobResults(const SandboxRequest &request)
{
    const auto it = m_sf.m_queryJobs.constFind(request.param(u"id"_s));
    if (it == m_sf.m_queryJobs.constEnd())
        return m_sf.notFoundResponse(request);
    if (it->state != u"JobComplete")
        return SalesforceEmulator::sfError(
            412, u"JOB_NOT_COMPLETE"_s, u"Job is not complete: "_s + it->state);
    if (it->apiVersion != m_sf.version(request))
        return SalesforceEmulator::sfError(409, u"API_VERSION_MISMATCH"_s,
            u"Job was created with API version "_s + it->apiVersion.mid(1));
    qsizetype offset = 0;
    const QString locator = request.query(u"locator");
    if (!locator.isEmpty() && locator != u"null") {
        bool ok = false;
        offset = QByteArray::fromBase64(locator.toLatin1()).toLongLong(&ok);
        if (!ok || offset < 0 || offset > qsizetype(it->rows.size()))
            return SalesforceEmulator::sfError(
                400, u"INVALIDLOCATOR"_s, u"Invalid locator: "_s + locator);
    }
    qsizetype max = 50000;
    if (request.hasQuery(u"maxRecords")) {
        bool ok = false;
        max = request.query(u"maxRecords").toLongLong(&ok);
        if (!ok || max <= 0)
            return SalesforceEmulator::sfError(
                400, u"INVALIDMAXRECORDS"_s, u"maxRecords must be a positive integer"_s);
    }
    const SObjectTable &t = *m_sf.table(it->object);
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
    const auto fn = m_sf.m_records->computedFn();
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
                const SObjectTable *target = m_sf.table(s.target->name);
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

} // namespace LeadBridge::Sandbox
