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

bool SalesforceRecordStore::convertValue(
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
        *out = m_sf.isoMs(ms).toLatin1();
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
        const SObjectTable *target = m_sf.table(f.referenceTo);
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

bool SalesforceRecordStore::stage(const SObjectTable &t, const QJsonObject &input, bool create,
    int existingRow, Staged *out, QList<SaveError> *errors) const
{
    const SfObject &d = t.def();
    // A converted lead is read-only: SOAP API Developer Guide, StatusCode
    // CANNOT_UPDATE_CONVERTED_LEAD ("A converted lead could not be updated"); the message
    // text is an assumption.
    if (!create && existingRow >= 0 && d.name == u"Lead") {
        const SfField *converted = d.field(u"IsConverted");
        if (converted && t.text(existingRow, converted->slot) == u"true") {
            errors->append({ u"CANNOT_UPDATE_CONVERTED_LEAD"_s,
                u"cannot reference converted lead"_s, {} });
            return false;
        }
    }
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

int SalesforceRecordStore::commitCreate(SObjectTable &t, const Staged &staged, int userRow)
{
    SfRecord r;
    r.data = t.blankData();
    r.created = r.modified = m_sf.now().toMSecsSinceEpoch();
    const int row = t.append(std::move(r));
    const SfObject &d = t.def();
    const QByteArray userId = m_sf.users().rowCount() > userRow
        ? m_sf.users().idOf(userRow).toLatin1()
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
        const qint64 ms = m_sf.now().toMSecsSinceEpoch();
        addMemberStatus(campId, u"Sent"_s, false, true, 1, userId, ms);
        addMemberStatus(campId, u"Responded"_s, true, false, 2, userId, ms);
    }
    return row;
}

int SalesforceRecordStore::memberStatusRow(const QByteArray &campaignId, QByteArrayView label) const
{
    const SObjectTable &st = *m_sf.table(u"CampaignMemberStatus");
    const int campSlot = st.def().field(u"CampaignId")->slot;
    const int labelSlot = st.def().field(u"Label")->slot;
    for (int r = 0; r < st.rowCount(); ++r) {
        if (st.record(r).deleted == 0 && st.value(r, campSlot) == campaignId
            && st.value(r, labelSlot) == label)
            return r;
    }
    return -1;
}

QByteArray SalesforceRecordStore::defaultMemberStatus(const QByteArray &campaignId) const
{
    const SObjectTable &st = *m_sf.table(u"CampaignMemberStatus");
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

void SalesforceRecordStore::addMemberStatus(const QByteArray &campaignId, const QString &label,
    bool responded, bool isDefault, int sortOrder, const QByteArray &userId, qint64 nowMs)
{
    SObjectTable &st = *m_sf.table(u"CampaignMemberStatus");
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

void SalesforceRecordStore::commitUpdate(
    SObjectTable &t, int row, const Staged &staged, int userRow)
{
    for (const auto &p : staged.values)
        t.setValue(row, p.first, p.second);
    if (const SfField *f = t.def().field(u"LastModifiedById"))
        t.setValue(row, f->slot, m_sf.users().idOf(userRow).toLatin1());
    t.setModified(row, m_sf.now().toMSecsSinceEpoch());
}

QString SalesforceRecordStore::computed(const SObjectTable &t, int row, const SfField &f) const
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
        const SObjectTable &st = *m_sf.table(u"CampaignMemberStatus");
        return st.value(sr, st.def().field(u"HasResponded")->slot) == "true";
    };
    if (d.name == u"Campaign") {
        const SObjectTable &cm = *m_sf.table(u"CampaignMember");
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
        const SObjectTable &p = *m_sf.table(isLead ? u"Lead" : u"Contact");
        const int pr = p.rowOf(isLead ? leadId : val(t, row, u"ContactId"));
        if (pr < 0)
            return {};
        if (f.name == u"CompanyOrAccount") {
            if (isLead)
                return val(p, pr, u"Company");
            const SObjectTable &acc = *m_sf.table(u"Account");
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

SoqlQuery::ComputedFn SalesforceRecordStore::computedFn() const
{
    return [this](const SObjectTable &t, int row, const SfField &f) { return computed(t, row, f); };
}

// ---------------------------------------------------------------- serialisation

void SalesforceRecordStore::writeValue(
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
        tmp = m_sf.isoMs(f.storage == SfStorage::CreatedDate ? r.created : r.modified).toLatin1();
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

void SalesforceRecordStore::writeRecord(QByteArray &out, const SObjectTable &t, int row,
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
        const SObjectTable *target = m_sf.table(it.target->name);
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

QJsonArray SalesforceRecordStore::errorsJson(const QList<SaveError> &errors, bool statusCode)
{
    QJsonArray arr;
    for (const SaveError &e : errors) {
        arr.append(QJsonObject { { statusCode ? u"statusCode"_s : u"errorCode"_s, e.code },
            { u"message"_s, e.message }, { u"fields"_s, QJsonArray::fromStringList(e.fields) } });
    }
    return arr;
}

QJsonObject SalesforceRecordStore::saveResultJson(const SaveResult &r, bool withCreated)
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

SalesforceEmulator::SaveResult SalesforceRecordStore::saveCreate(
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

SalesforceEmulator::SaveResult SalesforceRecordStore::saveUpsert(SObjectTable &t,
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

} // namespace LeadBridge::Sandbox
