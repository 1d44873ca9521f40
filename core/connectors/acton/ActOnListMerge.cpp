#include "core/connectors/acton/ActOnListMerge.h"

#include "core/connectors/acton/ActOnCsv.h"
#include "core/connectors/acton/ActOnMultipart.h"
#include "core/connectors/acton/ActOnValues.h"
#include "core/util/LogCategories.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace LeadBridge {

using namespace Qt::StringLiterals;

ActOnListMerge::ActOnListMerge(ActOnConnector *connector)
    : m_connector(connector)
{ }

void ActOnListMerge::start(ActOnConnector *connector, const QString &listId,
    const QStringList &headings, const QList<QStringList> &rows, const QString &mergeKey,
    ImportDone done)
{
    const QString key = mergeKey.isEmpty() ? ActOnConnector::emailHeading() : mergeKey;
    bool keyPresent = false;
    for (const QString &h : headings)
        keyPresent = keyPresent || h.compare(key, Qt::CaseInsensitive) == 0;
    ApiError bad;
    if (listId.trimmed().isEmpty())
        bad = connector->validation(ActOnConnector::tr("No Act-On list was chosen to write to."),
            QStringLiteral("mergeCsv: empty list id"));
    else if (!keyPresent)
        bad = connector->validation(
            ActOnConnector::tr("The column to match contacts on, “%1”, is not among the columns "
                               "sent to Act-On. Map it, then sync again.")
                .arg(key),
            QStringLiteral("mergeCsv: merge key not in headings"));
    if (bad.isError()) {
        connector->failLater(bad, [done](const ApiError &e) { done({}, e); });
        return;
    }
    auto merge = std::make_shared<ActOnListMerge>(connector);
    merge->m_listId = listId;
    merge->m_headings = headings;
    merge->m_rows = rows;
    merge->m_mergeKey = key;
    merge->m_result.listId = listId;
    // A merge that fails forgets the list's columns: the next one reads them again.
    merge->m_done = [connector, listId, done = std::move(done)](
                        const ActOnImportResult &result, const ApiError &error) {
        if (error.isError())
            connector->m_listColumns.remove(listId);
        done(result, error);
    };
    if (merge->m_rows.isEmpty()) {
        connector->failLater({}, [merge](const ApiError &) { merge->m_done(merge->m_result, {}); });
        return;
    }
    // The columns of a list this connector merged into already are not read again: a run
    // merges in groups, and one call per group is 20 calls at a million contacts.
    const auto known = connector->m_listColumns.constFind(listId);
    if (known != connector->m_listColumns.cend()) {
        const ListColumns columns { known->first, known->second };
        connector->failLater(
            {}, [merge, columns](const ApiError &) { merge->placeColumns(columns); });
        return;
    }
    merge->readListColumns(
        [merge, connector, listId](const ListColumns &columns, const ApiError &error) {
            ++merge->m_result.callsUsed;
            if (error.isError())
                return merge->m_done(merge->m_result, error);
            connector->m_listColumns.insert(listId, { columns.headings, columns.emailColumn });
            merge->placeColumns(columns);
        });
}

void ActOnListMerge::readListColumns(ColumnsDone done)
{
    ApiRequest req
        = ApiRequest::get(m_connector->apiUrl(u"/api/1/list/"_s + ActOnValues::urlEncoded(m_listId),
            { { QStringLiteral("responseformat"), QStringLiteral("JSON") },
                { QStringLiteral("count"), QStringLiteral("1") },
                { QStringLiteral("offset"), QStringLiteral("0") } }));
    req.operation = QStringLiteral("list headings");
    m_connector->send(req, [connector = m_connector, done](const ApiResponse &r) {
        if (!r.ok())
            return done({}, r.error);
        const QJsonObject obj = r.json.object();
        const QJsonValue headers = obj.value(QStringLiteral("headers"));
        if (!headers.isArray())
            return done({}, connector->malformed(r, QStringLiteral("list headings")));
        ListColumns columns;
        const int email = int(ActOnValues::integer(obj.value(QStringLiteral("emailColumn")), -1));
        const QJsonArray all = headers.toArray();
        for (int i = 0; i < all.size(); ++i) {
            const QString heading = ActOnValues::text(all.at(i));
            if (heading == ActOnValues::recordIdHeading() || ActOnValues::isDateQualifier(heading))
                continue;
            if (i == email)
                columns.emailColumn = int(columns.headings.size());
            columns.headings.append(heading);
        }
        if (columns.emailColumn < 0) {
            for (int i = 0; i < columns.headings.size(); ++i) {
                if (ActOnConnector::isEmailHeading(columns.headings.at(i))) {
                    columns.emailColumn = i;
                    break;
                }
            }
        }
        done(columns, {});
    });
}

