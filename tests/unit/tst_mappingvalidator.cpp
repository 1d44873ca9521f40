#include "core/mapping/MappingValidator.h"
#include "core/mapping/StandardFields.h"
#include "core/mapping/TypeCompatibility.h"
#include "tests/support/MappingFixtures.h"

#include <QTest>

#include <functional>

using namespace LeadBridge;
using namespace LeadBridge::Test;

using MapEdit = std::function<void(FieldMap &)>;
Q_DECLARE_METATYPE(MapEdit)
Q_DECLARE_METATYPE(MappingIssue::Severity)
Q_DECLARE_METATYPE(MappingIssue::Column)
Q_DECLARE_METATYPE(TypeVerdict)

namespace {

FieldMap baseline()
{
    return StandardFields::defaultMap(CrmKind::Salesforce, salesforceLead(), salesforceContact());
}

int rowOf(const FieldMap &map, const QString &name)
{
    return map.indexOf(name);
}

void setRow(FieldMap &map, const QString &name, const std::function<void(FieldMapRow &)> &edit)
{
    const int index = map.indexOf(name);
    QVERIFY2(index >= 0, qPrintable(name));
    FieldMapRow row = map.row(index);
    edit(row);
    map.updateRow(index, row);
}

FieldMapRow customRow(const QString &name, MarketingFieldType type, const QString &lead,
    const QString &contact = {}, bool allowPush = true)
{
    return FieldMapRow::make(MarketingField::custom(name, type), lead, contact, allowPush);
}

QString describe(const QList<MappingIssue> &issues)
{
    QStringList lines;
    for (const auto &i : issues)
        lines.append(QStringLiteral("[%1 row %2] %3").arg(i.code).arg(i.rowIndex).arg(i.message));
    return lines.join(u'\n');
}

} // namespace

class TestMappingValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultMapIsClean();
    void pipelinerDefaultMapIsClean();
    void rules_data();
    void rules();
    void scoreOnlyRequiredForCrmSync();
    void withoutSchemaOnlyStructuralChecks();
    void issuesOrderedMapLevelFirst();
    void typeMatrix_data();
    void typeMatrix();
    void everyDescribeTypeIsKnown_data();
    void everyDescribeTypeIsKnown();
    void everyNonCompatiblePairHasAnExplanation();
};

void TestMappingValidator::defaultMapIsClean()
{
    const FieldMap map = baseline();
    const auto issues = MappingValidator::validate(
        map, salesforceLead(), salesforceContact(), FlowKind::CrmContactSync);
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
}

void TestMappingValidator::pipelinerDefaultMapIsClean()
{
    const FieldMap map
        = StandardFields::defaultMap(CrmKind::Pipeliner, pipelinerLead(), pipelinerContact());
    const auto issues = MappingValidator::validate(
        map, pipelinerLead(), pipelinerContact(), FlowKind::CrmContactSync);
    // The Lead "name" and owner_id are filled by LeadBridge itself, email1 is a plain text
    // field in Pipeliner: none of these is reported.
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
}

