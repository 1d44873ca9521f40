#include "core/mapping/AutoMapper.h"
#include "core/mapping/MappingValidator.h"
#include "core/mapping/StandardFields.h"
#include "tests/support/MappingFixtures.h"

#include <QTest>

using namespace LeadBridge;
using namespace LeadBridge::Test;

class TestAutoMapper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalisedKey_data();
    void normalisedKey();
    void synonyms();
    void suggestions_data();
    void suggestions();
    void eachCrmFieldSuggestedOnce();
    void autoMapFromEmpty();
    void autoMapKeepsAdminChoices();
};

void TestAutoMapper::normalisedKey_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("key");
    QTest::newRow("camel") << QStringLiteral("MailingPostalCode")
                           << QStringLiteral("mailingpostalcode");
    QTest::newRow("custom suffix")
        << QStringLiteral("Postal_Code__c") << QStringLiteral("postalcode");
    QTest::newRow("managed package")
        << QStringLiteral("actonpkg__Behavior_Score__c") << QStringLiteral("behaviorscore");
    QTest::newRow("pipeliner custom")
        << QStringLiteral("cf_acton_score") << QStringLiteral("actonscore");
    QTest::newRow("label") << QStringLiteral("E-mail Address") << QStringLiteral("emailaddress");
    QTest::newRow("slash") << QStringLiteral("Zip/Postal Code") << QStringLiteral("zippostalcode");
    QTest::newRow("act-on") << QStringLiteral("Act-On Score") << QStringLiteral("actonscore");
}

void TestAutoMapper::normalisedKey()
{
    QFETCH(QString, name);
    QFETCH(QString, key);
    QCOMPARE(AutoMapper::normalisedKey(name), key);
}

void TestAutoMapper::synonyms()
{
    const auto c = [](const char *n) {
        return AutoMapper::conceptOf(AutoMapper::normalisedKey(QString::fromLatin1(n)));
    };
    QCOMPARE(c("Zip"), QStringLiteral("postalcode"));
    QCOMPARE(c("Zip/Postal Code"), QStringLiteral("postalcode"));
    QCOMPARE(c("zip_code"), QStringLiteral("postalcode"));
    QCOMPARE(c("Mobile"), QStringLiteral("mobilephone"));
    QCOMPARE(c("Cell Phone"), QStringLiteral("mobilephone"));
    QCOMPARE(c("Title"), QStringLiteral("jobtitle"));
    QCOMPARE(c("Job Title"), QStringLiteral("jobtitle"));
    QCOMPARE(c("HasOptedOutOfEmail"), QStringLiteral("optout"));
    QCOMPARE(c("Favourite Colour"), QString());
}

