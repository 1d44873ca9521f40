#include "core/sandbox/salesforce/SalesforceReplicationApi.h"

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

std::optional<SandboxResponse> SalesforceReplicationApi::readWindow(
    const SandboxRequest &request, SObjectTable **table, qint64 *startMs, qint64 *endMs)
{
    SObjectTable *t = m_sf.table(request.param(u"object"_s));
    if (!t)
        return m_sf.notFoundResponse(request);
    bool okS = false;
    bool okE = false;
    const QString s = request.query(u"start");
    const QString e = request.query(u"end");
    if (s.isEmpty() || e.isEmpty())
        return SalesforceEmulator::sfError(
            400, u"MISSING_ARGUMENT"_s, u"Missing required query parameters: start and end"_s);
    qint64 start = parseIsoMs(s, &okS);
    qint64 end = parseIsoMs(e, &okE);
    if (!okS || !okE)
        return SalesforceEmulator::sfError(
            400, u"INVALID_REPLICATION_DATE"_s, u"Unable to parse the start or end date"_s);
    start -= start % 60000;
    end -= end % 60000;
    if (start >= end)
        return SalesforceEmulator::sfError(400, u"INVALID_REPLICATION_DATE"_s,
            u"startDate must chronologically precede endDate by more than one minute"_s);
    *table = t;
    *startMs = start;
    *endMs = end;
    return std::nullopt;
}

SandboxResponse SalesforceReplicationApi::updated(const SandboxRequest &request)
{
    SObjectTable *t = nullptr;
    qint64 start = 0;
    qint64 end = 0;
    if (auto error = readWindow(request, &t, &start, &end))
        return *error;
    const qint64 nowMs = m_sf.now().toMSecsSinceEpoch();
    if (start < nowMs - 30LL * 86400000)
        return SalesforceEmulator::sfError(
            400, u"INVALID_REPLICATION_DATE"_s, u"startDate cannot be more than 30 days ago"_s);
    end = qMin(end, nowMs - nowMs % 60000);
    QByteArray out = "{\"ids\":[";
    int n = 0;
    for (int row = 0; row < t->rowCount(); ++row) {
        const SfRecord &r = t->record(row);
        if (r.deleted || r.modified < start || r.modified >= end)
            continue;
        if (++n > 600000)
            return SalesforceEmulator::sfError(400, u"EXCEEDED_ID_LIMIT"_s,
                u"Too many ids: more than 600,000 records were updated in the interval"_s);
        if (n > 1)
            out.append(',');
        out.append('"' + t->idOf(row).toLatin1() + '"');
    }
    out.append("],\"latestDateCovered\":\"" + m_sf.isoMs(qMax(start, end)).toLatin1() + "\"}");
    return SandboxResponse::raw(200, kJsonType, out);
}

SandboxResponse SalesforceReplicationApi::deleted(const SandboxRequest &request)
{
    SObjectTable *t = nullptr;
    qint64 start = 0;
    qint64 end = 0;
    if (auto error = readWindow(request, &t, &start, &end))
        return *error;
    const qint64 nowMs = m_sf.now().toMSecsSinceEpoch();
    const qint64 earliest = nowMs - 15LL * 86400000;
    if (start < earliest - 60000)
        return SalesforceEmulator::sfError(
            400, u"INVALID_REPLICATION_DATE"_s, u"startDate cannot be more than 15 days ago"_s);
    end = qMin(end, nowMs - nowMs % 60000);
    QJsonArray recs;
    for (int row = 0; row < t->rowCount(); ++row) {
        const SfRecord &r = t->record(row);
        if (!r.deleted || r.deleted < start || r.deleted >= end)
            continue;
        recs.append(
            QJsonObject { { u"id"_s, t->idOf(row) }, { u"deletedDate"_s, m_sf.isoMs(r.deleted) } });
    }
    return SandboxResponse::json(200,
        QJsonObject { { u"deletedRecords"_s, recs },
            { u"earliestDateAvailable"_s, m_sf.isoMs(earliest - earliest % 60000) },
            { u"latestDateCovered"_s, m_sf.isoMs(qMax(start, end)) } });
}

} // namespace LeadBridge::Sandbox
