#include "tests/support/SchemaBuilder.h"

namespace LeadBridge::Test {

SchemaBuilder::SchemaBuilder(CrmKind crm, CrmObjectType object, const QString &name)
{
    m_schema.crm = crm;
    m_schema.object = object;
    m_schema.name = name;
}

SchemaBuilder &SchemaBuilder::add(
    const QString &api, const QString &label, const QString &type, int length)
{
    m_schema.fields.append(CrmFieldDescriptor::make(api, label, type, length));
    return *this;
}

SchemaBuilder &SchemaBuilder::required(
    const QString &api, const QString &label, const QString &type, int length)
{
    add(api, label, type, length);
    m_schema.fields.last().nillable = false;
    return *this;
}

SchemaBuilder &SchemaBuilder::defaulted(
    const QString &api, const QString &label, const QString &type)
{
    add(api, label, type);
    m_schema.fields.last().nillable = false;
    m_schema.fields.last().defaultedOnCreate = true;
    return *this;
}

SchemaBuilder &SchemaBuilder::readOnly(
    const QString &api, const QString &label, const QString &type, int length)
{
    add(api, label, type, length);
    m_schema.fields.last().createable = false;
    m_schema.fields.last().updateable = false;
    return *this;
}

SchemaBuilder &SchemaBuilder::reference(const QString &api, const QString &label,
    const QString &relationship, const QString &target, bool requiredDefaulted)
{
    add(api, label, QStringLiteral("reference"), 18);
    m_schema.fields.last().relationshipName = relationship;
    m_schema.fields.last().referenceTo = { target };
    if (requiredDefaulted) {
        m_schema.fields.last().nillable = false;
        m_schema.fields.last().defaultedOnCreate = true;
    }
    return *this;
}

} // namespace LeadBridge::Test
