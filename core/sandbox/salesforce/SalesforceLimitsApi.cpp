#include "core/sandbox/salesforce/SalesforceLimitsApi.h"

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

SandboxResponse SalesforceLimitsApi::versions(const SandboxRequest &)
{
    QJsonArray out;
    for (int v = 20; v <= 62; ++v) {
        const QString ver = QString::number(v) + u".0"_s;
        out.append(QJsonObject { { u"label"_s, seasonLabel(v) },
            { u"url"_s, QString(u"/services/data/v"_s + ver) }, { u"version"_s, ver } });
    }
    return SandboxResponse::json(200, out);
}

SandboxResponse SalesforceLimitsApi::resources(const SandboxRequest &request)
{
    const QString b = u"/services/data/"_s + m_sf.version(request);
    QJsonObject o;
    for (const char16_t *name : { u"sobjects", u"query", u"queryAll", u"limits", u"composite",
             u"analytics", u"jobs", u"search", u"recent", u"tooling" })
        o.insert(QString::fromUtf16(name), QString(b + u"/"_s + QString::fromUtf16(name)));
    o.insert(u"identity"_s,
        QString(m_sf.baseUrl().toString() + u"/id/"_s + SalesforceEmulator::organizationId()
            + u"/"_s + m_sf.users().idOf(0)));
    return SandboxResponse::json(200, o);
}

SandboxResponse SalesforceLimitsApi::limits(const SandboxRequest &)
{
    auto pair = [](int max, int remaining) {
        return QJsonObject { { u"Max"_s, max }, { u"Remaining"_s, remaining } };
    };
    int bulkJobs = 0;
    for (const auto &j : std::as_const(m_sf.m_ingestJobs))
        bulkJobs += j.uploaded ? 1 : 0;
    return SandboxResponse::json(200,
        QJsonObject {
            { u"DailyApiRequests"_s, pair(m_sf.m_apiMax, qMax(0, m_sf.m_apiMax - m_sf.m_apiUsed)) },
            { u"DailyBulkApiBatches"_s, pair(15000, 15000 - bulkJobs) },
            { u"DailyBulkV2QueryJobs"_s, pair(10000, 10000 - int(m_sf.m_queryJobs.size())) },
            { u"DailyBulkV2QueryFileStorageMB"_s, pair(976562, 976562) },
            { u"ConcurrentAsyncGetReportInstances"_s, pair(200, 200) },
            { u"ConcurrentSyncReportRuns"_s, pair(20, 20) },
            { u"DailyAsyncApexExecutions"_s, pair(250000, 250000) },
            { u"DataStorageMB"_s, pair(1024, 1024) }, { u"FileStorageMB"_s, pair(1024, 1024) },
            { u"HourlyTimeBasedWorkflow"_s, pair(50, 50) }, { u"SingleEmail"_s, pair(5000, 5000) },
            { u"MassEmail"_s, pair(5000, 5000) } });
}

} // namespace LeadBridge::Sandbox
