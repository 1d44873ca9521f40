// UtcTimestamp: the vendors' time stamps read without Qt's general parser give the same UTC
// instants Qt gives for them, in every zone the machine may be in; anything else is refused
// so that the callers' general parsing still sees it.
#include "core/util/UtcTimestamp.h"

#include <QTest>
#include <QTimeZone>

using namespace LeadBridge;
using namespace Qt::StringLiterals;

class TestUtcTimestamp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsVendorLayouts_data();
    void readsVendorLayouts();
    void agreesWithQtOnIsoText();
    void refusesOtherText_data();
    void refusesOtherText();
    void ignoresTheLocalZone();
};

void TestUtcTimestamp::readsVendorLayouts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("utc");
    QTest::newRow("act-on utc") << u"2024-09-03 12:47:01 UTC"_s << u"2024-09-03T12:47:01.000Z"_s;
    QTest::newRow("act-on gmt") << u"2024-09-03 12:47:01 GMT"_s << u"2024-09-03T12:47:01.000Z"_s;
    QTest::newRow("no zone") << u"2024-09-03 12:47:01"_s << u"2024-09-03T12:47:01.000Z"_s;
    QTest::newRow("iso z") << u"2024-02-29T23:59:59Z"_s << u"2024-02-29T23:59:59.000Z"_s;
    QTest::newRow("salesforce") << u"2024-09-03T12:47:01.123+0000"_s
                                << u"2024-09-03T12:47:01.123Z"_s;
    QTest::newRow("east offset") << u"2024-01-01T01:30:00.5+02:00"_s
                                 << u"2023-12-31T23:30:00.500Z"_s;
    QTest::newRow("west offset") << u"2024-12-31T22:00:00-0330"_s << u"2025-01-01T01:30:00.000Z"_s;
    QTest::newRow("hour offset") << u"2024-06-01T12:00:00+05"_s << u"2024-06-01T07:00:00.000Z"_s;
    QTest::newRow("nanoseconds") << u"2024-06-01T12:00:00.987654321Z"_s
                                 << u"2024-06-01T12:00:00.987Z"_s;
    QTest::newRow("one digit") << u"2024-06-01T12:00:00.7Z"_s << u"2024-06-01T12:00:00.700Z"_s;
}

void TestUtcTimestamp::readsVendorLayouts()
{
    QFETCH(QString, text);
    QFETCH(QString, utc);
    const QDateTime parsed = UtcTimestamp::parse(text);
    QVERIFY2(parsed.isValid(), qPrintable(text));
    QCOMPARE(parsed.timeSpec(), Qt::UTC);
    QCOMPARE(parsed.toString(Qt::ISODateWithMs), utc);
}

void TestUtcTimestamp::agreesWithQtOnIsoText()
{
    // Every minute offset and a spread of instants: the same instant as Qt's ISO parser.
    const QDateTime start(QDate(1999, 12, 31), QTime(23, 0), Qt::UTC);
    int compared = 0;
    for (int step = 0; step < 400; ++step) {
        const QDateTime instant = start.addSecs(qint64(step) * 7919 * 61).addMSecs(step % 1000);
        for (int offsetMinutes : { 0, 60, -300, 330, 765, -690 }) {
            const QDateTime local = instant.toOffsetFromUtc(offsetMinutes * 60);
            const QString text = local.toString(Qt::ISODateWithMs);
            const QDateTime qt = QDateTime::fromString(text, Qt::ISODateWithMs);
            QVERIFY2(qt.isValid(), qPrintable(text));
            QCOMPARE(UtcTimestamp::parse(text), qt);
            QCOMPARE(UtcTimestamp::parse(text).toMSecsSinceEpoch(), instant.toMSecsSinceEpoch());
            ++compared;
        }
    }
    QCOMPARE(compared, 2400);
}

void TestUtcTimestamp::refusesOtherText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("date only") << u"2024-09-03"_s;
    QTest::newRow("us date") << u"09/03/2024 12:47:01"_s;
    QTest::newRow("no seconds") << u"2024-09-03T12:47Z"_s;
    QTest::newRow("month 13") << u"2024-13-03T12:47:01Z"_s;
    QTest::newRow("feb 30") << u"2023-02-29T12:47:01Z"_s;
    QTest::newRow("hour 24") << u"2024-09-03T24:00:01Z"_s;
    QTest::newRow("leap second") << u"2016-12-31T23:59:60Z"_s;
    QTest::newRow("letters") << u"2024-0x-03T12:47:01Z"_s;
    QTest::newRow("other zone") << u"2024-09-03 12:47:01 CET"_s;
    QTest::newRow("empty fraction") << u"2024-09-03T12:47:01.Z"_s;
    QTest::newRow("ten digits") << u"2024-09-03T12:47:01.1234567890Z"_s;
    QTest::newRow("offset 24h") << u"2024-09-03T12:47:01+24:00"_s;
    QTest::newRow("offset junk") << u"2024-09-03T12:47:01+02:0x"_s;
    QTest::newRow("trailing") << u"2024-09-03T12:47:01Z and more"_s;
    QTest::newRow("arabic digits") << u"٢٠٢٤-09-03T12:47:01Z"_s;
}

void TestUtcTimestamp::refusesOtherText()
{
    QFETCH(QString, text);
    QVERIFY(!UtcTimestamp::parse(text).isValid());
}

void TestUtcTimestamp::ignoresTheLocalZone()
{
    // Text without a zone is UTC wherever the machine is (Qt would read it as local time).
    const QByteArray saved = qgetenv("TZ");
    qputenv("TZ", "Asia/Kathmandu");
    const QDateTime parsed = UtcTimestamp::parse(u"2024-09-03 12:47:01"_s);
    if (saved.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", saved);
    QCOMPARE(parsed.toMSecsSinceEpoch(),
        QDateTime(QDate(2024, 9, 3), QTime(12, 47, 1), Qt::UTC).toMSecsSinceEpoch());
}

QTEST_GUILESS_MAIN(TestUtcTimestamp)
#include "tst_utctimestamp.moc"
