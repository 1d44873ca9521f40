#include "core/mapping/FieldMapJson.h"
#include "core/mapping/StandardFields.h"
#include "tests/support/MappingFixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace LeadBridge;

namespace {

FieldMap richMap()
{
    FieldMap map = StandardFields::defaultMap(
        CrmKind::Salesforce, Test::salesforceLead(), Test::salesforceContact());
    map.setPolicy(PushPolicy::CrmToMarketingOnly);
    map.setRevision(7);
    FieldMapRow company = map.row(map.indexOf(QStringLiteral("Company")));
    company.allowPush = false;
    map.updateRow(map.indexOf(QStringLiteral("Company")), company);
    FieldMapRow score = FieldMapRow::make(
        MarketingField::custom(QStringLiteral("Webinar Score"), MarketingFieldType::Score),
        QStringLiteral("Webinar_Score__c"), {});
    score.scoreName = QStringLiteral("Webinar engagement");
    map.addRow(score);
    map.addRow(FieldMapRow::make(
        MarketingField::custom(QStringLiteral("Interests"), MarketingFieldType::MultiText), {},
        QStringLiteral("Interests__c"), false));
    map.addRow(FieldMapRow::make(
        MarketingField::custom(QStringLiteral("Ünïcødé — field"), MarketingFieldType::Datetime), {},
        {}));
    return map;
}

QByteArray document(const QString &rows, const QString &head = {})
{
    const QString h = head.isNull()
        ? QStringLiteral(
            R"("format":"leadbridge.fieldmap","version":1,"crm":"salesforce","policy":"two-way")")
        : head;
    return (u'{' + h + QStringLiteral(R"(,"rows":)") + rows + u'}').toUtf8();
}

} // namespace

class TestFieldMapJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void documentShape();
    void minimalDocument();
    void badImport_data();
    void badImport();
    void reportsEveryProblem();
};

void TestFieldMapJson::roundTrip()
{
    const FieldMap map = richMap();
    const QByteArray json = FieldMapJson::toJson(map);
    const auto result = FieldMapJson::fromJson(json);
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    QCOMPARE(*result.map, map);
    // Stable output: exporting the import gives the same bytes (diff-friendly in git).
    QCOMPARE(FieldMapJson::toJson(*result.map), json);

    const FieldMap pipeliner = StandardFields::defaultMap(CrmKind::Pipeliner);
    QCOMPARE(*FieldMapJson::fromJson(FieldMapJson::toJson(pipeliner)).map, pipeliner);
}

void TestFieldMapJson::documentShape()
{
    const QJsonObject o = FieldMapJson::toJsonObject(richMap());
    QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("leadbridge.fieldmap"));
    QCOMPARE(o.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("crm")).toString(), QStringLiteral("salesforce"));
    QCOMPARE(o.value(QStringLiteral("policy")).toString(), QStringLiteral("crm-to-marketing"));
    QCOMPARE(o.value(QStringLiteral("revision")).toInt(), 7);
    const QJsonObject first = o.value(QStringLiteral("rows")).toArray().first().toObject();
    QCOMPARE(
        first.value(QStringLiteral("marketingField")).toString(), QStringLiteral("E-mail Address"));
    QCOMPARE(first.value(QStringLiteral("type")).toString(), QStringLiteral("email"));
    QCOMPARE(first.value(QStringLiteral("systemUsage")).toString(), QStringLiteral("email"));
    QCOMPARE(first.value(QStringLiteral("lead")).toString(), QStringLiteral("Email"));
    QCOMPARE(first.value(QStringLiteral("standard")).toBool(), true);
    QVERIFY(!first.contains(QStringLiteral("scoreName")));
}

void TestFieldMapJson::minimalDocument()
{
    // Optional keys (policy, standard, systemUsage, allowPush, columns) take defaults.
    const auto result = FieldMapJson::fromJson(
        document(QStringLiteral(R"([{"marketingField":"Notes","type":"text"}])"),
            QStringLiteral(R"("format":"leadbridge.fieldmap","version":1,"crm":"pipeliner")")));
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    QCOMPARE(result.map->crm(), CrmKind::Pipeliner);
    QCOMPARE(result.map->policy(), PushPolicy::TwoWay);
    QCOMPARE(result.map->rowCount(), 1);
    QCOMPARE(result.map->row(0).marketing,
        MarketingField::custom(QStringLiteral("Notes"), MarketingFieldType::Text));
    QVERIFY(result.map->row(0).allowPush);
}