void ActOnListMerge::placeColumns(const ListColumns &columns)
{
    // developer.act-on.com "uploadspecs": "There must be a verbatim match between columns in the
    // source and destination list when merging"; "mergespecs": "your source and destination
    // lists must have a 1:1 column index". So the CSV has exactly the list's columns, in its
    // order and spelling; each of our headings is placed under the list's heading of the same
    // name (compared exactly, then ignoring case, since our field maps may spell it otherwise).
    const QStringList &listHeadings = columns.headings;
    QList<int> to(m_headings.size(), -1);
    QStringList missing;
    for (qsizetype i = 0; i < m_headings.size(); ++i) {
        const QString &h = m_headings.at(i);
        qsizetype col = listHeadings.indexOf(h);
        if (col < 0) {
            for (qsizetype j = 0; j < listHeadings.size(); ++j) {
                if (listHeadings.at(j).compare(h, Qt::CaseInsensitive) == 0) {
                    col = j;
                    break;
                }
            }
        }
        if (col < 0)
            missing.append(QStringLiteral("“%1”").arg(h));
        to[i] = int(col);
    }
    if (!missing.isEmpty()) {
        return m_done(m_result,
            m_connector->validation(
                ActOnConnector::tr(
                    "The Act-On list %1 has no column %2. Act-On cannot add columns to an "
                    "existing list through its API: add the column to the list in Act-On, "
                    "or take it out of the field map, then sync again.")
                    .arg(m_listId, missing.join(QStringLiteral(", "))),
                QStringLiteral("mergeCsv: list %1 lacks %2")
                    .arg(m_listId, missing.join(QStringLiteral(", ")))));
    }
    if (columns.emailColumn < 0) {
        return m_done(m_result,
            m_connector->validation(
                ActOnConnector::tr(
                    "The Act-On list %1 has no e-mail column, which Act-On needs to merge "
                    "contacts into it. Choose another list, then sync again.")
                    .arg(m_listId),
                QStringLiteral("mergeCsv: list %1 without EMAIL column").arg(m_listId)));
    }
    const qsizetype width = listHeadings.size();
    QList<bool> supplied(width, false);
    for (int col : std::as_const(to))
        supplied[col] = true;
    const qsizetype keyIndex = [&] {
        for (qsizetype i = 0; i < m_headings.size(); ++i) {
            if (m_headings.at(i).compare(m_mergeKey, Qt::CaseInsensitive) == 0)
                return i;
        }
        return qsizetype(-1);
    }();
    m_mergeKey = listHeadings.at(to.at(keyIndex));
    // In place: a second copy of 50,000 rows would only raise the peak.
    for (QStringList &row : m_rows) {
        QStringList out(width);
        for (qsizetype i = 0; i < to.size() && i < row.size(); ++i)
            out[to.at(i)] = std::move(row[i]);
        row = std::move(out);
    }
    m_total = m_rows.size();
    m_headings = listHeadings;
    m_supplied = supplied;
    m_emailColumn = columns.emailColumn;
    mergeNextChunk();
}