void TestMappingValidator::rules_data()
{
    QTest::addColumn<MapEdit>("breakIt");
    QTest::addColumn<MapEdit>("fixIt");
    QTest::addColumn<QString>("code");
    QTest::addColumn<MappingIssue::Severity>("severity");
    QTest::addColumn<QString>("rowName"); // empty: map-level issue
    QTest::addColumn<MappingIssue::Column>("column");
    QTest::addColumn<QStringList>("messageParts");

    using S = MappingIssue::Severity;
    using C = MappingIssue::Column;
    const auto restoreEmail = [](FieldMap &m) {
        m.addRow(FieldMapRow::make(*StandardFields::byName(QStringLiteral("E-mail Address")),
            QStringLiteral("Email"), QStringLiteral("Email")));
    };

    QTest::newRow("email not mapped")
        << MapEdit([](FieldMap &m) { m.removeRow(m.indexOf(QStringLiteral("E-mail Address"))); })
        << MapEdit(restoreEmail) << QStringLiteral("email-not-mapped") << S::Error << QString()
        << C::Marketing
        << QStringList { QStringLiteral("no email field"), QStringLiteral("“E-mail Address”"),
               QStringLiteral("Salesforce") };

    QTest::newRow("email without source")
        << MapEdit([](FieldMap &m) {
               setRow(m, QStringLiteral("E-mail Address"), [](FieldMapRow &r) {
                   r.leadField.clear();
                   r.contactField.clear();
               });
           })
        << MapEdit([](FieldMap &m) {
               setRow(m, QStringLiteral("E-mail Address"),
                   [](FieldMapRow &r) { r.leadField = QStringLiteral("Email"); });
               setRow(m, QStringLiteral("E-mail Address"),
                   [](FieldMapRow &r) { r.contactField = QStringLiteral("Email"); });
           })
        << QStringLiteral("email-no-source") << S::Error << QStringLiteral("E-mail Address")
        << C::Lead
        << QStringList { QStringLiteral("has no Salesforce source"), QStringLiteral("“Email”") };

    QTest::newRow("email missing for contacts") << MapEdit([](FieldMap &m) {
        setRow(m, QStringLiteral("E-mail Address"), [](FieldMapRow &r) { r.contactField.clear(); });
    }) << MapEdit([](FieldMap &m) {
        setRow(m, QStringLiteral("E-mail Address"),
            [](FieldMapRow &r) { r.contactField = QStringLiteral("Email"); });
    }) << QStringLiteral("email-missing-object") << S::Warning
                                                << QStringLiteral("E-mail Address") << C::Contact
                                                << QStringList { QStringLiteral(
                                                       "Contact records cannot be matched") };

    QTest::newRow("no score field")
        << MapEdit([](FieldMap &m) { m.removeRow(m.indexOf(QStringLiteral("Score"))); })
        << MapEdit([](FieldMap &m) {
               m.addRow(customRow(QStringLiteral("Behavior Score"), MarketingFieldType::Score,
                   QStringLiteral("Score__c"), QStringLiteral("Score__c")));
           })
        << QStringLiteral("score-not-mapped") << S::Error << QString() << C::Marketing
        << QStringList { QStringLiteral("No score field"), QStringLiteral("“Score__c”") };

    QTest::newRow("score row with no CRM field")
        << MapEdit([](FieldMap &m) {
               setRow(m, QStringLiteral("Score"), [](FieldMapRow &r) {
                   r.leadField.clear();
                   r.contactField.clear();
               });
           })
        << MapEdit([](FieldMap &m) {
               setRow(m, QStringLiteral("Score"),
                   [](FieldMapRow &r) { r.leadField = QStringLiteral("Score__c"); });
           })
        << QStringLiteral("score-not-mapped") << S::Error << QString() << C::Marketing
        << QStringList { QStringLiteral("ask your Salesforce administrator") };

    QTest::newRow("marketing field twice")
        << MapEdit([](FieldMap &m) {
               m.addRow(customRow(QStringLiteral("first name"), MarketingFieldType::Text,
                   QStringLiteral("Salutation")));
           })
        << MapEdit([](FieldMap &m) {
               FieldMapRow r = m.row(m.rowCount() - 1);
               r.marketing.name = QStringLiteral("Salutation");
               m.updateRow(m.rowCount() - 1, r);
           })
        << QStringLiteral("duplicate-marketing-field") << S::Error << QStringLiteral("#last")
        << C::Marketing
        << QStringList { QStringLiteral("“first name” is mapped twice"),
               QStringLiteral("rows 2 and 16") };

    QTest::newRow("crm field feeds two rows")
        << MapEdit([](FieldMap &m) {
               m.addRow(customRow(QStringLiteral("Given Name"), MarketingFieldType::Text,
                   QStringLiteral("FirstName"), {}, false));
           })
        << MapEdit([](FieldMap &m) {
               setRow(m, QStringLiteral("Given Name"), [](FieldMapRow &r) { r.leadField.clear(); });
           })
        << QStringLiteral("duplicate-crm-field") << S::Warning << QStringLiteral("Given Name")
        << C::Lead
        << QStringList { QStringLiteral(
               "Lead field “FirstName” feeds both “First Name” and “Given Name”") };

    QTest::newRow("crm field pushed from two rows")
        << MapEdit([](FieldMap &m) {
               m.addRow(customRow(QStringLiteral("Given Name"), MarketingFieldType::Text,
                   QStringLiteral("FirstName")));
           })
        << MapEdit([](FieldMap &m) {
               setRow(m, QStringLiteral("Given Name"), [](FieldMapRow &r) { r.allowPush = false; });
           })
        << QStringLiteral("duplicate-crm-field-push") << S::Error << QStringLiteral("Given Name")
        << C::Lead
        << QStringList { QStringLiteral("pushes from both “First Name” and “Given Name”"),
               QStringLiteral("Turn off Allow push") };

    QTest::newRow("schema drift: field deleted in CRM")
        << MapEdit([](FieldMap &m) {
               m.addRow(customRow(QStringLiteral("Webinar Count"), MarketingFieldType::Number,
                   QStringLiteral("Webinar_Count__c")));
           })
        << MapEdit([](FieldMap &m) {
               setRow(
                   m, QStringLiteral("Webinar Count"), [](FieldMapRow &r) { r.leadField.clear(); });
           })
        << QStringLiteral("field-missing") << S::Error << QStringLiteral("Webinar Count") << C::Lead
        << QStringList { QStringLiteral("Lead field “Webinar_Count__c”"),
               QStringLiteral("no longer exists in Salesforce"),
               QStringLiteral("before the next run") };

    QTest::newRow("schema drift: relationship gone")
        << MapEdit([](FieldMap &m) {
               setRow(m, QStringLiteral("Company"),
                   [](FieldMapRow &r) { r.contactField = QStringLiteral("Organisation.Name"); });
           })
        << MapEdit([](FieldMap &m) {
               setRow(m, QStringLiteral("Company"),
                   [](FieldMapRow &r) { r.contactField = QStringLiteral("Account.Name"); });
           })
        << QStringLiteral("field-missing") << S::Error << QStringLiteral("Company") << C::Contact
        << QStringList { QStringLiteral("no “Organisation” relationship") };

    QTest::newRow("text into number")
        << MapEdit([](FieldMap &m) {
               m.addRow(customRow(QStringLiteral("Employees"), MarketingFieldType::Number,
                   QStringLiteral("Title")));
           })
        << MapEdit([](FieldMap &m) {
               setRow(m, QStringLiteral("Employees"),
                   [](FieldMapRow &r) { r.leadField = QStringLiteral("NumberOfEmployees"); });
           })
        << QStringLiteral("type-incompatible") << S::Error << QStringLiteral("Employees") << C::Lead
        << QStringList { QStringLiteral("“Employees” is a Number field"),
               QStringLiteral("“Title” is of type string"),
               QStringLiteral("change the data type") };

    QTest::newRow("phone into email")
        << MapEdit([](FieldMap &m) {
               setRow(m, QStringLiteral("E-mail Address"),
                   [](FieldMapRow &r) { r.leadField = QStringLiteral("Phone"); });
           })
        << MapEdit([](FieldMap &m) {
               setRow(m, QStringLiteral("E-mail Address"),
                   [](FieldMapRow &r) { r.leadField = QStringLiteral("Email"); });
           })
        << QStringLiteral("type-incompatible") << S::Error << QStringLiteral("E-mail Address")
        << C::Lead << QStringList { QStringLiteral("only an email or text field") };

    QTest::newRow("number into text is lossy")
        << MapEdit([](FieldMap &m) {
               m.addRow(customRow(QStringLiteral("Employees"), MarketingFieldType::Text,
                   QStringLiteral("NumberOfEmployees")));
           })
        << MapEdit([](FieldMap &m) {
               setRow(m, QStringLiteral("Employees"),
                   [](FieldMapRow &r) { r.marketing.type = MarketingFieldType::Number; });
           })
        << QStringLiteral("type-lossy") << S::Warning << QStringLiteral("Employees") << C::Lead
        << QStringList { QStringLiteral("“Employees” (Text)"), QStringLiteral("of type int") };

    QTest::newRow("reference field mapped")
        << MapEdit([](FieldMap &m) {
               m.addRow(customRow(QStringLiteral("Owner"), MarketingFieldType::Text,
                   QStringLiteral("OwnerId"), {}, false));
           })
        << MapEdit([](FieldMap &m) { m.removeRow(m.indexOf(QStringLiteral("Owner"))); })
        << QStringLiteral("type-lossy") << S::Warning << QStringLiteral("Owner") << C::Lead
        << QStringList { QStringLiteral("joined automatically") };

    QTest::newRow("push into read-only field")
        << MapEdit([](FieldMap &m) {
               m.addRow(customRow(
                   QStringLiteral("Full Name"), MarketingFieldType::Text, QStringLiteral("Name")));
           })
        << MapEdit([](FieldMap &m) {
               setRow(m, QStringLiteral("Full Name"), [](FieldMapRow &r) { r.allowPush = false; });
           })
        << QStringLiteral("not-updateable") << S::Warning << QStringLiteral("Full Name")
        << C::AllowPush
        << QStringList { QStringLiteral("cannot be changed through the Salesforce API"),
               QStringLiteral("Turn off Allow push for “Full Name”") };

    QTest::newRow("push into read-only field, fixed by one-way policy")
        << MapEdit([](FieldMap &m) {
               m.addRow(customRow(
                   QStringLiteral("Full Name"), MarketingFieldType::Text, QStringLiteral("Name")));
           })
        << MapEdit([](FieldMap &m) { m.setPolicy(PushPolicy::CrmToMarketingOnly); })
        << QStringLiteral("not-updateable") << S::Warning << QStringLiteral("Full Name")
        << C::AllowPush << QStringList { QStringLiteral("Lead field “Name”") };

    QTest::newRow("score into formula field")
        << MapEdit([](FieldMap &m) {
               setRow(m, QStringLiteral("Score"),
                   [](FieldMapRow &r) { r.leadField = QStringLiteral("Formula_Score__c"); });
           })
        << MapEdit([](FieldMap &m) {
               setRow(m, QStringLiteral("Score"),
                   [](FieldMapRow &r) { r.leadField = QStringLiteral("Score__c"); });
           })
        << QStringLiteral("score-not-updateable") << S::Error << QStringLiteral("Score") << C::Lead
        << QStringList { QStringLiteral("the score can never be pushed"),
               QStringLiteral("Pick an updateable") };

    QTest::newRow("score read through relationship")
        << MapEdit([](FieldMap &m) {
               setRow(m, QStringLiteral("Score"),
                   [](FieldMapRow &r) { r.contactField = QStringLiteral("Account.Score__c"); });
           })
        << MapEdit([](FieldMap &m) {
               setRow(m, QStringLiteral("Score"),
                   [](FieldMapRow &r) { r.contactField = QStringLiteral("Score__c"); });
           })
        << QStringLiteral("score-not-updateable") << S::Error << QStringLiteral("Score")
        << C::Contact << QStringList { QStringLiteral("read through a related record") };

    QTest::newRow("required Lead field not mapped")
        << MapEdit([](FieldMap &m) {
               setRow(m, QStringLiteral("Company"), [](FieldMapRow &r) { r.leadField.clear(); });
           })
        << MapEdit([](FieldMap &m) {
               setRow(m, QStringLiteral("Company"),
                   [](FieldMapRow &r) { r.leadField = QStringLiteral("Company"); });
           })
        << QStringLiteral("required-not-mapped") << S::Warning << QString() << C::Lead
        << QStringList { QStringLiteral(
               "Lead field “Company” must be filled when a Lead is created in Salesforce") };

    QTest::newRow("required Contact field not mapped") << MapEdit([](FieldMap &m) {
        setRow(m, QStringLiteral("Last Name"), [](FieldMapRow &r) { r.contactField.clear(); });
    }) << MapEdit([](FieldMap &m) {
        setRow(m, QStringLiteral("Last Name"),
            [](FieldMapRow &r) { r.contactField = QStringLiteral("LastName"); });
    }) << QStringLiteral("required-not-mapped") << S::Warning
                                                       << QString() << C::Contact
                                                       << QStringList { QStringLiteral(
                                                              "Contact field “Last Name”") };

    QTest::newRow("row without a name")
        << MapEdit([](FieldMap &m) {
               m.addRow(customRow(QStringLiteral("  "), MarketingFieldType::Text, {}));
           })
        << MapEdit([](FieldMap &m) {
               FieldMapRow r = m.row(m.rowCount() - 1);
               r.marketing.name = QStringLiteral("Notes");
               m.updateRow(m.rowCount() - 1, r);
           })
        << QStringLiteral("marketing-name-empty") << S::Error << QStringLiteral("  ")
        << C::Marketing << QStringList { QStringLiteral("Row 16 has no marketing field") };
}

