// FieldNormaliser: canonical values per marketing type, CRM/Act-On records to SideRecords
// through the field map, and planned values back to wire form.
#include "core/engine/FieldNormaliser.h"
#include "core/mapping/StandardFields.h"

#include <QTest>
#include <QTimeZone>

using namespace LeadBridge;
using namespace Qt::Literals::StringLiterals;

class TestFieldNormaliser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalise_data();
    void normalise();
    void typedVariants();
    void crmRecordThroughMap();
    void marketingRecordThroughMap();
    void marketingRecordInAnyOrder();
    void wireValues();
    void marketingRowsMatchMarketingRecords();
};

void TestFieldNormaliser::normalise_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("expected");

    QTest::newRow("text trimmed") << u"text"_s << u"  Acme  "_s << u"Acme"_s;
    QTest::newRow("text CRLF") << u"text"_s << u"a\r\nb"_s << u"a\nb"_s;
    QTest::newRow("email lower") << u"email"_s << u" Ann.Lee@Example.COM "_s
                                 << u"ann.lee@example.com"_s;
    QTest::newRow("bool true") << u"boolean"_s << u"true"_s << u"true"_s;
    QTest::newRow("bool 1") << u"boolean"_s << u"1"_s << u"true"_s;
    QTest::newRow("bool Y") << u"boolean"_s << u"Y"_s << u"true"_s;
    QTest::newRow("bool yes") << u"boolean"_s << u"Yes"_s << u"true"_s;
    QTest::newRow("bool N") << u"boolean"_s << u"N"_s << u"false"_s;
    QTest::newRow("bool 0") << u"boolean"_s << u"0"_s << u"false"_s;
    QTest::newRow("bool blank is false") << u"boolean"_s << u""_s << u"false"_s;
    QTest::newRow("bool junk kept") << u"boolean"_s << u" maybe "_s << u"maybe"_s;
    QTest::newRow("date iso") << u"date"_s << u"2024-03-05"_s << u"2024-03-05"_s;
    QTest::newRow("date US") << u"date"_s << u"03/05/2024"_s << u"2024-03-05"_s;
    QTest::newRow("date from datetime keeps day")
        << u"date"_s << u"2024-03-05T23:30:00-05:00"_s << u"2024-03-05"_s;
    QTest::newRow("date bad kept") << u"date"_s << u"soon"_s << u"soon"_s;
    QTest::newRow("datetime Z") << u"datetime"_s << u"2024-03-05T10:11:12Z"_s
                                << u"2024-03-05T10:11:12Z"_s;
    QTest::newRow("datetime ms dropped")
        << u"datetime"_s << u"2024-03-05T10:11:12.345Z"_s << u"2024-03-05T10:11:12Z"_s;
    QTest::newRow("datetime salesforce +0000")
        << u"datetime"_s << u"2024-03-05T10:11:12.000+0000"_s << u"2024-03-05T10:11:12Z"_s;
    QTest::newRow("datetime offset to UTC")
        << u"datetime"_s << u"2024-03-05T12:11:12+02:00"_s << u"2024-03-05T10:11:12Z"_s;
    QTest::newRow("datetime no zone is UTC")
        << u"datetime"_s << u"2024-03-05 10:11:12"_s << u"2024-03-05T10:11:12Z"_s;
    QTest::newRow("datetime epoch ms")
        << u"datetime"_s << u"1709633472000"_s << u"2024-03-05T10:11:12Z"_s;
    QTest::newRow("datetime epoch s")
        << u"datetime"_s << u"1709633472"_s << u"2024-03-05T10:11:12Z"_s;
    QTest::newRow("datetime date only")
        << u"datetime"_s << u"2024-03-05"_s << u"2024-03-05T00:00:00Z"_s;
    QTest::newRow("number integer") << u"number"_s << u"42.00"_s << u"42"_s;
    QTest::newRow("number decimal") << u"number"_s << u" 42.50 "_s << u"42.5"_s;
    QTest::newRow("number thousands") << u"number"_s << u"1,234.50"_s << u"1234.5"_s;
    QTest::newRow("number negative zero") << u"number"_s << u"-0"_s << u"0"_s;
    QTest::newRow("number blank stays blank") << u"number"_s << u""_s << u""_s;
    QTest::newRow("number junk kept") << u"number"_s << u"n/a"_s << u"n/a"_s;
    QTest::newRow("score") << u"score"_s << u"075"_s << u"75"_s;
    QTest::newRow("multi order-insensitive") << u"multi-text"_s << u"b; A;c;a"_s << u"A;a;b;c"_s;
    QTest::newRow("multi commas") << u"multi-text"_s << u"Webinar, Event ,Webinar"_s
                                  << u"Event;Webinar"_s;
}

