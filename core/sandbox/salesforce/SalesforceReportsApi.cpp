#include "core/sandbox/salesforce/SalesforceReportsApi.h"

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

SandboxResponse SalesforceReportsApi::reportList(const SandboxRequest &request)
{
    const QString id = SObjectTable::withChecksum(kReportId15);
    const QString b = u"/services/data/"_s + m_sf.version(request) + u"/analytics/reports/"_s + id;
    return SandboxResponse::json(200,
        QJsonArray { QJsonObject { { u"describeUrl"_s, QString(b + u"/describe"_s) },
            { u"id"_s, id }, { u"instancesUrl"_s, QString(b + u"/instances"_s) },
            { u"name"_s, u"Webinar leads"_s }, { u"url"_s, b } } });
}

SandboxResponse SalesforceReportsApi::reportDescribe(const SandboxRequest &request)
{
    const SObjectTable *dummy = nullptr;
    Q_UNUSED(dummy)
    const QString id = request.param(u"id"_s);
    if (id != SObjectTable::withChecksum(kReportId15) && id != kReportId15)
        return m_sf.notFoundResponse(request);
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

SandboxResponse SalesforceReportsApi::reportRun(const SandboxRequest &request)
{
    SandboxResponse describe = reportDescribe(request);
    if (describe.status != 200)
        return describe;
    QJsonObject out = QJsonDocument::fromJson(describe.body).object();
    out.remove(u"reportTypeMetadata"_s);
    // "Webinar leads": leads from the Webinar lead source or members of a webinar campaign.
    const SObjectTable &leads = *m_sf.table(u"Lead");
    const SObjectTable &cm = *m_sf.table(u"CampaignMember");
    const SObjectTable &camps = *m_sf.table(u"Campaign");
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
            const QString v = SoqlQuery::fieldText(leads, r, *f, m_sf.m_records->computedFn());
            QJsonValue value = v.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v);
            if (f->type == SfType::Double && !v.isEmpty())
                value = v.toDouble();
            const QString label = f->name == u"Id"
                ? m_sf.m_records->computed(leads, r, *leads.def().field(u"Name"))
                : (v.isEmpty() ? u"-"_s : v);
            cells.append(QJsonObject { { u"label"_s, label }, { u"value"_s, value } });
        }
        rows.append(QJsonObject { { u"dataCells"_s, cells } });
    }
    const QString id = SObjectTable::withChecksum(kReportId15);
    out.insert(u"attributes"_s,
        QJsonObject { { u"describeUrl"_s,
                          QString(u"/services/data/"_s + m_sf.version(request)
                              + u"/analytics/reports/"_s + id + u"/describe"_s) },
            { u"instancesUrl"_s,
                QString(u"/services/data/"_s + m_sf.version(request) + u"/analytics/reports/"_s + id
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

} // namespace LeadBridge::Sandbox