void TestFieldMapJson::badImport_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");

    const QString okRow = QStringLiteral(R"({"marketingField":"Notes","type":"text"})");
    QTest::newRow("not JSON") << QByteArray("{\"format\": ") << QStringLiteral("is not valid JSON");
    QTest::newRow("top-level array")
        << QByteArray("[]") << QStringLiteral("a JSON object was expected");
    QTest::newRow("wrong format") << document(u'[' + okRow + u']',
        QStringLiteral(R"("format":"acton.mapping","version":1,"crm":"salesforce")"))
                                  << QStringLiteral(
                                         "not a LeadBridge field map (format is “acton.mapping”");
    QTest::newRow("missing format")
        << document(QStringLiteral("[]"), QStringLiteral(R"("version":1,"crm":"salesforce")"))
        << QStringLiteral("format is “missing”");
    QTest::newRow("newer version")
        << document(QStringLiteral("[]"),
               QStringLiteral(R"("format":"leadbridge.fieldmap","version":2,"crm":"salesforce")"))
        << QStringLiteral("written by a newer LeadBridge (format version 2; this version reads up "
                          "to 1). Update LeadBridge");
    QTest::newRow("version as text") << document(QStringLiteral("[]"),
        QStringLiteral(R"("format":"leadbridge.fieldmap","version":"1","crm":"salesforce")"))
                                     << QStringLiteral("no valid format version");
    QTest::newRow("version 0") << document(QStringLiteral("[]"),
        QStringLiteral(R"("format":"leadbridge.fieldmap","version":0,"crm":"salesforce")"))
                               << QStringLiteral("no valid format version");
    QTest::newRow("version 1.5") << document(QStringLiteral("[]"),
        QStringLiteral(R"("format":"leadbridge.fieldmap","version":1.5,"crm":"salesforce")"))
                                 << QStringLiteral("no valid format version");
    QTest::newRow("unknown crm")
        << document(QStringLiteral("[]"),
               QStringLiteral(R"("format":"leadbridge.fieldmap","version":1,"crm":"hubspot")"))
        << QStringLiteral("Unknown CRM “hubspot”: expected “salesforce” or “pipeliner”.");
    QTest::newRow("unknown policy") << document(QStringLiteral("[]"),
        QStringLiteral(
            R"("format":"leadbridge.fieldmap","version":1,"crm":"salesforce","policy":"one-way")"))
                                    << QStringLiteral("Unknown push policy “one-way”");
    QTest::newRow("rows missing") << QByteArray(
        R"({"format":"leadbridge.fieldmap","version":1,"crm":"salesforce"})")
                                  << QStringLiteral("has no list of rows");
    QTest::newRow("row not object")
        << document(QStringLiteral("[1]")) << QStringLiteral("Row 1 is not a JSON object.");
    QTest::newRow("row without name") << document(QStringLiteral(R"([{"type":"text"}])"))
                                      << QStringLiteral("Row 1 has no marketing field name");
    QTest::newRow("unknown type") << document(
        QStringLiteral(R"([{"marketingField":"Revenue","type":"currency"}])"))
                                  << QStringLiteral(
                                         "Row 1 (“Revenue”) has an unknown data type “currency”");
    QTest::newRow("unknown usage")
        << document(QStringLiteral(R"([{"marketingField":"X","type":"text","systemUsage":"fax"}])"))
        << QStringLiteral("unknown system usage “fax”");
    QTest::newRow("duplicate marketing fields")
        << document(
               u'[' + okRow + QStringLiteral(R"(,{"marketingField":" notes ","type":"text"}])"))
        << QStringLiteral("Row 2 repeats the marketing field “notes” of row 1.");
    QTest::newRow("allowPush not bool")
        << document(QStringLiteral(R"([{"marketingField":"X","type":"text","allowPush":"yes"}])"))
        << QStringLiteral("“allowPush” must be true or false");
    QTest::newRow("lead not text")
        << document(QStringLiteral(R"([{"marketingField":"X","type":"text","lead":5}])"))
        << QStringLiteral("“lead” must be text");
    QTest::newRow("unknown standard field")
        << document(
               QStringLiteral(R"([{"marketingField":"Fax Number","type":"text","standard":true}])"))
        << QStringLiteral("there is no standard field of that name");
    QTest::newRow("standard field with other type") << document(QStringLiteral(
        R"([{"marketingField":"E-mail Address","type":"text","standard":true,"systemUsage":"email"}])"))
                                                    << QStringLiteral(
                                                           "the standard field “E-mail Address” "
                                                           "has the data type Email, not Text");
}

void TestFieldMapJson::badImport()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const auto result = FieldMapJson::fromJson(json);
    QVERIFY(!result.ok());
    QVERIFY(!result.map.has_value());
    QVERIFY(!result.errors.isEmpty());
    const QString all = result.errors.join(u'\n');
    QVERIFY2(all.contains(expected), qPrintable(all));
}

void TestFieldMapJson::reportsEveryProblem()
{
    const auto result = FieldMapJson::fromJson(document(
        QStringLiteral(
            R"([{"marketingField":"A","type":"bogus"},{"marketingField":"a","type":"text"},7])"),
        QStringLiteral(
            R"("format":"leadbridge.fieldmap","version":1,"crm":"zoho","policy":"sideways")")));
    QVERIFY(!result.ok());
    QCOMPARE(result.errors.size(), 5);
}

QTEST_GUILESS_MAIN(TestFieldMapJson)
#include "tst_fieldmapjson.moc"