void TestAutoMapper::suggestions_data()
{
    QTest::addColumn<CrmObjectType>("object");
    QTest::addColumn<QString>("marketingName");
    QTest::addColumn<MarketingFieldType>("type");
    QTest::addColumn<QString>("crmField"); // empty: no suggestion
    QTest::addColumn<double>("confidence");
    QTest::addColumn<QString>("reasonPart");

    using M = MarketingFieldType;
    const auto lead = CrmObjectType::Lead;
    const auto contact = CrmObjectType::Contact;
    QTest::newRow("same api name")
        << lead << QStringLiteral("Lead Source") << M::Text << QStringLiteral("LeadSource") << 0.95
        << QStringLiteral("Same name");
    QTest::newRow("same api name, custom")
        << lead << QStringLiteral("Score") << M::Score << QStringLiteral("Score__c") << 0.95
        << QStringLiteral("“Score__c”");
    QTest::newRow("same label") << lead << QStringLiteral("Employees") << M::Number
                                << QStringLiteral("NumberOfEmployees") << 0.90
                                << QStringLiteral("Same label");
    QTest::newRow("synonym zip") << lead << QStringLiteral("Zip") << M::Text
                                 << QStringLiteral("PostalCode") << 0.85
                                 << QStringLiteral("usually hold the same data");
    QTest::newRow("synonym mobile")
        << contact << QStringLiteral("Mobile") << M::Text << QStringLiteral("MobilePhone") << 0.85
        << QStringLiteral("“Mobile Phone”");
    QTest::newRow("synonym job title") << lead << QStringLiteral("Job Title") << M::Text
                                       << QStringLiteral("Title") << 0.85 << QString();
    QTest::newRow("email prefers standard over custom")
        << lead << QStringLiteral("E-mail Address") << M::Email << QStringLiteral("Email") << 0.85
        << QString();
    QTest::newRow("contact business phone label")
        << contact << QStringLiteral("Business Phone") << M::Text << QStringLiteral("Phone") << 0.90
        << QStringLiteral("Same label");
    QTest::newRow("contact mailing street synonym")
        << contact << QStringLiteral("Business Street") << M::Text
        << QStringLiteral("MailingStreet") << 0.85 << QString();
    QTest::newRow("opt-out") << contact << QStringLiteral("Opt-Out") << M::Boolean
                             << QStringLiteral("HasOptedOutOfEmail") << 0.85 << QString();
    QTest::newRow("type only partly fits")
        << lead << QStringLiteral("Employees") << M::Text << QStringLiteral("NumberOfEmployees")
        << 0.90 * 0.75 << QStringLiteral("only partly fit");
    QTest::newRow("incompatible type excluded")
        << lead << QStringLiteral("Industry") << M::Number << QString() << 0.0 << QString();
    QTest::newRow("partial name") << lead << QStringLiteral("Bounce Date") << M::Datetime
                                  << QStringLiteral("EmailBouncedDate") << 0.30 + 0.45 * 0.25
                                  << QStringLiteral("similar names");
    QTest::newRow("nothing alike")
        << lead << QStringLiteral("Favourite Colour") << M::Text << QString() << 0.0 << QString();
    QTest::newRow("references never suggested")
        << lead << QStringLiteral("Owner ID") << M::Text << QString() << 0.0 << QString();
    QTest::newRow("read-only field ranks lower")
        << contact << QStringLiteral("Full Name") << M::Text << QStringLiteral("Name") << 0.90 * 0.9
        << QString();
}

void TestAutoMapper::suggestions()
{
    QFETCH(CrmObjectType, object);
    QFETCH(QString, marketingName);
    QFETCH(MarketingFieldType, type);
    QFETCH(QString, crmField);
    QFETCH(double, confidence);
    QFETCH(QString, reasonPart);

    const CrmObjectSchema schema
        = object == CrmObjectType::Lead ? salesforceLead() : salesforceContact();
    const auto found = AutoMapper::suggest({ MarketingField::custom(marketingName, type) }, schema);
    if (crmField.isEmpty()) {
        QVERIFY2(found.isEmpty(), found.isEmpty() ? "" : qPrintable(found.first().crmField));
        return;
    }
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().marketingField, marketingName);
    QCOMPARE(found.first().object, object);
    QCOMPARE(found.first().crmField, crmField);
    QVERIFY2(qAbs(found.first().confidence - confidence) < 1e-9,
        qPrintable(QString::number(found.first().confidence)));
    QVERIFY2(found.first().reason.contains(reasonPart), qPrintable(found.first().reason));
}

void TestAutoMapper::eachCrmFieldSuggestedOnce()
{
    const QList<MarketingField> fields { MarketingField::custom(
                                             QStringLiteral("Zip"), MarketingFieldType::Text),
        MarketingField::custom(QStringLiteral("Postal Code"), MarketingFieldType::Text) };
    const auto found = AutoMapper::suggest(fields, salesforceLead());
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().marketingField, QStringLiteral("Postal Code")); // 0.95 beats 0.85
    QCOMPARE(found.first().crmField, QStringLiteral("PostalCode"));

    // An excluded (already mapped) field is not offered again.
    QVERIFY(
        AutoMapper::suggest({ fields.first() }, salesforceLead(), { QStringLiteral("postalcode") })
            .isEmpty());
}

