#include "core/mapping/FieldMap.h"
#include "core/mapping/StandardFields.h"
#include "tests/support/MappingFixtures.h"

#include <QTest>

using namespace LeadBridge;
using namespace LeadBridge::Test;

Q_DECLARE_METATYPE(QList<LeadBridge::MappedField>)

namespace {

FieldMapRow row(const QString &name, MarketingFieldType type, const QString &lead,
    const QString &contact, bool allowPush = true)
{
    return FieldMapRow::make(MarketingField::custom(name, type), lead, contact, allowPush);
}

// Email pushes, Company does not (toggle off), Score always, Account.Name is a join.
FieldMap sample(PushPolicy policy)
{
    FieldMap map(CrmKind::Salesforce, policy);
    map.addRow(FieldMapRow::make(*StandardFields::byName(QStringLiteral("E-mail Address")),
        QStringLiteral("Email"), QStringLiteral("Email")));
    map.addRow(FieldMapRow::make(*StandardFields::byName(QStringLiteral("Company")),
        QStringLiteral("Company"), QStringLiteral("Account.Name"), false));
    map.addRow(FieldMapRow::make(*StandardFields::byName(QStringLiteral("Score")),
        QStringLiteral("Score__c"), QStringLiteral("Score__c"), false));
    map.addRow(
        row(QStringLiteral("Full Name"), MarketingFieldType::Text, QStringLiteral("Name"), {}));
    map.addRow(row(QStringLiteral("Notes"), MarketingFieldType::Text, {}, {}));
    return map;
}

QStringList crmFields(const QList<MappedField> &fields)
{
    QStringList out;
    for (const auto &f : fields)
        out.append(f.marketingField + u"->" + f.crmField);
    return out;
}

} // namespace

class TestFieldMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void enumStrings();
    void effectiveAllowPush_data();
    void effectiveAllowPush();
    void scoreToggleCannotBeTurnedOff();
    void rowEditing();
    void fieldSets_data();
    void fieldSets();
    void diffAddedFields_data();
    void diffAddedFields();
    void standardCatalogue();
    void salesforceDefaultMap();
    void salesforceDefaultMapWithoutSchema();
    void pipelinerDefaultMap();
    void scoreFieldDiscovery();
};

void TestFieldMap::enumStrings()
{
    for (auto type : MarketingFieldTypes::all()) {
        bool ok = false;
        QCOMPARE(MarketingFieldTypes::fromString(MarketingFieldTypes::toString(type), &ok), type);
        QVERIFY(ok);
        QVERIFY(!MarketingFieldTypes::displayName(type).isEmpty());
    }
    QCOMPARE(
        MarketingFieldTypes::toString(MarketingFieldType::MultiText), QStringLiteral("multi-text"));
    QCOMPARE(MarketingFieldTypes::displayName(MarketingFieldType::MultiText),
        QStringLiteral("Multi-Text"));
    bool ok = true;
    MarketingFieldTypes::fromString(QStringLiteral("currency"), &ok);
    QVERIFY(!ok);
    for (auto usage : SystemUsages::all()) {
        QCOMPARE(SystemUsages::fromString(SystemUsages::toString(usage), &ok), usage);
        QVERIFY(ok);
    }
    QCOMPARE(PushPolicies::fromString(QStringLiteral("crm-to-marketing"), &ok),
        PushPolicy::CrmToMarketingOnly);
    QVERIFY(ok);
    PushPolicies::fromString(QStringLiteral("one-way"), &ok);
    QVERIFY(!ok);
    QCOMPARE(CrmKinds::fromString(QStringLiteral("Pipeliner"), &ok), CrmKind::Pipeliner);
    QVERIFY(ok);
}

void TestFieldMap::effectiveAllowPush_data()
{
    QTest::addColumn<PushPolicy>("policy");
    QTest::addColumn<MarketingFieldType>("type");
    QTest::addColumn<bool>("toggle");
    QTest::addColumn<bool>("expected");
    const auto two = PushPolicy::TwoWay;
    const auto one = PushPolicy::CrmToMarketingOnly;
    QTest::newRow("two-way, text on") << two << MarketingFieldType::Text << true << true;
    QTest::newRow("two-way, text off") << two << MarketingFieldType::Text << false << false;
    QTest::newRow("two-way, score off") << two << MarketingFieldType::Score << false << true;
    QTest::newRow("two-way, score on") << two << MarketingFieldType::Score << true << true;
    QTest::newRow("one-way, text on") << one << MarketingFieldType::Text << true << false;
    QTest::newRow("one-way, email on") << one << MarketingFieldType::Email << true << false;
    QTest::newRow("one-way, boolean on") << one << MarketingFieldType::Boolean << true << false;
    QTest::newRow("one-way, score on") << one << MarketingFieldType::Score << true << true;
    QTest::newRow("one-way, score off") << one << MarketingFieldType::Score << false << true;
}