void TestMappingValidator::rules()
{
    QFETCH(MapEdit, breakIt);
    QFETCH(MapEdit, fixIt);
    QFETCH(QString, code);
    QFETCH(MappingIssue::Severity, severity);
    QFETCH(QString, rowName);
    QFETCH(MappingIssue::Column, column);
    QFETCH(QStringList, messageParts);

    const auto lead = std::optional(salesforceLead());
    const auto contact = std::optional(salesforceContact());
    FieldMap map = baseline();
    breakIt(map);

    const auto issues = MappingValidator::validate(map, lead, contact, FlowKind::CrmContactSync);
    const auto found = MappingValidator::withCode(issues, code);
    QVERIFY2(found.size() == 1, qPrintable(describe(issues)));
    const MappingIssue &issue = found.first();
    QCOMPARE(issue.severity, severity);
    const int expectedRow = rowName.isNull() ? -1
        : rowName == QLatin1String("#last")  ? map.rowCount() - 1
                                             : rowOf(map, rowName);
    QCOMPARE(issue.rowIndex, expectedRow);
    QCOMPARE(issue.column, column);
    for (const auto &part : messageParts)
        QVERIFY2(issue.message.contains(part), qPrintable(issue.message + u" ≠ " + part));
    QVERIFY2(issue.message.endsWith(u'.'), qPrintable(issue.message));
    QCOMPARE(MappingValidator::hasErrors(issues), severity == MappingIssue::Severity::Error);

    fixIt(map);
    const auto after = MappingValidator::validate(map, lead, contact, FlowKind::CrmContactSync);
    QVERIFY2(MappingValidator::withCode(after, code).isEmpty(), qPrintable(describe(after)));
    QVERIFY2(!MappingValidator::hasErrors(after), qPrintable(describe(after)));
}

