#include "core/sandbox/pipeliner/PipelinerSchema.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace LeadBridge::Sandbox {

namespace {
QString labelFromApiName(const QString &apiName)
{
    QString name = apiName;
    if (name.startsWith(u"cf_"_s))
        name = name.mid(3);
    name.replace(u'_', u' ');
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}
} // namespace

PipelinerSchema::PipelinerSchema()
{
    reset();
}

QString PipelinerSchema::entityNameFor(const QString &collection)
{
    static const QHash<QString, QString> names { { u"Contacts"_s, u"Contact"_s },
        { u"Leads"_s, u"Lead"_s }, { u"Accounts"_s, u"Account"_s }, { u"Clients"_s, u"Client"_s },
        { u"Fields"_s, u"Field"_s } };
    return names.value(collection);
}

QStringList PipelinerSchema::collections()
{
    return { u"Contacts"_s, u"Leads"_s, u"Accounts"_s, u"Clients"_s, u"Fields"_s };
}

void PipelinerSchema::add(const QString &entity, const QString &apiName, const QString &type,
    const QString &relation, bool required, bool readOnly, bool custom, const QString &label)
{
    PipelinerField f;
    // Deterministic ids so a reseeded space looks the same from run to run.
    f.id = u"00000000-0000-0000-00f1-%1"_s.arg(m_nextId++, 12, 16, QLatin1Char('0'));
    f.apiName = apiName;
    f.label = label.isEmpty() ? labelFromApiName(apiName) : label;
    f.entityName = entity;
    f.type = type;
    f.relation = relation;
    f.required = required;
    f.readOnly = readOnly;
    f.custom = custom;
    addField(f);
}

bool PipelinerSchema::addField(const PipelinerField &field)
{
    const QString key = field.entityName + u'/' + field.apiName;
    if (m_index.contains(key))
        return false;
    m_index.insert(key, m_fields.size());
    m_fields.append(field);
    return true;
}