void TestFieldNormaliser::normalise()
{
    QFETCH(QString, type);
    QFETCH(QString, raw);
    QFETCH(QString, expected);
    bool ok = false;
    const MarketingFieldType t = MarketingFieldTypes::fromString(type, &ok);
    QVERIFY(ok);
    const QString got = FieldNormaliser::normaliseText(t, raw);
    QCOMPARE(got, expected);
    QVERIFY(!got.isNull());
    // Canonical forms are fixed points.
    QCOMPARE(FieldNormaliser::normaliseText(t, got), got);
}

void TestFieldNormaliser::typedVariants()
{
    QCOMPARE(FieldNormaliser::normalise(MarketingFieldType::Boolean, QVariant(true)), u"true"_s);
    QCOMPARE(FieldNormaliser::normalise(MarketingFieldType::Boolean, QVariant()), u"false"_s);
    QCOMPARE(FieldNormaliser::normalise(MarketingFieldType::Number, QVariant(12.0)), u"12"_s);
    QCOMPARE(FieldNormaliser::normalise(MarketingFieldType::Score, QVariant(qlonglong(7))), u"7"_s);
    QCOMPARE(FieldNormaliser::normalise(MarketingFieldType::Text, QVariant(3.5)), u"3.5"_s);
    const QDateTime dt(QDate(2024, 1, 2), QTime(3, 4, 5, 600), QTimeZone::utc());
    QCOMPARE(FieldNormaliser::normalise(MarketingFieldType::Datetime, QVariant(dt)),
        u"2024-01-02T03:04:05Z"_s);
    QCOMPARE(FieldNormaliser::normalise(MarketingFieldType::Date, QVariant(dt)), u"2024-01-02"_s);
    QCOMPARE(FieldNormaliser::normalise(MarketingFieldType::Datetime, QVariant(QDate(2024, 1, 2))),
        u"2024-01-02T00:00:00Z"_s);
    QCOMPARE(FieldNormaliser::normalise(
                 MarketingFieldType::MultiText, QVariant(QStringList { u"b"_s, u"a"_s })),
        u"a;b"_s);
    const QString blank = FieldNormaliser::normalise(MarketingFieldType::Text, QVariant());
    QVERIFY(blank.isEmpty() && !blank.isNull());
}

void TestFieldNormaliser::crmRecordThroughMap()
{
    FieldMap map = StandardFields::defaultMap(CrmKind::Salesforce);
    map.addRow(FieldMapRow::make(MarketingField::custom(u"Webinars"_s, MarketingFieldType::Number),
        u"Webinars__c"_s, QString()));
    const FieldNormaliser n(map);
    QVERIFY(n.emailRow() >= 0);

    ConnectorRecord contact;
    contact.id = u"003X"_s;
    contact.object = u"Contact"_s;
    contact.modifiedAt = QDateTime(QDate(2024, 5, 1), QTime(8, 0), QTimeZone::utc());
    contact.fields = { { u"Email"_s, u" Ann@Acme.COM"_s }, { u"FirstName"_s, u" Ann "_s },
        { u"Account"_s, QVariantMap { { u"Name"_s, u"Acme Corp"_s } } },
        { u"HasOptedOutOfEmail"_s, true } };
    const SideRecord r = n.fromCrm(contact, CrmObjectType::Contact);
    QCOMPARE(r.side, SyncSide::Crm);
    QCOMPARE(r.system, u"salesforce"_s);
    QCOMPARE(r.id, u"003X"_s);
    QCOMPARE(r.crmType, CrmObjectType::Contact);
    QCOMPARE(r.email, u"ann@acme.com"_s);
    QCOMPARE(r.modifiedAt, contact.modifiedAt);
    QCOMPARE(r.values.size(), map.rowCount());
    QCOMPARE(r.value(map.indexOf(u"First Name"_s)), u"Ann"_s);
    QCOMPARE(r.value(map.indexOf(u"Company"_s)), u"Acme Corp"_s); // through Account.Name
    QCOMPARE(r.value(map.indexOfUsage(SystemUsage::OptOut)), u"true"_s);
    // Missing in the record but mapped: blank, not null.
    const QString city = r.value(map.indexOfUsage(SystemUsage::City));
    QVERIFY(city.isEmpty() && !city.isNull());
    // Rows without a Contact source (Webinars is Lead-only) are null.
    QVERIFY(r.value(map.indexOf(u"Webinars"_s)).isNull());
    QVERIFY(r.value(-1).isNull());

    ConnectorRecord lead;
    lead.id = u"00QY"_s;
    lead.fields = { { u"email"_s, u"BOB@x.com"_s }, { u"Company"_s, u"Bobco"_s },
        { u"Account.Name"_s, u"ignored"_s } };
    lead.deleted = true;
    const SideRecord l = n.fromCrm(lead, CrmObjectType::Lead);
    QCOMPARE(l.object, u"Lead"_s);
    QCOMPARE(l.email, u"bob@x.com"_s); // field name matched case-insensitively
    QCOMPARE(l.value(map.indexOf(u"Company"_s)), u"Bobco"_s);
    QVERIFY(l.deleted);

    ConnectorRecord flat;
    flat.fields = { { u"Account.Name"_s, u"Flat Inc"_s }, { u"Email"_s, QVariant() } };
    const SideRecord f = n.fromCrm(flat, CrmObjectType::Contact);
    QCOMPARE(f.value(map.indexOf(u"Company"_s)), u"Flat Inc"_s);
    QVERIFY(f.email.isEmpty());
}

