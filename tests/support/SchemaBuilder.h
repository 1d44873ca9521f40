#pragma once

#include "core/mapping/CrmObjectSchema.h"

namespace LeadBridge::Test {

/// Builder for descriptor lists that reads like a describe result.
class SchemaBuilder
{
public:
    SchemaBuilder(CrmKind crm, CrmObjectType object, const QString &name);

    /// A writable, nillable field.
    SchemaBuilder &add(
        const QString &api, const QString &label, const QString &type, int length = 0);
    /// A field a create must fill.
    SchemaBuilder &required(
        const QString &api, const QString &label, const QString &type, int length = 0);
    /// Not nillable, but filled by the CRM on create (Status, booleans, OwnerId).
    SchemaBuilder &defaulted(const QString &api, const QString &label, const QString &type);
    /// Read-only (system, formula or compound) field.
    SchemaBuilder &readOnly(
        const QString &api, const QString &label, const QString &type, int length = 0);
    /// A reference field with its relationship name.
    SchemaBuilder &reference(const QString &api, const QString &label, const QString &relationship,
        const QString &target, bool requiredDefaulted = false);
    CrmObjectSchema build() const { return m_schema; }

private:
    CrmObjectSchema m_schema;
};

} // namespace LeadBridge::Test