void TestMappingValidator::scoreOnlyRequiredForCrmSync()
{
    FieldMap map = baseline();
    map.removeRow(map.indexOf(QStringLiteral("Score")));
    const auto lead = std::optional(salesforceLead());
    const auto contact = std::optional(salesforceContact());
    QVERIFY(MappingValidator::validate(map, lead, contact, FlowKind::ListSync).isEmpty());
    QVERIFY(MappingValidator::validate(map, lead, contact, FlowKind::LeadHandoff).isEmpty());
    QCOMPARE(MappingValidator::withCode(
                 MappingValidator::validate(map, lead, contact, FlowKind::CrmContactSync),
                 QStringLiteral("score-not-mapped"))
                 .size(),
        1);
}

void TestMappingValidator::withoutSchemaOnlyStructuralChecks()
{
    // No schema: drift, type and updateability checks cannot run, structure still can.
    FieldMap map = StandardFields::defaultMap(CrmKind::Salesforce);
    map.addRow(customRow(QStringLiteral("Webinar Count"), MarketingFieldType::Number,
        QStringLiteral("Webinar_Count__c")));
    map.addRow(customRow(QStringLiteral("webinar count"), MarketingFieldType::Text, {}));
    const auto issues
        = MappingValidator::validate(map, std::nullopt, std::nullopt, FlowKind::CrmContactSync);
    QStringList codes;
    for (const auto &i : issues)
        codes.append(i.code);
    // The default map without a schema has no Score source yet.
    QCOMPARE(codes,
        (QStringList {
            QStringLiteral("score-not-mapped"), QStringLiteral("duplicate-marketing-field") }));

    // The same map against the live schema also reports the drift.
    const auto live = MappingValidator::validate(
        map, salesforceLead(), salesforceContact(), FlowKind::CrmContactSync);
    QCOMPARE(MappingValidator::withCode(live, QStringLiteral("field-missing")).size(), 1);
}