void TestFieldNormaliser::marketingRecordThroughMap()
{
    FieldMap map = StandardFields::defaultMap(CrmKind::Pipeliner);
    map.addRow(FieldMapRow::make(
        MarketingField::custom(u"Webinar Date"_s, MarketingFieldType::Date), u"cf_web"_s, {}));
    const FieldNormaliser n(map);
    ConnectorRecord row;
    row.id = u"l-1:7"_s;
    row.object = u"l-1"_s;
    row.fields = { { u"E-mail Address"_s, u"Cy@X.com"_s }, { u"first name"_s, u"Cy"_s },
        { u"Opt-Out"_s, u"Y"_s }, { u"Webinar Date"_s, u"04/30/2024"_s } };
    const SideRecord r = n.fromMarketing(row);
    QCOMPARE(r.side, SyncSide::Marketing);
    QCOMPARE(r.system, u"acton"_s);
    QCOMPARE(r.object, u"l-1"_s);
    QCOMPARE(r.email, u"cy@x.com"_s);
    QCOMPARE(r.value(map.indexOfUsage(SystemUsage::FirstName)), u"Cy"_s); // heading case differs
    QCOMPARE(r.value(map.indexOfUsage(SystemUsage::OptOut)), u"true"_s);
    QCOMPARE(r.value(map.indexOf(u"Webinar Date"_s)), u"2024-04-30"_s);
    // Every row has a value on the Act-On side (blank when the heading is absent).
    for (const QString &v : r.values)
        QVERIFY(!v.isNull());
}

void TestFieldNormaliser::marketingRecordInAnyOrder()
{
    // fromMarketing walks the record's fields and the map's headings side by side: headings
    // the map does not have (before, between and after its own), headings it has that the
    // record lacks, a null value and a heading in other case must all come out as by lookup.
    const FieldMap map = StandardFields::defaultMap(CrmKind::Salesforce);
    const FieldNormaliser n(map);
    ConnectorRecord row;
    row.id = u"l-1:9"_s;
    const int skipped = map.indexOfUsage(SystemUsage::LastName);
    const int nulled = map.indexOfUsage(SystemUsage::Company);
    const int lower = map.indexOfUsage(SystemUsage::FirstName);
    QVERIFY(skipped >= 0 && nulled >= 0 && lower >= 0);
    for (int i = map.rowCount() - 1; i >= 0; --i) {
        const QString heading = map.row(i).marketing.name;
        if (i == skipped)
            continue;
        if (i == nulled)
            row.fields.insert(heading, QVariant());
        else if (i == lower)
            row.fields.insert(heading.toLower(), u" Dee "_s);
        else if (map.row(i).marketing.type == MarketingFieldType::Email)
            row.fields.insert(heading, u"Dee@X.com"_s);
        else
            row.fields.insert(heading, u"v%1"_s.arg(i));
    }
    for (const QString &extra : { u"!first"_s, u"0 zero"_s, u"Mid Heading"_s, u"~last"_s })
        row.fields.insert(extra, u"extra"_s);
    const SideRecord r = n.fromMarketing(row);
    QCOMPARE(r.values.size(), map.rowCount());
    QCOMPARE(r.email, u"dee@x.com"_s);
    for (int i = 0; i < map.rowCount(); ++i) {
        const MarketingFieldType type = map.row(i).marketing.type;
        QString expected;
        if (i == lower)
            expected = u"Dee"_s;
        else if (type == MarketingFieldType::Email)
            expected = u"dee@x.com"_s;
        else if (i != skipped && i != nulled)
            expected = FieldNormaliser::normalise(type, u"v%1"_s.arg(i));
        else
            expected = FieldNormaliser::normalise(type, QVariant());
        QVERIFY2(r.value(i) == expected,
            qPrintable(u"%1: %2 against %3"_s.arg(map.row(i).marketing.name, r.value(i), expected)));
    }
}