void ActOnListMerge::mergeNextChunk()
{
    QByteArray csv = ActOnCsv::headerRow(m_headings);
    const qsizetype from = m_next;
    m_next = ActOnCsv::appendRows(csv, m_rows, from, m_connector->maxChunkBytes());
    if (m_next >= m_total)
        m_rows = QList<QStringList>();
    ++m_result.chunks;
    m_result.bytesUploaded += csv.size();

    // uploadspecs: one entry per list column, 1:1 by index, the EMAIL column typed; columns we
    // carry no values for are ignored (developer.act-on.com "uploadspecs").
    QJsonArray specs;
    for (qsizetype i = 0; i < m_headings.size(); ++i) {
        const bool email = i == m_emailColumn;
        QJsonObject spec { { QStringLiteral("columnHeading"), m_headings.at(i) },
            { QStringLiteral("ignoreColumn"),
                email || m_supplied.value(i) ? QStringLiteral("N") : QStringLiteral("Y") },
            { QStringLiteral("columnIndex"), QString::number(i) } };
        if (email)
            spec.insert(QStringLiteral("columnType"), QStringLiteral("EMAIL"));
        specs.append(spec);
    }
    // mergespecs as documented (developer.act-on.com "mergespecs"): columnMap is required and
    // must be []; mergeKeyHeading names the key column of the uploaded data.
    const QJsonArray mergeSpecs { QJsonObject { { QStringLiteral("dstListId"), m_listId },
        { QStringLiteral("mergeMode"), QStringLiteral("UPSERT") },
        { QStringLiteral("columnMap"), QJsonArray() },
        { QStringLiteral("mergeKeyHeading"), m_mergeKey } } };
    ActOnMultipart form;
    form.addField(QStringLiteral("headings"), QStringLiteral("Y"));
    form.addField(QStringLiteral("fieldseparator"), QStringLiteral("COMMA"));
    form.addField(QStringLiteral("quotecharacter"), QStringLiteral("DOUBLE_QUOTE"));
    form.addField(QStringLiteral("putEmptyValues"), QStringLiteral("N"));
    form.addField(QStringLiteral("uploadspecs"),
        QString::fromUtf8(QJsonDocument(specs).toJson(QJsonDocument::Compact)));
    form.addField(QStringLiteral("mergespecs"),
        QString::fromUtf8(QJsonDocument(mergeSpecs).toJson(QJsonDocument::Compact)));
    form.addFile(QStringLiteral("file"),
        QStringLiteral("leadbridge-merge-%1.csv").arg(m_result.chunks), "text/csv; charset=UTF-8",
        csv);
    csv.clear();
    ApiRequest req(QByteArrayLiteral("PUT"),
        m_connector->apiUrl(u"/api/1/list/"_s + ActOnValues::urlEncoded(m_listId)));
    req.body = form.body();
    req.setHeader("Content-Type", form.contentType());
    req.timeoutMs = 10 * 60 * 1000;
    req.operation = QStringLiteral("merge CSV chunk %1").arg(m_result.chunks);
    qCInfo(lcConnectors).noquote()
        << QStringLiteral("Act-On: merging rows %1–%2 of %3 into %4 (%5 bytes)")
               .arg(QString::number(from + 1), QString::number(m_next),
                   QString::number(m_total), m_listId, QString::number(req.body.size()));
    m_connector->send(req, [self = shared_from_this()](const ApiResponse &r) {
        self->m_result.callsUsed += r.attempts;
        if (!r.ok())
            return self->m_done(self->m_result, r.error);
        const QString jobId = ActOnValues::text(r.json.object().value(QStringLiteral("jobId")));
        if (jobId.isEmpty())
            return self->m_done(
                self->m_result, self->m_connector->malformed(r, QStringLiteral("merge upload")));
        self->m_result.jobId = jobId;
        self->m_connector->pollJob(
            jobId, 0, 0, {}, [self](const ActOnConnector::PollResult &poll, const ApiError &error) {
                self->m_result.callsUsed += poll.calls;
                self->m_result.jobWaits += poll.waits;
                if (error.isError())
                    return self->m_done(self->m_result, error);
                const QJsonObject &d = poll.details;
                ActOnImportResult &result = self->m_result;
                result.appendCount
                    += ActOnValues::integer(d.value(QStringLiteral("appendCount")), 0);
                result.updateCount
                    += ActOnValues::integer(d.value(QStringLiteral("updateCount")), 0);
                result.failedCount
                    += ActOnValues::integer(d.value(QStringLiteral("failedCount")), 0);
                result.rejectedCount
                    += ActOnValues::integer(d.value(QStringLiteral("rejectedCount")), 0);
                if (self->m_next >= self->m_total)
                    return self->m_done(self->m_result, {});
                self->mergeNextChunk();
            });
    });
}

} // namespace LeadBridge