void TestMappingValidator::issuesOrderedMapLevelFirst()
{
    FieldMap map = baseline();
    map.addRow(customRow(
        QStringLiteral("Employees"), MarketingFieldType::Number, QStringLiteral("Salutation")));
    map.removeRow(map.indexOf(QStringLiteral("E-mail Address")));
    const auto issues = MappingValidator::validate(
        map, salesforceLead(), salesforceContact(), FlowKind::CrmContactSync);
    QVERIFY(issues.size() >= 2);
    QCOMPARE(issues.first().code, QStringLiteral("email-not-mapped"));
    QCOMPARE(issues.first().rowIndex, -1);
    QCOMPARE(issues.last().code, QStringLiteral("type-incompatible"));
    QCOMPARE(issues.last().rowIndex, map.rowCount() - 1);
}

void TestMappingValidator::typeMatrix_data()
{
    QTest::addColumn<CrmKind>("crm");
    QTest::addColumn<QString>("crmType");
    QTest::addColumn<MarketingFieldType>("marketingType");
    QTest::addColumn<TypeVerdict>("expected");

    using M = MarketingFieldType;
    const auto ok = TypeVerdict::Compatible;
    const auto lossy = TypeVerdict::Lossy;
    const auto no = TypeVerdict::Incompatible;
    const auto sf = CrmKind::Salesforce;
    const auto pl = CrmKind::Pipeliner;
    struct Row
    {
        CrmKind crm;
        const char *type;
        M marketing;
        TypeVerdict verdict;
    };
    const Row rows[] = {
        { sf, "picklist", M::Text, ok }, { sf, "string", M::Number, no },
        { sf, "string", M::Text, ok }, { sf, "STRING", M::Text, ok },
        { sf, "textarea", M::Text, ok }, { sf, "textarea", M::Number, no },
        { sf, "email", M::Email, ok }, { sf, "email", M::Text, ok },
        { sf, "string", M::Email, lossy }, { sf, "phone", M::Email, no },
        { sf, "phone", M::Text, ok }, { sf, "url", M::Text, ok },
        { sf, "picklist", M::MultiText, ok }, { sf, "picklist", M::Number, no },
        { sf, "multipicklist", M::MultiText, ok }, { sf, "multipicklist", M::Text, lossy },
        { sf, "boolean", M::Boolean, ok }, { sf, "boolean", M::Text, lossy },
        { sf, "boolean", M::Number, no }, { sf, "date", M::Date, ok },
        { sf, "date", M::Datetime, lossy }, { sf, "datetime", M::Datetime, ok },
        { sf, "datetime", M::Date, lossy }, { sf, "datetime", M::Number, no },
        { sf, "int", M::Number, ok }, { sf, "double", M::Number, ok },
        { sf, "currency", M::Number, ok }, { sf, "percent", M::Number, ok },
        { sf, "double", M::Score, ok }, { sf, "int", M::Score, ok }, { sf, "string", M::Score, ok },
        { sf, "textarea", M::Score, lossy }, { sf, "picklist", M::Score, no },
        { sf, "boolean", M::Score, no }, { sf, "int", M::Text, lossy },
        { sf, "reference", M::Text, lossy }, { sf, "reference", M::Number, no },
        { sf, "id", M::Text, lossy }, { sf, "address", M::Text, no },
        { sf, "encryptedstring", M::Text, ok }, { sf, "somethingnew", M::Text, lossy },
        { pl, "input", M::Text, ok }, { pl, "input", M::Email, ok }, { pl, "input", M::Number, no },
        { pl, "text_area", M::Text, ok }, { pl, "dropdown", M::Text, ok },
        { pl, "multiselect_checkbox", M::MultiText, ok }, { pl, "checkbox", M::Boolean, ok },
        { pl, "integer", M::Score, ok }, { pl, "currency", M::Number, ok },
        { pl, "uuid", M::Number, no }, { pl, "relation_list", M::Text, no },
        { pl, "string", M::Text, lossy }, // a Salesforce type name means nothing to Pipeliner
    };
    for (const auto &r : rows) {
        QTest::addRow("%s %s -> %s", r.crm == sf ? "sf" : "pl", r.type,
            qPrintable(MarketingFieldTypes::toString(r.marketing)))
            << r.crm << QString::fromLatin1(r.type) << r.marketing << r.verdict;
    }
}