void PipelinerSchema::reset()
{
    m_fields.clear();
    m_index.clear();
    m_nextId = 1;

    // owner_id: required on create of Contacts and Accounts (docs tutorial "Create Contact"),
    // not of Leads (OpenAPI createLeadInput.required = ["name"]).
    auto common = [this](const QString &e, bool owned, bool ownerRequired = true) {
        add(e, u"id"_s, u"uuid"_s, {}, false, true);
        add(e, u"is_deleted"_s, u"checkbox"_s, {}, false, true);
        add(e, u"is_delete_protected"_s, u"checkbox"_s);
        add(e, u"created"_s, u"datetime"_s, {}, false, true);
        add(e, u"modified"_s, u"datetime"_s, {}, false, true);
        add(e, u"revision"_s, u"integer"_s, {}, false, true);
        if (owned) {
            add(e, u"owner_id"_s, u"uuid"_s, u"Clients"_s, ownerRequired);
            add(e, u"unit_id"_s, u"uuid"_s);
            add(e, u"share_mode"_s, u"integer"_s);
            add(e, u"is_favorite"_s, u"checkbox"_s);
            add(e, u"is_archived"_s, u"checkbox"_s);
            add(e, u"formatted_name"_s, u"input"_s, {}, false, true);
            add(e, u"tags"_s, u"list"_s);
        }
    };

    const QString c = u"Contact"_s;
    common(c, true);
    for (const auto &n :
        { u"first_name"_s, u"middle_name"_s, u"last_name"_s, u"title"_s, u"position"_s })
        add(c, n, u"input"_s);
    add(c, u"gender"_s, u"integer"_s);
    for (int i = 1; i <= 5; ++i)
        add(c, u"email%1"_s.arg(i), u"input"_s);
    for (int i = 1; i <= 5; ++i)
        add(c, u"phone%1"_s.arg(i), u"input"_s);
    for (const auto &n : { u"address"_s, u"city"_s, u"state_province"_s, u"zip_code"_s,
             u"country"_s, u"quick_account_name"_s, u"account_position"_s })
        add(c, n, u"input"_s);
    add(c, u"comments"_s, u"text_area"_s);
    add(c, u"contact_type_id"_s, u"uuid"_s);
    add(c, u"primary_account_id"_s, u"uuid"_s, u"Accounts"_s);
    add(c, u"account_relations"_s, u"relation_list"_s, u"Accounts"_s);
    add(c, u"is_unsubscribed"_s, u"checkbox"_s);
    add(c, u"cf_acton_score"_s, u"integer"_s, {}, false, false, true, u"Act-On Score"_s);
    add(c, u"cf_acton_contact_id"_s, u"input"_s, {}, false, false, true, u"Act-On Contact Id"_s);
    add(c, u"cf_acton_last_sync"_s, u"datetime"_s, {}, false, false, true, u"Act-On Last Sync"_s);

    const QString l = u"Lead"_s;
    common(l, true, false);
    add(l, u"name"_s, u"input"_s, {}, true);
    add(l, u"description"_s, u"text_area"_s);
    add(l, u"lead_type_id"_s, u"uuid"_s);
    add(l, u"lead_source_id"_s, u"uuid"_s);
    for (const auto &n : { u"quick_contact_name"_s, u"quick_email"_s, u"quick_phone"_s,
             u"quick_account_name"_s, u"quick_account_email"_s, u"quick_account_phone"_s })
        add(l, n, u"input"_s);
    add(l, u"primary_contact_id"_s, u"uuid"_s, u"Contacts"_s);
    add(l, u"primary_account_id"_s, u"uuid"_s, u"Accounts"_s);
    add(l, u"contact_relations"_s, u"relation_list"_s, u"Contacts"_s);
    add(l, u"account_relations"_s, u"relation_list"_s, u"Accounts"_s);
    add(l, u"step_id"_s, u"uuid"_s);
    add(l, u"status"_s, u"integer"_s);
    add(l, u"ranking"_s, u"integer"_s);
    add(l, u"label_flag"_s, u"integer"_s);
    add(l, u"qualify_date"_s, u"datetime"_s);
    add(l, u"lost_date"_s, u"datetime"_s);

    const QString a = u"Account"_s;
    common(a, true);
    add(a, u"name"_s, u"input"_s, {}, true);
    for (int i = 1; i <= 5; ++i)
        add(a, u"email%1"_s.arg(i), u"input"_s);
    for (int i = 1; i <= 5; ++i)
        add(a, u"phone%1"_s.arg(i), u"input"_s);
    for (const auto &n : { u"address"_s, u"city"_s, u"state_province"_s, u"zip_code"_s,
             u"country"_s, u"home_page"_s })
        add(a, n, u"input"_s);
    add(a, u"industry_id"_s, u"uuid"_s);
    add(a, u"account_type_id"_s, u"uuid"_s);
    add(a, u"customer_type_id"_s, u"uuid"_s);
    add(a, u"account_class"_s, u"integer"_s);
    add(a, u"parent_account_id"_s, u"uuid"_s, u"Accounts"_s);
    add(a, u"comments"_s, u"text_area"_s);
    add(a, u"is_unsubscribed"_s, u"checkbox"_s);

    const QString cl = u"Client"_s;
    common(cl, false);
    for (const auto &n : { u"email"_s, u"first_name"_s, u"middle_name"_s, u"last_name"_s, u"name"_s,
             u"formatted_name"_s, u"phone"_s, u"position"_s, u"region"_s, u"timezone"_s })
        add(cl, n, u"input"_s, {}, false, true);
    add(cl, u"default_unit_id"_s, u"uuid"_s, {}, false, true);
    add(cl, u"type"_s, u"integer"_s, {}, false, true);
    add(cl, u"last_active"_s, u"datetime"_s, {}, false, true);

    const QString f = u"Field"_s;
    common(f, false);
    // components.schemas.Field of the OpenAPI (the properties LeadBridge reads).
    add(f, u"has_draft"_s, u"checkbox"_s);
    add(f, u"api_name"_s, u"input"_s);
    add(f, u"name"_s, u"input"_s, {}, true);
    add(f, u"entity_name"_s, u"input"_s, {}, true);
    add(f, u"type_id"_s, u"input"_s, {}, true);
    add(f, u"use_lang"_s, u"integer"_s);
    add(f, u"column_name"_s, u"input"_s);
    add(f, u"column_source"_s, u"integer"_s, {}, false, true);
    add(f, u"relation_id"_s, u"input"_s);
    add(f, u"relation_with_entity_id"_s, u"input"_s);
    add(f, u"system_type"_s, u"integer"_s, {}, false, true);
    add(f, u"system_required"_s, u"checkbox"_s, {}, false, true);
    add(f, u"system_readonly"_s, u"checkbox"_s, {}, false, true);
    add(f, u"is_published"_s, u"checkbox"_s, {}, false, true);
    add(f, u"is_unique"_s, u"checkbox"_s, {}, false, true);
    add(f, u"use_in_global_search"_s, u"checkbox"_s);
    add(f, u"default_value"_s, u"input"_s);
}