void TestAutoMapper::autoMapFromEmpty()
{
    FieldMap map(CrmKind::Salesforce);
    map.addRow(FieldMapRow::make(
        MarketingField::custom(QStringLiteral("Annual Revenue"), MarketingFieldType::Number), {},
        {}));
    map.addRow(FieldMapRow::make(
        MarketingField::custom(QStringLiteral("Bounce Date"), MarketingFieldType::Datetime), {},
        {}));
    map.addRow(FieldMapRow::make(
        MarketingField::custom(QStringLiteral("Zip"), MarketingFieldType::Text), {}, {}));

    const auto result = AutoMapper::autoMap(map, salesforceLead(), salesforceContact());
    const FieldMap &out = result.map;
    // Standard rows are added and pre-mapped; custom rows come first as the admin made them.
    QCOMPARE(out.row(0).marketing.name, QStringLiteral("Annual Revenue"));
    QCOMPARE(
        out.row(out.indexOf(QStringLiteral("E-mail Address"))).leadField, QStringLiteral("Email"));
    QCOMPARE(out.row(out.indexOf(QStringLiteral("Company"))).contactField,
        QStringLiteral("Account.Name"));
    QCOMPARE(out.row(out.indexOf(QStringLiteral("Score"))).leadField, QStringLiteral("Score__c"));
    // High confidence applied, on the Lead only (Contact has no revenue field).
    QCOMPARE(out.row(0).leadField, QStringLiteral("AnnualRevenue"));
    QCOMPARE(out.row(0).contactField, QString());
    // Low confidence left as a suggestion.
    QCOMPARE(out.row(1).leadField, QString());
    bool pendingBounce = false;
    for (const auto &s : result.pending)
        pendingBounce = pendingBounce
            || (s.marketingField == QStringLiteral("Bounce Date")
                && s.crmField == QStringLiteral("EmailBouncedDate")
                && s.confidence < AutoMapper::kDefaultThreshold);
    QVERIFY(pendingBounce);
    // PostalCode already went to the standard "Business Postal Code": not offered to "Zip".
    QCOMPARE(out.row(2).leadField, QString());
    for (const auto &s : result.pending + result.applied)
        QVERIFY(!(s.marketingField == QStringLiteral("Zip")
            && s.crmField == QStringLiteral("PostalCode")));
    // Applied list records the pre-map with confidence 1.
    const auto email = std::find_if(
        result.applied.cbegin(), result.applied.cend(), [](const MappingSuggestion &s) {
            return s.marketingField == QStringLiteral("E-mail Address")
                && s.object == CrmObjectType::Contact;
        });
    QVERIFY(email != result.applied.cend());
    QCOMPARE(email->confidence, 1.0);
    QVERIFY(email->reason.contains(QStringLiteral("Standard pre-map")));

    // The auto-mapped result is valid for a CRM contact sync.
    const auto issues = MappingValidator::validate(
        out, salesforceLead(), salesforceContact(), FlowKind::CrmContactSync);
    QVERIFY(!MappingValidator::hasErrors(issues));
}

void TestAutoMapper::autoMapKeepsAdminChoices()
{
    FieldMap map = StandardFields::defaultMap(CrmKind::Salesforce);
    const int first = map.indexOf(QStringLiteral("First Name"));
    FieldMapRow r = map.row(first);
    r.leadField = QStringLiteral("Salutation");
    r.contactField.clear();
    map.updateRow(first, r);
    const auto result = AutoMapper::autoMap(map, salesforceLead(), salesforceContact(), 0.99);
    QCOMPARE(result.map.row(first).leadField, QStringLiteral("Salutation"));
    // A blank standard column is filled from the pre-map.
    QCOMPARE(result.map.row(first).contactField, QStringLiteral("FirstName"));
    QCOMPARE(result.map.rowCount(), map.rowCount());
    // With a 0.99 threshold only the pre-map is applied.
    for (const auto &s : result.applied)
        QCOMPARE(s.confidence, 1.0);
}

QTEST_GUILESS_MAIN(TestAutoMapper)
#include "tst_automapper.moc"