void TestFieldMap::effectiveAllowPush()
{
    QFETCH(PushPolicy, policy);
    QFETCH(MarketingFieldType, type);
    QFETCH(bool, toggle);
    QFETCH(bool, expected);
    FieldMap map(CrmKind::Salesforce, policy);
    FieldMapRow r = row(QStringLiteral("F"), type, QStringLiteral("F__c"), {}, toggle);
    r.allowPush = toggle; // bypass make()'s normalisation: the map must still get it right
    QCOMPARE(map.effectiveAllowPush(r), expected);
    const int index = map.addRow(r);
    QCOMPARE(map.effectiveAllowPush(index), expected);
    QCOMPARE(map.effectiveAllowPush(index + 1), false);
}

void TestFieldMap::scoreToggleCannotBeTurnedOff()
{
    FieldMap map(CrmKind::Salesforce);
    FieldMapRow score
        = row(QStringLiteral("Score"), MarketingFieldType::Score, QStringLiteral("Score__c"), {});
    score.allowPush = false;
    score.scoreName = QStringLiteral("Webinar engagement");
    const int i = map.addRow(score);
    QVERIFY(map.row(i).allowPush);
    QCOMPARE(map.row(i).scoreName, QStringLiteral("Webinar engagement"));
    FieldMapRow edited = map.row(i);
    edited.allowPush = false;
    QVERIFY(map.updateRow(i, edited));
    QVERIFY(map.row(i).allowPush);

    // A score name on a non-score row is meaningless and dropped.
    FieldMapRow text
        = row(QStringLiteral("City"), MarketingFieldType::Text, QStringLiteral("City"), {});
    text.scoreName = QStringLiteral("x");
    QVERIFY(map.row(map.addRow(text)).scoreName.isEmpty());
}

void TestFieldMap::rowEditing()
{
    FieldMap map = sample(PushPolicy::TwoWay);
    QCOMPARE(map.rowCount(), 5);
    QCOMPARE(map.indexOf(QStringLiteral("  company ")), 1);
    QCOMPARE(map.indexOf(QStringLiteral("Nope")), -1);
    QCOMPARE(map.indexOfUsage(SystemUsage::Score), 2);
    QVERIFY(!map.removeRow(5));
    QVERIFY(!map.updateRow(-1, FieldMapRow()));
    QVERIFY(map.removeRow(4));
    QCOMPARE(map.rowCount(), 4);
    FieldMapRow r = map.row(0);
    r.leadField = QStringLiteral("  Email__c ");
    QVERIFY(map.updateRow(0, r));
    QCOMPARE(map.row(0).leadField, QStringLiteral("Email__c"));
    FieldMap copy = map;
    QCOMPARE(copy, map);
    copy.setPolicy(PushPolicy::CrmToMarketingOnly);
    QVERIFY(!(copy == map));
}

void TestFieldMap::fieldSets_data()
{
    QTest::addColumn<PushPolicy>("policy");
    QTest::addColumn<CrmObjectType>("object");
    QTest::addColumn<bool>("withSchema");
    QTest::addColumn<QStringList>("update");
    QTest::addColumn<QStringList>("create");

    const QString email = QStringLiteral("E-mail Address->Email");
    const QString company = QStringLiteral("Company->Company");
    const QString score = QStringLiteral("Score->Score__c");
    const QString name = QStringLiteral("Full Name->Name");
    QTest::newRow("two-way lead") << PushPolicy::TwoWay << CrmObjectType::Lead << false
                                  << QStringList { email, score, name }
                                  << QStringList { email, company, score, name };
    QTest::newRow("two-way lead, schema drops read-only Name")
        << PushPolicy::TwoWay << CrmObjectType::Lead << true << QStringList { email, score }
        << QStringList { email, company, score };
    QTest::newRow("two-way contact: Account.Name is never written")
        << PushPolicy::TwoWay << CrmObjectType::Contact << false << QStringList { email, score }
        << QStringList { email, score };
    QTest::newRow("one-way lead: only scores update, create fills all")
        << PushPolicy::CrmToMarketingOnly << CrmObjectType::Lead << false << QStringList { score }
        << QStringList { email, company, score, name };
    QTest::newRow("one-way contact")
        << PushPolicy::CrmToMarketingOnly << CrmObjectType::Contact << true << QStringList { score }
        << QStringList { email, score };
}

