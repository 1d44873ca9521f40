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
    QString relation; ///< for "uuid" relation fields ending in _id: target collection ("Clients")
    bool required = false;
    bool readOnly = false;
    bool custom = false;
};

/// The field catalogue of the emulated space: system fields per entity taken
/// from the API reference (B5), plus custom fields (the Act-On integration's
/// cf_acton_* fields and any created through POST entities/Fields).
class PipelinerSchema
{
public:
    PipelinerSchema();

    /// Back to the system fields plus the default custom fields.
    void reset();
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
    /// Field definition as an entities/Fields record.
    QJsonObject toRecord(const PipelinerField &field, const QString &timestamp) const;

private:
    void add(const QString &entity, const QString &apiName, const QString &type,
        const QString &relation = {}, bool required = false, bool readOnly = false,
        bool custom = false, const QString &label = {});

    QList<PipelinerField> m_fields;
    QHash<QString, qsizetype> m_index; ///< "Entity/api_name" -> position in m_fields
    int m_nextId = 1;
};

} // namespace LeadBridge::Sandbox
