#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace LeadBridge::Sandbox {

/// One field of a Pipeliner entity as the emulator knows it (system or custom).
struct PipelinerField
{
    QString id; ///< uuid of the field definition (entities/Fields id)
    QString apiName; ///< e.g. "first_name", "cf_acton_score"
    QString label; ///< display name
    QString entityName; ///< singular entity name: "Contact", "Lead", ...
    /// Value type: "uuid", "input", "text_area", "integer", "float", "checkbox",
    /// "datetime", "date", "relation_list" (array of relation objects), "list" (array).
    QString type;
    /// type_id as the API shows it (the OpenAPI's Field.type_id values: checkbox, currency,
    /// currency_foreign, date, datetime, dropdown, email, float, input, integer,
    /// multiselect_checkbox, phone, radio, sequence, text_area, url); empty = same as type.
    QString typeId;
    QString relation; ///< for "uuid" relation fields ending in _id: target collection ("Clients")
    bool required = false;
    bool readOnly = false;
    bool custom = false;
};

/// The field catalogue of the emulated space: system fields per entity taken
/// from the API reference (B5), plus custom fields (cf_…) that exist only when the
/// space defines them: seeded when the demo dataset says so, or created through
/// POST entities/Fields (Pipeliner OpenAPI createFieldInput, amp-labs/connectors
/// providers/pipeliner/openapi/api.json; developers.pipelinersales.com "Fields").
class PipelinerSchema
{
public:
    PipelinerSchema();

    /// Back to the system fields (plus the Contact cf_acton_* fields of the Act-On contact
    /// sync); no Lead custom fields.
    void reset();
    /// Adds the Act-On lead hand-off fields cf_acton_score, cf_acton_list_name and
    /// cf_acton_contact_id to Lead (as if the space admin had created them).
    void addLeadActOnFields();
    /// "Contacts" -> "Contact"; empty if the collection is not emulated.
    static QString entityNameFor(const QString &collection);
    /// Collections served by the emulator, in a stable order.
    static QStringList collections();
    /// Fields of one entity (singular name), system first, in definition order.
    QList<PipelinerField> fields(const QString &entityName) const;
    /// One field, or nullptr.
    const PipelinerField *field(const QString &entityName, const QString &apiName) const;
    /// Adds a custom field; returns false if the api name is taken on that entity.
    bool addField(const PipelinerField &field);
    /// Every field definition of every entity.
    QList<PipelinerField> allFields() const { return m_fields; }
    /// Field definition as an entities/Fields record: the properties of the OpenAPI's
    /// components.schemas.Field (api_name, entity_name, name, type_id, system_type,
    /// system_required, system_readonly, column_source, relation_id,
    /// relation_with_entity_id, …), nothing else.
    QJsonObject toRecord(const PipelinerField &field, const QString &timestamp) const;
    /// api_name Pipeliner generates for a new custom field named @p name (assumption:
    /// "cf_" + the name in lower case with runs of other characters as "_").
    static QString customApiName(const QString &name);

private:
    void add(const QString &entity, const QString &apiName, const QString &type,
        const QString &relation = {}, bool required = false, bool readOnly = false,
        bool custom = false, const QString &label = {});

    QList<PipelinerField> m_fields;
    QHash<QString, qsizetype> m_index; ///< "Entity/api_name" -> position in m_fields
    int m_nextId = 1;
};

} // namespace LeadBridge::Sandbox