void PipelinerSchema::addLeadActOnFields()
{
    const QString l = u"Lead"_s;
    add(l, u"cf_acton_score"_s, u"integer"_s, {}, false, false, true, u"Acton Score"_s);
    add(l, u"cf_acton_list_name"_s, u"input"_s, {}, false, false, true, u"Acton List Name"_s);
    add(l, u"cf_acton_contact_id"_s, u"input"_s, {}, false, false, true, u"Acton Contact Id"_s);
}

QString PipelinerSchema::customApiName(const QString &name)
{
    static const QRegularExpression nonWord(u"[^a-z0-9]+"_s);
    QString apiName = name.trimmed().toLower();
    apiName.replace(nonWord, u"_"_s);
    while (apiName.startsWith(u'_'))
        apiName.remove(0, 1);
    while (apiName.endsWith(u'_'))
        apiName.chop(1);
    return u"cf_"_s + apiName;
}

QList<PipelinerField> PipelinerSchema::fields(const QString &entityName) const
{
    QList<PipelinerField> out;
    for (const auto &f : m_fields) {
        if (f.entityName == entityName)
            out.append(f);
    }
    return out;
}

const PipelinerField *PipelinerSchema::field(
    const QString &entityName, const QString &apiName) const
{
    const auto it = m_index.constFind(entityName + u'/' + apiName);
    return it == m_index.constEnd() ? nullptr : &m_fields.at(*it);
}

QJsonObject PipelinerSchema::toRecord(const PipelinerField &f, const QString &timestamp) const
{
    // Shape: components.schemas.Field of the Pipeliner OpenAPI (amp-labs/connectors,
    // providers/pipeliner/openapi/api.json). The OpenAPI gives system_type and column_source
    // as int32 without their values; the emulator uses 1 for system and 0 for custom fields
    // (system_type) and 0 / 1 (column_source): an assumption, see docs/sandbox-pipeliner.md.
    // relation_id / relation_with_entity_id are plain strings in the OpenAPI; the emulator
    // puts the relation's name ("owner") and the related entity's name ("Client") there
    // (assumption).
    QJsonValue relationId;
    QJsonValue relationEntity;
    if (!f.relation.isEmpty()) {
        QString rel = f.apiName;
        if (rel.endsWith(u"_id"_s))
            rel.chop(3);
        relationId = rel;
        relationEntity = entityNameFor(f.relation);
    }
    const QString typeId = f.typeId.isEmpty() ? f.type : f.typeId;
    return QJsonObject { { u"id"_s, f.id }, { u"is_delete_protected"_s, !f.custom },
        { u"has_draft"_s, false }, { u"is_deleted"_s, false }, { u"created"_s, timestamp },
        { u"modified"_s, timestamp }, { u"entity_name"_s, f.entityName },
        { u"api_name"_s, f.apiName }, { u"name"_s, f.label }, { u"use_lang"_s, 0 },
        { u"column_name"_s, f.custom ? QJsonValue() : QJsonValue(f.apiName) },
        { u"column_source"_s, f.custom ? 1 : 0 }, { u"relation_id"_s, relationId },
        { u"relation_with_entity_id"_s, relationEntity }, { u"system_type"_s, f.custom ? 0 : 1 },
        { u"type_id"_s, typeId }, { u"system_required"_s, f.required },
        { u"system_readonly"_s, f.readOnly }, { u"is_published"_s, true },
        { u"is_unique"_s, false }, { u"use_in_global_search"_s, false },
        { u"default_value"_s, QJsonValue() }, { u"data_set"_s, QJsonValue() },
        { u"field_permissions"_s, QJsonValue() }, { u"source_field_id"_s, QJsonValue() },
        { u"source_type_id"_s, QJsonValue() }, { u"use_in_interface_preview"_s, false },
        { u"translated_name"_s, f.label }, { u"name_translations"_s, QJsonValue() },
        { u"name_translated"_s, f.label }, { u"primitive_type"_s, QJsonValue() },
        { u"is_available_for_webresource"_s, false },
        { u"is_available_for_advanced_formula"_s, false } };
}

} // namespace LeadBridge::Sandbox
