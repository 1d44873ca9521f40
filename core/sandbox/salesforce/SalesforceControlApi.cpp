#include "core/sandbox/salesforce/SalesforceControlApi.h"

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
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace LeadBridge::Sandbox {

using namespace SalesforceWire;

SandboxResponse SalesforceControlApi::controlConnectedApp(
    const SandboxRequest &request, const QString &clientId)
{
    auto bad = [](int status, const QString &msg) { return SandboxResponse::message(status, msg); };
    if (!clientId.isEmpty() && clientId != SalesforceEmulator::demoClientId())
        return bad(404, u"no connected app with consumer key '%1'"_s.arg(clientId));
    static const QStringList keys { u"requireSecretForWebServerFlow"_s,
        u"requireSecretForRefreshTokenFlow"_s, u"usernamePasswordFlowDisabled"_s };
    if (request.method == "PATCH" || request.method == "PUT" || request.method == "POST") {
        bool ok = false;
        const QJsonObject in = request.json(&ok).object();
        if (!ok)
            return bad(400, u"connectedApp body must be a JSON object"_s);
        ConnectedApp next = request.method == "PUT" ? ConnectedApp() : m_sf.m_app;
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
        m_sf.m_app = next;
    } else if (request.method != "GET") {
        return bad(405, u"method not allowed"_s);
    }
    return SandboxResponse::json(200,
        QJsonObject { { u"clientId"_s, SalesforceEmulator::demoClientId() },
            { keys.at(0), m_sf.m_app.requireSecretForWebServerFlow },
            { keys.at(1), m_sf.m_app.requireSecretForRefreshTokenFlow },
            { keys.at(2), m_sf.m_app.usernamePasswordFlowDisabled } });
}

SandboxResponse SalesforceControlApi::controlLoginHistory(const SandboxRequest &request)
{
    if (request.method != "GET")
        return SandboxResponse::message(405, u"method not allowed"_s);
    QJsonArray out;
    for (const LoginAttempt &a : std::as_const(m_sf.m_loginHistory))
        out.append(QJsonObject { { u"Username"_s, a.username }, { u"LoginType"_s, a.loginType },
            { u"Status"_s, a.status }, { u"LoginTime"_s, m_sf.isoMs(a.timeMs) } });
    return SandboxResponse::recordList(out);
}

SandboxResponse SalesforceControlApi::controlConvertLead(const SandboxRequest &request)
{
    // SOAP API Developer Guide, convertLead(): the lead stays, read-only, with IsConverted,
    // ConvertedDate and ConvertedContactId set; the contact is created from the lead unless
    // an existing one (contactId) is given; LeadConvertResult names leadId and contactId.
    if (request.method != "POST")
        return SandboxResponse::message(405, u"method not allowed"_s);
    bool ok = false;
    const QJsonObject in = request.json(&ok).object();
    if (!ok)
        return SandboxResponse::message(400, u"body must be {\"leadId\", \"contactId\"?}"_s);
    SObjectTable *leads = m_sf.table(u"Lead"_s);
    SObjectTable *contacts = m_sf.table(u"Contact"_s);
    const QString leadId = in.value(u"leadId"_s).toString();
    const int row = leads ? leads->rowOf(leadId) : -1;
    if (row < 0 || leads->record(row).deleted)
        return SandboxResponse::message(404, u"no Lead with id "_s + leadId);
    const SfObject &def = leads->def();
    const auto slot = [&def](const QString &name) { return def.field(name)->slot; };
    if (leads->text(row, slot(u"IsConverted"_s)) == u"true")
        return SandboxResponse::message(400, u"lead "_s + leadId + u" is converted already"_s);
    QString contactId = in.value(u"contactId"_s).toString();
    if (!contactId.isEmpty()) {
        if (contacts->rowOf(contactId) < 0)
            return SandboxResponse::message(404, u"no Contact with id "_s + contactId);
    } else {
        QJsonObject contact;
        for (const QString &f : { u"FirstName"_s, u"LastName"_s, u"Email"_s, u"Title"_s,
                 u"Phone"_s, u"LeadSource"_s }) {
            const QString v = leads->text(row, slot(f));
            if (!v.isEmpty())
                contact.insert(f, v);
        }
        const SaveResult r = m_sf.m_records->saveCreate(*contacts, contact, 0, false, nullptr);
        if (!r.success)
            return SandboxResponse::json(400, SalesforceRecordStore::errorsJson(r.errors, false));
        contactId = r.id;
    }
    const QDateTime now = m_sf.now();
    leads->setValue(row, slot(u"IsConverted"_s), "true");
    leads->setValue(row, slot(u"ConvertedContactId"_s), contactId.toUtf8());
    leads->setValue(row, slot(u"ConvertedDate"_s), now.date().toString(Qt::ISODate).toUtf8());
    leads->setModified(row, now.toMSecsSinceEpoch());
    return SandboxResponse::json(200,
        QJsonObject { { u"leadId"_s, leadId }, { u"contactId"_s, contactId },
            { u"success"_s, true } });
}

SandboxResponse SalesforceControlApi::controlLimits(const SandboxRequest &request)
{
    auto bad = [](int status, const QString &msg) { return SandboxResponse::message(status, msg); };
    if (request.method == "PATCH" || request.method == "PUT" || request.method == "POST") {
        bool ok = false;
        const QJsonObject in = request.json(&ok).object();
        if (!ok)
            return bad(400, u"limits body must be a JSON object"_s);
        int max = m_sf.m_apiMax;
        int used = m_sf.m_apiUsed;
        for (auto it = in.begin(); it != in.end(); ++it) {
            const double d = it.value().toDouble(-1);
            if (!it.value().isDouble() || d < 0 || d > std::numeric_limits<int>::max()
                || d != std::floor(d))
                return bad(400,
                    u"limit %1 must be a whole number from 0 to %2"_s.arg(it.key()).arg(
                        std::numeric_limits<int>::max()));
            if (it.key() == u"dailyMax"_s)
                max = int(d);
            else if (it.key() == u"dailyUsed"_s)
                used = int(d);
            else
                return bad(400, u"unknown limit %1 (known: dailyMax, dailyUsed)"_s.arg(it.key()));
        }
        m_sf.m_apiMax = max;
        m_sf.m_apiUsed = used;
        // Usage preset now counts from now: the rolling 24 hours start again.
        m_sf.m_windowStartMs = m_sf.now().toMSecsSinceEpoch();
    } else if (request.method != "GET") {
        return bad(405, u"method not allowed"_s);
    }
    return SandboxResponse::json(200,
        QJsonObject { { u"dailyMax"_s, m_sf.m_apiMax }, { u"dailyUsed"_s, m_sf.m_apiUsed },
            { u"dailyRemaining"_s, qMax(0, m_sf.m_apiMax - m_sf.m_apiUsed) } });
}

SandboxResponse SalesforceControlApi::records(
    const SandboxRequest &request, const QString &object, const QString &id)
{
    if (object.compare(u"connectedApp"_s, Qt::CaseInsensitive) == 0)
        return controlConnectedApp(request, id);
    if (object.compare(u"loginHistory"_s, Qt::CaseInsensitive) == 0 && id.isEmpty())
        return controlLoginHistory(request);
    if (object.compare(u"LeadConvert"_s, Qt::CaseInsensitive) == 0 && id.isEmpty())
        return controlConvertLead(request);
    if (object.compare(u"limits"_s, Qt::CaseInsensitive) == 0 && id.isEmpty())
        return controlLimits(request);
    SObjectTable *t = m_sf.table(object);
    if (!t)
        return SandboxResponse::message(
            404, QString(u"salesforce keeps no records of type '"_s + object + u"'"_s));
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
                m_sf.m_records->writeRecord(out, *t, row, {}, ver);
            }
            out.append("]}");
            return SandboxResponse::raw(200, kJsonType, out);
        }
        if (request.method == "POST") {
            bool ok = false;
            const QJsonObject in = request.json(&ok).object();
            if (!ok)
                return SandboxResponse::message(400, u"body must be a JSON object"_s);
            const SaveResult r = m_sf.m_records->saveCreate(*t, in, 0, false, nullptr);
            if (!r.success)
                return SandboxResponse::json(
                    400, SalesforceRecordStore::errorsJson(r.errors, false));
            QByteArray out;
            m_sf.m_records->writeRecord(out, *t, t->rowOf(r.id), {}, ver);
            return SandboxResponse::raw(201, kJsonType, out);
        }
        return SandboxResponse::message(405, u"method not allowed"_s);
    }
    const int row = t->rowOf(id);
    if (row < 0)
        return SandboxResponse::message(
            404, QString(u"no "_s + t->def().name + u" with id "_s + id));
    if (request.method == "GET") {
        QByteArray out;
        m_sf.m_records->writeRecord(out, *t, row, {}, ver);
        return SandboxResponse::raw(200, kJsonType, out);
    }
    if (request.method == "PATCH") {
        bool ok = false;
        QJsonObject in = request.json(&ok).object();
        if (!ok)
            return SandboxResponse::message(400, u"body must be a JSON object"_s);
        // Control writes may also move the audit dates (tests of incremental sync).
        const QString lm = in.take(u"LastModifiedDate"_s).toString();
        in.remove(u"SystemModstamp"_s);
        Staged staged;
        QList<SaveError> errors;
        if (!m_sf.m_records->stage(*t, in, false, row, &staged, &errors))
            return SandboxResponse::json(400, SalesforceRecordStore::errorsJson(errors, false));
        m_sf.m_records->commitUpdate(*t, row, staged, 0);
        if (!lm.isEmpty()) {
            bool okDate = false;
            const qint64 ms = parseIsoMs(lm, &okDate);
            if (okDate)
                t->setModified(row, ms);
        }
        QByteArray out;
        m_sf.m_records->writeRecord(out, *t, row, {}, ver);
        return SandboxResponse::raw(200, kJsonType, out);
    }
    if (request.method == "DELETE") {
        t->markDeleted(row, m_sf.now().toMSecsSinceEpoch());
        return SandboxResponse::empty(204);
    }
    return SandboxResponse::message(405, u"method not allowed"_s);
}

} // namespace LeadBridge::Sandbox