void TestFieldNormaliser::wireValues()
{
    QCOMPARE(FieldNormaliser::toCrmValue(MarketingFieldType::Boolean, u"true"_s), QVariant(true));
    QCOMPARE(FieldNormaliser::toCrmValue(MarketingFieldType::Boolean, u"false"_s), QVariant(false));
    QCOMPARE(
        FieldNormaliser::toCrmValue(MarketingFieldType::Number, u"42"_s), QVariant(qlonglong(42)));
    QCOMPARE(FieldNormaliser::toCrmValue(MarketingFieldType::Score, u"4.5"_s), QVariant(4.5));
    QVERIFY(FieldNormaliser::toCrmValue(MarketingFieldType::Number, u""_s).isNull());
    QVERIFY(FieldNormaliser::toCrmValue(MarketingFieldType::Text, u""_s).isNull());
    QCOMPARE(FieldNormaliser::toCrmValue(MarketingFieldType::Date, u"2024-01-02"_s),
        QVariant(u"2024-01-02"_s));
    QCOMPARE(FieldNormaliser::toMarketingValue(MarketingFieldType::Boolean, u"true"_s), u"Y"_s);
    QCOMPARE(FieldNormaliser::toMarketingValue(MarketingFieldType::Boolean, u"false"_s), u"N"_s);
    QCOMPARE(FieldNormaliser::toMarketingValue(MarketingFieldType::Text, u"x"_s), u"x"_s);
    // Round trip: wire values normalise back to the canonical value.
    for (const auto &[type, value] : { std::pair { MarketingFieldType::Boolean, u"true"_s },
             std::pair { MarketingFieldType::Number, u"42.5"_s },
             std::pair { MarketingFieldType::Datetime, u"2024-01-02T03:04:05Z"_s },
             std::pair { MarketingFieldType::MultiText, u"a;b"_s } }) {
        QCOMPARE(FieldNormaliser::normalise(type, FieldNormaliser::toCrmValue(type, value)), value);
        QCOMPARE(
            FieldNormaliser::normaliseText(type, FieldNormaliser::toMarketingValue(type, value)),
            value);
    }
}

void TestFieldNormaliser::marketingRowsMatchMarketingRecords()
{
    // The rows a big Act-On write sends carry exactly what toMarketingRecord() gives each
    // change: the same headings and wire values, blanks where a change writes nothing, and the
    // person's key as e-mail when the change does not write the e-mail column.
    const FieldMap map = StandardFields::defaultMap(CrmKind::Salesforce);
    const FieldNormaliser n(map);
    const QString email = map.row(map.indexOfUsage(SystemUsage::Email)).marketing.name;
    const QString first = map.row(map.indexOfUsage(SystemUsage::FirstName)).marketing.name;
    const QString optOut = map.row(map.indexOfUsage(SystemUsage::OptOut)).marketing.name;
    PlannedChange create;
    create.operation = ChangeOperation::Create;
    create.key = u"ann@example.com"_s;
    create.fields = { { email, email, {}, u"ann@example.com"_s }, { first, first, {}, u"Ann"_s } };
    PlannedChange update; // no e-mail field: the key stands in
    update.key = u"bo@example.com"_s;
    update.fields = { { optOut, optOut, u"false"_s, u"true"_s } };
    PlannedChange blank; // a value cleared in the CRM is sent blank
    blank.key = u"cy@example.com"_s;
    blank.fields = { { first, first, u"Cy"_s, u""_s } };
    const QList<PlannedChange> changes { create, update, blank };
    QStringList headings;
    QList<QStringList> rows;
    n.toMarketingRows(changes, &headings, &rows);
    QCOMPARE(headings, (QStringList { email, first, optOut }));
    QCOMPARE(rows.size(), 3);
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const ConnectorRecord record = n.toMarketingRecord(changes.at(i));
        QCOMPARE(rows.at(i).size(), headings.size());
        for (qsizetype c = 0; c < headings.size(); ++c) {
            const QString expected = record.fields.value(headings.at(c)).toString();
            QCOMPARE(rows.at(i).at(c), expected);
        }
    }
    QCOMPARE(rows.at(1).at(0), u"bo@example.com"_s);
    QCOMPARE(rows.at(1).at(2), u"Y"_s);
    QCOMPARE(rows.at(2).at(1), u""_s);
}

QTEST_GUILESS_MAIN(TestFieldNormaliser)
#include "tst_fieldnormaliser.moc"