void TestMappingValidator::typeMatrix()
{
    QFETCH(CrmKind, crm);
    QFETCH(QString, crmType);
    QFETCH(MarketingFieldType, marketingType);
    QFETCH(TypeVerdict, expected);
    QCOMPARE(TypeCompatibility::verdict(crm, crmType, marketingType), expected);
}

void TestMappingValidator::everyDescribeTypeIsKnown_data()
{
    QTest::addColumn<CrmKind>("crm");
    QTest::addColumn<QString>("type");
    for (const char *t : { "string", "email", "phone", "picklist", "multipicklist", "boolean",
             "date", "datetime", "double", "int", "currency", "percent", "textarea", "reference",
             "id", "url", "combobox", "address" })
        QTest::addRow("salesforce %s", t) << CrmKind::Salesforce << QString::fromLatin1(t);
    for (const char *t : { "input", "text_area", "dropdown", "radio", "multiselect_checkbox",
             "checkbox", "date", "datetime", "integer", "float", "currency", "currency_foreign",
             "uuid", "relation_list", "list" })
        QTest::addRow("pipeliner %s", t) << CrmKind::Pipeliner << QString::fromLatin1(t);
}

void TestMappingValidator::everyDescribeTypeIsKnown()
{
    QFETCH(CrmKind, crm);
    QFETCH(QString, type);
    QVERIFY(TypeCompatibility::valueKind(crm, type) != CrmValueKind::Unknown);
}

void TestMappingValidator::everyNonCompatiblePairHasAnExplanation()
{
    for (int k = 0; k <= int(CrmValueKind::Unknown); ++k) {
        for (auto type : MarketingFieldTypes::all()) {
            const auto kind = CrmValueKind(k);
            const QString text = TypeCompatibility::explanation(kind, type);
            const bool compatible
                = TypeCompatibility::verdict(kind, type) == TypeVerdict::Compatible;
            QVERIFY2(compatible == text.isEmpty(),
                qPrintable(TypeCompatibility::kindName(kind) + u" -> "
                    + MarketingFieldTypes::toString(type)));
        }
    }
}

QTEST_GUILESS_MAIN(TestMappingValidator)
#include "tst_mappingvalidator.moc"