void TestFieldMap::fieldSets()
{
    QFETCH(PushPolicy, policy);
    QFETCH(CrmObjectType, object);
    QFETCH(bool, withSchema);
    QFETCH(QStringList, update);
    QFETCH(QStringList, create);
    const FieldMap map = sample(policy);
    const CrmObjectSchema schema
        = object == CrmObjectType::Lead ? salesforceLead() : salesforceContact();
    const CrmObjectSchema *s = withSchema ? &schema : nullptr;
    QCOMPARE(crmFields(map.pushableFieldsForUpdate(object, s)), update);
    QCOMPARE(crmFields(map.fieldsForCreate(object, s)), create);
}

void TestFieldMap::diffAddedFields_data()
{
    QTest::addColumn<FieldMap>("newMap");
    QTest::addColumn<QStringList>("added");

    const FieldMap base = sample(PushPolicy::TwoWay);
    QTest::newRow("unchanged") << base << QStringList {};

    FieldMap m = base;
    m.addRow(row(QStringLiteral("Webinar Count"), MarketingFieldType::Number,
        QStringLiteral("Webinar_Count__c"), {}));
    QTest::newRow("new row with a CRM source")
        << m << QStringList { QStringLiteral("Webinar Count") };

    m = base;
    m.addRow(row(QStringLiteral("Act-On only"), MarketingFieldType::Text, {}, {}));
    QTest::newRow("new row without CRM source") << m << QStringList {};

    m = base;
    FieldMapRow notes = m.row(4);
    notes.contactField = QStringLiteral("Description");
    m.updateRow(4, notes);
    QTest::newRow("source added to an existing row")
        << m << QStringList { QStringLiteral("Notes") };

    m = base;
    FieldMapRow company = m.row(1);
    company.leadField = QStringLiteral("Company_Legal_Name__c");
    m.updateRow(1, company);
    QTest::newRow("source changed") << m << QStringList { QStringLiteral("Company") };

    m = base;
    company = m.row(1);
    company.leadField = QStringLiteral("company");
    m.updateRow(1, company);
    QTest::newRow("case-only change") << m << QStringList {};

    m = base;
    company = m.row(1);
    company.leadField.clear();
    company.allowPush = true;
    m.updateRow(1, company);
    QTest::newRow("source cleared, toggle changed") << m << QStringList {};

    m = base;
    m.removeRow(3);
    m.setPolicy(PushPolicy::CrmToMarketingOnly);
    QTest::newRow("row removed, policy changed") << m << QStringList {};
}

void TestFieldMap::diffAddedFields()
{
    QFETCH(FieldMap, newMap);
    QFETCH(QStringList, added);
    const FieldMap base = sample(PushPolicy::TwoWay);
    QCOMPARE(FieldMap::diffAddedFields(base, newMap), added);
    QCOMPARE(FieldMap::needsFullSync(base, newMap), !added.isEmpty());
}

void TestFieldMap::standardCatalogue()
{
    const auto fields = StandardFields::catalogue();
    QVERIFY(fields.size() >= 15);
    for (const auto &f : fields) {
        QVERIFY(f.standard);
        QVERIFY(f.usage != SystemUsage::None);
    }
    QCOMPARE(StandardFields::byUsage(SystemUsage::Email)->name, QStringLiteral("E-mail Address"));
    QCOMPARE(StandardFields::byUsage(SystemUsage::Email)->type, MarketingFieldType::Email);
    QCOMPARE(StandardFields::byUsage(SystemUsage::Score)->type, MarketingFieldType::Score);
    QCOMPARE(StandardFields::byUsage(SystemUsage::OptOut)->type, MarketingFieldType::Boolean);
    QCOMPARE(StandardFields::byName(QStringLiteral("business postal code"))->usage,
        SystemUsage::PostalCode);
    QVERIFY(!StandardFields::byName(QStringLiteral("Favourite Colour")));
}

