// SalesforceCsv::parse: Bulk API 2.0 CSV read into rows. The parser cuts most cells straight
// out of the input; these tests hold it to the plain byte-by-byte reading (the reference
// below, which was the parser before) on chosen cases and on a million random bytes.
#include "core/connectors/salesforce/SalesforceBulkPage.h"
#include "core/connectors/salesforce/SalesforceCsv.h"
#include "tests/support/CsvNoise.h"

#include <QRandomGenerator>
#include <QStringDecoder>
#include <QTest>
#include <QTimeZone>

using namespace LeadBridge;
using namespace Qt::StringLiterals;

namespace {

/// RFC 4180 read one byte at a time: quotes toggle quoting anywhere, "" inside quotes is one
/// quote, CR outside quotes is dropped, lines with nothing in them are no rows.
QList<QStringList> referenceParse(const QByteArray &csv)
{
    QList<QStringList> rows;
    QStringList row;
    QByteArray cell;
    bool quoted = false;
    bool cellStarted = false;
    const qsizetype n = csv.size();
    auto endCell = [&] {
        QStringDecoder decode(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
        row.append(decode(cell));
        cell.clear();
        cellStarted = false;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const char c = csv.at(i);
        if (quoted) {
            if (c == '"') {
                if (i + 1 < n && csv.at(i + 1) == '"') {
                    cell.append('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell.append(c);
            }
            continue;
        }
        switch (c) {
        case '"':
            quoted = true;
            cellStarted = true;
            break;
        case ',':
            endCell();
            cellStarted = true;
            break;
        case '\r':
            break;
        case '\n':
            if (cellStarted || !cell.isEmpty() || !row.isEmpty()) {
                endCell();
                rows.append(row);
            }
            row.clear();
            break;
        default:
            cell.append(c);
            cellStarted = true;
            break;
        }
    }
    if (cellStarted || !cell.isEmpty() || !row.isEmpty()) {
        endCell();
        rows.append(row);
    }
    return rows;
}

/// Equal row for row and cell for cell; @p why says where not.
bool sameRows(const QList<QStringList> &a, const QList<QStringList> &b, QString *why)
{
    if (a.size() != b.size()) {
        *why = u"%1 rows against %2"_s.arg(a.size()).arg(b.size());
        return false;
    }
    for (qsizetype r = 0; r < a.size(); ++r) {
        if (a.at(r) != b.at(r)) {
            *why
                = u"row %1: [%2] against [%3]"_s.arg(r).arg(a.at(r).join(u'|'), b.at(r).join(u'|'));
            return false;
        }
    }
    return true;
}

} // namespace

class TestSalesforceCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsCells_data();
    void readsCells();
    void agreesWithTheByteReaderOnRandomInput();
    void bulkPageMakesRecords();
    void bulkPageOfNothing();
};

void TestSalesforceCsv::readsCells_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QList<QStringList>>("rows");
    using Rows = QList<QStringList>;
    QTest::newRow("empty") << QByteArray() << Rows {};
    QTest::newRow("blank lines") << "\n\r\n\r\r\n"_ba << Rows {};
    QTest::newRow("bulk layout") << "\"Id\",\"Name\"\n\"001\",\"Ann\"\n"_ba
                                 << Rows { { u"Id"_s, u"Name"_s }, { u"001"_s, u"Ann"_s } };
    QTest::newRow("null cells") << "\"a\",,\"c\"\n,,\n"_ba
                                << Rows { { u"a"_s, QString(), u"c"_s },
                                       { QString(), QString(), QString() } };
    QTest::newRow("quoted comma and break")
        << "\"x,y\",\"line one\nline two\"\n"_ba << Rows { { u"x,y"_s, u"line one\nline two"_s } };
    QTest::newRow("doubled quote")
        << "\"say \"\"hi\"\"\",b\n"_ba << Rows { { u"say \"hi\""_s, u"b"_s } };
    QTest::newRow("crlf") << "a,\"b\"\r\nc,d\r\n"_ba
                          << Rows { { u"a"_s, u"b"_s }, { u"c"_s, u"d"_s } };
    QTest::newRow("quotes inside a bare cell")
        << "ab\"c,d\"e,f\n"_ba << Rows { { u"abc,de"_s, u"f"_s } };
    QTest::newRow("no final break") << "a,b"_ba << Rows { { u"a"_s, u"b"_s } };
    QTest::newRow("comma at the end") << "a,"_ba << Rows { { u"a"_s, QString() } };
    QTest::newRow("unterminated quote") << "a,\"b,\nc"_ba << Rows { { u"a"_s, u"b,\nc"_s } };
    QTest::newRow("empty quoted") << "\"\"\n"_ba << Rows { { QString() } };
    QTest::newRow("utf-8") << "\"Zoë\",Müller,東京\n"_ba
                           << Rows { { u"Zoë"_s, u"Müller"_s, u"東京"_s } };
    // The byte reader dropped a cell's cut-off last character without a trace.
    QTest::newRow("cut-off character shown")
        << "a\xC3,\xC3\xA9\n"_ba << Rows { { u"a\uFFFD"_s, u"é"_s } };
    QTest::newRow("leading byte order mark kept")
        << "\xEF\xBB\xBFId,\"\xEF\xBB\xBFx\"\n"_ba
        << Rows { { QString(QChar(0xFEFF)) + u"Id"_s, QString(QChar(0xFEFF)) + u"x"_s } };
}

void TestSalesforceCsv::readsCells()
{
    QFETCH(QByteArray, csv);
    QFETCH(QList<QStringList>, rows);
    QString why;
    QVERIFY2(sameRows(SalesforceCsv::parse(csv), rows, &why), qPrintable(why));
    if (QByteArray(QTest::currentDataTag()) != "cut-off character shown")
        QVERIFY2(sameRows(referenceParse(csv), rows, &why), qPrintable(u"reference: "_s + why));
}

void TestSalesforceCsv::agreesWithTheByteReaderOnRandomInput()
{
    QRandomGenerator random(20261207);
    qsizetype bytes = 0;
    for (int round = 0; round < 20000; ++round) {
        const QByteArray csv = CsvNoise::next(random);
        bytes += csv.size();
        QString why;
        QVERIFY2(sameRows(SalesforceCsv::parse(csv), referenceParse(csv), &why),
            qPrintable(u"input %1: %2"_s.arg(QString::fromLatin1(csv.toPercentEncoding()), why)));
    }
    QVERIFY(bytes > 500'000);
}

void TestSalesforceCsv::bulkPageMakesRecords()
{
    const QByteArray csv = "\"Email\",\"Id\",\"SystemModstamp\",\"Title\"\n"
                           "\"a@x.com\",\"00Q1\",\"2026-03-12T07:41:57.000+0000\",\"CEO\"\n"
                           "\"b@x.com\",\"00Q2\",\"2026-03-13T08:00:00.000+0000\",\n"_ba;
    const SalesforceBulkPage page = SalesforceBulkPage::parse(csv, u"Lead"_s);
    QCOMPARE(page.rows, 2);
    QCOMPARE(page.keys, QStringList({ u"00Q1"_s, u"00Q2"_s }));
    QCOMPARE(page.records.size(), 2);
    const ConnectorRecord &first = page.records.at(0);
    QCOMPARE(first.object, u"Lead"_s);
    QCOMPARE(first.id, u"00Q1"_s);
    QCOMPARE(first.fields.value(u"Email"_s).toString(), u"a@x.com"_s);
    QCOMPARE(first.fields.value(u"Title"_s).toString(), u"CEO"_s);
    QCOMPARE(first.modifiedAt, QDateTime(QDate(2026, 3, 12), QTime(7, 41, 57), QTimeZone::utc()));
    // An empty cell is a null field, not an empty text.
    const ConnectorRecord &second = page.records.at(1);
    QVERIFY(second.fields.contains(u"Title"_s));
    QVERIFY(!second.fields.value(u"Title"_s).isValid());
}

void TestSalesforceCsv::bulkPageOfNothing()
{
    const SalesforceBulkPage none = SalesforceBulkPage::parse(QByteArray(), u"Lead"_s);
    QCOMPARE(none.rows, -1); // not even a header: a cut-off download, refused by the connector
    const SalesforceBulkPage headerOnly = SalesforceBulkPage::parse("\"Id\"\n"_ba, u"Lead"_s);
    QCOMPARE(headerOnly.rows, 0);
    QVERIFY(headerOnly.records.isEmpty());
}

QTEST_APPLESS_MAIN(TestSalesforceCsv)
#include "tst_salesforcecsv.moc"