void TestFieldMap::salesforceDefaultMap()
{
    const FieldMap map
        = StandardFields::defaultMap(CrmKind::Salesforce, salesforceLead(), salesforceContact());
    QCOMPARE(map.policy(), PushPolicy::TwoWay);
    const auto source = [&](const char *name) -> QString {
        const FieldMapRow &r = map.row(map.indexOf(QString::fromLatin1(name)));
        return r.leadField + u'|' + r.contactField;
    };
    QCOMPARE(source("E-mail Address"), QStringLiteral("Email|Email"));
    QCOMPARE(source("First Name"), QStringLiteral("FirstName|FirstName"));
    QCOMPARE(source("Last Name"), QStringLiteral("LastName|LastName"));
    QCOMPARE(source("Company"), QStringLiteral("Company|Account.Name"));
    QCOMPARE(source("Job Title"), QStringLiteral("Title|Title"));
    QCOMPARE(source("Business Phone"), QStringLiteral("Phone|Phone"));
    QCOMPARE(source("Business Street"), QStringLiteral("Street|MailingStreet"));
    QCOMPARE(source("Business Postal Code"), QStringLiteral("PostalCode|MailingPostalCode"));
    QCOMPARE(source("Lead Source"), QStringLiteral("LeadSource|LeadSource"));
    QCOMPARE(source("Score"), QStringLiteral("Score__c|Score__c"));
    QCOMPARE(source("Opt-Out"), QStringLiteral("HasOptedOutOfEmail|HasOptedOutOfEmail"));
    QCOMPARE(source("Hard Bounce"), QStringLiteral("EmailBouncedReason|EmailBouncedReason"));
    QCOMPARE(map.indexOf(QStringLiteral("Middle Name")), -1); // not pre-mapped

    // A schema without a field leaves that column blank rather than pointing at nothing.
    CrmObjectSchema contact = salesforceContact();
    contact.fields.removeIf(
        [](const CrmFieldDescriptor &f) { return f.apiName == QLatin1String("AccountId"); });
    const FieldMap noAccount
        = StandardFields::defaultMap(CrmKind::Salesforce, salesforceLead(), contact);
    QCOMPARE(noAccount.row(noAccount.indexOf(QStringLiteral("Company"))).contactField, QString());
}

void TestFieldMap::salesforceDefaultMapWithoutSchema()
{
    const FieldMap map = StandardFields::defaultMap(CrmKind::Salesforce);
    const FieldMapRow &score = map.row(map.indexOf(QStringLiteral("Score")));
    QVERIFY(!score.hasCrmSource());
    QVERIFY(score.allowPush);
    QCOMPARE(map.row(map.indexOf(QStringLiteral("Company"))).contactField,
        QStringLiteral("Account.Name"));
}

void TestFieldMap::pipelinerDefaultMap()
{
    const FieldMap map
        = StandardFields::defaultMap(CrmKind::Pipeliner, pipelinerLead(), pipelinerContact());
    QCOMPARE(map.crm(), CrmKind::Pipeliner);
    const auto source = [&](const char *name) -> QString {
        const FieldMapRow &r = map.row(map.indexOf(QString::fromLatin1(name)));
        return r.leadField + u'|' + r.contactField;
    };
    QCOMPARE(source("E-mail Address"), QStringLiteral("quick_email|email1"));
    QCOMPARE(source("First Name"), QStringLiteral("|first_name"));
    QCOMPARE(source("Company"), QStringLiteral("quick_account_name|quick_account_name"));
    QCOMPARE(source("Job Title"), QStringLiteral("|position"));
    QCOMPARE(source("Business Postal Code"), QStringLiteral("|zip_code"));
    QCOMPARE(source("Score"), QStringLiteral("cf_acton_score|cf_acton_score"));
    QCOMPARE(source("Opt-Out"), QStringLiteral("|is_unsubscribed"));
    QCOMPARE(source("Lead Source"), QStringLiteral("|"));
}

void TestFieldMap::scoreFieldDiscovery()
{
    CrmObjectSchema lead = salesforceLead();
    QCOMPARE(StandardFields::findScoreField(lead), QStringLiteral("Score__c"));
    lead.fields.removeIf(
        [](const CrmFieldDescriptor &f) { return f.apiName == QLatin1String("Score__c"); });
    // Formula_Score__c is read-only: not a candidate.
    QCOMPARE(StandardFields::findScoreField(lead), QString());
    lead.fields.append(CrmFieldDescriptor::make(QStringLiteral("ActOn_Behavior__c"),
        QStringLiteral("Act-On Behavior Score"), QStringLiteral("double")));
    QCOMPARE(StandardFields::findScoreField(lead), QStringLiteral("ActOn_Behavior__c"));
}

QTEST_GUILESS_MAIN(TestFieldMap)
#include "tst_fieldmap.moc"
